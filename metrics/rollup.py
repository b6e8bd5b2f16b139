"""The roll-up map: for every unit, the unit its figures count for today and that unit's province.
Rebuilt whenever units change (a merger, a new official list); cheap even for every unit there is."""

from django.db import transaction

from learning.models import AdministrativeUnit, UnitLevel
from metrics.models import Rollup


def _resolve(units: dict[int, tuple[int | None, int | None, str]]) -> dict[int, tuple[int, int | None]]:
    """unit id -> (current unit id, province id), following mergers then parents."""

    def current(pk: int) -> int:
        seen = set()
        while units[pk][1] and pk not in seen:
            seen.add(pk)
            pk = units[pk][1]
        return pk

    def province(pk: int) -> int | None:
        seen = set()
        while pk is not None and units[pk][2] != UnitLevel.PROVINCE and pk not in seen:
            seen.add(pk)
            pk = units[pk][0]
        if pk is None:
            return None
        return current(pk)

    resolved = {}
    for pk in units:
        now = current(pk)
        resolved[pk] = (now, province(now))
    return resolved


@transaction.atomic
def rollup_rebuild() -> int:
    units = {
        pk: (parent_id, replaced_by_id, level)
        for pk, parent_id, replaced_by_id, level in AdministrativeUnit.objects.values_list(
            "pk", "parent_id", "replaced_by_id", "level"
        )
    }
    wanted = _resolve(units)
    stored = {
        pk: (current_id, province_id)
        for pk, current_id, province_id in Rollup.objects.values_list("unit_id", "current_id", "province_id")
    }
    changed = [pk for pk, target in wanted.items() if stored.get(pk) != target]
    Rollup.objects.filter(unit_id__in=[pk for pk in stored if pk not in wanted]).delete()
    Rollup.objects.filter(unit_id__in=changed).delete()
    Rollup.objects.bulk_create(
        [Rollup(unit_id=pk, current_id=wanted[pk][0], province_id=wanted[pk][1]) for pk in changed],
        batch_size=1000,
    )
    return len(changed)
