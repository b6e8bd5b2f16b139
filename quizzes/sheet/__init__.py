"""The question bank as an .xlsx workbook: export, a blank template with a guide, and an all-or-nothing
import that reports every wrong cell by row and column.

One row per question, Vietnamese headers. A row with an ID updates that question; without one it adds a
question. A sheet exported and imported again changes nothing: texts that still read the same keep their
formatting, item ids and images, and a question gets a new version only when what learners see or are
graded on changed.
"""

from quizzes.sheet.checking import Lookups, RowError, SheetResult, SheetRow, check_rows
from quizzes.sheet.columns import COLUMNS, MAX_BYTES, MAX_ROWS, XLSX_TYPE
from quizzes.sheet.importing import ImportSummary, import_questions_file, sheet_lookups
from quizzes.sheet.reading import read_sheet
from quizzes.sheet.writing import question_row, question_template, questions_workbook

__all__ = [
    "COLUMNS",
    "MAX_BYTES",
    "MAX_ROWS",
    "XLSX_TYPE",
    "ImportSummary",
    "Lookups",
    "RowError",
    "SheetResult",
    "SheetRow",
    "check_rows",
    "import_questions_file",
    "question_row",
    "question_template",
    "questions_workbook",
    "read_sheet",
    "sheet_lookups",
]
