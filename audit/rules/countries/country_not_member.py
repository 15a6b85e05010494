"""C108: a country stated to be a member of a bloc it does not belong to ('Indonesia và Trung Quốc là hai thành viên
sáng lập ASEAN'), or to have joined it in a wrong year ('Việt Nam gia nhập ASEAN năm 1997').

The blocs and their members are references/blocs.tsv and references/bloc_members.tsv. Only explicit membership
frames count, each binding countries written side by side to one bloc: 'X (và Y) là (hai) (nước) thành viên
(sáng lập) (của) ORG', 'X, một thành viên ORG', 'X với tư cách thành viên ORG', '(các) nước thành viên ORG (như) X',
'ORG gồm X, Y, Z', 'X (đã|chính thức) gia nhập ORG (năm …)'.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from audit.lang.countries import Mention, Topic, gazetteer, split_list, trie_pattern
from audit.lang.resources import read_tsv
from audit.model import Segment, Severity
from audit.rules._prefilter import PrefilteredRule, segments_containing
from audit.rules.base import DocContext, Hit
from audit.rules.countries.context import _AFTER_FIRST, PIVOT_COUNTRIES, mentions_of, sentence_bounds, topic_of
from audit.rules.registry import register

_MEMBER_ROLES = frozenset({"founder", "member"})
# right after a country: a full membership claimed ("X, thành viên chính thức của ORG", "X là thành viên chính thức")
_FULL_MEMBER = re.compile(r"\s*(?:,|\s(?:hiện\s+)?là)\s+(?:một\s+)?thành viên chính thức")
_FRAME_WORDS = ("thành viên", "gia nhập", "gồm", "kết nạp")  # the trigger's words


def _claimed_beyond(role: str, claim: _Claim, text: str, end: int) -> tuple[str, str] | None:
    """(what the country is, what the sentence calls it) when one country is said to be more than it is now: a
    candidate a member, a partner a full member ('thành viên chính thức' after it); else None."""
    if not claim.present or len(claim.countries) != 1:
        return None
    if role == "candidate" and not claim.founding:
        return "a candidate for", "a member"
    if role == "partner" and _FULL_MEMBER.match(text, end):
        return "a partner country of", "a full member"
    return None


@dataclass(frozen=True, slots=True)
class Membership:
    """A country's standing in a bloc: ``role`` (founder, member, former, candidate, partner) and the years a text
    may give for its accession."""

    role: str
    years: frozenset[int]


@dataclass(frozen=True, slots=True)
class Blocs:
    """The blocs of references/blocs.tsv: each name's bloc, each bloc's founding year and members, and one regex
    of all the names."""

    by_name: dict[str, str]
    founded: dict[str, int]
    members: dict[str, dict[str, Membership]]
    pattern: re.Pattern[str]

    def bloc_of(self, name: str) -> str:
        """The bloc of a name as matched (any dash: 'Mekong – Lan Thương')."""
        return self.by_name[_DASHES.sub("-", name)]


_DASHES = re.compile(r"\s*[-–—]\s*")
_DASH_SPELLINGS = ("-", " - ", " – ", "–", " — ")


@functools.cache
def blocs() -> Blocs:
    """references/blocs.tsv and bloc_members.tsv, read once."""
    by_name: dict[str, str] = {}
    founded: dict[str, int] = {}
    for row in read_tsv("blocs.tsv"):
        founded[row["bloc"]] = int(row["founded"])
        for name in split_list(row["names"]):
            by_name[_DASHES.sub("-", name)] = row["bloc"]
    members: dict[str, dict[str, Membership]] = {b: {} for b in founded}
    for row in read_tsv("bloc_members.tsv"):
        years = frozenset(int(y) for y in split_list(row["years"]))
        members[row["bloc"]][row["iso2"]] = Membership(row["role"], years)
    # each dash as the press writes it ('Mekong - Lan Thương', 'Mekong – Lan Thương', 'Mekong-Lan Thương'); a trie
    # with the word-start test after the first letter, so that re skips ahead to a possible first letter
    spellings = [_DASHES.sub(dash, n) for n in by_name for dash in _DASH_SPELLINGS]
    alternation = trie_pattern(spellings, guard=_AFTER_FIRST)
    # not 'ASEAN+3', 'ASEAN - Trung Quốc' (a bloc with a partner), 'G7 mở rộng' (the outreach), 'ASEAN Cup'
    after = r"(?![\w+]|\s*\+|\s*[-–—]\s*\w|\s+(?:mở rộng|Plus|Cup|\d))"
    return Blocs(by_name, founded, members, re.compile(rf"(?P<bloc>{alternation}){after}"))


_ORG_WORD = (
    r"(?:(?:tổ chức|Tổ chức|khối|Khối|nhóm|Nhóm|hiệp hội|Hiệp hội|diễn đàn|Diễn đàn|hiệp định|Hiệp định|cơ chế"
    r"|Cơ chế|liên minh|Liên minh|Hợp tác|hợp tác)\s+)?"
)
_MEMBER_NOUN = (
    r"(?:(?:hai|ba|bốn|năm|sáu|bảy|các|những|một)\s+)?(?:(?:nước|quốc gia|nền kinh tế)\s+)?thành viên"
    r"(?P<founding>\s+sáng lập)?(?:\s+(?:chính thức|đầy đủ|thứ\s+\w+|tích cực|quan trọng|chủ chốt"
    r"|nòng cốt|lâu năm|năng động|có trách nhiệm))?\s+(?:của\s+)?" + _ORG_WORD
)
# after a country list: 'X (và Y) (đều) là (một trong) (hai) (nước) thành viên (sáng lập) (của) ORG', a comma before
# 'đều', 'cùng' or 'cũng' too ('Indonesia, Thái Lan và Brazil, đều là thành viên ASEAN'; adversary112)
_IS_MEMBER = re.compile(
    rf"(?:\s*,\s*(?=(?:đều|cùng|cũng)\s)|\s+)(?:(?:đều|cùng|cũng|vốn|hiện|hiện nay)\s+)*là\s+(?:một trong\s+)?"
    rf"{_MEMBER_NOUN}$"
)
# 'X, một thành viên ORG', 'X, nước thành viên ORG'; 'X với tư cách (là) thành viên ORG'
_APPOSITION = re.compile(rf"\s*,\s*(?:(?:là|một)\s+)?{_MEMBER_NOUN}$")
_CAPACITY = re.compile(rf"\s+với tư cách (?:là\s+)?{_MEMBER_NOUN}$")
# 'X (đã|chính thức) gia nhập ORG', 'X được kết nạp vào ORG', 'X trở thành thành viên (thứ 11) của ORG'
_JOINED = re.compile(
    r"\s+(?:(?:đã|chính thức|được|cũng)\s+)*(?:(?:gia nhập|kết nạp vào)\s+"
    + _ORG_WORD
    + r"|trở thành\s+"
    + _MEMBER_NOUN
    + ")$"
)
# before a country list: '(các) nước thành viên (sáng lập) ORG (như|là|gồm|:) X, Y'
_MEMBERS_BEFORE = re.compile(
    r"(?:nước|quốc gia|nền kinh tế) thành viên(?P<founding>\s+sáng lập)?\s+(?:của\s+)?" + _ORG_WORD + "$"
)
_LIST_LEAD = re.compile(r"(?:\s*\(\s*|\s*:\s*|\s+(?:là|như|gồm|gồm có|bao gồm)\s+|\s+)")
# a fronted apposition whose subject is the country after the comma: 'Là (một) (nước) thành viên (sáng lập) (của) ORG,
# X …', 'Với tư cách (là) thành viên ORG, X …', opening the sentence
_FRONTED = re.compile(r"(?:^|[.!?]\s+)(?:Là|Với tư cách(?: là)?)\s+" + _MEMBER_NOUN + "$")
_COMMA = re.compile(r"\s*,\s*")
# 'ORG (hiện) gồm (có) (các nước|10 nước …) X, Y, Z'
_CONSISTS = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:hiện\s+|hiện nay\s+)?(?:gồm|bao gồm)(?:\s+có)?"
    r"(?:\s+(?:các|\d+|hai|ba|bốn|năm|sáu|bảy|mười)\s+(?:nước|quốc gia|thành viên|nền kinh tế)(?:\s+thành viên)?)?"
    r"(?:\s+là)?\s*:?\s*"
)
# 'ORG (ACRONYM) (hiện) có 11 (nước) thành viên, trong đó có X, Y và Z': the members counted, then some named
_HAS_MEMBERS = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:hiện\s+|hiện nay\s+)?có\s+(?:\d+|mười một|mười|chín|tám|bảy|sáu|năm)\s+"
    r"(?:nước\s+|quốc gia\s+)?"
    r"thành viên\s*,?\s*(?:trong đó có|trong đó|gồm|gồm có|bao gồm|là|như)\s*:?\s*"
)
_FRAMES = (_IS_MEMBER, _APPOSITION, _CAPACITY, _JOINED)
# later in the bloc's sentence: '… các nước thành viên ASEAN …, vượt xa các thành viên khác như X, Y và Z'
_OTHER_MEMBERS = re.compile(
    r"(?:các|những)\s+(?:(?:nước|quốc gia|nền kinh tế)\s+)?thành viên khác(?:\s+(?:của\s+)?(?:khối|tổ chức))?"
    r"(?:\s*:\s*|\s+(?:như|là|gồm|gồm có|bao gồm)\s+)$"
)
_OTHER_MEMBERS_WORDS = "thành viên khác"
_DATE = (
    r"(?P<date>(?:(?:ngày\s+)?\d{1,2}/\d{1,2}/|(?:ngày\s+\d{1,2}\s+)?tháng\s+\d{1,2}(?:/|\s+năm\s+)|năm\s+)"
    r"(?P<year>(?:19|20)\d\d))(?!\d)"
)
# the date of an accession: after 'gia nhập ORG' ('năm 1995', 'vào tháng 7/1995'); after 'là thành viên ORG' only
# with 'từ' ('từ năm 1995')
_YEAR_AFTER = re.compile(r"\s*(?:,\s*)?(?:vào\s+|từ\s+|hồi\s+)?" + _DATE)
_SINCE_AFTER = re.compile(r"\s*(?:,\s*)?(?:từ|kể từ)\s+" + _DATE)
_JOIN = re.compile(r"\s*(?:,|và|cùng)\s*")
# a hypothesis, a wish, a past or a denial before the country: 'nếu Ukraine là thành viên NATO', 'việc Thụy Điển
# gia nhập NATO', 'khác với Trung Quốc, …'
_QUIET_BEFORE = re.compile(
    r"(?:nếu|giả sử|giả định|việc|khả năng|muốn|mong muốn|để|ủng hộ|phản đối|ngăn|cho phép|từng|không|chưa|trừ"
    r"|ngoại trừ|thay vì|đề nghị|mời|xin|nguyện vọng|ứng viên|ứng cử viên|triển vọng)\s+$"
)
# a bloc, then another ('thành viên ASEAN và APEC'): the countries may belong to either
_ANOTHER_BLOC = re.compile(r"\s*(?:,|và|cũng như)\s*$")


@dataclass(frozen=True, slots=True)
class _Claim:
    """Countries stated to be members of a bloc: ``founding`` if as founders, ``year`` the accession year given."""

    countries: tuple[Mention, ...]
    bloc: str
    founding: bool
    date: re.Match[str] | None  # the accession date given after the bloc's name (groups 'date' and 'year')
    fixable: bool = True  # whether the article's partner may be the fix (not for 'các thành viên khác như …')
    present: bool = False  # a standing stated as now ('X là thành viên ORG', 'X, thành viên ORG,'), no accession

    @property
    def year(self) -> int | None:
        return int(self.date["year"]) if self.date else None


def _chains(text: str, ms: list[Mention]) -> Iterator[tuple[Mention, ...]]:
    """Runs of country mentions joined by ',', 'và', 'cùng' ('Indonesia và Trung Quốc')."""
    run: list[Mention] = []
    for m in ms:
        if run and _JOIN.fullmatch(text, run[-1].end, m.start):
            run.append(m)
            continue
        if run:
            yield tuple(run)
        run = [m]
    if run:
        yield tuple(run)


_NEAR = 80  # characters: a frame word this close before a bloc's name ('gồm': right after it)


def _near_frame_word(text: str, b: re.Match[str]) -> bool:
    """A frame word near the bloc's name ``b``: the cheap test before the frames are read."""
    before = text[max(0, b.start() - _NEAR) : b.start()]
    return (
        any(w in before for w in _FRAME_WORDS)
        or "gồm" in text[b.end() : b.end() + 30]
        or "thành viên" in text[b.end() : b.end() + 30]  # 'ASEAN có 11 thành viên, trong đó có …'
        or _OTHER_MEMBERS_WORDS in text[b.end() : b.end() + 2 * _NEAR]
    )


def _claims(text: str, ms: list[Mention], found: Blocs, framed: list[re.Match[str]]) -> Iterator[_Claim]:
    """The membership claims of ``text``: each bloc name of ``framed``, the frame around it and the countries it
    binds."""
    chains = list(_chains(text, ms))
    for b in framed:
        bloc = found.bloc_of(b["bloc"])
        if _another_bloc_beside(text, b, found):
            continue
        yield from _other_members(text, b, bloc, chains, found)
        head = text[: b.start()]
        for chain in chains:
            if chain[-1].end <= b.start():  # the countries before the bloc
                frame = text[chain[-1].end : b.start()]
                m = next((f for p in _FRAMES if (f := p.match(frame))), None)
                if m is None or _QUIET_BEFORE.search(text, max(0, chain[0].start - 30), chain[0].start):
                    continue
                date = (_YEAR_AFTER if m.re is _JOINED else _SINCE_AFTER).match(text, b.end())
                founding = bool(m.groupdict().get("founding"))
                yield _Claim(chain, bloc, founding, date, present=m.re is not _JOINED)
            elif chain[0].start >= b.end():  # the countries after the bloc
                lead = text[b.end() : chain[0].start]
                before = _MEMBERS_BEFORE.search(head)
                if before and _LIST_LEAD.fullmatch(lead) and not _QUIET_BEFORE.search(head, 0, before.start()):
                    yield _Claim(chain, bloc, bool(before["founding"]), None)
                elif _CONSISTS.fullmatch(lead) and ("gồm" in lead) and len(chain) >= 2:
                    yield _Claim(chain, bloc, False, None)
                elif len(chain) >= 2 and _HAS_MEMBERS.fullmatch(lead):
                    yield _Claim(chain, bloc, False, None)
                elif len(chain) == 1 and _COMMA.fullmatch(lead) and (fronted := _FRONTED.search(head)):
                    yield _Claim(chain, bloc, bool(fronted["founding"]), None, fixable=False, present=True)
                break  # only the first list after the bloc


def _other_members(
    text: str, b: re.Match[str], bloc: str, chains: list[tuple[Mention, ...]], found: Blocs
) -> Iterator[_Claim]:
    """'Singapore là nhà đầu tư lớn nhất trong các nước thành viên ASEAN, vượt xa các thành viên khác như Malaysia,
    Thái Lan và Hàn Quốc': the list after 'các thành viên khác như' in the bloc's sentence, no other bloc between."""
    if _OTHER_MEMBERS_WORDS not in text[b.end() : b.end() + 2 * _NEAR]:
        return
    _, sentence_end = sentence_bounds(text, b.start(), b.end())
    for chain in chains:
        if chain[0].start < b.end():
            continue
        between = text[b.end() : chain[0].start]
        if len(between) > 2 * _NEAR or chain[0].start > sentence_end or found.pattern.search(between):
            return
        if _OTHER_MEMBERS.search(between):
            yield _Claim(chain, bloc, False, None, fixable=False)  # the partner is often the sentence's subject
            return


def _another_bloc_beside(text: str, b: re.Match[str], found: Blocs) -> bool:
    """The bloc's name is joined with another's ('thành viên ASEAN và APEC', 'của APEC, ASEAN')."""
    join = _JOIN.match(text, b.end())
    if join is not None and join.end() > b.end() and found.pattern.match(text, join.end()):
        return True
    prev = [p for p in found.pattern.finditer(text, max(0, b.start() - 60), b.start()) if p.end() < b.start()]
    return bool(prev and _ANOTHER_BLOC.fullmatch(text[prev[-1].end() : b.start()]))


@register
class CountryNotMember(PrefilteredRule):
    code = "C108"
    name = "country-not-member"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A country stated to be a member of a bloc it does not belong to ('Trung Quốc là thành viên ASEAN')"
    why = (
        "MT through Chinese turns 我国 ('our country') and the abbreviations into 'Trung Quốc', so an Indonesian "
        "envoy's 'our two countries are founding members of ASEAN' comes out as 'Indonesia và Trung Quốc là hai "
        "thành viên sáng lập ASEAN'. A membership is a checkable fact: references/bloc_members.tsv lists the members "
        "of ASEAN, the EU, G7, G20, GCC, APEC, Mekong–Lan Thương, NATO, OPEC, CPTPP, RCEP, BRICS and the Quad, with "
        "accession years. The rule reads only explicit frames binding countries written side by side to one bloc "
        "('X và Y là hai thành viên của ORG', 'X, Y và Z, đều là thành viên ORG', 'X, một thành viên ORG', "
        "'X với tư cách thành viên ORG', 'nước thành "
        "viên ORG X', 'Là thành viên ORG, X …', 'ORG gồm X, Y, Z', 'ORG có 11 thành viên, trong đó có X, Y', 'X gia "
        "nhập ORG năm …'), and a "
        "year of accession or a founding claim that contradicts the table ('Việt Nam gia nhập ASEAN năm 1997'; Việt "
        "Nam joined in 1995 and founded nothing). "
        "One candidate stated to be a member now ('Serbia, thành viên EU,', 'Ukraine là thành viên EU') is minor. "
        "Quiet: former members (the text may be older than the exit), candidates otherwise and BRICS partners, "
        "observers and "
        "dialogue partners ('đối tác đối thoại', 'thành viên quan sát'), 'ASEAN+3', 'ASEAN – Trung Quốc', 'G7 mở "
        "rộng', hypotheses and denials ('nếu', 'từng', 'không phải'), a frame naming two blocs ('thành viên ASEAN và "
        "APEC'). Critical when the false member is China in a story whose countries do not include China: that is "
        "the MT's 我国 signature, a wrong state; major otherwise (a wrong fact, meaning changed). The fix is the "
        "article's partner where it is a member and not named in the frame already; otherwise no fix."
    )
    fires = (
        "Việt Nam và Indonesia thúc đẩy hợp tác biển\n"
        "Hai nước Việt Nam và Indonesia ký ba văn kiện về thủy sản.\n"
        "Đại sứ Indonesia cho biết Indonesia và [[Trung Quốc]] là hai thành viên sáng lập ASEAN.",
        "[[Kazakhstan]], một thành viên NATO, tham gia cuộc tập trận.",
        "Ông cho biết [[Peru]] và Nhật Bản là hai thành viên quan trọng của G7.",
        "Việt Nam chính thức gia nhập ASEAN vào [[tháng 7/1997]].",
        "Hội nghị Bộ trưởng Năng lượng OPEC gồm Ả Rập Xê Út, Iraq và [[Mexico]] họp tại Vienna.",
        "Indonesia là thị trường lớn nhất trong khối ASEAN, vượt xa các thành viên khác như Philippines và [[Ấn Độ]].",
        "Hiện EU có 27 nước thành viên, trong đó có Đức, Pháp và [[Na Uy]].",
        "Hội đồng Hợp tác vùng Vịnh (GCC) có sáu thành viên, trong đó có Kuwait, Oman và [[Iraq]].",
        "Ông cho biết Pháp sẽ hỗ trợ [[Moldova]], một thành viên của Liên minh châu Âu, về năng lượng.",
        "Là thành viên của Liên minh châu Âu, [[Thụy Sĩ]] áp dụng chung biểu thuế nhập khẩu của khối.",
        "[[Mỹ]], một thành viên của OPEC, hiện là nước xuất khẩu dầu lớn.",
    )
    quiet = (
        "Đại sứ Malaysia cho biết Malaysia và Thái Lan là hai thành viên sáng lập ASEAN.",
        "Ông cho biết Canada và Ý là hai thành viên tích cực của G7.",
        "Trung Quốc là đối tác đối thoại của ASEAN; Hội nghị ASEAN+3 gồm ASEAN và Trung Quốc, Nhật Bản, Hàn Quốc.",
        "Nga từng là thành viên G8; Ukraine mong muốn trở thành thành viên NATO.",
        "Na Uy không phải là thành viên EU nhưng là thành viên NATO.",
        "Trung Quốc và Nhật Bản là thành viên của RCEP và APEC.",
        "Việt Nam gia nhập ASEAN năm 1995 và gia nhập APEC năm 1998.",
        "Timor-Leste trở thành thành viên thứ 11 của ASEAN vào tháng 10/2025.",
        "Moldova, ứng viên thành viên EU, và Serbia mong muốn gia nhập EU; Albania, thành viên NATO, ủng hộ.",
        "Đức dẫn đầu EU về xuất khẩu. Các thành viên khác như Nhật Bản và Hàn Quốc cũng tăng nhập khẩu.",
        "Là thành viên sáng lập ASEAN, Philippines ủng hộ Timor-Leste; là đối tác của ASEAN, Ấn Độ cũng vậy.",
    )
    trigger = re.compile(r"thành viên|gia nhập|gồm|kết nạp")

    def candidates(self, ctx: DocContext) -> Iterable[Segment]:
        """The segments holding a frame word: one ``str.find`` scan of the article a word (cheaper than the regex)."""
        return segments_containing(ctx, _FRAME_WORDS)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        found = blocs()
        framed = [b for b in found.pattern.finditer(seg.text) if _near_frame_word(seg.text, b)]
        if not framed:
            return
        # a one-syllable name opening a sentence ('Mỹ', 'Pháp': weak, it may be a word) is read too: every frame that
        # binds a country opening the sentence starts right after it (', một thành viên', ' là thành viên', ' gia
        # nhập'), which leaves it no word to be part of ('Mỹ, một thành viên của OPEC, …')
        ms = [m for m in mentions_of(ctx, seg) if m.iso]
        if not ms:
            return
        for claim in _claims(seg.text, ms, found, framed):
            yield from self._judge(seg, ctx, claim, found)

    def _judge(self, seg: Segment, ctx: DocContext, claim: _Claim, found: Blocs) -> Iterator[Hit]:
        """Hits for the claim's countries that are no members, or its wrong founding claim or year."""
        members = found.members[claim.bloc]
        gz = gazetteer()
        named = {m.iso for m in claim.countries}
        for m in claim.countries:
            standing = members.get(m.iso)
            if standing is None:
                yield self._not_member(seg, ctx, m, claim, named)
            elif (beyond := _claimed_beyond(standing.role, claim, seg.text, m.end)) is not None:
                # one candidate said to be a member now ('Ukraine, thành viên Liên minh châu Âu,'); one partner said
                # to be a full member ('Việt Nam, thành viên chính thức của BRICS,': 'chính thức' leaves no loose
                # wording): it has not joined
                standing_is, claimed = beyond
                yield self.hit(
                    seg,
                    m.start,
                    m.end,
                    f"{gz.name_of(m.iso)} is {standing_is} {claim.bloc}, not {claimed}",
                    suggestion=None,
                    confidence=0.6,
                    severity=Severity.MINOR,
                )
            elif standing.role not in _MEMBER_ROLES:
                continue  # a former member, a candidate or a partner: a loose wording, not the MT's swap
            elif claim.founding and standing.role != "founder":
                yield self.hit(
                    seg,
                    m.start,
                    m.end,
                    f"{gz.name_of(m.iso)} is no founding member of {claim.bloc}: it joined in {min(standing.years)}",
                    suggestion=None,
                    confidence=0.7,
                )
        if claim.year is not None and len(claim.countries) == 1:
            yield from self._year(seg, claim, found)

    def _not_member(self, seg: Segment, ctx: DocContext, m: Mention, claim: _Claim, named: set[str]) -> Hit:
        topic = topic_of(ctx)
        gz = gazetteer()
        pivot = m.iso in PIVOT_COUNTRIES and m.iso not in topic.countries
        fix = _partner_fix(topic, claim.bloc, named, claim.founding) if claim.fixable else None
        return self.hit(
            seg,
            m.start,
            m.end,
            f"{gz.name_of(m.iso)} is no member of {claim.bloc}"
            + (" (MT through Chinese writes 'Trung Quốc' for 我国, 'our country')" if pivot else ""),
            suggestion=gz.name_of(fix) if fix else None,
            confidence=0.85 if pivot else 0.75,
            severity=Severity.CRITICAL if pivot else None,
        )

    def _year(self, seg: Segment, claim: _Claim, found: Blocs) -> Iterator[Hit]:
        """The accession year given ('gia nhập ASEAN năm 1997') against the table's years."""
        m = claim.countries[0]
        standing = found.members[claim.bloc].get(m.iso)
        if standing is None or standing.role not in _MEMBER_ROLES or not standing.years:
            return
        years = standing.years | ({found.founded[claim.bloc]} if standing.role == "founder" else frozenset())
        at = claim.date
        if at is None or claim.year in years:
            return
        right = min(standing.years)
        yield self.hit(
            seg,
            at.start("date"),
            at.end("date"),
            f"{gazetteer().name_of(m.iso)} joined {claim.bloc} in {right}, not {claim.year}",
            suggestion=at["date"].replace(at["year"], str(right)),
            confidence=0.8,
        )


def _partner_fix(topic: Topic, bloc: str, named: set[str], founding: bool) -> str | None:
    """The article's country meant instead: one of its two main countries that is a member of ``bloc`` (a founder
    for a founding claim) and not named in the frame already."""
    wanted = ("founder",) if founding else tuple(_MEMBER_ROLES)
    members = blocs().members[bloc]
    for iso in topic.countries[:2]:
        standing = members.get(iso)
        if standing is not None and standing.role in wanted and iso not in named:
            return iso
    return None
