"""The cheap piece test before difflib in audit.lang.respelled never drops a pair of surnames difflib finds close."""

from __future__ import annotations

import random

from audit.lang.respelled import _close, _near_surnames, _pieces

SURNAMES = ["Aliyev", "Kristersson", "Tokayev", "Steinmeier", "Bektenov", "Safadi", "Gusmão", "Orbán", "Kenyatta"]
LETTERS = "aeiouyklmnrstvhj"


def _edited(word: str, rng: random.Random, edits: int) -> str:
    """``word`` with ``edits`` letters changed, added or dropped at random places."""
    for _ in range(edits):
        i = rng.randrange(len(word))
        kind = rng.choice("cad")
        if kind == "c":
            word = word[:i] + rng.choice(LETTERS) + word[i + 1 :]
        elif kind == "a":
            word = word[:i] + rng.choice(LETTERS) + word[i:]
        else:
            word = word[:i] + word[i + 1 :]
    return word


def test_two_edits_keep_a_piece_in_both_directions() -> None:
    rng = random.Random(7)
    for name in SURNAMES:
        for _ in range(200):
            other = _edited(name, rng, rng.choice((1, 2)))
            a, b = name.lower(), other.lower()
            assert any(p in b for p in _pieces(a)) and any(p in a for p in _pieces(b)), (name, other)


def test_near_surnames_is_the_pairwise_close_relation() -> None:
    rng = random.Random(11)
    surnames = set(SURNAMES) | {_edited(n, rng, rng.choice((1, 2, 3))) for n in SURNAMES for _ in range(4)}
    surnames |= {"Lee", "Lei", "Aliev", "Christersson", "Tokaev", "Steinmeir", "Bektanov"}
    expected = {s: {t for t in surnames if t != s and _close(s, t)} for s in surnames}
    assert _near_surnames(surnames) == expected
    assert "Aliev" in expected["Aliyev"] and "Christersson" in expected["Kristersson"]
