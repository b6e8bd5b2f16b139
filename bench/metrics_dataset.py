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
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.metrics_data.base import CITIZENS, OFFICIALS, STATEMENTS, configure, fresh_database  # noqa: E402
from bench.metrics_data.checks import contributions_check, tallies_check, verify  # noqa: E402
from bench.metrics_data.facts import analyze, metrics_build  # noqa: E402
from bench.metrics_data.people import generate  # noqa: E402

__all__ = ["configure", "contributions_check", "generate", "metrics_build", "tallies_check"]


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
