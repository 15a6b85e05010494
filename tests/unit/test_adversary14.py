"""The fourteenth adversary held-out set (tests/data/adversary14): Vietnamese domestic news machine-translated
through Chinese (the 2025 reorganisation of the provinces, a National Assembly session, a Party congress, a flood,
rice exports, a bribery verdict) and human-written news on the same topics, three of them saved pages. Human news
must get no major or critical finding and the pages' chrome must be boilerplate; the planted errors are scored
against their annotations (tests/data/adversary14/README.md lists every miss and its cause)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings
from test_adversary5_html import _html_segments, chrome_misclassified

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary14"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix != ".json")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")


def _is_page(path: Path) -> bool:
    """The text or page has a ``.json`` listing its chrome and article lines."""
    notes = path.with_suffix(".json")
    return notes.exists() and "expected_content" in json.loads(notes.read_text("utf-8"))


PAGES = [p for p in CLEAN + MT if _is_page(p)]

BLIND_MISSES = [
    "01_sap_nhap_tinh.txt: C106 'Jialai'",
    "02_be_mac_ky_hop.txt: N103 'Nguyễn Hải Minh'",
    "03_dai_hoi_lao_cai.html: N105 'Thư ký Tỉnh ủy'",
    '03_dai_hoi_lao_cai.html: N101 "Pan Sheng\'an"',
    "03_dai_hoi_lao_cai.html: C106 'Taiyuan'",
    "03_dai_hoi_lao_cai.html: C106 'Shaba'",
    "03_dai_hoi_lao_cai.html: C101 'Trung Quốc'",
    "04_lu_hue_da_nang.txt: C106 'Baima'",
    '04_lu_hue_da_nang.txt: C106 "Hui\'an"',
    "04_lu_hue_da_nang.txt: F106 'nhiều'",
    "04_lu_hue_da_nang.txt: N106 'tiên sinh'",
    "05_xuat_khau_gao.html: C104 'Phi Luật Tân'",
    "05_xuat_khau_gao.html: C106 'Houjiang'",
    "05_xuat_khau_gao.html: N106 'nữ sĩ'",
]
MISSES_AFTER_FIX = [
    "03_dai_hoi_lao_cai.html: C106 'Shaba'",
    "04_lu_hue_da_nang.txt: C106 'Baima'",
    "04_lu_hue_da_nang.txt: F106 'nhiều'",
    "05_xuat_khau_gao.html: C104 'Phi Luật Tân'",
]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 3 and len(MT) == 6 and len(PAGES) == 4
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_page_chrome_is_boilerplate_and_the_article_content(path: Path) -> None:
    """Blind: 33 of the 118 expectations wrong, all chrome read as article text; now none."""
    assert chrome_misclassified(path) == []


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes() -> None:
    """Blind: 51 of 65 planted errors found, 50 with the accepted fix; after the fixes 61 and 59."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 65
    assert found >= 61, missed
    assert fixed >= 59
    assert set(missed) <= set(MISSES_AFTER_FIX) <= set(BLIND_MISSES)


# ---------------------------------------------------------------- the fixes, on sentences not in the set


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_more_provinces_in_pinyin_and_the_new_local_units() -> None:
    """vn_places.tsv has the Central Highlands and Mekong provinces too; 'phường', 'xã' and 'phố cổ' are place words."""
    assert _found("Mưa lớn gây ngập nhiều xã của tỉnh Kunsong và phường Duole.", "C106") == [
        ("Kunsong", "Kon Tum"),
        ("Duole", "Đắk Lắk"),
    ]
    assert _found("Hội chợ có gian hàng của tỉnh Charong; đoàn về xã Boliao.", "C106") == [
        ("Charong", "Trà Vinh"),
        ("Boliao", "Bạc Liêu"),
    ]
    assert _found("Ông Jialai Wang là kỹ sư; hãng Duole Foods ra mắt sản phẩm mới.", "C106") == []


def test_a_place_that_is_also_a_chinese_city_after_a_provincial_party_committee() -> None:
    """A Chinese city has a 'Thành ủy', never a 'Tỉnh ủy': 'Tỉnh ủy Taiyuan' is Thái Nguyên's."""
    assert _found("Nguyên Bí thư Tỉnh ủy Qinghua được điều động về Trung ương.", "C106") == [("Qinghua", "Thanh Hóa")]
    assert _found("Bí thư Thành ủy Taiyuan tiếp đoàn doanh nghiệp tỉnh Sơn Tây.", "C106") == []


def test_a_pinyin_name_with_an_apostrophe_is_one_name() -> None:
    assert [t for t, _ in _found("Phó Giám đốc Sở Li Ji'an trả lời phỏng vấn.", "N101")] == ["Li Ji'an"]
    assert _found("Ông O'Neill và bà D'Souza phát biểu tại Xi'an.", "N101") == []


def test_a_near_miss_of_the_justice_minister() -> None:
    assert _found("Tháng 3/2025, Bộ trưởng Bộ Tư pháp Nguyễn Hải Linh ký quyết định.", "N103") == [
        ("Nguyễn Hải Linh", "Nguyễn Hải Ninh")
    ]
    assert _found("Tháng 3/2025, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh ký quyết định.", "N103") == []


def test_a_local_party_secretary_calqued_as_thu_ky() -> None:
    assert _found("Ông Trần Văn Nam giữ chức Thư ký Tỉnh ủy Bình Phước.", "N105") == [
        ("Thư ký Tỉnh ủy", "Bí thư Tỉnh ủy")
    ]
    quiet = "Chị là thư ký của Bí thư Huyện ủy Quỳ Châu; Tổng Thư ký Quốc hội dự họp; thư ký tòa soạn Nam Anh."
    assert _found(quiet, "N105") == []


def test_an_honorific_after_a_local_official_with_a_long_title() -> None:
    fires = "Phó Chủ tịch UBND xã Tân Phú Đông Huỳnh Thị Mỹ Lệ nữ sĩ cho biết xã đã hỗ trợ các hộ dân."
    assert _found(fires, "N106") == [("nữ sĩ", "")]
    quiet = (
        "Chủ tịch hội văn học đọc lại bài thơ của Hồ Xuân Hương nữ sĩ.",
        "Giám đốc thư viện nói, Chu tiên sinh là cách học trò gọi thầy Chu Văn An.",
    )
    assert [_found(t, "N106") for t in quiet] == [[], []]


def test_page_chrome_lines_of_other_sites() -> None:
    """Skip links, login lines, 'follow us' lines, comment forms, list headings, headlines with a relative time,
    arrows to the top, dated bylines, meta lines, '⟩' breadcrumbs, mastheads in capitals, contact lines."""
    chrome = [
        "Skip to main content",
        "Bỏ qua menu",
        "Đăng nhập | Quên mật khẩu",
        "Theo dõi Tạp chí Nông thôn Mới trên Zalo",
        "Bình luận của bạn",
        "Số điện thoại *",
        "Tin cập nhật",
        "Các bài đã đăng",
        "Giá xăng giảm lần thứ ba liên tiếp   35 phút trước",
        "Lên đầu trang ▲",
        "Cập nhật 08:15 12/3/2026 | Phóng viên: Lan Anh",
        "Thu Hà 12/03/2026 08:15 3 phút đọc",
        "Trang chủ ⟩ Kinh tế ⟩ Tài chính",
        "TẠP CHÍ ĐIỆN TỬ KINH TẾ MIỀN NAM",
        "Văn phòng: 12 Lê Lợi, Huế. Đường dây nóng: 0234 3823 456",
        "Mục lục",
    ]
    assert [line for line in chrome if classify_line(line)[0] is None] == []
    article = [
        "Điện thoại di động được bán với giá 5 triệu đồng.",
        "Ông cho biết nước bắt đầu rút từ 2 giờ trước.",
        "BÁO ĐỘNG ĐỎ VỀ Ô NHIỄM KHÔNG KHÍ Ở HÀ NỘI",
        "Người dân theo dõi trận chung kết trên Facebook và Zalo",
        "Nội dung chính của nghị quyết gồm ba điểm",
        "Đăng ký xe máy điện tăng mạnh trong quý I",
        "Email của bà bị đánh cắp ngày 12/3/2026 lúc 10:30 sáng",
    ]
    assert [line for line in article if classify_line(line)[0] is not None] == []


def test_a_headline_in_an_h2_makes_the_menus_above_it_chrome(tmp_path: Path) -> None:
    """A site without an h1 headline: the first h2 of a headline's length before any article sentence."""
    segments = _html_segments(
        tmp_path,
        "<ul class='mm'><li><a href='/a'>Thời sự</a></li><li><a href='/b'>Giáo dục</a></li></ul>"
        "<h2>Hơn một triệu thí sinh bước vào kỳ thi tốt nghiệp</h2>"
        "<p>Sáng nay, các thí sinh làm thủ tục dự thi tại 2.500 điểm thi trên cả nước.</p>"
        "<h2>Thí sinh được nhắc mang theo giấy tờ tùy thân</h2><p>Ban chỉ đạo nhắc thí sinh đến sớm.</p>"
        "<div class='poll'><p>Bạn thấy đề thi năm nay thế nào?</p></div>"
        "<div class='toc'><a href='#p1'>Đề thi và đáp án</a></div>",
    )
    assert segments["Thời sự"] and segments["Giáo dục"]
    assert not segments["Hơn một triệu thí sinh bước vào kỳ thi tốt nghiệp"]
    assert not segments["Thí sinh được nhắc mang theo giấy tờ tùy thân"]
    assert segments["Bạn thấy đề thi năm nay thế nào?"] and segments["Đề thi và đáp án"]


def test_a_byline_of_two_names_after_the_article(tmp_path: Path) -> None:
    segments = _html_segments(
        tmp_path,
        "<h1>Lúa hè thu được mùa ở đồng bằng sông Cửu Long</h1><p>Nông dân thu hoạch sớm để tránh mưa.</p>"
        "<p>Giá lúa tươi tại ruộng tăng nhẹ so với tuần trước.</p><p>Hoàng Yến - Minh Tâm</p>",
    )
    assert segments["Hoàng Yến - Minh Tâm"]
    assert not segments["Giá lúa tươi tại ruộng tăng nhẹ so với tuần trước."]


def test_a_vietnamese_party_congress_named_as_chinas() -> None:
    """China's 13th and 14th congresses met in 1987 and 1992: in 2021 and 2026 those numbers are Vietnam's."""
    fires = "Tháng 1/2026, đoàn đại biểu tỉnh dự Đại hội Đảng Cộng sản Trung Quốc lần thứ 14 tại Hà Nội."
    assert _found(fires, "C101") == [("Trung Quốc", "Việt Nam")]
    quiet = (
        "Tháng 10/2022, Đại hội XX của Đảng Cộng sản Trung Quốc bầu Ban Chấp hành Trung ương mới.",
        "Năm 1992, Đại hội XIV của Đảng Cộng sản Trung Quốc xác lập kinh tế thị trường xã hội chủ nghĩa.",
        "Năm 2021, Việt Nam tổ chức Đại hội XIII của Đảng Cộng sản Việt Nam.",
    )
    assert [_found(t, "C101") for t in quiet] == [[], [], []]
