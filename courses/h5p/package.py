"""What an uploaded .h5p file must be before anything of it is kept.

Pure: reads a zip from a file object and either returns what it holds or raises PackageError with every
problem found, in Vietnamese. Nothing is written anywhere here.
"""

import hashlib
import json
import lzma
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.utils.translation import gettext as _

# H5P core's default whitelist, without swf: Flash no longer runs anywhere and is only a risk.
CONTENT_EXTENSIONS = frozenset(
    "json png jpg jpeg gif bmp tif tiff svg eot ttf woff woff2 otf webm mp4 ogg mp3 m4a wav txt pdf rtf "
    "doc docx xls xlsx ppt pptx odt ods odp xml csv diff patch md textile vtt webvtt gltf glb".split()
)
# Libraries may also carry code and styles; content never may.
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css"}
MACHINE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9._-]{0,126}$")
LIBRARY_FOLDER = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9._-]*)-(?P<major>\d+)\.(?P<minor>\d+)$")
# Longer names cannot be written to disk (NAME_MAX, and room for the storage folder within PATH_MAX).
MAX_PART_BYTES = 255
MAX_NAME_BYTES = 1024
# What reading a damaged, lying or exotic member raises: a bad CRC, a truncated or corrupt deflate stream,
# an encrypted entry, a compression method Python cannot read.
READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    OSError,
    EOFError,
    RuntimeError,
    NotImplementedError,
    ValueError,
)


@dataclass(frozen=True)
class Limits:
    upload_bytes: int = 50 * 1024 * 1024
    total_bytes: int = 150 * 1024 * 1024
    file_bytes: int = 30 * 1024 * 1024
    files: int = 3000


class PackageError(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class LibraryRef:
    name: str
    major: int
    minor: int

    @property
    def folder(self) -> str:
        return f"{self.name}-{self.major}.{self.minor}"


@dataclass
class Library:
    name: str
    major: int
    minor: int
    patch: int
    title: str
    dependencies: list[LibraryRef]
    files: dict[str, str] = field(default_factory=dict)  # path inside the folder → sha256

    @property
    def ref(self) -> LibraryRef:
        return LibraryRef(self.name, self.major, self.minor)

    @property
    def version(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    @property
    def digest(self) -> str:
        """One hash over every file's path and hash: equal only for byte-identical copies."""
        lines = "".join(f"{path}\0{sha}\n" for path, sha in sorted(self.files.items()))
        return hashlib.sha256(lines.encode()).hexdigest()


@dataclass
class Package:
    digest: str
    title: str
    main: LibraryRef
    h5p_json: dict
    libraries: list[Library]  # only those the content needs to run, main library first
    members: list[str]  # every file to keep: h5p.json, content/…, and the needed libraries' files


def _ref(data, problems: list[str], where: str) -> LibraryRef | None:
    try:
        name, major, minor = data["machineName"], int(data["majorVersion"]), int(data["minorVersion"])
    except (KeyError, TypeError, ValueError, OverflowError):
        problems.append(_("%(where)s có một thư viện khai báo thiếu tên hoặc phiên bản.") % {"where": where})
        return None
    if not isinstance(name, str) or not MACHINE_NAME.match(name) or major < 0 or minor < 0:
        problems.append(_("%(where)s có tên thư viện không hợp lệ.") % {"where": where})
        return None
    return LibraryRef(name, major, minor)


def _refs(items, problems: list[str], where: str) -> list[LibraryRef]:
    if items is None:
        return []
    if not isinstance(items, list):
        problems.append(_("%(where)s khai báo thư viện phụ thuộc sai dạng.") % {"where": where})
        return []
    refs = [_ref(item, problems, where) for item in items]
    return [ref for ref in refs if ref is not None]


def _unsafe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return (
        name.startswith(("/", "\\"))
        or "\\" in name
        or "\0" in name
        or re.match(r"^[A-Za-z]:", name) is not None
        or any(part in ("..", "") for part in name.rstrip("/").split("/"))
        or len(name.encode()) > MAX_NAME_BYTES
        or any(len(part.encode()) > MAX_PART_BYTES for part in name.split("/"))
        or path.is_absolute()
    )


def _ignored(name: str) -> bool:
    # H5P core skips hidden and system files (.DS_Store, __MACOSX/…); so do we, without keeping them.
    return any(part.startswith((".", "_")) for part in name.split("/"))


def _damaged(name: str) -> str:
    return _("Tệp %(name)s trong gói bị hỏng.") % {"name": name}


def _json(archive: zipfile.ZipFile, name: str, problems: list[str]):
    try:
        raw = archive.read(name)
    except READ_ERRORS:
        problems.append(_damaged(name))
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    # Deep nesting ([[[[…) exhausts the parser's recursion before it finds anything wrong.
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        problems.append(_("Tệp %(name)s không phải JSON hợp lệ.") % {"name": name})
        return None
    if not isinstance(data, dict):
        problems.append(_("Tệp %(name)s không phải JSON hợp lệ.") % {"name": name})
        return None
    return data


def _check_entries(archive: zipfile.ZipFile, limits: Limits, problems: list[str]) -> list[zipfile.ZipInfo]:
    entries = archive.infolist()
    if len(entries) > limits.files:
        problems.append(_("Gói có quá nhiều tệp (tối đa %(n)s).") % {"n": limits.files})
        return []
    seen, total, kept = set(), 0, []
    for info in entries:
        name = info.filename
        if _unsafe_name(name):
            problems.append(_("Đường dẫn không an toàn trong gói: %(name)s") % {"name": name})
            continue
        if stat.S_ISLNK(info.external_attr >> 16):
            problems.append(_("Gói chứa liên kết tượng trưng (symlink): %(name)s") % {"name": name})
            continue
        if info.is_dir() or _ignored(name):
            continue
        if name.casefold() in seen:
            problems.append(_("Tệp bị lặp trong gói: %(name)s") % {"name": name})
            continue
        seen.add(name.casefold())
        if info.file_size > limits.file_bytes:
            problems.append(
                _("Tệp %(name)s quá lớn (tối đa %(mb)s MB mỗi tệp).")
                % {"name": name, "mb": limits.file_bytes // (1024 * 1024)}
            )
            continue
        total += info.file_size
        kept.append(info)
    # A name used both as a file and as a folder cannot be written out.
    folders = {
        parent.as_posix().casefold() for info in kept for parent in PurePosixPath(info.filename).parents
    }
    for info in kept:
        if info.filename.casefold() in folders:
            problems.append(_("Tệp bị lặp trong gói: %(name)s") % {"name": info.filename})
    if total > limits.total_bytes:
        problems.append(
            _("Nội dung giải nén quá lớn (tối đa %(mb)s MB).") % {"mb": limits.total_bytes // (1024 * 1024)}
        )
    return kept


def _check_types(entries: list[zipfile.ZipInfo], problems: list[str]) -> None:
    for info in entries:
        name = info.filename
        extension = PurePosixPath(name).suffix.lower().lstrip(".")
        top = name.split("/", 1)[0]
        if name == "h5p.json":
            continue
        if top == "content":
            allowed = CONTENT_EXTENSIONS
        elif "/" in name and LIBRARY_FOLDER.match(top):
            allowed = LIBRARY_EXTENSIONS
        else:
            problems.append(_("Tệp không được phép ở đây: %(name)s") % {"name": name})
            continue
        if extension not in allowed:
            problems.append(_("Loại tệp không được phép: %(name)s") % {"name": name})


def _read_library(
    archive: zipfile.ZipFile, folder: str, names: list[str], problems: list[str]
) -> Library | None:
    where = f"{folder}/library.json"
    data = _json(archive, where, problems)
    if data is None:
        return None
    ref = _ref(data, problems, where)
    try:
        patch = int(data.get("patchVersion", 0))
    except (TypeError, ValueError):
        patch = -1
    if ref is None or patch < 0:
        if ref is not None:
            problems.append(_("%(where)s có phiên bản không hợp lệ.") % {"where": where})
        return None
    if ref.folder != folder:
        problems.append(
            _("Thư mục %(folder)s không khớp với thư viện %(name)s mà nó khai báo.")
            % {"folder": folder, "name": ref.folder}
        )
        return None
    prefix = folder + "/"
    inside = {name[len(prefix) :] for name in names if name.startswith(prefix)}
    for kind in ("preloadedJs", "preloadedCss"):
        items = data.get(kind) or []
        if not isinstance(items, list):
            problems.append(_("%(where)s khai báo %(kind)s sai dạng.") % {"where": where, "kind": kind})
            continue
        for item in items:
            path = item.get("path") if isinstance(item, dict) else None
            if not isinstance(path, str) or path not in inside:
                problems.append(
                    _("Thư viện %(name)s thiếu tệp %(path)s mà nó khai báo.") % {"name": folder, "path": path}
                )
    dependencies = _refs(data.get("preloadedDependencies"), problems, where)
    title = data.get("title") if isinstance(data.get("title"), str) else ref.name
    return Library(ref.name, ref.major, ref.minor, patch, title[:200], dependencies)


def read_package(upload, limits: Limits = Limits()) -> Package:
    """Validate an uploaded .h5p; raise PackageError listing every problem, or return what it holds."""
    upload.seek(0, 2)
    size = upload.tell()
    upload.seek(0)
    if size > limits.upload_bytes:
        raise PackageError(
            [_("Tệp tải lên quá lớn (tối đa %(mb)s MB).") % {"mb": limits.upload_bytes // (1024 * 1024)}]
        )
    digest = hashlib.sha256()
    for chunk in iter(lambda: upload.read(1024 * 1024), b""):
        digest.update(chunk)
    upload.seek(0)
    try:
        archive = zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise PackageError([_("Tệp không phải gói H5P (.h5p là một tệp zip).")]) from None
    with archive:
        problems: list[str] = []
        entries = _check_entries(archive, limits, problems)
        _check_types(entries, problems)
        if problems:
            raise PackageError(problems)
        names = [info.filename for info in entries]
        package = _read_structure(archive, names, problems)
        if problems:
            raise PackageError(problems)
        _hash_files(archive, package, problems)
        if problems:
            raise PackageError(problems)
    package.digest = digest.hexdigest()
    return package


def _read_structure(archive: zipfile.ZipFile, names: list[str], problems: list[str]) -> Package | None:
    if "h5p.json" not in names:
        problems.append(_("Gói thiếu tệp h5p.json."))
        return None
    manifest = _json(archive, "h5p.json", problems)
    if manifest is None:
        return None
    title = manifest.get("title")
    if not isinstance(title, str) or not title.strip():
        problems.append(_("h5p.json thiếu tiêu đề (title)."))
    main_name = manifest.get("mainLibrary")
    needed_refs = _refs(manifest.get("preloadedDependencies"), problems, "h5p.json")
    main = next((ref for ref in needed_refs if ref.name == main_name), None)
    if main is None:
        problems.append(_("h5p.json không khai báo thư viện chính (mainLibrary) trong các thư viện cần nạp."))
    if "content/content.json" not in names:
        problems.append(_("Gói thiếu tệp content/content.json."))
    else:
        _json(archive, "content/content.json", problems)
    folders = sorted(
        {
            name.split("/", 1)[0]
            for name in names
            if "/" in name and LIBRARY_FOLDER.match(name.split("/", 1)[0])
        }
    )
    found: dict[LibraryRef, Library] = {}
    for folder in folders:
        if f"{folder}/library.json" not in names:
            problems.append(_("Thư viện %(folder)s thiếu tệp library.json.") % {"folder": folder})
            continue
        library = _read_library(archive, folder, names, problems)
        if library is not None:
            found[library.ref] = library
    if problems or main is None:
        return None
    # Only what the content needs is kept; editor libraries an export may carry never run for learners.
    order, queue, missing = [], [main, *needed_refs], []
    while queue:
        ref = queue.pop(0)
        if ref in order:
            continue
        if ref not in found:
            if ref.folder not in missing:
                missing.append(ref.folder)
            continue
        order.append(ref)
        queue.extend(found[ref].dependencies)
    if missing:
        problems.append(_("Gói thiếu thư viện cần thiết: %(names)s") % {"names": ", ".join(missing)})
        return None
    libraries = [found[ref] for ref in order]
    kept_folders = {ref.folder for ref in order}
    members = [
        name
        for name in names
        if name == "h5p.json" or name.startswith("content/") or name.split("/", 1)[0] in kept_folders
    ]
    return Package("", title.strip()[:200], main, manifest, libraries, members)


def _hash_files(archive: zipfile.ZipFile, package: Package, problems: list[str]) -> None:
    by_folder = {library.ref.folder: library for library in package.libraries}
    for name in package.members:
        try:
            data = archive.read(name)
        except READ_ERRORS:
            # A size in the directory that lies, a bad checksum, an encrypted entry: all the same to us.
            problems.append(_damaged(name))
            continue
        folder, _sep, inner = name.partition("/")
        if folder in by_folder:
            by_folder[folder].files[inner] = hashlib.sha256(data).hexdigest()
