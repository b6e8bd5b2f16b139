import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Revision

from cms.management.commands.seed_demo import home_ensure
from courses.demo.seed import catalogue_ensure, course_ensure, course_modules, taxonomy_ensure
from courses.models import LessonPage
from quizzes.demo.checks import checks_ensure, lesson_tag
from quizzes.demo.questions import COURSES
from quizzes.demo.seed import questions_ensure, quizzes_ensure
from quizzes.models import Attempt, Question, Quiz, QuizKind, QuizPool, ShowAnswers
from tests.factories import ensure_wagtail_base

LESSON_COUNT = sum(len(course["lessons"]) for course in course_modules())


@pytest.fixture
def demo_courses(db) -> dict:
    """The demo catalogue as seed_demo builds it, without the parts checks do not need."""
    ensure_wagtail_base()
    taxonomy_ensure()
    catalogue = catalogue_ensure(home=home_ensure())
    return {
        course.slug: course
        for course in (course_ensure(data=data, index=catalogue) for data in course_modules())
    }


def lessons_of(course) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(course).order_by("path"))


def checks_in(lesson: LessonPage) -> list[Quiz]:
    ids = [block.value["quiz"].pk for block in lesson.body if block.block_type == "quiz"]
    return list(Quiz.objects.filter(pk__in=ids, kind=QuizKind.CHECK))


def snapshot() -> dict:
    return {
        "quizzes": Quiz.objects.count(),
        "pools": list(QuizPool.objects.order_by("pk").values_list("pk", "quiz_id", "tag", "count")),
        "revisions": Revision.objects.count(),
        "latest": sorted(LessonPage.objects.values_list("pk", "latest_revision_id", "last_published_at")),
    }


@pytest.mark.django_db
def test_every_demo_lesson_gets_a_check_a_learner_can_take_and_a_rerun_changes_nothing(
    demo_courses, cast_users
):
    questions_ensure()
    quizzes_ensure(demo_courses)
    assert checks_ensure(demo_courses) == LESSON_COUNT
    after_first = snapshot()
    assert checks_ensure(demo_courses) == 0
    assert snapshot() == after_first
    assert Quiz.objects.filter(kind=QuizKind.CHECK).count() == LESSON_COUNT
    assert Quiz.objects.filter(kind=QuizKind.FINAL).count() == len(COURSES)

    anonymous, learner = Client(), Client()
    citizen = cast_users["citizen"]
    learner.force_login(citizen)
    data_by_slug = {module.COURSE_SLUG: module for module in COURSES}
    for slug, course in demo_courses.items():
        module = data_by_slug[slug]
        lessons = lessons_of(course)
        assert len(lessons) >= 5
        for number, lesson in enumerate(lessons, 1):
            (check,) = checks_in(lesson)
            # After the lesson's own content, so it is read first.
            assert lesson.body[-1].block_type == "quiz" and lesson.body[-1].value["quiz"] == check
            assert lesson.live and not lesson.has_unpublished_changes
            rules = {
                name: getattr(check, name) for name in ("pass_mark", "time_limit_minutes", "max_attempts")
            }
            assert rules == {"pass_mark": 70, "time_limit_minutes": None, "max_attempts": None}
            assert check.wait_minutes == 0 and check.show_answers == ShowAnswers.AFTER_SUBMIT
            (pool,) = check.pools.all()
            own = [data for data in module.QUESTIONS if data["lesson"] == number]
            # The lesson's own questions when it has enough of them.
            assert pool.tag == (lesson_tag(module.POOL, number) if len(own) >= 2 else module.POOL)
            available = Question.objects.filter(tags__slug=pool.tag).distinct().count()
            assert 2 <= pool.count <= 4 and available >= pool.count

            html = anonymous.get(lesson.url).content.decode()
            quiz_url = reverse("quizzes:quiz", args=[check.pk])
            assert check.title in html and f'href="{quiz_url}"' in html and "Làm bài kiểm tra" in html

            response = learner.post(reverse("quizzes:start", args=[check.pk]))
            attempt = Attempt.objects.get(user=citizen, quiz=check)
            assert response.status_code == 302 and response["Location"] == reverse(
                "quizzes:attempt", args=[attempt.pk]
            )
            drawn = [item.version.question for item in attempt.items.select_related("version__question")]
            assert len(drawn) == len(set(drawn)) == pool.count
            assert all(pool.tag in question.tags.names() for question in drawn)
            assert learner.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_without_questions_no_check_is_made_and_no_lesson_changes(demo_courses):
    before = snapshot()
    assert checks_ensure(demo_courses) == 0
    assert snapshot() == before

    questions_ensure()
    assert checks_ensure(demo_courses) == LESSON_COUNT


@pytest.mark.django_db
def test_what_authors_did_to_lessons_is_kept(demo_courses):
    questions_ensure()
    course = demo_courses[COURSES[0].COURSE_SLUG]
    drafted, own_check, *_ = lessons_of(course)
    # An author is rewriting one lesson (a draft, not published yet) and put their own check in another.
    drafted.title = "Bản nháp của giảng viên"
    draft = drafted.save_revision()
    theirs = Quiz.objects.create(title="Câu hỏi của giảng viên", kind=QuizKind.CHECK)
    QuizPool.objects.create(quiz=theirs, tag=COURSES[0].POOL, count=2)
    own_check.body.append(("quiz", {"quiz": theirs, "intro": ""}))
    own_check.save_revision().publish()

    assert checks_ensure(demo_courses) == LESSON_COUNT - 2
    drafted.refresh_from_db()
    assert drafted.latest_revision == draft and drafted.has_unpublished_changes
    assert checks_in(drafted) == []
    assert checks_in(LessonPage.objects.get(pk=own_check.pk)) == [theirs]

    # Once placed, a check the author took out of a lesson stays out.
    third = lessons_of(course)[2]
    del third.body[next(i for i, block in enumerate(third.body) if block.block_type == "quiz")]
    third.save_revision().publish()
    before = snapshot()
    assert checks_ensure(demo_courses) == 0
    assert snapshot() == before and checks_in(LessonPage.objects.get(pk=third.pk)) == []
