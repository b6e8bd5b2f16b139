"""How django-axes names the account in a failed login, and what a locked-out person sees."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.shortcuts import render

from learning.phone import normalise_phone


def username_from_request(request, credentials) -> str:
    # The same number typed as 09…, +84… or with spaces must count as one account.
    raw = (credentials or {}).get("username") or request.POST.get("username", "")
    try:
        return normalise_phone(raw)
    except ValidationError:
        return raw.strip()[:32]


def locked_out(request, original_response=None, credentials=None):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "learning/account/locked.html", {"minutes": minutes}, status=429)
