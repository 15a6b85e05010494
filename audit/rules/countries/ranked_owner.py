"""C101's ranked-owner frame: in a Việt Nam–X story, X ranked among the markets or partners 'của Trung Quốc'
('Mexico là thị trường cà phê lớn thứ ba của Trung Quốc tại châu Mỹ'), or a firm's plant the first 'của Trung Quốc
tại X' ('nhà máy ô tô điện đầu tiên của Trung Quốc tại Ấn Độ'): through Chinese, 我国 ('our country') comes out as
China. The story's own side is meant; China's rankings as news are told by the article naming a Chinese city or
leader (then the frame is left alone), by China named elsewhere outside any frame (C101 asks all its mentions
to be framed), and by the sentence giving Việt Nam its own ranking after China's ('… của Việt Nam')."""

from __future__ import annotations

import re
from collections.abc import Callable

from audit.lang.countries import HOME, Mention, Topic
from audit.model import Segment
from audit.rules.base import Hit, Rule
from audit.rules.countries.context import home_hit, sentence_bounds

# '<X> (hiện) là (một trong những) thị trường … lớn thứ ba của ' : X ranked among the owner's markets or partners;
# 'một trong những' ranks it without a rank after ('một trong những nhà cung cấp khí hóa lỏng quan trọng của ')
_RANKED = re.compile(
    r"\s+(?:hiện nay |hiện |đã trở thành |vẫn )?(?:là|trở thành) (?P<one>một trong (?:những|các) )?"
    r"(?:thị trường|đối tác|bạn hàng|nhà đầu tư|nhà cung cấp|nguồn cung)(?: [^\s.,;:!?]+){0,8}? "
    r"(?:lớn|quan trọng|chủ chốt|hàng đầu)"
    r"(?: (?:nhất|thứ (?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d{1,2}))|(?(one)|(?!)))"
    r"(?: [^\s.,;:!?]+){0,3}? của $"
)
# '<a plant, a project, a firm> … đầu tiên / lớn nhất / duy nhất của ' (the owner) ' tại <X>'
_FIRST_ABROAD = re.compile(
    r"(?<!\w)(?:nhà máy|dự án|cơ sở|trung tâm|doanh nghiệp|công ty|tập đoàn|hãng|thương hiệu|khu công nghiệp)"
    r"(?: [^\s.,;:!?]+){0,6}? (?:đầu tiên|lớn nhất|duy nhất) của $",
    re.IGNORECASE,  # 'Nhà máy …' opening the sentence
)
_AT = re.compile(r"\s+(?:tại|ở)\s+$")
_RIVALRY = re.compile(r"cạnh tranh|đối thủ|bán phá giá|phòng vệ|vượt qua|soán ngôi|thay thế")


def ranked_owner_hit(
    rule: Rule,
    seg: Segment,
    ms: list[Mention],
    i: int,
    topic: Topic,
    article: str,
    anchored: Callable[[str, str], bool],
) -> Hit | None:
    """The hit when the ``i``-th mention owns the ranking a Việt Nam–X story gives X ('X là thị trường … lớn thứ
    ba của <it>') or the first plant of a firm in X ('nhà máy … đầu tiên của <it> tại X'), and the article names
    none of that country's cities or leaders; the intended owner is Việt Nam."""
    m = ms[i]
    if topic.home != HOME or m.iso in topic.countries or anchored(article, m.iso):
        return None
    partners = [c for c in topic.countries if c != HOME]
    if not partners:
        return None
    text = seg.text
    start, end = sentence_bounds(text, m.start)
    if _RIVALRY.search(text, start, end):
        return None
    before = [x for x in ms[:i] if x.start >= start]
    after = ms[i + 1] if i + 1 < len(ms) and ms[i + 1].start < end else None
    ranked = any(
        x.iso in partners and _RANKED.match(text[x.end : m.start]) and not any(y.start > x.end for y in before)
        for x in before
    )
    first_abroad = (
        after is not None
        and after.iso in partners
        and _AT.fullmatch(text[m.end : after.start]) is not None
        and _FIRST_ABROAD.search(text, max(start, m.start - 80), m.start) is not None
    )
    if not (ranked or first_abroad):
        return None
    if any(y.iso == HOME and text[: y.start].endswith("của ") for y in ms[i + 1 :] if y.start < end):
        return None  # 'X là nhà cung cấp quặng sắt lớn nhất của Trung Quốc và cũng là bạn hàng lớn của Việt Nam'
    what = "ranks the article's partner among its markets" if ranked else "owns the first plant in the partner"
    return home_hit(seg, m, topic, what)
