"""H5P archives built in memory: a valid package, and zips broken in exactly one chosen way.

A zip's central directory is what readers trust, so the lies here (a symlink mode, a smaller or larger
size, a wrong CRC, an unknown compression method) are written into it after the real bytes, just as a
hand-crafted hostile archive would carry them.
"""

import io
import json
import warnings
import zipfile
from collections.abc import Iterable, Mapping

SYMLINK_ATTR = 0o120777 << 16

MAIN = "HocSo.Check"
SHARED = "HocSo.Shared"
EDITOR = "HocSo.CheckEditor"
MAIN_FOLDER = f"{MAIN}-1.0"
SHARED_FOLDER = f"{SHARED}-1.2"
EDITOR_FOLDER = f"{EDITOR}-1.0"
TITLE = "Nhận biết tin nhắn lừa đảo"

# Not a real image; the validator judges a file by its extension and size, never by decoding it.
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2).encode()


def dependency(name: str, major: int, minor: int) -> dict:
    return {"machineName": name, "majorVersion": major, "minorVersion": minor}


def h5p_json(**changes) -> dict:
    manifest = {
        "title": TITLE,
        "language": "vi",
        "mainLibrary": MAIN,
        "embedTypes": ["iframe"],
        "license": "U",
        "preloadedDependencies": [dependency(MAIN, 1, 0)],
    }
    manifest.update(changes)
    return manifest


def library_json(name: str, major: int, minor: int, **changes) -> dict:
    library = {
        "title": name,
        "machineName": name,
        "majorVersion": major,
        "minorVersion": minor,
        "patchVersion": 3,
        "runnable": 1,
        "coreApi": {"majorVersion": 1, "minorVersion": 19},
    }
    library.update(changes)
    return library


def valid_files(**changes) -> dict[str, bytes]:
    """A package whose content needs HocSo.Check 1.0, which needs HocSo.Shared 1.2; it also carries an
    editor-only library, as exports from the H5P editor do.

    Pass a member's path (via ``**{"content/x.json": ...}``) to change it: None removes it, bytes replace
    it, anything else is written as JSON.
    """
    files = {
        "h5p.json": _json(h5p_json()),
        "content/content.json": _json(
            {
                "questions": [
                    {"text": "Tin nhắn báo trúng thưởng, yêu cầu gửi mã OTP.", "scam": True},
                    {"text": "Tin nhắn từ tổng đài 1900 của ngân hàng, không kèm đường dẫn.", "scam": False},
                ]
            }
        ),
        "content/images/tin-nhan.png": PNG,
        f"{MAIN_FOLDER}/library.json": _json(
            library_json(
                MAIN,
                1,
                0,
                preloadedJs=[{"path": "check.js"}],
                preloadedCss=[{"path": "styles/check.css"}],
                preloadedDependencies=[dependency(SHARED, 1, 2)],
                editorDependencies=[dependency(EDITOR, 1, 0)],
            )
        ),
        f"{MAIN_FOLDER}/check.js": b"H5P.HocSoCheck = function (params) { this.params = params; };\n",
        f"{MAIN_FOLDER}/styles/check.css": b".h5p-hocso-check { font-size: 1.125rem; }\n",
        f"{MAIN_FOLDER}/semantics.json": _json([{"name": "questions", "type": "list"}]),
        f"{SHARED_FOLDER}/library.json": _json(
            library_json(SHARED, 1, 2, runnable=0, preloadedJs=[{"path": "shared.js"}])
        ),
        f"{SHARED_FOLDER}/shared.js": b"H5P.HocSoShared = { version: '1.2' };\n",
        f"{EDITOR_FOLDER}/library.json": _json(
            library_json(EDITOR, 1, 0, runnable=0, preloadedJs=[{"path": "editor.js"}])
        ),
        f"{EDITOR_FOLDER}/editor.js": b"H5PEditor.HocSoCheck = {};\n",
    }
    for name, value in changes.items():
        if value is None:
            files.pop(name, None)
        elif isinstance(value, bytes):
            files[name] = value
        else:
            files[name] = _json(value)
    return files


def zip_bytes(
    files: Mapping[str, bytes] | Iterable[tuple[str, bytes]],
    *,
    compression: int = zipfile.ZIP_DEFLATED,
    symlinks: Iterable[str] = (),
    declared_sizes: Mapping[str, int] | None = None,
    bad_crc: Iterable[str] = (),
    corrupt: Iterable[str] = (),
    methods: Mapping[str, int] | None = None,
) -> bytes:
    """Zip ``files`` (a mapping, or (name, bytes) pairs when a name must repeat).

    symlinks: members marked as symbolic links; declared_sizes: the uncompressed size the directory
    claims; bad_crc: members whose recorded CRC-32 is wrong; corrupt: members whose compressed bytes are
    damaged; methods: a compression method number recorded instead of the real one.
    """
    pairs = list(files.items()) if isinstance(files, Mapping) else list(files)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive, warnings.catch_warnings():
        # A repeated name is asked for on purpose.
        warnings.filterwarnings("ignore", "Duplicate name", UserWarning)
        for name, data in pairs:
            info = zipfile.ZipInfo(name, date_time=(2025, 7, 1, 8, 0, 0))
            info.compress_type = compression
            info.external_attr = 0o100644 << 16
            archive.writestr(info, data)
        # writestr has recorded the true values; these overwrite what the central directory will say.
        entries = {info.filename: info for info in archive.infolist()}
        for name in symlinks:
            entries[name].external_attr = SYMLINK_ATTR
        for name, size in (declared_sizes or {}).items():
            entries[name].file_size = size
        for name in bad_crc:
            entries[name].CRC ^= 0xFFFFFFFF
        for name, method in (methods or {}).items():
            entries[name].compress_type = method
    data = bytearray(buffer.getvalue())
    for name in corrupt:
        info = entries[name]
        # Local header: 30 fixed bytes, then the name and the extra field; the compressed data follows.
        name_length = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
        extra_length = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
        start = info.header_offset + 30 + name_length + extra_length
        for offset in range(start, start + min(info.compress_size, 8)):
            data[offset] ^= 0xFF
    return bytes(data)


def zip_file(files: Mapping[str, bytes] | Iterable[tuple[str, bytes]], **options) -> io.BytesIO:
    return io.BytesIO(zip_bytes(files, **options))


def valid_package(**changes) -> io.BytesIO:
    """The valid package as an upload-like file object; ``changes`` as for valid_files."""
    return zip_file(valid_files(**changes))
