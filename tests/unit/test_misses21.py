"""misses21: what this round's sets and helpers left alone, fixed where a general rule catches it, tested both ways on
sentences, names and places written for this test (none from a set, a corpus or a rule's example).

- F102: a space moved before a comma or a semicolon, none after it, between two words ('Hà Nội ,hôm qua'), in
  plain text and inside an XLIFF target.
- A109: a range of days written 'D-D/M' in the target ('3-4/6'), read as its end date (T302 reads it too).
- T308: 'biểu thị' after a person in court and a name ('bị cáo Kim biểu thị …', adversary67).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.api import audit_pairs, audit_text
from audit.corpus import InputFile, ReadOptions, read_file
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules


def _spans(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


def _pair_spans(record: str) -> list[str]:
    source, _, target = record.partition(" => ")
    return [f.text for f in audit_pairs([(source, target)], select=["A109"])]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Đoàn khảo sát về tới Tuy Hòa ,chiều nay họp với lãnh đạo tỉnh.", " ,"),
        ("Giá cà phê nhân tăng mạnh ,trong khi giá tiêu đi ngang.", " ,"),
        ("Trường mở thêm hai lớp tiếng Nhật ;học phí giữ nguyên.", " ;"),
    ],
)
def test_a_space_moved_before_a_comma_fires(text: str, span: str) -> None:
    found = audit_text(text, select=["F102"])
    assert [f.text for f in found] == [span]
    assert found[0].suggestion == span.strip() + " "


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn khảo sát về tới Tuy Hòa, chiều nay họp với lãnh đạo tỉnh.",
        "Khung chương trình viết bằng .NET và chạy trên máy chủ của sở.",
        "Tỷ lệ 1,5 lần; hồ sơ nộp qua cổng dichvucong.gov.vn trước 17 giờ.",
        "Biểu thức a ,1 không hợp lệ trong bảng tính.",
    ],
)
def test_a_comma_with_its_space_after_or_no_word_on_both_sides_is_quiet(text: str) -> None:
    assert _spans(text, "F102") == []


XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="vi" datatype="plaintext" original="bulletin.txt">
    <body>
      <trans-unit id="u1">
        <source>Crews reached Pleiku, then checked the bridge.</source>
        <target>Các đội đã đến Pleiku ,sau đó kiểm tra cây cầu.</target>
      </trans-unit>
      <trans-unit id="u2">
        <source>Crews reached Kon Tum, then checked the dam.</source>
        <target>Các đội đã đến Kon Tum, sau đó kiểm tra con đập.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_a_space_moved_before_a_comma_inside_an_xliff_target(tmp_path: Path) -> None:
    p = tmp_path / "bulletin.xlf"
    p.write_text(XLIFF, encoding="utf-8")
    doc = read_file(InputFile(str(p), p.name), ReadOptions(), [])[0]
    found = run_rules(doc, [c() for c in select_rules(["F102"])], Settings())
    assert [(f.text, f.record) for f in found] == [(" ,", "u1")]


@pytest.mark.parametrize(
    ("record", "span"),
    [
        ("The pottery fair runs from 9 to 10 August. => Hội chợ gốm diễn ra ngày 9-10/9 tại Bát Tràng.", "10/9"),
        ("Roads close on 30 and 31 May 2026. => Các tuyến đường đóng cửa ngày 30-31/3/2026.", "31/3/2026"),
    ],
)
def test_a_range_written_with_a_hyphen_is_compared(record: str, span: str) -> None:
    assert _pair_spans(record) == [span]


@pytest.mark.parametrize(
    "record",
    [
        "The pottery fair runs from 9 to 10 August. => Hội chợ gốm diễn ra ngày 9-10/8 tại Bát Tràng.",
        "Roads close on 30 and 31 May 2026. => Các tuyến đường đóng cửa ngày 30-31/5/2026.",
        "Batch 12-3 was recalled on 4 June. => Lô 12-3/4 bị thu hồi ngày 4/6.",
    ],
)
def test_a_range_written_with_a_hyphen_that_matches_is_quiet(record: str) -> None:
    assert _pair_spans(record) == []


@pytest.mark.parametrize(
    "text",
    [
        "Người bào chữa cho bị cáo Phùng biểu thị thân chủ đã nộp lại toàn bộ số tiền.",
        "Đại diện bị hại Hồ biểu thị gia đình sẽ không kháng cáo.",
        "Nguyên đơn Tăng biểu thị: công ty chưa trả đủ tiền hàng.",
        "Tại phiên phúc thẩm, bị can Lạc biểu thị, ông không biết số hàng là hàng cấm.",
    ],
)
def test_bieu_thi_after_a_person_in_court_and_a_name_fires(text: str) -> None:
    assert _spans(text, "T308") == ["biểu thị"]


@pytest.mark.parametrize(
    "text",
    [
        "Báo cáo Mekong biểu thị mực nước sẽ giảm trong tháng tới.",
        "Bản án dành cho bị cáo Phùng biểu thị sự nghiêm minh của pháp luật.",
        "Kết quả xét xử bị cáo Tăng biểu thị mức án đã được giảm nhẹ.",
    ],
)
def test_bieu_thi_after_a_report_or_before_a_noun_of_stance_is_quiet(text: str) -> None:
    assert _spans(text, "T308") == []


def test_a_range_end_written_with_a_hyphen_is_read_on_the_target_alone() -> None:
    """T302 reads the range's end as a date: 30 November exists, 31 November does not."""
    assert _spans("Hội chợ nông sản Đắk Nông diễn ra từ ngày 30-31/11 tại quảng trường tỉnh.", "T302") == ["31/11"]
    assert _spans("Hội chợ nông sản Đắk Nông diễn ra từ ngày 29-30/11 tại quảng trường tỉnh.", "T302") == []
    assert _spans("Lô hàng mã 30-31/11 đã được niêm phong.", "T302") == []  # no date word before it: a code


COURT = "Sáng 12/3, {} Nhân dân tỉnh Quảng Trị mở phiên tòa xét xử bị cáo Đoàn Văn Lực về tội đánh bạc."


def test_phap_vien_in_a_court_story_fires() -> None:
    found = audit_text(COURT.format("Pháp viện"), select=["T308"])
    assert [(f.text, f.suggestion) for f in found] == [("Pháp viện", "Tòa án")]


@pytest.mark.parametrize(
    "text",
    [
        COURT.format("Tòa án"),
        "Pháp viện trợ 15 triệu euro cho bệnh viện; phiên tòa xét xử vụ tham nhũng đã khép lại.",
        "Pháp viện dẫn điều 4 của hiệp định khi bị cáo kháng cáo lên tòa châu Âu.",
        "Các biện pháp viện trợ pháp lý cho bị cáo nghèo được mở rộng.",
        "Triển lãm kể lại lịch sử Tối cao Pháp viện và những bản án thời ấy.",
        "Pháp viện Nhân dân Gia Lai cho biết hội chợ sách khai mạc ngày mai.",  # no court story: not 法院 for sure
    ],
)
def test_phap_vien_as_france_or_outside_a_court_story_is_quiet(text: str) -> None:
    assert _spans(text, "T308") == []


def test_than_di_in_a_heritage_story_fires() -> None:
    text = "Tỉnh Nam Định cho biết quá trình thân di của chùa Cổ Lễ kéo dài sáu năm trước khi UNESCO xét hồ sơ."
    assert _spans(text, "T308") == ["thân di"]


@pytest.mark.parametrize(
    "text",
    [
        "Nhiều người thân di cư sang Séc; bản thân di sản ấy cần được UNESCO ghi nhận.",
        "Bà nhờ người thân di chuyển các hiện vật của di sản về kho.",
        "Quá trình thân di kéo dài sáu năm, ông Lực kể.",  # no heritage story
    ],
)
def test_than_di_where_di_opens_a_word_or_outside_a_heritage_story_is_quiet(text: str) -> None:
    assert _spans(text, "T308") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Hãng bay Bamboo đặt thêm 12 máy bay thân rộng của Không Khách.", "Không Khách"),
        ("Khách Hàn Quốc chuộng mẫu điện thoại màn hình gập của Tam Tinh.", "Tam Tinh"),
        ("Nhiều mẫu xe gầm cao của Bảo Mã đã về cảng Hải Phòng.", "Bảo Mã"),
    ],
)
def test_a_makers_reading_after_its_product_and_cua_fires(text: str, span: str) -> None:
    """C107: a gated Hán-Việt reading of a company after one of its products and 'của' (adversary67: 'máy bay thân
    hẹp của Không Khách')."""
    assert _spans(text, "C107") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Chị vẫn giữ chiếc ô tô cũ của Phong Điền, người bạn thời sinh viên.",  # what a person owns
        "Máy bay của hãng hàng không ở huyện Phong Điền hạ cánh an toàn.",
        "Hãng bay Bamboo đặt thêm 12 máy bay thân rộng của Airbus.",
    ],
)
def test_a_persons_thing_or_a_place_after_cua_is_quiet(text: str) -> None:
    assert _spans(text, "C107") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Việt Nam và Indonesia họp về nghề cá\nTừ tháng 3, 6 tàu cá Bình Thuận bị Ấn Ni phương bắt giữ.",
            "Ấn Ni phương",
        ),
        (
            "Việt Nam và Ả Rập Xê Út ký hai văn kiện\nSa Đặc phương cam kết mở thêm đường bay tới Riyadh.",
            "Sa Đặc phương",
        ),
        ("Việt Nam và Trung Quốc họp về nghề cá\nTrung phương bắt giữ hai tàu cá Quảng Ngãi.", "Trung phương"),
    ],
)
def test_a_countrys_short_name_before_phuong_is_a_side(text: str, span: str) -> None:
    """C103: a two-character Chinese short name read in Hán-Việt before 'phương' (adversary69: 'Ấn Ni phương'), and
    'bắt' after a side."""
    assert _spans(text, "C103") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam và Indonesia họp về nghề cá\nNgười Ấn Ni phương xa vẫn nhớ món ăn quê nhà.",
        "Việt Nam và Thái Lan họp về nghề cá\nẤn Ni phương bắt giữ hai tàu.",  # Indonesia not in the article
        "Việt Nam và Indonesia họp về nghề cá\nPhía Indonesia bắt giữ hai tàu cá Kiên Giang.",
    ],
)
def test_a_short_name_before_phuong_outside_its_article_or_before_a_word_is_quiet(text: str) -> None:
    assert _spans(text, "C103") == []
