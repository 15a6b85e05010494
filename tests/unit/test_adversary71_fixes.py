"""adversary71's fixes, each tested both ways on sentences, names, places and lines that are in no adversary set (the
set's own pages are scored by test_adversary71.py): English idioms MT renders word for word, read on the target
alone (T308, references/en_idiom_calques.tsv); an English decimal point before 'billion' and before a spaced length
or weight in an article that writes its other numbers the Vietnamese way (F114); the plural of a common English
noun, after a number too (L101); 'Hue' and 'Central Vietnam' left in English (C105); a three-word name without its
marks that the document writes with them, a stage name with no surname (T101); menus split by '▪' or '⁂',
breadcrumbs by '▸', and update lines with 'cập nhật' after a dash (chrome)."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.corpus.boilerplate.line import classify_line
from audit.corpus.boilerplate.menus import menu_line


def _spans(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo điều tra, người lái xe buýt đã ngủ gật tại bánh xe trên cao tốc Trung Lương.", "ngủ gật tại bánh xe"),
        (
            "Ban giám đốc bệnh viện tìm cách quét vụ sai phạm xuống dưới thảm suốt nhiều tháng.",
            "quét vụ sai phạm xuống dưới thảm",
        ),
        ("Chỉ một con cừu đen trong đội ngũ cũng đủ làm hỏng hình ảnh của cả ngân hàng.", "con cừu đen"),
        ("Hai ngoại trưởng đã phá vỡ băng với một bữa tối thân mật ở Osaka.", "phá vỡ băng"),
        ("Khoản viện trợ 2 triệu USD chỉ là giọt nước trong cái xô đối với Sri Lanka.", "giọt nước trong cái xô"),
        ("Các bác sĩ trẻ ở Lào Cai sẵn sàng đi thêm một dặm vì bệnh nhân vùng cao.", "đi thêm một dặm"),
        ("Lớp lót bạc duy nhất của mùa giải là sự trưởng thành của các cầu thủ trẻ.", "Lớp lót bạc"),
    ],
)
def test_english_idiom_word_for_word_is_found(text: str, expected: str) -> None:
    """Other stories, places and people than the set's (adversary71 motivated the rows)."""
    assert _spans(text, "T308") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Con chó của ông ngủ ở bánh xe bò suốt buổi trưa.",
        "Cô giáo dặn các em quét rác dưới tấm thảm trong lớp học mỗi chiều.",
        "Trang trại ở Ninh Thuận nuôi 40 con cừu đen và hàng trăm con cừu trắng.",
        "Cậu bé chỉ cho khách xem con cừu đen trong chuồng.",
        "Tàu phá băng của Nga phá vỡ băng bằng mũi tàu gia cố thép ở Bắc Cực.",
        "Mái nhà bị dột, từng giọt nước trong xô rơi đều suốt đêm.",
        "Đoàn leo núi đi bộ thêm, đi thêm một dặm để tới bản.",
        "Chiếc hộp gỗ có lớp lót bạc bên trong để giữ đồ trang sức.",
        "Thị trường bất động sản phía Nam bắt đầu phá băng từ quý III.",
    ],
)
def test_literal_words_of_the_idioms_stay_quiet(text: str) -> None:
    assert _spans(text, "T308") == []


@pytest.mark.parametrize(
    ("text", "expected", "fix"),
    [
        ("Hội chữ thập đỏ quyên được 3.8 billion đồng cho vùng bão.", "3.8", "3,8"),
        ("Đoạn đê vỡ dài 1.2 km, khoảng 2.150 hộ dân phải sơ tán.", "1.2", "1,2"),
        ("Lực lượng cứu hộ đã phát 4.5 tấn gạo; mực nước sông giảm 0,7 m.", "4.5", "4,5"),
    ],
)
def test_english_decimal_point_before_billion_or_a_spaced_unit(text: str, expected: str, fix: str) -> None:
    findings = audit_text(text, select=["F114"])
    assert [(f.text, f.suggestion) for f in findings] == [(expected, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Xe nâng chở được 2.5 tấn, cần cẩu vươn xa 12.5 m.",  # no other number the Vietnamese way: the writer's own
        "Máy giặt cửa trước 9.5 kg; dòng máy sấy 8.0 kg.",
        "Ngày 30.4 tấn công cứ điểm, 1.250 quân tham gia.",  # a date before 'tấn công'
        "Đoạn đường dài 1,5 km, 2.300 hộ được hưởng lợi.",
    ],
)
def test_decimal_point_where_the_writer_convention_is_unknown_or_vietnamese_stays_quiet(text: str) -> None:
    assert _spans(text, "F114") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cảnh sát bắt giữ nhóm đối tượng nhận payments từ các nhà thầu.", "payments"),
        ("Hơn 500 volunteers đã tham gia dọn rác ở bãi biển Mỹ Khê.", "volunteers"),
        ("Trường tuyển thêm 40 teachers cho năm học mới ở Điện Biên.", "teachers"),
    ],
)
def test_plural_of_a_common_english_noun_is_english(text: str, expected: str) -> None:
    assert _spans(text, "L101") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Tuyến xe bus số 18 tăng chuyến; giá gas giảm 20.000 đồng một bình.",
        "Đoạn clip đạt 3 triệu views sau một ngày; nhóm có nhiều fans ở Hàn Quốc.",
        "Mạng 5G phủ sóng 63 tỉnh; gói cước 4 GB mỗi ngày.",
    ],
)
def test_loans_units_and_syllables_ending_in_s_stay_quiet(text: str) -> None:
    assert _spans(text, "L101") == []


@pytest.mark.parametrize(
    ("text", "expected", "fix"),
    [
        ("Lễ hội áo dài được tổ chức ở Hue vào đầu tháng 4.", "Hue", "Huế"),
        ("Nhiều hồ thủy điện ở Central Vietnam đã xả lũ.", "Central Vietnam", "miền Trung"),
    ],
)
def test_hue_and_central_vietnam_in_english(text: str, expected: str, fix: str) -> None:
    assert [(f.text, f.suggestion) for f in audit_text(text, select=["C105"])] == [(expected, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Chị Hue, tiểu thương chợ Đông Ba, cho biết hàng hóa bị ướt.",
        "Nhà thiết kế chọn gam màu (hue) trầm cho bộ sưu tập mùa đông.",
        "Tọa đàm về du lịch Huế và miền Trung diễn ra tại Đà Nẵng.",
    ],
)
def test_person_named_hue_english_hue_and_the_marked_names_stay_quiet(text: str) -> None:
    assert _spans(text, "C105") == []


def test_stage_name_without_its_marks_is_the_marked_one() -> None:
    text = "Nghệ sĩ Bảo Khánh Linh hát ca khúc mới.\nSau buổi diễn, Bao Khanh Linh chia sẻ với khán giả."
    assert [(f.text, f.suggestion) for f in audit_text(text, select=["T101"])] == [("Bao Khanh Linh", "Bảo Khánh Linh")]


def test_three_unmarked_words_the_text_never_marks_stay_quiet() -> None:
    text = "Ban nhạc Arctic Monkeys Tour diễn ở TP Hồ Chí Minh.\nCa sĩ Thu Minh hát; khán giả hô Minh Thu Linh."
    assert _spans(text, "T101") == []


@pytest.mark.parametrize(
    "line",
    [
        "Thời sự ▪ Kinh tế ▪ Văn hóa ▪ Thể thao",
        "Tin tức ⁂ Giải trí ⁂ Ẩm thực ⁂ Xe",
        "Pháp luật ▸ Hồ sơ vụ án",
    ],
)
def test_menus_split_by_squares_asterisms_and_small_triangles(line: str) -> None:
    assert menu_line(line)


@pytest.mark.parametrize("line", ["Ba điều cần nhớ ▪ an toàn là trên hết.", "Giá vé ▸ tăng 10% từ tháng sau, theo sở."])
def test_such_signs_in_a_sentence_are_no_menu(line: str) -> None:
    assert not menu_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Minh Quân – cập nhật 03-12-2025 lúc 08g15",
        "Chủ nhật, 14/12/2025 — Cập nhật lúc 9:30 PM (giờ Sydney)",
        "Thứ Năm, 4/12/2025 | cập nhật 21:05",
    ],
)
def test_update_lines_after_a_dash_are_chrome(line: str) -> None:
    assert classify_line(line)[0] == "timestamp"


@pytest.mark.parametrize(
    "line",
    [
        "Bản đồ ngập lụt – cập nhật 03-12-2025 lúc 8 giờ cho thấy 12 xã còn bị cô lập.",
        "Sở cho biết danh sách sẽ được cập nhật lúc 9:30 hằng ngày.",
    ],
)
def test_sentences_about_updates_are_article(line: str) -> None:
    assert classify_line(line)[0] is None
