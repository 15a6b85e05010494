"""--qe sacrebleu: sentence scores per segment, corpus scores equal to the sacrebleu command line."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sacrebleu.metrics import CHRF, TER

from audit.cli import main

# Written for this test: a Vietnamese MT output with sources and references.
ROWS = [
    ("1", "The bridge opened to traffic on Monday.", "Cây cầu đã mở cửa cho giao thông vào thứ Hai.",
     "Cây cầu được thông xe vào thứ Hai."),
    ("2", "Rain is expected across the central region.", "Mưa được dự kiến trên khắp khu vực miền Trung.",
     "Dự báo sẽ có mưa trên toàn miền Trung."),
    ("3", "The museum has no reference here.", "Bảo tàng không có bản tham chiếu ở đây.", ""),
]  # fmt: skip


def _write_tsv(path: Path, rows: list[tuple[str, str, str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("id\tsrc\tmt\tref\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


def _run(args: list[str]) -> None:
    result = CliRunner().invoke(main, ["run", *args, "-q"])
    assert result.exit_code == 0, result.output


def test_sentence_scores_and_signatures(tmp_path: Path) -> None:
    src = tmp_path / "news.tsv"
    _write_tsv(src, ROWS)
    out = tmp_path / "out"
    _run([str(src), "--qe", "sacrebleu", "--out", str(out)])
    segs = [json.loads(ln) for ln in (out / "segments.jsonl").read_text("utf-8").splitlines()]
    assert len(segs) == 3
    for seg, (_, _, mt, ref) in zip(segs[:2], ROWS, strict=False):
        assert seg["scores"]["chrf"] == pytest.approx(CHRF().sentence_score(mt, [ref]).score, abs=0.01)
        assert seg["scores"]["ter"] == pytest.approx(TER().sentence_score(mt, [ref]).score, abs=0.01)
        assert 0 <= seg["scores"]["bleu"] <= 100
    assert segs[2]["scores"] == {}  # no reference, no score
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    corpus = summary["corpus_scores"]["sacrebleu"]
    assert corpus["segments"] == 2
    assert corpus["bleu"]["signature"].startswith("nrefs:1|case:mixed|eff:no|tok:13a")
    assert summary["backends"][0]["signatures"]["chrf"] == corpus["chrf"]["signature"]


def test_postedits_give_hter(tmp_path: Path) -> None:
    src = tmp_path / "pe.tsv"
    _write_tsv(src, ROWS[:2])
    out = tmp_path / "out"
    _run([str(src), "--qe", "sacrebleu:postedit", "--out", str(out)])
    seg = json.loads((out / "segments.jsonl").read_text("utf-8").splitlines()[0])
    assert set(seg["scores"]) == {"chrf", "bleu", "hter"}
    assert "hter" in json.loads((out / "summary.json").read_text("utf-8"))["corpus_scores"]["sacrebleu"]


def test_no_reference_anywhere_is_said(tmp_path: Path) -> None:
    src = tmp_path / "noref.tsv"
    _write_tsv(src, ROWS[2:])
    result = CliRunner().invoke(main, ["run", str(src), "--qe", "sacrebleu", "--out", str(tmp_path / "o"), "-q"])
    assert result.exit_code == 0 and "sacrebleu scored nothing" in result.output


@pytest.mark.data
def test_corpus_scores_match_the_sacrebleu_command_line(shared_data: Path, tmp_path: Path) -> None:
    aligned = shared_data / "mt_vi" / "flores200_devtest.first200.aligned.tsv"
    with aligned.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    jsonl = tmp_path / "mt_vi.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for r in rows:
            rec = {"id": r["line"], "src": r["src_eng"], "mt": r["mt_vie"], "ref": r["ref_vie"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (tmp_path / "hyp.txt").write_text("".join(r["mt_vie"] + "\n" for r in rows), encoding="utf-8")
    (tmp_path / "ref.txt").write_text("".join(r["ref_vie"] + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    _run([str(jsonl), "--qe", "sacrebleu", "--out", str(out)])
    cli = subprocess.run(
        [sys.executable, "-m", "sacrebleu", str(tmp_path / "ref.txt"), "-i", str(tmp_path / "hyp.txt"),
         "-m", "bleu", "chrf", "ter", "-w", "4"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    expected = {r["name"]: r for r in json.loads(cli.stdout)}
    corpus = json.loads((out / "summary.json").read_text("utf-8"))["corpus_scores"]["sacrebleu"]
    assert corpus["segments"] == len(rows) == 200
    assert corpus["bleu"]["score"] == pytest.approx(expected["BLEU"]["score"], abs=1e-4)
    assert corpus["chrf"]["score"] == pytest.approx(expected["chrF2"]["score"], abs=1e-4)
    assert corpus["ter"]["score"] == pytest.approx(expected["TER"]["score"], abs=1e-4)
    assert corpus["bleu"]["signature"] == expected["BLEU"]["signature"]
    assert corpus["chrf"]["signature"] == expected["chrF2"]["signature"]
    assert corpus["ter"]["signature"] == expected["TER"]["signature"]
    segs = [json.loads(ln) for ln in (out / "segments.jsonl").read_text("utf-8").splitlines()]
    assert all({"chrf", "ter", "bleu"} <= s["scores"].keys() for s in segs)
