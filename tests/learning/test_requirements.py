import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from learning.models import (
    AuditAction,
    AuditEntry,
    Enrolment,
    EnrolmentSource,
    Position,
    Reminder,
    ReminderKind,
    Requirement,
    User,
)
from learning.requirements import requirement_create
from tests.factories import login_verified

NEW = "/quan-ly/khoa-hoc-bat-buoc/giao-moi/"
LIST = "/quan-ly/khoa-hoc-bat-buoc/"


def in_days(days: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=days)


def person(phone: str, role: str, unit, position: str = "") -> User:
    user = User.objects.create_user(phone, "mat-khau-dai-2026", full_name=f"Người {phone[-3:]}", role=role)
    user.unit = unit
    user.position = Position.objects.get_or_create(name=position)[0] if position else None
    user.save()
    return user


@pytest.fixture
def people(units, cast_users):
    """The cast's official (Văn phòng HĐND và UBND, Đại Từ) plus officials elsewhere and in other posts."""
    return {
        "official": cast_users["official"],
        "accountant": person("0912111001", "official", units["dai_tu"], "Công chức Tài chính - Kế toán"),
        "phong_quang": person(
            "0912111002", "official", units["phong_quang"], "Công chức Văn phòng HĐND và UBND xã"
        ),
        "ba_dinh": person("0912111003", "official", units["ba_dinh"], "Công chức Văn phòng HĐND và UBND xã"),
        "citizen": cast_users["citizen"],
    }


def enrolled(course) -> set[str]:
    return set(
        Enrolment.objects.filter(course=course, source=EnrolmentSource.REQUIRED).values_list(
            "user__phone", flat=True
        )
    )


def form_data(course, unit, *, role="official", position=None, due_on=None, province=None) -> dict:
    province = province or (unit.parent if unit.parent_id else unit)
    return {
        "course": course.pk,
        "province": province.pk,
        "communes_for": province.pk,
        "commune": unit.pk if unit.parent_id else "",
        "role": role,
        "position": position.pk if position else "",
        "due_on": (due_on or in_days(30)).strftime("%d/%m/%Y"),
    }


@pytest.mark.django_db
def test_a_commune_requirement_enrols_its_officials_at_once_and_no_one_else(client, site_tree, units, people):
    login_verified(client, User.objects.get(role="commune_manager"))
    form = client.get(NEW).content.decode()
    assert "Xã Đại Từ" in form and "Xã Phong Quang" not in form

    response = client.post(NEW, form_data(site_tree["course"], units["dai_tu"]), follow=True)

    assert "Đã giao khóa học cho 2 người" in response.content.decode()
    requirement = Requirement.objects.get()
    assert (requirement.unit, requirement.role, requirement.position) == (units["dai_tu"], "official", None)
    assert enrolled(site_tree["course"]) == {people["official"].phone, people["accountant"].phone}
    entry = AuditEntry.objects.get(action=AuditAction.REQUIREMENT_CHANGE)
    assert entry.unit == units["dai_tu"] and entry.actor.role == "commune_manager"


@pytest.mark.django_db
def test_a_requirement_for_one_position_enrols_only_holders_of_that_position(site_tree, units, people):
    manager = User.objects.get(role="commune_manager")
    requirement, count = requirement_create(
        actor=manager,
        course=site_tree["course"],
        unit=units["dai_tu"],
        role="official",
        position=people["official"].position,
        due_on=in_days(10),
    )
    assert count == 1
    assert enrolled(site_tree["course"]) == {people["official"].phone}
    # Someone who takes up the post later is enrolled as they arrive.
    people["accountant"].position = people["official"].position
    people["accountant"].save()
    assert enrolled(site_tree["course"]) == {people["official"].phone, people["accountant"].phone}


@pytest.mark.django_db
def test_a_province_wide_requirement_covers_every_commune_of_the_province(client, site_tree, units, people):
    login_verified(client, User.objects.get(role="province_manager"))
    form = client.get(NEW).content.decode()
    assert "Cả Tỉnh Thái Nguyên" in form and "Phường Ba Đình" not in form

    data = form_data(site_tree["course"], units["thai_nguyen"])
    response = client.post(NEW, data, follow=True)

    assert "Đã giao khóa học cho 3 người" in response.content.decode()
    assert enrolled(site_tree["course"]) == {
        people["official"].phone,
        people["accountant"].phone,
        people["phong_quang"].phone,
    }


@pytest.mark.django_db
def test_a_national_administrator_picks_a_province_then_one_of_its_communes(client, site_tree, units, people):
    login_verified(client, User.objects.get(role="national_admin"))
    first = client.get(NEW).content.decode()
    assert "Chọn tỉnh" in first and "Thành phố Hà Nội" in first and "Phường Ba Đình" not in first

    data = form_data(site_tree["course"], units["ba_dinh"])
    data.update(commune="", communes_for="", chon_tinh="1")
    reloaded = client.post(NEW, data).content.decode()
    assert "Phường Ba Đình" in reloaded and "Xã Đại Từ" not in reloaded
    assert Requirement.objects.count() == 0
    assert data["due_on"] in reloaded  # what was typed survives the reload

    response = client.post(NEW, form_data(site_tree["course"], units["ba_dinh"]), follow=True)
    assert "Đã giao khóa học cho 1 người" in response.content.decode()
    assert enrolled(site_tree["course"]) == {people["ba_dinh"].phone}


@pytest.mark.django_db
def test_changing_province_without_reloading_never_assigns_the_whole_province(
    client, site_tree, units, people
):
    login_verified(client, User.objects.get(role="national_admin"))
    data = form_data(site_tree["course"], units["thai_nguyen"])
    data["communes_for"] = units["ha_noi"].pk  # the commune list on screen was Hà Nội's
    response = client.post(NEW, data)
    assert "Hãy bấm «Chọn tỉnh»" in response.content.decode()
    assert Requirement.objects.count() == 0


@pytest.mark.django_db
def test_a_commune_manager_cannot_assign_a_course_to_another_commune(client, site_tree, units, people):
    login_verified(client, User.objects.get(role="commune_manager"))
    refusals = {
        "phong_quang": "không nằm trong phạm vi bạn quản lý",
        "ba_dinh": "không nằm trong phạm vi bạn quản lý",
        "thai_nguyen": "Hãy chọn xã, phường, đặc khu",  # the whole province is not theirs to choose
    }
    for key, message in refusals.items():
        response = client.post(NEW, form_data(site_tree["course"], units[key]))
        assert response.status_code == 200
        assert message in response.content.decode(), key
    assert Requirement.objects.count() == 0
    assert enrolled(site_tree["course"]) == set()


@pytest.mark.django_db
def test_the_service_refuses_units_outside_scope_whatever_the_caller(site_tree, units, cast_users):
    with pytest.raises(ValidationError, match="không có quyền"):
        requirement_create(
            actor=cast_users["commune_manager"],
            course=site_tree["course"],
            unit=units["phong_quang"],
            role="official",
            due_on=in_days(5),
        )
    assert Requirement.objects.count() == 0


@pytest.mark.django_db
def test_bad_input_gets_a_vietnamese_message_and_creates_nothing(client, site_tree, units, people):
    login_verified(client, User.objects.get(role="commune_manager"))
    course, dai_tu = site_tree["course"], units["dai_tu"]
    cases = [
        (form_data(course, dai_tu, due_on=in_days(-1)), "Hạn hoàn thành phải từ hôm nay trở đi"),
        ({**form_data(course, dai_tu), "due_on": "2026-31-12"}, "Hãy nhập ngày theo dạng ngày/tháng/năm"),
        ({**form_data(course, dai_tu), "role": "commune_manager"}, "Vai trò không hợp lệ"),
        ({**form_data(course, dai_tu), "course": ""}, "Hãy chọn khóa học"),
        (
            form_data(course, dai_tu, role="citizen", position=people["official"].position),
            "Chức vụ chỉ áp dụng cho cán bộ, công chức xã",
        ),
    ]
    for data, message in cases:
        response = client.post(NEW, data)
        assert response.status_code == 200
        assert message in response.content.decode(), message
    assert Requirement.objects.count() == 0
    assert Enrolment.objects.count() == 0


@pytest.mark.django_db
def test_the_same_course_cannot_be_required_twice_of_the_same_group(client, site_tree, units, people):
    login_verified(client, User.objects.get(role="commune_manager"))
    data = form_data(site_tree["course"], units["dai_tu"])
    client.post(NEW, data)
    again = client.post(NEW, {**data, "due_on": in_days(60).strftime("%d/%m/%Y")})
    assert "đã được giao cho nhóm người này" in again.content.decode()
    assert Requirement.objects.get().due_on == in_days(30)
    # Another position is another group.
    other = form_data(site_tree["course"], units["dai_tu"], position=people["official"].position)
    assert client.post(NEW, other).status_code == 302
    assert Requirement.objects.count() == 2


@pytest.mark.django_db
def test_the_list_shows_due_date_people_covered_and_completed(client, site_tree, units, people):
    manager = User.objects.get(role="commune_manager")
    requirement_create(
        actor=manager, course=site_tree["course"], unit=units["dai_tu"], role="official", due_on=in_days(9)
    )
    Enrolment.objects.filter(user=people["official"]).update(completed_at=timezone.now())
    login_verified(client, manager)
    html = client.get(LIST).content.decode()
    assert site_tree["course"].title in html
    assert in_days(9).strftime("%d/%m/%Y") in html
    assert "<td>2</td>" in html and "<td>1</td>" in html


@pytest.mark.django_db
def test_managers_see_only_requirements_of_their_units(client, site_tree, units, people):
    admin = User.objects.get(role="national_admin")
    requirement_create(
        actor=admin, course=site_tree["other"], unit=units["ba_dinh"], role="official", due_on=in_days(9)
    )
    login_verified(client, User.objects.get(role="province_manager"))
    html = client.get(LIST).content.decode()
    assert site_tree["other"].title not in html
    assert "Chưa có khóa học bắt buộc nào" in html


@pytest.mark.django_db
def test_managers_cannot_change_or_remove_another_communes_requirement(client, site_tree, units, people):
    admin = User.objects.get(role="national_admin")
    foreign, _count = requirement_create(
        actor=admin, course=site_tree["course"], unit=units["phong_quang"], role="official", due_on=in_days(9)
    )
    login_verified(client, User.objects.get(role="commune_manager"))
    edit = f"{LIST}{foreign.pk}/doi-han/"
    delete = f"{LIST}{foreign.pk}/bo/"
    assert client.get(edit).status_code == 404
    assert client.post(edit, {"due_on": in_days(40).strftime("%d/%m/%Y")}).status_code == 404
    assert client.get(delete).status_code == 404
    assert client.post(delete).status_code == 404
    foreign.refresh_from_db()
    assert foreign.due_on == in_days(9)


@pytest.mark.django_db
def test_a_manager_moves_a_deadline_and_reminders_start_again(client, site_tree, units, people):
    manager = User.objects.get(role="commune_manager")
    requirement, _count = requirement_create(
        actor=manager, course=site_tree["course"], unit=units["dai_tu"], role="official", due_on=in_days(3)
    )
    Reminder.objects.create(requirement=requirement, user=people["official"], kind=ReminderKind.SOON)
    login_verified(client, manager)
    edit = f"{LIST}{requirement.pk}/doi-han/"
    assert in_days(3).strftime("%d/%m/%Y") in client.get(edit).content.decode()

    past = client.post(edit, {"due_on": in_days(-2).strftime("%d/%m/%Y")})
    assert "Hạn hoàn thành phải từ hôm nay trở đi" in past.content.decode()
    requirement.refresh_from_db()
    assert requirement.due_on == in_days(3)

    response = client.post(edit, {"due_on": in_days(20).strftime("%d/%m/%Y")}, follow=True)
    assert "Đã đổi hạn hoàn thành" in response.content.decode()
    requirement.refresh_from_db()
    assert requirement.due_on == in_days(20)
    assert not Reminder.objects.exists()


@pytest.mark.django_db
def test_removing_a_requirement_asks_first_and_keeps_the_learners_progress(client, site_tree, units, people):
    manager = User.objects.get(role="commune_manager")
    requirement, _count = requirement_create(
        actor=manager, course=site_tree["course"], unit=units["dai_tu"], role="official", due_on=in_days(3)
    )
    login_verified(client, manager)
    delete = f"{LIST}{requirement.pk}/bo/"
    assert "Bỏ yêu cầu bắt buộc?" in client.get(delete).content.decode()
    assert Requirement.objects.exists()
    response = client.post(delete, follow=True)
    assert "Đã bỏ yêu cầu bắt buộc" in response.content.decode()
    assert not Requirement.objects.exists()
    assert Enrolment.objects.filter(user=people["official"], course=site_tree["course"]).exists()


@pytest.mark.django_db
def test_learners_cannot_open_the_manager_screens(client, site_tree, cast_users):
    client.force_login(cast_users["official"])
    assert client.get(LIST).status_code in (302, 403)
    assert client.get(NEW).status_code in (302, 403)


@pytest.mark.django_db
def test_my_courses_lists_required_courses_first_with_their_deadline(client, site_tree, units, people):
    from learning.enrolment import enrol

    official = people["official"]
    enrol(official, site_tree["other"])  # studied of their own accord, and more recently
    Enrolment.objects.filter(user=official).update(last_seen_at=timezone.now())
    requirement_create(
        actor=User.objects.get(role="commune_manager"),
        course=site_tree["course"],
        unit=units["dai_tu"],
        role="official",
        due_on=in_days(12),
    )
    client.force_login(official)
    html = client.get("/khoa-hoc-cua-toi/").content.decode()
    assert "Bắt buộc" in html
    assert f"Hạn hoàn thành: {in_days(12).strftime('%d/%m/%Y')}" in html
    assert html.index(site_tree["course"].title) < html.index(site_tree["other"].title)
