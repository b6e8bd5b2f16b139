"""The demo's H5P item: the project's own scam-spotting content type, placed in the scams lesson."""

import io

from django.db import transaction

from courses.h5p import services
from courses.h5p.bundle import scam_check_package
from courses.h5p.models import H5PItem
from courses.models import LessonPage

DEMO_LESSON_SLUG = "nhan-dien-cac-hinh-thuc-lua-dao"
INTRO = "Luyện thêm: đọc từng tin nhắn và chọn “Lừa đảo” hay “Đáng tin”."


@transaction.atomic
def h5p_demo_ensure(approver) -> H5PItem:
    data = scam_check_package()
    upload = io.BytesIO(data)
    upload.name = "tin-nhan-lua-dao.h5p"
    package = services.read_package(upload, services.limits())
    item = H5PItem.objects.filter(digest=package.digest).first()
    if item is None:
        services.check_libraries(package)
        item = services.store(upload, package=package, user=approver)
    for library in item.libraries.all():
        services.approve(library, approver)
    lesson = LessonPage.objects.filter(slug=DEMO_LESSON_SLUG).first()
    if lesson is not None and not lesson.has_h5p:
        lesson.body.append(("h5p", {"item": item, "intro": INTRO}))
        lesson.save_revision(user=approver).publish()
    return item
