"""Korean names read from a record's Chinese source: the target writes them in the pinyin or Hán-Việt of their
characters."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from audit.lang.hanviet import load, syllable_key
from audit.lang.korean import (
    SOURCE_CONTEXT,
    TARGET_CONTEXT,
    KoreanName,
    korean_name,
    north_only,
    split_name,
    surnames,
)
from audit.lang.names import capitalised_runs
from audit.lang.people import people
from audit.lang.resources import read_tsv
from audit.lang.source_pinyin import source_pinyin_names
from audit.model import Segment
from audit.rules.korean_names.cues import (
    CHINA_SOURCE,
    CHINA_TARGET,
    HAN_RUN,
    KoreanMention,
    nation_before,
    other_nation,
)

# The nationality a source gives the name right before it ('中国外长王毅', '越南驻韩国大使吴…', '韩国歌手朴…'):
# the last of these within a few characters decides
_SOURCE_NATION = re.compile(
    r"(中国|中方|我国|华裔|华人|台湾|香港|澳门|越南|越方|日本|新加坡)|(韩国|韓國|韩方|南韩)|(朝鲜|朝鮮|北韩)"
)
_SOURCE_WINDOW = 12
# Given-name characters of Vietnamese names (氏 Thị, 文 Văn as its first): no Korean name has them there
_VIETNAMESE_GIVEN = frozenset("氏")
_VIETNAMESE_MIDDLE = frozenset("文")


def from_source(seg: Segment, doc_context: bool, doc_china: bool) -> list[KoreanMention]:
    """Korean names of the source that the target writes in the pinyin or Hán-Việt of their characters. Where China
    is named too (in the record or the document), only a name marked Korean right before it, or with a surname only
    Koreans bear: Chinese people with the same surnames take part in such stories ('中方代表…')."""
    source, text = seg.source or "", seg.text
    record = bool(SOURCE_CONTEXT.search(source) or TARGET_CONTEXT.search(text))
    if not (record or doc_context or _distinctive().intersection(source)):
        return []  # no Korea anywhere and no surname only Koreans bear: no name is taken for a Korean's
    china = doc_china or bool(CHINA_SOURCE.search(source) or CHINA_TARGET.search(text))
    out: list[KoreanMention] = []
    north = north_only(source, text)
    for n in source_pinyin_names(source, text):
        at = source.find(n.chars)
        name = _korean_at(source, at, n.chars, record or doc_context)
        if name is None or other_nation(text, n.start) or (china and not _marked(source, at, text, n.start, name)):
            continue
        north_here = _north_at(source, at, north)
        out.append(KoreanMention(n.start, n.end, name, "pinyin", name.surname.roman, north_here, _press(name.chars)))
    # Hán-Việt only when the record itself speaks of Korea, or for a surname only Koreans bear ('Phác' 朴): such a
    # name also reads as a Vietnamese one; not for a North Korean: Vietnamese writes North Korea's leaders in
    # Hán-Việt (Kim Nhật Thành 金日成)
    taken = [(m.start, m.end) for m in out]
    hanviet = _hanviet_names(source, text) if record or not _distinctive().isdisjoint(source) else ()
    for start, end, name in hanviet:
        if not (record or name.surname.distinctive):
            continue
        if any(a < end and start < b for a, b in taken) or other_nation(text, start):
            continue
        at = source.find(name.chars)
        if (china and not _marked(source, at, text, start, name)) or _north_at(source, at, north):
            continue
        out.append(KoreanMention(start, end, name, "Hán-Việt", name.surname.roman, known=_press(name.chars)))
    return out


def _marked(source: str, at: int, text: str, start: int, name: KoreanName) -> bool:
    """The name is marked Korean right before it in the source ('韩国歌手…') or the target ('Hàn Quốc …'), or its
    surname is one only Koreans bear."""
    nation = _last_nation(source, at)
    korean_source = nation is not None and not nation.group(1)
    return korean_source or name.surname.distinctive or nation_before(text, start) == "korean"


def _north_at(source: str, at: int, record_north: bool) -> bool:
    """The name at ``at`` is a North Korean's: North Korea is the last country named right before it, or, with none,
    the record speaks of North Korea only."""
    nation = _last_nation(source, at)
    if nation is None or nation.group(1):
        return record_north
    return bool(nation.group(3))


def _last_nation(source: str, at: int) -> re.Match[str] | None:
    """The last country named within a few characters before ``at`` in the source."""
    nation = None
    for m in _SOURCE_NATION.finditer(source, max(0, at - _SOURCE_WINDOW), at):
        if source[m.start() - 1 : m.start()] != "驻":  # '韩国驻越南大使': the posting, not the person's country
            nation = m
    return nation


def _korean_at(source: str, at: int, chars: str, context: bool) -> KoreanName | None:
    """The Korean reading of the source's name ``chars`` at ``at``, if it is taken for a Korean person's: a Korean
    surname and a two-character given name (one character only after a surname only Koreans bear), Korea in the
    record or document or that surname, no other nationality right before it, not a person of people.tsv (N108
    knows their spelling) and no Vietnamese given-name character."""
    parts = split_name(chars)
    if at < 0 or parts is None:
        return None
    surname, given = parts
    if not (context or surname.distinctive) or (len(given) < 2 and not surname.distinctive):
        return None
    if _VIETNAMESE_GIVEN.intersection(given) or given[0] in _VIETNAMESE_MIDDLE or chars in _known_zh():
        return None
    nation = _last_nation(source, at)
    if nation is not None and nation.group(1):
        return None
    return korean_name(chars)


@functools.cache
def _distinctive() -> frozenset[str]:
    """The surnames only Koreans bear, as characters ('朴')."""
    return frozenset(c for c, s in surnames().items() if s.distinctive and len(c) == 1)


@functools.cache
def _press_spellings() -> dict[str, str]:
    """A well-known Korean's Chinese name (korean_people.tsv) → his name as the press writes it."""
    return {row["name_zh"]: row["name_vi"] for row in read_tsv("korean_people.tsv") if row["name_zh"]}


def _press(chars: str) -> str | None:
    """The press's spelling of a well-known Korean the source names ('Song Joong-ki' for 宋仲基, not the Revised
    Romanization 'Song Jung-gi' the characters read): the person's own established spelling wins."""
    return _press_spellings().get(chars)


@functools.cache
def _known_zh() -> frozenset[str]:
    """The Chinese names of people.tsv, without their '·'."""
    return frozenset(t.name_zh.replace("·", "") for ts in people().values() for t in ts if t.name_zh)


def _hanviet_names(source: str, text: str) -> Iterator[tuple[int, int, KoreanName]]:
    """Runs of capitalised target words that read, syllable for syllable, the Hán-Việt of a three-character Korean
    name of the source ('Lý Tương Hách' for 李相赫), the longest from where each starts."""
    names = list(_source_names(source))
    if not names:
        return
    for run in capitalised_runs(text):
        keys = [syllable_key(w) for _, _, w in run]
        i = 0
        while i < len(run):
            hit = next((nm for nm in names if _reads(keys[i : i + len(nm[0])], nm[1])), None)
            if hit is None:
                i += 1
                continue
            n = len(hit[0])
            yield run[i][0], run[i + n - 1][1], hit[2]
            i += n


def _source_names(source: str) -> Iterator[tuple[str, list[frozenset[str]], KoreanName]]:
    """The source's three-character Korean names (or two, with a surname only Koreans bear), with each character's
    Hán-Việt syllable keys, longest first."""
    hv = load()
    table = surnames()
    seen: set[str] = set()
    found = []
    for m in HAN_RUN.finditer(source):
        run = m.group()
        for i, ch in enumerate(run):
            if ch not in table and run[i : i + 2] not in table:
                continue
            for n in (4, 3, 2):
                chars = run[i : i + n]
                if len(chars) < n or chars in seen:
                    continue
                name = _korean_at(source, m.start() + i, chars, True)
                if name is None or (n == 2 and not name.surname.distinctive):
                    continue
                keys = [frozenset(syllable_key(r) for r in hv.readings.get(c, ())) for c in chars]
                if all(keys):
                    seen.add(chars)
                    found.append((chars, keys, name))
    found.sort(key=lambda f: -len(f[0]))
    return iter(found)


def _reads(keys: list[str], readings: list[frozenset[str]]) -> bool:
    return len(keys) == len(readings) and all(k in r for k, r in zip(keys, readings, strict=True))
