"""Import a checked roster into a commune in one transaction, and keep the roster up to date."""

from dataclasses import dataclass, field
from types import SimpleNamespace

from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from cms.text import fold
from learning.audit import audit
from learning.enrolment import sync_required_enrolments_for
from learning.models import AdministrativeUnit, AuditAction, Position, Requirement, Role, User
from learning.roster.reading import (
    LOOKUP_SLICE,
    RosterResult,
    RosterRow,
    RowError,
    conflict_errors,
    existing_people,
    parse_roster,
)
from learning.signals import announce_people_changed

_UPDATE_FIELDS = ["full_name", "position_id", "birth_year", "email"]


@dataclass
class ImportSummary:
    created: int
    updated: int
    unchanged: int
    # Officials of the commune the file no longer lists: kept, for the manager to mark as left.
    missing: list[dict] = field(default_factory=list)


class RosterInvalid(Exception):
    def __init__(self, errors: list[RowError]):
        super().__init__(f"{len(errors)} row errors")
        self.errors = errors


def import_roster_file(
    file, *, unit: AdministrativeUnit, by: User, request=None
) -> tuple[RosterResult, ImportSummary | None]:
    """Check the file, then import it if every row is valid. File-level problems raise ValidationError."""
    result = parse_roster(file, unit=unit)
    if not result.is_valid:
        return result, None
    try:
        return result, import_roster(result, unit=unit, by=by, request=request)
    except RosterInvalid as invalid:
        result.errors = invalid.errors
        return result, None


def import_roster(result: RosterResult, *, unit: AdministrativeUnit, by: User, request=None) -> ImportSummary:
    """Create or update every row's official in `unit`, all in one transaction, or nothing at all.

    Raises RosterInvalid if the result has errors or if, by the time of the import, a number has come
    to belong to an account this commune may not take over.
    """
    if result.errors:
        raise RosterInvalid(result.errors)
    try:
        with transaction.atomic():
            summary = _import(result.rows, unit=unit, by=by)
            audit(
                request if request is not None else SimpleNamespace(user=by, META={}),
                AuditAction.IMPORT_ROSTER,
                unit=unit,
                detail=str(
                    _(
                        "Nhập %(rows)s dòng: %(created)s thêm mới, %(updated)s cập nhật, %(unchanged)s giữ "
                        "nguyên, %(missing)s không còn trong danh sách."
                    )
                    % {
                        "rows": len(result.rows),
                        "created": summary.created,
                        "updated": summary.updated,
                        "unchanged": summary.unchanged,
                        "missing": len(summary.missing),
                    }
                ),
            )
    except IntegrityError as error:
        # Someone registered one of these numbers while the file was being imported.
        raise ValidationError(
            _("Dữ liệu vừa thay đổi trong lúc nhập nên chưa có dòng nào được nhập. Hãy nhập lại tệp.")
        ) from error
    return summary


def _import(rows: list[RosterRow], *, unit: AdministrativeUnit, by: User) -> ImportSummary:
    existing = existing_people([row.phone for row in rows])
    conflicts = conflict_errors([(row.row, row.phone) for row in rows], existing, unit)
    if conflicts:
        raise RosterInvalid(conflicts)
    positions = _positions_for({row.position for row in rows})
    created: list[User] = []
    updated: list[User] = []
    unchanged = 0
    for row in rows:
        position = positions[row.position]
        user = existing.get(row.phone)
        if user is None:
            created.append(
                User(
                    phone=row.phone,
                    full_name=row.full_name,
                    role=Role.OFFICIAL,
                    unit=unit,
                    position=position,
                    birth_year=row.birth_year,
                    email=row.email,
                    registered_by=by,
                    # They claim the account later with a password reset by SMS.
                    password=make_password(None),
                )
            )
        elif _apply(user, row, position):
            updated.append(user)
        else:
            unchanged += 1
    User.objects.bulk_create(created, batch_size=500)
    _save_changes(updated)
    _sync_required(unit, [user.phone for user in created], updated)
    announce_people_changed(
        [*User.objects.filter(phone__in=[user.phone for user in created]).values_list("pk", flat=True)]
        + [user.pk for user in updated]
    )
    listed = {row.phone for row in rows}
    missing = [
        person
        for person in officials_in(unit).values("pk", "full_name", "phone", "position__name")
        if person["phone"] not in listed
    ]
    return ImportSummary(len(created), len(updated), unchanged, missing)


def _apply(user: User, row: RosterRow, position: Position) -> bool:
    changes: dict = {"full_name": row.full_name, "position_id": position.pk}
    if row.birth_year is not None:
        changes["birth_year"] = row.birth_year
    if row.email:
        changes["email"] = row.email
    changed = False
    for attribute, value in changes.items():
        if getattr(user, attribute) != value:
            setattr(user, attribute, value)
            changed = True
    return changed


def _save_changes(people: list[User]) -> None:
    """One parameterised UPDATE run for every changed person. bulk_update builds a CASE per field and
    row, which takes 15 s for 5,000 changed people; executemany takes a fraction of a second."""
    if not people:
        return
    meta = User._meta
    quote = connection.ops.quote_name
    columns = ", ".join(f"{quote(meta.get_field(name).column)} = %s" for name in _UPDATE_FIELDS)
    sql = f"UPDATE {quote(meta.db_table)} SET {columns} WHERE {quote(meta.pk.column)} = %s"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(sql, [[getattr(p, name) for name in _UPDATE_FIELDS] + [p.pk] for p in people])


def _positions_for(names: set[str]) -> dict[str, Position]:
    """Positions by the name the file used; an existing one matches regardless of letter case."""

    def lookup() -> dict[str, Position]:
        found: dict[str, Position] = {}
        candidates = list(Position.objects.filter(name_ascii__in={fold(name) for name in names}))
        for name in names:
            exact = [p for p in candidates if p.name == name]
            similar = [p for p in candidates if p.name.casefold() == name.casefold()]
            if exact or similar:
                found[name] = (exact or similar)[0]
        return found

    found = lookup()
    new = [Position(name=name, name_ascii=fold(name)) for name in sorted(names - found.keys())]
    if new:
        # bulk_create skips Position.save, hence name_ascii above; a concurrent import may add the same.
        Position.objects.bulk_create(new, ignore_conflicts=True)
        found = lookup()
    return found


def _sync_required(unit: AdministrativeUnit, created_phones: list[str], updated: list[User]) -> None:
    """bulk_create and a raw UPDATE send no post_save, so bring required courses here; skip the work
    entirely when nothing is required of officials in this commune or its province."""
    if not created_phones and not updated:
        return
    units = [unit.pk] + ([unit.parent_id] if unit.parent_id else [])
    if not Requirement.objects.filter(unit_id__in=units, role=Role.OFFICIAL).exists():
        return
    ids = [person.pk for person in updated]
    for start in range(0, len(created_phones), LOOKUP_SLICE):
        ids.extend(
            User.objects.filter(phone__in=created_phones[start : start + LOOKUP_SLICE]).values_list(
                "pk", flat=True
            )
        )
    sync_required_enrolments_for(ids)


# --- The roster as it stands ------------------------------------------------------------------


def officials_in(unit: AdministrativeUnit) -> QuerySet[User]:
    """The commune's officials: the denominator of its indicators."""
    return User.objects.filter(unit=unit, role=Role.OFFICIAL, erased_at__isnull=True)


@transaction.atomic
def mark_officials_left(*, unit: AdministrativeUnit, people: list[User], by: User, request=None) -> int:
    """Officials who left the commune's service keep their account and learning record as citizens,
    and leave the denominator. Anyone not an official of `unit` is ignored."""
    leaving = officials_in(unit).filter(pk__in=[person.pk for person in people])
    announce_people_changed(leaving.values_list("pk", flat=True))
    count = leaving.update(role=Role.CITIZEN, position=None)
    if count:
        audit(
            request if request is not None else SimpleNamespace(user=by, META={}),
            AuditAction.ROSTER_MARK_LEFT,
            unit=unit,
            detail=str(_("Đánh dấu %(count)s người đã nghỉ hoặc chuyển công tác.") % {"count": count}),
        )
    return count
