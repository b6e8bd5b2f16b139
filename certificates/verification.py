"""What the public verification page may say about a certificate, and the per-address limits that
keep anyone from walking through codes to collect names.

The page proves a certificate exists and what state it is in; it never says more about the
holder than the family name and initials, so a leaked code cannot be used to learn who someone is.
"""

import datetime as dt
import ipaddress
import time
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from certificates.models import Certificate, CertificateState
from certificates.services import CODE_ALPHABET, CODE_LENGTH
from learning.privacy import ERASED_NAME

PER_MINUTE_WINDOW = 60
MISSES_WINDOW = 10 * 60
# Typed from paper in groups ("k3m9-x2p7 …"), so separators are dropped before checking.
_SEPARATORS = str.maketrans("", "", " \t\n\r-–—_.")


@dataclass(frozen=True)
class Verification:
    code: str
    serial: str
    state: str
    state_label: str
    masked_name: str
    course_title: str
    issued_on: dt.date
    issuing_unit: str
    revoked_on: dt.date | None
    revocation_reason: str
    superseded_by_code: str | None

    @property
    def is_valid(self) -> bool:
        return self.state == CertificateState.VALID

    @property
    def is_revoked(self) -> bool:
        return self.state == CertificateState.REVOKED

    @property
    def is_superseded(self) -> bool:
        return self.state == CertificateState.SUPERSEDED


def mask_name(full_name: str) -> str:
    """The family name and the initials of the rest: "Nguyễn Thị Hồng" → "Nguyễn T. H."."""
    # NFC first, so a name typed with combining accents keeps "Đ" or "Ấ" as one initial.
    words = unicodedata.normalize("NFC", full_name).split()
    if not words:
        return ""
    if len(words) == 1:
        return f"{words[0][0].upper()}."
    return " ".join([words[0], *(f"{word[0].upper()}." for word in words[1:])])


def normalise_code(text: str | None) -> str | None:
    """The code in its stored form, or None if `text` cannot be one.

    Accepts what people copy from the paper: any case, groups split by spaces or dashes, or the
    whole printed address (the code is its last part)."""
    if not text:
        return None
    text = unicodedata.normalize("NFC", text).strip()
    if "/" in text:
        parts = [part for part in text.split("/") if part.strip()]
        text = parts[-1] if parts else ""
        text = text.removesuffix(".json")
    code = text.translate(_SEPARATORS).lower()
    if len(code) != CODE_LENGTH or any(char not in CODE_ALPHABET for char in code):
        return None
    return code


def _state_label(state: str) -> str:
    return {
        CertificateState.VALID: _("Chứng nhận hợp lệ"),
        CertificateState.REVOKED: _("Chứng nhận đã bị thu hồi"),
        CertificateState.SUPERSEDED: _("Chứng nhận đã được thay thế bằng chứng nhận khác"),
    }[state]


def _public_name(holder_name: str) -> str:
    # Erasure writes the placeholder in the site's language; masking it would read as a name.
    with translation.override(settings.LANGUAGE_CODE):
        erased = str(ERASED_NAME)
    return str(ERASED_NAME) if holder_name == erased else mask_name(holder_name)


def verification_for(code: str | None) -> Verification | None:
    """The public facts of the certificate with this code (as typed), or None if there is none.

    A certificate whose PDF is still being made is just as valid: only the row counts."""
    normalised = normalise_code(code)
    if normalised is None:
        return None
    row = (
        Certificate.objects.filter(code=normalised)
        .values(
            "code",
            "serial",
            "state",
            "holder_name",
            "course_title",
            "issued_on",
            "issuing_unit",
            "revoked_at",
            "revoke_reason",
            "superseded_by__code",
        )
        .first()
    )
    if row is None:
        return None
    revoked = row["state"] == CertificateState.REVOKED
    return Verification(
        code=row["code"],
        serial=row["serial"],
        state=row["state"],
        state_label=_state_label(row["state"]),
        masked_name=_public_name(row["holder_name"]),
        course_title=row["course_title"],
        issued_on=row["issued_on"],
        issuing_unit=row["issuing_unit"],
        revoked_on=timezone.localdate(row["revoked_at"]) if revoked and row["revoked_at"] else None,
        revocation_reason=row["revoke_reason"] if revoked else "",
        superseded_by_code=row["superseded_by__code"]
        if row["state"] == CertificateState.SUPERSEDED
        else None,
    )


# Rate limits. Fixed windows keyed by their number: counts need no clean-up, and the end of the
# window is the honest Retry-After.


def _now() -> float:
    return time.time()


def per_minute_limit() -> int:
    return settings.HOCSO_VERIFY_PER_MINUTE


def misses_limit() -> int:
    return settings.HOCSO_VERIFY_MISSES


def _who(ip: str | None) -> str:
    """One bucket per IPv4 address, and per /64 for IPv6, which one household can rotate through."""
    try:
        address = ipaddress.ip_address(ip or "")
    except ValueError:
        return "unknown"
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return str(address)


def _key(kind: str, ip: str | None, window: int, now: float) -> str:
    return f"verify:{kind}:{_who(ip)}:{int(now // window)}"


def _bump(key: str, window: int) -> int:
    cache.add(key, 0, window + 5)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window + 5)
        return 1


def _misses(ip: str | None, now: float) -> int:
    return cache.get(_key("miss", ip, MISSES_WINDOW, now), 0)


def allow_lookup(ip: str | None) -> bool:
    """Count one lookup from `ip`; False when it is over the per-minute limit, or when `ip` has
    already tried too many unknown codes in this window (then known codes are refused too, so a
    guesser learns nothing from the rest of the window)."""
    now = _now()
    lookups = _bump(_key("lookup", ip, PER_MINUTE_WINDOW, now), PER_MINUTE_WINDOW)
    return lookups <= per_minute_limit() and _misses(ip, now) < misses_limit()


def record_miss(ip: str | None) -> None:
    """An unknown or malformed code was asked for from `ip`."""
    _bump(_key("miss", ip, MISSES_WINDOW, _now()), MISSES_WINDOW)


def retry_after(ip: str | None) -> int:
    """Seconds until `ip` may look up again: the end of whichever window refused it."""
    now = _now()
    waits = [1]
    if _misses(ip, now) >= misses_limit():
        waits.append(MISSES_WINDOW - int(now % MISSES_WINDOW))
    lookups = cache.get(_key("lookup", ip, PER_MINUTE_WINDOW, now), 0)
    if lookups > per_minute_limit():
        waits.append(PER_MINUTE_WINDOW - int(now % PER_MINUTE_WINDOW))
    return max(waits)
