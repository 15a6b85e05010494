"""F107's gate over all the article's segments at once (``_may_end_on_listed_word``) lets through every text that
its per-text test (``_ends_on_listed_word``) passes: on random endings made of words, listed last words, stops,
closing quotes and spaces of many kinds (pieces written for this test), and on the rule's examples."""

from __future__ import annotations

import random

from audit.rules import sentences
from audit.rules.registry import all_rules


def test_listed_last_words_end_in_no_stripped_character() -> None:
    assert all(w and w[-1] not in sentences._TRAILING for w in sentences._last_words())


def test_gate_holds_every_text_the_test_passes() -> None:
    rnd = random.Random(107)
    listed = sorted(sentences._last_words())
    pieces = [*".!?;", '"', "”", "’", "»", "“", " ", " ", "\xa0", "\t", "\u3000", "\n", "a", "Nhà", "mưa", "x.y", "-"]
    texts = []
    for _ in range(20000):
        words = [rnd.choice([*listed, "sông", "Hà Giang", "lúa"]) for _ in range(rnd.randint(1, 4))]
        if rnd.random() < 0.3:
            words[-1] = words[-1].upper() if rnd.random() < 0.5 else words[-1].capitalize()
        tail = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 5)))
        texts.append(" ".join(words) + tail)
    rule = all_rules()["F107"]
    texts += [e.replace("[[", "").replace("]]", "") for e in (*rule.fires, *rule.quiet)]
    gate = list(sentences._may_end_on_listed_word(texts))
    passed = [sentences._ends_on_listed_word(t) for t in texts]
    assert not [t for t, g, p in zip(texts, gate, passed, strict=True) if p and not g]
    assert sum(passed) > 1000  # the random texts reach the listed endings


def test_the_trailing_white_space_is_every_white_space_character() -> None:
    """_TRAILING scans the code points up to U+3000 only: every character ``str.isspace`` holds is among them."""
    every = {chr(i) for i in range(0x110000) if chr(i).isspace()}
    assert every <= set(sentences._TRAILING) and not any(c.isspace() for c in sentences._TRAILING if c not in every)
