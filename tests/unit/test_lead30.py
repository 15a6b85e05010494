"""Round 30 (the lead): a sentence's own full date dates a title in the year its holder left (N103).

'Ngày 20/11/2025, Thủ tướng Đức Olaf Scholz …' was quiet: the year 2025 written in the sentence was taken as the year
alone, a year of his tenure (he left in May 2025). The month the sentence writes with that year now dates the title.
Names, offices and dates here are not in any test set.
"""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _n103(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["N103"])]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Ngày 20/11/2025, Tổng thống Hàn Quốc Yoon Suk Yeol thăm Hà Nội.",
            "Tổng thống Hàn Quốc Yoon Suk Yeol",
            "Tổng thống Hàn Quốc Lee Jae-myung",
        ),
        (
            "Ngày 2 tháng 10 năm 2025, Thủ tướng Thái Lan Paetongtarn Shinawatra dự hội nghị ở Bangkok.",
            "Thủ tướng Thái Lan Paetongtarn Shinawatra",
            "Thủ tướng Thái Lan Anutin Charnvirakul",
        ),
        (
            "Hôm nay (15/10/2025), Thủ tướng Pháp François Bayrou trình ngân sách.",
            "Thủ tướng Pháp François Bayrou",
            "Thủ tướng Pháp Sébastien Lecornu",
        ),
        (
            "Tháng 7/2025, Thủ tướng Canada Justin Trudeau gặp các nhà đầu tư.",
            "Thủ tướng Canada Justin Trudeau",
            "Thủ tướng Canada Mark Carney",
        ),
    ],
)
def test_a_date_after_the_month_he_left_dates_the_title(text: str, span: str, fix: str) -> None:
    assert _n103(text) == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        # a date in his tenure, the month he left (both held it), the year alone
        "Ngày 2/7/2025, Thủ tướng Thái Lan Paetongtarn Shinawatra dự hội nghị ở Bangkok.",
        "Ngày 29/8/2025, Thủ tướng Thái Lan Paetongtarn Shinawatra dự hội nghị ở Bangkok.",
        "Năm 2025, Tổng thống Hàn Quốc Yoon Suk Yeol thăm Hà Nội.",
        # another year written in the sentence besides the date
        "Ngày 20/11/2025, Tổng thống Hàn Quốc Yoon Suk Yeol, người thăm Hà Nội năm 2023, bị xét xử.",
        # a past frame, the successor, a former holder so called
        "Ngày 20/11/2025, cựu Tổng thống Hàn Quốc Yoon Suk Yeol ra tòa.",
        "Ngày 20/11/2025, Tổng thống Hàn Quốc Lee Jae-myung thăm Hà Nội.",
        "Tháng 7/2025, Thủ tướng Canada Mark Carney gặp các nhà đầu tư.",
        # the sentence's date is after he left, but it tells of an earlier time (the round's review)
        "Ngày 20/11/2025, tòa án Berlin xét xử kẻ đe dọa Thủ tướng Đức Olaf Scholz năm ngoái.",
        "Ngày 20/11/2025, báo Đức đăng lại bức ảnh chụp Thủ tướng Đức Olaf Scholz hồi đầu năm.",
        "Ngày 20/11/2025, phiên tòa xét xử kẻ tấn công Thủ tướng Đức Olaf Scholz trước đó bảy tháng đã mở.",
        "Tháng 12/2025, Ottawa công bố thư Thủ tướng Canada Justin Trudeau gửi tháng 1.",
    ],
)
def test_a_date_in_his_tenure_or_a_past_frame_stays_quiet(text: str) -> None:
    assert _n103(text) == []
