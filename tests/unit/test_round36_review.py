"""Round 36's review (branch review36; not the older tests/data/review36 set): fixes from the read-through.

- audit/lang/cited_names.py: a foreign press's verb of naming ('báo tiếng Anh viết', 'truyền thông quốc tế gọi') cues
  a cited spelling, but 'kêu gọi' (to call on) ends in 'gọi' too: 'cộng đồng quốc tế kêu gọi Wang Yi, còn …' cited no
  spelling and hid a real N101 finding wherever the article named the person in Hán-Việt elsewhere.
- audit/corpus/markdown.py: an italic colophon's links judged once (no change in what is chrome).
"""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.corpus.markdown import sentences
from audit.lang.cited_names import cited_spelling


def _cited(text: str, name: str) -> bool:
    i = text.index(name)
    return cited_spelling(text, i, i + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cộng đồng quốc tế kêu gọi Wang Yi, còn Nga im lặng.", "Wang Yi"),
        ("Các nước phương Tây kêu gọi Zhao Leji và Han Zheng, nhưng chưa có hồi âm.", "Han Zheng"),
        ("Giới quan sát nước ngoài lên tiếng kêu gọi Ding Xuexiang.", "Ding Xuexiang"),
    ],
)
def test_keu_goi_cites_no_spelling(text: str, name: str) -> None:
    assert not _cited(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tên ông được truyền thông quốc tế gọi là Han Zheng.", "Han Zheng"),
        ("Ông Triệu Lạc Tế, báo tiếng Anh viết Zhao Leji.", "Zhao Leji"),
        ("Truyền thông phương Tây gọi Ding Xuexiang, còn báo trong nước gọi Đinh Tiết Tường.", "Ding Xuexiang"),
    ],
)
def test_foreign_press_verbs_still_cite(text: str, name: str) -> None:
    assert _cited(text, name)


def test_keu_goi_pinyin_still_fires_n101() -> None:
    text = (
        "Phó Thủ tướng Trung Quốc Hàn Chính đến Hà Nội hôm qua.\n"
        "Trước cuộc gặp, cộng đồng quốc tế kêu gọi Han Zheng, còn giới quan sát chờ các cam kết cụ thể."
    )
    found = {f.text for f in audit_text(text) if f.rule == "N101"}
    assert "Han Zheng" in found


@pytest.mark.parametrize(
    ("line", "article"),
    [
        (
            "*Bản tin Nông sản phát hành thứ Hai hằng tuần. [Đăng ký nhận bản tin](/dang-ky) · [Lưu trữ](/luu-tru)*",
            False,
        ),
        ("*Giá cà phê tăng mạnh trong tuần. Nông dân Gia Lai vui mừng vì được mùa.*", True),
    ],
)
def test_italic_colophon(line: str, article: bool) -> None:
    lines = ["# Tin nông sản", "", "Giá hồ tiêu tuần này đi ngang ở mức cao so với cùng kỳ năm trước.", "", line, ""]
    kinds = {s.text.text: s.kind for s in sentences(lines)}
    last = [k for t, k in kinds.items() if "tuần" in t and "hồ tiêu" not in t]
    assert last
    assert all((k is None) == article for k in last)


# N101's dialect-spelt surname ('Tan Li Ting', a Singaporean's own spelling: leftovers64) is no exemption right after
# 'Trung Quốc': a mainland person's pinyin (谭 'Tan'), which MT may write syllable by syllable
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Thứ trưởng Thương mại Trung Quốc Tan Wei Dong cho biết hai bên sẽ mở rộng hợp tác.", "Tan Wei Dong"),
        ("Phó Chủ tịch Hội đồng Nhà nước Trung Quốc Tan Jian Guo đã tiếp đoàn doanh nghiệp.", "Tan Jian Guo"),
    ],
)
def test_dialect_surname_after_china_still_fires(text: str, flagged: str) -> None:
    assert flagged in {f.text for f in audit_text(text) if f.rule == "N101"}


@pytest.mark.parametrize(
    "text",
    [
        "Bà Tan Hui Min, Phó Giám đốc một quỹ đầu tư Singapore, cho biết quỹ sẽ rót vốn vào Bình Dương.",
        "Theo ông Heng Kai Wen, chủ một xưởng gỗ ở Johor, đơn hàng từ Trung Quốc tăng mạnh.",
    ],
)
def test_dialect_surname_elsewhere_stays_quiet(text: str) -> None:
    assert not {f.text for f in audit_text(text) if f.rule == "N101"}


# C104's naming guard ('mà quốc tế gọi là …', place_name_calque._NAMING) read the 'gọi' of 'kêu gọi' (to call on)
@pytest.mark.parametrize(
    ("text", "calque"),
    [
        ("Liên minh châu Âu kêu gọi Y Lạp Khắc bảo vệ dân thường.", "Y Lạp Khắc"),
        ("Hội đồng Bảo an kêu gọi A Phú Hãn mở cửa trường học cho nữ sinh.", "A Phú Hãn"),
    ],
)
def test_keu_goi_before_a_calqued_country_fires_c104(text: str, calque: str) -> None:
    assert calque in {f.text for f in audit_text(text) if f.rule == "C104"}


@pytest.mark.parametrize(
    "text",
    [
        "Ông nói rằng người xưa gọi Y Lạp Khắc là vùng Lưỡng Hà.",
        "Báo chí quốc tế gọi là Ô Khắc Lan.",
        "Sách cũ gọi Ý là Ý Đại Lợi.",
    ],
)
def test_naming_still_cites(text: str) -> None:
    assert not {f.text for f in audit_text(text) if f.rule == "C104"}
