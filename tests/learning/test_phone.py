import pytest
from django.core.exceptions import ValidationError

from learning.phone import display_phone, normalise_phone


@pytest.mark.parametrize(
    "raw",
    [
        "0912345678",
        "0912 345 678",
        "+84912345678",
        "+84 912 345 678",
        "84912345678",
        "0084912345678",
        "091.234.5678",
    ],
)
def test_the_ways_people_write_a_mobile_number_store_one_form(raw):
    assert normalise_phone(raw) == "+84912345678"


@pytest.mark.parametrize(
    "raw", ["", "12345", "0212345678", "09123456789", "091234567", "+1 415 555 0100", "abc"]
)
def test_invalid_numbers_are_refused_with_a_vietnamese_message(raw):
    with pytest.raises(ValidationError) as error:
        normalise_phone(raw)
    assert "Số điện thoại không hợp lệ" in error.value.messages[0]


@pytest.mark.parametrize(
    "raw",
    [
        "091２３４５６７８",  # full-width, as some phone keyboards type them
        "09١٢٣٤٥٦٧٨",  # Arabic-Indic
        "+84 9１２ ３４５ ６７８",
        "09¹²³⁴⁵⁶⁷⁸",  # superscript
    ],
)
def test_digits_other_than_0_to_9_are_refused_not_stored(raw):
    with pytest.raises(ValidationError) as error:
        normalise_phone(raw)
    assert error.value.messages == [
        "Số điện thoại không hợp lệ. Hãy nhập số di động Việt Nam gồm 10 chữ số, ví dụ 0912 345 678."
    ]


def test_stored_numbers_are_shown_as_people_read_them():
    assert display_phone("+84912345678") == "0912 345 678"
