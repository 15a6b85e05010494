"""A112: a figure of the target that a source without any figure does not give (added by the MT)."""

from __future__ import annotations

from collections.abc import Iterator

from audit.lang.added_numbers import added_numbers
from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit, SourceRule
from audit.rules.registry import register


@register
class AddedNumber(SourceRule):
    code = "A112"
    name = "added-number"
    category = "accuracy/addition"
    severity = Severity.MINOR
    summary = "The target states a figure where the source gives none: the MT added it"
    why = (
        "MT adds content the source does not have, and an added figure (an amount, a count, a year) is the part a "
        "reader takes for a fact. Only a source with no figure at all is read (no digit, no English number word, "
        "no Chinese numeral but 一, which is also 'a', no Roman numeral: 'World War II'). What translators add "
        "from the context is left out: a month, a weekday, a date, a clock time, an ordinal ('hiệp 1', 'số 1'), a "
        "year where the source speaks of years ('next year' → 'năm 2026'), a figure a source's word carries ('at "
        "noon' → '12 giờ trưa', 'a fortnight', 'in his seventies', 'a hat-trick', 中午), and a figure of a name or "
        "title (after a capitalised word, 'Apollo 11', joined by a hyphen, 'Covid-19' for 新冠, or inside quotation "
        "marks, a sequel's title). Minor: on the 6,018 human translations of NTREX-128 and FLORES-200 it fires on "
        "none (the one figure a translator added there, '99 %', is quoted). A source whose figures are others and "
        "that names no money and no scale word at all ('rose 18% last year') gives no amount of money either: a "
        "target amount with its scale word and currency ('đạt 120 triệu USD') is added too; and where the source's "
        "only figures are fractions ('half of the fee'), which give a share and never an amount, any amount of money "
        "is ('1.500 đô la Úc')."
    )
    fires = (
        "The minister praised the project. => Bộ trưởng đánh giá cao dự án và hứa hỗ trợ [[200 triệu]] USD.",
        "双方同意推动口岸建设。 => Hai bên nhất trí thúc đẩy xây dựng cửa khẩu, dự kiến xong vào năm [[2027]].",
        "Rice exports to the Philippines rose 25% in May. => Xuất khẩu gạo sang Philippines tăng 25% trong tháng 5, "
        "đạt [[1,2 tỷ]] USD.",
        "The scholarship covers half of the fee. => Học bổng chi trả một nửa học phí và trợ cấp [[1.500]] đô la Úc "
        "mỗi tháng.",
    )
    quiet = (
        "The minister praised the project. => Bộ trưởng đánh giá cao dự án.",
        "Rice exports rose 25% to $1.2 billion. => Xuất khẩu gạo tăng 25%, đạt 1,2 tỷ USD.",
        "The city has 2 million residents. => Thành phố có 2 triệu dân.",
        "Twelve people died in October. => 12 người chết trong tháng 10.",
        "The shop reopens on Monday. => Cửa hàng mở cửa trở lại vào thứ 2.",
        "Rangers scored before half-time. => Rangers ghi bàn trước khi hết hiệp 1.",
        "Half of the students got a grant of $1,500. => Một nửa số sinh viên nhận trợ cấp 1.500 USD.",
        "Volumes will recover next year. => Sản lượng sẽ phục hồi vào năm 2026.",
        "三成企业表示满意。 => 30% doanh nghiệp cho biết hài lòng.",
        "See the report at example.org/report-2025. => Xem báo cáo tại example.org/report-2025.",
        "The sequel broke box-office records. => Phim “Hành tinh cát 2” phá kỷ lục phòng vé.",
        "The veteran, now in his nineties, laid a wreath. => Cựu binh, nay đã ngoài 90 tuổi, đặt vòng hoa.",
        "新冠疫情后游客回升。 => Sau đại dịch Covid-19, lượng khách tăng trở lại.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for n in added_numbers(seg.source or "", seg.text):
            end = n.start + len(n.written) if n.written else n.end
            yield self.hit(
                seg,
                n.start,
                end,
                f"'{seg.text[n.start : end]}' is a figure the source does not give",
                confidence=0.6,
            )
