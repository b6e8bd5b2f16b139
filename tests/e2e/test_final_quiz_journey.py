"""A learner finishes a course on a phone: reads every lesson, takes the timed final test, reloads in the
middle and carries on with the same attempt and the same clock, fails, is told when to come back, comes
back, passes, and the course page says the course is complete."""

import datetime as dt
from pathlib import Path

import pytest
from django.template.defaultfilters import floatformat
from django.utils import timezone, translation
from django.utils.formats import date_format

from learning.models import Enrolment, LessonProgress
from quizzes.demo.seed import FINAL_SETTINGS, questions_ensure, quizzes_ensure
from quizzes.models import Attempt, AttemptItem
from tests.e2e.test_quiz import sign_in
from tests.factories import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/tmp/shots")
NO_UNSENT_ANSWERS = "() => !Object.keys(localStorage).some(k => k.startsWith('hocso-quiz:'))"


@pytest.fixture
def course(live_server):
    """The demo "Chữ ký số" final test (15 minutes, 10 questions, 80% to pass, 10 minutes between
    attempts), placed at the end of the course's last lesson as an author places it."""
    from wagtail.models import Site

    tree = build_site(lessons=2, with_practice=False)
    host, port = live_server.url.split("//")[1].split(":")
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
    questions_ensure()
    (final,) = quizzes_ensure({tree["course"].slug: tree["course"]})
    last = tree["lessons"][-1]
    last.body.append(("quiz", {"quiz": final, "intro": "Làm bài kiểm tra để hoàn thành khóa học."}))
    last.save_revision().publish()
    return {**tree, "quiz": final}


def items_of(attempt: Attempt) -> list[AttemptItem]:
    return list(attempt.items.select_related("version").order_by("position"))


def wrong_choices(spec: dict) -> list[str]:
    return [option["id"] for option in spec["options"] if option["id"] not in spec["correct"]]


def answer(page, item: AttemptItem, *, right: bool) -> dict:
    """Answer one question the way a learner does (tap, type, pick); returns the answer the server
    should then hold."""
    spec, display = item.version.spec, item.version.display
    box = page.locator(f"fieldset[data-position='{item.position}']")
    box.scroll_into_view_if_needed()
    kind = spec["type"]
    text_of = {option["id"]: option["text"] for option in display.get("options", [])}
    if kind == "single":
        choice = spec["correct"][0] if right else wrong_choices(spec)[0]
        box.get_by_text(text_of[choice], exact=True).click()
        expected = {"choice": choice}
    elif kind == "multiple":
        choices = spec["correct"] if right else wrong_choices(spec)[:1]
        for choice in choices:
            box.get_by_text(text_of[choice], exact=True).click()
        # The page lists the options in the attempt's shuffled order, and sends them in that order.
        expected = {"choices": [choice for choice in item.option_order if choice in choices]}
    elif kind == "true_false":
        value = spec["correct"] if right else not spec["correct"]
        box.get_by_text("Đúng" if value else "Sai", exact=True).click()
        expected = {"value": value}
    elif kind == "short_text":
        text = spec["accepted"][0] if right else "Không nhớ"
        box.locator("input[type=text]").fill(text)
        box.locator("input[type=text]").press("Enter")
        expected = {"text": text}
    elif kind == "ordering":
        order = spec["correct_order"] if right else list(reversed(spec["correct_order"]))
        for place, step in enumerate(order, 1):
            box.locator(f"select[data-step='{step}']").select_option(str(place))
        expected = {"order": order}
    elif kind == "matching":
        rights = [pair["right"] for pair in spec["pairs"]]
        if not right:
            rights = rights[1:] + rights[:1]
        for pair, chosen in zip(spec["pairs"], rights, strict=True):
            box.locator(f"select[data-left='{pair['left']}']").select_option(chosen)
        expected = {"matches": {pair["left"]: r for pair, r in zip(spec["pairs"], rights, strict=True)}}
    else:
        raise AssertionError(f"the demo pool has no {kind} question")
    page.wait_for_function(NO_UNSENT_ANSWERS)
    box.get_by_text("Đã lưu").wait_for()
    return expected


def assert_shown(page, item: AttemptItem) -> None:
    """The page shows the answer the server holds for this question."""
    box = page.locator(f"fieldset[data-position='{item.position}']")
    held, kind = item.answer, item.version.spec["type"]
    checked = box.locator("input:checked")
    if kind == "single":
        assert [checked.nth(i).get_attribute("value") for i in range(checked.count())] == [held["choice"]]
    elif kind == "multiple":
        values = {checked.nth(i).get_attribute("value") for i in range(checked.count())}
        assert values == set(held["choices"])
    elif kind == "true_false":
        assert checked.get_attribute("value") == str(held["value"]).lower()
    elif kind == "short_text":
        assert box.locator("input[type=text]").input_value() == held["text"]
    elif kind == "ordering":
        for place, step in enumerate(held["order"], 1):
            assert box.locator(f"select[data-step='{step}']").input_value() == str(place)
    elif kind == "matching":
        for left, chosen in held["matches"].items():
            assert box.locator(f"select[data-left='{left}']").input_value() == chosen


def countdown_seconds(page) -> int:
    minutes, seconds = page.locator("[data-countdown]").inner_text().split(":")
    return int(minutes) * 60 + int(seconds)


def number(value) -> str:
    """A score as the page writes it."""
    with translation.override("vi"):
        return floatformat(value, "-2")


def fits_the_phone(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= 360


def shot(page, name: str, *, full_page: bool = True) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def finish_lesson(page, then: str) -> None:
    page.get_by_role("button", name="Tôi đã đọc hết bài này").click()
    page.wait_for_url(then)


def test_a_learner_fails_the_timed_final_test_waits_retries_passes_and_completes_the_course(
    course, phone, live_server, cast_users
):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page, learner, quiz = phone, cast_users["citizen"], course["quiz"]
    errors = []
    page.context.on("weberror", lambda error: errors.append(str(error.error)))
    sign_in(page, learner, live_server.url)
    course_url = live_server.url + course["course"].url

    # Every lesson read to the end: the course is at 100% but not complete without its final test.
    page.goto(course_url)
    page.get_by_role("button", name="Ghi danh và bắt đầu học").click()
    page.get_by_role("link", name="Bắt đầu học").click()
    first_lesson, last_lesson = (live_server.url + lesson.url for lesson in course["lessons"])
    page.wait_for_url(first_lesson)
    finish_lesson(page, then=last_lesson)
    finish_lesson(page, then=course_url)
    assert LessonProgress.objects.filter(user=learner, completed_at__isnull=False).count() == 2
    enrolment = Enrolment.objects.get(user=learner, course=course["course"])
    assert enrolment.progress_percent == 100 and enrolment.completed_at is None
    assert "Bạn đã học 100% khóa học." in page.locator(".enrolment").inner_text()
    shot(page, "00-course-lessons-done")

    # The final test sits at the end of the last lesson.
    page.get_by_role("link", name="Học tiếp").click()
    page.wait_for_url(last_lesson)
    page.get_by_text("Bạn đã học xong bài này.").wait_for()
    page.get_by_role("link", name="Làm bài kiểm tra").click()
    page.wait_for_url(f"**/kiem-tra/{quiz.pk}/")
    facts = page.locator("ul.facts").inner_text()
    assert "15 phút" in facts and "80% số điểm" in facts
    assert "cần chờ 10 phút mới được làm lại" in page.locator("main").inner_text()
    assert fits_the_phone(page)
    shot(page, "01-final-quiz")
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    page.wait_for_url("**/kiem-tra/lam-bai/**")
    first = Attempt.objects.get(user=learner, quiz=quiz)
    assert first.deadline - first.started_at == dt.timedelta(minutes=FINAL_SETTINGS["time_limit_minutes"])
    items = items_of(first)
    assert len(items) == 10
    assert 14 * 60 <= countdown_seconds(page) <= 15 * 60
    assert fits_the_phone(page)

    # Three questions answered right, each saved as it is given.
    for item in items[:3]:
        expected = answer(page, item, right=True)
        item.refresh_from_db()
        assert item.answer == expected
    shot(page, "02-attempt-answered", full_page=False)

    # Four minutes go by on the server's clock, then the learner reloads: the same attempt, the answers
    # already given, and eleven minutes left — not a fresh fifteen.
    deadline = first.deadline - dt.timedelta(minutes=4)
    Attempt.objects.filter(pk=first.pk).update(
        started_at=first.started_at - dt.timedelta(minutes=4), deadline=deadline
    )
    attempt_url = page.url
    page.reload()
    assert page.url == attempt_url
    left = countdown_seconds(page)
    assert -1 <= (deadline - timezone.now()).total_seconds() - left <= 3
    assert 10 * 60 < left <= 11 * 60
    assert (
        "hạn nộp " + timezone.localtime(deadline).strftime("%H:%M")
        in page.locator("[role=timer]").inner_text()
    )
    for item in items[:3]:
        item.refresh_from_db()
        assert_shown(page, item)
    assert Attempt.objects.filter(user=learner, quiz=quiz).count() == 1
    shot(page, "03-after-reload", full_page=False)
    page.locator(f"fieldset[data-position='{items[4].position}']").scroll_into_view_if_needed()
    shot(page, "03-timer-while-scrolling", full_page=False)

    # The learner has the quiz page open in another tab too, from before handing in.
    other = page.context.new_page()
    other.goto(f"{live_server.url}/kiem-tra/{quiz.pk}/")
    assert other.get_by_role("button", name="Làm tiếp").is_visible()
    page.bring_to_front()

    # The rest answered wrong; the test is handed in and failed.
    for item in items[3:]:
        answer(page, item, right=False)
    page.get_by_role("button", name="Nộp bài").click()
    page.wait_for_url(f"**/kiem-tra/ket-qua/{first.pk}/")
    first.refresh_from_db()
    assert first.passed is False and first.expired is False and first.deadline == deadline
    assert sum(1 for item in items_of(first) if item.correct) == 3
    result = page.locator("[data-result]").inner_text()
    assert "Chưa đạt" in result
    assert f"{number(first.score)}/{number(first.max_score)} điểm ({number(first.percent)}%)" in result

    # The review says, next to the result, from when a retry is allowed, and offers none before then.
    retry_at = timezone.localtime(first.submitted_at + dt.timedelta(minutes=FINAL_SETTINGS["wait_minutes"]))
    wait_note = f"Bạn có thể làm lại sau {retry_at:%H:%M} ngày {date_format(retry_at, 'd/m/Y')}."
    assert page.locator("[data-retry-note]").inner_text() == wait_note
    assert page.get_by_role("button", name="Làm lại").count() == 0
    assert fits_the_phone(page)
    shot(page, "04-review-failed", full_page=False)

    # The button still shown in the other tab is refused, and that page then says the same.
    other.bring_to_front()
    other.get_by_role("button", name="Làm tiếp").click()
    other.locator("[data-retry-note]").wait_for()
    assert other.locator("[data-retry-note]").inner_text() == wait_note
    assert other.get_by_role("button").filter(has_text="Làm").count() == 0
    assert Attempt.objects.filter(user=learner, quiz=quiz).count() == 1
    assert fits_the_phone(other)
    shot(other, "05-retry-refused")
    other.close()
    page.bring_to_front()

    # Ten minutes later (moved on the server's clock), the retry is allowed.
    earlier = dt.timedelta(minutes=FINAL_SETTINGS["wait_minutes"] + 1)
    Attempt.objects.filter(pk=first.pk).update(
        started_at=first.started_at - earlier,
        deadline=first.deadline - earlier,
        submitted_at=first.submitted_at - earlier,
    )
    page.reload()
    assert page.locator("[data-retry-note]").count() == 0
    page.get_by_role("button", name="Làm lại").first.click()
    page.wait_for_url("**/kiem-tra/lam-bai/**")
    second = Attempt.objects.get(user=learner, quiz=quiz, submitted_at=None)
    assert second.number == 2 and second.pk != first.pk
    assert 14 * 60 <= countdown_seconds(page) <= 15 * 60
    for item in items_of(second):
        answer(page, item, right=True)
    shot(page, "06-second-attempt", full_page=False)
    page.get_by_role("button", name="Nộp bài").click()
    page.wait_for_url(f"**/kiem-tra/ket-qua/{second.pk}/")
    second.refresh_from_db()
    assert second.passed is True and second.percent == 100
    assert "Đạt" in page.locator("[data-result]").inner_text()
    shot(page, "07-review-passed", full_page=False)

    # The review leads back to the course, which now says the course is complete.
    page.get_by_role("link", name="Về trang khóa học").click()
    page.wait_for_url(course_url)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    done_on = date_format(timezone.localtime(enrolment.completed_at), "d/m/Y")
    assert f"Bạn đã hoàn thành khóa học ngày {done_on}." in page.locator(".enrolment").inner_text()
    assert fits_the_phone(page)
    shot(page, "08-course-complete")
    assert errors == []
