"""Citizen accounts: self sign-up confirmed by SMS, password reset (which is also how an account a
trainer registered is claimed), and trainer-assisted registration with recorded consent.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from learning.audit import audit
from learning.codes import WRONG_CODE, check_code, expire_codes, issue_code, issue_decoy
from learning.models import (
    AdministrativeUnit,
    AuditAction,
    CodePurpose,
    Consent,
    ConsentMethod,
    ConsentPurpose,
    OneTimeCode,
    Role,
    UnitLevel,
    User,
)

GUARDIAN_BELOW_AGE = 16
OLDEST_AGE = 110
YOUNGEST_AGE = 5

PHONE_TAKEN = _(
    "Số điện thoại này đã có tài khoản Học Số. Hãy đăng nhập, hoặc chọn “Quên mật khẩu / nhận tài khoản” "
    "để nhận mã qua tin nhắn."
)
PHONE_TAKEN_ASSISTED = _(
    "Số điện thoại này đã có tài khoản Học Số nên không đăng ký lại được. Người học có thể nhận tài khoản "
    "bằng “Quên mật khẩu / nhận tài khoản”."
)
CONSENT_REQUIRED = _("Cần đồng ý cho Học Số xử lý dữ liệu để học thì mới đăng ký được.")
GUARDIAN_REQUIRED = _(
    "Người học dưới 16 tuổi cần cha, mẹ hoặc người giám hộ đồng ý: xin điền họ tên, số điện thoại "
    "của người giám hộ và đánh dấu ô đồng ý của người giám hộ."
)
SIGNUP_GONE = _("Đăng ký này không còn hiệu lực (có thể số điện thoại đã được đăng ký lại). Xin đăng ký lại.")
NOT_A_COMMUNE = _("Xin chọn một xã, phường hoặc đặc khu đang còn hiệu lực.")

_PASSWORD_MESSAGES = {
    "password_too_short": _("Mật khẩu quá ngắn: cần ít nhất %(min_length)d ký tự."),
    "password_too_similar": _("Mật khẩu quá giống họ tên hoặc thư điện tử của bạn."),
    "password_too_common": _("Mật khẩu này quá phổ biến, người khác dễ đoán ra. Xin chọn mật khẩu khác."),
    "password_entirely_numeric": _("Mật khẩu không được chỉ gồm chữ số; hãy thêm chữ cái."),
}


@dataclass(frozen=True)
class Person:
    """Who is signing up; `phone` is already normalised (+84…) and `unit` is a current commune."""

    phone: str
    full_name: str
    birth_year: int
    unit: AdministrativeUnit
    email: str = ""


@dataclass(frozen=True)
class Guardian:
    name: str
    phone: str


def this_year() -> int:
    return timezone.localdate().year


def birth_year_range() -> tuple[int, int]:
    year = this_year()
    return year - OLDEST_AGE, year - YOUNGEST_AGE


def needs_guardian(birth_year: int, *, year: int | None = None) -> bool:
    """Under 16 in the current calendar year (the law counts age; we only ask for the year)."""
    return (year or this_year()) - birth_year < GUARDIAN_BELOW_AGE


def check_password_rules(password: str, user: User | None = None) -> None:
    """Django's password validators, with every message in Vietnamese."""
    try:
        validate_password(password, user)
    except ValidationError as error:
        messages = []
        for item in error.error_list:
            template = _PASSWORD_MESSAGES.get(item.code)
            messages.append(
                ValidationError(template, code=item.code, params=item.params) if template else item
            )
        raise ValidationError(messages) from None


def can_register_others(user) -> bool:
    return user.is_authenticated and (user.role == Role.TRAINER or user.is_manager)


def is_replaceable(user: User) -> bool:
    """A citizen's own sign-up that never confirmed its code and never logged in: someone retrying."""
    return (
        user.phone_confirmed_at is None
        and user.registered_by_id is None
        and user.role == Role.CITIZEN
        and not (user.is_staff or user.is_superuser)
        and user.last_login is None
    )


def ensure_phone_free(phone: str, *, allow_replace: bool) -> None:
    existing = User.objects.filter(phone=phone).first()
    if existing is None or (allow_replace and is_replaceable(existing)):
        return
    raise ValidationError(PHONE_TAKEN if allow_replace else PHONE_TAKEN_ASSISTED, code="phone_taken")


def _check_person(person: Person, purposes: set[str], guardian: Guardian | None) -> None:
    if person.unit.level != UnitLevel.COMMUNE or not person.unit.is_current:
        raise ValidationError(NOT_A_COMMUNE, code="not_a_commune")
    if ConsentPurpose.LEARNING not in purposes:
        raise ValidationError(CONSENT_REQUIRED, code="consent_required")
    if needs_guardian(person.birth_year) and not (guardian and guardian.name.strip() and guardian.phone):
        raise ValidationError(GUARDIAN_REQUIRED, code="guardian_required")


def _create_citizen(person: Person, *, password: str | None, registered_by: User | None) -> User:
    user = User(
        phone=person.phone,
        full_name=" ".join(person.full_name.split()),
        email=person.email,
        birth_year=person.birth_year,
        unit=person.unit,
        role=Role.CITIZEN,
        registered_by=registered_by,
    )
    user.set_password(password)  # None gives an unusable password, to be set when claimed.
    user.full_clean()
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError:
        # Someone else registered the number between our check and this insert.
        message = PHONE_TAKEN_ASSISTED if registered_by else PHONE_TAKEN
        raise ValidationError(message, code="phone_taken") from None
    return user


def _record_consents(
    user: User, purposes: set[str], guardian: Guardian | None, *, method: str, recorded_by: User | None
) -> None:
    Consent.objects.bulk_create(
        Consent(
            user=user,
            purpose=purpose,
            notice_version=settings.HOCSO_PRIVACY_NOTICE_VERSION,
            method=method,
            recorded_by=recorded_by,
            guardian_name=guardian.name.strip() if guardian else "",
            guardian_phone=guardian.phone if guardian else "",
        )
        for purpose in sorted(purposes)
    )


@transaction.atomic
def citizen_signup(
    *, person: Person, password: str, purposes: set[str], guardian: Guardian | None, ip: str | None
) -> tuple[User, OneTimeCode]:
    """Create an unconfirmed citizen account with its consents and text the confirmation code.

    All or nothing: if the number or the address is over its code cap, no account is created.
    """
    _check_person(person, purposes, guardian)
    ensure_phone_free(person.phone, allow_replace=True)
    stale = User.objects.filter(phone=person.phone).first()
    if stale is not None:
        # The earlier attempt's codes must not confirm this new account (it may not be the same person).
        expire_codes(phone=person.phone, purpose=CodePurpose.SIGNUP)
        stale.delete()
    user = _create_citizen(person, password=password, registered_by=None)
    _record_consents(user, purposes, guardian, method=ConsentMethod.SELF, recorded_by=None)
    return user, issue_code(person.phone, CodePurpose.SIGNUP, ip)


def pending_signup(user_id: int | None) -> User | None:
    if user_id is None:
        return None
    return User.objects.filter(
        pk=user_id, phone_confirmed_at__isnull=True, registered_by__isnull=True
    ).first()


def signup_resend(*, user_id: int, ip: str | None) -> OneTimeCode:
    user = pending_signup(user_id)
    if user is None:
        raise ValidationError(SIGNUP_GONE, code="signup_gone")
    return issue_code(user.phone, CodePurpose.SIGNUP, ip)


def signup_confirm(*, user_id: int, token: str, code: str) -> User:
    """Confirm the number of the sign-up kept in the session; the code must be for that account."""
    user = pending_signup(user_id)
    if user is None:
        raise ValidationError(SIGNUP_GONE, code="signup_gone")
    row = check_code(token, code, purpose=CodePurpose.SIGNUP)
    if row.phone != user.phone:
        raise ValidationError(SIGNUP_GONE, code="signup_gone")
    user.phone_confirmed_at = timezone.now()
    user.save(update_fields=["phone_confirmed_at"])
    return user


def reset_account(phone: str) -> User | None:
    return User.objects.filter(phone=phone, is_active=True, erased_at__isnull=True).first()


def reset_request(*, phone: str, ip: str | None) -> OneTimeCode:
    """Text a reset code if `phone` has an account; otherwise record a decoy that behaves the same."""
    if reset_account(phone) is not None:
        return issue_code(phone, CodePurpose.RESET, ip)
    return issue_decoy(phone, CodePurpose.RESET, ip)


def reset_complete(*, phone: str, token: str, code: str, password: str) -> User:
    """Set a new password with a reset code; this also confirms the number and claims an assisted account.

    The password is checked before the code, so a weak password does not use up a good code, and
    without the account: a rule that looked at its name would answer differently for a number that has
    one, telling a stranger who holds an account.
    """
    check_password_rules(password)
    row = check_code(token, code, purpose=CodePurpose.RESET)
    user = reset_account(phone)
    if user is None or row.phone != user.phone:
        raise ValidationError(WRONG_CODE, code="wrong_code")
    user.set_password(password)
    fields = ["password"]
    if user.phone_confirmed_at is None:
        user.phone_confirmed_at = timezone.now()
        fields.append("phone_confirmed_at")
    user.save(update_fields=fields)
    return user


@transaction.atomic
def assisted_signup(
    *, request, trainer: User, person: Person, reporting: bool, guardian: Guardian | None
) -> User:
    """A trainer registers a citizen who consented in person; the citizen claims it later by reset code."""
    if not can_register_others(trainer):
        raise PermissionDenied
    purposes = {ConsentPurpose.LEARNING, *([ConsentPurpose.REPORTING] if reporting else [])}
    _check_person(person, purposes, guardian)
    ensure_phone_free(person.phone, allow_replace=False)
    user = _create_citizen(person, password=None, registered_by=trainer)
    _record_consents(user, purposes, guardian, method=ConsentMethod.ASSISTED, recorded_by=trainer)
    audit(request, AuditAction.ASSISTED_SIGNUP, subject=user)
    return user
