"""F1xx: punctuation left broken by MT (doubled stops, spaces before punctuation)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.registry import register

_DOUBLED = re.compile(r"(?<![.…])(?:\.\s?\.)(?![.…])|(?<!,),\s*,(?!,)|,\s*\.(?!\.)")
_SPACE_BEFORE = re.compile(r"(?<=\w)\s+[.,;:!?](?=\s|$)")


@register
class DoubledPunctuation(SegmentRule):
    code = "F101"
    name = "doubled-punctuation"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    summary = "Two stops or commas where one belongs ('..', ',,', ', .')"
    why = (
        "MT that joins or cuts clauses leaves a full stop after a full stop or a comma "
        "before one. An ellipsis ('...' or '…') is deliberate and is not flagged."
    )
    fires = ("Hai nước hợp tác về giáo dục và đào tạo[[..]]", "Hai bên ký thỏa thuận thương mại[[, .]]")
    quiet = ("Các lĩnh vực như năng lượng, du lịch, an ninh mạng...", "Cổng kết nối toàn cầu… trong đó có Việt Nam.")

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for m in _DOUBLED.finditer(seg.text):
            fix = "." if m.group().rstrip().endswith(".") else ","
            yield self.hit(seg, m.start(), m.end(), f"doubled punctuation {m.group()!r}", suggestion=fix)


@register
class SpaceBeforePunctuation(SegmentRule):
    code = "F102"
    name = "space-before-punctuation"
    category = "fluency/punctuation"
    severity = Severity.MINOR
    summary = "A space before a full stop, comma, colon or question mark"
    why = (
        "Vietnamese, like English, puts no space before these marks; MT output that "
        "tokenised the text and was joined back leaves ' .' and ' ,' behind."
    )
    fires = ("Hai bên tăng cường hợp tác song phương[[ .]]",)
    quiet = ("Hai bên tăng cường hợp tác song phương.", "Tỷ lệ đạt 15-20% mỗi năm: cao nhất khu vực.")

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for m in _SPACE_BEFORE.finditer(seg.text):
            mark = m.group().strip()
            yield self.hit(seg, m.start(), m.end(), f"space before {mark!r}", suggestion=mark)
