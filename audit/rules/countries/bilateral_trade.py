"""C101's bilateral-trade frame: in a Việt Nam–X story, the exports 'của Trung Quốc sang X' inside a figure of the
two countries' own trade ('Kim ngạch thương mại song phương … trong đó xuất khẩu của Trung Quốc sang Canada chiếm hơn
80%', 'Nhờ Hiệp định Thương mại tự do Việt Nam - Chile, … hàng hóa của Trung Quốc xuất khẩu sang Chile được hưởng
thuế suất 0%'): through Chinese, 我国对X出口 ('our country's exports to X') comes out as China's. China's exports to
X as news of their own (compared, competing, no bilateral figure of Việt Nam and X in the sentence) stay out."""

from __future__ import annotations

import re
from collections.abc import Callable

from audit.lang.countries import HOME, Mention, Topic, gazetteer
from audit.model import Segment
from audit.rules.base import Hit, Rule
from audit.rules.countries.context import home_hit, sentence_bounds

# the exports or the exported goods right before the country: 'xuất khẩu của', 'hàng hóa (xuất khẩu) của'
_EXPORTS_OF = re.compile(
    r"(?<!\w)(?:[Xx]uất khẩu|[Kk]im ngạch xuất khẩu|[Hh]àng hóa|[Hh]àng hoá|[Hh]àng xuất khẩu|[Nn]ông sản)"
    r"(?: xuất khẩu)? (?:của )?$"
)
# between the country and the partner: 'sang', 'vào', or 'xuất khẩu sang' after the goods
_TO_PARTNER = re.compile(r" (?:xuất khẩu )?(?:sang|vào|tới) (?:thị trường )?")
_GOODS_FIRST = ("hàng", "nông")  # goods need 'xuất khẩu' after the country: 'hàng hóa của Trung Quốc xuất khẩu sang'
# the sentence's figure is the two countries' own trade: 'song phương', 'hai nước', their free-trade agreement
_BILATERAL = re.compile(
    r"(?<!\w)(?:song phương|hai nước|hai chiều|giữa hai|[Hh]iệp định [Tt]hương mại tự do|FTA|CPTPP|CEPA)(?!\w)"
)
# a comparison or rivalry sets China's exports beside the pair's on purpose; so does a clause opened by 'còn' after
# the pair's figure ('… đạt 1,9 tỷ USD, còn xuất khẩu của Trung Quốc sang Chile …') and origin fraud, China's goods
# passed off as the home country's ('ngăn hàng hóa của Trung Quốc xuất khẩu sang Ấn Độ đội lốt hàng Việt Nam'; review25)
_CONTRAST = re.compile(
    r"(?<!\w)(?:trong khi|so với|cạnh tranh|đối thủ|thay vì|vượt|bán phá giá|phòng vệ|chống|thuế chống"
    r"|đội lốt|gắn mác|giả mạo|gian lận|trung chuyển|lẩn tránh|núp bóng|mượn đường)(?!\w)"
    r"|[,;] còn(?!\w)"
)


def bilateral_trade_hit(
    rule: Rule,
    seg: Segment,
    ms: list[Mention],
    i: int,
    topic: Topic,
    article: str,
    anchored: Callable[[str, str], bool],
) -> Hit | None:
    """The hit when the ``i``-th mention exports to the story's partner within the sentence's figure of the
    pair's own trade, in a Việt Nam–X story that names none of the country's cities, institutions or leaders; the
    exporter meant is Việt Nam."""
    m = ms[i]
    if i + 1 >= len(ms) or HOME not in topic.countries or m.iso in topic.countries or anchored(article, m.iso):
        return None
    partner = ms[i + 1]
    if partner.iso in (HOME, m.iso) or partner.iso not in topic.countries:
        return None
    text = seg.text
    before = _EXPORTS_OF.search(text, max(0, m.start - 30), m.start)
    between = _TO_PARTNER.fullmatch(text, m.end, partner.start)
    if before is None or between is None:
        return None
    if before.group().lower().startswith(_GOODS_FIRST) and "xuất khẩu" not in before.group() + between.group():
        return None  # 'hàng hóa của Trung Quốc sang Chile' is no export said
    start, end = sentence_bounds(text, m.start)
    sentence = text[start:end]
    if not _BILATERAL.search(sentence) or _CONTRAST.search(sentence):
        return None
    return home_hit(
        seg,
        m,
        topic,
        f"exports to {gazetteer().name_of(partner.iso)} within the two countries' own trade",
        "the exporter is {home}",
    )
