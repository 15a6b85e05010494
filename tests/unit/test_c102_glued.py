"""C102's glued pairs ('Whitehall' = 白哈): the literal word found with its lookbehind after the first letter, and the
romanisation glued to it looked up by its prefixes, give what the plain pattern and the walk over every romanisation
(longest first) gave. Checked on random strings of other words and romanisations than the rule's examples."""

from __future__ import annotations

import random
import re
from collections import Counter

from audit.lang.countries import Topic
from audit.rules.countries.country_pair_calque import _glued_pattern, _glued_romanisation, _romanisations


def _walk(rest: str, topic: Topic) -> tuple[str, str] | None:
    """The romanisation the rule took before: the first of all, longest first, that ``rest`` starts with, at most
    two letters shorter, of a country the article mentions."""
    for roman, iso in sorted(_romanisations().items(), key=lambda kv: -len(kv[0])):
        if rest.startswith(roman) and len(rest) - len(roman) <= 2 and topic.counts[iso]:
            return roman, iso
    return None


def test_the_prefix_lookup_finds_what_the_walk_found() -> None:
    table = _romanisations()
    romans = sorted(table)
    isos = sorted(set(table.values()))
    rng = random.Random(16)
    found = 0
    for _ in range(3000):
        rest = "".join(rng.choice(romans) for _ in range(rng.randrange(1, 3)))
        rest = rest[: rng.randrange(1, len(rest) + 1)] + "".join(rng.choice("aegnoux") for _ in range(rng.randrange(3)))
        topic = Topic(counts=Counter({iso: 1 for iso in rng.sample(isos, rng.randrange(len(isos)))}))
        assert _glued_romanisation(rest, topic) == _walk(rest, topic), rest
        found += _walk(rest, topic) is not None
    assert found > 500


def test_the_word_pattern_matches_as_the_plain_one() -> None:
    rng = random.Random(7)
    for word in ("Red", "Golden", "Cross", "Snow"):
        plain = re.compile(rf"(?<![\w-]){re.escape(word)}(?P<rest>[a-z]{{2,}})(?![\w-])")
        pieces = [word, word.lower(), "han", "ri", "-", " ", "x", "É", "Đ", "9", "_", "ga"]
        for _ in range(500):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 10)))
            assert [(m.span(), m["rest"]) for m in _glued_pattern(word).finditer(text)] == [
                (m.span(), m["rest"]) for m in plain.finditer(text)
            ], text
