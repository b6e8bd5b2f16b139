"""Where a learner left each H5P item: read when the player opens, written as the content changes."""

import json

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from courses.models import H5PItem
from learning.models import H5PState
from learning.models.h5p import MAX_STATE_CHARS


def _error(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def h5p_state(request, item_id: int):
    if not request.user.is_authenticated:
        return _error(_("Phiên đăng nhập đã hết. Xin đăng nhập lại."), 401)
    if not H5PItem.objects.filter(pk=item_id).exists():
        return _error(_("Không tìm thấy nội dung tương tác này."), 404)
    if request.method == "GET":
        state = (
            H5PState.objects.filter(user=request.user, item_id=item_id)
            .values_list("state", flat=True)
            .first()
        )
        return JsonResponse({"state": state})
    try:
        state = json.loads(request.body or b"null").get("state")
        json.loads(state)
    except (ValueError, UnicodeDecodeError, AttributeError, TypeError):
        return _error(_("Trạng thái gửi lên không hợp lệ."))
    if len(state) > MAX_STATE_CHARS:
        return _error(_("Trạng thái gửi lên quá lớn."))
    H5PState.objects.update_or_create(user=request.user, item_id=item_id, defaults={"state": state})
    return JsonResponse({"saved": True})
