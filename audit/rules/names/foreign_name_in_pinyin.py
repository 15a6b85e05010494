"""N108: a foreign person's name left in the pinyin of its Chinese form."""

from __future__ import annotations

from collections.abc import Iterator

from audit.lang.foreign_pinyin import (
    ForeignPinyin,
    candidate_lines,
    pinyin_shaped_names,
    pinyin_western_names,
)
from audit.lang.mentions import DOT, TitledName, interpunct_names
from audit.lang.people import people
from audit.model import Segment, Severity
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.names.analyses import seg_pinyin, seg_titled
from audit.rules.registry import register


@register
class ForeignNameInPinyin(SegmentRule):
    code = "N108"
    name = "foreign-name-in-pinyin"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A foreign person's name left in the pinyin of its Chinese form ('Tổng thống Mỹ Telangpu' 特朗普)"
    why = (
        "Chinese writes foreign names with characters chosen for their sound (特朗普 Trump, 马克龙 Macron, "
        "安倍晋三 Abe Shinzo); MT through Chinese then emits their pinyin, joined ('Telangpu'), spaced "
        "('Te Lang Pu') or split otherwise ('Anbei Jinsan'), and the reader cannot tell who is meant. With "
        "the person in references/people.tsv (name_zh), the fix is the name as the Vietnamese press writes "
        "it: major, critical after a title of an office the person held. Without it, a capitalised run in a "
        "person's slot (after a title or honorific, a country's name between, or a sports or culture role: 'tay "
        "vợt', 'đạo diễn', 'tiền đạo gốc Argentina') that is all pinyin of Chinese "
        "shape, three or more syllables with some run together, and no known word, is flagged minor and "
        "without a fix: foreign names of open syllables parse as pinyin too ('Tinubu', 'Takaichi'), so the "
        "shape alone asks an editor to check rather than says who is meant. Chinese people's names in pinyin "
        "are N101's."
    )
    fires = (
        "Tổng thống Mỹ [[Telangpu]] tuyên bố áp thuế mới.",
        "Thủ tướng Nhật Bản [[Anbei Jinsan]] từng nhiều lần thăm Hà Nội.",
        "Tổng thống Philippines [[Fei Erdinan Makesi]] phát biểu tại hội nghị ASEAN.",
        "Ông [[Te Lang Pu]] cho biết Mỹ sẽ rút khỏi hiệp định.",
        "Tổng thống Ukraine [[Zelunsiji]] kêu gọi viện trợ quân sự.",
        "Tay vợt [[Deyaokeweiqi]] thắng dễ ở vòng hai; đạo diễn [[Kelisituofu Nuolan]] nhận giải danh dự.",
    )
    quiet = (
        "Tổng thống Mỹ Donald Trump và Tổng thống Pháp Emmanuel Macron gặp nhau tại Paris.",
        "Thủ tướng Ấn Độ Narendra Modi thăm Việt Nam.",
        "Tổng thống Nigeria Bola Tinubu hội đàm với Thủ tướng Nhật Bản Takaichi.",
        "Ông Lei Jun, Chủ tịch Xiaomi, giới thiệu mẫu xe điện mới.",
        "Chủ tịch Trung Quốc Tập Cận Bình tiếp Tổng thống Obama tại Bắc Kinh.",
        "Tiền đạo Nguyễn Tiến Linh và tay vợt Lý Hoàng Nam; ca sĩ Han Ji Min; thủ môn Filip Nguyễn.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        """Only the segments with a word that may begin or belong to a name in pinyin: one scan of the text."""
        lines = content_lines(ctx)
        for k in candidate_lines(lines.text, lines.starts):
            yield from self.check(lines.segments[k], ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        # names joined by an interpunct are N102's ('Tonglun • Xisuli'), one finding for the whole name
        dotted = [(n.start, n.end) for n in interpunct_names(text)] if DOT.search(text) else []
        known = [m for m in pinyin_western_names(text) if not any(a < m.end and m.start < b for a, b in dotted)]
        for m in known:
            assert m.name is not None
            span = text[m.start : m.end]
            critical = _titled_for(m, seg_titled(ctx, seg.index))
            if m.loose and not critical:
                continue  # 'ông Dai Wei' may be a Chinese person; 'Tổng thống Mỹ Bai Deng' is Biden
            yield self.hit(
                seg,
                m.start,
                m.end,
                f"'{span}' is the pinyin of the Chinese name of {m.name}",
                suggestion=m.name,
                confidence=0.9 if critical or m.syllables >= 3 else 0.8,
                severity=Severity.CRITICAL if critical else Severity.MAJOR,
            )
        taken = [(m.start, m.end) for m in known] + [(r.start, r.end) for r in seg_pinyin(ctx, seg.index)] + dotted
        for m in pinyin_shaped_names(text):
            if any(a < m.end and m.start < b for a, b in taken):
                continue
            yield self.hit(
                seg,
                m.start,
                m.end,
                f"'{text[m.start : m.end]}' looks like a foreign name left in Chinese pinyin",
                confidence=0.5,
                severity=Severity.MINOR,
            )


def _titled_for(m: ForeignPinyin, titled: list[TitledName]) -> bool:
    """A title of an office the person held names them: the name starts one of the first words after it."""
    held = {t.office for t in people().get(m.name or "", ())}
    return any(held.intersection(t.offices) and any(w[0] == m.start for w in t.run[:4]) for t in titled)
