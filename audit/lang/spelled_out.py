"""A foreign name spelled out in Vietnamese syllables joined by hyphens ('Tan-da-ni-a', 'A-déc-bai-gian', 'Phi-gi')
and the Latin name it spells ('Tanzania', 'Azerbaijan', 'Fiji'): both reduced to consonant classes (as
audit.lang.pinyin_echo does for pinyin), the Vietnamese form read with its spelling's sounds (ph f, d z, gi j, x s,
đ d), a closing stop ('déc', 'bích', 'rút') standing for a consonant of the Latin name or none."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from audit.lang.pinyin_echo import latin_skeleton
from audit.lang.syllable import is_valid_syllable

_P, _F, _T, _S, _K, _L, _N = "P", "F", "T", "S", "K", "L", "N"
_ANY = "*"  # a closing stop: one consonant class of the Latin name, or none
_CODA_N = "n"  # a closing nasal: a nasal, or a final 'l' the spelling closes with 'n' ('Xê-nê-gan' Senegal)

# A capitalised syllable, then one or more lowercase ones, each after a hyphen ('Tan-da-ni-a'; not a pair 'Việt-Lào');
# the lookbehind after the capital, so that the regex engine skips from capital to capital
_CAPITAL = "A-ZĐÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
SPELLED = re.compile(rf"[{_CAPITAL}](?<![\w-].)[^\W\d_]*(?:-[^\W\d_{_CAPITAL}]+)+(?![\w-])")

_HYPHEN_LETTER = re.compile(r"-[^\W\d_]")  # opens on a literal: found as fast as str.find


def spelled_forms(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`SPELLED` in ``text``, found from each hyphen before a letter (most capitalised words
    have none: a scan that opens on every capital costs more)."""
    end = 0
    for h in _HYPHEN_LETTER.finditer(text):
        if h.start() < end:
            continue  # a hyphen of the form just found
        start = h.start()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
            start -= 1
        m = SPELLED.match(text, start)
        if m is not None:
            end = m.end()
            yield m


# Vietnamese initials (the longest first) and their classes; h has none
_INITIALS = (
    ("ngh", {_N, _K}),
    ("ng", {_N, _K}),
    ("ph", {_F}),
    ("th", {_T}),
    ("tr", {_T, _S}),
    ("ch", {_S, _K}),
    ("nh", {_N}),
    ("kh", {_K}),
    ("gh", {_K}),
    ("gi", {_S, _K}),
    ("qu", {_K}),
    ("b", {_P}),
    ("p", {_P}),
    ("m", {_N}),
    ("n", {_N}),
    ("v", {_F}),
    ("đ", {_T}),
    ("d", {_S}),
    ("t", {_T}),
    ("l", {_L}),
    ("r", {_L}),
    ("g", {_K}),
    ("k", {_K}),
    ("c", {_K}),
    ("x", {_S}),
    ("s", {_S}),
)
_NASAL_CODA = re.compile(r"(?:ng|nh|n|m)$")
_STOP_CODA = re.compile(r"(?:ch|c|t|p)$")
_CLUSTER = re.compile(r"^[xs](?=[tcpkml])")  # 'xtan', 'xcơ', 'xlô': a Latin 's' before a consonant
_VOWELS = str.maketrans("ăâêôơưy", "aaeoovi")


def _plain(text: str) -> str:
    """Lowercase, tone marks off, 'đ' kept ('Đắc' → 'đăc')."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn" or c in "\u0306\u0302\u031b")
    return unicodedata.normalize("NFC", kept)


@functools.lru_cache(maxsize=4096)
def spelled_skeleton(form: str) -> tuple[frozenset[str], ...]:
    """The consonant classes of a hyphen-spelled name ('Tan-da-ni-a' → T N S N), () when a part is no Vietnamese
    syllable (a Latin 's' may open one: 'xtan')."""
    out: list[frozenset[str]] = []
    for part in form.split("-"):
        syl, marked = _plain(part), part.lower()
        if _CLUSTER.match(syl):
            out.append(frozenset({_S}))
            syl, marked = syl[1:], marked[1:]
        if not is_valid_syllable(marked):
            return ()
        for ini, cls in _INITIALS:
            if syl.startswith(ini):
                out.append(frozenset(cls))
                break
        if _NASAL_CODA.search(syl):
            out.append(frozenset({_N, _CODA_N}))
        elif _STOP_CODA.search(syl):
            out.append(frozenset({_ANY}))
    # a class right after itself once, as the Latin skeleton has it ('Bê-la-rút': l, r → one liquid)
    return tuple(c for k, c in enumerate(out) if not (k and c == out[k - 1] and len(c) == 1 and _ANY not in c))


def _first_vowel(text: str) -> str:
    plain = _plain(text).translate(_VOWELS)
    return next((c for c in plain if c in "aeiou"), "")


def _au_as_o(first: str, latin: str) -> bool:
    """A Latin name's first vowels 'au', said 'o', spelled 'ô'/'o' ('Ô-xtrây-li-a' Australia; adversary62)."""
    return first == "o" and re.match(r"[^aeiouy]*au", _plain(latin)) is not None


_LATIN_VOWELS = re.compile(r"[aeiouy]+")


def _latin_syllables(latin: str) -> int:
    """The vowel groups of a Latin name, a final 'e' and the 'u' of 'qu' aside ('Mozambique' 3, 'Romania' 3)."""
    word = _plain(latin).replace("qu", "q")
    word = re.sub(r"(?<=[^aeiouy])e\b", "", word)
    return len(_LATIN_VOWELS.findall(word))


def spells(form: str, latin: str) -> bool:
    """The hyphen-spelled ``form`` sounds like the Latin name ``latin`` (one word or several): their consonant
    classes agree position by position, at least two of them not a closing stop's, their first vowels agree, and
    the spelling has a syllable for each of the name's vowel groups at least ('Rô-ma' spells Rome, not Romania)."""
    vi = spelled_skeleton(form)
    first = _first_vowel(form)
    if sum(_ANY not in c for c in vi) < 2 or (first != _first_vowel(latin) and not _au_as_o(first, latin)):
        return False
    if form.count("-") + 1 < _latin_syllables(latin):
        return False
    return _aligned(vi, latin_skeleton(latin.replace(" ", "")), 0, 0)


def _aligned(vi: tuple[frozenset[str], ...], latin: tuple[frozenset[str], ...], i: int, j: int) -> bool:
    if i == len(vi):
        rest = latin[j:]
        # a final liquid the spelling drops ('Ê-cu-a-đo' Ecuador, 'Ca-ta' Qatar, 'I-xra-en' Israel)
        return all("?" in c for c in rest) or (len(rest) == 1 and rest[0] == {_L})
    if _ANY in vi[i] and _aligned(vi, latin, i + 1, j):
        return True  # the stop stands for nothing of the Latin name
    if j == len(latin):
        return False
    if "?" in latin[j] and _aligned(vi, latin, i, j + 1):
        return True  # a Latin 'v' the spelling leaves out
    agree = _ANY in vi[i] or bool(vi[i] & latin[j]) or (_CODA_N in vi[i] and latin[j] == {_L} and j == len(latin) - 1)
    return agree and _aligned(vi, latin, i + 1, j + 1)
