"""Is a Latin-script token an English word, and is it one Vietnamese has borrowed?

Word frequencies come from the ``wordfreq`` package (offline data shipped with it): a token is
English when its English Zipf frequency is high; it is an established loan in Vietnamese
(video, camera, virus, smartphone) when it is also frequent in Vietnamese text, or when
``references/vi_loans.txt`` lists it (loans wordfreq's Vietnamese list misses: caffeine, deadline). English
closed-class words (the, of, and …) are never loans: ``references/en_function_words.txt``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import re
from array import array
from collections.abc import Iterable, Iterator

from audit.lang.resources import read_lines

EN_MIN_ZIPF = 3.0  # an English word a reader would know (≈ once per million words)
VI_LOAN_ZIPF = 2.0  # at or above this in Vietnamese text, the word is used as a loan


@functools.cache
def function_words() -> frozenset[str]:
    return frozenset(read_lines("en_function_words.txt"))


@functools.cache
def _zipf(word: str, lang: str) -> float:
    if word.isascii() and word.isalpha() and word.islower():
        return _plain_zipf(word, lang)
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, lang))


_MIN_FREQ = 1e-9  # what wordfreq.zipf_frequency gives word_frequency for its default minimum (Zipf 0)


def _plain_zipf(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang)`` for a word of lowercase ASCII letters, without its tokenizer.

    The tokenizer leaves such a word as it is (one token, nothing to normalise or case-fold; no digits
    to smash), so the figure is the word's entry in the language's frequency table, rounded as wordfreq
    rounds it; this is ~20 times quicker on a word asked for the first time. A word missing from the
    table gets the minimum. tests/unit/test_english_zipf.py compares it with wordfreq's own figure."""
    from wordfreq import get_frequency_dict

    freq = get_frequency_dict(lang).get(word)
    return _zipf_of(_MIN_FREQ) if freq is None else _table_zipf(freq)


def _table_zipf(freq: float) -> float:
    """The Zipf figure wordfreq gives a one-token word whose table frequency is ``freq``."""
    return _combined_zipf(1.0 / freq)  # as word_frequency combines its tokens' frequencies


def _combined_zipf(one_over: float) -> float:
    """The Zipf figure wordfreq gives a word whose tokens' inverse frequencies add up to ``one_over``: their
    combined frequency, at least the minimum, rounded to three significant figures, then to hundredths of Zipf."""
    unrounded = max(1.0 / one_over, _MIN_FREQ)
    return _zipf_of(round(unrounded, math.floor(-math.log(unrounded, 10)) + 3))


def _top_lists(lang: str, least: float) -> Iterator[tuple[int, list[str]]]:
    """The lists of words of wordfreq's ``lang`` list (``best``) whose Zipf figure is ``least`` or more, with their
    index (minus their frequency in centibels), most frequent first, read one at a time and never kept: the file
    is a gzipped msgpack array, a header then one list of words a centibel (``wordfreq.read_cBpack``)."""
    import gzip

    import msgpack
    from wordfreq import available_languages, cB_to_freq

    with gzip.open(available_languages("best")[lang], "rb") as packed:
        lists = msgpack.Unpacker(packed, raw=False)
        count = lists.read_array_header()
        header = lists.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"wordfreq's {lang} list has an unexpected header: {header!r}")
        for index in range(count - 1):
            if _table_zipf(cB_to_freq(-index)) < least:
                return
            yield index, lists.unpack()


def common_in(words: frozenset[str], lang: str, least: float) -> set[str]:
    """Those of ``words`` (lowercase ASCII letters) whose Zipf frequency in ``lang`` is ``least`` or more, as
    :func:`zipf_in` gives it, read from the top of wordfreq's list without keeping the language's table in memory
    (30 to 60 MB a language: a check that asks of a few thousand words in nine languages would otherwise hold
    250 MB)."""
    found: set[str] = set()
    for _, bucket in _top_lists(lang, least):
        found.update(w for w in bucket if w in words)
    return found


def _word_keys(words: Iterable[str]) -> Iterator[int]:
    """The 64-bit key of each word: Python's own ``hash`` (SipHash, in C) of its UTF-8 bytes. Not the hash of the
    str itself: CPython hashes a str's internal buffer, so 'ㅡ' (U+3161, two bytes 61 31) and 'a1' (one byte a
    letter) get the same one. The key differs from one process to the next, which does not matter here: a table is
    built and asked in the same process (from wordfreq's list on first use, never stored)."""
    return map(hash, map(str.encode, words))


def _word_key(word: str) -> int:
    """:func:`_word_keys` of one word."""
    return hash(word.encode())


_INDEX_BITS = 16  # list indexes (minus centibels, under 1,000) fit in 16 bits: packed below the key to sort


@functools.cache
def _frequent_words(lang: str) -> tuple[array[int], array[int]]:
    """The words of ``lang`` whose Zipf figure is :data:`SPELLING_ZIPF` or more, as two arrays in step: their
    sorted :func:`_word_key` and their list index (minus centibels). About 10 bytes a word (100,000 to 170,000
    words a language) where wordfreq's own table of the language holds 30 to 60 MB. Each (key, index) is sorted
    as one int, the key shifted left by 16 bits plus the index (the order of the pairs), and the two arrays are
    taken from the sorted ints by C-level maps: three times quicker than sorting tuples of a blake2b key."""
    packed: list[int] = []
    for index, bucket in _top_lists(lang, SPELLING_ZIPF):
        packed.extend([(key << _INDEX_BITS) + index for key in _word_keys(bucket)])
    packed.sort()
    keys = array("q", map(operator.rshift, packed, itertools.repeat(_INDEX_BITS)))
    return keys, array("H", map(operator.and_, packed, itertools.repeat((1 << _INDEX_BITS) - 1)))


def _frequent_zipf(word: str, lang: str) -> float | None:
    """``wordfreq.zipf_frequency(word, lang)`` when it is :data:`SPELLING_ZIPF` or more, else None; computed as
    wordfreq computes it (its tokens' frequencies combined, a digit run's share, rounded to three figures) from
    :func:`_frequent_words`: a token missing there is rarer than the figure asked for, and so is any word holding
    it (the combined frequency is below each token's)."""
    from wordfreq import cB_to_freq, digit_freq, lossy_tokenize, smash_numbers

    keys, indexes = _frequent_words(lang)
    tokens = lossy_tokenize(word, lang)
    if not tokens:
        return None
    one_over = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        key = _word_key(smashed)
        at = bisect.bisect_left(keys, key)
        if at == len(keys) or keys[at] != key:
            return None
        freq = cB_to_freq(-indexes[at])
        if smashed != token:
            freq *= digit_freq(token)
        one_over += 1.0 / freq
    zipf = _combined_zipf(one_over)
    return zipf if zipf >= SPELLING_ZIPF else None


def _zipf_of(freq: float) -> float:
    """wordfreq's Zipf figure of a rounded frequency (freq_to_zipf, then rounded to two places)."""
    return round(math.log(freq, 10) + 9, 2)


def zipf_in(word: str, lang: str) -> float:
    """The word's Zipf frequency in text of language ``lang`` (a wordfreq code: 'ms', 'fr' …)."""
    return _zipf(word.lower(), lang)


def en_zipf(word: str) -> float:
    return _zipf(word.lower(), "en")


def vi_zipf(word: str) -> float:
    return _zipf(word.lower(), "vi")


def is_english(word: str) -> bool:
    """A common English word (function words included)."""
    low = word.lower()
    return low in function_words() or en_zipf(low) >= EN_MIN_ZIPF


_LETTERS = re.compile(r"[^\W\d_]+")
_MIN_QUOTED_ENGLISH = 3  # lowercase words a quotation needs to be judged English


def lowercase_words(text: str) -> list[str]:
    """The words of ``text`` (runs of letters, no digits or underscores) that do not start with a capital: a quote's
    capitalised words (names, 'Đắk Lắk', 'Nguyễn Văn An') say nothing of its language, its lowercase words do.
    Shared by :func:`reads_english` and L101's reading of a carried quotation."""
    return [w for w in _LETTERS.findall(text) if not w[0].isupper()]


def reads_english(quoted: str) -> bool:
    """A quotation's words read as English: three lowercase words or more, all unmarked Latin letters, most of them
    common English words. Capitalised words (names) are left out: a Vietnamese place or person named with its marks
    in an English quote ('… comes from Đắk Lắk.', 'Pay … to Nguyễn Văn An') says nothing of the quote's language,
    the lowercase words do (clean71; as leftovers68 measured L101's carried quotes)."""
    lower = lowercase_words(quoted)
    return (
        len(lower) >= _MIN_QUOTED_ENGLISH
        and all(w.isascii() for w in lower)
        and 2 * sum(map(is_english, lower)) > len(lower)
    )


# Latin and Greek plurals English keeps ('memoranda', 'stimuli', 'formulae', 'indices', 'phenomena'): the plural
# ending and the singular endings it stands for
_CLASSICAL_PLURALS = (("a", ("um", "on")), ("i", ("us",)), ("ae", ("a",)), ("ices", ("ex", "ix")))
_MIN_PLURAL_ZIPF = 2.0  # the plural itself is written in English text at least this often


@functools.cache
def is_english_form(word: str) -> bool:
    """A common English word, or the Latin or Greek plural of one ('memoranda' of 'memorandum'), itself attested
    in English text though too rare for :func:`is_english`."""
    low = word.lower()
    if is_english(low):
        return True
    if len(low) < 5 or en_zipf(low) < _MIN_PLURAL_ZIPF:
        return False
    return any(
        low.endswith(plural) and is_english(low[: -len(plural)] + singular)
        for plural, singulars in _CLASSICAL_PLURALS
        for singular in singulars
    )


@functools.cache
def listed_loans() -> frozenset[str]:
    """English words established in Vietnamese text that wordfreq's Vietnamese list misses (vi_loans.txt)."""
    return frozenset(read_lines("vi_loans.txt"))


def is_loan(word: str) -> bool:
    """An English word Vietnamese text uses as it is (not a function word): frequent in Vietnamese text by
    wordfreq, or listed in vi_loans.txt."""
    low = word.lower()
    return low not in function_words() and (vi_zipf(low) >= VI_LOAN_ZIPF or low in listed_loans())


# Languages whose spelling of a foreign place or person Vietnamese text often takes over (French above all:
# 'Marrakech', 'Tanger', 'Genève'; the local form: 'Lisboa', 'Sevilla', 'Nürnberg')
SPELLING_LANGUAGES = ("fr", "es", "pt", "it", "de")
SPELLING_ZIPF = 2.0  # a word written this often in one of them is an established spelling, not a garble


def spelled_so_elsewhere(word: str, instead_of: str) -> bool:
    """``word`` is how French, Spanish, Portuguese, Italian or German text spells the name ``instead_of``: a word
    of one of them, and there more frequent than ``instead_of`` ('Marrakech' for 'Marrakesh' in French, 'Lisboa'
    for 'Lisbon' in Portuguese), not a misspelling no language uses ('Merkle' for 'Merkel')."""
    low, other = word.lower(), instead_of.lower()
    for lang in SPELLING_LANGUAGES:
        z = _frequent_zipf(low, lang)
        if z is not None and z > (_frequent_zipf(other, lang) or 0.0):  # None: below SPELLING_ZIPF, so below z
            return True
    return False
