"""T307: Chinese myriad units left in numbers: '3 ức USD' (亿, 10⁸), '15 vạn nhân dân tệ' (万, 10⁴)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from audit.lang.quantities import vi_amount, vi_value
from audit.model import Segment, Severity
from audit.rules._prefilter import PrefilteredRule, segments_matching_any
from audit.rules.base import DocContext, Hit
from audit.rules.registry import register

_NUMBER = r"(?P<n>\d+(?:[.,]\d+)?)"
# 'ức' after a number is 亿 (a hundred million); Vietnamese writes 'trăm triệu'/'tỷ'
_UC = re.compile(rf"(?<![\w.,]){_NUMBER}\s+(?P<u>ức)(?!\w)")
# 'vạn' (万) is still said ('hàng vạn người', '10 vạn quân'), but not with a currency ('15 vạn nhân dân tệ') nor
# after a decimal ('8,6 vạn công nhân': 8.6万 written digit for digit)
_VAN = re.compile(
    rf"(?<![\w.,]){_NUMBER}\s+(?P<u>vạn)\s+(?=(?:nhân dân tệ|NDT|tệ|đồng|USD|đô la|đô|yen|yên|won|euro)(?!\w))"
    r"|(?<![\w.,])(?P<d>\d+,\d+)\s+(?P<du>vạn)(?!\w)"
)


_UNITS = ("ức", "vạn")
# each unit found from its first letter (digits and spaces are everywhere), the space before as a lookbehind
_SCANS = tuple(re.compile(rf"{unit}(?<=\s{unit})(?!\w)") for unit in _UNITS)


@register
class ChineseNumberUnit(PrefilteredRule):
    code = "T307"
    name = "chinese-number-unit"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    trigger = re.compile(rf"\d\s+(?:{'|'.join(_UNITS)})(?!\w)")

    def candidates(self, ctx: DocContext) -> Iterable[Segment]:
        """Segments with a unit after a space: a scan a unit, each starting at a literal (fast)."""
        return segments_matching_any(ctx, _SCANS)

    summary = "A Chinese myriad unit left in a number: '3 ức USD' (亿 = 10⁸) → '300 triệu USD'"
    why = (
        "Chinese counts in myriads: 万 (10⁴) and 亿 (10⁸). MT through Chinese keeps them as Hán-Việt 'vạn' and "
        "'ức', which a Vietnamese reader does not read as a magnitude ('ức' is no longer a number word), or "
        "misreads by a factor of ten. 'ức' after a number is major; 'vạn' before a currency or after a decimal "
        "('1,2 vạn', which no Vietnamese writer puts) is minor, since 'vạn' is still understood ('hàng vạn người')."
    )
    fires = (
        "Kim ngạch thương mại song phương đạt [[3 ức]] USD trong năm 2023.",
        "Dự án có tổng vốn [[15 vạn]] nhân dân tệ.",
        "Nhà máy tuyển thêm [[1,2 vạn]] lao động.",
    )
    quiet = (
        "Hàng vạn người đổ về lễ hội; 10 vạn quân Thanh bị đánh tan.",
        "Những ký ức về năm 1975 vẫn còn; anh ức chế vì bị đối xử bất công.",
        "Kim ngạch đạt 300 triệu USD; dự án có vốn 150.000 nhân dân tệ.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        for rx, size, sev in ((_UC, 1e8, Severity.MAJOR), (_VAN, 1e4, Severity.MINOR)):
            for m in rx.finditer(text):
                number, unit = ("n", "u") if m["n"] else ("d", "du")
                try:
                    amount = vi_amount(vi_value(m[number]) * size)
                except ValueError:
                    continue
                yield self.hit(
                    seg,
                    m.start(),
                    m.end(unit),
                    f"'{m[unit]}' is the Chinese unit {'亿 (10⁸)' if size == 1e8 else '万 (10⁴)'}: "
                    f"{m.group()} = {amount}",
                    suggestion=amount,
                    severity=sev,
                    confidence=0.8,
                )
