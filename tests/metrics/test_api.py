"""The JSON API for province systems: schema, fuzzing, tokens, scope, pagination, rate limit, and
numbers equal to what the dashboards read."""

import datetime as dt
import hashlib
import io
import json
import uuid
from decimal import Decimal

import pytest
import schemathesis
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import TestCase
from django.utils import timezone
from hypothesis import HealthCheck, settings
from ninja.responses import NinjaJSONEncoder
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from cms.wsgi import application
from learning.lesson_facts import catalogue
from learning.models import AdministrativeUnit, Position, Role, UnitLevel, User
from learning.requirements import requirement_create
from learning.tracking import ProgressEvent, record
from learning.units import merge_unit
from learning.xapi import Verb
from metrics.api import api
from metrics.api_auth import api_token_create, api_token_revoke
from metrics.indicators import INDICATORS
from metrics.models.api import ApiToken
from metrics.recount import recount
from metrics.selectors import Period, figures_by, values_of

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.metrics.urls_for_api")]

BASE = "/api/v1"


def schema_document() -> dict:
    """The document the site serves at openapi.json, built without a request."""
    built = api.get_openapi_schema(path_prefix=BASE.lstrip("/") + "/")
    return json.loads(json.dumps(built, cls=NinjaJSONEncoder))


def call(client, path, raw=None, **params):
    headers = {"Authorization": f"Bearer {raw}"} if raw is not None else {}
    return client.get(BASE + path, params, headers=headers)


@pytest.fixture
def tokens(units):
    return {
        "province": api_token_create(unit=units["thai_nguyen"], name="Sở Khoa học và Công nghệ").raw,
        "dai_tu": api_token_create(unit=units["dai_tu"], name="UBND xã Đại Từ").raw,
        "ha_noi": api_token_create(unit=units["ha_noi"], name="Sở KH&CN Hà Nội").raw,
    }


# --- The schema, and schemathesis drawing requests from it -------------------------------------


def test_the_openapi_schema_is_served_without_a_token_and_is_valid(client):
    response = client.get(BASE + "/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["info"]["title"] == "Học Số — API chỉ số đào tạo"
    assert document["info"]["version"] == "1"
    assert set(document["paths"]) == {
        f"{BASE}/don-vi",
        f"{BASE}/chi-so",
        f"{BASE}/don-vi/{{code}}/chi-so",
        f"{BASE}/don-vi/{{code}}/xa",
    }
    assert document == schema_document()
    loaded = schemathesis.openapi.from_dict(document)
    loaded.validate()
    operations = [result.ok() for result in loaded.get_all_operations()]
    assert len(operations) == 4
    for operation in operations:
        assert operation.definition.raw["security"] == [{"TokenAuth": []}]


# The schema the fuzzer draws from is the one the site serves (checked above to be the same);
# it is built here because a test's URLs are only in place once the test runs.
fuzzed = schemathesis.openapi.from_dict(schema_document())
fuzzed.app = application


@pytest.fixture
def wsgi_keeps_the_test_connection():
    # Django's own test client does this too: the WSGI handler would close the connection that
    # holds the test's transaction at the end of every request.
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@fuzzed.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_fuzzed_requests_get_documented_answers_and_never_a_server_error(
    case, tokens, settings, wsgi_keeps_the_test_connection
):
    settings.HOCSO_API_REQUESTS_PER_MINUTE = 100_000
    case.call_and_validate(
        # The in-process WSGI client would not unzip what GZipMiddleware compressed.
        headers={"Authorization": f"Bearer {tokens['province']}", "Accept-Encoding": "identity"},
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_headers_conformance,
            response_schema_conformance,
            ignored_auth,
        ],
    )


# --- Tokens ------------------------------------------------------------------------------------

REFUSED = "Thiếu mã truy cập, mã không đúng hoặc đã bị thu hồi."


@pytest.mark.parametrize("path", ["/don-vi", "/chi-so", "/don-vi/19/chi-so", "/don-vi/19/xa"])
def test_requests_without_a_valid_token_get_401_and_no_data(client, units, tokens, path):
    old = api_token_create(unit=units["thai_nguyen"], name="Hệ thống cũ")
    api_token_revoke(token=old.token)
    for headers in (
        {},
        {"Authorization": "Bearer hs_khong-dung"},
        {"Authorization": "Bearer " + tokens["province"][:-1]},
        {"Authorization": "Token " + tokens["province"]},
        {"Authorization": "Bearer " + old.raw},
    ):
        response = client.get(BASE + path, headers=headers)
        assert response.status_code == 401, headers
        assert response["WWW-Authenticate"] == "Bearer"
        assert response.json() == {"detail": REFUSED}
    assert call(client, path, tokens["province"]).status_code == 200


def test_only_the_hash_of_a_token_is_stored(units):
    issued = api_token_create(unit=units["dai_tu"], name="Phần mềm một cửa")
    stored = ApiToken.objects.filter(pk=issued.token.pk).values().get()
    assert stored["token_hash"] == hashlib.sha256(issued.raw.encode()).hexdigest()
    assert all(issued.raw not in str(value) for value in stored.values())


def test_tokens_are_made_only_for_a_current_province_or_commune(units):
    district = AdministrativeUnit.objects.create(
        code="164", name="Đại Từ", name_with_type="Huyện Đại Từ", level=UnitLevel.DISTRICT
    )
    merged = AdministrativeUnit.objects.create(
        code="05833",
        name="Hùng Sơn",
        name_with_type="Xã Hùng Sơn",
        level=UnitLevel.COMMUNE,
        parent=units["thai_nguyen"],
        replaced_by=units["dai_tu"],
    )
    for unit in (district, merged):
        with pytest.raises(ValidationError):
            api_token_create(unit=unit, name="Thử")
    assert not ApiToken.objects.exists()


def test_last_use_is_written_at_most_once_a_minute(client, tokens):
    token = ApiToken.objects.get(name="UBND xã Đại Từ")
    assert token.last_used_at is None
    call(client, "/chi-so", tokens["dai_tu"])
    token.refresh_from_db()
    first = token.last_used_at
    assert first is not None
    call(client, "/chi-so", tokens["dai_tu"])
    token.refresh_from_db()
    assert token.last_used_at == first
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - dt.timedelta(minutes=2))
    call(client, "/chi-so", tokens["dai_tu"])
    token.refresh_from_db()
    assert token.last_used_at >= first


def test_the_command_shows_a_new_token_once_and_revokes_it(client, units):
    out = io.StringIO()
    call_command("api_token", "--don-vi", "19", "--ten", "Sở KH&CN Thái Nguyên", stdout=out)
    raw = out.getvalue().strip().splitlines()[-1]
    token = ApiToken.objects.get()
    assert token.unit == units["thai_nguyen"] and token.name == "Sở KH&CN Thái Nguyên"
    assert call(client, "/don-vi", raw).status_code == 200

    out = io.StringIO()
    call_command("api_token", "--thu-hoi", str(token.pk), stdout=out)
    assert "đã bị thu hồi" in out.getvalue()
    assert call(client, "/don-vi", raw).status_code == 401
    listing = io.StringIO()
    call_command("api_token", "--danh-sach", stdout=listing)
    assert "Sở KH&CN Thái Nguyên" in listing.getvalue() and raw not in listing.getvalue()

    with pytest.raises(CommandError, match="Không có đơn vị"):
        call_command("api_token", "--don-vi", "99999", "--ten", "Thử")
    with pytest.raises(CommandError, match="--ten"):
        call_command("api_token", "--don-vi", "19")
    with pytest.raises(CommandError, match="Không có mã"):
        call_command("api_token", "--thu-hoi", "999")


# --- Scope -------------------------------------------------------------------------------------

NOT_FOUND = {"detail": "Không tìm thấy đơn vị."}


def test_a_commune_token_reads_its_commune_and_nothing_else(client, tokens):
    raw = tokens["dai_tu"]
    assert call(client, "/don-vi/05830/chi-so", raw).status_code == 200
    unknown = call(client, "/don-vi/99999/chi-so", raw)
    for path in ("/don-vi/01849/chi-so", "/don-vi/19/chi-so", "/don-vi/00004/chi-so", "/don-vi/19/xa"):
        response = call(client, path, raw)
        assert (
            (response.status_code, response.json())
            == (unknown.status_code, unknown.json())
            == (404, NOT_FOUND)
        )
    # A commune has no communes of its own.
    assert call(client, "/don-vi/05830/xa", raw).json() == NOT_FOUND
    listed = call(client, "/don-vi", raw).json()
    assert listed["count"] == 1
    assert listed["items"] == [
        {"code": "05830", "name": "Xã Đại Từ", "level": "commune", "parent_code": "19"}
    ]


def test_a_province_token_reads_its_current_communes_but_not_another_province(client, units, tokens):
    raw = tokens["province"]
    assert [unit["code"] for unit in call(client, "/don-vi", raw).json()["items"]] == ["01849", "05830", "19"]
    for path in ("/don-vi/19/chi-so", "/don-vi/05830/chi-so", "/don-vi/01849/chi-so", "/don-vi/19/xa"):
        assert call(client, path, raw).status_code == 200
    for path in ("/don-vi/01/chi-so", "/don-vi/00004/chi-so", "/don-vi/01/xa"):
        assert call(client, path, raw).json() == NOT_FOUND
    assert call(client, "/don-vi/00004/chi-so", tokens["ha_noi"]).status_code == 200

    with TestCase.captureOnCommitCallbacks(execute=True):
        merge_unit(old=units["phong_quang"], into=units["dai_tu"])
    assert [unit["code"] for unit in call(client, "/don-vi", raw).json()["items"]] == ["05830", "19"]
    assert call(client, "/don-vi/01849/chi-so", raw).json() == NOT_FOUND
    assert [item["unit"]["code"] for item in call(client, "/don-vi/19/xa", raw).json()["items"]] == ["05830"]


# --- Pagination, periods, rate limit ------------------------------------------------------------

INVALID = "Tham số không hợp lệ"


def test_lists_are_paginated_within_limits(client, tokens):
    raw = tokens["province"]
    first = call(client, "/don-vi", raw, page_size=2).json()
    assert (first["count"], first["page"], first["page_size"]) == (3, 1, 2)
    assert [unit["code"] for unit in first["items"]] == ["01849", "05830"]
    assert [unit["code"] for unit in call(client, "/don-vi", raw, page=2, page_size=2).json()["items"]] == [
        "19"
    ]
    assert call(client, "/don-vi", raw, page=3, page_size=2).json()["items"] == []
    assert call(client, "/don-vi", raw).json()["page_size"] == 50

    communes = [call(client, "/don-vi/19/xa", raw, page=page, page_size=1).json() for page in (1, 2)]
    assert [page["count"] for page in communes] == [2, 2]
    assert [page["items"][0]["unit"]["code"] for page in communes] == ["01849", "05830"]

    for path in ("/don-vi", "/don-vi/19/xa"):
        for bad in ({"page_size": 101}, {"page_size": 0}, {"page": 0}, {"page": 10_001}, {"page": "hai"}):
            response = call(client, path, raw, **bad)
            assert response.status_code == 422, (path, bad)
            assert response.json()["detail"].startswith(INVALID)
            assert list(bad)[0] in response.json()["detail"]


def test_periods_are_a_month_the_year_to_date_or_everything(client, tokens):
    today = timezone.localdate()
    this_month = f"{today:%Y-%m}"
    for ky, first, last in (
        (None, this_month, this_month),
        ("2026-03", "2026-03", "2026-03"),
        (str(today.year), f"{today.year}-01", this_month),
        ("2025", "2025-01", "2025-12"),
        ("luy-ke", "2000-01", this_month),
    ):
        params = {"ky": ky} if ky else {}
        period = call(client, "/don-vi/19/chi-so", tokens["province"], **params).json()["period"]
        assert period == {"ky": ky or this_month, "first_month": first, "last_month": last}

    next_month = (today.replace(day=1) + dt.timedelta(days=32)).strftime("%Y-%m")
    for ky in (
        "2026-13",
        "2026-00",
        "26-11",
        "11/2026",
        "tháng 11",
        "1999",
        str(today.year + 1),
        next_month,
    ):
        for path in ("/don-vi/19/chi-so", "/don-vi/19/xa"):
            response = call(client, path, tokens["province"], ky=ky)
            assert response.status_code == 422, ky
            assert response.json()["detail"].startswith("Kỳ báo cáo không hợp lệ")


def test_each_token_is_limited_per_minute(client, tokens, settings, monkeypatch):
    from metrics import api_auth

    settings.HOCSO_API_REQUESTS_PER_MINUTE = 3
    now = [1_800_000_030.0]  # half a minute into a window
    monkeypatch.setattr(api_auth, "clock", lambda: now[0])
    answers = [call(client, "/chi-so", tokens["province"]).status_code for _ in range(3)]
    refused = call(client, "/chi-so", tokens["province"])
    assert answers == [200, 200, 200] and refused.status_code == 429
    assert refused["Retry-After"] == "30"
    assert refused.json() == {"detail": "Quá nhiều yêu cầu. Vui lòng thử lại sau 30 giây."}
    # Another token has its own allowance; refused requests without a token are not counted.
    assert call(client, "/chi-so", tokens["dai_tu"]).status_code == 200
    assert call(client, "/don-vi/19/chi-so", tokens["province"]).status_code == 429
    now[0] += 30
    assert call(client, "/chi-so", tokens["province"]).status_code == 200


# --- The numbers --------------------------------------------------------------------------------


def finish_course(user, course) -> None:
    facts = catalogue()
    for lesson_id in facts.required[course.pk]:
        for block in facts.lesson(lesson_id).practice_block_ids:
            event = ProgressEvent(uuid.uuid4(), Verb.PRACTICE_DONE, lesson_id, timezone.now(), block=block)
            record(user, event)
        record(user, ProgressEvent(uuid.uuid4(), Verb.REACHED_END, lesson_id, timezone.now()))


@pytest.fixture
def activity(site_tree, units, cast_users):
    """Officials and citizens in both Thái Nguyên communes and one in Hà Nội; some finish the course."""
    position = Position.objects.get_or_create(name="Công chức")[0]

    def person(number, role, commune):
        return User.objects.create_user(
            f"+84391{number:06d}",
            full_name=f"Người thử {number}",
            role=role,
            unit=units[commune],
            position=position if role == Role.OFFICIAL else None,
        )

    with TestCase.captureOnCommitCallbacks(execute=True):
        people = [
            person(1, Role.OFFICIAL, "dai_tu"),
            person(2, Role.OFFICIAL, "dai_tu"),
            person(3, Role.OFFICIAL, "phong_quang"),
            person(4, Role.CITIZEN, "dai_tu"),
            person(5, Role.CITIZEN, "phong_quang"),
            person(6, Role.CITIZEN, "ba_dinh"),
        ]
        requirement_create(
            actor=cast_users["admin"],
            course=site_tree["course"],
            unit=units["thai_nguyen"],
            role=Role.OFFICIAL,
            due_on=timezone.localdate() + dt.timedelta(days=30),
        )
    for index in (0, 3, 4, 5):
        with TestCase.captureOnCommitCallbacks(execute=True):
            finish_course(people[index], site_tree["course"])
    recount(repair=True)
    return people


def expected(figures) -> list[dict]:
    return [
        {
            "code": value.indicator.code,
            "value": float(value.value) if isinstance(value.value, Decimal) else value.value,
            "numerator": value.numerator,
            "denominator": value.denominator,
        }
        for value in values_of(figures)
    ]


def test_values_equal_what_the_dashboards_read(client, units, tokens, activity):
    today = timezone.localdate()
    for ky, period in (
        (None, Period.month(today)),
        (str(today.year), Period.year_to_date(today)),
        ("luy-ke", Period.since_start(today)),
    ):
        params = {"ky": ky} if ky else {}
        by_unit = figures_by(period, group="unit")
        by_province = figures_by(period, group="province")
        province = call(client, "/don-vi/19/chi-so", tokens["province"], **params).json()
        assert province["values"] == expected(by_province[units["thai_nguyen"].pk])
        commune = call(client, "/don-vi/05830/chi-so", tokens["dai_tu"], **params).json()
        assert commune["values"] == expected(by_unit[units["dai_tu"].pk])
        assert call(client, "/don-vi/05830/chi-so", tokens["province"], **params).json() == commune
        communes = call(client, "/don-vi/19/xa", tokens["province"], **params).json()
        assert {item["unit"]["code"]: item["values"] for item in communes["items"]} == {
            code: expected(by_unit[units[key].pk])
            for code, key in (("05830", "dai_tu"), ("01849", "phong_quang"))
        }

    # The figures behind the comparison are not empty: Thái Nguyên's two communes count here,
    # Hà Nội's citizen does not.
    values = {value["code"]: value for value in province["values"]}
    assert values["completions"]["value"] >= 3
    assert values["officials_roster"]["value"] >= 3
    assert values["officials_done_rate"]["denominator"] == values["officials_roster"]["value"]
    assert isinstance(values["officials_done_rate"]["value"], float)
    ha_noi = call(client, "/don-vi/01/chi-so", tokens["ha_noi"], ky="luy-ke").json()
    assert {v["code"]: v["value"] for v in ha_noi["values"]}["completions"] == 1


def test_a_merged_commune_still_counts_for_its_province(client, units, tokens, activity):
    before = call(client, "/don-vi/19/chi-so", tokens["province"], ky="luy-ke").json()["values"]
    with TestCase.captureOnCommitCallbacks(execute=True):
        merge_unit(old=units["phong_quang"], into=units["dai_tu"])
    recount(repair=True)
    after = call(client, "/don-vi/19/chi-so", tokens["province"], ky="luy-ke").json()["values"]
    by_code = {value["code"]: value["value"] for value in after}
    assert by_code["completions"] == {value["code"]: value["value"] for value in before}["completions"]
    period = Period.since_start(timezone.localdate())
    assert after == expected(figures_by(period, group="province")[units["thai_nguyen"].pk])


def test_indicator_definitions_are_given_in_vietnamese(client, tokens):
    response = client.get(
        BASE + "/chi-so", headers={"Authorization": f"Bearer {tokens['dai_tu']}", "Accept-Language": "en"}
    )
    body = response.json()
    assert [indicator["code"] for indicator in body] == [indicator.code for indicator in INDICATORS]
    rate = next(indicator for indicator in body if indicator["code"] == "officials_done_rate")
    assert rate == {
        "code": "officials_done_rate",
        "name": "Tỷ lệ cán bộ hoàn thành khóa học bắt buộc",
        "definition": "Cán bộ hoàn thành mọi khóa học bắt buộc chia cho số cán bộ trong danh sách.",
        "group": "Cán bộ, công chức xã",
        "kind": "percent",
        "reads": "state",
        "source": "P",
    }
