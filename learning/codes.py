"""One-time codes sent by SMS: issued under per-number and per-address caps, checked once.

Only an HMAC of the code is stored, keyed with SECRET_KEY and salted with the request token, so a
leaked table reveals no codes and a code is worthless without the token the screen keeps in its session.
"""

import hashlib
import hmac
import secrets
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from learning.models import OneTimeCode
from learning.sms import send_sms

CODE_DIGITS = 6
# Advisory-lock key spaces, so a number and an address never share a lock.
_LOCK_PHONE, _LOCK_IP = 8401, 8402

CAPPED_PHONE = _(
    "Số điện thoại này đã nhận quá nhiều mã trong một giờ qua. Xin đợi khoảng một giờ rồi thử lại."
)
CAPPED_IP = _(
    "Thiết bị hoặc mạng này đã yêu cầu quá nhiều mã trong một giờ qua. Xin đợi khoảng một giờ rồi thử lại."
)
WRONG_CODE = _("Mã không đúng. Xin kiểm tra lại tin nhắn và nhập đủ 6 chữ số.")
EXPIRED_CODE = _("Mã đã hết hạn. Xin bấm “Gửi lại mã” để nhận mã mới.")
USED_CODE = _("Mã này đã được dùng rồi. Xin bấm “Gửi lại mã” nếu cần mã mới.")
DEAD_CODE = _(
    "Bạn đã nhập sai quá nhiều lần nên mã này không còn dùng được. Xin bấm “Gửi lại mã” để nhận mã mới."
)


def _digest(token: uuid.UUID | str, code: str) -> str:
    message = f"{token}:{code}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def sms_text(code: str) -> str:
    return gettext(
        "Học Số: mã xác nhận của bạn là %(code)s. Mã có hiệu lực %(minutes)s phút. "
        "Không đưa mã này cho bất kỳ ai."
    ) % {"code": code, "minutes": settings.HOCSO_CODE_TTL_MINUTES}


def ensure_can_send(*, phone: str, ip: str | None) -> None:
    """Raise ValidationError if this number or this address has had its share of codes this hour."""
    since = timezone.now() - timedelta(hours=1)
    recent = OneTimeCode.objects.filter(created_at__gte=since)
    if recent.filter(phone=phone).count() >= settings.HOCSO_CODES_PER_PHONE_PER_HOUR:
        raise ValidationError(CAPPED_PHONE, code="capped_phone")
    if ip and recent.filter(ip=ip).count() >= settings.HOCSO_CODES_PER_IP_PER_HOUR:
        raise ValidationError(CAPPED_IP, code="capped_ip")


def _store(phone: str, purpose: str, ip: str | None, code: str) -> OneTimeCode:
    now = timezone.now()
    token = uuid.uuid4()
    return OneTimeCode.objects.create(
        token=token,
        phone=phone,
        purpose=purpose,
        code_hash=_digest(token, code),
        ip=ip or None,
        created_at=now,
        expires_at=now + timedelta(minutes=settings.HOCSO_CODE_TTL_MINUTES),
    )


def _new_code() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))


def _lock_caps(*, phone: str, ip: str | None) -> None:
    """Serialise the cap check and the insert for this number and this address until the transaction ends.

    Without it two requests could both count four codes and both send a fifth. On PostgreSQL an advisory
    lock per number and per address (two key spaces, always taken in this order); SQLite runs every
    transaction IMMEDIATE (cms/settings/base.py), which already lets one writer in at a time.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s::integer, hashtext(%s))", [_LOCK_PHONE, phone])
        if ip:
            cursor.execute("SELECT pg_advisory_xact_lock(%s::integer, hashtext(%s))", [_LOCK_IP, ip])


def _store_capped(phone: str, purpose: str, ip: str | None, code: str) -> OneTimeCode:
    with transaction.atomic():
        _lock_caps(phone=phone, ip=ip)
        ensure_can_send(phone=phone, ip=ip)
        return _store(phone, purpose, ip, code)


def issue_code(phone: str, purpose: str, ip: str | None) -> OneTimeCode:
    """Store a fresh code for `phone` (normalised +84…) and text it; its `token` goes in the session.

    The message is sent last and inside the caller's transaction on purpose: if the gateway fails,
    the code (and an account waiting for it) is rolled back rather than left unconfirmable.
    """
    code = _new_code()
    row = _store_capped(phone, purpose, ip, code)
    send_sms(phone, sms_text(code))
    return row


def issue_decoy(phone: str, purpose: str, ip: str | None) -> OneTimeCode:
    """Record a code nobody receives, for a number with no account.

    A password reset for an unknown number then looks, counts against the caps and fails exactly
    like a real one, so the reset screen does not tell a stranger which numbers have accounts.
    """
    return _store_capped(phone, purpose, ip, secrets.token_hex(16))


def _clean_digits(code: str) -> str:
    return "".join((code or "").split())


def _refusal(row: OneTimeCode) -> ValidationError:
    """Why a code could not be tried; `row` is fresh from the database."""
    if row.used_at is not None:
        return ValidationError(USED_CODE, code="used_code")
    if row.attempts >= settings.HOCSO_CODE_MAX_ATTEMPTS:
        return ValidationError(DEAD_CODE, code="dead_code")
    return ValidationError(EXPIRED_CODE, code="expired_code")


def check_code(token: uuid.UUID | str, code: str, *, purpose: str | None = None) -> OneTimeCode:
    """Accept `code` for the request `token` once, or raise ValidationError saying why not.

    Do not call this inside a transaction the caller rolls back on error: a wrong try must stay counted.
    """
    try:
        row = OneTimeCode.objects.get(token=token, **({"purpose": purpose} if purpose else {}))
    except (OneTimeCode.DoesNotExist, ValidationError, ValueError):
        # An unknown or malformed token is answered like a wrong code: it reveals nothing.
        raise ValidationError(WRONG_CODE, code="wrong_code") from None
    limit = settings.HOCSO_CODE_MAX_ATTEMPTS
    now = timezone.now()
    # The try is spent before the digits are compared, in one guarded UPDATE, so guesses sent in
    # parallel cannot all read "4 tries so far" and get more than `limit` between them.
    reserved = OneTimeCode.objects.filter(
        pk=row.pk, attempts__lt=limit, used_at__isnull=True, expires_at__gt=now
    ).update(attempts=F("attempts") + 1)
    row.refresh_from_db(fields=["attempts", "used_at", "expires_at"])
    if not reserved:
        raise _refusal(row)
    if not hmac.compare_digest(row.code_hash, _digest(row.token, _clean_digits(code))):
        if row.attempts >= limit:
            raise ValidationError(DEAD_CODE, code="dead_code")
        raise ValidationError(
            gettext("Mã không đúng. Bạn còn %(left)s lần thử.") % {"left": limit - row.attempts},
            code="wrong_code",
        )
    # The guarded update makes a double tap on "Xác nhận" use the code exactly once.
    if not OneTimeCode.objects.filter(pk=row.pk, used_at__isnull=True).update(used_at=now):
        raise ValidationError(USED_CODE, code="used_code")
    row.used_at = now
    return row


def expire_codes(*, phone: str, purpose: str) -> None:
    """End every outstanding code of this kind for this number (e.g. when its sign-up was replaced)."""
    OneTimeCode.objects.filter(
        phone=phone, purpose=purpose, used_at__isnull=True, expires_at__gt=timezone.now()
    ).update(expires_at=timezone.now())
