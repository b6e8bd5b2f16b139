"""The bulk certificate pages: a commune manager (or a trainer) starts a run for their unit, watches
it and downloads one PDF for printing or a zip, and nobody reaches another unit's people. Tasks run
synchronously in tests, so the run finishes inside the on-commit callbacks of the POST."""

import io
import re
import unicodedata
import zipfile

import pytest
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from certificates.models import BulkAction, BulkRun, BulkStatus, Certificate, CertificateState, RenderStatus
from learning.models import AuditAction, AuditEntry, User
from tests.certificates.helpers import complete_course, completed_learners
from tests.factories import login_verified

pytestmark = pytest.mark.django_db

NEW = reverse("certificates:bulk_new")
LIST = reverse("certificates:bulk_list")
SERIAL = re.compile(r"\b\d{2}-\d{4}-\d{6}\b")


def form_data(course, unit, *, action=BulkAction.ISSUE) -> dict:
    province = unit.parent if unit.parent_id else unit
    return {
        "course": course.pk,
        "province": province.pk,
        "communes_for": province.pk,
        "commune": unit.pk if unit.parent_id else "",
        "action": action,
    }


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def pdf_text(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [" ".join(unicodedata.normalize("NFC", page.extract_text()).split()) for page in reader.pages]


def rename(users: list[User], names: list[str]) -> None:
    for user, name in zip(users, names, strict=True):
        User.objects.filter(pk=user.pk).update(full_name=name)


@pytest.fixture
def learners(units, site_tree, cast_users):
    """Five learners of Xã Đại Từ who completed the course (two through real progress, so they already
    hold a rendered certificate; three marked complete without one), and one of Xã Phong Quang."""
    course = site_tree["course"]
    dai_tu = [cast_users["citizen"], cast_users["official"]]
    for learner in dai_tu:
        complete_course(learner, course)
    waiting = completed_learners(3, course=course, unit=units["dai_tu"])
    rename(waiting, ["Vàng Thị Mây", "Lò Văn Sơn", "Hà Thị Nguyệt"])
    (elsewhere,) = completed_learners(1, course=course, unit=units["phong_quang"], first=50)
    rename([elsewhere], ["Triệu Văn Khác"])
    return {
        "course": course,
        "dai_tu": [User.objects.get(pk=user.pk) for user in dai_tu + waiting],
        "elsewhere": User.objects.get(pk=elsewhere.pk),
    }


def start(client, django_capture_on_commit_callbacks, data: dict):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(NEW, data)


def test_a_commune_manager_prints_one_page_per_learner_of_their_commune(
    client, cast_users, units, learners, django_capture_on_commit_callbacks
):
    course, dai_tu = learners["course"], learners["dai_tu"]
    assert Certificate.objects.filter(user__in=dai_tu).count() == 2  # only the two who finished for real
    manager = cast_users["commune_manager"]
    login_verified(client, manager)

    response = start(client, django_capture_on_commit_callbacks, form_data(course, units["dai_tu"]))

    run = BulkRun.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("certificates:bulk_detail", args=[run.pk])
    assert (run.course, run.unit, run.action, run.requested_by) == (
        course,
        units["dai_tu"],
        BulkAction.ISSUE,
        manager,
    )
    run.refresh_from_db()
    assert run.status == BulkStatus.DONE
    # Everyone in the commune now holds exactly one valid, rendered certificate; nobody elsewhere does.
    valid = Certificate.objects.filter(state=CertificateState.VALID, status=RenderStatus.READY)
    assert sorted(valid.values_list("user_id", flat=True)) == sorted(user.pk for user in dai_tu)

    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert "Đã tạo 5/5 giấy chứng nhận" in html
    assert '<progress max="100" value="100"' in html
    assert "Tải một tệp PDF để in (5 trang)" in html
    assert "Tải tệp nén (.zip)" in html
    assert 'http-equiv="refresh"' not in html
    assert "bulk-progress.js" not in html
    assert course.title in html and "Xã Đại Từ" in html and manager.full_name in html

    pdf = client.get(reverse("certificates:bulk_pdf", args=[run.pk]))
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf["Content-Disposition"] == 'attachment; filename="chung-nhan-chu-ky-so-05830.pdf"'
    pages = pdf_text(body(pdf))
    assert len(pages) == 5
    printed = {SERIAL.search(text).group() for text in pages}
    assert printed == set(Certificate.objects.filter(user__in=dai_tu).values_list("serial", flat=True))
    for learner in dai_tu:
        assert sum(learner.full_name in text for text in pages) == 1
    assert not any(learners["elsewhere"].full_name in text for text in pages)

    archive = client.get(reverse("certificates:bulk_zip", args=[run.pk]))
    assert archive["Content-Type"] == "application/zip"
    assert archive["Content-Disposition"] == 'attachment; filename="chung-nhan-chu-ky-so-05830.zip"'
    with zipfile.ZipFile(io.BytesIO(body(archive))) as files:
        names = files.namelist()
        assert len(names) == 5
        for name in names:
            (text,) = pdf_text(files.read(name))
            assert name.split(" ", 1)[0] in text  # the entry is named after the serial printed on it
    assert not any(learners["elsewhere"].full_name in name for name in names)
    # Files full of names leave the site: both downloads are in the access log.
    assert AuditEntry.objects.filter(actor=manager, action=AuditAction.EXPORT_LEARNERS).count() == 2

    listing = client.get(LIST).content.decode()
    assert reverse("certificates:bulk_detail", args=[run.pk]) in listing
    assert "Đã xong" in listing and "5/5" in listing


def test_rerendering_makes_new_files_and_keeps_one_valid_certificate_each(
    client, cast_users, units, learners, django_capture_on_commit_callbacks
):
    course, dai_tu = learners["course"], learners["dai_tu"]
    login_verified(client, cast_users["commune_manager"])
    start(client, django_capture_on_commit_callbacks, form_data(course, units["dai_tu"]))
    before = dict(Certificate.objects.values_list("pk", "rendered_at"))
    assert len(before) == 5

    start(
        client,
        django_capture_on_commit_callbacks,
        form_data(course, units["dai_tu"], action=BulkAction.RERENDER),
    )

    run = BulkRun.objects.get(action=BulkAction.RERENDER)
    assert run.status == BulkStatus.DONE
    after = dict(Certificate.objects.values_list("pk", "rendered_at"))
    assert after.keys() == before.keys()  # the same certificates, no new ones
    assert all(after[pk] > before[pk] for pk in before)
    assert Certificate.objects.filter(state=CertificateState.VALID, status=RenderStatus.READY).count() == 5
    assert sorted(Certificate.objects.values_list("user_id", flat=True)) == sorted(u.pk for u in dai_tu)
    pdf = client.get(reverse("certificates:bulk_pdf", args=[run.pk]))
    assert len(PdfReader(io.BytesIO(body(pdf))).pages) == 5


def test_a_province_manager_may_run_for_the_whole_province(
    client, cast_users, units, learners, django_capture_on_commit_callbacks
):
    login_verified(client, cast_users["province_manager"])
    form = client.get(NEW).content.decode()
    assert "— Cả Tỉnh Thái Nguyên —" in form

    start(client, django_capture_on_commit_callbacks, form_data(learners["course"], units["thai_nguyen"]))

    run = BulkRun.objects.get()
    assert run.status == BulkStatus.DONE and run.total == 6
    pages = pdf_text(body(client.get(reverse("certificates:bulk_pdf", args=[run.pk]))))
    assert len(pages) == 6
    assert any(learners["elsewhere"].full_name in text for text in pages)


def test_choose_province_redraws_the_communes_without_starting_a_run(client, cast_users, units, learners):
    login_verified(client, cast_users["admin"])
    first = client.get(NEW).content.decode()
    assert "Xã Đại Từ" not in first  # no province chosen yet, so no communes to list

    response = client.post(
        NEW, {"course": learners["course"].pk, "province": units["thai_nguyen"].pk, "chon_tinh": "1"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Xã Đại Từ" in html and "Xã Phong Quang" in html and "Phường Ba Đình" not in html
    assert "— Cả Tỉnh Thái Nguyên —" in html
    assert f'name="communes_for" value="{units["thai_nguyen"].pk}"' in html
    assert 'class="errorlist' not in html
    assert not BulkRun.objects.exists()


def test_a_commune_manager_cannot_start_or_see_another_communes_run(
    client, cast_users, units, learners, django_capture_on_commit_callbacks
):
    course = learners["course"]
    login_verified(client, cast_users["commune_manager"])

    response = start(client, django_capture_on_commit_callbacks, form_data(course, units["phong_quang"]))

    assert response.status_code == 200
    assert "Đơn vị đã chọn không nằm trong phạm vi bạn quản lý." in response.content.decode()
    assert not BulkRun.objects.exists()

    theirs = BulkRun.objects.create(
        course=course, unit=units["phong_quang"], action=BulkAction.ISSUE, status=BulkStatus.DONE
    )
    for name in ("bulk_detail", "bulk_progress", "bulk_pdf", "bulk_zip"):
        assert client.get(reverse(f"certificates:{name}", args=[theirs.pk])).status_code == 404
    assert reverse("certificates:bulk_detail", args=[theirs.pk]) not in client.get(LIST).content.decode()


@pytest.mark.parametrize(
    "tampered",
    [
        {"commune": "999999"},
        {"province": "999999"},
        {"course": "999999"},
        {"action": "delete_everything"},
        {"commune": ""},
    ],
)
def test_a_tampered_form_is_refused_in_vietnamese_and_starts_nothing(
    client, cast_users, units, learners, django_capture_on_commit_callbacks, tampered
):
    login_verified(client, cast_users["commune_manager"])
    data = {**form_data(learners["course"], units["dai_tu"]), **tampered}

    response = start(client, django_capture_on_commit_callbacks, data)

    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="errorlist' in html
    assert any(
        message in html
        for message in (
            "nằm ngoài phạm vi bạn quản lý",
            "không nằm trong phạm vi bạn quản lý",
            "Khóa học này không có hoặc chưa được xuất bản.",
            "Việc cần làm không hợp lệ.",
            "Hãy chọn xã, phường, đặc khu.",
        )
    )
    assert not BulkRun.objects.exists()


def test_people_who_are_not_managers_or_trainers_are_refused(client, cast_users, units, learners):
    for key in ("citizen", "official"):
        client.force_login(cast_users[key])
        for url in (LIST, NEW):
            assert client.get(url).status_code == 403
        assert client.post(NEW, form_data(learners["course"], units["dai_tu"])).status_code == 403
    assert not BulkRun.objects.exists()
    client.logout()
    assert client.get(LIST).status_code == 302  # to the sign-in page


def test_a_manager_without_the_second_factor_is_refused(client, cast_users, units, learners, settings):
    manager = cast_users["commune_manager"]
    client.force_login(manager)
    response = client.post(NEW, form_data(learners["course"], units["dai_tu"]))
    assert response.status_code == 302
    assert response["Location"].startswith("/tai-khoan/xac-thuc-hai-buoc/")

    # Even with the middleware out of the way, the page itself keeps the rule.
    settings.MIDDLEWARE = [
        name for name in settings.MIDDLEWARE if not name.endswith("SecondFactorMiddleware")
    ]
    bypassed = Client()  # a client loads the middleware on its first request
    bypassed.force_login(manager)
    assert bypassed.get(LIST).status_code == 403
    assert bypassed.post(NEW, form_data(learners["course"], units["dai_tu"])).status_code == 403
    assert not BulkRun.objects.exists()


def test_a_trainer_runs_for_their_own_commune_and_sees_only_their_runs(
    client, cast_users, units, learners, django_capture_on_commit_callbacks
):
    trainer = cast_users["trainer"]
    course = learners["course"]
    client.force_login(trainer)  # trainers need no second factor unless they turned it on

    form = client.get(NEW)
    assert form.status_code == 200
    assert 'name="province"' in form.content.decode()
    start(client, django_capture_on_commit_callbacks, form_data(course, units["dai_tu"]))
    mine = BulkRun.objects.get()
    assert mine.requested_by == trainer and mine.status == BulkStatus.DONE
    assert client.get(reverse("certificates:bulk_detail", args=[mine.pk])).status_code == 200
    assert (
        len(PdfReader(io.BytesIO(body(client.get(reverse("certificates:bulk_pdf", args=[mine.pk]))))).pages)
        == 5
    )

    # Another commune is out of reach, and so is a run someone else asked for.
    response = start(client, django_capture_on_commit_callbacks, form_data(course, units["phong_quang"]))
    assert response.status_code == 200 and BulkRun.objects.count() == 1
    managers = BulkRun.objects.create(
        course=course,
        unit=units["dai_tu"],
        action=BulkAction.ISSUE,
        requested_by=cast_users["commune_manager"],
    )
    assert client.get(reverse("certificates:bulk_detail", args=[managers.pk])).status_code == 404
    listing = client.get(LIST).content.decode()
    assert reverse("certificates:bulk_detail", args=[mine.pk]) in listing
    assert reverse("certificates:bulk_detail", args=[managers.pk]) not in listing


def test_a_run_still_working_refreshes_itself_and_reports_progress_as_json(
    client, cast_users, units, learners
):
    course, dai_tu = learners["course"], learners["dai_tu"]
    login_verified(client, cast_users["commune_manager"])
    run = BulkRun.objects.create(
        course=course,
        unit=units["dai_tu"],
        action=BulkAction.ISSUE,
        requested_by=cast_users["commune_manager"],
        status=BulkStatus.RUNNING,
        total=4,
    )
    # Two of four rendered (the two who finished for real), two still waiting.
    run.certificates.add(*Certificate.objects.filter(user__in=dai_tu[:2]))
    rest = completed_learners(2, course=course, unit=units["dai_tu"], first=80)
    from certificates.services import certificate_issue

    run.certificates.add(*(certificate_issue(user_id=user.pk, course_id=course.pk) for user in rest))

    progress = client.get(reverse("certificates:bulk_progress", args=[run.pk]))
    assert progress.status_code == 200
    assert progress.json() == {
        "total": 4,
        "ready": 2,
        "failed": 0,
        "percent": 50,
        "done": False,
        "status": "running",
        "status_label": "Đang chạy",
    }
    assert "no-cache" in progress["Cache-Control"]

    html = client.get(reverse("certificates:bulk_detail", args=[run.pk])).content.decode()
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in html
    assert "Đã tạo 2/4 giấy chứng nhận" in html
    assert '<progress max="100" value="50"' in html
    assert "certificates/bulk-progress" in html and "defer" in html
    assert 'data-template="Đã tạo %(ready)s/%(total)s giấy chứng nhận"' in html
    assert "Tải một tệp PDF để in" not in html
    # Nothing to download until the run is packed.
    assert client.get(reverse("certificates:bulk_pdf", args=[run.pk])).status_code == 404
    assert client.get(reverse("certificates:bulk_zip", args=[run.pk])).status_code == 404
