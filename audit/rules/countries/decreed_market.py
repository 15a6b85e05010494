"""C101's market under a Vietnamese legal document: 我国 ('our country') turned into 'Trung Quốc' in a market the
sentence says a Vietnamese decree, circular or law governs — 'sau khi Nghị định 232/2025/NĐ-CP có hiệu lực, thị
trường vàng Trung Quốc đã dần đi vào ổn định' (我国黄金市场; adversary97). A document numbered in Việt Nam's way
(NĐ-CP, QĐ-TTg, TT-NHNN, QH15 …) rules Việt Nam's market, not China's; the sentence must name no 'Việt Nam' (a
comparison of the two markets names both) and nothing else of China's, and the story must be a Vietnamese one whose
every 'Trung Quốc' is such a frame (domestic_economy.national_frame_hits)."""

from __future__ import annotations

import re

# a market of a good or a field, one to three lowercase words, then the country: 'thị trường vàng Trung Quốc', 'thị
# trường bất động sản của Trung Quốc'; a direction or a partner after it makes it China's trade with another
DECREED_MARKET = re.compile(
    r"(?<!\w)(?P<w>[Tt]hị trường(?: (?!của(?!\w))[^\W\d_A-ZĐ][^\W\d_]*){1,3}) (?:của )?(?P<c>Trung Quốc)(?!\w)"
    r"(?! (?:sang|vào|với|từ|tới|đến|qua|và)(?!\w))"
)
DECREED_WORD = "hị trường "  # a part of every match of DECREED_MARKET
# a Vietnamese legal document by its number: '232/2025/NĐ-CP', '24/2012/NĐ-CP', '02/2023/TT-NHNN', '1234/QĐ-TTg',
# '15/2023/QH15', '57-NQ/TW'; China numbers its documents otherwise ('国发〔2024〕10号')
_VN_LEGAL_NUMBER = re.compile(
    r"(?<![\w/])\d{1,4}/(?:\d{4}/)?(?:NĐ-CP|NQ-CP|QĐ-TTg|CT-TTg|TT-[A-ZĐ]{2,8}|QH1\d|UBTVQH1\d)(?![\w-])"
    r"|(?<![\w/])\d{1,3}-(?:NQ|CT|KL)/TW(?![\w-])"
)
_LEGAL_MARKS = ("NĐ-CP", "NQ-CP", "-TTg", "/TT-", "/QH1", "UBTVQH", "/TW")  # a part of every legal number
# a word before the market that makes it another's partner: 'vàng nhập lậu từ thị trường vàng Trung Quốc' is China's
_PARTNER_BEFORE = re.compile(r"(?<!\w)(?:từ|sang|vào|với|tới|đến|qua|cho|so với|như|và) $")


def home_market(text: str, m: re.Match[str], first: int, last: int) -> bool:
    """The market of ``m`` (a :data:`DECREED_MARKET` match in ``text``) stands with no partner's word before it, in
    its sentence (``text[first:last]``) citing a Vietnamese legal document by its number."""
    if _PARTNER_BEFORE.search(text, max(first, m.start() - 8), m.start()):
        return False
    return legal_number_in(text[first:last])


def legal_number_in(sentence: str) -> bool:
    """``sentence`` cites a Vietnamese legal document by its number."""
    return any(mark in sentence for mark in _LEGAL_MARKS) and _VN_LEGAL_NUMBER.search(sentence) is not None
