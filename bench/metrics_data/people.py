"""The courses, rules and people of the bench dataset, and what they did over twelve months."""

import datetime as dt
import random
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from types import SimpleNamespace

from bench.metrics_data.base import (
    BEAT,
    COURSES,
    DAY,
    FAMILY,
    FLUSH_ROWS,
    GIVEN,
    HOUR,
    LESSONS,
    LOCAL,
    MIDDLE,
    RESULTS,
    STATEMENT_BODY,
    Writer,
    shares,
)
from learning.positions import COMMUNE_POSTS

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
