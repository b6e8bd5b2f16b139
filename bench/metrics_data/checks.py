"""The bench dataset checked against the platform's own builders and recount."""

import random
import time
from collections import Counter, defaultdict

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
