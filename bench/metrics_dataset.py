"""A national-scale dataset for the metrics benchmarks, and a bulk builder for its facts.

Issue 6: 34 provinces and 3,321 communes (the official list), 100,000 officials (about 30 a commune,
with positions and required courses), 2,000,000 citizens (about 600 a commune), their enrolments,
lesson progress, final tests and certificates over the last 12 months, and 20,000,000 progress
records. The progress records are xAPI statements (learning.Statement): every progress event a phone
posts is stored as one, and the metrics count activity from them; LessonProgress (one row per learner
and lesson, merged from the statements) is written too, consistent with them.

Counting tallies one record at a time (a recount with repair) would take hours here, so
`metrics_build` writes the Tally rows the recount would write with INSERT … SELECT, the month
figures by running metrics.tallies.figures over tallies grouped in the database, each person's
Contribution and the current month's state figures as their sum, and earlier months' state figures
with metrics.recount.backfill. `verify` checks tallies and contributions (all, or a sample) against
the platform's own builders, then runs the full recount without repair.

Run: .venv/bin/python bench/metrics_dataset.py [--scale S] [--sample N] [--no-recount] [--check-only]
With BENCH_DATABASE_URL (PostgreSQL; the database's name must contain "bench": it is dropped and
created again) at full scale; else SQLite in var/bench/ at 1/10 scale. Units are never scaled.
"""

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from learning.positions import COMMUNE_POSTS  # noqa: E402 - plain data, no Django needed

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var" / "bench"
OFFICIALS, CITIZENS, STATEMENTS = 100_000, 2_000_000, 20_000_000
DAY, HOUR, BEAT = 86_400, 3_600, 30  # seconds; a lesson page sends a heartbeat every 30 s
LOCAL = 7 * HOUR  # Vietnam keeps UTC+7 all year; `_local_offset` checks the settings agree
FLUSH_ROWS = 200_000  # statements buffered before every table is written out
LESSONS = 3
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ")
MIDDLE = ("Thị", "Văn", "Hữu", "Ngọc", "Minh", "Thu", "Đức", "Xuân")
GIVEN = ("Hồng", "Lan", "Bình", "Hùng", "Dũng", "Phương", "Thảo", "Nguyên", "Khánh", "Trường", "Ánh")
# slug, title (the first two come from tests.factories.build_site), topic, final test, citizens' pick.
COURSES = (
    ("chu-ky-so", "", "chu-ky-so", True, 2),
    ("thanh-toan", "", "thanh-toan", False, 4),
    ("dich-vu-cong", "Nộp hồ sơ trên Cổng Dịch vụ công", "dich-vu-cong", False, 5),
    ("vneid", "Tài khoản định danh điện tử VNeID", "vneid", False, 6),
    ("an-toan", "Phòng chống lừa đảo trên mạng", "an-toan", True, 5),
)
STATEMENT_BODY = (
    '{"id":"%s","version":"1.0.3","actor":{"objectType":"Agent","account":{"homePage":"%s","name":"%d"}},'
    '"verb":{"id":"%s"},"object":{"objectType":"Activity","id":"%s"},"timestamp":"%s"%s}'
)
RESULTS = {"progressed": ',"result":{"duration":"PT30S"}', "completed": ',"result":{"completion":true}'}


def configure() -> str:
    """Point Django at the bench database (without connecting yet); returns a name for it."""
    url = os.environ.get("BENCH_DATABASE_URL", "")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    os.environ["DATABASE_URL"] = url
    os.environ["HOCSO_VAR_DIR"] = str(VAR)
    VAR.mkdir(parents=True, exist_ok=True)
    import django

    django.setup()
    return "PostgreSQL" if url else f"SQLite ({(VAR / 'db.sqlite3').relative_to(ROOT)})"


def fresh_database() -> None:
    url = os.environ.get("BENCH_DATABASE_URL", "")
    if not url:
        for suffix in ("", "-wal", "-shm"):
            (VAR / f"db.sqlite3{suffix}").unlink(missing_ok=True)
        return
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    name = config["NAME"]
    if "bench" not in name:
        raise SystemExit(f"refusing to drop {name!r}: the bench database's name must contain 'bench'")
    server = {"host": config["HOST"] or "127.0.0.1", "port": config["PORT"] or 5432, "user": config["USER"]}
    with psycopg.connect(
        **server, password=config["PASSWORD"] or None, dbname="postgres", autocommit=True
    ) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        db.execute(f'CREATE DATABASE "{name}"')


# --- Writing rows fast ---------------------------------------------------------------------------


class Writer:
    """Buffers rows per table and writes them with COPY (PostgreSQL) or executemany (SQLite)."""

    def __init__(self, *, bulk: bool = False):
        from django.db import connection

        self.connection, self.bulk = connection, bulk
        self.pg = connection.vendor == "postgresql"
        self.rows: dict = defaultdict(list)
        self.counts: Counter = Counter()

    def stamp(self, t: float) -> str:
        """A moment (seconds since the epoch) as the database takes a timestamp."""
        return time.strftime("%Y-%m-%d %H:%M:%S+00" if self.pg else "%Y-%m-%d %H:%M:%S", time.gmtime(t))

    def flush(self, order) -> None:
        for model, fields in order:  # parents before children
            rows = self.rows.pop(model, None)
            if rows:
                self.write(model, fields, rows)

    def write(self, model, fields, rows) -> None:
        from django.db import transaction

        qn = self.connection.ops.quote_name
        table = qn(model._meta.db_table)
        columns = ", ".join(qn(model._meta.get_field(name).column) for name in fields)
        with self.connection.cursor() as cursor:
            if self.pg:
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join(["%s"] * len(fields))
                with transaction.atomic():
                    cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        self.counts[model._meta.label] += len(rows)

    @contextmanager
    def loading(self, models):
        """For large loads: foreign keys go unchecked (the generator keeps them consistent) and the
        plain indexes of the big tables are built once at the end instead of row by row."""
        if not self.bulk:
            yield
            return
        saved = []
        with self.connection.cursor() as cursor:
            if self.pg:
                cursor.execute("SET synchronous_commit = off")
                try:
                    cursor.execute("SET session_replication_role = replica")
                except Exception as error:  # noqa: BLE001 - only a superuser may; then rows are checked
                    print(f"  foreign keys stay checked ({error})")
            for model in models:
                saved += self._drop_indexes(cursor, model._meta.db_table)
        try:
            yield
        finally:
            with self.connection.cursor() as cursor:
                if self.pg:
                    cursor.execute("SET maintenance_work_mem = '1GB'")
                for statement in saved:
                    cursor.execute(statement)
                if self.pg:
                    cursor.execute("RESET session_replication_role")
                    cursor.execute("RESET maintenance_work_mem")

    def _drop_indexes(self, cursor, table: str) -> list[str]:
        if self.pg:
            cursor.execute(
                "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i "
                "ON i.oid = x.indexrelid WHERE x.indrelid = %s::regclass AND NOT x.indisunique",
                [table],
            )
        else:
            cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = %s "
                "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%%'",
                [table],
            )
        found = cursor.fetchall()
        for name, _ in found:
            cursor.execute(f"DROP INDEX {self.connection.ops.quote_name(name)}")
        return [sql for _, sql in found]


def shares(total: int, weights: list[float]) -> list[int]:
    """`total` split in proportion to the weights, in whole numbers that add up exactly."""
    whole = sum(weights) or 1
    raw = [total * w / whole for w in weights]
    out = [int(x) for x in raw]
    for i in sorted(range(len(raw)), key=lambda i: out[i] - raw[i])[: total - sum(out)]:
        out[i] += 1
    return out


# --- The courses and rules -----------------------------------------------------------------------


@dataclass
class Course:
    pk: int
    title: str
    iri: str
    lessons: list[tuple[int, str]]  # (page id, activity IRI)
    quiz: int | None
    weight: int


@dataclass
class Site:
    courses: list[Course]
    positions: list[int]
    rules: dict = field(default_factory=lambda: defaultdict(list))  # unit id -> [(course, position)]


def site_build(*, today: dt.date, start: dt.datetime) -> Site:
    """Five published courses of three lessons (two with a final test), the officials' positions,
    and courses required of officials: one in every province (due two months ago), one for every
    commune chairman (due in two months), one more in every seventh commune (due 20 days ago)."""
    from courses.models import CoursePage, LessonPage, Topic
    from learning.models import AdministrativeUnit, Position, Requirement, Role, UnitLevel
    from learning.xapi import iri
    from quizzes.models import Quiz, QuizKind
    from tests.factories import build_site

    tree = build_site(lessons=LESSONS, with_practice=False)
    courses = []
    for slug, title, topic, final, weight in COURSES:
        page = CoursePage.objects.filter(slug=slug).first()
        if page is None:
            page = CoursePage(title=title, slug=slug, summary=title, outcomes=title)
            page.topic = Topic.objects.get(slug=topic)
            tree["catalogue"].add_child(instance=page)
            page.save_revision().publish()
        for number in range(page.get_children().count() + 1, LESSONS + 1):
            body = [{"type": "paragraph", "value": f"<p>Nội dung bài {number}.</p>"}]
            lesson = LessonPage(title=f"Bài {number}", slug=f"bai-{number}", summary="Tóm tắt", body=body)
            page.add_child(instance=lesson)
            lesson.save_revision().publish()
        lessons = [(p.pk, iri(p.url)) for p in LessonPage.objects.child_of(page).order_by("path")]
        quiz = (
            Quiz.objects.create(title=f"Kiểm tra: {page.title}", kind=QuizKind.FINAL, course=page)
            if final
            else None
        )
        courses.append(Course(page.pk, page.title, iri(page.url), lessons, quiz.pk if quiz else None, weight))
    site = Site(courses, [Position.objects.get_or_create(name=name)[0].pk for name in COMMUNE_POSTS])
    units = AdministrativeUnit.objects.current()
    rules = []
    for province in units.filter(level=UnitLevel.PROVINCE):
        rules.append((courses[0].pk, province.pk, None, today - dt.timedelta(days=60)))
        rules.append((courses[2].pk, province.pk, site.positions[0], today + dt.timedelta(days=60)))
    for n, commune in enumerate(units.filter(level=UnitLevel.COMMUNE).order_by("code")):
        if n % 7 == 0:
            rules.append((courses[1].pk, commune.pk, None, today - dt.timedelta(days=20)))
    Requirement.objects.bulk_create(
        Requirement(course_id=c, unit_id=u, role=Role.OFFICIAL, position_id=p, due_on=d)
        for c, u, p, d in rules
    )
    # In force since the start of the history, so past months' figures count them too.
    Requirement.objects.update(created_at=start)
    for course_id, unit_id, position_id, _ in rules:
        site.rules[unit_id].append((course_id, position_id))
    return site


# --- People and what they did --------------------------------------------------------------------


def tables():
    """What the generator writes, parents first, with the fields each row gives in order."""
    from certificates.models import Certificate
    from learning.models import Enrolment, LessonProgress, Statement, User
    from quizzes.models import Attempt

    return SimpleNamespace(
        user=User,
        enrolment=Enrolment,
        progress=LessonProgress,
        statement=Statement,
        attempt=Attempt,
        certificate=Certificate,
        order=[
            (User, "id password is_superuser phone full_name email role unit position birth_year gender "
                   "phone_confirmed_at is_staff is_active date_joined".split()),
            (Enrolment, "id user course source enrolled_at last_lesson last_seen_at progress_percent "
                        "completed_at".split()),
            (LessonProgress, "id user lesson course opened_at reached_end_at practice_done practice_done_at "
                             "completed_at seconds_spent last_event_at".split()),
            (Statement, "id user verb lesson course timestamp stored body".split()),
            (Attempt, "id user quiz number started_at active_tab submitted_at submit_digest expired score "
                      "max_score percent passed".split()),
            (Certificate, "id user course code serial state holder_name course_title unit unit_name "
                          "province_name issuing_unit issuing_place signer_title signer_name completed_at "
                          "issued_on created_at status pdf rendered_at render_attempts last_error "
                          "revoked_at revoke_reason superseded_by".split()),
        ],
    )  # fmt: skip


class Generator:
    """People commune by commune, then what each of them learnt, as rows for the Writer."""

    def __init__(self, *, site: Site, writer: Writer, seed: int, now: float, start: float):
        from django.db.models import Max

        from certificates.services import CODE_ALPHABET, CODE_LENGTH, NO_PROVINCE
        from learning.xapi import VERBS, derived_id, iri

        self.site, self.w, self.rng, self.t = site, writer, random.Random(seed), tables()
        self.now, self.start, self.limit = now, start, now - 3 * HOUR  # nothing in the last hours
        self.ids = {
            model: (model.objects.aggregate(m=Max("pk"))["m"] or 0) + 1
            for model in (self.t.user, self.t.enrolment, self.t.progress, self.t.certificate)
        }
        self.verbs = {verb: VERBS[verb][0] for verb in ("opened", "progressed", "reached_end", "completed")}
        self.derived_id, self.home = derived_id, iri("/")
        self.code = (CODE_ALPHABET, CODE_LENGTH, NO_PROVINCE)
        self.serials: Counter = Counter()
        self.carry = 0  # statements a commune could not take, passed on to the next
        self.phone = self.t.user.objects.count()

    def next_id(self, model) -> int:
        pk = self.ids[model]
        self.ids[model] = pk + 1
        return pk

    def uuid(self) -> str:
        x = self.rng.getrandbits(128) & ~(0xF << 76) & ~(0x3 << 62) | (0x4 << 76) | (0x2 << 62)
        return f"{x:032x}"

    def commune(self, unit, province, *, officials: int, citizens: int, statements: int) -> None:
        rng, people = self.rng, []
        for n in range(officials):
            joined = self.start + rng.uniform(0, 20 * DAY) if rng.random() < 0.8 else self.joined(False)
            position = self.site.positions[n] if n < len(self.site.positions) else None
            if position is None and rng.random() < 0.9:
                position = rng.choice(self.site.positions[2:])
            people.append(self.person(unit, "official", joined, position))
        for _ in range(citizens):
            place = unit if rng.random() > 0.01 else None  # a few never said where they live
            people.append(self.person(place, "citizen", self.joined(True), None))
        plans = [plan for person in people for plan in self.plans(person, unit)]
        slots = [(plan, i) for plan in plans for i in range(plan.touched)]
        spare = statements + self.carry - sum(plan.touched + 2 * plan.done + plan.completed for plan in plans)
        self.carry = min(spare, 0) if slots else spare
        for _ in range(max(spare, 0) if slots else 0):  # heartbeats, spread over the lessons opened
            plan, i = slots[rng.randrange(len(slots))]
            plan.beats[i] += 1
        for plan in plans:
            self.learn(plan, province)

    def joined(self, growing: bool) -> float:
        u = self.rng.random()
        return self.start + (self.now - DAY - self.start) * (u**0.5 if growing else u)

    def person(self, unit, role: str, joined: float, position) -> SimpleNamespace:
        rng = self.rng
        pk = self.next_id(self.t.user)
        self.phone += 1
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        gender = rng.choices(("female", "male", ""), (45, 40, 15))[0]
        born = rng.randint(1962, 2001) if role == "official" else rng.randint(1940, 2011)
        born = None if role == "citizen" and rng.random() < 0.15 else born
        stamp = self.w.stamp(joined)
        self.w.rows[self.t.user].append(
            (pk, "!", False, f"+843{self.phone:08d}", name, "", role, unit and unit.pk, position, born,
             gender, stamp, False, True, stamp)
        )  # fmt: skip
        return SimpleNamespace(pk=pk, unit=unit, role=role, joined=joined, position=position, name=name)

    def plans(self, person, commune) -> list:
        """The courses a person enrols in: officials those required of them (and a quarter one more),
        citizens none, one or two. Whether each is finished, and how many lessons were opened."""
        rng, courses = self.rng, self.site.courses
        chosen: dict[int, str] = {}
        if person.role == "official":
            for rule_unit in (commune.pk, commune.parent_id):
                for course_id, position in self.site.rules.get(rule_unit, ()):
                    if position is None or position == person.position:
                        chosen[course_id] = "required"
            if rng.random() < 0.25:
                chosen.setdefault(rng.choice(courses).pk, "self")
        else:
            for _ in range(rng.choices((0, 1, 2), (25, 60, 15))[0]):
                chosen.setdefault(rng.choices(courses, [c.weight for c in courses])[0].pk, "self")
        by_pk = {c.pk: c for c in courses}
        out = []
        for course_id, source in chosen.items():
            chance = 0.45 if person.role == "citizen" else 0.7 if source == "required" else 0.5
            completed = rng.random() < chance
            touched = LESSONS if completed else rng.randint(1, LESSONS)
            done = touched if completed else touched - 1
            plan = {"course": by_pk[course_id], "source": source, "completed": int(completed), "done": done}
            out.append(SimpleNamespace(person=person, touched=touched, beats=[0] * touched, **plan))
        return out

    def learn(self, plan, province) -> None:
        """The lessons in order, each opened, read (one heartbeat every 30 s) and, if finished,
        read to the end; then the final test and the certificate."""
        rng, w, stamp, person, course = self.rng, self.w, self.w.stamp, plan.person, plan.course
        enrolled = min(person.joined + rng.uniform(0, 14 * DAY), self.now - DAY)
        span = rng.uniform(0.5 * HOUR, 45 * DAY) if plan.completed else rng.uniform(0, 30 * DAY)
        durations = [BEAT * (beats + 1) for beats in plan.beats]
        gaps = [rng.random() for _ in plan.beats]
        scale = min(span, max(self.limit - enrolled - sum(durations), 0)) / (sum(gaps) or 1)
        moment = enrolled
        for i, (lesson, activity) in enumerate(course.lessons[: plan.touched]):
            opened = moment = moment + gaps[i] * scale
            self.statement(person, "opened", course, lesson, activity, opened)
            for k in range(1, plan.beats[i] + 1):
                self.statement(person, "progressed", course, lesson, activity, opened + k * BEAT)
            finished = i < plan.done
            if finished:
                moment = opened + durations[i]
                self.statement(person, "reached_end", course, lesson, activity, moment)
                self.statement(person, "completed", course, lesson, activity, moment)
            else:
                moment = opened + BEAT * plan.beats[i]
            w.rows[self.t.progress].append(
                (self.next_id(self.t.progress), person.pk, lesson, course.pk, stamp(opened),
                 finished and stamp(moment) or None, "{}", None, finished and stamp(moment) or None,
                 BEAT * plan.beats[i], stamp(moment))
            )  # fmt: skip
        completed = moment if plan.completed else None
        if completed:
            self.statement(person, "completed", course, None, course.iri, completed)
        w.rows[self.t.enrolment].append(
            (self.next_id(self.t.enrolment), person.pk, course.pk, plan.source, stamp(enrolled),
             course.lessons[plan.touched - 1][0], stamp(moment), round(100 * plan.done / LESSONS),
             completed and stamp(completed))
        )  # fmt: skip
        passed = self.final_test(plan, moment)
        if completed:
            self.certificate(person, course, province, completed, max(passed or 0, completed) + 60)

    def statement(self, person, verb: str, course: Course, lesson, activity: str, at: float) -> None:
        if verb == "completed":  # derived by the server, with the id it would compute
            pk = self.derived_id(
                SimpleNamespace(pk=person.pk), verb, SimpleNamespace(pk=lesson or course.pk)
            ).hex
        else:
            pk = self.uuid()
        dashed = f"{pk[:8]}-{pk[8:12]}-{pk[12:16]}-{pk[16:20]}-{pk[20:]}"
        when = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(at))
        body = STATEMENT_BODY % (
            dashed,
            self.home,
            person.pk,
            self.verbs[verb],
            activity,
            when,
            RESULTS.get(verb, ""),
        )
        self.w.rows[self.t.statement].append(
            (pk, person.pk, self.verbs[verb], lesson, course.pk, self.w.stamp(at), self.w.stamp(at + 1), body)
        )

    def final_test(self, plan, last: float) -> float | None:
        """After the last lesson: three in ten fail the first time and pass an hour later; a fifth of
        those who stopped half-way tried once and failed. Returns when the test was passed."""
        rng, quiz = self.rng, plan.course.quiz
        if quiz is None or not (plan.completed or (plan.touched > 1 and rng.random() < 0.2)):
            return None
        marks = [rng.randint(4000, 7999) / 100] if (not plan.completed or rng.random() < 0.3) else []
        if plan.completed:
            marks.append(rng.randint(8000, 10000) / 100)
        submitted = last
        for number, mark in enumerate(marks, start=1):
            submitted = last + (600 if number == 1 else HOUR)
            self.w.rows[self.t.attempt].append(
                (self.uuid(), plan.person.pk, quiz, number, self.w.stamp(submitted - 300), self.uuid(),
                 self.w.stamp(submitted), "", False, f"{mark / 10:.2f}", "10.00", f"{mark:.2f}", mark >= 80)
            )  # fmt: skip
        return submitted

    def certificate(self, person, course: Course, province, completed: float, issued: float) -> None:
        """One valid certificate per completion; one in 200 revoked later, and one in 330 re-issued
        with a corrected name (the replacement is written first: the original points to it)."""
        rng = self.rng
        roll = rng.random()
        revoked = min(issued + rng.uniform(DAY, 20 * DAY), self.now - HOUR) if roll < 0.005 else None
        replacement = None
        if 0.005 <= roll < 0.008:
            replacement = self.next_id(self.t.certificate)
            again = min(issued + rng.uniform(HOUR, 10 * DAY), self.now - HOUR)
            self._certificate(replacement, person, course, province, completed, again)
        state = "revoked" if revoked else "superseded" if replacement else "valid"
        pk = self.next_id(self.t.certificate)
        self._certificate(pk, person, course, province, completed, issued, state, revoked, replacement)

    def _certificate(self, pk, person, course, province, completed, issued, state="valid", revoked=None,
                     replacement=None) -> None:  # fmt: skip
        alphabet, length, nowhere = self.code
        unit, stamp, local = person.unit, self.w.stamp, time.gmtime(issued + LOCAL)
        prefix = province.code if unit else nowhere
        self.serials[(prefix, local.tm_year)] += 1
        code = "".join(self.rng.choices(alphabet, k=length))
        serial = f"{prefix}-{local.tm_year}-{self.serials[(prefix, local.tm_year)]:06d}"
        place = (unit.name_with_type, province.name_with_type) if unit else ("", "")
        self.w.rows[self.t.certificate].append(
            (pk, person.pk, course.pk, code, serial, state, person.name, course.title, unit and unit.pk,
             *place, "Tổ công nghệ số cộng đồng", "", "TỔ TRƯỞNG", "", stamp(completed),
             time.strftime("%Y-%m-%d", local), stamp(issued), "ready", f"chung-nhan/{code}.pdf",
             stamp(issued + 5), 1, "", revoked and stamp(revoked), "Cấp nhầm người" if revoked else "",
             replacement)
        )  # fmt: skip


def _local_offset() -> None:
    from zoneinfo import ZoneInfo

    from django.conf import settings

    zone = ZoneInfo(settings.TIME_ZONE)
    offsets = {zone.utcoffset(dt.datetime(2026, month, 1)) for month in (1, 7)}
    if offsets != {dt.timedelta(seconds=LOCAL)}:
        raise SystemExit(f"the bench assumes UTC+7 all year, not {settings.TIME_ZONE}")


def generate(*, officials: int, citizens: int, statements: int, seed: int = 6, bulk: bool = False) -> Counter:
    """Courses, rules, people and their learning in every current commune; returns rows written."""
    from django.core.management.color import no_style
    from django.db import connection
    from django.utils import timezone

    from certificates.models import SerialCounter
    from learning.models import AdministrativeUnit, UnitLevel
    from metrics.selectors import months_back

    _local_offset()
    today, now = timezone.localdate(), time.time()
    first = timezone.make_aware(dt.datetime.combine(months_back(today, 12)[0], dt.time.min))
    site = site_build(today=today, start=first)
    writer, t = Writer(bulk=bulk), tables()
    communes = list(
        AdministrativeUnit.objects.current()
        .filter(level=UnitLevel.COMMUNE)
        .select_related("parent")
        .order_by("code")
    )
    rng = random.Random(seed)
    staff = shares(officials, [rng.uniform(0.8, 1.2) for _ in communes])
    people = shares(citizens, [rng.uniform(0.5, 1.5) for _ in communes])
    quotas = shares(statements, [a + b for a, b in zip(staff, people, strict=True)])
    generator = Generator(site=site, writer=writer, seed=seed, now=now, start=first.timestamp())
    started, step = time.monotonic(), max(len(communes) // 10, 1)
    with writer.loading([t.user, t.enrolment, t.progress, t.statement, t.attempt, t.certificate]):
        for n, commune in enumerate(communes):
            generator.commune(
                commune, commune.province(), officials=staff[n], citizens=people[n], statements=quotas[n]
            )
            if len(writer.rows[t.statement]) >= FLUSH_ROWS:
                writer.flush(t.order)
            if bulk and (n + 1) % step == 0:
                done = writer.counts[t.statement._meta.label]
                print(
                    f"  {n + 1:,} communes, {done:,} statements, {time.monotonic() - started:.0f} s",
                    flush=True,
                )
        writer.flush(t.order)
        print(f"  rows written in {time.monotonic() - started:.0f} s; building indexes …", flush=True)
    SerialCounter.objects.bulk_create(
        SerialCounter(prefix=prefix, year=year, last=last)
        for (prefix, year), last in generator.serials.items()
    )
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(
            no_style(), [t.user, t.enrolment, t.progress, t.certificate]
        ):
            cursor.execute(sql)
    return writer.counts


# --- Facts in bulk -------------------------------------------------------------------------------


class Dialect:
    """The few SQL expressions that differ between PostgreSQL and SQLite."""

    def __init__(self, connection):
        from django.conf import settings

        self.pg = connection.vendor == "postgresql"
        self.qn = connection.ops.quote_name
        self.zone = settings.TIME_ZONE

    def month(self, column: str) -> str:
        """The first day of the month a timestamp falls in, in Vietnam's time."""
        if self.pg:
            return f"CAST(date_trunc('month', {column} AT TIME ZONE '{self.zone}') AS date)"
        return f"date({column}, '+{LOCAL // 60} minutes', 'start of month')"

    def month_of_date(self, column: str) -> str:
        return (
            f"CAST(date_trunc('month', {column}) AS date)" if self.pg else f"date({column}, 'start of month')"
        )

    def year(self, month: str) -> str:
        return (
            f"CAST(EXTRACT(YEAR FROM {month}) AS integer)"
            if self.pg
            else f"CAST(strftime('%Y', {month}) AS integer)"
        )

    def year_month(self, month: str) -> str:
        return f"to_char({month}, 'YYYY-MM')" if self.pg else f"strftime('%Y-%m', {month})"

    def uuid_hex(self, column: str) -> str:
        """A UUID as 32 hex digits, as SQLite stores it and as tallies refer to one."""
        return f"replace(CAST({column} AS text), '-', '')" if self.pg else f"CAST({column} AS text)"

    def table(self, model) -> str:
        return self.qn(model._meta.db_table)


def _age_band(birth: str, year: str) -> str:
    from metrics.measures import AGE_BANDS, ELDERLY

    age = f"({year} - {birth})"
    bands = " ".join(f"WHEN {age} BETWEEN {low} AND {high} THEN '{band}'" for low, high, band in AGE_BANDS)
    return f"CASE WHEN COALESCE({birth}, 0) = 0 THEN '' {bands} WHEN {age} >= 60 THEN '{ELDERLY}' ELSE '' END"


def _audience(role: str) -> str:
    return f"CASE {role} WHEN 'official' THEN 'official' WHEN 'citizen' THEN 'citizen' ELSE 'other' END"


def tallies_build(d: Dialect, counted_at: str) -> dict[str, int]:
    """The Tally rows metrics.recount would write for every raw record, in one statement per kind:
    the same refs, months (in Vietnam's time), communes and breakdowns as metrics.tallies."""
    from django.db import connection

    from certificates.models import Certificate
    from learning.models import Enrolment, Statement, User
    from metrics.models import Tally
    from quizzes.models import Attempt, Quiz, QuizKind

    user, tally, certificate = d.table(User), d.table(Tally), d.table(Certificate)
    columns = (
        "kind ref unit_id month user_id audience course_id age_band gender score passed first counted_at"
    )
    insert = f"INSERT INTO {tally} ({', '.join(d.qn(c) for c in columns.split())}) "
    # The person's commune, audience, age in that month's year and gender, as they are now.
    personal = (
        f"SELECT s.kind, s.ref, u.unit_id, s.m, u.id, {_audience('u.role')}, s.course_id, "
        f"{_age_band('u.birth_year', d.year('s.m'))}, u.gender, s.score, s.passed, s.is_first, "
        f"'{counted_at}' FROM ({{source}}) s JOIN {user} u ON u.id = s.uid"
    )
    # Typed, so PostgreSQL knows what the subquery's empty columns are.
    course, score, passed = (f"CAST(NULL AS {kind})" for kind in ("bigint", "integer", "boolean"))
    plain = f"{course} AS course_id, {score} AS score, {passed} AS passed, FALSE AS is_first"
    sources = {
        "registration": f"SELECT 'registration' AS kind, CAST(id AS text) AS ref, id AS uid, "
        f"{d.month('date_joined')} AS m, {plain} FROM {user}",
        "active": f"SELECT 'active' AS kind, CAST(x.user_id AS text) || ':' || {d.year_month('x.m')} "
        f"AS ref, x.user_id AS uid, x.m AS m, {plain} FROM (SELECT DISTINCT user_id, "
        f"{d.month('stored')} AS m FROM {d.table(Statement)}) x",
        "completion": f"SELECT 'completion' AS kind, CAST(id AS text) AS ref, user_id AS uid, "
        f"{d.month('completed_at')} AS m, course_id, {score} AS score, {passed} AS passed, "
        f"FALSE AS is_first FROM {d.table(Enrolment)} WHERE completed_at IS NOT NULL",
        "final_attempt": f"SELECT 'final_attempt' AS kind, {d.uuid_hex('a.id')} AS ref, a.user_id AS uid, "
        f"{d.month('a.submitted_at')} AS m, q.course_id, CAST(ROUND(a.percent * 100) AS integer) AS score, "
        f"COALESCE(a.passed, FALSE) AS passed, a.number = 1 AS is_first FROM {d.table(Attempt)} a "
        f"JOIN {d.table(Quiz)} q ON q.id = a.quiz_id WHERE a.submitted_at IS NOT NULL "
        f"AND q.kind = '{QuizKind.FINAL}' AND a.percent IS NOT NULL",
    }
    statements = {kind: insert + personal.format(source=source) for kind, source in sources.items()}
    # A re-issue replaces a certificate already counted; the commune is the one on the certificate.
    statements["certificate"] = (
        f"{insert} SELECT 'certificate', CAST(c.id AS text), c.unit_id, {d.month_of_date('c.issued_on')}, "
        f"c.user_id, {_audience('u.role')}, c.course_id, '', '', NULL, NULL, FALSE, '{counted_at}' "
        f"FROM {certificate} c JOIN {user} u ON u.id = c.user_id "
        f"WHERE NOT EXISTS (SELECT 1 FROM {certificate} r WHERE r.superseded_by_id = c.id)"
    )
    counted_in = (
        f"SELECT t.unit_id FROM {tally} t WHERE t.kind = 'certificate' AND t.ref = CAST(c.id AS text)"
    )
    statements["revocation"] = (
        f"{insert} SELECT 'revocation', CAST(c.id AS text), COALESCE(c.unit_id, ({counted_in})), "
        f"{d.month('c.revoked_at')}, c.user_id, '', c.course_id, '', '', NULL, NULL, FALSE, '{counted_at}' "
        f"FROM {certificate} c WHERE c.state = 'revoked' AND c.revoked_at IS NOT NULL"
    )
    counts = {}
    with connection.cursor() as cursor:
        for kind, sql in statements.items():
            cursor.execute(sql)
            counts[kind] = cursor.rowcount
    return counts


def flows_build(d: Dialect, writer: Writer) -> int:
    """Month figures: tallies grouped in the database, each group mapped by metrics.tallies.figures
    (the function the incremental path uses), counts multiplied and scores summed."""
    from django.db import connection

    from metrics.measures import FINAL_SCORE
    from metrics.models import Fact, Tally
    from metrics.tallies import figures

    by = "unit_id, month, kind, audience, course_id, age_band, gender, passed, " + d.qn("first")
    sql = f"SELECT {by}, COUNT(*), SUM(score) FROM {d.table(Tally)} WHERE unit_id IS NOT NULL GROUP BY {by}"
    out: Counter = Counter()
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql)
        while rows := cursor.fetchmany(20_000):
            for unit, month, kind, audience, course, age, gender, passed, first, n, score in rows:
                group = SimpleNamespace(
                    kind=kind, audience=audience, course_id=course, age_band=age, gender=gender,
                    score=score, passed=passed, first=first,
                )  # fmt: skip
                for (measure, breakdown), amount in figures(group).items():
                    out[(unit, str(month), measure, breakdown)] += (
                        amount if measure == FINAL_SCORE else amount * n
                    )
    writer.write(Fact, ("unit", "month", "measure", "dim", "value"), [(*k, v) for k, v in out.items() if v])
    return len(out)


def contributions_build(writer: Writer, today: dt.date) -> Counter:
    """Each person's share of their commune's state figures, as metrics.contributions computes it,
    written in bulk; returns the figures summed per commune."""
    from django.db.models import Q

    from learning.models import AdministrativeUnit, Enrolment, Requirement, Role, User
    from metrics import measures as m
    from metrics.models import Contribution

    parent = dict(AdministrativeUnit.objects.values_list("pk", "parent_id"))
    rules: dict = defaultdict(list)
    for row in Requirement.objects.filter(role=Role.OFFICIAL, course__live=True).values_list(
        "unit_id", "course_id", "position_id", "due_on"
    ):
        rules[row[0]].append(row[1:])
    completions = Enrolment.objects.filter(completed_at__isnull=False)
    completed_any = set(completions.values_list("user_id", flat=True).distinct().iterator())
    done: dict = defaultdict(set)
    for user_id, course_id in completions.filter(user__role=Role.OFFICIAL).values_list(
        "user_id", "course_id"
    ):
        done[user_id].add(course_id)

    def official(pk: int, unit_id: int, position_id) -> dict:
        figures: Counter = Counter()
        position = m.dim("position", position_id) if position_id else None

        def count(measure: str) -> None:
            figures[m.key(measure)] += 1
            if position:
                figures[m.key(measure, position)] += 1

        count(m.ROSTER)
        finished = done.get(pk, set())
        if finished:
            count(m.TRAINED)
        due: dict = {}
        for rule_unit in (unit_id, parent.get(unit_id)):
            for course_id, rule_position, due_on in rules.get(rule_unit, ()):
                if rule_position is None or rule_position == position_id:
                    due[course_id] = min(due_on, due.get(course_id, due_on))
        if due:
            count(m.ASSIGNED)
            if finished.issuperset(due):
                count(m.DONE)
            if any(c not in finished and d < today for c, d in due.items()):
                count(m.OVERDUE)
        for course_id, due_on in due.items():
            course = m.dim("course", course_id)
            figures[m.key(m.COURSE_ASSIGNED, course)] += 1
            if course_id in finished:
                figures[m.key(m.COURSE_DONE, course)] += 1
            elif due_on < today:
                figures[m.key(m.COURSE_OVERDUE, course)] += 1
        return dict(figures)

    def citizen(gender: str, any_done: bool) -> dict:
        measures = [m.REGISTERED] + ([m.COMPLETED_ANY] if any_done else [])
        genders = [m.TOTAL] + ([m.dim("gender", gender)] if gender else [])
        return {m.key(measure, g): 1 for measure in measures for g in genders}

    stock: Counter = Counter()
    rows, stamp = [], writer.stamp(time.time())
    fields = ("user", "unit", "figures", "updated_at")
    people = User.objects.values_list("pk", "unit_id", "role", "position_id", "gender").order_by()
    counting = Q(erased_at__isnull=True, unit__isnull=False)
    for pk, unit_id, role, position_id, gender in people.filter(counting).iterator(chunk_size=20_000):
        if role == Role.OFFICIAL:
            figures = official(pk, unit_id, position_id)
        elif role == Role.CITIZEN:
            figures = citizen(gender, pk in completed_any)
        else:
            figures = {}
        for figure, value in figures.items():
            stock[(unit_id, figure)] += value
        rows.append((pk, unit_id, json.dumps(figures), stamp))
        if len(rows) >= 100_000:
            writer.write(Contribution, fields, rows)
            rows = []
    rows += [(pk, None, "{}", stamp) for pk in people.exclude(counting).values_list("pk", flat=True)]
    writer.write(Contribution, fields, rows)
    return stock


def metrics_build(*, bulk: bool = False) -> dict:
    """Every fact from scratch: the roll-up map, tallies, month figures, contributions, this month's
    state figures (their sum) and the state figures of the eleven months before (backfill)."""
    from django.db import connection
    from django.utils import timezone

    from metrics.facts import current_month
    from metrics.measures import split
    from metrics.models import Contribution, Fact, OpenMonth, Tally
    from metrics.recount import backfill
    from metrics.rollup import rollup_rebuild
    from metrics.selectors import months_back

    d, writer, today, timings = Dialect(connection), Writer(bulk=bulk), timezone.localdate(), {}
    for model in (Fact, Tally, Contribution, OpenMonth):
        model.objects.all().delete()
    rollup_rebuild()
    started = time.monotonic()
    with writer.loading([Tally]):
        counts = tallies_build(d, writer.stamp(time.time()))
    timings["tallies"] = time.monotonic() - started
    with writer.loading([Fact, Contribution]):
        started = time.monotonic()
        counts["month facts"] = flows_build(d, writer)
        timings["month figures"] = time.monotonic() - started
        started = time.monotonic()
        stock = contributions_build(writer, today)
        month = str(current_month())
        rows = [(unit, month, *split(figure), value) for (unit, figure), value in stock.items() if value]
        writer.write(Fact, ("unit", "month", "measure", "dim", "value"), rows)
        OpenMonth.objects.create(month=current_month())
        timings["contributions and this month's state"] = time.monotonic() - started
    started = time.monotonic()
    counts["months backfilled"] = backfill(months_back(today, 12)[:-1])
    timings["state of earlier months (backfill)"] = time.monotonic() - started
    return {"counts": counts, "timings": timings}


def analyze() -> None:
    """Fresh statistics for the query planner, as a database that has been in use would have."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


# --- Checking the build against the platform's own code ------------------------------------------


FIELDS = (
    "unit_id",
    "month",
    "user_id",
    "audience",
    "course_id",
    "age_band",
    "gender",
    "score",
    "passed",
    "first",
)


def _expected(kind: str, refs: list[str], months: dict) -> dict:
    """ref -> the Tally metrics.tallies builds for each of these raw records (none when one counts
    nothing, as a re-issued certificate)."""
    from certificates.models import Certificate
    from learning.models import Enrolment, User
    from metrics import tallies
    from quizzes.models import Attempt

    if kind == "active":
        users = User.objects.in_bulk([int(ref.split(":")[0]) for ref in refs])
        built = [tallies.activity(users[int(ref.split(":")[0])], months[ref]) for ref in refs]
    elif kind == "final_attempt":
        found = Attempt.objects.select_related("user", "quiz").in_bulk(refs)
        built = [tallies.final_attempt(attempt) for attempt in found.values()]
    else:
        model, build = {
            "registration": (User.objects.all(), tallies.registration),
            "completion": (Enrolment.objects.select_related("user"), tallies.completion),
            "certificate": (Certificate.objects.select_related("user"), tallies.certificate_issue),
            "revocation": (Certificate.objects.select_related("user"), tallies.certificate_revocation),
        }[kind]
        built = [build(record) for record in model.in_bulk([int(ref) for ref in refs]).values()]
    return {tally.ref: tally for tally in built if tally is not None}


def tallies_check(sample: int | None, seed: int = 7) -> list[str]:
    """Stored tallies (all, or `sample` of them) against metrics.tallies, and how many of each kind
    against how many raw records count; returns the differences found."""
    from django.db.models import Count, Max, Min
    from django.db.models.functions import TruncMonth
    from django.utils import timezone

    from certificates.models import Certificate
    from learning.models import Enrolment, Statement, User
    from metrics.models import Tally, TallyKind
    from quizzes.models import Attempt, QuizKind

    problems = []
    bounds = Tally.objects.aggregate(low=Min("pk"), high=Max("pk"))
    ids = range(bounds["low"] or 0, (bounds["high"] or -1) + 1)
    if sample is not None and sample < len(ids):
        ids = sorted(random.Random(seed).sample(ids, sample))
    for start in range(0, len(ids), 2000):
        stored = list(Tally.objects.filter(pk__in=list(ids[start : start + 2000])))
        by_kind = defaultdict(list)
        for tally in stored:
            by_kind[tally.kind].append(tally)
        for kind, group in by_kind.items():
            expected = _expected(kind, [t.ref for t in group], {t.ref: t.month for t in group})
            for tally in group:
                want = expected.get(tally.ref)
                got = [getattr(tally, f) for f in FIELDS]
                if want is None or [getattr(want, f) for f in FIELDS] != got:
                    problems.append(f"{kind} {tally.ref}: stored {got}, expected {want and want.__dict__}")
    counted = Counter(dict(Tally.objects.values_list("kind").annotate(n=Count("pk")).order_by()))
    reissued = Certificate.objects.filter(superseded_by__isnull=False)
    months = TruncMonth("stored", tzinfo=timezone.get_current_timezone())
    records = {
        TallyKind.REGISTRATION: User.objects.count(),
        # Read through like the recount reads it: PostgreSQL 15 plans COUNT(DISTINCT …) over 20 M
        # statements in parallel, and that plan did not finish in 14 minutes where this takes 30 s.
        TallyKind.ACTIVE: sum(
            1 for _ in Statement.objects.annotate(m=months).values_list("user_id", "m").distinct().iterator()
        ),
        TallyKind.COMPLETION: Enrolment.objects.filter(completed_at__isnull=False).count(),
        # A re-issue is what some certificate is superseded by (one each), and is not counted.
        TallyKind.CERTIFICATE: Certificate.objects.count() - reissued.count(),
        TallyKind.REVOCATION: Certificate.objects.filter(state="revoked", revoked_at__isnull=False).count(),
        TallyKind.FINAL_ATTEMPT: Attempt.objects.filter(
            submitted_at__isnull=False, quiz__kind=QuizKind.FINAL, percent__isnull=False
        ).count(),
    }
    problems += [f"{k}: {counted[k]} tallies for {n} records" for k, n in records.items() if counted[k] != n]
    return problems


def contributions_check(sample: int | None, seed: int = 8) -> list[str]:
    """Stored contributions (all people, or `sample` of them) against metrics.contributions."""
    from learning.models import User
    from metrics.contributions import contribution
    from metrics.models import Contribution

    pks = list(User.objects.values_list("pk", flat=True).order_by("pk"))
    if sample is not None and sample < len(pks):
        pks = sorted(random.Random(seed).sample(pks, sample))
    problems = []
    for start in range(0, len(pks), 2000):
        chunk = pks[start : start + 2000]
        stored = Contribution.objects.in_bulk(chunk)
        for user in User.objects.filter(pk__in=chunk).select_related("unit"):
            want = contribution(user)
            have = stored.get(user.pk)
            if have is None or (have.unit_id, have.figures) != want:
                problems.append(
                    f"person {user.pk}: stored {have and (have.unit_id, have.figures)}, expected {want}"
                )
    return problems


def verify(*, sample: int | None, full_recount: bool = True) -> bool:
    from metrics.recount import recount

    ok = True
    for name, check in (("tallies", tallies_check), ("contributions", contributions_check)):
        started = time.monotonic()
        problems = check(sample)
        scope = "all" if sample is None else f"a sample of {sample:,}"
        verdict = "agree" if not problems else f"{len(problems)} DIFFER, e.g. {problems[:3]}"
        seconds = time.monotonic() - started
        print(f"  {name} ({scope}) against the platform's builders: {verdict} ({seconds:.0f} s)")
        ok = ok and not problems
    if full_recount:
        started = time.monotonic()
        report = recount(repair=False)
        print(
            f"  full recount (repair=False): {time.monotonic() - started:.0f} s — records without a tally "
            f"{report.missing_tallies}, state figures differing {len(report.stock_differences)}, month "
            f"figures differing {len(report.flow_differences)}: {'agrees' if report.agrees else 'DIFFERS'}"
        )
        ok = ok and report.agrees
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, help="1 = 100,000 officials, 2 M citizens, 20 M statements")
    parser.add_argument(
        "--sample", type=int, help="check this many tallies and people (default: all on SQLite)"
    )
    parser.add_argument("--no-recount", action="store_true", help="skip the full recount at the end")
    parser.add_argument("--check-only", action="store_true", help="only check the dataset already built")
    args = parser.parse_args()
    store = configure()
    pg = bool(os.environ.get("BENCH_DATABASE_URL"))
    scale = args.scale or (1.0 if pg else 0.1)
    sample = args.sample if args.sample is not None else (20_000 if pg else None)
    if args.check_only:
        print(f"{store}: checks:")
        return 0 if verify(sample=sample, full_recount=not args.no_recount) else 1
    from django.core.management import call_command

    from learning.units import load_units

    fresh_database()
    started = time.monotonic()
    call_command("migrate", "--no-input", verbosity=0)
    load_units()
    print(f"{store}: migrated, units loaded in {time.monotonic() - started:.0f} s; scale {scale:g}")
    started = time.monotonic()
    counts = generate(
        officials=round(OFFICIALS * scale),
        citizens=round(CITIZENS * scale),
        statements=round(STATEMENTS * scale),
        bulk=scale >= 0.05,
    )
    elapsed = time.monotonic() - started
    statements = counts["learning.Statement"]
    print(f"generated in {elapsed:.0f} s ({statements / elapsed:,.0f} statements/s, all tables included):")
    for label, n in counts.items():
        print(f"  {label:<28} {n:>12,}")
    started = time.monotonic()
    built = metrics_build(bulk=scale >= 0.05)
    print(f"facts built in {time.monotonic() - started:.0f} s:")
    for name, seconds in built["timings"].items():
        print(f"  {name:<40} {seconds:>6.0f} s")
    for name, n in built["counts"].items():
        print(f"  {name:<28} {n:>12,}")
    started = time.monotonic()
    analyze()
    print(f"statistics gathered in {time.monotonic() - started:.0f} s")
    print("checks:")
    return 0 if verify(sample=sample, full_recount=not args.no_recount) else 1


if __name__ == "__main__":
    sys.exit(main())
