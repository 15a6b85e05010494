"""A106: the same source text translated two different ways in one file."""

from __future__ import annotations

from collections.abc import Iterator

from audit.model import Segment, Severity
from audit.rules.base import DocContext, DocumentRule, Hit
from audit.rules.code_fixes import CODES_DIFFER_NOTE, codes_after_edit, placed, target_codes, with_codes
from audit.rules.registry import register


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


@register
class InconsistentTranslation(DocumentRule):
    code = "A106"
    name = "inconsistent-translation"
    category = "terminology/inconsistent"
    severity = Severity.MINOR
    needs_source = True
    summary = "The same source text translated two different ways in one file"
    why = (
        "A repeated source segment (a heading, a UI string, a recurring sentence) should read the same "
        "everywhere; two translations confuse readers and show that one of them was not reviewed. The "
        "later record is flagged, with the first translation as the fix (in XLIFF only when writing it into "
        "this record puts the first one's inline codes where it has them: a fix is text, it cannot add or "
        "move a code)."
    )
    fires = ("Add to cart => Thêm vào giỏ hàng\nCheckout => Thanh toán\nAdd to cart => [[Cho vào xe đẩy]]",)
    quiet = ("Add to cart => Thêm vào giỏ hàng\nAdd to cart => Thêm vào  giỏ hàng",)

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        first: dict[str, Segment] = {}
        for seg in ctx.doc.segments:
            if not seg.source or seg.boilerplate or not seg.text.strip():
                continue
            key = _normal(seg.source)
            earlier = first.setdefault(key, seg)
            if earlier is not seg and _normal(earlier.text) != _normal(seg.text):
                message = (
                    f"this source was translated differently in record {earlier.record or earlier.index}: "
                    f"{with_codes(earlier)!r}"
                )
                fix: str | None = earlier.text
                if (target_codes(earlier) or target_codes(seg)) and codes_after_edit(seg, fix) != placed(earlier):
                    fix, message = None, message + CODES_DIFFER_NOTE
                yield self.hit(seg, 0, len(seg.text), message, suggestion=fix, confidence=0.9)
