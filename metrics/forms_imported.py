"""Forms for the figures managers enter: one commune's month, and a province's spreadsheet upload.
They only carry input; what a figure must satisfy lives in metrics.imported."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from metrics.imported import IMPORTED, IMPORTED_GROUPS, Entry, clean_entry
from metrics.imported.services import MAX_SOURCE
from metrics.imported.spreadsheet import XLSX_TYPE


def field_name(code: str, part: str) -> str:
    return f"{code}__{part}"


def _parts(indicator) -> tuple[str, ...]:
    return ("numerator", "denominator") if indicator.is_ratio else ("value",)


def _shown(row, part: str) -> str:
    """A stored number as the manager would type it: 1234, or a score as 85,5."""
    if part == "value":
        number = row.value if row.value is not None else row.numerator  # a count is kept as its numerator
    else:
        number = getattr(row, part)
    if isinstance(number, Decimal):
        return format(number.normalize(), "f").replace(".", ",")
    return "" if number is None else str(number)


class MonthEntryForm(forms.Form):
    """Every imported indicator of one commune for one month, filled with what is stored. Clearing an
    indicator's numbers removes its figure for that month."""

    def __init__(self, *args, stored: dict, indicators=IMPORTED, **kwargs):
        self.indicators = indicators
        initial = {}
        for indicator in indicators:
            row = stored.get(indicator.code)
            for part in _parts(indicator):
                initial[field_name(indicator.code, part)] = _shown(row, part) if row else ""
            initial[field_name(indicator.code, "source")] = (
                row.source if row else str(indicator.default_source)
            )
        super().__init__(*args, initial=initial, **kwargs)
        for indicator in indicators:
            for part in _parts(indicator):
                self.fields[field_name(indicator.code, part)] = forms.CharField(
                    label=self._label(indicator, part),
                    required=False,
                    max_length=20,
                    widget=forms.TextInput(
                        attrs={
                            "inputmode": "decimal" if indicator.is_score else "numeric",
                            "autocomplete": "off",
                        }
                    ),
                )
            self.fields[field_name(indicator.code, "source")] = forms.CharField(
                label=_("Nguồn số liệu"), required=False, max_length=MAX_SOURCE
            )
        self.entries: dict[str, Entry | None] = {}
        self.sources: dict[str, str] = {}

    @staticmethod
    def _label(indicator, part: str) -> str:
        if part == "numerator":
            return gettext("Tử số: %(label)s") % {"label": indicator.numerator}
        if part == "denominator":
            return gettext("Mẫu số: %(label)s") % {"label": indicator.denominator}
        if indicator.is_score:
            return gettext("Điểm (0–%(maximum)s)") % {"maximum": indicator.maximum}
        return gettext("Số lượng")

    def clean(self):
        data = super().clean()
        for indicator in self.indicators:
            raw = {part: data.get(field_name(indicator.code, part)) for part in _parts(indicator)}
            self.sources[indicator.code] = data.get(field_name(indicator.code, "source")) or ""
            try:
                self.entries[indicator.code] = clean_entry(indicator, **raw)
            except ValidationError as error:
                for part, messages in error.message_dict.items():
                    name = field_name(indicator.code, part if part in raw else _parts(indicator)[0])
                    for message in messages:
                        self.add_error(name, message)
        return data

    def sections(self) -> list[tuple[str, list[dict]]]:
        """The fields grouped as the dashboard groups the indicators."""
        out = []
        for group, label in IMPORTED_GROUPS.items():
            items = [
                {
                    "indicator": indicator,
                    "fields": [self[field_name(indicator.code, part)] for part in _parts(indicator)],
                    "source": self[field_name(indicator.code, "source")],
                }
                for indicator in self.indicators
                if indicator.group == group
            ]
            if items:
                out.append((label, items))
        return out


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp số liệu (.xlsx)"),
        help_text=_("Dùng tệp mẫu ở trên. Tệp không quá 5 MB."),
        error_messages={
            "required": _("Hãy chọn tệp Excel số liệu."),
            "empty": _("Tệp bạn chọn không có nội dung."),
        },
        widget=forms.ClearableFileInput(attrs={"accept": f".xlsx,{XLSX_TYPE}"}),
    )
    source = forms.CharField(
        label=_("Nguồn số liệu"),
        required=False,
        max_length=MAX_SOURCE,
        help_text=_("Ví dụ: Cổng Dịch vụ công quốc gia, số liệu ngày 05/12/2026. Ghi chung cho cả tệp."),
    )
