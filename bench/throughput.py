"""Anonymous lesson-page throughput against a bare Wagtail 8 page, both under gunicorn with 2 workers.

Budget (DESIGN.md): an anonymous lesson page serves ≥ 3× the requests per second of a bare
Wagtail page served the same way on the same machine, in the same run.
Run: .venv/bin/python bench/throughput.py [seconds]
Uses wrk when installed (apt-get install wrk), else a small Python load generator.
"""

import http.client
import multiprocessing
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.server import PY, ROOT, bare_wagtail_server, hocso_server  # noqa: E402

LESSON = "/khoa-hoc/an-toan-thong-tin-lua-dao/bao-ve-du-lieu-ca-nhan/"
CONNECTIONS = 8


def _client(url: str, seconds: float, counter, cookie: str = "") -> None:
    parts = urlsplit(url)
    done = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        headers = {"Accept-Encoding": "gzip", **({"Cookie": cookie} if cookie else {})}
        connection.request("GET", parts.path, headers=headers)
        response = connection.getresponse()
        response.read()
        connection.close()
        if response.status == 200:
            done += 1
    with counter.get_lock():
        counter.value += done


def requests_per_second(url: str, seconds: float, cookie: str = "") -> float:
    if shutil.which("wrk"):
        extra = ["-H", f"Cookie: {cookie}"] if cookie else []
        output = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{CONNECTIONS}",
                f"-d{int(seconds)}s",
                "-H",
                "Accept-Encoding: gzip",
                *extra,
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    counter = multiprocessing.Value("i", 0)
    workers = [
        multiprocessing.Process(target=_client, args=(url, seconds, counter, cookie))
        for _ in range(CONNECTIONS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return counter.value / seconds


SIGN_IN = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from courses.models import CoursePage
from learning.enrolment import enrol
from learning.models import User
user = User.objects.get(phone="+84358000004")
enrol(user, CoursePage.objects.get(slug="an-toan-thong-tin-lua-dao"))
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "{backend}"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(session.session_key)
"""


def signed_in_learner(env: dict) -> str:
    """A session key for the demo citizen, enrolled in the lesson's course."""
    backend = "learning.backends.PhoneBackend"
    output = subprocess.run(
        [PY, "manage.py", "shell", "-c", SIGN_IN.format(backend=backend)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return output.strip().splitlines()[-1]


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10
    with hocso_server(with_env=True) as (base, env):
        requests_per_second(base + LESSON, 2)  # warm the page cache and the workers
        lesson = requests_per_second(base + LESSON, seconds)
        # A signed-in learner enrolled in the course: every view renders afresh and records "opened".
        cookie = f"sessionid={signed_in_learner(env)}"
        requests_per_second(base + LESSON, 2, cookie)
        signed_in = requests_per_second(base + LESSON, seconds, cookie)
    with bare_wagtail_server() as bare_base:
        requests_per_second(bare_base + "/", 2)
        bare = requests_per_second(bare_base + "/", seconds)
    tool = "wrk" if shutil.which("wrk") else "python load generator"
    print(f"gunicorn, 2 workers each, {CONNECTIONS} concurrent connections, {seconds:.0f} s, {tool}")
    print(f"bare Wagtail 8 page        : {bare:8.1f} req/s")
    print(f"Học Số anonymous lesson    : {lesson:8.1f} req/s   ratio {lesson / bare:.2f}×   (target ≥ 3×)")
    print(
        f"Học Số signed-in lesson    : {signed_in:8.1f} req/s   ratio {signed_in / bare:.2f}×   (target ≥ 1×)"
    )


if __name__ == "__main__":
    main()
