"""Where the bench dataset goes, its sizes and shapes, and writing rows fast."""

import os
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VAR = ROOT / "var" / "bench"
OFFICIALS, CITIZENS, STATEMENTS = 100_000, 2_000_000, 20_000_000
DAY, HOUR, BEAT = 86_400, 3_600, 30  # seconds; a lesson page sends a heartbeat every 30 s
LOCAL = 7 * HOUR  # Vietnam keeps UTC+7 all year; `_local_offset` checks the settings agree
FLUSH_ROWS = 200_000  # statements buffered before every table is written out
LESSONS = 3
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ")
MIDDLE = ("Thị", "Văn", "Hữu", "Ngọc", "Minh", "Thu", "Đức", "Xuân")
GIVEN = ("Hồng", "Lan", "Bình", "Hùng", "Dũng", "Phương", "Thảo", "Nguyên", "Khánh", "Trường", "Ánh")
# slug, title (the first two come from tests.factories.build_site), topic, final test, citizens' pick.
COURSES = (
    ("chu-ky-so", "", "chu-ky-so", True, 2),
    ("thanh-toan", "", "thanh-toan", False, 4),
    ("dich-vu-cong", "Nộp hồ sơ trên Cổng Dịch vụ công", "dich-vu-cong", False, 5),
    ("vneid", "Tài khoản định danh điện tử VNeID", "vneid", False, 6),
    ("an-toan", "Phòng chống lừa đảo trên mạng", "an-toan", True, 5),
)
STATEMENT_BODY = (
    '{"id":"%s","version":"1.0.3","actor":{"objectType":"Agent","account":{"homePage":"%s","name":"%d"}},'
    '"verb":{"id":"%s"},"object":{"objectType":"Activity","id":"%s"},"timestamp":"%s"%s}'
)
RESULTS = {"progressed": ',"result":{"duration":"PT30S"}', "completed": ',"result":{"completion":true}'}


def configure() -> str:
    """Point Django at the bench database (without connecting yet); returns a name for it."""
    url = os.environ.get("BENCH_DATABASE_URL", "")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    os.environ["DATABASE_URL"] = url
    os.environ["HOCSO_VAR_DIR"] = str(VAR)
    VAR.mkdir(parents=True, exist_ok=True)
    import django

    django.setup()
    return "PostgreSQL" if url else f"SQLite ({(VAR / 'db.sqlite3').relative_to(ROOT)})"


def fresh_database() -> None:
    url = os.environ.get("BENCH_DATABASE_URL", "")
    if not url:
        for suffix in ("", "-wal", "-shm"):
            (VAR / f"db.sqlite3{suffix}").unlink(missing_ok=True)
        return
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    name = config["NAME"]
    if "bench" not in name:
        raise SystemExit(f"refusing to drop {name!r}: the bench database's name must contain 'bench'")
    server = {"host": config["HOST"] or "127.0.0.1", "port": config["PORT"] or 5432, "user": config["USER"]}
    with psycopg.connect(
        **server, password=config["PASSWORD"] or None, dbname="postgres", autocommit=True
    ) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        db.execute(f'CREATE DATABASE "{name}"')


# --- Writing rows fast ---------------------------------------------------------------------------


class Writer:
    """Buffers rows per table and writes them with COPY (PostgreSQL) or executemany (SQLite)."""

    def __init__(self, *, bulk: bool = False):
        from django.db import connection

        self.connection, self.bulk = connection, bulk
        self.pg = connection.vendor == "postgresql"
        self.rows: dict = defaultdict(list)
        self.counts: Counter = Counter()

    def stamp(self, t: float) -> str:
        """A moment (seconds since the epoch) as the database takes a timestamp."""
        return time.strftime("%Y-%m-%d %H:%M:%S+00" if self.pg else "%Y-%m-%d %H:%M:%S", time.gmtime(t))

    def flush(self, order) -> None:
        for model, fields in order:  # parents before children
            rows = self.rows.pop(model, None)
            if rows:
                self.write(model, fields, rows)

    def write(self, model, fields, rows) -> None:
        from django.db import transaction

        qn = self.connection.ops.quote_name
        table = qn(model._meta.db_table)
        columns = ", ".join(qn(model._meta.get_field(name).column) for name in fields)
        with self.connection.cursor() as cursor:
            if self.pg:
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join(["%s"] * len(fields))
                with transaction.atomic():
                    cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        self.counts[model._meta.label] += len(rows)

    @contextmanager
    def loading(self, models):
        """For large loads: foreign keys go unchecked (the generator keeps them consistent) and the
        plain indexes of the big tables are built once at the end instead of row by row."""
        if not self.bulk:
            yield
            return
        saved = []
        with self.connection.cursor() as cursor:
            if self.pg:
                cursor.execute("SET synchronous_commit = off")
                try:
                    cursor.execute("SET session_replication_role = replica")
                except Exception as error:  # noqa: BLE001 - only a superuser may; then rows are checked
                    print(f"  foreign keys stay checked ({error})")
            for model in models:
                saved += self._drop_indexes(cursor, model._meta.db_table)
        try:
            yield
        finally:
            with self.connection.cursor() as cursor:
                if self.pg:
                    cursor.execute("SET maintenance_work_mem = '1GB'")
                for statement in saved:
                    cursor.execute(statement)
                if self.pg:
                    cursor.execute("RESET session_replication_role")
                    cursor.execute("RESET maintenance_work_mem")

    def _drop_indexes(self, cursor, table: str) -> list[str]:
        if self.pg:
            cursor.execute(
                "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i "
                "ON i.oid = x.indexrelid WHERE x.indrelid = %s::regclass AND NOT x.indisunique",
                [table],
            )
        else:
            cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = %s "
                "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%%'",
                [table],
            )
        found = cursor.fetchall()
        for name, _ in found:
            cursor.execute(f"DROP INDEX {self.connection.ops.quote_name(name)}")
        return [sql for _, sql in found]


def shares(total: int, weights: list[float]) -> list[int]:
    """`total` split in proportion to the weights, in whole numbers that add up exactly."""
    whole = sum(weights) or 1
    raw = [total * w / whole for w in weights]
    out = [int(x) for x in raw]
    for i in sorted(range(len(raw)), key=lambda i: out[i] - raw[i])[: total - sum(out)]:
        out[i] += 1
    return out
