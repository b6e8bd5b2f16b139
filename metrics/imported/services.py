"""Saving imported figures: one at a time, a commune's month from the entry form, or many communes from
a spreadsheet. Each checks the figures, the month and the user's scope; any error saves nothing."""

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from learning.models import AdministrativeUnit
from learning.scope import visible_units
from metrics.imported.definitions import IMPORTED_BY_CODE, ImportedIndicator
from metrics.imported.entries import Entry, check_entry, check_month, clean_entry, first_of_month
from metrics.models import Rollup
from metrics.models.imported import ImportedValue
from metrics.rollup import rollup_rebuild

MAX_SOURCE = 200


def communes_for(user) -> QuerySet[AdministrativeUnit]:
    """The communes this user may enter figures for: current ones within the one scope function."""
    return visible_units(user).current().communes()


def _check_units(units: list[AdministrativeUnit], by) -> None:
    allowed = set(communes_for(by).filter(pk__in=[unit.pk for unit in units]).values_list("pk", flat=True))
    refused = [unit for unit in units if unit.pk not in allowed]
    if refused:
        raise ValidationError(
            gettext(
                "Không nhập được số liệu cho %(unit)s: đơn vị không thuộc phạm vi quản lý của bạn, "
                "không phải xã, phường, đặc khu hoặc đã sáp nhập."
            )
            % {"unit": refused[0].name_with_type}
        )


def _indicator(code: str) -> ImportedIndicator:
    try:
        return IMPORTED_BY_CODE[code]
    except KeyError:
        raise ValidationError(gettext("Không có chỉ tiêu “%(code)s”.") % {"code": code}) from None


def clean_source(text: str) -> str:
    text = " ".join((text or "").split())
    if len(text) > MAX_SOURCE:
        raise ValidationError(
            {"source": gettext("Nguồn số liệu dài quá %(max)s ký tự.") % {"max": MAX_SOURCE}}
        )
    return text


def _ensure_rollup(unit_ids) -> None:
    """Roll-ups read figures through metrics.Rollup; a commune added since it was built gets its row."""
    ids = set(unit_ids)
    if len(ids) != Rollup.objects.filter(unit_id__in=ids).count():
        rollup_rebuild()


def _same(row: ImportedValue, entry: Entry) -> bool:
    return (row.numerator, row.denominator, row.value) == (entry.numerator, entry.denominator, entry.value)


def _write(row: ImportedValue, entry: Entry, by, source: str, now: dt.datetime) -> ImportedValue:
    row.numerator, row.denominator, row.value = entry.numerator, entry.denominator, entry.value
    row.source, row.entered_by, row.entered_at = source, by, now
    return row


@transaction.atomic
def imported_save(
    *,
    unit: AdministrativeUnit,
    month: dt.date,
    code: str,
    numerator=None,
    denominator=None,
    value=None,
    by,
    source: str = "",
) -> ImportedValue:
    """Enter one figure for a commune and month: a ratio's `numerator` and `denominator`, or a count's
    or a score's `value`. Replaces what was there; a ValidationError (in Vietnamese) changes nothing."""
    indicator = _indicator(code)
    first = check_month(month)
    _check_units([unit], by)
    entry = clean_entry(indicator, numerator=numerator, denominator=denominator, value=value)
    if entry is None:
        raise ValidationError({"numerator" if indicator.is_ratio else "value": gettext("Hãy nhập số liệu.")})
    source = clean_source(source)
    row = ImportedValue.objects.select_for_update().filter(unit=unit, month=first, code=code).first()
    if row is not None and _same(row, entry) and row.source == source:
        return row
    row = _write(row or ImportedValue(unit=unit, month=first, code=code), entry, by, source, timezone.now())
    row.full_clean()
    row.save()
    _ensure_rollup([unit.pk])
    return row


@transaction.atomic
def imported_delete(*, unit: AdministrativeUnit, month: dt.date, code: str, by) -> bool:
    _indicator(code)
    _check_units([unit], by)
    deleted, _rows = ImportedValue.objects.filter(unit=unit, month=first_of_month(month), code=code).delete()
    return bool(deleted)


@transaction.atomic
def imported_save_month(
    *,
    unit: AdministrativeUnit,
    month: dt.date,
    entries: dict[str, Entry | None],
    sources: dict[str, str],
    by,
) -> int:
    """Save a commune's month as the entry form shows it: each indicator in `entries`, None clearing
    one. Returns how many figures changed; an invalid one raises ValidationError and saves none."""
    first = check_month(month)
    _check_units([unit], by)
    stored = {
        row.code: row for row in ImportedValue.objects.select_for_update().filter(unit=unit, month=first)
    }
    now, changed = timezone.now(), 0
    for code, entry in entries.items():
        indicator = _indicator(code)
        row = stored.get(code)
        if entry is None:
            if row is not None:
                row.delete()
                changed += 1
            continue
        check_entry(indicator, entry)
        source = clean_source(sources.get(code, ""))
        if row is not None and _same(row, entry) and row.source == source:
            continue
        row = _write(row or ImportedValue(unit=unit, month=first, code=code), entry, by, source, now)
        row.full_clean(validate_unique=False)
        row.save()
        changed += 1
    _ensure_rollup([unit.pk])
    return changed


@dataclass
class ImportRow:
    unit: AdministrativeUnit
    month: dt.date
    entries: dict[str, Entry]
    row: int = 0  # the spreadsheet row it came from


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    unchanged: int


def imported_import(*, rows: list[ImportRow], by, source: str = "") -> ImportSummary:
    """Save many communes' figures at once, all or nothing. A figure equal to the stored one is left
    alone, so importing the same file twice changes nothing; a blank cell never erases a figure."""
    source = clean_source(source)
    try:
        with transaction.atomic():
            summary = _import(rows, by, source)
    except IntegrityError as error:
        # Someone saved one of these figures while the file was being imported.
        raise ValidationError(
            gettext("Số liệu vừa thay đổi trong lúc nhập nên chưa có dòng nào được nhập. Hãy nhập lại tệp.")
        ) from error
    return summary


def _import(rows: list[ImportRow], by, source: str) -> ImportSummary:
    _check_units(list({row.unit.pk: row.unit for row in rows}.values()), by)
    keys = set()
    for row in rows:
        row.month = check_month(row.month)
        for code, entry in row.entries.items():
            check_entry(_indicator(code), entry)
            if (row.unit.pk, row.month, code) in keys:
                raise ValidationError(
                    gettext("Tệp có hai dòng cho cùng một xã và tháng (%(unit)s, %(month)s).")
                    % {"unit": row.unit.name_with_type, "month": f"{row.month:%m/%Y}"}
                )
            keys.add((row.unit.pk, row.month, code))
    stored = {
        (value.unit_id, value.month, value.code): value
        for value in ImportedValue.objects.select_for_update().filter(
            unit__in={unit for unit, _month, _code in keys},
            month__in={month for _unit, month, _code in keys},
            code__in={code for _unit, _month, code in keys},
        )
    }
    now = timezone.now()
    created, updated, unchanged = [], [], 0
    for row in rows:
        for code, entry in row.entries.items():
            value = stored.get((row.unit.pk, row.month, code))
            if value is not None and _same(value, entry):
                unchanged += 1
            elif value is None:
                created.append(
                    _write(ImportedValue(unit=row.unit, month=row.month, code=code), entry, by, source, now)
                )
            else:
                updated.append(_write(value, entry, by, source, now))
    ImportedValue.objects.bulk_create(created, batch_size=500)
    ImportedValue.objects.bulk_update(
        updated, ["numerator", "denominator", "value", "source", "entered_by", "entered_at"], batch_size=500
    )
    _ensure_rollup({row.unit.pk for row in rows})
    return ImportSummary(len(created), len(updated), unchanged)
