"""Signed-in readers of a lesson get the shared cached page with only their own parts rendered."""

import re

import pytest
from django.test import Client

from learning.models import Statement


@pytest.fixture
def lesson(site_tree):
    return site_tree["lessons"][0]


@pytest.fixture
def cached(lesson):
    anonymous = Client().get(lesson.url)
    assert anonymous["X-Page-Cache"] == "miss"
    return anonymous.content.decode()


def enrolled_client(user, course) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.get("/khoa-hoc-cua-toi/")  # sets the CSRF cookie
    client.post(
        f"/khoa-hoc-cua-toi/ghi-danh/{course.pk}/", {"csrfmiddlewaretoken": client.cookies["csrftoken"].value}
    )
    return client


def test_the_anonymous_page_holds_no_personal_part(cached):
    assert "Đăng nhập" in cached
    assert "Tôi đã đọc hết bài này" not in cached and "Của tôi" not in cached
    assert "<!--hole:lesson-progress" in cached


def test_a_signed_in_learner_is_served_from_the_cache_with_their_own_parts(
    cached, lesson, site_tree, cast_users
):
    learner = cast_users["citizen"]
    client = enrolled_client(learner, site_tree["course"])
    page = client.get(lesson.url)
    html = page.content.decode()
    assert page["X-Page-Cache"] == "holes" and page["Cache-Control"] == "private, no-cache"
    assert "Tôi đã đọc hết bài này" in html and "Của tôi" in html and "Đăng nhập" not in html
    assert f'data-user="{learner.pk}"' in html and "<!--hole" not in html
    assert Statement.objects.filter(user=learner, verb__endswith="/launched").count() == 1
    # The form in the cached page carries this reader's CSRF token and works.
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    event_id = re.search(r'name="event_id" value="([^"]+)"', html).group(1)
    done = client.post(
        f"/khoa-hoc-cua-toi/hoc-xong/{lesson.pk}/", {"csrfmiddlewaretoken": token, "event_id": event_id}
    )
    assert done.status_code == 302
    assert Statement.objects.filter(pk=event_id, user=learner).exists()
    assert "Bạn đã học xong bài này" in client.get(lesson.url).content.decode()


def test_two_learners_never_see_each_others_parts(cached, lesson, site_tree, cast_users):
    first = enrolled_client(cast_users["citizen"], site_tree["course"]).get(lesson.url).content.decode()
    second = enrolled_client(cast_users["official"], site_tree["course"]).get(lesson.url).content.decode()
    assert (
        f'data-user="{cast_users["citizen"].pk}"' in first
        and f'data-user="{cast_users["official"].pk}"' in second
    )
    assert f'data-user="{cast_users["citizen"].pk}"' not in second


def test_managers_see_their_menu_and_staff_get_the_full_page(cached, lesson, cast_users):
    manager = Client()
    manager.force_login(cast_users["commune_manager"])
    assert "Quản lý" in manager.get(lesson.url).content.decode()
    trainer = Client()
    trainer.force_login(cast_users["trainer"])
    response = trainer.get(lesson.url)
    assert response.status_code == 200 and "X-Page-Cache" not in response


def test_after_a_publish_nobody_gets_the_old_page(cached, lesson, cast_users):
    lesson.title = "Bài 1: Ký số từ xa (sửa)"
    lesson.save_revision().publish()
    client = Client()
    client.force_login(cast_users["citizen"])
    response = client.get(lesson.url)
    assert "X-Page-Cache" not in response and "(sửa)" in response.content.decode()


def test_reloads_write_nothing_but_moving_between_lessons_moves_the_resume_point(
    cached, lesson, site_tree, cast_users
):
    from learning.models import Enrolment

    learner = cast_users["citizen"]
    client = enrolled_client(learner, site_tree["course"])
    for _ in range(3):
        client.get(lesson.url)
    opened = Statement.objects.filter(user=learner, verb__endswith="/launched")
    assert opened.count() == 1
    second = site_tree["lessons"][1]
    client.get(second.url)
    assert Enrolment.objects.get(user=learner).last_lesson_id == second.pk
    client.get(lesson.url)
    assert opened.count() == 3
    assert Enrolment.objects.get(user=learner).last_lesson_id == lesson.pk
