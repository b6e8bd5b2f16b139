from django.core.management.base import BaseCommand

from learning.units import load_units


class Command(BaseCommand):
    help = "Nạp (hoặc cập nhật) danh mục 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu theo mã chính thức."

    def handle(self, *args, **options):
        result = load_units()
        self.stdout.write(
            f"Đơn vị hành chính: {result.provinces} tỉnh/thành phố, {result.communes} xã/phường/đặc khu "
            f"({result.created} thêm mới, {result.updated} cập nhật)."
        )
