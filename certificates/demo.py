"""Demo certificates, so the whole flow can be seen right after setup: the demo citizen completes the
safe-payments course the way a learner would (every lesson read and practised, the final test passed)
and holds its certificate; a second learner's certificate was revoked by the administrator."""

import datetime as dt
import uuid

from django.utils import timezone
from wagtail.models import Site

from certificates.models import Certificate, CertificateSettings, CertificateState
from certificates.rendering import certificate_render
from certificates.services import certificate_issue, certificate_revoke
from courses.models import CoursePage
from learning.completion import evaluate_course
from learning.lesson_facts import catalogue
from learning.models import AdministrativeUnit, Enrolment, Role, User
from learning.phone import normalise_phone
from learning.tracking import H5PScore, ProgressEvent, record
from learning.xapi import Verb
from quizzes.attempts import start_or_resume, submit
from quizzes.demo.answers import model_answer
from quizzes.models import Quiz, QuizKind

DEMO_COURSE = "thanh-toan-truc-tuyen-an-toan"
REVOKED_HOLDER = ("0399000008", "Vũ Văn Nam")
REVOKED_REASON = "Bài kiểm tra cuối khóa do người khác làm thay; học viên cần học và làm lại."


def course_complete_as_learner(user: User, course: CoursePage, *, when: dt.datetime) -> Enrolment:
    """Read and practise every lesson, then pass the final test, through the same services as the site."""
    facts = catalogue()
    for lesson_id in facts.required.get(course.pk, ()):
        lesson = facts.lesson(lesson_id)
        for block in lesson.practice_block_ids:
            if lesson.h5p_item(block) is not None:
                score = H5PScore(verb="completed", raw=1, max=1, success=True)
                record(user, ProgressEvent(uuid.uuid4(), Verb.H5P, lesson_id, when, block=block, h5p=score))
            else:
                record(user, ProgressEvent(uuid.uuid4(), Verb.PRACTICE_DONE, lesson_id, when, block=block))
        record(user, ProgressEvent(uuid.uuid4(), Verb.REACHED_END, lesson_id, when))
    final = Quiz.objects.filter(course=course, kind=QuizKind.FINAL).order_by("pk").first()
    if final is not None and not final.attempts.filter(user=user, passed=True).exists():
        attempt = start_or_resume(user, final)
        answers = {
            str(item.position): model_answer(item.version.spec)
            for item in attempt.items.select_related("version")
        }
        submit(attempt, user=user, key=uuid.uuid4(), answers=answers)
    enrolment = Enrolment.objects.get(user=user, course=course)
    # A passed final test completes the course once its transaction commits; the seeder's one
    # transaction is still open, so apply the same rule now.
    evaluate_course(enrolment)
    return enrolment


def _certificate_for(user: User, course: CoursePage) -> Certificate | None:
    if Certificate.objects.filter(user=user, course=course).exists():
        return certificate_issue(user_id=user.pk, course_id=course.pk)
    course_complete_as_learner(user, course, when=timezone.now() - dt.timedelta(days=3))
    certificate = certificate_issue(user_id=user.pk, course_id=course.pk)
    if certificate is not None:
        # The seeder runs inside one transaction, where on-commit work would come too late to show.
        certificate_render(certificate_id=certificate.pk)
    return certificate


def settings_ensure(*, signer: User) -> None:
    """The demo commune's team signs its certificates (only while nobody has set a signer)."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    shown = CertificateSettings.for_site(site)
    if not shown.signer_name:
        shown.issuing_unit = "Tổ công nghệ số cộng đồng xã Đại Từ"
        shown.issuing_place = "Đại Từ"
        shown.signer_title = "TỔ TRƯỞNG"
        shown.signer_name = signer.full_name
        shown.save()


def certificates_demo_ensure(*, citizen: User, signer: User, admin: User, commune_code: str) -> None:
    course = CoursePage.objects.filter(slug=DEMO_COURSE).first()
    commune = AdministrativeUnit.objects.filter(code=commune_code).first()
    if course is None:
        return
    settings_ensure(signer=signer)
    _certificate_for(citizen, course)
    phone, name = REVOKED_HOLDER
    holder = User.objects.filter(phone=normalise_phone(phone)).first()
    if holder is None:
        holder = User.objects.create_user(phone, None, full_name=name, role=Role.CITIZEN, unit=commune)
    certificate = _certificate_for(holder, course)
    if certificate is not None and certificate.state == CertificateState.VALID:
        certificate_revoke(certificate=certificate, by=admin, reason=REVOKED_REASON)
