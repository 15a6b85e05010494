"""Round 34's fixes of misses found on text outside the blind sets, each tested both ways (fires on MT, quiet on
human text)."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        # a leader who had left all his offices, under the title of a top office he never held
        ("Ngày 12/3/2025, Chủ tịch nước Vương Đình Huệ tiếp Đại sứ Nhật Bản.", "Vương Đình Huệ", "Lương Cường"),
        ("Ngày 5/6/2025, Chủ tịch Quốc hội Nguyễn Xuân Phúc chủ trì phiên họp.", "Nguyễn Xuân Phúc", "Trần Thanh Mẫn"),
        ("Ngày 5/6/2025, Tổng Bí thư Nguyễn Tấn Dũng dự lễ khánh thành.", "Nguyễn Tấn Dũng", "Tô Lâm"),
        ("Ngày 5/6/2025, Thủ tướng Nguyễn Thị Kim Ngân tiếp đoàn khách.", "Nguyễn Thị Kim Ngân", "Phạm Minh Chính"),
    ],
)
def test_n103_retired_leader_under_a_title_he_never_held(text: str, span: str, fix: str) -> None:
    assert _found(text, "N103") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 5/6/2025, nguyên Chủ tịch Quốc hội Nguyễn Thị Kim Ngân dự lễ.",  # an office she held
        "Ngày 5/6/2025, nguyên Thủ tướng Nguyễn Tấn Dũng dự lễ.",
        "Năm 2019, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân thăm Hàn Quốc.",  # in office that year
        "Ngày 5/6/2025, Chủ tịch nước Lương Cường tiếp Thủ tướng Nhật Bản.",
        # the National Assembly's roster starts in 1981, with Trường Chinh's first listed tenure: he chaired its
        # standing committee before, so the table cannot tell
        "Năm 2025, kỷ niệm ngày sinh Chủ tịch Quốc hội Trường Chinh.",
        "Chủ tịch nước Vương Đình Huệ đã tiếp Đại sứ Nhật Bản.",  # no year in the text: the office's holder unknown
    ],
)
def test_n103_quiet_on_offices_held_or_undated(text: str) -> None:
    assert _found(text, "N103") == []


_MONGOLIA = (
    "Việt Nam và Mông Cổ nâng cấp quan hệ lên Đối tác toàn diện\n"
    "Ulaanbaatar, ngày 4/10/2024 – Chiều 4/10, Chủ tịch nước Lương Cường đã hội đàm với Tổng thống Mông Cổ "
    "Ukhnaagiin Khurelsukh.\n"
    "Hai nhà lãnh đạo nhất trí nâng cấp quan hệ Việt Nam - Mông Cổ lên Đối tác toàn diện.\n"
    "Tổng thống Khurelsukh cho biết Mông Cổ muốn nhập khẩu thêm gạo, cà phê và hàng dệt may từ Việt Nam.\n"
    "{}\n"
    "Phía Mông Cổ đánh giá cao sự hỗ trợ của Việt Nam trong lĩnh vực giáo dục.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo Bộ Công Thương, Trung Quốc và Mông Cổ đã ký 8 văn kiện hợp tác trong các lĩnh vực nông nghiệp.",
        "Nhân dịp này, Mông Cổ và Trung Quốc cũng ký các thỏa thuận về giáo dục và du lịch.",
    ],
)
def test_c101_china_in_the_signing_pair_of_a_visit(sentence: str) -> None:
    assert _found(_MONGOLIA.format(sentence), "C101") == [("Trung Quốc", "Việt Nam")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2019, Trung Quốc và Mông Cổ đã ký hiệp định về đường sắt xuyên biên giới.",  # another time
        "Trước đó, Trung Quốc và Mông Cổ đã ký thỏa thuận về khai khoáng.",
        "Trung Quốc và Nga đã ký 8 văn kiện về năng lượng.",  # neither is a party of the story
        "Mông Cổ và Trung Quốc đã ký hàng loạt thỏa thuận về khai khoáng, khiến doanh nghiệp Việt Nam lo ngại.",
        "Trung Quốc và Mông Cổ đang cạnh tranh, dù đã ký nhiều thỏa thuận.",  # a rivalry
    ],
)
def test_c101_quiet_on_third_signings(sentence: str) -> None:
    assert _found(_MONGOLIA.format(sentence), "C101") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hàng trăm du khách bị mắc kẹt tại sân bay sau khi các chuyến bay bị.",
        "Nhiều hộ dân cho biết nhà cửa của họ đã bị.",
    ],
)
def test_f107_cut_after_the_passive_marker(text: str) -> None:
    assert _found(text, "F107") == [("bị", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Mọi thứ đã được chuẩn bị.",
        "Bệnh viện vừa nhận 20 thiết bị.",
        "Lực lượng cứu hộ đã được trang bị.",
        "Cầu thủ này được đưa vào đội hình dự bị.",
    ],
)
def test_f107_quiet_on_words_ending_in_bi(text: str) -> None:
    assert _found(text, "F107") == []


def test_country_name_that_is_no_syllable_before_a_vietnamese_name() -> None:
    """'Campuchia', 'Cuba' before a Vietnamese or Hán-Việt name are still mentions; 'Đức', 'Nga' before a given name
    open the name ('Đức Phúc', 'Nga Tuấn')."""
    from audit.lang.countries import find_mentions

    text = "Bộ trưởng Ngoại giao Campuchia Bố Lạp Sách Côn tiếp Đại sứ Cuba Lê Minh Thái."
    assert [m.text for m in find_mentions(text)] == ["Campuchia", "Cuba"]
    assert find_mentions("Ca sĩ Đức Phúc và Thúy Nga Tuấn hát song ca.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn leo núi cắm trại dưới chân dãy Tian Shan.",
        "Du khách đi dọc sông Huang He rồi lên núi Tai Shan.",
        "Đoàn thăm sa mạc Gobi và hồ Qinghai.",
    ],
)
def test_n101_quiet_on_a_place_after_a_landform_word(text: str) -> None:
    assert _found(text, "N101") == []


def test_n101_still_fires_on_a_person() -> None:
    assert _found("Ông Ruan Fuzhong phát biểu tại hội nghị.", "N101") == [("Ruan Fuzhong", "Nguyễn Phú Trọng")]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Tổng hợp từ Reuters, AFP và Bloomberg", "byline"),
        ("Lược dịch từ The Economist.", "byline"),
        ("Lục Bình Xanh – câu lạc bộ đọc sách. Nội dung được chia sẻ theo giấy phép CC BY-SA 4.0.", "footer"),
        ("Ảnh được sử dụng theo giấy phép Creative Commons.", "footer"),
        ("Tổng hợp từ số liệu của hải quan, xuất khẩu tăng 12%.", None),
        ("Tổng hợp từ Reuters, giá dầu tăng mạnh trong tuần qua.", None),
    ],
)
def test_source_credit_and_licence_lines(line: str, kind: str | None) -> None:
    from audit.corpus.boilerplate import classify_lines

    assert classify_lines([line]) == [kind]


def test_eaeu_membership() -> None:
    """The Eurasian Economic Union's five members; its observers (Uzbekistan, Cuba, Moldova) never flagged."""
    assert _found("Liên minh Kinh tế Á-Âu gồm Nga, Belarus, Kazakhstan, Kyrgyzstan và Tajikistan.", "C108") == [
        ("Tajikistan", None)
    ]
    assert _found("Liên minh Kinh tế Á-Âu gồm Nga, Belarus, Kazakhstan, Kyrgyzstan và Armenia.", "C108") == []
    assert _found("Uzbekistan là thành viên của Liên minh Kinh tế Á-Âu (EAEU).", "C108") == []


def test_negation_bu_shou_and_classifier_chuyen() -> None:
    src = "两国贸易不受制裁影响。"
    assert [f.rule for f in audit_pairs([(src, "Thương mại hai nước bị ảnh hưởng bởi lệnh trừng phạt.")])].count(
        "A111"
    ) == 1
    assert not [f for f in audit_pairs([(src, "Thương mại hai nước không bị ảnh hưởng.")]) if f.rule == "A111"]
    assert _found("Hãng sẽ tăng lên 7 chuyến chuyến mỗi tuần.", "F111") == [("chuyến chuyến", "chuyến")]
    assert _found("Hãng mở thêm ba chuyến mỗi tuần.", "F111") == []
    assert _found("Dự báo được xây dựng dựa trên.", "F107") == [("dựa trên", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Phóng viên của Reuters Minh Khuê · Thu Hà đưa tin.",  # two reporters, a company before them
        "Phóng viên AFP Lan Anh · Quốc Việt ghi nhận tại hiện trường.",
    ],
)
def test_n102_company_before_vietnamese_parts_is_no_name(text: str) -> None:
    assert _found(text, "N102") == []


def test_n102_latin_part_after_a_company_still_found() -> None:
    assert [s for s, _ in _found("Giám đốc Amkor Giel·Rutten cho biết.", "N102")] == ["Giel·Rutten"]


def test_places_and_charging_points_are_counted() -> None:
    assert _found("Ký túc xá mới có 2,400 chỗ cho sinh viên.", "F114") == [("2,400", "2.400")]
    assert _found("Hãng sẽ lắp 15 vạn cổng sạc trên toàn quốc.", "T307") == [("15 vạn", "150.000")]
    assert _found("Khu vực có trung bình 2,5 trạm sạc mỗi km.", "F114") == []
    assert _found("Bệnh viện có 1.200 giường bệnh.", "F114") == []
