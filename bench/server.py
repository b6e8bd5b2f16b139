"""Start Học Số (and a bare Wagtail site) under gunicorn with production settings, for benchmarks."""

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
BIN = Path(PY).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()  # noqa: S310 - loopback only
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server did not answer at {url}")


def production_env(var_dir: Path, database_url: str = "") -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "bench-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,h5p.localhost",
        "SECURE_COOKIES": "false",
        "HOCSO_VAR_DIR": str(var_dir),
        "LOG_LEVEL": "WARNING",
        "DATABASE_URL": database_url,
        "REDIS_URL": "",
    }


@contextlib.contextmanager
def hocso_server(workers: int = 2, database_url: str = "", with_env: bool = False):
    """Yield the base URL of a seeded Học Số served by gunicorn with `workers` processes
    (and, with `with_env`, the environment to run manage.py against the same database)."""
    with tempfile.TemporaryDirectory(prefix="hocso-bench-") as tmp:
        env = production_env(Path(tmp), database_url)
        for args in (["migrate", "--no-input", "-v0"], ["seed_demo"], ["collectstatic", "--no-input", "-v0"]):
            subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        port = free_port()
        subprocess.run(
            [
                PY,
                "manage.py",
                "shell",
                "-c",
                f"from wagtail.models import Site; Site.objects.update(hostname='127.0.0.1', port={port})",
            ],
            cwd=ROOT,
            env=env,
            check=True,
        )
        server = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "cms.wsgi",
                f"--workers={workers}",
                f"--bind=127.0.0.1:{port}",
                "--log-level=warning",
            ],
            cwd=ROOT,
            env=env,
        )
        try:
            wait_for(f"http://127.0.0.1:{port}/suc-khoe/")
            base = f"http://127.0.0.1:{port}"
            yield (base, env) if with_env else base
        finally:
            server.terminate()
            server.wait(10)


@contextlib.contextmanager
def bare_wagtail_server(workers: int = 2):
    """Yield the base URL of a freshly started, unmodified Wagtail project served the same way."""
    with tempfile.TemporaryDirectory(prefix="bare-wagtail-") as tmp:
        subprocess.run(
            [str(BIN / "wagtail"), "start", "bare"], cwd=tmp, check=True, stdout=subprocess.DEVNULL
        )
        project = Path(tmp) / "bare"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bare.settings.production",
            "PYTHONPATH": str(project),
            "DATABASE_URL": "",
        }
        # The project template's production settings read SECRET_KEY from the environment in newer releases.
        env["SECRET_KEY"] = "bare-" + "x" * 40
        (project / "bare" / "settings" / "local.py").write_text(
            "ALLOWED_HOSTS = ['127.0.0.1', 'localhost']\nSECRET_KEY = 'bare-" + "x" * 40 + "'\n"
        )
        for args in (["migrate", "--no-input", "-v0"], ["collectstatic", "--no-input", "-v0"]):
            subprocess.run(
                [PY, "manage.py", *args], cwd=project, env=env, check=True, stdout=subprocess.DEVNULL
            )
        port = free_port()
        server = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "bare.wsgi",
                f"--workers={workers}",
                f"--bind=127.0.0.1:{port}",
                "--log-level=warning",
            ],
            cwd=project,
            env=env,
        )
        try:
            wait_for(f"http://127.0.0.1:{port}/")
            yield f"http://127.0.0.1:{port}"
        finally:
            server.terminate()
            server.wait(10)
