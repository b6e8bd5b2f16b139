"""Learners who completed a course, the way the certificate tests need them: one through the real
progress events (so the completion signal issues the certificate), or many at once with the
enrolment already marked complete (so nothing was issued yet and a sweep or bulk run must do it)."""

import uuid
from pathlib import Path

from django.core.files.storage import default_storage
from django.test import TestCase
from django.utils import timezone

from certificates.models import Certificate
from learning.lesson_facts import catalogue
from learning.models import Enrolment, Role, User
from learning.tracking import ProgressEvent, record
from learning.xapi import Verb

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
MIDDLE = ["Thị", "Văn", "Hữu", "Ngọc", "Minh", "Thu", "Đức", "Xuân"]
GIVEN = ["Hồng", "Lan", "Bình", "Hùng", "Dũng", "Phương", "Thảo", "Nguyên", "Khánh", "Trường", "Ánh"]


def complete_course(user, course) -> Enrolment:
    """Read and practise every required lesson, then run the on-commit work as a commit would: the
    course_completed signal fires and (tasks being synchronous in tests) issues and renders."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        facts = catalogue()
        for lesson_id in facts.required[course.pk]:
            lesson = facts.lesson(lesson_id)
            for block in lesson.practice_block_ids:
                record(
                    user,
                    ProgressEvent(uuid.uuid4(), Verb.PRACTICE_DONE, lesson_id, timezone.now(), block=block),
                )
            record(user, ProgressEvent(uuid.uuid4(), Verb.REACHED_END, lesson_id, timezone.now()))
    enrolment = Enrolment.objects.get(user=user, course=course)
    assert enrolment.completed_at is not None
    return enrolment


def completed_learners(count: int, *, course, unit, first: int = 0) -> list[User]:
    """Learners whose enrolments say "completed" without the completion having sent its signal, as
    after a lost task: no certificate exists for them yet."""
    users = User.objects.bulk_create(
        User(
            phone=f"+8439{first + number:07d}",
            full_name=f"{FAMILY[number % 12]} {MIDDLE[number % 8]} {GIVEN[(number // 7) % 11]}",
            unit=unit,
            role=Role.CITIZEN,
        )
        for number in range(count)
    )
    Enrolment.objects.bulk_create(
        Enrolment(user=user, course=course, progress_percent=100, completed_at=timezone.now())
        for user in users
    )
    return users


def stored_files(certificate: Certificate) -> list[Path]:
    """Every file on disk made for this certificate: its name starts with the serial and the code,
    and a second render of the same row gets a suffixed name next to the first."""
    folder = Path(default_storage.path(f"chung-nhan/{certificate.issued_on:%Y}"))
    return sorted(folder.glob(f"{certificate.serial}-{certificate.code}*.pdf"))


def is_whole_pdf(path: Path | str) -> bool:
    data = Path(path).read_bytes()
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
