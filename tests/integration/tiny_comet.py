"""Build a tiny COMET checkpoint locally, for tests and benchmarks: no network, random weights.

A sentencepiece vocabulary of a few hundred pieces trained on a small text, a tiny XLM-R
configuration (2 layers, hidden size 32) and a COMET model built with
``load_pretrained_weights=False``, saved in the layout ``comet.load_from_checkpoint`` reads::

    DIR/encoder/{config.json, tokenizer files}      the "pretrained_model" the hparams name
    DIR/<kind>/hparams.yaml                          class_identifier and settings
    DIR/<kind>/checkpoints/model.ckpt                state_dict + hyper_parameters

``kind`` is ``qe`` (ReferencelessRegression: src + mt) or ``ref`` (RegressionMetric: src + mt + ref).
Needs unbabel-comet, torch, sentencepiece and transformers.
"""

from __future__ import annotations

from pathlib import Path

TEXT = [
    # A small bilingual text written for this builder (not taken from any corpus).
    "The committee met on Tuesday to discuss the new budget for schools and hospitals.",
    "Ủy ban đã họp vào thứ Ba để thảo luận ngân sách mới cho trường học và bệnh viện.",
    "Farmers in the northern provinces expect a good rice harvest this autumn.",
    "Nông dân ở các tỉnh phía bắc kỳ vọng một vụ lúa bội thu vào mùa thu này.",
    "The minister said that exports of coffee and pepper rose by ten percent.",
    "Bộ trưởng cho biết xuất khẩu cà phê và hồ tiêu tăng mười phần trăm.",
    "A storm is moving toward the coast, and fishermen have returned to port.",
    "Một cơn bão đang tiến vào bờ biển và ngư dân đã trở về cảng.",
    "Students will take the national examination at the end of June.",
    "Học sinh sẽ tham dự kỳ thi quốc gia vào cuối tháng Sáu.",
    "The city plans to open two new metro lines before the end of the decade.",
    "Thành phố dự định mở hai tuyến tàu điện ngầm mới trước cuối thập kỷ.",
]


def _train_vocab(workdir: Path, vocab_size: int) -> Path:
    import sentencepiece as spm

    corpus = workdir / "text.txt"
    corpus.write_text("\n".join(TEXT * 4) + "\n", encoding="utf-8")
    prefix = workdir / "spm"
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        bos_id=0,
        pad_id=1,
        eos_id=2,
        unk_id=3,
        minloglevel=2,
    )
    return prefix.with_suffix(".model")


def _fast_tokenizer(sp_model: Path):  # -> XLMRobertaTokenizerFast
    """The sentencepiece vocabulary as an XLM-R fast tokenizer, built without protobuf."""
    import sentencepiece as spm
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
    from transformers import XLMRobertaTokenizerFast

    sp = spm.SentencePieceProcessor(model_file=str(sp_model))
    vocab = [(sp.id_to_piece(i), sp.get_score(i)) for i in range(sp.get_piece_size())]
    tk = Tokenizer(models.Unigram(vocab, unk_id=sp.unk_id(), byte_fallback=False))
    tk.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")])
    tk.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tk.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    tk.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>",
        pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", sp.bos_id()), ("</s>", sp.eos_id())],
    )
    return XLMRobertaTokenizerFast(
        tokenizer_object=tk,
        bos_token="<s>",
        eos_token="</s>",
        sep_token="</s>",
        cls_token="<s>",
        unk_token="<unk>",
        pad_token="<pad>",
        mask_token="<mask>",
    )


def build_encoder(root: Path, vocab_size: int = 300, max_tokens: int = 64) -> Path:
    """A tokenizer + tiny XLM-R config directory usable as COMET's ``pretrained_model``."""
    from transformers import XLMRobertaConfig

    enc = root / "encoder"
    enc.mkdir(parents=True, exist_ok=True)
    tokenizer = _fast_tokenizer(_train_vocab(root, vocab_size))
    tokenizer.save_pretrained(str(enc))
    config = XLMRobertaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=max_tokens + 2,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )
    config.save_pretrained(str(enc))
    return enc


def build_checkpoint(root: Path, kind: str = "qe", seed: int = 0) -> Path:
    """A tiny COMET checkpoint (``kind`` qe or ref) under ``root``; returns the .ckpt path."""
    import pytorch_lightning as ptl
    import torch
    import yaml
    from comet.models import ReferencelessRegression, RegressionMetric

    enc = root / "encoder"
    if not (enc / "config.json").is_file():
        build_encoder(root)
    torch.manual_seed(seed)
    cls = ReferencelessRegression if kind == "qe" else RegressionMetric
    model = cls(
        pretrained_model=str(enc),
        load_pretrained_weights=False,
        local_files_only=True,
        hidden_sizes=[16],
        layer="mix",
        pool="avg",
        dropout=0.0,
    )
    out = root / kind
    (out / "checkpoints").mkdir(parents=True, exist_ok=True)
    hparams = dict(model.hparams)
    (out / "hparams.yaml").write_text(yaml.safe_dump(hparams), encoding="utf-8")
    ckpt = out / "checkpoints" / "model.ckpt"
    torch.save(
        {
            "state_dict": model.state_dict(),
            "hyper_parameters": hparams,
            "pytorch-lightning_version": ptl.__version__,
            "epoch": 0,
            "global_step": 0,
        },
        ckpt,
    )
    return ckpt
