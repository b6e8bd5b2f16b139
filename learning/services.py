from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from learning.cast import DEMO_TOTP_SECRET, CastMember
from learning.models import MANAGER_ROLES, AdministrativeUnit, Position, User
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
    if member.role in MANAGER_ROLES and not TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        # Managers cannot pass the second-factor check without a device; the demo one has a published key.
        TOTPDevice.objects.create(user=user, name="Học Số (demo)", key=DEMO_TOTP_SECRET, confirmed=True)
    return user
