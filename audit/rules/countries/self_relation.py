"""C101's self-relations: one country named on both sides of one relation, which no writer means — 'Trung Quốc là
thị trường lớn thứ năm của Trung Quốc', 'xuất khẩu cà phê của Trung Quốc sang Trung Quốc', 'giữa Trung Quốc và Trung
Quốc'. MT through Chinese makes them when 我国 ('our country', the publisher's own) comes out as 'Trung Quốc' in a
sentence about China; any country doubled so is an error, whatever the article's topic. The finding is on the side
我国 stood for: the owner after 'của' (the market's or partner's owner, the exporter), else the second name. The fix
is Việt Nam where the article names Việt Nam (the slip's usual source), else none."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from audit.lang.countries import HOME, Mention, gazetteer
from audit.model import Segment
from audit.rules.base import DocContext, Hit, Rule
from audit.rules.countries.context import topic_of

# between the two names of one country: the first is the subject, the second owns what it is said to be ('X là thị
# trường xuất khẩu lớn thứ năm của X', 'X trở thành đối tác chiến lược toàn diện của X'); no stop, colon or semicolon
_ROLE_OF = re.compile(
    r" (?:là|trở thành|vẫn là|tiếp tục là)(?: một trong(?: những| các)?)? (?:thị trường|đối tác|khách hàng|nhà cung cấp"
    r"|nguồn cung|điểm đến|nhà đầu tư|bạn hàng|nước cung cấp|nguồn khách)(?=\s)[^.;:!?\n]{0,60}? của $"
)
# the owner of goods, money or people sent to the same country: 'xuất khẩu … của X sang X', 'vốn đầu tư của X vào X'
_SENT_TO = re.compile(r" (?:sang|tới|đến|vào|cho) $")
_SENT_BEFORE = re.compile(r"của $")
# a pair: 'giữa X và X', 'quan hệ X - X', 'hai nước X và X'
_PAIR_JOIN = re.compile(r" (?:và|với) $| ?[-–—] ?$")
_PAIR_BEFORE = re.compile(r"(?:[Gg]iữa|[Qq]uan hệ|[Hh]ai nước|song phương) $")


def self_relation_hits(rule: Rule, ctx: DocContext) -> Iterator[Hit]:
    """C101's findings on a country named on both sides of one relation in a sentence."""
    topic = topic_of(ctx)
    segs = {s.index: s for s in ctx.doc.content}
    home_named = bool(topic.counts[HOME])
    for index, mentions in topic.mentions.items():
        countries = [m for m in mentions if m.iso and not m.weak]
        if len(countries) < 2 or len({m.iso for m in countries}) == len(countries):
            continue  # no country named twice in the segment: the common case
        text = segs[index].text
        for a, b in itertools.pairwise(countries):
            if a.iso != b.iso:
                continue
            between = text[a.end : b.start]
            wrong = _wrong_side(text, a, b, between)
            if wrong is not None:
                yield _hit(rule, segs[index], wrong, home_named and wrong.iso != HOME)


def _wrong_side(text: str, a: Mention, b: Mention, between: str) -> Mention | None:
    """The mention 我国 stood for when ``a`` and ``b`` (one country, in this order) are the two sides of a relation."""
    if _ROLE_OF.match(between):
        return b
    head = text[max(0, a.start - 16) : a.start]
    if _SENT_TO.match(between) and _SENT_BEFORE.search(head):
        return a
    if _PAIR_JOIN.match(between) and _PAIR_BEFORE.search(head):
        return b
    return None


def _hit(rule: Rule, seg: Segment, m: Mention, home: bool) -> Hit:
    name = gazetteer().name_of(m.iso)
    fix = gazetteer().name_of(HOME) if home else None
    meant = f"; the article is about {fix}: 我国 ('our country') read as '{name}'?" if fix else ""
    return rule.hit(
        seg,
        m.start,
        m.end,
        f"'{name}' on both sides of one relation: one of them is another country{meant}",
        suggestion=fix,
        confidence=0.8,
    )
