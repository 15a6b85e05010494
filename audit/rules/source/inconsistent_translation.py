"""A106: the same source text translated two different ways in one file."""

from __future__ import annotations

import re
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
        "move a code). Strings a PO catalogue sets apart by context (msgctxt: 'Open' a file, 'Open' as a "
        "shop's state) are different strings, each compared within its context; across two contexts only a term "
        "swapped in one frame is flagged ('Lịch sử đặt vé' in the menu, 'Lịch sử giữ chỗ' as the page title), "
        "not a translation shortened, lengthened or given another word ('Lễ tân', 'Quầy lễ tân')."
    )
    fires = ("Add to cart => Thêm vào giỏ hàng\nCheckout => Thanh toán\nAdd to cart => [[Cho vào xe đẩy]]",)
    quiet = ("Add to cart => Thêm vào giỏ hàng\nAdd to cart => Thêm vào  giỏ hàng",)

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        first: dict[tuple[str | None, str], Segment] = {}  # (PO msgctxt, source) → its first record
        contexts: dict[str, list[Segment]] = {}  # source → the first record of each context
        for seg in ctx.doc.segments:
            if not seg.source or seg.boilerplate or not seg.text.strip():
                continue
            source = _normal(seg.source)
            earlier = first.setdefault((seg.context, source), seg)
            if earlier is not seg:
                if _normal(earlier.text) != _normal(seg.text):
                    yield self._hit(seg, earlier, "", 0.9)
                continue
            other = next((o for o in contexts.get(source, ()) if _term_swapped(o.text, seg.text)), None)
            if other is not None:
                yield self._hit(seg, other, f" (context {other.context!r}; this one {seg.context!r})", 0.6)
            contexts.setdefault(source, []).append(seg)

    def _hit(self, seg: Segment, earlier: Segment, where: str, confidence: float) -> Hit:
        """``seg`` flagged with ``earlier``'s translation as the fix (none when the inline codes forbid it)."""
        message = (
            f"this source was translated differently in record {earlier.record or earlier.index}{where}: "
            f"{with_codes(earlier)!r}"
        )
        fix: str | None = earlier.text
        if (target_codes(earlier) or target_codes(seg)) and codes_after_edit(seg, fix) != placed(earlier):
            fix, message = None, message + CODES_DIFFER_NOTE
        return self.hit(seg, 0, len(seg.text), message, suggestion=fix, confidence=confidence)


def _term_swapped(a: str, b: str) -> bool:
    """Two translations of one msgid in two PO contexts use two terms in one frame: they open with the same two
    words (the head of a Vietnamese phrase) and neither's words are all in the other ('Lịch sử đặt vé' and 'Lịch sử
    giữ chỗ' for 'Booking history' in a menu and a page title). A context may rightly shorten or lengthen a
    translation ('Lễ tân', 'Quầy lễ tân') or give a homograph another word ('Đăng' a post, 'Bài viết' the post)."""
    wa, wb = _words(a), _words(b)
    if len(wa) < 3 or len(wb) < 3 or wa[:2] != wb[:2]:
        return False
    return not (set(wa) <= set(wb) or set(wb) <= set(wa))


def _words(text: str) -> list[str]:
    """The casefolded words of ``text``, punctuation aside."""
    return _WORD.findall(text.casefold())


_WORD = re.compile(r"[^\W_]+")
