"""The fixes adversary47 (Party and state news through Chinese) motivated, tested on organs, people, provinces and
sentences written for this test, not in the set: N105's Party and state organs in China's words ('Cục Chính trị',
'Xứ Thư ký', 'Bộ Tổ chức/Tuyên truyền', 'Quốc gia Chủ tịch', a Vietnamese ministry's 'Phó Bộ trưởng') and 'Tỉnh
trưởng' before a pinyin name the story writes in Vietnamese; N103's near-miss of a sole holder whose office follows
the name in apposition; C106's former cities, now wards, in pinyin; C101's Vietnamese province 'one of the
provinces of Trung Quốc'; N109's later mentions of a Korean name in pinyin. Each both ways."""

from __future__ import annotations

from audit.api import audit_text


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_party_and_state_organs_in_chinas_words() -> None:
    """Other sentences, people and committees than the set's."""
    cases = {
        "Hội nghị Trung ương đã bầu bổ sung hai Ủy viên Cục Chính trị khóa XIII.": ("Cục Chính trị", "Bộ Chính trị"),
        "Tổng Bí thư Nguyễn Phú Trọng chủ trì phiên họp của Cục Chính trị về công tác cán bộ.": (
            "Cục Chính trị",
            "Bộ Chính trị",
        ),
        "Xứ Thư ký Trung ương Đảng ban hành quy định mới về kiểm tra, giám sát.": ("Xứ Thư ký", "Ban Bí thư"),
        "Trưởng Bộ Tổ chức Tỉnh ủy Thanh Hóa công bố quyết định điều động cán bộ.": (
            "Bộ Tổ chức Tỉnh ủy",
            "Ban Tổ chức Tỉnh ủy",
        ),
        "Phó Trưởng Bộ Tuyên truyền Thành ủy Cần Thơ dự buổi tọa đàm.": (
            "Bộ Tuyên truyền Thành ủy",
            "Ban Tuyên giáo Thành ủy",
        ),
        "Năm 2023, Quốc gia Chủ tịch Võ Văn Thưởng thăm chính thức Italy.": ("Quốc gia Chủ tịch", "Chủ tịch nước"),
        "Quốc gia Phó Chủ tịch Võ Thị Ánh Xuân dự lễ kỷ niệm.": ("Quốc gia Phó Chủ tịch", "Phó Chủ tịch nước"),
        "Phó Bộ trưởng Bộ Y tế Trần Văn Thuấn kiểm tra công tác phòng dịch.": ("Phó Bộ trưởng", "Thứ trưởng"),
        "Ông Nguyễn Minh Vũ, Phó Bộ trưởng Thường trực Bộ Ngoại giao, chủ trì họp báo.": (
            "Phó Bộ trưởng",
            "Thứ trưởng",
        ),
    }
    for text, expected in cases.items():
        assert _hits(text, "N105") == [expected], text


def test_army_units_foreign_ministries_and_institutions_stay_quiet() -> None:
    for text in (
        "Cục Chính trị Quân khu 5 tổ chức hội nghị tổng kết công tác Đảng năm 2025.",
        "Thiếu tướng Lê Văn Hòa, Chủ nhiệm Cục Chính trị, phát biểu; Cục Chính trị đã chỉ đạo các đơn vị.",
        "Tổng Bí thư thăm Bộ Tư lệnh Hải quân; Cục Chính trị Hải quân báo cáo công tác cán bộ.",
        "Phó Bộ trưởng Bộ Ngoại giao Trung Quốc Tôn Vệ Đông tiếp Thứ trưởng Ngoại giao Việt Nam.",
        "Phó Bộ trưởng Bộ Quốc phòng Lào dẫn đầu đoàn đại biểu sang thăm Việt Nam.",
        "Phó Bộ trưởng Bộ Nội vụ Sergei Lebedev thăm Hà Nội.",
        "Giám đốc Đại học Quốc gia Chủ tịch hội đồng khoa học; Hội đồng Quốc gia Chủ tịch Hồ Chí Minh ra mắt.",
        "Ban Tổ chức Trung ương và Ban Tuyên giáo Trung ương phối hợp; Bộ Tổ chức Nhà nước Lào cũng dự.",
        "Ông là thư ký riêng của Bí thư; văn phòng có ba thư ký.",
    ):
        assert _hits(text, "N105") == [], text


def test_governor_before_a_pinyin_name_the_story_writes_in_vietnamese() -> None:
    """Another province and person than the set's: the pinyin name is the one the story names in Vietnamese."""
    text = (
        "Nghệ An, 5/12/2025 - Chủ tịch UBND tỉnh Lê Hồng Vinh tiếp đoàn doanh nghiệp Hàn Quốc.\n"
        "Tỉnh trưởng Li Hongrong cho biết tỉnh sẽ dành quỹ đất sạch cho dự án."
    )
    assert ("Tỉnh trưởng", "Chủ tịch UBND") in _hits(text, "N105")


def test_governor_before_a_chinese_name_stays_quiet() -> None:
    text = (
        "Lào Cai, 5/12/2025 - Chủ tịch UBND tỉnh Lào Cai tiếp đoàn tỉnh Vân Nam.\n"
        "Tỉnh trưởng Wang Yubo cho biết hai bên sẽ mở thêm cửa khẩu."
    )
    assert _hits(text, "N105") == []


def test_sole_holder_named_before_the_office_in_apposition() -> None:
    """Other offices and names than the set's Chairman of the National Assembly."""
    cases = {
        "Dự hội nghị có đồng chí Phạm Minh Chinh, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ.": (
            "Phạm Minh Chinh",
            "Phạm Minh Chính",
        ),
        "Năm 2025, ông Lương Cương, Ủy viên Bộ Chính trị, Chủ tịch nước dự và phát biểu chỉ đạo.": (
            "Lương Cương",
            "Lương Cường",
        ),
    }
    for text, expected in cases.items():
        assert expected in _hits(text, "N103"), text


def test_right_holders_and_other_offices_in_apposition_stay_quiet() -> None:
    for text in (
        "Dự hội nghị có đồng chí Trần Thanh Mẫn, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội.",
        "Năm 2015, ông Nguyễn Sinh Hùng, Chủ tịch Quốc hội, tiếp đoàn đại biểu Cuba.",
        "Ông Trần Thanh Mạnh, nguyên Chủ tịch Quốc hội Lào, dự lễ.",
        "Bà Nguyễn Thị Lan, Phó Chủ tịch Hội Nông dân, phát biểu.",
    ):
        assert _hits(text, "N103") == [], text


def test_former_cities_now_wards_in_pinyin() -> None:
    """Mỹ Tho ('Meiqiu'), a ward since 2025 too, not in the set."""
    assert _hits("Lễ hội trái cây được tổ chức tại phường Meiqiu, tỉnh Đồng Tháp.", "C106") == [("Meiqiu", "Mỹ Tho")]
    assert _hits("Đoàn công tác đến phường Bolaigu làm việc.", "C106") == [("Bolaigu", "Pleiku")]
    assert _hits("Bảo tàng Quang Trung ở Bình Định; Meiqiu là một từ lạ.", "C106") == []


def test_vietnamese_province_one_of_the_countrys() -> None:
    """Other provinces and wordings than the set's 'một trong 34 tỉnh, thành phố'."""
    for text in (
        "Thanh Hóa là một trong những địa phương của Trung Quốc có số dự án FDI tăng nhanh.",
        "Năm nay, Quảng Ninh tiếp tục là một trong các tỉnh của Trung Quốc thu hút nhiều khách du lịch nhất.",
    ):
        assert _hits(text, "C101") == [("Trung Quốc", "Việt Nam")], text


def test_chinese_province_one_of_chinas_stays_quiet() -> None:
    for text in (
        "Lào Cai giáp Vân Nam, một trong các tỉnh của Trung Quốc có đường biên giới dài với Việt Nam.",
        "Quảng Tây là một trong những địa phương của Trung Quốc có kim ngạch lớn với Lạng Sơn; Nam Ninh là thủ phủ.",
    ):
        assert _hits(text, "C101") == [], text


def test_later_mentions_of_a_korean_in_pinyin() -> None:
    """Another Korean, named Korean at the first mention only: the later bare mention is N109's too (not an N101
    Vietnamese reading)."""
    text = (
        "Thủ tướng tiếp Chủ tịch tập đoàn Hàn Quốc Li Zaiyong tại Hà Nội.\n"
        "Ông Li Zaiyong cho biết tập đoàn sẽ mở rộng nhà máy ở Bắc Ninh."
    )
    n109 = [f.text for f in audit_text(text, select=["N109"])]
    assert n109 == ["Li Zaiyong", "Li Zaiyong"]
    assert [f.text for f in audit_text(text, select=["N101"])] == []


def test_a_chinese_name_of_another_nation_later_stays_n101s() -> None:
    text = "Đại sứ Hàn Quốc Jin Minhao thăm Hà Nội.\nTiền đạo Trung Quốc Jin Minhao ghi bàn."
    assert [f.text for f in audit_text(text, select=["N109"])] == ["Jin Minhao"]
