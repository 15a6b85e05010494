"""A102: a number of the source is missing from the target (and no other number stands in its place)."""

from __future__ import annotations

from collections.abc import Iterator

from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit, SourceRule
from audit.rules.registry import register
from audit.rules.source.number_pairs import _pairs


@register
class NumberMissing(SourceRule):
    code = "A102"
    name = "number-missing"
    category = "accuracy/omission"
    severity = Severity.MAJOR
    summary = "A number of the source is missing from the target (and no other number stands in its place)"
    why = (
        "A figure dropped in translation is lost information: the date, the amount or the count the source "
        "gives. Small numbers written out in Vietnamese ('3 children' → 'ba người con') and Roman numerals "
        "('21st century' → 'thế kỷ XXI') count as present, and so does the January of a Chinese count of months "
        "said as 'the first N months' ('1至10月' → '10 tháng đầu năm'), and so do years counted in decades ('20 years' "
        "→ 'hai thập kỷ') and 'năm' (five) in a range of numbers in words ('từ năm đến tám')."
    )
    fires = ("The project will cost 2 billion dollars by 2030. => [[Dự án sẽ tốn hai tỷ đô la.]]",)
    quiet = (
        "The project will cost 2 billion dollars by 2030. => Dự án sẽ tốn hai tỷ đô la đến năm 2030.",
        "Two people were injured. => 2 người bị thương.",
        "韩国1至8月出口增长7%。 => 8 tháng đầu năm, xuất khẩu của Hàn Quốc tăng 7%.",
        "The ferry has run for 20 years at fares 5% to 9% lower. => Tuyến phà đã chạy hai thập kỷ với giá vé thấp hơn "
        "từ năm đến chín phần trăm.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        missing = [src.written or src.text for src, tgt in _pairs(seg, ctx) if tgt is None]
        if missing:
            listed = ", ".join(f"'{m}'" for m in dict.fromkeys(missing))
            yield self.hit(seg, 0, len(seg.text), f"the source's {listed} not in the translation", confidence=0.7)
