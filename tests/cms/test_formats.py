import datetime

import pytest
from django import forms
from django.template import Context, Template
from django.utils import translation


class DateForm(forms.Form):
    day = forms.DateField()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_dates_are_entered_day_first(language):
    with translation.override(language):
        form = DateForm({"day": "05/03/2026"})
        assert form.is_valid(), form.errors
        assert form.cleaned_data["day"] == datetime.date(2026, 3, 5)


def test_an_impossible_day_first_date_is_rejected():
    with translation.override("vi"):
        form = DateForm({"day": "31/02/2026"})
        assert not form.is_valid()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_dates_are_shown_dd_mm_yyyy(language):
    with translation.override(language):
        rendered = Template("{{ d|date:'SHORT_DATE_FORMAT' }}|{{ d }}").render(
            Context({"d": datetime.date(2026, 3, 5)})
        )
    assert rendered == "05/03/2026|05/03/2026"


def test_time_zone_is_vietnam(settings):
    from django.utils import timezone

    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    moment = datetime.datetime(2026, 11, 21, 17, 30, tzinfo=datetime.UTC)
    assert timezone.localtime(moment).strftime("%d/%m/%Y %H:%M") == "22/11/2026 00:30"
