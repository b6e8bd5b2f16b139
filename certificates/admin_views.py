"""Wagtail admin pages for certificates: find one, read what it certifies and what happened to it,
revoke it with a reason, re-issue it under a corrected name, render a failed PDF again.

The changes are made by certificates.services; these views parse the form, call one service and
record who did it in Wagtail's log (learning.audit is for who read whose records, and has no
action for certificates)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from certificates.forms import CertificateFilterForm, ReissueForm, RevokeForm
from certificates.models import Certificate, CertificateState, RenderStatus
from certificates.services import (
    CertificateError,
    certificate_reissue,
    certificate_rerender,
    certificate_revoke,
)

VIEW_PERMISSION = "certificates.view_certificate"
REVOKE_PERMISSION = "certificates.revoke_certificate"
REISSUE_PERMISSION = "certificates.reissue_certificate"
# Rendering again changes no fact on the certificate, only its file: the ordinary "change" permission.
RERENDER_PERMISSION = "certificates.change_certificate"
# Whoever may revoke or re-issue must be able to find the certificate first.
SEE_PERMISSIONS = (VIEW_PERMISSION, REVOKE_PERMISSION, REISSUE_PERMISSION)

REVOKE_ACTION = "certificates.revoke"
REISSUE_ACTION = "certificates.reissue"
RERENDER_ACTION = "certificates.rerender"

PER_PAGE = 50
ICON = "doc-full"
TITLE = gettext_lazy("Chứng nhận")
# The listing reads only the frozen columns it shows: no join, whatever the page size.
LIST_FIELDS = (
    "serial",
    "code",
    "holder_name",
    "course_title",
    "unit_name",
    "province_name",
    "issued_on",
    "state",
    "status",
    "last_error",
    "render_attempts",
    "created_at",
)


def may(user, *permissions: str) -> bool:
    """Holds at least one of the permissions (a superuser holds them all)."""
    return user.is_active and any(user.has_perm(permission) for permission in permissions)


def can_see(user) -> bool:
    return may(user, *SEE_PERMISSIONS)


def certificates_matching(*, q: str = "", state: str = "", status: str = "") -> QuerySet[Certificate]:
    """Newest first. The search takes a whole serial or verification code, which are unique and
    indexed, or part of the holder's name as written (with its marks: the name has no folded copy)."""
    rows = Certificate.objects.only(*LIST_FIELDS).order_by("-created_at", "-pk")
    q = " ".join(q.split())
    if q:
        rows = rows.filter(Q(serial=q) | Q(code=q.lower()) | Q(holder_name__icontains=q))
    if state:
        rows = rows.filter(state=state)
    if status:
        rows = rows.filter(status=status)
    return rows


def _forbidden(request, message: str) -> TemplateResponse:
    # Wagtail would turn PermissionDenied into a redirect to the dashboard; say 403 and why.
    return TemplateResponse(
        request,
        "certificates/admin/forbidden.html",
        {"page_title": TITLE, "header_title": TITLE, "header_icon": ICON, "message": message},
        status=403,
    )


class _Permitted:
    """Refuses with 403 unless the user holds one of `permissions`, before anything is loaded."""

    permissions: tuple[str, ...] = SEE_PERMISSIONS

    def refusal(self) -> str:
        return _("Bạn không có quyền xem chứng nhận. Hãy nhờ quản trị viên cấp quyền nếu bạn cần.")

    def dispatch(self, request, *args, **kwargs):
        if not may(request.user, *self.permissions):
            return _forbidden(request, self.refusal())
        return super().dispatch(request, *args, **kwargs)


def _list_url() -> str:
    return reverse("certificates_admin:list")


def _detail_url(certificate: Certificate) -> str:
    return reverse("certificates_admin:detail", args=[certificate.pk])


class CertificateListView(_Permitted, WagtailAdminTemplateMixin, TemplateView):
    page_title = TITLE
    header_icon = ICON
    template_name = "certificates/admin/list.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = CertificateFilterForm(self.request.GET or None)
        page = Paginator(certificates_matching(**form.filters()), PER_PAGE).get_page(
            self.request.GET.get("p")
        )
        context.update(form=form, page=page, VALID=CertificateState.VALID, FAILED=RenderStatus.FAILED)
        return context


class _CertificateMixin:
    header_icon = ICON

    @cached_property
    def certificate(self) -> Certificate:
        return get_object_or_404(
            Certificate.objects.select_related("revoked_by", "superseded_by", "course"), pk=self.kwargs["pk"]
        )

    def get_page_title(self):
        return self.certificate.serial

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": _list_url(), "label": TITLE},
            {"url": "", "label": self.certificate.serial},
        ]


class CertificateDetailView(_Permitted, _CertificateMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "certificates/admin/detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        certificate = self.certificate
        user = self.request.user
        context.update(
            certificate=certificate,
            supersedes=Certificate.objects.filter(superseded_by=certificate).only("pk", "serial").first(),
            verify_url=reverse("certificates:verify", args=[certificate.code]),
            can_revoke=certificate.is_valid and may(user, REVOKE_PERMISSION),
            can_reissue=certificate.is_valid and may(user, REISSUE_PERMISSION),
            can_rerender=certificate.status == RenderStatus.FAILED and may(user, RERENDER_PERMISSION),
            REVOKED=CertificateState.REVOKED,
            FAILED=RenderStatus.FAILED,
        )
        return context


class _ChangeView(_Permitted, _CertificateMixin, WagtailAdminTemplateMixin, FormView):
    """A form that changes one valid certificate through a service. The form is not offered for a
    certificate that is no longer valid; a POST goes to the service all the same, which decides under
    the row lock and whose refusal is shown on the certificate's page."""

    def get(self, request, *args, **kwargs):
        if not self.certificate.is_valid:
            messages.error(request, self.not_valid_message())
            return redirect(_detail_url(self.certificate))
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        items[-1] = {"url": _detail_url(self.certificate), "label": self.certificate.serial}
        return [*items, {"url": "", "label": self.get_page_subtitle()}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(certificate=self.certificate, **kwargs)

    def form_valid(self, form):
        # The service locks the row and checks again: another administrator may have got there first.
        try:
            with transaction.atomic():
                redirect_to = self.change(form.cleaned_data)
        except CertificateError as error:
            messages.error(self.request, str(error))
            return redirect(_detail_url(self.certificate))
        return HttpResponseRedirect(redirect_to)


class CertificateRevokeView(_ChangeView):
    permissions = (REVOKE_PERMISSION,)
    form_class = RevokeForm
    template_name = "certificates/admin/revoke.html"

    def refusal(self) -> str:
        return _("Bạn không có quyền thu hồi chứng nhận. Hãy nhờ quản trị viên cấp quyền nếu bạn cần.")

    def get_page_subtitle(self):
        return _("Thu hồi")

    def not_valid_message(self) -> str:
        return _("Chỉ thu hồi được chứng nhận đang còn hiệu lực.")

    def change(self, data: dict) -> str:
        certificate = certificate_revoke(
            certificate=self.certificate, by=self.request.user, reason=data["reason"]
        )
        # The serial only: the reason stays on the certificate, where erasure can reach it.
        log(instance=certificate, action=REVOKE_ACTION, user=self.request.user, title=certificate.serial)
        messages.success(
            self.request,
            _(
                "Đã thu hồi chứng nhận %(serial)s. Trang xác minh công khai sẽ báo chứng nhận này "
                "đã bị thu hồi."
            )
            % {"serial": certificate.serial},
        )
        return _detail_url(certificate)


class CertificateReissueView(_ChangeView):
    permissions = (REISSUE_PERMISSION,)
    form_class = ReissueForm
    template_name = "certificates/admin/reissue.html"

    def refusal(self) -> str:
        return _("Bạn không có quyền cấp lại chứng nhận. Hãy nhờ quản trị viên cấp quyền nếu bạn cần.")

    def get_page_subtitle(self):
        return _("Cấp lại với họ và tên đúng")

    def not_valid_message(self) -> str:
        return _("Chỉ cấp lại được chứng nhận đang còn hiệu lực.")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "current_name": self.certificate.holder_name}

    def change(self, data: dict) -> str:
        old = self.certificate
        new = certificate_reissue(certificate=old, holder_name=data["holder_name"], by=self.request.user)
        # Serials, not names: the log outlives an erasure of the holder's personal data.
        log(
            instance=new,
            action=REISSUE_ACTION,
            user=self.request.user,
            title=new.serial,
            data={"replaces": old.serial},
        )
        messages.success(
            self.request,
            _(
                "Đã cấp chứng nhận %(serial)s mang tên %(name)s; chứng nhận %(old)s được đánh dấu đã được "
                "thay thế. Tệp PDF mới đang được tạo."
            )
            % {"serial": new.serial, "name": new.holder_name, "old": old.serial},
        )
        return _detail_url(new)


class CertificateRerenderView(_Permitted, View):
    permissions = (RERENDER_PERMISSION,)
    http_method_names = ["post"]

    def refusal(self) -> str:
        return _("Bạn không có quyền tạo lại tệp chứng nhận. Hãy nhờ quản trị viên cấp quyền nếu bạn cần.")

    def post(self, request, pk: int):
        certificate = get_object_or_404(Certificate.objects.only("pk", "serial", "status"), pk=pk)
        try:
            with transaction.atomic():
                certificate_rerender(certificate=certificate)
                log(instance=certificate, action=RERENDER_ACTION, user=request.user, title=certificate.serial)
        except CertificateError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Đã xếp chứng nhận %(serial)s vào hàng chờ tạo lại tệp.") % {"serial": certificate.serial},
            )
        return redirect(_detail_url(certificate))


class CertificateDownloadView(_Permitted, View):
    http_method_names = ["get"]

    def get(self, request, pk: int):
        certificate = get_object_or_404(Certificate.objects.only("pk", "serial", "status", "pdf"), pk=pk)
        if not certificate.is_ready:
            raise Http404
        return FileResponse(
            certificate.pdf.open("rb"),
            as_attachment=True,
            filename=f"chung-nhan-{certificate.serial}.pdf",
            content_type="application/pdf",
        )


class CertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see(request.user)


def menu_item() -> MenuItem:
    # After the H5P entries (252, 253): certificates are what a course leads to.
    return CertificatesMenuItem(TITLE, _list_url(), name="chung-nhan", icon_name=ICON, order=260)


urlpatterns = [
    path("", CertificateListView.as_view(), name="list"),
    path("<int:pk>/", CertificateDetailView.as_view(), name="detail"),
    path("<int:pk>/thu-hoi/", CertificateRevokeView.as_view(), name="revoke"),
    path("<int:pk>/cap-lai/", CertificateReissueView.as_view(), name="reissue"),
    path("<int:pk>/tao-lai-tep/", CertificateRerenderView.as_view(), name="rerender"),
    path("<int:pk>/tai-ve/", CertificateDownloadView.as_view(), name="download"),
]


def admin_urls() -> list:
    return [path("chung-nhan/", include((urlpatterns, "certificates_admin")))]
