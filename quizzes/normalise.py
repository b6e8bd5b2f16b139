"""Compare a learner's short text answer with the accepted ones the way the trainer asked for."""

import re
import unicodedata
from functools import lru_cache

from cms.text import fold

_SPACES = re.compile(r"\s+")


def normalise_answer_text(
    text: str, *, ignore_case: bool, ignore_diacritics: bool, ignore_spacing: bool
) -> str:
    """The comparable form of a short text answer.

    On request: collapse runs of whitespace and trim; casefold; strip diacritics (đ/Đ become d/D, as in
    search). Always NFC last: phone keyboards send some letters decomposed (e + U+0302 + U+0301 for "ế"),
    and a question that counts diacritics must still see those as the same letter; casefold() can also
    decompose a letter again (İ -> i + U+0307).
    """
    if ignore_spacing:
        text = _SPACES.sub(" ", text).strip()
    if ignore_case:
        text = text.casefold()
    if ignore_diacritics:
        text = "".join(_without_marks(ch) for ch in text)
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=4096)
def _without_marks(ch: str) -> str:
    # cms.text.fold owns the diacritic rules (including đ, which NFD does not split), but it also lowercases
    # and trims; applied to one letter at a time, with the case put back, it strips only the marks, so
    # "ignore diacritics, keep case" and "keep spacing" still work.
    if ch.isspace():
        return ch
    bare = fold(ch)
    if bare == ch.casefold():
        return ch
    return bare.upper() if ch.isupper() else bare
