"""The public verification page behind the QR code, its JSON twin, and a box to type a code from paper.

Unknown and malformed codes get the very same answer, and every address is limited (see
certificates.verification), so the pages cannot be used to find out which codes exist."""

from axes.helpers import get_client_ip_address
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from certificates.services import CODE_LENGTH
from certificates.verification import (
    Verification,
    allow_lookup,
    normalise_code,
    record_miss,
    retry_after,
    verification_for,
)

CODE_PARAM = "ma"


def _not_found() -> str:
    return _("Không tìm thấy chứng nhận với mã này. Hãy kiểm tra lại mã in trên giấy chứng nhận.")


def _too_many() -> str:
    return _("Bạn tra cứu quá nhiều lần. Hãy thử lại sau ít phút.")


def _private(response, *, retry: int | None = None):
    # The state can change at any moment (a revocation), and codes must not reach search engines.
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    if retry is not None:
        response["Retry-After"] = str(retry)
    return response


def _lookup(request, code: str) -> tuple[Verification | None, int | None]:
    """The verification, or None with the Retry-After seconds when this address is limited."""
    ip = get_client_ip_address(request)
    if not allow_lookup(ip):
        return None, retry_after(ip)
    verification = verification_for(code)
    if verification is None:
        record_miss(ip)
    return verification, None


def _form_page(request, *, status: int, heading: str, problem: str = "", error: str = "", typed: str = ""):
    context = {
        "heading": heading,
        "problem": problem,
        "error": error,
        "typed": typed,
        "param": CODE_PARAM,
        "show_form": status != 429,
    }
    return render(request, "certificates/verify_form.html", context, status=status)


@require_safe
def verify_page(request, code: str):
    verification, retry = _lookup(request, code)
    if retry is not None:
        response = _form_page(request, status=429, heading=_("Tạm dừng tra cứu"), problem=_too_many())
        return _private(response, retry=retry)
    if verification is None:
        response = _form_page(
            request, status=404, heading=_("Không tìm thấy chứng nhận"), problem=_not_found()
        )
        return _private(response)
    replacement = (
        reverse("certificates:verify", args=[verification.superseded_by_code])
        if verification.superseded_by_code
        else None
    )
    context = {"verification": verification, "replacement_url": replacement}
    return _private(render(request, "certificates/verify.html", context))


@require_safe
def verify_json(request, code: str):
    verification, retry = _lookup(request, code)
    if retry is not None:
        return _private(JsonResponse({"found": False, "error": _too_many()}, status=429), retry=retry)
    if verification is None:
        return _private(JsonResponse({"found": False, "error": _not_found()}, status=404))
    replacement = verification.superseded_by_code
    payload = {
        "found": True,
        "code": verification.code,
        "serial": verification.serial,
        "state": verification.state,
        "state_label": verification.state_label,
        "holder": verification.masked_name,
        "course": verification.course_title,
        "issued_on": verification.issued_on.isoformat(),
        "issuing_unit": verification.issuing_unit,
        "revoked_on": verification.revoked_on.isoformat() if verification.revoked_on else None,
        "revocation_reason": verification.revocation_reason or None,
        "superseded_by": (
            request.build_absolute_uri(reverse("certificates:verify", args=[replacement]))
            if replacement
            else None
        ),
    }
    return _private(JsonResponse(payload, json_dumps_params={"ensure_ascii": False}))


@require_safe
def verify_form(request):
    """A box for the code printed on paper; a well-formed one goes to its verification page. Only
    the shape is checked here, which says nothing about which codes exist."""
    typed = request.GET.get(CODE_PARAM)
    heading = _("Xác minh giấy chứng nhận")
    if typed is None:
        return _private(_form_page(request, status=200, heading=heading))
    code = normalise_code(typed)
    if code is not None:
        return redirect("certificates:verify", code=code)
    error = (
        _("Hãy nhập mã xác minh.")
        if not typed.strip()
        else _(
            "Mã này không đúng. Mã xác minh gồm %(length)s chữ cái và chữ số; hãy gõ lại đúng như trên giấy."
        )
        % {"length": CODE_LENGTH}
    )
    return _private(_form_page(request, status=200, heading=heading, error=error, typed=typed.strip()[:100]))
