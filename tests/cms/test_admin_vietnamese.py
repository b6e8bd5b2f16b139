"""Every admin screen a trainer or reviewer uses reads as Vietnamese.

A screen fails when any visible text (or a title, placeholder or aria-label) is exactly
one of Wagtail's or Django's English source strings: that string has no Vietnamese.
"""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
import wagtail
from django.test import Client

from tests.factories import login_verified

WAGTAIL_DIR = Path(wagtail.__file__).parent
# Words that read the same in Vietnamese admin software.
# "None" is Python's None that Wagtail prints into a hidden counter, not a sentence to translate.
SAME_IN_VIETNAMESE = {
    "None",
    "Wagtail",
    "Draftail",
    "URL",
    "ID",
    "JSON",
    "CSV",
    "XLSX",
    "Email",
    "Slug",
    "OK",
    "HTML",
    "PDF",
}


def english_sources(domain: str = "django") -> set[str]:
    strings = set()
    for po in WAGTAIL_DIR.rglob(f"locale/en/LC_MESSAGES/{domain}.po"):
        for entry in polib.pofile(str(po)):
            for text in (entry.msgid, entry.msgid_plural):
                # Only texts that appear verbatim on a page can be recognised; skip templates with placeholders.
                if text and "%" not in text and "{" not in text and re.search(r"[a-z]{3}", text):
                    strings.add(text.strip())
    return strings - SAME_IN_VIETNAMESE


class VisibleText(HTMLParser):
    SKIP = {"script", "style", "template", "noscript", "svg"}

    def __init__(self):
        super().__init__()
        self.texts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skipping += 1
        for name, value in attrs:
            if name in ("title", "placeholder", "aria-label", "alt") and value:
                self.texts.append(value)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data):
        if not self._skipping and data.strip():
            self.texts.append(data)


def untranslated(html: str, sources: set[str]) -> list[str]:
    parser = VisibleText()
    parser.feed(html)
    found = []
    for text in parser.texts:
        normalised = " ".join(text.split())
        if normalised in sources:
            found.append(normalised)
    return sorted(set(found))


@pytest.fixture
def admin_world(site_tree, cast_users):
    from courses.editorial import editorial_setup
    from courses.models import Topic
    from learning.cast import REVIEWERS_GROUP, TRAINERS_GROUP
    from tests.factories import make_image

    workflow = editorial_setup(
        catalogue=site_tree["catalogue"], trainers_group=TRAINERS_GROUP, reviewers_group=REVIEWERS_GROUP
    )
    image = make_image("Ảnh màn hình")
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Hướng dẫn", file=ContentFile(b"%PDF-1.4", name="hd.pdf")
    )
    return {
        **site_tree,
        "workflow": workflow,
        "image": image,
        "document": document,
        "topic": Topic.objects.first(),
    }


def screens(world) -> list[str]:
    lesson = world["lessons"][1]
    course = world["course"]
    return [
        "/quan-tri/",
        f"/quan-tri/pages/{world['catalogue'].pk}/",
        f"/quan-tri/pages/{course.pk}/",
        f"/quan-tri/pages/{course.pk}/edit/",
        f"/quan-tri/pages/{lesson.pk}/edit/",
        f"/quan-tri/pages/add/courses/lessonpage/{course.pk}/",
        f"/quan-tri/pages/{lesson.pk}/history/",
        "/quan-tri/images/",
        "/quan-tri/images/multiple/add/",
        f"/quan-tri/images/{world['image'].pk}/",
        "/quan-tri/documents/",
        "/quan-tri/documents/multiple/add/",
        f"/quan-tri/documents/edit/{world['document'].pk}/",
        "/quan-tri/snippets/",
        "/quan-tri/snippets/courses/topic/",
        f"/quan-tri/snippets/courses/topic/edit/{world['topic'].pk}/",
        "/quan-tri/snippets/courses/competencetag/",
        "/quan-tri/workflows/list/",
        f"/quan-tri/workflows/edit/{world['workflow'].pk}/",
        "/quan-tri/workflows/tasks/index/",
        "/quan-tri/reports/workflow/",
        "/quan-tri/reports/locked/",
        "/quan-tri/bao-cao/khoa-hoc-can-doi-chieu/",
        "/quan-tri/account/",
        "/quan-tri/settings/cms/sitesettings/1/",
        "/quan-tri/users/",
        "/quan-tri/users/new/",
        "/quan-tri/groups/",
    ]


@pytest.mark.django_db
def test_login_page_is_vietnamese():
    sources = english_sources()
    response = Client().get("/quan-tri/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="vi"' in html
    assert "Đăng nhập" in html and "Số điện thoại" in html
    assert untranslated(html, sources) == []


@pytest.mark.django_db
def test_every_admin_screen_of_trainers_and_reviewers_is_vietnamese(admin_world, cast_users):
    sources = english_sources()
    client = Client()
    login_verified(client, cast_users["admin"])
    problems = {}
    for url in screens(admin_world):
        response = client.get(url)
        assert response.status_code == 200, f"{url} -> {response.status_code}"
        html = response.content.decode()
        assert 'lang="vi"' in html, url
        missing = untranslated(html, sources)
        if missing:
            problems[url] = missing
    assert problems == {}


@pytest.mark.django_db
def test_trainer_sees_the_editor_in_vietnamese(admin_world, cast_users):
    sources = english_sources()
    client = Client()
    client.force_login(cast_users["trainer"])
    for url in ("/quan-tri/", f"/quan-tri/pages/{admin_world['lessons'][0].pk}/edit/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert untranslated(response.content.decode(), sources) == [], url


@pytest.mark.django_db
def test_admin_javascript_strings_are_vietnamese(admin_world, cast_users):
    client = Client()
    login_verified(client, cast_users["admin"])
    catalog_js = client.get("/quan-tri/jsi18n/").content.decode()
    match = re.search(r"const newcatalog = (\{.*?\});", catalog_js, re.S)
    catalog = json.loads(match.group(1)) if match else {}
    missing = [text for text in english_sources("djangojs") if text not in catalog]
    assert missing == []
    # Strings Wagtail hands to its scripts through wagtailConfig.
    editor = client.get(f"/quan-tri/pages/{admin_world['lessons'][0].pk}/edit/").content.decode()
    config = re.search(r'<script id="wagtail-config" type="application/json">(.*?)</script>', editor, re.S)
    strings = json.loads(config.group(1)).get("STRINGS", {}) if config else {}
    assert strings, "wagtailConfig.STRINGS not found"
    english = english_sources()
    assert sorted(v for v in strings.values() if isinstance(v, str) and v in english) == []
