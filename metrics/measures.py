"""The measures stored as facts, and the breakdowns they carry. An indicator (metrics.indicators)
is a measure, or a ratio of two, read for a unit and a period."""

import datetime as dt

from django.utils import timezone

# State of a commune at the end of a month: the sum of its people's contributions.
ROSTER = "officials.roster"  # officials on the commune's roster: the denominator
ASSIGNED = "officials.assigned"  # officials with at least one required course
DONE = "officials.done"  # officials who finished every course required of them
OVERDUE = "officials.overdue"  # officials with a required course past its due date, unfinished
TRAINED = "officials.trained"  # officials who completed at least one course
COURSE_ASSIGNED = "officials.course_assigned"  # by course: officials required to take it
COURSE_DONE = "officials.course_done"  # by course: of those, who completed it
COURSE_OVERDUE = "officials.course_overdue"  # by course: of those, past due and unfinished
REGISTERED = "citizens.registered"  # citizens with an account in the commune
COMPLETED_ANY = "citizens.completed_any"  # citizens who completed at least one course

STOCKS = (
    ROSTER,
    ASSIGNED,
    DONE,
    OVERDUE,
    TRAINED,
    COURSE_ASSIGNED,
    COURSE_DONE,
    COURSE_OVERDUE,
    REGISTERED,
    COMPLETED_ANY,
)

# What happened during a month: sums of tallies.
REGISTRATIONS = "registrations"
ACTIVE = "active"  # learners with any learning activity in the month, each counted once
COMPLETIONS = "completions"
CERTIFICATES = "certificates.issued"
REVOCATIONS = "certificates.revoked"
FINAL_ATTEMPTS = "final.attempts"
FINAL_PASSED = "final.passed"
FINAL_SCORE = "final.score"  # sum of scores in hundredths of a percent; divide by attempts
FIRST_ATTEMPTS = "final.first_attempts"
FIRST_PASSED = "final.first_passed"

FLOWS = (
    REGISTRATIONS,
    ACTIVE,
    COMPLETIONS,
    CERTIFICATES,
    REVOCATIONS,
    FINAL_ATTEMPTS,
    FINAL_PASSED,
    FINAL_SCORE,
    FIRST_ATTEMPTS,
    FIRST_PASSED,
)

TOTAL = ""
AUDIENCES = ("official", "citizen", "other")
# Bands for people of working age and the elderly (Luật Người cao tuổi: 60 and over).
AGE_BANDS = ((0, 15, "0-15"), (16, 24, "16-24"), (25, 34, "25-34"), (35, 44, "35-44"), (45, 59, "45-59"))
ELDERLY = "60+"


def dim(kind: str, value) -> str:
    return f"{kind}:{value}"


def key(measure: str, breakdown: str = TOTAL) -> str:
    return f"{measure}|{breakdown}" if breakdown else measure


def split(figure_key: str) -> tuple[str, str]:
    measure, _, breakdown = figure_key.partition("|")
    return measure, breakdown


def age_band(birth_year: int | None, on: dt.date) -> str:
    """The band of the age a person reaches in that year; blank when the birth year is unknown."""
    if not birth_year:
        return ""
    age = on.year - birth_year
    for low, high, label in AGE_BANDS:
        if low <= age <= high:
            return label
    return ELDERLY if age >= 60 else ""


def month_of(moment: dt.datetime | dt.date) -> dt.date:
    """The first day of the month the moment falls in, in Vietnam's time."""
    if isinstance(moment, dt.datetime):
        moment = timezone.localtime(moment).date()
    return moment.replace(day=1)
