"""The certificates' admin pages: an administrator finds a certificate, revokes it with a reason or
re-issues it under a corrected name, and renders a failed PDF again; someone without the permission
is told no. Tasks run synchronously in tests, so a re-issued certificate is rendered inside the
on-commit callbacks of the POST."""

import io
import unicodedata

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader
from wagtail.models import ModelLogEntry

from certificates.models import Certificate, CertificateState, RenderStatus
from certificates.services import certificate_issue
from learning.models import User
from tests.certificates.helpers import complete_course, completed_learners
from tests.factories import login_verified

pytestmark = pytest.mark.django_db

LIST = "/quan-tri/chung-nhan/"


def detail(certificate: Certificate) -> str:
    return f"{LIST}{certificate.pk}/"


def revoke_url(certificate: Certificate) -> str:
    return f"{LIST}{certificate.pk}/thu-hoi/"


def reissue_url(certificate: Certificate) -> str:
    return f"{LIST}{certificate.pk}/cap-lai/"


def page_text(response) -> str:
    return response.content.decode()


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(
        " ".join(unicodedata.normalize("NFC", page.extract_text()).split()) for page in reader.pages
    )


@pytest.fixture
def certificate(site_tree, cast_users) -> Certificate:
    """The citizen's certificate, issued and rendered as completing the course does."""
    complete_course(cast_users["citizen"], site_tree["course"])
    issued = Certificate.objects.get(user=cast_users["citizen"])
    assert issued.is_valid and issued.is_ready
    return issued


@pytest.fixture
def admin(client, cast_users):
    login_verified(client, cast_users["admin"])
    return cast_users["admin"]


@pytest.fixture
def trainer(site_tree, cast_users):
    """The cast's trainer, in the admin through the Giảng viên group, without certificate permissions."""
    from courses.editorial import editorial_setup
    from learning.cast import REVIEWERS_GROUP, TRAINERS_GROUP

    editorial_setup(
        catalogue=site_tree["catalogue"], trainers_group=TRAINERS_GROUP, reviewers_group=REVIEWERS_GROUP
    )
    return User.objects.get(pk=cast_users["trainer"].pk)


# --- revoking ---------------------------------------------------------------------------------------------


def test_an_administrator_revokes_with_a_reason(client, admin, certificate):
    form = client.get(revoke_url(certificate))
    assert form.status_code == 200
    assert "Lý do thu hồi" in page_text(form) and certificate.serial in page_text(form)

    response = client.post(revoke_url(certificate), {"reason": "  Cấp nhầm   người. "}, follow=True)

    assert response.redirect_chain[-1][0] == detail(certificate)
    certificate.refresh_from_db()
    assert certificate.state == CertificateState.REVOKED
    assert certificate.revoked_by == admin
    assert certificate.revoke_reason == "Cấp nhầm người."
    assert certificate.revoked_at is not None
    assert any("Đã thu hồi chứng nhận" in message for message in messages_of(response))
    page = page_text(response)
    assert "Đã thu hồi" in page and "Cấp nhầm người." in page and admin.full_name in page
    assert revoke_url(certificate) not in page  # nothing left to revoke
    entry = ModelLogEntry.objects.get(action="certificates.revoke")
    assert entry.object_id == str(certificate.pk) and entry.user_id == admin.pk
    assert entry.label == certificate.serial  # no name in the log


def test_an_empty_reason_is_refused_in_vietnamese_and_changes_nothing(client, admin, certificate):
    for reason in ("", "   \n  "):
        response = client.post(revoke_url(certificate), {"reason": reason})
        assert response.status_code == 200
        assert "Hãy ghi lý do thu hồi." in page_text(response)
    certificate.refresh_from_db()
    assert certificate.state == CertificateState.VALID
    assert certificate.revoked_at is None and certificate.revoke_reason == ""
    assert not ModelLogEntry.objects.filter(action="certificates.revoke").exists()


def test_revoking_twice_is_refused_with_a_message(client, admin, certificate):
    client.post(revoke_url(certificate), {"reason": "Cấp nhầm người."})
    first = Certificate.objects.get(pk=certificate.pk)

    again = client.post(revoke_url(certificate), {"reason": "Lần nữa."}, follow=True)

    assert again.redirect_chain[-1][0] == detail(certificate)
    assert "Chỉ thu hồi được chứng nhận đang còn hiệu lực." in messages_of(again)
    certificate.refresh_from_db()
    assert certificate.revoke_reason == "Cấp nhầm người."
    assert certificate.revoked_at == first.revoked_at
    assert ModelLogEntry.objects.filter(action="certificates.revoke").count() == 1
    # The form itself is not offered for a revoked certificate either.
    assert client.get(revoke_url(certificate)).status_code == 302


def test_a_trainer_without_the_permission_is_refused_and_sees_no_buttons(client, trainer, certificate):
    login_verified(client, trainer)
    assert client.get("/quan-tri/").status_code == 200  # in the admin, just not among the certificates

    refused = client.post(revoke_url(certificate), {"reason": "Không được phép."})
    assert refused.status_code == 403
    assert "Bạn không có quyền thu hồi chứng nhận" in page_text(refused)
    assert client.post(reissue_url(certificate), {"holder_name": "Ai Đó"}).status_code == 403
    assert client.get(LIST).status_code == 403
    certificate.refresh_from_db()
    assert certificate.state == CertificateState.VALID and certificate.holder_name == "Nguyễn Thị Hồng"

    # Allowed to look, still not to change: the page shows no button that would be refused.
    trainer.user_permissions.add(Permission.objects.get(codename="view_certificate"))
    page = page_text(client.get(detail(certificate)))
    assert certificate.serial in page
    assert revoke_url(certificate) not in page and reissue_url(certificate) not in page
    assert client.get(revoke_url(certificate)).status_code == 403


def test_the_menu_shows_certificates_only_to_those_who_may_see_them(trainer, cast_users):
    from django.test import RequestFactory
    from wagtail.admin.menu import admin_menu

    def names(user) -> list[str]:
        request = RequestFactory().get("/quan-tri/")
        request.user = user
        return [item.name for item in admin_menu.menu_items_for_request(request)]

    assert "chung-nhan" in names(cast_users["admin"])
    assert "chung-nhan" not in names(trainer)
    trainer.user_permissions.add(Permission.objects.get(codename="revoke_certificate"))
    assert "chung-nhan" in names(User.objects.get(pk=trainer.pk))


# --- re-issuing -------------------------------------------------------------------------------------------


def test_reissuing_with_a_corrected_name_supersedes_the_old_one(
    client, admin, certificate, django_capture_on_commit_callbacks
):
    form = client.get(reissue_url(certificate))
    assert 'value="Nguyễn Thị Hồng"' in page_text(form)  # prefilled with the name to correct

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reissue_url(certificate), {"holder_name": " Nguyễn  Thị Hồng Nhung "})

    old = Certificate.objects.get(pk=certificate.pk)
    new = old.superseded_by
    assert old.state == CertificateState.SUPERSEDED and new is not None
    assert response.status_code == 302 and response["Location"] == detail(new)
    assert new.state == CertificateState.VALID
    assert new.holder_name == "Nguyễn Thị Hồng Nhung"
    assert new.serial != old.serial and new.code != old.code
    assert new.status == RenderStatus.READY and new.is_ready
    with new.pdf.open("rb") as handle:
        assert "Nguyễn Thị Hồng Nhung" in pdf_text(handle.read())
    assert User.objects.get(pk=certificate.user_id).full_name == "Nguyễn Thị Hồng Nhung"

    shown = client.get(response["Location"])
    assert any(new.serial in message and old.serial in message for message in messages_of(shown))
    assert f'href="{detail(old)}"' in page_text(shown)  # "replaces" links back
    old_page = page_text(client.get(detail(old)))
    assert "Đã được thay thế" in old_page and f'href="{detail(new)}"' in old_page
    entry = ModelLogEntry.objects.get(action="certificates.reissue")
    assert entry.object_id == str(new.pk) and entry.data == {"replaces": old.serial}


def test_reissuing_with_the_same_name_or_none_is_refused(client, admin, certificate):
    for name, error in (
        ("Nguyễn   Thị Hồng", "giống hệt tên trên chứng nhận"),
        ("", "Hãy nhập họ và tên đúng của người được cấp."),
    ):
        response = client.post(reissue_url(certificate), {"holder_name": name})
        assert response.status_code == 200 and error in page_text(response)
    assert Certificate.objects.filter(user=certificate.user).count() == 1
    certificate.refresh_from_db()
    assert certificate.state == CertificateState.VALID


def test_a_revoked_certificate_cannot_be_reissued(client, admin, certificate):
    client.post(revoke_url(certificate), {"reason": "Cấp nhầm người."})
    response = client.post(reissue_url(certificate), {"holder_name": "Nguyễn Thị Hồng Nhung"}, follow=True)
    assert "Chỉ cấp lại được chứng nhận đang còn hiệu lực." in messages_of(response)
    assert Certificate.objects.filter(user=certificate.user).count() == 1
    assert User.objects.get(pk=certificate.user_id).full_name == "Nguyễn Thị Hồng"


# --- the file ---------------------------------------------------------------------------------------------


def test_staff_download_the_pdf_as_an_attachment(client, admin, certificate):
    response = client.get(f"{detail(certificate)}tai-ve/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert f"chung-nhan-{certificate.serial}.pdf" in response["Content-Disposition"]
    assert "Nguyễn Thị Hồng" in pdf_text(b"".join(response.streaming_content))


def test_a_failed_render_is_shown_with_its_error_and_rendered_again(
    client, admin, certificate, django_capture_on_commit_callbacks
):
    Certificate.objects.filter(pk=certificate.pk).update(
        status=RenderStatus.FAILED, render_attempts=5, last_error="Thiếu phông chữ", pdf=""
    )
    listing = page_text(client.get(LIST, {"status": RenderStatus.FAILED}))
    assert certificate.serial in listing and "Thiếu phông chữ" in listing
    page = page_text(client.get(detail(certificate)))
    assert "Tạo lại tệp" in page and "tai-ve/" not in page

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{detail(certificate)}tao-lai-tep/", follow=True)

    assert response.redirect_chain[-1][0] == detail(certificate)
    certificate.refresh_from_db()
    assert certificate.status == RenderStatus.READY and certificate.is_ready
    assert certificate.render_attempts == 1 and certificate.last_error == ""
    # A ready one has nothing to render again: refused, and nothing queued.
    again = client.post(f"{detail(certificate)}tao-lai-tep/", follow=True)
    assert "Chỉ tạo lại được tệp của chứng nhận đang bị lỗi khi tạo tệp." in messages_of(again)
    assert client.get(f"{detail(certificate)}tao-lai-tep/").status_code == 405


# --- the list ---------------------------------------------------------------------------------------------


def test_the_list_finds_by_serial_code_and_name(client, admin, certificate, units, site_tree):
    course = site_tree["course"]
    others = []
    names = ["Trần Văn Bình", "Lê Hữu Thảo", "Phạm Thị Hồng Nhung"]
    for user, name in zip(completed_learners(3, course=course, unit=units["dai_tu"]), names, strict=True):
        User.objects.filter(pk=user.pk).update(full_name=name)
        others.append(certificate_issue(user_id=user.pk, course_id=course.pk))

    everyone = page_text(client.get(LIST))
    for row in [certificate, *others]:
        assert row.serial in everyone
    assert certificate.issued_on.strftime("%d/%m/%Y") in everyone
    assert certificate.unit_name in everyone and certificate.province_name in everyone

    def found(q: str) -> set[str]:
        page = client.get(LIST, {"q": q}).context["page"]
        return {row.serial for row in page.object_list}

    assert found(certificate.serial) == {certificate.serial}
    assert found(f"  {certificate.code.upper()} ") == {certificate.serial}
    assert found("Thị Hồng") == {certificate.serial, others[2].serial}
    assert found("Hữu Thảo") == {others[1].serial}
    assert found("Không Ai Tên Này") == set()
    assert "Không có chứng nhận nào khớp với tìm kiếm." in page_text(
        client.get(LIST, {"q": "Không Ai Tên Này"})
    )


def test_the_list_filters_by_state_and_explains_a_bad_filter(client, admin, certificate, units, site_tree):
    course = site_tree["course"]
    (other,) = completed_learners(1, course=course, unit=units["dai_tu"])
    valid = certificate_issue(user_id=other.pk, course_id=course.pk)
    client.post(revoke_url(certificate), {"reason": "Cấp nhầm người."})

    revoked = client.get(LIST, {"state": CertificateState.REVOKED}).context["page"].object_list
    assert [row.serial for row in revoked] == [certificate.serial]
    pending = client.get(LIST, {"status": RenderStatus.PENDING}).context["page"].object_list
    assert [row.serial for row in pending] == [valid.serial]

    bad = client.get(LIST, {"state": "bogus"})
    assert "Không có trạng thái hiệu lực này." in page_text(bad)
    assert len(bad.context["page"].object_list) == 2  # ignored, not guessed


def test_the_list_reads_a_bounded_number_of_queries(client, admin, certificate, units, site_tree):
    course = site_tree["course"]

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(LIST).status_code == 200
        return len(captured)

    for user in completed_learners(2, course=course, unit=units["dai_tu"]):
        certificate_issue(user_id=user.pk, course_id=course.pk)
    few = queries()
    for user in completed_learners(60, course=course, unit=units["dai_tu"], first=100):
        certificate_issue(user_id=user.pk, course_id=course.pk)
    many = queries()
    assert many == few, (few, many)
    assert few <= 10  # session, user, second factor, the count and the page
    assert len(client.get(LIST).context["page"].object_list) == 50
    assert len(client.get(LIST, {"p": 2}).context["page"].object_list) == 13
