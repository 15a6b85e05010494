"""Foreign people's Chinese names read in Hán-Việt ('Bái Đăng' = 拜登 = Joe Biden)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from audit.lang.hanviet import syllable_key
from audit.lang.mentions.preceding_title import titled_before
from audit.lang.mentions.shared import INTERPUNCT
from audit.lang.names import RunStart, multiword_runs, run_offsets
from audit.lang.people import people
from audit.lang.resources import read_tsv

# Countries whose people the Vietnamese press names in Hán-Việt (or by their own Sino-Vietnamese-looking names).
# Japanese and South Korean leaders are not among them: the press writes Kishida Fumio, Yoon Suk Yeol, so
# 'Ngạn Điền Văn Hùng' (岸田文雄) or 'Doãn Tích Duyệt' (尹锡悦) are MT readings of the Chinese text. A person
# whose gazetteer name is itself the Hán-Việt reading is never flagged (see _hanviet_western_index).
HAN_VIET_COUNTRIES = frozenset({"vn", "cn", "tw", "hk", "mo", "sg", "kp"})
# Countries whose officials may bear a Chinese name, as ISO codes in capitals: the Hán-Việt ones, Malaysia's Chinese
# Malaysians, and the Koreas and Japan, whose names N109 and N108's romaji reading take. After a title and another
# country, a pinyin name is the Chinese form of that country's official's own name (N101 offers no Hán-Việt fix, N108
# reads it) unless a posting abroad or China stands before the country (:data:`POSTED_BEFORE`).
CHINESE_NAMED_COUNTRIES = frozenset(c.upper() for c in HAN_VIET_COUNTRIES) | {"MY", "KR", "KP", "JP"}
# a posting abroad or China named before the country: 'Đại sứ Trung Quốc tại Campuchia Wang …' is China's envoy
POSTED_BEFORE = re.compile(r"(?<!\w)(?:tại|ở|Trung Quốc|Trung Hoa|Đài Loan|Hồng Kông)(?!\w)")
# The longest Hán-Việt name part looked for, in syllables (呼日勒苏赫 Khurelsukh has five).
_MAX_HANVIET_PART = 6


@functools.cache
def _hanviet_western_index() -> dict[tuple[str, ...], tuple[str, bool]]:
    """Hán-Việt readings of foreign (non-Sinosphere) people's Chinese names, per '·' part of two or
    more characters: (syllable_key, …) → (name_vi, given) ('拜登' → ('bais', 'đăng') → ('Joe Biden', False)).
    ``given``: the part comes before the last of a '·' name ('路易斯' Luís): a given name is many people's, so it
    names the person only joined by the interpunct to another part of the name."""
    from audit.lang.hanviet import load

    hv = load()
    out: dict[tuple[str, ...], tuple[str, bool]] = {}
    for name, ts in people().items():
        if any(t.country in HAN_VIET_COUNTRIES for t in ts):
            continue
        zh = next((t.name_zh for t in ts if t.name_zh), "")
        parts = [p for p in re.split(r"[·•・\s-]+", zh) if p]
        # 小 'Jr.' opening a junior's name (小马科斯 Marcos Jr.): Chinese text names him without it too (马科斯)
        junior = (
            [(0, parts[0][1:])]
            if name.endswith("Jr.") and parts and parts[0][:1] == "小" and len(parts[0]) >= 3
            else []
        )
        for k, part in [*enumerate(parts), *junior]:
            readings = [hv.main_first(ch)[:2] for ch in part]
            if len(part) < 2 or not all(readings):
                continue
            own = tuple(syllable_key(w) for w in name.split())
            for combo in itertools.islice(itertools.product(*readings), 16):
                key = tuple(syllable_key(r) for r in combo)
                if len(key) <= _MAX_HANVIET_PART and not _contains(own, key):
                    out.setdefault(key, (name, k < len(parts) - 1))
    # historical figures whose name Chinese writes in three characters or more (诺贝尔 Nobel: 'giải Nặc Bối Nhĩ'): a
    # two-syllable reading ('Liệt Ninh' 列宁) is what older Vietnamese itself wrote, left alone (misses28); and popes
    # and Holy See officials ('Giáo hoàng Lương Thập Tứ Thế' 良十四世 Leo XIV; round 32)
    for row in (*read_tsv("historical_people.tsv"), *read_tsv("holy_see_people.tsv")):
        parts = [p for p in re.split(r"[·•・\s-]+", row["name_zh"]) if p]
        for k, part in enumerate(parts):
            readings = [hv.main_first(ch)[:2] for ch in part]
            if len(part) < 3 or not all(readings):
                continue
            for combo in itertools.islice(itertools.product(*readings), 16):
                key = tuple(syllable_key(r) for r in combo)
                if len(key) <= _MAX_HANVIET_PART:
                    out.setdefault(key, (row["name_vi"], k < len(parts) - 1))
    return out


def _contains(seq: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """``part`` occurs in ``seq`` as a contiguous run (the name as the press writes it contains the reading)."""
    n = len(part)
    return any(seq[i : i + n] == part for i in range(len(seq) - n + 1))


@functools.cache
def _hanviet_western_firsts() -> frozenset[str]:
    return frozenset(k[0] for k in _hanviet_western_index())


@dataclass(frozen=True, slots=True)
class HanVietWestern:
    start: int
    end: int
    name: str  # the person's Vietnamese (Latin) name


@functools.lru_cache(maxsize=16384)
def may_have_hanviet_western(words: tuple[str, ...]) -> bool:
    """A run of capitalised words (its words) where :func:`hanviet_western_names` may find a name: a word
    before the last one can start the Hán-Việt reading of a foreign name."""
    if not _hanviet_western_index():
        return False
    return not _hanviet_western_firsts().isdisjoint(map(syllable_key, words[:-1]))


def hanviet_western_names(text: str, runs_at: Iterable[RunStart] | None = None) -> list[HanVietWestern]:
    """Capitalised Hán-Việt syllables that read a foreign person's Chinese name ('Bái Đăng' = 拜登 = Joe Biden).

    A match must be three or more syllables, or a whole run of capitalised words, or follow a title.
    ``runs_at``: the runs of :func:`multiword_runs` in ``text`` (where each starts, its words), when the
    caller has them (see audit.lang.names.multiword_runs_by_text).
    """
    index = _hanviet_western_index()
    if not index:
        return []
    firsts = _hanviet_western_firsts()
    out: list[HanVietWestern] = []
    given: list[bool] = []  # per match: it reads a given name only
    if runs_at is None:
        runs = multiword_runs(text)
    else:  # only the runs where a name may start: the others yield nothing
        runs = tuple(run_offsets(start, words) for start, words in runs_at if may_have_hanviet_western(words))
    for run in runs:
        i = 0
        while i < len(run) - 1:
            if syllable_key(run[i][2]) not in firsts:
                i += 1
                continue
            keys = [syllable_key(w) for _, _, w in run[i : i + _MAX_HANVIET_PART]]
            for n in range(len(keys), 1, -1):
                name, alone = index.get(tuple(keys[:n]), ("", False))
                if not name:
                    continue
                whole = n == len(run)
                if n >= 3 or whole or titled_before(text, run[i][0]):
                    out.append(HanVietWestern(run[i][0], run[i + n - 1][1], name))
                    given.append(alone)
                    i += n - 1
                    break
            i += 1
    merged: list[tuple[HanVietWestern, bool]] = []
    for h, alone in zip(out, given, strict=True):  # 'Thông Luân • Tây Tô Lý': one name's parts joined by the dot
        last = merged[-1][0] if merged else None
        if last and last.name == h.name and INTERPUNCT.fullmatch(text[last.end : h.start]):
            merged[-1] = (HanVietWestern(last.start, h.end, h.name), False)
        else:
            merged.append((h, alone))
    return [h for h, alone in merged if not alone]
