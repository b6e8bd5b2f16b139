"""Progress-event ingestion under load: p95 latency and throughput at 50 concurrent learners.

Budget (issue 3): p95 ≤ 100 ms at 50 concurrent clients. Each of 50 signed-in learners posts a
lesson event (a fresh UUID each time) to /api/tien-do/, served by gunicorn (2 workers, production
settings, SQLite in WAL mode unless DATABASE_URL is set). Two runs:
  * paced: every learner waits 1 s between events (about 30× a real learner's 30-second heartbeat);
  * saturated: no waiting at all, to show the ceiling.
Run: .venv/bin/python bench/progress_ingest.py [seconds-per-run]
"""

import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.server import PY, ROOT, hocso_server  # noqa: E402

CLIENTS = 50
TARGET_P95_MS = 100
CSRF = "b" * 32

SETUP = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
from courses.models import LessonPage
from learning.models import User
keys = []
for n in range({clients}):
    phone = f"+8490{{n:07d}}"
    user, _ = User.objects.get_or_create(phone=phone, defaults={{"full_name": f"Người học {{n}}"}})
    User.objects.filter(pk=user.pk).update(phone_confirmed_at=timezone.now())
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "learning.backends.PhoneBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    keys.append(session.session_key)
lessons = list(LessonPage.objects.live().values_list("pk", flat=True))
print(json.dumps({{"sessions": keys, "lessons": lessons}}))
"""


def prepare(env: dict) -> dict:
    output = subprocess.run(
        [PY, "manage.py", "shell", "-c", "import json\n" + SETUP.format(clients=CLIENTS)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def learner(
    base: str, session: str, lessons: list[int], seconds: float, pause: float, out: list, errors: list
):
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    headers = {
        "Content-Type": "application/json",
        "Cookie": f"sessionid={session}; csrftoken={CSRF}",
        "X-CSRFToken": CSRF,
    }
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        n += 1
        verb = "reached_end" if n % 10 == 0 else "progressed"
        body = json.dumps(
            {
                "id": str(uuid.uuid4()),
                "verb": verb,
                "lesson": lessons[n % len(lessons)],
                "timestamp": datetime.now(UTC).isoformat(),
                "seconds": 30,
            }
        ).encode()  # bytes: http.client then sends headers and body in one packet (no Nagle delay)
        started = time.perf_counter()
        try:
            connection.request("POST", "/api/tien-do/", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
        except OSError:
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            errors.append("connection")
            continue
        out.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            errors.append(response.status)
        if pause:
            time.sleep(pause)
    connection.close()


def run(base: str, data: dict, seconds: float, pause: float) -> tuple[list, list]:
    latencies, errors = [], []
    threads = [
        threading.Thread(
            target=learner,
            args=(base, data["sessions"][i], data["lessons"], seconds, pause, latencies, errors),
        )
        for i in range(CLIENTS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors


def report(name: str, latencies: list, errors: list, seconds: float) -> bool:
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(
        f"{name:<10} {len(latencies):>6} events  {len(latencies) / seconds:>7.0f} events/s  "
        f"median {statistics.median(latencies):6.1f} ms  p95 {p95:6.1f} ms  errors {len(errors)}"
    )
    return p95 <= TARGET_P95_MS and not errors


def main() -> int:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 20
    store = "PostgreSQL" if os.environ.get("BENCH_DATABASE_URL") else "SQLite (WAL)"
    with hocso_server(database_url=os.environ.get("BENCH_DATABASE_URL", ""), with_env=True) as (base, env):
        data = prepare(env)
        run(base, data, 2, pause=0)  # warm up: every worker builds its lesson facts once
        print(f"Progress ingestion, {CLIENTS} concurrent learners, gunicorn 2 workers, {store}")
        paced_ok = report("paced", *run(base, data, seconds, pause=1.0), seconds)
        report("saturated", *run(base, data, seconds, pause=0), seconds)
    print(
        f"target: p95 ≤ {TARGET_P95_MS} ms with 50 learners (paced run) — {'met' if paced_ok else 'NOT met'}"
    )
    return 0 if paced_ok else 1


if __name__ == "__main__":
    sys.exit(main())
