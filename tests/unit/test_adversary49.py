"""The forty-ninth adversary held-out set (tests/data/adversary49): a blind measurement in round 17. Three saved
business and transport pages machine-translated through Chinese, each a template new to the sets (a business daily
with semantic tags, a finance portal of plain <div>s and <p>s, an old table-layout portal whose article is
<br>-separated text), with every text block annotated chrome or article, were written, annotated and committed
(c163912) before the tool ran on them; a human city-magazine page must stay quiet. The blind figures are the floor;
README says what was missed and why. The fixes of this round are tested below on names, countries, portfolios and
markup that are not in the set."""

from __future__ import annotations

import io
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from test_adversary5_html import chrome_misclassified

from audit.corpus.html import read_html

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary49"
CLEAN = sorted((ADVERSARY / "clean").glob("*.html"))
MT = sorted((ADVERSARY / "mt").glob("*.html"))

# Blind (data at c163912, main at 9b9c092): 44 of 55 found, 38 with the accepted fix; these 11 were missed.
BLIND_MISSES = {
    "02_qnb_co_phan_ocb.html: C107 'Đông Phương'",
    "02_qnb_co_phan_ocb.html: N108 'Abudula Mubalake'",
    "02_qnb_co_phan_ocb.html: C103 'Tạp phương'",
    "02_qnb_co_phan_ocb.html: C101 'Trung Quốc'",
    "02_qnb_co_phan_ocb.html: C102 'Việt-Tạp'",
    "02_qnb_co_phan_ocb.html: T101 'Lại Thế Khương'",
    "02_qnb_co_phan_ocb.html: T201 'Tạp Tháp Nhĩ'",
    "03_duong_sat_ao.html: C107 'Thiết lộ Liên bang Áo'",
    "03_duong_sat_ao.html: C106 'Aodili'",
    "03_duong_sat_ao.html: C101 'Trung Quốc'",
    "03_duong_sat_ao.html: T201 'Áo Địa Lợi'",
}
# Blind, two findings outside the planted pairs: the Hán-Việt country names annotated T201 came as C104.
BLIND_EXTRAS = {
    ("02_qnb_co_phan_ocb.html", "C104", "Tạp Tháp Nhĩ"),
    ("03_duong_sat_ao.html", "C104", "Áo Địa Lợi"),
}
# Blind, 116 of the 126 listed blocks as annotated: the three photo captions (annotated article) are chrome by the
# reader's design; two footer lines in a 'foot' div, the old portal's closing byline, its right-column box and poll
# question were read as article text.
BLIND_CHROME_MISSES = {
    "01_buyt_duong_thuy.html: 'Hành khách chờ tàu ở bến Bạch Đằng vào giờ cao điểm sáng.' should be content",
    "01_buyt_duong_thuy.html: 'Liên hệ tòa soạn: 028 3930 1122 - songdothi@example.vn' should be boilerplate",
    "01_duong_bay_copenhagen.html: 'Máy bay thân rộng của Vietnam Airlines tại Sân bay quốc tế' should be content",
    "02_qnb_co_phan_ocb.html: 'Đại diện hai ngân hàng trao biên bản ghi nhớ tại Hà Nội.' should be content",
    "02_qnb_co_phan_ocb.html: 'Trụ sở: 58 Nguyễn Thị Minh Khai, Quận 3, TP Hồ Chí Minh' should be boilerplate",
    "03_duong_sat_ao.html: 'Hoàng Minh' should be boilerplate",
    "03_duong_sat_ao.html: 'Thông tin cần biết' should be boilerplate",
    "03_duong_sat_ao.html: 'Lịch tàu Hà Nội - Hải Phòng' should be boilerplate",
    "03_duong_sat_ao.html: 'Giá vé xe buýt liên tỉnh' should be boilerplate",
    "03_duong_sat_ao.html: 'Bạn thường đi Hà Nội bằng phương tiện gì?' should be boilerplate",
}
# After this round's fixes only the captions remain, chrome by design (README).
AFTER_CHROME_MISSES = {w for w in BLIND_CHROME_MISSES if w.endswith("should be content")}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 3
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the city magazine's page."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 44 of 55 found, 38 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 55
    assert found >= 44 and fixed >= 38
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_mt_recall_after_round_17() -> None:
    """After this round's fixes: 46 of 55 found, 41 with the accepted fix ('Aodili' after a minister's portfolio,
    'một trong những nhà cung cấp … quan trọng của Trung Quốc', Mette Frederiksen's Chinese name)."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= 46 and fixed >= 41
    assert not {"03_duong_sat_ao.html: C106 'Aodili'", "02_qnb_co_phan_ocb.html: C101 'Trung Quốc'"} & set(missed)


def test_no_finding_outside_planted_spans_but_the_blind_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_page_chrome_as_annotated() -> None:
    """Blind: 116 of the 126 listed blocks as annotated; after the fixes 123 (the three captions left)."""
    wrong = {w for p in MT + CLEAN for w in chrome_misclassified(p)}
    assert wrong <= AFTER_CHROME_MISSES, sorted(wrong - AFTER_CHROME_MISSES)


# --- the fixes, on other names, countries, portfolios and markup (none of them in the set) ---


def _found(tmp_path: Path, text: str, rule: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [(f.text, f.suggestion) for _, f in findings_of(path) if f.rule == rule]


def test_country_pinyin_after_a_ministers_portfolio(tmp_path: Path) -> None:
    """C106: a country's pinyin between a minister's title with a portfolio no table lists and the minister's name
    is the country (Brazil 巴西, Italy 意大利; the set had Austria after 'Đổi mới, Giao thông và Hạ tầng'); a verb
    after the portfolio ends it, so a brand after 'gặp' stays the brand's."""
    fired = _found(
        tmp_path,
        "Thứ trưởng Ngoại giao Baxi Maria Laura da Rocha và Bộ trưởng Lao động, Thương binh và Xã hội Yidali "
        "Marina Calderone tới Hà Nội.",
        "C106",
    )
    assert fired == [("Baxi", "Brazil"), ("Yidali", "Italia")]
    quiet = "Bộ trưởng Giao thông gặp Riben Motors; Bộ trưởng Giao thông đã gặp đại diện Deguo Bank."
    assert _found(tmp_path, quiet, "C106") == []


def test_partner_among_the_important_suppliers_of_china_is_viet_nams(tmp_path: Path) -> None:
    """C101: 'một trong những <role> … quan trọng của Trung Quốc' ranks the partner without 'nhất' or 'thứ N' (a
    Việt Nam–Na Uy story; the set had Qatar); a bare 'đối tác quan trọng của Trung Quốc' stays quiet, as does the
    frame where the story names a Chinese city."""
    head = "Việt Nam và Na Uy ký thỏa thuận\nHai nước Việt Nam và Na Uy nhất trí tăng cường hợp tác.\n"
    fired = _found(tmp_path, head + "Na Uy là một trong các nhà cung cấp cá hồi quan trọng của Trung Quốc.", "C101")
    assert fired == [("Trung Quốc", "Việt Nam")]
    assert _found(tmp_path, head + "Na Uy là đối tác thương mại quan trọng của Trung Quốc.", "C101") == []
    quiet = head + "Na Uy là một trong các nhà cung cấp cá hồi quan trọng của Trung Quốc; cá về cảng Thượng Hải."
    assert _found(tmp_path, quiet, "C101") == []


def test_frederiksen_pinyin_has_her_name(tmp_path: Path) -> None:
    """N108: the pinyin of 梅特·弗雷泽里克森 after Denmark's prime minister's title gets Mette Frederiksen (her name_zh;
    the set had her surname alone)."""
    fired = _found(tmp_path, "Thủ tướng Đan Mạch Meite Fuleizelikesen phát biểu tại Aarhus.", "N108")
    assert fired == [("Meite Fuleizelikesen", "Mette Frederiksen")]


class _Kinds:
    """Whether the segment holding a text is boilerplate, on a page read by the HTML reader."""

    def __init__(self, html: str) -> None:
        (doc,) = read_html(io.BytesIO(html.encode("utf-8")), "t.html", "t.html", 10_000)
        self.segments = doc.segments

    def __getitem__(self, text: str) -> bool:
        (boilerplate,) = {s.boilerplate for s in self.segments if text in s.text}
        return boilerplate


def _kinds(html: str) -> _Kinds:
    return _Kinds(html)


def test_foot_div_poll_and_closing_name_are_chrome() -> None:
    """HTML: a 'foot' class is the footer, a block with radio buttons or check boxes is a poll, and a name between
    the article's last sentence and the page's chrome is its writer (other markup and names than the set's)."""
    kinds = _kinds(
        "<html><body><h1>Cầu mới nối hai bờ sông Hàn được thông xe</h1>"
        "<div class='story'><p>Cây cầu dài 620 m được thông xe sáng nay sau hai năm thi công.</p>"
        "<p>Người dân hai quận không còn phải đi vòng gần 5 km như trước.</p>"
        "<p><strong>Phan Thu Trang</strong></p></div>"
        "<div class='share-tools-x'><a href='#'>In bài</a></div>"
        "<div class='survey'>Bạn có hài lòng với cây cầu mới? <input type='checkbox'> Có <input type='checkbox'> Không"
        "</div><div class='page-foot'><p>Văn phòng đại diện: 12 Bạch Đằng, Hải Châu, Đà Nẵng</p></div></body></html>"
    )
    assert kinds["Cây cầu dài 620 m được thông xe sáng nay sau hai năm thi công."] is False
    assert kinds["Phan Thu Trang"] is True
    assert kinds["Bạn có hài lòng với cây cầu mới?"] is True
    assert kinds["Văn phòng đại diện: 12 Bạch Đằng, Hải Châu, Đà Nẵng"] is True


def test_name_shaped_subheading_before_paragraphs_stays_article() -> None:
    """A short capitalised line followed by more of the article (a subheading) is no closing byline."""
    kinds = _kinds(
        "<html><body><h1>Cầu mới nối hai bờ sông Hàn được thông xe</h1>"
        "<div class='story'><p>Cây cầu dài 620 m được thông xe sáng nay sau hai năm thi công.</p>"
        "<p><b>Bờ Đông Sơn Trà</b></p><p>Khu dân cư phía đông sông đón thêm nhiều khách du lịch.</p></div>"
        "<div class='share-tools-x'><a href='#'>In bài</a></div></body></html>"
    )
    assert kinds["Bờ Đông Sơn Trà"] is False


def test_side_cells_of_a_table_layout_are_chrome() -> None:
    """HTML in a table layout: short blocks in the cells beside the one holding the article's sentences (a left menu,
    a right box) are chrome; a table of figures inside the article's cell stays article (other markup and texts
    than the set's)."""
    kinds = _kinds(
        "<html><body><table><tr><td class='l'><div>Giới thiệu chung</div><div>Lịch công tác tuần</div></td>"
        "<td class='c'><div class='t'>Huyện đảo Cô Tô đón 30.000 lượt khách trong tháng 10</div>"
        "<div class='nd'>Lượng khách tăng gần gấp đôi so với cùng kỳ năm ngoái.<br><br>"
        "Các tàu cao tốc chạy thêm chuyến vào ngày cuối tuần.<br><br>"
        "<table><tr><td>Tháng 9</td><td>16.200</td></tr><tr><td>Tháng 10</td><td>30.100</td></tr></table></div></td>"
        "<td class='r'><div>Số điện thoại đường dây nóng</div><div>Dự báo thời tiết vùng biển</div></td></tr></table>"
        "</body></html>"
    )
    assert kinds["Huyện đảo Cô Tô đón 30.000 lượt khách trong tháng 10"] is False
    assert kinds["Lượng khách tăng gần gấp đôi so với cùng kỳ năm ngoái."] is False
    assert kinds["Tháng 10"] is False
    assert kinds["Giới thiệu chung"] is True
    assert kinds["Số điện thoại đường dây nóng"] is True
    assert kinds["Dự báo thời tiết vùng biển"] is True


def test_an_article_over_several_cells_keeps_its_short_lines() -> None:
    """When the article's sentences share no cell (one paragraph per table row), no cell is the article's: a short
    line in another cell stays as the line classifier reads it."""
    kinds = _kinds(
        "<html><body><h1>Huyện đảo Cô Tô đón 30.000 lượt khách trong tháng 10</h1><table>"
        "<tr><td>Lượng khách tăng gần gấp đôi so với cùng kỳ năm ngoái.</td></tr>"
        "<tr><td>Các tàu cao tốc chạy thêm chuyến vào ngày cuối tuần.</td></tr>"
        "<tr><td>Bãi tắm Vàn Chảy</td></tr><tr><td>Khu nghỉ mới mở cửa đón khách từ đầu tháng.</td></tr>"
        "</table></body></html>"
    )
    assert kinds["Bãi tắm Vàn Chảy"] is False


def test_mt_recall_after_round_18() -> None:
    """Round 18 (misses18): Qatar's 卡 read 'Tạp' as well as 'Ca' (Thiều Chửu gives both; hanviet.tsv hears 'tạp'),
    so 'Tạp phương' (C103) and 'Việt-Tạp' (C102, the fix with an en dash the annotation does not accept) are found:
    48 of 55, 42 with the accepted fix."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= 48 and fixed >= 42
    assert not {"02_qnb_co_phan_ocb.html: C103 'Tạp phương'", "02_qnb_co_phan_ocb.html: C102 'Việt-Tạp'"} & set(missed)
