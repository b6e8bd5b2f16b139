"""Vietnamese text folding, so "chu ky so" finds "Chữ ký số"."""

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")
# đ/Đ are letters of their own, not d plus a mark, so NFD does not strip them.
_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d"})


def fold(text: str) -> str:
    """Lower-case, strip diacritics and collapse whitespace: "Chữ  KÝ số" -> "chu ky so"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def fold_words(text: str) -> list[str]:
    """The folded words of a text, punctuation removed."""
    return [w for w in _NON_WORD.sub(" ", fold(text)).split() if w]


def search_document(*parts: str) -> str:
    """One folded, space-separated string with a space at each end, for whole-word matching."""
    words = []
    for part in parts:
        words.extend(fold_words(part or ""))
    return " " + " ".join(words) + " "
