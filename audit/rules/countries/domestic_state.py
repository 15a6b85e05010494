"""C101's reading of Việt Nam's own state in a domestic story: 我国 ('our country') turned into 'Trung Quốc' before
the National Assembly's numbered term ('Quốc hội Trung Quốc khóa XV' in 2025: China's 15th NPC sits from 2028), before
a list of Vietnamese provinces ('các tỉnh của Trung Quốc như Nghệ An, Hà Tĩnh'), and, in a story that names a
Vietnamese office holder and province and no Chinese city, institution or leader, after the state or its budget
('Chính phủ Trung Quốc', 'vốn đầu tư công của Trung Quốc') where every 'Trung Quốc' of the story is such a frame."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from audit.lang.countries import trie_pattern
from audit.lang.people import people
from audit.lang.resources import read_tsv
from audit.lang.vn_places import vn_place_rows
from audit.model import Segment
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, Hit, Rule
from audit.rules.countries.context import segments_naming, sentence_bounds
from audit.rules.countries.party_congress import roman_number
from audit.rules.names.analyses import event_years

_CHINA = "Trung Quốc"
_ORDINAL = r"(?:[IVXL]{1,6}|\d{1,2})"
# the legislature with its term: 'Quốc hội Trung Quốc khóa XV', 'Quốc hội khóa XV của Trung Quốc'
_TERM = re.compile(
    rf"(?<!\w)Quốc hội (?:của )?(?P<c>Trung Quốc) kh(?:óa|oá) (?P<n>{_ORDINAL})(?!\w)"
    rf"|(?<!\w)Quốc hội kh(?:óa|oá) (?P<n2>{_ORDINAL}) (?:của )?(?P<c2>Trung Quốc)(?!\w)"
)
# the provinces of the country, then a list: 'các tỉnh của Trung Quốc như', 'các địa phương trên cả Trung Quốc gồm',
# 'nhiều địa phương của Trung Quốc, trong đó có'; or its universities and hospitals, then a list of them named for
# Vietnamese places ('các trường đại học của Trung Quốc như Đại học Huế'; adversary62)
_PROVINCES = re.compile(
    r"(?<!\w)(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ột số) (?:tỉnh, thành phố|tỉnh, thành|tỉnh thành|tỉnh|địa phương|thành phố"
    r"|(?P<inst>trường đại học|đại học|bệnh viện))(?P<gap>(?: \w+){0,3}?) "
    r"(?:của|trên cả|trên toàn|trong cả|khắp|toàn) (?P<c>Trung Quốc),? (?:như|gồm|là|trong đó có) "
)
# what names a university or a hospital for its place in such a list ('Đại học Đà Nẵng', 'Bệnh viện Đa khoa tỉnh Nghệ
# An', 'Trường Đại học Cần Thơ')
_INSTITUTION = re.compile(r"(?:Trường )?(?:Đại học|Bệnh viện)(?: Quốc gia| Đa khoa| Trung ương)?(?: tỉnh| thành phố)? ")
# the words that may stand between the provinces and 'của Trung Quốc': where they lie ('các tỉnh ven biển', 'miền
# Trung', 'phía Bắc') or what they are; any other word is a verb or an object that 'của Trung Quốc' belongs to ('những
# địa phương thu hút vốn của Trung Quốc như Hải Phòng': China's capital, not China's provinces; review20)
_PROVINCE_GAP = frozenset(
    "miền vùng khu vực phía ven biển biên giới núi trung du đồng bằng duyên hải cao nguyên trọng điểm lớn khác "
    "còn lại nông thôn".split()
)
# the state, its budget and economy said to be the country's: 'Chính phủ Trung Quốc', 'vốn đầu tư công của Trung
# Quốc'; what precedes the state must not make it a partner or a guest ('với Chính phủ Trung Quốc', 'đoàn …')
_STATE = re.compile(
    r"(?<!\w)(?P<w>Quốc hội|Chính phủ|Nhà nước|[Nn]gân sách [Nn]hà nước|[Vv]ốn đầu tư công|[Nn]ợ công"
    r"|[Nn]ền kinh tế|[Hh]ệ thống chính trị) (?:của )?(?P<c>Trung Quốc)(?!\w)"
)
# the frames Vietnamese news also writes of China itself: read as Việt Nam's only with a CUE in their sentence
_WEAK = frozenset({"nền kinh tế", "Nền kinh tế", "nợ công", "Nợ công"})
# Vietnamese-only phrasing in a sentence: the National Assembly named bare, setting or approving something ('mục tiêu
# mà Quốc hội đã đề ra', 'Quốc hội giao'), the state budget named bare, the army's 'cán bộ, chiến sĩ', relief
# 'xuất cấp' (released) from the national reserve named bare ('xuất cấp 1.000 tấn gạo từ nguồn dự trữ quốc gia')
CUE = re.compile(
    r"(?<!\w)(?:Quốc hội (?:đã |vừa )?(?:đề ra|giao|thông qua|quyết định|phê duyệt)"
    r"|[Nn]gân sách (?:nhà nước|trung ương)(?! (?:của )?Trung Quốc)|cán bộ, chiến sĩ"
    r"|xuất cấp(?: \S+){1,6} từ (?:nguồn )?dự trữ quốc gia(?! (?:của )?Trung Quốc))(?!\w)"
)
# the state agreeing to or allowing what a Vietnamese side asked ('Chính phủ Trung Quốc đã đồng ý mở thêm luồng'): a
# foreign government answering a request, not 我国's
_CONSENT = re.compile(r"(?: \w+){0,3}? (?:đồng ý|cho phép|chấp thuận|chấp nhận|cấp phép|phê chuẩn)(?!\w)")
# a border crossing: in a border-trade story China's government and state act on their side of it
_CROSSING = re.compile(r"(?<!\w)[Cc]ửa khẩu(?!\w)")
# a part of every match of _STATE (its words without their first letter where its case varies)
_STATE_WORDS = ("Quốc hội", "Chính phủ", "hà nước", "đầu tư công", "ợ công", "ền kinh tế", "ệ thống chính trị")
_PARTNER_BEFORE = re.compile(
    r"(?:\b(?:với|và|cùng|giữa|đoàn|Đoàn|phái đoàn|đại diện|Đại sứ(?: quán)?|phía|thăm|tặng|viện trợ|hỗ trợ)"
    r"(?: \w+){0,2} ?)$"
)
# a title of Việt Nam's state before 'Trung Quốc' and a Vietnamese holder ('Thủ tướng Trung Quốc Phạm Minh Chính':
# N107 reports it; here it is a frame of the same slip, not a mention of China)
_TITLE = re.compile(
    r"(?<!\w)(?:Tổng Bí thư|Chủ tịch nước|Chủ tịch Quốc hội|Phó Chủ tịch Quốc hội|Thủ tướng|Phó Thủ tướng)"
    r" (?P<c>Trung Quốc) (?P<name>[A-ZĐ]\w*(?: [A-ZĐ]\w*){1,3})"
)
# _PROVINCES and _TITLE open on a lookbehind (tried at every position of the sentence): each is asked only of a sentence
# holding a literal part that every one of its matches holds, 'Trung Quốc' and what follows it in _PROVINCES (a list's
# 'như', 'gồm', 'là'), a title's last word and 'Trung Quốc' in _TITLE (a test checks both on random sentences)
_LISTED = re.compile(r"Trung Quốc,? (?:như|gồm|là|trong đó có) ")  # what every _PROVINCES match holds
_TITLE_ENDS = ("thư Trung Quốc ", "nước Trung Quốc ", "hội Trung Quốc ", "tướng Trung Quốc ")


@functools.cache
def _terms() -> dict[str, dict[int, tuple[int, int]]]:
    """Legislature ('VN' National Assembly, 'CN' National People's Congress) → term number → (first, last year)
    (references/legislature_terms.tsv)."""
    out: dict[str, dict[int, tuple[int, int]]] = {}
    for row in read_tsv("legislature_terms.tsv"):
        out.setdefault(row["body"], {})[int(row["number"])] = (int(row["start"]), int(row["end"]))
    return out


# provinces vn_places.tsv gates for their pinyin, whose Vietnamese name no Chinese place has in Hán-Việt (乂安 Nghệ An,
# not 义安 Nghĩa An; 谅山 Lạng Sơn, not 凉山 Lương Sơn; 庆和 Khánh Hòa, not 清河 Thanh Hà; 河江 Hà Giang, not 合江 Hợp
# Giang; 前江 Tiền Giang, not 潜江 Tiềm Giang); those a Chinese place shares (西宁 Tây Ninh, 太原 Thái Nguyên, 高平 Cao
# Bằng, 广南 Quảng Nam …) stay out
_UNSHARED = frozenset({"Nghệ An", "Lạng Sơn", "Khánh Hòa", "Hà Giang", "Tiền Giang"})
# the press's short forms of Hồ Chí Minh City ('trong đó TP.HCM chiếm gần 60%'; misses32)
_SHORT_FORMS = frozenset({"TP.HCM", "TPHCM", "TP HCM", "TP. HCM", "TP.Hồ Chí Minh"})


@functools.cache
def home_places() -> tuple[frozenset[str], re.Pattern[str]]:
    """Việt Nam's provinces and cities whose names are no Chinese place's (gate 'place' of vn_places.tsv, and
    _UNSHARED)."""
    names = frozenset(r["name"] for r in vn_place_rows() if r["gate"] == "place" or r["name"] in _UNSHARED)
    names |= _SHORT_FORMS
    return names, re.compile(trie_pattern(sorted(names), guard=r"(?<!\w.)") + r"(?!\w)")


@functools.cache
def vn_holders() -> frozenset[str]:
    """The names of Việt Nam's office holders in people.tsv."""
    return frozenset(name for name, ts in people().items() if any(t.country.upper() == "VN" for t in ts))


def _term_is_vietnamese(ctx: DocContext, seg: Segment, m: re.Match[str]) -> bool:
    """The term number is Việt Nam's legislature's of the article's year and not China's: China's term of that
    number lies wholly before or after that year (or has not met)."""
    number = roman_number(m["n"] or m["n2"])
    years = event_years(ctx, seg, m.start())
    vn, cn = _terms()["VN"].get(number), _terms()["CN"].get(number)
    if not years or vn is None:
        return False
    year = years[0]
    return vn[0] <= year <= vn[1] and (cn is None or not cn[0] <= year <= cn[1])


def _province_gap(gap: str) -> bool:
    """The words between the provinces and 'của Trung Quốc' place or describe them (:data:`_PROVINCE_GAP`, or a
    capitalised region: 'các tỉnh Tây Nguyên')."""
    return all(w in _PROVINCE_GAP or w[0].isupper() for w in gap.split())


def _lists_home_places(text: str, end: int, institutions: bool = False) -> bool:
    """The list after ``end`` opens with a Vietnamese province or city ('như Nghệ An, Hà Tĩnh …'), or with
    ``institutions`` a university or hospital named for one ('như Đại học Huế, …')."""
    if institutions:
        inst = _INSTITUTION.match(text, end)
        if inst is None:
            return False
        end = inst.end()
    m = home_places()[1].match(text, end)
    return m is not None


def _state_frames(text: str) -> list[re.Match[str]]:
    """The state frames of ``text`` whose 'Trung Quốc' no partner word precedes; the government, the state and the
    economy, which Vietnamese news names for China itself ('nền kinh tế Trung Quốc phục hồi chậm'), only with
    Vietnamese-only phrasing in their sentence (CUE: 'Chính phủ Trung Quốc sẽ bố trí ngân sách nhà nước')."""
    if not any(map(text.__contains__, _STATE_WORDS)):  # _STATE opens on a lookbehind, tried at every position
        return []
    return [
        m
        for m in _STATE.finditer(text)
        if not _PARTNER_BEFORE.search(text, max(0, m.start() - 30), m.start())
        and (m["w"] not in _WEAK or CUE.search(_sentence(text, m.start(), m.end())))
        and not _CONSENT.match(text, m.end())
    ]


def _signed(sentence: str) -> bool:
    """A state frame's sentence holds Vietnamese-only phrasing (CUE) or a Vietnamese province or city."""
    return CUE.search(sentence) is not None or home_places()[1].search(sentence) is not None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding [start, end)."""
    first, last = sentence_bounds(text, start, end)
    return text[first:last]


# Việt Nam's local government, which no Chinese province has (China's is a 'chính quyền nhân dân'): a story naming it
# is set in Việt Nam though its province is one whose name a Chinese place shares ('tỉnh Thái Nguyên', 太原)
_COMMITTEE = re.compile(r"(?<!\w)(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:tỉnh|thành phố|TP)(?!\w)")


def _domestic_story(ctx: DocContext, allowed: set[tuple[int, int]], anchored) -> bool:
    """The story names a Vietnamese office holder and a Vietnamese province (or a People's Committee), no Chinese
    city, institution or leader, no border crossing, nor 'Việt Nam' (the MT of a 我国 story says 'our country'
    throughout; a story of China's government beside Vietnamese provinces names Việt Nam somewhere: 'hàng hóa Việt
    Nam'), and 'Trung Quốc' only in the frames of ``allowed`` ((segment, offset) of each frame's 'Trung Quốc')."""
    text = content_lines(ctx).text
    if "Việt Nam" in text or anchored(text, "CN") or _CROSSING.search(text):
        return False
    if not (home_places()[1].search(text) or _COMMITTEE.search(text)):
        return False
    if not any(name in text for name in vn_holders()):
        return False
    return all(
        (seg.index, m.start()) in allowed for seg in segments_naming(ctx, _CHINA) for m in re.finditer(_CHINA, seg.text)
    )


def domestic_state_hits(rule: Rule, ctx: DocContext, anchored) -> Iterator[Hit]:
    """'Trung Quốc' for Việt Nam's own state: before the Vietnamese legislature's term of the article's year,
    before a list of Vietnamese provinces, and in the state frames of a domestic story (``anchored(text, iso)``:
    whether ``text`` names a city, institution or office holder of the country)."""
    lines = content_lines(ctx)
    if _CHINA not in lines.text:
        return
    allowed: set[tuple[int, int]] = set()
    found: set[tuple[int, int]] = set()  # the frames reported before the story is read as a whole
    states: list[tuple[Segment, re.Match[str]]] = []
    titled = cued = False
    for seg in segments_naming(ctx, _CHINA):
        # each pattern is tried only on a sentence holding its literal part (most sentences naming China hold none)
        term = "Quốc hội" in seg.text
        for m in _TERM.finditer(seg.text) if term else ():
            group = "c" if m["c"] else "c2"
            if _term_is_vietnamese(ctx, seg, m):
                allowed.add((seg.index, m.start(group)))
                found.add((seg.index, m.start(group)))
                yield _hit(rule, seg, m.span(group), "the Vietnamese National Assembly's term of the article's year")
        for m in _PROVINCES.finditer(seg.text) if _LISTED.search(seg.text) else ():
            if _province_gap(m["gap"]) and _lists_home_places(seg.text, m.end(), m["inst"] is not None):
                allowed.add((seg.index, m.start("c")))
                found.add((seg.index, m.start("c")))
                yield _hit(rule, seg, m.span("c"), "a list of Vietnamese provinces")
        for m in _TITLE.finditer(seg.text) if any(w in seg.text for w in _TITLE_ENDS) else ():
            if m["name"] in vn_holders():
                allowed.add((seg.index, m.start("c")))
                titled = True
        for m in _state_frames(seg.text):
            allowed.add((seg.index, m.start("c")))
            states.append((seg, m))
            cued = cued or _signed(_sentence(seg.text, m.start(), m.end()))
    # a state frame needs a sign of the slip besides itself: Vietnamese-only phrasing or a Vietnamese province in a
    # frame's sentence ('Chính phủ Trung Quốc sẽ bổ sung vốn cho tuyến cao tốc qua Hậu Giang'), or another 'Trung
    # Quốc' read as Việt Nam ('Thủ tướng Trung Quốc Phạm Minh Chính'); a lone 'Chính phủ Trung Quốc' acting on nothing
    # Vietnamese is China's ('khách tăng từ khi Chính phủ Trung Quốc nới quy định du lịch ra nước ngoài'; review20)
    if states and (cued or titled or found) and _domestic_story(ctx, allowed, anchored):
        for seg, m in states:
            if (seg.index, m.start("c")) not in found:
                yield _hit(rule, seg, m.span("c"), f"'{m['w']}' of a story about Việt Nam's own state")


def _hit(rule: Rule, seg: Segment, span: tuple[int, int], what: str) -> Hit:
    return rule.hit(
        seg,
        span[0],
        span[1],
        f"'Trung Quốc' in {what}: the MT's 我国 ('our country') slip; the country meant is Việt Nam",
        suggestion="Việt Nam",
        confidence=0.85,
    )
