"""Grading: a pure function from a question spec and a learner's answer to a score.

No database, no request: the attempt service hands in plain JSON-able dicts and stores what comes back.
Scores sent by a client are never an input here.

Question spec (what quizzes.models produces for one question version)
---------------------------------------------------------------------
Common keys: ``type`` (one of QUESTION_TYPES) and ``points`` (positive int, default 1). Other keys (stem,
explanation, option texts and images, ...) are ignored here.

- single, image_choice: options [{"id": "a", ...}, ...] (>= 2, unique str ids), correct ["b"] (exactly
  one). Answer {"choice": "b"}.
- multiple: options, correct ["a", "c"] (>= 1), partial_credit (bool, default False).
  Answer {"choices": ["a", "c"]}.
- true_false: correct true|false. Answer {"value": true}.
- ordering: items [{"id": "s1"}, ...] (>= 2), correct_order (a permutation of the item ids),
  partial_credit. Answer {"order": ["s2", "s1", "s3"]}.
- matching: pairs [{"left": "l1", "right": "r3"}, ...] (>= 1, unique lefts), partial_credit.
  Answer {"matches": {"l1": "r3", ...}}.
- short_text: accepted ["...", ...] (>= 1), ignore_case (default True), ignore_diacritics (default
  False), ignore_spacing (default True). Answer {"text": "..."}.
- image_tap: regions [{"id": "r1", "x": 10, "y": 20, "width": 30, "height": 10}] in percent of the
  image, inside 0-100; correct [region ids] (>= 1). Answer {"point": {"x": 15.5, "y": 25}}.

Answers
-------
- Unanswered: ``None``, ``{}``, or the one expected key holding ``None``, ``""``, ``[]`` or ``{}`` (for
  short_text also whitespace only; for matching also every left mapped to ``None``). Scores 0 with
  ``answered=False``; validate_answer() finds nothing wrong with it, so autosave may clear an answer.
- Malformed: anything else that is not exactly the shape above (not a dict, another or an extra key, wrong
  types, ``None`` inside a list, ids not in the question, an id twice, an ordering that leaves steps out,
  a point outside 0-100, text over MAX_TEXT_LENGTH or with control characters). grade() never raises for
  these: it scores 0 with ``answered=True, valid=False``; validate_answer() says why in Vietnamese.
- A matching answer may leave lefts unpaired (``None`` or absent): they count as wrong. When the spec pairs
  every left with a different right, one right may be used only once.

Scoring
-------
Each type yields a share in [0, 1] as an exact Fraction; score = points x share.
- multiple with partial_credit: max(0, (right picks - wrong picks) / number of correct options). Ticking
  every box earns only (correct - wrong options) / correct; scores never go negative.
- ordering with partial_credit: the share of the correct order's neighbouring pairs (s1 then s2, s2 then
  s3, ...) that also stand next to each other, in that direction, in the answer. See _ordering_share.
- matching with partial_credit: the share of pairs matched correctly.
- without partial_credit, and for every other type: all or nothing.
- image_tap: right if the point lies in any correct region, edges included, compared as decimals so that
  x=0.7, width=0.1 really ends at 0.8.

Rounding
--------
A question's score is rounded DOWN to 0.01 (2 of 3 correct picks on a 1-point question gives 0.66): no
learner gets a mark by rounding, and an attempt's score is exactly the sum of the per-question scores the
learner is shown. grade_attempt() decides pass/fail on that sum with exact fractions, never on a rounded
percentage: 159.99 of 200 points is 79.995 %, which fails an 80 % mark; its percent is also rounded down
(79.99) so that a failed attempt never displays the pass mark.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise
from typing import Any

from django.utils.translation import gettext as _

from quizzes.normalise import normalise_answer_text

MAX_TEXT_LENGTH = 500
SHORT_TEXT_DEFAULTS = {"ignore_case": True, "ignore_diacritics": False, "ignore_spacing": True}


@dataclass(frozen=True)
class Result:
    """Scores are Decimals with two places; correct means full marks; valid=False marks a malformed answer."""

    score: Decimal
    max_score: Decimal
    correct: bool
    answered: bool
    valid: bool = True


@dataclass(frozen=True)
class AttemptResult:
    score: Decimal
    max_score: Decimal
    percent: Decimal
    passed: bool
    items: tuple[Result, ...] = ()


class InvalidSpec(ValueError):
    """The question itself is broken: an authoring bug, not a learner's mistake."""


def grade(spec: dict, answer: Any) -> Result:
    """Score one answer. Raises InvalidSpec for a broken spec; never raises for any answer."""
    problems = spec_errors(spec)
    if problems:
        raise InvalidSpec(" ".join(problems))
    max_score = _cents(Fraction(_points(spec)))
    blank, errors, value = _read(spec, answer)
    if blank:
        return Result(score=_cents(Fraction(0)), max_score=max_score, correct=False, answered=False)
    if errors:
        return Result(
            score=_cents(Fraction(0)), max_score=max_score, correct=False, answered=True, valid=False
        )
    share = _KINDS[spec["type"]].share(spec, value)
    return Result(score=_cents(_points(spec) * share), max_score=max_score, correct=share == 1, answered=True)


def validate_answer(spec: dict, answer: Any) -> list[str]:
    """Vietnamese messages for what is wrong with an answer; [] when it can be saved (blank included)."""
    problems = spec_errors(spec)
    if problems:
        raise InvalidSpec(" ".join(problems))
    return _read(spec, answer)[1]


def grade_attempt(items: list[tuple[dict, Any]], pass_mark_percent: int) -> AttemptResult:
    """Grade every (spec, answer) of an attempt. An attempt without questions never passes."""
    if isinstance(pass_mark_percent, bool) or not isinstance(pass_mark_percent, int):
        raise ValueError("pass_mark_percent must be an int")
    if not 0 <= pass_mark_percent <= 100:
        raise ValueError("pass_mark_percent must be between 0 and 100")
    results = tuple(grade(spec, answer) for spec, answer in items)
    score = sum((r.score for r in results), Decimal("0.00"))
    max_score = sum((r.max_score for r in results), Decimal("0.00"))
    if not max_score:
        return AttemptResult(score=score, max_score=max_score, percent=_cents(Fraction(0)), passed=False)
    # Fraction(Decimal) is exact, so the comparison sees 79.995 as 79.995.
    percent = Fraction(score) / Fraction(max_score) * 100
    return AttemptResult(
        score=score,
        max_score=max_score,
        percent=_cents(percent),
        passed=percent >= pass_mark_percent,
        items=results,
    )


# --- the question ---------------------------------------------------------------------------------------


def spec_errors(spec: Any) -> list[str]:
    """Vietnamese messages for what is wrong with a question spec (for authoring and import)."""
    if not isinstance(spec, dict) or spec.get("type") not in _KINDS:
        return [_("Loại câu hỏi không hợp lệ.")]
    errors = []
    points = spec.get("points", 1)
    if not _is_int(points) or points < 1:
        errors.append(_("Điểm của câu hỏi phải là số nguyên dương."))
    for flag in ("partial_credit", *SHORT_TEXT_DEFAULTS):
        if flag in spec and not isinstance(spec[flag], bool):
            errors.append(_("Tùy chọn chấm điểm phải là có hoặc không."))
            break
    errors.extend(_KINDS[spec["type"]].spec_errors(spec))
    return errors


def _choice_spec_errors(spec: dict) -> list[str]:
    ids = _ids(spec.get("options"))
    if ids is None:
        return [_("Mã lựa chọn phải là chuỗi và không được trùng nhau.")]
    if len(ids) < 2:
        return [_("Câu hỏi cần ít nhất hai lựa chọn.")]
    correct = spec.get("correct")
    if not _unique_strings(correct) or not set(correct) <= set(ids):
        return [_("Đáp án đúng phải là các lựa chọn có trong câu hỏi.")]
    if spec["type"] == "multiple":
        return [] if correct else [_("Câu hỏi nhiều lựa chọn cần ít nhất một đáp án đúng.")]
    return [] if len(correct) == 1 else [_("Câu hỏi một lựa chọn phải có đúng một đáp án đúng.")]


def _true_false_spec_errors(spec: dict) -> list[str]:
    if isinstance(spec.get("correct"), bool):
        return []
    return [_("Câu hỏi Đúng/Sai phải có đáp án Đúng hoặc Sai.")]


def _ordering_spec_errors(spec: dict) -> list[str]:
    ids = _ids(spec.get("items"))
    if ids is None or len(ids) < 2:
        return [_("Câu hỏi sắp xếp cần ít nhất hai bước, mỗi bước một mã riêng.")]
    order = spec.get("correct_order")
    if not _unique_strings(order) or sorted(order) != sorted(ids):
        return [_("Thứ tự đúng phải gồm đủ các bước, mỗi bước một lần.")]
    return []


def _matching_spec_errors(spec: dict) -> list[str]:
    pairs = spec.get("pairs")
    if (
        not isinstance(pairs, list)
        or not pairs
        or not all(
            isinstance(p, dict) and isinstance(p.get("left"), str) and isinstance(p.get("right"), str)
            for p in pairs
        )
    ):
        return [_("Câu hỏi ghép đôi cần ít nhất một cặp, mỗi cặp có mục bên trái và bên phải.")]
    if len({p["left"] for p in pairs}) != len(pairs):
        return [_("Mỗi mục bên trái chỉ được ghép một lần.")]
    return []


def _short_text_spec_errors(spec: dict) -> list[str]:
    accepted = spec.get("accepted")
    if not isinstance(accepted, list) or not accepted or not all(isinstance(a, str) for a in accepted):
        return [_("Cần ít nhất một câu trả lời được chấp nhận.")]
    options = _text_options(spec)
    if any(not normalise_answer_text(a, **options).strip() for a in accepted):
        return [_("Câu trả lời được chấp nhận không được để trống.")]
    return []


def _image_tap_spec_errors(spec: dict) -> list[str]:
    regions = spec.get("regions")
    ids = _ids(regions)
    if ids is None or not ids:
        return [_("Câu hỏi chạm vào hình cần ít nhất một vùng, mỗi vùng một mã riêng.")]
    for region in regions:
        box = [region.get(k) for k in ("x", "y", "width", "height")]
        if not all(_is_number(n) for n in box):
            return [_("Vùng chạm phải nằm trong hình (tọa độ phần trăm từ 0 đến 100).")]
        x, y, width, height = (_exact(n) for n in box)
        if min(x, y) < 0 or width <= 0 or height <= 0 or x + width > 100 or y + height > 100:
            return [_("Vùng chạm phải nằm trong hình (tọa độ phần trăm từ 0 đến 100).")]
    correct = spec.get("correct")
    if not _unique_strings(correct) or not correct or not set(correct) <= set(ids):
        return [_("Đáp án đúng phải là các vùng có trong câu hỏi.")]
    return []


# --- the answer -----------------------------------------------------------------------------------------


def _read(spec: dict, answer: Any) -> tuple[bool, list[str], Any]:
    """(blank, errors, value) for an answer to a valid spec."""
    if answer is None:
        return True, [], None
    if not isinstance(answer, dict):
        return False, [_("Câu trả lời không đúng định dạng.")], None
    if not answer:
        return True, [], None
    key = _KINDS[spec["type"]].answer_key
    if set(answer) != {key}:
        return False, [_("Câu trả lời có trường không dùng cho loại câu hỏi này.")], None
    value = answer[key]
    if value is None or value in ("", [], {}):
        return True, [], None
    errors = list(dict.fromkeys(_KINDS[spec["type"]].answer_errors(spec, value)))
    if not errors and _says_nothing(spec, value):
        return True, [], None
    return False, errors, value


def _says_nothing(spec: dict, value: Any) -> bool:
    """A well-formed answer that still answers nothing: spaces only, or no left paired."""
    if spec["type"] == "short_text":
        return not value.strip()
    if spec["type"] == "matching":
        return all(v is None for v in value.values())
    return False


def _choice_errors(spec: dict, value: Any) -> list[str]:
    if not isinstance(value, str):
        return [_("Câu trả lời không đúng định dạng.")]
    if value not in _ids(spec["options"]):
        return [_("Lựa chọn không có trong câu hỏi.")]
    return []


def _choices_errors(spec: dict, value: Any) -> list[str]:
    ids = _ids(spec["options"])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return [_("Câu trả lời không đúng định dạng.")]
    errors = []
    if len(value) > len(ids):
        errors.append(_("Câu trả lời có nhiều lựa chọn hơn số lựa chọn của câu hỏi."))
    if not set(value) <= set(ids):
        errors.append(_("Lựa chọn không có trong câu hỏi."))
    if len(set(value)) != len(value):
        errors.append(_("Mỗi lựa chọn chỉ được chọn một lần."))
    return errors


def _true_false_errors(spec: dict, value: Any) -> list[str]:
    return [] if isinstance(value, bool) else [_("Hãy chọn Đúng hoặc Sai.")]


def _order_errors(spec: dict, value: Any) -> list[str]:
    ids = _ids(spec["items"])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return [_("Câu trả lời không đúng định dạng.")]
    errors = []
    if len(value) > len(ids):
        errors.append(_("Câu trả lời có nhiều bước hơn câu hỏi."))
    if not set(value) <= set(ids):
        errors.append(_("Bước không có trong câu hỏi."))
    if len(set(value)) != len(value):
        errors.append(_("Mỗi bước chỉ được xếp một lần."))
    if not set(ids) <= set(value):
        errors.append(_("Hãy xếp đủ tất cả các bước."))
    return errors


def _matches_errors(spec: dict, value: Any) -> list[str]:
    pairs = spec["pairs"]
    lefts = {p["left"] for p in pairs}
    rights = [p["right"] for p in pairs]
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in value.items()
    ):
        return [_("Câu trả lời không đúng định dạng.")]
    errors = []
    if not set(value) <= lefts:
        errors.append(_("Mục cần ghép không có trong câu hỏi."))
    chosen = [v for v in value.values() if v is not None]
    if not set(chosen) <= set(rights):
        errors.append(_("Đáp án ghép không có trong câu hỏi."))
    # Only a one-to-one question forbids reuse; where the author gave two lefts the same right, it must be
    # usable twice.
    if len(set(rights)) == len(rights) and len(set(chosen)) != len(chosen):
        errors.append(_("Mỗi đáp án ghép chỉ được dùng một lần."))
    return errors


def _text_errors(spec: dict, value: Any) -> list[str]:
    if not isinstance(value, str):
        return [_("Câu trả lời không đúng định dạng.")]
    errors = []
    if len(value) > MAX_TEXT_LENGTH:
        errors.append(_("Câu trả lời quá dài (tối đa %(limit)s ký tự).") % {"limit": MAX_TEXT_LENGTH})
    # NUL cannot be stored in a PostgreSQL text column; other control characters are never typed.
    if any(unicodedata.category(ch) == "Cc" and not ch.isspace() for ch in value):
        errors.append(_("Câu trả lời có ký tự không hợp lệ."))
    return errors


def _point_errors(spec: dict, value: Any) -> list[str]:
    if (
        not isinstance(value, dict)
        or set(value) != {"x", "y"}
        or not all(_is_number(value[k]) for k in ("x", "y"))
    ):
        return [_("Câu trả lời không đúng định dạng.")]
    if not all(0 <= _exact(value[k]) <= 100 for k in ("x", "y")):
        return [_("Điểm chạm nằm ngoài hình.")]
    return []


# --- scoring a well-formed answer -----------------------------------------------------------------------


def _choice_share(spec: dict, choice: str) -> Fraction:
    return Fraction(choice == spec["correct"][0])


def _choices_share(spec: dict, choices: list[str]) -> Fraction:
    correct, picked = set(spec["correct"]), set(choices)
    if picked == correct:
        return Fraction(1)
    if not spec.get("partial_credit", False):
        return Fraction(0)
    right, wrong = len(picked & correct), len(picked - correct)
    return max(Fraction(0), Fraction(right - wrong, len(correct)))


def _true_false_share(spec: dict, value: bool) -> Fraction:
    return Fraction(value == spec["correct"])


def _ordering_share(spec: dict, order: list[str]) -> Fraction:
    correct = spec["correct_order"]
    if order == correct:
        return Fraction(1)
    if not spec.get("partial_credit", False):
        return Fraction(0)
    # Neighbouring pairs, not positions: a procedure is known as "what comes after what". Counting items in
    # their exact position gives 0 for [s2, s3, s4, s1] - one step forgotten at the start shifts every
    # other step - although the learner knows three of the four transitions; pairs give 2/3. A reversed
    # order still earns nothing, since each pair must keep its direction.
    wanted = set(pairwise(correct))
    given = set(pairwise(order))
    return Fraction(len(wanted & given), len(wanted))


def _matching_share(spec: dict, matches: dict[str, str | None]) -> Fraction:
    pairs = spec["pairs"]
    right = sum(matches.get(p["left"]) == p["right"] for p in pairs)
    if right == len(pairs):
        return Fraction(1)
    if not spec.get("partial_credit", False):
        return Fraction(0)
    return Fraction(right, len(pairs))


def _short_text_share(spec: dict, text: str) -> Fraction:
    options = _text_options(spec)
    accepted = {normalise_answer_text(a, **options) for a in spec["accepted"]}
    return Fraction(normalise_answer_text(text, **options) in accepted)


def _image_tap_share(spec: dict, point: dict) -> Fraction:
    x, y = _exact(point["x"]), _exact(point["y"])
    correct = set(spec["correct"])
    for region in spec["regions"]:
        if region["id"] not in correct:
            continue
        left, top = _exact(region["x"]), _exact(region["y"])
        if left <= x <= left + _exact(region["width"]) and top <= y <= top + _exact(region["height"]):
            return Fraction(1)
    return Fraction(0)


@dataclass(frozen=True)
class _Kind:
    answer_key: str
    spec_errors: Callable[[dict], list[str]]
    answer_errors: Callable[[dict, Any], list[str]]
    share: Callable[[dict, Any], Fraction]


_choice = _Kind("choice", _choice_spec_errors, _choice_errors, _choice_share)
_KINDS = {
    "single": _choice,
    "multiple": _Kind("choices", _choice_spec_errors, _choices_errors, _choices_share),
    "true_false": _Kind("value", _true_false_spec_errors, _true_false_errors, _true_false_share),
    "ordering": _Kind("order", _ordering_spec_errors, _order_errors, _ordering_share),
    "matching": _Kind("matches", _matching_spec_errors, _matches_errors, _matching_share),
    "short_text": _Kind("text", _short_text_spec_errors, _text_errors, _short_text_share),
    "image_choice": _choice,
    "image_tap": _Kind("point", _image_tap_spec_errors, _point_errors, _image_tap_share),
}
QUESTION_TYPES = tuple(_KINDS)
ANSWER_KEYS = {kind: k.answer_key for kind, k in _KINDS.items()}


# --- helpers --------------------------------------------------------------------------------------------


def _points(spec: dict) -> int:
    return spec.get("points", 1)


def _cents(value: Fraction) -> Decimal:
    """Round down to 0.01 with integer arithmetic, so no decimal context can round a value up."""
    return Decimal(math.floor(value * 100)).scaleb(-2)


def _text_options(spec: dict) -> dict[str, bool]:
    return {flag: spec.get(flag, default) for flag, default in SHORT_TEXT_DEFAULTS.items()}


def _ids(entries: Any) -> list[str] | None:
    """The ids of a list of {"id": ...} dicts, or None when that is not what it is."""
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        return None
    ids = [e.get("id") for e in entries]
    return ids if _unique_strings(ids) else None


def _unique_strings(values: Any) -> bool:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        return False
    return len(set(values)) == len(values)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    return _is_int(value)


def _exact(number: int | float) -> Decimal:
    # str() of a float is its shortest round-tripping form, i.e. the decimal the author or browser wrote.
    return Decimal(str(number)) if isinstance(number, float) else Decimal(number)
