"""report.xlf marks an HTML page's text not to be translated as ``<mrk translate="no">`` (XLIFF 2.0), so a CAT
tool opening the export keeps it as written; the findings' own marks stand beside it, and the file reads back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
NS = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
PAGE = """<html><body><article><h1>Sao lưu ảnh từ điện thoại sang máy tính ở nhà</h1>
<p>Mở ứng dụng <kbd>PhotoVault Sync</kbd> rồi chọn thư mục cần sao lưu..</p>
<p>Lệnh <code>vault push --all</code> gửi toàn bộ ảnh lên máy chủ của gia đình.</p>
</article></body></html>
"""


def _run(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


def test_protected_text_is_a_translate_no_mark(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "sao-luu.html").write_text(PAGE, encoding="utf-8")
    _run("run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet", "--export", "xliff")
    root = etree.parse(str(tmp_path / "out" / "report.xlf")).getroot()
    targets = {"".join(t.itertext()): t for t in root.iterfind(".//x:target", NS)}
    first = targets["Mở ứng dụng PhotoVault Sync rồi chọn thư mục cần sao lưu.."]
    marks = [(m.get("translate"), "".join(m.itertext())) for m in first.iterfind("x:mrk", NS)]
    assert marks == [("no", "PhotoVault Sync"), (None, "..")]  # the code kept as written; the finding beside it
    assert len({m.get("id") for m in first.iterfind("x:mrk", NS)}) == 2
    second = targets["Lệnh vault push --all gửi toàn bộ ảnh lên máy chủ của gia đình."]
    assert [(m.get("translate"), m.text) for m in second.iterfind("x:mrk", NS)] == [("no", "vault push --all")]
    _run("run", str(tmp_path / "out" / "report.xlf"), "--out", str(tmp_path / "again"), "--quiet")
