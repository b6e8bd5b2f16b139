"""A learner takes a timed quiz on a phone: each answer is saved as it is given, a dropped connection
loses nothing (the answers wait on the phone and are sent on reconnect, or by the page after a reload),
an older tab is told to reload, and the clock hands the quiz in when time is up."""

import datetime as dt
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from quizzes.models import Attempt, Quiz, QuizPool
from tests.factories import make_image
from tests.quizzes.test_quiz_pages import question

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
TAG = "thu-tren-dien-thoai"


@pytest.fixture
def quiz(site_tree, live_server):
    from wagtail.models import Site

    host, port = live_server.url.split("//")[1].split(":")
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
    question("true_false", {"correct": "true"}, tag=TAG)
    question(
        "ordering", {"steps": ["Đăng nhập", "Chọn thủ tục", "Nộp hồ sơ"], "partial_credit": False}, tag=TAG
    )
    question(
        "short_text",
        {"accepted": ["VNeID"], "ignore_case": True, "ignore_spacing": True, "ignore_diacritics": False},
        tag=TAG,
    )
    region = {"label": "Đường link", "x": 0, "y": 0, "width": 50, "height": 50, "hint": "", "correct": True}
    question(
        "image_tap",
        {
            "image": make_image(size=(640, 1000)).pk,
            "regions": [{"type": "item", "id": "r1", "value": region}],
        },
        tag=TAG,
    )
    quiz = Quiz.objects.create(
        title="Kiểm tra trên điện thoại", pass_mark=75, time_limit_minutes=15, shuffle_questions=False
    )
    QuizPool.objects.create(quiz=quiz, tag=TAG, count=4)
    return quiz


def sign_in(page, user, base_url):
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base_url}]
    )


def answer_of(attempt, kind):
    return next(i for i in attempt.items.select_related("version") if i.version.spec["type"] == kind)


def fieldset(page, attempt, kind):
    return page.locator(f"fieldset[data-position='{answer_of(attempt, kind).position}']")


def test_a_phone_keeps_every_answer_through_a_lost_connection_and_a_reload(
    quiz, phone, live_server, cast_users
):
    SHOTS.mkdir(parents=True, exist_ok=True)
    learner = cast_users["citizen"]
    page = phone
    errors = []
    page.context.on("weberror", lambda error: errors.append(str(error.error)))
    sign_in(page, learner, live_server.url)
    page.goto(f"{live_server.url}/kiem-tra/{quiz.pk}/")
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    page.wait_for_url("**/kiem-tra/lam-bai/**")
    attempt = Attempt.objects.get(user=learner, quiz=quiz)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    # A tap on an answer is saved at once.
    truth = fieldset(page, attempt, "true_false")
    truth.get_by_text("Đúng", exact=True).click()
    truth.get_by_text("Đã lưu").wait_for()
    assert answer_of(attempt, "true_false").answer == {"value": True}

    # Two steps in the same place: the page says so and saves nothing until it is fixed.
    ordering = fieldset(page, attempt, "ordering")
    selects = ordering.locator("select")
    steps = answer_of(attempt, "ordering").version.spec["correct_order"]
    for step, place in zip(steps, ("1", "1", "3"), strict=True):
        ordering.locator(f"select[data-step='{step}']").select_option(place)
    assert "Hai bước không thể cùng một vị trí" in ordering.inner_text()
    assert answer_of(attempt, "ordering").answer is None
    ordering.locator(f"select[data-step='{steps[1]}']").select_option("2")
    ordering.get_by_text("Đã lưu").wait_for()
    assert answer_of(attempt, "ordering").answer == {"order": steps}
    assert selects.count() == 3

    # A tap on the picture is kept in percent of the picture, and marked.
    tap = fieldset(page, attempt, "image_tap")
    image = tap.locator("input[type=image]")
    image.scroll_into_view_if_needed()
    box = image.bounding_box()
    image.click(position={"x": box["width"] / 4, "y": box["height"] / 4})
    tap.get_by_text("Đã lưu").wait_for()
    point = answer_of(attempt, "image_tap").answer["point"]
    assert abs(point["x"] - 25) < 1 and abs(point["y"] - 25) < 1
    assert tap.locator("[data-marker]").is_visible()
    assert page.url.endswith(f"/lam-bai/{attempt.pk}/")  # the tap did not post the page

    # The connection drops: the learner is told at once, and the answer waits on the phone.
    page.context.set_offline(True)
    short = fieldset(page, attempt, "short_text")
    short.locator("input").fill("vneid")
    short.locator("input").press("Enter")
    banner = page.locator("[data-banner]")
    banner.get_by_text("Mất kết nối — câu trả lời chưa được lưu, sẽ thử lại").wait_for()
    page.screenshot(path=str(SHOTS / "quiz-offline.png"), full_page=True)
    assert answer_of(attempt, "short_text").answer is None
    assert page.evaluate("Object.keys(localStorage).some(k => k.startsWith('hocso-quiz:'))")
    page.context.set_offline(False)
    short.get_by_text("Đã lưu").wait_for()
    assert answer_of(attempt, "short_text").answer == {"text": "vneid"}
    assert banner.is_hidden()

    # Saves fail again, and the learner reloads: the new page sends what the old one could not.
    page.route("**/luu/", lambda route: route.abort())
    short.locator("input").fill("VNeID")
    short.locator("input").press("Enter")
    banner.wait_for()
    page.unroute("**/luu/")
    page.reload()
    fieldset(page, attempt, "short_text").get_by_text("Đã lưu").wait_for()
    assert answer_of(attempt, "short_text").answer == {"text": "VNeID"}
    assert fieldset(page, attempt, "short_text").locator("input").input_value() == "VNeID"

    # The same attempt opened in another tab: this older page is told to reload, and stops saving.
    other = page.context.new_page()
    other.goto(page.url)
    fieldset(page, attempt, "true_false").get_by_text("Sai", exact=True).click()
    banner.get_by_text("Bài làm này đang mở ở một trang khác").wait_for()
    assert answer_of(attempt, "true_false").answer == {"value": True}
    # The other tab does not take over what this page was refused...
    other.reload()
    other.wait_for_load_state("networkidle")
    assert answer_of(attempt, "true_false").answer == {"value": True}
    # ...but this page, reloaded as the banner asks, sends it: nothing the learner chose is lost.
    banner.get_by_role("link", name="Tải lại trang").click()
    page.wait_for_load_state()
    fieldset(page, attempt, "true_false").get_by_text("Đã lưu").wait_for()
    assert answer_of(attempt, "true_false").answer == {"value": False}
    other.close()
    fieldset(page, attempt, "true_false").get_by_text("Đúng", exact=True).click()
    page.wait_for_function("() => !Object.keys(localStorage).some(k => k.startsWith('hocso-quiz:'))")
    assert answer_of(attempt, "true_false").answer == {"value": True}

    # Time runs out: the page's clock hands the quiz in, graded on the server.
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() + dt.timedelta(seconds=3))
    page.reload()
    assert ":" in page.locator("[data-countdown]").inner_text()
    page.wait_for_url(f"**/kiem-tra/ket-qua/{attempt.pk}/", timeout=15000)
    page.screenshot(path=str(SHOTS / "quiz-review.png"), full_page=True)
    attempt.refresh_from_db()
    assert attempt.submitted_at is not None and attempt.expired is False
    assert attempt.score == 4 and attempt.passed is True
    assert "Đạt" in page.locator("[data-result]").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert errors == []


def test_the_quiz_works_on_a_phone_without_javascript(quiz, browser, live_server, cast_users):
    learner = cast_users["citizen"]
    context = browser.new_context(
        viewport={"width": 360, "height": 740},
        device_scale_factor=2,
        locale="vi-VN",
        java_script_enabled=False,
    )
    page = context.new_page()
    sign_in(page, learner, live_server.url)
    page.goto(f"{live_server.url}/kiem-tra/{quiz.pk}/")
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    page.wait_for_url("**/kiem-tra/lam-bai/**")
    attempt = Attempt.objects.get(user=learner, quiz=quiz)

    fieldset(page, attempt, "true_false").get_by_text("Đúng", exact=True).click()
    steps = answer_of(attempt, "ordering").version.spec["correct_order"]
    for place, step in enumerate(steps, 1):
        fieldset(page, attempt, "ordering").locator(f"select[data-step='{step}']").select_option(str(place))
    fieldset(page, attempt, "short_text").locator("input").fill("vneid")
    # A tap on the picture posts the page with the tapped pixel, which keeps every answer on it.
    image = fieldset(page, attempt, "image_tap").locator("input[type=image]")
    assert image.bounding_box()["width"] == 280  # drawn at its rendition's size, so pixels map to percent
    image.click(position={"x": 70, "y": 50})
    page.wait_for_url(f"**/kiem-tra/lam-bai/{attempt.pk}/#q{answer_of(attempt, 'image_tap').position}")
    assert "Đã lưu câu trả lời." in page.locator(".messages").inner_text()
    assert fieldset(page, attempt, "image_tap").locator(".tap-marker").is_visible()
    assert answer_of(attempt, "image_tap").answer["point"]["x"] == 25.0
    assert answer_of(attempt, "short_text").answer == {"text": "vneid"}
    assert fieldset(page, attempt, "short_text").locator("input").input_value() == "vneid"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.get_by_role("button", name="Nộp bài").click()
    page.wait_for_url(f"**/kiem-tra/ket-qua/{attempt.pk}/")
    attempt.refresh_from_db()
    assert attempt.score == 4 and attempt.passed is True
    assert "Đạt" in page.locator("[data-result]").inner_text()
    context.close()
