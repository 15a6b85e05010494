"""Well-known Koreans (references/korean_people.tsv) written in the pinyin of their Chinese characters, found without
a source."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from audit.lang.hanviet import load
from audit.lang.korean import (
    names_korea,
    readings,
    romanise_syllable,
)
from audit.lang.pinyin import segmentations
from audit.lang.resources import read_tsv
from audit.model import Segment
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext
from audit.rules.korean_names.cues import HAN, TARGET_WINDOW, KoreanMention, pinyin_korean


@dataclass(frozen=True, slots=True)
class _KnownKorean:
    name: str  # the press's spelling ('Kim Sang-sik')
    surname: frozenset[str]  # the pinyin of the surname's character ('jin'; 'piao' for 朴)
    given: tuple[frozenset[str], ...]  # per given-name character, its Sino-Korean readings romanised ('sang'), and
    # the press's syllable in its place ('seo' of 'Hang-seo': 绪 has no reading in korean_readings.tsv)
    field: str  # 'football', 'acting' … (korean_people.tsv)


@functools.cache
def _known_koreans() -> tuple[_KnownKorean, ...]:
    """The well-known South Koreans of references/korean_people.tsv, as their pinyin may read them."""
    hv = load()
    table = readings()
    out = []
    for row in read_tsv("korean_people.tsv"):
        chars = row["name_zh"]
        if len(chars) < 2:
            continue
        surname = frozenset({"piao"} if chars[0] == "朴" else hv.pinyin.get(chars[0], ()))
        press = row["name_vi"].split(" ", 1)[-1].lower().split("-")  # 'Hang-seo': the readings the press writes
        press = press if len(press) == len(chars) - 1 else [""] * (len(chars) - 1)
        given = tuple(
            frozenset({romanise_syllable(h) for h in table.get(c, ())} | ({p} if p else set()))
            for c, p in zip(chars[1:], press, strict=True)
        )
        if surname and all(given):
            out.append(_KnownKorean(row["name_vi"], surname, given, row["field"]))
    return tuple(out)


# Words that say an article is of a known Korean's field (korean_people.tsv), where it does not name Korea: a
# Vietnamese team's Korean coach ('HLV …', 'đội tuyển')
_FIELD_WORDS = {
    "football": ("bóng đá", "HLV", "huấn luyện viên", "cầu thủ", "đội tuyển", "tiền đạo", "ghi bàn", "trận đấu"),
    "acting": ("diễn viên", "bộ phim", "phim truyền hình"),
    "film": ("đạo diễn", "bộ phim", "điện ảnh"),
    "music": ("ca sĩ", "nhóm nhạc", "âm nhạc", "người hâm mộ"),
    "politics": ("Tổng thống", "cựu Tổng thống"),
    "diplomacy": ("Liên hợp quốc", "Tổng Thư ký"),
    "business": ("tập đoàn", "Tập đoàn", "Samsung", "Hyundai", "Kia", "LG", "Lotte", "Hanwha", "doanh nghiệp"),
}
# A Chinese nationality before a name: a pinyin name after it is a Chinese person's, whoever else it may read
_CHINESE_BEFORE = re.compile(r"Trung Quốc|Đài Loan|Hồng Kông|người Hoa|gốc Hoa")


def known_korean_pinyin(ctx: DocContext) -> Iterator[tuple[Segment, KoreanMention]]:
    """A pinyin name that reads a well-known Korean's Chinese name (korean_people.tsv) without a romanised form in
    the document ('Jin Shangzhi' 金尚植 or 'Jin Xiangzhi' 金相植 for coach Kim Sang-sik): the surname is the pinyin of
    the person's surname character and the given name, one word, splits into pinyin syllables each of a character
    read as the person's character is in Korean (尚 and 相 both 상 sang: MT picks another character of the same
    reading). Taken in a document that names Korea or speaks of the person's field ('HLV', 'bóng đá' for a
    football coach), and not after a Chinese nationality ('Trung Quốc …')."""
    from audit.rules.names.analyses import _pinyin_segments  # N101 imports this module: import at use

    people, pattern = _known_korean_pattern()
    # a match is two capitalised words of plain Latin letters, a pinyin hint (PINYIN_HINTS): only the segments
    # holding one are searched (N101 lists them anyway), not the whole article with a pattern opening on a class
    segments = [seg for seg in _pinyin_segments(ctx) if pattern.search(seg.text)]
    if not segments:
        return  # most articles: no pinyin name with a known Korean's surname
    text = content_lines(ctx).text
    korea: bool | None = None
    for seg in segments:
        if seg.source and HAN.search(seg.source):
            continue  # the source decides (from_source)
        for m in pattern.finditer(seg.text):
            if not _word_start(seg.text, m.start()):
                continue  # 'Kalijin …': inside a word
            if _CHINESE_BEFORE.search(seg.text, max(0, m.start() - TARGET_WINDOW), m.start()):
                continue
            surname, token = m.group(1).lower(), m.group(2).lower()
            for person in people:
                if surname not in person.surname or not _reads_known(token, person.given):
                    continue
                if korea is None:
                    korea = names_korea(text)
                if korea or any(w in text for w in _FIELD_WORDS.get(person.field, ())):
                    known = person.name
                    yield seg, KoreanMention(m.start(), m.end(), None, "pinyin", known.split()[0], known=known)
                    break


@functools.cache
def _known_korean_pattern() -> tuple[tuple[_KnownKorean, ...], re.Pattern[str]]:
    """The known Koreans and a pattern of their surnames' pinyin before a one-word given name ('Jin Shangzhi')."""
    people = _known_koreans()
    surnames = sorted({p.capitalize() for k in people for p in k.surname}, key=lambda p: (-len(p), p))
    # no lookbehind before the surname: the engine then finds each surname's letters as fast as str.find; the
    # caller checks the character before a match (:func:`_word_start`). Each surname is capitalised plain letters,
    # so that a match is a pinyin hint (known_korean_pinyin; a test checks)
    return people, re.compile(rf"({'|'.join(surnames)}) ([A-Z][a-z]{{3,11}})(?![\w'’-])")


def _word_start(text: str, at: int) -> bool:
    """A word starts at ``at``: no letter, digit, apostrophe or hyphen before it."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’-")


def _reads_known(token: str, given: tuple[frozenset[str], ...]) -> bool:
    """The pinyin ``token`` splits into one syllable per given-name character, each the pinyin of some character
    with one of that character's Korean readings."""
    index = pinyin_korean()
    return any(
        len(syls) == len(given)
        and all(not index.get(syl, frozenset()).isdisjoint(g) for syl, g in zip(syls, given, strict=True))
        for syls in segmentations(token)
    )
