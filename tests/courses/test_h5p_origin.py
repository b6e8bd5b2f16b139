"""H5P content runs on its own host name: no cookies either way, only the player and package files there,
and never package files on the site's own host."""

import re
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.urls import include, path
from django.utils import timezone

from courses.h5p import services
from courses.h5p.models import H5PItem
from courses.h5p.origin import FILE_POLICY
from tests.courses.h5p_archives import (
    EDITOR_FOLDER,
    MAIN_FOLDER,
    SHARED,
    SHARED_FOLDER,
    library_json,
    valid_files,
    zip_file,
)

H5P_HOST = "h5p.localhost"
SITE = "http://testserver"
ONLY_H5P = "Địa chỉ này chỉ dùng để chạy nội dung tương tác H5P."


def _probe(request):
    """What a view on either host can see of the visitor, and an attempt to set cookies."""
    request.session["da-xem"] = True
    response = JsonResponse(
        {
            "signed_in": request.user.is_authenticated,
            "cookies": sorted(request.COOKIES),
            "cookie_header": request.META.get("HTTP_COOKIE", ""),
        }
    )
    response.set_cookie("tham-do", "1")
    return response


# Used as ROOT_URLCONF by the cookie tests: the real site plus a probe on each host's paths.
urlpatterns = [
    path("h5p/tham-do/", _probe),
    path("tham-do/", _probe),
    path("", include("cms.urls")),
]


def directives(policy: str) -> dict[str, list[str]]:
    parsed = {}
    for directive in policy.split(";"):
        name, *values = directive.split()
        parsed[name] = values
    return parsed


def player_url(item: H5PItem, parent: str = SITE, digest: str | None = None) -> str:
    folder = f"{item.pk}-{digest}" if digest is not None else item.folder
    return f"/h5p/{folder}/?" + urlencode({"parent": parent})


def file_url(item: H5PItem, name: str) -> str:
    return f"/h5p/{item.folder}/{name}"


def on_h5p(client, url: str, **extra):
    return client.get(url, HTTP_HOST=H5P_HOST, **extra)


@pytest.fixture
def people(db):
    users = get_user_model().objects
    return {
        "citizen": users.create_user(
            "0912345678", "mat-khau-thu", full_name="Nguyễn Văn Dân", phone_confirmed_at=timezone.now()
        ),
        "admin": users.create_superuser("0987654321", "mat-khau-thu", full_name="Lê Văn Duyệt"),
    }


def upload(files: dict[str, bytes], user) -> H5PItem:
    data = zip_file(files)
    return services.store(data, package=services.validate(data), user=user)


@pytest.fixture
def pending_item(people) -> H5PItem:
    return upload(valid_files(), people["admin"])


@pytest.fixture
def playable_item(pending_item, people) -> H5PItem:
    for library in pending_item.libraries.all():
        services.approve(library, people["admin"])
    return pending_item


@pytest.fixture
def signed_in(client, people):
    client.force_login(people["citizen"])
    return client


# --- cookies -----------------------------------------------------------------------------------------


def test_a_signed_in_visitors_cookies_reach_the_site_but_not_the_h5p_host(settings, signed_in):
    settings.ROOT_URLCONF = __name__

    on_site = signed_in.get("/tham-do/")
    assert on_site.json()["signed_in"] is True
    assert settings.SESSION_COOKIE_NAME in on_site.json()["cookies"]
    assert "tham-do" in on_site.cookies

    on_h5p_host = on_h5p(signed_in, "/h5p/tham-do/")
    assert on_h5p_host.status_code == 200
    assert on_h5p_host.json() == {"signed_in": False, "cookies": [], "cookie_header": ""}
    assert not on_h5p_host.cookies
    assert "Set-Cookie" not in on_h5p_host.headers
    assert "cookie" not in on_h5p_host.headers.get("Vary", "").lower()


def test_the_player_and_package_files_set_no_cookie_for_a_signed_in_visitor(signed_in, playable_item):
    for url in (player_url(playable_item), file_url(playable_item, f"{MAIN_FOLDER}/check.js")):
        response = on_h5p(signed_in, url)
        assert response.status_code == 200
        assert not response.cookies
        assert "Set-Cookie" not in response.headers
        assert "cookie" not in response.headers.get("Vary", "").lower()


# --- what each host serves ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/", "/quan-tri/", "/suc-khoe/", "/kiem-tra/", "/tai-lieu/1/x.pdf", "/h5p", "/media/x.png"]
)
@pytest.mark.parametrize("host", [H5P_HOST, f"{H5P_HOST}:8000", "H5P.LocalHost"])
def test_the_h5p_host_serves_nothing_but_h5p_paths(client, db, url, host):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 404
    assert response.content.decode() == ONLY_H5P
    assert response["Content-Type"] == "text/plain; charset=utf-8"


def test_the_site_itself_answers_on_its_own_host(client, db):
    assert client.get("/suc-khoe/").status_code == 200


def test_the_site_host_never_serves_h5p_paths(settings, client, playable_item):
    settings.ROOT_URLCONF = __name__
    for url in (
        player_url(playable_item),
        file_url(playable_item, f"{MAIN_FOLDER}/check.js"),
        file_url(playable_item, "content/content.json"),
        "/h5p/tham-do/",
    ):
        assert client.get(url).status_code == 404
        assert client.get(url, HTTP_HOST="localhost:8000").status_code == 404
    # The same player does answer on its own host.
    assert on_h5p(client, player_url(playable_item)).status_code == 200


# --- the player --------------------------------------------------------------------------------------


def test_the_player_is_not_found_until_every_library_is_approved(client, pending_item, people):
    url = player_url(pending_item)
    assert on_h5p(client, url).status_code == 404
    main, shared = sorted(pending_item.libraries.all(), key=lambda library: library.machine_name)
    services.approve(main, people["admin"])
    assert on_h5p(client, url).status_code == 404
    services.approve(shared, people["admin"])

    response = on_h5p(client, url)

    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == [SITE]
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["default-src"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "no-referrer"
    # X-Frame-Options would stop the site from framing its own player.
    assert "X-Frame-Options" not in response.headers
    html = response.content.decode()
    assert f'data-content-id="{pending_item.pk}"' in html
    # With script-src 'self' an inline script would not run; the page must not need one.
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)


@pytest.mark.parametrize("parent", ["http://testserver:8000", "https://hocso.example"])
def test_the_player_may_be_framed_only_by_the_page_named_as_parent(client, playable_item, parent):
    response = on_h5p(client, player_url(playable_item, parent))
    assert response.status_code == 200
    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == [parent]


@pytest.mark.parametrize(
    "parent",
    [
        "",
        "http://h5p.localhost",
        "https://h5p.localhost:8000",
        "http://H5P.LOCALHOST",
        "javascript:alert(document.cookie)",
        "data:text/html,<script>alert(1)</script>",
        "rac rac",
        "testserver",
        "//testserver",
        "ftp://testserver",
        "http://testserver/bai-hoc/",
        "http://testserver?x=1",
        "http://",
    ],
)
def test_a_parent_that_is_not_a_site_origin_gets_no_player(client, playable_item, parent):
    assert on_h5p(client, player_url(playable_item, parent)).status_code == 404


def test_only_the_sites_own_hosts_may_be_parents(settings, client, playable_item):
    settings.ALLOWED_HOSTS = ["testserver", H5P_HOST, ".hocso.example"]
    assert on_h5p(client, player_url(playable_item, "https://ke-gian.example")).status_code == 404
    assert on_h5p(client, player_url(playable_item, "https://hocso.example.ke-gian.vn")).status_code == 404
    assert on_h5p(client, player_url(playable_item, "https://xa-an-binh.hocso.example")).status_code == 200
    assert on_h5p(client, player_url(playable_item, "https://hocso.example")).status_code == 200


@pytest.mark.parametrize(
    "allowed_hosts, parent",
    [
        (["*"], "http://testserver *"),
        (["testserver", H5P_HOST, ".hocso.example"], "https://* .hocso.example"),
    ],
    ids=["any-host", "wildcard-subdomains"],
)
def test_a_parent_cannot_smuggle_extra_sources_into_the_policy(
    settings, client, playable_item, allowed_hosts, parent
):
    settings.ALLOWED_HOSTS = allowed_hosts
    response = on_h5p(client, player_url(playable_item, parent))
    assert response.status_code == 404


@pytest.mark.parametrize(
    "digest",
    [
        lambda item: item.digest[:15] + ("0" if item.digest[15] != "0" else "1"),
        lambda item: item.digest[:15],
        lambda item: item.digest[:17],
        lambda item: item.digest[16:32],
        lambda item: item.digest[:16].upper(),
    ],
    ids=["one-character-changed", "too-short", "too-long", "other-part-of-the-hash", "upper-case"],
)
def test_a_wrong_package_hash_gets_no_player_and_no_files(client, playable_item, digest):
    wrong = digest(playable_item)
    assert on_h5p(client, player_url(playable_item, digest=wrong)).status_code == 404
    assert on_h5p(client, f"/h5p/{playable_item.pk}-{wrong}/{MAIN_FOLDER}/check.js").status_code == 404


def test_another_items_hash_or_a_missing_item_gets_nothing(client, playable_item, people):
    other = upload(valid_files(**{"content/content.json": {"questions": []}}), people["admin"])
    assert other.playable
    assert on_h5p(client, f"/h5p/{other.pk}-{playable_item.digest[:16]}/?parent={SITE}").status_code == 404
    assert on_h5p(client, f"/h5p/{other.pk + 100}-{other.digest[:16]}/?parent={SITE}").status_code == 404
    assert on_h5p(client, f"/h5p/{other.pk}-{other.digest[:16]}/?parent={SITE}").status_code == 200


# --- package files -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content_type",
    [
        (f"{MAIN_FOLDER}/check.js", "text/javascript"),
        (f"{MAIN_FOLDER}/styles/check.css", "text/css"),
        (f"{SHARED_FOLDER}/shared.js", "text/javascript"),
        ("content/content.json", "application/json"),
        ("content/images/tin-nhan.png", "image/png"),
        ("h5p.json", "application/json"),
    ],
)
def test_package_files_are_served_with_their_type_and_nothing_may_be_sniffed(
    client, playable_item, name, content_type
):
    response = on_h5p(client, file_url(playable_item, name))
    assert response.status_code == 200
    assert response["Content-Type"].split(";")[0] == content_type
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == FILE_POLICY
    assert "sandbox" in directives(response["Content-Security-Policy"])
    assert b"".join(response.streaming_content) == valid_files()[name]


def test_an_svg_opened_directly_cannot_run_script(client, people):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'
    item = upload(valid_files(**{"content/images/so-do.svg": svg}), people["admin"])
    for library in item.libraries.all():
        services.approve(library, people["admin"])
    response = on_h5p(client, file_url(item, "content/images/so-do.svg"))
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "sandbox" in policy and policy["default-src"] == ["'none'"] and "script-src" not in policy


def test_files_of_a_package_awaiting_approval_are_not_served(client, pending_item):
    assert on_h5p(client, file_url(pending_item, f"{MAIN_FOLDER}/check.js")).status_code == 404
    assert on_h5p(client, file_url(pending_item, "content/content.json")).status_code == 404


def test_paths_outside_the_package_are_not_found(client, playable_item, people):
    root = services.storage_root()
    (root / "bi-mat.txt").write_text("không được lộ")
    # Another item whose newer library nobody has approved yet.
    newer = library_json(SHARED, 1, 2, patchVersion=9, runnable=0, preloadedJs=[{"path": "shared.js"}])
    pending = upload(
        valid_files(**{f"{SHARED_FOLDER}/library.json": newer, f"{SHARED_FOLDER}/shared.js": b"/* 1.2.9 */"}),
        people["admin"],
    )
    assert not pending.playable
    pending_file = f"{pending.digest}/{SHARED_FOLDER}/shared.js"
    assert (root / "packages" / pending_file).is_file()
    folder = playable_item.folder

    for url in (
        f"/h5p/{folder}/..%2f..%2fbi-mat.txt",
        f"/h5p/{folder}/..%2F..%2Fbi-mat.txt",
        f"/h5p/{folder}/%2e%2e/%2e%2e/bi-mat.txt",
        f"/h5p/{folder}/content/..%2f..%2f..%2fbi-mat.txt",
        f"/h5p/{folder}/../../bi-mat.txt",
        f"/h5p/{folder}/..%2f{pending_file}",
        f"/h5p/{folder}/{root / 'bi-mat.txt'}",
        f"/h5p/{folder}//etc/passwd",
        f"/h5p/{folder}/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd",
        f"/h5p/{folder}/content/",
        f"/h5p/{folder}/content",
        f"/h5p/{folder}/{EDITOR_FOLDER}/editor.js",
        f"/h5p/{folder}/khong-co.js",
    ):
        response = on_h5p(client, url)
        assert response.status_code == 404, url
        assert "không được lộ".encode() not in response.content
        assert b"chua duyet" not in response.content and b"1.2.9" not in response.content
