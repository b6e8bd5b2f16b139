"""How each raw record is counted: one Tally per record, taken with the facts of that moment, and
the month figures a tally adds to."""

import datetime as dt
from collections import Counter

from certificates.models import Certificate, CertificateState
from learning.models import Enrolment, Role, User
from metrics.measures import (
    ACTIVE,
    CERTIFICATES,
    COMPLETIONS,
    FINAL_ATTEMPTS,
    FINAL_PASSED,
    FINAL_SCORE,
    FIRST_ATTEMPTS,
    FIRST_PASSED,
    REGISTRATIONS,
    REVOCATIONS,
    TOTAL,
    age_band,
    dim,
    month_of,
)
from metrics.models import Tally, TallyKind
from quizzes.models import Attempt, QuizKind


def audience_of(role: str) -> str:
    if role == Role.OFFICIAL:
        return "official"
    if role == Role.CITIZEN:
        return "citizen"
    return "other"


def _person(user: User, month: dt.date) -> dict:
    return {
        "user_id": user.pk,
        "unit_id": user.unit_id,
        "audience": audience_of(user.role),
        "age_band": age_band(user.birth_year, month),
        "gender": user.gender,
    }


def registration(user: User) -> Tally:
    month = month_of(user.date_joined)
    return Tally(kind=TallyKind.REGISTRATION, ref=str(user.pk), month=month, **_person(user, month))


def activity(user: User, month: dt.date) -> Tally:
    return Tally(kind=TallyKind.ACTIVE, ref=f"{user.pk}:{month:%Y-%m}", month=month, **_person(user, month))


def completion(enrolment: Enrolment) -> Tally | None:
    if enrolment.completed_at is None:
        return None
    month = month_of(enrolment.completed_at)
    return Tally(
        kind=TallyKind.COMPLETION,
        ref=str(enrolment.pk),
        month=month,
        course_id=enrolment.course_id,
        **_person(enrolment.user, month),
    )


def is_reissue(certificate: Certificate) -> bool:
    return Certificate.objects.filter(superseded_by=certificate).exists()


def certificate_issue(certificate: Certificate) -> Tally | None:
    """A corrected re-issue replaces a certificate already counted, so it is not counted again."""
    if is_reissue(certificate):
        return None
    month = month_of(certificate.issued_on)
    return Tally(
        kind=TallyKind.CERTIFICATE,
        ref=str(certificate.pk),
        month=month,
        unit_id=certificate.unit_id,  # the commune written on the certificate
        user_id=certificate.user_id,
        audience=audience_of(certificate.user.role),
        course_id=certificate.course_id,
    )


def certificate_revocation(certificate: Certificate) -> Tally | None:
    if certificate.state != CertificateState.REVOKED or certificate.revoked_at is None:
        return None
    unit_id = certificate.unit_id
    if unit_id is None:
        # Erasing the holder's data clears the commune from the certificate; it was counted there.
        unit_id = (
            Tally.objects.filter(kind=TallyKind.CERTIFICATE, ref=str(certificate.pk))
            .values_list("unit_id", flat=True)
            .first()
        )
    return Tally(
        kind=TallyKind.REVOCATION,
        ref=str(certificate.pk),
        month=month_of(certificate.revoked_at),
        unit_id=unit_id,
        user_id=certificate.user_id,
        course_id=certificate.course_id,
    )


def final_attempt(attempt: Attempt) -> Tally | None:
    if attempt.submitted_at is None or attempt.quiz.kind != QuizKind.FINAL or attempt.percent is None:
        return None
    month = month_of(attempt.submitted_at)
    return Tally(
        kind=TallyKind.FINAL_ATTEMPT,
        ref=attempt.pk.hex,
        month=month,
        course_id=attempt.quiz.course_id,
        score=int(attempt.percent * 100),
        passed=bool(attempt.passed),
        first=attempt.number == 1,
        **_person(attempt.user, month),
    )


def figures(tally: Tally) -> Counter[tuple[str, str]]:
    """The (measure, breakdown) figures of its month that this tally adds to, and by how much."""
    out: Counter[tuple[str, str]] = Counter()
    course = dim("course", tally.course_id) if tally.course_id else None
    audience = dim("audience", tally.audience) if tally.audience else None
    person = [audience] + [
        dim(kind, value) for kind, value in (("age", tally.age_band), ("gender", tally.gender)) if value
    ]

    def add(measure: str, breakdowns: list[str | None], amount: int = 1) -> None:
        for breakdown in [TOTAL, *breakdowns]:
            if breakdown is not None:
                out[(measure, breakdown)] += amount

    if tally.kind == TallyKind.REGISTRATION:
        add(REGISTRATIONS, [audience])
    elif tally.kind == TallyKind.ACTIVE:
        add(ACTIVE, person)
    elif tally.kind == TallyKind.COMPLETION:
        add(COMPLETIONS, [course, *person])
    elif tally.kind == TallyKind.CERTIFICATE:
        add(CERTIFICATES, [course, audience])
    elif tally.kind == TallyKind.REVOCATION:
        add(REVOCATIONS, [course])
    elif tally.kind == TallyKind.FINAL_ATTEMPT:
        add(FINAL_ATTEMPTS, [course])
        add(FINAL_SCORE, [course], tally.score or 0)
        if tally.passed:
            add(FINAL_PASSED, [course])
        if tally.first:
            add(FIRST_ATTEMPTS, [course])
            if tally.passed:
                add(FIRST_PASSED, [course])
    return out
