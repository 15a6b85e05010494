"""A --qe comet model that is not there says what to do: what a COMET model folder holds and how to name it
(a path, its checkpoint, or a Hugging Face name with its owner), never only "does not exist"."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.qe.comet_backend import resolve_checkpoint
from audit.qe.registry import BackendError

WHAT_TO_GIVE = r"a COMET model is a folder with hparams\.yaml and checkpoints/model\.ckpt .*give that folder"


def test_a_missing_path_says_what_a_model_folder_is(tmp_path: Path) -> None:
    with pytest.raises(BackendError, match=r"does not exist; " + WHAT_TO_GIVE):
        resolve_checkpoint(str(tmp_path / "models" / "wmt22-comet-da"))


def test_a_folder_without_a_checkpoint_says_what_to_give(tmp_path: Path) -> None:
    with pytest.raises(BackendError, match=r"no checkpoints/model\.ckpt in it; " + WHAT_TO_GIVE):
        resolve_checkpoint(str(tmp_path))


def test_a_name_without_its_owner_gets_the_owner_in_the_download_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("huggingface_hub")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BackendError) as e:
        resolve_checkpoint("wmt23-cometxl-da")
    msg = str(e.value)
    assert "has its owner before a slash (Unbabel/wmt23-cometxl-da" in msg
    assert "`huggingface-cli download Unbabel/wmt23-cometxl-da`" in msg
    assert "gated" not in msg  # only CometKiwi models are gated


def test_a_kiwi_model_name_mentions_the_licence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("huggingface_hub")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BackendError, match=r"CometKiwi models are gated") as e:
        resolve_checkpoint("Unbabel/wmt23-cometkiwi-da-xl")
    assert "owner before a slash" not in str(e.value)


def test_the_command_line_exits_2_with_the_advice(tmp_path: Path) -> None:
    pytest.importorskip("comet")
    doc = tmp_path / "in.tsv"
    doc.write_text("src\tmt\nRain in Hue.\tMưa ở Huế.\n", encoding="utf-8")
    missing = tmp_path / "no-such-model"
    r = CliRunner().invoke(main, ["run", str(doc), "--out", str(tmp_path / "out"), "--qe", f"comet:{missing}", "-q"])
    assert r.exit_code == 2
    assert f"COMET checkpoint {missing} does not exist; a COMET model is a folder" in r.stderr
    assert not (tmp_path / "out" / "findings.jsonl").exists()
