"""The fifth adversary held-out set (tests/data/adversary5_src): records that carry a source, in every record
format the tool reads (JSONL, TSV, XLIFF 1.2 and 2.0), English and Chinese sources. Human translations (numbers
written the Vietnamese way, Chinese myriads and tenths converted, rounding, converted units, clock times, months
counted another way, French and local place names) must get no major or critical finding; the MT-style records
(numbers and scale words changed, numbers, dates, links and sentences lost, countries swapped, names misspelt,
empty targets, one source translated two ways, pinyin and Chinese characters) must be found with the right fix.
Each fix made in this round also has a test on sentences that are not in the set."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings

from audit.api import document_from_pairs
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary5_src"
CLEAN = sorted((ADVERSARY / "clean").iterdir())
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_translations_get_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_translations_get_no_finding_at_all() -> None:
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_every_record_format_is_read_with_its_sources() -> None:
    """200 records in JSONL, TSV, XLIFF 1.2 and 2.0, each with its source (six targets are empty)."""
    from audit.corpus import ReadOptions, discover, read_file

    errors: list = []
    segments = [
        s
        for p in CLEAN + MT
        for d in read_file(discover([str(p)], errors)[0], ReadOptions(), errors)
        for s in d.segments
    ]
    assert errors == [] and len(segments) == 200 and all(s.source for s in segments)
    assert sum(not s.text for s in segments) == 6
    versions = {'version="1.2"' in p.read_text(encoding="utf-8") for p in CLEAN + MT if p.suffix == ".xlf"}
    assert versions == {True, False}


def test_mt_recall_and_fixes() -> None:
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 65
    assert found >= 63, missed  # 63/65 after the detector fixes (tests/data/adversary5_src/README.md)
    assert fixed >= 63


def _run(pairs: list[tuple[str, str]], select: str) -> list[tuple[str, str, str | None]]:
    doc = document_from_pairs(pairs)
    return [(f.rule, f.text, f.suggestion) for f in run_rules(doc, [c() for c in select_rules([select])], Settings())]


def test_a_wrong_scale_word_is_fixed_with_the_word() -> None:
    """'triệu' for billion, 'tỷ' for 亿: number and word are replaced by how Vietnamese writes the amount; a right
    word before a wrong number keeps the word."""
    found = _run(
        [
            ("The dam will cost $4.8 billion.", "Con đập sẽ tốn 4,8 triệu USD."),
            ("港口年吞吐量达5.4亿吨。", "Cảng có công suất 5,4 tỷ tấn mỗi năm."),
            ("公司营收为63亿元。", "Doanh thu của công ty là 630 triệu nhân dân tệ."),
            ("The fund holds $72 billion.", "Quỹ nắm giữ 27 tỷ USD."),
            ("The deal is worth 1.7万亿 won.", "Thỏa thuận trị giá 17 nghìn tỷ won."),
        ],
        "A101",
    )
    assert found == [
        ("A101", "4,8 triệu", "4,8 tỷ"),
        ("A101", "5,4 tỷ", "540 triệu"),
        ("A101", "630 triệu", "6,3 tỷ"),
        ("A101", "27", "72"),
        ("A101", "17", "1,7"),
    ]


def test_a_fix_is_grouped_as_the_target_groups_its_number() -> None:
    found = _run([("工人月薪为2480元。", "Công nhân được trả 2.840 nhân dân tệ mỗi tháng.")], "A101")
    assert found == [("A101", "2.840", "2.480")]
    assert _run([("The law dates from 1987.", "Luật có từ năm 1978.")], "A101") == [("A101", "1978", "1987")]


def test_chinese_hours_of_the_afternoon() -> None:
    """下午/晚上 before an hour make it the 24-hour hour; a half of the day said the other way is still found."""
    quiet = [
        ("展览于晚上7点开幕，次日上午9时闭幕。", "Triển lãm khai mạc lúc 19 giờ và bế mạc lúc 9 giờ sáng hôm sau."),
        ("航班于下午4时30分降落。", "Chuyến bay hạ cánh lúc 16 giờ 30 phút."),
        ("比赛下午2点开始。", "Trận đấu bắt đầu lúc 2 giờ chiều."),
    ]
    assert _run(quiet, "A101") == []
    assert _run([("比赛下午2点开始。", "Trận đấu bắt đầu lúc 2 giờ sáng.")], "A101") == [("A101", "2", None)]
    # the fix on the 24-hour clock the target writes (adversary25): 3 p.m. is '15 giờ', not '3'
    assert _run([("会议下午3时开始。", "Cuộc họp bắt đầu lúc 13 giờ.")], "A101") == [("A101", "13", "15")]


def test_rounded_figures_after_a_word_that_says_so() -> None:
    quiet = [
        ("The city has 5.97 million residents.", "Thành phố có gần 6 triệu dân."),
        ("Exports rose to $2.04 billion.", "Xuất khẩu tăng lên hơn 2 tỷ USD."),
        ("公司员工约有1.96万人。", "Công ty có khoảng 20.000 nhân viên."),
    ]
    assert _run(quiet, "A1") == []
    # a changed figure with a hedge is still a change: as precise as the source, the wrong side, or too far off
    found = _run(
        [
            ("The city has 23 hospitals.", "Thành phố có khoảng 24 bệnh viện."),
            ("Exports rose to $2.04 billion.", "Xuất khẩu tăng lên gần 2 tỷ USD."),
            ("The city has 1.6 million residents.", "Thành phố có gần 2 triệu dân."),
        ],
        "A101",
    )
    assert [t for _, t, _ in found] == ["24", "2", "2"]


def test_months_counted_from_january() -> None:
    assert _run([("印度1至9月出口增长5%。", "9 tháng đầu năm, xuất khẩu của Ấn Độ tăng 5%.")], "A10") == []
    assert _run([("印度1-9月出口增长5%。", "Xuất khẩu của Ấn Độ tăng 5%.")], "A102") != []  # the months are lost


def test_a_name_spelt_as_another_language_writes_it() -> None:
    quiet = [("The trial opened in Nuremberg and moved to Lisbon.", "Phiên tòa mở ở Nürnberg rồi chuyển sang Lisboa.")]
    assert _run(quiet, "A103") == []
    fires = [
        ("The striker Lamine Yamal scored in Rotterdam.", "Tiền đạo Lamine Yamak ghi bàn ở Roterdan."),
        ("Angela Merkel met Emmanuel Macron.", "Angela Merkle gặp Emmanuel Macon."),  # 'Macon' is a French town
    ]
    assert _run(fires, "A103") == [
        ("A103", "Yamak", "Yamal"),
        ("A103", "Roterdan", "Rotterdam"),
        ("A103", "Merkle", "Merkel"),
        ("A103", "Macon", "Macron"),
    ]


def test_chinese_short_country_names_and_either_apostrophe() -> None:
    fires = [
        ("印尼与菲律宾签署渔业协议。", "Indonesia và Malaysia ký thỏa thuận nghề cá."),
        ("Cocoa from Côte d'Ivoire and Ghana.", "Ca cao từ Nigeria và Ghana."),
        ("沙特是最大买家。", "Iraq là khách hàng lớn nhất."),
    ]
    assert [(r, t) for r, t, _ in _run(fires, "A107")] == [("A107", "Malaysia"), ("A107", "Nigeria"), ("A107", "Iraq")]
    quiet = [
        ("澳洲与纽西兰加强合作。", "Australia và New Zealand tăng cường hợp tác."),
        ("Côte d'Ivoire beat Ghana.", "Côte d'Ivoire thắng Ghana."),
        ("南韩与北韩举行会谈。", "Hàn Quốc và Triều Tiên tổ chức hội đàm."),
    ]
    assert _run(quiet, "A107") == []


def test_a_domain_without_www_is_copied() -> None:
    fires = [("Forecasts are posted at yr.no and on smhi.se/en.", "Dự báo được đăng trên trang yr.no.")]
    assert [r for r, _, _ in _run(fires, "A104")] == ["A104"]
    quiet = [
        ("At 9 a.m. the U.S. team (i.e. the hosts) arrived.", "Lúc 9 giờ sáng, đội Mỹ (tức đội chủ nhà) đến nơi."),
        ("Tickets at ticketmaster.co.uk.", "Vé bán tại ticketmaster.co.uk."),
    ]
    assert _run(quiet, "A104") == []


def test_a_name_left_in_the_pinyin_of_the_source() -> None:
    """The target's name reads a run of the Chinese source's characters: found wherever it stands (after other
    capitalised words too), and fixed with the characters' Hán-Việt, not a guess from the pinyin."""
    found = _run(
        [
            (
                "外交部发言人毛宁表示，双方将加强合作。",
                "Người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ning cho biết hai bên sẽ hợp tác.",
            ),
            ("中国驻泰国大使韩志强出席了招待会。", "Đại sứ Han Zhiqiang đã dự tiệc chiêu đãi."),  # 志 Chí, not 智 Trí
            ("公司总裁欧阳明出席了仪式。", "Tổng giám đốc công ty Ouyang Ming dự buổi lễ."),
        ],
        "N101",
    )
    assert [(t, s) for _, t, s in found] == [
        ("Mao Ning", "Mao Ninh"),
        ("Han Zhiqiang", "Hàn Chí Cường"),
        ("Ouyang Ming", "Âu Dương Minh"),
    ]
    quiet = [
        ("华为与小米在香港推出新款手机。", "Huawei và Xiaomi ra mắt điện thoại mới tại Hong Kong."),
        ("马克龙与朔尔茨举行会谈。", "Emmanuel Macron và Olaf Scholz hội đàm."),
        ("王立新出席了活动。", "Ông Vương Lập Tân đã dự sự kiện."),
        ("隆安省发生洪灾。", "Lũ lụt xảy ra ở tỉnh Long An."),  # 'Long An' is the Hán-Việt of 隆安
    ]
    assert _run(quiet, "N101") == []


def test_a_decimal_before_van_and_an_english_word_before_the_full_stop() -> None:
    """T307: no Vietnamese writer puts a decimal before 'vạn' (8.6万 written digit for digit); L101: the last word of
    an English tail is part of it (a dot inside a token, 'example.com', still ends the run)."""
    from audit.api import audit_text

    def hits(text: str, rule: str) -> list[tuple[str, str | None]]:
        return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]

    assert hits("Cuộc biểu tình thu hút 3,5 vạn người.", "T307") == [("3,5 vạn", "35.000")]
    assert hits("Hàng vạn người và 10 vạn quân.", "T307") == []
    assert hits("Các ngân hàng trung ương are now cutting interest rates.", "L101") == [
        ("are now cutting interest rates", None)
    ]
    assert hits("Xem chi tiết tại trang example.com hoặc gọi tổng đài.", "L101") == []
