"""HTML text not meant to be translated (<code>, <kbd>, <pre>, <samp>, <var>, translate="no", class notranslate)
is kept in the segments but never audited as prose; the prose around it still is."""

from __future__ import annotations

from pathlib import Path

from audit.corpus.html import read_html
from audit.model import Document, Finding
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules

PAGE = """<html><head><title>Cấu hình bộ định tuyến</title></head><body>
<h1>Cấu hình bộ định tuyến gia đình trong năm phút</h1>
<p>Trước tiên, hãy chạy lệnh <code>git clone the whole repository today</code> rồi đợi tải xong.</p>
<p>Nhấn tổ hợp <kbd>Alt Print Screen</kbd> để chụp màn hình, sau đó lưu tệp ảnh lại.</p>
<p>Biến môi trường <var>home directory path</var> phải trỏ tới thư mục của người dùng.</p>
<p>Máy trả về <samp>connection refused by remote host</samp> khi cổng bị chặn.</p>
<pre>make sure the firewall allows incoming traffic</pre>
<div translate="no"><p>Powered by the Open Router Project since last winter</p>
<p>Phiên bản này <span translate="yes">please reboot the modem first</span> đã cũ.</p></div>
<p>Gói <span class="btn notranslate">quick network scanner tool</span> có trong kho phần mềm.</p>
<p>Cuối cùng, hãy please unplug the power cable trong mười giây rồi cắm lại.</p>
</body></html>
"""


def _audit(tmp_path: Path) -> tuple[Document, list[Finding]]:
    page = tmp_path / "router.html"
    page.write_text(PAGE, encoding="utf-8")
    with page.open("rb") as fh:
        (doc,) = read_html(fh, "router.html", str(page), 10_000)
    return doc, run_rules(doc, [cls() for cls in select_rules(None, None)], Settings())


def test_code_text_is_kept_but_never_a_finding(tmp_path: Path) -> None:
    doc, findings = _audit(tmp_path)
    protected = {seg.text[s:e] for seg in doc.segments for s, e in seg.protected}
    assert protected == {
        "git clone the whole repository today",
        "Alt Print Screen",
        "home directory path",
        "connection refused by remote host",
        "quick network scanner tool",
        "Phiên bản này ",
        " đã cũ.",
    }
    spans = [(f.rule, f.text) for f in findings]
    for words in ("repository", "Print", "directory", "refused", "firewall", "Open Router", "scanner"):
        assert not any(words in text for _, text in spans), spans
    # the English in the prose is still an untranslated run
    assert ("L101", "please unplug the power cable") in spans


def test_blocks_of_code_are_translate_no_segments(tmp_path: Path) -> None:
    doc, _ = _audit(tmp_path)
    kinds = {seg.text: seg.boilerplate_kind for seg in doc.segments}
    assert kinds["make sure the firewall allows incoming traffic"] == "translate-no"
    assert kinds["Powered by the Open Router Project since last winter"] == "translate-no"
    # translate="yes" inside translate="no" turns translation back on for its text only
    inner = next(seg for seg in doc.segments if seg.text.startswith("Phiên bản này"))
    assert not inner.boilerplate
    assert [inner.text[s:e] for s, e in inner.protected] == ["Phiên bản này ", " đã cũ."]
