"""Who may write and who may publish course pages, and the review workflow between them."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

WORKFLOW_NAME = "Duyệt nội dung khóa học"
TASK_NAME = "Người duyệt phê duyệt"

_MEDIA_PERMISSIONS = (
    "add_image",
    "change_image",
    "choose_image",
    "add_document",
    "change_document",
    "choose_document",
)

# Trainers write questions and quizzes and upload H5P; only administrators approve H5P libraries.
_MODEL_PERMISSIONS = (
    ("courses", "add_h5pitem"),
    ("courses", "change_h5pitem"),
    ("courses", "view_h5pitem"),
    ("courses", "view_h5plibrary"),
    ("quizzes", "add_question"),
    ("quizzes", "change_question"),
    ("quizzes", "view_question"),
    ("quizzes", "add_quiz"),
    ("quizzes", "change_quiz"),
    ("quizzes", "view_quiz"),
)


def _grant_page(group: Group, page: Page, codenames: tuple[str, ...]) -> None:
    for codename in codenames:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


@transaction.atomic
def editorial_setup(*, catalogue: Page, trainers_group: str, reviewers_group: str) -> Workflow:
    """Trainers draft and submit; only reviewers publish, through a moderation workflow on the catalogue."""
    trainers, _ = Group.objects.get_or_create(name=trainers_group)
    reviewers, _ = Group.objects.get_or_create(name=reviewers_group)
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    root_collection = Collection.get_first_root_node()
    for group in (trainers, reviewers):
        group.permissions.add(access_admin)
        for app_label, codename in _MODEL_PERMISSIONS:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        _grant_page(group, catalogue, ("add_page", "change_page"))
        for codename in _MEDIA_PERMISSIONS:
            permission = Permission.objects.get(codename=codename)
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
    _grant_page(reviewers, catalogue, ("publish_page", "lock_page", "unlock_page"))

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([reviewers])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=catalogue, defaults={"workflow": workflow})
    return workflow
