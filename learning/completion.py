"""The one place that decides whether a learner has completed a course."""

from django.db import transaction
from django.utils import timezone

from learning.lesson_facts import catalogue
from learning.models import Enrolment, LessonProgress
from learning.signals import course_completed
from learning.statements import store_derived
from learning.xapi import Verb
from quizzes.selectors import final_quiz_passed


def evaluate_course(enrolment: Enrolment) -> bool:
    """Update the enrolment's percentage; mark it complete (once) when every required lesson is done.

    Every condition lives in the `conditions_met` check below, nowhere else: all required lessons
    done, and the course's final test passed when it has one.
    """
    facts = catalogue()
    lessons = facts.required.get(enrolment.course_id, ())
    done = dict(
        LessonProgress.objects.filter(
            user_id=enrolment.user_id, lesson_id__in=lessons, completed_at__isnull=False
        ).values_list("lesson_id", "completed_at")
    )
    percent = round(100 * len(done) / len(lessons)) if lessons else 0
    conditions_met = bool(lessons) and len(done) == len(lessons)
    if conditions_met:
        conditions_met = final_quiz_passed(enrolment.user_id, enrolment.course_id) is not False
    changes = {}
    if percent != enrolment.progress_percent:
        changes["progress_percent"] = percent
    if conditions_met and enrolment.completed_at is None:
        changes["completed_at"] = max(done.values(), default=timezone.now())
    if not changes:
        return enrolment.completed_at is not None
    # The conditional update is the guard against two requests completing the course at once.
    updated = Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(**changes)
    for field, value in changes.items():
        setattr(enrolment, field, value)
    if updated and "completed_at" in changes:
        store_derived(
            enrolment.user, Verb.COMPLETED, facts.courses[enrolment.course_id], enrolment.completed_at
        )
        transaction.on_commit(
            lambda: course_completed.send(
                sender=Enrolment, enrolment=enrolment, user=enrolment.user, course=enrolment.course
            )
        )
    return enrolment.completed_at is not None
