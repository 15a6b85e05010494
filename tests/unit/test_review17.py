"""Regressions review17 found by probing round 15's merged changes with new human-written text, each fix tested
here on other names, places and sentences than the probes that found it: a Japanese city whose name is a foreign
city's pinyin (C106), people listed or introduced with a bracket like a correspondent's byline (chrome), 'được được'
where the first 'được' is the verb of a relative clause (F111), China's own ranking beside Việt Nam's and a plant
frame opening its sentence (C101), two people with twin middle names told apart by brackets (T101), and the
lowercase syllables of a hyphenated transliteration (S101)."""

from __future__ import annotations

from audit.api import audit_text
from audit.corpus.boilerplate import classify_lines
from audit.lang.hanviet import fold
from audit.lang.resources import read_tsv
from audit.lang.vn_places import pinyin_places


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_a_japanese_city_named_right_is_no_foreign_city_in_pinyin() -> None:
    """'Kasai' (加西, Hyogo) is also the pinyin of 卡塞 (Casey): no foreign city's pinyin is a Japanese city's name."""
    assert _found("Đoàn thực tập sinh Việt Nam đã đến Kasai, tỉnh Hyogo, để làm việc tại một nhà máy.", "C106") == []
    japan = {fold(r["vi"]).replace(" ", "").replace("-", "") for r in read_tsv("cities.jp.tsv")}
    clashes = [k for k, p in pinyin_places().items() if p.city and not p.japan and k in japan]
    assert clashes == []
    assert _found("Thủ tướng đến thủ đô Duoha của Qatar.", "C106") == [("Duoha", "Doha")]


def test_people_listed_or_introduced_with_a_bracket_are_article_text() -> None:
    lines = [
        "Trao học bổng cho sinh viên Việt Nam ở nước ngoài",
        "Quỹ học bổng năm nay dành cho năm sinh viên có thành tích nổi bật, trong đó có:",
        "Vũ Thanh Tùng (từ Melbourne)",
        "Đặng Ngọc Ánh (tại Budapest)",
        "Ông Lý Quốc Hưng (từ Praha)",
        "Ông Hưng cho biết số tiền sẽ dùng để mua sách cho sinh viên khó khăn.",
        "Bà Trịnh Thu Nga (từ Lyon)",
        "Bà Nga nhắc lại kỷ niệm những ngày đầu sang Pháp học tập.",
        "Anh Thư (từ Paris)",
    ]
    kinds = classify_lines(lines)
    assert kinds[:8] == [None] * 8
    assert kinds[8] == "byline"  # a reporter whose given name is 'Anh Thư', at the foot of the page
    assert classify_lines(["Giá gạo xuất khẩu tăng mạnh trong tuần qua.", "Minh Khang (từ Manila)"])[1] == "byline"


def test_duoc_after_a_relative_clause_s_marker_is_the_verb_get() -> None:
    assert _found("Phần thưởng mà các em sẽ được được trao vào dịp cuối năm học.", "F111") == []
    assert _found("Những gì nhân viên đã được được ghi lại trong sổ theo dõi.", "F111") == []
    assert _found("Công trình mà tỉnh đã phê duyệt sẽ được được khởi công vào tháng Ba.", "F111") == [
        ("được được", "được")
    ]
    assert _found("Hàng hóa nhập khẩu đang được được kiểm tra tại cửa khẩu.", "F111") == [("được được", "được")]


INDONESIA = (
    "Việt Nam và Indonesia thúc đẩy hợp tác năng lượng\n"
    "Hai nước Việt Nam và Indonesia nhất trí mở rộng trao đổi than và khí đốt.\n"
    "{line}\n"
)


def test_china_s_ranking_beside_vietnam_s_own_stays_quiet() -> None:
    both = "Indonesia là nhà cung cấp than lớn nhất của Trung Quốc và cũng là bạn hàng lớn của Việt Nam."
    assert _found(INDONESIA.format(line=both), "C101") == []
    slip = "Indonesia là nhà cung cấp than lớn nhất của Trung Quốc trong khu vực."
    assert _found(INDONESIA.format(line=slip), "C101") == [("Trung Quốc", "Việt Nam")]


def test_a_plant_frame_opening_its_sentence_fires() -> None:
    line = "Nhà máy lắp ráp xe máy điện đầu tiên của Trung Quốc tại Indonesia sẽ đi vào hoạt động năm sau."
    assert _found(INDONESIA.format(line=line), "C101") == [("Trung Quốc", "Việt Nam")]


def test_twin_middle_names_told_apart_by_brackets_are_two_people() -> None:
    told = (
        "Danh sách cầu thủ dự giải U15 quốc gia\n"
        "Thủ môn Trần Đinh Khang (Sông Lam Nghệ An) được bầu là cầu thủ xuất sắc nhất.\n"
        "Danh hiệu vua phá lưới thuộc về Trần Đình Khang (Viettel).\n"
    )
    assert _found(told, "T101") == []
    slipped = (
        "Ông Trần Đình Khang (Bộ Tài chính) trình bày báo cáo.\n"
        "Theo ông Trần Đinh Khang, thu ngân sách năm nay vượt dự toán.\n"
    )
    assert _found(slipped, "T101") == [("Trần Đinh Khang", "Trần Đình Khang")]


def test_a_hyphenated_transliteration_s_syllables_are_no_typos() -> None:
    assert _found("Đoàn công tác làm việc tại Ca-dắc-xtan và Uy-xcôn-xin trong tuần qua.", "S101") == []
    typo = "Đoàn công tác làm việc tại Ca-dắc-xtan; hai bên thống nhât kế hoạch."
    assert [text for text, _ in _found(typo, "S101")] == ["nhât"]
