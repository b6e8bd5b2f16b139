"""The question sheet's shape, its words and its limits, shared by the reader, the checks and the writer.

Cells are matched after folding (no diacritics, no case, punctuation as spaces), so “đúng-sai”, “Đúng / Sai”
and “dung sai” all name the same type; the internal names (single, true_false…) are accepted too.
"""

import datetime as dt
import re
from dataclasses import dataclass

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from cms.text import fold_words
from quizzes.models import Difficulty

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000
OPTIONS = 10  # the most any type takes: ordering steps and short-text answers
MAX_POINTS = 1000
PAIR = "=>"
PAIR_SEPARATORS = re.compile(r"=>|⇒|→")
SHEET = "Câu hỏi"
GUIDE_SHEET = "Hướng dẫn"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: int
    aliases: tuple[str, ...] = ()  # folded Vietnamese, accepted whatever the admin's language


COLUMNS = (
    Column("id", _("ID"), 8, ("id", "ma")),
    Column("title", _("Tên gợi nhớ"), 28, ("ten goi nho",)),
    Column("type", _("Loại"), 16, ("loai", "loai cau hoi")),
    Column("stem", _("Câu hỏi"), 48, ("cau hoi", "noi dung cau hoi")),
    *(
        Column(f"option_{n}", format_lazy("{} {}", _("Phương án"), n), 24, (f"phuong an {n}",))
        for n in range(1, OPTIONS + 1)
    ),
    Column("correct", _("Đáp án đúng"), 12, ("dap an dung", "dap an")),
    Column("partial_credit", _("Chấm từng phần"), 12, ("cham tung phan", "cham diem tung phan")),
    Column("ignore_diacritics", _("Chấp nhận gõ không dấu"), 14, ("chap nhan go khong dau",)),
    Column("points", _("Điểm"), 8, ("diem",)),
    Column("difficulty", _("Độ khó"), 12, ("do kho",)),
    Column("topic", _("Chủ đề"), 20, ("chu de",)),
    Column("tags", _("Nhóm câu hỏi"), 24, ("nhom cau hoi",)),
    Column("explanation", _("Giải thích"), 40, ("giai thich",)),
    Column("note", _("Ghi chú (không nhập)"), 36, ("ghi chu",)),
)
BY_KEY = {column.key: column for column in COLUMNS}
OPTION_KEYS = [f"option_{n}" for n in range(1, OPTIONS + 1)]
REQUIRED = ("title", "type", "stem")

# type: (the name written in the sheet, other folded names accepted, fewest and most option cells)
# The Vietnamese names are aliases too, so a Vietnamese sheet imports whatever the admin's language.
TYPES = {
    "single": (_("một đáp án"), ("mot dap an", "mot lua chon"), 2, 8),
    "multiple": (_("nhiều đáp án"), ("nhieu dap an", "nhieu lua chon"), 2, 8),
    "true_false": (_("đúng-sai"), ("dung-sai", "dung sai"), 0, 0),
    "ordering": (_("sắp xếp"), ("sap xep", "sap xep thu tu"), 2, 10),
    "matching": (_("ghép cặp"), ("ghep cap",), 2, 8),
    "short_text": (_("trả lời ngắn"), ("tra loi ngan",), 1, 10),
    "image_choice": (_("chọn theo ảnh"), ("chon theo anh", "nhan dien qua anh"), 2, 8),
    "image_tap": (_("chạm vào ảnh"), ("cham vao anh", "cham vao cho dang ngo tren anh"), 0, 0),
}
CHOICE_TYPES = ("single", "multiple", "image_choice")
PARTIAL_CREDIT_TYPES = ("multiple", "ordering", "matching")
YES = frozenset({"co", "x", "yes", "true", "1"})
NO = frozenset({"khong", "no", "false", "0"})
TRUE = frozenset({"dung", "d", "true", "1"})
FALSE = frozenset({"sai", "s", "false", "0"})
_DIFFICULTY = {"de": "easy", "trung binh": "medium", "tb": "medium", "kho": "hard"}


def folded(text) -> str:
    return " ".join(fold_words(str(text)))


def header(key: str) -> str:
    return str(BY_KEY[key].header)


def type_name(kind: str) -> str:
    return str(TYPES[kind][0])


def header_names() -> dict[str, str]:
    names = {}
    for column in COLUMNS:
        for name in (*column.aliases, str(column.header)):
            names[folded(name)] = column.key
    return names


def type_names() -> dict[str, str]:
    names = {}
    for kind, (label, aliases, _fewest, _most) in TYPES.items():
        for name in (kind, str(label), *aliases):
            names[folded(name)] = kind
    return names


def difficulty_names() -> dict[str, str]:
    names = dict(_DIFFICULTY)
    for value, label in Difficulty.choices:
        names[folded(value)] = value
        names[folded(label)] = value
    return names


def cell_text(value) -> str:
    """A cell as text, ends trimmed; a whole number typed into a cell reads as that number."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        # A cell the spreadsheet took for a date: give it back the way Vietnamese write dates.
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()
