"""The demo's final-test attempts: questions drawn from the quiz's pools as quizzes.attempts draws
them, answered (rightly or plausibly wrongly), graded by quizzes.grading, written in bulk."""

import datetime as dt
import hashlib
import json
import random

from learning.models import User
from metrics.demo.records import new_uuid
from quizzes.demo.answers import model_answer
from quizzes.grading import grade, grade_attempt
from quizzes.models import Attempt, AttemptItem, Question, Quiz, QuizKind

SHUFFLED = {"single": "options", "multiple": "options", "image_choice": "options", "ordering": "items"}


def attempts_write(studies, rng: random.Random) -> int:
    """Every study's final-test attempts; returns how many."""
    finals: dict[int, Quiz] = {}
    for quiz in Quiz.objects.filter(kind=QuizKind.FINAL, course__isnull=False).order_by("-pk"):
        finals[quiz.course_id] = quiz  # the course's first final test
    pools = {course_id: _pools(quiz) for course_id, quiz in finals.items()}
    attempts, items = [], []
    for study in studies:
        quiz = finals.get(study.course_id)
        for number, (when, passed) in enumerate(study.tries if quiz else (), 1):
            attempt, answered = _attempt(study.user, quiz, pools[study.course_id], number, when, passed, rng)
            attempts.append(attempt)
            items += answered
    Attempt.objects.bulk_create(attempts, batch_size=500)
    AttemptItem.objects.bulk_create(items, batch_size=500)
    return len(attempts)


def _pools(quiz: Quiz) -> list[tuple[list, int]]:
    """The question versions each pool draws from, and how many it draws."""
    pools, seen = [], set()
    for pool in quiz.pools.all():
        questions = Question.objects.filter(tags__slug=pool.tag).exclude(pk__in=seen)
        if pool.difficulty:
            questions = questions.filter(difficulty=pool.difficulty)
        versions = [q.current_version or q.snapshot() for q in questions.distinct().order_by("pk")]
        seen |= {version.question_id for version in versions}
        pools.append((versions, pool.count))
    return pools


def _hardness(question_id: int) -> float:
    # Some questions are missed far more often than others, so the most-missed list has a top.
    return random.Random(question_id).uniform(0.05, 1.0)  # noqa: S311 - demo data


def _attempt(user: User, quiz: Quiz, pools, number: int, when: dt.datetime, passed: bool, rng: random.Random):
    drawn = [
        version for versions, count in pools for version in rng.sample(versions, min(len(versions), count))
    ]
    rng.shuffle(drawn)
    order = sorted(range(len(drawn)), key=lambda i: -_hardness(drawn[i].question_id) * rng.random())
    wrong = set(order[: rng.choice([0, 0, 1, 1, 2]) if passed else rng.randint(3, 6)])
    answers = [wrong_answer(v.spec) if i in wrong else model_answer(v.spec) for i, v in enumerate(drawn)]

    def graded():
        return grade_attempt([(v.spec, a) for v, a in zip(drawn, answers, strict=True)], quiz.pass_mark)

    result = graded()
    # Questions worth more points can tip a score over the pass mark or under it: one answer at a time.
    for i in order:
        if result.passed == passed:
            break
        answers[i] = model_answer(drawn[i].spec) if passed else wrong_answer(drawn[i].spec)
        result = graded()
    started = when - dt.timedelta(minutes=rng.randint(6, 18))
    limit = quiz.time_limit_minutes
    attempt = Attempt(
        id=new_uuid(rng),
        user=user,
        quiz=quiz,
        number=number,
        started_at=started,
        deadline=started + dt.timedelta(minutes=limit) if limit else None,
        submitted_at=when,
        submit_key=new_uuid(rng),
        submit_digest=_digest({str(i): answer for i, answer in enumerate(answers, 1)}),
        score=result.score,
        max_score=result.max_score,
        percent=result.percent,
        passed=result.passed,
    )
    items = [
        AttemptItem(
            attempt=attempt,
            position=i,
            version=version,
            option_order=_shuffled(version.spec, rng, quiz.shuffle_options),
            answer=answer,
            saved_seq=1,
            answered_at=started + dt.timedelta(seconds=40 * i),
            score=outcome.score,
            correct=outcome.correct,
        )
        for i, (version, answer, outcome) in enumerate(zip(drawn, answers, result.items, strict=True), 1)
    ]
    return attempt, items


def wrong_answer(spec: dict):
    """A plausible wrong answer (one the grader marks wrong), or None (left blank) where none can be made."""
    kind, answer = spec["type"], None
    if kind in ("single", "image_choice", "multiple"):
        others = [option["id"] for option in spec["options"] if option["id"] not in spec["correct"]]
        if others:
            answer = {"choices": [others[0]]} if kind == "multiple" else {"choice": others[0]}
    elif kind == "true_false":
        answer = {"value": not spec["correct"]}
    elif kind == "ordering":
        order = list(spec["correct_order"])
        order[0], order[1] = order[1], order[0]
        answer = {"order": order}
    elif kind == "matching":
        lefts, rights = [p["left"] for p in spec["pairs"]], [p["right"] for p in spec["pairs"]]
        answer = {"matches": dict(zip(lefts, rights[1:] + rights[:1], strict=True))}
    elif kind == "short_text":
        answer = {"text": "không nhớ"}
    if answer is not None and grade(spec, answer).correct:
        answer = None
    return answer


def _shuffled(spec: dict, rng: random.Random, shuffle: bool) -> list[str]:
    """The order options were shown in, as quizzes.attempts records it."""
    key = SHUFFLED.get(spec["type"])
    if key:
        ids = [entry["id"] for entry in spec[key]]
        if shuffle or spec["type"] == "ordering":
            rng.shuffle(ids)
        return ids
    if spec["type"] == "matching":
        rights = [pair["right"] for pair in spec["pairs"]]
        rng.shuffle(rights)
        return rights
    return []


def _digest(answers: dict) -> str:
    return hashlib.sha256(json.dumps(answers, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
