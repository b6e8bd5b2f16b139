"""The quiz page's form: the fields of each question, and the answers (in the shapes quizzes.grading reads)
built from what a browser posts. quiz.js builds the same answers in the browser for autosave: keep the two
in step.

Field names for the question at position p, whose prefix is "q<p>":
- single, image_choice, true_false ("true"/"false"), short_text: "q<p>"; multiple: "q<p>", repeated.
- ordering: "q<p>-<step id>" holds the place the learner gave that step, 1..n.
- matching: "q<p>-<left id>" holds the chosen right id.
- image_tap: "q<p>-x" and "q<p>-y", the tapped point in percent of the image (quiz.js fills them). Without
  JavaScript the image is an <input type="image" name="q<p>-tap">: tapping it posts the form with the
  tapped pixel as "q<p>-tap.x"/"q<p>-tap.y". The image is drawn at exactly its rendition's size
  (TAP_RENDITION, never scaled by CSS), so pixel / rendition size is the percent.
"""

import math
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.images import get_image_model

from quizzes.grading import ANSWER_KEYS, validate_answer

# 280 px fits a 360 px phone inside the page's and the question's margins, so the no-JavaScript tap image
# is never scaled.
TAP_RENDITION = "width-280"
MAX_SEQ = 2**31 - 1  # saved_seq is a PositiveIntegerField
TRUE_FALSE = (("true", gettext_lazy("Đúng")), ("false", gettext_lazy("Sai")))


@dataclass
class QuestionField:
    """One question of an attempt as the form shows it: its display data in the attempt's option order,
    the values its inputs hold (`raw`, by field name) and, once posted, the answer built from them."""

    item: Any
    number: int
    images: dict = field(default_factory=dict)
    raw: dict = field(default_factory=dict)
    answer: Any = None
    error: str = ""

    # --- what the question is ------------------------------------------------------------------------

    @property
    def position(self) -> int:
        return self.item.position

    @property
    def display(self) -> dict:
        return self.item.version.display

    @property
    def spec(self) -> dict:
        return self.item.version.spec

    @property
    def kind(self) -> str:
        return self.spec["type"]

    @property
    def prefix(self) -> str:
        return f"q{self.position}"

    @property
    def image(self):
        return self.images.get(self.display.get("image"))

    @cached_property
    def tap(self):
        """The rendition the image_tap question is tapped on (None without an image)."""
        image = self.image
        if self.kind != "image_tap" or image is None:
            return None
        return image.get_rendition(TAP_RENDITION)

    def _ordered(self, entries: list[dict]) -> list[dict]:
        by_id = {entry["id"]: entry for entry in entries}
        order = [entry_id for entry_id in self.item.option_order if entry_id in by_id]
        return [by_id[entry_id] for entry_id in order] or list(entries)

    # --- what the template draws ---------------------------------------------------------------------

    @property
    def options(self) -> list[dict]:
        picked = self.raw.get(self.prefix)
        picked = set(picked) if isinstance(picked, list) else {picked}
        return [
            {
                "id": option["id"],
                "text": option.get("text", ""),
                "image": self.images.get(option.get("image")),
                "checked": option["id"] in picked,
                "input_id": f"{self.prefix}-{index}",
            }
            for index, option in enumerate(self._ordered(self.display.get("options", [])), 1)
        ]

    @property
    def truth_choices(self) -> list[dict]:
        value = self.raw.get(self.prefix)
        return [
            {"value": v, "label": label, "checked": v == value, "input_id": f"{self.prefix}-{v}"}
            for v, label in TRUE_FALSE
        ]

    @property
    def steps(self) -> list[dict]:
        return [
            {
                "id": step["id"],
                "text": step.get("text", ""),
                "name": f"{self.prefix}-{step['id']}",
                "selected": self.raw.get(f"{self.prefix}-{step['id']}", ""),
            }
            for step in self._ordered(self.display.get("items", []))
        ]

    @property
    def places(self) -> list[str]:
        return [str(place) for place in range(1, len(self.spec.get("items", [])) + 1)]

    @property
    def lefts(self) -> list[dict]:
        return [
            {
                "id": left["id"],
                "text": left.get("text", ""),
                "name": f"{self.prefix}-{left['id']}",
                "selected": self.raw.get(f"{self.prefix}-{left['id']}", ""),
            }
            for left in self.display.get("left", [])
        ]

    @property
    def rights(self) -> list[dict]:
        return self._ordered(self.display.get("right", []))

    @property
    def text(self) -> str:
        value = self.raw.get(self.prefix, "")
        return value if isinstance(value, str) else ""

    @property
    def point(self) -> dict | None:
        """The chosen point as numbers in 0-100 (they go into a style attribute), or None."""
        try:
            x, y = (float(self.raw.get(f"{self.prefix}-{axis}", "")) for axis in "xy")
        except ValueError:
            return None
        if not all(math.isfinite(v) and 0 <= v <= 100 for v in (x, y)):
            return None
        return {"x": _number_text(x), "y": _number_text(y)}

    # --- the review page -----------------------------------------------------------------------------

    def describe(self, answer) -> list[str]:
        """An answer in words, one line each ([] when unanswered; image_tap is drawn, not described)."""
        value = answer.get(ANSWER_KEYS[self.kind]) if isinstance(answer, dict) else None
        if value in (None, "", [], {}):
            return []
        if self.kind in ("single", "image_choice"):
            return [self._texts("options").get(value, value)]
        if self.kind == "multiple":
            texts = self._texts("options")
            return [texts.get(v, v) for v in value]
        if self.kind == "true_false":
            return [str(dict(TRUE_FALSE)["true" if value else "false"])]
        if self.kind == "ordering":
            texts = self._texts("items")
            return [f"{place}. {texts.get(step, step)}" for place, step in enumerate(value, 1)]
        if self.kind == "matching":
            rights = self._texts("right")
            # In the order the question lists them: a JSON column need not keep the answer's key order.
            return [
                f"{left['text']} → {rights.get(value[left['id']], '—') if value.get(left['id']) else '—'}"
                for left in self.display.get("left", [])
                if left["id"] in value
            ]
        if self.kind == "short_text":
            return [value]
        return []

    def describe_correct(self) -> list[str]:
        spec = self.spec
        if self.kind == "multiple":
            return self.describe({"choices": spec["correct"]})
        if self.kind in ("single", "image_choice"):
            return self.describe({"choice": spec["correct"][0]})
        if self.kind == "true_false":
            return self.describe({"value": spec["correct"]})
        if self.kind == "ordering":
            return self.describe({"order": spec["correct_order"]})
        if self.kind == "matching":
            return self.describe({"matches": {pair["left"]: pair["right"] for pair in spec["pairs"]}})
        if self.kind == "short_text":
            return [" / ".join(spec["accepted"])]
        return []

    @property
    def correct_regions(self) -> list[dict]:
        correct = set(self.spec.get("correct", [])) if self.kind == "image_tap" else set()
        return [region for region in self.spec.get("regions", []) if region["id"] in correct]

    def _texts(self, key: str) -> dict[str, str]:
        return {entry["id"]: entry.get("text", "") for entry in self.display.get(key, [])}

    # --- reading -------------------------------------------------------------------------------------

    def read_answer(self, answer) -> None:
        """Fill the inputs from an answer the server holds."""
        self.raw = _raw_from_answer(self.kind, self.prefix, answer)

    def read_post(self, data) -> None:
        """Fill the inputs from a posted form and build the answer; a problem is kept in .error."""
        self.raw = self._raw_from_post(data)
        self.answer, problem = _build(self)
        if problem is None:
            problem = " ".join(validate_answer(self.spec, self.answer)) or None
        self.error = problem or ""

    def _raw_from_post(self, data) -> dict:
        prefix = self.prefix
        if self.kind == "multiple":
            return {prefix: [str(v) for v in data.getlist(prefix)]}
        if self.kind == "ordering":
            return {step["name"]: data.get(step["name"], "") for step in self.steps}
        if self.kind == "matching":
            return {left["name"]: data.get(left["name"], "") for left in self.lefts}
        if self.kind == "image_tap":
            raw = {f"{prefix}-x": data.get(f"{prefix}-x", ""), f"{prefix}-y": data.get(f"{prefix}-y", "")}
            tapped = _pixel_point(data, f"{prefix}-tap", self.tap)
            return tapped or raw
        return {prefix: data.get(prefix, "")}


def _raw_from_answer(kind: str, prefix: str, answer) -> dict:
    value = answer.get(ANSWER_KEYS[kind]) if isinstance(answer, dict) else None
    if value is None:
        return {}
    if kind == "multiple":
        return {prefix: list(value)}
    if kind == "true_false":
        return {prefix: "true" if value else "false"}
    if kind == "ordering":
        return {f"{prefix}-{step}": str(place) for place, step in enumerate(value, 1)}
    if kind == "matching":
        return {f"{prefix}-{left}": right for left, right in value.items() if right}
    if kind == "image_tap":
        return {f"{prefix}-x": _number_text(value["x"]), f"{prefix}-y": _number_text(value["y"])}
    return {prefix: value}


def _number_text(number) -> str:
    if isinstance(number, float):
        return format(round(number, 4), "f").rstrip("0").rstrip(".") or "0"
    return str(number)


def _pixel_point(data, name: str, rendition) -> dict | None:
    """The percent point of a tap on the no-JavaScript <input type="image">, or None if there was none."""
    if rendition is None or f"{name}.x" not in data:
        return None
    try:
        x, y = int(data.get(f"{name}.x")), int(data.get(f"{name}.y"))
    except (TypeError, ValueError):
        return None
    prefix = name.removesuffix("-tap")
    return {
        f"{prefix}-x": _number_text(_percent(x, rendition.width)),
        f"{prefix}-y": _number_text(_percent(y, rendition.height)),
    }


def _percent(pixels: int, size: int) -> float:
    return round(min(max(pixels / size * 100, 0), 100), 2) if size else 0.0


def _build(question: QuestionField) -> tuple[Any, str | None]:
    """(answer, problem) from the inputs; a blank question gives (None, None)."""
    kind, raw, prefix = question.kind, question.raw, question.prefix
    if kind in ("single", "image_choice"):
        value = raw.get(prefix, "")
        return ({"choice": value} if value else None), None
    if kind == "multiple":
        values = raw.get(prefix) or []
        return ({"choices": values} if values else None), None
    if kind == "true_false":
        value = raw.get(prefix, "")
        if value == "":
            return None, None
        if value not in ("true", "false"):
            return None, _("Hãy chọn Đúng hoặc Sai.")
        return {"value": value == "true"}, None
    if kind == "short_text":
        value = raw.get(prefix, "")
        return ({"text": value} if value else None), None
    if kind == "ordering":
        return _build_order(question)
    if kind == "matching":
        matches = {left["id"]: left["selected"] for left in question.lefts if left["selected"]}
        return ({"matches": matches} if matches else None), None
    if kind == "image_tap":
        return _build_point(question)
    return None, _("Loại câu hỏi không hợp lệ.")


def _build_order(question: QuestionField) -> tuple[Any, str | None]:
    steps = question.steps
    chosen = [step["selected"] for step in steps]
    if not any(chosen):
        return None, None
    if not all(chosen):
        return None, _("Hãy chọn vị trí cho tất cả các bước.")
    try:
        places = [int(place) for place in chosen]
    except ValueError:
        return None, _("Vị trí của bước không hợp lệ.")
    if not all(1 <= place <= len(steps) for place in places):
        return None, _("Vị trí của bước không hợp lệ.")
    if len(set(places)) != len(places):
        return None, _("Hai bước không thể cùng một vị trí. Mỗi vị trí chỉ chọn cho một bước.")
    ranked = sorted(zip(places, steps, strict=True), key=lambda pair: pair[0])
    return {"order": [step["id"] for _place, step in ranked]}, None


def _build_point(question: QuestionField) -> tuple[Any, str | None]:
    x, y = question.raw.get(f"{question.prefix}-x", ""), question.raw.get(f"{question.prefix}-y", "")
    if x == "" and y == "":
        return None, None
    try:
        point = {"x": float(x), "y": float(y)}
    except (TypeError, ValueError):
        return None, _("Điểm chạm không hợp lệ.")
    if not all(math.isfinite(v) for v in point.values()):
        return None, _("Điểm chạm không hợp lệ.")
    return {"point": {k: round(v, 2) for k, v in point.items()}}, None


def images_for(items) -> dict:
    """The Wagtail images the questions show (stem and option images), by id; a deleted one is skipped."""
    ids = set()
    for item in items:
        display = item.version.display
        ids.add(display.get("image"))
        ids.update(option.get("image") for option in display.get("options", []))
    ids.discard(None)
    return get_image_model().objects.in_bulk(ids) if ids else {}


class AttemptForm:
    """Every question of an attempt, in attempt order. Unbound, the inputs show the answers the server
    holds; bound to a POST, it builds one answer per question, keyed by position as submit() wants."""

    def __init__(self, items, *, data=None, images: dict | None = None):
        items = list(items)
        images = images if images is not None else images_for(items)
        self.questions = [QuestionField(item, number, images) for number, item in enumerate(items, 1)]
        self.is_bound = data is not None
        for question in self.questions:
            if data is None:
                question.read_answer(question.item.answer)
            else:
                question.read_post(data)

    def is_valid(self) -> bool:
        return self.is_bound and not any(question.error for question in self.questions)

    @property
    def answers(self) -> dict[str, Any]:
        """Position -> answer for every question whose inputs make a valid answer (blank ones included)."""
        return {str(q.position): q.answer for q in self.questions if not q.error}

    @property
    def errors(self) -> list[str]:
        return [
            _("Câu %(number)s: %(problem)s") % {"number": q.number, "problem": q.error}
            for q in self.questions
            if q.error
        ]


@dataclass(frozen=True)
class SaveRequest:
    tab: str
    position: int
    answer: Any
    seq: int


def read_save_request(payload: Any) -> SaveRequest | None:
    """The autosave body {"tab", "position", "answer", "seq"} if it has that shape, else None."""
    if not isinstance(payload, dict) or set(payload) != {"tab", "position", "answer", "seq"}:
        return None
    tab, position, seq = payload["tab"], payload["position"], payload["seq"]
    if not isinstance(tab, str) or not tab or len(tab) > 64:
        return None
    for number in (position, seq):
        if not isinstance(number, int) or isinstance(number, bool) or not 0 <= number <= MAX_SEQ:
            return None
    return SaveRequest(tab=tab, position=position, answer=payload["answer"], seq=seq)
