"""C101's ambassador frame: X's ambassador to Việt Nam praising the cooperation 'giữa X và Trung Quốc' in a story
that names China nowhere else ('Đại sứ Áo tại Việt Nam khẳng định quan hệ hợp tác giữa Áo và Trung Quốc … luôn
được hai bên coi trọng'): through Chinese, the ambassador's 中奥 or 我国 pair comes out with China for Việt Nam. The
ambassador's posting names the pair, so the story needs no confident country pair (a domestic story of a project
with X's partners)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise

from audit.lang.countries import HOME, Mention, Topic, gazetteer, vietnamese_name_after
from audit.model import Segment
from audit.rules.base import Hit, Rule
from audit.rules.countries.context import RIVALRY_WORDS, sentence_bounds

_CHINA = "CN"
_RELATION_BEFORE = re.compile(
    r"(?<!\w)(?:quan hệ|hợp tác|hữu nghị)(?:\s+(?:hợp tác|hữu nghị|đối tác|truyền thống|tốt đẹp))*\s+giữa\s+$"
)
_RIVALRY = re.compile(RIVALRY_WORDS)
_POSTED_AT = re.compile(r"\s+tại\s+")  # 'Đại sứ Áo tại Việt Nam': the posting between two countries


def ambassador_pair_hits(
    rule: Rule, segs: dict[int, Segment], topic: Topic, article: str, anchored: Callable[[str, str], bool]
) -> Iterator[Hit]:
    """The hits for China paired with X in a relation frame in the sentence of X's ambassador to Việt Nam, when
    the article names China once and none of its cities or leaders."""
    if topic.counts[_CHINA] != 1 or anchored(article, _CHINA):
        return
    for index, mentions in topic.mentions.items():
        countries = [m for m in mentions if m.iso and not m.weak]
        for i, m in enumerate(countries):
            if m.iso == _CHINA:
                hit = _hit(rule, segs[index], countries, i)
                if hit is not None:
                    yield hit


def _hit(rule: Rule, seg: Segment, ms: list[Mention], i: int) -> Hit | None:
    text, m = seg.text, ms[i]
    if i == 0 or not re.fullmatch(r"\s*và\s*", text[ms[i - 1].end : m.start]):
        return None
    other = ms[i - 1]
    if other.iso in (HOME, _CHINA) or not _RELATION_BEFORE.search(text, max(0, other.start - 60), other.start):
        return None
    start, end = sentence_bounds(text, m.start, m.end)
    if _RIVALRY.search(text, start, end):
        return None
    gz = gazetteer()
    posted = any(
        a.iso == other.iso
        and b.iso == HOME
        and a.start >= start
        and re.search(r"(?<!\w)Đại sứ(?: quán)?\s+$", text[max(start, a.start - 12) : a.start])
        and _POSTED_AT.fullmatch(text, a.end, b.start)
        for a, b in pairwise(ms)
        if b.start < other.start
    )
    if not posted:
        return None
    name = gz.name_of(HOME)
    return Hit(
        seg.index,
        m.start,
        m.end,
        f"'{gz.name_of(_CHINA)}' paired with {gz.name_of(other.iso)} by its ambassador to {name}, in an article "
        f"that names it nowhere else: the pair is {gz.name_of(other.iso)} and {name}",
        suggestion=name,
        confidence=0.8,
    )


_ENVOY_BEFORE = re.compile(r"(?<!\w)(?:Đại sứ(?: quán)?|Tổng Lãnh sự(?: quán)?|Lãnh sự(?: quán)?)\s+$")


def envoy_abroad_hit(rule: Rule, seg: Segment, ms: list[Mention], i: int, topic: Topic) -> Hit | None:
    """'Đại sứ Trung Quốc tại Thái Lan' in a story of Việt Nam and Thái Lan that names China nowhere as a party:
    through Chinese, 我国驻泰国大使 ('our ambassador to Thailand') comes out with China for Việt Nam. The envoy
    is posted to the story's partner, so the sending country is Việt Nam."""
    text, m = seg.text, ms[i]
    if i + 1 >= len(ms) or HOME not in topic.countries:
        return None
    host = ms[i + 1]
    if host.iso in (HOME, m.iso) or host.iso not in topic.countries:
        return None
    if not _POSTED_AT.fullmatch(text, m.end, host.start) or not _ENVOY_BEFORE.search(
        text[max(0, m.start - 24) : m.start]
    ):
        return None
    if vietnamese_name_after(text, host.end):
        return None  # the envoy named: China's own carry Hán-Việt names no cue tells from Vietnamese ones (leftovers51)
    gz = gazetteer()
    home, there = gz.name_of(HOME), gz.name_of(host.iso)
    return Hit(
        seg.index,
        m.start,
        m.end,
        f"'{m.text}' sends an envoy to {there} in a story of {home} and {there} that names it nowhere as a party: "
        f"the envoy is {home}'s",
        suggestion=home,
        confidence=0.75,
    )


_EMBASSY_BEFORE = re.compile(r"(?<!\w)(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán)\s+$")
_VISA_BEFORE = re.compile(
    r"(?<!\w)(?:thị thực|visa)(?:\s+(?:du học|du lịch|lao động|định cư|công tác|thăm thân|sinh viên|nhập cảnh))?\s+$"
)


def embassy_visa_hit(rule: Rule, seg: Segment, ms: list[Mention], i: int, topic: Topic) -> Hit | None:
    """'Đại sứ quán Trung Quốc tại Hà Nội cho biết số thị thực du học Úc …' in a story of Việt Nam and Australia that
    names China nowhere as a party: an embassy speaks of its own country's visas, so the embassy is the partner's
    (through Chinese, the embassy's own 我国 or a dropped name comes out as China; adversary117)."""
    text, m = seg.text, ms[i]
    if not _EMBASSY_BEFORE.search(text[max(0, m.start - 24) : m.start]):
        return None
    _, end = sentence_bounds(text, m.start, m.end)
    for other in ms[i + 1 :]:
        if other.start >= end:
            break
        if other.iso in (m.iso, HOME) or other.iso not in topic.countries:
            continue
        if _VISA_BEFORE.search(text[max(m.end, other.start - 40) : other.start]):
            gz = gazetteer()
            there = gz.name_of(other.iso)
            return Hit(
                seg.index,
                m.start,
                m.end,
                f"the embassy of '{m.text}' speaks of {there}'s visas, in a story of {gz.name_of(HOME)} and {there} "
                f"that names it nowhere as a party: the embassy is {there}'s",
                suggestion=there,
                confidence=0.7,
            )
    return None


_HOST_ENVOY = re.compile(r"(?<!\w)Đại sứ(?: đặc mệnh toàn quyền)?\s+$")
# a former posting ('ông X từng là Đại sứ Hàn Quốc tại Indonesia', 'nguyên Đại sứ …'): the career of an envoy now
# elsewhere, not 驻我国大使 (review28)
_FORMER_ENVOY = re.compile(
    r"(?<!\w)(?:[Tt]ừng (?:là|làm|giữ chức)|[Nn]guyên|[Cc]ựu|[Tt]rước (?:đây|đó) (?:là|làm)|[Kk]hi còn (?:là|làm)|"
    r"[Tt]hời (?:còn )?làm)\s+Đại sứ(?: đặc mệnh toàn quyền)?\s+$"
)
# or a sentence that tells the envoy's career ('Đại sứ Australia tại Lào, người từng công tác nhiều năm ở Hà Nội'):
# a posting elsewhere is the point of it
# an envoy posted to one country and accredited to Việt Nam too ('Đại sứ Kyrgyzstan tại Trung Quốc kiêm nhiệm Việt
# Nam'): the posting is meant, and Việt Nam beside it is no sign of 驻越南
_CONCURRENT = re.compile(r"(?<!\w)kiêm nhiệm(?!\w)")
_CAREER = re.compile(
    r"(?<!\w)(?:[Tt]ừng (?:là|làm|công tác|giữ|đảm nhiệm|phụ trách|sống|học)|[Tt]rước (?:đây|đó))(?!\w)"
)


def envoy_host_hits(
    rule: Rule, segs: dict[int, Segment], topic: Topic, article: str, anchored: Callable[[str, str], bool], home: bool
) -> Iterator[Hit]:
    """'Đại sứ Nhật Bản tại Hàn Quốc Ito Naoki' in a Vietnamese story of Việt Nam and Japan that names Korea nowhere
    else: through Chinese, 驻越南大使 or 驻我国大使 ('ambassador to our country') comes out posted to a third country.
    The sender is a party of the story (named twice or more, or a topic country); the host is named this once, none
    of its cities, institutions or leaders anywhere, and the sentence names no third country (an envoy speaking of
    'quan hệ giữa Hungary và Trung Quốc' may be posted anywhere; Việt Nam, the host meant, is none: 'muốn tăng nhập
    khẩu các mặt hàng của Việt Nam'), nor an accreditation to Việt Nam too ('kiêm nhiệm'); the story is Việt Nam's
    (``home``: named, or its leaders or provinces are)."""
    if not home:
        return
    for index, mentions in topic.mentions.items():
        if len(mentions) < 2 or "tại" not in segs[index].text:
            continue  # (a pair of countries with 'tại' between them: most segments have none)
        countries = [m for m in mentions if m.iso and not m.weak]
        text = segs[index].text
        for sender, host in pairwise(countries):
            if sender.iso == HOME or host.iso in (HOME, sender.iso) or topic.counts[host.iso] != 1:
                continue
            if not (topic.counts[sender.iso] >= 2 or sender.iso in topic.countries):
                continue
            head = text[max(0, sender.start - 60) : sender.start]
            if not _POSTED_AT.fullmatch(text, sender.end, host.start) or not _HOST_ENVOY.search(head):
                continue
            if _FORMER_ENVOY.search(head):
                continue  # a former posting, told as the envoy's career
            if anchored(article, host.iso):
                continue
            start, end = sentence_bounds(text, sender.start, host.end)
            if any(m.iso not in (sender.iso, host.iso, HOME) and start <= m.start < end for m in countries):
                continue  # the envoy speaks of a third country's dealings too: a posting elsewhere may be meant
            if _CAREER.search(text, start, end) or _CONCURRENT.search(text, start, end):
                continue
            gz = gazetteer()
            yield Hit(
                index,
                host.start,
                host.end,
                f"{gz.name_of(sender.iso)}'s ambassador posted to '{host.text}', a country this Vietnamese story names "
                f"nowhere else: the ambassador is the one to {gz.name_of(HOME)}",
                suggestion=gz.name_of(HOME),
                confidence=0.75,
            )
