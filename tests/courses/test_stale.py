import datetime

import pytest
from django.utils import timezone

from courses.selectors import stale_courses as stale_courses_queryset


@pytest.mark.django_db
def test_courses_never_checked_or_checked_long_ago_are_stale(site_tree, settings):
    settings.HOCSO_STALE_AFTER_DAYS = 180
    today = timezone.localdate()
    course, other = site_tree["course"], site_tree["other"]
    course.content_checked_on = today - datetime.timedelta(days=10)
    course.save()
    assert not course.is_stale
    assert list(stale_courses_queryset()) == [other.page_ptr.specific]
    course.content_checked_on = today - datetime.timedelta(days=181)
    course.save()
    assert course.is_stale
    assert set(stale_courses_queryset()) == {course, other}


@pytest.mark.django_db
def test_trainers_see_stale_courses_in_the_admin(site_tree, cast_users, client):
    from courses.editorial import editorial_setup
    from learning.cast import REVIEWERS_GROUP, TRAINERS_GROUP

    editorial_setup(
        catalogue=site_tree["catalogue"], trainers_group=TRAINERS_GROUP, reviewers_group=REVIEWERS_GROUP
    )
    client.force_login(cast_users["trainer"])
    response = client.get("/quan-tri/bao-cao/khoa-hoc-can-doi-chieu/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Khóa học cần đối chiếu lại" in html
    assert "Chữ ký số cho người dân" in html and "Chưa từng đối chiếu" in html
    dashboard = client.get("/quan-tri/").content.decode()
    assert "2 khóa học chưa được đối chiếu với cổng thật gần đây." in dashboard
