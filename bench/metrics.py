"""The metrics at national scale: dashboards, a commune's XLSX export, and the cost of one event.

Targets (issue 6), on the dataset bench/metrics_dataset.py builds (3,321 communes; 100,000
officials, 2,000,000 citizens and 20,000,000 progress records on PostgreSQL, 1/10 of those on SQLite):
  province dashboard ≤ 300 ms, national view ≤ 1 s, commune XLSX export ≤ 2 s,
  incremental update per event ≤ 5 ms.
Pages and downloads are real GETs through django.test.Client (the whole Django stack, without a
network or a server process) by a signed-in province manager or national administrator; median
and p95 of warm runs. Events are the receivers and services the site runs, on the same database:
a course completed (its tally, then the official's share of the state figures) and a first
progress event of the month. Events change the dataset as real ones would.
Run: .venv/bin/python bench/metrics_dataset.py, then .venv/bin/python bench/metrics.py [--runs N]
[--events N] [--recount]; BENCH_DATABASE_URL as for the generator.
"""

import argparse
import math
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.metrics_dataset import configure  # noqa: E402

TARGETS_MS = {"province": 300, "national": 1000, "export": 2000, "event": 5}


def summary(times_ms: list[float]) -> tuple[float, float]:
    ordered = sorted(times_ms)
    return statistics.median(ordered), ordered[max(math.ceil(0.95 * len(ordered)) - 1, 0)]


def line(name: str, times_ms: list[float], target_ms: float | None) -> bool:
    median, p95 = summary(times_ms)
    verdict = ""
    if target_ms is not None:
        verdict = f"  (target ≤ {target_ms:,.0f} ms) " + ("ok" if p95 <= target_ms else "OVER")
    print(f"  {name:<58} median {median:8.1f} ms  p95 {p95:8.1f} ms{verdict}")
    return target_ms is None or p95 <= target_ms


def manager(phone: str, role: str, unit):
    from django.utils import timezone

    from learning.models import User

    # Only a confirmed number may sign in.
    user, _ = User.objects.get_or_create(
        phone=phone,
        defaults={"full_name": f"Quản lý đo hiệu năng {phone[-1]}", "role": role, "unit": unit},
    )
    if user.phone_confirmed_at is None:
        user.phone_confirmed_at = timezone.now()
        user.save(update_fields=["phone_confirmed_at"])
    return user


def pages(runs: int) -> bool:
    from django.db.models import Count, Q
    from django.test import Client
    from django.urls import NoReverseMatch, reverse
    from django.utils import timezone

    from learning.models import AdministrativeUnit, Role, UnitLevel
    from tests.factories import login_verified

    communes = Count("children", filter=Q(children__level=UnitLevel.COMMUNE))
    province = (
        AdministrativeUnit.objects.current()
        .filter(level=UnitLevel.PROVINCE)
        .annotate(n=communes)
        .order_by("-n", "code")
        .first()
    )
    commune = (
        AdministrativeUnit.objects.current()
        .filter(parent=province, level=UnitLevel.COMMUNE)
        .annotate(n=Count("people"))
        .order_by("-n", "code")
        .first()
    )
    year = f"{timezone.localdate():%Y}"
    national, provincial = Client(), Client()
    login_verified(national, manager("+84770000001", Role.NATIONAL_ADMIN, None))
    login_verified(provincial, manager("+84770000002", Role.PROVINCE_MANAGER, province))
    ok = True
    checks = []
    try:
        nation_url, province_url = reverse("metrics:national"), reverse("metrics:unit", args=[province.code])
        commune_url = reverse("metrics:unit", args=[commune.code])
        checks += [
            ("national view, this month", national, nation_url, "national"),
            (f"national view, year {year} to date", national, f"{nation_url}?ky={year}", "national"),
            (
                f"province dashboard ({province.n:,} communes), this month",
                provincial,
                province_url,
                "province",
            ),
            (f"province dashboard, year {year} to date", provincial, f"{province_url}?ky={year}", "province"),
            (f"commune dashboard ({commune.n:,} people), this month", provincial, commune_url, None),
        ]
    except NoReverseMatch:
        print("  dashboards: skipped, the views metrics:national and metrics:unit are not there yet")
    try:
        export = reverse("metrics:metrics_export_xlsx", args=[commune.code])
        checks += [
            ("commune XLSX export, indicators, this month", provincial, export, "export"),
            ("commune XLSX export, officials table", provincial, f"{export}?bang=can-bo", "export"),
            (f"province XLSX export, communes table, year {year}", provincial,
             f"{reverse('metrics:metrics_export_xlsx', args=[province.code])}?bang=xa&ky={year}", None),
        ]  # fmt: skip
    except NoReverseMatch:
        print("  commune XLSX export: skipped, metrics:metrics_export_xlsx is not there yet")
    print(f"{province} and {commune}, {runs} warm runs each:")
    for name, client, url, target in checks:
        for _ in range(2):
            response = client.get(url)
        if response.status_code != 200:
            print(f"  {name:<58} answered {response.status_code} at {url}: NOT timed")
            ok = False
            continue
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            client.get(url).content  # noqa: B018 - the body is part of the cost
            times.append((time.perf_counter() - started) * 1000)
        ok = line(name, times, target and TARGETS_MS[target]) and ok
    return ok


def events(count: int) -> bool:
    """Completions by officials of courses they had started, each timed in its two steps; then first
    progress events of the month by people not active yet this month, and repeats of them."""
    from django.utils import timezone

    from learning.models import Enrolment, EnrolmentSource, Role, User
    from metrics import tallies
    from metrics.facts import current_month
    from metrics.handlers import on_progress
    from metrics.models import Tally, TallyKind
    from metrics.services import learners_refresh, tally_record

    nudging = _NudgeClock()
    # Required courses: finishing one always changes the official's share of the state figures.
    started = Enrolment.objects.filter(
        completed_at__isnull=True,
        source=EnrolmentSource.REQUIRED,
        user__role=Role.OFFICIAL,
        user__unit__isnull=False,
    ).order_by("?")[:count]
    recorded, refreshed, nudges = [], [], []
    for pk in list(started.values_list("pk", flat=True)):
        Enrolment.objects.filter(pk=pk).update(completed_at=timezone.now(), progress_percent=100)
        tally = tallies.completion(Enrolment.objects.select_related("user").get(pk=pk))
        with nudging as nudge:
            before = time.perf_counter()
            assert tally_record(tally)
            recorded.append((time.perf_counter() - before) * 1000 - nudge.ms)
        nudges.append(nudge.ms)
        with nudging as nudge:
            before = time.perf_counter()
            assert learners_refresh([tally.user_id]) == 1
            refreshed.append((time.perf_counter() - before) * 1000 - nudge.ms)
    active = Tally.objects.filter(kind=TallyKind.ACTIVE, month=current_month()).values("user_id")
    people = list(
        User.objects.filter(role__in=[Role.OFFICIAL, Role.CITIZEN], unit__isnull=False)
        .exclude(pk__in=active)
        .order_by("?")[:count]
    )
    first, again = [], []
    for person in people:
        for out in (first, again):
            with nudging as nudge:
                before = time.perf_counter()
                on_progress(sender=None, user=person)
                out.append((time.perf_counter() - before) * 1000 - nudge.ms)
    counted = Tally.objects.filter(
        kind=TallyKind.ACTIVE, month=current_month(), user_id__in=[p.pk for p in people]
    )
    if counted.count() != len(people):
        raise SystemExit("a first progress event of the month was not counted")
    print(f"incremental updates, {len(recorded)} completions and {len(first)} first events of the month")
    print("(each committed; the dashboards' nudge after the commit is timed on its own):")
    ok = line("completion: tally_record(its tally)", recorded, TARGETS_MS["event"])
    ok = line("completion: learners_refresh([the official])", refreshed, TARGETS_MS["event"]) and ok
    ok = line("progress: on_progress, first event of the month", first, TARGETS_MS["event"]) and ok
    ok = line("progress: on_progress, any later event (cache hit)", again, TARGETS_MS["event"]) and ok
    line("live nudge after a completion's commit (where it counts, then send)", nudges, None)
    return ok


class _NudgeClock:
    """Times metrics.live's after-commit nudge to open dashboards apart from the update itself."""

    def __init__(self) -> None:
        from metrics import live

        self.ms = 0.0
        send = live._send

        def timed(unit_ids) -> None:
            started = time.perf_counter()
            send(unit_ids)
            self.ms += (time.perf_counter() - started) * 1000

        live._send = timed

    def __enter__(self) -> "_NudgeClock":
        self.ms = 0.0
        return self

    def __exit__(self, *exc) -> None:
        return None


def dataset() -> str:
    from learning.models import AdministrativeUnit, Statement, UnitLevel, User
    from metrics.models import Fact, Tally

    units = AdministrativeUnit.objects.current()
    statements = Statement.objects.count()
    return (
        f"{units.filter(level=UnitLevel.PROVINCE).count()} provinces, "
        f"{units.filter(level=UnitLevel.COMMUNE).count():,} communes, "
        f"{User.objects.filter(role='official').count():,} officials, "
        f"{User.objects.filter(role='citizen').count():,} citizens, {statements:,} progress records, "
        f"{Tally.objects.count():,} tallies, {Fact.objects.count():,} facts"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--recount", action="store_true", help="afterwards, check facts against a recount")
    args = parser.parse_args()
    store = configure()
    from django.core.management import call_command

    from metrics.models import Fact

    call_command(
        "migrate", "--no-input", verbosity=0
    )  # the code may have moved on since the dataset was made

    if not Fact.objects.exists():
        raise SystemExit("no dataset here: run bench/metrics_dataset.py first")
    print(f"{store}: {dataset()}")
    # Other work on the machine shows in every figure below; say how busy it was.
    print(f"load average before the runs: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    ok = pages(args.runs)
    ok = events(args.events) and ok
    if args.recount:
        from metrics.recount import recount

        started = time.monotonic()
        report = recount(repair=False)
        print(
            f"recount after the events ({time.monotonic() - started:.0f} s): state figures differing "
            f"{len(report.stock_differences)}, month figures differing {len(report.flow_differences)}, "
            f"records without a tally {report.missing_tallies}"
        )
    print("all targets met" if ok else "some targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
