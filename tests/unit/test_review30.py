"""review30: human text next to round 22's new detections (adversary76's T308 calques, clean42's chrome rows) stays
quiet and keeps its article lines; the planted cases still fire. Every sentence here was written for this probe, not
taken from adversary76, clean42 or any corpus."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line


def _t308(text: str) -> list[str]:
    return [f.text for f in audit_text(text) if f.rule == "T308"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cây lựu liên tục ra hoa từ đầu tháng 4, cho quả đỏ rực vào mùa hè.",
        "Giá lựu liên tiếp giảm trong ba tuần qua do nguồn cung tăng mạnh.",
        "Vườn lựu liên kết với hợp tác xã để bán cho siêu thị ở Phan Rang.",
    ],
)
def test_pomegranate_before_a_lien_word_is_no_durian(sentence: str) -> None:
    assert _t308(sentence) == []


def test_durian_calque_still_fires() -> None:
    """Not in adversary76: a durian variety and a count before it."""
    assert _t308("Xuất khẩu lựu liên Ri6 sang Úc tăng 20% trong quý III.") == ["lựu liên"]
    assert _t308("Ba container lựu liên đã được thông quan sáng nay.") == ["lựu liên"]


@pytest.mark.parametrize(
    "line",
    [
        "Ông Hải cho rằng các trang tin tổng hợp tin tự động cần kiểm soát, vì bản quyền thuộc về tác giả.",
        "Thông cáo được phát hành qua một mạng phân phối tin trực tuyến và được nhiều trang đăng lại nguyên văn.",
        "Thông cáo này được phát hành qua nhiều kênh nhưng nhiều cổ đông vẫn không nhận được.",
        "Liên hệ báo chí: bà Nguyễn Thu Trang cho biết công ty chưa có kế hoạch phát hành cổ phiếu.",
    ],
)
def test_story_sentences_about_wires_and_aggregators_stay_article(line: str) -> None:
    assert classify_line(line)[0] is None


@pytest.mark.parametrize(
    "line",
    [
        "Tin24h tổng hợp tin tự động từ 120 trang báo; nội dung thuộc về các cơ quan báo chí.",
        "Thông cáo báo chí này được phân phối bởi NewsAsia Wire.",
        "Thông cáo này được phát hành qua PRViet. PRViet không chịu trách nhiệm về nội dung.",
        "Liên hệ báo chí: Đỗ Minh Khoa · 0987 654 321 · khoa.do@example.vn",
    ],
)
def test_the_wire_and_aggregator_chrome_still_goes(line: str) -> None:
    """Written outside clean42: other names, phones and wires."""
    assert classify_line(line)[0] is not None
