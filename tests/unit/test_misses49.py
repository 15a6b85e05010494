"""misses49 (round 29): adversary101's misses fixed in a general way, tested on sentences outside the set, both ways:
N103 no longer dates an undated text by a year it writes only in a future or effective-from frame ('Luật … sẽ có
hiệu lực từ ngày 1/7/2026': the law's coming date bounds the day the text was written, it is none of its dates);
a plain date, a 'Ngày X, …' lead or a dateline of that year still dates it."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.rules.names.text_months import framed_years

_DUY = "Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy cho biết, diện tích lúa chất lượng cao tăng mạnh."


def _found(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize(
    "later",
    [
        "Nghị định mới dự kiến được ban hành vào tháng 3/2026.",
        "Nghị định có hiệu lực thi hành kể từ ngày 1/1/2026.",
        "Quy định mới sẽ được áp dụng từ tháng 2/2026.",
        "Theo kế hoạch, chương trình kết thúc vào tháng 6/2026.",
    ],
)
def test_a_year_only_in_a_future_frame_does_not_date_the_text(later: str) -> None:
    """Đỗ Đức Duy left the ministry in 10/2025: a text that writes 2026 only as a plan or a law's effective date
    is not of 2026 (quiet), as a file of November 2025 on e-commerce was not (adversary101)."""
    assert _found(f"{_DUY}\n{later}", "N103") == []


@pytest.mark.parametrize(
    "text",
    [
        f"Ngày 5/1/2026, {_DUY}\nNghị định có hiệu lực thi hành kể từ ngày 1/1/2026.",
        f"{_DUY}\nHội nghị tổng kết diễn ra ngày 12/1/2026 tại Hà Nội.",
        f"Cần Thơ, 12/1/2026 - {_DUY}\nChương trình sẽ kết thúc vào tháng 6/2026.",
    ],
)
def test_a_plain_date_a_lead_or_a_dateline_still_dates_it(text: str) -> None:
    assert _found(text, "N103") == ["Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy"]


def test_framed_years() -> None:
    assert framed_years("Luật sẽ có hiệu lực từ ngày 1/7/2026.\nTừ ngày 1/7/2025, các sàn khấu trừ thuế.") == {2026}
    assert framed_years("Luật sẽ có hiệu lực từ ngày 1/7/2026.\nNgày 3/2/2026, Bộ họp báo.") == set()
    # a comma closes the frame's clause: 'sẽ' before it frames no date after it
    assert framed_years("Bộ sẽ kiểm tra, ngày 4/12/2025 đoàn đã đến.") == set()
    assert framed_years("Không có ngày nào ở đây.") == set()
