"""The cheap piece test before difflib in audit.lang.respelled never drops a pair of surnames difflib finds close; the
four-letter surnames with a letter added inside (round 22: each five-letter surname less one inner letter looked up,
not each pair compared) are the pairs the plain comparison gives, on random surnames (not those of the set that
motivated the rule)."""

from __future__ import annotations

import random

from audit.lang.respelled import _added_inside, _close, _near_surnames, _pieces, _short_near

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


def _short_near_pairwise(surnames: set[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in surnames:
        for b in surnames:
            if len(a) == 4 and len(b) == 5 and _added_inside(a, b):
                out.setdefault(a, set()).add(b)
                out.setdefault(b, set()).add(a)
    return out


def test_short_near_is_the_pairwise_added_inside_relation() -> None:
    rng = random.Random(22)
    letters = "abdeiklnorstuzAÖİ"
    for _ in range(3000):
        base = ["".join(rng.choice(letters) for _ in range(4)).capitalize() for _ in range(rng.randint(0, 4))]
        grown = [w[:i] + rng.choice(letters.lower()) + w[i:] for w in base for i in [rng.randint(0, 4)]]
        others = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 6))) for _ in range(rng.randint(0, 5))]
        surnames = {*base, *grown, *others, "Kohl", "Kohls", "Bush", "Busch", "Merz", "Mertz", "Lee", "Leei"}
        assert _short_near(surnames) == _short_near_pairwise(surnames), surnames
