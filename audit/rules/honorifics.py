"""N106: a Chinese honorific calqued after a name: 'Bùi Thanh Sơn tiên sinh' (先生), 'Võ Thị Ánh Xuân nữ sĩ'
(女士), 'Tổng thống Lukashenko các hạ' (阁下)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.lang.mentions import titled_before
from audit.lang.people import people
from audit.lang.syllable import is_valid_syllable
from audit.model import Segment, Severity
from audit.rules._prefilter import PrefilteredRule, content_text
from audit.rules.base import DocContext, Hit
from audit.rules.registry import register

# The honorifics Chinese puts after a name, with what they calque
_MEANING = {"tiên sinh": "先生 'Mr.'", "nữ sĩ": "女士 'Ms.' (in Vietnamese 'nữ sĩ' is a woman poet)", "các hạ": "阁下"}
_HONORIFIC = "(?:" + "|".join(map(re.escape, _MEANING)) + ")"
# One to five capitalised words, then the honorific
_AFTER_NAME = re.compile(
    r"(?P<name>(?<![\w-])[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w-]*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w-]*){0,4})\s+"
    rf"(?P<h>{_HONORIFIC})(?!\w)"
)


@register
class ChineseHonorificCalque(PrefilteredRule):
    code = "N106"
    name = "chinese-honorific-calque"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    trigger = re.compile(rf"\s{_HONORIFIC}(?!\w)")
    summary = "A Chinese honorific after a name: 'Bùi Thanh Sơn tiên sinh', 'Võ Thị Ánh Xuân nữ sĩ' → 'ông/bà X'"
    why = (
        "Chinese writes 'Mr.', 'Ms.' and 'His Excellency' after the name (阮先生, 武女士, 总统阁下); MT through "
        "Chinese keeps them as Hán-Việt 'tiên sinh', 'nữ sĩ' (which in Vietnamese means a woman poet) and 'các hạ'. "
        "Vietnamese writes 'ông X', 'bà X', 'Ngài X' before the name. Only after a titled name or a known "
        "office holder (a bare surname, 'Chu tiên sinh', is the old Vietnamese usage too), so that "
        "'nữ sĩ Xuân Quỳnh' (a poet, before the name) stays quiet."
    )
    fires = (
        "Ông Phạm Văn Hùng [[tiên sinh]] cho biết công ty sẽ mở rộng sản xuất.",
        "Phó Chủ tịch nước Võ Thị Ánh Xuân [[nữ sĩ]] đã tiếp đoàn đại biểu Cuba.",
        "Tổng thống Lukashenko [[các hạ]] đã gửi thư chúc mừng.",
        "Đại sứ Đức tại Việt Nam Helga Barth [[các hạ]] dự lễ khai mạc.",
    )
    quiet = (
        "Nữ sĩ Xuân Quỳnh là tác giả bài thơ 'Sóng'; nữ sĩ Hồ Xuân Hương được mệnh danh Bà chúa thơ Nôm.",
        "Thầy đồ được học trò gọi là tiên sinh; các hạ là cách xưng hô cũ.",
        "Bà là một nữ sĩ tài hoa của đất Hà thành.",
        "Học trò tôn thầy Chu Văn An là Chu tiên sinh; Nguyễn tiên sinh là cách gọi cũ.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        text = ctx.memo("content-text", content_text)
        if any(h in text for h in _MEANING):  # plain substring tests before the trigger's regex search
            yield from super().run(ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        for m in _AFTER_NAME.finditer(text):
            known = m["name"] in people()  # an office holder of the gazetteer
            if not known and not _foreign_name(m["name"]) and not self._titled(text, m.start("name"), m.end("name")):
                continue
            h = m["h"]
            yield self.hit(
                seg,
                m.start("h"),
                m.end("h"),
                f"'{h}' after a name is the Chinese honorific {_MEANING[h]}; Vietnamese puts 'ông'/'bà'/'Ngài' "
                "before the name",
                suggestion="",
                severity=Severity.MINOR if h == "các hạ" else Severity.MAJOR,
                confidence=0.8,
            )

    @staticmethod
    def _titled(text: str, start: int, end: int) -> bool:
        """A title or honorific before the name or inside the capitalised run ('Ông Phạm Văn Hùng')."""
        return any(titled_before(text, w.start()) for w in re.finditer(r"(?<!\S)\S", text[:end]) if w.start() >= start)


def _foreign_name(run: str) -> bool:
    """The capitalised run ends in a foreign name of two words or more ('… Angela Pratt'): no words of it are
    Vietnamese syllables, so the honorific after it can only be the Chinese one (a Vietnamese 'Chu tiên sinh'
    is a bare surname)."""
    words = run.split()
    trailing = 0
    for word in reversed(words):
        if is_valid_syllable(word):
            break
        trailing += 1
    return trailing >= 2
