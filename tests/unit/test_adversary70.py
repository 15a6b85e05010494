"""The seventieth adversary held-out set (tests/data/adversary70): a blind measurement in round 20. Three saved
pages machine-translated through Chinese, each a template new to the sets (a regional affairs magazine with
header, nav, aside rail and related section; a health portal with a summary box, inline 'Xem thêm' and a widget
sidebar; a film magazine with a mega-nav, gallery, pull quote and social-share buttons), and one JSONL file of 38
target-only records (field mt, no src), on an ASEAN foreign ministers' meeting, a drug recall, the Busan film
festival and a rice and coffee bulletin, were written, annotated and committed (9dfc0eb4) before the tool ran on
them; a human farm-news page must stay quiet. The blind figures are the floor; README says what was missed and why.
The fixes of this round are tested below on names, countries, drugs, films and sentences that are not in the set."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary70"
CLEAN = sorted((ADVERSARY / "clean").glob("*.html"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in (".html", ".jsonl"))

# Blind (data at 9dfc0eb4, on main at 50d8bf13): 54 of 70 found, 51 with the accepted fix; these 16 were missed.
BLIND_MISSES = {
    "01_hoi_nghi_ngoai_truong_asean.html: C102 'Tai-Jian'",
    "02_thu_hoi_thuoc_ha_huyet_ap.html: T308 'phê thứ'",
    "02_thu_hoi_thuoc_ha_huyet_ap.html: T308 'bất lương phản ứng'",
    "02_thu_hoi_thuoc_ha_huyet_ap.html: F107 'theo'",
    "02_thu_hoi_thuoc_ha_huyet_ap.html: N105 'Vệ sinh Bộ trưởng'",
    "02_thu_hoi_thuoc_ha_huyet_ap.html: C107 'Nặc Hoa'",
    "02_thu_hoi_thuoc_ha_huyet_ap.html: C107 'Thế Vệ Tổ chức'",
    "03_lien_hoan_phim_busan.html: C101 'Trung Quốc'",
    "03_lien_hoan_phim_busan.html: T308 'thủ ánh'",
    "03_lien_hoan_phim_busan.html: L101 'red carpet'",
    "03_lien_hoan_phim_busan.html: C107 'Kim Tông Lư'",
    "03_lien_hoan_phim_busan.html: T101 'Trần Anh Hung'",
    "03_lien_hoan_phim_busan.html: T308 'phiếu phòng'",
    "04_ban_tin_gao_ca_phe.jsonl: N104 'Francisco'",
    "04_ban_tin_gao_ca_phe.jsonl: T308 'đại mễ'",
    "04_ban_tin_gao_ca_phe.jsonl: F114 '5,200'",
}
# After this round: 65 of 70, 62 with the accepted fix; these 5 are left (README says why).
# Round 21 (misses22): 68 of 70, 65; F107 reads 'xử phạt theo.' as cut ('theo' of a verb that takes the rule applied);
# N104 knows the Philippines' agriculture secretary; C107 the Palme d'Or's Chinese name.
AFTER_MISSES = {
    "03_lien_hoan_phim_busan.html: C101 'Trung Quốc'",
    "03_lien_hoan_phim_busan.html: L101 'red carpet'",
}
# Blind, three findings outside the planted pairs: 'generic' (L101; 'thuốc generic' is the Vietnamese drug term),
# the Palme d'Or's Chinese name read as a Western name via Chinese (N102, no fix; annotated C107), and 'Vietnam' (C105)
# inside the English record L102 flags whole. After: the last and 'generic' are gone; after misses22, all three.
BLIND_EXTRAS = {
    ("02_thu_hoi_thuoc_ha_huyet_ap.html", "L101", "generic"),
    ("03_lien_hoan_phim_busan.html", "N102", "Kim Tông Lư"),
    ("04_ban_tin_gao_ca_phe.jsonl", "C105", "Vietnam"),
}
AFTER_EXTRAS: set[tuple[str, str, str]] = set()


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 4
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)
    assert sum(1 for _ in (ADVERSARY / "mt" / "04_ban_tin_gao_ca_phe.jsonl").open(encoding="utf-8")) == 38


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the farm-news page (prices, hectares, tonnes, 'Văn'/'Thị' names)."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 54 of 70 found, 51 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 54 and fixed >= 51
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_mt_recall_after_round_20() -> None:
    """After this round's fixes: 65 of 70 found, 62 with the accepted fix; after misses22 (round 21), 68 and 65."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= 68 and fixed >= 65
    assert set(missed) <= AFTER_MISSES, sorted(set(missed) - AFTER_MISSES)


def test_no_finding_outside_planted_spans_but_the_known_extras() -> None:
    assert set(unplanted_findings(MT)) <= AFTER_EXTRAS


def test_page_chrome_as_annotated() -> None:
    """Blind: every listed block as annotated (one annotation slip, 'Nam Á', corrected after the run)."""
    assert [w for p in MT + CLEAN if p.suffix == ".html" for w in chrome_misclassified(p)] == []


# --- the fixes, on other countries, drugs, films, names and prices (none of them in the set) ---


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def test_pinyin_pair_after_a_word_of_dealings() -> None:
    """C102: two countries' pinyin abbreviations after 'quan hệ', 'biên giới', 'thương mại' … are a pair though the
    article names neither in full (the set had 'xung đột biên giới Tai-Jian'); a hyphenated Chinese or Korean given
    name and a company's name stay quiet."""
    assert _found("Các ngoại trưởng hoan nghênh quan hệ Mian-Tai được cải thiện sau cuộc gặp.", "C102") == [
        ("Mian-Tai", "Myanmar – Thái Lan")
    ]
    assert _found("Kim ngạch thương mại Fei-Yin tăng 12% trong năm nay.", "C102") != []
    quiet = (
        "Cựu lãnh đạo Ma Ying-jeou thăm Bắc Kinh; ông Lee Jae-myung thăm Tokyo; tập đoàn Tai-Jian Holdings ký hợp đồng."
    )
    assert _found(quiet, "C102") == []


def test_drug_film_and_farm_calques() -> None:
    """T308: 批次, 不良反应, 副作用, 首映, 票房, 电影节, 大米, 玉米 read in Hán-Việt, in other sentences than the set's;
    the Vietnamese words that hold them stay quiet."""
    text = (
        "Hãng dược thu hồi phê thứ thuốc kháng sinh số 7. Bệnh viện ghi nhận hai ca bất lương phản ứng và vài phó tác "
        "dụng nhẹ. Buổi thủ ánh phim hoạt hình diễn ra ở Đà Nẵng. Phim thu 50 tỷ đồng phiếu phòng. Đoàn phim dự điện "
        "ảnh tiết ở Thượng Hải. Giá đại mễ và ngọc mễ nhập khẩu đều giảm."
    )
    assert [t for t, _ in _found(text, "T308")] == [
        "phê thứ",
        "bất lương phản ứng",
        "phó tác dụng",
        "thủ ánh",
        "phiếu phòng",
        "điện ảnh tiết",
        "đại mễ",
        "ngọc mễ",
    ]
    quiet = (
        "Sáng thứ Bảy tôi uống ly cà phê thứ hai. Cầu thủ ánh mắt rạng rỡ sau bàn thắng. Nhà đầu tư chuộng cổ phiếu "
        "phòng thủ. Bệnh nhân giữ phiếu phòng khám số 12."
    )
    assert _found(quiet, "T308") == []


def test_who_in_full_and_drug_makers_by_their_chinese_names() -> None:
    """C107: 世卫组织 in full before a capitalised word, 诺华 Novartis after a company word and 葛兰素史克 GSK (the set
    had 'Thế Vệ Tổ chức Tan Desai' and 'tập đoàn dược phẩm Nặc Hoa'); 'Nặc Hoa' as no company stays quiet."""
    text = (
        "Theo Thế Vệ Tổ chức, số ca sởi tăng. Hãng Nặc Hoa đầu tư nhà máy mới. Tập đoàn Cát Lan Tố Sử Khắc thu hồi "
        "vắc xin."
    )
    assert _found(text, "C107") == [("Thế Vệ Tổ chức", "WHO"), ("Nặc Hoa", "Novartis"), ("Cát Lan Tố Sử Khắc", "GSK")]
    assert _found("Chị Nặc Hoa bán rau ở chợ Đông Ba.", "C107") == []


def test_health_minister_in_the_chinese_order() -> None:
    """N105: 'Vệ sinh Bộ trưởng' (卫生部长) is the Minister of Health (the set had it before 'đã chỉ đạo'); hygiene and
    the minister apart stay quiet."""
    assert _found("Chiều qua, Vệ sinh Bộ trưởng họp về phòng chống sốt xuất huyết.", "N105") == [
        ("Vệ sinh Bộ trưởng", "Bộ trưởng Bộ Y tế")
    ]
    quiet = "Sau giờ vệ sinh, Bộ trưởng Bộ Y tế kiểm tra khoa; Viện Vệ sinh Dịch tễ Trung ương báo cáo Bộ trưởng."
    assert _found(quiet, "N105") == []


def test_name_cited_back_without_an_honorific() -> None:
    """T101: 'Theo X, …' (据X) cites the person a title introduced, as 'Theo ông X, …' does, so a mark changed there
    is a slip (the set had 'Theo Trần Anh Hung'); a citing phrase with its own apposition is a newcomer."""
    slip = "Kỹ sư trưởng Lê Quang Hùng giới thiệu công trình. Theo Lê Quang Hung, cây cầu dài 2 km."
    assert _found(slip, "T101") == [("Lê Quang Hung", "Lê Quang Hùng")]
    newcomer = (
        "Nhạc sĩ lão thành Nguyễn Văn Thành dự buổi hòa nhạc. Theo Nguyễn Văn Thanh, giáo viên ở xã Đông, âm nhạc "
        "đang hội nhập."
    )
    assert _found(newcomer, "T101") == []


def test_price_per_tonne_in_the_english_format() -> None:
    """F114: '6,450 USD/tấn', '4,120 USD/ounce' (the set had '5,200 USD/tấn'); an exchange rate, a price per gallon
    with thousandths and the Vietnamese form stay quiet."""
    assert [t for t, _ in _found("Giá tiêu đạt 6,450 USD/tấn, vàng lên 4,120 USD/ounce.", "F114")] == [
        "6,450",
        "4,120",
    ]
    quiet = "Đồng euro lên mức 1,087 USD; giá tiêu đạt 6.450 USD/tấn, giá xăng 3,159 USD/gallon."
    assert _found(quiet, "F114") == []


def test_generic_drugs_and_english_sentences() -> None:
    """L101 keeps 'thuốc generic' (the Vietnamese drug term) quiet; C105 leaves a whole English sentence to L102."""
    assert _found("Bệnh viện ưu tiên mua thuốc generic sản xuất trong nước.", "L101") == []
    text = "Giá gạo giảm mạnh trong tháng qua.\nThailand's rice exports rose while Cambodian growers held stocks."
    assert _found(text, "C105") == [] and _found(text, "L102") != []
    assert _found("Giá gạo tại thị trường Thailand tăng mạnh.", "C105") == [("Thailand", "Thái Lan")]
