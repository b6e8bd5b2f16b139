from metrics.models.api import ApiToken
from metrics.models.facts import Contribution, Fact, OpenMonth, Rollup, Tally, TallyKind
from metrics.models.imported import ImportedValue
from metrics.models.targets import Target

__all__ = [
    "ApiToken",
    "Contribution",
    "Fact",
    "ImportedValue",
    "OpenMonth",
    "Rollup",
    "Tally",
    "TallyKind",
    "Target",
]
