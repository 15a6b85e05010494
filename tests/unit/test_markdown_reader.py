"""The Markdown reader (audit.corpus.markdown): the rendered text, one segment a sentence, every character's place
in the file; code, front matter and comments are no text; marks never flagged; post-edits written back in place."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from audit.corpus import InputError, ReadOptions, discover, read_file
from audit.corpus.markdown import read_markdown
from audit.model import Document
from audit.pipeline import Settings, run
from audit.report.load import load_run
from audit.report.mapped_edit import edit_mapped, units_of
from audit.report.postedit import apply_decisions

PAGE = """---
title: "Bản tin"
draft: false
---

# Hội nghị **thượng đỉnh** Mekong–Lan Thương #

Bộ trưởng *Lê Thị Thu Hằng* đã dự [phiên họp](https://example.vn/a "xem") tại Viêng Chăn.
Bà cho biết hai nước sẽ mở thêm đường bay. Lệnh `git log --oneline` chỉ là ví dụ.

Triển vọng năm tới
==================

- Kim ngạch tăng 12%.
- [x] Cảng Cái Mép &amp; Thị Vải đã nâng cấp.
  Dòng tiếp theo của mục này.

> Trích lời ông Phan Quốc Bảo.

```bash
echo "Đây là mã, không phải bài viết"
```

    đây là mã thụt lề

| Tỉnh | Sản lượng |
|------|----------:|
| Cà Mau | 1.200 tấn |

![Ảnh cảng](cang.jpg)

<!-- ghi chú của biên tập viên
nhiều dòng -->

***

[a]: https://example.vn/a
Liên hệ <https://example.vn/lien-he> hoặc \\*số\\* 5 * 3, tệp ten_tep_dai.
"""


def read(text: str, name: str = "tin.md") -> Document:
    [doc] = read_markdown(io.BytesIO(text.encode("utf-8")), name, name, 10**7)
    return doc


def test_the_rendered_text_one_segment_a_sentence() -> None:
    doc = read(PAGE)
    assert [s.text for s in doc.segments] == [
        "Hội nghị thượng đỉnh Mekong–Lan Thương",
        "Bộ trưởng Lê Thị Thu Hằng đã dự phiên họp tại Viêng Chăn.",
        "Bà cho biết hai nước sẽ mở thêm đường bay.",
        "Lệnh git log --oneline chỉ là ví dụ.",
        "Triển vọng năm tới",
        "Kim ngạch tăng 12%.",
        "Cảng Cái Mép & Thị Vải đã nâng cấp.",
        "Dòng tiếp theo của mục này.",
        "Trích lời ông Phan Quốc Bảo.",
        "Tỉnh",
        "Sản lượng",
        "Cà Mau",
        "1.200 tấn",
        "Liên hệ https://example.vn/lien-he hoặc *số* 5 * 3, tệp ten_tep_dai.",
    ]
    assert doc.title == "Hội nghị thượng đỉnh Mekong–Lan Thương" and doc.format == "markdown"
    assert not any(s.boilerplate for s in doc.segments)
    assert [s.paragraph for s in doc.segments[1:4]] == [1, 1, 1]  # one paragraph over two lines


def test_every_character_is_placed_where_the_file_has_it() -> None:
    """Each character read as it stands is at its line and column (marks, code fences and the front matter
    skipped); an entity, an escape and a soft line break are placed at where they start."""
    lines = PAGE.split("\n")
    doc = read(PAGE)
    for seg in doc.segments:
        for k, ch in enumerate(seg.text):
            line, col = seg.locate(k)
            found = lines[line - 1][col - 1 :]
            assert found.startswith(ch) or (ch, found[:1]) in (("&", "&"), ("*", "\\"), (" ", "")), (seg.text, k)
    bo = doc.segments[1]
    assert bo.locate(bo.text.index("Lê")) == (8, 12)  # after 'Bộ trưởng *'
    assert bo.locate(bo.text.index("tại")) == (8, lines[7].index(" tại ") + 2)  # after the link's target


def test_a_decomposed_file_keeps_the_columns_of_the_original() -> None:
    nfd = unicodedata.normalize("NFD", "Ông **Trần Văn Sáng** đến Huế.")
    [seg] = read(nfd + "\n").segments
    assert seg.text == "Ông Trần Văn Sáng đến Huế."
    assert seg.locate(seg.text.index("Huế")) == (1, nfd.index("Hu") + 1)


def test_code_front_matter_and_comments_are_no_text() -> None:
    text = " ".join(s.text for s in read(PAGE).segments)
    for gone in ("Bản tin", "draft", "echo", "mã thụt lề", "ghi chú", "nhiều dòng", "Ảnh cảng", "cang.jpg", "[a]"):
        assert gone not in text


def test_inline_code_is_protected_and_marks_are_not_flagged(tmp_path: Path) -> None:
    """'đã đã' inside backticks is a command's text, not a doubled word; '**…**' round a name and a link's target
    are no text for the punctuation rules; the same doubled word outside the code span fires with its column."""
    page = tmp_path / "huong-dan.md"
    page.write_text(
        "Chạy lệnh `in đã đã` để thử.\n\nÔng **Nguyễn Văn Tâm** đã đã đến [Hà Nội](https://x.vn/a..b).\n",
        encoding="utf-8",
    )
    result = run([str(page)], str(tmp_path / "out"), Settings(select=["F"], qe=[]))
    findings = [json.loads(x) for x in (tmp_path / "out" / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert result.exit_code == 0
    assert [(f["rule"], f["line"], f["column"], f["text"]) for f in findings] == [("F111", 3, 24, "đã đã")]


def test_emphasis_round_a_pinyin_name_is_found_at_its_column(tmp_path: Path) -> None:
    page = tmp_path / "tin.md"
    page.write_text("## Thời sự\n\nThủ tướng **Fan Mingzheng** đã tiếp Đại sứ Nhật Bản.\n", encoding="utf-8")
    run([str(page)], str(tmp_path / "out"), Settings(select=["N101"], qe=[]))
    [f] = [json.loads(x) for x in (tmp_path / "out" / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (f["rule"], f["line"], f["column"], f["text"]) == ("N101", 3, 13, "Fan Mingzheng")
    assert f["suggestion"] == "Phạm Minh Chính"


def test_named_or_with_format_it_is_read_a_directory_walk_leaves_it_out(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Ghi chú\n\nThư mục này chứa bản dịch.\n", encoding="utf-8")
    (tmp_path / "bai.txt").write_text("Tin **đậm** ở đây.\n", encoding="utf-8")
    errors: list[InputError] = []
    assert [f.doc for f in discover([str(tmp_path)], errors)] == ["bai.txt"]
    [named] = discover([str(tmp_path / "README.md")], errors)
    [doc] = read_file(named, ReadOptions(), errors)
    assert doc.format == "markdown" and doc.segments[-1].text == "Thư mục này chứa bản dịch."
    [txt] = discover([str(tmp_path / "bai.txt")], errors)
    [as_md] = read_file(txt, ReadOptions(format="markdown"), errors)
    assert as_md.segments[0].text == "Tin đậm ở đây."
    assert not errors


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty file"),
        (b"---\ntitle: x\n---\n\n```\ncode\n```\n", "no text (only Markdown marks, code or front matter)"),
        (b"# Tieu de\n\nCau \xff loi.\n", "not UTF-8"),
    ],
)
def test_bad_input_is_an_error_naming_the_file(tmp_path: Path, data: bytes, message: str) -> None:
    page = tmp_path / "hong.md"
    page.write_bytes(data)
    with pytest.raises(InputError, match=re.escape(message)) as e:
        read_markdown(io.BytesIO(data), "hong.md", str(page), 10**7)
    assert e.value.path == str(page)
    if b"\xff" in data:
        assert e.value.line == 3


def test_the_command_line_reads_a_named_markdown_file(tmp_path: Path) -> None:
    (tmp_path / "tin.md").write_text("# Tin\n\nGiá lúa tăng 5% trong tuần qua..\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "audit", "run", "tin.md", "--out", "out", "-q", "--no-html", "--select", "F101"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    [doc] = [json.loads(x) for x in (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert doc["format"] == "markdown" and doc["findings"] == 1


def _edit(text: str, changes: dict[int, str]) -> tuple[str, dict[int, str]]:
    lines = text.split("\n")
    before = [unicodedata.normalize("NFC", u.text) for u in units_of("markdown", lines, "x")]
    edits = [{"segment": k, "line": 1, "original": before[k], "text": new} for k, new in changes.items()]
    return edit_mapped(text, "markdown", edits, "x")


def test_a_post_edit_changes_only_its_characters_and_keeps_the_marks() -> None:
    text = "# Tin **mới**\n\nÔng *Trần Văn Sáng* đã đã đến [Huế](https://x.vn).\nCâu thứ hai của của đoạn.\n"
    out, refused = _edit(text, {1: "Ông Trần Văn Sáng đã đến Huế.", 2: "Câu thứ hai của đoạn."})
    assert not refused
    assert out == "# Tin **mới**\n\nÔng *Trần Văn Sáng* đã đến [Huế](https://x.vn).\nCâu thứ hai của đoạn.\n"


def test_a_post_edit_is_escaped_where_it_would_read_as_a_mark() -> None:
    text = "Giá tăng 5 lần.\n"
    out, refused = _edit(text, {0: "Giá tăng *5* lần & hơn."})
    assert not refused and out == "Giá tăng \\*5\\* lần \\& hơn.\n"
    assert [u.text for u in units_of("markdown", out.split("\n"), "x")] == ["Giá tăng *5* lần & hơn."]
    _, refused = _edit(text, {0: "Giá tăng\nnăm lần."})
    assert "line break" in refused[0]


def test_apply_round_trip_writes_a_post_edited_copy(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    raw = "# Bản tin\n\nHàng hóa xuất khẩu tăng **mạnh**..\n\n```\nmã..\n```\n"
    (src / "tin.md").write_text(raw, encoding="utf-8")
    run([str(src / "tin.md")], str(tmp_path / "out"), Settings(select=["F101"], qe=[]))
    rundata = load_run(tmp_path / "out")
    [f] = rundata.findings
    seg = rundata.segment(f["doc"], f["segment"])
    decisions = {
        "format": "mt-audit-decisions",
        "version": 1,
        "run_id": rundata.run_id,
        "findings": [],
        "segments": [
            {
                "doc": f["doc"],
                "segment": f["segment"],
                "line": seg["line"],
                "column": seg["column"],
                "original": seg["text"],
                "text": seg["text"][:-1],
                "manual": True,
            }
        ],
    }
    path = tmp_path / "out" / "decisions.json"
    path.write_text(json.dumps(decisions, ensure_ascii=False), encoding="utf-8")
    apply_decisions(str(path), str(tmp_path / "post"), roots=[str(src)], ignore_file=str(tmp_path / "ignore"))
    assert (tmp_path / "post" / "tin.md").read_text(encoding="utf-8") == raw.replace("**mạnh**..", "**mạnh**.")
    assert (src / "tin.md").read_text(encoding="utf-8") == raw  # the input is not modified


def test_a_code_span_may_run_over_the_lines_of_its_paragraph() -> None:
    """CommonMark: a code span closes on a later line of its block (its line break read as a space), never in the
    next block; backticks that no run as long closes are text."""
    page = (
        "Gõ lệnh `audit run\nbao_cao --jobs 2` rồi mở tệp.\n\nMột dấu ` lẻ ở đây.\n\nKhông `đóng\n\nở đoạn sau` này.\n"
    )
    doc = read(page)
    first, lone, open_, later = doc.segments
    assert first.text == "Gõ lệnh audit run bao_cao --jobs 2 rồi mở tệp."
    code = first.text.index("audit")
    assert first.protected == ((code, first.text.index(" rồi")),)
    assert first.locate(first.text.index("bao_cao")) == (2, 1)
    assert first.locate(first.text.index("rồi")) == (2, page.split("\n")[1].index("rồi") + 1)
    assert (lone.text, lone.protected) == ("Một dấu ` lẻ ở đây.", ())
    assert (open_.text, later.text) == ("Không `đóng", "ở đoạn sau` này.")
    assert open_.protected == later.protected == ()
