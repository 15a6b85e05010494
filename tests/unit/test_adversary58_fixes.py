"""The fixes adversary58 made, tested both ways on sentences, names and firms that are NOT in the set
(tests/data/adversary58): a month in digits before a thousands group ('9 tháng 49.800 tỷ' is no date, T302), Hán-Việt
calques of Chinese market words (T308), Chinese company and institution names beside each other, after 'ngân hàng'
and for the Fed and a central bank (C107), a pinyin city after an exchange's or a market's word (C106), a former
holder after 'Trong khi đó' (N103), a BRICS partner called a full member (C108), 'thay vì' ending a cut sentence
(F107), and a newsletter's masthead with its tagline, a chart's 'Nguồn:' caption, 'Bản tin trước' and a contact line
as chrome."""

from __future__ import annotations

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line
from audit.corpus.boilerplate.page import classify_lines


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_t302_a_month_before_a_thousands_group_is_no_date() -> None:
    assert _found("Sau 6 tháng 12.300 lao động đã có việc làm mới.", "T302") == []
    assert _found("Doanh thu 9 tháng 35,6 nghìn tỷ đồng, lợi nhuận 9 tháng 41.200 tỷ đồng.", "T302") == []
    assert _found("Lễ khởi công dự kiến ngày 31 tháng 9 năm 2026.", "T302") == [("31 tháng 9 năm 2026", None)]


def test_t308_chinese_market_words() -> None:
    text = (
        "Khối ngoại tịnh mua vào 820 tỷ đồng; lợi nhuận đệ nhị quý tăng 12% đồng bỉ, hoàn bỉ giảm 3%. "
        "Lãi suất giảm 0,3 bách phân điểm, giá hoàng kim lập đỉnh, Nhật nguyên mất giá và Fed có thể gia tức."
    )
    assert _found(text, "T308") == [
        ("tịnh mua vào", "mua ròng"),
        ("đệ nhị quý", "quý II"),
        ("đồng bỉ", "so với cùng kỳ"),
        ("hoàn bỉ", "so với kỳ trước"),
        ("bách phân điểm", "điểm phần trăm"),
        ("hoàng kim", "vàng"),
        ("Nhật nguyên", "Yên"),  # capitalised as the calque is
        ("gia tức", "tăng lãi suất"),
    ]
    assert _found("Đổng sự trưởng Masan và Tổng tài Vingroup dự hội nghị.", "T308") == [
        ("Đổng sự trưởng", "Chủ tịch HĐQT"),
        ("Tổng tài", "Tổng giám đốc"),
    ]


def test_t308_quiet_on_the_same_syllables_used_rightly() -> None:
    quiet = (
        "Thời kỳ hoàng kim của điện ảnh Hồng Kông đã qua; đại bàng đầu trắng là biểu tượng của Mỹ.",
        "Tổng tài sản của Techcombank tăng 14%, tổng tài trợ vốn đạt 90.000 tỷ đồng.",
        "Đơn hàng được giao hàng tức thì trong nội thành Đà Nẵng.",
    )
    for text in quiet:
        assert _found(text, "T308") == [], text


def test_c107_two_chinese_company_names_side_by_side_and_banks() -> None:
    assert _found("Tại hội chợ, Tiểu Mễ và Bỉ Á Địch trưng bày sản phẩm mới.", "C107") == [
        ("Tiểu Mễ", "Xiaomi"),
        ("Bỉ Á Địch", "BYD"),
    ]
    assert _found("Theo ngân hàng Ma Căn Đại Thông, giá dầu sẽ giảm.", "C107") == [("Ma Căn Đại Thông", "JPMorgan")]
    assert _found("Quyết định của Mỹ Liên trữ khiến Ương hành các nước thận trọng.", "C107") == [
        ("Mỹ Liên trữ", "Fed"),
        ("Ương hành", "ngân hàng trung ương"),
    ]


def test_c107_quiet_on_vietnamese_names_joined() -> None:
    quiet = (
        "Ông Cao Thịnh và bà Hoa Vi là hai giáo viên ở xã Phong Điền.",
        "Huyện Phong Điền và Quảng Điền ở Huế được mùa lúa.",
    )
    for text in quiet:
        assert _found(text, "C107") == [], text


def test_c106_pinyin_city_after_an_exchange_or_a_market() -> None:
    assert _found("Chỉ số Nikkei trên sàn Dongjing tăng 1,2%.", "C106") == [("Dongjing", "Tokyo")]
    assert _found("Thanh khoản trên Sở Giao dịch Chứng khoán Henei giảm.", "C106") == [("Henei", "Hà Nội")]
    assert _found("Cổ phiếu trên sàn HNX và UPCoM đồng loạt tăng.", "C106") == []


def test_n103_former_holder_after_meanwhile_not_after_then() -> None:
    dated = "Hà Nội, ngày 14/11/2025 — "
    fired = _found(dated + "Trong khi đó, Thống đốc Ngân hàng Nhà nước Lê Minh Hưng chủ trì cuộc họp.", "N103")
    assert [text for text, _ in fired] == ["Thống đốc Ngân hàng Nhà nước Lê Minh Hưng"]
    assert _found(dated + "Hồi đó, Thống đốc Ngân hàng Nhà nước Lê Minh Hưng chủ trì cuộc họp.", "N103") == []
    assert _found(dated + "Khi đó, Thống đốc Ngân hàng Nhà nước Lê Minh Hưng chủ trì cuộc họp.", "N103") == []


def test_c108_partner_called_a_full_member() -> None:
    assert _found("Kazakhstan, thành viên chính thức của BRICS, đã ký thỏa thuận.", "C108") == [("Kazakhstan", None)]
    assert _found("Thái Lan là đối tác của BRICS từ năm 2025.", "C108") == []
    assert _found("Cuba, quốc gia đối tác BRICS, đã ký thỏa thuận.", "C108") == []


def test_f107_thay_vi_ending_a_cut_sentence() -> None:
    assert _found("Nhiều người chọn gửi tiết kiệm thay vì.", "F107") == [("thay vì", None)]
    assert _found("Nhiều người chọn gửi tiết kiệm thay vì mua vàng.", "F107") == []


def test_chrome_newsletter_masthead_caption_and_contact() -> None:
    assert classify_line("Giá thép xây dựng 12 tháng qua. Nguồn: SteelOnline, VSA")[0] == "caption"
    long_source = "Giá thép tăng 3%. Nguồn: Hiệp hội Thép cho biết thêm rằng sẽ còn tăng trong quý tới."
    assert classify_line(long_source)[0] is None
    assert classify_line("Bản tin sau")[0] == "related"
    assert classify_line("Liên hệ: Phòng Quan hệ nhà đầu tư – ir@abcsecurities.vn")[0] == "footer"
    assert classify_line("Mọi thắc mắc xin liên hệ: hotro@abc.vn")[0] is None
    page = [
        "HƯNG THỊNH CAPITAL",
        "Nhận định thị trường mỗi sáng cho khách hàng",
        "Trang chủ | Bản tin | Báo cáo | Liên hệ",
        "Cổ phiếu thép dẫn sóng",
        "Phiên sáng nay, nhóm thép tăng mạnh nhờ giá quặng sắt hồi phục và kỳ vọng đầu tư công.",
        "Dòng tiền lan sang nhóm ngân hàng trong phiên chiều, giúp chỉ số giữ sắc xanh.",
    ]
    kinds = classify_lines(page)
    assert kinds[:2] == ["navigation", "navigation"] and kinds[3:] == [None, None, None]
