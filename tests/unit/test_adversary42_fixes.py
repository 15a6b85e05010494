"""The fixes adversary42 (domestic news through Chinese) motivated, tested on cities, names and sentences written
for this test, not in the set: N105 'Thị trưởng' (市长) for a Vietnamese city's head and 'Phó Tổng lý' (副总理) for a
Deputy Prime Minister; N106 'nữ sĩ' after a full name the document writes elsewhere after 'bị cáo'/'ông'/'bà'; T101
a one-mark slip of a known leader's name after a bare 'ông'/'bà'. Each both ways."""

from __future__ import annotations

from audit.api import audit_text


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_mayor_of_a_vietnamese_city_is_a_calque() -> None:
    """Other cities than the set's (Cần Thơ, Huế, Đà Nẵng in pinyin 'Xiangang'), before the place and before a
    Vietnamese full name right after one."""
    assert _hits("Nguyên Thị trưởng thành phố Cần Thơ bị truy tố về tội tham ô tài sản.", "N105") == [
        ("Thị trưởng", "Chủ tịch UBND")
    ]
    assert _hits("Thị trưởng Huế dự lễ khai mạc Festival nghệ thuật quốc tế.", "N105") == [
        ("Thị trưởng", "Chủ tịch UBND")
    ]
    text = "Tại điểm cầu TP Xiangang, Thị trưởng Lương Nguyễn Minh Triết báo cáo tiến độ cầu Trần Thị Lý."
    assert _hits(text, "N105") == [("Thị trưởng", "Chủ tịch UBND")]


def test_mayors_abroad_and_of_old_stay_quiet() -> None:
    for text in (
        "Thị trưởng Bắc Kinh Ân Dũng tiếp Chủ tịch UBND TP Hà Nội.",
        "Thị trưởng London Sadiq Khan thăm Hải Phòng; Thị trưởng Tokyo Koike Yuriko dự hội nghị.",
        "Về thăm TP Cần Thơ, Thị trưởng Garden Grove Nguyễn Quốc Lân gặp gỡ bà con.",
        "Năm 1945, Thị trưởng Hà Nội Trần Văn Lai cho đổi tên nhiều đường phố thời Pháp thuộc.",
    ):
        assert _hits(text, "N105") == [], text


def test_deputy_prime_minister_calque() -> None:
    text = "Phó Tổng lý Hồ Đức Phớc chủ trì cuộc họp về thị trường vàng."
    assert _hits(text, "N105") == [("Phó Tổng lý", "Phó Thủ tướng")]
    assert _hits("Phó Thủ tướng Hồ Đức Phớc chủ trì cuộc họp về thị trường vàng.", "N105") == []


def test_honorific_after_a_defendant_named_elsewhere() -> None:
    text = (
        "Bị cáo Phùng Thị Mận bị truy tố về tội lừa đảo.\n"
        "Tại tòa, Phùng Thị Mận nữ sĩ khai đã nhận 2 tỷ đồng của các bị hại."
    )
    assert _hits(text, "N106") == [("nữ sĩ", "")]
    poet = "Nhà thơ Phùng Thị Mận ra mắt tập thơ mới.\nPhùng Thị Mận nữ sĩ được nhiều độc giả yêu mến."
    assert _hits(poet, "N106") == []


def test_slip_of_a_known_leaders_name_after_a_bare_honorific() -> None:
    text = (
        "Thủ tướng Phạm Minh Chính chủ trì phiên họp.\n"
        "Thủ tướng Phạm Minh Chính yêu cầu đẩy nhanh giải ngân.\n"
        "Chiều cùng ngày, ông Phạm Minh Chình tiếp đoàn doanh nghiệp."
    )
    assert _hits(text, "T101") == [("Phạm Minh Chình", "Phạm Minh Chính")]
    # an unknown person: the honorific alone does not tie the two forms
    other = "Giám đốc Trần Văn Khoa phát biểu.\nGiám đốc Trần Văn Khoa cảm ơn.\nÔng Trần Văn Khóa nói thêm."
    assert _hits(other, "T101") == []


def test_myriad_before_billions() -> None:
    """'N vạn tỷ' (万亿 read in parts) with a digit is the Chinese unit; 'hàng vạn tỷ' is Vietnamese."""
    assert _hits("Tổng vốn cho chương trình nông thôn mới ước 12 vạn tỷ đồng.", "T307") == [("12 vạn", "120.000")]
    assert _hits("Nợ đọng thuế lên tới hàng vạn tỷ đồng, gây thất thu lớn cho ngân sách.", "T307") == []
