"""T201: one country spelled two ways in one document (Belarus / Bêlarút, Italia / Ý)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from audit.lang.countries import Mention, gazetteer
from audit.model import Severity
from audit.rules.base import DocContext, DocumentRule, Hit
from audit.rules.countries.context import topic_of
from audit.rules.registry import register


@register
class InconsistentExonym(DocumentRule):
    code = "T201"
    name = "inconsistent-exonym"
    category = "terminology/inconsistent"
    severity = Severity.MINOR
    summary = "One country spelled two ways in one document (Belarus / Bêlarút, Italia / Ý)"
    why = (
        "Vietnamese has competing spellings of many country names. Each is acceptable, but one text should "
        "keep one. One finding per minority spelling, at its first use, suggesting the document's majority "
        "form. Long and short forms (Vương quốc Anh / Anh, Hoa Kỳ / Mỹ) are not an inconsistency."
    )
    fires = (
        "Việt Nam và Belarus ký hiệp định\nBelarus cam kết hỗ trợ; sinh viên Việt Nam học tại [[Bêlarút]].\n"
        "Belarus đánh giá cao quan hệ với Việt Nam.",
    )
    quiet = (
        "Việt Nam và Italia ký hiệp định\nThủ tướng Italia tiếp đoàn; Vương quốc Anh và Anh cùng một nước.",
        "Ý kiến của chuyên gia Italia về hợp tác với Việt Nam được đánh giá cao.",
    )

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        topic = topic_of(ctx)
        forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
        first: dict[tuple[str, str], tuple[int, Mention]] = {}
        for index, mentions in topic.mentions.items():
            for m in mentions:
                if m.iso and not m.weak and m.kind in ("name", "variant"):
                    forms[m.iso][m.text] += 1
                    first.setdefault((m.iso, m.text), (index, m))
        gz = gazetteer()
        for iso, counter in forms.items():
            if len(counter) < 2:
                continue
            standard = gz.name_of(iso)
            majority = max(counter, key=lambda f: (counter[f], f == standard))
            for form in counter:
                if form != majority:
                    index, m = first[(iso, form)]
                    yield Hit(
                        index,
                        m.start,
                        m.end,
                        f"'{form}' ({counter[form]}x) and '{majority}' "
                        f"({counter[majority]}x) name the same country in this document",
                        suggestion=majority,
                        confidence=0.8,
                    )
