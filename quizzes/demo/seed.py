"""Puts the demo question pools and one final test per demo course into the database.

A question is found again by the key that starts its title ("[dvc-03] …"), so running the seeder again
updates it in place instead of adding a copy. It is saved only when something in it differs from the
data, and saving makes a new version only when what learners see or are graded on changed.
"""

from django.db import transaction

from courses.models import CoursePage, Topic
from quizzes.demo.questions import COURSES
from quizzes.models import Question, Quiz, QuizKind, QuizPool, ShowAnswers
from quizzes.question_data import html_from_text as _html
from quizzes.question_data import question_body

FINAL_QUESTIONS = 10
FINAL_SETTINGS = {
    "pass_mark": 80,
    "time_limit_minutes": 15,
    "max_attempts": None,
    "wait_minutes": 10,
    "show_answers": ShowAnswers.AFTER_SUBMIT,
}


def question_title(data: dict) -> str:
    return f"[{data['key']}] {data['title']}"


def question_tags(data: dict, pool: str) -> list[str]:
    return sorted({pool, f"{pool}-bai-{data['lesson']}"})


def _unchanged(question: Question, fields: dict, body: list, tags: list[str]) -> bool:
    if any(getattr(question, name) != value for name, value in fields.items()):
        return False
    if sorted(question.tags.names()) != tags:
        return False
    version = question.current_version
    if version is None:
        return False
    wanted = Question(body=body, points=fields["points"], explanation=fields["explanation"])
    return wanted.spec_and_display() == (version.spec, version.display)


def _question_ensure(data: dict, *, pool: str, topic: Topic | None) -> bool:
    fields = {
        "title": question_title(data),
        "topic_id": topic.pk if topic else None,
        "difficulty": data["difficulty"],
        "points": data.get("points", 1),
        "explanation": _html(data["explanation"]),
    }
    body = question_body(data)
    tags = question_tags(data, pool)
    question = Question.objects.filter(title__startswith=f"[{data['key']}] ").order_by("pk").first()
    if question is not None and _unchanged(question, fields, body, tags):
        return False
    question = question or Question()
    for name, value in fields.items():
        setattr(question, name, value)
    question.body = body
    question.tags.set(tags)
    question.save()
    return True


@transaction.atomic
def questions_ensure() -> int:
    """Create or update every demo question; returns how many were created or changed (0 on a rerun)."""
    written = 0
    for module in COURSES:
        topic = Topic.objects.filter(slug=module.TOPIC).first()
        for data in module.QUESTIONS:
            written += _question_ensure(data, pool=module.POOL, topic=topic)
    return written


@transaction.atomic
def quizzes_ensure(course_pages: dict[str, CoursePage]) -> list[Quiz]:
    """One final test per demo course found in course_pages (keyed by slug). An existing final test of
    the course is left as an author may have changed it."""
    quizzes = []
    for module in COURSES:
        course = course_pages.get(module.COURSE_SLUG)
        if course is None:
            continue
        quiz = Quiz.objects.filter(course=course, kind=QuizKind.FINAL).order_by("pk").first()
        if quiz is None:
            quiz = Quiz(
                title=f"Bài kiểm tra cuối khóa: {course.title}",
                kind=QuizKind.FINAL,
                course=course,
                **FINAL_SETTINGS,
            )
            quiz.pools.add(QuizPool(tag=module.POOL, count=FINAL_QUESTIONS))
            quiz.save()
        quizzes.append(quiz)
    return quizzes
