"""The learner's quiz pages: the whole path without JavaScript, autosave, and every refusal."""

import datetime as dt
import json
import re
import uuid

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from quizzes.attempts import DEADLINE_GRACE, open_tab, start_or_resume, submit
from quizzes.models import Attempt, AttemptItem, Question, Quiz, QuizKind, QuizPool, ShowAnswers
from quizzes.signals import attempt_submitted
from tests.factories import make_image

TAG = "dich-vu-cong"


def question(block_type: str, value: dict, *, explanation: str = "", tag: str = TAG) -> Question:
    made = Question.objects.create(
        title=f"Câu {block_type}",
        explanation=explanation,
        body=[
            {
                "type": block_type,
                "value": {
                    "stem": f"<p>Đề bài <b>{block_type}</b></p>",
                    "image": None,
                    "image_alt": "",
                    **value,
                },
            }
        ],
    )
    made.tags.add(tag)
    made.save()
    return made


def options(*pairs) -> list:
    return [
        {"type": "item", "id": f"o{number}", "value": {"text": text, "image": None, "correct": correct}}
        for number, (text, correct) in enumerate(pairs, 1)
    ]


@pytest.fixture
def quiz(db):
    question(
        "single",
        {
            "options": options(
                ("Cổng sai", False), ("Cổng Dịch vụ công quốc gia", True), ("Mạng xã hội", False)
            )
        },
        explanation="<p>Chỉ dùng cổng chính thức.</p>",
    )
    question(
        "multiple",
        {
            "options": options(
                ("Mật khẩu mạnh", True), ("Cho người lạ mã OTP", False), ("Bật xác thực", True)
            ),
            "partial_credit": False,
        },
    )
    question("true_false", {"correct": "false"})
    question("ordering", {"steps": ["Đăng nhập VNeID", "Chọn thủ tục", "Nộp hồ sơ"], "partial_credit": False})
    question(
        "matching",
        {
            "pairs": [{"left": "VNeID", "right": "Định danh"}, {"left": "VietQR", "right": "Chuyển khoản"}],
            "partial_credit": False,
        },
    )
    question(
        "short_text",
        {
            "accepted": ["dichvucong.gov.vn"],
            "ignore_case": True,
            "ignore_spacing": True,
            "ignore_diacritics": False,
        },
    )
    quiz = Quiz.objects.create(
        title="Kiểm tra Dịch vụ công", pass_mark=80, time_limit_minutes=20, max_attempts=3, wait_minutes=0
    )
    QuizPool.objects.create(quiz=quiz, tag=TAG, count=6)
    return quiz


@pytest.fixture
def learner(cast_users):
    return cast_users["citizen"]


@pytest.fixture
def client(learner):
    client = Client()
    client.force_login(learner)
    return client


def items_of(attempt: Attempt) -> list[AttemptItem]:
    return list(attempt.items.select_related("version").order_by("position"))


def fields_for(item: AttemptItem, right: bool = True) -> dict:
    """The form fields a learner fills in for one question, answering it right or wrong."""
    spec, display, prefix = item.version.spec, item.version.display, f"q{item.position}"
    kind = spec["type"]
    if kind == "single":
        wrong = next(o["id"] for o in spec["options"] if o["id"] not in spec["correct"])
        return {prefix: spec["correct"][0] if right else wrong}
    if kind == "multiple":
        return {prefix: spec["correct"] if right else [o["id"] for o in spec["options"]]}
    if kind == "true_false":
        return {prefix: str(spec["correct"] if right else not spec["correct"]).lower()}
    if kind == "ordering":
        order = spec["correct_order"] if right else list(reversed(spec["correct_order"]))
        return {f"{prefix}-{step}": str(place) for place, step in enumerate(order, 1)}
    if kind == "matching":
        rights = [pair["right"] for pair in spec["pairs"]]
        if not right:
            rights = rights[1:] + rights[:1]
        return {f"{prefix}-{pair['left']}": r for pair, r in zip(spec["pairs"], rights, strict=True)}
    if kind == "short_text":
        return {prefix: "  DichVuCong.gov.vn " if right else "không biết"}
    raise AssertionError(display)


def page_fields(html: str) -> dict:
    """The hidden fields of the attempt form, as a browser would send them back."""
    return {
        name: re.search(rf'name="{name}" value="([^"]*)"', html).group(1) for name in ("tab", "seq", "key")
    }


def start(client, quiz) -> Attempt:
    response = client.post(reverse("quizzes:start", args=[quiz.pk]))
    attempt = Attempt.objects.get(quiz=quiz, submitted_at=None)
    assert response.status_code == 302 and response["Location"] == reverse(
        "quizzes:attempt", args=[attempt.pk]
    )
    return attempt


def open_page(client, attempt) -> tuple[str, dict]:
    response = client.get(reverse("quizzes:attempt", args=[attempt.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    return html, page_fields(html)


def autosave(client, attempt, **body):
    return client.post(
        reverse("quizzes:save", args=[attempt.pk]), data=json.dumps(body), content_type="application/json"
    )


# --- the whole path without JavaScript ----------------------------------------------------------------


def test_a_learner_starts_answers_submits_and_reviews_without_javascript(client, quiz, learner):
    intro = client.get(reverse("quizzes:quiz", args=[quiz.pk])).content.decode()
    assert "Kiểm tra Dịch vụ công" in intro and "Bắt đầu làm bài" in intro
    assert re.search(r"Số câu hỏi</strong>\s*6", intro) and "80% số điểm" in intro and "20 phút" in intro
    assert "0 / 3" in intro

    attempt = start(client, quiz)
    page = client.get(reverse("quizzes:attempt", args=[attempt.pk]))
    html, hidden = page.content.decode(), page_fields(page.content.decode())
    assert "no-store" in page["Cache-Control"]
    attempt.refresh_from_db()
    assert hidden["tab"] == str(attempt.active_tab)
    items = items_of(attempt)
    # One fieldset per question, numbered, in attempt order, each stem rendered as rich text.
    assert [int(p) for p in re.findall(r'data-position="(\d+)"', html)] == [i.position for i in items]
    assert "Câu 1/6" in html and "Câu 6/6" in html and "<b>single</b>" in html
    single = next(i for i in items if i.version.spec["type"] == "single")
    shown = re.findall(rf'name="q{single.position}" value="(\w+)"', html)
    assert shown == single.option_order
    assert "Đúng" in html and "Sai" in html and "Vị trí 3" in html and "Chuyển khoản" in html
    assert 'data-countdown data-remaining="' in html

    answers = {}
    for item in items:
        answers.update(fields_for(item, right=True))
    response = client.post(
        reverse("quizzes:submit", args=[attempt.pk]), {**answers, "tab": hidden["tab"], "key": hidden["key"]}
    )
    assert response.status_code == 302 and response["Location"] == reverse(
        "quizzes:review", args=[attempt.pk]
    )
    attempt.refresh_from_db()
    assert (
        attempt.submitted_at is not None
        and attempt.passed is True
        and attempt.score == attempt.max_score == 6
    )
    assert all(item.correct for item in attempt.items.all())

    review = client.get(response["Location"]).content.decode()
    assert "Đạt" in review and "6/6 điểm (100%)" in review
    assert "Chỉ dùng cổng chính thức." in review and "Cổng Dịch vụ công quốc gia" in review
    assert "DichVuCong.gov.vn" in review and "VNeID → Định danh" in review

    intro = client.get(reverse("quizzes:quiz", args=[quiz.pk])).content.decode()
    assert "1 / 3" in intro and reverse("quizzes:review", args=[attempt.pk]) in intro and "Làm lại" in intro
    # The submitted attempt's page now leads to its result, and no browser or back button keeps a copy.
    again = client.get(reverse("quizzes:attempt", args=[attempt.pk]))
    assert again.status_code == 302 and again["Location"] == reverse("quizzes:review", args=[attempt.pk])


def test_history_shows_the_local_date_score_and_result(client, quiz, learner):
    attempt = start_or_resume(learner, quiz)
    submit(attempt, user=learner, key=uuid.uuid4(), answers={})
    Attempt.objects.filter(pk=attempt.pk).update(submitted_at=dt.datetime(2026, 3, 1, 20, 30, tzinfo=dt.UTC))
    intro = client.get(reverse("quizzes:quiz", args=[quiz.pk])).content.decode()
    assert "02/03/2026 03:30" in intro and "Chưa đạt" in intro and "0%" in intro


def test_the_page_shows_saved_answers_and_every_render_takes_over_from_older_pages(client, quiz, learner):
    attempt = start(client, quiz)
    _html, first = open_page(client, attempt)
    items = {i.version.spec["type"]: i for i in items_of(attempt)}
    short, ordering = items["short_text"], items["ordering"]
    for item, answer in (
        (short, {"text": "cổng dịch vụ"}),
        (ordering, {"order": list(reversed(ordering.version.spec["correct_order"]))}),
    ):
        response = autosave(client, attempt, tab=first["tab"], position=item.position, answer=answer, seq=5)
        assert response.status_code == 200 and response.json() == {"ok": True, "seq": 5}
    html, second = open_page(client, attempt)
    assert second["tab"] != first["tab"] and second["seq"] == "5"
    assert f'name="q{short.position}" value="cổng dịch vụ"' in html
    last_step = ordering.version.spec["correct_order"][-1]
    assert re.search(rf'name="q{ordering.position}-{last_step}"[^>]*>.*?<option value="1" selected>', html)


def test_an_answer_that_cannot_be_read_shows_the_page_again_with_what_was_typed(client, quiz, learner):
    attempt = start(client, quiz)
    _html, hidden = open_page(client, attempt)
    items = {i.version.spec["type"]: i for i in items_of(attempt)}
    ordering, short = items["ordering"], items["short_text"]
    steps = ordering.version.spec["correct_order"]
    data = {
        f"q{ordering.position}-{steps[0]}": "1",
        f"q{ordering.position}-{steps[1]}": "1",
        f"q{ordering.position}-{steps[2]}": "2",
        f"q{short.position}": "tôi đã gõ câu này",
        "tab": hidden["tab"],
        "key": hidden["key"],
    }
    response = client.post(reverse("quizzes:submit", args=[attempt.pk]), data)
    html = response.content.decode()
    assert response.status_code == 200 and "Hai bước không thể cùng một vị trí" in html
    assert "tôi đã gõ câu này" in html and "bài chưa được nộp" in html
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and not attempt.items.exclude(answer=None).exists()

    data[f"q{ordering.position}-{steps[2]}"] = ""
    data[f"q{ordering.position}-{steps[1]}"] = "2"
    html = client.post(reverse("quizzes:submit", args=[attempt.pk]), data).content.decode()
    assert "Hãy chọn vị trí cho tất cả các bước." in html
    assert Attempt.objects.get(pk=attempt.pk).submitted_at is None


def test_a_score_sent_by_the_client_is_ignored(client, quiz, learner):
    attempt = start(client, quiz)
    _html, hidden = open_page(client, attempt)
    data = {"tab": hidden["tab"], "key": hidden["key"], "score": "6", "percent": "100", "passed": "true"}
    for item in items_of(attempt):
        data.update(fields_for(item, right=False))
    client.post(reverse("quizzes:submit", args=[attempt.pk]), data)
    attempt.refresh_from_db()
    assert attempt.submitted_at is not None and attempt.score == 0 and attempt.passed is False


def test_a_double_tap_on_submit_grades_once(client, quiz, learner, django_capture_on_commit_callbacks):
    attempt = start(client, quiz)
    _html, hidden = open_page(client, attempt)
    data = {"tab": hidden["tab"], "key": hidden["key"]}
    for item in items_of(attempt):
        data.update(fields_for(item, right=True))
    url = reverse("quizzes:submit", args=[attempt.pk])
    graded = []

    def count(sender, attempt, **kwargs):
        graded.append(attempt.pk)

    attempt_submitted.connect(count)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            first = client.post(url, data)
        attempt.refresh_from_db()
        submitted_at = attempt.submitted_at
        with django_capture_on_commit_callbacks(execute=True):
            second = client.post(url, data)
    finally:
        attempt_submitted.disconnect(count)
    review = reverse("quizzes:review", args=[attempt.pk])
    assert first["Location"] == second["Location"] == review
    assert graded == [attempt.pk]
    attempt.refresh_from_db()
    assert attempt.submitted_at == submitted_at and attempt.score == 6

    # The same key with other answers is refused, and the result stays as it was.
    changed = {**data, **fields_for(items_of(attempt)[0], right=False)}
    response = client.post(url, changed, follow=True)
    assert "Yêu cầu nộp bài này đã được dùng với câu trả lời khác." in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.score == 6 and attempt.submitted_at == submitted_at


def test_submitting_from_an_older_page_is_refused_and_changes_nothing(client, quiz, learner):
    attempt = start(client, quiz)
    _html, old = open_page(client, attempt)
    open_page(client, attempt)
    data = {"tab": old["tab"], "key": old["key"]}
    for item in items_of(attempt):
        data.update(fields_for(item, right=True))
    response = client.post(reverse("quizzes:submit", args=[attempt.pk]), data, follow=True)
    assert response.redirect_chain[-1][0] == reverse("quizzes:attempt", args=[attempt.pk])
    assert "Bài làm này đang mở ở một trang khác" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and not attempt.items.exclude(answer=None).exists()


def test_after_the_deadline_only_answers_saved_in_time_are_graded(client, quiz, learner):
    attempt = start(client, quiz)
    _html, hidden = open_page(client, attempt)
    items = items_of(attempt)
    first = items[0]
    # One answer is kept in time, through the page's "Lưu tạm" button (no JavaScript).
    response = client.post(
        reverse("quizzes:save_page", args=[attempt.pk]),
        {**fields_for(first, right=True), "tab": hidden["tab"]},
    )
    assert response["Location"] == reverse("quizzes:attempt", args=[attempt.pk])
    first.refresh_from_db()
    assert first.answer is not None
    Attempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - DEADLINE_GRACE - dt.timedelta(seconds=1)
    )
    html = client.get(reverse("quizzes:attempt", args=[attempt.pk])).content.decode()
    assert "Đã hết giờ làm bài" in html
    data = {"tab": hidden["tab"], "key": hidden["key"]}
    for item in items:
        data.update(fields_for(item, right=True))
    response = client.post(reverse("quizzes:submit", args=[attempt.pk]), data, follow=True)
    attempt.refresh_from_db()
    assert attempt.expired is True and attempt.score == 1 and attempt.passed is False
    assert "Bài được nộp khi đã hết giờ" in response.content.decode()


def test_the_save_button_keeps_what_can_be_kept_and_says_what_cannot(client, quiz, learner):
    attempt = start(client, quiz)
    _html, hidden = open_page(client, attempt)
    items = {i.version.spec["type"]: i for i in items_of(attempt)}
    ordering, short = items["ordering"], items["short_text"]
    steps = ordering.version.spec["correct_order"]
    data = {
        "tab": hidden["tab"],
        f"q{short.position}": "dịch vụ công",
        **{f"q{ordering.position}-{step}": "1" for step in steps},
    }
    response = client.post(reverse("quizzes:save_page", args=[attempt.pk]), data)
    html = response.content.decode()
    assert response.status_code == 200 and "Hai bước không thể cùng một vị trí" in html
    short.refresh_from_db()
    ordering.refresh_from_db()
    assert short.answer == {"text": "dịch vụ công"} and ordering.answer is None

    # From a page that is no longer the newest, nothing is kept.
    open_page(client, attempt)
    data[f"q{short.position}"] = "từ trang cũ"
    response = client.post(reverse("quizzes:save_page", args=[attempt.pk]), data, follow=True)
    assert "Bài làm này đang mở ở một trang khác" in response.content.decode()
    short.refresh_from_db()
    assert short.answer == {"text": "dịch vụ công"}


# --- autosave -------------------------------------------------------------------------------------------


def test_autosave_keeps_the_answer_and_a_late_older_save_never_wins(client, quiz, learner):
    attempt = start(client, quiz)
    _html, hidden = open_page(client, attempt)
    item = next(i for i in items_of(attempt) if i.version.spec["type"] == "true_false")
    base = int(hidden["seq"])
    response = autosave(
        client, attempt, tab=hidden["tab"], position=item.position, answer={"value": True}, seq=base + 2
    )
    assert response.status_code == 200 and response.json() == {"ok": True, "seq": base + 2}
    autosave(
        client, attempt, tab=hidden["tab"], position=item.position, answer={"value": False}, seq=base + 1
    )
    item.refresh_from_db()
    assert item.answer == {"value": True} and item.saved_seq == base + 2


@pytest.mark.parametrize(
    ("change", "status", "code", "message"),
    [
        ({"position": 99}, 400, "not_in_attempt", "Câu hỏi này không có trong bài làm của bạn."),
        ({"answer": {"value": "có"}}, 400, "invalid", "Hãy chọn Đúng hoặc Sai."),
        ({"answer": {"value": True, "score": 1}}, 400, "invalid", "trường không dùng"),
        ({"tab": str(uuid.uuid4())}, 409, "stale", "Bài làm này đang mở ở một trang khác"),
        ({"seq": -1}, 400, "malformed", "Dữ liệu lưu câu trả lời không hợp lệ."),
        ({"position": "1"}, 400, "malformed", "Dữ liệu lưu câu trả lời không hợp lệ."),
        ({"extra": 1}, 400, "malformed", "Dữ liệu lưu câu trả lời không hợp lệ."),
    ],
)
def test_a_refused_autosave_says_why_and_changes_nothing(
    client, quiz, learner, change, status, code, message
):
    attempt = start(client, quiz)
    _html, hidden = open_page(client, attempt)
    item = next(i for i in items_of(attempt) if i.version.spec["type"] == "true_false")
    body = {"tab": hidden["tab"], "position": item.position, "answer": {"value": True}, "seq": 1, **change}
    response = autosave(client, attempt, **body)
    assert response.status_code == status
    assert response.json()["code"] == code and message in response.json()["error"]
    assert not attempt.items.exclude(answer=None).exists()


def test_autosave_after_the_deadline_or_the_submit_is_refused(client, quiz, learner):
    attempt = start(client, quiz)
    _html, hidden = open_page(client, attempt)
    body = {"tab": hidden["tab"], "position": 1, "answer": None, "seq": 1}
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - dt.timedelta(minutes=1))
    response = autosave(client, attempt, **body)
    assert response.status_code == 409 and response.json()["code"] == "deadline"
    assert response.json()["error"] == "Đã hết giờ làm bài; câu trả lời này không được lưu."

    Attempt.objects.filter(pk=attempt.pk).update(deadline=None)
    submit(attempt, user=learner, key=uuid.uuid4(), answers={}, tab=hidden["tab"])
    response = autosave(client, attempt, **body)
    assert response.status_code == 409 and response.json()["code"] == "finished"
    assert "Bài làm đã nộp" in response.json()["error"]


def test_autosave_from_an_older_page_is_refused_once_the_page_is_opened_again(client, quiz, learner):
    attempt = start(client, quiz)
    _html, first = open_page(client, attempt)
    _html, second = open_page(client, attempt)
    body = {"position": 1, "answer": None, "seq": 1}
    stale = autosave(client, attempt, tab=first["tab"], **body)
    assert stale.status_code == 409 and stale.json() == {
        "error": "Bài làm này đang mở ở một trang khác. Hãy tải lại trang để làm tiếp.",
        "code": "stale",
    }
    assert autosave(client, attempt, tab=second["tab"], **body).status_code == 200


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe", b"[" * 100000])
def test_autosave_with_a_body_that_is_not_json_gets_a_vietnamese_error(client, quiz, learner, body):
    attempt = start(client, quiz)
    response = client.post(
        reverse("quizzes:save", args=[attempt.pk]), data=body, content_type="application/json"
    )
    assert (
        response.status_code == 400
        and response.json()["error"] == "Dữ liệu gửi lên không đúng định dạng JSON."
    )


def test_autosave_needs_the_csrf_token(quiz, learner):
    attempt = start_or_resume(learner, quiz)
    tab = open_tab(attempt)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(learner)
    response = strict.post(
        reverse("quizzes:save", args=[attempt.pk]),
        data=json.dumps({"tab": str(tab), "position": 1, "answer": None, "seq": 1}),
        content_type="application/json",
    )
    assert response.status_code == 403


# --- who may see what -----------------------------------------------------------------------------------


def test_someone_elses_attempt_is_not_found_on_every_page(quiz, learner, cast_users):
    attempt = start_or_resume(learner, quiz)
    tab = open_tab(attempt)
    other = Client()
    other.force_login(cast_users["official"])
    assert other.get(reverse("quizzes:attempt", args=[attempt.pk])).status_code == 404
    assert other.post(reverse("quizzes:submit", args=[attempt.pk]), {"tab": str(tab)}).status_code == 404
    assert other.post(reverse("quizzes:save_page", args=[attempt.pk]), {"tab": str(tab)}).status_code == 404
    saved = other.post(
        reverse("quizzes:save", args=[attempt.pk]),
        data=json.dumps({"tab": str(tab), "position": 1, "answer": None, "seq": 1}),
        content_type="application/json",
    )
    assert saved.status_code == 404 and saved.json()["code"] == "not_found"
    submit(attempt, user=learner, key=uuid.uuid4(), answers={}, tab=tab)
    assert other.get(reverse("quizzes:review", args=[attempt.pk])).status_code == 404
    attempt.refresh_from_db()
    assert attempt.active_tab == tab and not attempt.items.exclude(answer=None).exists()


def test_anonymous_visitors_are_sent_to_sign_in(quiz, learner):
    attempt = start_or_resume(learner, quiz)
    anonymous = Client()
    login = reverse("learning:login")
    for method, name, args in (
        ("get", "quizzes:quiz", [quiz.pk]),
        ("post", "quizzes:start", [quiz.pk]),
        ("get", "quizzes:attempt", [attempt.pk]),
        ("post", "quizzes:save_page", [attempt.pk]),
        ("post", "quizzes:submit", [attempt.pk]),
        ("get", "quizzes:review", [attempt.pk]),
    ):
        response = getattr(anonymous, method)(reverse(name, args=args))
        assert response.status_code == 302 and response["Location"].startswith(login + "?next="), name
    saved = anonymous.post(
        reverse("quizzes:save", args=[attempt.pk]),
        data=json.dumps({"tab": str(attempt.active_tab), "position": 1, "answer": None, "seq": 1}),
        content_type="application/json",
    )
    assert saved.status_code == 401 and "Phiên đăng nhập đã hết" in saved.json()["error"]
    assert Attempt.objects.count() == 1 and Attempt.objects.get().submitted_at is None


# --- starting -------------------------------------------------------------------------------------------


def test_a_refused_start_shows_the_reason_on_the_quiz_page_and_changes_nothing(client, quiz, learner):
    Quiz.objects.filter(pk=quiz.pk).update(wait_minutes=30)
    first = start(client, quiz)
    submit(first, user=learner, key=uuid.uuid4(), answers={})
    response = client.post(reverse("quizzes:start", args=[quiz.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("quizzes:quiz", args=[quiz.pk])
    assert "Bạn có thể làm lại sau" in response.content.decode()
    assert Attempt.objects.filter(user=learner).count() == 1

    Quiz.objects.filter(pk=quiz.pk).update(wait_minutes=0, max_attempts=1)
    response = client.post(reverse("quizzes:start", args=[quiz.pk]), follow=True)
    assert "Bạn đã dùng hết số lần làm bài kiểm tra này." in response.content.decode()
    assert Attempt.objects.filter(user=learner).count() == 1


def test_while_a_learner_must_wait_the_pages_say_until_when_and_offer_no_retry(client, quiz, learner):
    Quiz.objects.filter(pk=quiz.pk).update(wait_minutes=30)
    first = start(client, quiz)
    submit(first, user=learner, key=uuid.uuid4(), answers={})
    first.refresh_from_db()
    until = timezone.localtime(first.submitted_at + dt.timedelta(minutes=30))
    note = f"Bạn có thể làm lại sau {until:%H:%M} ngày {until:%d/%m/%Y}."
    start_url = reverse("quizzes:start", args=[quiz.pk])
    pages = (reverse("quizzes:quiz", args=[quiz.pk]), reverse("quizzes:review", args=[first.pk]))
    for url in pages:
        html = client.get(url).content.decode()
        assert html.count(note) == 1 and start_url not in html

    # A tap on a button an older page still shows (another tab) is refused; the page says why, once.
    response = client.post(start_url, follow=True)
    assert response.redirect_chain[-1][0] == pages[0]
    assert response.content.decode().count(note) == 1
    assert Attempt.objects.filter(user=learner).count() == 1

    Attempt.objects.filter(pk=first.pk).update(submitted_at=first.submitted_at - dt.timedelta(minutes=30))
    for url in pages:
        html = client.get(url).content.decode()
        assert "Bạn có thể làm lại sau" not in html and start_url in html and "Làm lại" in html


def test_a_final_test_leads_back_to_its_course_once_passed(client, quiz, learner, site_tree):
    course = site_tree["course"]
    Quiz.objects.filter(pk=quiz.pk).update(kind=QuizKind.FINAL, course=course)
    crumb = f'<a href="{course.url}">{course.title}</a>'
    assert crumb in client.get(reverse("quizzes:quiz", args=[quiz.pk])).content.decode()
    outcomes = []
    for right in (False, True):
        attempt = start(client, quiz)
        _html, hidden = open_page(client, attempt)
        data = {"tab": hidden["tab"], "key": hidden["key"]}
        for item in items_of(attempt):
            data.update(fields_for(item, right=right))
        client.post(reverse("quizzes:submit", args=[attempt.pk]), data)
        review = client.get(reverse("quizzes:review", args=[attempt.pk])).content.decode()
        assert crumb in review
        outcomes.append("Về trang khóa học" in review)
    assert outcomes == [False, True]

    # A course learners cannot open is not linked.
    course.unpublish()
    review = client.get(reverse("quizzes:review", args=[attempt.pk])).content.decode()
    assert course.title not in review and "Về trang khóa học" not in review


def test_pressing_start_again_resumes_the_open_attempt(client, quiz, learner):
    attempt = start(client, quiz)
    assert "Làm tiếp" in client.get(reverse("quizzes:quiz", args=[quiz.pk])).content.decode()
    assert start(client, quiz).pk == attempt.pk and Attempt.objects.count() == 1


def test_coming_back_after_the_time_ran_out_shows_the_closed_attempt(client, quiz, learner):
    attempt = start(client, quiz)
    Attempt.objects.filter(pk=attempt.pk).update(started_at=timezone.now() - dt.timedelta(hours=2))
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - dt.timedelta(hours=1))
    response = client.post(reverse("quizzes:start", args=[quiz.pk]))
    assert response["Location"] == reverse("quizzes:review", args=[attempt.pk])
    attempt.refresh_from_db()
    assert attempt.expired is True and attempt.submitted_at is not None


# --- the review -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "right", "shown"),
    [
        (ShowAnswers.AFTER_SUBMIT, False, True),
        (ShowAnswers.AFTER_PASS, False, False),
        (ShowAnswers.AFTER_PASS, True, True),
        (ShowAnswers.NEVER, True, False),
    ],
)
def test_the_review_shows_answers_and_explanations_as_the_quiz_says(
    client, quiz, learner, rule, right, shown
):
    Quiz.objects.filter(pk=quiz.pk).update(show_answers=rule)
    attempt = start(client, quiz)
    _html, hidden = open_page(client, attempt)
    data = {"tab": hidden["tab"], "key": hidden["key"]}
    for item in items_of(attempt):
        data.update(fields_for(item, right=right))
    client.post(reverse("quizzes:submit", args=[attempt.pk]), data)
    attempt.refresh_from_db()
    assert attempt.passed is right
    review = client.get(reverse("quizzes:review", args=[attempt.pk])).content.decode()
    assert ("Đạt" if right else "Chưa đạt") in review
    if not right:
        assert "Bạn đã trả lời:" in review and "không biết" in review
    assert ("Chỉ dùng cổng chính thức." in review) is shown
    assert ("Đáp án đúng:" in review) is shown
    assert ("Cổng Dịch vụ công quốc gia" in review) is (shown or right)


# --- image questions ------------------------------------------------------------------------------------


def test_an_image_tap_without_javascript_is_recorded_in_percent_of_the_image(client, learner):
    image = make_image(size=(560, 1000))
    region = {
        "label": "Đường link lạ",
        "x": 40,
        "y": 40,
        "width": 20,
        "height": 20,
        "hint": "",
        "correct": True,
    }
    question(
        "image_tap",
        {
            "image": image.pk,
            "image_alt": "Tin nhắn giả mạo ngân hàng",
            "regions": [{"type": "item", "id": "r1", "value": region}],
        },
        tag="anh",
        explanation="<p>Đường link không phải của ngân hàng.</p>",
    )
    question(
        "image_choice",
        {
            "image": image.pk,
            "image_alt": "Tin nhắn",
            "options": options(("Lừa đảo", True), ("An toàn", False)),
        },
        tag="anh",
    )
    quiz = Quiz.objects.create(title="Nhận diện lừa đảo", pass_mark=50, shuffle_questions=False)
    QuizPool.objects.create(quiz=quiz, tag="anh", count=2)
    attempt = start(client, quiz)
    html, hidden = open_page(client, attempt)
    tap = next(i for i in items_of(attempt) if i.version.spec["type"] == "image_tap")
    choice = next(i for i in items_of(attempt) if i.version.spec["type"] == "image_choice")
    # The image is drawn at its rendition's size (280 px wide, so 500 px high), never scaled.
    assert re.search(rf'<input type="image" name="q{tap.position}-tap"[^>]*width="280" height="500"', html)
    assert 'alt="Tin nhắn giả mạo ngân hàng"' in html and "<img" in html  # the image_choice picture

    # Tapping posts the tapped pixel; the page keeps the point in percent and shows it again.
    data = {"tab": hidden["tab"], f"q{tap.position}-tap.x": "140", f"q{tap.position}-tap.y": "250"}
    data.update({f"q{choice.position}": choice.version.spec["correct"][0]})
    response = client.post(reverse("quizzes:save_page", args=[attempt.pk]), data)
    assert response["Location"] == reverse("quizzes:attempt", args=[attempt.pk]) + f"#q{tap.position}"
    tap.refresh_from_db()
    choice.refresh_from_db()
    assert tap.answer == {"point": {"x": 50.0, "y": 50.0}}
    assert choice.answer == {"choice": choice.version.spec["correct"][0]}
    html, hidden = open_page(client, attempt)
    assert f'name="q{tap.position}-x" value="50"' in html and "left:50%;top:50%" in html

    response = client.post(
        reverse("quizzes:submit", args=[attempt.pk]),
        {
            "tab": hidden["tab"],
            "key": hidden["key"],
            f"q{tap.position}-x": "50",
            f"q{tap.position}-y": "50",
            f"q{choice.position}": choice.version.spec["correct"][0],
        },
    )
    attempt.refresh_from_db()
    assert attempt.score == 2 and attempt.passed is True
    review = client.get(reverse("quizzes:review", args=[attempt.pk])).content.decode()
    assert "tap-region" in review and "left:40%;top:40%;width:20%;height:20%" in review
    assert "Đường link không phải của ngân hàng." in review


def test_a_point_outside_the_image_is_refused_with_a_message(client, learner):
    image = make_image(size=(320, 320))
    region = {"label": "Nút", "x": 0, "y": 0, "width": 50, "height": 50, "hint": "", "correct": True}
    question(
        "image_tap", {"image": image.pk, "regions": [{"type": "item", "id": "r1", "value": region}]}, tag="o"
    )
    quiz = Quiz.objects.create(title="Chạm", pass_mark=50)
    QuizPool.objects.create(quiz=quiz, tag="o", count=1)
    attempt = start(client, quiz)
    _html, hidden = open_page(client, attempt)
    response = autosave(
        client, attempt, tab=hidden["tab"], position=1, answer={"point": {"x": 120, "y": 5}}, seq=1
    )
    assert response.status_code == 400 and response.json()["error"] == "Điểm chạm nằm ngoài hình."
    html = client.post(
        reverse("quizzes:submit", args=[attempt.pk]),
        {"tab": hidden["tab"], "key": hidden["key"], "q1-x": "abc", "q1-y": "5"},
    ).content.decode()
    assert "Điểm chạm không hợp lệ." in html
    assert Attempt.objects.get(pk=attempt.pk).submitted_at is None
    assert not AttemptItem.objects.exclude(answer=None).exists()
