"""Per-question statistics, computed from real attempts made and submitted through the attempt services."""

import hashlib
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from courses.models import Topic
from quizzes.attempts import open_tab, save_answer, start_or_resume, submit
from quizzes.models import Question, Quiz, QuizPool
from quizzes.statistics import question_statistics, question_statistics_detail
from tests.factories import login_verified

LIST = "/quan-tri/thong-ke-cau-hoi/"


def item(key: str, text: str, value) -> dict:
    # As the demo seeder does: an option's id follows its text, so rewording it makes a new option.
    return {"type": "item", "id": f"{key}-{hashlib.sha256(text.encode()).hexdigest()[:8]}", "value": value}


def option_id(key: str, text: str) -> str:
    return item(key, text, None)["id"]


def choice_body(key: str, stem: str, options: list[tuple[str, bool]], kind: str = "single", **extra) -> list:
    return [
        {
            "type": kind,
            "value": {
                "stem": f"<p>{stem}</p>",
                "image": None,
                "image_alt": "",
                "options": [
                    item(key, text, {"text": text, "image": None, "correct": correct})
                    for text, correct in options
                ],
                **extra,
            },
        }
    ]


def make_question(title: str, body: list, tag: str, **fields) -> Question:
    question = Question.objects.create(title=title, body=body, **fields)
    question.tags.add(tag)
    question.save()
    return question


def make_quiz(title: str, tag: str, count: int) -> Quiz:
    quiz = Quiz.objects.create(title=title, pass_mark=50, shuffle_questions=True, shuffle_options=True)
    QuizPool.objects.create(quiz=quiz, tag=tag, count=count)
    return quiz


_phones = iter(range(912_600_000, 912_700_000))


def learner(name: str = "Người học"):
    return get_user_model().objects.create_user(f"0{next(_phones)}", full_name=name)


def take(quiz: Quiz, answers: dict, *, user=None, finish: bool = True):
    """One learner's attempt, answered question by question as the page autosaves; answers maps a
    question's pk to its answer JSON (a question left out stays blank)."""
    user = user or learner()
    attempt = start_or_resume(user, quiz)
    tab = open_tab(attempt)
    for entry in attempt.items.select_related("version"):
        answer = answers.get(entry.version.question_id)
        if answer is not None:
            save_answer(attempt.pk, user=user, tab=tab, position=entry.position, answer=answer, seq=1)
    if finish:
        submit(attempt, user=user, key=uuid.uuid4(), answers={}, tab=tab)
    return attempt


def by_id(rows, question: Question):
    return next(row for row in rows if row.question_id == question.pk)


SCAM = [
    ("Báo cho công an xã", True),
    ("Đọc mã OTP cho họ", False),
    ("Chuyển tiền ngay", False),
    ("Bỏ qua", False),
]


@pytest.fixture
def scam(db):
    question = make_question(
        "Cuộc gọi giả danh công an",
        choice_body("otp", "Có người gọi tự xưng công an, bạn làm gì?", SCAM),
        "lua-dao",
        points=2,
    )
    return question, make_quiz("Nhận diện lừa đảo", "lua-dao", 1)


def pick(text: str) -> dict:
    return {"choice": option_id("otp", text)}


# --- figures ---------------------------------------------------------------------------------------------


def test_six_learners_on_a_single_choice_question_give_exact_figures(scam):
    question, quiz = scam
    for text in ("Báo cho công an xã", "Báo cho công an xã", "Đọc mã OTP cho họ", "Đọc mã OTP cho họ",
                 "Đọc mã OTP cho họ", "Chuyển tiền ngay"):  # fmt: skip
        take(quiz, {question.pk: pick(text)})
    # Still working: an answer saved in an open attempt is not an answer yet.
    take(quiz, {question.pk: pick("Chuyển tiền ngay")}, finish=False)

    row = by_id(question_statistics(), question)
    assert row.attempts == 6 and row.fully_correct == 2
    assert row.percent_correct == pytest.approx(100 * 2 / 6)
    assert row.score == 4 and row.max_score == 12  # 2 points each
    assert row.facility == pytest.approx(100 * 4 / 12)
    assert row.top_wrong.label == "Đọc mã OTP cho họ"
    assert row.top_wrong.count == 3 and row.top_wrong.share == pytest.approx(50)
    assert row.enough_data

    detail = question_statistics_detail(question_id=question.pk)
    (variant,) = detail.variants
    assert variant.numbers == (1,) and variant.attempts == 6
    assert [(r.label, r.count, r.correct) for r in variant.rows] == [
        ("Báo cho công an xã", 2, True),
        ("Đọc mã OTP cho họ", 3, False),
        ("Chuyển tiền ngay", 1, False),
        ("Bỏ qua", 0, False),
        ("Bỏ trống", 0, False),
    ]
    assert variant.rows[1].percent == pytest.approx(50)


def test_a_blank_answer_counts_as_an_attempt_but_not_as_a_wrong_option(scam):
    question, quiz = scam
    take(quiz, {question.pk: pick("Chuyển tiền ngay")})
    take(quiz, {})
    take(quiz, {question.pk: {"choice": None}})

    row = by_id(question_statistics(), question)
    assert row.attempts == 3 and row.fully_correct == 0 and row.facility == 0
    assert (row.top_wrong.label, row.top_wrong.count) == ("Chuyển tiền ngay", 1)
    assert not row.enough_data
    rows = question_statistics_detail(question_id=question.pk).variants[0].rows
    assert (rows[-1].label, rows[-1].count, rows[-1].blank) == ("Bỏ trống", 2, True)


def test_the_number_of_queries_does_not_grow_with_the_attempts(scam):
    question, quiz = scam
    for _ in range(3):
        take(quiz, {question.pk: pick("Bỏ qua")})

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            question_statistics(quiz=quiz)
            question_statistics_detail(question_id=question.pk)
        return len(captured)

    before = queries()
    for text in ("Chuyển tiền ngay", "Báo cho công an xã", "Đọc mã OTP cho họ", "Bỏ qua"):
        take(quiz, {question.pk: pick(text)})
    assert queries() == before
    assert by_id(question_statistics(quiz=quiz), question).attempts == 7


def test_an_edited_question_aggregates_across_versions_and_splits_where_options_changed(scam):
    question, quiz = scam
    for text in ("Báo cho công an xã", "Đọc mã OTP cho họ", "Đọc mã OTP cho họ"):
        take(quiz, {question.pk: pick(text)})

    # Only the stem changes: the options keep their ids and texts, so the answers stay in one table.
    question.body = choice_body("otp", "Một người gọi video, mặc áo công an, bạn làm gì?", SCAM)
    question.save()
    assert question.current_version.number == 2
    for text in ("Đọc mã OTP cho họ", "Chuyển tiền ngay"):
        take(quiz, {question.pk: pick(text)})

    # One option reworded: a new option id, so a new table.
    reworded = [*SCAM[:2], ("Chuyển khoản theo hướng dẫn", False), SCAM[3]]
    question.body = choice_body("otp", "Một người gọi video, mặc áo công an, bạn làm gì?", reworded)
    question.save()
    assert question.current_version.number == 3
    for text in ("Chuyển khoản theo hướng dẫn", "Báo cho công an xã"):
        take(quiz, {question.pk: pick(text)})

    row = by_id(question_statistics(), question)
    assert row.attempts == 7 and row.fully_correct == 2
    assert row.facility == pytest.approx(100 * 2 / 7)
    assert (row.top_wrong.label, row.top_wrong.count) == ("Đọc mã OTP cho họ", 3)
    assert row.top_wrong.share == pytest.approx(100 * 3 / 7)

    newest, older = question_statistics_detail(question_id=question.pk).variants
    assert newest.numbers == (3,) and newest.attempts == 2
    assert {r.label: r.count for r in newest.rows} == {
        "Báo cho công an xã": 1,
        "Đọc mã OTP cho họ": 0,
        "Chuyển khoản theo hướng dẫn": 1,
        "Bỏ qua": 0,
        "Bỏ trống": 0,
    }
    assert older.numbers == (1, 2) and older.attempts == 5
    assert {r.label: r.count for r in older.rows} == {
        "Báo cho công an xã": 1,
        "Đọc mã OTP cho họ": 3,
        "Chuyển tiền ngay": 1,
        "Bỏ qua": 0,
        "Bỏ trống": 0,
    }


def test_an_option_only_some_versions_offered_is_measured_against_those_versions(scam):
    question, quiz = scam
    for _ in range(4):
        take(quiz, {question.pk: pick("Báo cho công an xã")})
    question.body = choice_body("otp", "Bạn làm gì?", [*SCAM[:3], ("Bấm vào đường link họ gửi", False)])
    question.save()
    link = {"choice": option_id("otp", "Bấm vào đường link họ gửi")}
    take(quiz, {question.pk: link})
    take(quiz, {question.pk: link})

    row = by_id(question_statistics(), question)
    assert (row.top_wrong.label, row.top_wrong.count) == ("Bấm vào đường link họ gửi", 2)
    assert row.top_wrong.share == pytest.approx(100)  # of the 2 attempts that were offered it, not of 6


@pytest.fixture
def mixed(db):
    """One quiz asking a true/false, a short text, a partial-credit multiple choice and an ordering question."""
    true_false = make_question(
        "Ngân hàng không hỏi OTP",
        [{"type": "true_false", "value": {"stem": "<p>Ngân hàng có thể hỏi mã OTP qua điện thoại.</p>",
                                          "image": None, "image_alt": "", "correct": "false"}}],
        "hon-hop",
    )  # fmt: skip
    short = make_question(
        "Địa chỉ cổng dịch vụ công",
        [{"type": "short_text", "value": {"stem": "<p>Địa chỉ Cổng Dịch vụ công quốc gia?</p>", "image": None,
          "image_alt": "", "accepted": ["dichvucong.gov.vn"], "ignore_case": True, "ignore_spacing": True,
          "ignore_diacritics": False}}],
        "hon-hop",
    )  # fmt: skip
    safe = [("Mật khẩu dài", True), ("Xác thực hai bước", True), ("Dùng chung mật khẩu", False), ("Ghi ra giấy dán màn hình", False)]  # fmt: skip
    multiple = make_question(
        "Giữ tài khoản an toàn", choice_body("an-toan", "Cách nào giữ tài khoản an toàn?", safe, "multiple",
                                             partial_credit=True), "hon-hop"
    )  # fmt: skip
    steps = ["Đăng nhập VNeID", "Chọn thủ tục", "Nộp hồ sơ"]
    ordering = make_question(
        "Các bước nộp hồ sơ",
        [{"type": "ordering", "value": {"stem": "<p>Xếp các bước</p>", "image": None, "image_alt": "",
          "steps": [item("nop", s, s) for s in steps], "partial_credit": False}}],
        "hon-hop",
    )  # fmt: skip
    return {
        "quiz": make_quiz("Ôn tập tổng hợp", "hon-hop", 4),
        "true_false": true_false,
        "short": short,
        "multiple": multiple,
        "ordering": ordering,
        "ticks": lambda *texts: {"choices": [option_id("an-toan", t) for t in texts]},
        "order": lambda *texts: {"order": [option_id("nop", t) for t in texts]},
    }


def test_each_type_reports_its_most_common_wrong_answer(mixed):
    m = mixed
    right_order = m["order"]("Đăng nhập VNeID", "Chọn thủ tục", "Nộp hồ sơ")
    swapped = m["order"]("Chọn thủ tục", "Đăng nhập VNeID", "Nộp hồ sơ")
    answers = [
        (True, "dichvucong.gov.vn", ("Mật khẩu dài", "Xác thực hai bước"), right_order),
        (False, "DichVuCong.gov.vn ", ("Mật khẩu dài",), swapped),
        (True, "dvc.gov.vn", ("Mật khẩu dài", "Dùng chung mật khẩu"), swapped),
        (True, "  DVC.gov.vn", ("Dùng chung mật khẩu",), right_order),
        (False, "cổng dịch vụ công", ("Mật khẩu dài", "Xác thực hai bước", "Dùng chung mật khẩu"), swapped),
    ]
    for value, text, ticks, order in answers:
        take(
            m["quiz"],
            {
                m["true_false"].pk: {"value": value},
                m["short"].pk: {"text": text},
                m["multiple"].pk: m["ticks"](*ticks),
                m["ordering"].pk: order,
            },
        )
    rows = question_statistics(quiz=m["quiz"])
    assert {row.attempts for row in rows} == {5}

    true_false = by_id(rows, m["true_false"])
    assert (true_false.top_wrong.label, true_false.top_wrong.count) == ("Đúng", 3)
    assert true_false.top_wrong.share == pytest.approx(60) and true_false.facility == pytest.approx(40)

    short = by_id(rows, m["short"])
    assert short.fully_correct == 2  # case and spacing are ignored, as the question asks
    assert (short.top_wrong.label, short.top_wrong.count) == ("dvc.gov.vn", 2)

    multiple = by_id(rows, m["multiple"])
    # Partial credit: 1 + 1/2 + 0 + 0 + 1/2 of 5 points; only one learner was fully right.
    assert multiple.facility == pytest.approx(40) and multiple.percent_correct == pytest.approx(20)
    assert (multiple.top_wrong.label, multiple.top_wrong.count) == ("Dùng chung mật khẩu", 3)

    ordering = by_id(rows, m["ordering"])
    assert (ordering.top_wrong.label, ordering.top_wrong.count) == ("Sai thứ tự", 3)
    assert ordering.facility == pytest.approx(40)

    short_rows = question_statistics_detail(question_id=m["short"].pk).variants[0].rows
    assert [(r.label, r.count, r.correct) for r in short_rows] == [
        ("dichvucong.gov.vn", 2, True),
        ("dvc.gov.vn", 2, False),
        ("cổng dịch vụ công", 1, False),
        ("Bỏ trống", 0, False),
    ]
    multiple_detail = question_statistics_detail(question_id=m["multiple"].pk).variants[0]
    assert multiple_detail.several_per_attempt
    assert [r.count for r in multiple_detail.rows] == [4, 2, 3, 0, 0]


def test_a_multiple_choice_answer_missing_a_right_option_is_named_so(mixed):
    m = mixed
    take(m["quiz"], {m["multiple"].pk: m["ticks"]("Mật khẩu dài")})
    row = by_id(question_statistics(quiz=m["quiz"]), m["multiple"])
    assert (row.top_wrong.label, row.top_wrong.count) == ("Chọn thiếu phương án đúng", 1)


# --- scope and order -------------------------------------------------------------------------------------


def test_statistics_follow_the_quiz_and_topic_filters(scam, site_tree):
    question, quiz = scam
    topic = Topic.objects.get(slug="thanh-toan")
    question.topic = topic
    question.save()
    other = make_quiz("Bài kiểm tra cuối khóa", "lua-dao", 1)
    elsewhere = make_question(
        "Không thuộc chủ đề", choice_body("x", "Câu khác", [("A", True), ("B", False)]), "khac"
    )
    for _ in range(2):
        take(quiz, {question.pk: pick("Báo cho công an xã")})
    for _ in range(3):
        take(other, {question.pk: pick("Bỏ qua")})

    assert by_id(question_statistics(quiz=quiz), question).facility == 100
    assert by_id(question_statistics(quiz=other), question).facility == 0
    assert by_id(question_statistics(), question).attempts == 5
    assert [row.question_id for row in question_statistics(quiz=quiz)] == [question.pk]
    assert [row.question_id for row in question_statistics(topic_id=topic.pk)] == [question.pk]
    assert by_id(question_statistics(), elsewhere).attempts == 0

    detail = question_statistics_detail(question_id=question.pk, quiz=other)
    assert detail.stats.attempts == 3
    assert [(q.title, q.attempts, q.fully_correct, q.facility) for q in detail.quizzes] == [
        ("Bài kiểm tra cuối khóa", 3, 0, 0),
        ("Nhận diện lừa đảo", 2, 2, 100),
    ]


def test_hardest_come_first_and_questions_with_few_answers_follow_flagged(db):
    easy, hard, few = (
        make_question(title, choice_body(key, title, [("Đúng", True), ("Sai", False)]), key)
        for key, title in (("de", "Câu dễ"), ("kho", "Câu khó"), ("it", "Câu ít người làm"))
    )
    unanswered = make_question(
        "Câu chưa ai làm", choice_body("moi", "?", [("Có", True), ("Không", False)]), "moi"
    )
    for question, right in ((easy, 5), (hard, 1), (few, 0)):
        quiz = make_quiz(question.title, question.tags.first().slug, 1)
        total = 2 if question is few else 5
        for number in range(total):
            text = "Đúng" if number < right else "Sai"
            take(quiz, {question.pk: {"choice": option_id(quiz.pools.first().tag, text)}})

    hardest = question_statistics()
    assert [row.question_id for row in hardest] == [hard.pk, easy.pk, few.pk, unanswered.pk]
    assert [row.enough_data for row in hardest] == [True, True, False, False]
    easiest = question_statistics(order="de-nhat")
    assert [row.question_id for row in easiest] == [easy.pk, hard.pk, few.pk, unanswered.pk]


# --- the admin pages -------------------------------------------------------------------------------------


@pytest.fixture
def trainers(site_tree, cast_users):
    from courses.editorial import editorial_setup
    from learning.cast import REVIEWERS_GROUP, TRAINERS_GROUP

    editorial_setup(
        catalogue=site_tree["catalogue"], trainers_group=TRAINERS_GROUP, reviewers_group=REVIEWERS_GROUP
    )
    allowed = cast_users["trainer"]
    allowed.user_permissions.add(
        Permission.objects.get(codename="change_question", content_type__app_label="quizzes")
    )
    # Someone who may use the admin (for pages, say) but not change questions.
    refused = learner("Biên tập viên trang")
    refused.is_staff = True
    refused.save(update_fields=["is_staff"])
    refused.user_permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
    )
    return {"allowed": get_user_model().objects.get(pk=allowed.pk), "refused": refused}


def test_only_those_who_may_change_questions_see_the_statistics(client, trainers, scam):
    question, _quiz = scam
    detail = f"{LIST}{question.pk}/"
    login_verified(client, trainers["refused"])
    assert client.get("/quan-tri/").status_code == 200  # in the admin, just not among the questions
    refused = client.get(LIST)
    assert refused.status_code == 403
    assert "Bạn không có quyền xem thống kê câu hỏi" in refused.content.decode()
    assert client.get(detail).status_code == 403
    client.logout()

    assert client.get(LIST).status_code == 302  # to the sign-in page
    login_verified(client, trainers["allowed"])
    assert client.get(LIST).status_code == 200
    assert client.get(detail).status_code == 200
    assert client.get(f"{LIST}999999/").status_code == 404


def test_the_menu_shows_the_statistics_after_the_question_bank_only_to_those_allowed(trainers):
    from wagtail.admin.menu import admin_menu

    def names(user) -> list[str]:
        request = RequestFactory().get("/quan-tri/")
        request.user = user
        return [
            item.name for item in sorted(admin_menu.menu_items_for_request(request), key=lambda i: i.order)
        ]

    allowed = names(trainers["allowed"])
    assert allowed.index("question-statistics") == allowed.index("ngan-hang-cau-hoi") + 1
    assert "question-statistics" not in names(trainers["refused"])


def test_the_list_page_shows_the_figures_in_vietnamese(client, trainers, scam):
    question, quiz = scam
    for text in (
        "Báo cho công an xã",
        "Đọc mã OTP cho họ",
        "Đọc mã OTP cho họ",
        "Bỏ qua",
        "Bỏ qua",
        "Bỏ qua",
    ):
        take(quiz, {question.pk: pick(text)})
    make_question("Câu mới soạn", choice_body("moi", "?", [("Có", True), ("Không", False)]), "moi")
    login_verified(client, trainers["allowed"])

    page = client.get(LIST).content.decode()
    for label in ("Thống kê câu hỏi", "Lượt làm", "Đúng hoàn toàn", "Độ dễ", "Câu trả lời sai được chọn nhiều nhất",
                  "Bài kiểm tra", "Chủ đề", "Khó nhất trước", "Một lựa chọn"):  # fmt: skip
        assert label in page, label
    assert "Cuộc gọi giả danh công an" in page and "Bỏ qua" in page
    assert "3 lượt (50%)" in page and "17%" in page  # 1 of 6 right
    assert page.count('class="stats-flag"') == 1  # the new question, listed and flagged
    assert page.index("Cuộc gọi giả danh công an") < page.index("Câu mới soạn")
    assert f'href="{LIST}{question.pk}/"' in page

    filtered = client.get(LIST, {"quiz": quiz.pk}).content.decode()
    assert "Cuộc gọi giả danh công an" in filtered and "Câu mới soạn" not in filtered


def test_a_bad_filter_is_explained_and_ignored(client, trainers, scam):
    question, quiz = scam
    take(quiz, {question.pk: pick("Bỏ qua")})
    make_question("Câu mới soạn", choice_body("moi", "?", [("Có", True), ("Không", False)]), "moi")
    login_verified(client, trainers["allowed"])

    response = client.get(LIST, {"quiz": "khong-phai-so", "topic": "999999", "order": "lung-tung"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Không có bài kiểm tra này. Hãy chọn lại trong danh sách." in page
    assert "Không có chủ đề này. Hãy chọn lại trong danh sách." in page
    assert "Cách sắp xếp này không có. Hãy chọn lại trong danh sách." in page
    assert "Cuộc gọi giả danh công an" in page and "Câu mới soạn" in page


def test_the_detail_page_shows_the_distribution_and_links_to_the_editor(client, trainers, scam):
    question, quiz = scam
    for text in ("Báo cho công an xã", "Đọc mã OTP cho họ", "Đọc mã OTP cho họ", "Chuyển tiền ngay"):
        take(quiz, {question.pk: pick(text)})
    login_verified(client, trainers["allowed"])

    page = client.get(f"{LIST}{question.pk}/").content.decode()
    assert f'href="/quan-tri/snippets/quizzes/question/edit/{question.pk}/"' in page
    assert "Sửa câu hỏi" in page and "Phiên bản 1: 4 lượt làm" in page
    assert "chưa đủ dữ liệu" in page  # 4 answers
    assert "đáp án đúng" in page and "Bỏ trống" in page
    assert "Đọc mã OTP cho họ: 2 lượt (50,0%)" in page
    assert 'style="width: 50.0%"' in page  # the bar uses a CSS number, not the Vietnamese decimal comma
    assert '<th scope="col" class="stats-number">Tỉ lệ</th>' in page
    assert "Nhận diện lừa đảo" in page  # the per-quiz table
