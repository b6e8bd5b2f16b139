"""Check every row of a question sheet and turn the valid ones into question bodies.

Our own checks come first, with messages that name the cell to fix; then the question editor's own block
validation and the grading spec check, so a sheet can never store what the editor would refuse.
"""

import re
import secrets
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from quizzes.models import Difficulty, Question
from quizzes.question_data import (
    body_errors,
    html_from_text,
    question_as_data,
    question_body,
    text_from_html,
    tidy_text,
)
from quizzes.sheet.columns import (
    CHOICE_TYPES,
    FALSE,
    MAX_POINTS,
    NO,
    OPTION_KEYS,
    OPTIONS,
    PAIR,
    PAIR_SEPARATORS,
    PARTIAL_CREDIT_TYPES,
    TRUE,
    TYPES,
    YES,
    cell_text,
    difficulty_names,
    folded,
    header,
    type_name,
    type_names,
)

_NUMBERS = re.compile(r"[\s,;]+")
ID_TEXT = re.compile(r"[0-9]{1,9}")


@dataclass(frozen=True)
class RowError:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str
    message: str


@dataclass
class SheetRow:
    row: int
    question_id: int | None
    fields: dict  # title, topic_id, difficulty, points, explanation
    tags: list[str]
    body: list[dict]


@dataclass
class SheetResult:
    rows: list[SheetRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return not self.errors

    @property
    def rows_with_errors(self) -> int:
        return len({error.row for error in self.errors})


@dataclass(frozen=True)
class Lookups:
    """What the checks need from the database, loaded once for the whole sheet."""

    topics: dict[str, int]  # folded name or slug -> topic id
    existing: dict[int, Question]  # the questions the sheet's IDs name
    # casefolded -> existing tag name: “VNeID” typed as “vneid” must not become a second tag with another
    # slug, since quizzes draw their questions by slug.
    tags: dict[str, str] = field(default_factory=dict)


def check_rows(rows: list[tuple[int, dict]], *, lookups: Lookups) -> SheetResult:
    """Check every row and turn the valid ones into question bodies; all errors, not just the first."""
    result = SheetResult()
    seen: dict[int, list[int]] = {}
    for number, cells in rows:
        errors: list[RowError] = []
        row = _RowChecker(number, cells, lookups, errors).check()
        if ID_TEXT.fullmatch(text := cell_text(cells.get("id"))):
            seen.setdefault(int(text), []).append(number)
        if errors:
            result.errors.extend(errors)
        elif row is not None:
            result.rows.append(row)
    for question_id, numbers in seen.items():
        if len(numbers) > 1:
            listed = ", ".join(str(number) for number in numbers)
            message = _("ID %(id)s có ở nhiều dòng (dòng %(rows)s). Mỗi câu hỏi chỉ ghi một dòng.") % {
                "id": question_id,
                "rows": listed,
            }
            result.errors.extend(RowError(number, header("id"), message) for number in numbers)
    result.errors.sort(key=lambda error: error.row)
    return result


class _RowChecker:
    def __init__(self, number: int, cells: dict, lookups: Lookups, errors: list[RowError]):
        self.number, self.cells, self.lookups, self.errors = number, cells, lookups, errors

    def error(self, key: str, message: str) -> None:
        self.errors.append(RowError(self.number, header(key), str(message)))

    def text(self, key: str) -> str:
        return cell_text(self.cells.get(key))

    def check(self) -> SheetRow | None:
        question_id, existing = self.question_id()
        old = question_as_data(existing) if existing is not None and len(existing.body) else None
        title = self.text("title")
        if not title:
            self.error("title", _("Thiếu tên gợi nhớ."))
        elif len(title) > Question._meta.get_field("title").max_length:
            self.error("title", _("Tên gợi nhớ dài quá 200 ký tự."))
        kind = self.kind()
        stem = tidy_text(self.text("stem"))
        if not stem:
            self.error("stem", _("Thiếu nội dung câu hỏi."))
        fields = {
            "title": title,
            "topic_id": self.topic(),
            "difficulty": self.difficulty(),
            "points": self.points(),
        }
        tags = self.tags()
        data = self.answers(kind, stem)
        if kind in ("image_choice", "image_tap") and question_id is not False:
            self.image_rules(kind, old)
        if self.errors or data is None:
            return None
        data = _with_kept(data, old)
        explanation = tidy_text(self.text("explanation"))
        if existing is not None and explanation == text_from_html(existing.explanation):
            fields["explanation"] = existing.explanation
        else:
            fields["explanation"] = html_from_text(explanation)
        body = question_body(data)
        self.block_checks(body)
        if self.errors:
            return None
        return SheetRow(self.number, question_id or None, fields, tags, body)

    def question_id(self):
        """(id, question) for a row that updates one, (None, None) for a new one, (False, None) if wrong."""
        raw = self.cells.get("id")
        text = cell_text(raw)
        if not text:
            return None, None
        if isinstance(raw, bool) or not ID_TEXT.fullmatch(text):
            self.error(
                "id",
                _(
                    "ID phải là số của một câu hỏi đã có (như trong tệp xuất ra), hoặc để trống nếu là câu "
                    "hỏi mới."
                ),
            )
            return False, None
        question_id = int(text)
        existing = self.lookups.existing.get(question_id)
        if existing is None:
            self.error(
                "id",
                _("Không có câu hỏi nào mang ID %(id)s. Để trống ô ID nếu đây là câu hỏi mới.")
                % {"id": question_id},
            )
            return False, None
        return question_id, existing

    def kind(self) -> str | None:
        text = self.text("type")
        if not text:
            self.error("type", _("Thiếu loại câu hỏi."))
            return None
        kind = type_names().get(folded(text))
        if kind is None:
            names = ", ".join(f"“{type_name(name)}”" for name in TYPES)
            self.error(
                "type",
                _("Không có loại câu hỏi “%(value)s”. Hãy ghi một trong: %(names)s.")
                % {"value": text, "names": names},
            )
        return kind

    def points(self) -> int:
        text = self.text("points")
        if not text:
            return 1
        if not re.fullmatch(r"[0-9]{1,6}", text) or not 1 <= int(text) <= MAX_POINTS:
            self.error("points", _("Điểm phải là số nguyên từ 1 đến %(max)s.") % {"max": MAX_POINTS})
            return 1
        return int(text)

    def difficulty(self) -> str:
        text = self.text("difficulty")
        if not text:
            return Difficulty.MEDIUM
        value = difficulty_names().get(folded(text))
        if value is None:
            names = ", ".join(f"“{label}”" for label in Difficulty.labels)
            self.error("difficulty", _("Độ khó phải là một trong: %(names)s.") % {"names": names})
            return Difficulty.MEDIUM
        return value

    def topic(self) -> int | None:
        text = self.text("topic")
        if not text:
            return None
        topic_id = self.lookups.topics.get(folded(text))
        if topic_id is None:
            self.error(
                "topic",
                _("Không có chủ đề “%(value)s”. Hãy ghi đúng tên chủ đề đã có, hoặc để trống.")
                % {"value": text},
            )
        return topic_id

    def tags(self) -> list[str]:
        typed = (name.strip() for name in self.text("tags").split(","))
        names = sorted({self.lookups.tags.get(name.casefold(), name) for name in typed if name})
        for name in names:
            if len(name) > 100:
                self.error(
                    "tags", _("Tên nhóm câu hỏi dài quá 100 ký tự: “%(name)s…”.") % {"name": name[:30]}
                )
        return names

    def flag(self, key: str, kind: str | None, types: tuple[str, ...]) -> bool:
        text = self.text(key)
        word = folded(text)
        if not word or word in NO:
            return False
        if word not in YES:
            self.error(key, _("Ghi “có” hoặc “không”, hoặc để trống (là không)."))
            return False
        if kind is not None and kind not in types:
            if key == "partial_credit":
                message = _("Câu “%(type)s” không chấm từng phần; hãy để trống ô này.")
            else:
                message = _("Chỉ câu trả lời ngắn mới có tùy chọn này; câu “%(type)s” hãy để trống ô này.")
            self.error(key, message % {"type": type_name(kind)})
        return True

    def options(self, kind: str) -> list[tuple[str, str]]:
        """The filled option cells as (column key, text), one after another with no gap."""
        filled = [(key, self.text(key)) for key in OPTION_KEYS if self.text(key)]
        label, _aliases, fewest, most = TYPES[kind]
        if filled:
            last = OPTION_KEYS.index(filled[-1][0])
            gap = next((key for key in OPTION_KEYS[:last] if not self.text(key)), None)
            if gap is not None:
                self.error(
                    gap,
                    _(
                        "Ô này để trống nhưng các ô phương án sau nó có nội dung: hãy ghi các phương án liền "
                        "nhau."
                    ),
                )
        if kind == "true_false" and filled:
            self.error(
                filled[0][0],
                _(
                    "Câu đúng-sai không có phương án: để trống các cột Phương án, ghi “Đúng” hoặc “Sai” ở "
                    "cột Đáp án đúng."
                ),
            )
        elif kind == "image_tap" and filled:
            self.error(
                filled[0][0],
                _(
                    "Câu chạm vào ảnh không có phương án trong bảng tính: để trống các cột Phương án; các "
                    "vùng chạm chỉ sửa được trong trang quản trị."
                ),
            )
        elif len(filled) > most:
            self.error(
                filled[most][0],
                _("Câu “%(type)s” có tối đa %(most)s phương án; dòng này có %(count)s.")
                % {"type": label, "most": most, "count": len(filled)},
            )
        elif len(filled) < fewest:
            self.error(
                OPTION_KEYS[len(filled)],
                _("Câu “%(type)s” cần ít nhất %(fewest)s phương án.") % {"type": label, "fewest": fewest},
            )
        return filled

    def answers(self, kind: str | None, stem: str) -> dict | None:
        partial_credit = self.flag("partial_credit", kind, PARTIAL_CREDIT_TYPES)
        ignore_diacritics = self.flag("ignore_diacritics", kind, ("short_text",))
        if kind is None:
            return None
        filled = self.options(kind)
        texts = [text for _key, text in filled]
        data: dict = {"type": kind, "stem": stem}
        if kind in CHOICE_TYPES:
            self.duplicates(filled)
            picked = self.correct_numbers(kind, len(filled))
            data["options"] = [(text, number in picked) for number, text in enumerate(texts, 1)]
            if kind == "multiple":
                data["partial_credit"] = partial_credit
            return data
        if kind == "true_false":
            data["correct"] = self.true_or_false()
            return data
        if self.text("correct"):
            self.error(
                "correct",
                _(
                    "Câu “%(type)s” không dùng cột Đáp án đúng; hãy để trống. Xem cách ghi đáp án của loại "
                    "này trong trang Hướng dẫn."
                )
                % {"type": type_name(kind)},
            )
        if kind == "ordering":
            self.duplicates(filled)
            data.update(steps=texts, partial_credit=partial_credit)
        elif kind == "matching":
            data.update(pairs=self.pairs(filled), partial_credit=partial_credit)
        elif kind == "short_text":
            self.duplicates(filled)
            data.update(accepted=texts, ignore_diacritics=ignore_diacritics)
        return data

    def duplicates(self, filled: list[tuple[str, str]], *, side: str = "") -> None:
        first: dict[str, int] = {}
        for number, (key, text) in enumerate(filled, 1):
            word = text.casefold()
            if word in first:
                message = {
                    "": _("Trùng với phương án %(number)s."),
                    "left": _("Vế trái trùng với vế trái của phương án %(number)s."),
                    "right": _("Vế phải trùng với vế phải của phương án %(number)s."),
                }[side]
                self.error(key, message % {"number": first[word]})
            else:
                first[word] = number

    def correct_numbers(self, kind: str, count: int) -> set[int]:
        raw = self.cells.get("correct")
        text = cell_text(raw)
        if not text:
            self.error(
                "correct", _("Thiếu đáp án đúng: ghi số thứ tự của phương án đúng, ví dụ “2” hoặc “1, 3”.")
            )
            return set()
        # Typed as 1,3 in a spreadsheet set to Vietnamese, where the comma is the decimal mark.
        separators = re.compile(r"[\s,;.]+") if isinstance(raw, float) else _NUMBERS
        tokens = [token for token in separators.split(text) if token]
        if not all(re.fullmatch(r"[0-9]{1,2}", token) for token in tokens):
            self.error("correct", _("Đáp án đúng phải là số thứ tự của phương án, ví dụ “2” hoặc “1, 3”."))
            return set()
        numbers = {int(token) for token in tokens}
        outside = sorted(number for number in numbers if not 1 <= number <= count)
        if outside:
            self.error(
                "correct",
                _("Không có phương án %(number)s: dòng này có %(count)s phương án.")
                % {"number": outside[0], "count": count},
            )
        elif kind != "multiple" and len(numbers) != 1:
            self.error(
                "correct",
                _("Câu “%(type)s” có đúng một đáp án đúng; ô này ghi %(count)s.")
                % {"type": type_name(kind), "count": len(numbers)},
            )
        return numbers

    def true_or_false(self) -> bool:
        word = folded(self.text("correct"))
        if word in TRUE:
            return True
        if word in FALSE:
            return False
        if word:
            self.error("correct", _("Đáp án của câu đúng-sai phải là “Đúng” hoặc “Sai”."))
        else:
            self.error("correct", _("Thiếu đáp án: ghi “Đúng” hoặc “Sai”."))
        return False

    def pairs(self, filled: list[tuple[str, str]]) -> list[tuple[str, str]]:
        pairs, lefts, rights = [], [], []
        for key, text in filled:
            parts = [part.strip() for part in PAIR_SEPARATORS.split(text)]
            if len(parts) != 2 or not all(parts):
                self.error(
                    key,
                    _(
                        "Mỗi ô của câu ghép cặp ghi “vế trái %(arrow)s vế phải”, ví dụ “VNeID %(arrow)s Định "
                        "danh điện tử”."
                    )
                    % {"arrow": PAIR},
                )
                continue
            pairs.append((parts[0], parts[1]))
            lefts.append((key, parts[0]))
            rights.append((key, parts[1]))
        self.duplicates(lefts, side="left")
        self.duplicates(rights, side="right")
        return pairs

    def image_rules(self, kind: str, old: dict | None) -> None:
        if kind == "image_choice" and (old is None or not old["image"]):
            self.error(
                "type",
                _(
                    "Câu “chọn theo ảnh” cần ảnh, mà bảng tính không chứa ảnh: hãy tạo câu này trong trang "
                    "quản trị. Câu đã có ảnh thì giữ ô ID để sửa chữ bằng bảng tính; ảnh được giữ nguyên."
                ),
            )
        elif kind == "image_tap" and (old is None or old["type"] != "image_tap"):
            self.error(
                "type",
                _(
                    "Câu “chạm vào ảnh” cần ảnh và các vùng chạm, mà bảng tính không chứa được: hãy tạo câu "
                    "này trong trang quản trị. Câu đã có thì giữ ô ID; bảng tính sửa được lời câu hỏi, điểm, "
                    "độ khó, chủ đề, nhóm và giải thích, còn ảnh và vùng chạm giữ nguyên."
                ),
            )

    def block_checks(self, body: list[dict]) -> None:
        """The question editor's own checks, so a sheet can never store what the editor would refuse."""
        for name, index, message in body_errors(body):
            self.error(_block_column(name, index), message)


def _block_column(name: str, index: int | None) -> str:
    if name in ("stem", "image_alt"):
        return "stem"
    if name in ("options", "steps", "pairs", "accepted"):
        return OPTION_KEYS[index] if index is not None and index < OPTIONS else OPTION_KEYS[0]
    if name in ("correct", "partial_credit", "ignore_diacritics"):
        return name
    return "type"


def _with_kept(data: dict, old: dict | None) -> dict:
    """The row's data plus what the sheet cannot carry, kept from the question it updates."""
    if old is None:
        data["key"] = "q" + secrets.token_hex(4)
        return data
    data["key"] = data["block_id"] = old["block_id"]
    if data["stem"] == old["stem"]:
        data["stem_html"] = old["stem_html"]
    data.update(image=old["image"], image_alt=old["image_alt"], ids=old["ids"], images=old["images"])
    if data["type"] == "short_text" and old["type"] == "short_text":
        data.update(ignore_case=old["ignore_case"], ignore_spacing=old["ignore_spacing"])
    if data["type"] == "image_tap":
        data["regions"] = old["regions"]
    return data
