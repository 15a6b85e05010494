"""leftovers77: clean73's blind false alarms and reader confusions fixed, tested on sentences not in the set.

C105: a CamelCase brand made with one of the rule's name words ('AirAsia', 'KasikornBank') after a country word is
the rest of the name ('Indonesia AirAsia'), as 'Air' alone already was ('Korean Air'); a country word before any
other capitalised word or a Vietnamese word still fires.
"""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _c105(text: str) -> list[str]:
    return [f.text for f in audit_text(text) if f.rule == "C105"]


@pytest.mark.parametrize(
    "text",
    [
        # each fired on main
        "Từ tháng sau, hãng Philippine AirAsia sẽ khai thác thêm ba chuyến mỗi tuần giữa Manila và Đà Nẵng.",
        "Tuần này Thai AirAsia và Vietjet cùng giảm giá vé đi Băng Cốc.",
        "Khách hàng của Thai KasikornBank có thể chuyển tiền về Việt Nam qua ứng dụng mới.",
    ],
)
def test_c105_quiet_before_a_camelcase_brand(text: str) -> None:
    assert _c105(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a country adjective before a Vietnamese word: untranslated
        ("Hàng Thai được bày bán ở chợ biên giới từ sáng sớm.", "Thai"),
        # before a CamelCase word made of no name word: still read as the adjective of a name
        ("Nhà đầu tư Korean SungWoo vừa mua lại một nhà máy ở Bắc Ninh.", "Korean"),
    ],
)
def test_c105_still_fires(text: str, word: str) -> None:
    assert _c105(text) == [word]
