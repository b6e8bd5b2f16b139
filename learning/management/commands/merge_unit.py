from django.core.management.base import BaseCommand, CommandError
from django.utils.dateparse import parse_date

from learning.models import AdministrativeUnit, AuditAction, AuditEntry
from learning.units import merge_unit


class Command(BaseCommand):
    help = "Sáp nhập một đơn vị hành chính vào đơn vị khác theo mã; người học và khóa học bắt buộc đi theo."

    def add_arguments(self, parser):
        parser.add_argument("old", help="mã đơn vị bị sáp nhập, ví dụ 01849")
        parser.add_argument("into", help="mã đơn vị nhận, ví dụ 05830")
        parser.add_argument("--ngay", help="ngày hiệu lực, dạng YYYY-MM-DD (mặc định hôm nay)")

    def handle(self, *args, old, into, ngay=None, **options):
        units = {unit.code: unit for unit in AdministrativeUnit.objects.filter(code__in=[old, into])}
        for code in (old, into):
            if code not in units:
                raise CommandError(f"Không có đơn vị mã {code}.")
        when = parse_date(ngay) if ngay else None
        if ngay and when is None:
            raise CommandError("Ngày hiệu lực phải có dạng YYYY-MM-DD.")
        try:
            moved = merge_unit(old=units[old], into=units[into], on=when)
        except ValueError as error:
            raise CommandError(f"Không sáp nhập được: {error}.") from error
        AuditEntry.objects.create(
            actor_label="manage.py merge_unit",
            action=AuditAction.MERGE_UNIT,
            unit=units[into],
            detail=f"{units[old].code} → {units[into].code}; {moved}",
        )
        self.stdout.write(f"Đã sáp nhập {units[old]} vào {units[into]}; {moved} người chuyển theo.")
