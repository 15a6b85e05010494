"""L102 and the language share (audit.lang.langid, one pattern) count the words holding a Vietnamese letter with a
scan that opens on that letter ('[ă…ỹ][^\\W\\d_]*', one match a run of letters, from its first Vietnamese letter): as
many matches as the plain form ('[^\\W\\d_]*[ă…ỹ][^\\W\\d_]*', tried from every letter) on random text of Vietnamese
and other letters, digits, '_', apostrophes, numerals that re reads as letters and spaces, and on every line of the
test corpus (sentences of no rule's set)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from audit.lang.langid import _VI_LETTERS, _VI_WORD

ROOT = Path(__file__).resolve().parents[2]
PLAIN = re.compile("[^\\W\\d_]*[" + "".join(sorted(_VI_LETTERS)) + "][^\\W\\d_]*")
PIECES = ["a", "ư", "Đ", "ế", "ỹ", " ", "1", "_", "x", "'", "中", "ⅻ", "²", "-", "\n"]


def test_random_texts_give_the_plain_count() -> None:
    rng = random.Random(102)
    for _ in range(30000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(20)))
        assert len(_VI_WORD.findall(text)) == len(PLAIN.findall(text)), text


def test_corpus_lines_give_the_plain_count() -> None:
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        for line in path.read_text("utf-8").splitlines():
            assert len(_VI_WORD.findall(line)) == len(PLAIN.findall(line))
