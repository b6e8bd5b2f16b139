"""A tiny valid H5P package for tests that need one quickly; HocSo.ScamCheck is the real content type."""

import io
import json
import zipfile

MINI_JS = "H5P.Mini = function () { this.attach = function ($c) { $c.html('<p>mini</p>'); }; };\n"


def mini_library_json(patch: int = 0) -> dict:
    return {
        "title": "Mini",
        "machineName": "HocSo.Mini",
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": patch,
        "runnable": 1,
        "preloadedJs": [{"path": "mini.js"}],
    }


def mini_package(*, title: str = "Gói nhỏ", js: str = MINI_JS, patch: int = 0) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "h5p.json",
            json.dumps(
                {
                    "title": title,
                    "language": "vi",
                    "mainLibrary": "HocSo.Mini",
                    "embedTypes": ["div"],
                    "preloadedDependencies": [
                        {"machineName": "HocSo.Mini", "majorVersion": 1, "minorVersion": 0}
                    ],
                }
            ),
        )
        archive.writestr("content/content.json", json.dumps({"text": "Xin chào"}))
        archive.writestr("HocSo.Mini-1.0/library.json", json.dumps(mini_library_json(patch)))
        archive.writestr("HocSo.Mini-1.0/mini.js", js)
    return buffer.getvalue()
