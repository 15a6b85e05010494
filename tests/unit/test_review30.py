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


def _kinds(text: str) -> dict[str, str | None]:
    from audit.corpus.boilerplate import classify_lines

    lines = text.split("\n")
    return {line[:15]: kind for line, kind in zip(lines, classify_lines(lines), strict=True) if line}


DIGEST = (
    "Điểm tin chiều 2/12: Đà Nẵng mở thêm ba tuyến buýt điện\n"
    "Chiều nay, Sở Xây dựng Đà Nẵng đưa vào khai thác ba tuyến xe buýt điện nối trung tâm với các khu công nghiệp.\n"
    "Giá vé mỗi lượt là 8.000 đồng, học sinh và người cao tuổi được giảm một nửa.\n"
    "Các tin khác\n"
    "Cảng hàng không Chu Lai đón chuyến bay quốc tế đầu tiên từ Seoul sau hai năm gián đoạn vì sửa đường băng.\n"
    "Tỉnh Quảng Ngãi khởi công tuyến đường ven biển dài 26 km với tổng vốn đầu tư khoảng 1.900 tỷ đồng.\n"
    "Tổng hợp: Hoài Phương"
)


def test_a_digests_own_other_news_heading_keeps_its_paragraphs() -> None:
    """A digest's 'Các tin khác' heading straight over full sentences: the article goes on under it."""
    kinds = _kinds(DIGEST)
    assert kinds["Cảng hàng không"] is None and kinds["Tỉnh Quảng Ngãi"] is None


def test_a_pages_last_box_of_headlines_still_goes() -> None:
    """The same heading over headlines (no full stop), or a headline and its lead in turn, stays the page's box."""
    body = DIGEST.split("Các tin khác")[0]
    boxes = (
        "Các tin khác\nĐà Nẵng thí điểm thu phí vỉa hè ở 20 tuyến phố\nQuảng Nam tìm nhà đầu tư cho sân bay Chu Lai",
        "Tin liên quan\nĐà Nẵng thí điểm thu phí vỉa hè\n"
        "Thành phố sẽ thu phí vỉa hè ở 20 tuyến phố trung tâm từ đầu năm 2027, theo đề án vừa được duyệt.\n"
        "Quảng Nam tìm nhà đầu tư cho sân bay\n"
        "Tỉnh kêu gọi nhà đầu tư tư nhân nâng cấp nhà ga và đường băng của sân bay Chu Lai trong hai năm tới.",
    )
    for box in boxes:
        kinds = _kinds(body + box)
        assert all(kind is not None for line, kind in kinds.items() if line[:10] in box), box
