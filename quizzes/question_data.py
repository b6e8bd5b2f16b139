"""A question as simple data, and the raw StreamField body it becomes.

The demo seeder and the spreadsheet import both describe a question as a small dict and turn it into the
body of a Question here, so the two write exactly the same shape.

The dict: key (prefix of the item ids), type (a QuestionBlock child name), stem (plain text) and, by type:
- single, multiple, image_choice: options [(text, correct), ...]; multiple also partial_credit.
- true_false: correct (bool).
- ordering: steps in the right order, partial_credit. matching: pairs [(left, right), ...], partial_credit.
- short_text: accepted [...], ignore_diacritics; ignore_case and ignore_spacing default to True.
- image_tap: regions, the raw list of the question being kept (a sheet cannot describe them).
Optional for any type: stem_html (used as is instead of stem), image and image_alt, block_id (else key),
ids (item text -> id to keep: for matching the left text), images (option text -> image id to keep).
"""

import hashlib
from html import escape
from html.parser import HTMLParser

from django.core.exceptions import ValidationError

from quizzes.blocks import QuestionBlock
from quizzes.grading import spec_errors


def html_from_text(text: str) -> str:
    """Plain text as rich text: each non-empty line a paragraph."""
    lines = [line.strip() for line in text.splitlines()]
    return "".join(f"<p>{escape(line, quote=False)}</p>" for line in lines if line)


def tidy_text(text: str) -> str:
    """Lines with their spaces collapsed and blank lines dropped: how a sheet cell and rich text compare."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


class _TextCollector(HTMLParser):
    _BREAKS = frozenset({"p", "li", "br", "div", "ol", "ul", "blockquote", "h1", "h2", "h3", "h4", "h5"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def text_from_html(html: str) -> str:
    """The words of rich text, one line per paragraph or list item; formatting and links are dropped."""
    collector = _TextCollector()
    collector.feed(html or "")
    collector.close()
    return tidy_text("".join(collector.parts))


def body_item(key: str, text: str, value) -> dict:
    # The id comes from the text, not the position: ids counting up from the right order would give
    # an ordering question away to anyone reading the page source.
    digest = hashlib.sha256(text.encode()).hexdigest()[:8]
    return {"type": "item", "id": f"{key}-{digest}", "value": value}


def _items(data: dict, entries: list[tuple[str, object]]) -> list[dict]:
    """List items keyed on their text; an id in data["ids"] is kept, and no two items share an id."""
    keep = data.get("ids") or {}
    taken: set[str] = set()
    items = []
    for text, value in entries:
        item = body_item(data["key"], text, value)
        if text in keep:
            item["id"] = keep[text]
        base, suffix = item["id"], 2
        while item["id"] in taken:
            item["id"] = f"{base}-{suffix}"
            suffix += 1
        taken.add(item["id"])
        items.append(item)
    return items


def question_body(data: dict) -> list[dict]:
    """The raw StreamField data of one question; the same data gives the same ids on every run."""
    key, kind = data["key"], data["type"]
    stem = data["stem_html"] if "stem_html" in data else html_from_text(data["stem"])
    value = {"stem": stem, "image": data.get("image"), "image_alt": data.get("image_alt", "")}
    if kind in ("single", "multiple", "image_choice"):
        images = data.get("images") or {}
        value["options"] = _items(
            data,
            [
                (text, {"text": text, "image": images.get(text), "correct": correct})
                for text, correct in data["options"]
            ],
        )
        if kind == "multiple":
            value["partial_credit"] = data.get("partial_credit", False)
    elif kind == "true_false":
        value["correct"] = "true" if data["correct"] else "false"
    elif kind == "ordering":
        value["steps"] = _items(data, [(step, step) for step in data["steps"]])
        value["partial_credit"] = data.get("partial_credit", False)
    elif kind == "matching":
        pairs = [(left, {"left": left, "right": right}) for left, right in data["pairs"]]
        value["pairs"] = _items(data, pairs)
        value["partial_credit"] = data.get("partial_credit", False)
    elif kind == "short_text":
        value["accepted"] = _items(data, [(text, text) for text in data["accepted"]])
        value["ignore_case"] = data.get("ignore_case", True)
        value["ignore_spacing"] = data.get("ignore_spacing", True)
        value["ignore_diacritics"] = data.get("ignore_diacritics", False)
    elif kind == "image_tap":
        value["regions"] = data["regions"]
    else:
        raise ValueError(f"{key}: unknown question type {kind!r}")
    return [{"type": kind, "value": value, "id": data.get("block_id", key)}]


def question_as_data(question) -> dict:
    """What question_body would need to write the question's body again: plain texts to show in a sheet,
    plus what a sheet cannot carry (ids, images, the rich stem, tap regions) so an update can keep it."""
    child = question.body[0]
    kind, value = child.block_type, child.value
    image = value.get("image")
    data: dict = {
        "type": kind,
        "key": child.id,
        "block_id": child.id,
        "stem": text_from_html(value["stem"].source),
        "stem_html": value["stem"].source,
        "image": image.pk if image else None,
        "image_alt": value.get("image_alt", ""),
        "ids": {},
        "images": {},
    }
    if kind in ("single", "multiple", "image_choice"):
        data["options"] = []
        for item in value["options"].bound_blocks:
            text = item.value["text"]
            data["options"].append((text, bool(item.value["correct"])))
            data["ids"][text] = item.id
            if item.value["image"]:
                data["images"][text] = item.value["image"].pk
    elif kind == "true_false":
        data["correct"] = value["correct"] == "true"
    elif kind == "ordering":
        data["steps"] = [item.value for item in value["steps"].bound_blocks]
        data["ids"] = {item.value: item.id for item in value["steps"].bound_blocks}
    elif kind == "matching":
        data["pairs"] = [(item.value["left"], item.value["right"]) for item in value["pairs"].bound_blocks]
        data["ids"] = {item.value["left"]: item.id for item in value["pairs"].bound_blocks}
    elif kind == "short_text":
        data["accepted"] = [item.value for item in value["accepted"].bound_blocks]
        data["ids"] = {item.value: item.id for item in value["accepted"].bound_blocks}
        for flag in ("ignore_case", "ignore_spacing", "ignore_diacritics"):
            data[flag] = bool(value[flag])
    elif kind == "image_tap":
        data["regions"] = child.block.child_blocks["regions"].get_prep_value(value["regions"])
    if "partial_credit" in value:
        data["partial_credit"] = bool(value["partial_credit"])
    return data


def body_errors(body: list[dict]) -> list[tuple[str, int | None, str]]:
    """What the question editor would refuse in a raw body, then what grading would refuse in the spec it
    makes, as (field, item index or None, message); the field is "" for a spec problem."""
    block = QuestionBlock()
    try:
        cleaned = block.clean(block.to_python(body))
    except ValidationError as error:
        found = []
        for path, message in _error_messages(error, ()):
            # The path starts at the stream child: (0, field, [index, [sub-field]]).
            field = str(path[1]) if len(path) > 1 else ""
            index = path[2] if len(path) > 2 and isinstance(path[2], int) else None
            found.append((field, index, message))
        return found
    child = cleaned[0]
    spec, _display = child.block.spec(child.value)
    return [("", None, str(message)) for message in spec_errors(spec)]


def _error_messages(error, path: tuple):
    children = getattr(error, "block_errors", None) or {}
    general = getattr(error, "non_block_errors", None) or []
    if children or general:
        pairs = children.items() if isinstance(children, dict) else enumerate(children)
        for key, child in pairs:
            if child is not None:
                yield from _error_messages(child, (*path, key))
        for item in general.as_data() if hasattr(general, "as_data") else general:
            for message in getattr(item, "messages", [str(item)]):
                yield path, str(message)
        return
    for message in getattr(error, "messages", [str(error)]):
        yield path, str(message)
