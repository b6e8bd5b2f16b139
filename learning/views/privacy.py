import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from cms.models import SiteSettings
from learning.audit import audit
from learning.forms_privacy import CorrectionRequestForm, ProfileForm
from learning.models import AuditAction, Consent, ConsentPurpose, DataRequestKind, DataRequestStatus
from learning.privacy import (
    OPTIONAL_PURPOSES,
    can_change_commune,
    consent_withdraw,
    data_request_open,
    enrolment_summaries,
    export_csv,
    export_pdf,
    export_person,
    profile_update,
)


def privacy_notice(request):
    return render(
        request,
        "learning/privacy/notice.html",
        {
            "version": settings.HOCSO_PRIVACY_NOTICE_VERSION,
            "purposes": ConsentPurpose,
            "request_days": settings.HOCSO_DATA_REQUEST_DAYS,
        },
    )


@login_required
def privacy_home(request):
    user = request.user
    return render(
        request,
        "learning/privacy/home.html",
        {
            "person": user,
            "province": user.unit.province() if user.unit else None,
            "consents": user.consents.select_related("recorded_by").order_by("purpose", "-given_at"),
            "optional_purposes": OPTIONAL_PURPOSES,
            "courses": enrolment_summaries(user),
            "open_requests": user.data_requests.filter(status=DataRequestStatus.OPEN).order_by("due_on"),
            "version": settings.HOCSO_PRIVACY_NOTICE_VERSION,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def privacy_edit(request):
    user = request.user
    if request.method == "POST" and "choose_province" in request.POST:
        form = ProfileForm(initial=ProfileForm.initial_from_post(request.POST), user=user)
    elif request.method == "POST":
        form = ProfileForm(request.POST, user=user)
        if form.is_valid():
            try:
                profile_update(
                    user=user,
                    full_name=form.cleaned_data["full_name"],
                    email=form.cleaned_data["email"],
                    birth_year=form.cleaned_data["birth_year"],
                    unit=form.cleaned_data.get("commune"),
                )
            except ValidationError as error:
                form.add_error(None, error.messages)
            else:
                messages.success(request, _("Đã lưu thông tin của bạn."))
                return redirect("learning:privacy_home")
    else:
        form = ProfileForm(initial=ProfileForm.initial_for(user), user=user)
    return render(
        request,
        "learning/privacy/edit.html",
        {"form": form, "can_change_commune": can_change_commune(user), "person": user},
    )


def _download(request, content: bytes, *, content_type: str, extension: str) -> HttpResponse:
    audit(request, AuditAction.EXPORT_OWN_DATA, subject=request.user, detail=extension)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="du-lieu-cua-toi.{extension}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def privacy_export_json(request):
    content = json.dumps(export_person(request.user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    return _download(
        request, content.encode(), content_type="application/json; charset=utf-8", extension="json"
    )


@login_required
def privacy_export_csv(request):
    return _download(
        request,
        export_csv(export_person(request.user)),
        content_type="text/csv; charset=utf-8",
        extension="csv",
    )


@login_required
def privacy_export_pdf(request):
    organisation = SiteSettings.for_request(request).organisation_name
    content = export_pdf(export_person(request.user), organisation=organisation)
    return _download(request, content, content_type="application/pdf", extension="pdf")


@login_required
@require_http_methods(["GET", "POST"])
def privacy_withdraw(request, pk: int):
    consent = get_object_or_404(Consent, pk=pk, user=request.user)
    if consent.withdrawn_at is not None:
        messages.info(request, _("Bạn đã rút lại sự đồng ý này trước đây."))
        return redirect("learning:privacy_home")
    optional = consent.purpose in OPTIONAL_PURPOSES
    if request.method == "POST" and (optional or request.POST.get("confirm") == "1"):
        data_request = consent_withdraw(consent=consent)
        if data_request is None:
            messages.success(
                request,
                _("Đã rút lại sự đồng ý: %(purpose)s.") % {"purpose": consent.get_purpose_display()},
            )
        else:
            messages.success(
                request,
                _("Đã gửi yêu cầu rút lại sự đồng ý. Hạn xử lý: %(date)s.")
                % {"date": data_request.due_on.strftime("%d/%m/%Y")},
            )
        return redirect("learning:privacy_home")
    return render(request, "learning/privacy/withdraw.html", {"consent": consent, "optional": optional})


def _open_request(request, kind: str, detail: str = ""):
    data_request, created = data_request_open(user=request.user, kind=kind, detail=detail)
    date = data_request.due_on.strftime("%d/%m/%Y")
    if created:
        messages.success(request, _("Đã gửi yêu cầu. Hạn xử lý: %(date)s.") % {"date": date})
    else:
        messages.info(
            request,
            _("Bạn đã có một yêu cầu như vậy đang chờ xử lý, hạn %(date)s. Chúng tôi sẽ trả lời sớm.")
            % {"date": date},
        )
    return redirect("learning:privacy_home")


@login_required
@require_http_methods(["GET", "POST"])
def privacy_delete_request(request):
    if request.method == "POST":
        return _open_request(request, DataRequestKind.DELETION)
    existing = request.user.data_requests.filter(
        kind=DataRequestKind.DELETION, status=DataRequestStatus.OPEN
    ).first()
    return render(
        request,
        "learning/privacy/delete_request.html",
        {"existing": existing, "request_days": settings.HOCSO_DATA_REQUEST_DAYS},
    )


@login_required
@require_http_methods(["GET", "POST"])
def privacy_correction_request(request):
    form = CorrectionRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return _open_request(request, DataRequestKind.CORRECTION, form.cleaned_data["detail"])
    return render(
        request,
        "learning/privacy/correction_request.html",
        {"form": form, "request_days": settings.HOCSO_DATA_REQUEST_DAYS},
    )
