"""Places a short knowledge check at the end of every demo lesson.

A check draws its questions from the lesson's own tag ("<POOL>-bai-<n>", see quizzes.demo.seed), or
from the course pool when the lesson has too few questions of its own. The demo lesson's title is the
check's key: a check of that title is found again, never made twice.

A check is placed once. Afterwards the lesson and the check belong to the authors: a check they edited
or took out of the lesson stays as they left it, and a lesson that already has a knowledge check, is
not live, or has an unpublished draft is not touched (publishing it would publish their draft too).
"""

from django.db import transaction

from courses.demo.seed import course_modules
from courses.models import CoursePage, LessonPage
from quizzes.demo.questions import COURSES
from quizzes.models import Question, Quiz, QuizKind, QuizPool, ShowAnswers

CHECK_QUESTIONS = 3
# Fewer than this many questions on the lesson itself and the check draws from the course pool.
CHECK_MIN_QUESTIONS = 2
CHECK_SETTINGS = {
    "pass_mark": 70,
    "time_limit_minutes": None,
    "max_attempts": None,
    "wait_minutes": 0,
    "show_answers": ShowAnswers.AFTER_SUBMIT,
}
CHECK_INTRO = (
    "Trả lời %(count)s câu hỏi nhanh để ôn lại bài vừa học. Bạn có thể làm lại bao nhiêu lần tùy thích."
)


def lesson_tag(pool: str, number: int) -> str:
    return f"{pool}-bai-{number}"


def _tagged(tag: str) -> int:
    return Question.objects.filter(tags__slug=tag).distinct().count()


def check_pool(pool: str, number: int) -> tuple[str, int] | None:
    """The tag and count a check of lesson `number` draws, from the questions in the database now; None
    when not even the course pool has enough (the questions are not seeded yet)."""
    own = _tagged(lesson_tag(pool, number))
    if own >= CHECK_MIN_QUESTIONS:
        return lesson_tag(pool, number), min(own, CHECK_QUESTIONS)
    if _tagged(pool) >= CHECK_QUESTIONS:
        return pool, CHECK_QUESTIONS
    return None


def _has_check(lesson: LessonPage) -> bool:
    placed = [block["value"].get("quiz") for block in lesson.body.raw_data if block["type"] == "quiz"]
    return Quiz.objects.filter(pk__in=[pk for pk in placed if pk], kind=QuizKind.CHECK).exists()


def _check_place(*, lesson: LessonPage, title: str, tag: str, count: int) -> Quiz:
    quiz = Quiz(title=title, kind=QuizKind.CHECK, **CHECK_SETTINGS)
    quiz.pools.add(QuizPool(tag=tag, count=count))
    quiz.full_clean()
    quiz.save()
    lesson.body.append(("quiz", {"quiz": quiz, "intro": CHECK_INTRO % {"count": count}}))
    # The page cache and the live page follow a publish, not a bare save.
    lesson.save_revision().publish()
    return quiz


@transaction.atomic
def checks_ensure(course_pages: dict[str, CoursePage]) -> int:
    """Place a knowledge check in every lesson of the demo courses found in course_pages (keyed by slug);
    returns how many were placed (0 on a rerun). Run it after questions_ensure."""
    lessons_by_course = {data["slug"]: data["lessons"] for data in course_modules()}
    placed = 0
    for module in COURSES:
        course = course_pages.get(module.COURSE_SLUG)
        if course is None:
            continue
        for number, data in enumerate(lessons_by_course[module.COURSE_SLUG], 1):
            if Quiz.objects.filter(kind=QuizKind.CHECK, title=data["title"]).exists():
                continue
            lesson = LessonPage.objects.child_of(course).filter(slug=data["slug"]).first()
            if lesson is None or not lesson.live or lesson.has_unpublished_changes or _has_check(lesson):
                continue
            drawn = check_pool(module.POOL, number)
            if drawn is None:
                continue
            tag, count = drawn
            _check_place(lesson=lesson, title=data["title"], tag=tag, count=count)
            placed += 1
    return placed
