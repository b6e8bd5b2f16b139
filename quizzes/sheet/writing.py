"""Write questions, or an empty template, as the workbook the import reads back, with a guide sheet."""

import io
from collections.abc import Iterable

import openpyxl
from django.utils.translation import gettext as _
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from quizzes.models import Difficulty, Question
from quizzes.question_data import question_as_data, text_from_html
from quizzes.sheet.columns import (
    CHOICE_TYPES,
    COLUMNS,
    GUIDE_SHEET,
    MAX_POINTS,
    MAX_ROWS,
    OPTION_KEYS,
    PAIR,
    PARTIAL_CREDIT_TYPES,
    REQUIRED,
    SHEET,
    TYPES,
    header,
    type_name,
)

# A spreadsheet runs a cell starting with one of these as a formula (or may, after an edit).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_WRAPPED = {"title", "stem", "explanation", "note", *OPTION_KEYS}
_PREFORMATTED_ROWS = 1000


def _yes_no(value: bool) -> str:
    return _("có") if value else _("không")


def question_row(question: Question) -> dict[str, object]:
    """One question as the sheet's cells, keyed by column."""
    row: dict[str, object] = {
        "id": question.pk,
        "title": question.title,
        "points": question.points,
        "difficulty": question.get_difficulty_display(),
        "topic": question.topic.name if question.topic_id else "",
        "tags": ", ".join(sorted(question.tags.names())),
        "explanation": text_from_html(question.explanation),
    }
    if not len(question.body):
        row["note"] = _("Câu hỏi chưa có nội dung.")
        return row
    data = question_as_data(question)
    kind = data["type"]
    row.update(type=type_name(kind), stem=data["stem"])
    texts: list[str] = []
    if kind in CHOICE_TYPES:
        texts = [text for text, _correct in data["options"]]
        row["correct"] = ", ".join(str(n) for n, (_text, correct) in enumerate(data["options"], 1) if correct)
    elif kind == "true_false":
        row["correct"] = _("Đúng") if data["correct"] else _("Sai")
    elif kind == "ordering":
        texts = data["steps"]
    elif kind == "matching":
        texts = [f"{left} {PAIR} {right}" for left, right in data["pairs"]]
    elif kind == "short_text":
        texts = data["accepted"]
        row["ignore_diacritics"] = _yes_no(data["ignore_diacritics"])
    if kind in PARTIAL_CREDIT_TYPES:
        row["partial_credit"] = _yes_no(data.get("partial_credit", False))
    row.update(zip(OPTION_KEYS, texts, strict=False))
    if kind == "image_tap":
        row["note"] = _(
            "Câu chạm vào ảnh: ảnh và các vùng chạm chỉ sửa được trong trang quản trị, và được giữ nguyên "
            "khi nhập."
        )
    elif data["image"] or data["images"]:
        row["note"] = _("Có ảnh kèm: ảnh được giữ nguyên khi nhập, chỉ đổi được trong trang quản trị.")
    return row


def questions_workbook(questions: Iterable[Question]) -> bytes:
    """The questions as an .xlsx workbook that imports back unchanged."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET
    bold = Font(bold=True)
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index, value=str(column.header))
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="DDE7E2" if column.key in REQUIRED else "F2F2F2")
        sheet.column_dimensions[cell.column_letter].width = column.width
    wrap = Alignment(wrap_text=True, vertical="top")
    count = 0
    for number, question in enumerate(questions, start=2):
        count += 1
        row = question_row(question)
        for index, column in enumerate(COLUMNS, start=1):
            value = row.get(column.key)
            if value in (None, ""):
                continue
            cell = sheet.cell(row=number, column=index)
            _put(cell, value)
            if column.key in _WRAPPED:
                cell.alignment = wrap
    _add_choices(sheet)
    # Text, so “1, 3” is not read as a number; covers rows typed later and a paste into the first rows.
    correct = get_column_letter(_index("correct"))
    sheet.column_dimensions[correct].number_format = "@"
    for number in range(2, max(count, _PREFORMATTED_ROWS) + 2):
        sheet[f"{correct}{number}"].number_format = "@"
    sheet.freeze_panes = "C2"
    _guide(book.create_sheet(GUIDE_SHEET))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def question_template() -> bytes:
    """The empty workbook to fill in: headers only (an example row would be imported), and the guide."""
    return questions_workbook([])


def _put(cell, value) -> None:
    cell.value = value
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        # Stored as text with the “'” prefix style: shown as typed, never run, and read back unchanged.
        cell.data_type = "s"
        cell.quotePrefix = True


def _index(key: str) -> int:
    return [column.key for column in COLUMNS].index(key) + 1


def _add_choices(sheet) -> None:
    lists = {
        "type": [type_name(kind) for kind in TYPES],
        "difficulty": [str(label) for label in Difficulty.labels],
        "partial_credit": [_yes_no(True), _yes_no(False)],
        "ignore_diacritics": [_yes_no(True), _yes_no(False)],
    }
    for key, values in lists.items():
        letter = get_column_letter(_index(key))
        # A warning, not a refusal: the import also accepts other spellings (“dung sai”, “single”…).
        validation = DataValidation(
            type="list",
            formula1='"' + ",".join(values) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle=header(key),
            error=_("Hãy chọn một giá trị trong danh sách."),
        )
        validation.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
        sheet.add_data_validation(validation)


def _guide(guide) -> None:
    bold = Font(bold=True)
    for letter, width in zip("ABCD", (24, 10, 70, 34), strict=True):
        guide.column_dimensions[letter].width = width
    guide.append([_("Hướng dẫn nhập câu hỏi từ bảng tính")])
    guide["A1"].font = Font(bold=True, size=14)
    guide.append([])
    guide.append([_("Cột"), _("Bắt buộc"), _("Cách ghi"), _("Ví dụ")])
    for cell in guide[guide.max_row]:
        cell.font = bold
    for key, how, example in _guide_columns():
        label = _("%(first)s … %(last)s") % {"first": header("option_1"), "last": header(OPTION_KEYS[-1])}
        name = label if key == "option_1" else header(key)
        required = _("Tùy loại") if key in ("option_1", "correct") else _yes_no(key in REQUIRED).capitalize()
        guide.append([name, required, how, example])
    guide.append([])
    guide.append([_("Loại"), "", _("Phương án và đáp án đúng"), _("Ví dụ")])
    for cell in guide[guide.max_row]:
        cell.font = bold
    for kind, how, example in _guide_types():
        guide.append([type_name(kind), "", how, example])
    guide.append([])
    guide.append([_("Lưu ý")])
    guide.cell(row=guide.max_row, column=1).font = bold
    for note in _guide_notes():
        guide.append(["•", "", note])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in guide.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = wrap


def _guide_columns() -> list[tuple[str, str, str]]:
    return [
        (
            "id",
            _(
                "Để trống khi thêm câu hỏi mới. Dòng có ID (như trong tệp xuất ra) cập nhật câu hỏi mang ID "
                "đó; đừng sửa ô này."
            ),
            "12",
        ),
        (
            "title",
            _("Chỉ người soạn thấy, để tìm lại câu hỏi. Tối đa 200 ký tự."),
            "Nhận ra tin nhắn giả mạo",
        ),
        ("type", _("Một trong các loại ở bảng dưới (chọn trong danh sách của ô)."), type_name("single")),
        (
            "stem",
            _("Lời câu hỏi người học đọc. Muốn xuống dòng trong ô, bấm Alt+Enter."),
            "Tin nhắn nào dưới đây là lừa đảo?",
        ),
        (
            "option_1",
            _("Tùy loại câu hỏi, xem bảng dưới. Ghi liền nhau từ Phương án 1, không bỏ trống ô ở giữa."),
            "",
        ),
        ("correct", _("Tùy loại câu hỏi, xem bảng dưới."), "1, 3"),
        (
            "partial_credit",
            _("“có” hoặc “không” (để trống là không). Chỉ dùng cho nhiều đáp án, sắp xếp và ghép cặp."),
            _yes_no(True),
        ),
        (
            "ignore_diacritics",
            _("“có” nếu người học gõ không dấu vẫn được tính đúng. Chỉ dùng cho trả lời ngắn."),
            _yes_no(False),
        ),
        ("points", _("Số nguyên từ 1 đến %(max)s; để trống là 1.") % {"max": MAX_POINTS}, "1"),
        ("difficulty", _("Dễ, Trung bình hoặc Khó; để trống là Trung bình."), str(Difficulty.MEDIUM.label)),
        ("topic", _("Tên một chủ đề đã có (hoặc đường dẫn của nó); có thể để trống."), "Chữ ký số"),
        (
            "tags",
            _("Các nhóm cách nhau dấu phẩy. Bài kiểm tra rút câu hỏi ngẫu nhiên theo nhóm."),
            "vneid, vneid-bai-1",
        ),
        ("explanation", _("Hiện sau khi trả lời: vì sao đáp án đúng, cách nhận ra trong đời thật."), ""),
        ("note", _("Hệ thống ghi khi xuất tệp; cột này không được nhập."), ""),
    ]


def _guide_types() -> list[tuple[str, str, str]]:
    return [
        (
            "single",
            _("2–8 phương án. Đáp án đúng: số thứ tự của phương án đúng."),
            _("Đáp án đúng: %(value)s") % {"value": "2"},
        ),
        (
            "multiple",
            _("2–8 phương án. Đáp án đúng: các số thứ tự, cách nhau dấu phẩy."),
            _("Đáp án đúng: %(value)s") % {"value": "1, 3"},
        ),
        (
            "true_false",
            _("Để trống các cột Phương án. Đáp án đúng: “Đúng” hoặc “Sai”."),
            _("Đáp án đúng: %(value)s") % {"value": _("Đúng")},
        ),
        (
            "ordering",
            _("2–10 bước, ghi theo đúng thứ tự; người học thấy các bước bị xáo trộn. Để trống Đáp án đúng."),
            _("Phương án 1: Đăng nhập; Phương án 2: Chọn thủ tục"),
        ),
        (
            "matching",
            _("2–8 ô, mỗi ô một cặp đúng: “vế trái %(arrow)s vế phải”. Để trống Đáp án đúng.")
            % {"arrow": PAIR},
            f"VNeID {PAIR} " + _("Định danh điện tử"),
        ),
        (
            "short_text",
            _("1–10 câu trả lời được chấp nhận. Để trống Đáp án đúng."),
            "dichvucong.gov.vn",
        ),
        (
            "image_choice",
            _(
                "Như một đáp án, nhưng cần ảnh: chỉ tạo được trong trang quản trị. Bảng tính sửa được chữ "
                "của câu đã có (giữ ô ID); ảnh giữ nguyên."
            ),
            "",
        ),
        (
            "image_tap",
            _(
                "Cần ảnh và các vùng chạm: chỉ tạo được trong trang quản trị. Để trống Phương án và Đáp án "
                "đúng; bảng tính sửa được lời câu hỏi, điểm, độ khó, chủ đề, nhóm, giải thích của câu đã có."
            ),
            "",
        ),
    ]


def _guide_notes() -> list[str]:
    return [
        _(
            "Ghi mỗi câu hỏi một dòng trong trang “%(sheet)s”, bắt đầu từ dòng 2. Không sửa, không xóa dòng "
            "tiêu đề."
        )
        % {"sheet": SHEET},
        _(
            "Trước khi nhập, hệ thống kiểm tra mọi dòng. Chỉ cần một dòng sai là không dòng nào được nhập; "
            "trang kết quả chỉ rõ dòng nào, cột nào cần sửa."
        ),
        _(
            "Nhập lại tệp vừa xuất mà không sửa gì thì không có gì thay đổi. Câu hỏi chỉ có phiên bản mới "
            "khi lời, phương án hay cách chấm thay đổi; bài người học đã làm vẫn giữ phiên bản cũ."
        ),
        _(
            "Chữ đậm, liên kết, danh sách trong câu hỏi và giải thích không hiện trong bảng tính. Ô không "
            "sửa thì giữ nguyên định dạng; ô đã sửa sẽ mất định dạng cũ."
        ),
        _(
            "Ảnh kèm câu hỏi và ảnh của phương án không sửa được qua bảng tính; khi cập nhật, ảnh được giữ "
            "nguyên."
        ),
        _(
            "Câu trả lời ngắn mới không phân biệt chữ hoa, chữ thường và bỏ qua khoảng trắng thừa; câu đã có "
            "giữ cài đặt của nó."
        ),
        _("Tệp dạng .xlsx, không quá 5 MB, tối đa %(max)s câu hỏi mỗi lần nhập.")
        % {"max": f"{MAX_ROWS:,}".replace(",", ".")},
    ]
