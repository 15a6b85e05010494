"""A class naming the post's category or tag is a topic, not page chrome: WordPress writes ``tag-<slug>`` and
``category-<slug>`` on every post's ``<article>`` (and on the body of an archive), so a post tagged 'mưa lũ' or
filed under 'Bình luận' keeps its text as article; a tag list or tag cloud stays navigation."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.corpus import ReadOptions, discover, read_file

POST = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sạt lở ở Quảng Trị</title></head>
<body class="post-template-default single single-post postid-41 {body}">
<article id="post-41" class="post-41 post type-post status-publish hentry {classes}">
<h1 class="entry-title">Sạt lở đất chia cắt nhiều thôn ở miền núi Quảng Trị</h1>
<div class="entry-content">
<p>Mưa lớn suốt ba ngày qua đã gây sạt lở nghiêm trọng trên tuyến đường vào hai xã vùng cao.</p>
<p>Chính quyền địa phương đang huy động máy móc để thông tuyến trong ngày mai.</p></div>
<div class="tag-list"><a href="/tag/sat-lo">sạt lở</a> <a href="/tag/quang-tri">Quảng Trị</a></div>
</article></body></html>
"""


def _kinds(tmp_path: Path, html: str) -> dict[str, str | None]:
    path = tmp_path / "post.html"
    path.write_text(html, encoding="utf-8")
    errors: list = []
    docs = [d for item in discover([str(path)], errors) for d in read_file(item, ReadOptions(), errors)]
    return {s.text: (s.boilerplate_kind if s.boilerplate else None) for d in docs for s in d.segments}


@pytest.mark.parametrize(
    ("body", "classes"),
    [("", "category-thoi-su tag-sat-lo"), ("category-binh-luan", "category-binh-luan tag-mien-nui"), ("", "")],
)
def test_a_posts_category_and_tag_classes_are_no_chrome(tmp_path: Path, body: str, classes: str) -> None:
    kinds = _kinds(tmp_path, POST.format(body=body, classes=classes))
    for text in (
        "Mưa lớn suốt ba ngày qua đã gây sạt lở nghiêm trọng trên tuyến đường vào hai xã vùng cao.",
        "Chính quyền địa phương đang huy động máy móc để thông tuyến trong ngày mai.",
    ):
        assert kinds[text] is None, (classes, text)
    assert kinds["sạt lở Quảng Trị"] == "navigation"  # the tag list
