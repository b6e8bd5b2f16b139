"""Personal parts ("holes") of otherwise shared pages.

A page is rendered once for everybody and kept by the page cache; the few parts that differ per
signed-in reader (the menu, a lesson's progress form) are marked as holes. Anonymous readers get
the marked default; for a signed-in reader the cached page is taken and only the holes are
rendered for them, which costs a few queries instead of a whole page render.

Apps register a renderer per hole name (`register`), so cms never imports them.
"""

import base64
import json
import logging
import re
from collections.abc import Callable

from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

Renderer = Callable[[object, dict], str]
_renderers: dict[str, Renderer] = {}
_HOLE = re.compile(r"<!--hole:([a-z-]+) ([A-Za-z0-9_=-]*)-->(.*?)<!--/hole-->", re.S)


def register(name: str, renderer: Renderer) -> None:
    _renderers[name] = renderer


def encode(params: dict) -> str:
    # Base64 keeps "--" and ">" of URLs from ending the HTML comment early.
    return base64.urlsafe_b64encode(json.dumps(params, separators=(",", ":")).encode()).decode()


def marked(name: str, params: dict, default: str) -> str:
    return f"<!--hole:{name} {encode(params)}-->{default}<!--/hole-->"


def render(request, name: str, params: dict, default: str) -> str:
    renderer = _renderers.get(name)
    return default if renderer is None else renderer(request, params)


def fill(request, html: str) -> str:
    """The cached page with every hole rendered for this request's user."""

    def one(match: re.Match) -> str:
        name, raw, default = match.groups()
        try:
            params = json.loads(base64.urlsafe_b64decode(raw.encode()))
        except ValueError:
            logger.warning("Unreadable hole %s", name)
            return default
        return render(request, name, params, default)

    return _HOLE.sub(one, html)


def nav_for_signed_in(request, params: dict) -> str:
    return render_to_string("cms/includes/nav_signed_in.html", request=request)
