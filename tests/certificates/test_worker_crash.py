"""A real django-q2 cluster is killed (SIGKILL, the whole process group) in the middle of a bulk run;
a new cluster starts and the sweep does what the five-minute schedule would. Afterwards every learner
holds exactly one valid, rendered certificate and the run is packed, as if nothing had happened.

The cluster runs with the development settings against the test database (the ORM broker, or Redis
when REDIS_URL is set, exactly as the test process itself is configured), with short timeouts so the
lease runs out within the test: Q_TIMEOUT 10 s, Q_RETRY 15 s, a 12 s render lease."""

import datetime as dt
import os
import signal
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection
from django.db.models import Count
from django.utils import timezone
from django_q.brokers import get_broker
from django_q.conf import Conf
from django_q.models import Schedule, Task
from django_q.tasks import async_task
from pypdf import PdfReader

from certificates.models import BulkAction, BulkRun, BulkStatus, Certificate, CertificateState, RenderStatus
from certificates.sweep import certificates_sweep
from tests.certificates.helpers import completed_learners, is_whole_pdf, stored_files

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[2]
LEARNERS = 120
WORKERS = 2
LEASE_SECONDS = 12
# Recovery has to wait out one lease before the sweep may take the abandoned work over, and perhaps a
# second one for the run itself (its lease is renewed by every batch that finishes).
RECOVERY_SECONDS = 45


def cluster_env(var_dir: Path) -> dict:
    """The development settings, pointed at this test's database, media folder and broker."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE")
    }
    var_dir.mkdir()
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        # Through a link where the dev settings expect their database, so the cluster opens the test
        # database with the real SQLite options (WAL, a busy timeout, IMMEDIATE transactions), which
        # a sqlite:// DATABASE_URL would drop. SQLite resolves the link, so both share one WAL.
        (var_dir / "db.sqlite3").symlink_to(Path(database["NAME"]).resolve())
    else:
        password = f":{quote(database['PASSWORD'])}" if database["PASSWORD"] else ""
        port = f":{database['PORT']}" if database["PORT"] else ""
        env["DATABASE_URL"] = (
            f"postgres://{quote(database['USER'])}{password}@{database['HOST']}{port}/{database['NAME']}"
        )
    if settings.REDIS_URL:
        env["REDIS_URL"] = settings.REDIS_URL
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.dev",
        DEBUG="0",
        SECRET_KEY="test-only-key",
        HOCSO_VAR_DIR=str(var_dir),
        MEDIA_ROOT=str(settings.MEDIA_ROOT),
        Q_WORKERS=str(WORKERS),
        Q_TIMEOUT="10",
        Q_RETRY="15",
        HOCSO_CERTIFICATE_LEASE_SECONDS=str(LEASE_SECONDS),
    )
    return env


class Cluster:
    """`manage.py qcluster` in its own session, so one signal reaches the sentinel, the pusher, the
    monitor and every worker at once, as when the machine loses power or the OOM killer strikes."""

    def __init__(self, env: dict, log: Path):
        self.log = log
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "qcluster"],
            cwd=ROOT,
            env=env,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def assert_running(self) -> None:
        assert self.process.poll() is None, f"the cluster exited ({self.process.returncode})"


def statuses(course) -> Counter:
    return Counter(Certificate.objects.filter(course=course).values_list("status", flat=True))


def test_a_cluster_killed_mid_batch_leaves_every_learner_exactly_one_certificate(
    units, site_tree, settings, monkeypatch, tmp_path
):
    course, commune = site_tree["course"], units["dai_tu"]
    # This process plays the web server (it enqueues into the real broker, it never runs a task)
    # and the scheduler (it runs the sweep when the test says so, not every five minutes).
    monkeypatch.setattr(Conf, "SYNC", False)
    settings.HOCSO_CERTIFICATE_LEASE_SECONDS = LEASE_SECONDS
    Schedule.objects.update(next_run=timezone.now() + dt.timedelta(days=1))
    broker = get_broker()
    broker.purge_queue()
    learners = completed_learners(LEARNERS, course=course, unit=commune)
    run = BulkRun.objects.create(course=course, unit=commune, action=BulkAction.ISSUE)
    env, log = cluster_env(tmp_path / "cluster-var"), tmp_path / "qcluster.log"
    clusters = []
    try:
        clusters.append(Cluster(env, log))
        started = time.monotonic()
        async_task("certificates.tasks.run_bulk", run.pk)
        while statuses(course)[RenderStatus.READY] < 5:
            clusters[0].assert_running()
            assert time.monotonic() - started < 60, "the first cluster rendered nothing"
            time.sleep(0.05)
        clusters[0].kill()
        killed_at = time.monotonic()
        at_kill = statuses(course)
        assert clusters[0].process.returncode == -signal.SIGKILL
        assert 0 < at_kill[RenderStatus.READY] < LEARNERS, f"not killed mid-run: {at_kill}"
        # bulk_run issues every certificate before it hands out the first batch.
        assert at_kill.total() == LEARNERS

        clusters.append(Cluster(env, log))
        sweeps, swept_at = 0, None
        while BulkRun.objects.get(pk=run.pk).status != BulkStatus.DONE:
            clusters[1].assert_running()
            waited = time.monotonic() - killed_at
            assert waited < RECOVERY_SECONDS, f"not recovered: {statuses(course)}, run {run.pk} not done"
            if waited > LEASE_SECONDS + 0.5 and (
                swept_at is None or time.monotonic() - swept_at > LEASE_SECONDS
            ):
                certificates_sweep()
                sweeps, swept_at = sweeps + 1, time.monotonic()
            time.sleep(0.1)
        recovered_in = time.monotonic() - killed_at
    except BaseException:
        print(log.read_text(errors="replace")[-20_000:] if log.exists() else "(no cluster log)")
        raise
    finally:
        for cluster in clusters:
            cluster.kill()
        broker.purge_queue()

    rows = Certificate.objects.filter(course=course)
    per_learner = dict(rows.values("user_id").annotate(rows=Count("id")).values_list("user_id", "rows"))
    assert per_learner == {learner.pk: 1 for learner in learners}
    assert rows.filter(state=CertificateState.VALID, status=RenderStatus.READY).count() == LEARNERS
    assert sorted(rows.values_list("serial", flat=True)) == [
        f"19-{rows.first().issued_on:%Y}-{number:06d}" for number in range(1, LEARNERS + 1)
    ]
    orphans = 0
    for certificate in rows:
        assert is_whole_pdf(certificate.pdf.path), certificate.serial
        files = stored_files(certificate)
        assert Path(certificate.pdf.path) in files
        orphans += len(files) - 1
    # A worker killed between saving a file and recording it on the row leaves that file behind
    # (the row is rendered again under a suffixed name); at most one per killed worker.
    assert orphans <= WORKERS

    run.refresh_from_db()
    assert (run.total, run.failed) == (LEARNERS, 0)
    assert len(PdfReader(run.combined_pdf.path).pages) == LEARNERS
    with zipfile.ZipFile(run.archive.path) as archive:
        assert len(archive.namelist()) == LEARNERS
    assert list(Task.objects.filter(success=False).values_list("func", "result")) == []
    # 120 PDFs and a 120-page one per run would pile up in the shared test media folder.
    for certificate in rows:
        for path in stored_files(certificate):
            path.unlink()
    run.combined_pdf.delete(save=False)
    run.archive.delete(save=False)
    print(
        f"killed at {dict(at_kill)}; recovered {recovered_in:.1f} s after the kill with {sweeps} sweep(s); "
        f"{orphans} orphaned file(s)"
    )
