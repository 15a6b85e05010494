"""The thirty-sixth adversary held-out set (tests/data/adversary36), round 13's closing blind measurement:
plain-text news pages as people copy them, like /work/shared/corpus — the Mozambican President's visit to
Việt Nam and the start of the Lào Cai–Hà Nội–Hải Phòng railway machine-translated through Chinese, and one
human-written story (drought and coffee growers in Đắk Lắk) that must stay quiet — each with the page chrome
around it, every line annotated chrome or article. Written and annotated before the tool ran on it; the blind
figures are the floor; README says what was missed and why."""

from __future__ import annotations

from pathlib import Path

from adversary_scoring import findings_of, score_planted, unplanted_findings
from chrome_lines import score_lines

from audit.api import audit_text
from audit.corpus.boilerplate import classify_lines

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary36"
CLEAN = sorted(p for p in (ADVERSARY / "clean").iterdir() if p.suffix == ".txt")
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix == ".txt")

# Blind (data at 55789a5; main at 8b2732e): 40 of 50 found, 39 with the accepted fix; these 10 were missed.
BLIND_MISSES = {
    "01_tong_thong_mozambique.txt: T201 'Mô-dăm-bích'",
    "01_tong_thong_mozambique.txt: N108 'Chabo'",
    "01_tong_thong_mozambique.txt: F106 'ông'",
    "01_tong_thong_mozambique.txt: C105 'Mozambican'",
    "01_tong_thong_mozambique.txt: T305 '13 tháng 11'",
    "02_duong_sat_lao_cai.txt: L101 'signalling'",
    "02_duong_sat_lao_cai.txt: F106 'theo'",
    "02_duong_sat_lao_cai.txt: F107 'cho'",
    "02_duong_sat_lao_cai.txt: C103 'Việt phương'",
    "02_duong_sat_lao_cai.txt: C101 'Trung Quốc'",
}
# Blind, two findings outside the planted pairs (README): F106 draws its span over the first two words of the
# cut-off tail where the annotation took the first word.
BLIND_EXTRAS = {
    ("01_tong_thong_mozambique.txt", "F106", "ông Chapo"),
    ("02_duong_sat_lao_cai.txt", "F106", "theo kế"),
}
# Blind chrome: 3 of 94 chrome lines read as article (the railway page's closing byline 'Đỗ Thu Trang' and two
# of its three tags under 'Tags:'); no article line hidden, no line unplaced.
BLIND_CHROME_AS_ARTICLE = {
    "02_duong_sat_lao_cai.txt": ["Đỗ Thu Trang", "đường sắt Lào Cai - Hà Nội - Hải Phòng", "khởi công"],
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 1 and len(MT) == 2
    assert all(p.with_suffix(".json").exists() for p in CLEAN + MT)


def test_human_page_gets_no_finding_at_all() -> None:
    """Blind: not even a minor finding on the human story."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 40 of 50 found, 39 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 50
    assert found >= 40 and fixed >= 39
    assert set(missed) <= BLIND_MISSES, sorted(set(missed) - BLIND_MISSES)


def test_no_finding_outside_planted_spans_but_the_blind_extras() -> None:
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS


def test_page_chrome_no_worse_than_blind() -> None:
    """Every article line is read as article; no chrome line is read as article beyond the three blind ones."""
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.article_as_chrome == [] and score.article_missing == [] and score.unplaced == []
        assert set(score.chrome_as_article) <= set(BLIND_CHROME_AS_ARTICLE.get(path.name, []))


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 44, 43
AFTER_FIX_MISSES = {
    "01_tong_thong_mozambique.txt: T201 'Mô-dăm-bích'",
    "01_tong_thong_mozambique.txt: N108 'Chabo'",
    "01_tong_thong_mozambique.txt: F106 'ông'",
    "02_duong_sat_lao_cai.txt: L101 'signalling'",
    "02_duong_sat_lao_cai.txt: F106 'theo'",
    "02_duong_sat_lao_cai.txt: F107 'cho'",
}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 44 of 50 found, 43 with the accepted fix; outside the planted pairs only the two F106
    spans; every line of the three pages read as annotated."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= AFTER_FIX_MISSES, sorted(set(missed) - AFTER_FIX_MISSES)
    assert set(unplanted_findings(MT)) <= BLIND_EXTRAS
    for path in CLEAN + MT:
        score = score_lines(path)
        assert score.chrome_as_article == [] and score.article_as_chrome == []
        assert score.article_missing == [] and score.unplaced == []


# --- the fixes, on provinces, stories and pages outside the set (firing and quiet) -------------------------


def _found(text: str, *rules: str) -> list[tuple[str, str, str | None]]:
    return [(f.rule, f.text, f.suggestion) for f in audit_text(text, select=list(rules))]


def test_the_only_or_first_one_in_the_whole_country() -> None:
    """C101: 'duy nhất toàn Trung Quốc' (全国唯一) and 'đầu tiên cả Trung Quốc' (全国首个) after a Vietnamese
    province are the 我国 slip like 'đứng thứ hai toàn Trung Quốc' (provinces and sentences outside the set); a
    Chinese city so ranked, or one named between the province and the rank, stays quiet."""
    assert _found("Quảng Trị là địa phương duy nhất cả Trung Quốc có hai sân bay mới.", "C101") == [
        ("C101", "Trung Quốc", "Việt Nam")
    ]
    assert _found("Cần Thơ là thành phố đầu tiên cả Trung Quốc thí điểm xe buýt điện tự lái.", "C101") == [
        ("C101", "Trung Quốc", "Việt Nam")
    ]
    assert _found("Thượng Hải là thành phố duy nhất toàn Trung Quốc có hai sân bay quốc tế.", "C101") == []
    assert (
        _found("Doanh nghiệp Đồng Nai mở nhà máy ở Thâm Quyến, thành phố đầu tiên cả Trung Quốc làm thí điểm.", "C101")
        == []
    )


def test_viet_phuong_in_a_domestic_story() -> None:
    """C103: 'Việt phương' (越方) is Việt Nam's side in a story that never writes 'Việt Nam' (a border meeting in
    Quảng Ninh, outside the set); 'người Việt phương xa', 'tiếng Việt phương ngữ' and the poet Việt Phương stay."""
    text = (
        "Lãnh đạo tỉnh Quảng Ninh làm việc với đoàn Quảng Tây.\nHai bên thống nhất lịch họp; Việt phương cũng đề xuất."
    )
    assert _found(text, "C103") == [("C103", "Việt phương", "phía Việt Nam")]
    quiet = "Người Việt phương xa hướng về quê hương.\nTiếng Việt phương ngữ Nam Bộ; nhà thơ Việt Phương đề nghị."
    assert _found(quiet, "C103") == []


def test_long_tags_under_a_tag_heading_are_chrome() -> None:
    """The tags under 'Từ khóa:' up to the related-news box are chrome however many words a tag has (a route
    name, a page outside the set), and the closing byline above them is then the article's last line; short
    lines under the heading that run on into a sentence, or to the page's end, stay."""
    page = [
        "Cầu vượt sông Đà được thông xe",
        "Thứ Hai, 7/12/2026 - 09:15",
        "Sáng 7/12, cây cầu nối hai bờ sông Đà đã chính thức thông xe sau hai năm thi công và hoàn thiện.",
        "Cây cầu dài 620 m, rộng 16 m, có bốn làn xe và hai làn đường dành cho người đi bộ ở hai bên.",
        "Lò Văn Sơn",
        "Từ khóa:",
        "quốc lộ 6 Hòa Bình - Sơn La - Điện Biên",
        "thông xe",
        "Tin liên quan",
        "Sơn La mở tuyến buýt mới",
    ]
    kinds = classify_lines(page)
    assert all(k is not None for k in kinds[4:8]) and kinds[3] is None
    open_end = classify_lines([*page[:6], "quốc lộ 6 Hòa Bình - Sơn La - Điện Biên", "thông xe"])
    assert open_end[6] is None


def test_english_adjectives_of_more_countries() -> None:
    """C105: the English adjective of a country the table had none for ('Tanzanian', 'Nepalese', 'Costa Rican':
    countries outside the set) is left untranslated; an English company name ('Panamanian Shipping') and a
    people's name Vietnamese keeps ('người Uzbek') stay quiet."""
    assert _found("Chính phủ Tanzanian cam kết hỗ trợ nông dân trồng điều.", "C105") == [
        ("C105", "Tanzanian", "Tanzania")
    ]
    assert _found("Các doanh nghiệp Nepalese tham dự hội chợ; món ăn Costa Rican được ưa chuộng.", "C105") == [
        ("C105", "Nepalese", "Nepal"),
        ("C105", "Costa Rican", "Costa Rica"),
    ]
    assert _found("Hãng Panamanian Shipping mở văn phòng; người Uzbek đón Tết cổ truyền.", "C105") == []


def test_the_last_day_of_a_range_is_a_date() -> None:
    """T305: '7/6' closing 'từ ngày 4 đến 7/6' (and '21/3' in 'các ngày 20 và 21/3') is a date, so '7 tháng 6'
    later is the same date written another way (dates outside the set); a score '3 đến 2/1' is none."""
    assert _found("Hội chợ diễn ra từ ngày 4 đến 7/6. Sáng 7 tháng 6, ban tổ chức trao giải.", "T305") == [
        ("T305", "7 tháng 6", "7/6")
    ]
    assert _found("Đoàn làm việc các ngày 20 và 21/3. Chiều 21 tháng 3, đoàn về nước.", "T305") == [
        ("T305", "21 tháng 3", "21/3")
    ]
    assert _found("Hội chợ diễn ra từ ngày 4 đến 7/6. Sáng 7/6, ban tổ chức trao giải.", "T305") == []
    assert _found("Tỷ số 3 đến 2/1 được giữ nguyên. Ngày 2 tháng 1, đội về nước.", "T305") == []


# Round 17 (misses17): T201 reads a country spelled out in hyphenated syllables no table lists beside its Latin name
# ('Mô-dăm-bích' beside 'Mozambique'; tested on Angola, Senegal, Nigeria, Slovakia in test_misses17.py): 45 and 44.
ROUND17_MISSES = AFTER_FIX_MISSES - {"01_tong_thong_mozambique.txt: T201 'Mô-dăm-bích'"}


def test_mt_recall_after_round_17() -> None:
    _, found, fixed, missed = score_planted(MT)
    assert found >= 45 and fixed >= 44
    assert set(missed) <= ROUND17_MISSES, sorted(set(missed) - ROUND17_MISSES)
