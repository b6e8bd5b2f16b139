"""One valid certificate per learner and course, however often or however late its task runs: the
partial unique constraint, the idempotent issuing service, the render lease and the sweep that
picks up whatever a lost task left undone. Tasks run synchronously here; the threaded tests at the
end run only on PostgreSQL, where writers really overlap."""

import datetime as dt
import threading
import uuid
import zoneinfo
from functools import partial
from pathlib import Path

import pytest
from django.conf import settings
from django.db import IntegrityError, connection, connections, transaction
from django.utils import timezone
from django_q.models import Schedule

from certificates import rendering, tasks
from certificates.models import (
    BulkAction,
    BulkRun,
    BulkStatus,
    Certificate,
    CertificateState,
    RenderStatus,
    SerialCounter,
)
from certificates.rendering import MAX_RENDER_ATTEMPTS, certificate_render, lease
from certificates.schedules import SWEEP_SCHEDULE, SWEEP_TASK
from certificates.services import certificate_issue, certificate_revoke
from certificates.sweep import SweepReport, certificates_sweep
from learning.models import Enrolment
from tests.certificates.helpers import complete_course, completed_learners, is_whole_pdf, stored_files

pytestmark = pytest.mark.django_db

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs concurrent writers (PostgreSQL)"
)


def today_in_vietnam() -> dt.date:
    return dt.datetime.now(zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")).date()


def issued(learner, course) -> Certificate:
    """Issue without rendering, as the bulk run does before it hands out the batches."""
    certificate = certificate_issue(user_id=learner.pk, course_id=course.pk)
    assert certificate is not None
    return certificate


def twin(certificate: Certificate, **fields) -> Certificate:
    """Another row for the same learner and course, written straight to the table."""
    return Certificate.objects.create(
        user=certificate.user,
        course=certificate.course,
        code=uuid.uuid4().hex[:16],
        serial=f"99-{uuid.uuid4().hex[:8]}",
        holder_name=certificate.holder_name,
        course_title=certificate.course_title,
        issuing_unit=certificate.issuing_unit,
        completed_at=certificate.completed_at,
        issued_on=certificate.issued_on,
        **fields,
    )


@pytest.fixture
def finished(units, site_tree):
    """A learner of Xã Đại Từ whose course is complete but who holds no certificate yet."""
    course = site_tree["course"]
    (learner,) = completed_learners(1, course=course, unit=units["dai_tu"])
    return learner, course


def age(certificate: Certificate, **fields) -> None:
    Certificate.objects.filter(pk=certificate.pk).update(**fields)
    certificate.refresh_from_db()


# --- Issuing on completion ---------------------------------------------------------------------


def test_completing_a_course_issues_one_rendered_certificate_with_the_facts_of_that_day(
    cast_users, site_tree
):
    learner, course = cast_users["citizen"], site_tree["course"]
    enrolment = complete_course(learner, course)

    certificate = Certificate.objects.get(user=learner, course=course)
    assert certificate.state == CertificateState.VALID
    assert certificate.status == RenderStatus.READY
    assert certificate.render_attempts == 1
    assert certificate.lease_until is None
    with certificate.pdf.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert stored_files(certificate) == [Path(certificate.pdf.path)]

    year = today_in_vietnam().year
    assert certificate.serial == f"19-{year}-000001"
    assert certificate.issued_on == today_in_vietnam()
    assert len(certificate.code) == 16
    assert certificate.holder_name == "Nguyễn Thị Hồng"
    assert certificate.course_title == "Chữ ký số cho người dân"
    assert certificate.unit.code == "05830"
    assert certificate.unit_name == "Xã Đại Từ"
    assert certificate.province_name == "Tỉnh Thái Nguyên"
    assert certificate.issuing_unit == "Tổ công nghệ số cộng đồng"
    assert certificate.signer_title == "TỔ TRƯỞNG"
    assert certificate.completed_at == enrolment.completed_at

    # Frozen: a later change of name does not rewrite the certificate already issued.
    learner.full_name = "Nguyễn Thị Hồng Nhung"
    learner.save(update_fields=["full_name"])
    assert certificate_issue(user_id=learner.pk, course_id=course.pk).holder_name == "Nguyễn Thị Hồng"


def test_serials_count_per_province_and_year(units, site_tree):
    course = site_tree["course"]
    year = today_in_vietnam().year
    # Last year's counter of the same province has nothing to do with this year's numbers.
    SerialCounter.objects.create(prefix="19", year=year - 1, last=57)
    dai_tu = completed_learners(2, course=course, unit=units["dai_tu"])
    phong_quang = completed_learners(1, course=course, unit=units["phong_quang"], first=100)
    ba_dinh = completed_learners(2, course=course, unit=units["ba_dinh"], first=200)
    nowhere = completed_learners(1, course=course, unit=None, first=300)

    serials = [issued(learner, course).serial for learner in [*dai_tu, *phong_quang, *ba_dinh, *nowhere]]

    assert serials == [
        f"19-{year}-000001",
        f"19-{year}-000002",
        f"19-{year}-000003",
        f"01-{year}-000001",
        f"01-{year}-000002",
        f"00-{year}-000001",
    ]
    without_unit = Certificate.objects.get(user=nowhere[0])
    assert (without_unit.unit, without_unit.unit_name, without_unit.province_name) == (None, "", "")
    assert SerialCounter.objects.get(prefix="19", year=year - 1).last == 57


def test_issuing_again_returns_the_same_certificate_and_renders_nothing_new(cast_users, site_tree):
    learner, course = cast_users["citizen"], site_tree["course"]
    enrolment = complete_course(learner, course)
    first = Certificate.objects.get(user=learner, course=course)

    assert tasks.issue_certificate(enrolment.pk) == first.pk
    assert certificate_issue(user_id=learner.pk, course_id=course.pk).pk == first.pk
    assert tasks.render_certificate(first.pk) is False
    assert certificate_render(certificate_id=first.pk) is False

    again = Certificate.objects.get(user=learner, course=course)
    assert (again.pdf.name, again.rendered_at, again.render_attempts) == (
        first.pdf.name,
        first.rendered_at,
        first.render_attempts,
    )
    assert len(stored_files(again)) == 1
    assert SerialCounter.objects.get().last == 1


def test_issuing_before_completion_or_for_an_erased_learner_gives_nothing(cast_users, site_tree):
    learner, course = cast_users["citizen"], site_tree["course"]
    enrolment = Enrolment.objects.create(user=learner, course=course)
    assert certificate_issue(user_id=learner.pk, course_id=course.pk) is None
    assert tasks.issue_certificate(enrolment.pk) is None

    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=timezone.now())
    type(learner).objects.filter(pk=learner.pk).update(erased_at=timezone.now())
    assert tasks.issue_certificate(enrolment.pk) is None
    assert not Certificate.objects.exists()


# --- The database's own guarantee --------------------------------------------------------------


def test_the_database_refuses_a_second_valid_certificate(cast_users, site_tree):
    learner, course = cast_users["citizen"], site_tree["course"]
    complete_course(learner, course)
    first = Certificate.objects.get(user=learner, course=course)

    with pytest.raises(IntegrityError), transaction.atomic():
        twin(first)

    # Superseded and revoked rows are history; they live beside the one valid certificate.
    age(first, state=CertificateState.SUPERSEDED)
    twin(first, state=CertificateState.REVOKED)
    current = twin(first)
    assert Certificate.objects.filter(user=learner, course=course).count() == 3
    assert Certificate.objects.get(user=learner, course=course, state=CertificateState.VALID) == current


def test_a_revoked_certificate_is_never_silently_replaced(cast_users, site_tree):
    learner, course = cast_users["citizen"], site_tree["course"]
    enrolment = complete_course(learner, course)
    certificate = Certificate.objects.get(user=learner, course=course)
    certificate_revoke(certificate=certificate, by=cast_users["admin"], reason="Làm bài thay")

    assert certificate_issue(user_id=learner.pk, course_id=course.pk).pk == certificate.pk
    assert tasks.issue_certificate(enrolment.pk) == certificate.pk
    assert certificates_sweep().issues == 0
    assert list(Certificate.objects.values_list("pk", "state")) == [
        (certificate.pk, CertificateState.REVOKED)
    ]


# --- The render lease --------------------------------------------------------------------------


def test_a_render_held_under_a_live_lease_is_left_alone_until_the_lease_runs_out(finished):
    certificate = issued(*finished)
    token = uuid.uuid4()
    held_until = timezone.now() + dt.timedelta(seconds=30)
    age(
        certificate,
        status=RenderStatus.RENDERING,
        lease_until=held_until,
        lease_token=token,
        render_attempts=1,
    )

    assert certificate_render(certificate_id=certificate.pk) is False
    certificate.refresh_from_db()
    assert (certificate.status, certificate.lease_token, certificate.lease_until) == (
        RenderStatus.RENDERING,
        token,
        held_until,
    )
    assert certificate.render_attempts == 1
    assert not certificate.pdf

    # The worker that held it died: past the lease, the next delivery takes over and finishes.
    age(certificate, lease_until=timezone.now() - dt.timedelta(seconds=1))
    assert certificate_render(certificate_id=certificate.pk) is True
    certificate.refresh_from_db()
    assert certificate.status == RenderStatus.READY
    assert certificate.render_attempts == 2
    assert certificate.lease_token != token
    assert is_whole_pdf(certificate.pdf.path)


def test_a_worker_that_lost_its_lease_mid_render_keeps_nothing(finished, monkeypatch):
    """The slow worker's lease runs out while it renders; a second worker takes the row over and
    finishes first. The slow one's result must neither replace the file nor stay on disk."""
    certificate = issued(*finished)
    real_render = rendering.render_certificate
    taken_over, outcomes = [], []

    def slow_first_render(data):
        pdf = real_render(data)
        if not taken_over:
            taken_over.append(True)
            age(certificate, lease_until=timezone.now() - dt.timedelta(seconds=1))
            outcomes.append(certificate_render(certificate_id=certificate.pk))
        return pdf

    monkeypatch.setattr(rendering, "render_certificate", slow_first_render)
    assert certificate_render(certificate_id=certificate.pk) is False
    assert outcomes == [True]

    certificate.refresh_from_db()
    assert certificate.status == RenderStatus.READY
    assert certificate.render_attempts == 2
    assert stored_files(certificate) == [Path(certificate.pdf.path)]
    assert is_whole_pdf(certificate.pdf.path)


def test_a_failed_render_is_recorded_and_the_sweep_renders_it_again(finished, monkeypatch):
    certificate = issued(*finished)
    real_render = rendering.render_certificate
    failures = []

    def fails_once(data):
        if not failures:
            failures.append(data.serial)
            raise OSError("Hết chỗ trên đĩa")
        return real_render(data)

    monkeypatch.setattr(rendering, "render_certificate", fails_once)
    assert certificate_render(certificate_id=certificate.pk) is False
    certificate.refresh_from_db()
    assert (certificate.status, certificate.last_error, certificate.lease_until) == (
        RenderStatus.FAILED,
        "Hết chỗ trên đĩa",
        None,
    )
    assert not certificate.pdf

    assert certificates_sweep() == SweepReport(renders=1, issues=0, runs=0)
    certificate.refresh_from_db()
    assert (certificate.status, certificate.last_error, certificate.render_attempts) == (
        RenderStatus.READY,
        "",
        2,
    )
    assert is_whole_pdf(certificate.pdf.path)


def test_a_render_that_keeps_failing_is_left_for_a_person(finished):
    certificate = issued(*finished)
    age(certificate, status=RenderStatus.FAILED, render_attempts=MAX_RENDER_ATTEMPTS, last_error="Lỗi phông")

    assert certificates_sweep() == SweepReport(renders=0, issues=0, runs=0)
    assert certificate_render(certificate_id=certificate.pk) is False
    certificate.refresh_from_db()
    assert (certificate.status, certificate.render_attempts, certificate.last_error) == (
        RenderStatus.FAILED,
        MAX_RENDER_ATTEMPTS,
        "Lỗi phông",
    )

    age(certificate, render_attempts=MAX_RENDER_ATTEMPTS - 1)
    assert certificates_sweep().renders == 1
    certificate.refresh_from_db()
    assert certificate.status == RenderStatus.READY


# --- The sweep ---------------------------------------------------------------------------------


def test_the_sweep_finishes_what_lost_tasks_left_and_leaves_work_in_progress_alone(units, site_tree):
    course = site_tree["course"]
    never_issued, old_pending, fresh_pending, abandoned, held, erased = completed_learners(
        6, course=course, unit=units["dai_tu"]
    )
    type(erased).objects.filter(pk=erased.pk).update(erased_at=timezone.now())
    past_lease = timezone.now() - lease() - dt.timedelta(seconds=1)
    old = issued(old_pending, course)
    age(old, created_at=past_lease)
    fresh = issued(fresh_pending, course)
    dropped = issued(abandoned, course)
    age(
        dropped,
        status=RenderStatus.RENDERING,
        lease_until=past_lease,
        lease_token=uuid.uuid4(),
        render_attempts=1,
    )
    busy = issued(held, course)
    age(busy, status=RenderStatus.RENDERING, lease_until=timezone.now() + lease(), lease_token=uuid.uuid4())
    assert fresh.status == RenderStatus.PENDING

    assert certificates_sweep() == SweepReport(renders=2, issues=1, runs=0)

    status = dict(Certificate.objects.values_list("user_id", "status"))
    assert status == {
        never_issued.pk: RenderStatus.READY,
        old_pending.pk: RenderStatus.READY,
        fresh_pending.pk: RenderStatus.PENDING,
        abandoned.pk: RenderStatus.READY,
        held.pk: RenderStatus.RENDERING,
    }
    assert erased.pk not in status
    # Nothing is left that the sweep should still pick up, so a second sweep finds nothing.
    assert certificates_sweep() == SweepReport(renders=0, issues=0, runs=0)


def test_the_sweep_restarts_a_bulk_run_whose_task_was_lost(units, site_tree):
    course = site_tree["course"]
    learners = completed_learners(3, course=course, unit=units["dai_tu"])
    issued(learners[0], course)
    run = BulkRun.objects.create(course=course, unit=units["dai_tu"], action=BulkAction.ISSUE)
    # Just queued: its task may still be on its way, so the sweep waits one lease (it does issue
    # the two certificates nobody asked for, and renders them, as for any completed enrolment).
    assert certificates_sweep() == SweepReport(renders=0, issues=2, runs=0)
    assert run.certificates.count() == 0
    BulkRun.objects.filter(pk=run.pk).update(created_at=timezone.now() - lease() - dt.timedelta(seconds=1))

    assert certificates_sweep() == SweepReport(renders=0, issues=0, runs=1)

    run.refresh_from_db()
    assert run.status == BulkStatus.DONE
    assert (run.total, run.failed) == (3, 0)
    assert run.combined_pdf and run.archive
    assert Certificate.objects.filter(status=RenderStatus.READY, state=CertificateState.VALID).count() == 3
    assert Certificate.objects.count() == 3


def test_a_run_waiting_on_a_render_the_sweep_requeued_is_packed_when_that_render_lands(units, site_tree):
    course = site_tree["course"]
    first, second = completed_learners(2, course=course, unit=units["dai_tu"])
    ready, lost = issued(first, course), issued(second, course)
    certificate_render(certificate_id=ready.pk)
    run = BulkRun.objects.create(course=course, unit=units["dai_tu"], action=BulkAction.ISSUE)
    run.certificates.add(ready, lost)
    # Its batch task was lost with a killed worker, mid-render.
    BulkRun.objects.filter(pk=run.pk).update(
        status=BulkStatus.RUNNING, total=2, lease_until=timezone.now() + lease()
    )
    past_lease = timezone.now() - lease() - dt.timedelta(seconds=1)
    age(
        lost,
        status=RenderStatus.RENDERING,
        lease_until=past_lease,
        lease_token=uuid.uuid4(),
        render_attempts=1,
    )

    assert certificates_sweep() == SweepReport(renders=1, issues=0, runs=0)

    run.refresh_from_db()
    assert run.status == BulkStatus.DONE
    assert (run.total, run.failed) == (2, 0)
    assert is_whole_pdf(run.combined_pdf.path)


def test_the_sweep_leaves_the_unrendered_paper_of_a_revoked_certificate_alone(finished):
    learner, course = finished
    certificate = issued(learner, course)
    age(certificate, created_at=timezone.now() - lease() - dt.timedelta(seconds=1))
    certificate_revoke(certificate=certificate, by=None, reason="Cấp nhầm người.")

    assert certificates_sweep() == SweepReport(renders=0, issues=0, runs=0)
    certificate.refresh_from_db()
    assert certificate.status == RenderStatus.PENDING and not certificate.pdf


def test_the_sweep_is_scheduled_after_migrations():
    schedule = Schedule.objects.get(name=SWEEP_SCHEDULE)
    assert schedule.func == SWEEP_TASK == "certificates.tasks.sweep"
    assert schedule.schedule_type == Schedule.MINUTES
    assert schedule.repeats == -1
    assert 1 <= schedule.minutes <= 15


def test_the_task_queue_settings_keep_a_running_task_and_its_lease_apart():
    cluster = settings.Q_CLUSTER
    # A task still inside its timeout is never handed out a second time...
    assert cluster["retry"] > cluster["timeout"]
    # ...a task that keeps crashing its worker is not retried for ever...
    assert 1 <= cluster["max_attempts"] <= 5
    # ...and a render lease outlives any task that is still allowed to run.
    assert settings.HOCSO_CERTIFICATE_LEASE_SECONDS > cluster["timeout"]


# --- Duplicate delivery, for real (PostgreSQL) ----------------------------------------------------


def together(*jobs) -> list:
    barrier = threading.Barrier(len(jobs))
    results, errors = [None] * len(jobs), []

    def run(index, job):
        try:
            barrier.wait()
            results[index] = job()
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index, job)) for index, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return results


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_the_issuing_task_delivered_four_times_at_once_issues_one_certificate(units, site_tree):
    course = site_tree["course"]
    for round_number in range(3):
        (learner,) = completed_learners(1, course=course, unit=units["dai_tu"], first=round_number)
        enrolment = Enrolment.objects.get(user=learner, course=course)

        results = together(*[partial(tasks.issue_certificate, enrolment.pk)] * 4)

        certificate = Certificate.objects.get(user=learner, course=course)
        assert results == [certificate.pk] * 4
        assert certificate.status == RenderStatus.READY
        assert certificate.render_attempts == 1
        assert certificate.serial.endswith(f"-{round_number + 1:06d}")
        assert len(stored_files(certificate)) == 1
    # The losers' transactions rolled back, their counter increments with them.
    assert SerialCounter.objects.get().last == 3


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_four_workers_rendering_the_same_certificate_render_it_once(units, site_tree):
    course = site_tree["course"]
    for round_number in range(3):
        (learner,) = completed_learners(1, course=course, unit=units["dai_tu"], first=round_number)
        certificate = issued(learner, course)

        results = together(*[partial(certificate_render, certificate_id=certificate.pk)] * 4)

        assert sorted(results) == [False, False, False, True]
        certificate.refresh_from_db()
        assert (certificate.status, certificate.render_attempts) == (RenderStatus.READY, 1)
        assert len(stored_files(certificate)) == 1
