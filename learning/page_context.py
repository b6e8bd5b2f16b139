"""What signed-in learners see added to course and lesson pages (connected in LearningConfig.ready)."""

import uuid

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone

from learning.lesson_facts import catalogue
from learning.models import Enrolment, LessonProgress
from learning.tracking import ProgressEvent, record
from learning.xapi import Verb
from quizzes.models import Quiz, QuizKind


def course_context(request, page, context) -> dict:
    if not request.user.is_authenticated:
        return {}
    enrolment = Enrolment.objects.filter(user=request.user, course=page).select_related("last_lesson").first()
    completed = set(
        LessonProgress.objects.filter(user=request.user, course=page, completed_at__isnull=False).values_list(
            "lesson_id", flat=True
        )
    )
    # The final test is where a learner who has read everything goes next; the page must say so.
    final_quiz = Quiz.objects.filter(course=page, kind=QuizKind.FINAL).first()
    return {
        "enrolment_panel": True,
        "enrolment": enrolment,
        "completed_lessons": completed,
        "final_quiz": final_quiz,
    }


REOPEN_QUIET_SECONDS = 600


def lesson_progress_hole(request, params: dict) -> str:
    """The progress part of a lesson page for a signed-in reader (see cms.holes)."""
    facts = catalogue()
    lesson = facts.lesson(params.get("lesson"))
    if lesson is None:
        # A lesson behind a view restriction is not tracked; the page itself still shows.
        return ""
    # Opening a lesson is recorded here, so resuming works even where JavaScript does not run; but
    # only in a course the learner chose, since a GET (a link from anywhere) must not enrol anyone.
    # A reload of the lesson last opened in this course changes nothing worth a write.
    opened_key = f"lesson-opened:{request.user.pk}:{lesson.course_id}"
    if (
        cache.get(opened_key) != lesson.pk
        and Enrolment.objects.filter(user=request.user, course_id=lesson.course_id).exists()
    ):
        record(
            request.user,
            ProgressEvent(id=uuid.uuid4(), verb=Verb.OPENED, lesson_id=lesson.pk, timestamp=timezone.now()),
        )
        cache.set(opened_key, lesson.pk, REOPEN_QUIET_SECONDS)
    context = {
        "lesson": lesson,
        "next_url": params.get("next") or "",
        "lesson_progress": LessonProgress.objects.filter(user=request.user, lesson_id=lesson.pk).first(),
        "finish_event_id": uuid.uuid4(),
    }
    return render_to_string("learning/includes/lesson_progress.html", context, request=request)
