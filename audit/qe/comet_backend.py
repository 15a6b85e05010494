"""COMET scores with unbabel-comet (optional extra ``mt-audit[comet]``), never downloading.

``--qe comet:PATH_OR_NAME`` loads

- a local checkpoint: ``.../checkpoints/model.ckpt`` (with ``hparams.yaml`` two levels up, the
  layout COMET saves) or the model directory holding ``checkpoints/model.ckpt``;
- or a Hugging Face model name (``Unbabel/wmt22-cometkiwi-da``) only when it is already in
  the local Hugging Face cache: loading runs with ``HF_HUB_OFFLINE=1`` and
  ``local_files_only=True``; a missing model is a :class:`BackendError` (exit 2) that says
  what to download and where.

What is scored follows the model and the input: a reference-free model (CometKiwi-style
``ReferencelessRegression`` or a ``UnifiedMetric`` over src+mt) scores segments that have a
source, as ``comet_qe``; a reference-based model (``RegressionMetric``) scores segments that
have source and reference, as ``comet``; a ``UnifiedMetric`` trained on src+mt+ref uses the
reference where there is one. Segments the model cannot score get no score.

Segments are sorted by length before batching (less padding), each text is capped at
``max_tokens`` tokens of the model's tokenizer (default: the encoder's limit) with a warning
naming how many were truncated, and scores are cached in SQLite (:mod:`audit.qe.cache`) under
the model id and a hash of (source, MT, reference), so a re-run scores only what changed.
torch and comet are imported on first use, never by ``audit --help`` or the default run.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

from audit.qe.base import QEBackend, QEItem
from audit.qe.cache import ScoreCache, default_cache_path, segment_key
from audit.qe.registry import BackendError

log = logging.getLogger("audit.qe.comet")

INSTALL_HINT = "pip install torch==2.13.0 && pip install -e '.[comet]'  (a CPU build of torch, then unbabel-comet)"
_NOISY_LOGGERS = ("pytorch_lightning", "lightning", "lightning.pytorch", "lightning_fabric", "comet", "transformers")


@contextlib.contextmanager
def offline() -> Iterator[None]:
    """HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE set for the duration, restored after."""
    saved = {k: os.environ.get(k) for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    os.environ.update({k: "1" for k in saved})
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


_MODEL_SHAPE = (
    "a COMET model is a folder with hparams.yaml and checkpoints/model.ckpt (as `huggingface-cli download"
    " Unbabel/wmt22-comet-da` leaves it in the Hugging Face cache): give that folder, its checkpoints/model.ckpt,"
    " or the model's name when it is in the local cache (--qe comet:Unbabel/wmt22-comet-da)"
)


def _download_hint(name: str) -> str:
    from huggingface_hub.constants import HF_HUB_CACHE

    gated = (
        " (CometKiwi models are gated: accept their licence on huggingface.co and `huggingface-cli login` first)"
        if "kiwi" in name.lower()
        else ""
    )
    repo = name if "/" in name else f"Unbabel/{name}"
    owner = (
        f"; a model name on the Hugging Face hub has its owner before a slash ({repo} for Unbabel's models),"
        f" and there is no local folder {name!r} here"
        if "/" not in name
        else ""
    )
    return (
        f"COMET model {name!r} is not in the local Hugging Face cache ({HF_HUB_CACHE}){owner}; mt-audit never"
        f" downloads models. On a machine with network, run `huggingface-cli download {repo}`{gated} together"
        " with the encoder the model names in its hparams.yaml (e.g. `huggingface-cli download"
        " xlm-roberta-large`), and copy the cache here (or set HF_HOME); or pass a local checkpoint:"
        " --qe comet:/path/to/checkpoints/model.ckpt"
    )


def _looks_like_path(spec: str) -> bool:
    return spec.startswith((".", "/", "~")) or spec.endswith(".ckpt") or os.sep in spec.strip("/").split("/", 1)[-1]


def resolve_checkpoint(spec: str) -> tuple[Path, str]:
    """(checkpoint file, model id for the cache) for a local path or a cached model name."""
    path = Path(spec).expanduser()
    if path.exists():
        if path.is_dir():
            path = path / "checkpoints" / "model.ckpt"
            if not path.is_file():
                raise BackendError(f"COMET model directory {spec}: no checkpoints/model.ckpt in it; {_MODEL_SHAPE}")
        model_dir = path.resolve().parent.parent  # MODEL/checkpoints/model.ckpt (never an IndexError near /)
        if not (model_dir / "hparams.yaml").is_file():
            raise BackendError(
                f"COMET checkpoint {spec}: hparams.yaml is missing two levels up ({model_dir}); a COMET model is a"
                " folder with hparams.yaml and checkpoints/model.ckpt: give the folder or its checkpoints/model.ckpt"
            )
        st = path.stat()
        return path, f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    if _looks_like_path(spec):
        raise BackendError(f"COMET checkpoint {spec} does not exist; {_MODEL_SHAPE}")
    from huggingface_hub import snapshot_download

    try:
        with offline():
            snapshot = Path(snapshot_download(repo_id=spec, local_files_only=True))
    except Exception as e:  # LocalEntryNotFoundError, HFValidationError, ...
        raise BackendError(_download_hint(spec)) from e
    ckpt = snapshot / "checkpoints" / "model.ckpt"
    if not ckpt.is_file():
        raise BackendError(_download_hint(spec) + f" (found {snapshot}, but without checkpoints/model.ckpt)")
    return ckpt, f"{spec}@{snapshot.name}"


def _check_encoder(ckpt: Path) -> None:
    """The encoder named by hparams.yaml must be a local directory or already cached."""
    import yaml

    hparams = yaml.safe_load((ckpt.resolve().parent.parent / "hparams.yaml").read_text(encoding="utf-8")) or {}
    encoder = str(hparams.get("pretrained_model", ""))
    if not encoder or Path(encoder).expanduser().is_dir():
        return
    from huggingface_hub import try_to_load_from_cache

    found = try_to_load_from_cache(encoder, "config.json")
    if not isinstance(found, str):
        raise BackendError(
            f"COMET checkpoint {ckpt} uses the encoder {encoder!r}, which is not in the local Hugging Face cache:"
            f" run `huggingface-cli download {encoder}` on a machine with network and copy the cache here"
        )


class CometBackend(QEBackend):
    name: ClassVar[str] = "comet"
    in_worker: ClassVar[bool] = False

    def __init__(
        self,
        spec: str,
        device: str = "cpu",
        batch_size: int = 16,
        cache_path: str | Path | None = None,
        max_tokens: int | None = None,
    ) -> None:
        if importlib.util.find_spec("comet") is None or importlib.util.find_spec("torch") is None:
            raise BackendError(f"the comet QE backend needs unbabel-comet and torch: {INSTALL_HINT}")
        if device not in ("cpu", "cuda"):
            raise BackendError(f"--device {device!r}: use cpu or cuda")
        if batch_size < 1:
            raise BackendError("--batch-size must be at least 1")
        self.spec = spec
        self.device = device
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        self.checkpoint, self.model_id = resolve_checkpoint(spec)
        _check_encoder(self.checkpoint)
        if cache_path in (None, ""):
            cache_path = default_cache_path()
        self.cache_path = None if str(cache_path).lower() == "none" else Path(cache_path)
        self._cache: ScoreCache | None = None
        self._model: Any = None
        self.stats = {"scored": 0, "cached": 0, "truncated": 0, "skipped": 0}
        self._sum, self._n = 0.0, 0  # over every scored segment, duplicates included
        self._inputs()

    # -- loading -------------------------------------------------------------------------------
    def _inputs(self) -> None:
        """Which of src/mt/ref the model reads, from its hparams.yaml (no model load needed)."""
        import yaml

        hparams = yaml.safe_load((self.checkpoint.resolve().parents[1] / "hparams.yaml").read_text("utf-8")) or {}
        kind = hparams.get("class_identifier")
        if kind == "referenceless_regression_metric":
            segs = ["src", "mt"]
        elif kind == "regression_metric":
            segs = ["src", "mt", "ref"]
        elif kind in ("unified_metric", "xcomet_metric"):
            segs = list(hparams.get("input_segments") or ["mt", "src", "ref"])
        else:
            raise BackendError(f"COMET checkpoint {self.checkpoint}: model class {kind!r} does not give segment scores")
        self.model_class = kind
        self.segments = set(segs)
        # A unified model trained on src+mt+ref also scores src+mt alone (QE) when there is no reference.
        self.optional_ref = "ref" in self.segments and "src" in self.segments and kind != "regression_metric"
        self.required = self.segments - ({"ref"} if self.optional_ref else set())

    def _load(self) -> Any:
        if self._model is not None:
            return self._model
        import warnings

        if self.device == "cuda":
            import torch

            if not torch.cuda.is_available():
                raise BackendError("--device cuda: no CUDA device is available to torch")
        with offline(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from comet import load_from_checkpoint

            for name in _NOISY_LOGGERS:  # after the import: pytorch_lightning sets its own level on import
                logging.getLogger(name).setLevel(logging.WARNING)
            try:
                self._model = load_from_checkpoint(str(self.checkpoint), local_files_only=True)
            except Exception as e:
                raise BackendError(f"cannot load COMET checkpoint {self.checkpoint}: {e}") from e
        self._model.eval()
        return self._model

    def _cache_db(self) -> ScoreCache | None:
        if self._cache is None and self.cache_path is not None:
            self._cache = ScoreCache(self.cache_path)
        return self._cache

    # -- scoring -------------------------------------------------------------------------------
    def _sample(self, it: QEItem) -> dict[str, str] | None:
        sample = {"mt": it.text}
        if it.source is not None and "src" in self.segments:
            sample["src"] = it.source
        if it.reference is not None and "ref" in self.segments:
            sample["ref"] = it.reference
        if not self.required <= sample.keys():
            return None
        return sample

    def token_cap(self) -> int:
        """Tokens kept per text: the encoder's limit, or ``max_tokens`` when lower."""
        cap = self._model.encoder.max_positions - 2
        return min(cap, self.max_tokens) if self.max_tokens else cap

    def _truncate(self, sample: dict[str, str]) -> bool:
        tokenizer = self._model.encoder.tokenizer
        cap = self.token_cap()
        cut = False
        for k, text in sample.items():
            enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
            if len(enc["input_ids"]) > cap:
                sample[k] = text[: enc["offset_mapping"][cap - 1][1]]
                cut = True
        return cut

    def _predict(self, samples: list[dict[str, str]]) -> list[float]:
        import warnings

        order = sorted(range(len(samples)), key=lambda i: sum(len(v) for v in samples[i].values()))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = self._model.predict(
                [samples[i] for i in order],
                batch_size=self.batch_size,
                gpus=1 if self.device == "cuda" else 0,
                accelerator="gpu" if self.device == "cuda" else "cpu",
                progress_bar=False,
                num_workers=0,
                length_batching=False,
            )
        scores = [0.0] * len(samples)
        for i, s in zip(order, out.scores, strict=True):
            scores[i] = float(s)
        return scores

    def score(self, items: list[QEItem]) -> list[dict[str, float]]:
        samples = [self._sample(it) for it in items]
        keys = [segment_key(s.get("src"), s["mt"], s.get("ref")) if s else None for s in samples]
        db = self._cache_db()
        known = db.get_many(self.model_id, [k for k in keys if k]) if db else {}
        todo: dict[str, dict[str, str]] = {}
        for s, k in zip(samples, keys, strict=True):
            if s is not None and k not in known and k not in todo:
                todo[k] = s
        if todo:
            self._load()
        truncated = sum(1 for s in todo.values() if self._truncate(s))
        if truncated:
            log.warning(
                "comet: %d segment(s) longer than the token cap (%d tokens) were truncated before scoring",
                truncated,
                self.token_cap(),
            )
            self.stats["truncated"] += truncated
        fresh: dict[str, float] = {}
        # Samples with and without a reference go in separate calls (a batch must be uniform).
        for with_ref in (False, True):
            group = [(k, s) for k, s in todo.items() if ("ref" in s) == with_ref]
            if group:
                fresh.update(zip([k for k, _ in group], self._predict([s for _, s in group]), strict=True))
        if db and fresh:
            db.put_many(self.model_id, fresh)
        self.stats["cached"] += sum(1 for k in keys if k and k in known)
        self.stats["scored"] += len(fresh)
        out: list[dict[str, float]] = []
        for s, k in zip(samples, keys, strict=True):
            if s is None or k is None:
                self.stats["skipped"] += 1
                out.append({})
                continue
            value = known[k] if k in known else fresh[k]
            self._sum += value
            self._n += 1
            out.append({("comet" if "ref" in s else "comet_qe"): round(value, 4)})
        return out

    def to_quality(self, name: str, value: float) -> float | None:
        if name in ("comet", "comet_qe"):
            return min(1.0, max(0.0, value))
        return None

    def corpus(self) -> dict[str, Any]:
        """Mean score over scored segments (COMET's system score) and what was computed or cached."""
        if not self._n:
            return {}
        return {
            "system_score": round(self._sum / self._n, 4),
            "segments": self._n,
            "computed": self.stats["scored"],
            "cached": self.stats["cached"],
            "truncated": self.stats["truncated"],
            "skipped": self.stats["skipped"],
        }

    def describe(self) -> dict[str, Any]:
        from importlib.metadata import PackageNotFoundError, version

        try:
            comet_version = version("unbabel-comet")
        except PackageNotFoundError:  # pragma: no cover
            comet_version = None
        out: dict[str, Any] = {
            "name": self.name,
            "model": self.spec,
            "model_id": self.model_id,
            "checkpoint": str(self.checkpoint),
            "unbabel_comet": comet_version,
            "device": self.device,
            "batch_size": self.batch_size,
            "max_tokens": self.max_tokens,
            "cache": str(self.cache_path) if self.cache_path else None,
        }
        out["class"] = self.model_class
        out["inputs"] = sorted(self.segments)
        out["reference_optional"] = self.optional_ref
        return out
