"""Deadline reminders for required courses, each sent once.

When each kind goes out (days_left = due_on - today):
- SOON: 1 < days_left <= settings.HOCSO_REMINDER_DAYS_BEFORE.
- LAST_DAY: days_left is 1 or 0. The due date is the last day to finish (overdue starts the day
  after), so the day before is the useful warning; the due day itself still gets it when the day
  before was missed (a requirement set late, or a day the task did not run: schedules do not catch up).
- OVERDUE: days_left < 0, to the learner and to the commune managers of the learner's commune.

"Once" is kept by the Reminder row (unique requirement, user, kind), claimed before anything is
sent, so two runs at once or a rerun never send twice. A commune manager's notice about a learner
rides on that learner's OVERDUE row: the model keys reminders on one person, and this gives each
manager one notice per learner per requirement.
"""

import datetime as dt
import logging
from collections import defaultdict

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from learning.enrolment import people_for
from learning.models import (
    Consent,
    ConsentPurpose,
    Enrolment,
    Reminder,
    ReminderKind,
    Requirement,
    Role,
    User,
)
from learning.notify import notify

logger = logging.getLogger(__name__)


def reminder_kind(due_on: dt.date, today: dt.date) -> str | None:
    days_left = (due_on - today).days
    if days_left < 0:
        return ReminderKind.OVERDUE
    if days_left <= 1:
        return ReminderKind.LAST_DAY
    if days_left <= settings.HOCSO_REMINDER_DAYS_BEFORE:
        return ReminderKind.SOON
    return None


def _covers(requirement: Requirement, person: User) -> bool:
    return (
        requirement.role == person.role
        and requirement.position_id in (None, person.position_id)
        and requirement.unit_id in (person.unit_id, person.unit.parent_id)
    )


def _governs(requirement: Requirement, person: User, same_course: list[Requirement]) -> bool:
    """A person under two requirements for one course (province and commune) hears about one deadline:
    the earliest, the same one "Khóa học của tôi" shows."""
    covering = [other for other in same_course if _covers(other, person)]
    return min(covering, key=lambda other: (other.due_on, other.pk), default=requirement) == requirement


def _claim(requirement: Requirement, person: User, kind: str) -> Reminder | None:
    try:
        with transaction.atomic():
            return Reminder.objects.create(requirement=requirement, user=person, kind=kind)
    except IntegrityError:
        return None


def _message(kind: str, requirement: Requirement) -> tuple[str, str]:
    values = {"course": requirement.course.title, "date": requirement.due_on.strftime("%d/%m/%Y")}
    if kind == ReminderKind.SOON:
        return _("Sắp đến hạn khóa học bắt buộc"), _(
            "Khóa học bắt buộc «%(course)s» cần hoàn thành chậm nhất ngày %(date)s."
        ) % values
    if kind == ReminderKind.LAST_DAY:
        return _("Hạn cuối khóa học bắt buộc"), _(
            "Khóa học bắt buộc «%(course)s» phải hoàn thành trước khi hết ngày %(date)s."
        ) % values
    return _("Quá hạn khóa học bắt buộc"), _(
        "Khóa học bắt buộc «%(course)s» đã quá hạn hoàn thành (hạn %(date)s). Hãy vào Học Số học tiếp."
    ) % values


def _manager_message(requirement: Requirement, person: User) -> tuple[str, str]:
    values = {
        "name": person.full_name,
        "phone": person.phone_display,
        "course": requirement.course.title,
        "date": requirement.due_on.strftime("%d/%m/%Y"),
    }
    return _("Người học quá hạn khóa học bắt buộc"), _(
        "%(name)s (%(phone)s) chưa hoàn thành khóa học bắt buộc «%(course)s», hạn %(date)s."
    ) % values


def _deliver(person: User, subject: str, text: str) -> bool:
    reached = notify(person, subject, text)
    if not reached:
        # The claim stays: trying again every day would not reach them either, only repeat the attempt.
        logger.warning("No notification channel reaches user %s", person.pk)
    return reached


def _commune_managers(person: User):
    return User.objects.filter(
        role=Role.COMMUNE_MANAGER, unit_id=person.unit_id, is_active=True, erased_at__isnull=True
    )


def _people_to_remind(requirement: Requirement, kind: str):
    """Covered, active, not erased, not finished, not yet reminded of this kind, and willing to hear.

    Officials and trainers get reminders as part of their work, so no consent is asked. Citizens
    learn by choice: only those with an active consent to reminders (ConsentPurpose.REMINDERS) hear
    anything, and nobody is told about a citizen who has not agreed to reminders.
    """
    finished = Enrolment.objects.filter(course_id=requirement.course_id, completed_at__isnull=False)
    reminded = Reminder.objects.filter(requirement=requirement, kind=kind)
    agreed = Consent.objects.filter(
        user=OuterRef("pk"), purpose=ConsentPurpose.REMINDERS, withdrawn_at__isnull=True
    )
    return (
        people_for(requirement)
        .exclude(pk__in=finished.values("user_id"))
        .exclude(pk__in=reminded.values("user_id"))
        .filter(~Q(role=Role.CITIZEN) | Exists(agreed))
        .select_related("unit")
    )


def send_due_reminders(today: dt.date | None = None) -> int:
    """Send every reminder due today that has not gone out yet; returns how many notices were sent."""
    today = today or timezone.localdate()
    requirements = list(Requirement.objects.filter(course__live=True).select_related("course", "unit"))
    by_course = defaultdict(list)
    for requirement in requirements:
        by_course[requirement.course_id].append(requirement)
    horizon = today + dt.timedelta(days=settings.HOCSO_REMINDER_DAYS_BEFORE)
    sent = 0
    with translation.override(settings.LANGUAGE_CODE):
        for requirement in requirements:
            kind = reminder_kind(requirement.due_on, today) if requirement.due_on <= horizon else None
            if kind is None:
                continue
            for person in _people_to_remind(requirement, kind).iterator():
                if not _governs(requirement, person, by_course[requirement.course_id]):
                    continue
                sent += _remind(requirement, person, kind)
    return sent


def _remind(requirement: Requirement, person: User, kind: str) -> int:
    """Claim, then send; returns how many notices reached someone."""
    if _claim(requirement, person, kind) is None:
        return 0
    try:
        reached = int(_deliver(person, *_message(kind, requirement)))
    except Exception:
        # A broken channel sent nothing: release the claim so the next run tries again.
        logger.exception("Reminder %s to user %s failed", kind, person.pk)
        Reminder.objects.filter(requirement=requirement, user=person, kind=kind).delete()
        return 0
    if kind == ReminderKind.OVERDUE:
        for manager in _commune_managers(person):
            try:
                reached += int(_deliver(manager, *_manager_message(requirement, person)))
            except Exception:
                # The learner's notice went out; resending it for a manager's broken channel would spam.
                logger.exception("Overdue notice to manager %s failed", manager.pk)
    return reached
