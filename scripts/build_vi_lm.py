"""Build ``references/vi_syllable_lm.tsv``, the counts behind the built-in fluency model.

Input: the Vietnamese word list ``pyvi/models/words.txt`` of the MIT-licensed ``pyvi`` package
(© 2016 Viet-Trung Tran), given as the path of that file or of a pyvi wheel
(``pip download --no-deps pyvi==0.1.1``). Each entry is one dictionary word of one or more
syllables ("bào chế", "quan hệ"); the output counts, over all entries, how often each
syllable follows another inside a word, with ``<w>`` marking a word start and ``</w>`` a word end.

Usage: python scripts/build_vi_lm.py PATH [OUT]
"""

from __future__ import annotations

import itertools
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

HEADER = (
    "# Syllable transition counts inside Vietnamese dictionary words, for audit/lang/syllable_lm.py.\n"
    "# Built by scripts/build_vi_lm.py from pyvi 0.1.1 pyvi/models/words.txt (MIT licence,\n"
    "# (c) 2016 Viet-Trung Tran); see references/SOURCES.md. <w> = word start, </w> = word end.\n"
)


def read_words(path: Path) -> list[str]:
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as z:
            text = z.read("pyvi/models/words.txt").decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return [unicodedata.normalize("NFC", ln.strip().lower()) for ln in text.splitlines() if ln.strip()]


def count(words: list[str]) -> Counter[tuple[str, str]]:
    pairs: Counter[tuple[str, str]] = Counter()
    for w in sorted(set(words)):
        sylls = ["<w>", *w.split(), "</w>"]
        for a, b in itertools.pairwise(sylls):
            pairs[(a, b)] += 1
    return pairs


def main(argv: list[str]) -> None:
    src = Path(argv[0])
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "references/vi_syllable_lm.tsv"
    pairs = count(read_words(src))
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER)
        fh.write("prev\tsyllable\tcount\n")
        for (a, b), n in sorted(pairs.items()):
            fh.write(f"{a}\t{b}\t{n}\n")
    print(f"{out}: {len(pairs)} transitions")


if __name__ == "__main__":
    main(sys.argv[1:])
