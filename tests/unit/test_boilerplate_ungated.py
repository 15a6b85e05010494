"""The ungated boilerplate rows tried by first character and literal gate answer as the plain tier alternations."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

from audit.corpus.boilerplate.regex_shape import guarded, max_length, required_chars
from audit.corpus.boilerplate.tsv_patterns import patterns
from audit.corpus.boilerplate.ungated import MEDIUM_LINE, SHORT_LINE, UngatedRows

ROOT = Path(__file__).resolve().parents[2]


def _rows() -> list[str]:
    return [p.pattern for p in patterns() if not p.needs]


def _plain(rows: list[str]) -> Callable[[str], bool]:
    """The three tiers as one alternation each, tried by length alone (the form before the first-character split)."""
    tiers: tuple[list[str], list[str], list[str]] = ([], [], [])
    for r in rows:
        most = max_length(r)
        tiers[0 if most is None or most > MEDIUM_LINE else 1 if most > SHORT_LINE else 2].append(r)
    longer, medium, short = (re.compile("|".join(map(guarded, t)), re.IGNORECASE) for t in tiers)

    def may_match(line: str) -> bool:
        size = len(line)
        return (
            longer.fullmatch(line) is not None
            or (size <= MEDIUM_LINE and medium.fullmatch(line) is not None)
            or (size <= SHORT_LINE and short.fullmatch(line) is not None)
        )

    return may_match


def test_lines_of_the_test_pages_and_random_lines() -> None:
    """Every line of the test pages and corpus/, and random lines glued from pieces of them that start with
    characters the rows' classes fold ('ſ', the Kelvin sign 'K', 'İ', digits of other scripts)."""
    rows = _rows()
    index, plain = UngatedRows(rows), _plain(rows)
    files = sorted((ROOT / "tests" / "data").rglob("*.txt")) + sorted((ROOT / "corpus").glob("*.txt"))
    lines = sorted({ln.strip() for f in files for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()})
    assert len(lines) > 1000
    matched = 0
    for line in lines:
        assert index.may_match(line) == plain(line), line
        matched += plain(line)
    assert matched > 100
    rng = random.Random(19)
    words = [w for ln in lines[:3000] for w in ln.split()][:20000]
    starts = ["ſ", "\u212a", "İ", "ı", "٣", "१", "Ⓒ", "ⓒ", "©", "#", "|", "-", "–", ":", "[", "!", "▶", "^", "⌄", "·"]
    for _ in range(4000):
        line = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        if rng.random() < 0.5:
            line = rng.choice(starts) + rng.choice(["", " "]) + line
        if rng.random() < 0.3:
            line += rng.choice([" | ", " – ", ": ", " / ", "?", " - abc.vn"]) + rng.choice(words)
        assert index.may_match(line) == plain(line), line


def test_required_characters_cover_their_case_blind_matches() -> None:
    """Over every code point: a character that a row's literal gate class matches case-blind is in the gate,
    so a line without the gate's characters holds nothing the row needs there."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    gates = {required_chars(r) for r in _rows()} - {None}
    assert len(gates) > 5
    for gate in gates:
        assert gate is not None
        klass = re.compile("[" + "".join(map(re.escape, sorted(gate))) + "]", re.IGNORECASE)
        assert set(klass.findall(everything)) <= gate, sorted(gate)


def test_required_characters_of_patterns() -> None:
    """Examples that fire and must not: a mandatory mark is found; a letter, a sentence mark or an optional one not."""
    assert required_chars(r"(?:ab\s[-–]\s\w+)") == frozenset("-–")
    assert required_chars(r"(?:(x|y):\s\d+)") == frozenset(":")
    assert required_chars(r"(?:(a|b)(/|#)c)") == frozenset("/#")
    assert required_chars(r"(?:ab(:)?cd)") is None  # optional
    assert required_chars(r"(?:abc\.)") is None  # a sentence's stop: in most lines
    assert required_chars(r"(?:a(b|c:)d)") is None  # one branch needs no mark
