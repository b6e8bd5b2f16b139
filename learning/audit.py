"""Write who viewed or exported whose records; the log is append-only (see AuditEntry)."""

from django.conf import settings
from django.utils import translation

from learning.models import AuditEntry


def client_ip(request) -> str | None:
    return request.META.get("REMOTE_ADDR") or None


def actor_label(actor) -> str:
    """What the log keeps if the account itself is ever gone: a role and a number, nothing personal.

    The append-only log cannot be rewritten when a person is erased, so it must never hold their
    name or phone number; pages show the name through the account, which erasure anonymises.
    """
    if actor is None:
        return "—"
    with translation.override(settings.LANGUAGE_CODE):
        return f"{actor.get_role_display()} #{actor.pk}"


def audit(request, action: str, *, subject=None, unit=None, detail: str = "") -> AuditEntry:
    actor = request.user if request.user.is_authenticated else None
    return AuditEntry.objects.create(
        actor=actor,
        actor_label=actor_label(actor),
        action=action,
        subject=subject,
        unit=unit if unit is not None else getattr(subject, "unit", None),
        detail=detail[:300],
        ip=client_ip(request),
    )
