"""C105: an English country name or adjective left in Vietnamese text ('Tổng thống Belarussian', 'Germany')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.lang.countries import gazetteer, next_word, prev_word
from audit.lang.english import en_zipf
from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.countries.context import _is_foreign, _is_vi_context, _segments_with, mentions_of
from audit.rules.registry import register

# English words that follow a country word inside a proper name ("Korean Air", "China Daily").
_ORG_WORDS = frozenset(
    "Air Airlines Airways Daily Times Post News Herald Telecom Mobile Bank Group Open Cup Motors Express "
    "Railway Railways Television TV Radio Broadcasting Red National Grand Prix League Super Premier Masters "
    "Today Global Energy Oil Petroleum Steel Airport University Institute Foundation Association Federation "
    "Football Team Academy Investment Development Fund Tour Idol Got Talent Music Film Awards Town Street "
    "Food Restaurant House Style Fashion Week Cuisine Kitchen Pavilion Center Centre Sea Report Review Journal "
    "Magazine Insider Tourism Travel Expo Summit Forum Motor Holdings Corporation Corp Company Ltd JSC Inc Co "
    "Partners Capital Securities Trade Trading Logistics Pharma Medical Hospital School College Society Council "
    "Chamber Embassy Club Championship Championships Games Marathon Next Top Model Star Stars Voice Kids Airline "
    "Cinema Online Times Net Plus Pay Tech Digital Media Press Agency".split()
)


_EN_NAME_WORD = 3.0  # Zipf: 'Air', 'Lady', 'Wells', 'Open' make English names with an adjective; 'Temasek' does not


def _before_a_name(prev: str, nxt: str) -> bool:
    """An English adjective between a Vietnamese word and a name that is no English word ('quỹ đầu tư Singaporean
    Temasek'): it qualifies the name in the Vietnamese sentence, it is not part of an English name."""
    return _is_vi_context(prev) and en_zipf(nxt.lower()) < _EN_NAME_WORD


_OFFICE_BEFORE = re.compile(
    r"(?:Tổng thống|Thủ tướng|Chủ tịch|Bộ trưởng|Ngoại trưởng|Đại sứ|Quốc hội|Chính phủ|Nhà nước|Hoàng gia|"
    r"Quốc vương|Nữ hoàng|phía|nhân dân)\s+$"
)


# The capitalised head of an institution's name: the English adjective after it is the rest of that name, kept
# as it is ('Đại học American' for American University, in Washington, Cairo or Beirut), not a qualifier
_INSTITUTION_BEFORE = re.compile(r"(?:^|[^\w])(?:Đại học|Học viện|Trường|Viện|Bảo tàng|Thư viện|Nhà hát|Bệnh viện)\s+$")
_PLURAL_BEFORE = re.compile(r"(?:các|những|nhiều)\s+(?:trường\s+)?\S+(?:\s+\S+)?\s+$", re.IGNORECASE)


def _institution_name(before: str) -> bool:
    """The text before an English adjective ends in an institution's capitalised head that starts a name, not
    a plural ('các trường Đại học American' is American universities)."""
    return bool(_INSTITUTION_BEFORE.search(before)) and not _PLURAL_BEFORE.search(before)


@register
class UntranslatedCountryWord(SegmentRule):
    code = "C105"
    name = "untranslated-country-word"
    category = "accuracy/untranslated"
    severity = Severity.MINOR
    summary = "An English country name or adjective left in Vietnamese text ('Tổng thống Belarussian', 'Germany')"
    why = (
        "MT leaves English country words untranslated. Vietnamese uses the country name for the adjective "
        "too ('Tổng thống Belarus'). An English adjective is a major error, an English name a minor one; "
        "words inside English names ('Korean Air', 'Vietnam Airlines'), quotes or brackets are left alone."
    )
    fires = (
        "Tổng thống [[Cambodian]] Hun Sen tiếp đoàn đại biểu Việt Nam.",
        "Hai nước Việt Nam và [[France]] ký hiệp định về giáo dục.",
        "Tập đoàn [[Japanese]] Sumitomo Mitsui rót vốn vào dự án.",
    )
    quiet = (
        "Hãng Korean Air mở đường bay mới; đội tuyển Miss Vietnam lên đường; sữa Dutch Lady giảm giá.",
        "Tên tiếng Anh của nước này là (Cambodia); Belarus và Lithuania ký hiệp định.",
        "Bà là giảng viên Đại học American ở Beirut.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        for seg in _segments_with(ctx, "en", "en_adj"):
            yield from self.check(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        gz = gazetteer()
        text = seg.text
        for m in mentions_of(ctx, seg):
            if m.kind not in ("en", "en_adj"):
                continue
            prev, nxt = prev_word(text, m.start), next_word(text, m.end)
            if (
                (_is_foreign(prev) and not _is_vi_context(prev))
                or prev in ("tiếng", "tên", "là")
                or text[: m.start].count("(") > text[: m.start].count(")")
            ):
                continue
            if text[: m.start].count('"') % 2 or text[: m.start].count("“") > text[: m.start].count("”"):
                continue
            if m.kind == "en_adj" and _institution_name(text[max(0, m.start - 40) : m.start]):
                continue
            bare = nxt.strip(".,;:!?)")
            if bare in _ORG_WORDS or (bare and bare.islower() and _is_foreign(bare)):
                continue
            office = bool(_OFFICE_BEFORE.search(text[max(0, m.start - 30) : m.start]))
            if bare[:1].isupper() and _is_foreign(bare) and not office and not _before_a_name(prev, bare):
                continue  # an English proper name: "sữa Dutch Lady", "giải Indian Wells"
            name = gz.name_of(m.iso)
            sev = Severity.MAJOR if m.kind == "en_adj" and (office or _is_vi_context(bare)) else Severity.MINOR
            yield self.hit(
                seg,
                m.start,
                m.end,
                f"English '{m.text}' left untranslated; Vietnamese: {name}",
                suggestion=name,
                severity=sev,
                confidence=0.85,
            )
