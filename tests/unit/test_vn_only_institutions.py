"""C101's institution frame reads its names from references/vn_only_institutions.tsv: 'Trung Quốc' right after the
name of an institution only Việt Nam has is the MT's 我国 ('our country') slip. Motivated by a probe of a storm story
('Tổng cục Khí tượng Thủy văn Trung Quốc'); these tests use other institutions, provinces and sentences."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.resources import read_tsv

_HEAD = "Quảng Nam, 4/10/2025 – Chủ tịch UBND tỉnh Quảng Nam làm việc với các sở, ngành về dự án cao tốc.\n\n"


def _c101(sentence: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(_HEAD + sentence) if f.rule == "C101"]


def test_every_row_names_a_counterpart() -> None:
    rows = list(read_tsv("vn_only_institutions.tsv"))
    assert len(rows) >= 8
    assert all(row["name"] and row["china_counterpart"] for row in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        "Đoàn công tác của Thanh tra Chính phủ Trung Quốc đã kiểm tra hồ sơ dự án tại Tam Kỳ.",
        "Bộ Nông nghiệp và Môi trường của Trung Quốc yêu cầu tỉnh rà soát diện tích rừng bị ảnh hưởng.",
        "Bộ Dân tộc và Tôn giáo Trung Quốc hỗ trợ đồng bào Cơ Tu ở huyện Tây Giang.",
    ],
)
def test_vietnamese_only_institution_owned_by_china_fires(sentence: str) -> None:
    assert _c101(sentence) == [("Trung Quốc", "Việt Nam")]


@pytest.mark.parametrize(
    "sentence",
    [
        # China's own bodies under their own names
        "Ủy ban Giám sát Nhà nước Trung Quốc công bố kết quả điều tra một quan chức tỉnh Vân Nam.",
        "Bộ Văn hóa và Du lịch Trung Quốc giới thiệu các tour đến Quảng Nam.",
        # the Vietnamese institution and China side by side, not owned
        "Thanh tra Chính phủ và Đại sứ quán Trung Quốc trao đổi về dự án.",
        # a name left out of the table: the press may give a Chinese body this name
        "Bộ Khoa học và Công nghệ Trung Quốc ký thỏa thuận với tỉnh.",
        # the sentence names a Chinese city: China itself
        "Đoàn Thanh tra Chính phủ Trung Quốc từ Bắc Kinh sang làm việc với đối tác Việt Nam.",
    ],
)
def test_chinas_bodies_stay_quiet(sentence: str) -> None:
    assert _c101(sentence) == []
