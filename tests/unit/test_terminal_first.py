"""The terminal report as a post-editor reads it: its last line says which document to review first and
where the review page is; on an 80-column terminal a long document name wraps instead of being cut."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console

from audit.pipeline import Settings, run
from audit.report.load import load_run
from audit.report.terminal import render

LONG_NAME = "bao_cao_xuat_khau_hat_dieu_binh_phuoc_quy_ba.txt"  # longer than an 80-column table leaves
TEXTS = {
    LONG_NAME: "Tỉnh Bình Phước xuất khẩu 12.000 tấn hạt điều trong quý ba..\n"
    "Giá hạt điều tăng mạnh , theo Sở Công Thương.\n",
    "ghi_chu.txt": "Thời tiết ở Đà Lạt hôm nay mát mẻ.\n",
}


@pytest.fixture(scope="module")
def cashew_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("cashew")
    src = base / "in"
    src.mkdir()
    for name, text in TEXTS.items():
        (src / name).write_text(text, encoding="utf-8")
    assert run([str(src)], str(base / "out"), Settings(qe=[]), reports=["html"]).exit_code == 0
    return base / "out"


def _printed(out: Path, width: int) -> list[str]:
    console = Console(file=StringIO(), width=width, color_system=None, force_terminal=True)
    render(load_run(out), console)
    return console.file.getvalue().splitlines()


def test_the_last_line_names_the_document_to_review_first_and_the_page(cashew_run: Path) -> None:
    docs = load_run(cashew_run).ranked_documents()
    first = docs[0]
    assert first["doc"] == LONG_NAME and first.get("findings")
    last = " ".join(_printed(cashew_run, 200)[-1:])
    assert last.startswith(f"Review first: #1 {LONG_NAME} (")
    assert last.endswith(f"open {cashew_run / 'report.html'} to review and post-edit")


def test_no_page_no_mention_of_it(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXTS[LONG_NAME], encoding="utf-8")
    assert run([str(src)], str(tmp_path / "out"), Settings(qe=[])).exit_code == 0
    last = _printed(tmp_path / "out", 200)[-1]
    assert last.startswith("Review first: #1 a.txt (") and "report.html" not in last


def test_a_clean_batch_has_nothing_to_review_first(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "ghi_chu.txt").write_text(TEXTS["ghi_chu.txt"], encoding="utf-8")
    assert run([str(src)], str(tmp_path / "out"), Settings(qe=[])).exit_code == 0
    assert not any(line.startswith("Review first") for line in _printed(tmp_path / "out", 200))


def test_a_long_document_name_wraps_at_80_columns_and_is_not_cut(cashew_run: Path) -> None:
    printed = _printed(cashew_run, 80)
    assert all(len(line) <= 80 for line in printed)
    table = printed[: next(i for i, line in enumerate(printed) if line.startswith("Worst"))]
    assert not any("…" in line for line in table)
    # the name's pieces, read down the document column, give it back whole
    col = next(line for line in table if "bao_cao" in line).index("bao_cao")
    rows = [line for line in table if len(line) > col and line[col - 1] == " " and line[col] != " "]
    pieces = [line[col:].split(" ")[0] for line in rows]
    assert LONG_NAME in "".join(pieces)
