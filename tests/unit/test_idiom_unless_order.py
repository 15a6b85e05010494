"""T308's English idioms ask a row's ``unless`` only where the row's pattern matches (most texts holding a key such as
'chân' hold no calque of it): the same (start, end, row) in the same order as asking ``unless`` first, on texts glued
at random from the rows' keys, the words of their ``unless`` patterns and other words, and on every corpus line."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

from audit.lang.en_idioms import IdiomCalque, idiom_calques, idiom_calques_in

ROOT = Path(__file__).resolve().parents[2]


def _plain(text: str) -> Iterator[tuple[int, int, IdiomCalque]]:
    low = text.lower()
    for c in idiom_calques():
        if c.key not in low or (c.unless is not None and c.unless.search(text)):
            continue
        for m in c.pattern.finditer(text):
            start, end = m.span("s") if "s" in c.pattern.groupindex else m.span()
            yield start, end, c


def test_random_texts_give_the_plain_answer() -> None:
    words = {"trận", "ở", "tại", "đầu tiên", "thứ hai", "lượt về", "ký", "vào", "dòng", "chấm", "quả bóng", "đang"}
    for c in idiom_calques():
        words.add(c.key)
        if c.unless is not None:
            words.update(w for w in re.findall(r"[^\W\d_]+(?: [^\W\d_]+)?", c.unless.pattern) if w not in {"i"})
    pieces = [*sorted(words), "Hà Nội", "giá vàng", "năm 2025", ",", "."]
    rng = random.Random(308)
    fired = 0
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        found = list(idiom_calques_in(text))
        fired += bool(found)
        assert found == list(_plain(text)), text
    assert fired


def test_corpus_lines_and_a_quiet_case() -> None:
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        for line in path.read_text("utf-8").splitlines():
            assert list(idiom_calques_in(line)) == list(_plain(line))
    text = "Ở trận chân đầu tiên, hậu vệ Minh bị gãy chân."  # the leg broken: quiet, as before
    assert list(idiom_calques_in(text)) == list(_plain(text)) == []
