"""The twenty-eighth adversary held-out set (tests/data/adversary28): a blind measurement in round 11.
Four files machine-translated through Chinese on topics new to the sets (Thanh Hóa's 2024 economy and a bribery
verdict as plain text, Ruben Amorim's appointment at Manchester United as a WebVTT news clip, Hana Micron's
semiconductor plant in Bắc Giang saved from an old table-layout CMS page) were written and annotated before the
tool ran on them; a human-style report of the 58th ASEAN Foreign Ministers' Meeting must stay quiet. The blind
figures are the floor; README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import _html_segments, chrome_misclassified

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary28"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "04_nha_may_ban_dan_bac_giang.html"

# Blind (main at 824cffb, data at c03a7bd): 48 of 65 found, 46 with the accepted fix; these 17 were missed (the
# budget figure '543,41 ức' was corrected to '543.410 ức' after scoring: README).
BLIND_MISSES = {
    "01_kinh_te_thanh_hoa.txt: C101 'Trung Quốc'",
    "01_kinh_te_thanh_hoa.txt: C106 'Yishan'",
    "01_kinh_te_thanh_hoa.txt: C107 'Xuất Quang Hưng Sản'",
    "01_kinh_te_thanh_hoa.txt: T308 'biểu thị'",
    "01_kinh_te_thanh_hoa.txt: T201 'Cô-oét'",
    "02_ban_an_tham_nhung.txt: N106 'nữ sĩ'",
    "02_ban_an_tham_nhung.txt: F107 'cho'",
    "02_ban_an_tham_nhung.txt: C101 'Trung Quốc'",
    "03_hlv_amorim.vtt: C107 'Mạn Liên'",
    "03_hlv_amorim.vtt: N102 'Lỗ Bản · A Mạc Lâm'",
    "03_hlv_amorim.vtt: C104 'Mạn Triệt Tư Đặc'",
    "03_hlv_amorim.vtt: N102 'Ruud·van Nistelrooy'",
    "03_hlv_amorim.vtt: N108 'Amolin'",
    "04_nha_may_ban_dan_bac_giang.html: L101 'packaging and testing'",
    "04_nha_may_ban_dan_bac_giang.html: N103 'Trần Lưu Quan'",
    "04_nha_may_ban_dan_bac_giang.html: N109 'Cui Changhao'",
    "04_nha_may_ban_dan_bac_giang.html: N101 'Li Yingyang'",
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1
    assert [p.suffix for p in MT] == [".txt", ".txt", ".vtt", ".html"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_report_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_report_gets_no_finding_at_all() -> None:
    """Blind and after the fixes: no finding on the AMM-58 report (ministers, countries, ASEAN terms)."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 48 of 65 found, 46 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 65
    assert found >= 48 and fixed >= 46
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_page_chrome_as_annotated() -> None:
    """Blind: 30 of the 31 listed lines as annotated (the update stamp was read as text); all 31 after the fix."""
    assert chrome_misclassified(PAGE) == []


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 60, 59
AFTER_FIX_MISSES = {
    "01_kinh_te_thanh_hoa.txt: C106 'Yishan'",
    "01_kinh_te_thanh_hoa.txt: T201 'Cô-oét'",
    "02_ban_an_tham_nhung.txt: F107 'cho'",
    "03_hlv_amorim.vtt: N108 'Amolin'",
    "04_nha_may_ban_dan_bac_giang.html: N109 'Cui Changhao'",
}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 60 of 65 found, 59 with the accepted fix; no finding outside the planted spans."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= AFTER_FIX_MISSES, sorted(set(missed) - AFTER_FIX_MISSES)
    assert unplanted_findings(MT) == []


# --- the fixes, on names and sentences outside the set (firing and quiet) ---------------------------------


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_our_country_in_a_domestic_story() -> None:
    """C101: 全国 'the whole country' after a Vietnamese province's rank, 我国刑法 before a Vietnamese court."""
    assert _found("Năm 2023, xuất khẩu của Bình Dương xếp thứ ba cả Trung Quốc, sau TP.HCM và Bắc Ninh.", "C101") == [
        ("Trung Quốc", "Việt Nam")
    ]
    assert _found("Tỉnh Sơn La có diện tích cà phê lớn nhất toàn Trung Quốc ở vùng Tây Bắc.", "C101") == [
        ("Trung Quốc", "Việt Nam")
    ]
    court = "Tòa án nhân dân TP Cần Thơ mở phiên phúc thẩm.\n"
    assert _found(court + "Bị cáo bị xử theo khoản 2 Điều 174 Bộ luật Hình sự của Trung Quốc.", "C101") == [
        ("Trung Quốc", "Việt Nam")
    ]
    # a Chinese province's rank, a Vietnamese place named after the rank; a Chinese court
    assert _found("Giang Tô đứng thứ hai toàn Trung Quốc về GDP; hàng hóa được chở về Lạng Sơn.", "C101") == []
    assert (
        _found("Tòa án Thượng Hải xử theo Bộ luật Hình sự Trung Quốc; doanh nghiệp Bình Dương theo dõi.", "C101") == []
    )
    assert _found("Tòa án nhân dân tỉnh Đồng Nai xử vụ buôn lậu hàng từ Trung Quốc.", "C101") == []


def test_a_province_ends_the_title_before_a_pinyin_name() -> None:
    """N101: 'Chủ tịch UBND tỉnh <province> <pinyin>': the province's last word is no surname the name continues."""
    assert _found("Phó Chủ tịch UBND tỉnh Nghệ An Wang Minghui cho biết.", "N101") == [
        ("Wang Minghui", "Vương Minh Huy")
    ]
    found = _found("Giám đốc Sở Xây dựng thành phố Đà Nẵng Chen Qiangsheng phát biểu.", "N101")
    assert [span for span, _ in found] == ["Chen Qiangsheng"]
    # a Vietnamese name after the province, and a province's name that no place word introduces
    assert _found("Phó Chủ tịch UBND tỉnh Nghệ An Vương Minh Huy cho biết.", "N101") == []
    assert _found("Anh Hà Giang Li kể chuyện quê.", "N101") == []


def test_interpunct_before_a_particle_and_one_letter_syllables() -> None:
    """N102: a lowercase particle after the '·' ('van', 'de', 'von der'); 'A' (阿) as a Hán-Việt syllable; a '·'
    name in Hán-Việt gets the Latin name the document writes ('Ruben Amorim')."""
    assert _found("Danh họa Vincent·van Gogh sinh ra ở Hà Lan.", "N102") == [("Vincent·van Gogh", "Vincent van Gogh")]
    assert _found("Tổng thống Charles·de Gaulle đọc diễn văn.", "N102") == [("Charles·de Gaulle", "Charles de Gaulle")]
    text = "Hansi Flick trở lại Barcelona. Huấn luyện viên Hán Tây · Phất Lý Khắc ký hợp đồng hai năm."
    assert _found(text, "N102") == [("Hán Tây · Phất Lý Khắc", "Hansi Flick")]
    assert _found("Thủ môn Lỗ Bản · A Lạp Mạc ra sân.", "N102") == [("Lỗ Bản · A Lạp Mạc", None)]
    # letters as list items, a keyword list, Vietnamese names in a byline
    assert _found("Các lớp 12 A · B · C thi đấu vòng loại.", "N102") == []
    assert _found("Từ khóa: Hà Lan · van Dijk · Euro", "N102") == []
    assert _found("Ảnh: Hoàng Lâm · Mạc Văn Bản; Bảo Lâm · Tuệ Lâm", "N102") == []


def test_honorific_after_a_judge_or_a_lawyer() -> None:
    """N106: 'nữ sĩ', 'tiên sinh' after 'Thẩm phán', 'Kiểm sát viên', 'Luật sư' and a Vietnamese full name."""
    assert _found("Kiểm sát viên Hoàng Văn Lợi tiên sinh đọc cáo trạng.", "N106") == [("tiên sinh", "")]
    assert _found("Bào chữa cho bị cáo, Luật sư Đặng Thị Kim Oanh nữ sĩ đề nghị giảm án.", "N106") == [("nữ sĩ", "")]
    assert _found("Luật sư trích thơ của Hồ Xuân Hương nữ sĩ; Thẩm phán gọi cụ là Lê tiên sinh.", "N106") == []


def test_a_party_secretary_speaks() -> None:
    """T308: 'biểu thị,' after 'Bí thư', 'Thư ký', 'Chánh án', 'Viện trưởng' and a name."""
    assert _found("Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm biểu thị, tỉnh sẽ mở thêm lối thông quan.", "T308") == [
        ("biểu thị", "cho biết")
    ]
    assert _found("Chánh án Nguyễn Văn Khải biểu thị: phiên tòa công khai.", "T308") == [("biểu thị", "cho biết")]
    assert _found("Theo Bí thư Tỉnh ủy, đường màu đỏ trên bản đồ biểu thị tuyến cao tốc mới.", "T308") == []


def test_a_vietnamese_word_ends_an_english_phrase() -> None:
    """L101: 'cho' (far more frequent in Vietnamese) is no bridge between an English phrase and a loan."""
    assert _found("Trung tâm làm research and development cho chip mới.", "L101") == [
        ("research and development", None)
    ]
    assert _found("Giới phân tích cảnh báo the worst is yet to come.", "L101") == [("the worst is yet to come", None)]


def test_football_clubs_and_english_cities_in_hanviet() -> None:
    """C107: a club's short Chinese name read in Hán-Việt after 'câu lạc bộ', 'CLB', 'đội bóng'; C104: Manchester
    and Liverpool in Hán-Việt."""
    assert _found("Tiền vệ này vừa gia nhập CLB Hoàng Mã với giá 100 triệu euro.", "C107") == [
        ("Hoàng Mã", "Real Madrid")
    ]
    assert _found("Đội bóng Thiết Nhĩ Tây thua 0-2 trên sân nhà.", "C107") == [("Thiết Nhĩ Tây", "Chelsea")]
    assert _found("Câu lạc bộ Bái Nhân vô địch Đức lần thứ 33.", "C107") == [("Bái Nhân", "Bayern Munich")]
    assert _found("Nhà máy do tập đoàn Xuất Quang Hưng Sản của Nhật Bản góp vốn.", "C107") == [
        ("Xuất Quang Hưng Sản", "Idemitsu Kosan")
    ]
    # a Vietnamese club, a person called so, a poetry club
    assert _found("Câu lạc bộ Hoàng Anh Gia Lai thắng; anh Hoàng Mã là đội trưởng đội bóng phường.", "C107") == []
    assert _found("Ông Mạn Liên là chủ nhiệm câu lạc bộ thơ ở xã.", "C107") == []
    assert _found("Cảng Lợi Vật Phổ đón tàu; sân bay thành phố Mạn Triệt Tư Đặc mở cửa.", "C104") == [
        ("Lợi Vật Phổ", "Liverpool"),
        ("Mạn Triệt Tư Đặc", "Manchester"),
    ]


def test_a_deputy_prime_minister_of_2023() -> None:
    """N103: Trần Lưu Quang (Deputy Prime Minister 2023–2024) is in people.tsv; a one-syllable miss is flagged."""
    assert _found("Tháng 3/2023, Phó Thủ tướng Trần Lưu Quán thăm Tây Ninh.", "N103") == [
        ("Trần Lưu Quán", "Trần Lưu Quang")
    ]
    assert _found("Tháng 3/2023, Phó Thủ tướng Trần Lưu Quang thăm Tây Ninh.", "N103") == []


def test_an_update_stamp_with_lúc_and_ngày_is_chrome(tmp_path: Path) -> None:
    """The boilerplate classifier reads 'Cập nhật lúc 09:10 ngày 03/02/2024' as a timestamp."""
    segments = _html_segments(
        tmp_path,
        "<div class='tin'><h1>Bắc Ninh khởi công khu công nghiệp mới</h1>"
        "<span>Cập nhật lúc 09:10 ngày 03/02/2024</span>"
        "<p>Sáng nay, tỉnh Bắc Ninh khởi công khu công nghiệp rộng 300 ha.</p>"
        "<p>Dự án dự kiến thu hút 20.000 lao động khi đi vào hoạt động.</p></div>",
    )
    assert segments["Cập nhật lúc 09:10 ngày 03/02/2024"]
    assert not segments["Sáng nay, tỉnh Bắc Ninh khởi công khu công nghiệp rộng 300 ha."]
