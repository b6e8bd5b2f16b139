from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from metrics.docs import indicators_page


class Command(BaseCommand):
    help = "Viết lại docs/indicators.md từ định nghĩa chỉ số trong mã."

    def handle(self, *args, **options):
        path = Path(settings.BASE_DIR) / "docs" / "indicators.md"
        path.write_text(indicators_page(), encoding="utf-8")
        self.stdout.write(str(path))
