"""Taking an uploaded package in: validate, check its libraries against the trusted ones, keep its files."""

import shutil
import tempfile
import zipfile
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.h5p.models import H5PItem, H5PLibrary
from courses.h5p.package import Limits, Package, PackageError, read_package


def limits() -> Limits:
    mb = 1024 * 1024
    return Limits(
        upload_bytes=settings.HOCSO_H5P_MAX_UPLOAD_MB * mb,
        total_bytes=settings.HOCSO_H5P_MAX_TOTAL_MB * mb,
        file_bytes=settings.HOCSO_H5P_MAX_FILE_MB * mb,
        files=settings.HOCSO_H5P_MAX_FILES,
    )


def storage_root() -> Path:
    # Outside MEDIA_ROOT on purpose: package files are served only from the separate H5P origin.
    return Path(settings.HOCSO_H5P_ROOT or Path(settings.VAR_DIR) / "h5p")


def package_dir(digest: str) -> Path:
    return storage_root() / "packages" / digest


def check_libraries(package: Package) -> None:
    """A library version already known must be byte-identical to the copy known; a changed copy of a
    trusted library is exactly what an attacker would upload."""
    problems = []
    for library in package.libraries:
        known = H5PLibrary.objects.filter(
            machine_name=library.name, major=library.major, minor=library.minor, patch=library.patch
        ).first()
        if known is not None and known.digest != library.digest:
            message = (
                _("Thư viện %(name)s %(version)s trong gói khác với bản đã được duyệt; gói bị từ chối.")
                if known.approved
                else _("Thư viện %(name)s %(version)s trong gói khác với bản đang chờ duyệt; gói bị từ chối.")
            )
            problems.append(message % {"name": library.name, "version": library.version})
    if problems:
        raise PackageError(problems)


def validate(upload) -> Package:
    package = read_package(upload, limits())
    check_libraries(package)
    return package


def _extract(upload, package: Package) -> None:
    target = package_dir(package.digest)
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=".incoming-"))
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            for name in package.members:
                # Names were checked by read_package; resolve once more so no write can leave the folder.
                path = (staging / name).resolve()
                if not path.is_relative_to(staging.resolve()):
                    raise PackageError([_("Đường dẫn không an toàn trong gói: %(name)s") % {"name": name}])
                path.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(name) as source, path.open("wb") as sink:
                    shutil.copyfileobj(source, sink)
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def store(upload, *, package: Package, item: H5PItem | None = None, title: str = "", user=None) -> H5PItem:
    """Keep a validated package's files and record it (a new item, or a new package for an item)."""
    with transaction.atomic():
        libraries = []
        for library in package.libraries:
            record, _created = H5PLibrary.objects.get_or_create(
                machine_name=library.name,
                major=library.major,
                minor=library.minor,
                patch=library.patch,
                defaults={"title": library.title, "digest": library.digest, "files": library.files},
            )
            if record.digest != library.digest:
                # Another upload got in first with a different copy.
                check_libraries(package)
            libraries.append(record)
        item = item or H5PItem()
        item.title = title or item.title or package.title
        item.package_name = getattr(upload, "name", "") or "goi.h5p"
        upload.seek(0, 2)
        item.package_size = upload.tell()
        item.digest = package.digest
        item.main_library = f"{package.main.name} {package.main.major}.{package.main.minor}"
        item.h5p_json = package.h5p_json
        item.uploaded_by = user if user is not None and user.is_authenticated else None
        item.save()
        item.libraries.set(libraries)
        # Unpacked last: a package refused above leaves no files behind.
        _extract(upload, package)
    return item


def approve(library: H5PLibrary, user) -> None:
    if library.approved:
        return
    library.approved_at = timezone.now()
    library.approved_by = user
    library.save(update_fields=["approved_at", "approved_by"])
