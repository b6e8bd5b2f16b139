"""Import of a commune officials roster from .xlsx: parse, check every row, import, all timed.

Budget (issue 3): a 5,000-row roster imports in ≤ 10 s, checks included.
Run: .venv/bin/python bench/roster_import.py [rows]
Uses a fresh SQLite database in a temporary directory; with DATABASE_URL set, a throwaway test
database on that server (created and dropped by Django's test utilities, never the named one).
"""

import io
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from learning.positions import COMMUNE_POSTS  # noqa: E402 - plain data, no Django needed

TARGET_SECONDS = 10
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
GIVEN = ["Văn An", "Thị Bích", "Văn Cường", "Thị Dung", "Minh Đức", "Thu Hà", "Quang Huy", "Thị Lan"]


def roster_workbook(
    rows: int, *, renamed_every: int = 0, suffix: str = "đổi tên", first_number: int = 0
) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách cán bộ"
    sheet.append(["Họ và tên", "Số điện thoại", "Chức vụ", "Năm sinh", "Thư điện tử"])
    for i in range(rows):
        national = f"09{first_number + i:08d}"
        # Numbers as people type them: plain, spaced, international.
        phone = (national, f"{national[:4]} {national[4:7]} {national[7:]}", "+84" + national[1:])[i % 3]
        name = f"{FAMILY[i % len(FAMILY)]} {GIVEN[i % len(GIVEN)]} {i}"
        if renamed_every and i % renamed_every == 0:
            name += f" ({suffix})"
        email = f"canbo{i}@example.vn" if i % 4 == 0 else None
        sheet.append([name, phone, COMMUNE_POSTS[i % len(COMMUNE_POSTS)], 1960 + i % 45, email])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def timed_import(data: bytes, commune, manager):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from learning.roster import import_roster, parse_roster

    started = time.perf_counter()
    result = parse_roster(SimpleUploadedFile("danh-sach.xlsx", data), unit=commune)
    parsed = time.perf_counter()
    assert result.is_valid, result.errors[:5]
    summary = import_roster(result, unit=commune, by=manager)
    return parsed - started, time.perf_counter() - parsed, summary


def report(label: str, rows: int, parse: float, write: float, summary, target: bool = False) -> None:
    total = parse + write
    verdict = f"   (target ≤ {TARGET_SECONDS} s)" if target else ""
    print(f"{label} {rows:,} rows: {total:.2f} s{verdict}")
    print(
        f"   read+check {parse:.2f} s, write {write:.2f} s; created {summary.created}, "
        f"updated {summary.updated}, unchanged {summary.unchanged}"
    )


def run(rows: int) -> None:
    from django.db import connection

    from learning.models import AdministrativeUnit, Requirement, Role, UnitLevel, User
    from tests.factories import build_site

    province = AdministrativeUnit.objects.create(
        code="19", level=UnitLevel.PROVINCE, name="Thái Nguyên", name_with_type="Tỉnh Thái Nguyên"
    )
    commune = AdministrativeUnit.objects.create(
        code="05830", level=UnitLevel.COMMUNE, name="Đại Từ", name_with_type="Xã Đại Từ", parent=province
    )
    manager = User.objects.create_user(
        "0777000006", "bench-password", full_name="Quản lý xã", role=Role.COMMUNE_MANAGER, unit=commune
    )
    first = roster_workbook(rows)
    print(f"{connection.vendor}, workbook {len(first) / 1024:.0f} KB")

    parse, write, summary = timed_import(first, commune, manager)
    assert summary.created == rows
    report("roster import", rows, parse, write, summary, target=True)
    parse, write, summary = timed_import(first, commune, manager)
    assert summary.unchanged == rows
    report("re-import, same file", rows, parse, write, summary, target=True)
    parse, write, summary = timed_import(roster_workbook(rows, renamed_every=10), commune, manager)
    report("re-import, 10% renamed", rows, parse, write, summary, target=True)
    parse, write, summary = timed_import(
        roster_workbook(rows, renamed_every=1, suffix="đổi tên lần hai"), commune, manager
    )
    assert summary.updated == rows
    report("re-import, every row renamed", rows, parse, write, summary, target=True)

    # With a course required of the province's officials, each created or changed person is enrolled.
    site = build_site(lessons=1, with_practice=False)
    Requirement.objects.create(course=site["course"], unit=province, role=Role.OFFICIAL, due_on="2026-12-31")
    other = AdministrativeUnit.objects.create(
        code="01849",
        level=UnitLevel.COMMUNE,
        name="Phong Quang",
        name_with_type="Xã Phong Quang",
        parent=province,
    )
    parse, write, summary = timed_import(roster_workbook(rows, first_number=rows), other, manager)
    assert summary.created == rows
    report("roster import with a required course", rows, parse, write, summary)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory(prefix="hocso-bench-") as tmp:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
        os.environ["HOCSO_VAR_DIR"] = tmp
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command
        from django.db import connection

        if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
            # A file database like production's (WAL), not the test runner's in-memory one.
            call_command("migrate", "--no-input", verbosity=0)
            run(rows)
        else:
            name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
            try:
                run(rows)
            finally:
                connection.creation.destroy_test_db(name, verbosity=0)


if __name__ == "__main__":
    main()
