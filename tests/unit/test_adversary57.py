"""The fifty-seventh adversary held-out set (tests/data/adversary57): a blind measurement in round 18. Three saved
entertainment and culture pages machine-translated through Chinese, each a template new to the sets (an
entertainment site with semantic tags, a fan portal of bare <div>s with no <p>, a Blogger film blog whose post is
<br>-separated text), with every text block annotated chrome or article, were written, annotated and committed
(5735316) before the tool ran on them; a human culture-site page must stay quiet. The blind figures are the floor;
README says what was missed and why. The fixes of this round are tested below on names, cities, awards, dates and
markup that are not in the set."""

from __future__ import annotations

import io
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from test_adversary5_html import chrome_misclassified

from audit.corpus.html import read_html

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary57"
CLEAN = sorted((ADVERSARY / "clean").glob("*.html"))
MT = sorted((ADVERSARY / "mt").glob("*.html"))

# Blind (data at 5735316, branch point 0e2ef69): 36 of 55 found, 26 with the accepted fix; these 19 were missed.
BLIND_MISSES = {
    "01_tuan_phim_trung_quoc.html: C107 'Bộ Văn hóa và Lữ du'",
    "01_tuan_phim_trung_quoc.html: T304 'kỷ niệm 70 năm'",
    "01_tuan_phim_trung_quoc.html: C101 'Trung Quốc'",
    "01_tuan_phim_trung_quoc.html: N101 'Zhen Cheng'",
    "01_tuan_phim_trung_quoc.html: N106 'Trấn Thành tiên sinh'",
    "02_tuan_van_hoa_han_quoc.html: C106 'Hu Zhiming'",
    "02_tuan_van_hoa_han_quoc.html: T302 '31/11'",
    "02_tuan_van_hoa_han_quoc.html: C101 'Trung Quốc'",
    "02_tuan_van_hoa_han_quoc.html: C102 'Hàn-Việt'",
    "02_tuan_van_hoa_han_quoc.html: C107 'Giải Thanh Long'",
    "02_tuan_van_hoa_han_quoc.html: C104 'Hàn Thành'",
    "03_phim_viet_o_tokyo.html: C106 'Dongjing'",
    "03_phim_viet_o_tokyo.html: C101 'Trung Quốc'",
    "03_phim_viet_o_tokyo.html: T101 'Ninh Dương Lan Ngục'",
    "03_phim_viet_o_tokyo.html: N108 'Mate Damen'",
    "03_phim_viet_o_tokyo.html: N108 'Cung Kỳ Tuấn'",
    "03_phim_viet_o_tokyo.html: C107 'Kim Liên Hoa'",
    "03_phim_viet_o_tokyo.html: F107 'có'",
}
# Blind, three findings outside the planted pairs: T304 over the whole anniversary phrase (the annotation's span is
# shorter), 'Song Huiqiao' beside 'Tống Tuệ Kiều' as one person written two ways, and 'thành phố Hu Zhiming' read
# as the person's name (N101 'Hồ Chí Minh': the right fix, under another code).
BLIND_EXTRAS = {
    ("01_tuan_phim_trung_quoc.html", "T304", "kỷ niệm 70 năm thiết lập quan hệ ngoại giao (1950-2025)"),
    ("02_tuan_van_hoa_han_quoc.html", "T101", "Song Huiqiao"),
    ("02_tuan_van_hoa_han_quoc.html", "N101", "Hu Zhiming"),
}
# After this round: 'Lữ du' (T308), 'Thanh Long' (C107) and 'trong đó có' (F107) are found with spans or codes other
# than the annotation's.
AFTER_EXTRAS = BLIND_EXTRAS | {
    ("01_tuan_phim_trung_quoc.html", "T308", "Lữ du"),
    ("02_tuan_van_hoa_han_quoc.html", "C107", "Thanh Long"),
    ("03_phim_viet_o_tokyo.html", "F107", "trong đó có"),
}
# Blind, 130 of the 141 listed blocks as annotated: the two photo captions (annotated article) are chrome by the
# reader's design; readers' comments in 'cmt-…' divs, the fan portal's right column (a chart in 'box-…' divs) and
# the human page's colophon (a 'colophon' div, which also holds the masthead's name) were read as article text.
BLIND_CHROME_MISSES = {
    "01_tuan_phim_trung_quoc.html: 'Triệu Lệ Dĩnh và Trương Nghệ Mưu trên thảm đỏ' should be content",
    "02_tuan_van_hoa_han_quoc.html: 'K-drama' should be boilerplate",
    "02_tuan_van_hoa_han_quoc.html: 'Mong chị Kiều ra Hà Nội nữa!' should be boilerplate",
    "02_tuan_van_hoa_han_quoc.html: 'minhkhoa.2003' should be boilerplate",
    "02_tuan_van_hoa_han_quoc.html: 'Vé phát ở đâu vậy mọi người?' should be boilerplate",
    "02_tuan_van_hoa_han_quoc.html: 'Top K-drama tuần này' should be boilerplate",
    "02_tuan_van_hoa_han_quoc.html: '1. Bí mật dưới ánh trăng' should be boilerplate",
    "02_tuan_van_hoa_han_quoc.html: '2. Mùa hoa năm ấy' should be boilerplate",
    "01_phong_ve_cuoi_tuan.html: 'Nhịp Sống Văn Hóa' should be boilerplate",
    "01_phong_ve_cuoi_tuan.html: 'Chuyên trang của Báo Đời Sống Thủ Đô.' should be boilerplate",
    "01_phong_ve_cuoi_tuan.html: 'Khán giả xếp hàng mua vé xem' should be content",
}
# After this round ('cmt', 'colophon' class words) the captions and the right column remain.
AFTER_CHROME_MISSES = {
    w
    for w in BLIND_CHROME_MISSES
    if w.endswith("should be content") or "K-drama" in w or "Bí mật" in w or "Mùa hoa" in w
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the culture site's page (Hán-Việt Chinese stars, romanised Korean ones,
    English film titles)."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 36 of 55 found, 26 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 55
    assert found >= 36 and fixed >= 26
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_mt_recall_after_round_18() -> None:
    """After this round's fixes: 39 of 55 found, 33 with the accepted fix ('Dongjing' after 'Liên hoan phim quốc
    tế', '31/11' after 'kéo dài đến', 'Kim Liên Hoa' after 'giải', Taylor Swift's and Kore-eda's Chinese names,
    Park Seo-joon's)."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= 39 and fixed >= 33
    assert not {
        "03_phim_viet_o_tokyo.html: C106 'Dongjing'",
        "02_tuan_van_hoa_han_quoc.html: T302 '31/11'",
        "03_phim_viet_o_tokyo.html: C107 'Kim Liên Hoa'",
    } & set(missed)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS


def test_page_chrome_as_annotated() -> None:
    """Blind: 130 of the 141 listed blocks as annotated; after the fixes 135 (two captions and the right column's
    chart left)."""
    wrong = {w for p in MT + CLEAN for w in chrome_misclassified(p)}
    assert wrong <= AFTER_CHROME_MISSES, sorted(wrong - AFTER_CHROME_MISSES)


# --- the fixes, on other names, cities, awards, dates and markup (none of them in the set) ---


def _found(tmp_path: Path, text: str, rule: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [(f.text, f.suggestion) for _, f in findings_of(path) if f.rule == rule]


def test_festival_city_in_pinyin(tmp_path: Path) -> None:
    """C106: a foreign city's pinyin right after 'Liên hoan phim (quốc tế)' is the festival's city (Berlin 柏林,
    Venice 威尼斯; the set had Tokyo 东京); the Latin names stay quiet."""
    fired = _found(
        tmp_path,
        "Phim được chọn vào Liên hoan phim quốc tế Bolin lần thứ 76. Cô từng nhận giải tại Liên hoan phim Weinisi.",
        "C106",
    )
    assert fired == [("Bolin", "Berlin"), ("Weinisi", "Venice")]
    quiet = "Phim mở màn Liên hoan phim quốc tế Busan, sau đó tới Liên hoan phim Berlin và Liên hoan phim Hà Nội."
    assert _found(tmp_path, quiet, "C106") == []


def test_impossible_date_at_the_end_of_a_span(tmp_path: Path) -> None:
    """T302: a day-month after 'kéo dài đến', 'đến hết' or a range 'từ 29 đến' is a date (the set had 'kéo dài
    đến 31/11'); a fraction after 'tăng đến' and a score stay quiet."""
    text = (
        "Triển lãm kéo dài tới 31/9 tại Huế. Giải đấu diễn ra từ 29 đến 30/2. Chợ phiên mở cửa đến hết 32/12. "
        "Tỷ lệ hộ dùng điện mặt trời tăng đến 3/4 số hộ. Đội khách thắng 3/1."
    )
    assert [t for t, _ in _found(tmp_path, text, "T302")] == ["31/9", "30/2", "32/12"]


def test_list_cut_after_trong_do_co(tmp_path: Path) -> None:
    """F107: 'trong đó có' (among them) wants its list; cut, the sentence ends on it (the set had 'mười quốc gia
    châu Á, trong đó có.'); with its list it is fine."""
    cut = "Đoàn có 40 doanh nghiệp dệt may, trong đó có."
    assert [t for t, _ in _found(tmp_path, cut, "F107")] == ["trong đó có"]
    whole = "Hội chợ thu hút 12 nước, trong đó có Lào và Campuchia."
    assert _found(tmp_path, whole, "F107") == []


def test_foreign_artists_in_pinyin(tmp_path: Path) -> None:
    """N108: film makers and musicians of references/foreign_artists.tsv (Leonardo DiCaprio 莱昂纳多·迪卡普里奥,
    Steven Spielberg 史蒂文·斯皮尔伯格; the set had Taylor Swift and Kore-eda Hirokazu) get their names."""
    text = "Tài tử Laiangnaduo Dikapuliao tham gia phim mới của đạo diễn Shidiwen Sipierboge, dự kiến ra rạp năm 2027."
    assert _found(tmp_path, text, "N108") == [
        ("Laiangnaduo Dikapuliao", "Leonardo DiCaprio"),
        ("Shidiwen Sipierboge", "Steven Spielberg"),
    ]


def test_korean_star_via_chinese(tmp_path: Path) -> None:
    """N109: Park Bo-young 朴宝英 (korean_people.tsv) in Hán-Việt and in pinyin (the set had Park Seo-joon)."""
    text = (
        "Nữ diễn viên Hàn Quốc Phác Bảo Anh sẽ tới Hà Nội giao lưu với khán giả. "
        "Bộ phim mới của Piao Baoying dẫn đầu tỷ suất người xem tại Hàn Quốc."
    )
    assert _found(tmp_path, text, "N109") == [("Phác Bảo Anh", "Park Bo-young"), ("Piao Baoying", "Park Bo-young")]


def test_awards_by_their_chinese_names(tmp_path: Path) -> None:
    """C107: the Golden Lotus as 金荷花 'Kim Hà Hoa' and the Grammy as 格莱美 'Cách Lai Mỹ' (the set had 'Kim Liên
    Hoa' and 'Thanh Long'); 'Thanh Long' and 'Kim Liên' as names and fruit stay quiet."""
    fired = _found(
        tmp_path,
        "Phim đoạt giải Kim Hà Hoa tại Liên hoan phim Việt Nam. Nữ ca sĩ từng giành ba giải Cách Lai Mỹ.",
        "C107",
    )
    assert fired == [("Kim Hà Hoa", "Bông Sen Vàng"), ("Cách Lai Mỹ", "Grammy")]
    quiet = "Ông Nguyễn Thanh Long trồng thanh long ở Bình Thuận; làng Kim Liên đón khách về quê Bác."
    assert _found(tmp_path, quiet, "C107") == []


def test_lu_du_for_tourism(tmp_path: Path) -> None:
    """T308: 'lữ du' (旅游) where Vietnamese writes 'du lịch' (the set had 'Bộ Văn hóa và Lữ du')."""
    fired = _found(tmp_path, "Doanh thu ngành lữ du của tỉnh tăng 20% so với năm trước.", "T308")
    assert fired == [("lữ du", "du lịch")]


def test_comment_and_colophon_classes_are_chrome() -> None:
    """HTML reader: readers' comments in 'cmt' divs and a 'colophon' div are chrome, the story stays article (the
    set had 'cmt-i' / 'cmt-t' and 'colophon'; here 'cmt_item' and 'page-colophon')."""
    page = (
        "<html><body><div class='story'><h1>Nhà hát Lớn mở cửa đón khách tham quan</h1>"
        "<div>Từ tháng tới, Nhà hát Lớn Hà Nội mở cửa đón khách tham quan vào sáng thứ Bảy hằng tuần, giá vé "
        "100.000 đồng, kèm một tiết mục hòa nhạc ngắn trong khán phòng chính.</div></div>"
        "<div class='cmt_item'>Tuyệt vời, cuối tuần này tôi sẽ đưa con đi xem.</div>"
        "<div class='page-colophon'>Tạp chí Sân Khấu Mới - Tòa soạn: 12 Tràng Tiền, Hà Nội.</div></body></html>"
    )
    segments = [s for d in read_html(io.BytesIO(page.encode("utf-8")), "t.html", "t.html", 10_000) for s in d.segments]
    chrome = {s.text for s in segments if s.boilerplate}
    assert "Tuyệt vời, cuối tuần này tôi sẽ đưa con đi xem." in chrome
    assert "Tạp chí Sân Khấu Mới - Tòa soạn: 12 Tràng Tiền, Hà Nội." in chrome
    assert not any(s.boilerplate for s in segments if s.text.startswith("Từ tháng tới"))
