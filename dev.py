#!/usr/bin/env python3
"""One script for the two things everyone needs, on a machine with only Python 3.11+.

python3 dev.py run    set up, migrate, load the demo, serve http://127.0.0.1:8000 with the task worker
python3 dev.py test   set up, then lint, check import contracts and migrations, run every test
                      on SQLite, and again on PostgreSQL + Redis when they answer on localhost
"""

import hashlib
import os
import signal
import socket
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PY = VENV / "bin" / "python"
STAMP = VENV / ".hocso-installed"
PG_URL = os.environ.get("HOCSO_TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("HOCSO_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def say(message: str) -> None:
    print(f"\n==> {message}", flush=True)


def sh(*args: str, env: dict | None = None, check: bool = True) -> int:
    result = subprocess.run(args, cwd=ROOT, env={**os.environ, **(env or {})})
    if check and result.returncode != 0:
        sys.exit(f"Lệnh thất bại ({result.returncode}): {' '.join(args)}")
    return result.returncode


def ensure_env(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older python3
        sys.exit("Cần Python 3.11 trở lên.")
    if not PY.exists():
        say("Tạo môi trường ảo .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if not STAMP.exists() or wanted not in STAMP.read_text().split():
        say("Cài các gói Python (lần đầu mất vài phút)")
        sh(str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        sh(str(PY), "-m", "pip", "install", "--quiet", "-e", f".{extras}")
        STAMP.write_text(wanted + "\n")


def manage(*args: str, env: dict | None = None) -> None:
    sh(str(PY), "manage.py", *args, env=env)


def ensure_chromium() -> None:
    if Path("/usr/bin/chromium").exists():
        return
    say("Cài Debian chromium cho kiểm thử trình duyệt")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    sh(*sudo, "apt-get", "update", "-qq")
    sh(
        *sudo,
        "apt-get",
        "install",
        "-y",
        "-qq",
        "chromium",
        "fonts-noto-core",
        env={"DEBIAN_FRONTEND": "noninteractive"},
    )


def answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def run() -> None:
    ensure_env("")
    env = {"DJANGO_SETTINGS_MODULE": "cms.settings.dev"}
    say("Cập nhật cơ sở dữ liệu")
    manage("migrate", "--no-input", "-v0", env=env)
    say("Nạp nội dung mẫu")
    manage("seed_demo", env=env)
    from_cast = subprocess.run(
        [
            str(PY),
            "-c",
            "import base64; from learning.cast import cast_member, DEMO_PASSWORD as p, DEMO_TOTP_SECRET as k; "
            "print(cast_member('admin').phone, p, base64.b32encode(bytes.fromhex(k)).decode())",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    worker = subprocess.Popen([str(PY), "manage.py", "qcluster"], cwd=ROOT, env={**os.environ, **env})
    print(
        "\n  Học Số đang chạy: http://127.0.0.1:8000\n"
        f"  Quản trị:         http://127.0.0.1:8000/quan-tri/  (số điện thoại {from_cast[0]}, mật khẩu {from_cast[1]})\n"
        f"  Mã xác thực hai bước của quản lý mẫu: thêm khóa {from_cast[2]} vào ứng dụng xác thực\n"
        "  Tin nhắn SMS (mã xác nhận) được in ra ngay trong cửa sổ này.\n"
        "  Dừng: Ctrl+C\n",
        flush=True,
    )
    server = subprocess.Popen(
        [str(PY), "manage.py", "runserver", "127.0.0.1:8000"], cwd=ROOT, env={**os.environ, **env}
    )
    try:
        while server.poll() is None and worker.poll() is None:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        for process in (server, worker):
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
        for process in (server, worker):
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


def test() -> None:
    ensure_env("[dev]")
    ensure_chromium()
    env = {"DJANGO_SETTINGS_MODULE": "cms.settings.test", "DATABASE_URL": "", "REDIS_URL": ""}
    say("ruff")
    sh(str(VENV / "bin" / "ruff"), "check", ".")
    sh(str(VENV / "bin" / "ruff"), "format", "--check", ".")
    say("Hợp đồng import (import-linter)")
    sh(str(VENV / "bin" / "lint-imports"), env=env)
    say("Không thiếu migration")
    manage("makemigrations", "--check", "--dry-run", env=env)
    manage("check", "--fail-level", "WARNING", env=env)
    say("Kiểm thử trên SQLite, bộ nhớ đệm cục bộ")
    sh(str(PY), "-m", "pytest", *sys.argv[2:], env=env)
    if answers("127.0.0.1", 5432) and answers("127.0.0.1", 6379):
        say("Kiểm thử lại trên PostgreSQL + Redis")
        sh(
            str(PY),
            "-m",
            "pytest",
            *sys.argv[2:],
            env={**env, "DATABASE_URL": PG_URL, "REDIS_URL": REDIS_URL},
        )
    else:
        say("PostgreSQL hoặc Redis không trả lời trên localhost: bỏ qua lượt chạy thứ hai")
    say("Tất cả kiểm tra đều đạt")


if __name__ == "__main__":
    commands = {"run": run, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    os.chdir(ROOT)
    commands[sys.argv[1]]()
