"""The whole H5P path in Chromium: an administrator uploads a package in the admin, approves its library,
a learner plays it on a phone inside the sandboxed frame on the separate H5P origin, the score is
recorded, and a reload resumes where they were."""

import json
from pathlib import Path

import pytest
from django.test import Client
from playwright.sync_api import expect

from courses.h5p.bundle import TYPES_DIR, scam_check_package
from courses.h5p.models import H5PItem, H5PLibrary
from courses.models import LessonPage
from learning.enrolment import enrol
from learning.models import H5PResult, H5PState, LessonProgress, Statement
from tests.factories import login_verified

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
ANSWERS = [
    message["isScam"]
    for message in json.loads((TYPES_DIR / "demo" / "scam-check" / "content" / "content.json").read_text())[
        "messages"
    ]
]


def signed_in(context, user, base_url) -> None:
    client = Client()
    login_verified(client, user)
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base_url}])


def wait_for(check, page, timeout_ms=10_000):
    for _ in range(timeout_ms // 100):
        value = check()
        if value:
            return value
        page.wait_for_timeout(100)
    raise AssertionError("the server never recorded it")


# The player asks the lesson to resize its frame after every new message; Playwright waits for a
# button to stand still inside the frame, not for the frame itself, so a click during the resize
# lands where the button was.
FRAME_SETTLED = """() => new Promise(resolve => {
  const frame = document.querySelector('iframe.h5p-frame');
  let last = '', same = 0;
  const tick = () => {
    const box = frame.getBoundingClientRect();
    const key = [box.top, box.height, window.scrollY].join();
    same = key === last ? same + 1 : 0;
    last = key;
    if (same >= 10) resolve(true); else requestAnimationFrame(tick);
  };
  tick();
})"""


def press(frame, name: str) -> None:
    frame.owner.page.evaluate(FRAME_SETTLED)
    frame.get_by_role("button", name=name).click()


def answer(frame, position: int, correct: bool) -> None:
    scam = ANSWERS[position] if correct else not ANSWERS[position]
    expect(frame.get_by_text(f"Tin {position + 1} / {len(ANSWERS)}")).to_be_visible()
    press(frame, "Lừa đảo" if scam else "Đáng tin")
    expect(frame.locator(".hsc-feedback.is-shown")).to_be_visible()


def test_upload_approve_play_score_and_resume(site_tree, live_server, browser, phone, cast_users):
    from wagtail.models import Site

    SHOTS.mkdir(parents=True, exist_ok=True)
    host, port = live_server.url.split("//")[1].split(":")
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))

    # An administrator uploads the package; it waits until its library version is approved.
    desk = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    admin = desk.new_page()
    signed_in(desk, cast_users["admin"], live_server.url)
    admin.goto(f"{live_server.url}/quan-tri/snippets/courses/h5pitem/add/")
    admin.set_input_files(
        "input[name=package]",
        files=[
            {"name": "tin-nhan-lua-dao.h5p", "mimeType": "application/zip", "buffer": scam_check_package()}
        ],
    )
    admin.locator("button.action-save").click()
    expect(admin.get_by_text("Chờ duyệt thư viện: HocSo.ScamCheck")).to_be_visible()
    admin.goto(f"{live_server.url}/quan-tri/h5p/thu-vien/")
    admin.get_by_role("link", name="Xem và duyệt").click()
    admin.screenshot(path=str(SHOTS / "h5p-approve.png"), full_page=True)
    admin.get_by_role("button", name="Duyệt thư viện này").click()
    expect(admin.get_by_text("Đã duyệt thư viện HocSo.ScamCheck")).to_be_visible()
    desk.close()
    item = H5PItem.objects.get()
    assert item.playable and H5PLibrary.objects.get().approved_by == cast_users["admin"]

    lesson = LessonPage.objects.get(pk=site_tree["lessons"][0].pk)
    lesson.body.append(("h5p", {"item": item, "intro": "Tin nhắn nào là lừa đảo?"}))
    lesson.save_revision().publish()
    block = next(b["id"] for b in LessonPage.objects.get(pk=lesson.pk).body.raw_data if b["type"] == "h5p")

    learner = cast_users["citizen"]
    enrol(learner, site_tree["course"].pk)
    signed_in(phone.context, learner, live_server.url)
    phone.goto(f"{live_server.url}{lesson.url}")
    phone.locator("iframe.h5p-frame").scroll_into_view_if_needed()
    frame = phone.frame_locator("iframe.h5p-frame")
    expect(frame.get_by_role("button", name="Lừa đảo")).to_be_visible(timeout=15_000)

    # The content runs on the other origin: no cookies, no reach into the lesson page.
    player = next(f for f in phone.frames if "h5p.localhost" in f.url)
    assert player.evaluate("document.cookie") == ""
    assert (
        player.evaluate("() => { try { return window.parent.document.title; } catch (e) { return 'chặn'; } }")
        == "chặn"
    )

    answer(frame, 0, correct=True)
    press(frame, "Tin tiếp theo")
    answer(frame, 1, correct=False)
    phone.screenshot(path=str(SHOTS / "h5p-playing.png"), full_page=True)
    wait_for(
        lambda: (
            '"answers"'
            in (H5PState.objects.filter(user=learner).values_list("state", flat=True).first() or "")
            and json.loads(H5PState.objects.get(user=learner).state)["answers"][1] is not None
        ),
        phone,
    )

    # A reload resumes: both answers are kept and the learner goes on from the third message.
    phone.reload()
    frame = phone.frame_locator("iframe.h5p-frame")
    expect(frame.get_by_text("Tin 2 / 7")).to_be_visible(timeout=15_000)
    press(frame, "Tin tiếp theo")
    for position in range(2, len(ANSWERS)):
        answer(frame, position, correct=True)
        label = "Xem kết quả" if position == len(ANSWERS) - 1 else "Tin tiếp theo"
        press(frame, label)
    expect(frame.get_by_text(f"Bạn nhận ra đúng {len(ANSWERS) - 1} trên {len(ANSWERS)} tin.")).to_be_visible()
    phone.screenshot(path=str(SHOTS / "h5p-result.png"), full_page=True)

    result = wait_for(lambda: H5PResult.objects.filter(user=learner, block=block).first(), phone)
    assert result.best_scaled == pytest.approx((len(ANSWERS) - 1) / len(ANSWERS))
    verbs = set(
        Statement.objects.filter(user=learner, verb__contains="/verbs/").values_list("verb", flat=True)
    )
    assert {"http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/completed"} <= verbs
    progress = LessonProgress.objects.get(user=learner, lesson=lesson)
    assert block in progress.practice_done

    # Leaving the lesson sends its last reports (time spent, state); let them land before the test's
    # database is emptied, or PostgreSQL sees the cleanup and a late request deadlock.
    phone.goto("about:blank")
    phone.wait_for_timeout(1500)
