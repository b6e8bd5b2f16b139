"""H5P results and state: recorded once per event id, counted as practice, resumable, never trusted
beyond what a browser-reported score deserves."""

import io
import json
import uuid

import pytest
from django.test import Client

from courses.h5p import services
from courses.models import LessonPage
from learning.models import H5PResult, H5PState, LessonProgress, Statement
from learning.xapi import shape_errors
from tests.courses.h5p_mini import mini_package
from tests.factories import login_verified


@pytest.fixture
def h5p_lesson(site_tree):
    upload = io.BytesIO(mini_package(title="Tin nhắn lừa đảo"))
    upload.name = "lua-dao.h5p"
    item = services.store(upload, package=services.validate(upload))
    for library in item.libraries.all():
        services.approve(library, None)
    lesson = LessonPage.objects.get(pk=site_tree["lessons"][0].pk)
    lesson.body.append(("h5p", {"item": item, "intro": "Thử nhận biết tin nhắn lừa đảo."}))
    lesson.save_revision().publish()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    block = next(block["id"] for block in lesson.body.raw_data if block["type"] == "h5p")
    return {"lesson": lesson, "item": item, "block": block}


@pytest.fixture
def learner_client(cast_users):
    client = Client()
    login_verified(client, cast_users["citizen"])
    return client


def post(client, *events):
    return client.post(
        "/api/tien-do/", data=json.dumps({"events": list(events)}), content_type="application/json"
    )


def h5p_event(h5p_lesson, **changes):
    event = {
        "id": str(uuid.uuid4()),
        "verb": "h5p",
        "lesson": h5p_lesson["lesson"].pk,
        "timestamp": "2026-11-20T09:00:00+07:00",
        "block": h5p_lesson["block"],
        "h5p_verb": "completed",
        "raw": 5,
        "max": 6,
        "success": True,
    }
    event.update(changes)
    return event


def test_the_h5p_block_is_a_practice_the_lesson_needs(h5p_lesson):
    assert h5p_lesson["block"] in h5p_lesson["lesson"].practice_block_ids


def test_an_h5p_result_is_stored_once_as_xapi_and_ticks_the_block(h5p_lesson, learner_client, cast_users):
    learner = cast_users["citizen"]
    lesson, block = h5p_lesson["lesson"], h5p_lesson["block"]
    post(
        learner_client,
        {
            "id": str(uuid.uuid4()),
            "verb": "reached_end",
            "lesson": lesson.pk,
            "timestamp": "2026-11-20T08:55:00+07:00",
        },
    )
    progress = LessonProgress.objects.get(user=learner, lesson=lesson)
    assert progress.completed_at is None  # read to the end, the H5P not done yet

    answered = h5p_event(h5p_lesson, h5p_verb="answered", raw=2, max=6, success=False)
    first = post(learner_client, answered)
    assert first.status_code == 200 and first.json()["accepted"] == [answered["id"]]
    again = post(learner_client, answered)
    assert again.json()["duplicates"] == [answered["id"]]

    statement = Statement.objects.get(pk=answered["id"])
    assert statement.verb == "http://adlnet.gov/expapi/verbs/answered"
    assert statement.body["result"] == {
        "completion": True,
        "score": {"raw": 2.0, "min": 0, "max": 6.0, "scaled": 0.3333},
        "success": False,
    }
    assert statement.body["object"]["id"].endswith(f"#{block}")
    assert shape_errors(statement.body) == []
    progress.refresh_from_db()
    assert progress.completed_at is not None
    assert block in progress.practice_done

    post(learner_client, h5p_event(h5p_lesson, h5p_verb="passed", raw=6, max=6, success=True))
    post(
        learner_client,
        h5p_event(
            h5p_lesson, h5p_verb="failed", raw=3, max=6, success=False, timestamp="2026-11-20T09:30:00+07:00"
        ),
    )
    result = H5PResult.objects.get(user=learner, lesson=lesson, block=block)
    assert result.results == 3
    assert result.best_scaled == 1.0
    assert result.last_scaled == 0.5
    assert result.passed is True
    assert result.item == h5p_lesson["item"]


def test_a_practice_event_cannot_tick_off_h5p_content(h5p_lesson, learner_client, cast_users):
    lesson, block = h5p_lesson["lesson"], h5p_lesson["block"]
    post(
        learner_client,
        {
            "id": str(uuid.uuid4()),
            "verb": "reached_end",
            "lesson": lesson.pk,
            "timestamp": "2026-11-20T08:55:00+07:00",
        },
    )
    post(
        learner_client,
        {
            "id": str(uuid.uuid4()),
            "verb": "practice_done",
            "lesson": lesson.pk,
            "timestamp": "2026-11-20T08:56:00+07:00",
            "block": block,
        },
    )
    progress = LessonProgress.objects.get(user=cast_users["citizen"], lesson=lesson)
    assert block not in progress.practice_done and progress.completed_at is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"block": "khong-co"}, "Không tìm thấy nội dung tương tác này trong bài học."),
        ({"h5p_verb": "hacked"}, "Kết quả nội dung tương tác không hợp lệ."),
        ({"h5p_verb": ""}, "Kết quả nội dung tương tác không hợp lệ."),
        ({"raw": 7, "max": 6}, "Điểm không hợp lệ."),
        ({"raw": -1}, "Điểm không hợp lệ."),
        ({"raw": "nhiều"}, "Điểm không hợp lệ."),
        ({"max": None}, "Điểm không hợp lệ."),
        ({"raw": 1e9, "max": 1e9}, "Điểm không hợp lệ."),
    ],
)
def test_bad_h5p_results_are_refused_with_a_message_and_change_nothing(
    h5p_lesson, learner_client, changes, message
):
    event = h5p_event(h5p_lesson, **changes)
    response = post(learner_client, event)
    assert response.status_code == 400
    assert message in response.json()["errors"][event["id"]]
    assert not Statement.objects.filter(pk=event["id"]).exists()
    assert not H5PResult.objects.exists()


def test_a_result_for_an_h5p_block_of_another_lesson_is_refused(h5p_lesson, learner_client, site_tree):
    event = h5p_event(h5p_lesson, lesson=site_tree["lessons"][1].pk)
    assert post(learner_client, event).status_code == 400
    assert not H5PResult.objects.exists()


def test_state_is_saved_and_resumed_per_learner(h5p_lesson, learner_client, cast_users):
    url = f"/api/h5p/{h5p_lesson['item'].pk}/trang-thai/"
    assert learner_client.get(url).json() == {"state": None}
    state = json.dumps({"index": 3, "answers": [True, False, None]})
    saved = learner_client.post(url, data=json.dumps({"state": state}), content_type="application/json")
    assert saved.status_code == 200
    assert learner_client.get(url).json() == {"state": state}
    newer = json.dumps({"index": 4, "answers": [True, False, True]})
    learner_client.post(url, data=json.dumps({"state": newer}), content_type="application/json")
    assert H5PState.objects.get(user=cast_users["citizen"]).state == newer

    other = Client()
    login_verified(other, cast_users["official"])
    assert other.get(url).json() == {"state": None}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("{", "Trạng thái gửi lên không hợp lệ."),
        (json.dumps({"state": "không phải json"}), "Trạng thái gửi lên không hợp lệ."),
        (json.dumps({"state": 5}), "Trạng thái gửi lên không hợp lệ."),
        (json.dumps(["x"]), "Trạng thái gửi lên không hợp lệ."),
        (json.dumps({"state": json.dumps("x" * 70_000)}), "Trạng thái gửi lên quá lớn."),
    ],
)
def test_bad_state_is_refused_and_the_saved_state_stays(h5p_lesson, learner_client, body, message):
    url = f"/api/h5p/{h5p_lesson['item'].pk}/trang-thai/"
    good = json.dumps({"index": 1})
    learner_client.post(url, data=json.dumps({"state": good}), content_type="application/json")
    response = learner_client.post(url, data=body, content_type="application/json")
    assert response.status_code == 400 and response.json()["error"] == message
    assert learner_client.get(url).json() == {"state": good}


def test_state_needs_a_signed_in_learner_and_a_real_item(h5p_lesson, learner_client):
    url = f"/api/h5p/{h5p_lesson['item'].pk}/trang-thai/"
    assert Client().get(url).status_code == 401
    assert learner_client.get("/api/h5p/999999/trang-thai/").status_code == 404
