"""Round 34's fixes of blind-set misses (leftovers56), each on sentences outside the sets, both ways
(fires on MT, quiet on human text): T307's myriad of people beside a figure of today, A113's business idioms, F107's
'từ' cut at a sentence's end, C102's Hán-Việt abbreviation after a word of trade."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Lũ quét khiến hơn 4 vạn người ở Nghệ An phải rời nhà và làm sập 2.100 ngôi nhà.", "4 vạn", "40.000"),
        ("Dịch sốt xuất huyết làm 3 vạn người mắc bệnh, tăng 40% so với cùng kỳ.", "3 vạn", "30.000"),
        ("Hơn 15 vạn người đã đăng ký dự thi, trong đó 35 phần trăm là nữ.", "15 vạn", "150.000"),
    ],
)
def test_t307_people_beside_a_figure_of_today(text: str, span: str, fix: str) -> None:
    assert _found(text, "T307") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Hàng vạn người đổ về quảng trường; triệu người như một.",
        "Vạn người như một, cả làng cùng ra đê chống lũ.",
        "Đại lễ 1.000 năm Thăng Long có 5 vạn người dự.",  # a span of years, not a count
        "Cuộc kháng chiến năm 1946 huy động 2 vạn người và 1.200 con ngựa.",  # a year of the past century
        "Quân Minh có 50 vạn người, chiếm 10% dân số của cả vùng.",  # history, sentence-initial 'Quân'
        "Làng có 3 vạn người sinh sống.",  # no figure of today, no other myriad: as before
    ],
)
def test_t307_people_quiet_in_idioms_and_history(text: str) -> None:
    assert _found(text, "T307") == []


@pytest.mark.parametrize(
    ("source", "target", "span"),
    [
        (
            "New hires at the Danang plant are expected to hit the ground running next month.",
            "Các nhân viên mới tại nhà máy Đà Nẵng được kỳ vọng sẽ chạm đất và chạy vào tháng tới.",
            "chạm đất và chạy",
        ),
        (
            "Suppliers complain that the buyer keeps moving the goalposts.",
            "Các nhà cung cấp phàn nàn rằng bên mua liên tục di chuyển cột gôn.",
            "cột gôn",
        ),
        (
            "After three losing years the airline threw in the towel.",
            "Sau ba năm thua lỗ, hãng hàng không đã ném chiếc khăn vào.",
            "chiếc khăn",
        ),
        (
            "Regulators turned a blind eye to the violations.",
            "Các cơ quan quản lý đã quay một con mắt mù trước các vi phạm.",
            "một con mắt mù",
        ),
        ("Builders cut corners on the Hanoi tower.", "Các nhà thầu đã cắt góc tại tòa tháp Hà Nội.", "cắt góc"),
        (
            "Many brands jumped on the bandwagon of electric scooters.",
            "Nhiều thương hiệu đã nhảy lên đoàn tàu xe máy điện.",
            "nhảy lên đoàn tàu",
        ),
        (
            "Investors should keep their eye on the ball: inflation.",
            "Nhà đầu tư nên giữ mắt trên quả bóng: lạm phát.",
            "mắt trên quả bóng",
        ),
    ],
)
def test_a113_business_idioms(source: str, target: str, span: str) -> None:
    assert [f.text for f in audit_pairs([(source, target)]) if f.rule == "A113"] == [span]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "New hires at the Danang plant are expected to hit the ground running next month.",
            "Các nhân viên mới tại nhà máy Đà Nẵng được kỳ vọng sẽ bắt tay ngay vào việc từ tháng tới.",
        ),
        ("The paratroopers hit the ground running after the jump.", "Lính dù chạm đất và chạy ngay sau cú nhảy."),
        (
            "After three losing years the airline threw in the towel.",
            "Sau ba năm thua lỗ, hãng hàng không đã tung khăn trắng.",
        ),
        ("The goalkeeper kept his eyes on the ball.", "Thủ môn dán mắt vào quả bóng."),
        ("Drivers cut corners on the bend.", "Các tài xế cắt góc ở khúc cua."),
        (
            "Many brands jumped on the bandwagon of electric scooters.",
            "Nhiều thương hiệu xe máy điện chạy theo trào lưu, nhảy lên vị trí dẫn đầu.",
        ),
    ],
)
def test_a113_business_idioms_quiet_when_said_or_literal(source: str, target: str) -> None:
    assert [f.text for f in audit_pairs([(source, target)]) if f.rule == "A113"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Khách nên tránh mua lại suất ăn trên tàu với giá đắt từ.",
        "Công ty nhập linh kiện điện tử chủ yếu từ.",
    ],
)
def test_f107_tu_cut(text: str) -> None:
    assert _found(text, "F107") == [("từ", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Tên thương hiệu chỉ gồm hai từ.",
        "Bài luận yêu cầu viết đúng 250 từ.",
        "Em đọc chậm từng từ.",
        "Cụ già bước đi từ từ.",
        "Cuối buổi, ông đứng dậy cáo từ.",
        'Trong câu này, "chạy" là động từ.',
        "Bà cụ có đôi mắt hiền từ.",
        "Người dân trong làng gọi ông là ông Từ.",
        "Đại diện tân sinh viên phát biểu đáp từ.",
        "Ông kiên quyết khước từ.",
    ],
)
def test_f107_tu_quiet_as_a_word(text: str) -> None:
    assert _found(text, "F107") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hàng dệt may chiếm phần lớn kim ngạch Việt-Mạnh trong quý ba.",
        "Quan hệ Việt-Mạnh được thiết lập từ năm 1973.",
    ],
)
def test_c102_hanviet_abbreviation_after_a_word_of_trade(text: str) -> None:
    assert _found(text, "C102") == [("Việt-Mạnh", "Việt Nam – Bangladesh")]


@pytest.mark.parametrize(
    "text",
    [
        "Ở nội dung đôi nam, cặp Việt-Mạnh giành huy chương bạc.",  # two players' given names
        "Bài hát do nhóm Việt-Mạnh thể hiện.",
        "Hai bên thúc đẩy hợp tác Việt-Tân trong lĩnh vực sữa.",  # 新: Singapore or New Zealand, not said
        "Quan hệ Việt-Lào rất đặc biệt.",
    ],
)
def test_c102_quiet_on_names_and_ambiguous_readings(text: str) -> None:
    assert _found(text, "C102") == []
