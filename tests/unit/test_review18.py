"""Probes of round 16's merged changes with human-written text nobody had seen (review18): what broke is tested
here on sentences written for the probe, not taken from any set, both ways."""

from __future__ import annotations

import pytest

from audit.corpus.boilerplate import classify_line

# --- chrome: a note that a page's content is no investment advice (clean25) ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ông Lê Quang Hùng, chuyên gia chứng khoán, nói các nhận định trên không phải là khuyến nghị đầu tư.",
        "Bà Thảo lưu ý báo cáo của nhóm phân tích không phải là lời khuyên đầu tư cho nhà đầu tư cá nhân.",
        "Theo anh Dũng, những chia sẻ trên mạng xã hội không phải là tư vấn tài chính.",
        "Đại diện công ty cho biết bản tin nội bộ không cấu thành khuyến nghị mua bán cổ phiếu.",
    ],
)
def test_a_speakers_words_on_investment_advice_stay_article(line: str) -> None:
    """A person or a verb of saying in the line: the article reports someone's words, it is no page's note."""
    assert classify_line(line)[0] is None


@pytest.mark.parametrize(
    "line",
    [
        "Các nhận định trong bài không phải là khuyến nghị đầu tư.",
        "Thông tin trên chỉ mang tính tham khảo, không phải lời khuyên tài chính.",
        "Bản tin không cấu thành khuyến nghị mua bán chứng khoán.",
    ],
)
def test_the_pages_own_note_stays_chrome(line: str) -> None:
    assert classify_line(line)[0] is not None
