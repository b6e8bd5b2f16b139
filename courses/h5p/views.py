"""The H5P host's two views: the player page and the package files it loads."""

import mimetypes
from pathlib import Path

from django.http import FileResponse, Http404
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from courses.h5p.models import H5PItem
from courses.h5p.origin import allowed_parent, player_policy
from courses.h5p.services import package_dir

PLAYER_VERSION = "3.8.2"


def _playable_item(item_id: int, digest: str) -> H5PItem:
    item = H5PItem.objects.filter(pk=item_id).first()
    if item is None or not item.digest.startswith(digest) or len(digest) != 16 or not item.playable:
        raise Http404
    return item


@require_GET
@cache_control(public=True, max_age=3600)
def player(request, item_id: int, digest: str):
    item = _playable_item(item_id, digest)
    parent = request.GET.get("parent", "")
    if not allowed_parent(parent):
        raise Http404
    response = render(
        request,
        "courses/h5p/player.html",
        {
            "item": item,
            "parent": parent,
            "player": f"h5p-standalone/{PLAYER_VERSION}",
            "h5p_path": request.path.rstrip("/"),
        },
    )
    response.headers["Content-Security-Policy"] = player_policy(parent)
    return response


@require_GET
def package_file(request, item_id: int, digest: str, path: str):
    item = _playable_item(item_id, digest)
    root = package_dir(item.digest).resolve()
    target = (root / path).resolve()
    if not target.is_relative_to(root) or not target.is_file():
        raise Http404
    content_type, _encoding = mimetypes.guess_type(target.name)
    response = FileResponse(Path(target).open("rb"), content_type=content_type or "application/octet-stream")
    # The package hash is in the URL, so these bytes never change.
    response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
