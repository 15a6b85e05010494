"""The eighteenth adversary held-out set (tests/data/adversary18): a blind measurement in round 9.
Four files machine-translated through Chinese (State President Lương Cường's state visit to Angola, the second
ASEAN–GCC summit with its Chinese source, the NanoDragon launch saved from a science site, the Đồng Đăng – Trà
Lĩnh expressway; plain text, JSONL and HTML) and an English→Vietnamese tuna-export report with its source and a
reference (TSV) were written and annotated before the tool ran on them; two human-style news texts must stay
free of findings. The blind figures are the floor; README says what was missed and why, and which fixes followed
(tested below on sentences outside the set)."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import chrome_misclassified

from audit.api import audit_pairs, audit_text
from audit.lang.countries import find_mentions

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary18"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "03_ve_tinh_nanodragon.html"

# Blind (main at 61b0987): 62 of 70 found, 59 with the accepted fix; these 8 were missed.
BLIND_MISSES = [
    "01_viet_nam_angola.txt: C106 'Luoanda'",
    "01_viet_nam_angola.txt: N102 'Téte·António'",
    "02_asean_gcc.jsonl: C104 'Hải Loan'",
    "02_asean_gcc.jsonl: A105 'Ông Lý Cường cho biết Trung Quốc sẵn sàng tăng cường phối hợp chính sách kinh tế"
    " vĩ mô.'",
    "03_ve_tinh_nanodragon.html: C106 'Luerdao'",
    "03_ve_tinh_nanodragon.html: N101 'Li Chunhui'",
    "03_ve_tinh_nanodragon.html: N108 'Shanchuan Hong'",
    "04_xuat_khau_ca_ngu.tsv: A104 'www.vasep.example/tuna-forum-2072'",
]
# Blind, two findings outside the planted (rule, span) pairs: A107 read 'Thái' of 'Thái tử' (crown prince) as
# Thailand (a false alarm beside the planted 'Qatar'), and A104 flagged the changed link with the whole segment.
BLIND_EXTRAS = {
    ("02_asean_gcc.jsonl", "A107", "Thái"),
    (
        "04_xuat_khau_ca_ngu.tsv",
        "A104",
        "Đăng ký tham dự diễn đàn kết thúc ngày 28/2, chương trình được đăng tại www.vasep.example/tuna-forum-2072.",
    ),
}


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".jsonl", ".html", ".tsv", ".txt"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 62 of 70 found, 59 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 62 and fixed >= 59
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_new_finding_outside_planted_spans() -> None:
    """Every finding on the MT files is a planted (rule, span) or one of the blind extras."""
    extra = set(unplanted_findings(MT))
    assert extra <= BLIND_EXTRAS, sorted(extra - BLIND_EXTRAS)


def test_page_chrome() -> None:
    """Blind: every one of the page's 31 chrome and article lines classified as annotated."""
    assert chrome_misclassified(PAGE) == []


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
# (fixes13: the A105 record, 0.55 of the length expected from its Chinese, is found since the cutoff rises to 0.6
# from 100 characters expected)
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 70, 68


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 70 of 70 found, 68 with the accepted fix (the A105 record too, since fixes13), and no
    finding outside the planted spans (the A107 'Thái' of 'Thái tử' and the whole-record A104 are gone)."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert missed == []
    assert unplanted_findings(MT) == []


# --- the fixes, on sentences outside the set (firing and quiet) ------------------------------------------


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def _found_pairs(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)], select=[rule])]


def test_thai_tu_and_other_court_words_are_no_thailand() -> None:
    assert _found_pairs("沙特王储出席了峰会。", "Thái tử Ả Rập Xê Út đã dự hội nghị.", "A107") == []
    assert _found_pairs("巴林王储出席了峰会。", "Thái tử Oman đã dự hội nghị.", "A107") == [("Oman", "Bahrain")]
    assert [m.text for m in find_mentions("Thái hậu và Thái thượng hoàng dự lễ; leo núi Thái Sơn.")] == []
    assert [m.text for m in find_mentions("Quân đội Thái tăng cường tuần tra; Thủ tướng Thái Lan.")] == [
        "Thái",
        "Thái Lan",
    ]


def test_a_changed_www_link_is_flagged_where_it_stands() -> None:
    src = "Read the guide at www.harbour-days.example/guide-2026 before you travel."
    assert _found_pairs(src, "Hãy đọc hướng dẫn tại www.harbour-days.example/huong-dan-2026 trước khi đi.", "A104") == [
        ("www.harbour-days.example/huong-dan-2026", "www.harbour-days.example/guide-2026")
    ]
    assert _found_pairs(src, "Hãy đọc hướng dẫn tại www.harbour-days.example/guide-2026 trước khi đi.", "A104") == []
    assert _found_pairs(src, "Hãy đọc hướng dẫn trước khi đi.", "A104") == [("Hãy đọc hướng dẫn trước khi đi.", None)]


def test_accented_latin_name_parts_joined_by_a_dot() -> None:
    assert _found("Thủ tướng Bồ Đào Nha Luís·Montenegro tiếp đoàn.", "N102") == [("Luís·Montenegro", "Luís Montenegro")]
    assert _found("Tiền đạo Raúl · Jiménez ghi bàn.", "N102") == [("Raúl · Jiménez", "Raúl Jiménez")]
    # the gazetteer's person shares the family name, not only a given name ('Khắc' is Lý Khắc Cường's too)
    assert _found("Thủ tướng Khắc · Kristersson phát biểu.", "N102") == [("Khắc · Kristersson", "Ulf Kristersson")]
    # a part spelt as only Vietnamese spells (Hán-Việt) gets no guess; Vietnamese lists stay quiet
    assert _found("Nhà văn Lạp · Novakovski được nhắc đến.", "N102") == [("Lạp · Novakovski", None)]
    assert _found("Đội hình: Tuấn Anh · Quang Hải · Văn Hậu", "N102") == []


def test_every_cldr_city_and_curated_japanese_korean_cities_in_pinyin() -> None:
    assert _found("Đoàn công tác đã đến thủ đô Wendeihuoke của Namibia.", "C106") == [("Wendeihuoke", "Windhoek")]
    assert _found("Hội nghị diễn ra tại Kasabulanka trong hai ngày.", "C106") == [("Kasabulanka", "Casablanca")]
    assert _found("Chuyến bay từ Hà Nội đến Daban bị hoãn.", "C106") == [("Daban", "Osaka")]
    assert _found("Hội chợ việc làm diễn ra tại Renchuan.", "C106") == [("Renchuan", "Incheon")]
    # a foreign city counts only after a place word; China's cities (Vietnamese names in Hán-Việt) are not indexed
    assert _found("Anh Daban là kỹ sư; Wendeihuoke là tên một ban nhạc.", "C106") == []
    assert _found("Đoàn doanh nghiệp đến Shanghai và Osaka.", "C106") == []


def test_chinese_characters_of_a_city_get_its_name() -> None:
    assert _found("Chủ tịch nước đến thủ đô 温得和克 chiều nay.", "L103") == [("温得和克", "Windhoek")]
    assert _found("Tàu cập cảng 神户 sáng nay.", "L103") == [("神户", "Kobe")]
    assert _found("Đoàn đến 马尼拉 chiều thứ Hai.", "L103") == [("马尼拉", "Manila")]  # the curated tables first


def test_hai_loan_for_the_gulf() -> None:
    assert _found("Cuộc Chiến tranh Hải Loan năm 1991 làm giá dầu tăng vọt.", "C104") == [("Hải Loan", "Vùng Vịnh")]
    assert _found("Bà Trần Thị Hải Loan, Giám đốc Hợp tác xã Hải Loan, cho biết.", "C104") == []


def test_pinyin_name_after_a_country_ending_a_unit_or_an_acronym() -> None:
    assert _found("Phó Viện trưởng Viện Năng lượng Nguyên tử Việt Nam Li Guohui phát biểu.", "N101") == [
        ("Li Guohui", "Lê Quốc Huy")
    ]
    assert _found("Chủ tịch UEFA Saifeiling phát biểu tại lễ bốc thăm.", "N108") == [("Saifeiling", None)]
    assert _found("Chủ tịch NHK Shantian Zhengren phát biểu.", "N108") == [("Shantian Zhengren", None)]
    # a one-syllable word of Chinese shape is no longer a known name's there, but Latin names stay quiet
    assert _found("Chủ tịch Hong Leong Bank phát biểu; Giám đốc CNN Mark Thompson dự lễ.", "N108") == []
    assert _found("Chương trình Việt Nam Xin Chao thu hút khán giả; Đội tuyển Việt Nam thắng.", "N101") == []


def test_first_part_of_a_malaysian_indonesian_or_thai_name() -> None:
    assert _found("Thủ tướng Thái Lan Anuting tiếp đoàn.", "N108") == [("Anuting", "Anutin Charnvirakul")]
    assert _found("Quốc vương Brunei Hasangnaer dự lễ.", "N108") == [("Hasangnaer", "Hassanal Bolkiah")]
    assert _found("Anwaer là một cái tên; Thủ tướng Malaysia Anwar Ibrahim phát biểu.", "N108") == []


def test_angola_president_in_the_gazetteer() -> None:
    assert _found("Chủ tịch Liên minh châu Phi Ruoang Luolunsuo phát biểu.", "N108") == [
        ("Ruoang Luolunsuo", "João Lourenço")
    ]
    assert _found("Tổng thống Angola João Lorenço tiếp đoàn.", "N103") == [("João Lorenço", "João Lourenço")]
    assert _found("Tổng thống Angola João Lourenço tiếp đoàn.", "N103") == []
