from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from learning.models import AdministrativeUnit
from metrics.api_auth import api_token_create, api_token_revoke
from metrics.models.api import ApiToken


class Command(BaseCommand):
    help = (
        "Cấp mã truy cập API chỉ số cho một tỉnh hoặc xã (mã chỉ hiện một lần), thu hồi mã, "
        "hoặc liệt kê các mã đã cấp."
    )

    def add_arguments(self, parser):
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--don-vi", help="mã đơn vị (tỉnh hoặc xã) được cấp mã truy cập")
        action.add_argument("--thu-hoi", type=int, metavar="ID", help="số thứ tự (id) của mã cần thu hồi")
        action.add_argument("--danh-sach", action="store_true", help="liệt kê các mã đã cấp")
        parser.add_argument("--ten", help="tên hệ thống hoặc cơ quan dùng mã, bắt buộc khi cấp mã")

    def handle(self, *args, don_vi=None, thu_hoi=None, danh_sach=False, ten=None, **options):
        if danh_sach:
            self._list()
        elif thu_hoi is not None:
            self._revoke(thu_hoi)
        else:
            self._create(don_vi, ten)

    def _create(self, code: str, name: str | None) -> None:
        if not (name or "").strip():
            raise CommandError("Cần --ten: tên hệ thống hoặc cơ quan dùng mã.")
        unit = AdministrativeUnit.objects.filter(code=code).first()
        if unit is None:
            raise CommandError(f"Không có đơn vị mã {code}.")
        try:
            issued = api_token_create(unit=unit, name=name)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        self.stdout.write(f"Đã cấp mã số {issued.token.pk} cho {unit} ({issued.token.name}).")
        self.stdout.write("Mã truy cập (chỉ hiện lần này, hãy lưu lại ngay):")
        self.stdout.write(issued.raw)

    def _revoke(self, pk: int) -> None:
        token = ApiToken.objects.filter(pk=pk).first()
        if token is None:
            raise CommandError(f"Không có mã truy cập số {pk}.")
        token = api_token_revoke(token=token)
        when = timezone.localtime(token.revoked_at).strftime("%d/%m/%Y %H:%M")
        self.stdout.write(f"Mã số {token.pk} ({token.name}) đã bị thu hồi lúc {when}.")

    def _list(self) -> None:
        def day(moment) -> str:
            return timezone.localtime(moment).strftime("%d/%m/%Y %H:%M") if moment else "—"

        for token in ApiToken.objects.select_related("unit").order_by("pk"):
            state = f"thu hồi {day(token.revoked_at)}" if token.revoked_at else "đang dùng"
            self.stdout.write(
                f"{token.pk}\t{token.unit.code}\t{token.name}\ttạo {day(token.created_at)}\t"
                f"dùng lần cuối {day(token.last_used_at)}\t{state}"
            )
