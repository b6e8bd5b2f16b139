"""1,000 certificates in one bulk run, through the real pipeline, on 2 cores.

Budget (DESIGN.md): 1,000 certificates in bulk ≤ 60 s on 2 cores. Measured from the moment a manager
starts the run to the moment both downloads are ready: the bulk task issues a certificate to each of
1,000 learners of a commune who completed the course, hands the rendering out in batches to a django-q2
cluster of 2 workers (the ORM broker on SQLite in WAL mode unless BENCH_DATABASE_URL is set), and packs
the 1,000-page PDF for printing and the zip. Afterwards every learner must hold exactly one valid,
rendered certificate.
Run: .venv/bin/python bench/certificate_bulk.py [learners]
"""

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.server import PY, ROOT, production_env  # noqa: E402

TARGET_SECONDS = 60
COURSE = "thanh-toan-truc-tuyen-an-toan"

SETUP = """
import json
from django.utils import timezone
from certificates.models import BulkRun, Certificate
from courses.models import CoursePage
from learning.models import AdministrativeUnit, Enrolment, User
from certificates.rendering import certificate_render
course = CoursePage.objects.get(slug={course!r})
# A commune of its own: the demo's communes have learners and certificates already.
commune = (
    AdministrativeUnit.objects.current().communes().exclude(pk__in=User.objects.exclude(unit=None).values("unit"))
    .order_by("code").first()
)
# The demo leaves its certificates' PDFs to the background worker; draw them before the clock starts.
for pk in Certificate.objects.filter(status="pending").values_list("pk", flat=True):
    certificate_render(certificate_id=pk)
family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
middle = ["Thị", "Văn", "Hữu", "Ngọc", "Minh", "Thu", "Đức", "Xuân"]
given = ["Hồng", "Lan", "Bình", "Hùng", "Dũng", "Phương", "Thảo", "Nguyên", "Khánh", "Trường", "Ánh", "Lưỡng"]
users = User.objects.bulk_create(
    User(phone=f"+8439{{n:07d}}", full_name=f"{{family[n % 12]}} {{middle[n % 8]}} {{given[(n // 7) % 12]}}",
         unit=commune, role="citizen")
    for n in range({learners})
)
now = timezone.now()
Enrolment.objects.bulk_create(
    Enrolment(user=u, course=course, progress_percent=100, completed_at=now) for u in users
)
print(json.dumps({{"course": course.pk, "commune": commune.pk, "users": [u.pk for u in users]}}))
"""

START = """
from django_q.tasks import async_task
from certificates.models import BulkRun
run = BulkRun.objects.create(course_id={course}, unit_id={commune}, action="issue")
async_task("certificates.tasks.run_bulk", run.pk)
print(run.pk)
"""

STATUS = """
import json
from certificates.bulk import bulk_progress
from certificates.models import BulkRun
run = BulkRun.objects.get(pk={run})
print(json.dumps({{**bulk_progress(run), "status": run.status}}))
"""

CHECK = """
import json
from django.db.models import Count
from pypdf import PdfReader
from certificates.models import BulkRun, Certificate
run = BulkRun.objects.get(pk={run})
users = {users!r}
rows = Certificate.objects.filter(user_id__in=users, course_id={course})
per_user = rows.values("user_id").annotate(n=Count("id"))
ok = (
    rows.filter(state="valid", status="ready").count() == len(users)
    and per_user.count() == len(users) and all(row["n"] == 1 for row in per_user)
)
sizes = [c.pdf.size for c in rows[:50]]
pages = len(PdfReader(run.combined_pdf.path).pages)
print(json.dumps({{"ok": ok, "pages": pages, "combined_kb": run.combined_pdf.size / 1024,
                   "zip_kb": run.archive.size / 1024, "pdf_kb": max(sizes) / 1024}}))
"""


def shell(env: dict, code: str) -> str:
    result = subprocess.run(
        [PY, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return result.stdout.strip().splitlines()[-1]


def main() -> None:
    learners = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory(prefix="hocso-bench-") as tmp:
        import os

        env = {**production_env(Path(tmp), os.environ.get("BENCH_DATABASE_URL", "")), "Q_WORKERS": "2"}
        for args in (["migrate", "--no-input", "-v0"], ["seed_demo"]):
            subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        setup = json.loads(shell(env, SETUP.format(course=COURSE, learners=learners)))
        cluster = subprocess.Popen([PY, "manage.py", "qcluster"], cwd=ROOT, env=env, start_new_session=True)
        try:
            time.sleep(3)  # the cluster's workers are up before the clock starts
            started = time.monotonic()
            run = int(shell(env, START.format(course=setup["course"], commune=setup["commune"])))
            while True:
                status = json.loads(shell(env, STATUS.format(run=run)))
                if status["done"]:
                    break
                if time.monotonic() - started > 10 * TARGET_SECONDS:
                    raise SystemExit(f"bulk run did not finish: {status}")
                time.sleep(0.5)
            elapsed = time.monotonic() - started
        finally:
            cluster.terminate()
            cluster.wait(timeout=30)
        check = json.loads(shell(env, CHECK.format(run=run, users=setup["users"], course=setup["course"])))
    verdict = "ok" if elapsed <= TARGET_SECONDS else "OVER"
    print(
        f"bulk run, {learners} certificates, 2 workers: {elapsed:.1f} s "
        f"(target ≤ {TARGET_SECONDS} s) {verdict}"
    )
    print(f"  one valid, rendered certificate per learner: {'yes' if check['ok'] else 'NO'}")
    print(
        f"  print PDF {check['pages']} pages, {check['combined_kb'] / 1024:.1f} MB; "
        f"zip {check['zip_kb'] / 1024:.1f} MB; largest single PDF {check['pdf_kb']:.0f} KB"
    )
    if not check["ok"] or check["pages"] != learners:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
