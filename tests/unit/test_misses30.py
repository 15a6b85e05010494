"""misses30 (round 24): adversary82's misses fixed so they generalise — each fix on names, places, words and
sentences that are not in the set, both ways (a case that fires, a near case that must stay quiet)."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.corpus.boilerplate.line import classify_line
from audit.corpus.boilerplate.page import classify_lines


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


# T308: chess, badminton, school and vaccine words kept in Hán-Việt
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Kỳ thủ Nguyễn Ngọc Trường Sơn là đặc cấp đại sư trẻ nhất của Việt Nam.", "đặc cấp đại sư", "đại kiện tướng"),
        ("Giải quốc tế tượng kỳ dành cho thiếu niên sẽ khai mạc tại Đà Nẵng.", "quốc tế tượng kỳ", "cờ vua"),
        ("Đội tuyển vũ mao cầu quốc gia tập huấn tại Bắc Giang.", "vũ mao cầu", "cầu lông"),
        ("Năm nay có hơn 5.000 tất nghiệp sinh ngành y ra trường.", "tất nghiệp sinh", "sinh viên tốt nghiệp"),
        ("Chị Hoa tất nghiệp đại học năm 2020 rồi đi làm ở Huế.", "tất nghiệp", "tốt nghiệp"),
        ("Tỉnh đã tiếp chủng vắc xin sởi cho 20.000 trẻ em.", "tiếp chủng", "tiêm chủng"),
        # the fix without its first word when the text before already ends in it
        ("Trường công bố bảng bài danh các khoa năm 2025.", "bài danh", "xếp hạng"),
        ("Ban tổ chức chuẩn bị lễ khai mạc thức trong tuần tới tại sân vận động.", "khai mạc thức", "khai mạc"),
    ],
)
def test_t308_rows_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Công ty đã hoàn tất nghiệp vụ thanh toán trong ngày.",
        "Phòng thí nghiệm tiếp chủng vi khuẩn vào môi trường thạch để theo dõi.",
        "Trạm y tế tiếp chủng ngừa cho trẻ sau khi tiêm mũi đầu.",
        "Hiện tượng kỳ lạ xuất hiện trên bầu trời Hà Giang.",
        "Trường công bố bảng xếp hạng các khoa năm 2025.",
    ],
)
def test_t308_rows_quiet(text: str) -> None:
    assert _found(text, "T308") == []


# N105: a minister's title in the Chinese word order
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Hôm qua, Giáo dục bộ trưởng Trần Hồng Thái đã đến thăm trường.",
            "Giáo dục bộ trưởng",
            "Bộ trưởng Bộ Giáo dục và Đào tạo",
        ),
        (
            "Ngoại giao Bộ trưởng Lê Văn Minh tiếp Đại sứ Pháp tại Hà Nội.",
            "Ngoại giao Bộ trưởng",
            "Bộ trưởng Bộ Ngoại giao",
        ),
        (
            "Quốc phòng bộ trưởng Nhật Bản Takeda Hiroshi thăm cảng Cam Ranh.",
            "Quốc phòng bộ trưởng",
            "Bộ trưởng Quốc phòng",
        ),
        ("Vệ sinh bộ trưởng Lý Thị Mai dự lễ.", "Vệ sinh bộ trưởng", "Bộ trưởng Bộ Y tế"),
    ],
)
def test_minister_in_chinese_order_fires(text: str, span: str, fix: str) -> None:
    assert _found(text, "N105") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Tại Bộ Giáo dục, Bộ trưởng cho biết kỳ thi sẽ giữ ổn định.",
        "Bộ trưởng Bộ Y tế Đào Hồng Lan chủ trì cuộc họp.",
        "Bộ trưởng Giáo dục Australia Jason Clare thăm Hà Nội.",
        "Về y tế, Bộ trưởng đề nghị tăng chi.",
        "Ủy ban Quốc phòng Bộ trưởng gửi văn bản.",
    ],
)
def test_minister_in_chinese_order_quiet(text: str) -> None:
    assert _found(text, "N105") == []


# C107: sport, children's and university bodies by their Chinese names
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Quốc tế Kỳ liên đã công bố bảng Elo mới.", "Quốc tế Kỳ liên", "FIDE"),
        ("Liên hợp quốc Nhi đồng Cơ kim hội và WHO hỗ trợ tỉnh.", "Liên hợp quốc Nhi đồng Cơ kim hội", "UNICEF"),
        ("Trường Thủ Nhĩ Đại học đã ký thỏa thuận với Đại học Huế.", "Thủ Nhĩ Đại học", "Đại học Quốc gia Seoul"),
        ("Trường Hà Nội Quốc gia Đại học đã ký thỏa thuận.", "Hà Nội Quốc gia Đại học", "Đại học Quốc gia Hà Nội"),
        ("Bệnh viện Đại học Cửu Châu hợp tác với Bệnh viện Chợ Rẫy.", "Cửu Châu", "Kyushu"),
        ("Sinh viên Đại học Tảo Đạo Điền sang Hà Nội.", "Tảo Đạo Điền", "Waseda"),
    ],
)
def test_c107_rows_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C107")


@pytest.mark.parametrize(
    "text",
    [
        "Anh Cửu Châu quê ở Nghệ An, ông Diên Thế làm ruộng.",
        "Cô Khánh Ứng dạy văn ở trường làng.",
        "Trần Thế Mậu Tổ chức cuộc họp hôm qua.",
        "Lê Ngưu Tân đến.",
    ],
)
def test_c107_rows_quiet(text: str) -> None:
    assert _found(text, "C107") == []


# N106: 'tiên sinh' after the speaker of a quotation closed right before
def test_honorific_after_quoted_speaker() -> None:
    assert _found("“Chúng tôi sẽ trở lại”, Hoàng Văn Nam tiên sinh nói với báo chí.", "N106") == [("tiên sinh", "")]
    assert _found("“Học, học nữa”, Chu tiên sinh nói.", "N106") == []  # a bare surname: the old usage
    assert _found("Người ta kể rằng Nguyễn Văn Khánh tiên sinh nói chuyện rất hay.", "N106") == []


# T307: 'vạn' before cases of a disease; chess's 'cờ vua' is no history's king
def test_van_before_cases_and_in_chess_news() -> None:
    assert _found("Cả nước ghi nhận 7 vạn ca sốt xuất huyết.", "T307") == [("7 vạn", "70.000")]
    assert _found("Giải cờ vua học sinh năm nay có 2 vạn học sinh tham gia.", "T307") == [("2 vạn", "20.000")]
    assert _found("Anh sáng tác 2 vạn ca khúc.", "T307") == []
    assert _found("Vua Quang Trung đem 10 vạn quân ra Bắc, 5 vạn người dân theo.", "T307") == []


# F114: a comma thousands group before cases
def test_english_thousands_before_cases() -> None:
    assert _found("Huế ghi nhận 2,150 ca tay chân miệng.", "F114") == [("2,150", "2.150")]
    assert _found("Ca sĩ đã hát 1,500 ca khúc.", "F114") == []
    assert _found("Bệnh viện có 2,5 ca trực mỗi ngày.", "F114") == []


# F113: four copies of a word whose doubling is correct
def test_loop_of_a_doubled_word() -> None:
    assert _found("Khách đứng xếp hàng hàng hàng hàng trước cửa.", "F113") == [("hàng hàng hàng hàng", "hàng")]
    assert _found("Cờ bay hàng hàng lớp lớp trên phố.", "F113") == []
    assert _found("Cậu bé cười ha ha ha ha vang nhà.", "F113") == []
    assert _found("Anh ấy rất rất rất vui.", "F113") == []


# N109: a Korean cue after the name, and a name N101 does not read after 'Hàn Quốc'
def test_korean_cues() -> None:
    assert _found("Kỹ sư Piao Zhenyu thuộc tập đoàn Samsung đã đến Bắc Ninh.", "N109") == [("Piao Zhenyu", None)]
    assert _found("Giáo sư Jin Minzhe của Đại học Yonsei cho biết.", "N109") == [("Jin Minzhe", None)]
    assert _found("Nhà vô địch Hàn Quốc An Qinghe thắng.", "N109") == [("An Qinghe", None)]
    assert _found("Tiến sĩ Li Zhiqiang của Đại học Thanh Hoa cho biết.", "N109") == []
    assert _found("Tay vợt Hàn Quốc An Sujin thắng dễ.", "N109") == []
    assert _found("Tay vợt Trung Quốc An Xiying thua.", "N109") == []


# N108: a rank between the sports role and the country
def test_pinyin_name_after_a_ranked_role() -> None:
    assert _found("Cô thắng tay vợt số một Nhật Bản Shantian Huazi với tỷ số 2-1.", "N108") == [
        ("Shantian Huazi", None)
    ]
    assert _found("Cô thắng tay vợt số một Nhật Bản Yamaguchi Akane với tỷ số 2-1.", "N108") == []
    assert _found("Cô thắng tay vợt số một Thái Lan Ratchanok Intanon.", "N108") == []


# chrome: a ranking box, an e-mail newsletter's masthead, no-reply note and contents line
def test_ranking_box_beside_chrome_or_at_the_edge() -> None:
    box = [
        "Giải vô địch châu Á kết thúc hôm qua với chiến thắng của tuyển Việt Nam trước Nhật Bản.",
        "BXH Ngoại hạng Anh",
    ]
    box += ["1. Arsenal – 30 điểm", "2. Man City – 28 điểm", "3. Liverpool – 27 điểm"]
    assert classify_lines(box, text_page=True) == [None] + ["navigation"] * 4
    inside = ["Kết quả giải cờ vua", "Sau 9 ván, bảng xếp hạng chung cuộc như sau.", "Bảng xếp hạng chung cuộc"]
    inside += ["1. Nguyễn Văn An (Hà Nội) – 7,5 điểm", "2. Trần Bình (Huế) – 7 điểm"]
    inside += ["Ban tổ chức trao giải cho ba kỳ thủ dẫn đầu vào chiều qua tại nhà thi đấu."]
    assert classify_lines(inside, text_page=True) == [None] * 6


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("BẢN TIN GIÁO DỤC | Số 12 | Tháng 10/2025", "navigation"),
        ("_Thư tự động. Vui lòng không phản hồi email này._", "footer"),
        ("Please do not reply to this email.", "footer"),
        ("**Trong bản tin này:** Tuyển sinh | Học bổng | Lịch thi", "navigation"),
        ("Bản tin số 5 của Bộ Y tế cho biết 100 ca mắc mới.", None),
        ("Họ không trả lời thư này.", None),
        ("Trong số này, 12 người là học sinh · sinh viên.", None),
        ("Trong số này có 12 em đạt giải nhất.", None),
    ],
)
def test_newsletter_lines(line: str, kind: str | None) -> None:
    assert classify_line(line)[0] == kind
