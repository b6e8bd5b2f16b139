import datetime as dt

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from courses.models import CoursePage
from learning.cast import DEMO_COMMUNE, DEMO_TOTP_SECRET, CastMember
from learning.enrolment import apply_requirement
from learning.models import (
    MANAGER_ROLES,
    AdministrativeUnit,
    Consent,
    ConsentMethod,
    ConsentPurpose,
    Position,
    Requirement,
    Role,
    User,
)
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


def demo_learning_ensure(*, course_slug: str, due_in_days: int = 30) -> None:
    """Demo data a manager can look at: a course required of Đại Từ's officials, and the cast's consents."""
    commune = AdministrativeUnit.objects.filter(code=DEMO_COMMUNE).first()
    course = CoursePage.objects.filter(slug=course_slug).first()
    if commune is None or course is None:
        return
    requirement, _ = Requirement.objects.get_or_create(
        course=course,
        unit=commune,
        role=Role.OFFICIAL,
        position=None,
        defaults={"due_on": timezone.localdate() + dt.timedelta(days=due_in_days)},
    )
    apply_requirement(requirement)
    for user in User.objects.filter(unit=commune, consents__isnull=True):
        for purpose in (ConsentPurpose.LEARNING, ConsentPurpose.REPORTING, ConsentPurpose.REMINDERS):
            Consent.objects.create(
                user=user,
                purpose=purpose,
                notice_version=settings.HOCSO_PRIVACY_NOTICE_VERSION,
                method=ConsentMethod.SELF,
            )
