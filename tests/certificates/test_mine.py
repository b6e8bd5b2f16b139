"""A learner's own certificates: the list under "Chứng nhận của tôi", the PDF download that only its
holder gets and only while it is valid, the course page that leads to them, and the menu links."""

import re
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate, CertificateState, RenderStatus
from certificates.services import certificate_issue, certificate_reissue, certificate_revoke
from tests.certificates.helpers import complete_course, completed_learners

pytestmark = pytest.mark.django_db

MINE = "/chung-nhan/"
DOWNLOAD = "Tải giấy chứng nhận"
PENDING = "Giấy chứng nhận đang được tạo, vui lòng quay lại sau ít phút."
FAILED = "Chưa tạo được tệp giấy chứng nhận. Quản trị viên đã được báo"
REFRESH = '<meta http-equiv="refresh" content="10">'


def signed_in(user) -> Client:
    if user.phone_confirmed_at is None:
        # Learners made in bulk never confirmed their number, which signing in requires.
        user.phone_confirmed_at = timezone.now()
        user.save(update_fields=["phone_confirmed_at"])
    client = Client()
    client.force_login(user)
    return client


def html_of(client: Client, url: str = MINE) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def download_url(certificate: Certificate) -> str:
    return reverse("certificates:download", args=[certificate.code])


def another(certificate: Certificate, **fields) -> Certificate:
    """One more row for the same holder, written straight to the table. Unless told otherwise its
    course is gone (None), so it never meets the one-valid-per-course rule of the one it copies."""
    return Certificate.objects.create(
        user=certificate.user,
        course=fields.pop("course", None),
        code=uuid.uuid4().hex[:16],
        serial=f"99-{uuid.uuid4().hex[:8]}",
        holder_name=certificate.holder_name,
        course_title=fields.pop("course_title", "Khóa học đã gỡ"),
        issuing_unit=certificate.issuing_unit,
        completed_at=certificate.completed_at,
        issued_on=certificate.issued_on,
        **fields,
    )


@pytest.fixture
def holder(cast_users, site_tree):
    """The citizen, who finished the course: the certificate was issued and its PDF rendered."""
    learner = cast_users["citizen"]
    complete_course(learner, site_tree["course"])
    certificate = Certificate.objects.get(user=learner)
    assert certificate.status == RenderStatus.READY
    return learner, certificate


@pytest.fixture
def unrendered(units, site_tree):
    """A learner whose certificate is issued but whose PDF is still waiting for the worker."""
    (learner,) = completed_learners(1, course=site_tree["course"], unit=units["dai_tu"], first=7)
    certificate = certificate_issue(user_id=learner.pk, course_id=site_tree["course"].pk)
    assert certificate is not None and certificate.status == RenderStatus.PENDING
    return learner, certificate


# --- The list ----------------------------------------------------------------------------------


def test_the_list_shows_the_learners_own_certificate_ready_to_download_verify_and_share(
    holder, cast_users, site_tree, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://hocso.example.vn/"
    learner, certificate = holder
    complete_course(cast_users["official"], site_tree["course"])
    theirs = Certificate.objects.get(user=cast_users["official"])

    html = html_of(signed_in(learner))
    assert "Chứng nhận của tôi" in html
    assert "Chữ ký số cho người dân" in html and "Nguyễn Thị Hồng" in html
    assert "Số hiệu" in html and certificate.serial in html
    assert certificate.issued_on.strftime("%d/%m/%Y") in html
    assert f'href="{download_url(certificate)}">{DOWNLOAD}</a>' in html
    assert f'href="/xac-minh/{certificate.code}/">Trang xác minh</a>' in html
    assert f'value="https://hocso.example.vn/xac-minh/{certificate.code}/" readonly' in html
    assert "certificates/share.js" in html
    assert PENDING not in html and REFRESH not in html
    # Nothing of the other learner's.
    assert theirs.serial not in html and theirs.code not in html and "Phạm Văn Bình" not in html


def test_someone_without_certificates_is_pointed_to_the_courses(cast_users, site_tree):
    html = html_of(signed_in(cast_users["official"]))
    assert "Bạn chưa có giấy chứng nhận nào." in html
    assert 'href="/khoa-hoc/">Xem các khóa học</a>' in html
    assert DOWNLOAD not in html and "share.js" not in html


def test_a_certificate_being_made_says_so_and_the_page_refreshes_itself(unrendered):
    learner, certificate = unrendered
    client = signed_in(learner)
    html = html_of(client)
    assert PENDING in html and REFRESH in html
    assert DOWNLOAD not in html and download_url(certificate) not in html and "share.js" not in html

    Certificate.objects.filter(pk=certificate.pk).update(status=RenderStatus.RENDERING)
    html = html_of(client)
    assert PENDING in html and REFRESH in html


def test_a_file_that_could_not_be_made_is_explained_calmly_without_a_download(unrendered):
    learner, certificate = unrendered
    Certificate.objects.filter(pk=certificate.pk).update(status=RenderStatus.FAILED, last_error="Hết chỗ")
    html = html_of(signed_in(learner))
    assert FAILED in html
    assert DOWNLOAD not in html and download_url(certificate) not in html
    assert PENDING not in html and REFRESH not in html and "Hết chỗ" not in html


def test_revoked_and_replaced_certificates_come_after_the_valid_one_and_say_why(holder, cast_users):
    learner, certificate = holder
    replacement = certificate_reissue(certificate=certificate, holder_name="Nguyễn Thị Hồng Nhung", by=None)
    Certificate.objects.filter(pk=replacement.pk).update(status=RenderStatus.READY, pdf=certificate.pdf.name)
    revoked = another(certificate, course_title="An toàn thông tin cơ bản", status=RenderStatus.READY)
    revoked.pdf.name = certificate.pdf.name
    revoked.save(update_fields=["pdf"])
    revoked = certificate_revoke(certificate=revoked, by=cast_users["admin"], reason="Cấp nhầm khóa học.")

    html = html_of(signed_in(learner))
    positions = [html.index(row.serial) for row in (replacement, revoked, certificate)]
    assert positions[0] < min(positions[1:]), "the valid certificate comes first"
    assert html.count(f">{DOWNLOAD}</a>") == 1
    assert download_url(replacement) in html
    assert download_url(certificate) not in html and download_url(revoked) not in html

    assert "Đã thu hồi" in html
    assert f"Đã thu hồi ngày {timezone.localtime(revoked.revoked_at).strftime('%d/%m/%Y')}." in html
    assert "Lý do: Cấp nhầm khóa học." in html
    assert "Đã được thay thế" in html and "đã được thay bằng giấy cấp lại" in html
    assert html.count("cert-old") >= 2


def test_the_list_is_for_signed_in_learners_only_and_never_cached(holder):
    learner, _certificate = holder
    anonymous = Client().get(MINE)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith(reverse("learning:login"))
    response = signed_in(learner).get(MINE)
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_list_costs_the_same_queries_for_one_certificate_or_five(holder, site_tree):
    learner, certificate = holder
    client = signed_in(learner)
    client.get(MINE)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(MINE).status_code == 200
        return len(captured.captured_queries)

    one = queries()
    course = certificate.course
    another(certificate, course=site_tree["other"], status=RenderStatus.PENDING)
    another(certificate, status=RenderStatus.FAILED)
    another(certificate, course=course, state=CertificateState.SUPERSEDED, status=RenderStatus.READY)
    another(certificate, course=course, state=CertificateState.REVOKED, status=RenderStatus.READY)
    assert Certificate.objects.filter(user=learner).count() == 5
    assert queries() == one


# --- The download ------------------------------------------------------------------------------


def test_the_holder_downloads_the_pdf_as_an_attachment_named_by_its_serial(holder):
    learner, certificate = holder
    response = signed_in(learner).get(download_url(certificate))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="chung-nhan-{certificate.serial}.pdf"'
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    body = b"".join(response.streaming_content)
    response.close()
    with certificate.pdf.open("rb") as handle:
        assert body == handle.read()
    assert body.startswith(b"%PDF-")


def test_nobody_else_gets_the_pdf(holder, cast_users):
    _learner, certificate = holder
    anonymous = Client().get(download_url(certificate))
    assert anonymous.status_code == 302 and anonymous["Location"].startswith(reverse("learning:login"))
    # Another learner, and even a manager, is told it does not exist rather than that it is forbidden.
    for key in ("official", "commune_manager"):
        assert signed_in(cast_users[key]).get(download_url(certificate)).status_code == 404


def test_a_revoked_or_replaced_paper_is_not_downloadable_even_by_its_holder(holder, cast_users):
    learner, certificate = holder
    client = signed_in(learner)
    assert client.get(download_url(certificate)).status_code == 200
    certificate_revoke(certificate=certificate, by=cast_users["admin"], reason="Cấp nhầm người.")
    assert client.get(download_url(certificate)).status_code == 404

    replaced = another(certificate, status=RenderStatus.READY)
    Certificate.objects.filter(pk=replaced.pk).update(
        pdf=certificate.pdf.name, state=CertificateState.SUPERSEDED
    )
    assert client.get(download_url(replaced)).status_code == 404


def test_a_pdf_not_made_yet_or_lost_is_not_found(unrendered, holder):
    learner, certificate = unrendered
    assert signed_in(learner).get(download_url(certificate)).status_code == 404

    owner, ready = holder
    ready.pdf.storage.delete(ready.pdf.name)
    assert signed_in(owner).get(download_url(ready)).status_code == 404
    assert signed_in(owner).get("/chung-nhan/khong-co-ma-nay/tai-ve/").status_code == 404


# --- The course page ---------------------------------------------------------------------------


def test_the_course_page_leads_the_holder_to_the_certificate_and_no_one_else(holder, cast_users, site_tree):
    learner, certificate = holder
    course_url = site_tree["course"].url
    html = html_of(signed_in(learner), course_url)
    assert "Bạn đã hoàn thành khóa học" in html
    assert f'href="{MINE}">Xem giấy chứng nhận</a>' in html
    assert f'href="{download_url(certificate)}">{DOWNLOAD}</a>' in html

    for other in (signed_in(cast_users["official"]), Client()):
        html = html_of(other, course_url)
        assert "Xem giấy chứng nhận" not in html and DOWNLOAD not in html
        assert certificate.code not in html


def test_the_course_page_says_a_certificate_is_coming_and_never_for_a_revoked_one(
    unrendered, units, site_tree, cast_users
):
    course_url = site_tree["course"].url
    # Completed, but the issuing task has not run yet.
    (waiting,) = completed_learners(1, course=site_tree["course"], unit=units["dai_tu"], first=8)
    html = html_of(signed_in(waiting), course_url)
    assert "Giấy chứng nhận đang được tạo." in html and "Xem giấy chứng nhận" not in html

    # Issued, PDF still pending: the list explains; the course page leads there, without a download.
    learner, certificate = unrendered
    html = html_of(signed_in(learner), course_url)
    assert f'href="{MINE}">Xem giấy chứng nhận</a>' in html and DOWNLOAD not in html

    certificate_revoke(certificate=certificate, by=cast_users["admin"], reason="Cấp nhầm người.")
    html = html_of(signed_in(learner), course_url)
    assert "Giấy chứng nhận của khóa học này đã bị thu hồi." in html
    assert "Giấy chứng nhận đang được tạo." not in html and "Xem giấy chứng nhận" not in html


# --- The menu ----------------------------------------------------------------------------------


def nav_of(html: str) -> str:
    return re.search(r"<nav aria-label=\"Điều hướng chính\">(.*?)</nav>", html, re.S).group(1)


def test_every_signed_in_user_has_a_certificates_link_and_trainers_a_bulk_issue_link(site_tree, cast_users):
    lesson = site_tree["lessons"][0].url
    mine = f'<a href="{MINE}">Chứng nhận</a>'
    bulk = f'<a href="{reverse("certificates:bulk_list")}">Cấp chứng nhận</a>'

    anonymous = nav_of(html_of(Client(), lesson))
    assert mine not in anonymous and bulk not in anonymous

    for key in ("citizen", "official", "commune_manager", "province_manager"):
        # The citizen's lesson page comes from the shared cache with the menu filled in for them.
        nav = nav_of(html_of(signed_in(cast_users[key]), lesson))
        assert mine in nav and bulk not in nav, key

    for key in ("trainer", "reviewer"):
        nav = nav_of(html_of(signed_in(cast_users[key]), lesson))
        assert mine in nav and bulk in nav, key
    assert signed_in(cast_users["trainer"]).get(reverse("certificates:bulk_list")).status_code == 200
