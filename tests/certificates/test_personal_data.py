"""A holder's certificates in their personal data: the export lists them, and erasing the person
revokes them and deletes the PDFs, which carry the full name."""

import pytest

from certificates.models import Certificate, CertificateState, RenderStatus
from learning.models import User
from learning.privacy import ERASED_NAME, erase_person, export_person, export_rows
from tests.certificates.helpers import complete_course, stored_files

pytestmark = pytest.mark.django_db


@pytest.fixture
def holder(cast_users, site_tree):
    learner = cast_users["citizen"]
    complete_course(learner, site_tree["course"])
    certificate = Certificate.objects.get(user=learner)
    assert certificate.status == RenderStatus.READY and stored_files(certificate)
    return learner, certificate


def test_the_export_lists_the_holders_certificates_and_nobody_elses(holder, cast_users, site_tree):
    learner, certificate = holder
    complete_course(cast_users["official"], site_tree["course"])
    other = Certificate.objects.get(user=cast_users["official"])

    data = export_person(learner)

    (section,) = [part for part in data["more"] if part["section"] == "Giấy chứng nhận"]
    ((title, value),) = section["items"]
    assert title == certificate.course_title
    assert certificate.serial in value and certificate.issued_on.strftime("%d/%m/%Y") in value
    assert "Còn hiệu lực" in value and "Nguyễn Thị Hồng" in value
    assert other.serial not in str(data)
    assert any(certificate.serial in cell for row in export_rows(data) for cell in row)


def test_erasing_the_person_revokes_their_certificate_and_deletes_its_file(holder, cast_users):
    learner, certificate = holder
    files = stored_files(certificate)

    erase_person(learner, by=cast_users["admin"])

    certificate.refresh_from_db()
    assert certificate.state == CertificateState.REVOKED
    assert certificate.revoke_reason == "Người được cấp đã yêu cầu xóa dữ liệu cá nhân."
    assert certificate.holder_name == str(ERASED_NAME)
    assert not certificate.pdf and not any(path.exists() for path in files)
    # A second erasure finds nothing more to do and changes nothing.
    erase_person(User.objects.get(pk=learner.pk), by=cast_users["admin"])
    assert Certificate.objects.get(pk=certificate.pk).revoked_at == certificate.revoked_at
