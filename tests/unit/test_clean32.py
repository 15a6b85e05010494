"""The clean32 set (tests/data/clean32): ten human-written Vietnamese news pages of mixed beats in outlet styles no
earlier clean set used (an embassy's website, a university's news portal, a provincial police portal, a regional
radio station, a women's paper, a chamber of commerce's portal, a sports federation as text; an overseas-Vietnamese
portal, a policy institute's static site and a TV station's AMP page as HTML). Every line annotated; clean text must
stay quiet and the chrome must be boilerplate. The fixes are tested on lines and pages written outside the set, both
ways: the chrome they now catch, and article lines of the same shape that must stay content."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import assert_openings_hold, assert_read_as_annotated

from audit.corpus.boilerplate import classify_line, classify_lines

CLEAN32 = Path(__file__).resolve().parents[1] / "data" / "clean32"
DOCS = sorted(p for p in CLEAN32.iterdir() if p.suffix in {".txt", ".html"})
# chrome left as the blind run read it (tests/data/clean32/README.md): a section label over a headline whose byline
# is a bar, a police motto, an HTML footnote and a 'read next' card
CHROME_LEFT = {
    "Vì nước quên thân, vì dân phục vụ",
    "Văn hóa – Nghệ thuật",
    "¹ Số liệu dân số theo Tổng cục Thống kê Timor-Leste, điều tra năm 2022.",
    "Đọc tiếp",
    "Biển Đông sau Bộ Quy tắc ứng xử: kịch bản nào cho năm 2026?",
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 10 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 3


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_no_finding_at_all() -> None:
    """Blind: one major L102 on 01's embassy name in English, read as article; none once it is chrome."""
    assert [f"{doc.doc}: {f.rule} {f.text!r}" for p in DOCS for doc, f in findings_of(p)] == []


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    assert_read_as_annotated(path, CHROME_LEFT)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    assert_openings_hold(path, CHROME_LEFT)


# --- an embassy's name in capitals over its name in English (01) -----------------------------------------------------

PAGE_EMBASSY = """ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TẠI CỘNG HÒA LIÊN BANG BRAZIL
Embassy of the Socialist Republic of Viet Nam in the Federative Republic of Brazil
Tiếng Việt | Português | English
Giới thiệu | Tin tức | Lãnh sự | Thương mại | Liên hệ
Trang chủ > Tin tức
Doanh nghiệp Việt Nam dự hội chợ thực phẩm ở São Paulo
Ngày 3/12, 14 doanh nghiệp Việt Nam giới thiệu cà phê, hạt điều và hồ tiêu tại hội chợ thực phẩm quốc tế ở São Paulo."""

PAGE_EMBASSY_HEADLINE = """ĐẠI SỨ QUÁN MỸ TẠM NGỪNG NHẬN HỒ SƠ THỊ THỰC TRONG HAI NGÀY
Thứ Tư, 3/12/2025 09:15
Đại sứ quán Mỹ tại Hà Nội thông báo tạm ngừng nhận hồ sơ thị thực trong hai ngày 4 và 5/12 để bảo trì hệ thống.
Các cuộc hẹn đã đặt sẽ được dời sang tuần sau."""


def test_an_embassys_name_over_its_english_name_is_the_masthead() -> None:
    """Written outside the set: another embassy, another host country, a longer English name."""
    kinds = classify_lines(PAGE_EMBASSY.splitlines())
    assert kinds[:2] == ["navigation", "navigation"] and kinds[5] is None and kinds[6] is None


def test_a_capitals_headline_on_an_embassy_over_its_date_stays() -> None:
    kinds = classify_lines(PAGE_EMBASSY_HEADLINE.splitlines())
    assert kinds[0] is None and kinds[2] is None and kinds[3] is None


# --- a sponsors' strip; a byline with the date and a view count (02, 07) --------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Đơn vị đồng hành: Ngân hàng Hòa Bình | Cà phê Núi Xanh | Hãng bay Sao Việt",
        "Nhà tài trợ kim cương: Tập đoàn Ánh Dương • Sữa Cao Nguyên",
        "Ban Tuyên giáo | 03.12.2025 | Lượt xem: 210",
        "Khoa Ngữ văn · 5-1-2026 · lượt đọc: 77",
    ],
)
def test_sponsor_strips_and_view_counts_are_chrome(line: str) -> None:
    """Written outside the set: other sponsors, other offices and dates."""
    assert classify_line(line)[0] in {"navigation", "byline"}


@pytest.mark.parametrize(
    "line",
    [
        "Nhà tài trợ chính của giải là Công ty Thép Phương Bắc · năm thứ hai liên tiếp.",
        "Nhà tài trợ chính: Công ty Sữa Mộc Châu cam kết tài trợ 5 tỷ đồng cho giải.",
        "Các nhà tài trợ gồm ngân hàng, hãng bay và hãng sữa.",
        "Bài viết ngày 19/11/2025 – có 1.482 lượt xem, nhiều nhất chuyên mục.",
    ],
)
def test_sentences_about_sponsors_and_views_stay(line: str) -> None:
    assert classify_line(line)[0] is None


# --- a section label between the menu and a dated headline (02, 03, 07) ----------------------------------------------

PAGE_SECTION = """BÁO BIÊN GIỚI XANH
Thời sự | Quốc phòng | Kinh tế | Xã hội | Văn hóa
Chủ quyền biển đảo
Bộ đội Biên phòng Quảng Ninh tuần tra chung với Trung Quốc trên vịnh Bắc Bộ
Cập nhật 08:30, 02/12/2025
Sáng 1/12, hai tàu của Bộ đội Biên phòng tỉnh Quảng Ninh và lực lượng hải cảnh Trung Quốc tuần tra chung lần thứ 15."""

PAGE_KICKER_LEAD = """BÁO BIÊN GIỚI XANH
Thời sự | Quốc phòng | Kinh tế | Xã hội | Văn hóa
Mưa lũ miền Trung
Nước sông Hương lên nhanh trong đêm
Sáng 2/12, nước sông Hương tại trạm Kim Long đã vượt báo động 3, nhiều tuyến phố ở Huế ngập sâu."""


def test_a_section_label_over_a_dated_headline_is_navigation() -> None:
    """Written outside the set: another paper, another section."""
    kinds = classify_lines(PAGE_SECTION.splitlines())
    assert kinds[2] == "navigation" and kinds[3] is None and kinds[5] is None


def test_a_line_over_a_headline_with_its_lead_under_it_stays() -> None:
    kinds = classify_lines(PAGE_KICKER_LEAD.splitlines())
    assert kinds[2] is None and kinds[3] is None and kinds[4] is None
