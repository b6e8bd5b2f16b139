"""Translation catalogues are complete and their compiled .mo files match the .po sources."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(ROOT.glob("locale*/*/LC_MESSAGES/*.po"))


def test_there_are_vietnamese_and_english_catalogues():
    names = {str(p.relative_to(ROOT)) for p in CATALOGUES}
    assert "locale/vi/LC_MESSAGES/django.po" in names
    assert "locale/en/LC_MESSAGES/django.po" in names
    assert "locale_admin/vi/LC_MESSAGES/django.po" in names
    assert "locale_admin/vi/LC_MESSAGES/djangojs.po" in names


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_string_is_translated_and_compiled(po_path):
    po = polib.pofile(str(po_path))
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    mo = polib.mofile(str(po_path.with_suffix(".mo")))
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, tuple(sorted(e.msgstr_plural.items()))) for e in mo}
    for entry in po.translated_entries():
        assert (entry.msgctxt, entry.msgid) in compiled, f"{entry.msgid!r} is not compiled: run msgfmt"
