"""C101's match frame: in the report of a Việt Nam–X match, X playing 'Trung Quốc' ('Đây là lần đầu tiên Nepal ghi
được bàn thắng vào lưới đội tuyển Trung Quốc'): through Chinese, 我国队 ('our team') comes out as China's. The
report's own match is between Việt Nam and X, so X's opponent is Việt Nam; China named elsewhere outside a frame, a
Chinese city, club or leader, or a comparison in the sentence leave it alone."""

from __future__ import annotations

import re
from collections.abc import Callable

from audit.lang.countries import HOME, Mention, Topic
from audit.model import Segment
from audit.rules.base import Hit, Rule
from audit.rules.countries.context import home_hit, sentence_bounds

# X … the match … the opponent, right before its name: 'thắng', 'hòa', 'gặp', 'đánh bại', 'vào lưới', with the team's
# word ('đội tuyển', 'tuyển', 'đội', 'U23') between
_AGAINST = re.compile(
    r"(?<!\w)(?:thắng|thua|hòa|hoà|gặp|đánh bại|đối đầu với|chạm trán|vào lưới|vượt qua|cầm hòa|cầm hoà)"
    r"(?: (?:đội tuyển|tuyển|đội|U\d{2}|đội U\d{2}|đội tuyển U\d{2}))? $"
)
_MATCH_WORDS = re.compile(r"(?<!\w)(?:trận|bàn thắng|ghi bàn|hiệp (?:một|hai|1|2)|vòng loại|phút \d{1,3})(?!\w)")
_SCORE = re.compile(r"(?<![\d/.,])\d{1,2}\s*[-–]\s*\d{1,2}(?![\d/.,])")
_COMPARE = re.compile(r"(?<!\w)(?:giống như|như|so với|trong khi|cũng từng|từng)(?!\w)")


def match_opponent_hit(
    rule: Rule,
    seg: Segment,
    ms: list[Mention],
    i: int,
    topic: Topic,
    article: str,
    anchored: Callable[[str, str], bool],
) -> Hit | None:
    """The hit when the ``i``-th mention is the opponent of the story's partner X in its sentence ('X … vào lưới đội
    tuyển <it>') in the report of a match (a score and match words in the article) between Việt Nam and X that names
    none of the country's cities or leaders; the opponent meant is Việt Nam."""
    m = ms[i]
    if HOME not in topic.countries or m.iso in topic.countries or anchored(article, m.iso):
        return None
    if not _AGAINST.search(seg.text, max(0, m.start - 40), m.start):
        return None
    start, _ = sentence_bounds(seg.text, m.start)
    partner = next((x for x in reversed(ms[:i]) if x.start >= start and x.iso in topic.countries), None)
    if partner is None or partner.iso == HOME or _COMPARE.search(seg.text, start, m.start):
        return None
    if not (_SCORE.search(article) and _MATCH_WORDS.search(article)):
        return None
    return home_hit(
        seg, m, topic, "plays the story's partner in the report of its match with Việt Nam", "the opponent is {home}"
    )
