"""The read-only JSON API for province systems: indicators per unit and period.

Every endpoint needs a token (metrics.api_auth) and reads only what the token's unit may read. The
numbers come from metrics.selectors, the same readers as the dashboards, so both always agree."""

from decimal import Decimal

from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Path, Query, Schema
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from learning.models import AdministrativeUnit, UnitLevel
from metrics.api_auth import TokenAuth, TokenRateThrottle, readable_units
from metrics.indicators import GROUPS, INDICATORS
from metrics.periods import parse_period, period_slug
from metrics.selectors import INDICATOR_FIGURES, Figures, Period, figures_by, values_of

api = NinjaAPI(
    title="Học Số — API chỉ số đào tạo",
    version="1",
    description=(
        "Chỉ số đào tạo kỹ năng số của tỉnh và xã, chỉ đọc. Gửi mã truy cập trong tiêu đề "
        "`Authorization: Bearer <mã>`; mỗi mã chỉ đọc được đơn vị của mình (tỉnh: cả các xã trực thuộc)."
    ),
    urls_namespace="metrics_api",
    auth=TokenAuth(),
    throttle=[TokenRateThrottle()],
    # The interactive docs page would load its scripts from a CDN; the schema itself is served.
    docs_url=None,
)

PAGE_SIZE = 50
MAX_PAGE_SIZE = 100
MAX_PAGE = 10_000
UNIT_CODE = Path(
    ...,
    pattern=r"^[0-9]{1,10}$",
    description="Mã đơn vị hành chính (mã thống kê).",
    examples=["19", "05830"],
)
PERIOD = Query(
    None,
    max_length=20,
    description="Kỳ: `2026-11` (một tháng), `2026` (từ đầu năm), `luy-ke` (lũy kế). Mặc định: tháng này.",
    examples=["2026-11", "2026", "luy-ke"],
)
PAGE = Query(1, ge=1, le=MAX_PAGE, description="Trang, từ 1.")
SIZE = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description=f"Số mục mỗi trang, tối đa {MAX_PAGE_SIZE}.")


class ErrorOut(Schema):
    detail: str


class UnitOut(Schema):
    code: str
    name: str
    level: str
    parent_code: str | None


class UnitPage(Schema):
    count: int
    page: int
    page_size: int
    items: list[UnitOut]


class IndicatorOut(Schema):
    code: str
    name: str
    definition: str
    group: str
    kind: str  # count, percent, score
    reads: str  # state, flow, last_month
    source: str  # P: computed by the platform, I: entered or imported


class PeriodOut(Schema):
    ky: str
    first_month: str
    last_month: str


class ValueOut(Schema):
    code: str
    value: int | float | None
    numerator: int
    denominator: int | None


class UnitValues(Schema):
    unit: UnitOut
    period: PeriodOut
    values: list[ValueOut]


class CommuneValues(Schema):
    unit: UnitOut
    values: list[ValueOut]


class CommunePage(Schema):
    province: UnitOut
    period: PeriodOut
    count: int
    page: int
    page_size: int
    items: list[CommuneValues]


ERRORS = {401: ErrorOut, 422: ErrorOut, 429: ErrorOut}


@api.exception_handler(AuthenticationError)
def _unauthorised(request, exc):
    response = api.create_response(
        request, {"detail": _("Thiếu mã truy cập, mã không đúng hoặc đã bị thu hồi.")}, status=401
    )
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(Throttled)
def _throttled(request, exc):
    # ninja adds Retry-After to this response.
    message = _("Quá nhiều yêu cầu. Vui lòng thử lại sau %(seconds)s giây.") % {"seconds": exc.wait or 60}
    return api.create_response(request, {"detail": message}, status=429)


@api.exception_handler(Http404)
def _not_found(request, exc):
    return api.create_response(request, {"detail": _("Không tìm thấy đơn vị.")}, status=404)


@api.exception_handler(ValidationError)
def _invalid(request, exc):
    names = sorted({str(error["loc"][-1]) for error in exc.errors if error.get("loc")})
    message = _("Tham số không hợp lệ: %(names)s.") % {"names": ", ".join(names) or "?"}
    return api.create_response(request, {"detail": message}, status=422)


def _period_or_422(text: str | None) -> tuple[str, Period]:
    period = parse_period(text, timezone.localdate())
    if period is None:
        raise HttpError(
            422,
            _(
                "Kỳ báo cáo không hợp lệ. Dùng dạng 2026-11 (một tháng), 2026 (từ đầu năm) hoặc luy-ke "
                "(lũy kế), không sau tháng hiện tại."
            ),
        )
    return period_slug(period, text or ""), period


def _period_out(label: str, period: Period) -> PeriodOut:
    return PeriodOut(ky=label, first_month=f"{period.start:%Y-%m}", last_month=f"{period.end:%Y-%m}")


def _unit_out(unit: AdministrativeUnit) -> UnitOut:
    parent_code = unit.parent.code if unit.parent_id else None
    return UnitOut(code=unit.code, name=unit.name_with_type, level=unit.level, parent_code=parent_code)


def _values_out(figures: Figures) -> list[ValueOut]:
    return [
        ValueOut(
            code=value.indicator.code,
            value=float(value.value) if isinstance(value.value, Decimal) else value.value,
            numerator=value.numerator,
            denominator=value.denominator,
        )
        for value in values_of(figures)
    ]


def _readable_or_404(token, code: str) -> AdministrativeUnit:
    unit = readable_units(token).select_related("parent").filter(code=code).first()
    if unit is None:
        raise Http404
    return unit


def unit_figures(unit: AdministrativeUnit, period: Period) -> Figures:
    """As the unit dashboard reads them: a province adds up every unit that counts in it today
    (merged communes included); any other unit, what counts for it today."""
    if unit.level == UnitLevel.PROVINCE:
        return figures_by(period, group="all", province=unit.pk, only=INDICATOR_FIGURES)[None]
    return figures_by(period, group="all", units=[unit.pk], only=INDICATOR_FIGURES)[None]


@api.get("/don-vi", response={200: UnitPage, **ERRORS}, summary="Các đơn vị mã này được đọc")
def units(request, page: int = PAGE, page_size: int = SIZE):
    found = readable_units(request.auth).select_related("parent").order_by("code")
    start = (page - 1) * page_size
    return UnitPage(
        count=found.count(),
        page=page,
        page_size=page_size,
        items=[_unit_out(unit) for unit in found[start : start + page_size]],
    )


@api.get("/chi-so", response={200: list[IndicatorOut], **ERRORS}, summary="Định nghĩa các chỉ số")
def indicators(request):
    with translation.override("vi"):
        return [
            IndicatorOut(
                code=indicator.code,
                name=str(indicator.name),
                definition=str(indicator.definition),
                group=str(GROUPS[indicator.group]),
                kind=indicator.kind,
                reads=indicator.reads,
                source=indicator.source,
            )
            for indicator in INDICATORS
        ]


@api.get(
    "/don-vi/{code}/chi-so",
    response={200: UnitValues, 404: ErrorOut, **ERRORS},
    summary="Giá trị các chỉ số của một đơn vị trong một kỳ",
)
def unit_values(request, code: str = UNIT_CODE, ky: str | None = PERIOD):
    unit = _readable_or_404(request.auth, code)
    label, period = _period_or_422(ky)
    return UnitValues(
        unit=_unit_out(unit),
        period=_period_out(label, period),
        values=_values_out(unit_figures(unit, period)),
    )


@api.get(
    "/don-vi/{code}/xa",
    response={200: CommunePage, 404: ErrorOut, **ERRORS},
    summary="Giá trị các chỉ số của từng xã trong tỉnh",
)
def commune_values(
    request, code: str = UNIT_CODE, ky: str | None = PERIOD, page: int = PAGE, page_size: int = SIZE
):
    province = _readable_or_404(request.auth, code)
    if province.level != UnitLevel.PROVINCE:
        raise Http404
    label, period = _period_or_422(ky)
    communes = AdministrativeUnit.objects.current().filter(parent=province).order_by("code")
    start = (page - 1) * page_size
    shown = list(communes[start : start + page_size])
    ids = [commune.pk for commune in shown]
    figures = figures_by(period, group="unit", units=ids, only=INDICATOR_FIGURES)
    return CommunePage(
        province=_unit_out(province),
        period=_period_out(label, period),
        count=communes.count(),
        page=page,
        page_size=page_size,
        items=[
            CommuneValues(
                unit=UnitOut(code=c.code, name=c.name_with_type, level=c.level, parent_code=province.code),
                values=_values_out(figures[c.pk]),
            )
            for c in shown
        ],
    )
