"""Administrators approve H5P library versions; until then, content using them does not play."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from courses.h5p.models import H5PLibrary
from courses.h5p.services import approve

APPROVE_PERMISSION = "courses.approve_h5plibrary"


def library_list(request):
    if not request.user.has_perm("courses.view_h5plibrary") and not request.user.has_perm(APPROVE_PERMISSION):
        raise PermissionDenied
    # Waiting libraries first: they are what an administrator comes here for.
    libraries = H5PLibrary.objects.annotate(item_count=Count("items")).order_by(
        F("approved_at").asc(nulls_first=True), "machine_name", "major", "minor", "patch"
    )
    return TemplateResponse(
        request,
        "courses/h5p/admin/libraries.html",
        {"libraries": libraries, "can_approve": request.user.has_perm(APPROVE_PERMISSION)},
    )


@require_http_methods(["GET", "POST"])
def library_approve(request, pk: int):
    if not request.user.has_perm(APPROVE_PERMISSION):
        raise PermissionDenied
    library = get_object_or_404(H5PLibrary, pk=pk)
    if request.method == "POST":
        approve(library, request.user)
        messages.success(request, _("Đã duyệt thư viện %(library)s.") % {"library": library})
        return redirect("h5p_libraries")
    return TemplateResponse(
        request,
        "courses/h5p/admin/approve.html",
        {"library": library, "files": sorted(library.files.items()), "items": library.items.all()},
    )
