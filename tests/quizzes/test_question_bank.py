import json

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from quizzes.blocks import QuestionBlock
from quizzes.models import Question
from tests.factories import login_verified, make_image

STEM = {"format": "html", "value": "<p>Tin nhắn này có phải lừa đảo?</p>"}


def body(block_type: str, value: dict) -> list:
    return [
        {"type": block_type, "value": {"stem": "<p>Câu hỏi</p>", "image": None, "image_alt": "", **value}}
    ]


def question(block_type: str, value: dict, **fields) -> Question:
    return Question.objects.create(title=f"Thử {block_type}", body=body(block_type, value), **fields)


def options(*pairs):
    return [
        {"type": "item", "id": f"o{number}", "value": {"text": text, "image": None, "correct": correct}}
        for number, (text, correct) in enumerate(pairs, 1)
    ]


def messages(error) -> str:
    """Every message inside a (nested) block validation error."""
    found = [str(message) for message in getattr(error, "messages", [])]
    children = getattr(error, "block_errors", None) or {}
    for child in children.values() if isinstance(children, dict) else children:
        found.append(messages(child))
    return " ".join(found)


@pytest.mark.django_db
def test_each_type_becomes_a_grading_spec_with_stable_ids():
    single = question("single", {"options": options(("Đúng", False), ("Sai", True))})
    spec, display = single.spec_and_display()
    assert spec["type"] == "single" and len(spec["options"]) == 2 and spec["points"] == 1
    assert spec["correct"] == [spec["options"][1]["id"]]
    assert [option["text"] for option in display["options"]] == ["Đúng", "Sai"]
    assert display["stem"] == "<p>Câu hỏi</p>" and display["type"] == "single"

    ordering = question(
        "ordering", {"steps": ["Đăng nhập", "Chọn thủ tục", "Nộp hồ sơ"], "partial_credit": True}
    )
    spec, display = ordering.spec_and_display()
    assert spec["correct_order"] == [item["id"] for item in display["items"]]
    assert [item["text"] for item in display["items"]] == ["Đăng nhập", "Chọn thủ tục", "Nộp hồ sơ"]

    matching = question(
        "matching",
        {
            "pairs": [{"left": "VNeID", "right": "Định danh"}, {"left": "VietQR", "right": "Chuyển khoản"}],
            "partial_credit": False,
        },
    )
    spec, display = matching.spec_and_display()
    lefts = {item["id"] for item in display["left"]}
    assert {pair["left"] for pair in spec["pairs"]} == lefts

    short = question(
        "short_text",
        {
            "accepted": ["dichvucong.gov.vn"],
            "ignore_case": True,
            "ignore_spacing": True,
            "ignore_diacritics": False,
        },
    )
    assert short.spec_and_display()[0]["accepted"] == ["dichvucong.gov.vn"]

    truth = question("true_false", {"correct": "false"}, points=2)
    assert truth.spec_and_display()[0] == {"type": "true_false", "correct": False, "points": 2}
    json.dumps([single.spec_and_display(), ordering.spec_and_display()])  # plain data, storable as JSON


@pytest.mark.django_db
def test_editing_a_question_makes_a_new_version_and_keeps_the_old_one():
    item = question("true_false", {"correct": "true"})
    first = item.current_version
    assert first.number == 1 and first.spec["correct"] is True
    item.title = "Chỉ đổi tên gợi nhớ"
    item.save()
    assert item.versions.count() == 1  # nothing a learner sees or is graded on changed
    item.body = body("true_false", {"correct": "false"})
    item.save()
    assert item.versions.count() == 2 and item.current_version.spec["correct"] is False
    first.refresh_from_db()
    assert first.spec["correct"] is True
    with pytest.raises(ValueError):
        first.save()


@pytest.mark.parametrize(
    ("block_type", "value", "message"),
    [
        ("single", {"options": options(("A", True), ("B", True))}, "đúng một phương án đúng"),
        ("single", {"options": options(("A", False), ("B", False))}, "đúng một phương án đúng"),
        ("single", {"options": options(("Có", True), ("có", False))}, "trùng nhau"),
        (
            "multiple",
            {"options": options(("A", False), ("B", False)), "partial_credit": False},
            "ít nhất một",
        ),
        ("image_choice", {"options": options(("Lừa đảo", True), ("An toàn", False))}, "cần có ảnh"),
        (
            "matching",
            {"pairs": [{"left": "A", "right": "1"}, {"left": "a", "right": "2"}], "partial_credit": False},
            "trùng một vế",
        ),
    ],
)
@pytest.mark.django_db
def test_trainers_get_a_vietnamese_message_for_a_question_that_cannot_be_graded(block_type, value, message):
    block = QuestionBlock()
    stream = block.to_python(body(block_type, value))
    with pytest.raises(ValidationError) as error:
        block.clean(stream)
    assert message in messages(error.value)


@pytest.mark.django_db
def test_a_tap_question_needs_an_image_and_a_region_to_tap():
    block = QuestionBlock()
    region = {
        "label": "Đường link lạ",
        "x": 10,
        "y": 40,
        "width": 50,
        "height": 10,
        "hint": "",
        "correct": False,
    }
    stream = block.to_python(body("image_tap", {"regions": [region], "image": make_image().pk}))
    with pytest.raises(ValidationError) as error:
        block.clean(stream)
    assert "ít nhất một vùng" in messages(error.value)


@pytest.mark.django_db
def test_the_question_bank_is_in_the_admin_in_vietnamese(cast_users):
    client = Client()
    login_verified(client, cast_users["admin"])
    question("true_false", {"correct": "true"})
    listing = client.get("/quan-tri/snippets/quizzes/question/")
    assert listing.status_code == 200 and "Thử true_false" in listing.content.decode()
    form = client.get("/quan-tri/snippets/quizzes/question/add/").content.decode()
    assert "Ngân hàng câu hỏi" in form or "câu hỏi" in form
    # Block labels travel to the editor as JSON, where non-ASCII letters are escaped.
    for label in ("Một lựa chọn", "Trả lời ngắn", "Chạm vào chỗ đáng ngờ trên ảnh"):
        assert label in form or json.dumps(label)[1:-1] in form


@pytest.mark.django_db
def test_every_type_written_in_the_admin_is_gradable(site_tree):
    from quizzes.grading import grade, spec_errors

    image = make_image().pk
    region = {
        "label": "Đường link lạ",
        "x": 10,
        "y": 40,
        "width": 50,
        "height": 10,
        "hint": "",
        "correct": True,
    }
    written = {
        "single": {"options": options(("Có", False), ("Không", True))},
        "multiple": {"options": options(("A", True), ("B", False), ("C", True)), "partial_credit": True},
        "true_false": {"correct": "true"},
        "ordering": {"steps": ["Một", "Hai", "Ba"], "partial_credit": False},
        "matching": {
            "pairs": [{"left": "VNeID", "right": "Định danh"}, {"left": "VietQR", "right": "Chuyển khoản"}],
            "partial_credit": False,
        },
        "short_text": {
            "accepted": ["Cổng Dịch vụ công"],
            "ignore_case": True,
            "ignore_spacing": True,
            "ignore_diacritics": True,
        },
        "image_choice": {"options": options(("Lừa đảo", True), ("An toàn", False)), "image": image},
        "image_tap": {"regions": [{"type": "item", "id": "r1", "value": region}], "image": image},
    }
    right_answers = {
        "single": lambda spec, display: {"choice": spec["correct"][0]},
        "multiple": lambda spec, display: {"choices": spec["correct"]},
        "true_false": lambda spec, display: {"value": True},
        "ordering": lambda spec, display: {"order": spec["correct_order"]},
        "matching": lambda spec, display: {
            "matches": {pair["left"]: pair["right"] for pair in spec["pairs"]}
        },
        "short_text": lambda spec, display: {"text": "  cong dich vu CONG "},
        "image_choice": lambda spec, display: {"choice": spec["correct"][0]},
        "image_tap": lambda spec, display: {"point": {"x": 20, "y": 45}},
    }
    for block_type, value in written.items():
        spec, display = question(block_type, value).spec_and_display()
        assert spec_errors(spec) == [], (block_type, spec)
        result = grade(spec, right_answers[block_type](spec, display))
        assert result.correct and result.valid, block_type
        assert not grade(spec, None).answered


@pytest.mark.django_db
def test_trainers_write_a_quiz_with_pools_in_the_admin(cast_users, site_tree):
    from quizzes.models import Quiz

    client = Client()
    login_verified(client, cast_users["admin"])
    assert client.get("/quan-tri/snippets/quizzes/quiz/add/").status_code == 200
    data = {
        "title": "Kiểm tra cuối khóa",
        "kind": "final",
        "course": "",
        "pass_mark": "80",
        "wait_minutes": "0",
        "show_answers": "after_submit",
        "pools-TOTAL_FORMS": "1",
        "pools-INITIAL_FORMS": "0",
        "pools-MIN_NUM_FORMS": "1",
        "pools-MAX_NUM_FORMS": "1000",
        "pools-0-tag": "chu-ky-so",
        "pools-0-count": "5",
        "pools-0-difficulty": "",
        "pools-0-ORDER": "1",
    }
    refused = client.post("/quan-tri/snippets/quizzes/quiz/add/", data)
    assert "phải gắn với một khóa học" in refused.content.decode()
    assert not Quiz.objects.exists()
    done = client.post("/quan-tri/snippets/quizzes/quiz/add/", {**data, "course": site_tree["course"].pk})
    assert done.status_code == 302
    quiz = Quiz.objects.get()
    assert quiz.course_id == site_tree["course"].pk and quiz.pools.get().tag == "chu-ky-so"


@pytest.mark.django_db
def test_a_matching_question_does_not_give_its_pairs_away_in_the_page():
    pairs = [{"left": "VNeID", "right": "Định danh"}, {"left": "VietQR", "right": "Chuyển khoản"}]
    spec, display = question("matching", {"pairs": pairs, "partial_credit": False}).spec_and_display()
    for left, right in zip(display["left"], display["right"], strict=True):
        assert left["id"].removesuffix("-l") not in right["id"]
