"""course_records reads in one statement what requirements_for and the completed enrolments say;
the metrics' per-event path depends on the two never drifting apart."""

import datetime as dt

import pytest
from django.utils import timezone

from learning.enrolment import course_records, requirements_for
from learning.models import Enrolment, Position, Requirement, Role, User

pytestmark = pytest.mark.django_db


def orm_reading(user: User):
    completed = set(
        Enrolment.objects.filter(user=user, completed_at__isnull=False).values_list("course_id", flat=True)
    )
    due: dict[int, dt.date] = {}
    for course_id, due_on in requirements_for(user).values_list("course_id", "due_on"):
        due[course_id] = min(due_on, due.get(course_id, due_on))
    return completed, due


def one_statement(user: User):
    parent_id = user.unit.parent_id if user.unit_id else None
    records = course_records(
        user.pk, role=user.role, unit_id=user.unit_id, parent_id=parent_id, position_id=user.position_id
    )
    return records.completed, records.due


def test_both_readings_agree_for_every_kind_of_rule(site_tree, units):
    course, other = site_tree["course"], site_tree["other"]
    chair, clerk = (
        Position.objects.create(name=name) for name in ("Chủ tịch UBND xã", "Trưởng phòng Kinh tế")
    )
    today = timezone.localdate()
    rules = [
        (course, units["thai_nguyen"], Role.OFFICIAL, None, today + dt.timedelta(days=30)),
        (course, units["dai_tu"], Role.OFFICIAL, chair, today - dt.timedelta(days=3)),  # earlier: wins
        (other, units["dai_tu"], Role.OFFICIAL, clerk, today + dt.timedelta(days=5)),
        (other, units["ba_dinh"], Role.OFFICIAL, None, today),
        (other, units["thai_nguyen"], Role.CITIZEN, None, today),
    ]
    for rule_course, unit, role, position, due_on in rules:
        Requirement.objects.create(course=rule_course, unit=unit, role=role, position=position, due_on=due_on)
    people = [
        User.objects.create_user(phone, full_name=name, role=role, unit=unit, position=position)
        for phone, name, role, unit, position in (
            ("+84391000081", "Chủ tịch", Role.OFFICIAL, units["dai_tu"], chair),
            ("+84391000082", "Trưởng phòng", Role.OFFICIAL, units["dai_tu"], clerk),
            ("+84391000083", "Cán bộ Phong Quang", Role.OFFICIAL, units["phong_quang"], None),
            ("+84391000084", "Cán bộ Ba Đình", Role.OFFICIAL, units["ba_dinh"], chair),
            ("+84391000085", "Người dân", Role.CITIZEN, units["dai_tu"], None),
            ("+84391000086", "Cán bộ tỉnh", Role.OFFICIAL, units["thai_nguyen"], None),
        )
    ]
    # Required courses enrol their people; two of them finish a course.
    finished = {"progress_percent": 100, "completed_at": timezone.now()}
    Enrolment.objects.update_or_create(user=people[0], course=course, defaults=finished)
    Enrolment.objects.update_or_create(user=people[4], course=other, defaults=finished)
    readings = {person.full_name: one_statement(person) for person in people}
    for person in people:
        assert readings[person.full_name] == orm_reading(person), person.full_name
    assert readings["Chủ tịch"] == ({course.pk}, {course.pk: today - dt.timedelta(days=3)})
    assert readings["Trưởng phòng"][1] == {
        course.pk: today + dt.timedelta(days=30),
        other.pk: today + dt.timedelta(days=5),
    }

    # A course taken offline stops being required; both readings drop it.
    other.unpublish()
    for person in people:
        assert one_statement(person) == orm_reading(person), person.full_name
    assert one_statement(people[1])[1] == {course.pk: today + dt.timedelta(days=30)}
