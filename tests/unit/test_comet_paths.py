"""--qe comet:PATH naming something that is not a COMET model is a clear BackendError (exit status 2), never a
traceback; checked without torch (the path is resolved before any model is loaded)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from audit.qe.comet_backend import resolve_checkpoint
from audit.qe.registry import BackendError


@pytest.mark.parametrize("name", ["scores.tsv", "model.ckpt"])
def test_a_file_near_the_root_that_is_no_checkpoint_is_a_backend_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    (tmp_path / name).write_text("src\tmt\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BackendError, match=r"hparams\.yaml is missing two levels up .*checkpoints/model\.ckpt"):
        resolve_checkpoint(f".{os.sep}{name}")
    with pytest.raises(BackendError, match=r"hparams\.yaml is missing"):
        resolve_checkpoint(name)


def test_a_folder_without_a_checkpoint_is_named(tmp_path: Path) -> None:
    with pytest.raises(BackendError, match=r"no checkpoints/model\.ckpt in it"):
        resolve_checkpoint(str(tmp_path))


def test_a_model_folder_resolves_to_its_checkpoint(tmp_path: Path) -> None:
    (tmp_path / "checkpoints").mkdir()
    (tmp_path / "checkpoints" / "model.ckpt").write_bytes(b"\0")
    (tmp_path / "hparams.yaml").write_text("pretrained_model: xlm-roberta-large\n", encoding="utf-8")
    ckpt, model_id = resolve_checkpoint(str(tmp_path))
    assert ckpt == tmp_path / "checkpoints" / "model.ckpt" and model_id.startswith(str(ckpt.resolve()))
