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


@pytest.mark.parametrize("lang", ("en", "de", "id", "nl"))
@pytest.mark.parametrize("least", (3.0, 4.5))
def test_common_in_reads_the_words_at_least_that_frequent(lang: str, least: float) -> None:
    """common_in, which streams the top of wordfreq's list, finds exactly the words zipf_frequency puts at or
    above ``least``, near the cut included."""
    words = frozenset(_ascii_words(lang))
    expected = {w for w in words if zipf_frequency(w, lang) >= least}
    assert expected and len(expected) < len(words)
    assert english.common_in(words, lang, least) == expected


def test_foreign_like_keeps_its_answers_without_the_tables() -> None:
    """The unmarked-word check's foreign words, found a language at a time, are those zipf_in gives."""
    from audit.lang import unmarked

    asked = unmarked._asked()
    assert {"lot", "chat", "hot"} <= unmarked._foreign_asked() <= asked
    for word in sorted(asked)[::7]:
        direct = word in english.listed_loans() or any(
            english.zipf_in(word, lang) >= unmarked.FOREIGN_ZIPF for lang in unmarked.FOREIGN_LANGUAGES
        )
        assert unmarked.foreign_like(word) == direct, word


@pytest.mark.parametrize("lang", SPELLING_LANGUAGES)
def test_frequent_zipf_is_wordfreqs_figure_above_the_spelling_cut(lang: str) -> None:
    """The compact table of each spelling language gives zipf_frequency's figure for every word at or above
    SPELLING_ZIPF (accented, several tokens, digits included) and None below it."""
    listed = list(iter_wordlist(lang))[::211]
    odd = ["saint-étienne", "são paulo", "nürnberg", "genève", "l'aquila", "rock'n'roll", "abc123", "", "zzqxv"]
    for word in [*listed, *odd]:
        z = zipf_frequency(word, lang)
        assert english._frequent_zipf(word, lang) == (z if z >= english.SPELLING_ZIPF else None), word


def test_frequent_words_keys_tell_apart_words_that_share_their_bytes() -> None:
    """The compact tables' keys hash a word's UTF-8 bytes: CPython's hash of a str hashes its internal buffer, so
    the Korean letter 'ㅡ' (U+3161, stored as the bytes 61 31) and 'a1' would share a key, and 'ㅡ' would take the
    Spanish figure of 'a1' (Zipf 3.44 where wordfreq gives 1.5). Other words of another script than the tables'
    (Cyrillic, Korean, Vietnamese) get wordfreq's figure too."""
    assert english._word_key("ㅡ") != english._word_key("a1")
    assert english._word_key("ươ") == next(english._word_keys(["ươ"]))
    for lang in SPELLING_LANGUAGES:
        for word in ["ㅡ", "ㅋ", "да", "và", "người", "中"]:
            z = zipf_frequency(word, lang)
            assert english._frequent_zipf(word, lang) == (z if z >= english.SPELLING_ZIPF else None), (lang, word)


@pytest.mark.parametrize(
    ("word", "instead_of", "expected"),
    [("Marrakech", "Marrakesh", True), ("Lisboa", "Lisbon", True), ("Merkle", "Merkel", False)],
)
def test_spelled_so_elsewhere(word: str, instead_of: str, expected: bool) -> None:
    assert english.spelled_so_elsewhere(word, instead_of) is expected
