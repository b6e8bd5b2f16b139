"""A person's own data: see it, correct it, take a copy, withdraw consent, ask for deletion, be erased.

Every screen and file built from someone's data starts from `export_person`, so what they can
download is exactly what is kept about them.
"""

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from learning.models import (
    AdministrativeUnit,
    Consent,
    ConsentPurpose,
    DataRequest,
    DataRequestKind,
    DataRequestStatus,
    Enrolment,
    LessonProgress,
    OneTimeCode,
    Role,
    Statement,
    User,
)
from learning.notify import notify
from learning.phone import display_phone
from learning.scope import visible_people
from learning.signals import person_erased

ERASED_NAME = _("Người dùng đã xóa")
# Consent to learning is what the account exists for; withdrawing it ends the account, so a person
# handles it. The other purposes are extras that stop the moment the learner says so.
OPTIONAL_PURPOSES = (ConsentPurpose.REPORTING, ConsentPurpose.REMINDERS)
GUARDIAN_AGE = 16


# ---- reading ---------------------------------------------------------------------------------------


def _local(value: dt.datetime | None) -> dt.datetime | None:
    return timezone.localtime(value) if value else None


# Higher apps (certificates) add what they keep about a person: each callable takes the user and
# returns (section title, [(item, value), …]).
EXPORT_SECTIONS: list = []


def export_person(user: User) -> dict:
    """Everything kept about this person, as plain data (datetimes in Vietnam time)."""
    unit = user.unit
    province = unit.province() if unit else None
    consents = user.consents.select_related("recorded_by").order_by("given_at")
    enrolments = Enrolment.objects.filter(user=user).select_related("course").order_by("enrolled_at")
    progress = (
        LessonProgress.objects.filter(user=user)
        .select_related("lesson", "course")
        .order_by("course", "lesson")
    )
    return {
        "notice_version": settings.HOCSO_PRIVACY_NOTICE_VERSION,
        "exported_at": timezone.localtime(),
        "profile": {
            "full_name": user.full_name,
            "phone": user.phone,
            "email": user.email,
            "birth_year": user.birth_year,
            "commune": unit.name_with_type if unit else "",
            "province": province.name_with_type if province and province != unit else "",
            "role": user.role,
            "role_label": str(user.get_role_display()),
            "position": user.position.name if user.position else "",
            "date_joined": _local(user.date_joined),
            "phone_confirmed_at": _local(user.phone_confirmed_at),
            "registered_by": user.registered_by.full_name if user.registered_by else "",
        },
        "consents": [
            {
                "purpose": c.purpose,
                "purpose_label": str(c.get_purpose_display()),
                "notice_version": c.notice_version,
                "method": c.method,
                "method_label": str(c.get_method_display()),
                "recorded_by": c.recorded_by.full_name if c.recorded_by else "",
                "guardian_name": c.guardian_name,
                "guardian_phone": c.guardian_phone,
                "given_at": _local(c.given_at),
                "withdrawn_at": _local(c.withdrawn_at),
            }
            for c in consents
        ],
        "enrolments": [
            {
                "course": e.course.title,
                "source": e.source,
                "enrolled_at": _local(e.enrolled_at),
                "progress_percent": e.progress_percent,
                "last_seen_at": _local(e.last_seen_at),
                "completed_at": _local(e.completed_at),
            }
            for e in enrolments
        ],
        "lesson_progress": [
            {
                "course": p.course.title,
                "lesson": p.lesson.title,
                "opened_at": _local(p.opened_at),
                "reached_end_at": _local(p.reached_end_at),
                "practice_done_at": _local(p.practice_done_at),
                "completed_at": _local(p.completed_at),
                "seconds_spent": p.seconds_spent,
            }
            for p in progress
        ],
        "statements": list(
            Statement.objects.filter(user=user).order_by("timestamp").values_list("body", flat=True)
        ),
        "data_requests": [
            {
                "kind": r.kind,
                "kind_label": str(r.get_kind_display()),
                "status": r.status,
                "status_label": str(r.get_status_display()),
                "detail": r.detail,
                "created_at": _local(r.created_at),
                "due_on": r.due_on,
                "handled_at": _local(r.handled_at),
                "response": r.response,
            }
            for r in DataRequest.objects.filter(user=user).order_by("created_at")
        ],
        "more": [
            {"section": str(title), "items": [[str(item), str(value)] for item, value in items]}
            for title, items in (provider(user) for provider in EXPORT_SECTIONS)
        ],
    }


@dataclass
class EnrolmentSummary:
    enrolment: Enrolment
    lessons_opened: int
    lessons_completed: int


def enrolment_summaries(user: User) -> list[EnrolmentSummary]:
    """Each course the person is enrolled in with how many of its lessons they opened and finished."""
    counts = {
        row["course"]: row
        for row in LessonProgress.objects.filter(user=user)
        .values("course")
        .annotate(opened=Count("id"), completed=Count("id", filter=Q(completed_at__isnull=False)))
    }
    return [
        EnrolmentSummary(
            enrolment=e,
            lessons_opened=counts.get(e.course_id, {}).get("opened", 0),
            lessons_completed=counts.get(e.course_id, {}).get("completed", 0),
        )
        for e in Enrolment.objects.filter(user=user).select_related("course").order_by("enrolled_at")
    ]


def can_change_commune(user: User) -> bool:
    # An official's or manager's commune is set by the roster their manager keeps; it is the
    # denominator of the commune's indicators, so they cannot move themselves.
    return user.role == Role.CITIZEN


def needs_guardian(birth_year: int | None) -> bool:
    return birth_year is not None and timezone.localdate().year - birth_year < GUARDIAN_AGE


def has_guardian_consent(user: User) -> bool:
    return user.consents.filter(withdrawn_at__isnull=True).exclude(guardian_name="").exists()


# ---- correcting and withdrawing --------------------------------------------------------------------


@transaction.atomic
def profile_update(
    *, user: User, full_name: str, email: str, birth_year: int | None, unit: AdministrativeUnit | None
) -> User:
    """Save what a person may correct themselves; the phone number and an official's commune are not."""
    user = User.objects.select_for_update().get(pk=user.pk)
    changed = ["full_name", "email", "birth_year"]
    user.full_name, user.email, user.birth_year = full_name, email, birth_year
    if unit is not None and unit.pk != user.unit_id:
        if not can_change_commune(user):
            raise ValidationError(_("Xã, phường của cán bộ do quản lý cấp xã cập nhật."), code="unit_locked")
        user.unit = unit
        changed.append("unit")
    user.full_clean()
    user.save(update_fields=changed)
    return user


def request_due_on() -> dt.date:
    return timezone.localdate() + dt.timedelta(days=settings.HOCSO_DATA_REQUEST_DAYS)


@transaction.atomic
def data_request_open(*, user: User, kind: str, detail: str = "") -> tuple[DataRequest, bool]:
    """Open a request, or return the one of this kind already waiting (a double tap opens one)."""
    # Locking the person's row makes two taps arriving together queue up behind each other.
    User.objects.select_for_update().filter(pk=user.pk).first()
    existing = DataRequest.objects.filter(user=user, kind=kind, status=DataRequestStatus.OPEN).first()
    if existing is not None:
        if detail and detail not in existing.detail:
            # A second correction request adds to the first rather than being lost.
            existing.detail = f"{existing.detail}\n\n{detail}".strip()
            existing.save(update_fields=["detail"])
        return existing, False
    request = DataRequest(
        user=user,
        kind=kind,
        detail=detail,
        requester_label=f"{user.full_name} — {user.phone_display}"[:200],
        due_on=request_due_on(),
    )
    request.full_clean()
    request.save()
    return request, True


def consent_withdraw(*, consent: Consent) -> DataRequest | None:
    """Stop an optional purpose now; for learning, open a withdrawal request (returned) instead."""
    if consent.purpose in OPTIONAL_PURPOSES:
        Consent.objects.filter(pk=consent.pk, withdrawn_at__isnull=True).update(withdrawn_at=timezone.now())
        consent.refresh_from_db(fields=["withdrawn_at"])
        return None
    request, _created = data_request_open(
        user=consent.user,
        kind=DataRequestKind.WITHDRAWAL,
        detail=str(_("Rút lại sự đồng ý: %(purpose)s") % {"purpose": consent.get_purpose_display()}),
    )
    return request


# ---- the administrators' inbox ---------------------------------------------------------------------


def requests_visible_to(user) -> QuerySet[DataRequest]:
    """Requests of people this manager may see; national administrators also see the erased."""
    requests = DataRequest.objects.select_related("user", "user__unit", "handled_by")
    if user.is_superuser or user.role == Role.NATIONAL_ADMIN:
        return requests
    return requests.filter(user__in=visible_people(user))


def inbox_order(requests: QuerySet[DataRequest]) -> QuerySet[DataRequest]:
    open_first = Case(
        When(status=DataRequestStatus.OPEN, then=Value(0)), default=Value(1), output_field=IntegerField()
    )
    return requests.annotate(open_first=open_first).order_by("open_first", "due_on", "created_at")


def is_overdue(request: DataRequest) -> bool:
    return request.status == DataRequestStatus.OPEN and request.due_on < timezone.localdate()


@transaction.atomic
def data_request_close(
    *, data_request: DataRequest, by: User, status: str, response: str = ""
) -> DataRequest:
    """Mark a correction or withdrawal request done, or refuse any request with a reason."""
    locked = DataRequest.objects.select_for_update().get(pk=data_request.pk)
    response = response.strip()
    if locked.status != DataRequestStatus.OPEN:
        raise ValidationError(_("Yêu cầu này đã được xử lý."), code="closed")
    if status == DataRequestStatus.REFUSED and not response:
        raise ValidationError(_("Hãy ghi lý do từ chối để trả lời người yêu cầu."), code="reason")
    if status == DataRequestStatus.DONE and locked.kind == DataRequestKind.DELETION:
        raise ValidationError(_("Yêu cầu xóa chỉ hoàn tất khi bấm “Xóa dữ liệu”."), code="erase")
    if status not in (DataRequestStatus.DONE, DataRequestStatus.REFUSED):
        raise ValidationError(_("Cách xử lý không hợp lệ."), code="status")
    now = timezone.now()
    if status == DataRequestStatus.DONE and locked.kind == DataRequestKind.WITHDRAWAL and locked.user:
        Consent.objects.filter(
            user=locked.user, purpose=ConsentPurpose.LEARNING, withdrawn_at__isnull=True
        ).update(withdrawn_at=now)
    locked.status, locked.response, locked.handled_by, locked.handled_at = status, response, by, now
    locked.save(update_fields=["status", "response", "handled_by", "handled_at"])
    person = locked.user
    if person is not None and person.erased_at is None:
        text = _("Yêu cầu “%(kind)s” của bạn: %(status)s. %(response)s") % {
            "kind": locked.get_kind_display(),
            "status": locked.get_status_display(),
            "response": response,
        }
        transaction.on_commit(lambda: notify(person, str(_("Học Số: yêu cầu về dữ liệu")), str(text).strip()))
    return locked


# ---- erasure ---------------------------------------------------------------------------------------

_IDENTIFYING_ACTOR_KEYS = ("name", "mbox", "mbox_sha1sum", "openid")


def _anonymous_body(body, *, placeholder: str, identifiers: set[str]):
    actor = body.get("actor") if isinstance(body, dict) else None
    if not isinstance(actor, dict):
        return body
    actor = {key: value for key, value in actor.items() if key not in _IDENTIFYING_ACTOR_KEYS}
    account = actor.get("account")
    if not isinstance(account, dict) or str(account.get("name", "")) in identifiers:
        home = account.get("homePage") if isinstance(account, dict) else None
        actor["account"] = {"homePage": home or settings.WAGTAILADMIN_BASE_URL, "name": placeholder}
    return {**body, "actor": actor}


def _forget_login_attempts(phone: str) -> None:
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username=phone).delete()


def _forget_sms_file(phone: str) -> None:
    # The file SMS backend (development and demos) keeps each number's messages, codes included.
    # Removed inside the erasure rather than after commit: once the phone is overwritten nothing
    # could find the file again, and losing a demo log on a rollback is harmless.
    digits = phone.lstrip("+")
    if digits.isascii() and digits.isdigit():
        (Path(settings.VAR_DIR) / "sms" / f"{digits}.txt").unlink(missing_ok=True)


def purge_old_codes(older_than_days: int = 30) -> int:
    """Delete SMS codes created more than `older_than_days` ago (each names a phone and an IP);
    return how many went. Run on a schedule."""
    cutoff = timezone.now() - dt.timedelta(days=older_than_days)
    deleted, _per_model = OneTimeCode.objects.filter(created_at__lt=cutoff).delete()
    return deleted


def erase_person(user: User, *, by: User | None) -> User:
    """Make the person unidentifiable and unable to sign in; keep their learning rows, which are
    now anonymous and still count in the commune's statistics. Safe to run again."""
    # What is written stays in the records, so it is written in the site's language, not the
    # language of whoever pressed the button.
    with translation.override(settings.LANGUAGE_CODE):
        return _erase(user, by=by)


@transaction.atomic
def _erase(user: User, *, by: User | None) -> User:
    user = User.objects.select_for_update().get(pk=user.pk)
    now = timezone.now()
    placeholder = f"xoa-{user.pk}"
    if user.erased_at is None:
        old_phone = user.phone
        identifiers = {old_phone, display_phone(old_phone), user.full_name, user.email} - {""}
        user.full_name = str(ERASED_NAME)
        user.phone = placeholder
        user.email = ""
        user.birth_year = None
        user.position = None
        user.phone_confirmed_at = None
        # An unusable password also changes the session hash, so every open session ends.
        user.set_unusable_password()
        user.is_active = user.is_staff = user.is_superuser = False
        user.erased_at = now
        user.save()
        user.groups.clear()
        user.user_permissions.clear()
        user.consents.update(guardian_name="", guardian_phone="")
        TOTPDevice.objects.filter(user=user).delete()
        OneTimeCode.objects.filter(phone=old_phone).delete()
        _forget_login_attempts(old_phone)
        _forget_sms_file(old_phone)
        batch = []
        for statement in Statement.objects.filter(user=user).only("id", "body").iterator(chunk_size=500):
            statement.body = _anonymous_body(statement.body, placeholder=placeholder, identifiers=identifiers)
            batch.append(statement)
            if len(batch) == 500:
                Statement.objects.bulk_update(batch, ["body"])
                batch = []
        Statement.objects.bulk_update(batch, ["body"])
        own_requests = DataRequest.objects.filter(user=user)
        own_requests.update(requester_label=f"{ERASED_NAME} ({placeholder})")
        own_requests.filter(kind=DataRequestKind.CORRECTION).update(detail="")
        person_erased.send(sender=User, user=user)
    open_requests = DataRequest.objects.filter(user=user, status=DataRequestStatus.OPEN)
    open_requests.filter(kind=DataRequestKind.DELETION).update(
        status=DataRequestStatus.DONE,
        handled_by=by,
        handled_at=now,
        response=str(_("Đã xóa dữ liệu cá nhân theo yêu cầu.")),
    )
    open_requests.update(
        status=DataRequestStatus.DONE,
        handled_by=by,
        handled_at=now,
        response=str(_("Không cần xử lý thêm: dữ liệu cá nhân đã được xóa.")),
    )
    return user


# ---- files to download -----------------------------------------------------------------------------


def _when(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    parsed = parse_datetime(str(value))
    return _when(parsed) if parsed else str(value)


def _text(value) -> str:
    """A language map's Vietnamese text (else any), as in xAPI's verb.display and definition.name."""
    if isinstance(value, dict):
        return str(value.get("vi") or value.get("vi-VN") or next(iter(value.values()), ""))
    return "" if value is None else str(value)


def _join(*parts) -> str:
    return " · ".join(str(part) for part in parts if part)


def export_rows(data: dict) -> list[tuple[str, str, str]]:
    """(section, item, value) facts in reading order, for the CSV and PDF copies."""
    p = data["profile"]
    section = str(_("Thông tin cá nhân"))
    rows = [
        (section, str(label), str(value) if value is not None else "")
        for label, value in (
            (_("Họ và tên"), p["full_name"]),
            (_("Số điện thoại"), display_phone(p["phone"]) if p["phone"].startswith("+84") else p["phone"]),
            (_("Thư điện tử"), p["email"]),
            (_("Năm sinh"), p["birth_year"]),
            (_("Xã, phường, đặc khu"), p["commune"]),
            (_("Tỉnh, thành phố"), p["province"]),
            (_("Vai trò"), p["role_label"]),
            (_("Chức vụ"), p["position"]),
            (_("Ngày tham gia"), _when(p["date_joined"])),
            (_("Xác nhận số điện thoại lúc"), _when(p["phone_confirmed_at"])),
            (_("Người đăng ký hộ"), p["registered_by"]),
        )
    ]
    section = str(_("Sự đồng ý"))
    for c in data["consents"]:
        value = _join(
            _("phiên bản thông báo %(version)s") % {"version": c["notice_version"]},
            c["method_label"],
            _("đồng ý lúc %(when)s") % {"when": _when(c["given_at"])},
            c["withdrawn_at"] and _("đã rút lại lúc %(when)s") % {"when": _when(c["withdrawn_at"])},
            c["guardian_name"] and _("người giám hộ: %(name)s") % {"name": c["guardian_name"]},
            c["guardian_phone"],
        )
        rows.append((section, c["purpose_label"], value))
    section = str(_("Khóa học đã ghi danh"))
    for e in data["enrolments"]:
        value = _join(
            _("ghi danh %(when)s") % {"when": _when(e["enrolled_at"])},
            _("tiến độ %(percent)s%%") % {"percent": e["progress_percent"]},
            e["completed_at"] and _("hoàn thành %(when)s") % {"when": _when(e["completed_at"])},
        )
        rows.append((section, e["course"], value))
    section = str(_("Tiến độ bài học"))
    for lp in data["lesson_progress"]:
        value = _join(
            lp["opened_at"] and _("mở %(when)s") % {"when": _when(lp["opened_at"])},
            lp["completed_at"] and _("hoàn thành %(when)s") % {"when": _when(lp["completed_at"])},
            _("%(minutes)s phút") % {"minutes": lp["seconds_spent"] // 60},
        )
        rows.append((section, f"{lp['lesson']} ({lp['course']})", value))
    section = str(_("Sự kiện học tập (xAPI)"))
    for body in data["statements"]:
        body = body if isinstance(body, dict) else {}
        verb, obj = body.get("verb") or {}, body.get("object") or {}
        verb_text = _text(verb.get("display")) or str(verb.get("id", "")) if isinstance(verb, dict) else ""
        obj_text = ""
        if isinstance(obj, dict):
            definition = obj.get("definition") if isinstance(obj.get("definition"), dict) else {}
            obj_text = _text(definition.get("name")) or str(obj.get("id", ""))
        rows.append((section, _when(body.get("timestamp")), _join(verb_text, obj_text)))
    section = str(_("Yêu cầu về dữ liệu"))
    for r in data["data_requests"]:
        value = _join(
            r["status_label"],
            _("gửi %(when)s") % {"when": _when(r["created_at"])},
            _("hạn %(when)s") % {"when": _when(r["due_on"])},
            r["detail"],
            r["response"],
        )
        rows.append((section, r["kind_label"], value))
    for extra in data.get("more", []):
        rows.extend((extra["section"], item, value) for item, value in extra["items"])
    return rows


def export_csv(data: dict) -> bytes:
    """One row per fact; UTF-8 with a byte-order mark so Excel shows Vietnamese letters."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([str(_("Mục")), str(_("Thông tin")), str(_("Giá trị"))])
    writer.writerows(export_rows(data))
    return buffer.getvalue().encode("utf-8-sig")


def export_pdf(data: dict, *, organisation: str = "") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    from cms.pdf import BOLD, REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle(str(_("Dữ liệu cá nhân của tôi")))
    width, height = A4
    margin = 18 * mm
    text_width = width - 2 * margin
    y = height - margin

    def line(text: str, *, font: str = REGULAR, size: float = 10, gap: float = 2) -> None:
        nonlocal y
        for part in simpleSplit(text, font, size, text_width) or [""]:
            if y < margin + size:
                canvas.showPage()
                y = height - margin
            canvas.setFont(font, size)
            canvas.drawString(margin, y - size, part)
            y -= size + gap

    line(str(_("Dữ liệu cá nhân của tôi")), font=BOLD, size=18, gap=6)
    line(data["profile"]["full_name"], font=BOLD, size=13)
    line(
        str(
            _("Tải về lúc %(when)s · phiên bản thông báo %(version)s")
            % {"when": _when(data["exported_at"]), "version": data["notice_version"]}
        )
    )
    if organisation:
        line(str(_("Đơn vị vận hành: %(name)s") % {"name": organisation}))
    current = None
    for section, item, value in export_rows(data):
        if section != current:
            y -= 8
            line(section, font=BOLD, size=13, gap=4)
            current = section
        line(f"{item}: {value or '—'}")
    canvas.save()
    return buffer.getvalue()
