"""Whole-response cache for anonymous visitors of published pages.

Citizens on slow phones mostly read the same published lessons, so the rendered HTML
is kept and served without touching the database. Any publish, unpublish, move or
delete bumps a generation stamp that is part of every key, so readers never see a
page older than its last publication.
"""

import os
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from cms import holes

_GENERATION_KEY = "page-cache:generation"
CACHEABLE_ATTR = "hocso_page_cacheable"
# Set on pages whose per-reader parts are all holes (cms.holes): signed-in readers use the cache too.
PERSONAL_ATTR = "hocso_page_holes_only"
_KEPT_HEADERS = (
    "content-type",
    "content-language",
    "content-disposition",
    "cache-control",
    "x-frame-options",
    "referrer-policy",
)


def _shared_cache() -> bool:
    return "locmem" not in settings.CACHES["default"]["BACKEND"].lower()


def _stamp_file() -> Path:
    return Path(settings.VAR_DIR) / "page-cache-generation"


def current_generation() -> str:
    # A local-memory cache lives in one process; a file stamp is shared by every
    # process on the machine (web workers and the admin that publishes).
    if _shared_cache():
        return str(cache.get_or_set(_GENERATION_KEY, 1, None))
    try:
        return _stamp_file().read_text()
    except FileNotFoundError:
        return "0"


def invalidate_all(**_kwargs) -> None:
    if _shared_cache():
        try:
            cache.incr(_GENERATION_KEY)
        except ValueError:
            cache.set(_GENERATION_KEY, 2, None)
    else:
        # A fresh random stamp, swapped in atomically: readers never see a half-written file,
        # and two publishes in the same clock tick still differ (an mtime would not).
        path = _stamp_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{uuid.uuid4().hex}")
        temporary.write_text(uuid.uuid4().hex)
        os.replace(temporary, path)


def _key(request, generation: str) -> str:
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, settings.LANGUAGE_CODE)
    return f"page-cache:{generation}:{language}:{request.get_host()}:{request.path}"


def _is_candidate(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_candidate(request):
            return self.get_response(request)
        key = _key(request, current_generation())
        hit = cache.get(key)
        if hit is not None:
            # Entries kept by an older release have no third element; they are still whole pages.
            content, headers = hit[0], hit[1]
            response = HttpResponse(content)
            for name, value in headers:
                response.headers[name] = value
            response.headers["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if (
            getattr(response, CACHEABLE_ATTR, False)
            and response.status_code == 200
            and not response.cookies
            and not getattr(response, "streaming", False)
        ):
            headers = [
                (name, value) for name, value in response.headers.items() if name.lower() in _KEPT_HEADERS
            ]
            holes_only = getattr(response, PERSONAL_ATTR, False)
            cache.set(key, (response.content, headers, holes_only), settings.HOCSO_PAGE_CACHE_SECONDS)
            response.headers["X-Page-Cache"] = "miss"
        return response


class SignedInPageCacheMiddleware:
    """Serves signed-in readers the cached page of a kind whose personal parts are all holes,
    with the holes rendered for them. Placed after authentication and messages; staff (who get
    Wagtail's user bar and previews) and anyone with a message waiting get the full render."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not user.is_staff
            and request.method in ("GET", "HEAD")
            and not request.META.get("QUERY_STRING")
            and "messages" not in request.COOKIES
        ):
            hit = cache.get(_key(request, current_generation()))
            if hit is not None and len(hit) > 2 and hit[2]:
                content, headers = hit[0], hit[1]
                response = HttpResponse(holes.fill(request, content.decode()))
                for name, value in headers:
                    response.headers[name] = value
                response.headers["Cache-Control"] = "private, no-cache"
                response.headers["X-Page-Cache"] = "holes"
                return response
        return self.get_response(request)


class CachedPageMixin:
    """Marks a Wagtail page's anonymous responses as safe to keep (see the middleware)."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not request.user.is_authenticated and not getattr(request, "is_preview", False):
            setattr(response, CACHEABLE_ATTR, True)
            setattr(response, PERSONAL_ATTR, getattr(self, "personal_parts_are_holes", False))
            # Browsers revalidate the HTML every time, so a publish shows at once; static files are immutable.
            response.headers.setdefault("Cache-Control", "no-cache")
        return response
