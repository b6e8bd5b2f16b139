"""Import a checked question sheet in one transaction: every row, or nothing at all."""

import json
from dataclasses import dataclass

from django.db import transaction
from taggit.models import Tag
from wagtail.log_actions import log

from courses.models import Topic
from quizzes.models import Question
from quizzes.sheet.checking import ID_TEXT, Lookups, SheetResult, SheetRow, check_rows
from quizzes.sheet.columns import cell_text, folded
from quizzes.sheet.reading import read_sheet

LOOKUP_SLICE = 900  # under the 999 parameters some SQLite builds allow in one query


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def sheet_lookups(rows: list[tuple[int, dict]]) -> Lookups:
    """The topics, and the questions the sheet's IDs name, locked until the import ends."""
    ids = sorted(
        {int(text) for _number, cells in rows if ID_TEXT.fullmatch(text := cell_text(cells.get("id")))}
    )
    existing: dict[int, Question] = {}
    for start in range(0, len(ids), LOOKUP_SLICE):
        chunk = ids[start : start + LOOKUP_SLICE]
        existing.update(
            (question.pk, question) for question in Question.objects.select_for_update().filter(pk__in=chunk)
        )
    topics: dict[str, int] = {}
    named = list(Topic.objects.values_list("pk", "name", "slug"))
    for pk, _name, slug in named:
        topics[folded(slug)] = pk
    # A name wins over another topic's slug that folds the same way.
    for pk, name, _slug in named:
        topics[folded(name)] = pk
    tags = {name.casefold(): name for name in Tag.objects.order_by("-pk").values_list("name", flat=True)}
    return Lookups(topics=topics, existing=existing, tags=tags)


def import_questions_file(file, *, user=None) -> tuple[SheetResult, ImportSummary | None]:
    """Check every row of the file, then import them all in one transaction if none has an error.

    A problem with the file as a whole raises ValidationError; row errors come back in the result and
    nothing is changed. Rows with an ID update that question (a new version only if what learners see or
    are graded on changed); rows without one add a question.
    """
    rows = read_sheet(file)
    with transaction.atomic():
        lookups = sheet_lookups(rows)
        result = check_rows(rows, lookups=lookups)
        if not result.is_valid:
            return result, None
        return result, _import(result.rows, lookups.existing, user=user)


def _import(rows: list[SheetRow], existing: dict[int, Question], *, user) -> ImportSummary:
    summary = ImportSummary()
    for row in rows:
        question = existing[row.question_id] if row.question_id else Question()
        if row.question_id and _unchanged(question, row):
            summary.unchanged += 1
            continue
        for name, value in row.fields.items():
            setattr(question, name, value)
        question.body = row.body
        question.tags.set(row.tags)
        question.save()
        log(instance=question, action="wagtail.edit" if row.question_id else "wagtail.create", user=user)
        if row.question_id:
            summary.updated += 1
        else:
            summary.created += 1
    return summary


def _plain_json(value):
    return json.loads(json.dumps(value, sort_keys=True, ensure_ascii=False))


def _unchanged(question: Question, row: SheetRow) -> bool:
    if any(getattr(question, name) != value for name, value in row.fields.items()):
        return False
    if sorted(question.tags.names()) != row.tags:
        return False
    if _plain_json(list(question.body.raw_data)) == _plain_json(row.body):
        return True
    # Written differently (an older shape of a block, say) may still show and grade the same.
    version = question.current_version
    if version is None:
        return False
    wanted = Question(body=row.body, points=question.points, explanation=question.explanation)
    return _plain_json(wanted.spec_and_display()) == _plain_json([version.spec, version.display])
