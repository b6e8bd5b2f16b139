"""A citizen signs up on a phone, confirms the SMS code, enrols, reads two lessons, loses the
connection and reloads mid-lesson, and is brought back to where they stopped."""

import re
from pathlib import Path

import pytest
from django.core.management import call_command

from learning.models import Enrolment, LessonProgress, Statement, User
from learning.xapi import shape_errors

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
COURSE = "/khoa-hoc/chu-ky-so/"
QUEUE_EMPTY = (
    "() => Object.keys(localStorage).every(k => !k.startsWith('hocso-progress') || localStorage[k] === '[]')"
)


@pytest.fixture
def demo_site(live_server, settings):
    from wagtail.models import Site

    settings.HOCSO_SMS_BACKEND = "learning.sms.ConsoleSMSBackend"
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    host, port = live_server.url.split("//")[1].split(":")
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
    return live_server.url


def read_to_the_end(page):
    page.locator("[data-progress-end]").scroll_into_view_if_needed()
    page.wait_for_function(QUEUE_EMPTY)


def test_sign_up_confirm_enrol_read_reload_and_resume(demo_site, phone, capsys):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = phone
    page.goto(demo_site + "/tai-khoan/dang-ky/")
    page.fill("#id_phone", "0912 345 678")
    page.fill("#id_full_name", "Nguyễn Thị Mơ")
    page.fill("#id_birth_year", "1958")
    page.select_option("#id_province", label="Tỉnh Thái Nguyên")
    page.wait_for_function("document.querySelectorAll('#id_commune option').length > 50")
    page.select_option("#id_commune", label="Xã Đại Từ")
    page.fill("#id_password1", "hoa-sen-no-2026")
    page.fill("#id_password2", "hoa-sen-no-2026")
    page.check("#id_consent_learning")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=str(SHOTS / "signup.png"), full_page=True)
    page.get_by_role("button", name="Đăng ký và nhận mã qua tin nhắn").click()
    page.wait_for_url("**/tai-khoan/xac-nhan/")

    sms = capsys.readouterr().out
    code = re.search(r"\[SMS → \+84912345678\].*?(\d{6})", sms).group(1)
    page.fill("#id_code", "000000" if code != "000000" else "111111")
    page.locator("form button[type=submit]").first.click()
    assert "không đúng" in page.locator("main").inner_text()
    page.fill("#id_code", code)
    page.screenshot(path=str(SHOTS / "signup-confirm.png"), full_page=True)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/khoa-hoc-cua-toi/")
    learner = User.objects.get(phone="+84912345678")
    assert learner.phone_confirmed_at is not None and learner.unit.code == "05830"

    page.goto(demo_site + COURSE)
    page.get_by_role("button", name="Ghi danh và bắt đầu học").click()
    page.wait_for_url("**" + COURSE)
    page.get_by_role("link", name="Bắt đầu học").click()
    read_to_the_end(page)
    page.get_by_role("link", name="Bài tiếp theo ›").click()
    read_to_the_end(page)
    page.get_by_role("link", name="Bài tiếp theo ›").click()
    third_lesson = page.url
    page.screenshot(path=str(SHOTS / "lesson-signed-in.png"))

    # The connection drops mid-lesson: the practice is done offline, the event waits on the phone.
    page.context.set_offline(True)
    page.wait_for_selector("[data-practice].ready")
    practice = page.locator("[data-practice]").first
    practice.scroll_into_view_if_needed()
    for index in range(practice.locator(".hotspot").count()):
        practice.locator(".hotspot").nth(index).click()
    assert "complete" in practice.get_attribute("class")
    page.wait_for_function(
        "() => Object.keys(localStorage).some(k => k.startsWith('hocso-progress') && localStorage[k] !== '[]')"
    )
    waiting = Statement.objects.filter(user=learner, verb__endswith="/interacted").count()
    assert waiting == 0
    page.context.set_offline(False)
    page.reload()
    page.wait_for_function(QUEUE_EMPTY)
    assert Statement.objects.filter(user=learner, verb__endswith="/interacted").count() == 1

    page.goto(demo_site + "/khoa-hoc-cua-toi/")
    page.screenshot(path=str(SHOTS / "my-courses.png"), full_page=True)
    card = page.locator(".card", has_text="Chữ ký số")
    assert "Đã học 33%" in card.inner_text()
    card.get_by_role("link", name="Học tiếp").click()
    assert page.url == third_lesson

    enrolment = Enrolment.objects.get(user=learner, course__slug="chu-ky-so")
    assert enrolment.progress_percent == 33 and enrolment.last_lesson.url == third_lesson.replace(
        demo_site, ""
    )
    done = LessonProgress.objects.filter(user=learner, completed_at__isnull=False)
    assert done.count() == 2
    third = LessonProgress.objects.get(user=learner, lesson=enrolment.last_lesson)
    assert third.practice_done and third.completed_at is None  # practised, not yet read to the end
    for statement in Statement.objects.filter(user=learner):
        assert shape_errors(statement.body) == []
