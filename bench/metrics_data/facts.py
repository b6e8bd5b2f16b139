"""Tallies, month figures and contributions for the bench dataset, written in bulk with SQL."""

import datetime as dt
import json
import time
from collections import Counter, defaultdict
from types import SimpleNamespace

from bench.metrics_data.base import LOCAL, Writer

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
