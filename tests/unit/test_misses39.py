"""misses39 (round 26): adversary91's misses fixed so they generalise — each fix on names, places, words and
sentences that are not in the set, both ways (a case that fires, a near case that must stay quiet)."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


# T308: religion, navy, peacekeeping and relief words kept in Hán-Việt
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Lễ Vệ Tái tiết năm nay được tổ chức tại chùa Bái Đính, Ninh Bình.", "Vệ Tái tiết", "Vesak"),
        ("Ngày lễ vệ tắc tiết được Liên Hợp Quốc công nhận từ năm 1999.", "vệ tắc tiết", "Vesak"),
        ("Các tín hữu ở Đà Lạt mừng Phục Hoạt tiết bằng thánh lễ lúc nửa đêm.", "Phục Hoạt tiết", "Lễ Phục sinh"),
        ("Tòa Giám mục cho biết giáo khu Xuân Lộc sẽ mở Năm Thánh vào tháng tới.", "giáo khu", "giáo phận"),
        ("Đức chủ giáo Giuse Nguyễn Năng chủ sự thánh lễ tại nhà thờ chính tòa.", "chủ giáo", "giám mục"),
        ("Ba quân hạm của Hải quân Pháp đã cập cảng Sài Gòn sáng nay.", "quân hạm", "tàu chiến"),
        ("Các hạm đĩnh của Australia tham gia cuộc diễn tập chung.", "hạm đĩnh", "tàu chiến"),
        ("Sĩ quan duy hòa Việt Nam đã tới Bentiu nhận nhiệm vụ.", "duy hòa", "gìn giữ hòa bình"),
        ("Chính quyền đã cấp gạo cho 3.000 tai dân ở Quảng Trị sau trận lũ.", "tai dân", "người dân vùng thiên tai"),
    ],
)
def test_t308_rows_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Giáo xứ Tân Định có bốn giáo khu, mỗi giáo khu có một trưởng khu.",  # a parish's zones
        "Các giáo khu Thánh Giuse và Phêrô tổ chức rước kiệu.",
        "Ông là chủ giáo xứ nhỏ ở ven sông; cô giáo làm chủ giáo án điện tử.",
        "Hải quân hạm đội Thái Bình Dương của Mỹ tăng cường tuần tra.",
        "Cần thay đổi tư duy hòa giải để giữ đoàn kết; anh Nguyễn Duy Hòa là kỹ sư.",
        "Thiên tai dân sinh đều bị ảnh hưởng; lời nói lọt tai dân làng.",
        "Phòng chống thiên tai dân dụng là nhiệm vụ thường xuyên.",
        "Mọi người duy hòa hợp với nhau trong công việc.",
        "Duy hòa Cục đã cử 12 sĩ quan sang Cộng hòa Trung Phi.",  # C107's, not T308's
    ],
)
def test_t308_rows_quiet(text: str) -> None:
    assert _found(text, "T308") == []


# C107: Red Cross societies, JICA, KOICA and the Peacekeeping Department by their Chinese names
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Theo Nhật Bản Hồng Thập tự Hội, 40 tấn hàng đã tới Hải Phòng.",
            "Nhật Bản Hồng Thập tự Hội",
            "Hội Chữ thập đỏ Nhật Bản",
        ),
        (
            "Đại diện Quốc tế Hiệp lực Cơ cấu tại Hà Nội cho biết dự án sẽ khởi công.",
            "Quốc tế Hiệp lực Cơ cấu",
            "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)",
        ),
        (
            "Hàn Quốc Quốc Tế Hiệp Lực Đoàn tài trợ 5 triệu USD cho Quảng Nam.",
            "Hàn Quốc Quốc Tế Hiệp Lực Đoàn",
            "Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA)",
        ),
        ("Duy hòa Cục đã cử 12 sĩ quan sang Cộng hòa Trung Phi.", "Duy hòa Cục", "Cục Gìn giữ hòa bình Việt Nam"),
    ],
)
def test_c107_rows_fire(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C107")


def test_c107_rows_quiet() -> None:
    text = (
        "Hội Hồng Thập Tự Việt Nam được thành lập năm 1946; anh Duy Hòa là cán bộ của Cục.\n"
        "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) và KOICA phối hợp với Hội Chữ thập đỏ Việt Nam."
    )
    assert [f for f in audit_text(text) if f.rule in ("C107", "T308", "C104")] == []


# C106: Cam Ranh in pinyin after a port's words; a 'tỉnh'-gated pinyin next to a Vietnamese province in a list
@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Tàu khu trục của Pháp đã cập cảng quốc tế Jinlan sáng thứ Hai.", "Jinlan", "Cam Ranh"),
        ("Các đoàn cứu trợ tiếp tục tới Lạng Sơn và Gaoping để phát gạo.", "Gaoping", "Cao Bằng"),
        ("Mưa lũ gây thiệt hại ở Hà Giang, Gaoping và Thái Nguyên.", "Gaoping", "Cao Bằng"),
    ],
)
def test_c106_fires(text: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, "C106")


@pytest.mark.parametrize(
    "text",
    [
        "Bà Wang Jinlan, 52 tuổi, là giáo viên ở Hàng Châu.",  # a given name
        "Đoàn doanh nghiệp Bắc Ninh và Gaoping (Sơn Tây, Trung Quốc) ký biên bản hợp tác.",  # China named
        "Hàng hóa từ Quảng Ninh và Taiping (Malaysia) tăng.",  # another country named
        "Anh Lâm Đồng và chị Gaoping cùng dự lễ.",
    ],
)
def test_c106_quiet(text: str) -> None:
    assert _found(text, "C106") == []


# C104: Australia's older Hán-Việt name after a word naming the state
def test_c104_uc_dai_loi() -> None:
    assert _found("Đại sứ quán Úc Đại Lợi tại Hà Nội tổ chức tiệc chiêu đãi.", "C104") == [("Úc Đại Lợi", "Úc")]
    assert _found("Cộng đồng người Việt tại Úc Đại Lợi tổ chức Tết.", "C104") == []  # diaspora usage, no state word


# A113: 'at the eleventh hour' word for word
def test_a113_eleventh_hour() -> None:
    def found(src: str, mt: str) -> list[str]:
        return [f.text for f in audit_pairs([(src, mt)]) if f.rule == "A113"]

    assert found(
        "The ceasefire deal was signed at the eleventh hour.", "Thỏa thuận ngừng bắn được ký vào giờ thứ mười một."
    ) == ["vào giờ thứ mười một"]
    assert found("An eleventh-hour deal saved the factory.", "Một thỏa thuận giờ thứ 11 đã cứu nhà máy.") == [
        "giờ thứ 11"
    ]
    assert (
        found("The ceasefire deal was signed at the eleventh hour.", "Thỏa thuận ngừng bắn được ký vào phút chót.")
        == []
    )
    assert (
        found(
            "In the eleventh hour of the flight, the pilot reported engine trouble.",
            "Vào giờ thứ mười một của chuyến bay, phi công báo động cơ trục trặc.",
        )
        == []
    )


# N108 / N101 / N103: the Philippine defence secretary and the Việt Nam Red Cross's president in the gazetteer
def test_gazetteer_people() -> None:
    assert _found("Phái đoàn của ông Teaoduoluo đến Manila hôm qua.", "N108") == [("Teaoduoluo", "Gilberto Teodoro")]
    assert _found("Bà Pei Shihe đã tới thăm các hộ dân tại Lào Cai.", "N101") == [("Pei Shihe", "Bùi Thị Hòa")]
    near = "Chủ tịch Hội Chữ thập đỏ Việt Nam Bùi Thị Hà thăm các hộ dân tại Lào Cai."
    assert _found(near, "N103") == [("Bùi Thị Hà", "Bùi Thị Hòa")]
    # a province's chair under the bare title, and the holder herself, stay quiet
    assert _found("Chủ tịch Hội Chữ thập đỏ Bùi Thị Hà trao quà cho các hộ dân.", "N103") == []
    assert (
        _found("Bộ trưởng Quốc phòng Philippines Gilberto Teodoro hội đàm với Đại tướng Phan Văn Giang.", "N108") == []
    )


# N108: a diplomat's rank below the ambassador and the mission with its country make a person's slot
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Tham tán Đại sứ quán Nhật Bản Tianzhong Hong đã trao tượng trưng số hàng này.", "Tianzhong Hong"),
        ("Tùy viên quốc phòng Đại sứ quán Nhật Bản Shanben Jianyi dự lễ.", "Shanben Jianyi"),
    ],
)
def test_n108_diplomat_slot_fires(text: str, span: str) -> None:
    assert (span, None) in _found(text, "N108")


@pytest.mark.parametrize(
    "text",
    [
        "Tham tán Đại sứ quán Nhật Bản Tanaka Hiroshi phát biểu.",  # romaji, not pinyin
        "Tham tán Đại sứ quán Hàn Quốc Kim Min-jun phát biểu.",
        "Tham tán Đại sứ quán Đức Thomas Schneider dự lễ.",
        "Bí thư thứ nhất Đại sứ quán Indonesia Budi Santoso dự lễ.",
        "Tham tán Đại sứ quán Trung Quốc Wang Xiaolong phát biểu.",  # a Chinese name: N101's
    ],
)
def test_n108_diplomat_slot_quiet(text: str) -> None:
    assert _found(text, "N108") == []
