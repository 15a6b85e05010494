"""The lead's fixes of round 29, tested outside the sets that showed them, both ways.

- T308 'vận hà' (运河, a canal; adversary105's Mekong page): fires on a canal project, not on 'vận hành' nor on China's
  Grand Canal, which Vietnamese writes 'Đại Vận Hà'.
- T308 'sữa phấn' (奶粉): quiet where 'sữa' ends a subject and 'phấn đấu', 'phấn khởi' … follow ('Ngành sữa phấn đấu …',
  the dairy industry strives: review37's probe of misses50's row).
"""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _t308(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == "T308"]


@pytest.mark.parametrize(
    "text",
    [
        "Campuchia khởi công dự án vận hà dài 180 km nối thủ đô với biển.",
        "Vận hà mới sẽ giúp tàu chở hàng đi thẳng ra cảng Kép.",
    ],
)
def test_canal_in_han_viet_fires(text: str) -> None:
    assert _t308(text) and _t308(text)[0][1] is not None and _t308(text)[0][1].lower() == "kênh đào"


@pytest.mark.parametrize(
    "text",
    [
        "Nhà máy bắt đầu vận hành thử dây chuyền mới từ tháng 3.",
        "Kênh đào Đại Vận Hà của Trung Quốc dài gần 1.800 km.",
        "Du khách đi thuyền trên đại vận hà ở Hàng Châu vào mùa thu.",
    ],
)
def test_canal_quiet(text: str) -> None:
    assert _t308(text) == []


def test_milk_powder_fires_but_not_before_striving() -> None:
    assert _t308("Giá sữa phấn nhập khẩu tăng 8% trong quý III.") == [("sữa phấn", "sữa bột")]
    for text in (
        "Ngành sữa phấn đấu tăng xuất khẩu sang Trung Quốc trong năm tới.",
        "Người nuôi bò sữa phấn khởi vì giá thu mua tăng.",
    ):
        assert _t308(text) == []
