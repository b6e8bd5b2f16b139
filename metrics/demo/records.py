"""Writing the planned histories down as the rows the site itself keeps: xAPI statements, lesson
progress, H5P results, enrolments, consents and certificates, dated when they happened."""

import datetime as dt
import random
import uuid

from django.conf import settings
from django.db import connection
from django.db.models import F
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import certificate_issue, certificate_revoke
from learning import xapi
from learning.lesson_facts import Catalogue
from learning.models import (
    AdministrativeUnit,
    Consent,
    ConsentMethod,
    ConsentPurpose,
    Enrolment,
    H5PResult,
    LessonProgress,
    Role,
    Statement,
    UnitLevel,
    User,
)
from learning.tracking import H5PScore
from learning.xapi import Verb

MINUTE = dt.timedelta(minutes=1)
REVOKE_REASONS = (
    "Cấp nhầm cho người trùng họ tên; đã xác minh lại với UBND xã.",
    "Bài kiểm tra cuối khóa do người khác làm thay; học viên cần học và làm lại.",
)


def update_rows(model, fields: list[str], rows: list[tuple]) -> None:
    """Set `fields` to each row's values (its pk first): one statement run for every row, as
    learning.roster.importing does, since bulk_update's CASE per field and row is slow."""
    if not rows:
        return
    meta, quote = model._meta, connection.ops.quote_name
    columns = [meta.get_field(name) for name in fields]
    assignments = ", ".join(f"{quote(column.column)} = %s" for column in columns)
    # Only our own quoted names are put together here; the values are parameters.
    sql = f"UPDATE {quote(meta.db_table)} SET {assignments} WHERE {quote(meta.pk.column)} = %s"  # noqa: S608
    params = [
        [column.get_db_prep_value(value, connection) for column, value in zip(columns, values, strict=True)]
        + [meta.pk.get_db_prep_value(pk, connection)]
        for pk, *values in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def new_uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def consents_write(consents: list[tuple[User, dt.datetime, bool]]) -> None:
    """Consent to learning for everyone, to reports for most, given at the time they joined."""
    rows, when = [], []
    for user, given_at, reporting in consents:
        assisted = user.role == Role.CITIZEN and user.registered_by_id is not None
        for purpose in [ConsentPurpose.LEARNING] + ([ConsentPurpose.REPORTING] if reporting else []):
            rows.append(
                Consent(
                    user=user,
                    purpose=purpose,
                    notice_version=settings.HOCSO_PRIVACY_NOTICE_VERSION,
                    method=ConsentMethod.ASSISTED if assisted else ConsentMethod.SELF,
                    recorded_by_id=user.registered_by_id if assisted else None,
                )
            )
            when.append(given_at)
    Consent.objects.bulk_create(rows, batch_size=500)
    update_rows(Consent, ["given_at"], [(row.pk, at) for row, at in zip(rows, when, strict=True)])


class Learning:
    """The rows tracking.record and completion.evaluate_course would have written for each study."""

    def __init__(self, facts: Catalogue, rng: random.Random):
        self.facts, self.rng = facts, rng
        self.progress: list[LessonProgress] = []
        self.statements: list[Statement] = []
        self.results: list[H5PResult] = []

    def write(self, studies) -> None:
        for study in studies:
            self._study(study)
        LessonProgress.objects.bulk_create(self.progress, batch_size=500)
        H5PResult.objects.bulk_create(self.results, batch_size=500)
        Statement.objects.bulk_create(self.statements, batch_size=500)
        ids = [statement.pk for statement in self.statements]
        for start in range(0, len(ids), 500):
            # `stored` is stamped on insert; these were stored as they happened, which is what makes
            # their learners active in those months.
            Statement.objects.filter(pk__in=ids[start : start + 500]).update(stored=F("timestamp"))
        enrolments = _enrolments(studies)
        rows = []
        for study in studies:
            lessons = self.facts.required.get(study.course_id, ())
            touched = [(when, lessons[i]) for i, when in enumerate(study.lessons)]
            if study.opened:
                touched.append((study.opened, lessons[len(study.lessons)]))
            seen, lesson = max(touched) if touched else (None, None)
            percent = round(100 * len(study.lessons) / len(lessons)) if lessons else 0
            pk = enrolments[(study.user.pk, study.course_id)]
            rows.append((pk, study.enrolled, lesson, seen, percent, study.completed_at))
        fields = ["enrolled_at", "last_lesson", "last_seen_at", "progress_percent", "completed_at"]
        update_rows(Enrolment, fields, rows)

    def _statement(
        self, user, verb: str, when: dt.datetime, *, course, lesson=None, statement_id=None, **extra
    ):
        statement_id = statement_id or new_uuid(self.rng)
        body = xapi.build(
            statement_id=statement_id,
            user=user,
            verb=verb,
            lesson=lesson,
            course=course,
            timestamp=when,
            **extra,
        )
        self.statements.append(
            Statement(
                id=statement_id,
                user=user,
                verb=body["verb"]["id"],
                lesson_id=lesson.pk if lesson else None,
                course_id=course.pk,
                timestamp=when,
                body=body,
            )
        )

    def _study(self, study) -> None:
        user, course = study.user, self.facts.courses[study.course_id]
        lessons = [self.facts.lesson(pk) for pk in self.facts.required.get(study.course_id, ())]
        for lesson, done in zip(lessons, study.lessons, strict=False):
            self._lesson(user, course, lesson, done)
        if study.opened is not None:
            lesson, seconds = lessons[len(study.lessons)], self.rng.randint(60, 600)
            self._statement(
                user, Verb.PROGRESSED, study.opened, course=course, lesson=lesson, seconds=seconds
            )
            self.progress.append(
                LessonProgress(
                    user=user,
                    lesson_id=lesson.pk,
                    course_id=course.pk,
                    opened_at=study.opened,
                    seconds_spent=seconds,
                    last_event_at=study.opened,
                )
            )
        if study.completed_at is not None:
            derived = xapi.derived_id(user, Verb.COMPLETED, course)
            self._statement(user, Verb.COMPLETED, study.completed_at, course=course, statement_id=derived)

    def _lesson(self, user, course, lesson, done: dt.datetime) -> None:
        """Read for a while, practised every block, reached the end: the lesson is complete at `done`."""
        seconds, began, practice = self.rng.randint(240, 600), done - 20 * MINUTE, done - 8 * MINUTE
        self._statement(user, Verb.PROGRESSED, began, course=course, lesson=lesson, seconds=seconds)
        practised = {}
        for block in lesson.practice_block_ids:
            practised[block] = practice.isoformat()
            item = lesson.h5p_item(block)
            if item is None:
                self._statement(user, Verb.PRACTICE_DONE, practice, course=course, lesson=lesson, block=block)
                continue
            score = H5PScore("completed", 1, 1, True)
            self._statement(user, Verb.H5P, practice, course=course, lesson=lesson, block=block, h5p=score)
            self.results.append(
                H5PResult(
                    user=user,
                    lesson_id=lesson.pk,
                    block=block,
                    item_id=item,
                    finished_at=practice,
                    last_at=practice,
                    last_scaled=1.0,
                    best_scaled=1.0,
                    passed=True,
                    results=1,
                )
            )
        self._statement(user, Verb.REACHED_END, done, course=course, lesson=lesson)
        derived = xapi.derived_id(user, Verb.COMPLETED, lesson)
        self._statement(user, Verb.COMPLETED, done, course=course, lesson=lesson, statement_id=derived)
        self.progress.append(
            LessonProgress(
                user=user,
                lesson_id=lesson.pk,
                course_id=course.pk,
                opened_at=began,
                reached_end_at=done,
                practice_done=practised,
                practice_done_at=practice if practised else None,
                completed_at=done,
                seconds_spent=seconds,
                last_event_at=done,
            )
        )


def _enrolments(studies) -> dict[tuple[int, int], int]:
    """Each study's enrolment: the one a requirement made, or a new one the learner chose."""

    def existing() -> dict[tuple[int, int], int]:
        rows = Enrolment.objects.filter(user__unit__in={study.user.unit_id for study in studies})
        return {(user, course): pk for pk, user, course in rows.values_list("pk", "user_id", "course_id")}

    found = existing()
    missing = {(s.user.pk, s.course_id): s.source for s in studies if (s.user.pk, s.course_id) not in found}
    Enrolment.objects.bulk_create(
        [
            Enrolment(user_id=user, course_id=course, source=source)
            for (user, course), source in missing.items()
        ],
        batch_size=500,
    )
    return existing() if missing else found


def certificates_write(studies, *, revoker: User, rng: random.Random) -> None:
    """Every completion holds its certificate, issued the day the final test was passed; the PDFs
    are left to the background sweep. In each province the administrator later revoked one."""
    done = sorted((s for s in studies if s.completed_at), key=lambda s: s.tries[-1][0])
    parents = dict(AdministrativeUnit.objects.filter(level=UnitLevel.COMMUNE).values_list("pk", "parent_id"))
    dates, revocable = [], {}
    old = timezone.localdate() - dt.timedelta(days=20)
    for study in done:
        certificate = certificate_issue(user_id=study.user.pk, course_id=study.course_id)
        passed_at = study.tries[-1][0]
        dates.append((certificate.pk, timezone.localtime(passed_at).date(), passed_at + 2 * MINUTE))
        if study.user.role == Role.CITIZEN and passed_at.date() < old:
            revocable.setdefault(parents[study.user.unit_id], (certificate, passed_at))
    update_rows(Certificate, ["issued_on", "created_at"], dates)
    for (certificate, passed_at), reason in zip(revocable.values(), REVOKE_REASONS, strict=False):
        certificate_revoke(certificate=certificate, by=revoker, reason=reason)
        revoked = passed_at + dt.timedelta(days=rng.randint(5, 15), hours=2)
        Certificate.objects.filter(pk=certificate.pk).update(revoked_at=revoked)
