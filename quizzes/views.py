"""The learner's quiz pages. Every rule (who may start, what may be saved, how it is graded) lives in
quizzes.attempts; these views read the request, call it, and render or redirect."""

import json
import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from quizzes.attempts import (
    DEADLINE_GRACE,
    AttemptRefused,
    new_attempt_refusal,
    open_tab,
    save_answer,
    start_or_resume,
    submit,
)
from quizzes.forms import AttemptForm, read_save_request
from quizzes.models import Attempt, Quiz, ShowAnswers

# Refusals after which the page can save nothing more (reload or leave): 409. A refused answer: 400.
STOP_CODES = {"stale", "finished", "deadline"}
# Refused starts the quiz page states by itself (and offers no button for): no message on top of it.
SHOWN_ON_QUIZ_PAGE = {"wait", "no_attempts_left"}


def _own_attempt(request, attempt_id) -> Attempt:
    """The learner's own attempt; anyone else's is as absent as one that never existed."""
    return get_object_or_404(Attempt.objects.select_related("quiz"), pk=attempt_id, user=request.user)


def _items(attempt: Attempt) -> list:
    return list(attempt.items.select_related("version").order_by("position"))


def _live_course(quiz: Quiz):
    """The course a final test belongs to, when learners can open it."""
    course = quiz.course if quiz.course_id else None
    return course if course is not None and course.live else None


def _answers_shown(attempt: Attempt) -> bool:
    rule = attempt.quiz.show_answers
    return rule == ShowAnswers.AFTER_SUBMIT or (rule == ShowAnswers.AFTER_PASS and bool(attempt.passed))


@login_required
@require_GET
def quiz_view(request, quiz_id: int):
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    attempts = list(Attempt.objects.filter(user=request.user, quiz=quiz).order_by("-number"))
    open_attempt = next((attempt for attempt in attempts if attempt.is_open), None)
    refusal = None if open_attempt else new_attempt_refusal(request.user, quiz)
    context = {
        "quiz": quiz,
        "course": _live_course(quiz),
        "question_count": sum(pool.count for pool in quiz.pools.all()),
        "history": [attempt for attempt in attempts if not attempt.is_open],
        "open_attempt": open_attempt,
        "used": len(attempts),
        "refusal": refusal,
    }
    return render(request, "quizzes/quiz.html", context)


@login_required
@require_POST
def start_view(request, quiz_id: int):
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    try:
        attempt = start_or_resume(request.user, quiz)
    except AttemptRefused as refused:
        # A tap from a page shown before the rule applied (another tab, the back button).
        if refused.code not in SHOWN_ON_QUIZ_PAGE:
            messages.error(request, refused.message)
        return redirect("quizzes:quiz", quiz_id=quiz.pk)
    if not attempt.is_open:
        # The learner's open attempt ran out of time while they were away; the service closed it.
        messages.info(request, _("Lần làm trước đã hết giờ nên đã được nộp với những câu trả lời đã lưu."))
        return redirect("quizzes:review", attempt_id=attempt.pk)
    return redirect("quizzes:attempt", attempt_id=attempt.pk)


def _render_attempt(request, attempt: Attempt, form: AttemptForm, problem: str = ""):
    """Every render makes a new tab token: the page shown last is the one allowed to save."""
    tab = open_tab(attempt)
    now = timezone.now()
    remaining = max(0, int((attempt.deadline - now).total_seconds())) if attempt.deadline else None
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "form": form,
        "problem": problem,
        "tab": tab,
        # saved_seq only grows: this page's saves start above every save an earlier page made.
        "seq": max((question.item.saved_seq for question in form.questions), default=0),
        "key": uuid.uuid4(),
        "remaining": remaining,
        "remaining_text": f"{remaining // 60}:{remaining % 60:02d}" if remaining is not None else "",
        "time_up": remaining == 0,
    }
    return render(request, "quizzes/attempt.html", context)


@login_required
@require_GET
@never_cache
def attempt_view(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_open:
        return redirect("quizzes:review", attempt_id=attempt.pk)
    return _render_attempt(request, attempt, AttemptForm(_items(attempt)))


def _json_refusal(message: str, code: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message, "code": code}, status=status)


@require_POST
def save_view(request, attempt_id):
    """Autosave of one answer: {"tab", "position", "answer", "seq"} -> {"ok": true, "seq"}."""
    if not request.user.is_authenticated:
        # JSON, not a redirect to the login page: the page keeps the answer and says what happened.
        return _json_refusal(
            _("Phiên đăng nhập đã hết. Hãy đăng nhập lại; câu trả lời chưa lưu vẫn được giữ trên máy."),
            "login",
            401,
        )
    try:
        payload = json.loads(request.body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return _json_refusal(_("Dữ liệu gửi lên không đúng định dạng JSON."), "malformed", 400)
    save = read_save_request(payload)
    if save is None:
        return _json_refusal(_("Dữ liệu lưu câu trả lời không hợp lệ."), "malformed", 400)
    try:
        save_answer(
            attempt_id,
            user=request.user,
            tab=save.tab,
            position=save.position,
            answer=save.answer,
            seq=save.seq,
        )
    except AttemptRefused as refused:
        status = 404 if refused.code == "not_found" else 409 if refused.code in STOP_CODES else 400
        return _json_refusal(refused.message, refused.code, status)
    return JsonResponse({"ok": True, "seq": save.seq})


@login_required
@require_POST
def save_page_view(request, attempt_id):
    """Without JavaScript: keep every answer on the page (the "Lưu tạm" button, or a tap on an image),
    then show the page again."""
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_open:
        messages.error(request, _("Bài làm này đã được nộp rồi."))
        return redirect("quizzes:review", attempt_id=attempt.pk)
    items = _items(attempt)
    form = AttemptForm(items, data=request.POST)
    seq = max((item.saved_seq for item in items), default=0) + 1
    try:
        for question in form.questions:
            if not question.error and question.answer != question.item.answer:
                save_answer(
                    attempt.pk,
                    user=request.user,
                    tab=request.POST.get("tab", ""),
                    position=question.position,
                    answer=question.answer,
                    seq=seq,
                )
    except AttemptRefused as refused:
        messages.error(request, refused.message)
        if refused.code == "finished":
            return redirect("quizzes:review", attempt_id=attempt.pk)
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    if not form.is_valid():
        return _render_attempt(request, attempt, form)
    messages.success(request, _("Đã lưu câu trả lời."))
    tapped = next((q for q in form.questions if f"{q.prefix}-tap.x" in request.POST), None)
    anchor = f"#{tapped.prefix}" if tapped else ""
    return redirect(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}) + anchor)


@login_required
@require_POST
def submit_view(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    form = AttemptForm(_items(attempt), data=request.POST)
    # When the page's clock ran out it posts timeout=1: grade the answers that are valid and keep the last
    # saved one for any other, rather than send the learner back to fix it with no time left.
    out_of_time = request.POST.get("timeout") == "1" or (
        attempt.deadline is not None and timezone.now() > attempt.deadline + DEADLINE_GRACE
    )
    if attempt.is_open and not form.is_valid() and not out_of_time:
        return _render_attempt(request, attempt, form)
    try:
        attempt = submit(
            attempt,
            user=request.user,
            key=request.POST.get("key", ""),
            answers=form.answers,
            tab=request.POST.get("tab", ""),
        )
    except AttemptRefused as refused:
        if refused.code == "stale":
            messages.error(request, refused.message)
            return redirect("quizzes:attempt", attempt_id=attempt.pk)
        if refused.code in ("key_reused", "finished"):
            messages.error(request, refused.message)
            return redirect("quizzes:review", attempt_id=attempt.pk)
        return _render_attempt(request, attempt, form, problem=refused.message)
    return redirect("quizzes:review", attempt_id=attempt.pk)


@login_required
@require_GET
def review_view(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_open:
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    form = AttemptForm(_items(attempt))
    shown = _answers_shown(attempt)
    rows = [
        {
            "question": question,
            "answer_lines": question.describe(question.item.answer),
            "correct_lines": question.describe_correct() if shown else [],
        }
        for question in form.questions
    ]
    reopened = Attempt.objects.filter(user=request.user, quiz=attempt.quiz, submitted_at=None).exists()
    refusal = None if reopened else new_attempt_refusal(request.user, attempt.quiz)
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "course": _live_course(attempt.quiz),
        "rows": rows,
        "shown": shown,
        "can_retry": not reopened and refusal is None,
        "refusal": refusal,
    }
    return render(request, "quizzes/review.html", context)
