"""Quiz answer autosave and submit latency at 50 concurrent learners.

Budget (DESIGN.md): autosave p95 ≤ 100 ms and submit p95 ≤ 100 ms at 50 concurrent learners. Served by
gunicorn (2 workers, production settings, SQLite in WAL mode unless BENCH_DATABASE_URL is set).

Each of 50 signed-in learners takes the bench quiz (10 questions, 2 drawn from each demo question pool,
so single and multiple choice, true/false, ordering, matching and short text are mixed) twice by default,
at a person's pace and as a browser would. The learners open the quiz over the first 10 s (a room of
people sitting down); each starts an attempt, opens the attempt page and reads its tab token, saves an
answer every 1–2 s as JSON the way quizzes/static/quizzes/quiz.js does (some answers are changed again
later), submits the form with its idempotency key, then sends the same submit again, as a phone does
when the first response was lost, and opens the result page.
The quiz is the course's final test with a pass mark of 0, so every submit also takes the course
completion check that a passed final test triggers: the longest submit there is.
Afterwards the database is checked: every attempt graded exactly once (before its retry was sent), with
the retry's key, and every answer stored as last saved.
Run: .venv/bin/python bench/quiz_attempts.py [attempts-per-learner]
PostgreSQL: BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/hocso_bench (created if missing).
"""

import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.progress_ingest import CSRF, prepare  # noqa: E402
from bench.server import PY, ROOT, hocso_server  # noqa: E402

TARGET_P95_MS = 100
COURSE = "an-toan-thong-tin-lua-dao"
QUIZ_TITLE = "Bài kiểm tra đo tải (bench)"
PER_POOL = 2
CHANGE_MIND = 0.25  # chance, after each answer, of going back to change an earlier one
ARRIVALS = 10  # seconds over which the learners open the quiz, as a room of people sitting down
TEXTS = ["12", "mã OTP", "Không cung cấp", "Cổng Dịch vụ công quốc gia", "gọi 113"]

SETUP = """
import json
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from courses.models import CoursePage
from learning.enrolment import enrol
from learning.models import User
from quizzes.demo.questions import COURSES
from quizzes.models import Attempt, Quiz, QuizKind, QuizPool, ShowAnswers
course = CoursePage.objects.get(slug={course!r})
# A bench database on PostgreSQL outlives the run: start again from no attempts of this quiz.
for old in Quiz.objects.filter(title={title!r}):
    Attempt.objects.filter(quiz=old).delete()
    old.delete()
quiz = Quiz(title={title!r}, kind=QuizKind.FINAL, course=course, pass_mark=0, time_limit_minutes=15,
            wait_minutes=0, show_answers=ShowAnswers.AFTER_SUBMIT)
for module in COURSES:
    quiz.pools.add(QuizPool(tag=module.POOL, count={per_pool}))
quiz.save()
for key in {sessions!r}:
    enrol(User.objects.get(pk=SessionStore(session_key=key)[SESSION_KEY]), course)
print(json.dumps({{"quiz": quiz.pk}}))
"""

CHECK = """
import json
from quizzes.models import Attempt, AttemptItem
record = json.load(open({path!r}))
problems, items = [], 0
attempts = {{str(a.pk): a for a in Attempt.objects.filter(quiz_id=record["quiz"])}}
if set(attempts) != set(record["attempts"]):
    problems.append(f"{{len(attempts)}} attempts stored, {{len(record['attempts'])}} made by learners")
for attempt_id, sent in record["attempts"].items():
    attempt = attempts.get(attempt_id)
    if attempt is None:
        continue
    if attempt.submitted_at is None or str(attempt.submit_key) != sent["key"]:
        problems.append(f"{{attempt_id}}: not submitted with its key")
    elif attempt.submitted_at.timestamp() >= sent["retry_sent"]:
        problems.append(f"{{attempt_id}}: graded again by the retry")
    stored = list(AttemptItem.objects.filter(attempt=attempt).order_by("position"))
    if attempt.score is None or any(item.score is None for item in stored) or (
        sum(item.score for item in stored) != attempt.score
    ):
        problems.append(f"{{attempt_id}}: not graded")
    for item in stored:
        items += 1
        last = sent["answers"].get(str(item.position))
        if last is None or item.saved_seq != last["seq"] or item.answer != last["answer"]:
            problems.append(f"{{attempt_id}} #{{item.position}}: {{item.answer!r}} seq {{item.saved_seq}}")
print(json.dumps({{"problems": problems, "attempts": len(attempts), "items": items}}))
"""


def manage_shell(env: dict, code: str) -> dict:
    output = subprocess.run(
        [PY, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def ensure_postgres_database(url: str) -> None:
    """Create the named bench database when it is missing; never touch the one CI uses."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if name in ("", "test", "postgres", "template0", "template1"):
        raise SystemExit(f"BENCH_DATABASE_URL must name a database of its own (hocso_bench), not {name!r}")
    with psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


class AttemptPage(HTMLParser):
    """What quiz.js reads from the attempt page: the form's tokens and, per question, its inputs."""

    def __init__(self, html: str):
        super().__init__()
        self.form, self.hidden, self.questions = {}, {}, []
        self._select = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and "data-quiz" in attrs:
            self.form = attrs
        elif not self.form:
            return
        elif tag == "fieldset" and "data-position" in attrs:
            self.questions.append(
                {"position": int(attrs["data-position"]), "type": attrs["data-type"], "values": []}
            )
            self.questions[-1].update(steps=[], lefts=[], rights=[])
        elif tag == "input" and attrs.get("type") == "hidden" and attrs.get("name"):
            self.hidden[attrs["name"]] = attrs.get("value", "")
        elif not self.questions:
            return
        elif tag == "input" and attrs.get("type") in ("radio", "checkbox"):
            self.questions[-1]["values"].append(attrs["value"])
        elif tag == "select":
            self._select = attrs
            if "data-step" in attrs:
                self.questions[-1]["steps"].append(attrs["data-step"])
            else:
                self.questions[-1]["lefts"].append(attrs["data-left"])
        elif tag == "option" and self._select and "data-left" in self._select and attrs.get("value"):
            rights = self.questions[-1]["rights"]
            if attrs["value"] not in rights:
                rights.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def answer_for(question: dict, rng: random.Random):
    """A learner's answer to one question, as the JSON quiz.js saves and the fields the form posts."""
    kind, name = question["type"], f"q{question['position']}"
    if kind in ("single", "image_choice"):
        choice = rng.choice(question["values"])
        return {"choice": choice}, [(name, choice)]
    if kind == "multiple":
        choices = rng.sample(question["values"], rng.randint(1, len(question["values"])))
        return {"choices": choices}, [(name, choice) for choice in choices]
    if kind == "true_false":
        value = rng.random() < 0.5
        return {"value": value}, [(name, "true" if value else "false")]
    if kind == "short_text":
        text = rng.choice(TEXTS)
        return {"text": text}, [(name, text)]
    if kind == "ordering":
        order = rng.sample(question["steps"], len(question["steps"]))
        places = [(f"{name}-{step}", str(order.index(step) + 1)) for step in question["steps"]]
        return {"order": order}, places
    if kind == "matching":
        rights = rng.sample(question["rights"], len(question["lefts"]))
        matches = dict(zip(question["lefts"], rights, strict=True))
        return {"matches": matches}, [(f"{name}-{left}", right) for left, right in matches.items()]
    if kind == "image_tap":
        x, y = round(rng.uniform(0, 100), 2), round(rng.uniform(0, 100), 2)
        return {"point": {"x": x, "y": y}}, [(f"{name}-x", str(x)), (f"{name}-y", str(y))]
    raise ValueError(f"question type {kind!r} is not known to the bench")


class Learner:
    """One phone: its own connection and session, timing every request it makes."""

    def __init__(self, base: str, session: str, quiz: int, latencies: dict, errors: list, record: dict):
        self.parts = urlsplit(base)
        self.connection = http.client.HTTPConnection(self.parts.hostname, self.parts.port, timeout=30)
        self.cookie = f"sessionid={session}; csrftoken={CSRF}"
        self.quiz, self.latencies, self.errors, self.record = quiz, latencies, errors, record
        self.rng = random.Random(session)

    def request(self, kind: str, method: str, path: str, body: bytes | None = None, headers=None):
        headers = {"Cookie": self.cookie, **(headers or {})}
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            content = response.read()
        except OSError as error:
            self.connection.close()
            self.errors.append(f"{kind}: {error}")
            return None, b""
        self.latencies[kind].append((time.perf_counter() - started) * 1000)
        return response, content

    def post_form(self, kind: str, path: str, fields: list) -> http.client.HTTPResponse | None:
        body = urlencode(fields).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        return self.request(kind, "POST", path, body, headers)[0]

    def expect_redirect(self, kind: str, response, to: str) -> bool:
        if response is None:
            return False
        location = response.getheader("Location", "")
        # A refusal also redirects, but leaves a message for the next page in a cookie.
        message = "messages=" in (response.getheader("Set-Cookie") or "")
        if response.status != 302 or not location.startswith(to) or message:
            note = " with a message" if message else ""
            self.errors.append(f"{kind}: {response.status} → {location or '-'}{note}")
            return False
        return True

    def take_quiz(self) -> None:
        response = self.post_form("start", f"/kiem-tra/{self.quiz}/bat-dau/", [("csrfmiddlewaretoken", CSRF)])
        if not self.expect_redirect("start", response, "/kiem-tra/lam-bai/"):
            return
        attempt_path = response.getheader("Location")
        response, content = self.request("page", "GET", attempt_path)
        if response is None or response.status != 200:
            self.errors.append(f"page: {response and response.status}")
            return
        page = AttemptPage(content.decode())
        attempt_id = page.form["data-attempt"]
        csrf, tab, seq = page.form["data-csrf"], page.hidden["tab"], int(page.hidden["seq"])
        sent = {"key": page.hidden["key"], "answers": {}, "retry_sent": None}
        fields = {}
        order = list(page.questions)
        for index, question in enumerate(page.questions):
            if index and self.rng.random() < CHANGE_MIND:
                order.insert(order.index(question), self.rng.choice(page.questions[:index]))
        for question in order:
            time.sleep(self.rng.uniform(1.0, 2.0))
            answer, fields[question["position"]] = answer_for(question, self.rng)
            seq += 1
            body = {"tab": tab, "position": question["position"], "answer": answer, "seq": seq}
            response, content = self.request(
                "autosave",
                "POST",
                page.form["data-save-url"],
                json.dumps(body).encode(),
                {"Content-Type": "application/json", "X-CSRFToken": csrf},
            )
            if response is None:
                continue
            if response.status != 200 or json.loads(content) != {"ok": True, "seq": seq}:
                self.errors.append(f"autosave: {response.status} {content[:200]!r}")
                continue
            sent["answers"][str(question["position"])] = {"answer": answer, "seq": seq}
        time.sleep(self.rng.uniform(1.0, 2.0))
        form = [("csrfmiddlewaretoken", csrf), ("tab", tab), ("seq", str(seq)), ("key", sent["key"])]
        form += [("timeout", "")] + [pair for position in sorted(fields) for pair in fields[position]]
        review = f"/kiem-tra/ket-qua/{attempt_id}/"
        if not self.expect_redirect("submit", self.post_form("submit", page.form["action"], form), review):
            return
        sent["retry_sent"] = time.time()
        retry = self.post_form("submit again", page.form["action"], form)
        self.expect_redirect("submit again", retry, review)
        self.record[attempt_id] = sent
        response, _content = self.request("page", "GET", review)
        if response is None or response.status != 200:
            self.errors.append(f"review: {response and response.status}")

    def run(self, attempts: int) -> None:
        time.sleep(self.rng.uniform(0, ARRIVALS))
        try:
            for _ in range(attempts):
                self.take_quiz()
                time.sleep(self.rng.uniform(1.0, 2.0))
        except Exception as error:  # a page the bench cannot read counts as an error, not a silent stop
            self.errors.append(f"learner stopped: {error!r}")
        self.connection.close()


KINDS = {"autosave": True, "submit": True, "submit again": True, "start": False, "page": False}


def report(kind: str, latencies: list) -> bool:
    if not latencies:
        print(f"{kind:<13} no requests")
        return False
    latencies.sort()
    p95 = latencies[max(int(len(latencies) * 0.95) - 1, 0)]
    target = f"   (target p95 ≤ {TARGET_P95_MS} ms)" if KINDS[kind] else ""
    print(
        f"{kind:<13} {len(latencies):>6} requests  median {statistics.median(latencies):6.1f} ms  "
        f"p95 {p95:6.1f} ms  max {latencies[-1]:6.1f} ms{target}"
    )
    return p95 <= TARGET_P95_MS


def main() -> int:
    attempts = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    database_url = os.environ.get("BENCH_DATABASE_URL", "")
    if database_url:
        ensure_postgres_database(database_url)
    store = "PostgreSQL" if database_url else "SQLite (WAL)"
    with hocso_server(database_url=database_url, with_env=True) as (base, env):
        sessions = prepare(env)["sessions"]
        quiz = manage_shell(
            env, SETUP.format(course=COURSE, title=QUIZ_TITLE, per_pool=PER_POOL, sessions=sessions)
        )["quiz"]
        for session in sessions:  # warm up: every session in the cache, every template compiled
            warm = Learner(base, session, quiz, {"page": []}, [], {})
            warm.request("page", "GET", f"/kiem-tra/{quiz}/")
            warm.connection.close()
        latencies, errors, record = {kind: [] for kind in KINDS}, [], {}
        learners = [Learner(base, session, quiz, latencies, errors, record) for session in sessions]
        load = os.getloadavg()[0]
        started = time.monotonic()
        threads = [threading.Thread(target=learner.run, args=(attempts,)) for learner in learners]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.monotonic() - started
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as file:
            json.dump({"quiz": quiz, "attempts": record}, file)
        try:
            check = manage_shell(env, CHECK.format(path=file.name))
        finally:
            os.unlink(file.name)
    questions = check["items"] // max(check["attempts"], 1)
    print(
        f"Quiz attempts, {len(sessions)} concurrent learners × {attempts} attempts of {questions} questions, "
        f"an answer every 1–2 s, gunicorn 2 workers, {store}, {seconds:.0f} s "
        f"(load average {load:.1f} on {os.cpu_count()} CPUs before the run)"
    )
    met = all([report(kind, latencies[kind]) for kind in KINDS if KINDS[kind]])
    for kind in KINDS:
        if not KINDS[kind]:
            report(kind, latencies[kind])
    print(f"errors {len(errors)}" + "".join(f"\n   {error}" for error in errors[:10]))
    saves = len(latencies["autosave"])
    problems = check["problems"]
    print(
        f"server check: {check['attempts']} attempts, {check['items']} stored answers after {saves} saves; "
        f"problems {len(problems)}" + "".join(f"\n   {problem}" for problem in problems[:10])
    )
    ok = met and not errors and not check["problems"] and check["attempts"] == len(sessions) * attempts
    print(
        f"target: autosave and submit p95 ≤ {TARGET_P95_MS} ms with {len(sessions)} learners, 0 errors — "
        f"{'met' if ok else 'NOT met'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
