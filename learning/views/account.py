from urllib.parse import urlencode

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from learning import signup
from learning.backends import PHONE_BACKEND
from learning.forms_account import (
    AssistedSignupForm,
    CodeForm,
    PhoneLoginForm,
    ResetConfirmForm,
    ResetRequestForm,
    SignupForm,
    communes_of,
)
from learning.models import UnitLevel, User
from learning.phone import display_phone
from learning.second_factor import must_verify

SIGNUP_SESSION = "hocso_signup"
RESET_SESSION = "hocso_reset"
PICK_PROVINCE = "chon_tinh"
# Never echoed back when the form is redrawn for a newly chosen province.
_NOT_KEPT = {"csrfmiddlewaretoken", "password1", "password2", PICK_PROVINCE}


class LoginView(auth_views.LoginView):
    template_name = "learning/account/login.html"
    authentication_form = PhoneLoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    next_page = "/"


def _ip(request) -> str | None:
    return get_client_ip_address(request)


def _typed(request) -> dict:
    return {key: value for key, value in request.POST.items() if key not in _NOT_KEPT}


def _citizen_form(form_class, request, **initial):
    """The bound form, or, when "Chọn tỉnh" was pressed without JavaScript, the same answers redrawn
    unbound (no errors yet) with the chosen province's communes."""
    if request.method == "POST" and PICK_PROVINCE in request.POST:
        return form_class(initial=_typed(request)), False
    if request.method == "POST":
        return form_class(request.POST), True
    if request.GET.get("tinh"):
        initial["province"] = request.GET["tinh"]
    return form_class(initial=initial), False


def _service_error(form, error: ValidationError) -> None:
    field = "phone" if getattr(error, "code", None) == "phone_taken" else None
    form.add_error(field, error)


def signup_view(request):
    if request.user.is_authenticated:
        return redirect(settings.LOGIN_REDIRECT_URL)
    form, submitted = _citizen_form(SignupForm, request)
    if submitted and form.is_valid():
        try:
            user, code = signup.citizen_signup(
                person=form.person(),
                password=form.cleaned_data["password1"],
                purposes=form.purposes(),
                guardian=form.guardian(),
                ip=_ip(request),
            )
        except ValidationError as error:
            _service_error(form, error)
        else:
            request.session[SIGNUP_SESSION] = {"user_id": user.pk, "token": str(code.token)}
            return redirect("learning:signup_confirm")
    return render(request, "learning/account/signup.html", {"form": form})


def signup_confirm_view(request):
    pending = request.session.get(SIGNUP_SESSION) or {}
    user = signup.pending_signup(pending.get("user_id"))
    if user is None:
        request.session.pop(SIGNUP_SESSION, None)
        messages.error(request, _("Phiên đăng ký đã hết hạn hoặc không còn hiệu lực. Xin đăng ký lại."))
        return redirect("learning:signup")
    form = CodeForm()
    if request.method == "POST" and "resend" in request.POST:
        try:
            code = signup.signup_resend(user_id=user.pk, ip=_ip(request))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            request.session[SIGNUP_SESSION] = {**pending, "token": str(code.token)}
            messages.success(request, _("Đã gửi mã mới tới số %(phone)s.") % {"phone": user.phone_display})
        return redirect("learning:signup_confirm")
    if request.method == "POST":
        form = CodeForm(request.POST)
        if form.is_valid():
            try:
                user = signup.signup_confirm(
                    user_id=user.pk, token=pending.get("token", ""), code=form.cleaned_data["code"]
                )
            except ValidationError as error:
                form.add_error("code", error)
            else:
                request.session.pop(SIGNUP_SESSION, None)
                login(request, user, backend=PHONE_BACKEND)
                messages.success(request, _("Đã xác nhận số điện thoại. Chào mừng bạn đến với Học Số!"))
                return redirect(settings.LOGIN_REDIRECT_URL)
    return render(
        request,
        "learning/account/signup_confirm.html",
        {"form": form, "phone": user.phone_display, "minutes": settings.HOCSO_CODE_TTL_MINUTES},
    )


def password_reset_view(request):
    form = ResetRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        phone = form.cleaned_data["phone"]
        try:
            code = signup.reset_request(phone=phone, ip=_ip(request))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            request.session[RESET_SESSION] = {"phone": phone, "token": str(code.token)}
            return redirect("learning:password_reset_confirm")
    return render(request, "learning/account/password_reset.html", {"form": form})


def password_reset_confirm_view(request):
    pending = request.session.get(RESET_SESSION) or {}
    phone = pending.get("phone")
    if not phone:
        messages.error(request, _("Phiên đặt lại mật khẩu đã hết hạn. Xin nhập lại số điện thoại."))
        return redirect("learning:password_reset")
    if request.method == "POST" and "resend" in request.POST:
        try:
            code = signup.reset_request(phone=phone, ip=_ip(request))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            request.session[RESET_SESSION] = {**pending, "token": str(code.token)}
            messages.success(request, _("Đã gửi lại mã. Xin nhập mã trong tin nhắn mới nhất."))
        return redirect("learning:password_reset_confirm")
    form = ResetConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = signup.reset_complete(
                phone=phone,
                token=pending.get("token", ""),
                code=form.cleaned_data["code"],
                password=form.cleaned_data["password1"],
            )
        except ValidationError as error:
            about_password = (error.error_list[0].code or "").startswith("password")
            form.add_error("password1" if about_password else "code", error)
        else:
            request.session.pop(RESET_SESSION, None)
            login(request, user, backend=PHONE_BACKEND)
            messages.success(request, _("Đã đặt mật khẩu mới. Bạn đã đăng nhập."))
            return redirect(settings.LOGIN_REDIRECT_URL)
    return render(
        request,
        "learning/account/password_reset_confirm.html",
        {"form": form, "phone": display_phone(phone), "minutes": settings.HOCSO_CODE_TTL_MINUTES},
    )


def _staff_gate(request):
    """None if this person may register others here, else the response that stops them."""
    if not signup.can_register_others(request.user):
        raise PermissionDenied
    if must_verify(request.user) and not request.user.is_verified():
        return redirect("/tai-khoan/xac-thuc-hai-buoc/?" + urlencode({"next": request.get_full_path()}))
    return None


@login_required
def assisted_signup_view(request):
    stop = _staff_gate(request)
    if stop is not None:
        return stop
    home = request.user.unit
    defaults = {}
    if home is not None:
        province = home.province()
        defaults["province"] = province.code if province else None
        if home.level == UnitLevel.COMMUNE:
            defaults["commune"] = home.code
    form, submitted = _citizen_form(AssistedSignupForm, request, **defaults)
    if submitted and form.is_valid():
        try:
            citizen = signup.assisted_signup(
                request=request,
                trainer=request.user,
                person=form.person(),
                reporting=form.cleaned_data["consent_reporting"],
                guardian=form.guardian(),
            )
        except ValidationError as error:
            _service_error(form, error)
        else:
            return redirect("learning:assisted_signup_done", pk=citizen.pk)
    return render(request, "learning/account/assisted_signup.html", {"form": form})


@login_required
def assisted_signup_done_view(request, pk: int):
    stop = _staff_gate(request)
    if stop is not None:
        return stop
    citizen = get_object_or_404(User, pk=pk, registered_by=request.user)
    return render(request, "learning/account/assisted_done.html", {"citizen": citizen})


@require_GET
def commune_options_view(request):
    """`<option>`s for one province's communes, for the picker's small script."""
    rows = communes_of(request.GET.get("tinh", "")).values_list("code", "name_with_type")
    html = format_html('<option value="">{}</option>', _("— Chọn xã, phường —")) + format_html_join(
        "", '<option value="{}">{}</option>', rows
    )
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "private, max-age=3600"
    return response
