"""Round-10 fixes12: a doubled 'về' and a word doubled over a subtitle's line break (F111), …"""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.api import audit_text
from audit.corpus import InputFile, ReadOptions, read_file
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules


def _f111_in_srt(tmp_path: Path, cue: str) -> list[tuple[int, str]]:
    """F111's (line, span) findings on a one-cue SubRip file whose text is ``cue``."""
    path = tmp_path / "x.srt"
    path.write_text(f"1\n00:00:01,000 --> 00:00:04,000\n{cue}\n", encoding="utf-8")
    (doc,) = read_file(InputFile(str(path), path.name), ReadOptions(), [])
    return [(f.line, f.text) for f in run_rules(doc, [c() for c in select_rules(["F111"])], Settings())]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Sau bốn năm ở Adelaide, anh Khải quyết định quay về về Quy Nhơn.", "về về"),
        ("Đoàn vận động viên trở về về đến sân bay lúc nửa đêm.", "về về"),
        ("Bài phát biểu xoay quanh vấn đề về về an ninh nguồn nước.", "về về"),
    ],
)
def test_a_doubled_ve_fires(text: str, span: str) -> None:
    assert [f.text for f in audit_text(text, select=["F111"])] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Suốt mùa mưa, chị Hạnh đi đi về về giữa Sóc Trăng và Bạc Liêu.",  # a doubled compound: đi về
        "Trong giờ nghỉ, công nhân ra ra vào vào cổng xưởng.",
        "Hội thảo bàn về về hưu sớm của viên chức ở Tây Ninh.",  # 'về' (about) + 'về hưu' (to retire)
        "Anh trở về quê sau mười năm làm việc ở Đức.",
    ],
)
def test_ve_where_it_is_two_words_is_quiet(text: str) -> None:
    assert audit_text(text, select=["F111"]) == []


def test_a_word_doubled_over_a_cue_line_break_fires(tmp_path: Path) -> None:
    found = _f111_in_srt(tmp_path, "Từ năm sau, thành phố Vinh sẽ\nsẽ mở thêm hai tuyến xe buýt.")
    assert found == [(3, "sẽ\nsẽ")]
    assert _f111_in_srt(tmp_path, "Cô Thảo quyết định trở về về\nLạng Sơn sau khi tốt nghiệp.") == [(3, "về về")]


def test_a_cue_whose_lines_only_meet_at_different_words_is_quiet(tmp_path: Path) -> None:
    assert _f111_in_srt(tmp_path, "Ông Quang đã ký hợp đồng\nvới đối tác ở Yokohama.") == []
    assert _f111_in_srt(tmp_path, "Những ngày đi đi\nvề về giữa hai tỉnh đã qua.") == []
