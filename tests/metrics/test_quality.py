"""The final-test questions a unit's learners miss most, from real graded attempts."""

import pytest
from django.utils import timezone

from metrics.quality import most_missed
from metrics.selectors import Period
from quizzes.models import QuizKind
from tests.quizzes.test_question_statistics import SCAM, choice_body, make_question, make_quiz, pick, take

pytestmark = pytest.mark.django_db


def test_the_most_missed_question_comes_first_and_other_units_do_not_count(units, site_tree):
    from learning.models import User

    otp = make_question("Cuộc gọi giả danh công an", choice_body("otp", "Bạn làm gì?", SCAM), "cuoi-khoa")
    quiz = make_quiz("Bài kiểm tra cuối khóa", "cuoi-khoa", 1)
    quiz.kind, quiz.course = QuizKind.FINAL, site_tree["course"]
    quiz.save()
    for number, answer in enumerate(["Đọc mã OTP cho họ"] * 4 + ["Báo cho công an xã"] * 2):
        user = User.objects.create_user(
            f"+8439200{number:04d}", full_name=f"Học viên {number}", unit=units["dai_tu"]
        )
        take(quiz, {otp.pk: pick(answer)}, user=user)
    for number in range(6):
        user = User.objects.create_user(f"+8439300{number:04d}", full_name="Ở xa", unit=units["ba_dinh"])
        take(quiz, {otp.pk: pick("Báo cho công an xã")}, user=user)

    (missed,) = most_missed([units["dai_tu"].pk], Period.month(timezone.localdate()))
    assert (missed.title, missed.answers, missed.missed, missed.percent) == (
        "Cuộc gọi giả danh công an",
        6,
        4,
        67,
    )
    assert most_missed([units["ba_dinh"].pk], Period.month(timezone.localdate())) == []
