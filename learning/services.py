from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from learning.cast import CastMember
from learning.models import AdministrativeUnit, Position, User
from learning.phone import normalise_phone


@transaction.atomic
def user_ensure(*, member: CastMember, password: str) -> User:
    """Create the cast member if missing; never overwrite a password someone has changed."""
    user, created = User.objects.get_or_create(
        phone=normalise_phone(member.phone),
        defaults={
            "full_name": member.full_name,
            "role": member.role,
            "is_staff": member.is_staff,
            "is_superuser": member.is_superuser,
        },
    )
    if created:
        user.set_password(password)
        user.full_clean()
        user.phone_confirmed_at = timezone.now()
        user.save(update_fields=["password", "phone_confirmed_at"])
    if member.unit_code and user.unit_id is None:
        user.unit = AdministrativeUnit.objects.filter(code=member.unit_code).first()
        if member.position:
            user.position = Position.objects.get_or_create(name=member.position)[0]
        user.save(update_fields=["unit", "position"])
    for name in member.groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user
