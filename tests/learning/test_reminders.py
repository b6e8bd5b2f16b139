import datetime as dt

import pytest
from django.utils import timezone
from django_q.models import Schedule
from django_q.tasks import async_task, result

from learning.models import (
    Consent,
    ConsentMethod,
    ConsentPurpose,
    Enrolment,
    Position,
    Reminder,
    ReminderKind,
    User,
)
from learning.reminders import send_due_reminders
from learning.requirements import requirement_create, requirement_update_due
from learning.schedules import REMINDER_SCHEDULE, ensure_schedules, next_reminder_run

TODAY = dt.date(2026, 11, 20)
SENT: list[tuple[str, str, str]] = []


class BrokenNotifier:
    def notify(self, user, subject: str, text: str) -> bool:
        raise ConnectionError("gateway down")


class RecordingNotifier:
    """A real notification channel, configured like any other: it keeps what it was asked to send."""

    def notify(self, user, subject: str, text: str) -> bool:
        SENT.append((user.phone, subject, text))
        return True


@pytest.fixture(autouse=True)
def outbox(settings):
    settings.HOCSO_NOTIFIER_BACKENDS = ["tests.learning.test_reminders.RecordingNotifier"]
    settings.HOCSO_REMINDER_DAYS_BEFORE = 7
    SENT.clear()
    yield SENT
    SENT.clear()


def to(user) -> list[str]:
    return [text for phone, _subject, text in SENT if phone == user.phone]


def require(site_tree, actor, unit, *, role="official", due_on, position=None, today=TODAY):
    requirement, _count = requirement_create(
        actor=actor,
        course=site_tree["course"],
        unit=unit,
        role=role,
        position=position,
        due_on=due_on,
        today=today,
    )
    return requirement


@pytest.fixture
def official_required(site_tree, units, cast_users):
    return require(site_tree, cast_users["commune_manager"], units["dai_tu"], due_on=dt.date(2026, 12, 5))


@pytest.mark.django_db
def test_a_soon_reminder_goes_out_once_however_often_the_task_runs(official_required, cast_users):
    official = cast_users["official"]
    assert send_due_reminders(today=dt.date(2026, 11, 27)) == 0  # eight days ahead: too early
    assert send_due_reminders(today=dt.date(2026, 11, 28)) == 1
    assert send_due_reminders(today=dt.date(2026, 11, 28)) == 0
    assert send_due_reminders(today=dt.date(2026, 11, 30)) == 0
    assert to(official) == [
        "Khóa học bắt buộc «Chữ ký số cho người dân» cần hoàn thành chậm nhất ngày 05/12/2026."
    ]
    assert Reminder.objects.filter(user=official, kind=ReminderKind.SOON).count() == 1


@pytest.mark.django_db
def test_the_day_before_the_deadline_brings_the_last_day_reminder(official_required, cast_users):
    send_due_reminders(today=dt.date(2026, 11, 30))
    assert send_due_reminders(today=dt.date(2026, 12, 4)) == 1
    assert send_due_reminders(today=dt.date(2026, 12, 5)) == 0  # already told the day before
    kinds = Reminder.objects.filter(user=cast_users["official"]).values_list("kind", flat=True)
    assert sorted(kinds) == [ReminderKind.LAST_DAY, ReminderKind.SOON]
    assert "trước khi hết ngày 05/12/2026" in to(cast_users["official"])[-1]


@pytest.mark.django_db
def test_a_requirement_due_today_still_gets_its_last_day_reminder(site_tree, units, cast_users):
    require(site_tree, cast_users["commune_manager"], units["dai_tu"], due_on=TODAY)
    assert send_due_reminders(today=TODAY) == 1
    assert Reminder.objects.get().kind == ReminderKind.LAST_DAY


@pytest.mark.django_db
def test_an_overdue_notice_reaches_the_learner_and_the_commune_manager_once_each(
    official_required, units, cast_users
):
    official, manager = cast_users["official"], cast_users["commune_manager"]
    other_manager = User.objects.create_user(
        "0912555000", "x", full_name="Quản lý xã khác", role="commune_manager", unit=units["phong_quang"]
    )
    assert send_due_reminders(today=dt.date(2026, 12, 6)) == 2
    assert send_due_reminders(today=dt.date(2026, 12, 7)) == 0

    assert to(official) == [
        "Khóa học bắt buộc «Chữ ký số cho người dân» đã quá hạn hoàn thành (hạn 05/12/2026). "
        "Hãy vào Học Số học tiếp."
    ]
    assert to(manager) == [
        "Phạm Văn Bình (0868 000 005) chưa hoàn thành khóa học bắt buộc «Chữ ký số cho người dân», "
        "hạn 05/12/2026."
    ]
    assert to(other_manager) == []
    assert to(cast_users["province_manager"]) == []


@pytest.mark.django_db
def test_a_commune_manager_hears_once_about_each_overdue_learner(official_required, units, cast_users):
    second = User.objects.create_user("0912555001", "x", full_name="Vũ Văn Cường", role="official")
    second.unit = units["dai_tu"]
    second.save()  # the move brings the required course
    send_due_reminders(today=dt.date(2026, 12, 6))
    send_due_reminders(today=dt.date(2026, 12, 8))
    notices = to(cast_users["commune_manager"])
    assert len(notices) == 2
    assert any("Vũ Văn Cường" in text for text in notices)
    assert any("Phạm Văn Bình" in text for text in notices)


@pytest.mark.django_db
def test_a_broken_channel_sends_nothing_and_the_next_run_tries_again(settings, official_required, cast_users):
    settings.HOCSO_NOTIFIER_BACKENDS = ["tests.learning.test_reminders.BrokenNotifier"]
    assert send_due_reminders(today=dt.date(2026, 11, 29)) == 0
    assert not Reminder.objects.exists()
    settings.HOCSO_NOTIFIER_BACKENDS = ["tests.learning.test_reminders.RecordingNotifier"]
    assert send_due_reminders(today=dt.date(2026, 11, 30)) == 1
    assert len(to(cast_users["official"])) == 1


@pytest.mark.django_db
def test_one_channel_failing_after_another_delivered_does_not_repeat_the_message(
    settings, official_required, cast_users
):
    settings.HOCSO_NOTIFIER_BACKENDS = [
        "tests.learning.test_reminders.RecordingNotifier",
        "tests.learning.test_reminders.BrokenNotifier",
    ]
    assert send_due_reminders(today=dt.date(2026, 11, 29)) == 1
    assert send_due_reminders(today=dt.date(2026, 11, 30)) == 0
    assert len(to(cast_users["official"])) == 1


@pytest.mark.django_db
def test_learners_who_completed_the_course_get_nothing(official_required, site_tree, cast_users):
    Enrolment.objects.filter(user=cast_users["official"], course=site_tree["course"]).update(
        completed_at=timezone.now()
    )
    for day in (dt.date(2026, 11, 28), dt.date(2026, 12, 4), dt.date(2026, 12, 6)):
        assert send_due_reminders(today=day) == 0
    assert SENT == []
    assert not Reminder.objects.exists()


@pytest.mark.django_db
def test_citizens_hear_only_while_they_consent_to_reminders(site_tree, units, cast_users):
    citizen = cast_users["citizen"]
    require(
        site_tree, cast_users["commune_manager"], units["dai_tu"], role="citizen", due_on=dt.date(2026, 12, 5)
    )
    Consent.objects.create(
        user=citizen, purpose=ConsentPurpose.LEARNING, notice_version="2026-11", method=ConsentMethod.SELF
    )
    assert send_due_reminders(today=dt.date(2026, 11, 28)) == 0  # never agreed to reminders
    reminders = Consent.objects.create(
        user=citizen, purpose=ConsentPurpose.REMINDERS, notice_version="2026-11", method=ConsentMethod.SELF
    )
    reminders.withdrawn_at = timezone.now()
    reminders.save()
    assert send_due_reminders(today=dt.date(2026, 12, 4)) == 0  # agreed, then withdrew
    assert send_due_reminders(today=dt.date(2026, 12, 6)) == 0  # and nobody is told about them
    assert SENT == []
    assert not Reminder.objects.exists()

    Consent.objects.create(
        user=citizen, purpose=ConsentPurpose.REMINDERS, notice_version="2026-11", method=ConsentMethod.SELF
    )
    assert send_due_reminders(today=dt.date(2026, 12, 7)) == 2
    assert len(to(citizen)) == 1


@pytest.mark.django_db
def test_officials_are_reminded_without_a_reminders_consent(official_required, cast_users):
    official = cast_users["official"]
    assert not Consent.objects.filter(user=official, purpose=ConsentPurpose.REMINDERS).exists()
    assert send_due_reminders(today=dt.date(2026, 11, 30)) == 1
    assert len(to(official)) == 1


@pytest.mark.django_db
def test_erased_and_deactivated_people_get_nothing(official_required, cast_users):
    official = cast_users["official"]
    official.is_active = False
    official.save()
    assert send_due_reminders(today=dt.date(2026, 12, 6)) == 0
    assert SENT == []


@pytest.mark.django_db
def test_two_requirements_for_one_course_give_one_reminder_for_the_earlier_deadline(
    site_tree, units, cast_users
):
    require(site_tree, cast_users["province_manager"], units["thai_nguyen"], due_on=dt.date(2026, 12, 10))
    require(site_tree, cast_users["commune_manager"], units["dai_tu"], due_on=dt.date(2026, 12, 5))
    send_due_reminders(today=dt.date(2026, 12, 1))
    send_due_reminders(today=dt.date(2026, 12, 3))
    assert to(cast_users["official"]) == [
        "Khóa học bắt buộc «Chữ ký số cho người dân» cần hoàn thành chậm nhất ngày 05/12/2026."
    ]


@pytest.mark.django_db
def test_a_position_requirement_reminds_only_holders_of_that_position(site_tree, units, cast_users):
    other = User.objects.create_user("0912555002", "x", full_name="Đinh Thị Mơ", role="official")
    other.unit = units["dai_tu"]
    other.position = Position.objects.create(name="Công chức Tư pháp - Hộ tịch")
    other.save()
    require(
        site_tree,
        cast_users["commune_manager"],
        units["dai_tu"],
        position=cast_users["official"].position,
        due_on=dt.date(2026, 12, 5),
    )
    assert send_due_reminders(today=dt.date(2026, 12, 1)) == 1
    assert to(other) == []


@pytest.mark.django_db
def test_a_moved_deadline_is_reminded_again(official_required, cast_users):
    send_due_reminders(today=dt.date(2026, 11, 30))
    requirement_update_due(
        actor=cast_users["commune_manager"],
        requirement=official_required,
        due_on=dt.date(2026, 12, 20),
        today=dt.date(2026, 11, 30),
    )
    assert send_due_reminders(today=dt.date(2026, 12, 14)) == 1
    assert to(cast_users["official"])[-1].endswith("chậm nhất ngày 20/12/2026.")


@pytest.mark.django_db
def test_the_console_channel_prints_the_reminder_in_vietnamese(settings, official_required, capsys):
    settings.HOCSO_NOTIFIER_BACKENDS = ["learning.notify.ConsoleNotifier"]
    send_due_reminders(today=dt.date(2026, 11, 29))
    printed = capsys.readouterr().out
    assert "+84868000005" in printed
    assert "Sắp đến hạn khóa học bắt buộc" in printed
    assert "«Chữ ký số cho người dân» cần hoàn thành chậm nhất ngày 05/12/2026" in printed


@pytest.mark.django_db
def test_migrations_leave_one_daily_reminder_schedule_at_seven_in_the_morning():
    schedule = Schedule.objects.get(name=REMINDER_SCHEDULE)
    assert schedule.func == "learning.tasks.send_reminders"
    assert schedule.schedule_type == Schedule.DAILY
    local = timezone.localtime(schedule.next_run, dt.timezone(dt.timedelta(hours=7)))
    assert (local.hour, local.minute) == (7, 0)
    ensure_schedules(using="default")
    assert Schedule.objects.filter(name=REMINDER_SCHEDULE).count() == 1
    assert Schedule.objects.get(name="Xóa mã xác nhận cũ").func == "learning.tasks.purge_codes"


def test_the_next_run_is_the_next_seven_oclock_in_vietnam():
    vietnam = dt.timezone(dt.timedelta(hours=7))
    before = dt.datetime(2026, 12, 1, 6, 59, tzinfo=vietnam)
    after = dt.datetime(2026, 12, 1, 7, 0, tzinfo=vietnam)
    assert next_reminder_run(before) == dt.datetime(2026, 12, 1, 7, 0, tzinfo=vietnam)
    assert next_reminder_run(after) == dt.datetime(2026, 12, 2, 7, 0, tzinfo=vietnam)
    assert next_reminder_run(dt.datetime(2026, 12, 1, 0, 30, tzinfo=dt.UTC)).hour == 7


@pytest.mark.django_db
def test_the_scheduled_task_sends_todays_reminders_and_returns_the_count(site_tree, units, cast_users):
    today = timezone.localdate()
    require(
        site_tree,
        cast_users["commune_manager"],
        units["dai_tu"],
        due_on=today + dt.timedelta(days=3),
        today=today,
    )
    task_id = async_task("learning.tasks.send_reminders")
    assert result(task_id) == 1
    assert len(to(cast_users["official"])) == 1
    assert result(async_task("learning.tasks.send_reminders")) == 0
