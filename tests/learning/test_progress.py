import datetime as dt
import json
import uuid

import pytest
from django.test import Client
from django.utils import timezone

from courses.models import LessonPage
from learning.models import Enrolment, LessonProgress, Statement
from learning.signals import course_completed
from learning.tracking import ProgressEvent, record
from learning.xapi import Verb, shape_errors

# Recent enough to count (events older than the offline window are brought forward).
T0 = (timezone.now() - dt.timedelta(days=2)).replace(microsecond=0)


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def event(lesson, verb, minutes=0, **extra):
    return ProgressEvent(id=uuid.uuid4(), verb=verb, lesson_id=lesson.pk, timestamp=at(minutes), **extra)


def finish(user, lesson, minutes=0):
    record(user, event(lesson, Verb.REACHED_END, minutes))
    for block in lesson.practice_block_ids:
        record(user, event(lesson, Verb.PRACTICE_DONE, minutes, block=block))


@pytest.fixture
def learner(cast_users):
    return cast_users["citizen"]


@pytest.fixture
def lessons(site_tree):
    return [LessonPage.objects.get(pk=lesson.pk) for lesson in site_tree["lessons"]]


def test_the_same_event_twice_counts_once(learner, lessons):
    heartbeat = event(lessons[0], Verb.PROGRESSED, 1, seconds=30)
    assert record(learner, heartbeat) is True
    assert record(learner, heartbeat) is False
    progress = LessonProgress.objects.get(user=learner, lesson=lessons[0])
    assert progress.seconds_spent == 30
    assert Statement.objects.filter(user=learner, verb__endswith="/progressed").count() == 1


def test_events_in_any_order_give_the_same_progress(learner, cast_users, lessons):
    lesson = lessons[1]  # has a practice block
    block = lesson.practice_block_ids[0]
    events = [
        event(lesson, Verb.OPENED, 0),
        event(lesson, Verb.PROGRESSED, 1, seconds=30),
        event(lesson, Verb.PRACTICE_DONE, 2, block=block),
        event(lesson, Verb.REACHED_END, 3),
        event(lesson, Verb.PROGRESSED, 4, seconds=20),
    ]
    other = cast_users["official"]
    for item in events:
        record(learner, item)
    for item in reversed(events):
        record(other, ProgressEvent(**{**item.__dict__, "id": uuid.uuid4()}))
    forward = LessonProgress.objects.get(user=learner, lesson=lesson)
    backward = LessonProgress.objects.get(user=other, lesson=lesson)
    for progress in (forward, backward):
        assert progress.opened_at == at(0)
        assert progress.reached_end_at == at(3)
        assert progress.completed_at == at(3)
        assert progress.seconds_spent == 50


def test_a_lesson_with_practice_is_complete_only_when_the_practice_is_done(learner, lessons):
    lesson = lessons[1]
    record(learner, event(lesson, Verb.REACHED_END, 1))
    assert LessonProgress.objects.get(user=learner, lesson=lesson).completed_at is None
    record(learner, event(lesson, Verb.PRACTICE_DONE, 5, block="not-a-block-of-this-lesson"))
    assert LessonProgress.objects.get(user=learner, lesson=lesson).completed_at is None
    record(learner, event(lesson, Verb.PRACTICE_DONE, 5, block=lesson.practice_block_ids[0]))
    assert LessonProgress.objects.get(user=learner, lesson=lesson).completed_at == at(5)


def test_a_late_event_does_not_move_the_resume_point_back(learner, lessons):
    record(learner, event(lessons[1], Verb.OPENED, 10))
    record(learner, event(lessons[0], Verb.PROGRESSED, 2, seconds=10))  # sent late from an old session
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.last_lesson_id == lessons[1].pk


def test_course_progress_and_completion_are_announced_once(
    learner, lessons, django_capture_on_commit_callbacks
):
    heard = []

    def listener(sender, **kwargs):
        heard.append(kwargs["course"].pk)

    course_completed.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            finish(learner, lessons[0], 1)
            assert Enrolment.objects.get(user=learner).progress_percent == 33
            finish(learner, lessons[1], 2)
            finish(learner, lessons[2], 3)
            finish(learner, lessons[2], 4)
    finally:
        course_completed.disconnect(listener)
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.progress_percent == 100
    assert enrolment.completed_at == at(3)
    assert heard == [enrolment.course_id]
    completed = Statement.objects.filter(user=learner, verb__endswith="/completed")
    assert completed.filter(lesson__isnull=True).count() == 1  # the course
    assert completed.filter(lesson__isnull=False).count() == 3  # its lessons


def test_optional_lessons_do_not_count(learner, lessons):
    lessons[2].optional = True
    lessons[2].save_revision().publish()
    finish(learner, lessons[0])
    finish(learner, lessons[1])
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.progress_percent == 100
    assert enrolment.completed_at is not None


def test_every_stored_statement_is_valid_xapi(learner, lessons):
    finish(learner, lessons[0])
    record(learner, event(lessons[1], Verb.PROGRESSED, 1, seconds=42))
    finish(learner, lessons[1])
    finish(learner, lessons[2])
    statements = list(Statement.objects.filter(user=learner))
    assert len(statements) >= 8
    for statement in statements:
        assert shape_errors(statement.body) == [], statement.body
        assert statement.body["id"] == str(statement.pk)
        assert statement.body["actor"]["account"]["name"] == str(learner.pk)
        assert learner.phone not in json.dumps(statement.body)
    durations = [s.body["result"]["duration"] for s in statements if "duration" in s.body.get("result", {})]
    assert durations == ["PT42S"]


def test_the_shape_check_catches_broken_statements(learner, lessons):
    record(learner, event(lessons[0], Verb.OPENED))
    good = Statement.objects.get(user=learner).body
    assert shape_errors(good) == []
    assert shape_errors({**good, "id": "nope"})
    assert shape_errors({**good, "verb": {"id": "progressed"}})
    assert shape_errors({**good, "actor": {"objectType": "Agent"}})
    assert shape_errors({**good, "timestamp": "20/11/2026"})
    assert shape_errors({**good, "result": {"duration": "30 giây"}})


def post(client, payload):
    return client.post("/api/tien-do/", data=json.dumps(payload), content_type="application/json")


def test_the_events_api_is_idempotent_and_explains_bad_events(learner, lessons):
    client = Client()
    client.force_login(learner)
    good = {
        "id": str(uuid.uuid4()),
        "verb": "progressed",
        "lesson": lessons[0].pk,
        "timestamp": timezone.now().isoformat(),
        "seconds": 30,
    }
    first = post(client, {"events": [good]})
    assert first.status_code == 200 and first.json()["accepted"] == [good["id"]]
    again = post(client, {"events": [good]})
    assert again.json() == {"accepted": [], "duplicates": [good["id"]], "errors": {}}
    assert LessonProgress.objects.get(user=learner, lesson=lessons[0]).seconds_spent == 30

    bad = {**good, "id": str(uuid.uuid4()), "verb": "hacked", "lesson": 999999}
    response = post(client, {"events": [bad]})
    assert response.status_code == 400
    messages = response.json()["errors"][bad["id"]]
    assert "Loại sự kiện không hợp lệ." in messages and "Không tìm thấy bài học." in messages
    assert not Statement.objects.filter(pk=bad["id"]).exists()
    assert post(client, "not an event").status_code == 400
    broken = client.post("/api/tien-do/", data="{", content_type="application/json")
    assert broken.json()["error"] == "Dữ liệu gửi lên không đúng định dạng JSON."


def test_the_events_api_needs_a_signed_in_learner(lessons):
    response = post(Client(), {"id": str(uuid.uuid4()), "verb": "opened", "lesson": lessons[0].pk})
    assert response.status_code == 401
    assert "đăng nhập" in response.json()["error"]
    assert not Statement.objects.exists()


def test_a_future_timestamp_from_a_wrong_phone_clock_is_clamped(learner, lessons):
    record(
        learner,
        ProgressEvent(uuid.uuid4(), Verb.OPENED, lessons[0].pk, timezone.now() + dt.timedelta(days=2)),
    )
    assert LessonProgress.objects.get(user=learner).opened_at <= timezone.now()


def test_reading_without_javascript_records_progress_and_resumes(learner, lessons, site_tree):
    client = Client()
    client.force_login(learner)
    page = client.get(lessons[0].url)
    assert page.status_code == 200
    assert "Tôi đã đọc hết bài này" in page.content.decode()
    form_id = page.context["finish_event_id"]
    for _ in range(2):  # a double tap
        done = client.post(
            f"/khoa-hoc-cua-toi/hoc-xong/{lessons[0].pk}/", {"event_id": str(form_id), "next": lessons[1].url}
        )
        assert done.status_code == 302 and done["Location"] == lessons[1].url
    assert Statement.objects.filter(pk=form_id).count() == 1
    client.get(lessons[1].url)
    course_page = client.get(site_tree["course"].url).content.decode()
    assert "Học tiếp" in course_page and lessons[1].url in course_page
    dashboard = client.get("/khoa-hoc-cua-toi/").content.decode()
    assert "Đã học 33%" in dashboard
    assert f'href="{lessons[1].url}"' in dashboard


def test_anonymous_lesson_pages_stay_shared_and_record_nothing(lessons):
    client = Client()
    first = client.get(lessons[0].url)
    assert "Tôi đã đọc hết bài này" not in first.content.decode()
    assert client.get(lessons[0].url)["X-Page-Cache"] == "hit"
    assert not Statement.objects.exists()


def test_enrolling_twice_makes_one_enrolment(learner, site_tree):
    client = Client()
    client.force_login(learner)
    course = site_tree["course"]
    for _ in range(2):
        assert client.post(f"/khoa-hoc-cua-toi/ghi-danh/{course.pk}/").status_code == 302
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1
    assert "Bắt đầu học" in client.get(course.url).content.decode()
    assert client.get(f"/khoa-hoc-cua-toi/ghi-danh/{course.pk}/").status_code == 405


def test_an_event_id_already_used_by_someone_else_is_refused_not_counted(learner, cast_users, lessons):
    shared = event(lessons[0], Verb.PROGRESSED, 1, seconds=30)
    record(cast_users["official"], shared)
    client = Client()
    client.force_login(learner)
    payload = {
        "id": str(shared.id),
        "verb": "progressed",
        "lesson": lessons[0].pk,
        "timestamp": timezone.now().isoformat(),
        "seconds": 30,
    }
    response = post(client, {"events": [payload]})
    assert response.status_code == 400
    assert response.json()["errors"][str(shared.id)] == ["Mã sự kiện này đã được dùng."]
    assert not LessonProgress.objects.filter(user=learner).exists()


def test_completion_ids_cannot_be_taken_in_advance(learner, lessons, settings):
    from learning.xapi import derived_id

    guess = uuid.uuid5(
        uuid.UUID("5b1d2c8e-4f7a-4c1e-9a57-0d3f7f4b2a61"), f"{learner.pk}:completed:{lessons[0].pk}"
    )
    assert derived_id(learner, Verb.COMPLETED, lessons[0]) != guess


def test_values_of_the_wrong_kind_are_refused_with_a_message_not_a_crash(learner, lessons):
    client = Client()
    client.force_login(learner)
    base = {"verb": "progressed", "lesson": lessons[0].pk, "seconds": 30}
    year_one = post(client, {**base, "id": str(uuid.uuid4()), "timestamp": "0001-01-01T00:00:00"})
    assert year_one.status_code in (200, 400)  # brought into the offline window or refused, never a crash
    for timestamp in (12345, ["2026"], {"a": 1}, "2026-13-45T99:00:00"):
        item = {**base, "id": str(uuid.uuid4()), "timestamp": timestamp}
        response = post(client, {"events": [item]})
        assert response.status_code == 400, timestamp
        assert response.json()["errors"][item["id"]]
    good = {**base, "id": str(uuid.uuid4()), "timestamp": timezone.now().isoformat()}
    bad = {**base, "id": str(uuid.uuid4()), "timestamp": 7}
    mixed = post(client, {"events": [bad, good]})
    assert mixed.status_code == 200 and mixed.json()["accepted"] == [good["id"]]


def test_very_old_events_are_brought_into_the_offline_window(learner, lessons):
    record(
        learner,
        ProgressEvent(uuid.uuid4(), Verb.OPENED, lessons[0].pk, timezone.now() - dt.timedelta(days=400)),
    )
    assert LessonProgress.objects.get(user=learner).opened_at >= timezone.now() - dt.timedelta(days=31)


def test_following_a_link_to_a_lesson_does_not_enrol(learner, lessons):
    client = Client()
    client.force_login(learner)
    assert client.get(lessons[0].url).status_code == 200
    assert not Enrolment.objects.filter(user=learner).exists()
    assert not Statement.objects.exists()


def test_a_view_restricted_lesson_still_opens_for_an_enrolled_learner(learner, lessons, site_tree):
    from wagtail.models import PageViewRestriction

    client = Client()
    client.force_login(learner)
    client.post(f"/khoa-hoc-cua-toi/ghi-danh/{site_tree['course'].pk}/")
    PageViewRestriction.objects.create(page=lessons[2], restriction_type=PageViewRestriction.LOGIN)
    assert client.get(lessons[2].url).status_code == 200
    assert client.post(f"/khoa-hoc-cua-toi/hoc-xong/{lessons[2].pk}/").status_code == 404


def test_statements_export_as_json_lines_of_valid_xapi(learner, lessons, capsys):
    from django.core.management import call_command

    finish(learner, lessons[0])
    call_command("export_xapi", "--don-vi", "19")
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == Statement.objects.filter(user=learner).count() >= 2
    assert all(shape_errors(line) == [] and "stored" in line for line in lines)
    call_command("export_xapi", "--don-vi", "01")
    assert capsys.readouterr().out == ""
