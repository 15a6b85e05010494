"""C101 on a country named on both sides of one relation ('Trung Quốc là thị trường … của Trung Quốc'), whatever the
article's topic (adversary100). Names, countries and sentences written for this test."""

from __future__ import annotations

import pytest

from audit.api import audit_text

FIRES = [
    # (text, the flagged mention's start in its sentence, fix)
    ("Trung Quốc là thị trường nhập khẩu cà phê lớn thứ năm của Trung Quốc.", 58, None),
    ("Hàn Quốc là đối tác thương mại lớn thứ ba của Hàn Quốc.", 46, None),
    ("Nhật Bản trở thành nhà đầu tư lớn nhất của Nhật Bản tại Đồng Nai.", 43, None),
    ("Xuất khẩu hạt tiêu của Ấn Độ sang Ấn Độ tăng 20% trong năm nay.", 23, None),
    ("Vốn đầu tư của Singapore vào Singapore đạt 2 tỷ USD.", 15, None),
    ("Kim ngạch thương mại giữa Thái Lan và Thái Lan đạt 5 tỷ USD.", 38, None),
    # an article that names Việt Nam: the slip's usual source is the fix
    ("Việt Nam xuất khẩu gạo sang nhiều nước. Philippines là khách hàng lớn nhất của Philippines.", 39, "Việt Nam"),
]
QUIET = [
    "Mỹ là thị trường xuất khẩu lớn nhất của Việt Nam.",
    "Xuất khẩu gạo của Việt Nam sang Philippines tăng mạnh.",
    "Giữa Triều Tiên và Hàn Quốc vẫn còn căng thẳng.",
    "Trung Quốc là thị trường lớn. Thị trường của Trung Quốc còn tăng.",
    "Nhật Bản nhập khẩu hàng của Nhật Bản sản xuất tại nước ngoài.",
    "Hàng của Thái Lan bán tại Thái Lan rẻ hơn hàng nhập khẩu.",
    "Du khách Hàn Quốc đến Hàn Quốc để mua sắm trước Tết.",
]


@pytest.mark.parametrize(("text", "start", "fix"), FIRES)
def test_one_country_on_both_sides_fires(text: str, start: int, fix: str | None) -> None:
    found = [(f.text, f.start, f.suggestion) for f in audit_text(text) if f.rule == "C101"]
    assert len(found) == 1 and found[0][1] == start and found[0][2] == fix, found


@pytest.mark.parametrize("text", QUIET)
def test_other_relations_stay_quiet(text: str) -> None:
    assert [f for f in audit_text(text) if f.rule == "C101"] == []
