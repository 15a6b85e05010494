"""The seventy-sixth adversary held-out set (tests/data/adversary76): Chinese-pivot MT of regional and local-government
news, target only: three plain-text pages with their chrome (a provincial People's Committee on flood recovery and
resettlement, on a radio-television portal; border-gate trade at Lạng Sơn and Lào Cai with Chinese and Lao
counterparts, on a haulage exchange; a science ministry's semiconductor and AI programme, on a news-reader app's web
page) and a JSONL file of 30 target-only records (an agricultural-export digest: durian, rice, shrimp to Korea, Japan
and the EU), 70 planted errors; a human cooperative page on a farmers' association site must stay quiet, every page line
annotated chrome or article. Written and annotated before the tool ran on it (74a0a085); the blind figures are the
floor; README says what was missed."""

from __future__ import annotations

import json
from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary76"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".txt", ".jsonl"))
PAGES = [p for p in MT if p.suffix == ".txt"]

_FLOOD = "01_ubnd_tinh_khac_phuc_lu_tai_dinh_cu.txt"
_BORDER = "02_cua_khau_bien_mau_cuoi_nam.txt"
_TECH = "03_bo_khcn_ban_dan_ai.txt"
_AGRI = "04_ban_tin_nong_san_xuat_khau.jsonl"
_HUMAN = "01_htx_sau_rieng_dong_lanh_han_quoc.txt"

# Blind (data at 74a0a085; main at 333abca7, this branch's base): 50 of 70 found, 47 with the accepted fix (51 and 48
# with one annotation slip corrected after the run: F106's context ran across the sentence split); these 20 were
# missed as first annotated:
BLIND_MISSES = {
    f"{_FLOOD}: T308 'thụ tai'",
    f"{_FLOOD}: T308 'trùng kiến'",
    f"{_FLOOD}: N106 'tiên sinh'",
    f"{_FLOOD}: C101 'Trung Quốc'",
    f"{_FLOOD}: F106 'nhiều xã'",
    f"{_BORDER}: T308 'hóa xa'",
    f"{_BORDER}: T101 'Nông Thị Lê Thu'",
    f"{_BORDER}: T308 'mậu dịch biên cảnh'",
    f"{_BORDER}: T305 '15 tháng 12'",
    f"{_TECH}: T308 'tâm phiến'",
    f"{_TECH}: T308 'nhân công trí năng'",
    f"{_TECH}: C101 'Trung Quốc'",
    f"{_TECH}: L101 'roadmap'",
    f"{_TECH}: T201 'Hòa Lan'",
    f"{_AGRI}: T308 'lưu liên'",
    f"{_AGRI}: C104 'Mê Công Hà'",
    f"{_AGRI}: N109 'Li Zaiming'",
    f"{_AGRI}: C107 'Vĩnh Vượng'",
    f"{_AGRI}: C104 'Nam Hải'",
    f"{_AGRI}: C107 'Âu Minh'",
}
# After adversary76's fixes (README): 59 of 70 found, 55 with the accepted fix; after misses24's, 63 and 60; these 7
# are left:
AFTER_MISSES = {
    f"{_BORDER}: T305 '15 tháng 12'",
    f"{_TECH}: C101 'Trung Quốc'",
    f"{_TECH}: L101 'roadmap'",
    f"{_AGRI}: T308 'lưu liên'",
    f"{_AGRI}: N109 'Li Zaiming'",
    f"{_AGRI}: C104 'Nam Hải'",
    f"{_AGRI}: C107 'Âu Minh'",
}
# Outside the planted pairs, blind: N102 on the app-store chrome line ('App Store · Google Play', read as article) and
# N108 on 'Li Zaiming' (Korea's president, planted as N109).
BLIND_EXTRAS = {
    (_TECH, "N102", "Store · Google Play"),
    (_AGRI, "N108", "Li Zaiming"),
}
# After: N108 'Li Zaiming' with the right fix (an office holder of people.tsv: N108's by the tables' split).
AFTER_EXTRAS = {(_AGRI, "N108", "Li Zaiming")}
# Chrome read as article, blind: eleven lines (no article line lost).
BLIND_CHROME_AS_ARTICLE = {
    _HUMAN: [
        "Tin hội viên ❯ Kinh tế tập thể",
        "Các tin khác: Tập huấn bón phân hữu cơ cho hội viên xã Ea Drơng | Ra mắt tổ hội nghề nghiệp cà phê ở xã Cư "
        "M'gar",
    ],
    _FLOOD: ["Chương trình đáng chú ý: Thời sự 19h ▪ Bạn của nhà nông ▪ Chuyện làng, chuyện bản"],
    _BORDER: [
        "SÀN VẬN TẢI BIÊN MẬU – Kết nối chủ hàng và nhà xe tuyến cửa khẩu phía Bắc",
        "Xe chờ xuất: Hữu Nghị 742 ▲ | Tân Thanh 315 ▼ | Chi Ma 96 | Kim Thành 128 | Cập nhật 06:30",
        "Đăng tin tìm xe | Đăng tin tìm hàng | Bảng giá cước | Tra cứu tờ khai | Đăng nhập",
        "Gọi điều phối 24/7: 0205 3xxx xxx – Nhận báo giá cước trong 15 phút",
    ],
    _TECH: [
        "TechViet Reader — Đọc nhanh tin công nghệ mỗi ngày",
        "Mở trong ứng dụng để nhận thông báo | Tải trên App Store · Google Play",
        "Đọc tiếp các tin liên quan trong ứng dụng TechViet Reader →",
        "Bạn thấy bài viết này hữu ích? 👍 128 · 👎 3",
    ],
}
# After: the reader app's name and tagline alone (sentence case, an em dash, over an app banner).
AFTER_CHROME_AS_ARTICLE = {_TECH: ["TechViet Reader — Đọc nhanh tin công nghệ mỗi ngày"]}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(PAGES) == 3 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    records = [json.loads(line) for line in next(p for p in MT if p.suffix == ".jsonl").open(encoding="utf-8")]
    assert len(records) == 30 and all(set(r) == {"id", "text"} for r in records)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind and after: not even a minor finding on the cooperative page (a Korean importer, prices, areas, a quote)."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_after_the_fixes() -> None:
    """Blind: 50 of 70 found, 47 with the accepted fix (51 and 48 with the F106 slip corrected); after, 59 and 55;
    after misses24, 63 and 60."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 63 and fixed >= 60
    assert set(missed) <= AFTER_MISSES <= BLIND_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS <= BLIND_EXTRAS


def test_page_chrome_read_right() -> None:
    """Blind: the article whole on every page; eleven chrome lines read as article; after, one."""
    for path in CLEAN + PAGES:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(AFTER_CHROME_AS_ARTICLE.get(path.name, [])), path.name
    assert sum(map(len, BLIND_CHROME_AS_ARTICLE.values())) == 11


# --- the fixes, on other sentences, places, companies and lines (none of them in the set), both ways ---


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def test_disaster_trade_chip_and_farm_calques() -> None:
    """T308 (zh_calques.tsv): 受灾 'thụ tai', 重建 'trùng kiến', 货车 'hóa xa' (after a count or opening the sentence),
    边境贸易 in either order, 芯片 'tâm phiến', 人工智能 'nhân công trí năng', 榴莲 'lựu liên', in sentences not in the
    set; the Vietnamese words that hold them stay quiet (enjoyment, insects, 'coincide with', '-hóa' before 'xa')."""
    text = (
        "Hơn 300 hộ thụ tai ở Yên Bái được hỗ trợ gạo.\nCây cầu sẽ được trùng kiến trong năm 2026.\n"
        "Mỗi ngày có 900 hóa xa qua cửa khẩu Móng Cái.\nHóa xa chở than bị giữ lại ở Quảng Ninh.\n"
        "Biên cảnh mậu dịch của tỉnh Hà Giang tăng 8%.\nHai nước đẩy mạnh mậu dịch biên cảnh.\n"
        "Nhà máy tâm phiến ở Bắc Ninh khởi công.\nỨng dụng nhân công trí năng trong giáo dục.\n"
        "Giá lựu liên Monthong tăng mạnh."
    )
    assert _found(text, "T308") == [
        ("thụ tai", "bị thiệt hại"),
        ("trùng kiến", "tái thiết"),
        ("hóa xa", "xe tải"),
        ("Hóa xa", "Xe tải"),
        ("Biên cảnh mậu dịch", "Thương mại biên giới"),
        ("mậu dịch biên cảnh", "thương mại biên giới"),
        ("tâm phiến", "chip"),
        ("nhân công trí năng", "trí tuệ nhân tạo"),
        ("lựu liên", "sầu riêng"),
    ]
    quiet = (
        "Khả năng cảm thụ tai nghe của trẻ.\nAnh hưởng thụ tai tiếng mà không biết.\n"
        "Côn trùng kiến vàng phá hoại vườn cam.\nHai phương án trùng kiến trúc cũ.\n"
        "Bảo tồn văn hóa xa xưa của dân tộc.\nQuá trình đô thị hóa xa trung tâm.\nLoài này tiến hóa xa hơn."
    )
    assert _found(quiet, "T308") == []


def test_the_mekong_by_its_chinese_name() -> None:
    """C104 (places.tsv): 湄公河 read 'Mê Công Hà' or 'Mi Công Hà' (the set had it in a record on salinity); the
    Vietnamese 'sông Mê Công' and 'Lan Thương' stay quiet. The fix keeps the sentence's case (misses24)."""
    assert _found("Mi Công Hà chảy qua sáu nước.", "C104") == [("Mi Công Hà", "Sông Mê Công")]
    assert _found("Hạn hán làm mực nước Mê Công Hà xuống thấp.", "C104") == [("Mê Công Hà", "sông Mê Công")]
    assert _found("Sông Mê Công, thượng nguồn là Lan Thương, chảy qua sáu nước.", "C104") == []


def test_the_netherlands_two_ways() -> None:
    """T201 (countries.curated.tsv, countries.tsv): 'Hòa Lan', the old name, beside 'Hà Lan' in one text (the set
    had it in a technology story); either name alone stays quiet."""
    mixed = "Đại sứ Hà Lan dự lễ khai trương. Các trường đại học của Hòa Lan sẽ nhận sinh viên."
    assert _found(mixed, "T201") == [("Hòa Lan", "Hà Lan")]
    assert _found("Đại sứ Hà Lan dự lễ. Hà Lan là đối tác lớn của Việt Nam tại châu Âu.", "T201") == []
    assert _found("Thương nhân Hòa Lan đến Phố Hiến vào thế kỷ XVII.", "T201") == []


def test_aeon_by_its_chinese_name() -> None:
    """C107 (companies.tsv): AEON 永旺 in Hán-Việt after a word of companies, or in pinyin; 'Vĩnh Vượng' as a
    person's or a shop's name stays quiet ('chuỗi siêu thị Vĩnh Vượng': misses24's test below)."""
    assert _found("Tập đoàn Vĩnh Vượng khai trương trung tâm thương mại ở Huế.", "C107") == [("Vĩnh Vượng", "AEON")]
    assert _found("Hãng Yongwang mở thêm 20 cửa hàng.", "C107") == [("Yongwang", "AEON")]
    assert _found("Ông Nguyễn Vĩnh Vượng, chủ tiệm vàng Vĩnh Vượng, cho biết giá vàng tăng.", "C107") == []


def test_chrome_lines_of_the_new_outlets(tmp_path: Path) -> None:
    """runs.py: a strip of counts with arrows is a ticker, not a table's row with the bar under it (then the site's
    name in capitals over them is its head again); boilerplate.tsv: an app banner before the store badges, a
    'continue in the app' link, a 'was this useful' poll with thumbs, a box of picks on one line, a call line with a
    telephone, 'Các tin khác: A | B'; menus.py: a breadcrumb split by '❯'. Tried on lines not in the set; a headline
    in capitals after its dash, article sentences with the same words (a call number in a sentence, a programme
    named) stay article."""
    page = tmp_path / "page.txt"
    page.write_text(
        "CHỢ NÔNG SẢN MIỀN TÂY – Giá cả và thị trường mỗi ngày\n"
        "Giá lúa: IR 504 7.200 ▲ | OM 18 7.900 ▼ | Đài Thơm 8 8.300 | Cập nhật 07:15\n"
        "Đăng tin bán | Đăng tin mua | Bảng giá | Đăng nhập\n"
        "Thị trường ❯ Lúa gạo\n"
        "MIỀN TÂY – LÚA ĐÔNG XUÂN ĐƯỢC GIÁ\n"
        "Cần Thơ, 5/1/2026 - Giá lúa tăng nhẹ, nông dân có thể gọi đường dây nóng 0292 3xxx xxx để được tư vấn.\n"
        "Chương trình đáng chú ý năm nay là hỗ trợ giống mới cho nông dân.\n"
        "Gọi tư vấn: 0292 3xxx xxx – Miễn phí cho hội viên\n"
        "Nhận tin nhanh hơn | Tải ứng dụng trên Google Play · App Store\n"
        "Xem thêm bảng giá trong ứng dụng →\n"
        "Bạn thấy tin này hữu ích? 👍 40 · 👎 1\n"
        "Tin nổi bật: Giá phân bón giảm ▪ Thời tiết cuối tuần ▪ Lịch thời vụ\n"
        "Các tin khác: Giá cà phê hôm nay | Giá tiêu hôm nay\n",
        encoding="utf-8",
    )
    article = {
        "MIỀN TÂY – LÚA ĐÔNG XUÂN ĐƯỢC GIÁ",
        "Cần Thơ, 5/1/2026 - Giá lúa tăng nhẹ, nông dân có thể gọi đường dây nóng 0292 3xxx xxx để được tư vấn.",
        "Chương trình đáng chú ý năm nay là hỗ trợ giống mới cho nông dân.",
    }
    lines = page.read_text(encoding="utf-8").splitlines()
    notes = {"lines": [["A" if t in article else "C", t] for t in lines]}
    page.with_suffix(".json").write_text(json.dumps(notes, ensure_ascii=False), encoding="utf-8")
    score = score_lines(page)
    assert score.chrome_as_article == [] and score.article_as_chrome == [] and score.article_missing == []


# --- misses24: what adversary76 left, on names, places and sentences not in the set, both ways ---


def test_place_calque_fix_keeps_the_sentence_case() -> None:
    """C104: a fix whose Vietnamese name opens on a classifier noun ('sông', 'quần đảo') is capitalised only where
    the calque opens the sentence; a calque written capitalised mid-sentence gets the lowercase noun. 'Vùng Vịnh' (a
    name of its own) keeps the calque's case."""
    assert _found("Nước Mi Công Hà dâng cao.", "C104") == [("Mi Công Hà", "sông Mê Công")]
    assert _found("Cuộc Chiến tranh Hải Loan làm giá dầu tăng.", "C104") == [("Hải Loan", "Vùng Vịnh")]  # a name
    assert _found("Mê Công Hà đoạn chảy qua Campuchia cạn.", "C104") == [("Mê Công Hà", "Sông Mê Công")]


def test_honorific_after_a_full_name_with_its_post_after() -> None:
    """N106: 'X tiên sinh làm Tổng giám đốc', a full Vietnamese name with no title before it and its post after the
    honorific (the set's 'do Đặng Quốc Toàn tiên sinh làm Tổng giám đốc'); a teacher's or a poet's old usage and a
    bare surname stay quiet."""
    assert _found("Hợp tác xã do Lương Thị Mai Hoa nữ sĩ giữ chức Chủ nhiệm vừa nhận bằng khen.", "N106") == [
        ("nữ sĩ", "")
    ]
    assert _found("Ngân hàng có Hoàng Minh Đức tiên sinh là Phó Tổng Giám đốc phụ trách tín dụng.", "N106") == [
        ("tiên sinh", "")
    ]
    quiet = (
        "Học trò gọi thầy Đỗ Văn Hào tiên sinh là Hiệu trưởng của trường làng.\n"
        "Nhà thơ Hồ Xuân Hương nữ sĩ là tác giả nhiều bài thơ Nôm.\nChu tiên sinh làm Giám đốc.\n"
        "Phạm Văn Hùng tiên sinh làm ruộng ở quê."
    )
    assert _found(quiet, "N106") == []


def test_company_after_a_supermarket_chain() -> None:
    """C107: 'siêu thị' holds 'thị' of 'thị trấn', no longer a place word alone ('chuỗi siêu thị Lạc Thiên' is
    Lotte); 'thị trấn' and 'thị xã' before the reading still make it a place."""
    assert _found("Trái vải thiều có mặt ở chuỗi siêu thị Lạc Thiên tại Seoul.", "C107") == [("Lạc Thiên", "Lotte")]
    assert _found("Hộ kinh doanh ở thị trấn Lạc Thiên mở thêm quầy.", "C107") == []
    assert _found("Tập đoàn thị xã Vĩnh Vượng.", "C107") == []


_RELIEF = (
    "UBND tỉnh Cao Bằng họp về khắc phục hậu quả lũ quét.\n"
    "Phó Thủ tướng Hồ Đức Phớc đã kiểm tra các xã vùng cao.\n"
    "Chính phủ Trung Quốc đã xuất cấp 800 tấn gạo từ nguồn dự trữ quốc gia cho bà con vùng lũ."
)


def test_our_country_slip_in_relief_from_the_national_reserve() -> None:
    """C101: 'Chính phủ Trung Quốc … xuất cấp … từ nguồn dự trữ quốc gia' in a story of a People's Committee (the
    set's flood story; here too Cao Bằng, a name a Chinese place shares, is no home place) is the 我国
    slip; the same story naming Việt Nam, or China's own reserve in a story about China, stays quiet."""
    assert _found(_RELIEF, "C101") == [("Trung Quốc", "Việt Nam")]
    assert _found(_RELIEF + "\nHàng hóa Việt Nam được chở đến vùng lũ.", "C101") == []
    china = (
        "Giá thịt lợn tại Trung Quốc tăng 20% trong tháng 9.\n"
        "Chính phủ Trung Quốc đã xuất cấp 10.000 tấn thịt lợn từ nguồn dự trữ quốc gia để bình ổn giá."
    )
    assert _found(china, "C101") == []


def test_a_name_cited_back_after_its_post_in_an_apposition() -> None:
    """T101: a full name introduced once with its post in an apposition after it ('Bà X, Phó Giám đốc …, cho biết'),
    then cited back once one mark off ('Theo bà X', 'Bà X cũng …'): the set's 'Nông Thị Lê Thu' beside 'Nông Thị Lệ
    Thu'. A citation with an apposition of its own (a newcomer) and a first mention with no post stay quiet."""
    intro = "Bà Hoàng Thị Mỹ Dung, Trưởng phòng Kinh tế huyện, cho biết lúa được mùa.\nNhiều hộ đã bán hết thóc.\n"
    fix = "Hoàng Thị Mỹ Dung"
    assert _found(intro + "Theo bà Hoàng Thị My Dung, huyện sẽ hỗ trợ giống.", "T101") == [("Hoàng Thị My Dung", fix)]
    assert _found(intro + "Bà Hoàng Thị Mỵ Dung cũng cho biết phân bón giảm.", "T101") == [("Hoàng Thị Mỵ Dung", fix)]
    assert _found(intro + "Theo bà Hoàng Thị Mỵ Dung, nông dân ở thôn Đông, lúa bị sâu.", "T101") == []
    assert _found("Ông Lường Văn Tiến cho biết giá tăng.\nTheo ông Lường Văn Tiền, giá sẽ giảm.", "T101") == []
