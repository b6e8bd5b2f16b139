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
from learning.models import Enrolment, H5PResult, LessonProgress, Statement
from learning.signals import progress_recorded
from learning.statements import store_derived
from learning.xapi import Verb

CLIENT_VERBS = (Verb.OPENED, Verb.PROGRESSED, Verb.REACHED_END, Verb.PRACTICE_DONE, Verb.H5P)
# A heartbeat covers at most this long; anything claiming more is capped, not trusted.
MAX_SECONDS_PER_EVENT = 600
# Phones' clocks drift; a timestamp from the future is replaced by the time we received it.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)
# A phone may hold events offline for a while, not for ever: older claims are brought forward to this.
OFFLINE_WINDOW = dt.timedelta(days=30)


class EventRejected(Exception):
    """An event that can never be accepted (its id belongs to someone else's statement)."""


@dataclass(frozen=True)
class H5PScore:
    """What an H5P item reported (answered / completed / passed / failed), with its score if any."""

    verb: str
    raw: float = 0
    max: float = 0
    success: bool | None = None

    @property
    def scaled(self) -> float | None:
        return self.raw / self.max if self.max else None


@dataclass(frozen=True)
class ProgressEvent:
    id: uuid.UUID
    verb: str
    lesson_id: int
    timestamp: dt.datetime
    seconds: int = 0
    block: str = ""
    h5p: H5PScore | None = None


def _earliest(current: dt.datetime | None, candidate: dt.datetime) -> dt.datetime:
    return candidate if current is None or candidate < current else current


def record(user, event: ProgressEvent) -> bool:
    """Store and apply one event; False if this id was already stored (nothing changes then).

    Raises LookupError for a lesson that is not published.
    """
    facts = catalogue()
    lesson = facts.lesson(event.lesson_id)
    if lesson is None or (
        event.verb == Verb.H5P and (event.h5p is None or lesson.h5p_item(event.block) is None)
    ):
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
        h5p=event.h5p,
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
    elif event.verb == Verb.H5P:
        _record_h5p(user, lesson, event, timestamp)
    # Each kind of block is finished by its own event: a practice event cannot tick off H5P content.
    practice = event.verb == Verb.PRACTICE_DONE and lesson.h5p_item(event.block) is None
    if (practice or event.verb == Verb.H5P) and event.block in lesson.practice_block_ids:
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


def _record_h5p(user, lesson: LessonFacts, event: ProgressEvent, timestamp: dt.datetime) -> None:
    result, _ = H5PResult.objects.select_for_update().get_or_create(
        user=user,
        lesson_id=lesson.pk,
        block=event.block,
        defaults={"item_id": lesson.h5p_item(event.block), "finished_at": timestamp, "last_at": timestamp},
    )
    scaled = event.h5p.scaled
    result.finished_at = _earliest(result.finished_at, timestamp)
    if timestamp >= result.last_at or result.results == 0:
        result.last_at = timestamp
        result.last_scaled = scaled if scaled is not None else result.last_scaled
    if scaled is not None and (result.best_scaled is None or scaled > result.best_scaled):
        result.best_scaled = scaled
    result.passed = result.passed or event.h5p.verb == "passed" or event.h5p.success is True
    result.results += 1
    result.save()


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
