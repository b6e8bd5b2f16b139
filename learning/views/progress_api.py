import json
import uuid

from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.models import CoursePage, LessonPage
from learning.enrolment import enrol
from learning.forms_progress import ProgressEventForm
from learning.tracking import EventRejected, ProgressEvent, record
from learning.xapi import Verb

MAX_EVENTS_PER_POST = 100


def _json_error(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


@require_POST
def progress_events(request):
    """Accept one event or {"events": [...]}; each is accepted, a duplicate, or rejected with a reason."""
    if not request.user.is_authenticated:
        return _json_error(
            _("Phiên đăng nhập đã hết. Xin đăng nhập lại; tiến độ chưa gửi vẫn được giữ."), 401
        )
    try:
        payload = json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError):
        return _json_error(_("Dữ liệu gửi lên không đúng định dạng JSON."))
    events = payload.get("events") if isinstance(payload, dict) and "events" in payload else [payload]
    if not isinstance(events, list) or not events or not all(isinstance(item, dict) for item in events):
        return _json_error(_("Dữ liệu gửi lên không có sự kiện nào hợp lệ."))
    if len(events) > MAX_EVENTS_PER_POST:
        return _json_error(_("Mỗi lần gửi tối đa %(n)s sự kiện.") % {"n": MAX_EVENTS_PER_POST})
    accepted, duplicates, errors = [], [], {}
    for index, item in enumerate(events):
        key = str(item.get("id") or index)[:64]
        try:
            form = ProgressEventForm(item)
            if not form.is_valid():
                errors[key] = [message for messages in form.errors.values() for message in messages]
                continue
            event = form.event()
            (accepted if record(request.user, event) else duplicates).append(str(event.id))
        except EventRejected:
            errors[key] = [_("Mã sự kiện này đã được dùng.")]
        except (TypeError, ValueError, AttributeError, OverflowError, LookupError):
            # Values of the wrong kind (a number where a date belongs, year 1…): refused, never a 500,
            # or the phone would resend the same batch for ever.
            errors[key] = [_("Dữ liệu của sự kiện không hợp lệ.")]
    status = 400 if errors and not (accepted or duplicates) else 200
    return JsonResponse({"accepted": accepted, "duplicates": duplicates, "errors": errors}, status=status)


@login_required
@require_POST
def enrol_view(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live().public(), pk=course_id)
    enrol(request.user, course)
    return redirect(course.url)


@login_required
@require_POST
def finish_lesson(request, lesson_id: int):
    """The no-JavaScript way to say 'I have read this lesson'; the form's UUID makes a double tap harmless."""
    lesson = get_object_or_404(LessonPage.objects.live().public(), pk=lesson_id)
    try:
        event_id = uuid.UUID(request.POST.get("event_id", ""))
    except ValueError:
        event_id = uuid.uuid4()
    try:
        record(
            request.user,
            ProgressEvent(id=event_id, verb=Verb.REACHED_END, lesson_id=lesson.pk, timestamp=timezone.now()),
        )
    except EventRejected:
        # Someone else's id in a tampered form: record the reading under a fresh one.
        record(
            request.user,
            ProgressEvent(
                id=uuid.uuid4(), verb=Verb.REACHED_END, lesson_id=lesson.pk, timestamp=timezone.now()
            ),
        )
    except LookupError as error:
        raise Http404 from error
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return redirect(next_url)
    return redirect(lesson.url)
