from metrics.models.facts import Contribution, Fact, OpenMonth, Rollup, Tally, TallyKind

__all__ = ["Contribution", "Fact", "OpenMonth", "Rollup", "Tally", "TallyKind"]
