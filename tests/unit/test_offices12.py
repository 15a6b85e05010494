"""The office holders audited in round 11 (references/SOURCES.md, offices12), through the name rules.

Sentences written for this test, not taken from any test set: the new holders (the UK's Prime Minister from July
2026, the heads of the IMF, the World Bank, the WTO and NATO, Việt Nam's ministers of 2026) fire N103 when their
name is garbled, N104 when the given name stands alone and N107 under another country's title; the correct holder,
and the former one marked 'cựu' or 'khi đó', stay quiet.
"""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.people import holders

NAME_RULES = ["N103", "N104", "N107"]


def _found(text: str) -> list[tuple[str, str, str | None]]:
    """(rule, flagged text, suggestion) of every finding of the name rules on ``text``."""
    return [(f.rule, f.text, f.suggestion) for f in audit_text(text, select=NAME_RULES)]


@pytest.mark.parametrize(
    ("office", "current", "former"),
    [
        ("gb.prime_minister", "Andy Burnham", "Keir Starmer"),
        ("nato.secretary_general", "Mark Rutte", "Jens Stoltenberg"),
        ("vn.industry_trade_minister", "Lê Mạnh Hùng", "Nguyễn Hồng Diên"),
        ("vn.finance_minister", "Ngô Văn Tuấn", "Nguyễn Văn Thắng"),
        ("vn.justice_minister", "Hoàng Thanh Tùng", "Nguyễn Hải Ninh"),
        ("vn.home_affairs_minister", "Nguyễn Tiến Hải", "Đỗ Thanh Bình"),
        ("vn.chief_justice", "Nguyễn Văn Quảng", "Lê Minh Trí"),
    ],
)
def test_the_roster_hands_over(office: str, current: str, former: str) -> None:
    """One open tenure, the new holder's, which starts where the former holder's ends."""
    now = [t for t in holders(office) if t.end is None]
    assert [t.name_vi for t in now] == [current]
    (before,) = (t for t in holders(office) if t.name_vi == former and t.end is not None)
    assert before.end == now[0].start


@pytest.mark.parametrize(
    ("text", "rule", "span", "suggestion"),
    [
        ("Thủ tướng Anh Andy Burnam hội đàm với Tổng thống Pháp tại London.", "N103", "Andy Burnam", "Andy Burnham"),
        ("Tổng Thư ký NATO Mark Rute kêu gọi các nước tăng chi tiêu quốc phòng.", "N103", "Mark Rute", "Mark Rutte"),
        (
            "Tổng Giám đốc IMF Kristalina Georgiva dự báo tăng trưởng toàn cầu chậm lại.",
            "N103",
            "Kristalina Georgiva",
            "Kristalina Georgieva",
        ),
        (
            "Tổng Giám đốc WTO Ngozi Okonjo-Iwela khai mạc Hội nghị Bộ trưởng.",
            "N103",
            "Ngozi Okonjo-Iwela",
            "Ngozi Okonjo-Iweala",
        ),
        ("Chủ tịch Ngân hàng Thế giới Ajay Bangga thăm Jakarta.", "N103", "Ajay Bangga", "Ajay Banga"),
        ("Năm 2026, Bộ trưởng Bộ Tài chính Ngô Văn Tuân trình dự toán.", "N103", "Ngô Văn Tuân", "Ngô Văn Tuấn"),
        ("Năm 2026, Bộ trưởng Bộ Công Thương Lê Mạnh Hưng thăm Seoul.", "N103", "Lê Mạnh Hưng", "Lê Mạnh Hùng"),
        ("Năm 2026, Bộ trưởng Bộ Tư pháp Hoàng Thanh Tũng phát biểu.", "N103", "Hoàng Thanh Tũng", "Hoàng Thanh Tùng"),
        (
            "Năm 2026, Chánh án Tòa án nhân dân tối cao Nguyễn Văn Quang dự hội nghị.",
            "N103",
            "Nguyễn Văn Quang",
            "Nguyễn Văn Quảng",
        ),
        ("Thủ tướng Canada Andy Burnham đến Ottawa dự thượng đỉnh G7.", "N107", "Canada", "Vương quốc Anh"),
        ("Năm 2016, Thủ tướng Bỉ Mark Rutte tiếp đoàn doanh nghiệp Đà Nẵng.", "N107", "Bỉ", "Hà Lan"),
    ],
)
def test_a_garbled_or_misplaced_holder_fires(text: str, rule: str, span: str, suggestion: str) -> None:
    assert (rule, span, suggestion) in _found(text)


@pytest.mark.parametrize(
    ("text", "span", "suggestion"),
    [
        ("Thủ tướng Anh Andy cam kết tăng ngân sách y tế.", "Andy", "Andy Burnham"),
        ("Tổng Giám đốc IMF Kristalina cảnh báo về nợ công.", "Kristalina", "Kristalina Georgieva"),
    ],
)
def test_the_given_name_alone_fires_n104(text: str, span: str, suggestion: str) -> None:
    assert ("N104", span, suggestion) in _found(text)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        # a minister of 2025 under another single-holder ministry's title that year
        ("Năm 2025, Bộ trưởng Bộ Tài chính Nguyễn Hồng Diên ký quyết định giảm thuế.", "Nguyễn Văn Thắng"),
        ("Năm 2025, Bộ trưởng Bộ Tư pháp Nguyễn Văn Thắng ký thông tư hướng dẫn.", "Nguyễn Hải Ninh"),
    ],
)
def test_a_minister_under_another_ministry_fires(text: str, suggestion: str) -> None:
    assert [(r, s) for r, _, s in _found(text)] == [("N103", suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Thủ tướng Anh Andy Burnham hội đàm với Tổng thống Pháp tại London.",
        "Cựu Thủ tướng Anh Keir Starmer dự lễ khai mạc triển lãm ở Manchester.",
        "Năm 2025, Keir Starmer, khi đó là Thủ tướng Anh, thăm Ấn Độ.",
        "Tổng Thư ký NATO Mark Rutte kêu gọi các nước tăng chi tiêu quốc phòng.",
        "Cựu Tổng Thư ký NATO Jens Stoltenberg nhận giải thưởng hòa bình.",
        "Năm 2015, Thủ tướng Hà Lan Mark Rutte tiếp đoàn doanh nghiệp Đà Nẵng.",
        "Năm 2012, Thủ tướng Na Uy Jens Stoltenberg thăm Hà Nội.",
        "Năm 1998, Thủ tướng Bồ Đào Nha António Guterres thăm Ma Cao.",
        "Năm 2011, Bộ trưởng Tài chính Nigeria Ngozi Okonjo-Iweala trình ngân sách.",
        "Tổng Giám đốc IMF Kristalina Georgieva dự báo tăng trưởng toàn cầu chậm lại.",
        "Tổng Giám đốc WTO Ngozi Okonjo-Iweala khai mạc Hội nghị Bộ trưởng.",
        "Chủ tịch Ngân hàng Thế giới Ajay Banga thăm Jakarta.",
        "Năm 2026, Bộ trưởng Bộ Tài chính Ngô Văn Tuấn trình dự toán ngân sách.",
        "Năm 2026, Bộ trưởng Bộ Công Thương Lê Mạnh Hùng tiếp doanh nghiệp Hàn Quốc.",
        "Năm 2026, cựu Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên dự hội thảo.",
        "Năm 2025, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên ký quyết định.",
        "Năm 2025, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng ký quyết định giảm thuế.",
        "Năm 2026, Bộ trưởng Bộ Khoa học và Công nghệ Vũ Hải Quân phát biểu tại diễn đàn.",
        "Năm 2026, Phó Thủ tướng Phan Văn Giang dự lễ kỷ niệm.",
        "Năm 2012, Bộ trưởng Bộ Công Thương Vũ Huy Hoàng làm việc với doanh nghiệp.",
        "Năm 2008, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Thiện Nhân thăm trường.",
        "Năm 2026, Chánh án Tòa án nhân dân tối cao Nguyễn Văn Quảng dự hội nghị.",
        "Năm 2025, Chánh án Tòa án nhân dân tối cao Lê Minh Trí dự hội nghị.",
        "Chánh án Tòa án nhân dân tỉnh Nam Định Nguyễn Văn Quang chủ tọa phiên tòa.",
    ],
)
def test_the_holder_and_the_former_holder_are_quiet(text: str) -> None:
    assert _found(text) == []
