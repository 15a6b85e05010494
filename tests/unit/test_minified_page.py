"""A minified page (all its markup on one line longer than the text-line limit) is read; a single text block
over the limit is still an input error naming its line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from audit.cli import main
from audit.corpus.decode import MAX_LINE


def _page(paragraphs: list[str]) -> str:
    head = "<!doctype html><html><head><title>Tin</title></head><body><nav><a href='/'>Trang chủ</a></nav><article>"
    return head + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"


def test_a_minified_page_longer_than_a_text_line_is_read(tmp_path: Path) -> None:
    script = "<script>var cfg=[" + ",".join(f'{{"id":{i},"w":{i % 7}}}' for i in range(70_000)) + "];</script>"
    paragraphs = ["Phiên chợ ở Sa Pa có nhiều nông sản của đồng bào vùng cao.", "Giá mận hậu năm nay tăng mạnh.."]
    page = _page(paragraphs).replace("<article>", script + "<article>")  # inline scripts make pages this long
    assert "\n" not in page and len(page) > MAX_LINE
    (tmp_path / "sapa.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(tmp_path / "sapa.html"), "--out", str(out), "-q", "--no-html"])
    assert r.exit_code == 0, r.stderr
    findings = [json.loads(x) for x in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    [f] = [f for f in findings if f["rule"] == "F101"]
    assert (f["line"], f["column"]) == (1, page.index("..") + 1)


def test_a_text_block_over_the_limit_is_an_input_error(tmp_path: Path) -> None:
    block = "Mưa lớn kéo dài ở Lào Cai. " * (MAX_LINE // 27 + 10)
    (tmp_path / "mua.html").write_text(_page(["Tin ngắn.", block]), encoding="utf-8")
    r = CliRunner().invoke(main, ["run", str(tmp_path / "mua.html"), "--out", str(tmp_path / "o"), "-q"])
    assert r.exit_code == 2 and "mua.html:1: a text block longer than 1,000,000 characters" in r.stderr
