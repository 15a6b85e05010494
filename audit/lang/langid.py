"""Which language a segment is in, cheaply: Vietnamese letters first, langdetect only when unsure.

Vietnamese has letters no other language uses together (ă â đ ê ô ơ ư and the tone marks);
a segment where most words carry them is Vietnamese without asking a model. Only segments
where that signal is inconclusive go to langdetect (seeded, so results are deterministic),
which costs about a millisecond each.
"""

from __future__ import annotations

import functools
import re

from audit.lang.textcache import per_document

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_VI_LETTERS = frozenset(
    "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "ĂÂĐÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
)


_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_CJK_SPAN = re.compile("[\u3400-\U0002ffff]")  # one range around _CJK's: three times quicker to rule text out
# a word holding a Vietnamese letter, matched from its first such letter to the end of its run of letters: one match a
# word, as many as '[^\\W\\d_]*[ă…ỹ][^\\W\\d_]*' gives, which re tried from every letter (2.4x slower)
_VI_WORD = re.compile(f"[{''.join(sorted(_VI_LETTERS))}][^\\W\\d_]*")


def is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def cjk_count(text: str) -> int:
    """The Chinese characters of ``text``."""
    if text.isascii() or not _CJK_SPAN.search(text):  # a flag of the string; one range to test per character
        return 0
    return len(_CJK.findall(text))


_LATIN_RUN = re.compile(r"[A-Za-zÀ-ɏ]+")  # Latin letters, counted by runs: a list of words, not of letters


def source_script(text: str, han: int | None = None) -> str | None:
    """'han' when Chinese characters make up over 30% of ``text``, 'latin' when Latin letters make up over half of
    it and there is no Chinese, else None: how a source's language pair is told (``han``: its
    :func:`cjk_count` when known)."""
    han = cjk_count(text) if han is None else han
    if han > 0.3 * len(text):
        return "han"
    return "latin" if not han and _latin_letters(text) > 0.5 * len(text) else None


_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def _latin_letters(text: str) -> int:
    """The characters of ``text`` in :data:`_LATIN_RUN` (of ASCII text: its letters, counted at C speed)."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
    return sum(map(len, _LATIN_RUN.findall(text)))


@per_document(maxsize=1024)
def source_kind(text: str) -> tuple[int, str | None]:
    """(:func:`cjk_count`, :func:`source_script`) of a source, once a document (rule A105 and the built-in
    score both ask)."""
    han = cjk_count(text)
    return han, source_script(text, han)


# characters that often stick to a word ("nay," "(ông" "2025."): none is a letter, so stripping them from a chunk
# leaves its runs of letters as they were
_STICKY = ".,;:!?\"'()[]{}“”‘’«»…-–—%/*"


@per_document(maxsize=1024)
def split_words(text: str) -> tuple[str, ...]:
    """``text.split()``: the whitespace-separated words (cached: the word count of a segment record and
    :func:`letter_words` both start from them)."""
    return tuple(text.split())


@per_document(maxsize=1024)
def letter_words(text: str) -> tuple[str, ...]:
    """Runs of letters of ``text`` (cached: the language guess and the builtin score both ask).

    The same as ``_WORD.findall(text)``: a run never crosses whitespace, and a chunk between
    spaces that is all letters is one run, so only chunks with digits or punctuation need
    more: most are a word with punctuation stuck to it, or a number, and only the rest go
    to the regex.
    """
    out: list[str] = []
    for chunk in split_words(text):
        if chunk.isalpha():
            out.append(chunk)
        elif (core := chunk.strip(_STICKY)).isalpha():
            out.append(core)
        elif core and not core.isdecimal():  # decimal digits are no letters (the regex's \d)
            out += _WORD.findall(core)
    return tuple(out)


def vietnamese_share(text: str, n_words: int | None = None) -> float:
    """Share of words that carry a Vietnamese-only letter (ă â đ ê ô ơ ư or a tone mark)."""
    n = n_words if n_words is not None else len(_WORD.findall(text))
    if not n:
        return 0.0
    return min(1.0, len(_VI_WORD.findall(text)) / n)


class _HasViLetter(dict[str, int]):
    """1 for a word with a Vietnamese-only letter, else 0: a per-word cache (words recur in any text)."""

    MAX = 1 << 17

    def __missing__(self, word: str) -> int:
        if len(self) >= self.MAX:
            self.clear()
        flag = self[word] = 0 if _VI_LETTERS.isdisjoint(word) else 1
        return flag


_HAS_VI_LETTER = _HasViLetter()


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


def _may_be_chinese(text: str) -> bool:
    """False only where fewer than 3 characters in 10 of ``text`` can be Chinese (:data:`_CJK`): each of those takes 3
    or 4 bytes in UTF-8 and any other character at least 1, so with ``c`` of them the UTF-8 text is at least
    ``len + 2c`` bytes long; under 1.6 bytes a character, ``c`` is under 0.3 of the length. A Vietnamese sentence
    takes 1.1 to 1.5 bytes a character: the encoding (C level) spares the range search (1.5 times its cost)."""
    return 5 * len(text.encode("utf-8", "surrogatepass")) >= 8 * len(text)


def guess_lang(text: str) -> str:
    """ISO 639-1 code of the segment's language ("vi" for most of our input)."""
    words = letter_words(text)
    if not words:
        return "und"
    if not text.isascii() and _may_be_chinese(text) and _CJK_SPAN.search(text):  # cjk_count's quick test, inlined
        cjk = len(_CJK.findall(text))
        if cjk and cjk >= len(text) * 0.3:
            return "zh"
    # a share of at least a quarter is 4 * count >= len(words) (exactly: the division is correctly rounded and
    # 0.25 is a binary fraction); in Vietnamese text the first half of the words nearly always has that many
    # (the words with such a letter counted over slices of the words, at C level)
    n = len(words)
    half = (n + 1) // 2
    count = sum(map(_HAS_VI_LETTER.__getitem__, words[:half]))
    if 4 * count >= n:
        return "vi"
    count += sum(map(_HAS_VI_LETTER.__getitem__, words[half:]))
    share = min(1.0, count / n)  # vietnamese_share without a second scan
    if share >= 0.25 or (share > 0 and n <= 4):
        return "vi"
    if n < 3:
        return "und"
    return detect(text)[0]
