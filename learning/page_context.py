"""What signed-in learners see added to course and lesson pages (connected in LearningConfig.ready)."""

import uuid

from django.utils import timezone

from learning.models import Enrolment, LessonProgress
from learning.tracking import ProgressEvent, record
from learning.xapi import Verb


def course_context(request, page, context) -> dict:
    if not request.user.is_authenticated:
        return {}
    enrolment = Enrolment.objects.filter(user=request.user, course=page).select_related("last_lesson").first()
    completed = set(
        LessonProgress.objects.filter(user=request.user, course=page, completed_at__isnull=False).values_list(
            "lesson_id", flat=True
        )
    )
    return {"enrolment_panel": True, "enrolment": enrolment, "completed_lessons": completed}


def lesson_context(request, page, context) -> dict:
    if not request.user.is_authenticated or getattr(request, "is_preview", False):
        return {}
    # Opening a lesson is recorded here, so resuming works even where JavaScript does not run; but
    # only in a course the learner chose, since a GET (a link from anywhere) must not enrol anyone.
    if Enrolment.objects.filter(user=request.user, course_id=context["course"].pk).exists():
        try:
            record(
                request.user,
                ProgressEvent(id=uuid.uuid4(), verb=Verb.OPENED, lesson_id=page.pk, timestamp=timezone.now()),
            )
        except LookupError:
            # A lesson behind a view restriction is not tracked; the page itself still shows.
            return {}
    progress = LessonProgress.objects.filter(user=request.user, lesson=page).first()
    return {
        "progress_enabled": True,
        "lesson_progress": progress,
        "finish_event_id": uuid.uuid4(),
    }
