"""misses33: what adversary85 missed, fixed where a general rule catches it. Each fix is tried both ways on
sentences, names, places and numbers written for this test (none is from a set, a corpus or a rule's example).

- T308: heritage, cybercrime and airline calques (非物质文化遗产, 网络诈骗, 警方, 嫌疑人, 加密货币, 订单), quiet where
  Vietnamese words hold the syllables ('phong cảnh phương Tây', 'đính đơn khiếu nại').
- C104: European cities read in Hán-Việt after a place word or a route's dash; 'Ba Lê' (Paris's old name) minor.
- C107: Chinese airlines and foreign museums by their Chinese names.
- N103: a former minister under the bare title in a page whose head and own dates of his last year fall later.
- N105: 'Văn hóa bộ trưởng', 'Khoa học và Công nghệ bộ trưởng'; a Vietnamese holder's name left in pinyin.
- T307: 'N vạn' before heritage objects, and before 'người' where the document holds another myriad.
- C101: the story's own subject as the country's n-th ('thứ 9 của Trung Quốc'); a bare ministry's advice to
  'người dân Trung Quốc'.
- N109: 'Pu' (朴) names after 'Hàn Quốc' in a Korea story. N106: 'tiên sinh' after a pinyin name.
- F114: flights counted ('12,400 chuyến bay').
"""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


# --- T308 ---


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Tỉnh đang lập hồ sơ phi vật thể văn hóa di sản về nghệ thuật hát xẩm.",
            "phi vật thể văn hóa di sản",
            "di sản văn hóa phi vật thể",
        ),
        ("Lực lượng chức năng triệt phá ba đường dây võng lạc trá phiến.", "võng lạc trá phiến", "lừa đảo qua mạng"),
        ("Cảnh phương Thái Lan cho biết hai nghi phạm đã bị bắt.", "Cảnh phương", "Cảnh sát"),
        ("Hiềm nghi nhân bị bắt tại sân bay khi định xuất cảnh.", "Hiềm nghi nhân", "Nghi phạm"),
        ("Nhiều người mất tiền vì các sàn gia mật hóa tệ không phép.", "gia mật hóa tệ", "tiền mã hóa"),
        ("Hãng Thai Airways vừa nhận đính đơn 12 máy bay A350.", "đính đơn", "đơn hàng"),
    ],
)
def test_calques_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Bức tranh tái hiện phong cảnh phương Tây thế kỷ 19.",
        "Bộ phim đặt bối cảnh phương Nam những năm 1960.",
        "Người dân đính đơn khiếu nại kèm theo các giấy tờ liên quan.",
        "Di sản văn hóa phi vật thể của nhân loại gồm nhiều loại hình nghệ thuật.",
    ],
)
def test_calque_syllables_in_vietnamese_words_stay_quiet(text: str) -> None:
    assert _found(text, "T308") == []


# --- C104 / C107 ---


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Đội tuyển sẽ tập huấn tại Mộ Ni Hắc trong hai tuần.", "Mộ Ni Hắc", "Munich"),
        ("Hãng dự kiến mở đường bay TP.HCM – Ba Tắc La Na vào năm 2027.", "Ba Tắc La Na", "Barcelona"),
        ("Triển lãm sơn mài được đưa tới Ba Lê vào mùa xuân.", "Ba Lê", "Paris"),
    ],
)
def test_european_cities_in_hanviet_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C104")


@pytest.mark.parametrize(
    "text",
    [
        "Cô theo học múa ba lê từ năm 6 tuổi và từng diễn ở Paris.",
        "Bà Mễ Lan là người phụ trách thư viện xã.",
        "Anh Lê Văn Tư và chị Nguyễn Thị Uy cùng tham gia lớp học.",
    ],
)
def test_city_readings_as_names_or_words_stay_quiet(text: str) -> None:
    assert _found(text, "C104") == []


def test_airlines_and_museums_by_chinese_names() -> None:
    assert ("Nam Phương Hàng không", "China Southern") in _found(
        "Hãng Nam Phương Hàng không tăng tần suất bay Quảng Châu – Hà Nội.", "C107"
    )
    assert ("Lư Phù Cung", "Bảo tàng Louvre") in _found("Bức tượng được trưng bày tại Lư Phù Cung.", "C107")
    assert _found("Ông Đông Phương cho biết doanh thu tăng; bà Cát Mỹ sống ở Huế.", "C107") == []


# --- N103: a page dated by its head, the article's dates of that year later too ---

_HEAD = "AN NINH 24H – Tin tức\nTrang chủ • Thời sự • Pháp luật\nVị trí: Trang chủ » Thời sự\nCông an phá đường dây\n"


def _page(updated: str, body: str) -> str:
    return f"{_HEAD}Cập nhật: 10:00 | {updated} – Lượt đọc: 1.200\n{body}\nNguồn: Bộ Công an\nChia sẻ: Facebook | Zalo"


def test_former_minister_in_a_page_after_his_last_month() -> None:
    body = "Ngày 20/9/2024, lực lượng chức năng bắt 12 đối tượng.\nBộ trưởng Bộ Công an Tô Lâm yêu cầu xử lý nghiêm."
    assert _found(_page("15/10/2024", body), "N103") == [
        ("Bộ trưởng Bộ Công an Tô Lâm", "Bộ trưởng Bộ Công an Lương Tam Quang")
    ]


@pytest.mark.parametrize(
    ("updated", "body"),
    [
        ("15/10/2024", "Ngày 20/3/2024, lực lượng chức năng bắt 12 đối tượng.\nBộ trưởng Bộ Công an Tô Lâm yêu cầu."),
        ("15/04/2024", "Ngày 20/9/2024, lực lượng chức năng bắt 12 đối tượng.\nBộ trưởng Bộ Công an Tô Lâm yêu cầu."),
        ("15/10/2024", "Ngày 20/9/2024, lực lượng bắt 12 đối tượng.\nNăm 2024, Bộ trưởng Bộ Công an Tô Lâm yêu cầu."),
    ],
)
def test_former_minister_quiet_when_a_date_of_his_last_year_is_within_it(updated: str, body: str) -> None:
    assert _found(_page(updated, body), "N103") == []


# --- N105 ---


def test_culture_and_science_ministers_in_chinese_order() -> None:
    assert _found("Văn hóa bộ trưởng Pháp Rachida Dati thăm Hà Nội.", "N105") == [
        ("Văn hóa bộ trưởng", "Bộ trưởng Văn hóa")
    ]
    assert _found("Khoa học và Công nghệ bộ trưởng Huỳnh Thành Đạt dự lễ.", "N105") == [
        ("Khoa học và Công nghệ bộ trưởng", "Bộ trưởng Bộ Khoa học và Công nghệ")
    ]
    # a Vietnamese holder's Chinese name left in pinyin (梁三光) takes Việt Nam's ministry
    assert _found("Công an bộ trưởng Liang Sanguang chỉ đạo điều tra.", "N105") == [
        ("Công an bộ trưởng", "Bộ trưởng Bộ Công an")
    ]


@pytest.mark.parametrize(
    "text",
    ["Bộ Văn hóa bộ trưởng cùng đoàn công tác đã tới Huế.", "Nhiều hoạt động văn hóa bộ trưởng đã dự trong tuần."],
)
def test_culture_before_minister_in_vietnamese_phrases_stays_quiet(text: str) -> None:
    assert _found(text, "N105") == []


# --- T307 ---


def test_myriads_before_heritage_objects_and_people_beside_another_myriad() -> None:
    assert _found("Thư viện lưu giữ 2 vạn cuốn sách cổ và 5 vạn hiện vật.", "T307") == [
        ("2 vạn", "20.000"),
        ("5 vạn", "50.000"),
    ]
    assert ("5 vạn", "50.000") in _found("Doanh thu đạt 2,5 ức nhân dân tệ.\nLễ hội thu hút 5 vạn người.", "T307")


@pytest.mark.parametrize(
    "text",
    [
        "Lễ hội thu hút 5 vạn người tham dự trong ba ngày.",
        "Doanh thu đạt 2,5 ức nhân dân tệ.\nNăm 1789, 29 vạn người theo vua Quang Trung ra Bắc.",
        "Hàng vạn người đổ về xem pháo hoa.",
    ],
)
def test_myriad_people_alone_or_in_history_stay_quiet(text: str) -> None:
    assert [s for s, _ in _found(text, "T307") if s.endswith("vạn")] == []


# --- C101 ---


def test_own_subject_counted_and_ministry_advice() -> None:
    own = "Việt Nam có 16 di sản được ghi danh.\nTheo Cục trưởng, đây là hồ sơ di sản thứ 9 của Trung Quốc được gửi."
    assert _found(own, "C101") == [("Trung Quốc", "Việt Nam")]
    advice = "Công an tỉnh Quảng Ninh khuyến cáo người dân Trung Quốc cảnh giác với cuộc gọi giả danh."
    assert _found(advice, "C101") == [("Trung Quốc", "Việt Nam")]


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam có 16 di sản.\nTheo Cục trưởng, đây là hồ sơ di sản thứ 9 của Trung Quốc; Bắc Kinh chuẩn bị từ lâu.",
        "Việt Nam và Lào ký thỏa thuận.\nĐây là nhà máy thứ ba của Trung Quốc tại Đông Nam Á.",
        "Công an tỉnh Quảng Đông khuyến cáo người dân Trung Quốc cảnh giác với cuộc gọi giả danh.",
        "Bộ Công an Trung Quốc cho biết đã bắt 300 nghi phạm.\nBộ Công an khuyến cáo người dân Trung Quốc cảnh giác.",
        "Bộ Ngoại giao khuyến cáo công dân Trung Quốc rời Bắc Kinh.",
    ],
)
def test_china_itself_stays_quiet(text: str) -> None:
    assert _found(text, "C101") == []


# --- N109 / N106 ---


def test_pu_after_korea_is_park() -> None:
    text = "Đoàn nghệ sĩ Hàn Quốc diễn tại Seoul và Busan. Trưởng đoàn múa Hàn Quốc Pu Zhiying cho biết lịch diễn."
    assert [t for t, _ in _found(text, "N109")] == ["Pu Zhiying"]
    chinese = "Tại Seoul, Hàn Quốc, diễn viên Trung Quốc Pu Cunxin gặp khán giả Hàn Quốc."
    assert _found(chinese, "N109") == []


def test_honorific_after_a_pinyin_name() -> None:
    assert _found("Pu Zhiying tiên sinh cho biết đoàn sẽ ở lại ba ngày.", "N106") == [("tiên sinh", "")]
    assert _found("Ông Chu dạy học ở làng.\nChu tiên sinh là người hiền lành.", "N106") == []
    assert _found("Nhà văn Nguyễn Tuân viết về Chu Văn tiên sinh.", "N106") == []


# --- F114 ---


def test_flights_are_counted() -> None:
    assert _found("Các hãng tăng thêm 12,400 chuyến bay dịp Tết.", "F114") == [("12,400", "12.400")]
    assert _found("Mỗi ngày trung bình có 1,5 chuyến bay bị hủy.", "F114") == []
