"""Keep derived state in step when people change: a new unit, role or position brings its required courses."""

from django.db.models.signals import post_save


def enrol_in_required_courses(sender, instance, created, raw=False, **kwargs):
    if raw or instance.unit_id is None or instance.erased_at is not None:
        return
    from learning.enrolment import sync_required_enrolments

    sync_required_enrolments(instance)


def course_after_final_test(sender, attempt, **kwargs):
    """A passed final test may be what completes the course."""
    if not attempt.passed or attempt.quiz.course_id is None:
        return
    from learning.completion import evaluate_course
    from learning.models import Enrolment

    enrolment = Enrolment.objects.filter(user_id=attempt.user_id, course_id=attempt.quiz.course_id).first()
    if enrolment is not None:
        evaluate_course(enrolment)


def connect() -> None:
    from learning.models import User
    from quizzes.signals import attempt_submitted

    post_save.connect(enrol_in_required_courses, sender=User, dispatch_uid="learning-required-courses")
    attempt_submitted.connect(course_after_final_test, dispatch_uid="learning-final-test")
