"""The one rule for what a manager may see. Every manager view, export and API goes through here."""

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.shortcuts import get_object_or_404

from learning.models import AdministrativeUnit, Consent, ConsentPurpose, Role, User


def visible_units(user) -> QuerySet[AdministrativeUnit]:
    """Units whose people this user may see: all for national administrators, their province's
    units for a province manager, their own commune for a commune manager, none for anyone else."""
    units = AdministrativeUnit.objects.all()
    if not user.is_authenticated or not user.is_active:
        return units.none()
    if user.is_superuser or user.role == Role.NATIONAL_ADMIN:
        return units
    if user.unit_id is None:
        return units.none()
    if user.role == Role.PROVINCE_MANAGER:
        province = user.unit.province()
        if province is None:
            return units.none()
        return units.filter(Q(pk=province.pk) | Q(parent=province))
    if user.role == Role.COMMUNE_MANAGER:
        return units.filter(pk=user.unit_id)
    return units.none()


def visible_people(user) -> QuerySet[User]:
    """People in the units this user may see (never the erased)."""
    return User.objects.filter(unit__in=visible_units(user), erased_at__isnull=True)


def reportable_people(user) -> QuerySet[User]:
    """Learners whose learning a manager may see: officials and trainers, whose training is part of
    their work, and citizens only while they consent to their results being used in reports."""
    consent = Consent.objects.filter(
        user=OuterRef("pk"), purpose=ConsentPurpose.REPORTING, withdrawn_at__isnull=True
    )
    return visible_people(user).filter(
        Q(role__in=[Role.OFFICIAL, Role.TRAINER]) | (Q(role=Role.CITIZEN) & Q(Exists(consent)))
    )


def person_or_404(user, pk) -> User:
    """A person this user may see; anyone else is 'not found', so ids cannot be probed."""
    return get_object_or_404(visible_people(user), pk=pk)


def learner_or_404(user, pk) -> User:
    """A learner whose learning record this user may see (see reportable_people)."""
    return get_object_or_404(reportable_people(user), pk=pk)


def unit_or_403(user, pk) -> AdministrativeUnit:
    unit = visible_units(user).filter(pk=pk).first()
    if unit is None:
        raise PermissionDenied
    return unit
