"""misses44 (round 28): adversary96's misses fixed in a general way, each tested on sentences outside the set, both
ways: C107 Manulife by its Chinese name (宏 read 'hoành'), C104 Thailand as 'Thái Quốc' and a country's reading after a
leader's title before the holder's name, N108 a known person's two-character name part read from the record's Chinese
source, C101 a 'Trung Quốc' delegation's medals at the SEA Games, and the chrome of a live-results strip and a poll."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate import classify_lines


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def _found_pair(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)]) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "rule", "span", "fix"),
    [
        ("Tập đoàn Hoành Lợi và Prudential đều mở rộng kinh doanh tại Việt Nam.", "C107", "Hoành Lợi", "Manulife"),
        ("Hãng máy tính Hoành Kỳ ra mắt dòng laptop mới.", "C107", "Hoành Kỳ", "Acer"),  # 宏碁: the same reading
        ("Đoàn sẽ lên đường sang Thái Quốc vào tuần sau.", "C104", "Thái Quốc", "Thái Lan"),
        ("Hàng hóa xuất khẩu sang thị trường nước Thái Quốc tăng mạnh.", "C104", "Thái Quốc", "Thái Lan"),
        ("Thủ tướng Lão Qua Sonexay Siphandone tiếp Đại sứ Việt Nam.", "C104", "Lão Qua", "Lào"),
        ("Tổng thống A Căn Đình Milei phát biểu tại hội nghị.", "C104", "A Căn Đình", "Argentina"),
    ],
)
def test_fires(text: str, rule: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, rule)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Ông Nguyễn Hoành Lợi, giám đốc công ty, cho biết doanh thu tăng.", "C107"),
        ("Công ty TNHH Hoành Lợi ở Bình Dương vừa bị xử phạt.", "C107"),  # a Vietnamese firm's name, as Mỹ Quang's
        ("Anh Thái Quốc là học sinh lớp 12 ở Nghệ An.", "C104"),
        ("Ông Lê Thái Quốc, Giám đốc Sở Xây dựng, cho biết công trình sắp xong.", "C104"),
        ("Thái Quốc ghi bàn ở phút 90 giúp đội nhà thắng.", "C104"),
        ("Học sinh trường Ba Tây Lula mở hội chợ.", "C104"),  # no leader's title before
        ("Ông Ba Tây Nguyễn ở xóm trên.", "C104"),
    ],
)
def test_quiet(text: str, rule: str) -> None:
    assert _found(text, rule) == []


def test_a_known_name_part_read_from_the_source() -> None:
    """卡尼 is Mark Carney's family name in people.tsv; 'ông Kani' alone may be anyone, the source says who."""
    assert _found_pair("我们在大会上见到了卡尼。", "Chúng tôi gặp ông Kani tại đại hội.", "N108") == [
        ("Kani", "Mark Carney")
    ]
    assert _found_pair("会议在河内举行。", "Ông Kani dự hội nghị tại Hà Nội.", "N108") == []
    assert _found_pair("卡尼总理访问了河内。", "Thủ tướng Carney đã thăm Hà Nội.", "N108") == []
    assert _found("Thủ tướng Kani tới Hà Nội.", "N108") == []


SEA = "Thể thao Việt Nam hướng tới SEA Games 32\n"


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        (SEA + "Tại Campuchia, đoàn Trung Quốc đặt mục tiêu giành ít nhất 120 HCV, xếp thứ nhất toàn đoàn.", True),
        (SEA + "Đoàn thể thao Trung Quốc giành 201 huy chương vàng tại Asiad 19.", False),  # games China enters
        (SEA + "Đoàn Trung Quốc tập huấn tại Bắc Kinh, giành 5 huy chương vàng ở giải mời.", False),  # a Chinese city
        (SEA + "U22 Việt Nam sẽ đá giao hữu với U22 Trung Quốc vào ngày 15/11 để hoàn thiện đội hình.", False),
        ("Thể thao Việt Nam năm 2025\nĐoàn thể thao Trung Quốc giành 40 huy chương vàng ở giải châu Á.", False),
    ],
)
def test_a_delegation_at_the_sea_games(text: str, fires: bool) -> None:
    assert (_found(text, "C101") == [("Trung Quốc", "Việt Nam")]) is fires


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Tỷ số trực tiếp: Hà Nội FC 2-1 Thể Công | Nam Định 0-0 HAGL | SLNA 1-3 Bình Định", True),
        ("Thăm dò ý kiến: Bạn có ủng hộ cấm xe máy ở nội thành từ năm 2030?", True),
        ("Kết quả nhanh cho thấy tỷ lệ cử tri đi bầu đạt 98%.", False),
        ("Trực tiếp: Quốc hội thảo luận về dự án Luật Đất đai sửa đổi", False),
        ("Bình chọn năm nay thu hút 2.000 độc giả.", False),
        ("Ông hỏi: Ai sẽ giành HCV đơn nữ?", False),
    ],
)
def test_live_strip_and_poll_chrome(line: str, chrome: bool) -> None:
    assert (classify_lines([line])[0] is not None) is chrome


@pytest.mark.parametrize(
    ("text", "fix"),
    [  # a sportsperson's pinyin found by its shape in a person's slot, named by foreign_athletes.tsv
        ("Tay vợt Đan Mạch Ansailong giành chức vô địch.", "Viktor Axelsen"),
        ("Kỳ thủ Na Uy Kaersen tiếp tục dẫn đầu.", "Magnus Carlsen"),
        ("Tiền đạo Mubapei ghi hai bàn cho Real Madrid.", "Kylian Mbappé"),
    ],
)
def test_a_sportsperson_in_pinyin_is_named(text: str, fix: str) -> None:
    assert [f for _, f in _found(text, "N108")] == [fix]


def test_a_sportsperson_in_latin_letters_stays_quiet() -> None:
    assert _found("Tay vợt Ratchanok Intanon vào bán kết; tay vợt Viktor Axelsen thắng.", "N108") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [  # an English news term left by MT through English, with the press's Vietnamese term (en_vi_terms.tsv)
        ("Doanh nghiệp lo ngại về supply chain trong năm tới.", "supply chain", "chuỗi cung ứng"),
        ("Chính phủ thúc đẩy digital transformation trong khu vực công.", "digital transformation", "chuyển đổi số"),
        ("Nhiều dự án social housing projects đang mở bán.", "social housing projects", None),  # more than the term
    ],
)
def test_an_english_term_gets_its_vietnamese_term(text: str, span: str, fix: str | None) -> None:
    assert _found(text, "L101") == [(span, fix)]
