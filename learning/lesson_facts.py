"""What progress tracking needs to know about published lessons, without loading pages.

A progress event arrives every 30 seconds from every active learner; parsing StreamFields and walking
the page tree for each one would cost more than the event itself. The facts are rebuilt whenever the
page cache's generation changes, which happens on every publish, unpublish, move and delete.
"""

import uuid
from dataclasses import dataclass

from django.core.cache import cache

from cms.page_cache import current_generation
from courses.models import CoursePage, LessonPage


@dataclass(frozen=True)
class Facts:
    pk: int
    title: str
    url: str


@dataclass(frozen=True)
class LessonFacts(Facts):
    course_id: int
    optional: bool
    practice_block_ids: tuple[str, ...]
    # (block id, H5P item id) of the lesson's H5P blocks; they count as practice too.
    h5p_blocks: tuple[tuple[str, int], ...] = ()

    def h5p_item(self, block: str) -> int | None:
        return next((item for block_id, item in self.h5p_blocks if block_id == block), None)


@dataclass(frozen=True)
class Catalogue:
    lessons: dict[int, LessonFacts]
    courses: dict[int, Facts]
    required: dict[int, tuple[int, ...]]

    def lesson(self, pk) -> LessonFacts | None:
        try:
            return self.lessons.get(int(pk))
        except (TypeError, ValueError):
            return None


def _build() -> Catalogue:
    courses = {
        page.pk: (page, Facts(page.pk, page.title, page.get_url() or f"/pages/{page.pk}/"))
        for page in CoursePage.objects.live().public()
    }
    by_path = {page.path: pk for pk, (page, _) in courses.items()}
    lessons, required = {}, {pk: [] for pk in courses}
    for lesson in LessonPage.objects.live().public().order_by("path"):
        course_id = by_path.get(lesson.path[: -LessonPage.steplen])
        if course_id is None:
            continue
        raw = lesson.body.raw_data
        practice = tuple(block["id"] for block in raw if block["type"] in ("practice", "h5p"))
        h5p = tuple((block["id"], block["value"].get("item")) for block in raw if block["type"] == "h5p")
        lessons[lesson.pk] = LessonFacts(
            lesson.pk,
            lesson.title,
            lesson.get_url() or f"/pages/{lesson.pk}/",
            course_id,
            lesson.optional,
            practice,
            h5p,
        )
        if not lesson.optional:
            required[course_id].append(lesson.pk)
    return Catalogue(
        lessons=lessons,
        courses={pk: facts for pk, (_, facts) in courses.items()},
        required={pk: tuple(ids) for pk, ids in required.items()},
    )


_held: dict[str, tuple] = {}


def catalogue() -> Catalogue:
    """This process's facts, rebuilt when pages change or the shared cache was emptied."""
    generation_key = f"lesson-facts:{current_generation()}"
    # The token names one build era; a flushed cache or a new generation gets a new one.
    token = cache.get(generation_key)
    if token is None:
        cache.add(generation_key, uuid.uuid4().hex, None)
        token = cache.get(generation_key)
    held = _held.get("catalogue")
    if held and held[0] == (generation_key, token):
        return held[1]
    found = _build()
    _held["catalogue"] = ((generation_key, token), found)
    return found
