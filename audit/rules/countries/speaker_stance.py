"""C101's speaker-stance frame: in a Việt Nam–X story, a Vietnamese speaker states his own country's stance towards X
and the MT names it 'Trung Quốc' ('Thủ tướng Phạm Minh Chính nhấn mạnh Trung Quốc coi trọng quan hệ với Thái Lan'):
through Chinese, 我国重视与泰国的关系 ('our country values its relations with Thailand') comes out as China's. A
Vietnamese leader speaks for Việt Nam; China's stance reported as news names China's own people or cities, or says
how it stands towards Việt Nam ('… cho biết Trung Quốc sẵn sàng mở cửa cho sầu riêng Việt Nam'), and stays out."""

from __future__ import annotations

import re
from collections.abc import Callable

from audit.lang.countries import HOME, Mention, Topic
from audit.model import Segment
from audit.rules.base import Hit, Rule
from audit.rules.countries.context import home_hit, sentence_bounds
from audit.rules.countries.promoted_goods import vietnamese_speaker

# the saying verb (and 'rằng', a comma or a colon, a quotation's opening mark) right before the country
# (an affirming verb: the speaker's own stance; a reporting one, 'cho biết', 'thông báo', 'nói', also passes on what
# another state said: '… cho biết Trung Quốc hoan nghênh Timor-Leste trở thành thành viên của ASEAN', review21)
_SAID = re.compile(
    r"(?<!\w)(?:khẳng định|tái khẳng định|nhấn mạnh|nêu rõ|bày tỏ|cam kết)"
    r"(?: rằng| là)?\s*[,:]?\s+[“\"]?$"
)
# the stance right after the country: what a state says of itself towards a partner
_STANCE = re.compile(
    r"\s+(?:(?:luôn|cũng|sẽ|rất|đặc biệt|hết sức|nhất quán|kiên định|đã và đang|luôn luôn)\s+)*"
    r"(?:coi trọng|sẵn sàng|mong muốn|ủng hộ|hoan nghênh|trân trọng|tôn trọng|ghi nhớ|quyết tâm|chủ trương|ưu tiên"
    r"|đánh giá cao|dành ưu tiên|tạo điều kiện)(?!\w)"
)
_STRAY_MENTIONS = 2  # as wrong_country._STRAY_MENTIONS
_RIVALRY = re.compile(r"cạnh tranh|tranh chấp|phản đối|lo ngại|căng thẳng|trừng phạt|áp thuế|cáo buộc")


def speaker_stance_hit(
    rule: Rule,
    seg: Segment,
    ms: list[Mention],
    i: int,
    topic: Topic,
    article: str,
    anchored: Callable[[str, str], bool],
) -> Hit | None:
    """The hit when the ``i``-th mention is the country whose stance towards a topic partner a Vietnamese speaker
    states, in a Việt Nam–X story whose parties do not include that country and that names none of its cities,
    institutions or leaders; the intended country is Việt Nam. The sentence must name the partner after the
    country and not name Việt Nam there."""
    m = ms[i]
    if topic.home != HOME or anchored(article, m.iso):
        return None
    if m.iso in topic.countries and (topic.partner == m.iso or topic.counts[m.iso] > _STRAY_MENTIONS):
        return None  # a party of the story (but one named only in a couple of slips: C101 asks all to fit a frame)
    text = seg.text
    start, end = sentence_bounds(text, m.start)
    said = _SAID.search(text, start, m.start)
    if said is None or not _STANCE.match(text, m.end):
        return None
    after = [x for x in ms[i + 1 :] if x.start < end and x.iso]
    if not any(x.iso in topic.countries and x.iso != HOME for x in after) or any(x.iso == HOME for x in after):
        return None  # no partner to hold the stance towards, or the stance is towards Việt Nam itself
    if _RIVALRY.search(text, start, end) or not vietnamese_speaker(text[start : said.start()], article):
        return None
    return home_hit(
        seg, m, topic, "states the stance of a Vietnamese speaker's country", "the speaker speaks for {home}"
    )
