"""The twentieth adversary held-out set (tests/data/adversary20): a blind measurement in round 9.
Five files machine-translated through Chinese (saltwater intrusion in the Mekong Delta and the Sri Lankan
president's state visit as plain text, a Vietnamese–Indian pharmaceutical deal as JSONL with its Chinese source,
the BRICS summit in Rio de Janeiro saved from a world-news site, the Huế marathon as WebVTT captions) were written
and annotated before the tool ran on them; two human-style news texts must stay free of findings. The blind
figures are the floor; README says what was missed and why, and which fixes followed (tested below on sentences
outside the set)."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings, unplanted_findings
from test_adversary5_html import chrome_misclassified

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary20"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")
PAGE = ADVERSARY / "mt" / "03_brics_rio.html"

# Blind (main at 12f4fb9): 59 of 70 found, 55 with the accepted fix; these 11 were missed.
BLIND_MISSES = [
    "01_xam_nhap_man.txt: C104 'Mi Công'",
    "01_xam_nhap_man.txt: L101 'living with salinity'",
    "02_duoc_pham_an_do.jsonl: C106 'Gujilate'",
    "03_brics_rio.html: C106 'Liyuereneilu'",
    "03_brics_rio.html: N107 'Indonesia'",
    "03_brics_rio.html: L101 'multilateralism'",
    "04_marathon_hue.vtt: C106 'Shunhua'",
    "05_sri_lanka_tham_viet_nam.txt: N102 'Anula·Kumala·Disanayake'",
    "05_sri_lanka_tham_viet_nam.txt: N101 'Zheng Shixin'",
    "05_sri_lanka_tham_viet_nam.txt: C101 'Ấn Độ'",
    "05_sri_lanka_tham_viet_nam.txt: T101 'Anura Kumara Disanayaka'",
]
# Blind, seven findings outside the planted (rule, span) pairs: parts of planted errors under other spans (L101
# 'with' of 'living with salinity', N108 on the pinyin state 'Gujilate', N102 on two overlapping pairs of a
# three-part name, T101 without the first given name), A102 on the record A105 flags (numbers of the source are
# lost with the clause: true), and F112 on an apposition ('nước đối tác, nước đối tác thứ 10').
BLIND_EXTRAS = {
    ("01_xam_nhap_man.txt", "L101", "with"),
    ("02_duoc_pham_an_do.jsonl", "N108", "Gujilate"),
    ("02_duoc_pham_an_do.jsonl", "A102", "Nhà máy dự kiến đi vào hoạt động năm 2028."),
    ("03_brics_rio.html", "F112", "nước đối tác, nước đối tác"),
    ("05_sri_lanka_tham_viet_nam.txt", "N102", "Anula·Kumala"),
    ("05_sri_lanka_tham_viet_nam.txt", "N102", "Kumala·Disanayake"),
    ("05_sri_lanka_tham_viet_nam.txt", "T101", "Kumara Disanayaka"),
}
# Blind, one chrome line read as article text: the row of action buttons under the article.
BLIND_CHROME = ["03_brics_rio.html: 'Sao chép liên kết' should be boilerplate"]


def test_set_is_complete() -> None:
    assert len(CLEAN) == 2
    assert [p.suffix for p in MT] == [".txt", ".jsonl", ".html", ".vtt", ".txt"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    """As measured blind: not even a minor finding on the two clean texts."""
    assert [(path.name, f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes_at_least_blind() -> None:
    """Blind: 59 of 70 found, 55 with the accepted fix; no planted error found blind may be lost."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 59 and fixed >= 55
    assert set(missed) <= set(BLIND_MISSES), sorted(set(missed) - set(BLIND_MISSES))


def test_no_new_finding_outside_planted_spans() -> None:
    """Every finding on the MT files is a planted (rule, span) or one of the blind extras."""
    extra = set(unplanted_findings(MT))
    assert extra <= BLIND_EXTRAS, sorted(extra - BLIND_EXTRAS)


def test_page_chrome_no_worse_than_blind() -> None:
    """Blind: 33 of the page's 34 chrome and article lines classified as annotated."""
    assert set(chrome_misclassified(PAGE)) <= set(BLIND_CHROME)


# After the fixes (the blind figures above stay as measured): README 'After the fixes'.
AFTER_FIX_FOUND, AFTER_FIX_FIXED = 68, 65
AFTER_FIX_MISSES = ["01_xam_nhap_man.txt: C104 'Mi Công'", "05_sri_lanka_tham_viet_nam.txt: C101 'Ấn Độ'"]
# the one extra left: A102 beside A105 on the record that lost a clause (true)
AFTER_FIX_EXTRAS = {("02_duoc_pham_an_do.jsonl", "A102", "Nhà máy dự kiến đi vào hoạt động năm 2028.")}


def test_mt_recall_and_fixes_after_the_fixes() -> None:
    """After the fixes: 68 of 70 found, 65 with the accepted fix; the page's chrome all classified."""
    _, found, fixed, missed = score_planted(MT)
    assert found >= AFTER_FIX_FOUND and fixed >= AFTER_FIX_FIXED
    assert set(missed) <= set(AFTER_FIX_MISSES), sorted(set(missed) - set(AFTER_FIX_MISSES))
    assert set(unplanted_findings(MT)) <= AFTER_FIX_EXTRAS
    assert chrome_misclassified(PAGE) == []


# --- the fixes, on sentences outside the set (firing and quiet) ------------------------------------------


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_curated_cities_and_states_in_pinyin() -> None:
    assert _found("Hãng mở văn phòng tại bang Dekesasi và nhà máy ở Banjialuoer.", "C106") == [
        ("Dekesasi", "Texas"),
        ("Banjialuoer", "Bengaluru"),
    ]
    assert _found("Đoàn doanh nghiệp đến Mengmai rồi về Jinnai.", "C106") == [
        ("Mengmai", "Mumbai"),
        ("Jinnai", "Chennai"),
    ]
    # a city or state counts only after a place word; not a person's name
    assert _found("Anh Mengmai là kỹ sư; Kunshilan là tên một ban nhạc.", "C106") == []
    # the same table gives Chinese characters left in their fix
    assert _found("Hội chợ diễn ra ở 孟买 và 里约热内卢.", "L103") == [
        ("孟买", "Mumbai"),
        ("里约热内卢", "Rio de Janeiro"),
    ]
    # and N108 no longer takes a place's pinyin for a foreign name
    assert _found("Công ty có hai nhà máy tại bang Mahalashitela.", "N108") == []


def test_a_vietnamese_place_named_as_often_in_vietnamese() -> None:
    text = "Giải đua thuyền Shunhua năm nay rất sôi động.\nUBND thành phố Huế trao giải cho đội thắng."
    assert _found(text, "C106") == [("Shunhua", "Huế")]
    assert _found("Giải đua thuyền Shunhua năm nay rất sôi động.", "C106") == []
    # a place whose pinyin is also a Chinese one still needs more Vietnamese mentions ('Taiping' in Malaysia)
    assert _found("Đoàn đến thị trấn Taiping ở Malaysia.\nMột du khách đến từ Thái Bình.", "C106") == []


def test_a_name_of_three_parts_joined_by_dots() -> None:
    assert _found("Nhà văn Mario·Vargas·Llosa từng sống ở Madrid.", "N102") == [
        ("Mario·Vargas·Llosa", "Mario Vargas Llosa")
    ]
    # the gazetteer's person, by the family name: Portugal's Prime Minister
    assert _found("Thủ tướng Bồ Đào Nha Luís·Filipe·Montenegro phát biểu.", "N102") == [
        ("Luís·Filipe·Montenegro", "Luís Montenegro")
    ]
    assert _found("Tổng thống Ranil·Wickremesinghe tiếp đoàn.", "N102") == [
        ("Ranil·Wickremesinghe", "Ranil Wickremesinghe")
    ]
    assert _found("Đội hình: Tuấn Anh · Quang Hải · Văn Hậu", "N102") == []


def test_a_holder_whose_name_has_a_lowercase_particle() -> None:
    assert _found("Tổng thống Chile Luiz Inácio Lula da Silva dự hội nghị.", "N107") == [("Chile", "Brazil")]
    assert _found("Tổng thống Brazil Luiz Inácio Lula da Silva dự hội nghị.", "N107") == []
    # a person of the EU or the UN is no country's holder ('Thủ tướng Đức' of von der Leyen, a German minister once)
    assert _found("Bộ trưởng Quốc phòng Đức Ursula von der Leyen thăm đơn vị.", "N107") == []


def test_a_respelled_name_keeps_its_first_name_in_the_span() -> None:
    text = "Tổng thống Juan Carlos Varela đón đoàn.\nÔng Juan Carlos Varella phát biểu."
    assert _found(text, "T101") == [("Juan Carlos Varella", "Juan Carlos Varela")]
    # a country before both forms is no part of the name
    text = "Tổng thống Azerbaijan Ilham Aliyev đón đoàn.\nTổng thống Azerbaijan Ilham Aliev cảm ơn."
    assert _found(text, "T101") == [("Ilham Aliev", "Ilham Aliyev")]


def test_rare_abstract_english_nouns() -> None:
    assert _found("Chính sách này thể hiện tinh thần regionalism của khối.", "L101") == [("regionalism", None)]
    assert _found("Dự án giúp nông dân thích ứng, coping with salinity ở ven biển.", "L101") == [
        ("coping with salinity", None)
    ]
    # loans and names stay quiet, and so does a gloss in brackets
    assert _found("Độ mặn (salinity) tăng; công ty Regionalism Ltd. mở văn phòng; chơi game online.", "L101") == []


def test_pinyin_name_after_a_two_word_country() -> None:
    assert [t for t, _ in _found("Dự lễ có Đại sứ Việt Nam tại New Zealand Wang Minghui.", "N101")] == ["Wang Minghui"]
    assert _found("Đội tuyển Sri Lanka thắng; Thủ tướng Sri Lanka Harini Amarasuriya phát biểu.", "N101") == []


def test_a_row_of_action_buttons_is_chrome() -> None:
    from audit.corpus.boilerplate import classify_line

    assert classify_line("Thích Chia sẻ Sao chép liên kết Báo lỗi bài viết")[0] is not None
    assert classify_line("Thích · Chia sẻ · Gửi góp ý")[0] is not None
    assert classify_line("Người dân thích chia sẻ ảnh lên mạng.")[0] is None


def test_an_apposition_that_ranks_is_no_repeated_phrase() -> None:
    assert _found("Lào là đối tác, đối tác lớn nhất của tỉnh trong năm qua.", "F112") == []
    assert _found("Hội nghị có một quan sát viên, quan sát viên thứ hai của khối.", "F112") == []
    # a stutter across a comma is still one
    assert _found("Hai nước mở rộng hợp tác kinh tế, hợp tác kinh tế trong nhiều lĩnh vực.", "F112") == [
        ("hợp tác kinh tế, hợp tác kinh tế", "hợp tác kinh tế")
    ]


def test_sri_lanka_president_in_the_gazetteer() -> None:
    assert _found("Thủ tướng tiếp Tổng thống Sri Lanka Disanayake tại Nhà Quốc hội.", "N108") == [
        ("Disanayake", "Anura Kumara Dissanayake")
    ]
    assert _found("Tổng thống Sri Lanka Anula·Kumala·Dissanayake dự đại lễ.", "N102") == [
        ("Anula·Kumala·Dissanayake", "Anura Kumara Dissanayake")
    ]
    assert _found("Tổng thống Sri Lanka Anura Kumara Dissanayake dự đại lễ Vesak.", "N103") == []
