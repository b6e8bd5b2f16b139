import pytest
from django.test import Client

from courses.models import LessonPage
from quizzes.models import Quiz, QuizKind, QuizPool


@pytest.mark.django_db
def test_a_lesson_shows_its_quiz_and_follows_changes_to_it(site_tree):
    quiz = Quiz.objects.create(title="Kiểm tra nhanh chữ ký số", kind=QuizKind.CHECK, pass_mark=70)
    QuizPool.objects.create(quiz=quiz, tag="chu-ky-so", count=3)
    lesson = LessonPage.objects.get(pk=site_tree["lessons"][0].pk)
    lesson.body.append(("quiz", {"quiz": quiz, "intro": "Làm 3 câu để ôn lại."}))
    lesson.save_revision().publish()
    client = Client()
    html = client.get(lesson.url).content.decode()
    assert "Kiểm tra nhanh chữ ký số" in html and "Cần đúng 70% để đạt." in html
    assert f'href="/kiem-tra/{quiz.pk}/"' in html
    assert client.get(lesson.url)["X-Page-Cache"] == "hit"
    quiz.title = "Ôn tập chữ ký số"
    quiz.save()
    assert "Ôn tập chữ ký số" in client.get(lesson.url).content.decode()
