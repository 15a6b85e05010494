"""A107's view of the two Koreas: which of them a source names, and a target that names the other one.

A107 counts North and South Korea as one country (a Vietnamese 'Triều Tiên' may stand for the whole peninsula:
'bán đảo Triều Tiên', 'Chiến tranh Triều Tiên'); this module tells them apart where the source is precise. In a
Chinese source 朝鲜 is North Korea and 韩国/南韩 South Korea, except in fixed phrases for the whole peninsula or
its history (朝鲜半岛, 朝鲜战争, 朝鲜族, 朝鲜语, 朝鲜王朝, 李氏朝鲜 …) and the pre-1992 南朝鲜 (South Korea). In an
English source 'North Korea'/'DPRK' and 'South Korea'/'Republic of Korea'/'ROK' are precise; a bare 'Korean' may be
either, and then nothing is said. A bare 'Korea' as a noun ("Korea's Hyundai Rotem", 'exports to Korea') is South Korea
in today's news where the source names North Korea nowhere, speaks of no time before the division (a year before 1948,
a dynasty, colonial rule) and not of the peninsula or the war ('the Korean Peninsula', 'the Korean War', 'the two
Koreas', which the target's 'bán đảo Triều Tiên' renders).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from audit.lang.countries import Mention

NORTH, SOUTH = "KP", "KR"

# Chinese phrases with 朝鲜 that name the whole peninsula, its people, language or history, not North Korea
_ZH_PENINSULA = re.compile(
    r"朝[鲜鮮](?:半[岛島]|[战戰]争|族|[语語]|文|王朝|[时時]代|[李王]朝)|(?:李氏|古|箕子|[卫衛]满|[卫衛]滿)朝[鲜鮮]"
)
_ZH_SOUTH_OLD = re.compile(r"南朝[鲜鮮]")  # South Korea before 1992 (and in North Korean usage)
_ZH_NORTH = re.compile(r"朝[鲜鮮]|北[韩韓]")

_EN_NORTH = re.compile(
    r"\bNorth\s+Korea(?:ns?)?\b|\bDPRK\b|\bDemocratic\s+People['’]s\s+Republic\s+of\s+Korea\b", re.IGNORECASE
)
_EN_SOUTH = re.compile(r"\bSouth\s+Korea(?:ns?)?\b|\bRepublic\s+of\s+Korea\b|\bROK\b")
_EN_BARE = re.compile(r"\bKorea(?:ns?|s)?\b")  # either Korea: 'the Korean Peninsula', 'Korean food'
_EN_BARE_NOUN = re.compile(r"\bKorea\b")  # "Korea's", 'to Korea': South Korea in today's news (see the module's doc)
_EN_PENINSULA = re.compile(r"\bKorean?\s+(?:[Pp]eninsula|War|[Ww]ar)\b|\bKoreas\b")
# a time before the division of 1948, or the old kingdoms: a bare 'Korea' there is the one nation, 'Triều Tiên'
_YEAR_BEFORE_DIVISION = r"(?:1[0-8]\d\d|19[0-3]\d|194[0-7])"
_EN_BEFORE_DIVISION = re.compile(
    # a year as a time ('in 1910', 'from 1910 to 1945', 'the 1930s'), not a count ('1,500 tons', '1500 tons')
    rf"\b(?:in|from|since|until|till|by|before|after|during|around|of|the)\s+{_YEAR_BEFORE_DIVISION}s?\b"
    rf"|\b{_YEAR_BEFORE_DIVISION}\s*[-–]\s*(?:1[0-9]\d\d)\b|\b1[0-9]th[- ]century\b|[Cc]olonial|[Dd]ynast|Joseon|"
    r"Goryeo|Silla|Baekje|(?<!United )\b[Kk]ingdom\b|[Ee]mpire|Japanese (?:rule|occupation)|\b[Aa]nnex(?:ed|ation)\b"
)

# Vietnamese words before 'Triều Tiên' that make it the peninsula, its people, language or history
_VI_PENINSULA_BEFORE = re.compile(
    r"(?:bán đảo|chiến tranh|tiếng|người|dân tộc|triều đại|nhà|vương triều|hai miền|liên)\s+$", re.IGNORECASE
)


def source_koreas(source: str) -> frozenset[str] | None:
    """The Koreas ``source`` names precisely (NORTH, SOUTH), or None if it names one ambiguously or none."""
    found: set[str] = set()
    text = source
    if "朝" in text or "北" in text:
        text = _ZH_PENINSULA.sub("", text) if "朝" in text else text
        if "南朝" in text and _ZH_SOUTH_OLD.search(text):
            found.add(SOUTH)
            text = _ZH_SOUTH_OLD.sub("", text)
        if _ZH_NORTH.search(text):
            found.add(NORTH)
            text = _ZH_NORTH.sub("", text)
    if "韩" in text or "韓" in text:
        found.add(SOUTH)
    if "Korea" in text or "DPRK" in text or "ROK" in text:
        if _EN_NORTH.search(text):
            found.add(NORTH)
            text = _EN_NORTH.sub(" ", text)
        if _EN_SOUTH.search(text):
            found.add(SOUTH)
            text = _EN_SOUTH.sub(" ", text)
        if _EN_BARE.search(text):
            if NORTH in found or not _EN_BARE_NOUN.search(_EN_PENINSULA.sub(" ", text)):
                return None
            if _EN_PENINSULA.search(text) or _EN_BEFORE_DIVISION.search(source):
                return None
            found.add(SOUTH)  # "Korea's Hyundai Rotem": South Korea (see the module's doc)
    return frozenset(found) or None


def _precise(mention: Mention, target: str) -> bool:
    """A target mention that names one Korea: not 'Triều Tiên' of the peninsula ('bán đảo Triều Tiên')."""
    if mention.iso != NORTH or not mention.text.startswith("Triều"):
        return True
    return _VI_PENINSULA_BEFORE.search(target[max(0, mention.start - 20) : mention.start]) is None


def korea_swaps(source: str, target: str, mentions: Iterable[Mention]) -> Iterator[tuple[Mention, str]]:
    """Each target mention of the Korea the source does not name, where the source names only the other one
    and the target never names it (but as the peninsula), with the ISO code of the Korea the source names."""
    koreas = [m for m in mentions if m.iso in (NORTH, SOUTH)]
    if not koreas:
        return
    named = source_koreas(source)
    if named is None or len(named) != 1:
        return
    (right,) = named
    precise = [m for m in koreas if _precise(m, target)]
    if any(m.iso == right for m in precise):
        return
    for m in precise:
        yield m, right
