"""The terminal report and --output-format json give the corpus scores of --qe sacrebleu (chrF, BLEU, TER or HTER
against the references or post-edits), the figures compared between engines, as sacrebleu computes them."""

from __future__ import annotations

import json
from pathlib import Path

import sacrebleu
from click.testing import CliRunner

from audit.cli import main
from audit.report.terminal import corpus_lines

ROWS = [
    (
        "The ferry to Côn Đảo leaves at seven.",
        "Phà đi Côn Đảo khởi hành lúc bảy giờ.",
        "Phà ra Côn Đảo rời bến lúc 7 giờ.",
    ),
    ("Tickets sell out in summer.", "Vé bán hết vào mùa hè.", "Mùa hè vé thường bán hết."),
    ("Bring your passport.", "Mang theo hộ chiếu của bạn.", "Hãy mang theo hộ chiếu."),
]


def _run(tmp_path: Path, *args: str) -> tuple[str, Path]:
    table = "src\tmt\tref\n" + "".join("\t".join(row) + "\n" for row in ROWS)
    (tmp_path / "pha.tsv").write_text(table, encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["run", str(tmp_path / "pha.tsv"), "--out", str(out), "--no-html", *args])
    assert r.exit_code == 0, r.stderr
    return r.stdout, out


def test_the_terminal_report_gives_sacrebleus_corpus_scores(tmp_path: Path) -> None:
    stdout, _ = _run(tmp_path, "--qe", "sacrebleu")
    hyps, refs = [r[1] for r in ROWS], [[r[2] for r in ROWS]]
    chrf, bleu = sacrebleu.corpus_chrf(hyps, refs).score, sacrebleu.corpus_bleu(hyps, refs).score
    ter = sacrebleu.corpus_ter(hyps, refs).score
    expected = (
        f"sacrebleu over 3 segments: chrF {chrf:.2f}, BLEU {bleu:.2f}, TER {ter:.2f} (signatures in summary.json)"
    )
    assert expected in stdout.splitlines()


def test_post_edits_give_hter_and_json_carries_the_corpus_scores(tmp_path: Path) -> None:
    stdout, out = _run(tmp_path, "--qe", "sacrebleu:postedit", "--output-format", "json")
    printed = json.loads(stdout)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert printed["corpus_scores"] == summary["corpus_scores"] and "hter" in printed["corpus_scores"]["sacrebleu"]
    assert corpus_lines(printed["corpus_scores"])[0].startswith("sacrebleu over 3 segments: chrF ")
    assert ", HTER " in corpus_lines(printed["corpus_scores"])[0]


def test_no_line_without_scores() -> None:
    assert corpus_lines({"sacrebleu": {}}) == [] and corpus_lines({}) == []
