"""False alarms review20 found in round 16's merged detectors with new human-written text, and the fixes' tests. The
sentences and names here were written for this test: none is in tests/data, in the probes that found the false
alarms, nor in the rules' examples. Each fix is tested both ways."""

from __future__ import annotations

from audit.api import audit_text

_VN = [("Trung Quốc", "Việt Nam")]


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_a_place_after_the_word_of_its_unit_is_no_hanviet_name() -> None:
    """A district or province whose syllables read transcription characters ('Vạn Ninh', 'Bố Trạch', 'Tây Ninh'
    西宁), after 'huyện'/'thị xã'/'tỉnh' behind a title, or a province of vn_places.tsv named bare after one, is a
    place; a Hán-Việt name right after a title, or after a title and a country, still fires."""
    for text in (
        "Phó Chủ tịch UBND thị xã Vạn Ninh trả lời cử tri về giá điện.",
        "Bí thư Huyện ủy, Chủ tịch HĐND huyện Bố Trạch phát biểu bế mạc.",
        "Trưởng Công an tỉnh Tây Ninh trao bằng khen cho tổ tuần tra.",
        "Giám đốc Sở Y tế Tây Ninh trả lời báo chí.",
    ):
        assert _hits(text, "N102") == [], text
    assert [s for s, _ in _hits("Giám đốc Sở Y tế tiếp ông Mễ Lặc tại trụ sở.", "N102")] == ["Mễ Lặc"]


def test_a_vietnamese_middle_name_after_a_role_in_a_korea_story() -> None:
    """Under a surname Korean shares that vi_names.tsv lacks (Quyền, Liễu, Thẩm, An, Nhâm), a middle name only
    Vietnamese names have (Thị, Văn, Đình, Hữu) makes a Vietnamese player; a Korean given name still fires."""
    for role_name in ("thủ môn An Văn Thiệp", "hậu vệ Thẩm Đình Khiển", "HLV Quyền Hữu Thiệp", "ca sĩ Liễu Thị Quyến"):
        text = f"Đội tuyển Hàn Quốc tập tại Mỹ Đình.\nBuổi tập có {role_name} dự khán."
        assert _hits(text, "N109") == [], text
    text = "Đội tuyển Hàn Quốc tập tại Mỹ Đình.\nBuổi tập có tiền đạo Thôi Tương Mân dự khán."
    assert [s for s, _ in _hits(text, "N109")] == ["Thôi Tương Mân"]


def test_provinces_that_take_something_of_china_are_no_list_of_its_provinces() -> None:
    """'của Trung Quốc' after a verb and its object belongs to the object ('nhập máy móc của Trung Quốc'), not to
    the provinces; words that place the provinces ('phía Nam', 'ven biển', a region) keep the frame."""
    text = "Giá phân bón giảm ở các tỉnh nhập nhiều hàng của Trung Quốc như Sóc Trăng, Bạc Liêu và Cà Mau."
    assert _hits(text, "C101") == []
    text = "Năng suất lúa tăng ở các tỉnh phía Nam của Trung Quốc như Sóc Trăng, Bạc Liêu và Cà Mau."
    assert _hits(text, "C101") == _VN


_PROVINCIAL = (
    "Nghệ An, 3/12/2026 - Bộ trưởng Nguyễn Hồng Diên làm việc với tỉnh Nghệ An về xuất khẩu gỗ.\n"
    "Doanh nghiệp gỗ của tỉnh gặp khó từ khi Nhà nước Trung Quốc siết quy định nhập khẩu gỗ chưa qua chế biến.\n"
    "Ông đề nghị tỉnh hỗ trợ doanh nghiệp tìm thị trường mới."
)


def test_a_lone_state_frame_in_a_provincial_story_needs_another_sign() -> None:
    """China's state acting in a provincial story that names China nowhere else is China's; the same frame with
    Vietnamese-only phrasing or a Vietnamese province in its sentence, or beside a Vietnamese leader given China's
    title, is the slip."""
    assert _hits(_PROVINCIAL, "C101") == []
    cued = _PROVINCIAL.replace("nhập khẩu gỗ chưa qua chế biến", "chi ngân sách nhà nước cho ngành gỗ")
    assert _hits(cued, "C101") == _VN
    placed = _PROVINCIAL.replace("nhập khẩu gỗ chưa qua chế biến", "dồn vốn cho cảng gỗ Cửa Lò ở Nghệ An")
    assert _hits(placed, "C101") == _VN
    titled = _PROVINCIAL + "\nThủ tướng Trung Quốc Phạm Minh Chính đã chỉ đạo gỡ khó cho ngành gỗ."
    assert _hits(titled, "C101") == _VN  # the title itself is N107's


_TRIAL = (
    "Lạng Sơn - TAND tỉnh Lạng Sơn xét xử hai bị cáo về tội vận chuyển hàng cấm.\n"
    "Theo luật sư, Bộ luật Hình sự Trung Quốc quy định khung hình phạt nặng hơn cho tội này."
)


def test_a_law_of_china_in_a_trial_of_chinese_nationals_is_chinas() -> None:
    """A Vietnamese provincial court trying people of Chinese nationality: China's code named beside it is China's;
    without them, the code a Vietnamese court applies is the slip."""
    assert _hits(_TRIAL.replace("hai bị cáo", "hai bị cáo người Trung Quốc"), "C101") == []
    assert _hits(_TRIAL, "C101") == _VN


def test_a_mayor_or_province_chief_of_the_republic_of_vietnam() -> None:
    """'Tỉnh trưởng'/'Thị trưởng' were the Republic of Vietnam's titles: beside its names ('VNCH', 'Việt Nam Cộng
    Hòa' with a capital H, 'Đệ nhị Cộng hòa') they are history; a province chief of today still fires."""
    for text in (
        "Cha ông từng làm Tỉnh trưởng Long An dưới thời VNCH.",
        "Năm đó, dưới chính thể Việt Nam Cộng Hòa, ông được cử làm Tỉnh trưởng Tây Ninh.",
        "Thời Đệ nhất Cộng hòa, ông là Thị trưởng Đà Nẵng.",
    ):
        assert _hits(text, "N105") == [], text
    text = "Tỉnh trưởng Long An Nguyễn Văn Út thị sát công trình đê bao."
    assert _hits(text, "N105") == [("Tỉnh trưởng", "Chủ tịch UBND")]


def test_a_name_ending_an_opening_phrase_is_named_again_as_the_subject() -> None:
    """A name closing a sentence's opening phrase ('Theo …', 'Tại …') and repeated after the comma before a verb is
    the main clause's subject; repeated before a noun, or without an opening phrase, it is still a stutter."""
    for text in (
        "Theo thống kê của Tổng cục Du lịch Hàn Quốc, Hàn Quốc đã đón 1,2 triệu khách Việt.",
        "Tại hội nghị thượng đỉnh ở Kuala Lumpur, Kuala Lumpur cũng được chọn làm nơi đặt ban thư ký.",
    ):
        assert _hits(text, "F112") == [], text
    text = "Theo thống kê của Tổng cục Du lịch Hàn Quốc, Hàn Quốc khách Việt tăng mạnh."
    assert _hits(text, "F112") == [("Hàn Quốc, Hàn Quốc", "Hàn Quốc")]
    text = "Đoàn sẽ ghé Kuala Lumpur, Kuala Lumpur cũng là điểm dừng cuối."
    assert _hits(text, "F112") == [("Kuala Lumpur, Kuala Lumpur", "Kuala Lumpur")]


_FLOOD = (
    "Yên Bái - Mưa lớn kéo dài làm sạt lở nhiều tuyến đường, UBND tỉnh Yên Bái đã sơ tán 300 hộ dân.\n"
    "Quân đội Trung Quốc đã điều 800 cán bộ, chiến sĩ giúp dân dọn bùn đất sau lũ.\n"
    "Tỉnh đề nghị các ngành bảo đảm nước sạch cho người dân."
)


def test_the_army_of_a_border_story_is_chinas() -> None:
    """Where a story is set at the border ('biên giới', 'cửa khẩu'), where the two armies meet, 'Quân đội Trung
    Quốc' with its 'cán bộ, chiến sĩ' is China's; the same army in a provincial flood story is the slip."""
    assert _hits(_FLOOD, "C101") == _VN
    border = _FLOOD.replace("sạt lở nhiều tuyến đường", "sạt lở nhiều tuyến đường ở các xã biên giới")
    assert _hits(border, "C101") == []
