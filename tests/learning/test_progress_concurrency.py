"""Events that arrive at the same moment on PostgreSQL (an offline queue flushing, a double tap on
two connections) are neither lost nor counted twice. SQLite serialises writers, so these run only
where DATABASE_URL points at PostgreSQL."""

import datetime as dt
import threading
import uuid

import pytest
from django.db import connection, connections
from django.utils import timezone

from courses.models import LessonPage
from learning.models import Enrolment, LessonProgress, Statement
from learning.tracking import ProgressEvent, record
from learning.xapi import Verb

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent writers (PostgreSQL)"),
]


def together(*jobs):
    barrier = threading.Barrier(len(jobs))
    errors = []

    def run(job):
        try:
            barrier.wait()
            job()
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def finish(user, lesson, when=None):
    def job():
        stamp = when or timezone.now()
        for block in lesson.practice_block_ids:
            record(user, ProgressEvent(uuid.uuid4(), Verb.PRACTICE_DONE, lesson.pk, stamp, block=block))
        record(user, ProgressEvent(uuid.uuid4(), Verb.REACHED_END, lesson.pk, stamp))

    return job


def test_lessons_finished_at_the_same_moment_complete_the_course(cast_users, site_tree):
    learner = cast_users["citizen"]
    lessons = [LessonPage.objects.get(pk=lesson.pk) for lesson in site_tree["lessons"]]
    for _ in range(8):
        Enrolment.objects.filter(user=learner).delete()
        LessonProgress.objects.filter(user=learner).delete()
        Statement.objects.filter(user=learner).delete()
        finish(learner, lessons[0])()
        # Read offline an hour ago and sent together now: older than the resume point, so nothing
        # else in these events touches the enrolment row.
        earlier = timezone.now() - dt.timedelta(hours=1)
        together(finish(learner, lessons[1], earlier), finish(learner, lessons[2], earlier))
        enrolment = Enrolment.objects.get(user=learner)
        assert enrolment.progress_percent == 100
        assert enrolment.completed_at is not None


def test_the_same_event_sent_on_two_connections_counts_once(cast_users, site_tree):
    learner = cast_users["citizen"]
    lesson = site_tree["lessons"][0]
    heartbeat = ProgressEvent(uuid.uuid4(), Verb.PROGRESSED, lesson.pk, timezone.now(), seconds=30)
    together(*[lambda: record(learner, heartbeat)] * 4)
    assert Statement.objects.filter(pk=heartbeat.id).count() == 1
    assert LessonProgress.objects.get(user=learner, lesson_id=lesson.pk).seconds_spent == 30
