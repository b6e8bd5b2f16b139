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

from bench.server import bare_wagtail_server, hocso_server  # noqa: E402

LESSON = "/khoa-hoc/an-toan-thong-tin-lua-dao/bao-ve-du-lieu-ca-nhan/"
CONNECTIONS = 8


def _client(url: str, seconds: float, counter) -> None:
    parts = urlsplit(url)
    done = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        connection.request("GET", parts.path, headers={"Accept-Encoding": "gzip"})
        response = connection.getresponse()
        response.read()
        connection.close()
        if response.status == 200:
            done += 1
    with counter.get_lock():
        counter.value += done


def requests_per_second(url: str, seconds: float) -> float:
    if shutil.which("wrk"):
        output = subprocess.run(
            ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{int(seconds)}s", "-H", "Accept-Encoding: gzip", url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    counter = multiprocessing.Value("i", 0)
    workers = [
        multiprocessing.Process(target=_client, args=(url, seconds, counter)) for _ in range(CONNECTIONS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return counter.value / seconds


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10
    with hocso_server() as base:
        requests_per_second(base + LESSON, 2)  # warm the page cache and the workers
        lesson = requests_per_second(base + LESSON, seconds)
    with bare_wagtail_server() as bare_base:
        requests_per_second(bare_base + "/", 2)
        bare = requests_per_second(bare_base + "/", seconds)
    tool = "wrk" if shutil.which("wrk") else "python load generator"
    print(f"gunicorn, 2 workers each, {CONNECTIONS} concurrent connections, {seconds:.0f} s, {tool}")
    print(f"bare Wagtail 8 page        : {bare:8.1f} req/s")
    print(f"Học Số anonymous lesson    : {lesson:8.1f} req/s   ratio {lesson / bare:.2f}×   (target ≥ 3×)")


if __name__ == "__main__":
    main()
