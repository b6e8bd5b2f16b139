import datetime as dt

import pytest
from django.conf import settings
from django.contrib.auth import authenticate
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from learning import xapi
from learning.codes import issue_code
from learning.enrolment import enrol
from learning.models import (
    AuditAction,
    AuditEntry,
    CodePurpose,
    Consent,
    ConsentMethod,
    ConsentPurpose,
    DataRequest,
    DataRequestKind,
    DataRequestStatus,
    LessonProgress,
    OneTimeCode,
    Role,
    Statement,
    User,
)
from learning.privacy import data_request_close, data_request_open, erase_person, purge_old_codes
from tests.factories import login_verified

pytestmark = pytest.mark.django_db


@pytest.fixture
def hanoi_citizen(units):
    return User.objects.create_user(
        "0987 111 222", "mat-khau-dai-2026", full_name="Vũ Văn Hà Nội", unit=units["ba_dinh"], birth_year=1970
    )


def open_request(user, kind=DataRequestKind.DELETION, detail=""):
    return data_request_open(user=user, kind=kind, detail=detail)[0]


def test_a_deletion_request_is_due_in_the_configured_number_of_days(client, cast_users):
    citizen = cast_users["citizen"]
    client.force_login(citizen)
    page = client.get(reverse("learning:privacy_delete_request")).content.decode()
    assert "Những gì được giữ lại" in page
    assert client.post(reverse("learning:privacy_delete_request")).status_code == 302
    request = DataRequest.objects.get()
    assert request.kind == DataRequestKind.DELETION and request.status == DataRequestStatus.OPEN
    assert (
        request.due_on
        == timezone.localdate() + dt.timedelta(days=3)
        == timezone.localdate() + dt.timedelta(days=settings.HOCSO_DATA_REQUEST_DAYS)
    )
    assert request.requester_label == "Nguyễn Thị Hồng — 0358 000 004"


def test_a_double_tap_opens_one_deletion_request_and_shows_it(client, cast_users):
    client.force_login(cast_users["citizen"])
    client.post(reverse("learning:privacy_delete_request"))
    second = client.post(reverse("learning:privacy_delete_request"), follow=True)
    assert DataRequest.objects.filter(kind=DataRequestKind.DELETION).count() == 1
    assert "Bạn đã có một yêu cầu như vậy đang chờ xử lý" in second.content.decode()
    again = client.get(reverse("learning:privacy_delete_request")).content.decode()
    assert "Bạn đã gửi yêu cầu xóa dữ liệu" in again


def test_a_commune_manager_sees_only_their_communes_requests(client, cast_users, hanoi_citizen):
    own = open_request(cast_users["citizen"])
    foreign = open_request(hanoi_citizen)
    manager = cast_users["commune_manager"]
    login_verified(client, manager)
    inbox = client.get(reverse("learning:manage_requests"))
    assert inbox.status_code == 200
    page = inbox.content.decode()
    assert "Nguyễn Thị Hồng" in page and "Vũ Văn Hà Nội" not in page
    assert client.get(reverse("learning:manage_request", args=[own.pk])).status_code == 200
    assert client.get(reverse("learning:manage_request", args=[foreign.pk])).status_code == 404
    erase = client.post(
        reverse("learning:manage_request", args=[foreign.pk]), {"action": "erase", "confirm": "on"}
    )
    assert erase.status_code == 404
    hanoi_citizen.refresh_from_db()
    assert hanoi_citizen.erased_at is None and hanoi_citizen.full_name == "Vũ Văn Hà Nội"


def test_a_province_manager_sees_their_province_and_the_national_admin_sees_all(
    client, cast_users, hanoi_citizen
):
    open_request(cast_users["citizen"])
    open_request(hanoi_citizen)
    login_verified(client, cast_users["province_manager"])
    page = client.get(reverse("learning:manage_requests")).content.decode()
    assert "Nguyễn Thị Hồng" in page and "Vũ Văn Hà Nội" not in page
    client.logout()
    login_verified(client, cast_users["admin"])
    page = client.get(reverse("learning:manage_requests")).content.decode()
    assert "Nguyễn Thị Hồng" in page and "Vũ Văn Hà Nội" in page


def test_learners_and_trainers_cannot_open_the_inbox(client, cast_users):
    client.force_login(cast_users["citizen"])
    assert client.get(reverse("learning:manage_requests")).status_code == 403


def test_the_inbox_lists_open_requests_first_by_due_date_and_marks_the_overdue(
    client, cast_users, hanoi_citizen
):
    late = open_request(cast_users["citizen"])
    DataRequest.objects.filter(pk=late.pk).update(due_on=timezone.localdate() - dt.timedelta(days=1))
    soon = open_request(cast_users["official"], DataRequestKind.CORRECTION, "Chức vụ mới")
    done = open_request(cast_users["trainer"], DataRequestKind.CORRECTION, "Tên")
    DataRequest.objects.filter(pk=done.pk).update(
        status=DataRequestStatus.DONE, due_on=timezone.localdate() - dt.timedelta(days=30)
    )
    login_verified(client, cast_users["commune_manager"])
    response = client.get(reverse("learning:manage_requests"))
    rows = response.context["rows"]
    assert [(r.pk, overdue) for r, overdue in rows] == [(late.pk, True), (soon.pk, False), (done.pk, False)]
    page = response.content.decode()
    assert 'class="overdue"' in page
    assert (timezone.localdate() - dt.timedelta(days=1)).strftime("%d/%m/%Y") in page


def test_refusing_needs_a_reason_and_a_correction_can_be_marked_done(client, cast_users):
    request = open_request(cast_users["official"], DataRequestKind.CORRECTION, "Chức vụ mới")
    manager = cast_users["commune_manager"]
    login_verified(client, manager)
    url = reverse("learning:manage_request", args=[request.pk])
    refused = client.post(url, {"action": "close", "decision": "refused", "response": " "})
    assert "Hãy ghi lý do từ chối" in refused.content.decode()
    request.refresh_from_db()
    assert request.status == DataRequestStatus.OPEN
    assert client.post(url, {"action": "close", "decision": "done", "response": "Đã sửa."}).status_code == 302
    request.refresh_from_db()
    assert (request.status, request.handled_by, request.response) == (
        DataRequestStatus.DONE,
        manager,
        "Đã sửa.",
    )
    assert request.handled_at is not None


def test_a_deletion_request_is_only_done_by_erasing(cast_users):
    request = open_request(cast_users["citizen"])
    with pytest.raises(Exception, match="Xóa dữ liệu"):
        data_request_close(data_request=request, by=cast_users["admin"], status=DataRequestStatus.DONE)
    request.refresh_from_db()
    assert request.status == DataRequestStatus.OPEN


def test_handling_a_withdrawal_records_that_consent_to_learning_ended(cast_users):
    citizen = cast_users["citizen"]
    consent = Consent.objects.create(
        user=citizen, purpose=ConsentPurpose.LEARNING, notice_version="2026-11", method=ConsentMethod.SELF
    )
    request = open_request(citizen, DataRequestKind.WITHDRAWAL)
    data_request_close(data_request=request, by=cast_users["commune_manager"], status=DataRequestStatus.DONE)
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None


@pytest.fixture
def erasable(cast_users, site_tree):
    citizen = cast_users["citizen"]
    citizen.email = "hong@example.vn"
    citizen.birth_year = 2012
    citizen.save()
    Consent.objects.create(
        user=citizen,
        purpose=ConsentPurpose.LEARNING,
        notice_version="2026-11",
        method=ConsentMethod.ASSISTED,
        guardian_name="Nguyễn Văn Cha",
        guardian_phone="+84912000111",
    )
    enrol(citizen, site_tree["course"])
    LessonProgress.objects.create(user=citizen, lesson=site_tree["lessons"][0], course=site_tree["course"])
    Statement.objects.create(
        user=citizen,
        verb="http://adlnet.gov/expapi/verbs/experienced",
        timestamp=timezone.now(),
        body={
            "actor": {"objectType": "Agent", "name": "Nguyễn Thị Hồng", "mbox": "mailto:hong@example.vn"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
            "object": {"id": "lesson-1"},
        },
    )
    TOTPDevice.objects.create(user=citizen, name="Điện thoại", confirmed=True)
    return citizen


def test_erasing_from_the_inbox_anonymises_the_person_and_ends_their_login(client, cast_users, erasable, rf):
    request = open_request(erasable)
    manager = cast_users["commune_manager"]
    learner_client = client.__class__()
    learner_client.force_login(erasable)
    login_verified(client, manager)
    url = reverse("learning:manage_request", args=[request.pk])
    unconfirmed = client.post(url, {"action": "erase"})
    assert "Hãy đánh dấu xác nhận" in unconfirmed.content.decode()
    assert User.objects.get(pk=erasable.pk).erased_at is None

    assert client.post(url, {"action": "erase", "confirm": "on"}).status_code == 302
    person = User.objects.get(pk=erasable.pk)
    assert person.full_name == "Người dùng đã xóa"
    assert person.phone == f"xoa-{person.pk}" and len(person.phone) <= 16
    assert (person.email, person.birth_year, person.position, person.is_active) == ("", None, None, False)
    assert not person.has_usable_password() and person.erased_at is not None
    assert not TOTPDevice.objects.filter(user=person).exists()
    consent = person.consents.get()
    assert (consent.guardian_name, consent.guardian_phone) == ("", "")
    # Learning rows stay for the commune's anonymous statistics, but say nothing about who it was.
    assert person.enrolments.count() == 1 and LessonProgress.objects.filter(user=person).count() == 1
    body = Statement.objects.get(user=person).body
    actor = body["actor"]
    assert "name" not in actor and "mbox" not in actor and actor["account"]["name"] == f"xoa-{person.pk}"
    assert not [error for error in xapi.shape_errors(body) if error.startswith("actor")]
    request.refresh_from_db()
    assert (request.status, request.handled_by) == (DataRequestStatus.DONE, manager)
    assert "Nguyễn Thị Hồng" not in request.requester_label
    assert AuditEntry.objects.filter(action=AuditAction.ERASE_LEARNER, subject=person, actor=manager).exists()
    assert authenticate(rf.post("/"), username="0358000004", password="hocso-demo-2026") is None
    assert learner_client.get(reverse("learning:privacy_home")).status_code == 302


def test_erasure_is_idempotent_and_the_erased_leave_the_commune_managers_inbox(client, cast_users, erasable):
    request = open_request(erasable)
    admin = cast_users["admin"]
    erase_person(erasable, by=admin)
    erased_at = User.objects.get(pk=erasable.pk).erased_at
    erase_person(erasable, by=admin)
    person = User.objects.get(pk=erasable.pk)
    assert person.erased_at == erased_at and person.full_name == "Người dùng đã xóa"
    request.refresh_from_db()
    assert request.status == DataRequestStatus.DONE
    login_verified(client, cast_users["commune_manager"])
    assert client.get(reverse("learning:manage_request", args=[request.pk])).status_code == 404
    client.logout()
    login_verified(client, admin)
    assert client.get(reverse("learning:manage_request", args=[request.pk])).status_code == 200


def test_requests_whose_user_row_is_gone_are_shown_to_national_admins_only(client, cast_users, units):
    orphan = DataRequest.objects.create(
        user=None,
        requester_label="Người dùng đã xóa",
        kind=DataRequestKind.DELETION,
        due_on=timezone.localdate(),
    )
    login_verified(client, cast_users["admin"])
    assert client.get(reverse("learning:manage_request", args=[orphan.pk])).status_code == 200
    client.logout()
    login_verified(client, cast_users["province_manager"])
    assert client.get(reverse("learning:manage_request", args=[orphan.pk])).status_code == 404


def test_erasing_a_manager_removes_their_powers(cast_users):
    manager = cast_users["commune_manager"]
    erase_person(manager, by=cast_users["admin"])
    manager.refresh_from_db()
    assert manager.role == Role.COMMUNE_MANAGER  # the role stays for statistics
    assert not manager.is_active and not manager.is_staff and not manager.is_superuser


def test_erasure_removes_the_persons_sms_codes_and_their_sms_file(cast_users, erasable, settings):
    settings.HOCSO_SMS_BACKEND = "learning.sms.FileSMSBackend"
    other = cast_users["official"]
    for person in (erasable, other):
        issue_code(person.phone, CodePurpose.RESET, "198.51.100.4")
    folder = settings.VAR_DIR / "sms"
    mine, theirs = folder / "84358000004.txt", folder / f"{other.phone.lstrip('+')}.txt"
    assert mine.exists() and theirs.exists()
    assert OneTimeCode.objects.filter(phone="+84358000004").exists()

    erase_person(erasable, by=cast_users["admin"])
    assert not mine.exists()
    assert not OneTimeCode.objects.filter(phone="+84358000004").exists()
    # Nobody else's messages or codes go with it.
    assert theirs.exists() and OneTimeCode.objects.filter(phone=other.phone).count() == 1


def test_erasing_someone_who_never_had_an_sms_file_works(cast_users, erasable, settings):
    settings.HOCSO_SMS_BACKEND = "learning.sms.FileSMSBackend"
    erase_person(erasable, by=cast_users["admin"])
    assert User.objects.get(pk=erasable.pk).erased_at is not None


def test_purging_old_codes_keeps_the_recent_ones(cast_users):
    phone = cast_users["citizen"].phone
    now = timezone.now()
    codes = {
        days: OneTimeCode.objects.create(
            phone=phone,
            purpose=CodePurpose.SIGNUP,
            code_hash="x",
            ip="198.51.100.4",
            created_at=now - dt.timedelta(days=days),
            expires_at=now - dt.timedelta(days=days) + dt.timedelta(minutes=10),
        )
        for days in (45, 31, 29, 0)
    }
    assert purge_old_codes() == 2
    assert set(OneTimeCode.objects.values_list("pk", flat=True)) == {codes[29].pk, codes[0].pk}
    assert purge_old_codes(older_than_days=1) == 1
    assert purge_old_codes() == 0
    assert list(OneTimeCode.objects.values_list("pk", flat=True)) == [codes[0].pk]


def test_an_erased_managers_audit_entries_name_nobody(client, cast_users):
    manager = cast_users["commune_manager"]
    login_verified(client, manager)
    assert client.get(reverse("learning:manage_learner", args=[cast_users["official"].pk])).status_code == 200
    entry = AuditEntry.objects.get(actor=manager, action=AuditAction.VIEW_LEARNER)
    assert "0777" not in entry.actor_label and "Hoàng Thị Lan" not in entry.actor_label
    erase_person(manager, by=cast_users["admin"])
    login_verified(client, cast_users["admin"])
    page = client.get(reverse("learning:manage_audit")).content.decode()
    assert "Người dùng đã xóa" in page
    assert "Hoàng Thị Lan" not in page and "0777" not in page and "777000006" not in page
