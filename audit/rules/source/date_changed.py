"""A109: a date of the target is not the date the source gives ('May 5, 2024' → '5/6/2024')."""

from __future__ import annotations

from collections.abc import Iterator

from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit, SourceRule
from audit.rules.registry import register
from audit.rules.source.source_dates import date_mismatches, month_year_mismatches


@register
class DateChanged(SourceRule):
    code = "A109"
    name = "date-changed"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A date of the target is not the date the source gives ('May 5, 2024' → '5/6/2024')"
    why = (
        "MT through English or Chinese swaps day and month or shifts a month ('May 5' read as 5/5 → '5/6'); "
        "the figures match one by one, so the number check passes, but the date is wrong. Dates are read "
        "with a month name in English ('May 5, 2024', '5 May'), as 年月日 in Chinese, and as '5/6/2024' or "
        "'5 tháng 6 năm 2024' in Vietnamese; the rule compares them when the source and the target hold as "
        "many dates, in order (二〇二五年三月四日 and 九月三十日 in Chinese numerals too). A range of days one "
        "side may write as one date ('from 20 to 22 November') is compared by its end date when only one side "
        "writes its start as a bare day ('June 2 to June 8' → 'từ ngày 2 đến ngày 8/6'), and by its month and "
        "year when both do, as the source may name the month at either end ('November 20 to 22' → 'từ 20 đến "
        "22/11'; 'from 3 to 5 November' → '5/12' is flagged, and so is '3-5/12', the range written with a "
        "hyphen); a date after 'until' or 'to' alone ('closed until May 20') is compared whole. A month of a year "
        "without its day (2026年1月, 'January 2026' → 'tháng 5/2026') is compared by its month, as many on both sides "
        "and in order; a year changed alone is a number, A101's."
    )
    fires = (
        "The summit opens on May 5, 2024 in Hanoi. => Hội nghị khai mạc ngày [[5/6/2024]] tại Hà Nội.",
        "会议于2025年3月4日在河内举行。 => Hội nghị diễn ra ngày [[3/4/2025]] tại Hà Nội.",
        "The fair runs from March 3 to March 9. => Hội chợ diễn ra từ ngày 3/3 đến ngày [[19/3]].",
        "The pass stays closed until April 12. => Đèo tiếp tục đóng đến ngày [[12/5]].",
        "工厂将于十一月二十日停产。 => Nhà máy sẽ ngừng sản xuất từ ngày [[20/12]].",
        "The festival runs from June 2 to June 8, 2026. => Lễ hội diễn ra từ ngày 2 đến ngày [[8/7/2026]].",
        "Heavy rain is expected from 14 to 16 October. => Dự báo mưa lớn từ ngày 14 đến ngày [[16/9]].",
        "The flower market opens from 7 to 8 March. => Chợ hoa mở cửa ngày 7-[[8/4]].",
        "项目将于2026年1月开工。 => Dự án sẽ khởi công vào tháng [[5/2026]].",
    )
    quiet = (
        "The summit opens on May 5, 2024 in Hanoi. => Hội nghị khai mạc ngày 5/5/2024 tại Hà Nội.",
        "The pass stays closed until April 12. => Đèo tiếp tục đóng đến ngày 12/4.",
        "会议于2025年3月4日在河内举行。 => Hội nghị diễn ra ngày 4 tháng 3 năm 2025 tại Hà Nội.",
        "The fair runs from 3 to 9 March and reopens on May 2. => Hội chợ diễn ra từ 3 đến 9/3 và mở lại ngày 2/5.",
        "工厂将于十一月二十日停产。 => Nhà máy sẽ ngừng sản xuất từ ngày 20 tháng 11.",
        "The festival runs from June 2 to June 8, 2026. => Lễ hội diễn ra từ ngày 2 đến ngày 8/6/2026.",
        "Heavy rain is expected October 14 to 16. => Dự báo mưa lớn từ ngày 14 đến 16/10.",
        "The flower market opens from 7 to 8 March. => Chợ hoa mở cửa ngày 7-8/3.",
        "Work starts in January 2026, ends on 5 March 2027. => Công trình khởi công tháng 1/2026, xong ngày 5/3/2027.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for (day, month, year), t in date_mismatches(seg):
            fix = f"{day} tháng {month}" if t.verbal else f"{day}/{month}"
            if t.year is not None or year is not None:
                fix += (" năm " if t.verbal else "/") + str(year or t.year)
            yield self.hit(
                seg,
                t.start,
                t.end,
                f"'{seg.text[t.start : t.end]}' where the source gives {day}/{month}" + (f"/{year}" if year else ""),
                suggestion=fix,
                confidence=0.8,
            )
        for (month, year), t in month_year_mismatches(seg):  # 'tháng [[5/2026]]' for 2026年1月: the month and year
            start, end = t.start("m"), t.end("y")
            between = seg.text[t.end("m") : t.start("y")]  # '/', '-' or ' năm ', kept as written
            yield self.hit(
                seg,
                start,
                end,
                f"'{seg.text[start:end]}' where the source gives {month}/{year}",
                suggestion=f"{month}{between}{year}",
                confidence=0.8,
            )
