"""Write who viewed or exported whose records; the log is append-only (see AuditEntry)."""

from learning.models import AuditEntry


def client_ip(request) -> str | None:
    return request.META.get("REMOTE_ADDR") or None


def audit(request, action: str, *, subject=None, unit=None, detail: str = "") -> AuditEntry:
    actor = request.user if request.user.is_authenticated else None
    return AuditEntry.objects.create(
        actor=actor,
        actor_label=f"{actor.full_name} ({actor.phone_display})" if actor else "—",
        action=action,
        subject=subject,
        unit=unit if unit is not None else getattr(subject, "unit", None),
        detail=detail[:300],
        ip=client_ip(request),
    )
