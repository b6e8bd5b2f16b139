import pytest

from courses.editorial import WORKFLOW_NAME, editorial_setup
from learning.cast import REVIEWERS_GROUP, TRAINERS_GROUP


@pytest.fixture
def editorial(site_tree, cast_users):
    workflow = editorial_setup(
        catalogue=site_tree["catalogue"], trainers_group=TRAINERS_GROUP, reviewers_group=REVIEWERS_GROUP
    )
    return {**site_tree, "workflow": workflow, **cast_users}


@pytest.mark.django_db
def test_trainers_write_drafts_but_cannot_publish(editorial):
    lesson = editorial["lessons"][0]
    permissions = lesson.permissions_for_user(editorial["trainer"])
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert editorial["course"].permissions_for_user(editorial["trainer"]).can_add_subpage()


@pytest.mark.django_db
def test_reviewers_publish_and_every_course_page_goes_through_the_review_workflow(editorial):
    lesson = editorial["lessons"][0]
    assert lesson.permissions_for_user(editorial["reviewer"]).can_publish()
    assert lesson.get_workflow().name == WORKFLOW_NAME
    assert [group.name for group in lesson.get_workflow().tasks.first().specific.groups.all()] == [
        REVIEWERS_GROUP
    ]


@pytest.mark.django_db
def test_a_trainers_submission_waits_for_a_reviewer(editorial, client):
    lesson = editorial["lessons"][0]
    client.force_login(editorial["trainer"])
    lesson.title = "Bài 1: Ký số từ xa (bản sửa)"
    revision = lesson.save_revision(user=editorial["trainer"])
    workflow_state = lesson.get_workflow().start(lesson, editorial["trainer"])
    assert workflow_state.status == "in_progress"
    lesson.refresh_from_db()
    assert lesson.title == "Bài 1: Ký số từ xa"  # the live page is unchanged until approval
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, editorial["reviewer"], "approve")
    lesson.refresh_from_db()
    assert lesson.title == "Bài 1: Ký số từ xa (bản sửa)"
    assert lesson.live_revision_id == revision.pk


@pytest.mark.django_db
def test_editorial_setup_can_run_twice(editorial):
    from wagtail.models import GroupPagePermission, WorkflowPage

    before = GroupPagePermission.objects.count()
    editorial_setup(
        catalogue=editorial["catalogue"], trainers_group=TRAINERS_GROUP, reviewers_group=REVIEWERS_GROUP
    )
    assert GroupPagePermission.objects.count() == before
    assert WorkflowPage.objects.filter(page=editorial["catalogue"]).count() == 1
