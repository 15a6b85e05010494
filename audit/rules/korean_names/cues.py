"""What marks a name or a document as Korean or Chinese, shared by N109's readers (source and target alone)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from audit.lang.hanviet import load
from audit.lang.korean import (
    SOURCE_CONTEXT,
    TARGET_CONTEXT,
    KoreanName,
    names_korea,
    readings,
    romanise_syllable,
    surnames,
)
from audit.lang.pinyin import segmentations
from audit.model import Document
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext

HAN = re.compile(r"[\u4e00-\u9fff]")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# The nationality the target gives a name right before it (from_source reads the source's); 'tại/ở/sang … Hàn Quốc
# X' is a place ('Đại sứ Việt Nam tại Hàn Quốc X'), not a nationality
_PLACE_BEFORE = r"(?<!tại )(?<!ở )(?<!sang )(?<!đến )(?<!tới )(?<!thăm )(?<!với )(?<!và )"
_TARGET_NATION = re.compile(
    rf"{_PLACE_BEFORE}(Trung Quốc|Đài Loan|Hồng Kông|Việt Nam|người Việt|gốc Việt|người Hoa|gốc Hoa|Nhật Bản|Singapore)"
    rf"|{_PLACE_BEFORE}(Hàn Quốc|Triều Tiên|người Hàn|gốc Hàn)"
)
TARGET_WINDOW = 40
ADJACENT = 12  # characters: a nationality right before a name ('Trung Quốc Piao Cheng')


@dataclass(frozen=True, slots=True)
class KoreanMention:
    start: int
    end: int
    name: KoreanName | None  # from the source's characters; None when only the target is known
    via: str  # 'pinyin' | 'Hán-Việt' | 'romanised' (written right: N101 leaves it, N109 does not report it)
    surname: str  # the surname as the press writes it ('Park')
    north: bool = False  # a North Korean's name: South Korean spellings do not fit
    known: str | None = None  # a well-known Korean's name as the press writes it (korean_people.tsv)


def korea_document(ctx: DocContext) -> bool:
    """The document speaks of Korea: in its article text or in its records' sources."""

    def compute(d: Document) -> bool:
        if names_korea(content_lines(ctx).text):
            return True
        return any(s.source and SOURCE_CONTEXT.search(s.source) for s in d.segments)

    return ctx.memo("korean.context", compute)


_VIETNAM = re.compile(r"Việt Nam|người Việt")


def china_document(ctx: DocContext) -> bool:
    """The document names China: in its article text or in its records' sources."""

    def compute(d: Document) -> bool:
        if CHINA_TARGET.search(content_lines(ctx).text):
            return True
        return any(s.source and CHINA_SOURCE.search(s.source) for s in d.segments)

    return ctx.memo("korean.china", compute)


def korea_topic(ctx: DocContext) -> bool:
    """The article is about Korea: it names Korea at least as often as Vietnam ('xạ thủ Việt Nam … sau Huang
    Chunrong' in a report that also names two Korean shooters is about a Vietnamese team)."""
    text = content_lines(ctx).text
    if not names_korea(text):
        return False
    return len(TARGET_CONTEXT.findall(text)) >= len(_VIETNAM.findall(text))


# China in a record (beside Korea, a name may be a Chinese person's)
CHINA_SOURCE = re.compile(r"中国|中方|我国|北京|中共|国务院|外交部发言人")
CHINA_TARGET = re.compile(r"Trung Quốc|Bắc Kinh")


def other_nation(text: str, start: int) -> bool:
    """The target gives the name another nationality right before it ('Trung Quốc X', 'người Việt X')."""
    return nation_before(text, start) == "other"


def nation_before(text: str, start: int, window: int = TARGET_WINDOW) -> str | None:
    """The nationality the target gives a name before it (the last named within ``window`` characters): 'korean',
    'other' or None."""
    nation = None
    for m in _TARGET_NATION.finditer(text, max(0, start - window), start):
        nation = m
    if nation is None:
        return None
    return "other" if nation.group(1) else "korean"


# what may stand between 'Hàn Quốc' and the name it marks: no comma, stop or bracket, but an acronym in brackets
# after the body's name ('Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) X')
TITLE_PHRASE = re.compile(r"(?:[^,;:.!?()\"“”]|\([A-Z][A-Z&-]{1,9}\))*")


def marked_korean(text: str, start: int) -> bool:
    """'Hàn Quốc' (not a place: 'tại Hàn Quốc') is the last nationality before the name at ``start``, within a
    title phrase without a comma or a stop between them ('Đại sứ Hàn Quốc tại Việt Nam X', 'tập đoàn Hàn Quốc X'):
    the name is a Korean's in an article that is not about Korea."""
    nation = None
    for m in _TARGET_NATION.finditer(text, max(0, start - TARGET_WINDOW), start):
        nation = m
    return (
        nation is not None
        and nation.group(2) is not None
        and TITLE_PHRASE.fullmatch(text, nation.end(), start) is not None
    )


@functools.cache
def pinyin_korean() -> dict[str, frozenset[str]]:
    """A pinyin syllable → the romanised Sino-Korean readings of the characters read so ('zhi' → 'sik', 'ji' …)."""
    hv = load()
    out: dict[str, set[str]] = {}
    for ch, hanguls in readings().items():
        for py in hv.pinyin.get(ch, ()):
            out.setdefault(py, set()).update(romanise_syllable(h) for h in hanguls)
    return {py: frozenset(r) for py, r in out.items()}


@functools.cache
def surname_pinyin() -> dict[str, str]:
    """Pinyin of a one-character Korean surname → its press spellings ('li' → 'Lee', 'piao' → 'Park', 'xu' → 'Seo or
    Heo'): each surname's main reading (朴 is 'piao' as a surname)."""
    hv = load()
    out: dict[str, list[str]] = {}
    for ch, s in surnames().items():
        if len(ch) == 1:
            p = "piao" if ch == "朴" else next(iter(hv.pinyin.get(ch, ())), "")
            if p and s.roman not in out.setdefault(p, []):
                out[p].append(s.roman)
    return {p: " or ".join(romans) for p, romans in out.items()}


def syllables(words: list[str]) -> int:
    """How many pinyin syllables the words hold (0 when one is not pinyin)."""
    total = 0
    for w in words:
        splits = segmentations(w)
        if not splits:
            return 0
        total += len(splits[0])
    return total
