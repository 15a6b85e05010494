"""The seventy-eighth adversary held-out set (tests/data/adversary78): MT on weather, religion, aviation and education:
two saved HTML pages through Chinese on the layouts of Vietnamese outlets (typhoon Koto with Philippine, Chinese and
Japanese weather agencies, on a government news portal's layout; an ASEAN and Indian Buddhist culture week at Bái Đính
and the Hương Pagoda festival, on a youth daily's layout), an XLIFF 1.2 file of 30 units with their Chinese source
(Long Thành airport's first phase) and a plain-text page through English brought without its source (a Việt Nam–
Australia student exchange, on a study-abroad forum's page), 76 planted errors; a human HTML page (a Japanese
components maker hiring in Hải Phòng, on a business site's layout) must stay quiet, every page line or block annotated
chrome or article. Written and annotated before the tool ran on it (b1fefc9b; three accepted fixes widened after the
run at 3ff3d8cc, no text changed); the blind figures are the floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import page_flags, score_lines

from audit.api import audit_pairs, audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary78"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".html")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".html", ".xlf", ".txt"))
PAGES = [p for p in MT if p.suffix in (".html", ".txt")]

_TYPHOON = "01_bao_koto_bien_dong.html"
_BUDDHIST = "02_tuan_le_phat_giao_ninh_binh.html"
_AIRPORT = "03_san_bay_long_thanh.xlf"
_EXCHANGE = "04_trao_doi_sinh_vien_australia.txt"
_HUMAN = "01_nha_may_nhat_hai_phong_tuyen_lao_dong.html"

# Blind (data at b1fefc9b; main at 9a2673e4, this branch's base): 55 of 76 found, 49 with the accepted fix (52 with the
# three accepted fixes widened at 3ff3d8cc); these 21 were missed:
BLIND_MISSES = {
    f"{_TYPHOON}: T308 'đăng lục'",
    f"{_TYPHOON}: C107 'Trung ương Khí tượng Đài'",
    f"{_TYPHOON}: T308 'dự cảnh'",
    f"{_TYPHOON}: T308 'bạo vũ'",
    f"{_TYPHOON}: C101 'Trung Quốc'",
    f"{_TYPHOON}: C107 'Khí tượng sảnh'",
    f"{_BUDDHIST}: C107 'Việt Nam Phật giáo Giáo hội'",
    f"{_BUDDHIST}: T308 'khai mạc thức'",
    f"{_BUDDHIST}: T308 'tín chúng'",
    f"{_BUDDHIST}: C104 'Bồ Đề Già Da'",
    f"{_BUDDHIST}: T307 '40 vạn'",
    f"{_BUDDHIST}: C101 'Trung Quốc'",
    f"{_BUDDHIST}: T308 'hương khách'",
    f"{_AIRPORT}: T308 'hàng trạm lâu'",
    f"{_AIRPORT}: T308 'hàng ban'",
    f"{_AIRPORT}: C107 'Việt Nam Hàng không'",
    f"{_AIRPORT}: C107 'Thái Lôi Tư'",
    f"{_AIRPORT}: A105 'Chủ tịch UBND tỉnh Đồng Nai cho biết tỉnh đã hoàn thành toàn bộ công tác giải phóng mặt bằng.'",
    f"{_EXCHANGE}: F114 '12.5'",
    f"{_EXCHANGE}: T308 'chạy ngay khi chạm đất'",
    f"{_EXCHANGE}: A111 'sẽ thu phí'",
}
# Outside the planted pairs, blind: N103 on 'Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy' (true: the author
# wrote the minister as he knew him, the tool knows Trần Đức Thắng holds the post), A101 on '777' of 'Ba Âm 777' in the
# unit whose runway width is planted (a false alarm), N102 on 'Thái Lôi Tư' (Thales, planted as C107: no fix) and A102
# on the short translation planted as A105 (the clause it dropped held the source's 5,000 households: a fair reading).
BLIND_EXTRAS = {
    (_TYPHOON, "N103", "Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy"),
    (_AIRPORT, "A101", "777"),
    (_AIRPORT, "N102", "Thái Lôi Tư"),
    (_AIRPORT, "A102", "Chủ tịch UBND tỉnh Đồng Nai cho biết tỉnh đã hoàn thành toàn bộ công tác giải phóng mặt bằng."),
}
# Chrome read as article, blind: the youth daily's share/save/star tool row and its star-rating row.
BLIND_CHROME_AS_ARTICLE = {
    _BUDDHIST: ["Chia sẻ Lưu Tặng sao", "Đánh giá bài viết Tặng sao 12 sao"],
}
# Article read as chrome, blind: every paragraph of the human page's body but its title (the body sits in a column
# of class 'sidebar-1', as on the business site whose layout the page copies).
_HUMAN_LINES = json.loads((ADVERSARY / "clean" / _HUMAN).with_suffix(".json").read_text(encoding="utf-8"))["lines"]
BLIND_ARTICLE_AS_CHROME = {_HUMAN: [t for kind, t in _HUMAN_LINES if kind == "A"][1:]}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 3 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    xliff = (ADVERSARY / "mt" / _AIRPORT).read_text(encoding="utf-8")
    assert xliff.count("<trans-unit ") == 30 and 'source-language="zh-CN"' in xliff
    units = json.loads((ADVERSARY / "mt" / _AIRPORT).with_suffix(".json").read_text(encoding="utf-8"))["units"]
    assert len(units) == 30 and sum(u == "clean" for u in units.values()) == 14


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the hiring page (Japanese and Korean names, wages, FDI, dates) ..."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_human_article_read_as_text_gets_no_finding() -> None:
    """... nor on its article lines audited as plain text (blind, the page reader hid all but the title, so the
    quiet page above said little by itself; after misses26 it reads the body as the article)."""
    article = "\n".join(t for kind, t in _HUMAN_LINES if kind == "A")
    assert [(f.rule, f.text) for f in audit_text(article)] == []


def test_clean_units_of_the_xliff_get_no_finding() -> None:
    """Blind: no finding on an XLIFF unit the annotation calls clean (the CAAV, Changi, Incheon, VNeID, a negation
    kept, '1,2 triệu tấn', '150 triệu lượt khách')."""
    path = ADVERSARY / "mt" / _AIRPORT
    units = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["units"]
    found = [(d.segments[f.segment].record, f.rule, f.text) for d, f in findings_of(path)]
    assert [f for f in found if units[f[0]] == "clean"] == []


# After misses26 (fixes tested on other text below): 74 of 76 found, 72 with the accepted fix; still missed, a
# translation cut short against its source (A105: A102 reads the dropped clause's number) and a negation dropped
# against an earlier sentence with no source (A111); no fix for 'Piao Zhixun' (an invented Korean, no source) nor
# 'scholarship' (no English–Vietnamese word list).
AFTER_MISSES = {
    f"{_AIRPORT}: A105 'Chủ tịch UBND tỉnh Đồng Nai cho biết tỉnh đã hoàn thành toàn bộ công tác giải phóng mặt bằng.'",
    f"{_EXCHANGE}: A111 'sẽ thu phí'",
}
# the A101 false alarm on 'Ba Âm 777' and N102 on 'Thái Lôi Tư' (C107 reads it as Thales) are gone
AFTER_EXTRAS = {e for e in BLIND_EXTRAS if e[1] in ("N103", "A102")}


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 55 of 76 found, 49 with the accepted fix (52 with the three widened); after misses26: 74, 72."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 76
    assert found >= 74 and fixed >= 72
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: two chrome lines read as article; on the human page nine article lines read as chrome. After misses26
    (the tool row and rating rows; a column named a sidebar that holds the article): none; no line unplaced, no
    article line lost."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_missing == [] and score.unplaced == []
        assert score.chrome_as_article == [] and score.article_as_chrome == [], path.name
    assert sum(map(len, BLIND_CHROME_AS_ARTICLE.values())) == 2
    assert len(BLIND_ARTICLE_AS_CHROME[_HUMAN]) == 9


# --- after the fixes (misses26): tested on markup, names, words and sentences outside the set, both ways -------------

_PARAS = (
    "Sở Giáo dục tỉnh Quảng Trị cho biết năm học này có thêm 14 trường đạt chuẩn quốc gia ở các xã miền núi.",
    "Theo ông Lê Văn Bình, Giám đốc Sở, kinh phí xây thêm phòng học lấy từ nguồn vốn đầu tư công của tỉnh.",
    "Nhiều phụ huynh ở xã Hướng Phùng nói con em họ không còn phải học ở những lớp ghép tạm bợ như trước.",
    "Tỉnh dự kiến hoàn thành thêm sáu trường nữa trước khi năm học mới bắt đầu vào tháng 9 năm sau.",
)


def _page(main: str, side: str) -> str:
    return (
        '<html><head><title>Trường chuẩn</title></head><body><nav class="menu"><a href="/">Trang chủ</a> '
        f'<a href="/gd">Giáo dục</a></nav><div class="row">{main}{side}</div>'
        '<footer class="site-footer">© 2026 Báo Miền Trung</footer></body></html>'
    )


def _column_body(opening: str, closing: str) -> str:
    return (
        f'{opening}<ul class="breadcrumbs"><li><a href="/gd">Giáo dục</a></li></ul>'
        "<h1>Quảng Trị có thêm 14 trường đạt chuẩn quốc gia ở miền núi</h1>"
        + "".join(f"<p>{p}</p>" for p in _PARAS)
        + '<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">In bài</a></div>'
        + closing
    )


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ('<div id="sidebar-main" class="col-md-8">', "</div>"),
        ('<section class="layout__sidebar-left">', "</section>"),
        ('<div class="sidebarContent"><main>', "</main></div>"),
    ],
)
def test_a_column_holding_the_article_is_no_sidebar(tmp_path: Path, opening: str, closing: str) -> None:
    """A column named a sidebar that holds the page's headline or its article element and its paragraphs (no
    article elsewhere) is read as the article; the chrome inside it (crumbs, share tools) and the real side column
    beside it stay chrome."""
    side = '<div class="sidebar-2"><h3>Đọc nhiều</h3><a href="/1">Giá xăng giảm lần thứ ba liên tiếp</a></div>'
    flags = page_flags(tmp_path, _page(_column_body(opening, closing), side))
    assert not any(flags[p] for p in _PARAS)
    assert flags["Chia sẻ In bài"] and flags["Đọc nhiều"] and flags["Giá xăng giảm lần thứ ba liên tiếp"]


def test_a_side_column_of_teasers_stays_chrome(tmp_path: Path) -> None:
    """A sidebar of teaser articles with full-sentence excerpts beside the page's own article, and a sidebar of
    prose that holds no headline and no article element, stay chrome."""
    teasers = "".join(
        f'<article class="card"><a href="/t{i}">Tin {i}</a><p>{p}</p></article>' for i, p in enumerate(_PARAS[:3])
    )
    main = '<div class="content"><h1>Huế mở lại tuyến buýt đường sông sau mùa lũ</h1>' + "".join(
        f"<p>{p}</p>" for p in _PARAS[3:]
    )
    flags = page_flags(tmp_path, _page(main + "</div>", f'<div class="sidebar">{teasers}</div>'))
    assert all(flags[p] for p in _PARAS[:3]) and not flags[_PARAS[3]]
    prose = "".join(f"<p>{p}</p>" for p in _PARAS)
    flags = page_flags(
        tmp_path, _page('<div class="content"><ul><li>Lịch thi</li></ul></div>', f'<div class="sidebar">{prose}</div>')
    )
    assert all(flags[p] for p in _PARAS)


def _findings(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def test_a_known_monks_name_in_pinyin_takes_his_own_spelling() -> None:
    """释善仁 in pinyin is the Sangha's chairman, Thích Thiện Nhơn (仁 'Nhơn' in his name), in any sentence; 阮善仁
    stays Nguyễn Thiện Nhân, the standard reading."""
    assert _findings("Sáng 5/3, Hòa thượng Shi Shanren tiếp đoàn đại biểu tỉnh Bình Định tại chùa.", "N101") == [
        ("Shi Shanren", "Thích Thiện Nhơn")
    ]
    assert _findings("Ông Ruan Shanren, nguyên Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, dự lễ.", "N101") == [
        ("Ruan Shanren", "Nguyễn Thiện Nhân")
    ]


def test_am_in_a_name_is_no_minus() -> None:
    """'Âm' capitalised after a capitalised word is part of a name ('Ba Âm' 波音 Boeing, 'Quan Âm'), and 'âm' ending
    a word ('Tâm') is none: no sign change against the source; 'âm 5' and 'Âm 5' opening a sentence still are."""
    assert (
        audit_pairs(
            [("两架波音747和一架空客A321停在停机坪上。", "Hai chiếc Ba Âm 747 và một chiếc Airbus A321 đỗ trên sân.")],
            select=["A101"],
        )
        == []
    )
    assert audit_pairs([("阮文心3号参赛。", "Nguyễn Văn Tâm 3 dự thi.")], select=["A101"]) == []
    found = audit_pairs([("夜间气温为5度。", "Nhiệt độ ban đêm âm 5 độ.")], select=["A101"])
    assert [(f.text, f.suggestion) for f in found] == [("5", None)]
    found = audit_pairs([("山顶气温3度。", "Trên đỉnh núi. Âm 3 độ.")], select=["A101"])
    assert [(f.text, f.suggestion) for f in found] == [("3", None)]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Cơn bão đăng lục vào tỉnh Quảng Trị lúc 4 giờ sáng.", "đăng lục", "đổ bộ"),
        ("Trung tâm phát dự cảnh mưa lớn cho các tỉnh miền Trung.", "dự cảnh", "cảnh báo"),
        ("Bạo vũ kéo dài khiến nhiều tuyến đường ở Huế ngập sâu.", "Bạo vũ", "Mưa lớn"),
        ("Khai mạc thức diễn ra tại sân vận động tỉnh Nghệ An.", "Khai mạc thức", "Lễ khai mạc"),
        ("Hàng nghìn tín chúng về chùa Tam Chúc dự lễ.", "tín chúng", "tín đồ"),
        ("Hương khách đổ về chùa Yên Tử từ sáng sớm.", "Hương khách", "Khách hành hương"),
        ("Hàng trạm lâu T2 của sân bay Nội Bài sẽ được mở rộng.", "Hàng trạm lâu", "Nhà ga"),
        ("Các hàng ban đi Singapore bị hủy, sân bay Đà Nẵng đóng cửa.", "hàng ban", "chuyến bay"),
        (
            "Nhờ đợt tập huấn, các kỹ sư mới sẽ chạy ngay khi chạm đất ở nhà máy.",
            "chạy ngay khi chạm đất",
            "bắt tay ngay vào việc",
        ),
    ],
)
def test_weather_religion_and_aviation_calques(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _findings(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Uy tín chúng tôi xây dựng trong 20 năm.",
        "Giá hàng ban đầu tăng mạnh sau khi máy bay hạ cánh.",
        "Ngân hàng ban hành quy định mới về lãi suất cho vay mua máy bay.",
        "Khách tham dự cảnh giác với lừa đảo.",
        "Những kẻ tàn bạo vũ trang đến tận răng.",
        "Quê hương khách sạn Mường Thanh ở Nghệ An.",
        "Mùi hương khách yêu thích nhất là trầm.",
        "Các hàng ban nhạc trẻ biểu diễn ở sân bay cũ.",
        "Con mèo rơi từ tầng hai nhưng chạy ngay khi chạm đất.",
        "Người lính nhảy dù chạy ngay khi chạm đất.",
    ],
)
def test_the_same_syllables_in_vietnamese_words_stay_quiet(text: str) -> None:
    assert _findings(text, "T308") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Trung ương Khí tượng Đài đã phát cảnh báo lam đối với tỉnh Quảng Đông.",
            "Trung ương Khí tượng Đài",
            "Đài Khí tượng Trung ương",
        ),
        ("Theo Khí tượng sảnh Hàn Quốc, tuyết sẽ rơi dày ở Seoul.", "Khí tượng sảnh", "Cơ quan Khí tượng"),
        (
            "Việt Nam Phật giáo Hiệp hội tổ chức lễ Vu Lan tại chùa Quán Sứ.",
            "Việt Nam Phật giáo Hiệp hội",
            "Giáo hội Phật giáo Việt Nam",
        ),
        ("Việt Nam Hàng không mở đường bay thẳng từ Đà Nẵng đến Seoul.", "Việt Nam Hàng không", "Vietnam Airlines"),
        ("Radar thời tiết do tập đoàn Thái Lôi Tư của Pháp lắp đặt.", "Thái Lôi Tư", "Thales"),
    ],
)
def test_bodies_in_chinese_word_order(text: str, span: str, fix: str) -> None:
    """Weather agencies, a religious body, an airline and a company by their Chinese names read in Hán-Việt: C107,
    and no N102 on the company (C107 reads it as the company)."""
    assert (span, fix) in _findings(text, "C107")
    assert _findings(text, "N102") == []


def test_bodies_in_their_own_names_stay_quiet() -> None:
    text = (
        "Đài Khí tượng Trung ương Trung Quốc và Cơ quan Khí tượng Nhật Bản cùng cảnh báo. Giáo hội Phật giáo Việt Nam "
        "và Cục Hàng không Việt Nam dự họp; hãng hàng không Việt Nam này bay đến Seoul."
    )
    assert _findings(text, "C107") == []
    # 'Thái Lôi Tư' without a word of companies or a source is no company: N102 reads it as a name
    assert _findings("Ông Thái Lôi Tư phát biểu tại hội nghị ở Paris.", "C107") == []
    assert [s for s, _ in _findings("Ông Thái Lôi Tư phát biểu tại hội nghị ở Paris.", "N102")] == ["Thái Lôi Tư"]


def test_myriads_of_the_faithful() -> None:
    """'vạn' before the faithful or pilgrims counts as modern news counts ('15 vạn Phật tử' → 150.000); ten
    thousand statues and history's believers stay quiet."""
    assert _findings("Lễ hội chùa Hương năm nay đón khoảng 15 vạn Phật tử và du khách.", "T307") == [
        ("15 vạn", "150.000")
    ]
    assert _findings("Dịp Giáng sinh, 3 vạn giáo dân về nhà thờ Phát Diệm.", "T307") == [("3 vạn", "30.000")]
    assert _findings("Chùa có 1 vạn tượng Phật bằng đồng.", "T307") == []
    assert _findings("Ngày xưa, 10 vạn tín đồ theo vua vào trận năm 1285.", "T307") == []


def test_a_decimal_point_before_the_english_percent() -> None:
    """'7.5 percent' left by MT from English: the point is the English format (F114), as before '%'; English text
    and a Vietnamese decimal stay quiet."""
    assert _findings("Theo báo cáo, lợi nhuận tăng 7.5 percent so với năm ngoái.", "F114") == [("7.5", "7,5")]
    assert _findings("Lạm phát ở mức 3.2 per cent trong quý III.", "F114") == [("3.2", "3,2")]
    assert _findings("The economy grew 2.5 percent last year, the minister said in English.", "F114") == []
    assert _findings("Tỷ lệ đạt 8,5 phần trăm.", "F114") == []


def test_a_star_gift_and_rating_rows_are_chrome(tmp_path: Path) -> None:
    """A tool row with the star gift and a rating row are chrome on another page; sentences on stars stay."""
    body = "".join(f"<p>{p}</p>" for p in _PARAS[:2])
    flags = page_flags(
        tmp_path,
        "<html><body><h1>Quảng Trị có thêm 14 trường đạt chuẩn quốc gia ở miền núi</h1>"
        '<div class="box-x"><a href="#">Bình luận</a> <a href="#">Lưu bài</a> <a href="#">Tặng sao</a></div>'
        f"{body}<p>Khách sạn mới của tỉnh đạt chuẩn 5 sao.</p><p>Tặng sao cho những học sinh giỏi nhất lớp</p>"
        '<div class="box-y"><span>Đánh giá bài viết:</span> <a href="#">Tặng sao</a> <span>5 sao</span></div>'
        "</body></html>",
    )
    assert flags["Bình luận Lưu bài Tặng sao"] and flags["Đánh giá bài viết: Tặng sao 5 sao"]
    assert (
        not flags["Khách sạn mới của tỉnh đạt chuẩn 5 sao."] and not flags["Tặng sao cho những học sinh giỏi nhất lớp"]
    )


def test_bodh_gaya_in_han_viet() -> None:
    """菩提伽耶 read in Hán-Việt in a story on India is Bồ Đề Đạo Tràng; without India named, it is left alone."""
    text = "Đoàn hành hương Ấn Độ rời Bồ Đề Già Da sáng nay để sang Sarnath."
    assert _findings(text, "C104") == [("Bồ Đề Già Da", "Bồ Đề Đạo Tràng")]
    assert _findings("Đoàn rời Bồ Đề Già Da sáng nay.", "C104") == []


def test_a_vietnamese_bodys_own_law_and_boats() -> None:
    """A law or the fishing boats a body only Việt Nam has speaks of, said to be China's: the 我国 slip (C101); boats
    found rather than guided, a Chinese minister's law and a comparison with Việt Nam's stay China's."""
    fires = [
        "Bộ Tư lệnh Bộ đội Biên phòng cho biết đã thông báo, hướng dẫn cho 2.150 tàu cá của Trung Quốc vào nơi "
        "tránh trú.",
        "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch cho biết, theo Luật Di sản văn hóa của Trung Quốc, di tích "
        "phải được bảo vệ.",
    ]
    for text in fires:
        assert _findings(text, "C101") == [("Trung Quốc", "Việt Nam")], text
    quiet = [
        "Bộ Tư lệnh Bộ đội Biên phòng cho biết đã phát hiện 12 tàu cá của Trung Quốc xâm phạm vùng biển.",
        "Ông Vương Nghị cho biết, theo Luật Quan hệ đối ngoại của Trung Quốc, Bắc Kinh sẽ đáp trả.",
        "Ngân hàng Nhà nước cho biết Luật Ngân hàng của Trung Quốc khác với luật của Việt Nam.",
    ]
    for text in quiet:
        assert _findings(text, "C101") == [], text
