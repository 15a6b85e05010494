"""C101's reading of a stray bilateral pair: in an article about Việt Nam and one partner, a relation frame that
pairs Việt Nam with a country named nowhere else ('quan hệ Đối tác toàn diện Việt Nam – Argentina' once in a
Vietnam–Chile story) names the wrong partner. The China slip has its own, wider reading in wrong_country.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from audit.lang.countries import HOME, Mention, Topic, gazetteer
from audit.model import Segment
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, Hit, Rule

# The join of a bilateral pair ('Việt Nam – Argentina', 'Việt Nam và Argentina', 'Argentina với Việt Nam')
_PAIR_JOIN = re.compile(r"\s*(?:và|với|[-–—])\s*")
# A relation frame right before the pair: the pair is the relation itself, not a list of two countries
_FRAME = re.compile(
    r"(?:quan hệ|hữu nghị|đối tác|Đối tác|hợp tác|hai nước|song phương|giữa|Ủy ban liên chính phủ"
    r"|Uỷ ban liên chính phủ|Hội hữu nghị|Hiệp hội hữu nghị)(?:(?![.;!?]).){0,40}$"
)
# The pair is compared with or listed next to the article's own relation, or is a named match, route or
# rivalry: a human writer names a third relation on purpose there
_QUIET_BEFORE = re.compile(
    r"(?:như|tương tự|giống|so với|cũng như|ngoài|bên cạnh|trận|giao hữu|đội tuyển|bảng đấu|giải|tuyến|đường bay"
    r"|cửa khẩu|cáp quang|căng thẳng|cạnh tranh|xung đột|tranh chấp)(?:(?![.;!?]).){0,40}$",
    re.IGNORECASE,
)
_MIN_PARTNER = 3  # the partner's mentions: fewer and the article is not clearly about it


def stray_pair_hits(rule: Rule, ctx: DocContext, topic: Topic, anchored: Callable[[str, str], bool]) -> Iterator[Hit]:
    """The mentions of a country named once in the article, inside a relation frame paired with Việt Nam, in an
    article whose pair is Việt Nam and another, clearly named partner (the topic is confident and the partner named
    three times or more: the MT's wrong pair may be the article's only pair). ``anchored(text, iso)``: the text
    names the country's own city, institution or leader."""
    partner = topic.partner
    if topic.home != HOME or partner is None or topic.counts[partner] < _MIN_PARTNER:
        return
    # a country named once that the topic's reading saw paired with Việt Nam (topic.pairs: the same joins)
    paired = {iso for pair in topic.pairs if HOME in pair for iso in pair if iso != HOME}
    once = {iso for iso in paired if topic.counts[iso] == 1 and iso not in topic.countries and iso != "CN"}
    if not once:
        return
    segs = {s.index: s for s in ctx.doc.content}
    for index, mentions in topic.mentions.items():
        countries = [m for m in mentions if m.iso and not m.weak]
        isos = {m.iso for m in countries}
        strays = isos - {HOME, partner}
        if HOME not in isos or len(strays) != 1 or not strays <= once:
            continue
        if partner in isos and _paired_with_home(segs[index].text, countries, partner):
            continue  # the article's own relation beside the other: a comparison or a list, on purpose
        hit = _stray(rule, ctx, segs[index], countries, strays.pop(), topic, anchored)
        if hit is not None:
            yield hit


def _stray(
    rule: Rule,
    ctx: DocContext,
    seg: Segment,
    countries: list[Mention],
    iso: str,
    topic: Topic,
    anchored: Callable[[str, str], bool],
) -> Hit | None:
    """The hit for a sentence whose countries are Việt Nam, the once-named ``iso`` and maybe the partner not
    paired with Việt Nam (the MT named the partner's leader, then paired Việt Nam with another: 'Tổng thống
    Philippines … quan hệ Đối tác chiến lược Việt Nam – Indonesia'), ``iso`` joined with Việt Nam as a pair in
    a relation frame."""
    i = next(i for i, m in enumerate(countries) if m.iso == iso)
    stray, text = countries[i], seg.text
    first = _pair_start(text, countries, i)
    if first is None or anchored(text, stray.iso) or anchored(content_lines(ctx).text, stray.iso):
        return None  # the article names the country's own city, institution or leader: it is meant
    before = text[max(0, first.start - 60) : first.start]
    if not _FRAME.search(before) or _QUIET_BEFORE.search(before):
        return None
    gz = gazetteer()
    partner = gz.name_of(topic.partner or "")
    return rule.hit(
        seg,
        stray.start,
        stray.end,
        f"'{stray.text}' is named once, paired with {gz.name_of(HOME)}, in an article about "
        f"{gz.pair_name(HOME, topic.partner or '')}: the other party is {partner}",
        suggestion=partner,
        confidence=0.7,
    )


def _paired_with_home(text: str, countries: list[Mention], iso: str) -> bool:
    """Some mention of ``iso`` forms a pair with Việt Nam beside it ('Việt Nam – Peru')."""
    return any(m.iso == iso and _pair_start(text, countries, i) is not None for i, m in enumerate(countries))


def _pair_start(text: str, countries: list[Mention], i: int) -> Mention | None:
    """The first mention of the pair the ``i``-th mention forms with Việt Nam beside it ('Việt Nam – X', 'X và
    Việt Nam'), or None when it stands alone or beside another country."""
    if i > 0 and countries[i - 1].iso == HOME and _PAIR_JOIN.fullmatch(text, countries[i - 1].end, countries[i].start):
        return countries[i - 1]
    after = i + 1 < len(countries) and countries[i + 1].iso == HOME
    if after and _PAIR_JOIN.fullmatch(text, countries[i].end, countries[i + 1].start):
        return countries[i]
    return None
