"""A101: a number of the target differs from the number the source has in its place."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.lang.number_match import changed_counts, changed_word_counts
from audit.lang.quantities import Number, in_scale_of, vi_amount, vietnamese_form
from audit.lang.quarters import changed_quarters
from audit.lang.units import changed_units
from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit, SourceRule
from audit.rules.registry import register
from audit.rules.source.number_pairs import _pairs
from audit.rules.source.source_dates import date_mismatches, month_year_mismatches


def _wrong_scale_word(src: Number, tgt: Number) -> bool:
    """The target's scale word ('triệu', 'tỷ', 'nghìn tỷ') is not one Vietnamese news writes the source's amount
    with, the amount in it being under 1 or 1,000 or more: '1,5 triệu' for 1.5 billion is fixed as '1,5 tỷ' and
    '2,6 tỷ' for 2.6亿 as '260 triệu' (not as '1.500' or '0,26' before the wrong word)."""
    k = max(src.scaled) / tgt.scale
    return tgt.scale >= 1e6 and not 1 <= k < 1000


def _grouped_like(fix: str, target: str, source: str = "") -> str:
    """The fix with thousands dots when the target groups its number so ('1.530' where the source has '1350'
    is fixed as '1.350'), and so when it is too short to show them ('500' for 5000元 is fixed as '5.000'), unless
    the fix could be a year (1000-2199); a number the target writes without them ('2025', a year) is left so; a
    decimal the target writes with a point, as versions are ('Bluetooth 5.3' for 5.4), is fixed with one ('5.4')."""
    if fix.isdigit() and len(fix) > 3 and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", target):
        return vi_amount(float(fix))
    if fix.isdigit() and len(fix) > 3 and len(target) <= 3 and target.isdigit() and not _YEARLIKE.fullmatch(fix):
        return vi_amount(float(fix))  # the target's '500' shows no grouping: an amount gets Vietnamese dots
    if _POINT_DECIMAL.fullmatch(target) and _POINT_DECIMAL.fullmatch(source):
        return source
    return fix


def _hour_fix(src: Number, tgt: Number) -> str | None:
    """The source's afternoon hour on the 24-hour clock when the target writes its hour so: '15 giờ' for '5 p.m.'
    is fixed as '17', not '5'; None when the target's hour is no afternoon hour of the 24-hour clock."""
    if src.period != "pm" or tgt.period or not tgt.values or not all(12 < v < 24 for v in tgt.values):
        return None
    late = [v for v in src.values if 12 < v < 24 and v == int(v)]
    return str(int(late[0])) if len(late) == 1 else None


def _whole_amount(src: Number, tgt: Number) -> str | None:
    """The source's amount with its scale word multiplied out, for a target number without one: '4.6万' against
    '64.000' is fixed as '46.000' (not '4,6', which drops the myriad), '3亿' against '30' as '300 triệu'; None when
    the source has no scale word or the target has one (misses29)."""
    if not src.raw or tgt.scale != 1.0 or not src.scaled:
        return None
    return vi_amount(max(src.scaled))


_YEARLIKE = re.compile(r"1\d{3}|2[01]\d{2}")  # a four-digit figure that may be a year: left ungrouped
# a decimal written with a point that cannot be a thousands dot ('5.3', '2.25'; not '1.500')
_POINT_DECIMAL = re.compile(r"\d+\.(?:\d{1,2}|\d{4,})")


@register
class NumberMismatch(SourceRule):
    code = "A101"
    name = "number-mismatch"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A number of the target differs from the number the source has in its place"
    why = (
        "A changed figure (a year, an amount, a casualty count) is a meaning error a reader cannot detect. "
        "Numbers are compared as values: '1,500.5' in an English source and '1.500,5' in Vietnamese are the "
        "same, and so are '3.5 million' and '3,5 triệu', '3亿' and '300 triệu', '10 p.m.' and '22 giờ', '下午5时' "
        "and '17 giờ', '1200 GMT' as news agencies write a time and '12:00 GMT', and the first hour of a range "
        "takes the 'p.m.' after the second ('from 2 to 4 p.m.' is 'từ 14 đến 16 giờ'). A figure rounded after a word "
        "that says so ('gần 4 triệu' for 3.98 million) is no change, nor is a height in feet and inches converted "
        "('6-foot-4' → '1,93 m'). "
        "A wrong scale word is fixed with the word: '1,5 triệu' for 1.5 billion → '1,5 tỷ'. Counts of time in "
        "words are compared too ('four weeks' → 'ba tuần'), and so is a count in words before a classifier ('Only "
        "four came back' → 'năm chiếc', references/vi_classifiers.txt) when one English count of the source is "
        "missing from the target; and a value the target has more often than the source "
        "beside one it has less often ('40 mm … 4 Hz to 40 kHz' → '4 kHz') is a change; the values written in words "
        "count too, the source's and the target's ('近4年 … 第四次' → 'gần 6 năm … lần thứ tư': the 'thứ tư' is the "
        "第四次, so the 4 became the 6). A figure kept with another unit of its kind is a change too: a currency "
        "('USD 50,000' → '50.000 EUR', 'GBP 2.5 billion' → '2,5 tỷ USD'; '$' is any dollar), a length of time "
        "('30 days' → '30 tuần'), a data size, a length, a mass, an area or a temperature ('5℃' → '5°F'; "
        "references/units.tsv), unless the "
        "target has the figure with the source's unit elsewhere. A quarter of the year is compared too ('third "
        "quarter', 'Q3', 第三季度 → 'quý II')."
    )
    fires = (
        "The storm killed 23 people in three provinces. => Cơn bão làm [[32]] người chết tại ba tỉnh.",
        "Exports reached $3.5 billion in 2024. => Xuất khẩu đạt [[3]] tỷ USD trong năm 2024.",
        "Revenue hit $2.4 billion. => Doanh thu đạt [[2,4 triệu]] USD.",
        "The course lasts four weeks. => Khóa học kéo dài [[ba]] tuần.",
        "The clinic is open from 1 to 5 p.m. => Phòng khám mở cửa từ [[12]] đến 17 giờ.",
        "近4年来，这是她第四次访问老挝。 => Trong gần [[6]] năm qua, đây là lần thứ tư bà thăm Lào.",
        "The grant is worth EUR 40,000 and runs for 18 months. => Khoản tài trợ trị giá [[40.000 USD]] và kéo dài "
        "[[18 tuần]].",
        "该仓库面积为1200平方米，储存量达80吨。 => Nhà kho rộng 1.200 m², sức chứa [[80 kg]].",
        "Seven ferries sailed; only two returned. => Bảy chuyến phà xuất bến; chỉ [[ba]] chiếc quay lại.",
        "The port borrowed GBP 2.5 billion. => Cảng đã vay [[2,5 tỷ USD]].",
        "Profits fell in the third quarter. => Lợi nhuận giảm trong quý [[II]].",
    )
    quiet = (
        "Revenue rose to 1,500.5 billion dong. => Doanh thu tăng lên 1.500,5 tỷ đồng.",
        "The meeting ends at 10 p.m. on 5 May. => Cuộc họp kết thúc lúc 22 giờ ngày 5/5.",
        "He has 3 children and lived in the 21st century. => Ông có ba người con và sống ở thế kỷ XXI.",
        "The visa is valid for six months, two weeks longer than before. => Thị thực có giá trị sáu tháng, lâu hơn "
        "trước hai tuần.",
        "商店晚上9点关门。 => Cửa hàng đóng cửa lúc 21 giờ.",
        "The clinic is open from 1 to 5 p.m. => Phòng khám mở cửa từ 13 đến 17 giờ.",
        "The region has 8.96 million people. => Vùng này có gần 9 triệu dân.",
        "Profits fell in the third quarter of 2025. => Lợi nhuận giảm trong quý III/2025.",
        "近4年来，这是她第四次访问老挝。 => Trong gần 4 năm qua, đây là lần thứ tư bà thăm Lào.",
        "The grant is worth EUR 40,000 and runs for 18 months. => Khoản tài trợ trị giá 40.000 euro, kéo dài 18 tháng.",
        "The port borrowed GBP 2.5 billion. => Cảng đã vay 2,5 tỷ bảng Anh.",
        "The bond raised $2 billion. => Trái phiếu huy động được 2 tỷ đô la Singapore.",
        "The trail is 5 miles long. => Con đường mòn dài 8 km.",
        "The ferry left Cat Ba at 0945 GMT. => Phà rời Cát Bà lúc 9:45 giờ GMT.",
        "The 5-foot-9 striker from Hue scored twice. => Tiền đạo cao 1,75 m đến từ Huế ghi hai bàn.",
        "Seven ferries sailed; only two returned. => Bảy chuyến phà xuất bến; chỉ hai chiếc quay lại.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        pairs = _pairs(seg, ctx)
        # the spans of changed dates, and of months of a year whose month changed ('tháng [[5/2026]]' for 2026年1月)
        dates = (
            [(t.start, t.end) for _, t in date_mismatches(seg)]
            + [(t.start("m"), t.end("y")) for _, t in month_year_mismatches(seg)]
            if pairs
            else []
        )
        for src, tgt in pairs:
            if tgt is not None and any(a <= tgt.start < b for a, b in dates):
                continue  # a number of a changed date: A109 reports the date
            if tgt is not None and src.negative != tgt.negative and src.values & tgt.values:
                yield self.hit(
                    seg,
                    tgt.start,
                    tgt.end,
                    f"'{tgt.text}' here is {'negative' if tgt.negative else 'not negative'}; the source's "
                    f"{src.text} is {'negative' if src.negative else 'not negative'}",
                    suggestion=f"âm {tgt.text}" if src.negative else None,
                    confidence=0.8,
                )
                continue
            if tgt is not None and src.period and tgt.period and src.values & tgt.values:
                halves = {"am": "the morning", "pm": "the afternoon or evening"}
                yield self.hit(
                    seg,
                    tgt.start,
                    tgt.end,
                    f"'{tgt.text}' here is in {halves[tgt.period]}; the source's {src.text} "
                    f"{'a.m.' if src.period == 'am' else 'p.m.'} is in {halves[src.period]}",
                    confidence=0.8,
                )
                continue
            if tgt is not None:
                end, fix = tgt.end, in_scale_of(src, tgt)
                if tgt.raw and (fix is None or _wrong_scale_word(src, tgt)):  # replace number and word
                    end, fix = tgt.start + len(tgt.written), vi_amount(max(src.scaled))
                yield self.hit(
                    seg,
                    tgt.start,
                    end,
                    f"'{tgt.written or tgt.text}' where the source has '{src.written or src.text}'",
                    suggestion=fix
                    or _hour_fix(src, tgt)
                    or _whole_amount(src, tgt)
                    or _grouped_like(vietnamese_form(src.text), tgt.text, src.text),
                    confidence=0.8,
                )
        for start, end, written, fix in changed_units(seg.source or "", seg.text):
            yield self.hit(
                seg, start, end, f"'{written}': the source has this figure in another unit ('{fix}')", suggestion=fix
            )
        counts = changed_counts(seg.source or "", seg.text)
        for start, end, word, fix in counts:
            yield self.hit(
                seg, start, end, f"'{word}' where the source counts '{fix}' of the same unit", suggestion=fix
            )
        for start, end, word, fix in changed_word_counts(seg.source or "", seg.text):
            if not any(start == c[0] for c in counts):
                yield self.hit(seg, start, end, f"'{word}' where the source counts '{fix}'", suggestion=fix)
        for start, end, numeral, fix in changed_quarters(seg.source or "", seg.text):
            yield self.hit(seg, start, end, f"quarter '{numeral}' where the source has quarter '{fix}'", suggestion=fix)
