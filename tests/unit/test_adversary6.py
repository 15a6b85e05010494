"""The sixth adversary held-out set (tests/data/adversary6): target-only plain text and JSONL (`id`, `mt`).
Human-written news in genres the earlier sets do not cover (an appeal verdict, a weather bulletin, a stock market
wrap, a plant protection notice, a festival programme, a health advisory, an interview, a science explainer) must
get no major or critical finding; the machine-translated-style texts about the Czech Republic, Bulgaria, the UAE,
Qatar, the United Kingdom and a rice forum must be found with the right fix. Each fix made in this round also has
a test on sentences that are not in the set."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary6"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix in {".txt", ".jsonl"})


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_gets_no_finding_at_all() -> None:
    assert [(f.rule, f.text) for path in CLEAN for _, f in findings_of(path)] == []


def test_mt_recall_and_fixes() -> None:
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 70
    assert found >= 66, missed  # blind 56 of 70; after this round's fixes 66 (tests/data/adversary6/README.md)
    assert fixed == found  # every found one with the right fix (blind: 52, 53 with the widened 'British')


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_new_heads_of_state_and_government() -> None:
    """Czech, Bulgarian, Emirati and Qatari office holders: a given name alone, the pinyin of the Chinese name."""
    assert _hits("Sofia, 3/3/2024 – Tổng thống Bulgaria Rumen tiếp Đại sứ Nhật Bản.", "N104") == [
        ("Rumen", "Rumen Radev")
    ]
    assert _hits("Doha, 5/4/2024 – Thủ tướng Qatar Mohammed điện đàm với Ngoại trưởng Pháp.", "N104") == [
        ("Mohammed", "Mohammed bin Abdulrahman Al Thani")
    ]
    assert _hits("Quốc vương Tamimu đã tiếp Tổng thống Pháp.", "N108") == [("Tamimu", "Tamim bin Hamad Al Thani")]
    assert _hits("Thủ tướng Séc Feiyala thăm Ba Lan.", "N108") == [("Feiyala", "Petr Fiala")]
    assert _hits("Tổng thống Bulgaria Ladefu dự hội nghị NATO.", "N108") == [("Ladefu", "Rumen Radev")]
    quiet = "Tổng thống Bulgaria Rumen Radev và Thủ tướng Séc Petr Fiala gặp Tổng thống Séc Petr Pavel."
    assert _hits(quiet, "N104") == [] and _hits(quiet, "N108") == []


def test_interpunct_between_latin_name_parts_is_removed() -> None:
    """No gazetteer person needed: Latin parts are rejoined; Hán-Việt or all-pinyin parts get no guess."""
    assert _hits("Thủ tướng Hà Lan Dick • Schoof tiếp đoàn.", "N102") == [("Dick • Schoof", "Dick Schoof")]
    assert _hits("Nhà văn Ernest · Hemingway từng sống ở Cuba.", "N102") == [("Ernest · Hemingway", "Ernest Hemingway")]
    # an acute on a word no Vietnamese syllable spells is Spanish (round 9, adversary18): the parts are rejoined
    assert _hits("Nhà văn Gabriel · García Márquez được nhắc đến.", "N102") == [
        ("Gabriel · García Márquez", "Gabriel García Márquez")
    ]
    # a part spelt as only Vietnamese spells (a Hán-Việt syllable) gets no guess (a surname no gazetteer person has;
    # Rutte, used here before round 11, is now NATO's Secretary General in people.tsv: see the next assertion)
    assert _hits("Thủ tướng Mạch • Kowalczyk của Ba Lan.", "N102") == [("Mạch • Kowalczyk", None)]
    assert _hits("Tổng thống Lý · Kowalczyk phát biểu.", "N102") == [("Lý · Kowalczyk", None)]
    # a gazetteer person's family name names him, whatever the Hán-Việt part (as 'Rompuy' names Herman Van Rompuy)
    assert _hits("Thủ tướng Mạch • Rutte của Hà Lan.", "N102") == [("Mạch • Rutte", "Mark Rutte")]


def test_one_letter_abbreviation_read_in_han_viet_beside_a_vietnamese_name() -> None:
    """'Việt-A' = 越阿 in an article about the UAE, Argentina …; 卡 (Qatar) by the article's topic."""
    uae = "Việt Nam và UAE ký hiệp định CEPA\nQuan hệ Việt-A phát triển tốt đẹp."
    assert _hits(uae, "C102") == [("Việt-A", "Việt Nam – UAE")]
    assert _hits("Việt Nam và Algeria hợp tác dầu khí\nQuan hệ Việt-A có bề dày.", "C102") == [
        ("Việt-A", "Việt Nam – Algeria")
    ]
    qatar = "Việt Nam và Qatar hợp tác năng lượng\nQuan hệ Yue-Ka phát triển nhanh.\nPhía Ca cam kết đầu tư."
    assert _hits(qatar, "C102") == [("Yue-Ka", "Việt Nam – Qatar")]
    assert _hits(qatar, "C103") == [("Phía Ca", "Phía Qatar")]
    assert _hits("Việt Nam và Canada hợp tác\nQuan hệ Yue-Ka phát triển.", "C102") == [("Yue-Ka", "Việt Nam – Canada")]
    quiet = "Đội Việt-A gặp đội Lào-B ở chung kết; lớp 12A và lớp Việt-A thi đấu; ca sĩ đứng phía Ca nô."
    assert _hits(quiet, "C102") == [] and _hits(quiet, "C103") == []


def test_country_by_the_pinyin_of_its_short_chinese_name() -> None:
    """阿联酋 'Alianqiu', 印尼 'Yinni', 沙特 'Shate' (countries.zh_short.tsv); a country in pinyin is no person."""
    found = _hits("Thủ tướng thăm Alianqiu rồi tới Shate.\nHai bên bàn về Yinni.", "C106")
    assert found == [("Alianqiu", "UAE"), ("Shate", "Ả Rập Xê Út"), ("Yinni", "Indonesia")]
    assert _hits("Thủ tướng Việt Nam và Thủ tướng Kataer hội đàm.", "N108") == []
    assert _hits("Hãng Emirates mở đường bay; du khách thích Nam Hán và bánh Shate Cafe.", "C106") == []


def test_english_adjectives_of_more_countries() -> None:
    assert _hits("Thủ tướng Bulgarian Rosen Zhelyazkov tiếp đoàn.", "C105") == [("Bulgarian", "Bulgaria")]
    assert _hits("Quỹ đầu tư Qatari rót vốn vào cảng biển.", "C105") == [("Qatari", "Qatar")]
    assert _hits("Vận động viên Kenyan về nhất ở cự ly 10 km.", "C105") == [("Kenyan", "Kenya")]
    assert _hits("Hãng hàng không Emirates và Qatar Airways tăng chuyến tới Hà Nội.", "C105") == []


def test_gulf_cooperation_council_in_han_viet() -> None:
    assert _hits("Việt Nam muốn đàm phán FTA với các nước Hải Hợp Hội.", "C107") == [
        ("Hải Hợp Hội", "Hội đồng Hợp tác vùng Vịnh (GCC)")
    ]


def test_first_name_with_two_letters_swapped() -> None:
    """'Kier Starmer' beside 'Keir Starmer' is one person mistyped; two sisters or brothers stay apart."""
    text = "Thủ tướng Anh Keir Starmer đón đoàn.\nÔng Kier Starmer phát biểu tại Oxford."
    assert _hits(text, "T101") == [("Kier Starmer", "Keir Starmer")]
    assert _hits("Nhà báo Jonas Berg viết.\nÔng Joans Berg trả lời.", "T101") == [("Joans Berg", "Jonas Berg")]
    quiet = "Venus Williams thắng.\nSerena Williams thua.\nAnh Mario Lopez hát.\nChị Maria Lopez đàn."
    assert _hits(quiet, "T101") == []
