"""The commune officials roster: a Vietnamese .xlsx template, row-by-row checks, an all-or-nothing import.

The roster is the denominator of a commune's indicators, so an import lands whole or not at all, and
importing the same file again changes nothing. People are matched on their phone number.
"""

from learning.roster.columns import COLUMNS, MAX_BYTES, MAX_ROWS, XLSX_TYPE
from learning.roster.importing import (
    ImportSummary,
    RosterInvalid,
    import_roster,
    import_roster_file,
    mark_officials_left,
    officials_in,
)
from learning.roster.reading import RosterResult, RosterRow, RowError, parse_roster
from learning.roster.template import roster_template

__all__ = [
    "COLUMNS",
    "MAX_BYTES",
    "MAX_ROWS",
    "XLSX_TYPE",
    "ImportSummary",
    "RosterInvalid",
    "RosterResult",
    "RosterRow",
    "RowError",
    "import_roster",
    "import_roster_file",
    "mark_officials_left",
    "officials_in",
    "parse_roster",
    "roster_template",
]
