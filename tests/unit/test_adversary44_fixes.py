"""The fixes adversary44 (domestic economy and society news through Chinese) motivated, tested on provinces,
names, banks and pages written for this test, not in the set: N105 'Tỉnh trưởng' (省长) for a Vietnamese
province's head and 'Hành trưởng' (行长) for the State Bank's Governor; T308 'biểu thị' after such a calqued title;
page chrome: a site's name in capitals above a chrome line and the headline, a resident reporters' byline named by
its region. Each both ways."""

from __future__ import annotations

from audit.api import audit_text
from audit.corpus.boilerplate.line import classify_line
from audit.corpus.boilerplate.page import classify_lines


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_governor_of_a_vietnamese_province_is_a_calque() -> None:
    """Provinces other than the set's Bắc Ninh ('Beining'): in pinyin after 'tỉnh', by name, and before a
    Vietnamese full name right after a clause ending in a province."""
    for text in (
        "Tỉnh trưởng tỉnh Guangning dự lễ khởi công bến cảng mới ở Cẩm Phả.",
        "Tỉnh trưởng Nghệ An tiếp đoàn doanh nghiệp Nhật Bản đến khảo sát khu kinh tế.",
        "Tại điểm cầu tỉnh Thanh Hóa, Tỉnh trưởng Đỗ Minh Tuấn báo cáo tình hình giải ngân vốn.",
    ):
        assert _hits(text, "N105") == [("Tỉnh trưởng", "Chủ tịch UBND")], text


def test_governors_abroad_and_of_old_stay_quiet() -> None:
    for text in (
        "Tỉnh trưởng tỉnh Quảng Đông Vương Vĩ Trung tiếp đoàn đại biểu TP Hồ Chí Minh.",
        "Tỉnh trưởng tỉnh Vân Nam hội đàm với Bí thư Tỉnh ủy Lào Cai về cửa khẩu.",
        "Tỉnh trưởng tỉnh Champasak tiếp Chủ tịch UBND tỉnh Gia Lai.",
        "Năm 1965, Tỉnh trưởng Biên Hòa ra lệnh giới nghiêm toàn tỉnh.",
        "Tỉnh trưởng tỉnh Hà Nam (Trung Quốc) thăm Hà Nội.",
    ):
        assert _hits(text, "N105") == [], text


def test_state_bank_head_is_its_governor() -> None:
    """Other governors and deputies than the set's (Lê Minh Hưng, a deputy by 'NHNN'), and a bare 'Hành
    trưởng' before a governor's name (offices.tsv's calque)."""
    text = "Năm 2019, Hành trưởng Ngân hàng Nhà nước Lê Minh Hưng cho biết lãi suất sẽ ổn định."
    assert _hits(text, "N105") == [("Hành trưởng", "Thống đốc")]
    assert _hits("Phó Hành trưởng NHNN Đào Minh Tú chủ trì buổi họp về tín dụng.", "N105") == [
        ("Phó Hành trưởng", "Phó Thống đốc")
    ]
    [(span, _)] = _hits("Hành trưởng Lê Minh Hưng chủ trì hội nghị tổng kết ngành ngân hàng năm 2018.", "N105")
    assert span == "Hành trưởng"


def test_other_banks_heads_stay_quiet() -> None:
    for text in (
        "Hành trưởng Ngân hàng Nhân dân Trung Quốc Phan Công Thắng dự hội nghị.",
        "Ông Trần Văn Nam, Hành trưởng chi nhánh Ngân hàng Trung Quốc tại TP Hồ Chí Minh, dự lễ.",
    ):
        assert _hits(text, "N105") == [], text


def test_said_after_a_calqued_title() -> None:
    """A speaker under a calqued title and a pinyin or Vietnamese name, a unit's name between."""
    for text in (
        "Hành trưởng Ngân hàng Nhà nước Li Mingxing biểu thị, lãi suất điều hành sẽ được giữ nguyên.",
        "Tỉnh trưởng tỉnh Qinghua Ruan Wenjun biểu thị, tỉnh sẽ ưu tiên vốn cho đê biển.",
        "Cục trưởng Cục Hải quan Nguyễn Văn Thọ biểu thị: kim ngạch xuất nhập khẩu có thể vượt 900 tỷ USD.",
    ):
        assert _hits(text, "T308") == [("biểu thị", "cho biết")], text
    for text in (
        "Tăng trưởng tín dụng biểu thị, theo các chuyên gia, sức cầu của nền kinh tế.",
        "Vụ trưởng Vụ Thị trường trong nước cho rằng biểu đồ này biểu thị mức tăng giá.",
    ):
        assert _hits(text, "T308") == [], text


_HEADLINE = "Giá cà phê xuất khẩu lập kỷ lục mới trong tuần"
_SENTENCE = "Theo Hiệp hội Cà phê Ca cao, giá xuất khẩu bình quân tuần qua đạt hơn 5.600 USD mỗi tấn."


def test_site_name_in_capitals_above_a_date_and_the_headline() -> None:
    """A masthead over a one-line menu and a date (no menu run of lines under it), then the headline."""
    page = [
        "THỊ TRƯỜNG NÔNG SẢN",
        "Chủ nhật, 23/11/2025",
        "Trang chủ | Cà phê | Hồ tiêu | Lúa gạo",
        _HEADLINE,
        _SENTENCE,
    ]
    kinds = classify_lines(page)
    assert kinds[0] == "navigation" and kinds[3] is None and kinds[4] is None


def test_headline_in_capitals_over_its_date_and_first_sentence_stays() -> None:
    page = [
        "GIÁ CÀ PHÊ LẬP KỶ LỤC MỚI",
        "Chủ nhật, 23/11/2025",
        _SENTENCE,
        "Giá hồ tiêu cũng tăng nhẹ trong tuần qua ở Tây Nguyên.",
    ]
    assert classify_lines(page)[0] is None


def test_resident_reporters_named_by_region() -> None:
    for line in (
        "Nhóm phóng viên thường trú miền Tây",
        "PV thường trú khu vực Tây Nguyên",
        "Phóng viên thường trú Tây Bắc",
    ):
        assert classify_line(line)[0] == "byline", line
    for line in (
        "Phóng viên thường trú Tây Nguyên bị hành hung",
        "Phóng viên thường trú miền Trung cho biết lũ đang lên.",
    ):
        assert classify_line(line)[0] is None, line


def test_ministry_of_health_calque() -> None:
    """'Bộ Vệ sinh' (卫生部) after a minister's or deputy's title or 'theo'; a hygiene kit stays quiet."""
    assert _hits("Thứ trưởng Bộ Vệ sinh Trần Văn Thuấn kiểm tra công tác phòng dịch sởi ở Gia Lai.", "N105") == [
        ("Bộ Vệ sinh", "Bộ Y tế")
    ]
    assert _hits("Theo Bộ Vệ sinh, cả nước ghi nhận hơn 1.000 ca sốt xuất huyết trong tuần.", "N105") == [
        ("Bộ Vệ sinh", "Bộ Y tế")
    ]
    for text in (
        "Mỗi hộ dân được phát một bộ vệ sinh cá nhân và 10 kg gạo.",
        "Bộ Vệ sinh cá nhân gồm khăn, xà phòng và bàn chải.",
    ):
        assert _hits(text, "N105") == [], text
