import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from cms.models import HomePage
from courses.models import CourseIndexPage, CoursePage, LessonPage


def test_a_course_lives_only_in_the_catalogue_and_a_lesson_only_in_a_course():
    assert CoursePage.allowed_parent_page_models() == [CourseIndexPage]
    assert LessonPage.allowed_parent_page_models() == [CoursePage]
    assert CourseIndexPage.allowed_subpage_models() == [CoursePage]
    assert CoursePage.allowed_subpage_models() == [LessonPage]
    assert LessonPage.allowed_subpage_models() == []
    assert CourseIndexPage.allowed_parent_page_models() == [HomePage]


@pytest.mark.django_db
def test_page_tree_refuses_misplaced_pages(site_tree):
    home, catalogue, course = site_tree["home"], site_tree["catalogue"], site_tree["course"]
    assert not LessonPage.can_create_at(catalogue)
    assert not CoursePage.can_create_at(home)
    assert LessonPage.can_create_at(course)
    assert not CourseIndexPage.can_create_at(catalogue)
    # Only one catalogue and one home page per site.
    assert not CourseIndexPage.can_create_at(home)
    assert not HomePage.can_create_at(Page.get_first_root_node())


@pytest.mark.django_db
def test_lessons_keep_the_order_authors_give_them(site_tree):
    from courses.selectors import course_lessons

    course, lessons = site_tree["course"], site_tree["lessons"]
    assert [lesson.pk for lesson in course_lessons(course=course)] == [lesson.pk for lesson in lessons]
    lessons[2].move(lessons[0], pos="left")
    assert [lesson.slug for lesson in course_lessons(course=course)] == ["bai-3", "bai-1", "bai-2"]


@pytest.mark.django_db
def test_course_outcomes_are_one_per_line(site_tree):
    course = site_tree["course"]
    course.outcomes = "- Phân biệt chữ ký số\n\n• Ký một tệp PDF  \n"
    assert course.outcome_list == ["Phân biệt chữ ký số", "Ký một tệp PDF"]


def test_a_lesson_without_any_block_is_refused():
    from wagtail.blocks import StreamValue

    from courses.blocks import LessonStreamBlock

    block = LessonStreamBlock()
    with pytest.raises(ValidationError):
        block.clean(StreamValue(block, []))
