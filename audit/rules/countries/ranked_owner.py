"""C101's ranked-owner frame: in a Việt Nam–X story, X ranked among the markets or partners 'của Trung Quốc'
('Mexico là thị trường cà phê lớn thứ ba của Trung Quốc tại châu Mỹ'), or a firm's plant the first 'của Trung Quốc
tại X' ('nhà máy ô tô điện đầu tiên của Trung Quốc tại Ấn Độ'): through Chinese, 我国 ('our country') comes out as
China. The story's own side is meant; China's rankings as news are told by the article naming a Chinese city or
leader (then the frame is left alone), by China named elsewhere outside any frame (C101 asks all its mentions
to be framed), and by the sentence giving Việt Nam its own ranking after China's ('… của Việt Nam'). Without a
rank, X called 'đối tác quan trọng của Trung Quốc' counts only in the words of a Vietnamese speaker ('Theo Đại sứ, Sri
Lanka là đối tác quan trọng của Trung Quốc tại khu vực Nam Á', the article's only ambassador being Việt Nam's):
he speaks of his own country's partner (misses47)."""

from __future__ import annotations

import re
from collections.abc import Callable

from audit.lang.countries import HOME, Mention, Topic
from audit.lang.mentions import country_names
from audit.model import Segment
from audit.rules.base import Hit, Rule
from audit.rules.countries.context import home_hit, sentence_bounds
from audit.rules.countries.promoted_goods import vietnamese_speaker

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
# '<X> là đối tác quan trọng của ': X a partner with no rank, read only as a Vietnamese speaker's words (below)
_PARTNER = re.compile(
    r"\s+(?:hiện nay |hiện |vẫn |luôn |cũng )?là (?:một )?(?:đối tác|bạn hàng)(?: [^\s.,;:!?]+){0,3}? "
    r"(?:quan trọng|chiến lược|tin cậy|chủ chốt|hàng đầu)(?: [^\s.,;:!?]+){0,3}? của $"
)
# who says it: 'Theo <speaker>, X là …' or '<speaker> cho biết/khẳng định (rằng) X là …' opening the sentence
_SAID_BY = re.compile(
    r"^\s*(?:Theo (?P<by>[^,]{2,60}),\s*"
    r"|(?P<who>[^,]{2,60}?)\s+(?:cho biết|khẳng định|nhấn mạnh|cho rằng|nói|nhận định|đánh giá)(?: rằng| là)?,?\s+)$"
)
# a bare title of a person that the article writes in full elsewhere ('Đại sứ' after 'Đại sứ Việt Nam tại …')
_BARE_TITLE = re.compile(
    r"^(?:ông |bà )?(?P<t>Đại sứ|Tổng Lãnh sự|Trưởng đoàn|Bộ trưởng|Thứ trưởng|Chủ tịch|Giám đốc)$", re.IGNORECASE
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
        x.iso in partners
        and (_RANKED.match(text[x.end : m.start]) or _speaker_partner(text, start, x, m, article))
        and not any(y.start > x.end for y in before)
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


def _speaker_partner(text: str, start: int, x: Mention, m: Mention, article: str) -> bool:
    """'<speaker>, X là đối tác quan trọng của <m>': the partner frame without a rank, opened by a Vietnamese
    speaker (:func:`vietnamese_speaker`, or a bare title the article writes in full only for Việt Nam: 'Theo Đại
    sứ' after 'Đại sứ Việt Nam tại Sri Lanka …')."""
    if not _PARTNER.match(text[x.end : m.start]):
        return False
    said = _SAID_BY.match(text[start : x.start])
    if said is None:
        return False
    speaker = (said["by"] or said["who"]).strip()
    return vietnamese_speaker(speaker, article) or _home_title(speaker, article)


def _home_title(speaker: str, article: str) -> bool:
    """The speaker is a bare title ('Đại sứ') that the article writes with a country after it only as Việt Nam's
    ('Đại sứ Việt Nam tại …'), at least once."""
    bare = _BARE_TITLE.match(speaker)
    if bare is None:
        return False
    names = country_names()
    owners = set()
    for t in re.finditer(rf"(?<!\w){re.escape(bare['t'])}\s+([^.,;:!?]{{1,40}})", article, re.IGNORECASE):
        words = t[1].split()[:3]
        owners.update(next(([" ".join(words[:n])] for n in (3, 2, 1) if " ".join(words[:n]) in names), []))
    return owners == {"Việt Nam"}
