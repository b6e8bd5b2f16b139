import io

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model

from certificates.models import Certificate
from courses.models import CoursePage, LessonPage
from learning.models import Enrolment, Requirement, User
from metrics.demo import MANAGERS
from metrics.demo.plan import PLACES

# The cast, the revoked certificate's holder, and the metrics demo's managers, officials and citizens.
PEOPLE = (
    8
    + len(MANAGERS)
    + sum(place.officials + place.citizens for places in PLACES.values() for place in places)
)


@pytest.mark.django_db
def test_seed_demo_builds_five_courses_and_the_cast_and_can_run_again():
    call_command("seed_demo", stdout=io.StringIO())
    counts = (
        CoursePage.objects.live().count(),
        LessonPage.objects.live().count(),
        get_image_model().objects.count(),
    )
    assert counts[0] == 5
    assert 15 <= counts[1] <= 30
    assert all(3 <= LessonPage.objects.child_of(c).count() <= 6 for c in CoursePage.objects.all())
    assert User.objects.count() == PEOPLE
    # The cast's certificates are drawn at once; the metrics demo's hundreds wait for the background sweep.
    ready = Certificate.objects.filter(status="ready").order_by("serial")
    cast = list(ready.values_list("holder_name", "state", "status"))
    assert cast == [("Nguyễn Thị Hồng", "valid", "ready"), ("Vũ Văn Nam", "revoked", "ready")]
    certificates = list(Certificate.objects.order_by("serial").values_list("holder_name", "state", "status"))
    assert len(certificates) > 100 and {status for *_, status in certificates} == {"ready", "pending"}
    call_command("seed_demo", stdout=io.StringIO())
    assert (
        list(Certificate.objects.order_by("serial").values_list("holder_name", "state", "status"))
        == certificates
    )
    assert (
        CoursePage.objects.live().count(),
        LessonPage.objects.live().count(),
        get_image_model().objects.count(),
    ) == counts
    assert User.objects.count() == PEOPLE
    # The local cast lives in a real commune, and its official owes the courses its commune and province require.
    official = User.objects.get(phone="+84868000005")
    assert (
        official.unit.name_with_type == "Xã Đại Từ"
        and official.unit.parent.name_with_type == "Tỉnh Thái Nguyên"
    )
    assert Requirement.objects.count() == 1 + 4
    assert Enrolment.objects.filter(user=official, source="required").count() == 2
    # Every course has its question pool and final test.
    from quizzes.models import Question, Quiz

    assert Question.objects.count() >= 75 and Quiz.objects.filter(kind="final").count() == 5
    # Every practice block in the demo has as many hotspots as its screen has tap targets, all on the image.
    for lesson in LessonPage.objects.all():
        for block in lesson.body:
            if block.block_type == "practice":
                for spot in block.value["hotspots"]:
                    assert 0 <= spot["x"] and spot["x"] + spot["width"] <= 100.01
                    assert 0 <= spot["y"] and spot["y"] + spot["height"] <= 100.01
