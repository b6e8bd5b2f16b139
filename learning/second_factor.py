"""Staff who see other people's records prove a second factor (TOTP) before any manager or admin screen.

The second-factor page lives under /tai-khoan/, outside the guarded prefixes, so the redirect
below can never point at a page that redirects again.
"""

from base64 import b32encode
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

import segno
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from learning.models import STAFF_ROLES

GUARDED_PREFIXES = ("/quan-tri/", "/quan-ly/")
OPEN_PATHS = ("/quan-tri/logout/", "/quan-tri/jsi18n/")
SECOND_FACTOR_PATH = "/tai-khoan/xac-thuc-hai-buoc/"
DEVICE_NAME = _("Ứng dụng xác thực")


def has_confirmed_device(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def must_verify(user) -> bool:
    """Managers and administrators always; a trainer once they have turned the second factor on."""
    if not user.is_authenticated:
        return False
    return user.needs_second_factor or has_confirmed_device(user)


def may_use(user) -> bool:
    """Only staff get a second factor; citizens and officials sign in with their password alone."""
    return user.is_authenticated and (user.role in STAFF_ROLES or user.is_staff or user.is_superuser)


def may_turn_off(user) -> bool:
    return may_use(user) and not user.needs_second_factor


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def device_for_setup(*, user) -> TOTPDevice:
    """The unconfirmed device being set up, reused across reloads so the QR code stays the same."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


@dataclass(frozen=True)
class TokenCheck:
    ok: bool
    locked_until: datetime | None = None


def token_check(*, device: TOTPDevice, token: str) -> TokenCheck:
    """Verify a 6-digit code with django-otp's own throttling (1, 2, 4, 8… seconds after each failure)."""
    allowed, info = device.verify_is_allowed()
    if not allowed:
        return TokenCheck(ok=False, locked_until=(info or {}).get("locked_until"))
    return TokenCheck(ok=device.verify_token(token))


@transaction.atomic
def device_confirm(*, device: TOTPDevice) -> TOTPDevice:
    """Precondition: a code from this device has just been verified."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user_id=device.user_id, confirmed=False).delete()
    return device


@transaction.atomic
def second_factor_turn_off(*, user) -> None:
    """Precondition: the user has just given a current code. Managers and administrators may not."""
    if not may_turn_off(user):
        raise PermissionDenied
    TOTPDevice.objects.filter(user=user).delete()


def secret_groups(device: TOTPDevice) -> list[str]:
    """The key as authenticator apps expect it typed: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return [secret[i : i + 4] for i in range(0, len(secret), 4)]


def qr_svg(device: TOTPDevice) -> str:
    return segno.make(device.config_url, error="m").svg_inline(scale=4, light="#fff", omitsize=False)


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        if (
            path.startswith(GUARDED_PREFIXES)
            and not path.startswith(OPEN_PATHS)
            and request.user.is_authenticated
            and not request.user.is_verified()
            and must_verify(request.user)
        ):
            return redirect(SECOND_FACTOR_PATH + "?" + urlencode({"next": request.get_full_path()}))
        return self.get_response(request)
