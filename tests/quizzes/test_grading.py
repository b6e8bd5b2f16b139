"""Grading is a pure function: every question type, every way an answer can be right, wrong or broken."""

import copy
import random
import unicodedata
from decimal import Decimal

import pytest
from django.utils import translation

from quizzes.grading import (
    ANSWER_KEYS,
    MAX_TEXT_LENGTH,
    QUESTION_TYPES,
    AttemptResult,
    InvalidSpec,
    Result,
    grade,
    grade_attempt,
    spec_errors,
    validate_answer,
)
from quizzes.normalise import normalise_answer_text


@pytest.fixture(autouse=True)
def _vietnamese():
    with translation.override("vi"):
        yield


def _options(*ids):
    return [{"id": i, "text": f"Lựa chọn {i}"} for i in ids]


SINGLE = {"type": "single", "points": 2, "options": _options("a", "b", "c"), "correct": ["b"]}
IMAGE_CHOICE = {**SINGLE, "type": "image_choice", "points": 1}
MULTIPLE = {
    "type": "multiple",
    "points": 3,
    "options": _options("a", "b", "c", "d", "e"),
    "correct": ["a", "c", "e"],
    "partial_credit": False,
}
MULTIPLE_PARTIAL = {**MULTIPLE, "partial_credit": True}
TRUE_FALSE = {"type": "true_false", "correct": False}
ORDERING = {
    "type": "ordering",
    "points": 3,
    "items": [{"id": "s1"}, {"id": "s2"}, {"id": "s3"}, {"id": "s4"}],
    "correct_order": ["s1", "s2", "s3", "s4"],
    "partial_credit": False,
}
ORDERING_PARTIAL = {**ORDERING, "partial_credit": True}
MATCHING = {
    "type": "matching",
    "points": 4,
    "pairs": [{"left": f"l{i}", "right": f"r{i}"} for i in range(1, 5)],
    "partial_credit": False,
}
MATCHING_PARTIAL = {**MATCHING, "partial_credit": True}
# "Is this message a scam?": several messages share one verdict, so a right may be used twice.
MATCHING_SHARED = {
    "type": "matching",
    "pairs": [
        {"left": "sms1", "right": "scam"},
        {"left": "sms2", "right": "safe"},
        {"left": "sms3", "right": "scam"},
    ],
    "partial_credit": True,
}
SHORT_TEXT = {
    "type": "short_text",
    "accepted": ["Cổng Dịch vụ công Quốc gia", "Cổng Dịch vụ công", "dichvucong.gov.vn"],
    "ignore_case": True,
    "ignore_diacritics": False,
    "ignore_spacing": True,
}
IMAGE_TAP = {
    "type": "image_tap",
    "points": 2,
    "regions": [
        {"id": "r1", "x": 10, "y": 20, "width": 30, "height": 10},
        {"id": "decoy", "x": 60, "y": 60, "width": 10, "height": 10},
        {"id": "tiny", "x": 0.7, "y": 0.7, "width": 0.1, "height": 0.1},
    ],
    "correct": ["r1", "tiny"],
}
ALL_SPECS = [
    SINGLE,
    IMAGE_CHOICE,
    MULTIPLE,
    MULTIPLE_PARTIAL,
    TRUE_FALSE,
    ORDERING,
    ORDERING_PARTIAL,
    MATCHING,
    MATCHING_PARTIAL,
    MATCHING_SHARED,
    SHORT_TEXT,
    IMAGE_TAP,
]


def _assert_scored(spec, answer, score, correct):
    result = grade(spec, answer)
    assert result.score == Decimal(score)
    assert str(result.score) == score, "scores carry exactly two decimal places"
    assert result.max_score == Decimal(spec.get("points", 1))
    assert result.correct is correct
    assert result.answered is True
    assert result.valid is True
    assert validate_answer(spec, answer) == []


def test_every_type_in_the_contract_is_graded():
    assert set(QUESTION_TYPES) == {
        "single",
        "multiple",
        "true_false",
        "ordering",
        "matching",
        "short_text",
        "image_choice",
        "image_tap",
    }
    assert {s["type"] for s in ALL_SPECS} == set(QUESTION_TYPES)
    assert all(spec_errors(s) == [] for s in ALL_SPECS)


def test_result_is_frozen():
    result = grade(TRUE_FALSE, {"value": False})
    with pytest.raises(AttributeError):
        result.score = Decimal("99")


# --- right and wrong, per type ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spec, answer, score, correct",
    [
        (SINGLE, {"choice": "b"}, "2.00", True),
        (SINGLE, {"choice": "a"}, "0.00", False),
        (SINGLE, {"choice": "c"}, "0.00", False),
        (IMAGE_CHOICE, {"choice": "b"}, "1.00", True),
        (IMAGE_CHOICE, {"choice": "a"}, "0.00", False),
        (TRUE_FALSE, {"value": False}, "1.00", True),
        (TRUE_FALSE, {"value": True}, "0.00", False),
        ({"type": "true_false", "correct": True, "points": 5}, {"value": True}, "5.00", True),
    ],
    ids=[
        "single-right",
        "single-wrong-a",
        "single-wrong-c",
        "image-right",
        "image-wrong",
        "tf-right",
        "tf-wrong",
        "tf-5pts",
    ],
)
def test_single_answer_types_are_all_or_nothing(spec, answer, score, correct):
    _assert_scored(spec, answer, score, correct)


@pytest.mark.parametrize(
    "choices, without_partial, with_partial",
    [
        (["a", "c", "e"], "3.00", "3.00"),
        (["e", "a", "c"], "3.00", "3.00"),  # order of picks does not matter
        (["a", "c"], "0.00", "2.00"),  # 2 right of 3
        (["a"], "0.00", "1.00"),
        (["a", "c", "e", "b"], "0.00", "2.00"),  # (3 - 1) / 3
        (["a", "b"], "0.00", "0.00"),  # (1 - 1) / 3
        (["a", "b", "d"], "0.00", "0.00"),  # (1 - 2) / 3 never goes negative
        (["b", "d"], "0.00", "0.00"),
        (["a", "b", "c", "d", "e"], "0.00", "1.00"),  # ticking every box: (3 - 2) / 3
    ],
)
def test_multiple_choice_with_and_without_partial_credit(choices, without_partial, with_partial):
    full = without_partial == "3.00"
    _assert_scored(MULTIPLE, {"choices": choices}, without_partial, full)
    _assert_scored(MULTIPLE_PARTIAL, {"choices": choices}, with_partial, full)


def test_partial_credit_is_rounded_down_so_no_one_gains_by_rounding():
    spec = {**MULTIPLE_PARTIAL, "points": 1}
    _assert_scored(spec, {"choices": ["a", "c"]}, "0.66", False)  # 2/3, not 0.67
    _assert_scored(spec, {"choices": ["a"]}, "0.33", False)
    seven = {**MULTIPLE_PARTIAL, "points": 1, "options": _options(*"abcdefgh"), "correct": list("abcdefg")}
    _assert_scored(seven, {"choices": list("abcdef")}, "0.85", False)  # 6/7 = 0.857...


@pytest.mark.parametrize(
    "order, without_partial, with_partial",
    [
        (["s1", "s2", "s3", "s4"], "3.00", "3.00"),
        (["s2", "s3", "s4", "s1"], "0.00", "2.00"),  # one step moved: s2>s3, s3>s4 kept
        (["s2", "s1", "s3", "s4"], "0.00", "1.00"),  # neighbours swapped: only s3>s4 kept
        (["s1", "s2", "s4", "s3"], "0.00", "1.00"),
        (["s3", "s4", "s1", "s2"], "0.00", "2.00"),  # two blocks swapped, each block intact
        (["s4", "s3", "s2", "s1"], "0.00", "0.00"),  # reversed: every pair in the wrong direction
        (["s1", "s3", "s2", "s4"], "0.00", "0.00"),
    ],
)
def test_ordering_counts_neighbouring_pairs_for_partial_credit(order, without_partial, with_partial):
    full = without_partial == "3.00"
    _assert_scored(ORDERING, {"order": order}, without_partial, full)
    _assert_scored(ORDERING_PARTIAL, {"order": order}, with_partial, full)


def test_ordering_of_two_steps():
    spec = {**ORDERING_PARTIAL, "points": 1, "items": [{"id": "x"}, {"id": "y"}], "correct_order": ["x", "y"]}
    _assert_scored(spec, {"order": ["x", "y"]}, "1.00", True)
    _assert_scored(spec, {"order": ["y", "x"]}, "0.00", False)


@pytest.mark.parametrize(
    "matches, without_partial, with_partial",
    [
        ({"l1": "r1", "l2": "r2", "l3": "r3", "l4": "r4"}, "4.00", "4.00"),
        ({"l4": "r4", "l3": "r3", "l2": "r2", "l1": "r1"}, "4.00", "4.00"),
        ({"l1": "r1", "l2": "r2", "l3": "r4", "l4": "r3"}, "0.00", "2.00"),
        ({"l1": "r1", "l2": "r2", "l3": "r3"}, "0.00", "3.00"),  # l4 left unpaired
        ({"l1": "r1", "l2": None, "l3": None, "l4": None}, "0.00", "1.00"),
        ({"l1": "r2", "l2": "r1", "l3": "r4", "l4": "r3"}, "0.00", "0.00"),
    ],
)
def test_matching_gives_the_share_of_correct_pairs(matches, without_partial, with_partial):
    full = without_partial == "4.00"
    _assert_scored(MATCHING, {"matches": matches}, without_partial, full)
    _assert_scored(MATCHING_PARTIAL, {"matches": matches}, with_partial, full)


def test_matching_may_reuse_a_right_when_the_question_does():
    _assert_scored(
        MATCHING_SHARED, {"matches": {"sms1": "scam", "sms2": "safe", "sms3": "scam"}}, "1.00", True
    )
    _assert_scored(
        MATCHING_SHARED, {"matches": {"sms1": "scam", "sms2": "scam", "sms3": "scam"}}, "0.66", False
    )


# --- short text and Vietnamese normalisation --------------------------------------------------------------

NFD = unicodedata.normalize("NFD", "Cổng Dịch vụ công Quốc gia")
STRICT = {**SHORT_TEXT, "ignore_case": False, "ignore_spacing": False, "ignore_diacritics": False}
NO_MARKS = {**SHORT_TEXT, "ignore_diacritics": True}
NO_MARKS_CASED = {**SHORT_TEXT, "ignore_diacritics": True, "ignore_case": False}


@pytest.mark.parametrize(
    "spec, text, correct",
    [
        (SHORT_TEXT, "Cổng Dịch vụ công Quốc gia", True),
        (SHORT_TEXT, NFD, True),
        (STRICT, NFD, True),  # diacritics count, yet the same letters typed decomposed are the same
        (SHORT_TEXT, "  Cổng   dịch vụ công ", True),
        (SHORT_TEXT, "Cổng\tdịch vụ\u00a0công\nquốc gia", True),
        (STRICT, "  Cổng   Dịch vụ công ", False),
        (SHORT_TEXT, "CỔNG DỊCH VỤ CÔNG", True),
        (STRICT, "CỔNG DỊCH VỤ CÔNG", False),
        (SHORT_TEXT, "DichVuCong.gov.vn", True),
        (SHORT_TEXT, "cong dich vu cong", False),
        (NO_MARKS, "cong dich vu cong", True),
        (NO_MARKS, "  CONG dich VU cong quoc GIA ", True),
        (NO_MARKS_CASED, "Cong Dich vu cong", True),
        (NO_MARKS_CASED, "cong dich vu cong", False),
        (SHORT_TEXT, "Cồng Dịch vụ công", False),  # a wrong tone mark is a wrong word
        (NO_MARKS, "Cồng Dịch vụ công", True),
        (SHORT_TEXT, "Cổng Dịch vụ", False),
        (SHORT_TEXT, "Cổng Dịch vụ công Quốc gia!", False),
        (SHORT_TEXT, "dichvucong.gov", False),
        (STRICT, "Cổng Dịch vụ công", True),
    ],
)
def test_short_text_compares_after_the_configured_normalisation(spec, text, correct):
    _assert_scored(spec, {"text": text}, "1.00" if correct else "0.00", correct)


@pytest.mark.parametrize(
    "spec, text, correct",
    [
        ({"type": "short_text", "accepted": ["Đà Nẵng"], "ignore_diacritics": True}, "da nang", True),
        ({"type": "short_text", "accepted": ["Đà Nẵng"], "ignore_diacritics": True}, "DA NANG", True),
        ({"type": "short_text", "accepted": ["Đà Nẵng"]}, "da nang", False),
        ({"type": "short_text", "accepted": ["Đà Nẵng"]}, "đà nẵng", True),
        (
            {"type": "short_text", "accepted": ["Đà Nẵng"], "ignore_diacritics": True, "ignore_case": False},
            "Da Nang",
            True,
        ),
        (
            {"type": "short_text", "accepted": ["Đà Nẵng"], "ignore_diacritics": True, "ignore_case": False},
            "da Nang",
            False,
        ),
        ({"type": "short_text", "accepted": ["da nang"], "ignore_diacritics": True}, "Đà Nẵng", True),
    ],
)
def test_d_with_stroke_is_a_d_only_when_diacritics_are_ignored(spec, text, correct):
    _assert_scored(spec, {"text": text}, "1.00" if correct else "0.00", correct)


@pytest.mark.parametrize(
    "text, flags, expected",
    [
        ("Cổng  Dịch", {}, "Cổng  Dịch"),
        (unicodedata.normalize("NFD", "Cổng"), {}, "Cổng"),
        ("  a \t b  ", {"ignore_spacing": True}, "a b"),
        ("Cổng  Dịch", {"ignore_case": True}, "cổng  dịch"),
        ("Đà  Nẵng", {"ignore_diacritics": True}, "Da  Nang"),
        (unicodedata.normalize("NFD", "Đà Nẵng"), {"ignore_diacritics": True}, "Da Nang"),
        ("Đà  Nẵng ", {"ignore_diacritics": True, "ignore_case": True, "ignore_spacing": True}, "da nang"),
        ("Straße", {"ignore_diacritics": True}, "Straße"),  # no marks to strip: left alone
    ],
)
def test_normalise_answer_text(text, flags, expected):
    options = {"ignore_case": False, "ignore_diacritics": False, "ignore_spacing": False, **flags}
    assert normalise_answer_text(text, **options) == expected
    assert unicodedata.is_normalized("NFC", normalise_answer_text(text, **options))


# --- image tap --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "x, y, correct",
    [
        (15.5, 25, True),
        (10, 20, True),  # top-left corner
        (40, 30, True),  # bottom-right corner
        (10, 30, True),
        (40, 20, True),
        (25, 20.0, True),
        (9.99, 25, False),
        (40.01, 25, False),
        (25, 19.999, False),
        (25, 30.001, False),
        (65, 65, False),  # inside a region that is not a correct one
        (0.8, 0.8, True),  # 0.7 + 0.1 is 0.8 here, not 0.7999999999999999
        (0.7, 0.75, True),
        (0.81, 0.75, False),
        (0, 0, False),
        (100, 100, False),
    ],
)
def test_image_tap_counts_a_point_inside_a_correct_region_edges_included(x, y, correct):
    _assert_scored(IMAGE_TAP, {"point": {"x": x, "y": y}}, "2.00" if correct else "0.00", correct)


# --- unanswered ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spec, answer",
    [
        (SINGLE, None),
        (SINGLE, {}),
        (SINGLE, {"choice": None}),
        (SINGLE, {"choice": ""}),
        (IMAGE_CHOICE, {"choice": None}),
        (MULTIPLE, {"choices": []}),
        (MULTIPLE_PARTIAL, {"choices": None}),
        (TRUE_FALSE, {"value": None}),
        (TRUE_FALSE, None),
        (ORDERING, {"order": []}),
        (MATCHING, {"matches": {}}),
        (MATCHING_PARTIAL, {"matches": {"l1": None, "l2": None}}),
        (SHORT_TEXT, {"text": ""}),
        (SHORT_TEXT, {"text": "   \t\n "}),
        (IMAGE_TAP, {"point": None}),
        (IMAGE_TAP, {}),
    ],
)
def test_an_unanswered_question_scores_nothing_and_can_still_be_saved(spec, answer):
    result = grade(spec, answer)
    assert result == Result(
        score=Decimal("0.00"), max_score=Decimal(spec.get("points", 1)), correct=False, answered=False
    )
    assert result.valid is True
    assert validate_answer(spec, answer) == []


# --- malformed ----------------------------------------------------------------------------------------------

FORMAT = "Câu trả lời không đúng định dạng."
EXTRA = "Câu trả lời có trường không dùng cho loại câu hỏi này."
UNKNOWN_OPTION = "Lựa chọn không có trong câu hỏi."
TWICE = "Mỗi lựa chọn chỉ được chọn một lần."
TOO_MANY = "Câu trả lời có nhiều lựa chọn hơn số lựa chọn của câu hỏi."
STEP_UNKNOWN = "Bước không có trong câu hỏi."
STEP_TWICE = "Mỗi bước chỉ được xếp một lần."
STEP_MISSING = "Hãy xếp đủ tất cả các bước."
STEPS_TOO_MANY = "Câu trả lời có nhiều bước hơn câu hỏi."
LEFT_UNKNOWN = "Mục cần ghép không có trong câu hỏi."
RIGHT_UNKNOWN = "Đáp án ghép không có trong câu hỏi."
RIGHT_TWICE = "Mỗi đáp án ghép chỉ được dùng một lần."
TOO_LONG = f"Câu trả lời quá dài (tối đa {MAX_TEXT_LENGTH} ký tự)."
BAD_CHARACTER = "Câu trả lời có ký tự không hợp lệ."
OUTSIDE = "Điểm chạm nằm ngoài hình."
TRUE_OR_FALSE = "Hãy chọn Đúng hoặc Sai."

MALFORMED = [
    # the envelope
    (SINGLE, "b", FORMAT),
    (SINGLE, ["b"], FORMAT),
    (SINGLE, 1, FORMAT),
    (SINGLE, True, FORMAT),
    (SINGLE, {"choices": ["b"]}, EXTRA),
    (SINGLE, {"choice": "b", "score": 2}, EXTRA),  # a score sent by the client is refused, not used
    (SINGLE, {"choice": "b", "correct": True}, EXTRA),
    (MULTIPLE, {"choice": "a"}, EXTRA),
    (TRUE_FALSE, {"value": True, "extra": None}, EXTRA),
    # single / image choice
    (SINGLE, {"choice": ["b"]}, FORMAT),
    (SINGLE, {"choice": {"id": "b"}}, FORMAT),
    (SINGLE, {"choice": 2}, FORMAT),
    (SINGLE, {"choice": "z"}, UNKNOWN_OPTION),
    (SINGLE, {"choice": "B"}, UNKNOWN_OPTION),
    (SINGLE, {"choice": " b"}, UNKNOWN_OPTION),
    (IMAGE_CHOICE, {"choice": "z"}, UNKNOWN_OPTION),
    # multiple
    (MULTIPLE, {"choices": "a"}, FORMAT),
    (MULTIPLE, {"choices": "a,c,e"}, FORMAT),
    (MULTIPLE, {"choices": {"a": True}}, FORMAT),
    (MULTIPLE, {"choices": ["a", None]}, FORMAT),
    (MULTIPLE, {"choices": ["a", ["c"]]}, FORMAT),
    (MULTIPLE, {"choices": ["a", 3]}, FORMAT),
    (MULTIPLE, {"choices": ["a", "c", "z"]}, UNKNOWN_OPTION),
    (MULTIPLE_PARTIAL, {"choices": ["a", "a"]}, TWICE),
    (MULTIPLE_PARTIAL, {"choices": ["a", "c", "e", "a"]}, TWICE),
    (MULTIPLE_PARTIAL, {"choices": ["a"] * 100_000}, TOO_MANY),
    (MULTIPLE_PARTIAL, {"choices": [f"x{i}" for i in range(100_000)]}, UNKNOWN_OPTION),
    # true/false
    (TRUE_FALSE, {"value": "false"}, TRUE_OR_FALSE),
    (TRUE_FALSE, {"value": 0}, TRUE_OR_FALSE),
    (TRUE_FALSE, {"value": 1}, TRUE_OR_FALSE),
    (TRUE_FALSE, {"value": [False]}, TRUE_OR_FALSE),
    # ordering
    (ORDERING, {"order": "s1,s2,s3,s4"}, FORMAT),
    (ORDERING, {"order": {"0": "s1"}}, FORMAT),
    (ORDERING, {"order": ["s1", "s2", None, "s4"]}, FORMAT),
    (ORDERING, {"order": ["s1", "s2", "s3", "s9"]}, STEP_UNKNOWN),
    (ORDERING_PARTIAL, {"order": ["s1", "s1", "s2", "s3"]}, STEP_TWICE),
    (ORDERING_PARTIAL, {"order": ["s1", "s2", "s3"]}, STEP_MISSING),
    (ORDERING_PARTIAL, {"order": ["s1", "s2", "s3", "s4", "s1"]}, STEPS_TOO_MANY),
    (ORDERING_PARTIAL, {"order": ["s1", "s2", "s3", "s4"] * 50_000}, STEP_TWICE),
    # matching
    (MATCHING, {"matches": [["l1", "r1"]]}, FORMAT),
    (MATCHING, {"matches": "l1=r1"}, FORMAT),
    (MATCHING, {"matches": {"l1": ["r1"]}}, FORMAT),
    (MATCHING, {"matches": {"l1": 1}}, FORMAT),
    (MATCHING, {"matches": {"l9": "r1"}}, LEFT_UNKNOWN),
    (MATCHING, {"matches": {"l9": None}}, LEFT_UNKNOWN),
    (MATCHING, {"matches": {"l1": "r9"}}, RIGHT_UNKNOWN),
    (MATCHING_PARTIAL, {"matches": {"l1": "r1", "l2": "r1"}}, RIGHT_TWICE),
    (MATCHING_PARTIAL, {"matches": {f"l{i}": "r1" for i in range(100_000)}}, LEFT_UNKNOWN),
    (MATCHING_SHARED, {"matches": {"sms1": "fake"}}, RIGHT_UNKNOWN),
    # short text
    (SHORT_TEXT, {"text": ["Cổng Dịch vụ công"]}, FORMAT),
    (SHORT_TEXT, {"text": {"vi": "Cổng Dịch vụ công"}}, FORMAT),
    (SHORT_TEXT, {"text": 42}, FORMAT),
    (SHORT_TEXT, {"text": "a" * (MAX_TEXT_LENGTH + 1)}, TOO_LONG),
    (SHORT_TEXT, {"text": "dichvucong.gov.vn" + " " * 1_000_000}, TOO_LONG),
    (SHORT_TEXT, {"text": "dichvucong\x00.gov.vn"}, BAD_CHARACTER),
    (SHORT_TEXT, {"text": "dichvucong.gov.vn\x1b[2J"}, BAD_CHARACTER),
    # image tap
    (IMAGE_TAP, {"point": [15, 25]}, FORMAT),
    (IMAGE_TAP, {"point": "15,25"}, FORMAT),
    (IMAGE_TAP, {"point": {"x": 15}}, FORMAT),
    (IMAGE_TAP, {"point": {"x": 15, "y": 25, "region": "r1"}}, FORMAT),
    (IMAGE_TAP, {"point": {"x": "15", "y": 25}}, FORMAT),
    (IMAGE_TAP, {"point": {"x": True, "y": 25}}, FORMAT),
    (IMAGE_TAP, {"point": {"x": None, "y": 25}}, FORMAT),
    (IMAGE_TAP, {"point": {"x": float("nan"), "y": 25}}, FORMAT),
    (IMAGE_TAP, {"point": {"x": float("inf"), "y": 25}}, FORMAT),
    (IMAGE_TAP, {"point": {"x": -0.01, "y": 25}}, OUTSIDE),
    (IMAGE_TAP, {"point": {"x": 15, "y": 100.5}}, OUTSIDE),
    (IMAGE_TAP, {"point": {"x": 10**5000, "y": 25}}, OUTSIDE),
    (IMAGE_TAP, {"point": {"x": 1e308, "y": 25}}, OUTSIDE),
]


@pytest.mark.parametrize(
    "spec, answer, message", MALFORMED, ids=[f"{s['type']}-{i}" for i, (s, _a, _m) in enumerate(MALFORMED)]
)
def test_a_malformed_answer_scores_nothing_and_says_why(spec, answer, message):
    result = grade(spec, answer)
    assert result.score == Decimal("0.00")
    assert result.max_score == Decimal(spec.get("points", 1))
    assert (result.correct, result.answered, result.valid) == (False, True, False)
    errors = validate_answer(spec, answer)
    assert message in errors
    assert len(errors) == len(set(errors)), "each message once, however many bad entries"


def test_a_right_answer_with_one_bad_entry_is_still_refused():
    # Partial credit must not reward a payload that also carries junk.
    assert grade(MULTIPLE_PARTIAL, {"choices": ["a", "c", "e", "zz"]}).score == Decimal("0.00")
    assert (
        grade(MATCHING_PARTIAL, {"matches": {"l1": "r1", "l2": "r2", "l3": "r3", "l9": "r4"}}).valid is False
    )


def test_several_problems_are_all_reported():
    errors = validate_answer(ORDERING, {"order": ["s1", "s1", "s9"]})
    assert errors == [STEP_UNKNOWN, STEP_TWICE, STEP_MISSING]


# --- whole attempts -------------------------------------------------------------------------------------------


def _points_question(points):
    return {"type": "true_false", "correct": True, "points": points}


def test_attempt_adds_the_question_scores_and_keeps_them():
    items = [
        (SINGLE, {"choice": "b"}),  # 2 of 2
        (MULTIPLE_PARTIAL, {"choices": ["a", "c"]}),  # 2 of 3
        (TRUE_FALSE, None),  # 0 of 1, unanswered
        (ORDERING, {"order": ["s1", "s1"]}),  # 0 of 3, malformed
    ]
    result = grade_attempt(items, 50)
    assert isinstance(result, AttemptResult)
    assert result.score == Decimal("4.00")
    assert result.max_score == Decimal("9.00")
    assert result.percent == Decimal("44.44")
    assert result.passed is False
    assert [r.score for r in result.items] == [
        Decimal("2.00"),
        Decimal("2.00"),
        Decimal("0.00"),
        Decimal("0.00"),
    ]
    assert [r.valid for r in result.items] == [True, True, True, False]


@pytest.mark.parametrize(
    "earned, out_of, mark, percent, passed",
    [
        (8, 10, 80, "80.00", True),  # exactly at the mark
        (7, 10, 80, "70.00", False),
        (4, 5, 80, "80.00", True),
        (10, 10, 100, "100.00", True),
        (9, 10, 100, "90.00", False),
        (0, 10, 0, "0.00", True),
        (2, 3, 67, "66.66", False),  # 66.666... is below 67 and displayed rounded down
        (2, 3, 66, "66.66", True),
        (1, 3, 33, "33.33", True),
    ],
)
def test_attempt_pass_mark_boundaries(earned, out_of, mark, percent, passed):
    items = [(_points_question(1), {"value": True})] * earned
    items += [(_points_question(1), {"value": False})] * (out_of - earned)
    result = grade_attempt(items, mark)
    assert result.percent == Decimal(percent)
    assert result.passed is passed


def test_just_below_the_mark_by_a_fraction_fails_and_does_not_show_the_mark():
    # 159.99 of 200 is 79.995 %: rounded half up it would show 80.00 and pass.
    hundred = [f"x{i}" for i in range(100)]
    hundredths = {
        "type": "multiple",
        "options": _options(*hundred),
        "correct": hundred,
        "partial_credit": True,
    }
    items = [(hundredths, {"choices": hundred[:99]})]  # 0.99 of 1
    items += [(_points_question(1), {"value": True})] * 159
    items += [(_points_question(1), {"value": False})] * 40
    result = grade_attempt(items, 80)
    assert result.score == Decimal("159.99")
    assert result.max_score == Decimal("200.00")
    assert result.percent == Decimal("79.99")
    assert result.passed is False
    # The missing hundredth makes exactly 80 %, which passes.
    items[0] = (hundredths, {"choices": hundred})
    result = grade_attempt(items, 80)
    assert (result.score, result.percent, result.passed) == (Decimal("160.00"), Decimal("80.00"), True)


def test_percent_is_compared_exactly_not_after_rounding():
    # 2 of 3 is 66.666...%: rounded to a whole percent it would pass a 67 mark.
    items = [(_points_question(1), {"value": True})] * 2 + [(_points_question(1), {"value": False})]
    assert grade_attempt(items, 67).passed is False
    big = [(_points_question(1), {"value": True})] * 7999 + [(_points_question(1), {"value": False})] * 2001
    assert grade_attempt(big, 80).percent == Decimal("79.99")
    assert grade_attempt(big, 80).passed is False


def test_an_attempt_without_questions_never_passes():
    result = grade_attempt([], 0)
    assert (result.score, result.max_score, result.percent, result.passed) == (
        Decimal("0.00"),
        Decimal("0.00"),
        Decimal("0.00"),
        False,
    )


@pytest.mark.parametrize("mark", [-1, 101, 80.0, "80", True, None])
def test_a_nonsense_pass_mark_is_a_programming_error(mark):
    with pytest.raises(ValueError):
        grade_attempt([(TRUE_FALSE, {"value": False})], mark)


# --- broken questions ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spec, message",
    [
        (None, "Loại câu hỏi không hợp lệ."),
        ({"type": "essay"}, "Loại câu hỏi không hợp lệ."),
        ({**SINGLE, "points": 0}, "Điểm của câu hỏi phải là số nguyên dương."),
        ({**SINGLE, "points": 1.5}, "Điểm của câu hỏi phải là số nguyên dương."),
        ({**SINGLE, "points": True}, "Điểm của câu hỏi phải là số nguyên dương."),
        ({**MULTIPLE, "partial_credit": "yes"}, "Tùy chọn chấm điểm phải là có hoặc không."),
        ({**SINGLE, "correct": ["a", "b"]}, "Câu hỏi một lựa chọn phải có đúng một đáp án đúng."),
        ({**SINGLE, "correct": []}, "Câu hỏi một lựa chọn phải có đúng một đáp án đúng."),
        ({**SINGLE, "correct": "b"}, "Đáp án đúng phải là các lựa chọn có trong câu hỏi."),
        ({**SINGLE, "correct": ["z"]}, "Đáp án đúng phải là các lựa chọn có trong câu hỏi."),
        ({**SINGLE, "options": _options("a", "a")}, "Mã lựa chọn phải là chuỗi và không được trùng nhau."),
        (
            {**SINGLE, "options": [{"id": 1}, {"id": 2}]},
            "Mã lựa chọn phải là chuỗi và không được trùng nhau.",
        ),
        ({**SINGLE, "options": _options("b")}, "Câu hỏi cần ít nhất hai lựa chọn."),
        ({**MULTIPLE, "correct": []}, "Câu hỏi nhiều lựa chọn cần ít nhất một đáp án đúng."),
        ({**TRUE_FALSE, "correct": "false"}, "Câu hỏi Đúng/Sai phải có đáp án Đúng hoặc Sai."),
        (
            {**ORDERING, "items": [{"id": "s1"}]},
            "Câu hỏi sắp xếp cần ít nhất hai bước, mỗi bước một mã riêng.",
        ),
        (
            {**ORDERING, "correct_order": ["s1", "s2", "s3"]},
            "Thứ tự đúng phải gồm đủ các bước, mỗi bước một lần.",
        ),
        (
            {**ORDERING, "correct_order": ["s1", "s1", "s2", "s3"]},
            "Thứ tự đúng phải gồm đủ các bước, mỗi bước một lần.",
        ),
        (
            {**MATCHING, "pairs": []},
            "Câu hỏi ghép đôi cần ít nhất một cặp, mỗi cặp có mục bên trái và bên phải.",
        ),
        (
            {**MATCHING, "pairs": [{"left": "l1"}]},
            "Câu hỏi ghép đôi cần ít nhất một cặp, mỗi cặp có mục bên trái và bên phải.",
        ),
        (
            {**MATCHING, "pairs": [{"left": "l1", "right": "r1"}, {"left": "l1", "right": "r2"}]},
            "Mỗi mục bên trái chỉ được ghép một lần.",
        ),
        ({**SHORT_TEXT, "accepted": []}, "Cần ít nhất một câu trả lời được chấp nhận."),
        ({**SHORT_TEXT, "accepted": "dichvucong.gov.vn"}, "Cần ít nhất một câu trả lời được chấp nhận."),
        ({**SHORT_TEXT, "accepted": ["ok", "   "]}, "Câu trả lời được chấp nhận không được để trống."),
        (
            {
                **IMAGE_TAP,
                "regions": [{"id": "r1", "x": 90, "y": 0, "width": 20, "height": 5}],
                "correct": ["r1"],
            },
            "Vùng chạm phải nằm trong hình (tọa độ phần trăm từ 0 đến 100).",
        ),
        (
            {
                **IMAGE_TAP,
                "regions": [{"id": "r1", "x": 9, "y": 0, "width": 0, "height": 5}],
                "correct": ["r1"],
            },
            "Vùng chạm phải nằm trong hình (tọa độ phần trăm từ 0 đến 100).",
        ),
        (
            {
                **IMAGE_TAP,
                "regions": [{"id": "r1", "x": "9", "y": 0, "width": 1, "height": 5}],
                "correct": ["r1"],
            },
            "Vùng chạm phải nằm trong hình (tọa độ phần trăm từ 0 đến 100).",
        ),
        ({**IMAGE_TAP, "correct": []}, "Đáp án đúng phải là các vùng có trong câu hỏi."),
        ({**IMAGE_TAP, "correct": ["r9"]}, "Đáp án đúng phải là các vùng có trong câu hỏi."),
        ({**IMAGE_TAP, "regions": []}, "Câu hỏi chạm vào hình cần ít nhất một vùng, mỗi vùng một mã riêng."),
    ],
)
def test_a_broken_question_is_reported_and_never_graded(spec, message):
    assert message in spec_errors(spec)
    with pytest.raises(InvalidSpec):
        grade(spec, None)
    with pytest.raises(InvalidSpec):
        validate_answer(spec, None)


def test_points_default_to_one():
    spec = {k: v for k, v in SINGLE.items() if k != "points"}
    assert grade(spec, {"choice": "b"}).score == Decimal("1.00")


def test_grading_does_not_change_the_spec_or_the_answer():
    for spec in ALL_SPECS:
        before = copy.deepcopy(spec)
        answer = {ANSWER_KEYS[spec["type"]]: _valid_value(spec, random.Random(1))}
        answer_before = copy.deepcopy(answer)
        grade(spec, answer)
        assert spec == before
        assert answer == answer_before


# --- grade never raises ------------------------------------------------------------------------------------


def _junk(rng, depth=0):
    kinds = ["none", "bool", "int", "float", "str", "id", "list", "dict"]
    kind = rng.choice(kinds if depth < 3 else kinds[:6])
    if kind == "none":
        return None
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "int":
        return rng.choice([0, 1, -1, 50, 101, 10**30, -(10**30)])
    if kind == "float":
        return rng.choice([0.0, 15.5, -0.5, 100.0001, 1e308, float("nan"), float("inf"), float("-inf")])
    if kind == "str":
        return rng.choice(["", " ", "a", "\x00", "Cổng", "x" * 1000, "🙂", "true", "{}"])
    if kind == "id":
        return rng.choice(["a", "b", "s1", "l1", "r1", "r9", "x", "y", "z"])
    if kind == "list":
        return [_junk(rng, depth + 1) for _ in range(rng.choice([0, 1, 2, 5, 300]))]
    return {
        rng.choice(["x", "y", "l1", "l2", "a", 1, None]): _junk(rng, depth + 1)
        for _ in range(rng.randint(0, 4))
    }


def _valid_value(spec, rng):
    kind = spec["type"]
    if kind in ("single", "image_choice"):
        return rng.choice(spec["options"])["id"]
    if kind == "multiple":
        return rng.sample([o["id"] for o in spec["options"]], rng.randint(1, len(spec["options"])))
    if kind == "true_false":
        return rng.random() < 0.5
    if kind == "ordering":
        return rng.sample(spec["correct_order"], len(spec["correct_order"]))
    if kind == "matching":
        rights = [p["right"] for p in spec["pairs"]]
        return dict(zip([p["left"] for p in spec["pairs"]], rng.sample(rights, len(rights)), strict=True))
    if kind == "short_text":
        return rng.choice(spec["accepted"] + ["sai"])
    return {"x": rng.uniform(0, 100), "y": rng.uniform(0, 100)}


def _break(spec, rng):
    """A well-formed answer with exactly one thing made wrong."""
    key = ANSWER_KEYS[spec["type"]]
    value = _valid_value(spec, rng)
    damage = rng.choice(["extra key", "wrong key", "not a dict", "wrong type", "inside"])
    if damage == "extra key":
        return {key: value, rng.choice(["score", "correct", "x", key + "s"]): _junk(rng)}
    if damage == "wrong key":
        return {rng.choice([k for k in set(ANSWER_KEYS.values()) if k != key]): value}
    if damage == "not a dict":
        return rng.choice([[value], value, str(value), 7])
    if damage == "wrong type":
        wrong = {
            str: [value],
            bool: str(value).lower(),
            list: ",".join(map(str, value)) if isinstance(value, list) else 1,
            dict: list(value.items()) if isinstance(value, dict) else 1,
        }
        return {key: wrong[type(value)]}
    if isinstance(value, list):
        bad = rng.choice([None, 3, "zz", value[0], ["nested"]])
        return {key: [*value, bad]}
    if isinstance(value, dict) and spec["type"] == "matching":
        return {key: {**value, rng.choice(["zz", spec["pairs"][0]["left"]]): rng.choice([3, ["r1"], "zz"])}}
    if isinstance(value, dict):
        return {key: {**value, "x": rng.choice([-1, 100.5, "1", None, float("nan")])}}
    if spec["type"] == "short_text":
        return {key: rng.choice(["\x00", "a" * (MAX_TEXT_LENGTH + 1)])}
    if isinstance(value, str):
        return {key: rng.choice(["zz-unknown", value.upper(), value + " "])}
    return {key: rng.choice([0, 1, "true"])}


def test_grade_never_raises_over_random_junk():
    rng = random.Random(20240604)
    invalid = 0
    for _ in range(300):
        spec = rng.choice(ALL_SPECS)
        key = ANSWER_KEYS[spec["type"]]
        answer = rng.choice([_junk(rng), {key: _junk(rng)}, {key: _junk(rng), "x": _junk(rng)}])
        result = grade(spec, answer)
        errors = validate_answer(spec, answer)
        assert Decimal("0.00") <= result.score <= result.max_score
        assert result.valid is (errors == [])
        assert all(isinstance(e, str) and e for e in errors)
        if not result.valid:
            invalid += 1
            assert result.score == Decimal("0.00")
            assert result.answered is True
    assert invalid >= 200


def test_every_broken_answer_scores_zero_and_is_marked_invalid():
    rng = random.Random(4)
    for _ in range(250):
        spec = rng.choice(ALL_SPECS)
        answer = _break(spec, rng)
        result = grade(spec, answer)
        assert result.score == Decimal("0.00"), (spec["type"], answer)
        assert (result.answered, result.valid, result.correct) == (True, False, False), (spec["type"], answer)
        assert validate_answer(spec, answer), (spec["type"], answer)


def test_random_well_formed_answers_are_always_valid():
    rng = random.Random(7)
    for _ in range(200):
        spec = rng.choice(ALL_SPECS)
        answer = {ANSWER_KEYS[spec["type"]]: _valid_value(spec, rng)}
        result = grade(spec, answer)
        assert result.valid is True and result.answered is True
        assert validate_answer(spec, answer) == []
        assert Decimal("0.00") <= result.score <= result.max_score
        assert result.correct is (result.score == result.max_score)
