"""Zipping an H5P package from folders: the content types that ship with Học Số (courses/h5p_types)
become .h5p files the same way an H5P editor would export them."""

import io
import zipfile
from pathlib import Path

TYPES_DIR = Path(__file__).resolve().parent.parent / "h5p_types"


def pack(content_dir: Path, library_dirs: list[Path]) -> bytes:
    """content_dir holds h5p.json and content/; each library folder is named machineName-major.minor."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(content_dir / "h5p.json", "h5p.json")
        for path in sorted((content_dir / "content").rglob("*")):
            if path.is_file():
                archive.write(path, "content/" + path.relative_to(content_dir / "content").as_posix())
        for library in library_dirs:
            for path in sorted(library.rglob("*")):
                if path.is_file():
                    archive.write(path, f"{library.name}/{path.relative_to(library).as_posix()}")
    return buffer.getvalue()


def scam_check_package() -> bytes:
    return pack(TYPES_DIR / "demo" / "scam-check", [TYPES_DIR / "HocSo.ScamCheck-1.0"])
