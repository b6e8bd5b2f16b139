"""Learning events as xAPI 1.0.3 statements: built here, stored as Statement.body, exportable as they are."""

import datetime as dt
import re
import uuid

from django.conf import settings

XAPI_VERSION = "1.0.3"
PLATFORM = "Học Số"


class Verb:
    OPENED = "opened"
    PROGRESSED = "progressed"
    REACHED_END = "reached_end"
    PRACTICE_DONE = "practice_done"
    COMPLETED = "completed"
    H5P = "h5p"


# Our event names mapped onto the ADL verb registry, so any learning record store understands them.
VERBS = {
    Verb.OPENED: ("http://adlnet.gov/expapi/verbs/launched", "đã mở", "launched"),
    Verb.PROGRESSED: ("http://adlnet.gov/expapi/verbs/progressed", "đã học", "progressed"),
    Verb.REACHED_END: ("http://adlnet.gov/expapi/verbs/experienced", "đã đọc hết", "experienced"),
    Verb.PRACTICE_DONE: ("http://adlnet.gov/expapi/verbs/interacted", "đã thực hành", "interacted"),
    Verb.COMPLETED: ("http://adlnet.gov/expapi/verbs/completed", "đã hoàn thành", "completed"),
}
# What H5P content reports, as the browser reports it; counted as practice, never as a graded test.
H5P_VERBS = {
    "answered": ("http://adlnet.gov/expapi/verbs/answered", "đã trả lời", "answered"),
    "completed": ("http://adlnet.gov/expapi/verbs/completed", "đã hoàn thành", "completed"),
    "passed": ("http://adlnet.gov/expapi/verbs/passed", "đã đạt", "passed"),
    "failed": ("http://adlnet.gov/expapi/verbs/failed", "chưa đạt", "failed"),
}
LESSON_TYPE = "http://adlnet.gov/expapi/activities/lesson"
COURSE_TYPE = "http://adlnet.gov/expapi/activities/course"
INTERACTION_TYPE = "http://adlnet.gov/expapi/activities/interaction"
# Statements the server derives (a lesson or course completed) get ids computed from what they state,
# so deriving them twice can never store two.
DERIVED_NAMESPACE = uuid.UUID("5b1d2c8e-4f7a-4c1e-9a57-0d3f7f4b2a61")


def iri(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def duration(seconds: int) -> str:
    return f"PT{int(seconds)}S"


def actor(user) -> dict:
    # The account id, not the phone number: statements leave the platform in exports.
    return {"objectType": "Agent", "account": {"homePage": iri("/"), "name": str(user.pk)}}


def activity(page, kind: str, fragment: str = "") -> dict:
    return {
        "objectType": "Activity",
        "id": iri(page.url or f"/pages/{page.pk}/") + (f"#{fragment}" if fragment else ""),
        "definition": {"name": {"vi-VN": page.title}, "type": kind},
    }


def build(
    *,
    statement_id: uuid.UUID,
    user,
    verb: str,
    lesson=None,
    course,
    timestamp: dt.datetime,
    seconds: int = 0,
    block: str = "",
    h5p=None,
) -> dict:
    verb_iri, vi, en = H5P_VERBS[h5p.verb] if verb == Verb.H5P else VERBS[verb]
    if lesson is None:
        target = activity(course, COURSE_TYPE)
    elif block:
        target = activity(lesson, INTERACTION_TYPE, fragment=block)
    else:
        target = activity(lesson, LESSON_TYPE)
    statement = {
        "id": str(statement_id),
        "version": XAPI_VERSION,
        "actor": actor(user),
        "verb": {"id": verb_iri, "display": {"vi-VN": vi, "en-US": en}},
        "object": target,
        "timestamp": timestamp.isoformat(),
        "context": {
            "platform": PLATFORM,
            "language": "vi-VN",
            "contextActivities": {"parent": [activity(course, COURSE_TYPE)]} if lesson is not None else {},
        },
    }
    if verb == Verb.PROGRESSED and seconds:
        statement["result"] = {"duration": duration(seconds)}
    elif verb == Verb.PRACTICE_DONE:
        statement["result"] = {"success": True, "completion": True}
    elif verb == Verb.COMPLETED:
        statement["result"] = {"completion": True}
    elif verb == Verb.H5P:
        statement["result"] = h5p_result(h5p)
    return statement


def h5p_result(h5p) -> dict:
    result = {"completion": True}
    if h5p.max:
        result["score"] = {"raw": h5p.raw, "min": 0, "max": h5p.max, "scaled": round(h5p.raw / h5p.max, 4)}
    if h5p.success is not None:
        result["success"] = h5p.success
    return result


def derived_id(user, verb: str, page) -> uuid.UUID:
    # Keyed with the secret key, so nobody can post an event under a completion's id in advance.
    namespace = uuid.uuid5(DERIVED_NAMESPACE, settings.SECRET_KEY)
    return uuid.uuid5(namespace, f"{user.pk}:{verb}:{page.pk}")


_IRI = re.compile(r"^[a-z][a-z0-9+.-]*:\S+$", re.I)
_DURATION = re.compile(r"^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")


def _is_iri(value) -> bool:
    return isinstance(value, str) and bool(_IRI.match(value))


def _is_language_map(value) -> bool:
    return isinstance(value, dict) and bool(value) and all(isinstance(v, str) for v in value.values())


def shape_errors(statement: dict) -> list[str]:
    """What makes this statement not a valid xAPI 1.0.3 statement (the parts we produce); [] if none."""
    errors = []
    try:
        uuid.UUID(statement.get("id", ""))
    except (ValueError, AttributeError, TypeError):
        errors.append("id is not a UUID")
    agent = statement.get("actor") or {}
    account = agent.get("account") or {}
    has_ifi = any(key in agent for key in ("mbox", "mbox_sha1sum", "openid")) or (
        _is_iri(account.get("homePage")) and isinstance(account.get("name"), str) and account.get("name")
    )
    if agent.get("objectType", "Agent") != "Agent" or not has_ifi:
        errors.append("actor is not an Agent with exactly one identifier")
    verb = statement.get("verb") or {}
    if not _is_iri(verb.get("id")) or ("display" in verb and not _is_language_map(verb["display"])):
        errors.append("verb needs an IRI id and a language map display")
    target = statement.get("object") or {}
    if target.get("objectType", "Activity") != "Activity" or not _is_iri(target.get("id")):
        errors.append("object is not an Activity with an IRI id")
    definition = target.get("definition", {})
    if definition and ("name" in definition and not _is_language_map(definition["name"])):
        errors.append("activity name is not a language map")
    if "type" in definition and not _is_iri(definition["type"]):
        errors.append("activity type is not an IRI")
    try:
        stamp = dt.datetime.fromisoformat(statement.get("timestamp", ""))
        if stamp.tzinfo is None:
            errors.append("timestamp has no time zone")
    except (ValueError, TypeError):
        errors.append("timestamp is not ISO 8601")
    result = statement.get("result")
    if result is not None:
        if "duration" in result and not _DURATION.match(str(result["duration"])):
            errors.append("result duration is not an ISO 8601 duration")
        for key in ("success", "completion"):
            if key in result and not isinstance(result[key], bool):
                errors.append(f"result {key} is not a boolean")
    return errors
