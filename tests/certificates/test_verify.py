"""The public page behind the QR code: it says whether a certificate is valid, revoked or superseded,
names the holder only by family name and initials, answers unknown and malformed codes alike, and
stops an address that guesses codes."""

import json
import unicodedata

import pytest
from django.urls import reverse

from certificates import verification
from certificates.models import Certificate, RenderStatus
from certificates.services import (
    certificate_issue,
    certificate_reissue,
    certificate_revoke,
    certificates_erase,
)
from certificates.verification import mask_name, normalise_code, verification_for
from learning.models import User
from tests.certificates.helpers import complete_course, completed_learners

pytestmark = pytest.mark.django_db

NOT_FOUND = "Không tìm thấy chứng nhận với mã này. Hãy kiểm tra lại mã in trên giấy chứng nhận."
TOO_MANY = "Bạn tra cứu quá nhiều lần. Hãy thử lại sau ít phút."
HOLDER = "Đặng Thị Ánh Nguyệt"
HOLDER_PHONE = "+84390000042"
UNKNOWN = "abcdefghjkmnpqrs"  # well-formed, but no certificate has it
JSON_KEYS = {
    "found",
    "code",
    "serial",
    "state",
    "state_label",
    "holder",
    "course",
    "issued_on",
    "issuing_unit",
    "revoked_on",
    "revocation_reason",
    "superseded_by",
}


def page_url(code: str) -> str:
    return reverse("certificates:verify", args=[code])


def json_url(code: str) -> str:
    return reverse("certificates:verify_json", args=[code])


def grouped(code: str) -> str:
    """As someone types it from paper: upper case, in dashed groups of four."""
    return "-".join(code[start : start + 4] for start in range(0, len(code), 4)).upper()


def text_of(response) -> str:
    return response.content.decode()


@pytest.fixture
def certificate(units, site_tree) -> Certificate:
    """A learner with a name full of diacritics, issued but not rendered yet (the PDF is pending)."""
    (learner,) = completed_learners(1, course=site_tree["course"], unit=units["dai_tu"], first=42)
    User.objects.filter(pk=learner.pk).update(full_name=HOLDER)
    issued = certificate_issue(user_id=learner.pk, course_id=site_tree["course"].pk)
    assert issued is not None and issued.holder_name == HOLDER and learner.phone == HOLDER_PHONE
    return issued


def assert_private(response) -> None:
    assert response["X-Robots-Tag"].startswith("noindex")
    assert "no-store" in response["Cache-Control"]


def assert_nothing_personal(response, *, full_name: str, phone: str) -> None:
    body = text_of(response)
    assert full_name not in body
    # The subscriber digits, however the number is written (+84…, 0…, with or without spaces).
    assert phone[-9:] not in body.replace(" ", "").replace(".", "")


# The pure parts.


@pytest.mark.parametrize(
    ("full_name", "masked"),
    [
        ("Nguyễn Thị Hồng", "Nguyễn T. H."),
        ("Đặng Thị Ánh Nguyệt", "Đặng T. Á. N."),
        ("  Lê   văn  đức ", "Lê V. Đ."),
        ("Hồng", "H."),
        ("Ánh", "Á."),
        ("", ""),
        # Typed with combining accents, the initial is still the whole letter.
        (unicodedata.normalize("NFD", "Trần Ấn"), "Trần Ấ."),
    ],
)
def test_a_name_keeps_its_family_name_and_the_initials_of_the_rest(full_name, masked):
    assert mask_name(full_name) == masked


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("k3m9x2p7abcdefgh", "k3m9x2p7abcdefgh"),
        ("K3M9-X2P7-ABCD-EFGH", "k3m9x2p7abcdefgh"),
        ("  k3m9 x2p7  abcd efgh ", "k3m9x2p7abcdefgh"),
        ("k3m9–x2p7—abcd-efgh", "k3m9x2p7abcdefgh"),
        ("https://hocso.vn/xac-minh/k3m9x2p7abcdefgh/", "k3m9x2p7abcdefgh"),
        ("hocso.vn/xac-minh/K3M9X2P7ABCDEFGH.json", "k3m9x2p7abcdefgh"),
        ("k3m9x2p7abcdefg", None),  # one short
        ("k3m9x2p7abcdefghj", None),  # one long
        ("k3m9x2p7abcdefg0", None),  # 0, o, 1, l and i are not in the alphabet
        ("k3m9x2p7abcdefgo", None),
        ("k3m9x2p7abcdefgl", None),
        ("k3m9x2p7abcdéfgh", None),
        ("", None),
        (None, None),
    ],
)
def test_a_code_typed_from_paper_is_read_like_the_printed_one(typed, code):
    assert normalise_code(typed) == code


# Valid, revoked, superseded.


def test_a_completed_course_gives_a_valid_certificate_that_the_page_confirms(client, cast_users, site_tree):
    citizen = cast_users["citizen"]
    complete_course(citizen, site_tree["course"])
    issued = Certificate.objects.get(user=citizen)
    assert issued.status == RenderStatus.READY

    response = client.get(page_url(issued.code))

    assert response.status_code == 200
    body = text_of(response)
    assert "Chứng nhận hợp lệ" in body
    assert "verdict-valid" in body
    assert "Nguyễn T. H." in body
    assert site_tree["course"].title in body
    assert issued.issued_on.strftime("%d/%m/%Y") in body
    assert issued.issuing_unit in body
    assert issued.serial in body
    assert '<meta name="robots" content="noindex' in body
    assert_private(response)
    assert_nothing_personal(response, full_name="Nguyễn Thị Hồng", phone=citizen.phone)


def test_a_certificate_whose_pdf_is_still_pending_is_valid(client, certificate):
    assert certificate.status == RenderStatus.PENDING

    response = client.get(page_url(certificate.code))

    assert response.status_code == 200
    assert "Chứng nhận hợp lệ" in text_of(response)
    assert "Đặng T. Á. N." in text_of(response)
    assert_nothing_personal(response, full_name=HOLDER, phone=HOLDER_PHONE)


def test_the_json_says_the_same_and_nothing_personal(client, certificate):
    response = client.get(json_url(certificate.code))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert set(data) == JSON_KEYS
    assert data == {
        "found": True,
        "code": certificate.code,
        "serial": certificate.serial,
        "state": "valid",
        "state_label": "Chứng nhận hợp lệ",
        "holder": "Đặng T. Á. N.",
        "course": certificate.course_title,
        "issued_on": certificate.issued_on.isoformat(),
        "issuing_unit": certificate.issuing_unit,
        "revoked_on": None,
        "revocation_reason": None,
        "superseded_by": None,
    }
    assert_private(response)
    assert_nothing_personal(response, full_name=HOLDER, phone=HOLDER_PHONE)


def test_a_revoked_certificate_says_so_with_the_date_and_reason(client, certificate, cast_users):
    revoked = certificate_revoke(
        certificate=certificate, by=cast_users["admin"], reason="Cấp nhầm người, đã kiểm tra lại hồ sơ."
    )

    response = client.get(page_url(certificate.code))

    assert response.status_code == 200
    body = text_of(response)
    assert "Chứng nhận đã bị thu hồi" in body
    assert "verdict-revoked" in body
    assert "Chứng nhận hợp lệ" not in body
    assert "Cấp nhầm người, đã kiểm tra lại hồ sơ." in body
    revoked_on = verification_for(certificate.code).revoked_on
    assert revoked_on is not None and revoked_on.strftime("%d/%m/%Y") in body

    data = json.loads(client.get(json_url(certificate.code)).content)
    assert data["state"] == "revoked"
    assert data["state_label"] == "Chứng nhận đã bị thu hồi"
    assert data["revoked_on"] == revoked_on.isoformat()
    assert data["revocation_reason"] == revoked.revoke_reason
    assert data["superseded_by"] is None


def test_a_superseded_certificate_links_to_its_replacement(client, certificate, cast_users):
    replacement = certificate_reissue(
        certificate=certificate, holder_name="Đặng Thị Ánh Nguyên", by=cast_users["admin"]
    )

    response = client.get(page_url(certificate.code))

    assert response.status_code == 200
    body = text_of(response)
    assert "Chứng nhận đã được thay thế bằng chứng nhận khác" in body
    assert "verdict-superseded" in body
    assert f'href="{page_url(replacement.code)}"' in body

    data = json.loads(client.get(json_url(certificate.code)).content)
    assert data["state"] == "superseded"
    assert data["superseded_by"] == f"http://testserver{page_url(replacement.code)}"

    following = client.get(page_url(replacement.code))
    assert following.status_code == 200
    assert "Chứng nhận hợp lệ" in text_of(following)
    assert "Đặng T. Á. N." in text_of(following)
    assert "Đặng Thị Ánh Nguyên" not in text_of(following)
    assert replacement.serial in text_of(following)


def test_an_erased_holder_is_shown_as_erased_not_as_initials(client, certificate):
    User.objects.filter(pk=certificate.user_id).update(full_name="Người dùng đã xóa")
    certificates_erase(user=User.objects.get(pk=certificate.user_id))

    response = client.get(page_url(certificate.code))

    body = text_of(response)
    assert "Chứng nhận đã bị thu hồi" in body
    assert "Người dùng đã xóa" in body
    assert "Người D. Đ. X." not in body
    assert HOLDER not in body


# Codes as people type them, and codes that are not there.


def test_an_upper_case_dashed_code_finds_the_certificate(client, certificate):
    assert client.get(page_url(grouped(certificate.code))).status_code == 200
    data = json.loads(client.get(json_url(grouped(certificate.code))).content)
    assert data["found"] is True and data["code"] == certificate.code


def test_the_form_sends_a_typed_code_to_its_page(client, certificate):
    form = reverse("certificates:verify_form")

    blank = client.get(form)
    assert blank.status_code == 200
    assert 'name="ma"' in text_of(blank)

    response = client.get(form, {"ma": f"  {grouped(certificate.code)} "})
    assert response.status_code == 302
    assert response["Location"] == page_url(certificate.code)

    wrong = client.get(form, {"ma": "k3m9-x2p7-0000"})
    assert wrong.status_code == 200
    assert "Mã này không đúng" in text_of(wrong)
    assert 'value="k3m9-x2p7-0000"' in text_of(wrong)

    empty = client.get(form, {"ma": "  "})
    assert "Hãy nhập mã xác minh." in text_of(empty)


def test_unknown_and_malformed_codes_get_the_same_not_found(client, certificate):
    malformed = "xin-chao"
    unknown_page = client.get(page_url(UNKNOWN))
    malformed_page = client.get(page_url(malformed))

    for response in (unknown_page, malformed_page):
        assert response.status_code == 404
        assert NOT_FOUND in text_of(response)
        assert '<meta name="robots" content="noindex' in text_of(response)
        assert_private(response)
    # Apart from the address echoed by the language switcher, the two pages are identical.
    assert text_of(unknown_page).replace(UNKNOWN, "") == text_of(malformed_page).replace(malformed, "")

    for code in (UNKNOWN, malformed):
        response = client.get(json_url(code))
        assert response.status_code == 404
        assert json.loads(response.content) == {"found": False, "error": NOT_FOUND}


# Limits against walking through codes.


def test_too_many_unknown_codes_block_even_valid_ones_for_the_window(client, certificate, settings):
    settings.HOCSO_VERIFY_MISSES = 3
    guesser = {"REMOTE_ADDR": "203.0.113.9"}
    for guess in (UNKNOWN, "not-a-code", "mnpqrstuvwxyz234"):
        assert client.get(page_url(guess), **guesser).status_code == 404

    blocked = client.get(page_url(certificate.code), **guesser)
    assert blocked.status_code == 429
    assert TOO_MANY in text_of(blocked)
    assert certificate.serial not in text_of(blocked)
    assert 0 < int(blocked["Retry-After"]) <= 600
    assert_private(blocked)

    as_json = client.get(json_url(certificate.code), **guesser)
    assert as_json.status_code == 429
    assert json.loads(as_json.content) == {"found": False, "error": TOO_MANY}
    assert "Retry-After" in as_json

    # A forged forwarding header does not make a new address, but a real other address is untouched.
    forged = client.get(page_url(certificate.code), HTTP_X_FORWARDED_FOR="198.51.100.1", **guesser)
    assert forged.status_code == 429
    assert client.get(page_url(certificate.code), REMOTE_ADDR="203.0.113.10").status_code == 200


def test_the_block_lifts_when_its_window_ends(client, certificate, settings, monkeypatch):
    settings.HOCSO_VERIFY_MISSES = 1
    clock = [1_800_000_000.0]  # the start of a ten-minute window
    monkeypatch.setattr(verification, "_now", lambda: clock[0])

    assert client.get(page_url(UNKNOWN)).status_code == 404
    clock[0] += 60
    blocked = client.get(page_url(certificate.code))
    assert blocked.status_code == 429
    assert int(blocked["Retry-After"]) == 540

    clock[0] += 540
    assert client.get(page_url(certificate.code)).status_code == 200


def test_too_many_lookups_in_a_minute_are_refused(client, certificate, settings):
    settings.HOCSO_VERIFY_PER_MINUTE = 5
    for _ in range(5):
        assert client.get(page_url(certificate.code)).status_code == 200
    refused = client.get(json_url(certificate.code))
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60


def test_ipv6_neighbours_in_one_network_share_a_limit(client, certificate, settings):
    settings.HOCSO_VERIFY_MISSES = 2
    assert client.get(page_url(UNKNOWN), REMOTE_ADDR="2001:db8:1:2::a").status_code == 404
    assert client.get(page_url(UNKNOWN), REMOTE_ADDR="2001:db8:1:2::b").status_code == 404
    assert client.get(page_url(certificate.code), REMOTE_ADDR="2001:db8:1:2::c").status_code == 429
    assert client.get(page_url(certificate.code), REMOTE_ADDR="2001:db8:1:3::a").status_code == 200
