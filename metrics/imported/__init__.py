"""Indicators the platform cannot compute, entered or imported per commune and month by managers.

They come from other systems: the national public-service portal (DVCQG), VNeID and the commune
police, banks, the provincial DTI system, the commune's own statistics. Each is a ratio (entered as
numerator and denominator, so roll-ups add the parts and divide once, never averaging percentages),
a count (summed), or a score (QĐ 766 and its groups: no parts, so a roll-up shows the spread).

- definitions: what each one means, in Vietnamese (IMPORTED, IMPORTED_BY_CODE, IMPORTED_GROUPS)
- entries: reading and checking one figure (clean_entry, check_entry, check_month)
- services: saving (imported_save, imported_delete, imported_save_month, imported_import)
- readings: reading beside the platform's figures (imported_figures, imported_values, dashboard_imported)
- spreadsheet: the .xlsx template and the reader for a province's upload
"""

from metrics.imported.definitions import (
    COUNT,
    IMPORTED,
    IMPORTED_BY_CODE,
    IMPORTED_GROUPS,
    RATIO,
    SCORE,
    ImportedIndicator,
)
from metrics.imported.entries import Entry, check_entry, check_month, clean_entry, parse_score, parse_whole
from metrics.imported.readings import (
    Reading,
    Summed,
    dashboard_imported,
    imported_figures,
    imported_values,
    number_text,
    stored_month,
)
from metrics.imported.services import (
    ImportRow,
    ImportSummary,
    communes_for,
    imported_delete,
    imported_import,
    imported_save,
    imported_save_month,
)

__all__ = [
    "COUNT",
    "IMPORTED",
    "IMPORTED_BY_CODE",
    "IMPORTED_GROUPS",
    "RATIO",
    "SCORE",
    "Entry",
    "ImportRow",
    "ImportSummary",
    "ImportedIndicator",
    "Reading",
    "Summed",
    "check_entry",
    "check_month",
    "clean_entry",
    "communes_for",
    "dashboard_imported",
    "imported_delete",
    "imported_figures",
    "imported_import",
    "imported_save",
    "imported_save_month",
    "imported_values",
    "number_text",
    "parse_score",
    "parse_whole",
    "stored_month",
]
