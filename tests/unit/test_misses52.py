"""misses52 (round 29): adversary104's misses fixed in a general way, tested on sentences outside the set, both ways:
T308 Hán-Việt words of cable, data-centre, LNG and crop news ('hải để quang lãm' 海底光缆, 'số cứ trung tâm'
数据中心, 'dịch hóa thiên nhiên khí' 液化天然气 …), quiet where Vietnamese words hold the syllables; C107 Singaporean
groups by their Chinese names (吉宝 Keppel, 胜科 Sembcorp, 淡马锡 Temasek, 星展 DBS, 丰树 Mapletree); N104 the US
Secretary of Energy (Chris Wright) by his given name alone; C108 a one-syllable country opening the sentence in a
membership frame ('Mỹ, một thành viên của OPEC'); T307 'vạn' before the instruments of carbon and capital markets
('50 vạn tín chỉ')."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Tuyến hải để quang lãm mới nối Indonesia với Batam.", "hải để quang lãm", "cáp quang biển"),
        ("VNPT kéo thêm 200 km quang lãm cho các xã vùng cao.", "quang lãm", "cáp quang"),
        ("Nhu cầu điện của số cứ trung tâm ở Johor tăng gấp đôi.", "số cứ trung tâm", "trung tâm dữ liệu"),
        ("Nhật Bản nhập dịch hóa thiên nhiên khí từ Úc.", "dịch hóa thiên nhiên khí", "khí thiên nhiên hóa lỏng"),
        ("Giá thiên nhiên khí ở châu Âu giảm 8%.", "thiên nhiên khí", "khí thiên nhiên"),
        ("Hệ thống trữ năng của trang trại gió đạt 40 MW.", "trữ năng", "lưu trữ năng lượng"),
        ("Các hãng đua nhau tăng toán lực cho mô hình AI.", "toán lực", "năng lực tính toán"),
        ("Nông dân Gia Lai mở rộng diện tích chủng thực cà phê.", "chủng thực", "trồng"),
        ("Doanh nghiệp đầu tư hệ thống lãnh liên cho thanh long.", "lãnh liên", "chuỗi lạnh"),
    ],
)
def test_calques_of_the_beat_fire(text: str, span: str, fix: str) -> None:
    assert _found(text, "T308") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Điều kiện thiên nhiên khí hậu ở Tây Nguyên thuận lợi cho cà phê.",
        "Việt Nam cần dự trữ năng lượng cho mùa khô.",
        "Công ty tích trữ năng lượng mặt trời vào pin.",
        "Một toán lực lượng cứu hộ đã có mặt.",
        "Anh về Thượng Hải để thu dọn hành lý.",
        "Tuyến cáp quang biển mới nối Singapore với Đà Nẵng.",
    ],
)
def test_vietnamese_holding_the_syllables_stays_quiet(text: str) -> None:
    assert _found(text, "T308") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Tập đoàn Cát Bảo khởi công khu đô thị ở Hà Nội.", "Cát Bảo", "Keppel"),
        ("Tập đoàn Thắng Khoa của Singapore xây nhà máy điện khí.", "Thắng Khoa", "Sembcorp"),
        ("Quỹ Đạm Mã Tích rót vốn vào một công ty khởi nghiệp.", "Đạm Mã Tích", "Temasek"),
        ("Ngân hàng Tinh Triển dự báo GDP tăng 6,8%.", "Tinh Triển", "DBS"),
        ("Công ty Phong Thụ mở kho vận ở Bắc Ninh.", "Phong Thụ", "Mapletree"),
    ],
)
def test_singaporean_groups_by_their_chinese_names(text: str, span: str, fix: str) -> None:
    assert _found(text, "C107") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Cát Bảo là nông dân ở Đắk Lắk.",
        "Anh Phong Thụ, 35 tuổi, trồng sầu riêng ở Cái Bè.",
        "Keppel, Sembcorp và DBS đều đầu tư vào Việt Nam.",
    ],
)
def test_the_same_syllables_as_names_stay_quiet(text: str) -> None:
    assert _found(text, "C107") == []


def test_the_us_energy_secretary() -> None:
    assert _found("Bộ trưởng Năng lượng Mỹ Chris khẳng định giá LNG sẽ giảm.", "N104") == [("Chris", "Chris Wright")]
    assert _found("Bộ trưởng Bộ Năng lượng Hoa Kỳ Chris Wright thăm Hà Nội.", "N104") == []
    assert _found("Bộ trưởng Năng lượng Mỹ Chris Wright thăm Hà Nội.", "N103") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Mỹ, một thành viên của OPEC, đã tăng sản lượng dầu.", "Mỹ"),
        ("Pháp là thành viên của ASEAN từ lâu.", "Pháp"),
        ("Nga là thành viên của ASEAN.", "Nga"),
    ],
)
def test_a_one_syllable_country_opening_a_membership_frame(text: str, span: str) -> None:
    assert [s for s, _ in _found(text, "C108")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Mỹ là thành viên của G7 và NATO.",
        "Pháp, một thành viên sáng lập EU, ủng hộ đề xuất.",
        "Anh là thành viên NATO từ năm 1949.",
        "Ý, một thành viên của G7, đã phản đối.",
        "Mỹ không phải thành viên OPEC.",
        "Pháp luật Việt Nam quy định rõ quyền của thành viên ASEAN.",
    ],
)
def test_members_and_words_stay_quiet(text: str) -> None:
    assert _found(text, "C108") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Hàn Quốc sẽ mua 30 vạn tín chỉ carbon từ Lào.", "30 vạn"),
        ("Quỹ ngoại đã bán 4 vạn cổ phiếu ngân hàng.", "4 vạn"),
        ("Tập đoàn phát hành 6 vạn trái phiếu xanh.", "6 vạn"),
    ],
)
def test_a_myriad_of_market_instruments(text: str, span: str) -> None:
    assert [s for s, _ in _found(text, "T307")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Sinh viên phải tích lũy 50 tín chỉ mỗi năm.",
        "Hàng vạn tín đồ đổ về chùa Bái Đính.",
        "10 vạn quân Thanh tiến vào Thăng Long.",
        "Vạn Thịnh Phát phát hành trái phiếu.",
    ],
)
def test_other_counts_stay_quiet(text: str) -> None:
    assert _found(text, "T307") == []
