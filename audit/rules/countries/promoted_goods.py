"""C101's promoted-goods frame: in a Việt Nam–X story, the Vietnamese side's speaker wants to open a way for 'hàng
hóa của Trung Quốc' ('Ông Diên khẳng định Uruguay là cửa ngõ để hàng hóa của Trung Quốc thâm nhập thị trường
Mercosur'): through Chinese, 我国商品 ('our country's goods') comes out as China's. A speaker promotes his own
country's goods; China's goods as ordinary news ('Uruguay nhập nhiều hàng hóa của Trung Quốc', 'cạnh tranh với hàng
hóa của Trung Quốc') stay out."""

from __future__ import annotations

import re
from collections.abc import Callable

from audit.lang.countries import HOME, Mention, Topic
from audit.lang.names import multiword_runs
from audit.lang.names.vietnamese_names import names_in_run
from audit.model import Segment
from audit.rules.base import Hit, Rule
from audit.rules.countries.context import home_hit, sentence_bounds

# the goods (or the firms) of the speaker's country, right before 'của <country>'
_GOODS = re.compile(
    r"(?<!\w)(?:hàng hóa|hàng hoá|sản phẩm|nông sản|thủy sản|thuỷ sản|hàng xuất khẩu|mặt hàng|doanh nghiệp)"
    r"(?: (?:xuất khẩu|chủ lực|nông nghiệp|công nghiệp))? của $"
)
# a way opened for them: 'cửa ngõ (quan trọng) để', 'tạo điều kiện cho', 'giúp', 'đưa', 'hỗ trợ'
_OPENING = re.compile(
    r"(?<!\w)(?:cửa ngõ|cầu nối|bàn đạp|tạo (?:điều kiện|thuận lợi) cho|giúp|đưa|hỗ trợ|mở đường cho|mở cửa cho"
    r"|thúc đẩy|ưu tiên|mở rộng thị trường cho)(?!\w)"
)
_SAYING = re.compile(
    r"(?<!\w)(?:khẳng định|nhấn mạnh|cho biết|cho rằng|đề nghị|mong muốn|đề xuất|nói|nhận định|bày tỏ)(?!\w)"
)
_RIVALRY = re.compile(
    r"cạnh tranh|bán phá giá|phòng vệ|chống|gian lận|giả mạo|đội lốt|xuất xứ|tràn vào|tràn ngập|lẩn tránh|thuế"
)


# an office only Việt Nam has, by its bare title right before the verb (the President is the 'Chủ tịch nước', the
# Party's head the 'Tổng Bí thư'; 'Chủ tịch nước Cuba …' names another country's and ends in its holder's name)
_VN_TITLE_ALONE = re.compile(r"(?:^|[,;:]\s*|\s)(?:Chủ tịch nước|Tổng Bí thư)\s*$")


def vietnamese_speaker(speaker: str, article: str) -> bool:
    """The words before the saying verb name a Vietnamese person: a full Vietnamese name ('Bộ trưởng Nguyễn Hồng
    Diên'), an office only Việt Nam has by its bare title ('Chủ tịch nước'), or 'Ông'/'Bà' and the given name that
    ends a full Vietnamese name of the article ('Ông Diên')."""
    if any(names_in_run(run) for run in multiword_runs(speaker)):
        return True
    if _VN_TITLE_ALONE.search(speaker):
        return True  # 'Tiếp Đại sứ Peru …, Chủ tịch nước khẳng định …': Việt Nam's own office, named by its title
    short = re.match(r"\s*(?:Ông|Bà|ông|bà)\s+([A-ZĐ]\w*)\s*$", speaker)
    if not short:
        return False
    given = short[1]
    return any(name.endswith(" " + given) for run in multiword_runs(article) for _, _, name in names_in_run(run))


def promoted_goods_hit(
    rule: Rule, seg: Segment, m: Mention, topic: Topic, article: str, anchored: Callable[[str, str], bool]
) -> Hit | None:
    """The hit when the mention owns the goods a Vietnamese speaker wants a way opened for, in a Việt Nam–X story
    whose other party is not that country and that names none of its cities or leaders; the intended owner is Việt
    Nam."""
    if topic.home != HOME or m.iso in topic.countries or anchored(article, m.iso):
        return None
    text = seg.text
    if not _GOODS.search(text, max(0, m.start - 40), m.start):
        return None
    start, end = sentence_bounds(text, m.start)
    sentence = text[start:end]
    goods_at = m.start - start
    verb = _SAYING.search(sentence, 0, goods_at)
    if verb is None or _RIVALRY.search(sentence):
        return None
    if not _OPENING.search(sentence, verb.end(), goods_at):
        return None
    if not vietnamese_speaker(sentence[: verb.start()], article):
        return None
    return home_hit(
        seg, m, topic, "owns the goods a Vietnamese speaker wants a way opened for,", "the goods are {home}'s"
    )
