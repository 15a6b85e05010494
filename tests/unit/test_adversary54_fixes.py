"""The fixes adversary54 made, tested both ways on names, provinces and sentences that are NOT in the set
(tests/data/adversary54): Hán-Việt calques of Chinese legal, road, exam and unit words (T308), courts, procuracies and
national universities in Chinese word order (C107), a deputy's 'Phó Tỉnh trưởng' and a Vietnamese deputy minister's
'Phó Bộ trưởng' (N105), provinces and cities read in the Hán-Việt of their Chinese names (C104), 'Trung Quốc' for Việt
Nam in frames of the country's own institutions (C101), a Chinese-form date as one finding (L103), a one-mark slip of
a name the document also has in pinyin (T101), and a site section's tagline as chrome."""

from __future__ import annotations

from audit.api import audit_text
from audit.corpus.boilerplate import classify_line
from audit.lang.resources import read_tsv
from audit.rules import zh_calques


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


def test_t308_words_match_the_table() -> None:
    """The rule's trigger words are the table's calques, in lowercase."""
    assert set(zh_calques._WORDS) == {row["calque"] for row in read_tsv("zh_calques.tsv")}


def test_t308_legal_road_exam_and_unit_calques() -> None:
    assert _found("Tòa tuyên phạt bị cáo Lò Văn Sinh 9 năm hữu kỳ đồ hình về tội mua bán ma túy.", "T308") == [
        ("hữu kỳ đồ hình", "tù")
    ]
    assert _found("Đường cao tốc công lộ Vĩnh Hảo – Phan Thiết đã thông xe.", "T308") == [("công lộ", None)]
    exam = "Hơn 22.000 học sinh trung học phổ thông ở Nghệ An bước vào kỳ cao khảo sáng nay."
    assert _found(exam, "T308") == [("cao khảo", "thi tốt nghiệp THPT")]
    assert _found("Lượng mưa phổ biến 150 hào mét, có nơi trên 40 li mễ nước đọng.", "T308") == [
        ("hào mét", "mm"),
        ("li mễ", "cm"),
    ]


def test_t308_quiet_on_the_same_words_used_rightly() -> None:
    quiet = (
        "Kỳ cao khảo năm nay của Trung Quốc có 13,4 triệu thí sinh; học sinh trung học phổ thông Việt Nam theo dõi.",
        "Kỳ cao khảo có 13 triệu thí sinh đăng ký, Bộ Giáo dục nước này cho biết.",  # no Vietnamese exam in the story
        "Xe chạy trên công lộ liên tỉnh; hào mét là gì thì người dân không rõ.",
    )
    for text in quiet:
        assert _found(text, "T308") == [], text


def test_c107_courts_procuracies_and_universities_in_chinese_order() -> None:
    assert _found("Nhân dân Pháp viện TP Cần Thơ tuyên án bị cáo Huỳnh Văn Lợi.", "C107") == [
        ("Nhân dân Pháp viện", "Tòa án nhân dân")
    ]
    assert _found("Tối cao Nhân dân Kiểm sát viện kháng nghị bản án.", "C107") == [
        ("Tối cao Nhân dân Kiểm sát viện", "Viện kiểm sát nhân dân tối cao")
    ]
    assert _found("Hồ Chí Minh thị Quốc gia Đại học công bố điểm chuẩn.", "C107") == [
        ("Hồ Chí Minh thị Quốc gia Đại học", "Đại học Quốc gia TP Hồ Chí Minh")
    ]
    right = "Kiểm sát viên Đặng Thu Trang đọc cáo trạng; Viện kiểm sát nhân dân tỉnh Bến Tre kháng nghị."
    assert _found(right, "C107") == []


def test_n105_deputy_governor_and_deputy_minister() -> None:
    assert _found("Phó Tỉnh trưởng Thanh Hóa Đầu Thanh Tùng kiểm tra đê sông Mã.", "N105") == [
        ("Phó Tỉnh trưởng", "Phó Chủ tịch UBND")
    ]
    text = (
        "Phó Bộ trưởng Lê Tấn Dũng dự lễ khai giảng.\n"
        "Sau đó, Thứ trưởng Bộ Giáo dục và Đào tạo Lê Tân Dũng thăm trường."
    )
    assert _found(text, "N105") == [("Phó Bộ trưởng", "Thứ trưởng")]


def test_n105_quiet_on_foreign_deputies() -> None:
    quiet = (
        "Phó Tỉnh trưởng tỉnh Quảng Tây tiếp Bí thư Tỉnh ủy Lạng Sơn.",
        "Phó Bộ trưởng Ngoại giao Campuchia Kung Phoak hội đàm với Thứ trưởng Nguyễn Minh Vũ.",
        "Phó Bộ trưởng Vương Văn Tân hội kiến Thứ trưởng Ngoại giao Đặng Hoàng Giang.",  # two people
    )
    for text in quiet:
        assert _found(text, "N105") == [], text


def test_c104_provinces_in_the_hanviet_of_their_chinese_names() -> None:
    assert _found("Mưa lũ ở tỉnh Lượng Sơn và tỉnh Cao Bình làm 3 người mất tích.", "C104") == [
        ("Lượng Sơn", "Lạng Sơn"),
        ("Cao Bình", "Cao Bằng"),
    ]
    assert _found("Đoàn đến thành phố Quy Nhân rồi về TP Kim Âu.", "C104") == [
        ("Quy Nhân", "Quy Nhơn"),
        ("Kim Âu", "Cà Mau"),
    ]


def test_c104_quiet_on_communes_wards_and_people_of_those_names() -> None:
    text = "Phường Thuận Hóa mở lễ hội; xã Cao Bình và xã Hưng An được công nhận nông thôn mới; bà Phú An bán hàng."
    assert _found(text, "C104") == []


def test_c101_home_institutions_in_a_domestic_story() -> None:
    flood = (
        "Mưa lớn gây sạt lở ở tỉnh Đắk Lắk.\n"
        "Lực lượng vũ trang của Trung Quốc đã sơ tán 300 hộ dân, Bộ Chỉ huy Quân sự tỉnh cho biết.\n"
        "UBND tỉnh Đắk Lắk hỗ trợ mỗi hộ 5 triệu đồng."
    )
    assert ("Trung Quốc", "Việt Nam") in _found(flood, "C101")
    trial = (
        "Công an tỉnh An Giang khởi tố 4 bị can về tội buôn lậu.\n"
        "Theo Điều 188 Bộ luật Hình sự Trung Quốc, hành vi này có thể bị phạt tù đến 20 năm."
    )
    assert ("Trung Quốc", "Việt Nam") in _found(trial, "C101")


def test_c101_quiet_where_china_is_meant() -> None:
    quiet = (
        # China's law in a story with another 'Trung Quốc' outside such a frame
        "Công an tỉnh Lào Cai bàn giao 2 đối tượng cho phía Trung Quốc.\n"
        "Theo Bộ luật Hình sự Trung Quốc, tội này có thể bị phạt tù chung thân.",
        # China's universities named with Việt Nam in the sentence
        "Thứ trưởng Nguyễn Văn Phúc cho biết các trường đại học của Trung Quốc cấp 300 suất học bổng cho Việt Nam.\n"
        "UBND tỉnh Bắc Ninh chúc mừng các em.",
    )
    for text in quiet:
        assert _found(text, "C101") == [], text


def test_l103_a_chinese_date_is_one_finding() -> None:
    assert _found("Hợp đồng ký ngày 2024年12月5日 tại Hải Phòng.", "L103") == [("2024年12月5日", "5/12/2024")]
    assert _found("Hội chợ mở cửa từ 6月1日.", "L103") == [("6月1日", "1/6")]
    assert _found("Dự án hoàn thành trong 2027年9月.", "L103") == [("2027年9月", "tháng 9/2027")]


def test_t101_one_mark_slip_of_a_name_the_document_has_in_pinyin() -> None:
    text = (
        "Cơ quan điều tra đã bắt bị can Huang Wenping.\n"
        "Bị can Hoàng Văn Bình khai đã nhận 200 triệu đồng.\n"
        "Số tiền này được Hoàng Văn Bính chuyển cho đồng phạm."
    )
    assert ("Hoàng Văn Bính", "Hoàng Văn Bình") in _found(text, "T101")
    two_people = "Bà Đỗ Thị Hằng cho biết xã đã sơ tán 200 hộ.\nBà Đỗ Thị Hàng, 72 tuổi, ở thôn Đông, kể lại đêm lũ."
    assert _found(two_people, "T101") == []


def test_site_section_tagline_is_chrome() -> None:
    """A section's statement of what it covers and whose it is; a headline or sentence of that shape is not."""
    chrome = (
        "Chuyên trang ẩm thực và du lịch của Báo Cà Mau",
        "Chuyên trang khoa học nông nghiệp thuộc Trung tâm Khuyến nông quốc gia",
    )
    article = (
        "Chuyên trang du lịch của tỉnh Sơn La ra mắt với 300 bài viết.",
        "Chuyên trang của Sở Y tế Đồng Tháp đã có 2 triệu lượt truy cập trong năm 2025.",
    )
    assert [line for line in chrome if classify_line(line)[0] is None] == []
    assert [line for line in article if classify_line(line)[0] is not None] == []
