"""adversary73's fixes, each tested both ways on sentences, names, places and lines that are in no adversary set (the
set's own pages are scored by test_adversary73.py): English idioms MT renders word for word, read on the target alone
(T308, references/en_idiom_calques.tsv); English number forms no Vietnamese writer uses (F114: both English
separators, a decimal point after a verb of change before 'điểm', before a currency, three decimals ending in a zero
before a magnitude or a unit); Vietnamese places without their marks that are no province (C105,
references/vn_places.en.tsv); a former science minister, and his successor named months after the hand-over (N103);
a noun of people or firms from a place before a last 'từ' (F107); menus, breadcrumbs and bylines split by dots,
diamonds and arrows no earlier set used (chrome)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from chrome_lines import score_lines

from audit.api import audit_text
from audit.corpus.boilerplate.menus import menu_line


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize(
    ("text", "expected", "fix"),
    [
        (
            "Sau hai quý khó khăn, hãng hàng không này đang chạy trên tất cả các xi-lanh nhờ đường bay tới Ấn Độ.",
            "chạy trên tất cả các xi-lanh",
            "hoạt động hết công suất",
        ),
        (
            "Các nhà kinh tế cảnh báo nền kinh tế Argentina vẫn chưa thoát khỏi rừng dù lạm phát đã giảm.",
            "chưa thoát khỏi rừng",
            "chưa thoát khỏi khó khăn",
        ),
        (
            "Việc hãng thắng thầu không phải là một kết luận đã biết trước, theo giới phân tích ở Singapore.",
            "một kết luận đã biết trước",
            "điều chắc chắn",
        ),
        (
            "Bác sĩ nói việc rửa tay đúng cách không phải là khoa học tên lửa.",
            "không phải là khoa học tên lửa",
            "không quá phức tạp",
        ),
        ("Chính phủ Ba Lan buộc phải cắn viên đạn và tăng thuế nhiên liệu.", "cắn viên đạn", "chấp nhận hy sinh"),
        (
            "“Chúng tôi như đang ở trên mặt trăng sau chiến thắng này,” đội trưởng Lê Hải Nam nói.",
            "ở trên mặt trăng",
            "vô cùng hạnh phúc",
        ),
        ("Hậu vệ người Ghana sẽ ký trên dòng chấm chấm trong vài ngày tới.", "ký trên dòng chấm chấm", "ký hợp đồng"),
        (
            "Thủ môn của Viettel đã giữ một tờ giấy sạch ở trận gặp Bình Dương.",
            "giữ một tờ giấy sạch",
            "giữ sạch lưới",
        ),
        ("Ở trận chân đầu tiên tại Riyadh, đội khách thua 0-2.", "chân đầu tiên", "lượt đi"),
        ("Trận chân thứ hai sẽ diễn ra tại sân Mỹ Đình tuần sau.", "chân thứ hai", "lượt về"),
    ],
)
def test_english_idiom_word_for_word_is_found(text: str, expected: str, fix: str) -> None:
    """Other stories, places and people than the set's (adversary73 motivated the rows)."""
    assert _found(text, "T308") == [(expected, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Thợ máy kiểm tra áp suất trên tất cả các xi-lanh của động cơ diesel.",
        "Đoàn du khách đi lạc vẫn chưa ra khỏi rừng khi trời tối.",
        "Đội cứu hộ vẫn chưa ra khỏi rừng sau hai ngày tìm kiếm.",
        "Động cơ này không phải là khoa học tên lửa, mà là kỹ thuật ô tô cơ bản.",
        "Bác sĩ gắp viên đạn ra khỏi cánh tay, nạn nhân cắn chặt khăn.",
        "Phi hành gia Mỹ sẽ ở trên mặt trăng trong sáu ngày theo sứ mệnh Artemis III.",
        "Người làm đơn ký tên trên dòng chấm chấm ở góc phải phía dưới.",
        "Học sinh phải giữ một tờ giấy sạch để viết bài kiểm tra.",
        "Con chó bị thương ở chân sau và chân thứ hai bên trái.",
        "Hậu vệ trái dứt điểm bằng chân trái ở trận đấu đầu tiên.",
    ],
)
def test_literal_words_of_the_idioms_stay_quiet(text: str) -> None:
    assert _found(text, "T308") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chỉ số Kospi đóng cửa ở mức 4,012.55 điểm, tăng 0,8%.", "4,012.55"),
        ("Chỉ số Hang Seng mất 215.4 điểm trong phiên sáng nay.", "215.4"),
        ("Đồng baht lên 32.6 baht đổi 1 USD; giá vàng đạt 151,2 triệu đồng.", "32.6"),
        ("Doanh thu của hãng đạt 12,300 tỷ đồng, tăng 7,5% so với năm trước.", "12,300"),
        ("Mỗi kiện hàng nặng 2,450 kg, sớm hơn kế hoạch 1,5 ngày.", "2,450"),
    ],
)
def test_english_number_forms_no_vietnamese_writer_uses(text: str, expected: str) -> None:
    """Other indices, currencies and goods than the set's."""
    assert _found(text, "F114") == [(expected, expected.translate(str.maketrans(",.", ".,")))]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 20.5 điểm chuẩn được công bố; tỷ lệ đạt 3,5%.",
        "Ngày 15.4 đồng USD tăng giá; lạm phát 3,1%.",
        "Vận động viên thể dục đạt 14,350 điểm, hơn đối thủ 0,2 điểm.",
        "Cô chạy hết 42,195 km trong 2 giờ 31 phút; tỷ lệ 3,5%.",
        "Lô hàng nặng 1,250 kg theo cách viết của một doanh nghiệp Mỹ.",
        "Máy nặng 6.6 kg, giá 120.5 USD.",
    ],
)
def test_dates_vietnamese_decimals_and_unknown_conventions_stay_quiet(text: str) -> None:
    """A date before 'điểm' or 'đồng', three decimals not ending in a zero, a document with no Vietnamese number."""
    assert _found(text, "F114") == []


@pytest.mark.parametrize(
    ("text", "expected", "fix"),
    [
        ("Đoàn khách Hàn Quốc sẽ nghỉ hai đêm ở Con Dao trước khi bay về Hà Nội.", "Con Dao", "Côn Đảo"),
        ("Nhà máy lọc dầu Dung Quat đã tạm dừng một phân xưởng để bảo dưỡng trong 45 ngày.", "Dung Quat", "Dung Quất"),
        ("Giá phòng khách sạn ở Mui Ne tăng mạnh dịp lễ, theo các công ty du lịch.", "Mui Ne", "Mũi Né"),
    ],
)
def test_places_without_marks_that_are_no_province(text: str, expected: str, fix: str) -> None:
    assert _found(text, "C105") == [(expected, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Thí sinh Hoa Lac đến từ Nghệ An đạt giải nhất cuộc thi.",
        "Chị Cat Ba cho biết gia đình đã nhận được tiền hỗ trợ của xã.",
        "Sân vận động Thu Duc FC sẽ được sửa chữa trong năm tới.",
        "Cô đã từng sống ở Đà Lạt và Biên Hòa nhiều năm trước khi sang Úc.",
    ],
)
def test_people_english_names_and_marked_places_stay_quiet(text: str) -> None:
    assert _found(text, "C105") == []


def test_former_science_minister_in_a_text_after_his_tenure() -> None:
    text = "Hà Nội, 5/11/2025 – Bộ trưởng Bộ Khoa học và Công nghệ Huỳnh Thành Đạt đã chủ trì hội nghị chuyển đổi số."
    assert _found(text, "N103") == [  # misses23: the holder of the text's date after the title, as the fix
        ("Bộ trưởng Bộ Khoa học và Công nghệ Huỳnh Thành Đạt", "Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Mạnh Hùng")
    ]


def test_science_minister_in_his_tenure_stays_quiet() -> None:
    text = "Hà Nội, 5/11/2022 – Bộ trưởng Bộ Khoa học và Công nghệ Huỳnh Thành Đạt đã chủ trì hội nghị chuyển đổi số."
    assert _found(text, "N103") == []


_SUCCESSOR = "Bộ trưởng Nguyễn Mạnh Hùng cho biết Bộ sẽ trình đề án mới về trung tâm dữ liệu quốc gia."
_FORMER = "Bộ trưởng Bộ Khoa học và Công nghệ Huỳnh Thành Đạt phát biểu tại lễ ra mắt mạng lưới đổi mới sáng tạo."


def test_former_minister_beside_his_successor_months_after_the_hand_over() -> None:
    """Hand-over in February 2025; a story of October names both: the former one is no longer in office."""
    text = f"Đà Nẵng, 14/10/2025 – {_FORMER}\n{_SUCCESSOR}"
    assert [t for t, _ in _found(text, "N103")] == ["Bộ trưởng Bộ Khoa học và Công nghệ Huỳnh Thành Đạt"]


@pytest.mark.parametrize("dateline", ["Đà Nẵng, 14/4/2025 – ", "Năm 2025 – "])
def test_former_minister_beside_his_successor_near_the_hand_over_stays_quiet(dateline: str) -> None:
    """Two months after the hand-over, or a story whose month is unknown: each may be given his title of the time."""
    assert _found(f"{dateline}{_FORMER}\n{_SUCCESSOR}", "N103") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội chợ năm nay thu hút hơn 300 doanh nghiệp từ.", "từ"),
        ("Tỉnh sẽ mời thêm các chuyên gia từ.", "từ"),
    ],
)
def test_people_or_firms_from_a_place_cut(text: str, expected: str) -> None:
    assert [t for t, _ in _found(text, "F107")] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Học sinh phải giải thích nghĩa của từng từ.",
        "Đây là mặt hàng mà Việt Nam chủ yếu nhập khẩu từ.",
        "Du khách từ Hàn Quốc tăng mạnh.",
    ],
)
def test_the_noun_tu_and_a_fronted_source_stay_quiet(text: str) -> None:
    assert _found(text, "F107") == []


@pytest.mark.parametrize(
    "line",
    [
        "Thời sự ∙ Kinh tế ∙ Giáo dục ∙ Sức khỏe",
        "Văn hóa ◇ Du lịch ◇ Ẩm thực",
        "Kinh doanh ⋄ Tài chính ⋄ Bất động sản",
        "Trang chủ ⊳ Giáo dục",
        "Thể thao ➤ Quần vợt",
        "Kinh tế ⟫ Doanh nghiệp ⟫ Khởi nghiệp",
        "Lan Phương ∙ Thứ Hai, 1/12/2025 ∙ 07:30",
        "Chia sẻ: Facebook ◆ Zalo ◆ Sao chép đường dẫn",
    ],
)
def test_menus_and_meta_lines_split_by_dots_diamonds_and_arrows(line: str) -> None:
    assert menu_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ba điều cần nhớ ◇ an toàn là trên hết.",
        "Giá vé ➤ tăng 10% từ tháng sau, theo sở.",
        "Hà Nội → Hải Phòng chỉ còn 90 phút nhờ tuyến cao tốc mới",
    ],
)
def test_such_signs_in_a_sentence_are_no_menu(line: str) -> None:
    assert not menu_line(line)


def test_page_with_such_a_menu_keeps_its_article(tmp_path: Path) -> None:
    """A page whose menu, breadcrumb and byline use the new separators: chrome read as chrome, the article whole."""
    page = tmp_path / "page.txt"
    page.write_text(
        "TIN BIỂN ĐẢO 365 – Nhịp sống vùng biển\n"
        "Thời sự ∙ Kinh tế biển ∙ Du lịch ∙ Ngư dân ∙ Môi trường\n"
        "Kinh tế biển ➤ Thủy sản\n"
        "Ngư dân Bình Định trúng mùa cá ngừ đại dương\n"
        "Hoài Thu ∙ Thứ Hai, 1/12/2025 ∙ 06:40\n"
        "Sáng 1/12, hơn 40 tàu cá của ngư dân phường Quy Nhơn Đông cập cảng với sản lượng cá ngừ đại dương cao.\n"
        "Giá cá ngừ loại 1 được thương lái thu mua ở mức 125.000 đồng/kg, tăng 10% so với đầu vụ.\n"
        "Bình luận ∙ Chia sẻ ∙ Lưu bài\n",
        encoding="utf-8",
    )
    lines = [
        ["C", "TIN BIỂN ĐẢO 365 – Nhịp sống vùng biển"],
        ["C", "Thời sự ∙ Kinh tế biển ∙ Du lịch ∙ Ngư dân ∙ Môi trường"],
        ["C", "Kinh tế biển ➤ Thủy sản"],
        ["A", "Ngư dân Bình Định trúng mùa cá ngừ đại dương"],
        ["C", "Hoài Thu ∙ Thứ Hai, 1/12/2025 ∙ 06:40"],
        ["A", page.read_text(encoding="utf-8").splitlines()[5]],
        ["A", page.read_text(encoding="utf-8").splitlines()[6]],
        ["C", "Bình luận ∙ Chia sẻ ∙ Lưu bài"],
    ]
    page.with_suffix(".json").write_text(json.dumps({"lines": lines}, ensure_ascii=False), encoding="utf-8")
    score = score_lines(page)
    assert score.chrome_as_article == [] and score.article_as_chrome == [] and score.article_missing == []
