"""Per-question statistics for trainers: how often a question was answered, how hard it proved, and
which wrong answer learners gave most.

Only submitted attempts count. Every figure comes from a fixed number of grouped queries (answers are
grouped by their JSON in the database, so a thousand learners picking "B" arrive as one row); what is
left to Python runs over those groups, never over attempts.

A question keeps its statistics across its versions. Versions whose answers are the same (the same
option ids with the same texts, the same key) form one variant, so an edit to the stem only keeps
one table; a changed option starts a new one. Option ids are stable while an option's text is
unchanged (quizzes.blocks, quizzes.demo.seed._item).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from django.db.models import Count, Q, QuerySet, Sum
from django.utils.translation import gettext as _

from quizzes.grading import ANSWER_KEYS, SHORT_TEXT_DEFAULTS, InvalidSpec, grade
from quizzes.models import AttemptItem, Question, QuestionTag, QuestionVersion, Quiz
from quizzes.normalise import normalise_answer_text

# Below this many answers a percentage says more about the few learners than about the question.
MIN_ANSWERS = 5
# A short text question can collect many different wrong answers; the rest are summed in one row.
MAX_TEXT_ROWS = 15

ORDER_HARDEST = "kho-nhat"
ORDER_EASIEST = "de-nhat"
ORDER_MOST_ANSWERED = "nhieu-luot-nhat"

CHOICE_TYPES = ("single", "multiple", "image_choice")
# The parts of a version's display that define its answers (not its stem or explanation).
_ANSWER_DISPLAY_KEYS = ("options", "items", "left", "right")

Key = tuple[str, ...]


@dataclass(frozen=True)
class WrongAnswer:
    """The wrong answer given most; share is of the answers that could have given it."""

    label: str
    count: int
    share: float


@dataclass(frozen=True)
class QuestionStats:
    question_id: int
    title: str
    topic: str
    kind: str
    attempts: int
    fully_correct: int
    score: Decimal
    max_score: Decimal
    top_wrong: WrongAnswer | None = None

    @property
    def enough_data(self) -> bool:
        return self.attempts >= MIN_ANSWERS

    @property
    def facility(self) -> float | None:
        """The share of the available points learners got, in percent (the facility index)."""
        if not self.max_score:
            return None
        return float(Fraction(self.score) / Fraction(self.max_score) * 100)

    @property
    def percent_correct(self) -> float | None:
        if not self.attempts:
            return None
        return self.fully_correct * 100 / self.attempts


@dataclass(frozen=True)
class AnswerRow:
    label: str
    count: int
    percent: float
    correct: bool = False
    blank: bool = False


@dataclass(frozen=True)
class Variant:
    """Versions that offered the same answers, with how those answers were chosen."""

    numbers: tuple[int, ...]
    attempts: int
    rows: tuple[AnswerRow, ...]
    # For multiple choice one learner ticks several options, so the rows do not add up to the attempts.
    several_per_attempt: bool = False


@dataclass(frozen=True)
class QuizStats:
    quiz_id: int
    title: str
    attempts: int
    fully_correct: int
    facility: float | None


@dataclass(frozen=True)
class QuestionDetail:
    stats: QuestionStats
    variants: tuple[Variant, ...]
    quizzes: tuple[QuizStats, ...]


@dataclass
class _Tally:
    """What the submitted answers to one version add up to."""

    version: dict
    attempts: int = 0
    fully_correct: int = 0
    score: Decimal = Decimal(0)
    blank: int = 0
    wrong: int = 0
    picks: dict[Key, int] = field(default_factory=lambda: defaultdict(int))
    wrong_picks: dict[Key, int] = field(default_factory=lambda: defaultdict(int))
    labels: dict[Key, str] = field(default_factory=dict)

    @property
    def spec(self) -> dict:
        return self.version["spec"]

    @property
    def max_score(self) -> Decimal:
        return Decimal(self.spec.get("points", 1)) * self.attempts


# --- queries --------------------------------------------------------------------------------------------


def _submitted_items(*, questions: QuerySet[Question], quiz_id: int | None) -> QuerySet[AttemptItem]:
    items = AttemptItem.objects.filter(
        attempt__submitted_at__isnull=False, version__question__in=questions.values("pk")
    )
    if quiz_id is not None:
        items = items.filter(attempt__quiz_id=quiz_id)
    return items


def _tallies(
    *, questions: QuerySet[Question], quiz_id: int | None
) -> tuple[dict[int, dict], dict[int, _Tally]]:
    """Every version of the questions, and one _Tally per version that has submitted answers; three
    queries whatever the number of attempts."""
    versions = {
        row["id"]: row
        for row in QuestionVersion.objects.filter(question__in=questions.values("pk")).values(
            "id", "question_id", "number", "spec", "display"
        )
    }
    items = _submitted_items(questions=questions, quiz_id=quiz_id).order_by()
    tallies: dict[int, _Tally] = {}

    def tally_for(version_id: int) -> _Tally:
        if version_id not in tallies:
            tallies[version_id] = _Tally(version=versions[version_id])
        return tallies[version_id]

    # A tap is a point that no two learners share; grouping by it would return one row per answer.
    tap = Q(version__spec__type="image_tap")
    grouped = (
        items.exclude(tap)
        .values("version_id", "answer", "correct")
        .annotate(n=Count("id"), score=Sum("score"))
    )
    for row in grouped:
        _count_answer(
            tally_for(row["version_id"]), row["answer"], bool(row["correct"]), row["n"], row["score"]
        )
    taps = (
        items.filter(tap)
        .values("version_id", "correct")
        .annotate(
            n=Count("id"), score=Sum("score"), tapped=Count("id", filter=Q(answer__point__x__isnull=False))
        )
    )
    for row in taps:
        tally = tally_for(row["version_id"])
        _add_totals(tally, bool(row["correct"]), row["n"], row["score"])
        tally.blank += row["n"] - row["tapped"]
        if not row["correct"]:
            tally.wrong += row["tapped"]
    return versions, tallies


# --- reading one group of identical answers -------------------------------------------------------------


def _add_totals(tally: _Tally, correct: bool, n: int, score: Decimal | None) -> None:
    tally.attempts += n
    tally.score += score or Decimal(0)
    if correct:
        tally.fully_correct += n


def _is_blank(spec: dict, answer: Any) -> bool:
    try:
        return not grade(spec, answer).answered
    except InvalidSpec:
        return answer in (None, {})


def _option_text(display: dict, option_id: str) -> str:
    for option in display.get("options", []):
        if option["id"] == option_id:
            return option["text"]
    return option_id


def _normalised_text(spec: dict, text: str) -> str:
    options = {flag: spec.get(flag, default) for flag, default in SHORT_TEXT_DEFAULTS.items()}
    return normalise_answer_text(text, **options)


def _picks(version: dict, value: Any) -> list[tuple[Key, str]]:
    """What an answered item chose, as (key, label); the key holds the option's text so the same id with
    another text (a reworded option) never merges with it."""
    spec, display = version["spec"], version["display"]
    kind = spec["type"]
    if kind in ("single", "image_choice"):
        value = [value]
    if kind in CHOICE_TYPES:
        return [
            (("option", choice, _option_text(display, choice)), _option_text(display, choice))
            for choice in value
        ]
    if kind == "true_false":
        return [(("value", "true" if value else "false"), _("Đúng") if value else _("Sai"))]
    if kind == "short_text":
        text = _normalised_text(spec, value)
        return [(("text", text), text)]
    return []


def _summary_label(kind: str, correct: bool) -> str:
    if kind == "ordering":
        return _("Đúng thứ tự") if correct else _("Sai thứ tự")
    if kind == "matching":
        return _("Ghép đúng tất cả") if correct else _("Ghép sai")
    return _("Chạm đúng chỗ") if correct else _("Chạm sai chỗ")


def _count_answer(tally: _Tally, answer: Any, correct: bool, n: int, score: Decimal | None) -> None:
    _add_totals(tally, correct, n, score)
    spec = tally.spec
    if _is_blank(spec, answer):
        tally.blank += n
        return
    if not correct:
        tally.wrong += n
    picks = _picks(tally.version, answer[ANSWER_KEYS[spec["type"]]])
    for key, label in picks:
        tally.picks[key] += n
        tally.labels[key] = label
    if correct:
        return
    if spec["type"] == "multiple":
        # A wrong multiple-choice answer is told by the wrong options it ticked, not the right ones.
        right = set(spec["correct"])
        picks = [(key, label) for key, label in picks if key[1] not in right]
        if not picks:
            picks = [(("missing",), _("Chọn thiếu phương án đúng"))]
    elif spec["type"] not in ("single", "image_choice", "true_false", "short_text"):
        picks = [(("summary",), _summary_label(spec["type"], correct=False))]
    for key, label in picks:
        tally.wrong_picks[key] += n
        tally.labels[key] = label


# --- from tallies to figures ----------------------------------------------------------------------------


def _offered(tally: _Tally) -> set[Key]:
    display = tally.version["display"]
    return {("option", option["id"], option["text"]) for option in display.get("options", [])}


def _top_wrong(tallies: list[_Tally]) -> WrongAnswer | None:
    counts: dict[Key, int] = defaultdict(int)
    labels: dict[Key, str] = {}
    for tally in tallies:
        for key, n in tally.wrong_picks.items():
            counts[key] += n
            labels[key] = tally.labels[key]
    if not counts:
        return None
    key = min(counts, key=lambda k: (-counts[k], labels[k]))
    if key[0] == "option":
        # An option only some versions offered is measured against the answers to those versions.
        possible = sum(t.attempts for t in tallies if key in _offered(t))
    else:
        possible = sum(t.attempts for t in tallies)
    share = counts[key] * 100 / possible if possible else 0.0
    return WrongAnswer(label=labels[key], count=counts[key], share=share)


def _stats(question: dict, tallies: list[_Tally], kind: str) -> QuestionStats:
    return QuestionStats(
        question_id=question["id"],
        title=question["title"],
        topic=question["topic__name"] or "",
        kind=kind,
        attempts=sum(t.attempts for t in tallies),
        fully_correct=sum(t.fully_correct for t in tallies),
        score=sum((t.score for t in tallies), Decimal(0)),
        max_score=sum((t.max_score for t in tallies), Decimal(0)),
        top_wrong=_top_wrong(tallies),
    )


def _sort_key(order: str):
    def hardest(row: QuestionStats):
        return (not row.enough_data, row.facility is None, row.facility or 0, row.title)

    def easiest(row: QuestionStats):
        return (not row.enough_data, row.facility is None, -(row.facility or 0), row.title)

    def most_answered(row: QuestionStats):
        return (-row.attempts, row.title)

    return {ORDER_EASIEST: easiest, ORDER_MOST_ANSWERED: most_answered}.get(order, hardest)


def _questions_in_scope(*, quiz: Quiz | None, topic_id: int | None) -> QuerySet[Question]:
    questions = Question.objects.all()
    if topic_id is not None:
        questions = questions.filter(topic_id=topic_id)
    if quiz is not None:
        # The questions its pools draw now, and any it drew before their tags changed.
        answered = AttemptItem.objects.filter(attempt__quiz=quiz, attempt__submitted_at__isnull=False).values(
            "version__question_id"
        )
        tagged = QuestionTag.objects.filter(tag__slug__in=quiz.pools.values("tag")).values(
            "content_object_id"
        )
        questions = questions.filter(Q(pk__in=answered) | Q(pk__in=tagged))
    return questions


def _newest_kinds(versions: Iterable[dict]) -> dict[int, str]:
    """The type of each question's newest version (an edit may change a question's type)."""
    kinds: dict[int, str] = {}
    for version in sorted(versions, key=lambda v: v["number"]):
        kinds[version["question_id"]] = version["spec"]["type"]
    return kinds


def question_statistics(
    *, quiz: Quiz | None = None, topic_id: int | None = None, order: str = ORDER_HARDEST
) -> list[QuestionStats]:
    """Every question in scope (a quiz's, a topic's, or all), with its figures over submitted attempts.

    Hardest first by default; questions with fewer than MIN_ANSWERS answers come after the others, since
    their figures are not yet to be trusted, and the unanswered last."""
    questions = _questions_in_scope(quiz=quiz, topic_id=topic_id)
    versions, tallies = _tallies(questions=questions, quiz_id=quiz.pk if quiz else None)
    by_question: dict[int, list[_Tally]] = defaultdict(list)
    for tally in tallies.values():
        by_question[tally.version["question_id"]].append(tally)
    rows = list(questions.order_by().values("id", "title", "topic__name"))
    kinds = _newest_kinds(versions.values())
    stats = [_stats(row, by_question.get(row["id"], []), kinds.get(row["id"], "")) for row in rows]
    return sorted(stats, key=_sort_key(order))


# --- one question in detail -----------------------------------------------------------------------------


def _signature(version: dict) -> str:
    spec = {key: value for key, value in version["spec"].items() if key != "points"}
    answers = {key: version["display"][key] for key in _ANSWER_DISPLAY_KEYS if key in version["display"]}
    return json.dumps([spec, answers], sort_keys=True, ensure_ascii=False)


def _rows(tallies: list[_Tally]) -> list[AnswerRow]:
    first = tallies[0]
    spec, display = first.spec, first.version["display"]
    kind = spec["type"]
    attempts = sum(t.attempts for t in tallies)
    picks: dict[Key, int] = defaultdict(int)
    for tally in tallies:
        for key, n in tally.picks.items():
            picks[key] += n

    def row(label: str, count: int, **flags) -> AnswerRow:
        return AnswerRow(label=label, count=count, percent=count * 100 / attempts if attempts else 0, **flags)

    rows: list[AnswerRow] = []
    if kind in CHOICE_TYPES:
        for option in display["options"]:
            key = ("option", option["id"], option["text"])
            rows.append(row(option["text"], picks.get(key, 0), correct=option["id"] in spec["correct"]))
    elif kind == "true_false":
        for value, label in ((True, _("Đúng")), (False, _("Sai"))):
            key = ("value", "true" if value else "false")
            rows.append(row(label, picks.get(key, 0), correct=spec["correct"] is value))
    elif kind == "short_text":
        accepted = {_normalised_text(spec, text) for text in spec["accepted"]}
        ranked = sorted(picks.items(), key=lambda item: (-item[1], item[0]))
        for key, count in ranked[:MAX_TEXT_ROWS]:
            rows.append(row(key[1], count, correct=key[1] in accepted))
        rest = sum(count for _key, count in ranked[MAX_TEXT_ROWS:])
        if rest:
            rows.append(row(_("Các câu trả lời khác"), rest))
    else:
        right = sum(t.fully_correct for t in tallies)
        rows.append(row(_summary_label(kind, correct=True), right, correct=True))
        rows.append(row(_summary_label(kind, correct=False), sum(t.wrong for t in tallies)))
    rows.append(row(_("Bỏ trống"), sum(t.blank for t in tallies), blank=True))
    return rows


def _variants(tallies: list[_Tally]) -> tuple[Variant, ...]:
    groups: dict[str, list[_Tally]] = defaultdict(list)
    for tally in sorted(tallies, key=lambda t: t.version["number"]):
        groups[_signature(tally.version)].append(tally)
    variants = [
        Variant(
            numbers=tuple(t.version["number"] for t in group),
            attempts=sum(t.attempts for t in group),
            rows=tuple(_rows(group)),
            several_per_attempt=group[0].spec["type"] == "multiple",
        )
        for group in groups.values()
    ]
    # The newest answers first: they are the ones a trainer can still improve.
    return tuple(sorted(variants, key=lambda v: v.numbers[-1], reverse=True))


def _per_quiz(question_id: int, versions: dict[int, dict]) -> tuple[QuizStats, ...]:
    grouped = (
        AttemptItem.objects.filter(attempt__submitted_at__isnull=False, version__question_id=question_id)
        .values("attempt__quiz_id", "attempt__quiz__title", "version_id")
        .annotate(n=Count("id"), score=Sum("score"), right=Count("id", filter=Q(correct=True)))
        .order_by()
    )
    totals: dict[int, dict] = {}
    for row in grouped:
        entry = totals.setdefault(
            row["attempt__quiz_id"],
            {
                "title": row["attempt__quiz__title"],
                "n": 0,
                "right": 0,
                "score": Decimal(0),
                "max": Decimal(0),
            },
        )
        entry["n"] += row["n"]
        entry["right"] += row["right"]
        entry["score"] += row["score"] or Decimal(0)
        entry["max"] += Decimal(versions[row["version_id"]]["spec"].get("points", 1)) * row["n"]
    return tuple(
        QuizStats(
            quiz_id=quiz_id,
            title=entry["title"],
            attempts=entry["n"],
            fully_correct=entry["right"],
            facility=float(Fraction(entry["score"]) / Fraction(entry["max"]) * 100) if entry["max"] else None,
        )
        for quiz_id, entry in sorted(totals.items(), key=lambda item: item[1]["title"])
    )


def question_statistics_detail(*, question_id: int, quiz: Quiz | None = None) -> QuestionDetail | None:
    """One question's figures (within one quiz if given), its answer distribution per variant, and its
    figures in each quiz that asked it. None when there is no such question."""
    questions = Question.objects.filter(pk=question_id)
    row = questions.values("id", "title", "topic__name").first()
    if row is None:
        return None
    versions, by_version = _tallies(questions=questions, quiz_id=quiz.pk if quiz else None)
    tallies = list(by_version.values())
    kind = _newest_kinds(versions.values()).get(question_id, "")
    return QuestionDetail(
        stats=_stats(row, tallies, kind),
        variants=_variants(tallies),
        quizzes=_per_quiz(question_id, versions),
    )
