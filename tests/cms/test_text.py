import pytest

from cms.text import fold, fold_words, search_document


@pytest.mark.parametrize(
    "raw",
    ["Chữ ký số", "chu ky so", "CHỮ KÝ SỐ", "chữ ky so", "  Chữ   KÝ\tsố "],
)
def test_every_way_of_typing_chu_ky_so_folds_the_same(raw):
    assert fold(raw) == "chu ky so"


def test_d_with_stroke_folds_to_d_in_both_cases():
    assert fold("Định danh điện tử ĐĂNG KÝ") == "dinh danh dien tu dang ky"


def test_every_vietnamese_vowel_with_tone_folds_to_its_base_letter():
    assert fold("àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ") == (
        "aaaaa aaaaa aaaaa eeeee eeeee iiiii ooooo ooooo ooooo uuuuu uuuuu yyyyy"
    )


def test_decomposed_input_from_some_phone_keyboards_folds_too():
    import unicodedata

    assert fold(unicodedata.normalize("NFD", "Thanh toán")) == "thanh toan"


def test_words_drop_punctuation_and_document_is_space_delimited():
    assert fold_words("VNeID: mức 2, (cấp độ) cao!") == ["vneid", "muc", "2", "cap", "do", "cao"]
    assert search_document("Chữ ký số", None, "OTP") == " chu ky so otp "
