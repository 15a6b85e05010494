"""A negation lost that the target shows alone, with no source to compare: 'tự ý' ('on one's own, without leave')
names what one must not do, so advice to do it 'tự ý' has lost its 'không' ('khuyến cáo phụ huynh nên tự ý cho trẻ
dùng kháng sinh' for 'không nên tự ý'). Leave ('được tự ý') is left alone: a complaint says it as meant ('chủ đầu tư
lại được tự ý đổi thiết kế'). Read by A111 on segments without a source."""

from __future__ import annotations

import re
from collections.abc import Iterator

# advice right before 'tự ý'; not 'tự ý thức' (self-awareness: 'nên tự ý thức trách nhiệm'), nor the question 'có nên
# tự ý …?' (a health page's heading asks it)
_TU_Y = re.compile(r"(?<!\w)(?<!có )(?P<modal>nên|hãy)\s+tự ý(?!\w)(?!\s+thức)", re.IGNORECASE)
# a negation earlier in the clause ('không ai được tự ý', 'nghiêm cấm … tự ý', 'tránh tự ý')
_NEGATED = re.compile(
    r"(?<!\w)(?:không|chẳng|chả|chớ|đừng|cấm|chưa|tránh|hạn chế|ngăn|ngừng|thôi|miễn)(?!\w)", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[.;:!?,“”\"()]")
_FIX = {"nên": "không nên", "hãy": "đừng"}
_SENTENCE_END = re.compile(r"[.!?]")


def unnegated_tu_y(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, fix) of each 'nên/hãy tự ý' with no negation before it in its clause, in no question."""
    for m in _TU_Y.finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        if end is not None and end.group() == "?":
            continue
        ends = [e.end() for e in _CLAUSE_END.finditer(text, 0, m.start())]
        if _NEGATED.search(text, ends[-1] if ends else 0, m.start()):
            continue
        modal = m["modal"]
        fix = _FIX[modal.lower()]
        if modal[:1].isupper():
            fix = fix[:1].upper() + fix[1:]
        yield m.start(), m.end(), f"{fix} tự ý"
