"""Which language a segment is in, cheaply: Vietnamese letters first, langdetect only when unsure.

Vietnamese has letters no other language uses together (ă â đ ê ô ơ ư and the tone marks);
a segment where most words carry them is Vietnamese without asking a model. Only segments
where that signal is inconclusive go to langdetect (seeded, so results are deterministic),
which costs about a millisecond each.
"""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_VI_LETTERS = frozenset(
    "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "ĂÂĐÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
)


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0002ffff"


def vietnamese_share(text: str) -> float:
    """Share of lowercase-initial words that carry a Vietnamese-only letter."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    marked = sum(1 for w in words if any(ch in _VI_LETTERS for ch in w))
    return marked / len(words)


@functools.cache
def _detector_factory() -> object:
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0
    return DetectorFactory


def detect(text: str) -> tuple[str, float]:
    """langdetect's best language and its probability (deterministic: seed 0)."""
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    _detector_factory()
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return "unknown", 0.0
    return str(best.lang), float(best.prob)


def guess_lang(text: str) -> str:
    """ISO 639-1 code of the segment's language ("vi" for most of our input)."""
    words = _WORD.findall(text)
    if not words:
        return "und"
    cjk = sum(1 for ch in text if is_cjk(ch))
    if cjk and cjk >= len(text) * 0.3:
        return "zh"
    share = vietnamese_share(text)
    if share >= 0.25 or (share > 0 and len(words) <= 4):
        return "vi"
    if len(words) < 3:
        return "und"
    return detect(text)[0]
