"""The clean36 set (tests/data/clean36): ten human-written Vietnamese pages on courts and police, transport, real
estate and heritage/religion, six as text in outlet styles no earlier clean set used (a legal newspaper, a news app's
article view, an aviation magazine, a railway project board, a property listings portal, a Buddhist Sangha portal)
and four as HTML (a court portal in nested tables, a tourism site of sections, a WordPress property magazine, a
Bootstrap diocese site). Every line annotated; clean text must stay quiet and the chrome must be boilerplate. The
fixes are tested on lines, pages and sentences written outside the set, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, serious_findings
from chrome_lines import assert_openings_hold, assert_read_as_annotated, page_segments

from audit.corpus.boilerplate import classify_line

CLEAN36 = Path(__file__).resolve().parents[1] / "data" / "clean36"
DOCS = sorted(p for p in CLEAN36.iterdir() if p.suffix in {".txt", ".html"})
# chrome left as the blind run read it (tests/data/clean36/README.md): an aviation magazine's related headlines marked
# '+' straight under its tag line, with no heading
CHROME_LEFT = {
    "+ Vietravel Airlines nhận tàu bay A321neo thứ ba",
    "+ Nhà ga T3 Tân Sơn Nhất đón lượt khách thứ 30 triệu",
    "+ Hỏi đáp: Hành lý xách tay được mang bao nhiêu kg?",
}


def test_set_is_complete() -> None:
    assert len(DOCS) == 10 and all(p.with_suffix(".json").exists() for p in DOCS)
    assert sum(p.suffix == ".html" for p in DOCS) == 4


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_no_major_or_critical_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_no_finding_at_all() -> None:
    """Blind: four minor S101 on 'Lêô' in 'Đức Giáo hoàng Lêô XIV' (10), a minor F112 on a list of routes (03);
    none now."""
    assert [f"{doc.doc}: {f.rule} {f.text!r}" for p in DOCS for doc, f in findings_of(p)] == []


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_page_lines_are_read_as_annotated(path: Path) -> None:
    assert_read_as_annotated(path, CHROME_LEFT)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_annotated_openings_hold(path: Path) -> None:
    assert_openings_hold(path, CHROME_LEFT)


def _findings(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    page = tmp_path / "page.txt"
    page.write_text(text + "\n", encoding="utf-8")
    return [(f.rule, f.text) for _, f in findings_of(page)]


# --- S101: a saint's or a pope's name run together as Catholics write it ('Lêô') (10) ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Đức Thánh Cha Lêô XIII ban hành thông điệp Rerum Novarum năm 1891.\nThông điệp bàn về quyền của người"
        " lao động.",
        "Giáo xứ mừng lễ thánh Lêô Cả, giáo hoàng thế kỷ V.\nThánh lễ bắt đầu lúc 17 giờ.",
        "Bức tượng Đức Giáo hoàng Piô X được đặt trước nhà thờ.\nCông trình khánh thành năm 1935.",
    ],
    ids=["numeral", "saint", "other-pope"],
)
def test_a_religious_name_run_together_is_no_slip(tmp_path: Path, text: str) -> None:
    """Written outside the set: another pope and numeral, a saint after 'thánh', another name."""
    assert [r for r, _ in _findings(tmp_path, text) if r == "S101"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Cả nhóm lêô lên đỉnh núi lúc 5 giờ sáng.\nChuyến đi kéo dài hai ngày.",
        "Đức Giáo hoàng tiếp các em nhỏ, rồi Hiêp hội trao quà cho các em.\nBuổi gặp kéo dài một giờ.",
    ],
    ids=["no-title", "slip-after-title"],
)
def test_a_slip_without_a_title_or_numeral_still_fires(tmp_path: Path, text: str) -> None:
    """'lêô' uncapitalised, no name: a slip. (Capitalised, 'Lêô' is a name everywhere since misses20's
    references/vi_catholic_names.txt.)"""
    assert any(r == "S101" for r, _ in _findings(tmp_path, text))


# --- F112: a list of routes or pairs sharing an end ('A – B, B – C') (03) ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hãng mở thêm chuyến trên các chặng Đà Nẵng – Cần Thơ, Cần Thơ – Côn Đảo trong tháng Chạp.\nVé đã mở bán.",
        "Các trận bán kết là Thái Lan - Việt Nam, Việt Nam - Indonesia theo thể thức lượt đi và lượt về.\nGiải"
        " khởi tranh tháng 12.",
    ],
    ids=["routes", "fixtures"],
)
def test_pairs_sharing_an_end_are_no_stutter(tmp_path: Path, text: str) -> None:
    """Written outside the set: other routes and places, a spaced hyphen."""
    assert [r for r, _ in _findings(tmp_path, text) if r == "F112"] == []


def test_a_name_stuttered_after_a_comma_still_fires(tmp_path: Path) -> None:
    text = "Về tình hình ở Biển Hoa Nam, Biển Hoa Nam hai bên bày tỏ lo ngại.\nHai bên nhất trí tiếp tục trao đổi."
    assert ("F112", "Biển Hoa Nam, Biển Hoa Nam") in _findings(tmp_path, text)


# --- chrome of the text pages: a listen bar, a masthead with ISSN, a '–' menu, a date with lunar date and views, a ---
# --- reaction row, a Buddhist greeting and letterhead, a listings site's name, button, calculator and box heading ---


@pytest.mark.parametrize(
    "line",
    [
        "🎧 Nghe bài viết · 3:15 · Giọng nam miền Bắc",
        "Nghe đọc bài (4:02)",
        "TẠP CHÍ KINH TẾ XÂY DỰNG | Số 7/2026 | ISSN 1859-4689",
        "Trang chủ – Tin tức – Lễ hội – Văn hóa – Liên hệ",
        "Chủ nhật, 06/12/2026 (nhằm ngày 27/10 năm Bính Ngọ) · 532 lượt xem",
        "Thích (37) · Bình luận · Chia sẻ",
        "Nam mô A Di Đà Phật",
        "BAN TRỊ SỰ GIÁO HỘI PHẬT GIÁO VIỆT NAM TP ĐÀ NẴNG",
        "TÒA GIÁM MỤC PHAN THIẾT",
        "Batdongsanmoi.vn – Mua bán nhà đất chính chủ",
        "Đăng tin rao",
        "Tính lãi suất trả góp",
        "Dự án mới nhất",
        "Giờ lễ giáo xứ:",
        "Nguồn Reuters",
    ],
)
def test_text_page_chrome_lines(line: str) -> None:
    """Written outside the set: other outlets, dates, counts, projects and bodies."""
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Nghe bài viết này, bạn đọc sẽ hiểu vì sao chùa được công nhận di tích quốc gia.",
        "Trang chủ của Bộ Xây dựng được cập nhật hằng ngày.",
        "Nam mô A Di Đà Phật, bà cụ lẩm nhẩm khi thắp hương.",
        "Giáo hội Phật giáo Việt Nam tổ chức đại lễ Phật đản tại Ninh Bình.",
        "Dự án mới nhất của công ty sẽ khởi công vào tháng 3/2027.",
        "Giờ lễ Chúa nhật được dời sang 7 giờ sáng trong mùa Vọng.",
        "Nguồn thu từ phí tham quan tăng 12%",
        "Nguồn nước sinh hoạt",
        "Tạp chí xuất bản số 11/2026 với mã ISSN mới.",
    ],
)
def test_sentences_and_headings_of_the_same_words_stay(line: str) -> None:
    assert classify_line(line)[0] is None


# --- HTML: a Bootstrap card's header is a box's heading, not the page's header (10) --------------------------------

CARD_BOX = """<html><head><title>Giáo xứ Phú Nhai mừng lễ bổn mạng</title></head><body>
<div class="container"><div class="row"><div class="col-8">
<h1>Giáo xứ Phú Nhai mừng lễ bổn mạng</h1>
<div>Sáng 3/12, giáo xứ Phú Nhai long trọng mừng lễ bổn mạng với sự tham dự của hơn 5.000 giáo dân.</div>
<div>Sau thánh lễ, các hội đoàn tổ chức rước kiệu quanh khuôn viên nhà thờ.</div>
</div><div class="col-4"><div class="card"><div class="card-header">Giờ lễ giáo xứ Phú Nhai</div>
<div class="card-body">Ngày thường: 4g30 – 18g00<br>Chúa nhật: 5g00 – 7g00 – 17g00</div></div></div></div></div>
</body></html>
"""

CARD_FACTS = """<html><head><title>Khánh thành cầu mới qua sông Đáy</title></head><body>
<div class="container">
<h1>Khánh thành cầu mới qua sông Đáy</h1>
<div>Sáng 3/12, tỉnh Ninh Bình khánh thành cầu mới qua sông Đáy sau 26 tháng thi công.</div>
<div class="card"><div class="card-header">Cầu dài 1,2 km, rộng 24 m, gồm bốn làn xe cơ giới.</div>
<div class="card-body">Tổng vốn đầu tư khoảng 1.500 tỷ đồng từ ngân sách trung ương và địa phương.</div></div>
</div>
</body></html>
"""


def _page(tmp_path: Path, markup: str) -> list[tuple[str, bool]]:
    page = tmp_path / "page.html"
    page.write_text(markup, encoding="utf-8")
    return [(s.text, s.boilerplate) for s in page_segments(page)]


def test_a_side_card_of_mass_times_is_chrome(tmp_path: Path) -> None:
    """Written outside the set: another parish, other times."""
    segments = _page(tmp_path, CARD_BOX)
    box = segments[segments.index(("Giờ lễ giáo xứ Phú Nhai", True)) :]
    assert [text for text, chrome in box if not chrome] == []
    assert [chrome for _, chrome in segments[:3]] == [False] * 3


def test_a_card_of_the_articles_facts_stays(tmp_path: Path) -> None:
    segments = _page(tmp_path, CARD_FACTS)
    assert ("Cầu dài 1,2 km, rộng 24 m, gồm bốn làn xe cơ giới.", False) in segments
