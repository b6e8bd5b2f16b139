"""Staff who see other people's records prove a second factor (TOTP) before any manager or admin screen."""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django_otp.plugins.otp_totp.models import TOTPDevice

GUARDED_PREFIXES = ("/quan-tri/", "/quan-ly/")
OPEN_PATHS = ("/quan-tri/logout/", "/quan-tri/jsi18n/")


def has_confirmed_device(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def must_verify(user) -> bool:
    """Managers and administrators always; a trainer once they have turned the second factor on."""
    if not user.is_authenticated:
        return False
    return user.needs_second_factor or has_confirmed_device(user)


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
            return redirect("/tai-khoan/xac-thuc-hai-buoc/?" + urlencode({"next": request.get_full_path()}))
        return self.get_response(request)
