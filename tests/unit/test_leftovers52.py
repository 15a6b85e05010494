"""leftovers52 (round 31): round 30's leftovers, fixed in general and tested on sentences outside the sets."""

from __future__ import annotations

import pytest

from audit.api import audit_text


def _hits(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=[rule])]


# C106: a place's pinyin right before 'ở/tại/thuộc/của' and a Chinese city or province (or China) is that Chinese place
@pytest.mark.parametrize(
    "text",
    [
        "Khu công nghiệp Longcheng ở Đại Liên thu hút thêm 12 dự án mới.",
        "Khu kinh tế Longcheng thuộc tỉnh Liêu Ninh mở rộng thêm 300 ha.",
        "Hàng hóa được đưa tới cảng Haifang ở Quảng Đông rồi bốc lên tàu.",
        "Nông dân tỉnh Qinghua tại Thanh Đảo thu hoạch lúa mì sớm.",
        "Sân bay quốc tế Longcheng (Trung Quốc) đón chuyến bay đầu tiên.",
        "Du khách nước ngoài đến đảo Fuguo ở Phúc Châu ngày càng đông.",
    ],
)
def test_chinese_place_next_quiet(text: str) -> None:
    assert _hits(text, "C106") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Khu công nghiệp Longcheng ở Đồng Nai thu hút thêm 12 dự án mới.", "Longcheng", "Long Thành"),
        ("Hàng hóa được đưa tới cảng Haifang thuộc thành phố Hải Phòng.", "Haifang", "Hải Phòng"),
        ("Bão đổ bộ vào tỉnh Guangning, Quảng Tây và Quảng Đông trong đêm.", "Guangning", "Quảng Ninh"),
        ("Đoàn đến thành phố Qinju để khảo sát, rồi bay sang Thanh Đảo.", "Qinju", "Cần Thơ"),
        ("Du khách nước ngoài đến đảo Fuguo của Kiên Giang ngày càng đông.", "Fuguo", "Phú Quốc"),
    ],
)
def test_vietnamese_place_still_fires(text: str, span: str, fix: str) -> None:
    assert _hits(text, "C106") == [(span, fix)]


def test_zh_cities_share_no_vietnamese_place() -> None:
    from audit.lang.resources import read_lines
    from audit.lang.vn_places import vn_place_names

    assert not set(read_lines("zh_cities.txt")) & vn_place_names()
