"""A learner finishes the last lesson of a course on a phone; the certificate appears under "Chứng nhận
của tôi", the PDF downloads, the QR code printed on it is read back from the rendered page, and the
address it holds shows the certificate valid — and revoked, once an administrator revokes it."""

import uuid
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from django.utils import timezone
from pypdf import PdfReader

from certificates.models import Certificate
from certificates.services import certificate_revoke
from learning.models import Enrolment
from learning.tracking import ProgressEvent, record
from learning.xapi import Verb
from tests.e2e.test_quiz import sign_in
from tests.factories import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/tmp/shots")
QUEUE_EMPTY = (
    "() => Object.keys(localStorage).every(k => !k.startsWith('hocso-progress') || localStorage[k] === '[]')"
)


@pytest.fixture
def course(live_server, settings):
    from wagtail.models import Site

    tree = build_site(lessons=3)
    host, port = live_server.url.split("//")[1].split(":")
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
    # The QR must lead back to this server.
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    return tree


def test_the_certificate_appears_downloads_and_its_qr_verifies(course, cast_users, live_server, phone):
    SHOTS.mkdir(parents=True, exist_ok=True)
    learner = cast_users["citizen"]
    base = live_server.url
    # The first two lessons were read last week.
    for lesson in course["lessons"][:2]:
        for block in lesson.practice_block_ids:
            record(
                learner,
                ProgressEvent(uuid.uuid4(), Verb.PRACTICE_DONE, lesson.pk, timezone.now(), block=block),
            )
        record(learner, ProgressEvent(uuid.uuid4(), Verb.REACHED_END, lesson.pk, timezone.now()))
    assert Certificate.objects.count() == 0

    page = phone
    sign_in(page, learner, base)
    page.goto(base + course["lessons"][2].url)
    page.locator("[data-progress-end]").scroll_into_view_if_needed()
    page.wait_for_function(QUEUE_EMPTY)
    assert Enrolment.objects.get(user=learner, course=course["course"]).completed_at is not None

    page.goto(base + "/chung-nhan/")
    page.wait_for_selector("text=Tải giấy chứng nhận")
    page.screenshot(path=str(SHOTS / "my-certificates.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    certificate = Certificate.objects.get(user=learner)
    assert certificate.holder_name == "Nguyễn Thị Hồng" and certificate.status == "ready"

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Tải giấy chứng nhận").first.click()
    pdf_path = SHOTS / "certificate.pdf"
    download_info.value.save_as(pdf_path)
    text = PdfReader(pdf_path).pages[0].extract_text()
    assert "Nguyễn Thị Hồng" in text and "Chữ ký số cho người dân" in text

    rendered = pypdfium2.PdfDocument(str(pdf_path))[0].render(scale=3).to_pil()
    rendered.save(SHOTS / "certificate.png")
    codes = zxingcpp.read_barcodes(rendered)
    assert len(codes) == 1
    url = codes[0].text
    assert url == f"{base}/xac-minh/{certificate.code}/"

    page.goto(url)
    page.screenshot(path=str(SHOTS / "verify-valid.png"), full_page=True)
    banner = page.locator("main").inner_text()
    assert "Chứng nhận hợp lệ" in banner and "Nguyễn T. H." in banner
    assert "Nguyễn Thị Hồng" not in banner and "0358" not in banner

    certificate_revoke(certificate=certificate, by=cast_users["admin"], reason="Cấp nhầm người.")
    page.reload()
    page.screenshot(path=str(SHOTS / "verify-revoked.png"), full_page=True)
    banner = page.locator("main").inner_text()
    assert "Chứng nhận đã bị thu hồi" in banner and "Cấp nhầm người." in banner
