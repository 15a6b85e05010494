"""audit.lang.english's shortcut for lowercase ASCII words gives wordfreq's own Zipf figure."""

from __future__ import annotations

import random
import string

import pytest
from wordfreq import iter_wordlist, zipf_frequency

from audit.lang import english
from audit.lang.english import SPELLING_LANGUAGES

LANGUAGES = ("en", "vi", "ms", *SPELLING_LANGUAGES)


def _ascii_words(lang: str) -> list[str]:
    """Lowercase ASCII words of the language's list (every 11th: all frequency bands) and made-up ones."""
    listed = [w for w in iter_wordlist(lang) if w.isascii() and w.isalpha() and w.islower()][::11]
    rng = random.Random(lang)
    made_up = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    return [*listed, *made_up, "a", "the", "video", "zzzzzz"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plain_zipf_is_wordfreqs_figure(lang: str) -> None:
    words = _ascii_words(lang)
    assert len(words) > 3500  # a few hundred listed words at least besides the 3,000 made up
    for word in words:
        assert english._plain_zipf(word, lang) == zipf_frequency(word, lang), word


def test_only_lowercase_ascii_words_take_the_shortcut() -> None:
    for word in ("Hello", "hello", "café", "x2", "don't", "việt"):
        assert english._zipf(word, "en") == zipf_frequency(word, "en"), word
