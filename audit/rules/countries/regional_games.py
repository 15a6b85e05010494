"""C101's regional games frame: a 'Trung Quốc' delegation's medal target at the SEA Games ('Đoàn thể thao Trung Quốc
đặt mục tiêu giành 90 huy chương vàng') in a Vietnamese sports story: China enters no Southeast Asian games, so
through Chinese this is 我国体育代表团, 'our country's delegation', Việt Nam's (misses44). A story that also names a
games China enters (Asiad, Olympic), or names China's cities or leaders, or China more than twice, is left alone."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from audit.lang.countries import HOME, gazetteer
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, Hit, Rule
from audit.rules.countries.context import segments_naming, sentence_bounds

_CHINA = "Trung Quốc"
# the games only the eleven Southeast Asian states enter
_REGIONAL = re.compile(r"SEA Games|ASEAN Para Games|Đại hội Thể thao Đông Nam Á")
# games China enters: the story may then speak of China's own delegation
_OPEN_GAMES = re.compile(
    r"(?i:asiad|asian games|asian indoor|olympic|olympiad|thế vận hội|paralympic|universiade|đại hội thể thao châu á)"
)
# a delegation right before the country: 'Đoàn thể thao', 'đoàn', 'đoàn vận động viên'
_DELEGATION = re.compile(r"(?<!\w)[Đđ]oàn(?: thể thao| vận động viên| VĐV)? $")
# its medal target or standing in the sentence
_MEDALS = re.compile(r"(?<!\w)(?:huy chương|HCV|HCB|HCĐ|tốp \d|top \d|bảng tổng sắp|toàn đoàn)(?!\w)")
_MOST = 2  # China named more often is a party of the story


def regional_games_hits(rule: Rule, ctx: DocContext, anchored: Callable[[str, str], bool]) -> Iterator[Hit]:
    """'Đoàn thể thao Trung Quốc' with its medals in a story of the SEA Games that names Việt Nam, no games China
    enters, none of China's cities or leaders, and China at most twice: the delegation is Việt Nam's."""
    article = content_lines(ctx).text
    if _CHINA not in article or not _REGIONAL.search(article) or _OPEN_GAMES.search(article):
        return
    if "Việt Nam" not in article or article.count(_CHINA) > _MOST or anchored(article, "CN"):
        return
    home = gazetteer().name_of(HOME)
    for seg in segments_naming(ctx, _CHINA):
        for m in re.finditer(_CHINA, seg.text):
            if not _DELEGATION.search(seg.text, max(0, m.start() - 30), m.start()):
                continue
            _, end = sentence_bounds(seg.text, m.start(), m.end())
            if not _MEDALS.search(seg.text, m.end(), end):
                continue
            yield rule.hit(
                seg,
                m.start(),
                m.end(),
                f"a '{_CHINA}' delegation's medals at the Southeast Asian games, which China does not enter, in a "
                f"story of {home}'s sport: through Chinese 我国 ('our country') is {home}",
                suggestion=home,
                confidence=0.7,
            )
