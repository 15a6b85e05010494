"""misses41 (round 27): adversary94's misses fixed in a general way, each tested on sentences outside the set, both
ways: T307 a myriad before the outlets and points of payment and retail news; T308 deepfake, deep learning and QR-code
calques, and 'biểu thị' after a ministry, department or committee named as the speaker."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ví điện tử này đã có mặt tại 8 vạn điểm chấp nhận thanh toán ở Hà Nội.", "8 vạn"),
        ("Công ty dự kiến mở thêm 3 vạn điểm bán hàng ở miền Tây trong năm 2026.", "3 vạn"),
        ("Ngân hàng có gần 2 vạn điểm giao dịch trên cả nước.", "2 vạn"),
        ("Chuỗi này có 15 vạn cửa hàng tiện lợi tại Đông Nam Á.", "15 vạn"),
    ],
)
def test_t307_fires_before_outlets(text: str, span: str) -> None:
    assert span in _found(text, "T307")


@pytest.mark.parametrize(
    "text",
    [
        "Ngân hàng có gần 20.000 điểm giao dịch trên cả nước.",
        "Đội tuyển giành 12 điểm sau bốn trận.",
        "Trò chơi thưởng 5 vạn điểm cho người chơi mới.",
        "Hàng vạn điểm bán lẻ đã treo mã QR.",
    ],
)
def test_t307_quiet(text: str) -> None:
    assert _found(text, "T307") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Kẻ gian dùng video thâm độ ngụy tạo giả giọng giám đốc để lừa kế toán.", "thâm độ ngụy tạo"),
        ("Người bán chỉ cần dán nhị duy mã tại quầy để nhận tiền.", "nhị duy mã"),
        ("Trường mở ngành thâm độ học tập cho sinh viên năm ba.", "thâm độ học tập"),
    ],
)
def test_t308_fires_on_calques(text: str, span: str) -> None:
    assert span in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Kẻ gian dùng video deepfake giả giọng giám đốc để lừa kế toán.",
        "Bị cáo đã ngụy tạo hồ sơ để vay vốn ngân hàng.",
        "Người bán chỉ cần dán mã QR tại quầy để nhận tiền.",
    ],
)
def test_t308_quiet(text: str) -> None:
    assert _found(text, "T308") == []


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Ngoại giao Nhật Bản biểu thị, hai nước sẽ sớm nối lại đàm phán.",
        "Sở Y tế Đồng Nai biểu thị rằng dịch đã được kiểm soát.",
        "Ủy ban Chứng khoán Nhà nước biểu thị, quy định mới sẽ có hiệu lực từ tháng sau.",
    ],
)
def test_t308_biểu_thị_after_a_body(text: str) -> None:
    assert "biểu thị" in _found(text, "T308")


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Ngoại giao Nhật Bản cho biết, hai nước sẽ sớm nối lại đàm phán.",
        "Bộ chỉ số màu xanh biểu thị, theo chú giải, mức an toàn.",
        "Quyết định của Bộ Tài chính biểu thị sự quan tâm tới doanh nghiệp nhỏ.",
        "Bộ Y tế biểu thị sự đồng tình với đề xuất.",
    ],
)
def test_t308_biểu_thị_quiet(text: str) -> None:
    assert "biểu thị" not in _found(text, "T308")
