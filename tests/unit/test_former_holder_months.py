"""N103's former and later holders within the text's own year: months compared where people.tsv gives them.

The check was motivated by Japan's 2025 hand-over (Ishiba Shigeru to Takaichi Sanae, 21 October 2025); the sentences
here name other holders and hand-overs (Germany's of May 2025, Japan's of October 2024, Việt Nam's finance ministers
of November 2024 and April 2026) and are in no sample document or adversary set."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.people import Tenure, _month
from audit.rules.names.text_months import written_months


def _n103(text: str, kind: str) -> list[tuple[str, list[str] | None]]:
    return [(f.text, f.candidates) for f in audit_text(text, select=["N103"]) if kind in f.message]


@pytest.mark.parametrize(
    ("text", "span", "now"),
    [
        (
            "Berlin, ngày 12/8/2025 - Thủ tướng Đức Olaf Scholz kêu gọi các nước châu Âu mua chung khí đốt.",
            "Thủ tướng Đức Olaf Scholz",
            "Friedrich Merz",
        ),
        # a Japanese name written surname first, as the Vietnamese press often does
        (
            "Tokyo, ngày 2/12/2024. Thủ tướng Nhật Bản Kishida Fumio tiếp phái đoàn doanh nghiệp Úc.",
            "Thủ tướng Nhật Bản Kishida Fumio",
            "Shigeru Ishiba",
        ),
        (
            "Hà Nội, ngày 16/12/2024. Bộ trưởng Bộ Tài chính Hồ Đức Phớc trình bày báo cáo ngân sách.",
            "Bộ trưởng Bộ Tài chính Hồ Đức Phớc",
            "Nguyễn Văn Thắng",
        ),
        # the row has its month since round 18 (resigned 5 July 2024)
        (
            "London, ngày 20/9/2024. Thủ tướng Anh Rishi Sunak tiếp Tổng thống Phần Lan.",
            "Thủ tướng Anh Rishi Sunak",
            "Keir Starmer",
        ),
        (
            "Seoul, ngày 12/9/2025. Tổng thống Hàn Quốc Yoon Suk Yeol tiếp đoàn doanh nghiệp Việt Nam.",
            "Tổng thống Hàn Quốc Yoon Suk Yeol",
            "Lee Jae-myung",
        ),
    ],
)
def test_a_holder_who_left_earlier_in_the_texts_year(text: str, span: str, now: str) -> None:
    """The dateline's month is after the month the holder left: his successor held the office then."""
    assert _n103(text, "left the office") == [(span, [now])]


@pytest.mark.parametrize(
    "text",
    [
        # the month of the hand-over: both held the office in it
        "Berlin, ngày 28/5/2025 - Thủ tướng Đức Olaf Scholz kêu gọi các nước châu Âu mua chung khí đốt.",
        # before the hand-over
        "Berlin, ngày 3/3/2025 - Thủ tướng Đức Olaf Scholz kêu gọi các nước châu Âu mua chung khí đốt.",
        # a table row without a month (Gabrielius Landsbergis: '2024'): the year alone is compared, as before
        "Vilnius, ngày 20/9/2024. Ngoại trưởng Litva Gabrielius Landsbergis tiếp Đại sứ Phần Lan.",
        # 'cựu' / 'nguyên' titles
        "Berlin, ngày 12/8/2025 - cựu Thủ tướng Đức Olaf Scholz kêu gọi các nước châu Âu mua chung khí đốt.",
        "Hà Nội, ngày 16/12/2024. Nguyên Bộ trưởng Bộ Tài chính Hồ Đức Phớc dự hội thảo.",
        # a historical sentence: a year of his tenure before the title
        "Berlin, ngày 12/8/2025. Tháng 2/2025, Thủ tướng Đức Olaf Scholz đã kêu gọi mua chung khí đốt.",
        # a story of both: the successor is named, so each may carry his title of the time
        "Berlin, ngày 12/8/2025. Thủ tướng Đức Olaf Scholz ký hiệp định. Thủ tướng Friedrich Merz giữ nguyên nó.",
        # a sentence about the hand-over
        "Berlin, ngày 12/8/2025. Thủ tướng Đức Olaf Scholz bàn giao văn phòng cho người kế nhiệm.",
        # the newest date is a deadline, not the dateline: the year alone is compared
        "Berlin, ngày 2/3/2025 - Thủ tướng Đức Olaf Scholz công bố quy định có hiệu lực từ ngày 1/9/2025.",
        # the newest date is only further down: it may be a later event, and the text is dated to the year only
        "\n".join(
            [
                "Thủ tướng Đức Olaf Scholz kêu gọi các nước châu Âu mua chung khí đốt.",
                "Ông nói giá năng lượng vẫn là gánh nặng của các gia đình.",
                "Nhiều nước thành viên ủng hộ đề xuất này.",
                "Một số nước vẫn còn dè dặt về cơ chế chia sẻ chi phí.",
                "Các bộ trưởng năng lượng đã họp bàn vấn đề này ngày 9/9/2025.",
            ]
        ),
        # a later date than the dateline (an anniversary): the text is dated to the year only
        "Berlin, ngày 28/5/2025 - Thủ tướng Đức Olaf Scholz dự lễ kỷ niệm bức tường sụp đổ (9/11/1989 - 9/11/2025).",
        # a quoted dateline: another text's date, not this one's
        'Thủ tướng Đức Olaf Scholz phát biểu. Bản tin "Berlin, ngày 12/8/2025" của DPA đưa tin về hội nghị.',
    ],
)
def test_former_holders_within_the_year_stay_quiet(text: str) -> None:
    assert _n103(text, "left the office") == []


def test_a_holder_who_took_office_later_in_the_texts_year() -> None:
    """The dateline's month is before the month he took office, and no later date of that year is written."""
    text = "Hà Nội, ngày 3/2/2026. Bộ trưởng Bộ Tài chính Ngô Văn Tuấn trình bày dự án luật thuế."
    assert _n103(text, "took the office") == [("Bộ trưởng Bộ Tài chính Ngô Văn Tuấn", ["Nguyễn Văn Thắng"])]
    text = "Berlin, ngày 3/2/2025 - Thủ tướng Đức Friedrich Merz kêu gọi châu Âu tăng chi tiêu quốc phòng."
    assert _n103(text, "took the office") == [("Thủ tướng Đức Friedrich Merz", ["Olaf Scholz"])]


@pytest.mark.parametrize(
    "text",
    [
        # the month he took office
        "Hà Nội, ngày 2/4/2026. Bộ trưởng Bộ Tài chính Ngô Văn Tuấn trình bày dự án luật thuế.",
        # a later date of that year in the text: it may be the text's own
        "Berlin, ngày 3/2/2025 - Thủ tướng Đức Friedrich Merz phát biểu. Hội nghị tiếp theo họp ngày 20/6/2025.",
        # a quoted earlier dateline of that year is not the text's date
        'Bản tin "Berlin, ngày 3/2/2025" được nhắc lại. Thủ tướng Đức Friedrich Merz kêu gọi tăng chi tiêu.',
        # a table row without a month (Marco Rubio: '2025'): the year alone is compared, as before
        "Washington, ngày 4/1/2025 - Ngoại trưởng Mỹ Marco Rubio điện đàm với người đồng cấp Ấn Độ.",
        # the future said so
        "Berlin, ngày 3/2/2025 - Ông Friedrich Merz, Thủ tướng Đức tương lai Friedrich Merz, phát biểu.",
    ],
)
def test_later_holders_within_the_year_stay_quiet(text: str) -> None:
    assert _n103(text, "took the office") == []


def test_a_table_cell_gives_its_month_or_none() -> None:
    """'YYYY-MM' and 'YYYY-MM-DD' give the month; a year alone (older rows, rows of other branches) gives none."""
    assert [_month(v) for v in ("2025-10-21", "2025-10", "2025", "", "2025-13")] == [10, 10, None, None, None]
    t = Tenure("X Y", "", "", "jp", "jp.prime_minister", 2024, 2025, None, 10)
    assert [t.covers_month(2025, m) for m in (None, 9, 10, 11)] == [True, True, True, False]
    assert Tenure("X Y", "", "", "jp", "jp.prime_minister", 2024, 2025).covers_month(2025, 12)


def test_written_months_reads_slashes_and_words() -> None:
    text = "Ngày 5/3/2024, hội nghị tháng 7 năm 2023 và đợt tháng 11/2022 có hiệu lực từ ngày 1/1/2025; “ngày 9/9/2021”"
    assert written_months(text) == [
        (2024, 3, False),
        (2023, 7, False),
        (2022, 11, False),
        (2025, 1, True),
        (2021, 9, True),
    ]
