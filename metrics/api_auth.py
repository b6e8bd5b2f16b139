"""Who is calling the JSON API, what they may read, and how often.

A province's system sends `Authorization: Bearer <token>`. Only the token's SHA-256 is stored, so
a leaked database does not leak working tokens. A token reads its own unit and, for a province,
that province's communes today; it is limited to a number of requests a minute."""

import datetime as dt
import hashlib
import math
import secrets
from dataclasses import dataclass
from time import time as clock

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja.security import HttpBearer
from ninja.throttling import BaseThrottle

from learning.models import AdministrativeUnit, UnitLevel
from metrics.models.api import ApiToken

TOKEN_PREFIX = "hs_"  # noqa: S105 - marks a Học Số token, not a secret
# A token is the prefix and 43 URL-safe characters; anything far longer is not worth hashing.
TOKEN_MAX_LENGTH = 100
LAST_USED_EVERY = dt.timedelta(minutes=1)
RATE_WINDOW_SECONDS = 60
TOKEN_LEVELS = (UnitLevel.PROVINCE, UnitLevel.COMMUNE)


def token_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@dataclass(frozen=True)
class IssuedToken:
    token: ApiToken
    raw: str  # shown to the person once; never stored


@transaction.atomic
def api_token_create(*, unit: AdministrativeUnit, name: str, created_by=None) -> IssuedToken:
    """A new token for a current province or commune. The raw token exists only in the result."""
    if unit.level not in TOKEN_LEVELS:
        raise ValidationError(_("Chỉ cấp mã truy cập cho tỉnh, thành phố hoặc xã, phường, đặc khu."))
    if not unit.is_current:
        raise ValidationError(_("Đơn vị %(unit)s không còn hiệu lực.") % {"unit": unit})
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(unit=unit, name=name.strip(), token_hash=token_hash(raw), created_by=created_by)
    token.full_clean()
    token.save()
    return IssuedToken(token=token, raw=raw)


@transaction.atomic
def api_token_revoke(*, token: ApiToken) -> ApiToken:
    """Revoking twice keeps the first time."""
    token = ApiToken.objects.select_for_update().get(pk=token.pk)
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def token_find(raw: str) -> ApiToken | None:
    if not raw.startswith(TOKEN_PREFIX) or len(raw) > TOKEN_MAX_LENGTH:
        return None
    return (
        ApiToken.objects.select_related("unit")
        .filter(token_hash=token_hash(raw), revoked_at__isnull=True)
        .first()
    )


def _note_use(token: ApiToken) -> None:
    # Writing on every request would make each read a write; once a minute is enough to audit.
    now = timezone.now()
    if token.last_used_at is not None and now - token.last_used_at < LAST_USED_EVERY:
        return
    ApiToken.objects.filter(pk=token.pk).filter(
        Q(last_used_at__isnull=True) | Q(last_used_at__lt=now - LAST_USED_EVERY)
    ).update(last_used_at=now)


class TokenAuth(HttpBearer):
    """`Authorization: Bearer <token>`; request.auth becomes the ApiToken."""

    def authenticate(self, request, token: str) -> ApiToken | None:
        found = token_find(token)
        if found is not None:
            _note_use(found)
        return found


def readable_units(token: ApiToken) -> QuerySet[AdministrativeUnit]:
    """The token's own unit and, for a province, the communes it has today. Nothing else exists
    for the token: a unit outside this set is answered exactly like an unknown code."""
    units = AdministrativeUnit.objects.all()
    if token.unit.level != UnitLevel.PROVINCE:
        return units.filter(pk=token.unit_id)
    communes = AdministrativeUnit.objects.current().filter(parent_id=token.unit_id).values("pk")
    return units.filter(Q(pk=token.unit_id) | Q(pk__in=communes))


def requests_per_minute() -> int:
    return settings.HOCSO_API_REQUESTS_PER_MINUTE


class TokenRateThrottle(BaseThrottle):
    """A fixed one-minute window per token, counted in the shared cache so every worker agrees.
    Runs after authentication; requests without a valid token never reach it."""

    def allow_request(self, request) -> bool:
        token = getattr(request, "auth", None)
        if not isinstance(token, ApiToken):
            return True
        window = int(clock() // RATE_WINDOW_SECONDS)
        key = f"metrics-api-rate:{token.pk}:{window}"
        cache.add(key, 0, timeout=RATE_WINDOW_SECONDS * 2)
        try:
            count = cache.incr(key)
        except ValueError:  # evicted between add and incr
            cache.set(key, 1, timeout=RATE_WINDOW_SECONDS * 2)
            count = 1
        return count <= requests_per_minute()

    def wait(self) -> float:
        # Until the current window ends; kept stateless because one throttle serves every request.
        return max(1, math.ceil(RATE_WINDOW_SECONDS - clock() % RATE_WINDOW_SECONDS))
