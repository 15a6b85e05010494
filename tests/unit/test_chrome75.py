"""chrome75: clean73's last two chrome lines read as article, both in its Markdown bulletin, fixed in
``audit/corpus/markdown.py`` so that they generalise. Tested on Markdown pages written here (other desks, dates,
sites, links), not the set's own, both ways: the chrome is read as chrome, and the article lines that look like it
stay article text.

- a desk/date line: a short bold label, then only dates and times set apart by '·' or '|' ('**Bản tin kinh tế** ·
  Thứ Hai, 1/12/2025 · cập nhật 8h15'): the page's dateline;
- an italic colophon whose last sentence ends in a row of two links or more set apart by '·', '•' or '|' ('*…
  Đọc các số trước tại [kho bài](…) · [RSS](…)*'), where the links follow words of the same sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from chrome_lines import page_segments

_POST = """---
layout: post
title: "Giá cà phê lập đỉnh mới"
---

# Giá cà phê lập đỉnh mới, nông dân Lâm Đồng tranh thủ bán

{dateline}

Sáng 1/12, giá cà phê nhân xô tại Lâm Đồng tăng thêm 1.200 đồng mỗi ký so với cuối tuần trước.

**Bảo Lộc** · Nhiều đại lý cho biết lượng hàng về kho giảm vì mưa kéo dài.

Các doanh nghiệp xuất khẩu dự báo giá sẽ còn dao động mạnh trong tháng 12.

---

{footer}
"""

_DATELINES = [
    "**Bản tin kinh tế** · Thứ Hai, 1/12/2025 · cập nhật 8h15",
    "**Thời sự Tây Nguyên** · 2/12/2025 · 07:45",
    "__Điểm tin sáng__ · Chủ nhật, 7/12/2025 · cập nhật 6h00",
]
_FOOTERS = [
    "*Bài do ban kinh tế thực hiện. Đọc các số trước tại [kho bài](/kho/) · [RSS](/rss.xml)*",
    "_Bản tin phát hành mỗi sáng. Các số cũ nằm ở [mục lưu](/cu/) | [bản in](/in/)_",
    "*Tổng hợp: nhóm thị trường. Mời xem thêm ở [chuyên mục](/nong-san/) • [tìm kiếm](/tim/) • [liên hệ](/lh/)*",
]
_ARTICLE = (
    "Sáng 1/12, giá cà phê nhân xô tại Lâm Đồng tăng thêm 1.200 đồng mỗi ký so với cuối tuần trước.",
    "Bảo Lộc · Nhiều đại lý cho biết lượng hàng về kho giảm vì mưa kéo dài.",
    "Các doanh nghiệp xuất khẩu dự báo giá sẽ còn dao động mạnh trong tháng 12.",
)


def _read(tmp_path: Path, dateline: str, footer: str) -> list:
    page = tmp_path / "post.md"
    page.write_text(_POST.format(dateline=dateline, footer=footer), encoding="utf-8")
    return page_segments(page)


@pytest.mark.parametrize(("dateline", "footer"), list(zip(_DATELINES, _FOOTERS, strict=True)))
def test_desk_dateline_and_italic_colophon_with_link_row_are_chrome(tmp_path: Path, dateline: str, footer: str) -> None:
    segments = _read(tmp_path, dateline, footer)
    chrome = [s for s in segments if s.boilerplate]
    article = [s.text for s in segments if not s.boilerplate]
    assert chrome[0].text == dateline.replace("**", "").replace("__", "")
    assert chrome[-1].boilerplate_kind == "footer" and chrome[-1].text.startswith(footer[1:10])
    assert len(chrome) == 2
    assert article[0].startswith("Giá cà phê lập đỉnh mới") and set(_ARTICLE) <= set(article)


@pytest.mark.parametrize(
    "dateline",
    [
        # a bold lead-in before a sentence, or a part that is no date or time: text
        "**Hà Nội** · Sáng 1/12, giá cà phê nhân xô tăng mạnh ở nhiều tỉnh Tây Nguyên",
        "**Bản tin kinh tế** · Thứ Hai, 1/12/2025 · giá cà phê tăng mạnh",
        "**Một bản tin rất dài với tiêu đề có nhiều hơn tám chữ ở đây** · Thứ Hai, 1/12/2025",
        "Bản tin kinh tế · Thứ Hai, 1/12/2025 · với giá cà phê tăng",
    ],
)
def test_bold_lead_in_before_a_sentence_stays_article(tmp_path: Path, dateline: str) -> None:
    segments = _read(tmp_path, dateline, "*Hết.*")
    shown = dateline.replace("**", "")
    assert any(not s.boilerplate and shown.startswith(s.text[:20]) for s in segments)


@pytest.mark.parametrize(
    "footer",
    [
        # italics with one link, or links inside the sentence, or a long paragraph: text
        "*Người dân có thể xem bản đồ mưa tại [trang của đài](/ban-do/) để chủ động sơ tán.*",
        "*Theo ông Tâm, nông dân nên xem [giá](/gia/) · [thời tiết](/tt/) trước khi bán hàng cho thương lái.*",
        "*Giá cà phê năm nay tăng mạnh nhờ nguồn cung Brazil giảm. Nhiều hộ ở Di Linh đã mở rộng diện tích, mua"
        " thêm máy sấy và xây kho chứa để giữ hàng chờ giá, một số hợp tác xã còn ký hợp đồng bao tiêu với doanh"
        " nghiệp chế biến ở Bình Dương và Đồng Nai. Xem [bài 1](/b1/) · [bài 2](/b2/)*",
    ],
)
def test_italic_paragraph_without_a_closing_link_row_stays_article(tmp_path: Path, footer: str) -> None:
    segments = _read(tmp_path, "Thứ Hai, 1/12/2025", footer)
    last = segments[-1]
    assert not last.boilerplate, last.text
