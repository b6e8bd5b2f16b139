import datetime as dt
import uuid

import pytest
from django.utils import timezone

from quizzes.attempts import (
    AttemptRefused,
    new_attempt_refusal,
    open_tab,
    save_answer,
    start_or_resume,
    submit,
)
from quizzes.models import Attempt, Question, Quiz, QuizKind, QuizPool

NOW = timezone.now().replace(microsecond=0)


def true_false(number: int, correct: bool) -> Question:
    question = Question.objects.create(
        title=f"Câu {number}",
        body=[
            {
                "type": "true_false",
                "value": {
                    "stem": f"<p>Câu {number}</p>",
                    "image": None,
                    "image_alt": "",
                    "correct": "true" if correct else "false",
                },
            }
        ],
    )
    question.tags.add("vneid")
    question.save()
    return question


@pytest.fixture
def quiz(db):
    for number in range(1, 6):
        true_false(number, correct=number % 2 == 1)
    quiz = Quiz.objects.create(
        title="Kiểm tra VNeID", pass_mark=80, time_limit_minutes=10, max_attempts=2, wait_minutes=30
    )
    QuizPool.objects.create(quiz=quiz, tag="vneid", count=4)
    return quiz


def right_answer(item) -> dict:
    return {"value": item.version.spec["correct"]}


def wrong_answer(item) -> dict:
    return {"value": not item.version.spec["correct"]}


def test_a_new_attempt_draws_its_questions_and_a_reload_resumes_it(quiz, cast_users):
    learner = cast_users["citizen"]
    attempt = start_or_resume(learner, quiz, now=NOW)
    assert attempt.items.count() == 4 and attempt.deadline == NOW + dt.timedelta(minutes=10)
    assert len({item.version.question_id for item in attempt.items.all()}) == 4
    assert start_or_resume(learner, quiz, now=NOW + dt.timedelta(minutes=1)).pk == attempt.pk
    assert Attempt.objects.count() == 1


def test_answers_are_kept_as_given_and_older_saves_never_win(quiz, cast_users):
    learner = cast_users["citizen"]
    attempt = start_or_resume(learner, quiz, now=NOW)
    tab = open_tab(attempt)
    item = attempt.items.first()
    save_answer(
        attempt.pk, user=learner, tab=tab, position=item.position, answer=right_answer(item), seq=2, now=NOW
    )
    save_answer(
        attempt.pk, user=learner, tab=tab, position=item.position, answer=wrong_answer(item), seq=1, now=NOW
    )
    item.refresh_from_db()
    assert item.answer == right_answer(item)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"position": 99}, "not_in_attempt"),
        ({"answer": {"value": "có"}}, "invalid"),
        ({"answer": {"value": True, "score": 100}}, "invalid"),
        ({"tab": uuid.uuid4()}, "stale"),
        ({"now": NOW + dt.timedelta(minutes=11)}, "deadline"),
    ],
)
def test_bad_saves_are_refused_with_a_message_and_change_nothing(quiz, cast_users, change, code):
    learner = cast_users["citizen"]
    attempt = start_or_resume(learner, quiz, now=NOW)
    tab = open_tab(attempt)
    item = attempt.items.first()
    arguments = {
        "user": learner,
        "tab": tab,
        "position": item.position,
        "answer": {"value": True},
        "seq": 1,
        "now": NOW,
        **change,
    }
    with pytest.raises(AttemptRefused) as refused:
        save_answer(attempt.pk, **arguments)
    assert refused.value.code == code and refused.value.message
    assert not attempt.items.exclude(answer=None).exists()


def test_someone_elses_attempt_is_not_found(quiz, cast_users):
    attempt = start_or_resume(cast_users["citizen"], quiz, now=NOW)
    with pytest.raises(AttemptRefused) as refused:
        save_answer(
            attempt.pk,
            user=cast_users["official"],
            tab=attempt.active_tab,
            position=1,
            answer={"value": True},
            seq=1,
            now=NOW,
        )
    assert refused.value.code == "not_found"


def test_submitting_twice_grades_once_and_a_changed_body_is_refused(
    quiz, cast_users, django_capture_on_commit_callbacks
):
    learner = cast_users["citizen"]
    attempt = start_or_resume(learner, quiz, now=NOW)
    items = list(attempt.items.select_related("version"))
    answers = {str(item.position): right_answer(item) for item in items}
    key = uuid.uuid4()
    with django_capture_on_commit_callbacks(execute=True):
        first = submit(attempt, user=learner, key=key, answers=answers, tab=attempt.active_tab, now=NOW)
    assert first.passed is True and first.percent == 100
    again = submit(attempt, user=learner, key=key, answers=answers, now=NOW + dt.timedelta(seconds=3))
    assert again.submitted_at == first.submitted_at and again.score == first.score
    changed = {**answers, str(items[0].position): wrong_answer(items[0])}
    with pytest.raises(AttemptRefused) as refused:
        submit(attempt, user=learner, key=key, answers=changed, now=NOW)
    assert refused.value.code == "key_reused"
    with pytest.raises(AttemptRefused) as refused:
        submit(attempt, user=learner, key=uuid.uuid4(), answers={}, now=NOW)
    assert refused.value.code == "finished"
    with pytest.raises(AttemptRefused):
        save_answer(
            attempt.pk, user=learner, tab=attempt.active_tab, position=1, answer={"value": True}, seq=9
        )


def test_after_the_deadline_only_what_was_saved_in_time_counts(quiz, cast_users):
    learner = cast_users["citizen"]
    attempt = start_or_resume(learner, quiz, now=NOW)
    tab = open_tab(attempt)
    items = list(attempt.items.select_related("version"))
    save_answer(
        attempt.pk,
        user=learner,
        tab=tab,
        position=items[0].position,
        answer=right_answer(items[0]),
        seq=1,
        now=NOW + dt.timedelta(minutes=2),
    )
    late = {str(item.position): right_answer(item) for item in items}
    result = submit(
        attempt, user=learner, key=uuid.uuid4(), answers=late, tab=tab, now=NOW + dt.timedelta(minutes=12)
    )
    assert result.expired is True and result.score == 1 and result.passed is False


def test_an_abandoned_timed_attempt_is_closed_when_the_learner_comes_back(quiz, cast_users):
    learner = cast_users["citizen"]
    attempt = start_or_resume(learner, quiz, now=NOW)
    back = start_or_resume(learner, quiz, now=NOW + dt.timedelta(hours=2))
    assert back.pk == attempt.pk and back.submitted_at is not None and back.expired


def test_attempts_are_limited_and_spaced(quiz, cast_users):
    learner = cast_users["citizen"]
    first = start_or_resume(learner, quiz, now=NOW)
    submit(first, user=learner, key=uuid.uuid4(), answers={}, now=NOW + dt.timedelta(minutes=1))
    with pytest.raises(AttemptRefused) as refused:
        start_or_resume(learner, quiz, now=NOW + dt.timedelta(minutes=5))
    assert refused.value.code == "wait" and "Bạn có thể làm lại sau" in refused.value.message
    second = start_or_resume(learner, quiz, now=NOW + dt.timedelta(minutes=40))
    assert second.number == 2
    submit(second, user=learner, key=uuid.uuid4(), answers={}, now=NOW + dt.timedelta(minutes=41))
    with pytest.raises(AttemptRefused) as refused:
        start_or_resume(learner, quiz, now=NOW + dt.timedelta(days=1))
    assert refused.value.code == "no_attempts_left"


def test_the_pages_can_tell_ahead_exactly_what_a_start_would_be_refused_for(quiz, cast_users):
    learner = cast_users["citizen"]
    assert new_attempt_refusal(learner, quiz, now=NOW) is None
    first = start_or_resume(learner, quiz, now=NOW)
    submit(first, user=learner, key=uuid.uuid4(), answers={}, now=NOW + dt.timedelta(minutes=1))
    # 30 minutes after the submit at NOW + 1 minute: refused until then, to the minute, in local time.
    until = timezone.localtime(NOW + dt.timedelta(minutes=31))
    refusal = new_attempt_refusal(learner, quiz, now=NOW + dt.timedelta(minutes=30))
    assert refusal.code == "wait"
    assert refusal.message == f"Bạn có thể làm lại sau {until:%H:%M} ngày {until:%d/%m/%Y}."
    with pytest.raises(AttemptRefused) as refused:
        start_or_resume(learner, quiz, now=NOW + dt.timedelta(minutes=30))
    assert refused.value.message == refusal.message
    assert Attempt.objects.filter(user=learner).count() == 1

    assert new_attempt_refusal(learner, quiz, now=NOW + dt.timedelta(minutes=31)) is None
    second = start_or_resume(learner, quiz, now=NOW + dt.timedelta(minutes=31))
    submit(second, user=learner, key=uuid.uuid4(), answers={}, now=NOW + dt.timedelta(minutes=32))
    refusal = new_attempt_refusal(learner, quiz, now=NOW + dt.timedelta(days=1))
    assert refusal.code == "no_attempts_left"


def test_a_quiz_without_enough_questions_says_so(quiz, cast_users):
    QuizPool.objects.filter(quiz=quiz).update(count=9)
    with pytest.raises(AttemptRefused) as refused:
        start_or_resume(cast_users["citizen"], quiz, now=NOW)
    assert refused.value.code == "not_enough_questions"
    assert not Attempt.objects.exists()


def test_editing_a_question_does_not_change_an_attempt_already_taken(quiz, cast_users):
    learner = cast_users["citizen"]
    attempt = start_or_resume(learner, quiz, now=NOW)
    item = attempt.items.select_related("version").first()
    before = item.version.spec["correct"]
    question = item.version.question
    question.body = [
        {
            "type": "true_false",
            "value": {
                "stem": "<p>Sửa</p>",
                "image": None,
                "image_alt": "",
                "correct": "false" if before else "true",
            },
        }
    ]
    question.save()
    item.refresh_from_db()
    assert item.version.spec["correct"] == before


def test_the_course_is_complete_only_once_its_final_test_is_passed(
    quiz, cast_users, site_tree, django_capture_on_commit_callbacks
):
    from learning.models import Enrolment
    from learning.tracking import ProgressEvent, record
    from learning.xapi import Verb

    learner = cast_users["citizen"]
    Quiz.objects.filter(pk=quiz.pk).update(kind=QuizKind.FINAL, course=site_tree["course"], wait_minutes=0)
    quiz.refresh_from_db()
    for lesson in site_tree["lessons"]:
        record(learner, ProgressEvent(uuid.uuid4(), Verb.REACHED_END, lesson.pk, timezone.now()))
        for block in lesson.practice_block_ids:
            record(
                learner,
                ProgressEvent(uuid.uuid4(), Verb.PRACTICE_DONE, lesson.pk, timezone.now(), block=block),
            )
    enrolment = Enrolment.objects.get(user=learner, course=site_tree["course"])
    assert enrolment.progress_percent == 100 and enrolment.completed_at is None

    failing = start_or_resume(learner, quiz)
    with django_capture_on_commit_callbacks(execute=True):
        submit(failing, user=learner, key=uuid.uuid4(), answers={})
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None

    passing = start_or_resume(learner, quiz)
    answers = {str(item.position): right_answer(item) for item in passing.items.select_related("version")}
    with django_capture_on_commit_callbacks(execute=True):
        submit(passing, user=learner, key=uuid.uuid4(), answers=answers)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


@pytest.mark.parametrize(
    "answers", [["not", "a", "dict"], {"một": {"value": True}}, {"1.5": {"value": True}}]
)
def test_tampered_submissions_are_refused_and_the_attempt_stays_open(quiz, cast_users, answers):
    learner = cast_users["citizen"]
    attempt = start_or_resume(learner, quiz, now=NOW)
    with pytest.raises(AttemptRefused):
        submit(attempt, user=learner, key=uuid.uuid4(), answers=answers, now=NOW)
    with pytest.raises(AttemptRefused):
        submit(attempt, user=learner, key="not-a-key", answers={}, now=NOW)
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


@pytest.mark.parametrize("seq", ["1", 1.5, True, 0, 2**31, None])
def test_a_save_with_a_bad_sequence_number_is_refused(quiz, cast_users, seq):
    learner = cast_users["citizen"]
    attempt = start_or_resume(learner, quiz, now=NOW)
    tab = open_tab(attempt)
    with pytest.raises(AttemptRefused) as refused:
        save_answer(attempt.pk, user=learner, tab=tab, position=1, answer={"value": True}, seq=seq, now=NOW)
    assert refused.value.code == "invalid"
