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
_SCORES = re.compile(r"(?<![\d/.,])(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d/.,])")
_COMPARE = re.compile(r"(?<!\w)(?:giống như|như|so với|trong khi|cũng từng|từng)(?!\w)")
# another match than the report's, by its time before the opponent ('Hồi tháng 6 năm ngoái, Indonesia thắng …',
# 'Trước đó, Thái Lan đã đánh bại …', 'Ở trận trước, …', 'Indonesia sẽ gặp …' at the next round; review25)
_OTHER_TIME = re.compile(
    r"(?<!\w)(?:[Hh]ồi|[Tt]rước đó|[Tt]rước đây|năm ngoái|năm trước|mùa trước|năm \d{4}|sẽ|sắp"
    r"|(?:trận|lượt trận|lượt|vòng) (?:trước|tới|tiếp theo|sau|kế tiếp))(?!\w)"
)
# a score right after the opponent: that match's own ('thắng đội tuyển Trung Quốc 1-0 tại Jakarta')
_SCORE_AFTER = re.compile(r"\s*(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d/.,])")


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
    if _OTHER_TIME.search(seg.text, start, m.start) or _another_score(seg.text, m.end, article):
        return None
    if not (_SCORE.search(article) and _MATCH_WORDS.search(article)):
        return None
    return home_hit(
        seg, m, topic, "plays the story's partner in the report of its match with Việt Nam", "the opponent is {home}"
    )


def _another_score(text: str, end: int, article: str) -> bool:
    """A score right after the opponent that the article gives nowhere else, in either order: another match's result
    ('Indonesia thắng Trung Quốc 1-0' in the report of a 2-1), not the report's own ('… thua Trung Quốc 0-3' of a
    3-0)."""
    m = _SCORE_AFTER.match(text, end)
    if m is None:
        return False
    return sum(score in ((m[1], m[2]), (m[2], m[1])) for score in _SCORES.findall(article)) <= 1
