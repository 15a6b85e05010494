"""--qe comet end to end with a tiny COMET checkpoint built here (random weights, no network).

The checkpoint goes through the real unbabel-comet loading and predict path; the tests that
need it are skipped when unbabel-comet or torch is not installed.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests_paths import CORPUS, ROOT

from audit.cli import main

HAVE_COMET = all(importlib.util.find_spec(m) is not None for m in ("comet", "torch", "sentencepiece"))
_skip = pytest.mark.skipif(not HAVE_COMET, reason="unbabel-comet/torch not installed (pip install '.[comet]')")


def needs_comet(test):  # type: ignore[no-untyped-def]
    return pytest.mark.comet(_skip(test))


# Written for this test: sources, MT and references (row 4 has no reference).
ROWS = [
    ("a1", "The ministry announced new rules for food safety.", "Bộ đã công bố quy định mới về an toàn thực phẩm.",
     "Bộ công bố các quy định mới về an toàn thực phẩm."),
    ("a2", "Tourists returned to the island after the storm.", "Khách du lịch đã trở lại đảo sau cơn bão.",
     "Du khách quay lại hòn đảo sau bão."),
    ("a3", "The factory will hire two hundred workers.", "Nhà máy sẽ thuê hai trăm công nhân.",
     "Nhà máy sẽ tuyển hai trăm công nhân."),
    ("a4", "Prices of vegetables fell this week.", "Giá rau đã giảm trong tuần này.", ""),
    ("a5", "Schools reopened in the mountain districts.", "Trường học mở cửa trở lại ở các huyện miền núi.",
     "Các trường học ở huyện miền núi đã mở cửa lại."),
]  # fmt: skip


def _write_tsv(path: Path, rows: list[tuple[str, ...]]) -> Path:
    path.write_text("id\tsrc\tmt\tref\n" + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["run", *args, "-q"])
    return result.exit_code, result.output


def _read(out: Path) -> tuple[list[dict], dict]:
    segs = [json.loads(ln) for ln in (out / "segments.jsonl").read_text("utf-8").splitlines()]
    return segs, json.loads((out / "summary.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from tiny_comet import build_checkpoint, build_encoder

    root = tmp_path_factory.mktemp("tiny_comet")
    build_encoder(root, vocab_size=300, max_tokens=128)
    return {"qe": build_checkpoint(root, "qe"), "ref": build_checkpoint(root, "ref").parent.parent}


@needs_comet
def test_qe_and_sacrebleu_end_to_end_with_cache(tiny: dict[str, Path], tmp_path: Path) -> None:
    data = _write_tsv(tmp_path / "batch.tsv", ROWS)
    cache = tmp_path / "scores.sqlite"
    common = ["--qe", f"comet:{tiny['qe']}", "--qe", "sacrebleu", "--qe-cache", str(cache), "--batch-size", "2",
              "--device", "cpu"]  # fmt: skip
    code, output = _run(str(data), "--out", str(tmp_path / "o1"), *common)
    assert code == 0, output
    segs, summary = _read(tmp_path / "o1")
    assert len(segs) == 5
    assert all(isinstance(s["scores"]["comet_qe"], float) for s in segs)  # QE needs only the source
    assert all("chrf" in s["scores"] for s in segs if s.get("reference"))
    assert "chrf" not in segs[3]["scores"]
    comet_desc = summary["backends"][0]
    assert comet_desc["name"] == "comet" and comet_desc["class"] == "referenceless_regression_metric"
    assert comet_desc["batch_size"] == 2 and comet_desc["device"] == "cpu"
    assert summary["corpus_scores"]["comet"]["computed"] == 5
    assert "sacrebleu" in summary["corpus_scores"]

    # Second run: everything from the cache, same scores.
    code, output = _run(str(data), "--out", str(tmp_path / "o2"), *common)
    assert code == 0, output
    segs2, summary2 = _read(tmp_path / "o2")
    assert summary2["corpus_scores"]["comet"]["cached"] == 5
    assert summary2["corpus_scores"]["comet"]["computed"] == 0
    assert [s["scores"] for s in segs2] == [s["scores"] for s in segs]

    # An edited segment is the only one scored again.
    edited = [*ROWS[:2], (ROWS[2][0], ROWS[2][1], "Nhà máy sẽ tuyển dụng hai trăm công nhân.", ROWS[2][3]), *ROWS[3:]]
    code, output = _run(str(_write_tsv(tmp_path / "batch.tsv", edited)), "--out", str(tmp_path / "o3"), *common)
    assert code == 0, output
    segs3, summary3 = _read(tmp_path / "o3")
    assert summary3["corpus_scores"]["comet"]["computed"] == 1
    assert summary3["corpus_scores"]["comet"]["cached"] == 4
    assert segs3[0]["scores"]["comet_qe"] == segs[0]["scores"]["comet_qe"]


@needs_comet
def test_reference_based_model_scores_segments_with_references(tiny: dict[str, Path], tmp_path: Path) -> None:
    data = _write_tsv(tmp_path / "batch.tsv", ROWS)
    code, output = _run(str(data), "--out", str(tmp_path / "o"), "--qe", f"comet:{tiny['ref']}", "--qe-cache", "none")
    assert code == 0, output
    segs, summary = _read(tmp_path / "o")
    assert [("comet" in s["scores"]) for s in segs] == [True, True, True, False, True]
    assert summary["backends"][0]["class"] == "regression_metric"
    assert summary["backends"][0]["cache"] is None


@needs_comet
def test_long_segments_are_truncated_with_a_warning(
    tiny: dict[str, Path], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    long_mt = " ".join(["Các đại biểu đã thảo luận kỹ lưỡng về kế hoạch phát triển kinh tế xã hội."] * 12)
    data = _write_tsv(tmp_path / "long.tsv", [("l1", "The delegates discussed the plan.", long_mt, ""), ROWS[1]])
    code, output = _run(str(data), "--out", str(tmp_path / "o"), "--qe", f"comet:{tiny['qe']}", "--qe-cache", "none")
    assert code == 0, output
    assert any("1 segment(s) longer than the token cap (126 tokens)" in r.getMessage() for r in caplog.records)
    segs, summary = _read(tmp_path / "o")
    assert summary["corpus_scores"]["comet"]["truncated"] == 1
    assert all("comet_qe" in s["scores"] for s in segs)


def test_missing_model_exits_2_with_what_to_download(tmp_path: Path) -> None:
    data = _write_tsv(tmp_path / "batch.tsv", ROWS[:1])
    code, output = _run(str(data), "--out", str(tmp_path / "o"), "--qe", "comet:Unbabel/wmt22-cometkiwi-da")
    assert code == 2
    if HAVE_COMET:
        assert "huggingface-cli download Unbabel/wmt22-cometkiwi-da" in output
        assert "never downloads" in output
    else:
        assert "torch==2.13.0" in output and ".[comet]" in output
    assert not (tmp_path / "o").exists()
    code, output = _run(str(data), "--out", str(tmp_path / "o"), "--qe", f"comet:{tmp_path / 'nope' / 'model.ckpt'}")
    assert code == 2 and ("does not exist" in output or ".[comet]" in output)


def test_help_and_default_run_do_not_import_torch(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from audit.cli import main\n"
        "assert CliRunner().invoke(main, ['--help']).exit_code == 0\n"
        f"r = CliRunner().invoke(main, ['run', {str(CORPUS)!r}, '--out', {str(tmp_path / 'o')!r}, '-q'])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'torch', 'comet', 'transformers', 'sacrebleu'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


@needs_comet
def test_model_name_loads_from_the_local_hugging_face_cache(tiny: dict[str, Path], tmp_path: Path) -> None:
    import shutil

    commit = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "hf" / "hub" / "models--tiny-org--tiny-kiwi"
    snapshot = repo / "snapshots" / commit
    shutil.copytree(tiny["qe"].parent.parent, snapshot)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit, encoding="utf-8")
    data = _write_tsv(tmp_path / "batch.tsv", ROWS[:2])
    env = {**os.environ, "HF_HOME": str(tmp_path / "hf")}
    env.pop("HF_HUB_CACHE", None)
    cmd = [sys.executable, "-m", "audit", "run", str(data), "--out", str(tmp_path / "o"), "-q", "--qe-cache", "none"]
    result = subprocess.run([*cmd, "--qe", "comet:tiny-org/tiny-kiwi"], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    segs, summary = _read(tmp_path / "o")
    assert all("comet_qe" in s["scores"] for s in segs)
    assert summary["backends"][0]["model_id"] == f"tiny-org/tiny-kiwi@{commit}"
    missing = subprocess.run([*cmd, "--qe", "comet:tiny-org/other"], capture_output=True, text=True, env=env)
    assert missing.returncode == 2
    assert "huggingface-cli download tiny-org/other" in missing.stderr
