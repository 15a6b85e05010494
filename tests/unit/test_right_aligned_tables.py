"""A table set flush right (a fact box floated with ``align="right"``) or a right-aligned column of an article's
table is article text: only a short block the writer set flush right is a signature (a page laid out in a table
keeps its signatures, set flush right inside the main cell)."""

from __future__ import annotations

from pathlib import Path

from audit.corpus import ReadOptions, discover, read_file

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cầu Cổ Chiên mở rộng</title></head><body>
<article><h1>Cầu Cổ Chiên được mở rộng thêm hai làn xe</h1>
<p>Sáng nay, tỉnh Trà Vinh khởi công mở rộng cầu Cổ Chiên nối với Vĩnh Long sau nhiều năm quá tải vào dịp lễ.</p>
<table align="right" border="1">
<tr><td>Chiều dài</td><td>2,4 km</td></tr><tr><td>Tổng vốn</td><td>3.470 tỷ đồng</td></tr>
<tr><td>Nhà thầu</td><td>Liên danh Cửu Long</td></tr></table>
<p>Theo chủ đầu tư, thời gian qua cầu vào giờ cao điểm sẽ giảm từ 40 phút xuống còn khoảng 10 phút.</p>
<table><tr><th>Hạng mục</th><th style="text-align:right">Tiến độ</th></tr>
<tr><td>Trụ cầu</td><td style="text-align:right">Hoàn thành</td></tr>
<tr><td>Đường dẫn</td><td style="text-align:right">Đang làm</td></tr></table>
<p>Người dân hai bờ sông mong cây cầu mở rộng được đưa vào sử dụng trước mùa mưa năm sau.</p>
<p style="text-align:right">Thạch Sô Phia</p></article>
<table><tr><td class="main"><p>Nhà máy nước Long Đức vừa nâng công suất lên 60.000 mét khối mỗi ngày đêm.</p>
<p style="text-align:right">Kim Sóc Khum</p></td></tr></table></body></html>
"""


def test_a_right_aligned_table_is_article_and_a_signature_a_byline(tmp_path: Path) -> None:
    path = tmp_path / "co-chien.html"
    path.write_text(PAGE, encoding="utf-8")
    errors: list = []
    segments = [s for item in discover([str(path)], errors) for d in read_file(item, ReadOptions(), errors)
                for s in d.segments]  # fmt: skip
    kinds = {s.text: (s.boilerplate_kind if s.boilerplate else None) for s in segments}
    for cell in ("Chiều dài", "3.470 tỷ đồng", "Liên danh Cửu Long", "Tiến độ", "Hoàn thành", "Đang làm"):
        assert kinds[cell] is None, cell
    assert kinds["Thạch Sô Phia"] == "byline" and kinds["Kim Sóc Khum"] == "byline"
