"""Statements the server derives from others (a lesson or course completed)."""

import datetime as dt

from learning import xapi
from learning.models import Statement


def store_derived(user, verb: str, course, timestamp: dt.datetime, lesson=None) -> None:
    """`course` and `lesson` are anything with pk, title and url (pages or their facts)."""
    statement_id = xapi.derived_id(user, verb, lesson or course)
    body = xapi.build(
        statement_id=statement_id, user=user, verb=verb, lesson=lesson, course=course, timestamp=timestamp
    )
    Statement.objects.get_or_create(
        id=statement_id,
        user=user,
        defaults={
            "verb": body["verb"]["id"],
            "lesson_id": lesson.pk if lesson else None,
            "course_id": course.pk,
            "timestamp": timestamp,
            "body": body,
        },
    )
