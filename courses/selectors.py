"""Reads shared by pages, views and later the API."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from cms.text import fold_words
from courses.models import Audience, CourseIndexPage, CoursePage, LessonPage, Topic, stale_cutoff

MAX_QUERY_WORDS = 8


@dataclass(frozen=True)
class CourseResult:
    course: CoursePage
    matched_lessons: tuple[LessonPage, ...] = ()


def _word_filter(words: list[str]) -> Q:
    # The document starts with a space and separates words by spaces, so " word" matches
    # the beginning of a word: "chu ky" finds "chữ ký số" while typing.
    condition = Q()
    for word in words:
        condition &= Q(search_document__contains=f" {word}")
    return condition


def catalogue_courses(
    *, index: CourseIndexPage, query: str = "", topic: Topic | None = None, audience: str = ""
) -> list[CourseResult]:
    """Live, public courses under the catalogue, filtered; search ignores diacritics and case."""
    courses: QuerySet[CoursePage] = (
        CoursePage.objects.child_of(index).live().public().select_related("topic", "cover_image")
    )
    if topic is not None:
        courses = courses.filter(topic=topic)
    if audience and audience != Audience.ALL:
        courses = courses.filter(audience__in=[audience, Audience.ALL])
    courses = courses.order_by("path")

    words = fold_words(query)[:MAX_QUERY_WORDS]
    if not words:
        return [CourseResult(course=c) for c in courses]

    lessons_under = (
        LessonPage.objects.live()
        .public()
        .filter(path__startswith=index.path)
        .defer("body", "search_document")
        .order_by("path")
    )
    # The whole phrase first ("chu ky so" as typed); only when nothing has it, every word anywhere.
    phrase = Q(search_document__contains=" " + " ".join(words))
    title_hits = list(courses.filter(phrase))
    lessons = list(lessons_under.filter(phrase))
    if not title_hits and not lessons and len(words) > 1:
        condition = _word_filter(words)
        title_hits = list(courses.filter(condition))
        lessons = list(lessons_under.filter(condition))
    by_course: dict[str, list[LessonPage]] = {}
    for lesson in lessons:
        by_course.setdefault(lesson.path[: -LessonPage.steplen], []).append(lesson)
    lesson_courses = list(courses.filter(path__in=list(by_course)).exclude(pk__in=[c.pk for c in title_hits]))
    ordered = title_hits + lesson_courses
    return [CourseResult(course=c, matched_lessons=tuple(by_course.get(c.path, ()))) for c in ordered]


def topics_in_use(*, index: CourseIndexPage) -> list[Topic]:
    course_topics = CoursePage.objects.child_of(index).live().public().values("topic_id")
    return list(Topic.objects.filter(pk__in=course_topics))


def course_lessons(*, course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(course).live().public().order_by("path"))


def lesson_navigation(*, lesson: LessonPage) -> dict:
    """The lesson's course, its position, and the previous and next lessons."""
    course = CoursePage.objects.select_related("topic").get(path=lesson.path[: -LessonPage.steplen])
    siblings = course_lessons(course=course)
    position = next((i for i, item in enumerate(siblings) if item.pk == lesson.pk), 0)
    return {
        "course": course,
        "lesson_number": position + 1,
        "lesson_count": len(siblings),
        "previous_lesson": siblings[position - 1] if position > 0 else None,
        "next_lesson": siblings[position + 1] if position + 1 < len(siblings) else None,
    }


def stale_courses() -> QuerySet[CoursePage]:
    """Courses whose content was never checked, or not recently, against the real portal."""
    return CoursePage.objects.filter(
        Q(content_checked_on__isnull=True) | Q(content_checked_on__lt=stale_cutoff())
    ).order_by("content_checked_on", "title")
