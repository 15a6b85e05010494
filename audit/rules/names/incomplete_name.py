"""N104: an office title followed by a foreign holder's given name only."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from audit.lang.countries import gazetteer
from audit.lang.mentions import INTERPUNCT
from audit.lang.people import Tenure, holders, offices
from audit.model import Segment, Severity
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, Hit
from audit.rules.names.analyses import TitledRule, seg_titled
from audit.rules.names.holders import _given_first, _vn_offices
from audit.rules.registry import register

# lowercase particles inside a full name ('von der', 'van', 'de', 'da', 'bin', 'ibn', 'al-'), then a capital
_NAME_GOES_ON = re.compile(
    r"(?: (?:von|van|der|den|de|du|da|das|dos|del|della|di|la|le|bin|bint|ibn|al|el|zu|ter|ten))+[ -][A-Z]"
)


# the rest of a hyphenated given name after its first part ('Kassym' + '-Jomart', 'Jean' + '-Claude'), or a
# Korean one's lowercase second syllable ('Jae' + '-myung')
_HYPHENATED_GIVEN = re.compile(r"(?:-[A-Z][^\W\d_]+)+|-[a-z]+(?![\w-])")
_NEXT_CAPITAL = re.compile(r"\s+[A-ZĐ]")


@register
class IncompleteName(TitledRule):
    code = "N104"
    name = "incomplete-name"
    category = "accuracy/omission"
    severity = Severity.MAJOR
    summary = "An office title followed by a foreign holder's given name only ('Tổng thống Belarus Alexander')"
    why = (
        "MT through Chinese drops the surname of a foreign leader (or moves it elsewhere); the given "
        "name alone does not identify the head of state. Leaders the press names by one part of the name "
        "(East and Southeast Asia: 'Thủ tướng Lee', 'Tổng thống Prabowo', 'Thủ tướng Anwar') are left alone, "
        "but for a Singaporean or Malaysian whose name is an English given name before the surname "
        "('Vivian Balakrishnan': 'Bộ trưởng Balakrishnan'), and for a Korean, named surname first, whose "
        "hyphenated given name stands alone ('Tổng thống Jae-myung' for Lee Jae-myung), and for a Japanese "
        "holder, called by the family name ('Thủ tướng Ishiba'), whose given name stands alone ('Thủ tướng "
        "Shigeru'). A hyphenated given name counts as one ('Frank-Walter')."
    )
    fires = (
        "Tổng thống Belarus [[Alexander]] đã tiếp Đại sứ Việt Nam.",
        "Thủ tướng Australia Anthony Albanese đón đoàn Việt Nam.\nThủ tướng [[Anthony]] cảm ơn Việt Nam.",
        "Bộ trưởng Ngoại giao Singapore [[Vivian]] phát biểu tại hội nghị.",
        "Tổng thống Đức [[Frank-Walter]] đón đoàn Việt Nam.",
        "Thủ tướng Hàn Quốc [[Min-seok]] tiếp Đại sứ Việt Nam.",
        "Tổng thống Hàn Quốc [[Suk-yeol]] gửi lời chúc mừng.",
        "Bộ trưởng Tài chính Nhật Bản [[Satsuki]] phát biểu tại hội nghị.",
    )
    quiet = (
        "Tổng thống Belarus Alexander Lukashenko đã tiếp Đại sứ Việt Nam.",
        "Chủ tịch Ủy ban châu Âu Ursula von der Leyen phát biểu.",
        "Quốc vương Qatar Tamim bin Hamad Al Thani hội kiến Chủ tịch nước.",
        "Tổng thống Alexander Stubb của Phần Lan phát biểu.",
        "Ông Alexander đã tiếp Đại sứ Việt Nam.",
        "Thủ tướng Anthony của một nước nhỏ phát biểu; Thủ tướng Phạm Minh Chính lắng nghe.",
        "Thủ tướng Malaysia Anwar phát biểu tại hội nghị.",
        "Tổng thống Đức Frank-Walter Steinmeier đón đoàn Việt Nam.",
        "Thủ tướng Hungary Orbán Viktor gửi thư chúc mừng.",
        "Thủ tướng Hàn Quốc Kim Min-seok tiếp đoàn; Thủ tướng Kim phát biểu; ca sĩ Min-seok hát.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for t in seg_titled(ctx, seg.index):
            if not t.run or t.calque:
                continue
            for k, (start, end, word) in enumerate(t.run[:3]):
                if k + 1 != len(t.run):
                    continue  # the given name must end the run of capitalised words
                if INTERPUNCT.match(seg.text, end):
                    continue  # 'Olaf • Scholz': the name goes on after the dot (N102)
                if _NAME_GOES_ON.match(seg.text, end):
                    continue  # 'Ursula von der Leyen', 'Tamim bin Hamad Al Thani': a particle, then the name
                hyphenated = _HYPHENATED_GIVEN.match(seg.text, end)
                if hyphenated:  # 'Kassym-Jomart': the run stops at the hyphen; the name must stop after it
                    if _NEXT_CAPITAL.match(seg.text, hyphenated.end()) or INTERPUNCT.match(seg.text, hyphenated.end()):
                        continue
                    end, word = hyphenated.end(), seg.text[start : hyphenated.end()]
                full: Sequence[str] = (
                    _given_name_holders(word, t.offices)
                    or _korean_given_holders(word, t.offices)
                    or _japanese_given_holders(word, t.offices)
                )
                if not full and len(_vn_offices(t.offices)) == len(t.offices):
                    full = _foreign_counterparts(word, t.offices, ctx)
                if not full:
                    continue
                run_words = {w for _, _, w in t.run[:k]}
                # 'Thủ tướng Hungary Orbán Viktor': the surname before the given name, written family name first
                # and 'Tổng thống Lee Jae-myung': a Korean's surname before the given name
                full = [
                    n for n in dict.fromkeys(full) if not (set(n.split()[1:]) <= run_words or n.split()[0] in run_words)
                ]
                if not full:
                    continue
                mentioned = [n for n in full if n in content_lines(ctx).text]
                # a holder the article names is the one meant: others of the title's offices are no alternative
                picks = mentioned or full
                yield self.hit(
                    seg,
                    start,
                    end,
                    f"given name only after the title: probably '{picks[0]}'",
                    suggestion=picks[0],
                    confidence=0.85 if mentioned or len(picks) == 1 else 0.6,
                    candidates=picks[1:] or None,
                )


@functools.lru_cache(maxsize=16384)
def _given_name_holders(word: str, office_ids: tuple[str, ...]) -> tuple[str, ...]:
    """Full names of the offices' holders named given name first whose given name is ``word``."""
    return tuple(
        h.name_vi
        for o in office_ids
        for h in holders(o)
        if _given_first(h) and len(h.name_vi.split()) > 1 and h.name_vi.split()[0] == word
    )


@functools.lru_cache(maxsize=16384)
def _korean_given_holders(word: str, office_ids: tuple[str, ...]) -> tuple[str, ...]:
    """Full names of the offices' Korean holders whose hyphenated given name is ``word``: the press names a
    Korean leader by the surname or the full name ('Tổng thống Lee', 'Lee Jae-myung'), never by the given name
    alone ('Tổng thống Jae-myung', the surname lost on the way through Chinese). A given name the person writes
    in two words ('Yoon Suk Yeol') is the same name hyphenated ('Tổng thống Suk-yeol')."""
    if "-" not in word:
        return ()
    return tuple(
        h.name_vi
        for o in office_ids
        for h in holders(o)
        if h.country.upper() in _KOREAS and _korean_given(h.name_vi) == word.lower()
    )


def _korean_given(name: str) -> str:
    """A Korean name's given name, its syllables joined by a hyphen, lowercase ('Yoon Suk Yeol' → 'suk-yeol')."""
    return "-".join(name.lower().split()[1:])


_KOREAS = frozenset(("KR", "KP"))


@functools.lru_cache(maxsize=16384)
def _japanese_given_holders(word: str, office_ids: tuple[str, ...]) -> tuple[str, ...]:
    """Full names of the offices' Japanese holders whose given name is ``word`` (the first word of the English
    name, 'Shigeru Ishiba', whichever order the Vietnamese name has): the press names a Japanese leader by the
    family name or the full name ('Thủ tướng Ishiba'), never by the given name alone ('Thủ tướng Shigeru')."""
    return tuple(
        h.name_vi
        for o in office_ids
        for h in holders(o)
        if h.country.upper() == "JP" and len(h.name_en.split()) == 2 and h.name_en.split()[0] == word
    )


@functools.cache
def _holders_by_kind() -> dict[tuple[str, str], tuple[Tenure, ...]]:
    """(office kind, first name) → foreign holders named given name first ('prime_minister', 'Anthony')."""
    out: dict[tuple[str, str], list[Tenure]] = {}
    for o in offices():
        for h in holders(o):
            words = h.name_vi.split()
            if _given_first(h) and len(words) > 1:
                out.setdefault((o.split(".", 1)[-1], words[0]), []).append(h)
    return {k: tuple(v) for k, v in out.items()}


def _foreign_counterparts(word: str, office_ids: tuple[str, ...], ctx: DocContext) -> list[str]:
    """A bare title ('Thủ tướng Anthony') resolves to the Vietnamese office; in an article that names the
    country of a foreign holder of the same office with that given name, the holder is meant."""
    kinds = {o.split(".", 1)[-1] for o in office_ids}
    gz = gazetteer()
    text = content_lines(ctx).text
    out = []
    for kind in kinds:
        for h in _holders_by_kind().get((kind, word), ()):
            iso = h.country.upper()
            if h.name_vi in text or (iso in gz.countries and any(f in text for f in gz.countries[iso].vi_all)):
                out.append(h.name_vi)
    return out
