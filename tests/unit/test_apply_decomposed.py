"""`audit apply` on plain text that arrived decomposed (NFD): the audit reads it as NFC, and apply
must find each audited segment in the raw line however many combining marks it holds."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from audit.pipeline import Settings, run
from audit.report.load import load_run
from audit.report.postedit import apply_decisions, edit_plaintext

# long enough that its decomposed form has far more code points than its NFC form (over 40 more)
LONG = (
    "Sáng nay tại Cần Thơ, Bộ trưởng Nguyễn Thị Hường đã tiếp đoàn doanh nghiệp Phần Lan do ông "
    "Aarne Kettunen dẫn đầu, bàn về hợp tác xử lý nước thải và năng lượng tái tạo ở đồng bằng.."
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_a_decomposed_line_is_edited_at_the_audited_segment() -> None:
    raw = "Tin vắn: " + nfd(LONG) + " Hết.\n"
    assert len(nfd(LONG)) - len(LONG) > 40
    edit = {"line": 1, "column": len("Tin vắn: ") + 1, "original": LONG, "text": LONG[:-1]}
    assert edit_plaintext(raw, [edit], "tin.txt") == "Tin vắn: " + LONG[:-1] + " Hết.\n"


def test_apply_round_trip_on_a_decomposed_file(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    raw = nfd("Đoàn Phần Lan thăm Cần Thơ\n" + LONG + "\n")
    (src / "tin.txt").write_text(raw, encoding="utf-8")
    result = run([str(src)], str(tmp_path / "out"), Settings(select=["F101"], qe=[]))
    assert result.exit_code == 0
    rundata = load_run(tmp_path / "out")
    [f] = rundata.findings
    seg = rundata.segment(f["doc"], f["segment"])
    decisions = {
        "format": "mt-audit-decisions",
        "version": 1,
        "run_id": rundata.run_id,
        "findings": [
            {
                "fingerprint": f["fingerprint"],
                "doc": f["doc"],
                "segment": f["segment"],
                "line": f["line"],
                "column": f["column"],
                "rule": "F101",
                "text": "..",
                "decision": "accepted",
                "reason": None,
                "replacement": ".",
                "start": f["start"],
                "end": f["end"],
            }
        ],
        "segments": [
            {
                "doc": f["doc"],
                "segment": f["segment"],
                "line": seg["line"],
                "column": seg["column"],
                "original": seg["text"],
                "text": seg["text"][:-1],
                "manual": False,
            }
        ],
    }
    path = tmp_path / "out" / "decisions.json"
    path.write_text(json.dumps(decisions, ensure_ascii=False), encoding="utf-8")
    apply_decisions(str(path), str(tmp_path / "post"), roots=[str(src)], ignore_file=str(tmp_path / "ignore"))
    copy = (tmp_path / "post" / "tin.txt").read_text(encoding="utf-8")
    first, second = copy.split("\n")[:2]
    assert first == nfd("Đoàn Phần Lan thăm Cần Thơ")  # lines without an edit are kept byte for byte
    assert second == LONG[:-1]
    assert (src / "tin.txt").read_text(encoding="utf-8") == raw  # the input is not modified
    assert not (tmp_path / "ignore").exists()  # an accepted finding is a real error: never ignored
