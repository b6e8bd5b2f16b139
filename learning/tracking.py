"""Progress events in, lesson and course progress out.

Every event carries a client-made UUID; it becomes the xAPI statement's primary key, so a retried or
double-sent event is stored once. Progress is then merged from timestamps (earliest wins for "when",
durations add per statement), which gives the same result whatever order events arrive in.
"""

import datetime as dt
import uuid
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from learning import xapi
from learning.completion import evaluate_course
from learning.enrolment import enrol
from learning.lesson_facts import Facts, LessonFacts, catalogue
from learning.models import Enrolment, LessonProgress, Statement
from learning.signals import progress_recorded
from learning.statements import store_derived
from learning.xapi import Verb

CLIENT_VERBS = (Verb.OPENED, Verb.PROGRESSED, Verb.REACHED_END, Verb.PRACTICE_DONE)
# A heartbeat covers at most this long; anything claiming more is capped, not trusted.
MAX_SECONDS_PER_EVENT = 600
# Phones' clocks drift; a timestamp from the future is replaced by the time we received it.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)
# A phone may hold events offline for a while, not for ever: older claims are brought forward to this.
OFFLINE_WINDOW = dt.timedelta(days=30)


class EventRejected(Exception):
    """An event that can never be accepted (its id belongs to someone else's statement)."""


@dataclass(frozen=True)
class ProgressEvent:
    id: uuid.UUID
    verb: str
    lesson_id: int
    timestamp: dt.datetime
    seconds: int = 0
    block: str = ""


def _earliest(current: dt.datetime | None, candidate: dt.datetime) -> dt.datetime:
    return candidate if current is None or candidate < current else current


def record(user, event: ProgressEvent) -> bool:
    """Store and apply one event; False if this id was already stored (nothing changes then).

    Raises LookupError for a lesson that is not published.
    """
    facts = catalogue()
    lesson = facts.lesson(event.lesson_id)
    if lesson is None:
        raise LookupError(event.lesson_id)
    course = facts.courses[lesson.course_id]
    now = timezone.now()
    timestamp = now if event.timestamp - now > FUTURE_TOLERANCE else event.timestamp
    timestamp = max(timestamp, now - OFFLINE_WINDOW)
    seconds = max(0, min(event.seconds, MAX_SECONDS_PER_EVENT))
    body = xapi.build(
        statement_id=event.id,
        user=user,
        verb=event.verb,
        lesson=lesson,
        course=course,
        timestamp=timestamp,
        seconds=seconds,
        block=event.block,
    )
    try:
        with transaction.atomic():
            Statement.objects.create(
                id=event.id,
                user=user,
                verb=body["verb"]["id"],
                lesson_id=lesson.pk,
                course_id=course.pk,
                timestamp=timestamp,
                body=body,
            )
            _apply(user, course, lesson, event, timestamp, seconds)
    except IntegrityError:
        owner = Statement.objects.filter(pk=event.id).values_list("user_id", flat=True).first()
        if owner == user.pk:
            return False
        if owner is not None:
            raise EventRejected(event.id) from None
        raise
    transaction.on_commit(
        lambda: progress_recorded.send(
            sender=Statement, user=user, course=course, lesson=lesson, verb=event.verb
        )
    )
    return True


def _apply(
    user, course: Facts, lesson: LessonFacts, event: ProgressEvent, timestamp: dt.datetime, seconds: int
) -> None:
    # Every event of one learner in one course waits for this row lock, so two events arriving
    # together (an offline queue flushing) cannot each miss the other's completed lesson.
    enrolment = Enrolment.objects.select_for_update().get(pk=enrol(user, course.pk).pk)
    progress, _ = LessonProgress.objects.select_for_update().get_or_create(
        user=user, lesson_id=lesson.pk, defaults={"course_id": course.pk}
    )
    progress.opened_at = _earliest(progress.opened_at, timestamp)
    progress.last_event_at = max(progress.last_event_at or timestamp, timestamp)
    if event.verb == Verb.PROGRESSED:
        progress.seconds_spent += seconds
    elif event.verb == Verb.REACHED_END:
        progress.reached_end_at = _earliest(progress.reached_end_at, timestamp)
    elif event.verb == Verb.PRACTICE_DONE and event.block in lesson.practice_block_ids:
        done = dict(progress.practice_done)
        previous = dt.datetime.fromisoformat(done[event.block]) if event.block in done else None
        done[event.block] = _earliest(previous, timestamp).isoformat()
        progress.practice_done = done
    was_completed = progress.completed_at is not None
    progress.practice_done_at, progress.completed_at = _completion_times(lesson, progress)
    progress.save()
    if progress.completed_at and not was_completed:
        store_derived(user, Verb.COMPLETED, course, progress.completed_at, lesson=lesson)
    _move_resume_point(enrolment, lesson, timestamp)
    evaluate_course(enrolment)


def _completion_times(lesson: LessonFacts, progress: LessonProgress):
    """A lesson is complete once read to the end and every practice block is done; the time is the later."""
    needed = lesson.practice_block_ids
    practice_at = None
    if needed and all(block in progress.practice_done for block in needed):
        practice_at = max(dt.datetime.fromisoformat(progress.practice_done[block]) for block in needed)
    if progress.reached_end_at is None or (needed and practice_at is None):
        return practice_at, None
    return practice_at, max(progress.reached_end_at, practice_at or progress.reached_end_at)


def _move_resume_point(enrolment: Enrolment, lesson: LessonFacts, timestamp: dt.datetime) -> None:
    # A late event from an older session must not pull the resume point backwards.
    if enrolment.last_seen_at is None or timestamp >= enrolment.last_seen_at:
        Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson_id=lesson.pk, last_seen_at=timestamp)
        enrolment.last_lesson_id, enrolment.last_seen_at = lesson.pk, timestamp
