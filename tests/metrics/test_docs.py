"""docs/indicators.md says what the code computes, in Vietnamese and English."""

from pathlib import Path

from django.conf import settings
from django.utils import translation

from metrics.docs import indicators_page
from metrics.indicators import INDICATORS


def test_the_docs_page_is_written_from_the_current_definitions():
    page = Path(settings.BASE_DIR, "docs", "indicators.md").read_text(encoding="utf-8")
    assert page == indicators_page(), "run: manage.py indicators_doc"


def test_every_indicator_has_an_english_name_and_definition_in_the_page():
    page = indicators_page()
    english = page.split("## Training indicators: definitions", 1)[1]
    for indicator in INDICATORS:
        with translation.override("en"):
            name, definition = str(indicator.name), str(indicator.definition)
        assert name.isascii() and name in english and definition in english
        assert f"`{indicator.code}`" in english
