"""Managers say who must learn what by when: create, change and remove required courses within their scope."""

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from learning.enrolment import apply_requirement, people_for
from learning.models import AdministrativeUnit, Enrolment, Position, Requirement, Role, UnitLevel, User
from learning.scope import visible_units
from learning.signals import announce_people_changed

# The roles whose people take courses; managers and administrators assign them, they are not assigned.
LEARNER_ROLES = (Role.OFFICIAL, Role.CITIZEN, Role.TRAINER)


def visible_requirements(user: User) -> QuerySet[Requirement]:
    return Requirement.objects.filter(unit__in=visible_units(user))


def requirement_or_404(user: User, pk) -> Requirement:
    """A requirement in this user's units; anything else is 'not found', so ids cannot be probed."""
    return get_object_or_404(visible_requirements(user).select_related("course", "unit", "position"), pk=pk)


def _check_due_on(due_on: dt.date, today: dt.date | None) -> None:
    if due_on < (today or timezone.localdate()):
        raise ValidationError({"due_on": _("Hạn hoàn thành phải từ hôm nay trở đi.")})


def _check_scope(actor: User, unit: AdministrativeUnit) -> None:
    if not visible_units(actor).filter(pk=unit.pk).exists():
        raise ValidationError(_("Bạn không có quyền giao khóa học cho đơn vị này."))
    if unit.level not in (UnitLevel.PROVINCE, UnitLevel.COMMUNE) or not unit.is_current:
        raise ValidationError(_("Chỉ giao khóa học cho một tỉnh hoặc một xã đang có hiệu lực."))


@transaction.atomic
def requirement_create(
    *,
    actor: User,
    course: CoursePage,
    unit: AdministrativeUnit,
    role: str,
    position: Position | None = None,
    due_on: dt.date,
    today: dt.date | None = None,
) -> tuple[Requirement, int]:
    """Require the course of everyone with this role (and position) in the unit, and enrol them now.

    Returns the requirement and how many people it enrolled. Raises ValidationError (Vietnamese
    messages, keyed on the form's field names where one applies) and creates nothing on bad input.
    """
    _check_scope(actor, unit)
    if not CoursePage.objects.live().filter(pk=course.pk).exists():
        raise ValidationError({"course": _("Khóa học này chưa được xuất bản.")})
    if role not in LEARNER_ROLES:
        raise ValidationError({"role": _("Chỉ giao khóa học cho người dân, cán bộ xã hoặc giảng viên.")})
    if position is not None and role != Role.OFFICIAL:
        raise ValidationError({"position": _("Chức vụ chỉ áp dụng cho cán bộ, công chức xã.")})
    _check_due_on(due_on, today)
    duplicate = _(
        "Khóa học này đã được giao cho nhóm người này tại đơn vị này. Hãy sửa hạn của yêu cầu đã có."
    )
    if Requirement.objects.filter(course=course, unit=unit, role=role, position=position).exists():
        raise ValidationError(duplicate)
    try:
        with transaction.atomic():
            requirement = Requirement.objects.create(
                course=course, unit=unit, role=role, position=position, due_on=due_on, created_by=actor
            )
    except IntegrityError:
        # Two managers pressed "Giao" for the same group at the same moment.
        raise ValidationError(duplicate) from None
    enrolled = apply_requirement(requirement)
    announce_people_changed(people_for(requirement).values_list("pk", flat=True))
    return requirement, enrolled


@transaction.atomic
def requirement_update_due(
    *, actor: User, requirement: Requirement, due_on: dt.date, today: dt.date | None = None
) -> Requirement:
    """Move the deadline. Reminders already sent are forgotten: a new deadline deserves its own."""
    if not visible_requirements(actor).filter(pk=requirement.pk).exists():
        raise PermissionDenied
    _check_due_on(due_on, today)
    if due_on != requirement.due_on:
        requirement.due_on = due_on
        requirement.save(update_fields=["due_on"])
        requirement.reminders.all().delete()
        announce_people_changed(people_for(requirement).values_list("pk", flat=True))
    return requirement


@transaction.atomic
def requirement_delete(*, actor: User, requirement: Requirement) -> None:
    """Stop requiring the course. Learners keep their enrolment and progress; only the deadline goes."""
    if not visible_requirements(actor).filter(pk=requirement.pk).exists():
        raise PermissionDenied
    announce_people_changed(people_for(requirement).values_list("pk", flat=True))
    requirement.delete()


@dataclass
class RequirementRow:
    requirement: Requirement
    covered: int
    completed: int


def requirement_rows(requirements) -> list[RequirementRow]:
    """Each requirement with how many people it covers and how many of them have finished the course."""
    rows = []
    for requirement in requirements:
        people = people_for(requirement)
        completed = Enrolment.objects.filter(
            course_id=requirement.course_id, completed_at__isnull=False, user__in=people
        ).count()
        rows.append(RequirementRow(requirement, people.count(), completed))
    return rows
