import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.dateparse import parse_date

from learning.models import Statement


class Command(BaseCommand):
    help = "Xuất các sự kiện học tập dạng câu lệnh xAPI 1.0.3, mỗi dòng một câu lệnh JSON (JSON Lines)."

    def add_arguments(self, parser):
        parser.add_argument("--tu-ngay", help="chỉ các sự kiện từ ngày này, dạng YYYY-MM-DD")
        parser.add_argument("--don-vi", help="chỉ người học thuộc đơn vị (mã xã hoặc mã tỉnh)")

    def handle(self, *args, tu_ngay=None, don_vi=None, **options):
        statements = Statement.objects.order_by("timestamp", "id")
        if tu_ngay:
            since = parse_date(tu_ngay)
            if since is None:
                raise CommandError("Ngày phải có dạng YYYY-MM-DD.")
            statements = statements.filter(timestamp__date__gte=since)
        if don_vi:
            statements = statements.filter(user__unit__code=don_vi) | statements.filter(
                user__unit__parent__code=don_vi
            )
        for statement in statements.iterator(chunk_size=1000):
            self.stdout.write(
                json.dumps({**statement.body, "stored": statement.stored.isoformat()}, ensure_ascii=False)
            )
