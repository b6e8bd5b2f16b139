"""The second origin H5P content runs on.

H5P libraries are code from outside; they run in an iframe served from another host name, so the
browser keeps them away from the site's cookies and pages. That host serves only the player, the
package files and static assets, never carries cookies either way, and the site's own host never
serves package files.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseNotFound
from django.http.request import split_domain_port, validate_host
from django.utils.translation import gettext as _

PLAYER_PREFIX = "/h5p/"
SHARED_PREFIXES = (PLAYER_PREFIX, settings.STATIC_URL)


def h5p_host() -> str:
    if settings.HOCSO_H5P_ORIGIN:
        return urlsplit(settings.HOCSO_H5P_ORIGIN).hostname or ""
    return settings.HOCSO_H5P_HOST


def player_origin(request) -> str:
    """Where the player lives, seen from a page of the site served for this request."""
    if settings.HOCSO_H5P_ORIGIN:
        return settings.HOCSO_H5P_ORIGIN.rstrip("/")
    port = request.get_port()
    default = (request.scheme == "http" and port == "80") or (request.scheme == "https" and port == "443")
    return f"{request.scheme}://{settings.HOCSO_H5P_HOST}" + ("" if default else f":{port}")


def on_h5p_host(request) -> bool:
    host = request.META.get("HTTP_HOST", "").rsplit(":", 1)[0].strip("[]").lower()
    return host == h5p_host().lower()


def allowed_parent(origin: str) -> bool:
    """A page that may embed the player: one of the site's own hosts, never the H5P host itself."""
    parts = urlsplit(origin)
    # Only a bare origin: it goes into the Content-Security-Policy header as it is.
    if parts.scheme not in ("http", "https") or origin != f"{parts.scheme}://{parts.netloc}":
        return False
    host, _port = split_domain_port(parts.netloc)
    if not host or host == h5p_host().lower():
        return False
    return validate_host(host, settings.ALLOWED_HOSTS)


class H5POriginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not on_h5p_host(request):
            if request.path.startswith(PLAYER_PREFIX):
                return HttpResponseNotFound()
            return self.get_response(request)
        if not request.path.startswith(SHARED_PREFIXES):
            return HttpResponseNotFound(
                _("Địa chỉ này chỉ dùng để chạy nội dung tương tác H5P."),
                content_type="text/plain; charset=utf-8",
            )
        # Nothing on this host may read or set the site's cookies.
        request.META.pop("HTTP_COOKIE", None)
        request.COOKIES = {}
        response = self.get_response(request)
        response.cookies.clear()
        if "Vary" in response.headers:
            response.headers["Vary"] = (
                ", ".join(
                    part
                    for part in (p.strip() for p in response.headers["Vary"].split(","))
                    if part.lower() != "cookie"
                )
                or "Accept-Encoding"
            )
        response.headers.setdefault("Content-Security-Policy", FILE_POLICY)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers.pop("X-Frame-Options", None)
        return response


# Package files opened directly (an SVG, a JSON) can run nothing.
FILE_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; sandbox"


def player_policy(parent: str) -> str:
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            f"frame-ancestors {parent}",
        ]
    )
