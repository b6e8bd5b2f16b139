"""Downloads of the dashboards' tables (XLSX, CSV) and of the PDF report, for a unit (or the nation)
and a period.

The unit is looked up through the one scope function: outside it, "not found", whatever the code;
the nation's downloads are for national administrators only. Every download is written to the audit
log, since the officials table names people."""

from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from learning.audit import audit
from learning.models import AdministrativeUnit, AuditAction, Role, UnitLevel
from learning.scope import visible_units
from learning.views.manage_home import manager_required
from metrics import exports
from metrics.models import Rollup
from metrics.periods import parse_period, period_slug
from metrics.report_pdf import render_report
from metrics.rollup import rollup_rebuild
from metrics.selectors import INDICATOR_FIGURES, unit_figures

# ?bang= -> the prefix of the file name, and the unit level the table exists for.
TABLES = {
    exports.INDICATORS_TABLE: ("chi-so", None),
    exports.COMMUNES_TABLE: ("xa", UnitLevel.PROVINCE),
    exports.OFFICIALS_TABLE: ("can-bo", UnitLevel.COMMUNE),
}
# The nation's tables, by ?bang=, with the prefix of the file name.
NATIONAL_TABLES = {exports.INDICATORS_TABLE: "chi-so", exports.PROVINCES_TABLE: "tinh"}
NATION = "toan-quoc"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _bad(message: str) -> HttpResponseBadRequest:
    return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


def _unit(request, code: str) -> AdministrativeUnit:
    unit = get_object_or_404(visible_units(request.user).current(), code=code)
    if unit.level not in (UnitLevel.PROVINCE, UnitLevel.COMMUNE):
        raise Http404
    if not Rollup.objects.filter(unit=unit).exists():
        # A unit added since the roll-up map was last built would otherwise show nothing.
        rollup_rebuild()
    return unit


def _require_national(request) -> None:
    # "Not found" rather than "forbidden", as for a unit outside the manager's scope.
    user = request.user
    if not (user.is_superuser or user.role == Role.NATIONAL_ADMIN):
        raise Http404
    if not Rollup.objects.exists():
        rollup_rebuild()


def _request_period(request):
    text = request.GET.get("ky", "")
    period = parse_period(text, timezone.localdate())
    if period is None:
        return (
            None,
            text,
            _bad(
                _(
                    "Kỳ báo cáo “%(text)s” không hợp lệ. Hãy dùng tháng (ví dụ 2026-11), năm (ví dụ 2026) "
                    "hoặc lũy kế (luy-ke), và không chọn kỳ chưa đến."
                )
                % {"text": text}
            ),
        )
    return period, text, None


def _attachment(body: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _table_download(request, code: str, extension: str) -> HttpResponse:
    unit = _unit(request, code)
    period, text, error = _request_period(request)
    if error:
        return error
    key = request.GET.get("bang") or exports.INDICATORS_TABLE
    if key not in TABLES:
        return _bad(_("Không có bảng “%(key)s”. Hãy chọn chi-tieu, xa hoặc can-bo.") % {"key": key})
    prefix, level = TABLES[key]
    if level is not None and unit.level != level:
        if level == UnitLevel.PROVINCE:
            return _bad(_("Bảng các xã, phường, đặc khu chỉ có cho một tỉnh, thành phố."))
        return _bad(_("Danh sách cán bộ chỉ có cho một xã, phường, đặc khu."))
    today = timezone.localdate()
    figures, by_unit = {}, {}
    if key != exports.OFFICIALS_TABLE:
        figures, by_unit = unit_figures(unit, period, only=INDICATOR_FIGURES)
    if key == exports.INDICATORS_TABLE:
        table = exports.indicator_table(unit, period, figures, kind=text)
    elif key == exports.COMMUNES_TABLE:
        table = exports.communes_table(unit, period, by_unit, kind=text)
    else:
        table = exports.officials_rows(unit, today=today)
    slug = period_slug(period, text) if key != exports.OFFICIALS_TABLE else f"{today:%Y-%m-%d}"
    if extension == "xlsx":
        body, content_type = exports.xlsx_bytes(table), XLSX
    else:
        body, content_type = exports.csv_bytes(table), "text/csv; charset=utf-8"
    # Only the officials list names people; the other tables are counts.
    action = AuditAction.EXPORT_LEARNERS if key == exports.OFFICIALS_TABLE else AuditAction.EXPORT_METRICS
    audit(request, action, unit=unit, detail=f"{extension.upper()} {key} {slug} — {len(table.rows)}")
    return _attachment(body, content_type, f"{prefix}-{unit.code}-{slug}.{extension}")


@never_cache
@manager_required
@require_GET
def export_xlsx(request, code: str):
    return _table_download(request, code, "xlsx")


@never_cache
@manager_required
@require_GET
def export_csv(request, code: str):
    return _table_download(request, code, "csv")


@never_cache
@manager_required
@require_GET
def report_pdf(request, code: str):
    unit = _unit(request, code)
    period, text, error = _request_period(request)
    if error:
        return error
    data = exports.report_data(unit, period, kind=text, today=timezone.localdate())
    slug = period_slug(period, text)
    audit(request, AuditAction.EXPORT_METRICS, unit=unit, detail=f"PDF bao-cao {slug}")
    return _attachment(render_report(data), "application/pdf", f"bao-cao-{unit.code}-{slug}.pdf")


def _national_table_download(request, extension: str) -> HttpResponse:
    _require_national(request)
    period, text, error = _request_period(request)
    if error:
        return error
    key = request.GET.get("bang") or exports.INDICATORS_TABLE
    if key not in NATIONAL_TABLES:
        return _bad(_("Không có bảng “%(key)s”. Hãy chọn chi-tieu hoặc tinh.") % {"key": key})
    figures, by_province = unit_figures(None, period, only=INDICATOR_FIGURES)
    if key == exports.INDICATORS_TABLE:
        table = exports.indicator_table(None, period, figures, kind=text)
    else:
        table = exports.provinces_table(period, by_province, kind=text)
    slug = period_slug(period, text)
    if extension == "xlsx":
        body, content_type = exports.xlsx_bytes(table), XLSX
    else:
        body, content_type = exports.csv_bytes(table), "text/csv; charset=utf-8"
    audit(
        request,
        AuditAction.EXPORT_METRICS,
        detail=f"{extension.upper()} {key} {NATION} {slug} — {len(table.rows)}",
    )
    return _attachment(body, content_type, f"{NATIONAL_TABLES[key]}-{NATION}-{slug}.{extension}")


@never_cache
@manager_required
@require_GET
def national_xlsx(request):
    return _national_table_download(request, "xlsx")


@never_cache
@manager_required
@require_GET
def national_csv(request):
    return _national_table_download(request, "csv")


@never_cache
@manager_required
@require_GET
def national_pdf(request):
    _require_national(request)
    period, text, error = _request_period(request)
    if error:
        return error
    data = exports.report_data(None, period, kind=text, today=timezone.localdate())
    slug = period_slug(period, text)
    audit(request, AuditAction.EXPORT_METRICS, detail=f"PDF bao-cao {NATION} {slug}")
    return _attachment(render_report(data), "application/pdf", f"bao-cao-{NATION}-{slug}.pdf")
