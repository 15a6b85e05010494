"""leftovers55 (round 33): fixes of adversary112's and adversary113's blind misses, each on sentences outside the
sets, both ways (fires on MT, quiet on human text)."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        # glossary terms of two loans that were quiet before ('credit', 'package', 'carbon', 'industrial', 'park' are
        # each words Vietnamese text uses)
        ("Ngân hàng tung ra credit package 30.000 tỷ đồng cho người mua nhà.", "credit package", "gói tín dụng"),
        ("Doanh nghiệp có thể bán carbon credits cho các đối tác châu Âu.", "carbon credits", "tín chỉ carbon"),
        ("Tỉnh Bắc Giang sẽ mở thêm một industrial park ở huyện Yên Dũng.", "industrial park", "khu công nghiệp"),
        ("Ủy ban dự kiến họp press conference vào chiều thứ Sáu.", "press conference", "họp báo"),
    ],
)
def test_l101_glossary_term_of_two_loans(text: str, span: str, fix: str) -> None:
    assert _found(text, "L101") == [(span, fix)]


@pytest.mark.parametrize(
    "text",
    [
        # each word alone is a loan of Vietnamese tech writing
        "Người dùng phải đổi mật khẩu của tài khoản user; sân bay mở terminal mới cho khách quốc tế.",
        "Khách có thể mua gói cước park xe theo tháng; ứng dụng ghi nhận credit của người chơi.",
        # the term quoted, glossed in brackets, or inside a capitalised name
        'Ngân hàng gọi gói vay này là "credit package" trong tài liệu gửi nhà đầu tư.',
        "Gói tín dụng (credit package) có quy mô khoảng 30.000 tỷ đồng.",
        "Dự án VSIP (Vietnam Singapore Industrial Park) mở rộng sang Nghệ An.",
        # a loan pair no glossary lists stays a loan
        "Khán giả xem talk show và video clip ca nhạc mỗi tối.",
    ],
)
def test_l101_quiet_on_loans_alone_and_terms_quoted(text: str) -> None:
    assert _found(text, "L101") == []
