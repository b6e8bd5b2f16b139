"""The attempt engine: the server draws the questions, keeps every answer as it is given, and grades
once, whatever the network does. Views and APIs call only these functions."""

import datetime as dt
import hashlib
import json
import random
import uuid

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from quizzes.grading import InvalidSpec, grade_attempt, validate_answer
from quizzes.models import Attempt, AttemptItem, Question, Quiz
from quizzes.signals import attempt_submitted

# A save that left the phone just before the deadline may arrive a little after it.
DEADLINE_GRACE = dt.timedelta(seconds=5)
SHUFFLED_KEYS = {"single": "options", "multiple": "options", "image_choice": "options", "ordering": "items"}


class AttemptRefused(Exception):
    """Carries the Vietnamese message the learner sees; nothing was changed."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.message, self.code = message, code


def _draw(quiz: Quiz, rng: random.Random) -> list:
    chosen, seen = [], set()
    for pool in quiz.pools.all():
        questions = Question.objects.filter(tags__slug=pool.tag).exclude(pk__in=seen)
        if pool.difficulty:
            questions = questions.filter(difficulty=pool.difficulty)
        candidates = list(questions.distinct().order_by("pk"))
        if len(candidates) < pool.count:
            raise AttemptRefused(
                _("Bài kiểm tra chưa có đủ câu hỏi. Xin báo giảng viên."), code="not_enough_questions"
            )
        for question in rng.sample(candidates, pool.count):
            seen.add(question.pk)
            chosen.append(question.current_version or question.snapshot())
    if quiz.shuffle_questions:
        rng.shuffle(chosen)
    return chosen


def _option_order(version, shuffle: bool, rng: random.Random) -> list[str]:
    key = SHUFFLED_KEYS.get(version.spec["type"])
    if key is None:
        if version.spec["type"] == "matching":
            rights = [pair["right"] for pair in version.spec["pairs"]]
            rng.shuffle(rights)
            return rights
        return []
    ids = [entry["id"] for entry in version.spec[key]]
    if shuffle or version.spec["type"] == "ordering":
        original = list(ids)
        rng.shuffle(ids)
        # Steps shown already in order would give the answer away.
        if version.spec["type"] == "ordering" and ids == original and len(ids) > 1:
            ids = ids[1:] + ids[:1]
    return ids


def _wait_message(until: dt.datetime) -> str:
    local = timezone.localtime(until)
    return _("Bạn có thể làm lại sau %(time)s ngày %(date)s.") % {
        "time": local.strftime("%H:%M"),
        "date": date_format(local, "d/m/Y"),
    }


def new_attempt_refusal(user, quiz: Quiz, *, now: dt.datetime | None = None) -> AttemptRefused | None:
    """Why a new attempt cannot start now (no attempts left, or the wait after the last one), or None.
    The quiz pages show this before the learner taps, and starting applies the same rule.
    Precondition: the learner has no open attempt of this quiz."""
    now = now or timezone.now()
    taken = Attempt.objects.filter(user=user, quiz=quiz)
    if quiz.max_attempts and taken.count() >= quiz.max_attempts:
        return AttemptRefused(_("Bạn đã dùng hết số lần làm bài kiểm tra này."), code="no_attempts_left")
    if quiz.wait_minutes:
        last_submitted = taken.order_by("-number").values_list("submitted_at", flat=True).first()
        if last_submitted is not None:
            until = last_submitted + dt.timedelta(minutes=quiz.wait_minutes)
            if now < until:
                return AttemptRefused(_wait_message(until), code="wait")
    return None


def start_or_resume(user, quiz: Quiz, *, now: dt.datetime | None = None) -> Attempt:
    """The learner's open attempt (a reload resumes it), or a new one if the rules allow."""
    now = now or timezone.now()
    attempt = Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True).first()
    if attempt is not None:
        if attempt.deadline and now > attempt.deadline + DEADLINE_GRACE:
            return submit(attempt, user=user, key=uuid.uuid4(), answers={}, now=now)
        return attempt
    refusal = new_attempt_refusal(user, quiz, now=now)
    if refusal is not None:
        raise refusal
    last_number = Attempt.objects.filter(user=user, quiz=quiz).aggregate(Max("number"))["number__max"] or 0
    rng = random.SystemRandom()
    versions = _draw(quiz, rng)
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                user=user,
                quiz=quiz,
                number=last_number + 1,
                started_at=now,
                deadline=now + dt.timedelta(minutes=quiz.time_limit_minutes)
                if quiz.time_limit_minutes
                else None,
            )
            AttemptItem.objects.bulk_create(
                AttemptItem(
                    attempt=attempt,
                    position=position,
                    version=version,
                    option_order=_option_order(version, quiz.shuffle_options, rng),
                )
                for position, version in enumerate(versions, 1)
            )
    except IntegrityError:
        # A double tap on "Bắt đầu" opened it on the other request: resume that one.
        return Attempt.objects.get(user=user, quiz=quiz, submitted_at__isnull=True)
    return attempt


def open_tab(attempt: Attempt) -> uuid.UUID:
    """A page showing the attempt calls this; from now on only that page may save answers."""
    attempt.active_tab = uuid.uuid4()
    Attempt.objects.filter(pk=attempt.pk).update(active_tab=attempt.active_tab)
    return attempt.active_tab


def _check_open(attempt: Attempt, user, now: dt.datetime) -> None:
    if attempt.user_id != user.pk:
        raise AttemptRefused(_("Không tìm thấy bài làm."), code="not_found")
    if attempt.submitted_at is not None:
        raise AttemptRefused(_("Bài làm đã nộp; không thể sửa câu trả lời nữa."), code="finished")
    if attempt.deadline and now > attempt.deadline + DEADLINE_GRACE:
        raise AttemptRefused(_("Đã hết giờ làm bài; câu trả lời này không được lưu."), code="deadline")


def save_answer(attempt_id, *, user, tab, position: int, answer, seq: int, now=None) -> AttemptItem:
    """Keep one answer as soon as it is given. Refused with a message if anything is off; a save
    older than one already kept for that question is ignored, never applied over it."""
    now = now or timezone.now()
    if not isinstance(seq, int) or isinstance(seq, bool) or not 0 < seq < 2**31:
        raise AttemptRefused(_("Dữ liệu lưu câu trả lời không hợp lệ."), code="invalid")
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().filter(pk=attempt_id).first()
        if attempt is None:
            raise AttemptRefused(_("Không tìm thấy bài làm."), code="not_found")
        _check_open(attempt, user, now)
        if str(tab) != str(attempt.active_tab):
            raise AttemptRefused(
                _("Bài làm này đang mở ở một trang khác. Hãy tải lại trang để làm tiếp."), code="stale"
            )
        item = attempt.items.select_related("version").filter(position=position).first()
        if item is None:
            raise AttemptRefused(_("Câu hỏi này không có trong bài làm của bạn."), code="not_in_attempt")
        errors = _answer_errors(item.version.spec, answer)
        if errors:
            raise AttemptRefused(" ".join(errors), code="invalid")
        if seq <= item.saved_seq:
            return item
        item.answer, item.saved_seq, item.answered_at = answer, seq, now
        item.save(update_fields=["answer", "saved_seq", "answered_at"])
        return item


def _answer_errors(spec: dict, answer) -> list[str]:
    try:
        return validate_answer(spec, answer)
    except InvalidSpec:
        # An authoring mistake must not surface as a crash in a learner's attempt.
        return [_("Câu hỏi này đang có lỗi khi soạn; xin báo giảng viên.")]


def _digest(answers: dict) -> str:
    return hashlib.sha256(json.dumps(answers, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def submit(attempt: Attempt, *, user, key, answers: dict, tab=None, now=None) -> Attempt:
    """Grade once. The same key again returns the same result; the same key with other answers,
    or another key for an attempt already submitted, is refused."""
    now = now or timezone.now()
    if not isinstance(answers, dict):
        raise AttemptRefused(_("Dữ liệu nộp bài không hợp lệ."), code="invalid")
    try:
        key = uuid.UUID(str(key))
    except ValueError:
        raise AttemptRefused(_("Dữ liệu nộp bài không hợp lệ."), code="invalid") from None
    digest = _digest(answers)
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.user_id != user.pk:
            raise AttemptRefused(_("Không tìm thấy bài làm."), code="not_found")
        if attempt.submitted_at is not None:
            if attempt.submit_key == key and attempt.submit_digest == digest:
                return attempt
            if attempt.submit_key == key:
                raise AttemptRefused(
                    _("Yêu cầu nộp bài này đã được dùng với câu trả lời khác."), code="key_reused"
                )
            raise AttemptRefused(_("Bài làm này đã được nộp rồi."), code="finished")
        late = bool(attempt.deadline and now > attempt.deadline + DEADLINE_GRACE)
        items = list(attempt.items.select_related("version"))
        if not late:
            if tab is not None and str(tab) != str(attempt.active_tab):
                raise AttemptRefused(
                    _("Bài làm này đang mở ở một trang khác. Hãy tải lại trang để nộp bài."), code="stale"
                )
            by_position = {str(item.position): item for item in items}
            for position, answer in answers.items():
                item = by_position.get(str(position))
                if item is None:
                    raise AttemptRefused(
                        _("Câu hỏi này không có trong bài làm của bạn."), code="not_in_attempt"
                    )
                errors = _answer_errors(item.version.spec, answer)
                if errors:
                    raise AttemptRefused(" ".join(errors), code="invalid")
                item.answer, item.answered_at = answer, now
        # Only what the server holds is graded; a score in the request is never read.
        result = grade_attempt([(item.version.spec, item.answer) for item in items], attempt.quiz.pass_mark)
        for item, graded in zip(items, result.items, strict=True):
            item.score, item.correct = graded.score, graded.correct
        AttemptItem.objects.bulk_update(items, ["answer", "answered_at", "score", "correct"])
        attempt.submitted_at, attempt.submit_key, attempt.submit_digest = now, key, digest
        attempt.expired = late
        attempt.score, attempt.max_score = result.score, result.max_score
        attempt.percent, attempt.passed = result.percent, result.passed
        attempt.save()
        transaction.on_commit(lambda: attempt_submitted.send(sender=Attempt, attempt=attempt))
    return attempt
