"""The fourth adversary held-out set (tests/data/adversary4): human-written news in registers the earlier sets
do not cover (a provincial traffic notice, a police drug case with legal citations, a chip design story with
English terms and units, a Premier League preview, an East Asian film week, coffee prices by province, the
university admission calendar, an op-ed, gold prices, a chess round, an airline's Tết schedule) must get no
major or critical finding; the machine-translated-style articles (Vietnamese people and provinces in pinyin,
calqued one-character country abbreviations, wrong office holders, a Chinese classifier, cut sentences) must
be found with the right fix. Each fix made in this round also has a test on sentences that are not in the set."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary4"
CLEAN = sorted((ADVERSARY / "clean").glob("*.txt"))
MT = sorted((ADVERSARY / "mt").glob("*.txt"))


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_news_gets_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_news_findings_are_few() -> None:
    """Only the chess article's 'Ding Liren' (a Chinese player in pinyin, as the press writes him: minor)."""
    found = sorted({(f.rule, f.text) for path in CLEAN for _, f in findings_of(path)})
    assert found == [("N101", "Ding Liren")]


def test_mt_recall_and_fixes() -> None:
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 60
    assert found >= 55, missed  # 55/60 after the round-5 detector fixes (tests/data/adversary4/README.md)
    assert fixed >= 53  # 53 of the 55


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_new_one_character_abbreviations_by_the_article_topic() -> None:
    """阿 is Argentina, Azerbaijan, Algeria and Afghanistan; 秘 Peru; 瑞 Sweden and Switzerland; 爱 Estonia too."""
    argentina = "Việt Nam và Argentina ký kết thỏa thuận về nông nghiệp\nHai bên thúc đẩy hợp tác Yue-A về thương mại."
    assert _hits(argentina, "C102") == [("Yue-A", "Việt Nam – Argentina")]
    swiss = "Việt Nam và Thụy Sĩ tăng cường hợp tác\nPhía Thụy cam kết hỗ trợ đào tạo nghề cho Việt Nam."
    assert _hits(swiss, "C103") == [("Phía Thụy", "Phía Thụy Sĩ")]
    estonia = "Việt Nam và Estonia thúc đẩy chuyển đổi số\nPhía Ái sẵn sàng chia sẻ kinh nghiệm chính phủ điện tử."
    assert _hits(estonia, "C103") == [("Phía Ái", "Phía Estonia")]
    assert _hits("Quan hệ Việt-Bí phát triển tốt.\nPeru là đối tác của Việt Nam ở Mỹ Latinh.", "C102") == [
        ("Việt-Bí", "Việt Nam – Peru")
    ]


def test_bare_readings_need_their_country_and_no_person_after_ben() -> None:
    """'bên A' in a contract, 'ngồi bên Thụy' beside a person, 'phía Bí' where Peru is never named: quiet."""
    contract = "Công ty nhập thịt bò từ Argentina.\nTheo hợp đồng, bên A cam kết thanh toán trong 30 ngày."
    assert _hits(contract, "C103") == []
    person = "Sinh viên Việt Nam du học Thụy Điển.\nEm ngồi bên Thụy và cảm thấy ấm áp."
    assert _hits(person, "C103") == []
    assert _hits("Hai đội gặp nhau ở sân phía Bí và phía Ái đều hoan nghênh.", "C103") == []


def test_czech_is_an_accepted_vietnamese_name() -> None:
    assert _hits("Đoàn doanh nghiệp sang Cộng hòa Czech tìm đối tác.", "C105") == []


def test_calqued_president_title_read_word_by_word() -> None:
    found = _hits("Chủ tịch Quốc gia Võ Văn Thưởng tiếp Thủ tướng Nhật Bản.", "N105")
    assert found == [("Chủ tịch Quốc gia", "Chủ tịch nước")]


def test_new_office_holders() -> None:
    """Ministers of finance and education and the Peruvian president are known: near-misses and given names."""
    assert _hits("Hà Nội, 12/3/2025 – Bộ trưởng Bộ Tài chính Nguyễn Văn Thẳng họp báo.", "N103") == [
        ("Nguyễn Văn Thẳng", "Nguyễn Văn Thắng")
    ]
    assert _hits("Lima, 5/6/2023 – Tổng thống Peru Dina tiếp đoàn doanh nghiệp Hàn Quốc.", "N104") == [
        ("Dina", "Dina Boluarte")
    ]


def test_english_pair_of_loans_more_frequent_in_english() -> None:
    # the press's term as the fix since misses44 (references/en_vi_terms.tsv)
    assert _hits("Hãng muốn mở rộng market share tại Đông Nam Á.", "L101") == [("market share", "thị phần")]
    assert _hits("Khán giả xem video clip và mua laptop gaming.", "L101") == []


def test_chinese_classifier_between_a_number_and_a_noun() -> None:
    assert _hits("Hải quân điều 3 tao tàu chiến và hai giá trực thăng.", "T308") == [
        ("tao", "chiếc"),
        ("giá", "chiếc"),
    ]
    # the span takes the space after the classifier: deleting it leaves one space
    assert _hits("Vụ cháy khiến 12 danh công nhân mắc kẹt.", "T308") == [("danh ", "")]
    quiet = "Anh nhận 2 danh hiệu; mua 2 lượng vàng; trong năm lượng xe bán ra tăng; chị Mai huy động vốn."
    assert _hits(quiet, "T308") == []


def test_pinyin_place_with_an_apostrophe() -> None:
    assert _hits("Lũ quét gây thiệt hại nặng ở tỉnh Yi'an.", "C106") == [("Yi'an", "Nghệ An")]
    assert _hits("Đoàn du khách thăm Xi'an và Yan'an ở Thiểm Tây.", "C106") == []


def test_foreign_surname_spelled_two_ways() -> None:
    text = "Tổng thống Kassym-Jomart Tokayev đón đoàn.\nThủ tướng Olzhas Bektenov dự tiệc.\nÔng Olzhas Bektanov nói."
    assert _hits(text, "T101") == [("Olzhas Bektanov", "Olzhas Bektenov")]
    quiet = "Kim Ye-ji và Kim Ye-jin thi đấu.\nHarry Kane và Harry Maguire dự trận.\nSanta Clara và Santa Clarita."
    assert _hits(quiet, "T101") == []
