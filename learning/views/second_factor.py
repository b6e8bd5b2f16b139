from urllib.parse import urlencode

import django_otp
from axes.helpers import get_client_ip_address
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from learning import second_factor
from learning.codes import check_code, issue_code
from learning.forms_second_factor import CodeForm, SetupCodeForm
from learning.models import CodePurpose


def _next_url(request) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if (
        candidate
        and not candidate.startswith(second_factor.SECOND_FACTOR_PATH)
        and url_has_allowed_host_and_scheme(
            candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return candidate
    return "/quan-ly/" if request.user.is_manager else "/quan-tri/"


@login_required
def second_factor_page(request):
    """Set up the authenticator app, or prove it with a code; once verified, show the status."""
    user = request.user
    if not second_factor.may_use(user):
        raise PermissionDenied
    device = second_factor.confirmed_device(user)
    next_url = _next_url(request)
    if device is not None and user.is_verified():
        if request.method == "POST":
            # A second tap on a slow line re-sends a code already used; the first tap did the work.
            return redirect(next_url)
        return render(
            request,
            "learning/account/second_factor_status.html",
            {
                "form": CodeForm(device=device, autofocus=False),
                "may_turn_off": second_factor.may_turn_off(user),
                "next": next_url,
            },
        )
    setting_up = device is None
    if setting_up and request.session.get(PHONE_PROVEN_KEY) != user.pk:
        # Binding an authenticator needs more than the password: whoever holds a stolen password
        # must not be able to bind their own app to a manager's account.
        return _prove_phone(request, next_url)
    if setting_up:
        device = second_factor.device_for_setup(user=user)
    form = CodeForm(request.POST if request.method == "POST" else None, device=device)
    if form.is_valid():
        if setting_up:
            second_factor.device_confirm(device=device)
            messages.success(request, _("Đã bật xác thực hai bước. Từ nay hãy giữ điện thoại có ứng dụng."))
        django_otp.login(request, device)
        # The session just gained rights; a key seen before this moment must not carry them.
        request.session.cycle_key()
        return redirect(next_url)
    if not setting_up:
        return render(request, "learning/account/second_factor_verify.html", {"form": form, "next": next_url})
    return render(
        request,
        "learning/account/second_factor_setup.html",
        {
            "form": form,
            "next": next_url,
            "qr_svg": mark_safe(second_factor.qr_svg(device)),  # segno output of our own URL, not user text
            "secret_groups": second_factor.secret_groups(device),
            "required": user.needs_second_factor,
        },
    )


PHONE_PROVEN_KEY = "hocso-second-factor-phone-proven"
SETUP_TOKEN_KEY = "hocso-second-factor-setup-token"  # noqa: S105 - a session key name


def _prove_phone(request, next_url: str):
    """Before setting up: a code sent by SMS to the account's own number."""
    user = request.user
    form = SetupCodeForm(request.POST if request.POST.get("action") == "check" else None)
    if request.method == "POST" and request.POST.get("action") == "send":
        try:
            code = issue_code(user.phone, CodePurpose.TOTP_SETUP, get_client_ip_address(request))
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            request.session[SETUP_TOKEN_KEY] = str(code.token)
            messages.success(request, _("Đã gửi mã đến số %(phone)s.") % {"phone": user.phone_display})
    elif form.is_bound and form.is_valid():
        try:
            check_code(
                request.session.get(SETUP_TOKEN_KEY, ""),
                form.cleaned_data["sms_code"],
                purpose=CodePurpose.TOTP_SETUP,
            )
        except ValidationError as error:
            form.add_error("sms_code", error)
        else:
            request.session.pop(SETUP_TOKEN_KEY, None)
            request.session[PHONE_PROVEN_KEY] = user.pk
            return redirect(f"{request.path}?{urlencode({'next': next_url})}")
    return render(
        request,
        "learning/account/second_factor_sms.html",
        {"form": form, "next": next_url, "sent": SETUP_TOKEN_KEY in request.session},
    )


@require_POST
@login_required
def second_factor_turn_off(request):
    """Trainers may turn the second factor off with a current code; managers and administrators may not."""
    user = request.user
    if not second_factor.may_turn_off(user):
        raise PermissionDenied
    device = second_factor.confirmed_device(user)
    if device is None:
        messages.info(request, _("Xác thực hai bước chưa được bật."))
        return redirect("learning:second_factor")
    form = CodeForm(request.POST, device=device)
    if not form.is_valid():
        return render(
            request,
            "learning/account/second_factor_status.html",
            {"form": form, "may_turn_off": True, "next": _next_url(request)},
        )
    second_factor.second_factor_turn_off(user=user)
    messages.success(request, _("Đã tắt xác thực hai bước. Bạn có thể bật lại bất cứ lúc nào."))
    return redirect("learning:my_courses")
