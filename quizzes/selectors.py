"""Reads shared by learning's completion rule, views and reports."""

from quizzes.models import Attempt, Quiz, QuizKind


def final_quiz_passed(user_id: int, course_id: int) -> bool | None:
    """None when the course has no final test; otherwise whether this learner has passed it."""
    finals = Quiz.objects.filter(kind=QuizKind.FINAL, course_id=course_id)
    if not finals.exists():
        return None
    return Attempt.objects.filter(user_id=user_id, quiz__in=finals, passed=True).exists()
