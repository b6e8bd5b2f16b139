"""Statements the server derives from others (a lesson or course completed)."""

import datetime as dt

from courses.models import CoursePage
from learning import xapi
from learning.models import Statement


def store_derived(user, verb: str, course: CoursePage, timestamp: dt.datetime, lesson=None) -> None:
    statement_id = xapi.derived_id(user, verb, lesson or course)
    body = xapi.build(
        statement_id=statement_id, user=user, verb=verb, lesson=lesson, course=course, timestamp=timestamp
    )
    Statement.objects.get_or_create(
        id=statement_id,
        defaults={
            "user": user,
            "verb": body["verb"]["id"],
            "lesson": lesson,
            "course": course,
            "timestamp": timestamp,
            "body": body,
        },
    )
