"""An enrolled learner finds the course's final test on the course page."""

from django.test import Client

from learning.enrolment import enrol
from quizzes.models import Quiz, QuizKind, QuizPool
from tests.factories import login_verified


def test_the_course_page_leads_an_enrolled_learner_to_the_final_test(site_tree, cast_users):
    course, learner = site_tree["course"], cast_users["citizen"]
    client = Client()
    login_verified(client, learner)
    enrol(learner, course.pk)
    assert "Bài kiểm tra cuối khóa" not in client.get(course.url).content.decode()

    quiz = Quiz.objects.create(title="Kiểm tra cuối khóa", kind=QuizKind.FINAL, course=course)
    QuizPool.objects.create(quiz=quiz, tag="chu-ky-so", count=5)
    html = client.get(course.url).content.decode()
    assert f'href="/kiem-tra/{quiz.pk}/"' in html
    assert "Học hết các bài rồi làm bài kiểm tra cuối khóa để hoàn thành khóa học." in html
    # A knowledge check is not the final test.
    quiz.kind = QuizKind.CHECK
    quiz.save()
    assert f'href="/kiem-tra/{quiz.pk}/"' not in client.get(course.url).content.decode()
