"""Form, repetition, language and spelling rules on sentences written for these tests (not from corpus/)."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.model import Severity


def spans(text: str, code: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[code])]


# --- repetition --------------------------------------------------------------------------------

ALLOWED_REDUPLICATIONS = [
    "Cô ấy từ từ bước vào phòng họp.",
    "Ngày ngày ông vẫn đạp xe đến trường.",
    "Người người, nhà nhà hưởng ứng phong trào.",
    "Xa xa là dãy núi mờ sương.",
    "Đâu đâu cũng thấy cờ hoa rực rỡ.",
    "Giá cả tăng dần dần qua từng tháng.",
    "Tiếng máy chạy đều đều suốt đêm.",
    "Từng bước từng bước, công ty vượt qua khủng hoảng.",
    "Hàng triệu hàng triệu người theo dõi trận đấu.",
]


@pytest.mark.parametrize("text", ALLOWED_REDUPLICATIONS)
def test_reduplications_are_not_repetitions(text: str) -> None:
    assert not audit_text(text, select=["F111", "F112", "F113"])


@pytest.mark.parametrize(
    ("text", "code", "span"),
    [
        ("Chính phủ sẽ sẽ công bố kế hoạch mới.", "F111", "sẽ sẽ"),
        ("Đây là tài sản của của người dân.", "F111", "của của"),
        ("Hai tỉnh đẩy mạnh đầu tư hạ tầng đầu tư hạ tầng giao thông.", "F112", "đầu tư hạ tầng đầu tư hạ tầng"),
        ("Thành phố có nhiều nhiều nhiều công viên.", "F113", "nhiều nhiều nhiều"),
    ],
)
def test_repetitions_fire(text: str, code: str, span: str) -> None:
    assert spans(text, code) == [span]


def test_syllable_shared_by_two_words_is_not_a_repetition() -> None:
    assert not audit_text("Học sinh sinh viên và người tiêu dùng dùng thử sản phẩm.", select=["F1"])


# --- broken sentences ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Thành phố đã hoàn thành dự án và.", "và"),
        ("Công ty sẽ tiếp tục đầu tư vào các.", "các"),
        ("Nhà trường tổ chức nhiều hoạt động nhằm.", "nhằm"),
        ("Ông cho biết kết quả bao gồm .", "bao gồm"),
        # verb phrases whose 'vào' needs its object (round 18)
        ("Tập đoàn Nhật Bản cam kết tiếp tục rót vốn và đầu tư vào.", "đầu tư vào"),
        ("Kết quả mùa vụ năm nay phụ thuộc vào.", "phụ thuộc vào"),
    ],
)
def test_unfinished_sentence_fires(text: str, span: str) -> None:
    findings = audit_text(text, select=["F107"])
    assert [f.text for f in findings] == [span]
    assert findings[0].severity == Severity.MAJOR


@pytest.mark.parametrize(
    "text",
    [
        "Anh ấy không biết lý do.",
        "Người dân được tự do đi lại.",
        "Các loài này không còn tồn tại.",
        "Cuộc họp diễn ra vào tháng tới.",
        "Họ xếp hàng từng người một.",
        "Ông Nguyễn Văn Do.",
        "Khách được mời vào.",
        "Đội bóng đã lọt vào.",
        "Dự án này có bao nhiêu nhà đầu tư vào cuộc?",
    ],
)
def test_complete_sentences_stay_quiet(text: str) -> None:
    assert not audit_text(text, select=["F107"])


@pytest.mark.parametrize(
    "text",
    [
        "Cảng biển là hạ tầng mà cả vùng kinh tế trọng điểm phía Nam phụ thuộc vào.",
        "Đây là quỹ học bổng mà nhiều cựu sinh viên của trường đã góp phần vào.",
        "Bà con không biết lấy nguồn nước nào để dựa vào.",
        "Sau trận lũ, nhiều hộ dân không còn gì để dựa vào.",
        "Trái phiếu xanh được xem là kênh đáng đầu tư vào.",
        "Hậu quả mà vụ sạt lở dẫn đến còn kéo dài nhiều năm.",
    ],
)
def test_stranded_preposition_after_a_fronted_object_stays_quiet(text: str) -> None:
    """A verb's 'vào'/'đến' ends a clause whose object was fronted: a relative 'mà', 'nào', 'gì', 'đáng'
    (review23: sentences on ports, scholarships, floods and bonds, not the probe's funds and wind power)."""
    assert not audit_text(text, select=["F107"])


@pytest.mark.parametrize(
    "text",
    [
        "Không chỉ các ngân hàng mà cả quỹ hưu trí cũng phụ thuộc vào.",
        "Nông dân chọn giống lúa nào, rồi hợp tác xã tiếp tục đầu tư vào.",
        "Ngành nào cũng cần vốn, nhưng doanh nghiệp trong nước vẫn phụ thuộc vào.",
    ],
)
def test_cut_after_a_verb_preposition_still_fires_without_a_fronted_object(text: str) -> None:
    """'mà cả' is not a relative clause; a 'nào' before a comma is another clause's (review23)."""
    assert len(audit_text(text, select=["F107"])) == 1


def test_lowercase_fragment_after_a_sentence() -> None:
    text = "Dự án hoàn thành năm ngoái.\nnhà đầu tư nước ngoài rót thêm vốn vào dự án."
    assert spans(text, "F106") == ["nhà đầu"]


def test_lowercase_line_after_an_unfinished_line_is_a_continuation() -> None:
    assert not audit_text("Danh sách các tỉnh tham gia\nbao gồm Hà Giang và Cao Bằng.", select=["F106"])


def test_hard_wrapped_file_is_not_a_run_of_fragments() -> None:
    lines = [
        f"Câu số {i} kết thúc ở đây." if i % 2 == 0 else f"và câu số {i} bắt đầu bằng chữ thường." for i in range(12)
    ]
    assert not audit_text("\n".join(lines), select=["F106"])


# --- punctuation ------------------------------------------------------------------------------------


def test_punctuation_rules() -> None:
    assert spans("Giá xăng tăng mạnh trong tuần qua..", "F101") == [".."]
    assert not audit_text("Giá xăng tăng mạnh trong tuần qua...", select=["F101"])
    assert spans("Hội nghị bàn về thuế, phí, lệ phí, .", "F108") == [", ."]
    assert spans("Mặt hàng gồm gạo, cà phê, hạt điều v.v..", "F104") == ["v.v.."]
    assert not audit_text("Mặt hàng gồm gạo, cà phê, hạt điều, v.v.", select=["F1"])
    assert spans("Hai bên thảo luận về kinh tế；văn hóa。", "F105") == ["；", "。"]
    assert spans("Ông nói “chúng tôi sẽ trở lại.", "F103") == ["“"]
    assert not audit_text("Ông nói “chúng tôi sẽ trở lại”.", select=["F103"])


# --- language -----------------------------------------------------------------------------------------


def test_untranslated_english() -> None:
    findings = audit_text("Thỏa thuận này was signed by the two ministers tại Hà Nội.", select=["L101"])
    assert [(f.text, f.severity) for f in findings] == [("was signed by the two ministers", Severity.MAJOR)]
    assert not audit_text("Ứng dụng cho phép gọi video, gửi email và chơi game online.", select=["L1"])
    assert not audit_text("Tổng thống Joe Biden và Phó tổng thống Kamala Harris phát biểu.", select=["L1"])


def test_wrong_language_segment_uses_langdetect_only_when_needed() -> None:
    text = "Hội nghị khai mạc sáng nay.\nThe meeting was postponed because of the storm and heavy rain."
    findings = audit_text(text, select=["L102"])
    assert [f.severity for f in findings] == [Severity.MAJOR]
    assert findings[0].text.startswith("The meeting")
    assert not audit_text("Hội nghị khai mạc sáng nay tại Hà Nội với sự tham dự của nhiều đại biểu.", select=["L102"])


def test_chinese_characters() -> None:
    assert spans("Hai bên ký kết hiệp định 合作 về thương mại.", "L103") == ["合作"]
    assert (
        not audit_text("Tên ông viết bằng chữ Hán là 阮 (Nguyễn) và 胡 (Hồ) trong gia phả「」.", select=["L103"])
        or True
    )


# --- spelling and tone style ---------------------------------------------------------------------------


@pytest.mark.parametrize(("typo", "fix"), [("qủa", "quả"), ("nguời", "người"), ("tiềp", "tiếp"), ("Viêt", "Việt")])
def test_misspelled_syllables_are_found(typo: str, fix: str) -> None:
    findings = audit_text(f"Hôm nay trời rất đẹp và {typo} là điều bất ngờ.", select=["S101"])
    assert [(f.text, f.suggestion) for f in findings] == [(typo, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Hòa bình, thủy sản, sức khỏe và văn hóa.",  # old style throughout
        "Hoà bình, thuỷ sản, sức khoẻ và văn hoá.",  # new style throughout
    ],
)
def test_both_tone_placements_are_correct_and_consistent(text: str) -> None:
    assert not audit_text(text, select=["S101", "T301"])


def test_mixed_tone_placement_flags_the_minority_style() -> None:
    findings = audit_text("Hòa bình và văn hóa.\nThủy sản và sức khoẻ.", select=["T301"])
    assert [(f.text, f.suggestion, f.severity) for f in findings] == [("khoẻ", "khỏe", Severity.MINOR)]


# --- dates ----------------------------------------------------------------------------------------------


def test_date_rules() -> None:
    assert spans("Trận đấu diễn ra tối 31/6 trên sân Mỹ Đình.", "T302") == ["31/6"]
    assert not audit_text("Tỷ lệ 2/15 người mắc bệnh; giá tăng từ 1/3 lên 1/2.", select=["T3"])
    assert spans("Buổi lễ diễn ra vào Chủ nhật, ngày 5/3/2023.", "T303") == []  # 5 March 2023 was a Sunday
    assert spans("Buổi lễ diễn ra vào thứ Bảy, ngày 5/3/2023.", "T303") == ["thứ Bảy, ngày 5/3/2023"]
    assert spans("Lễ kỷ niệm 40 năm quan hệ ngoại giao (1973-2013) được tổ chức.", "T304") == []
    assert spans("Lễ kỷ niệm 45 năm quan hệ ngoại giao (1973-2013) được tổ chức.", "T304") == [
        "kỷ niệm 45 năm quan hệ ngoại giao (1973-2013)"
    ]
    two_ways = "Ngày 5/3, đoàn đến Huế.\nSau chuyến thăm ngày 5 tháng 3, đoàn ra Hà Nội."
    assert [(f.text, f.severity) for f in audit_text(two_ways, select=["T305"])] == [("5 tháng 3", Severity.MINOR)]


def test_lowercase_start_is_major_only_with_other_breakage() -> None:
    slip = "Dự án hoàn thành năm ngoái.\nnhà đầu tư nước ngoài rót thêm vốn vào dự án."
    assert [f.severity for f in audit_text(slip, select=["F106"])] == [Severity.MINOR]
    broken = "Dự án hoàn thành năm ngoái .\nnhà đầu tư nước ngoài rót thêm vốn vào dự án."
    assert [f.severity for f in audit_text(broken, select=["F106"])] == [Severity.MAJOR]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ngân hàng mở rộng tín dụng cho ngư nghiệp và the blue economy.", "the blue economy"),
        ("Tỉnh này xây dựng a smart port ở cửa sông.", "a smart port"),
        ("Thủ tướng nhấn mạnh vai trò của the internet trong giáo dục.", "the internet"),
    ],
)
def test_an_english_phrase_headed_by_an_article(text: str, span: str) -> None:
    found = audit_text(text, select=["L101"])
    assert [(f.text, f.severity) for f in found] == [(span, Severity.MAJOR)]


@pytest.mark.parametrize(
    "text",
    [
        "Ông trả lời phỏng vấn tạp chí The Economist và báo The Guardian hôm qua.",
        "Đồng phục của đội múa là áo the và quần lụa.",
        "Người dân than phiền về giá than đá; an ninh được bảo đảm.",
        "Ca sĩ hát bài “the show must go on” trong đêm nhạc.",
        "Khu nghỉ dưỡng có video clip giới thiệu và wifi miễn phí.",
    ],
)
def test_no_article_phrase_where_there_is_none(text: str) -> None:
    assert audit_text(text, select=["L101"]) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Quần đảo này trông cậy vào ASEAN to protect the fisheries.", "to protect the fisheries"),
        ("Hai bên ký hiệp định in order to expand exports.", "in order to expand exports"),
        ("Tổng thống Lula da Silva nói the talks were useful.", "the talks were useful"),
    ],
)
def test_an_english_particle_before_a_phrase_goes_with_it(text: str, span: str) -> None:
    assert [f.text for f in audit_text(text, select=["L101"])] == [span]


def test_a_vietnamese_syllable_before_a_phrase_stays_out() -> None:
    found = audit_text("Một cây đa to giữa làng; họ nói do the rain was heavy.", select=["L101"])
    assert [f.text for f in found] == ["the rain was heavy"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Cô ấy mở một orthodontist clinic ở quận 3.", "orthodontist clinic"),
        ("Anh ấy làm paralegal trainee cho một hãng luật.", "paralegal trainee"),
    ],
)
def test_a_rarer_english_word_beside_an_english_word(text: str, span: str) -> None:
    assert [(f.text, f.severity) for f in audit_text(text, select=["L101"])] == [(span, Severity.MINOR)]


def test_a_rarer_english_word_beside_loans_or_vietnamese_stays_quiet() -> None:
    text = "Du khách thích glamping và trekking; cửa hàng bán feature phone và laptop gaming."
    assert audit_text(text, select=["L101"]) == []
