"""Source-aware signals of the built-in score: cheap, offline comparisons of a translation with its source.

Used by :mod:`audit.qe.builtin` for segments that carry a source (JSONL, TSV/CSV, XLIFF records); a
segment without one is scored from its target alone, exactly as before. Each signal is a count a
reviewer can check against the two texts (``builtin_<name>`` in the segment's scores):

- ``length``: letters of the target per letter of the source over the language pair's typical ratio
  (1.0 = as long as a human translation would be, 0.5 = half as long); only the part outside the band
  of 90% of human translations counts as damage (:data:`LENGTH`); letters, because figures and
  punctuation are written each language's own way ('2.7 percent' → '2,7%');
- ``numbers``: numbers of the source the target does not have, as rules A101/A102 match them
  (audit.lang.number_match): values in either convention ('3,5' = '3.5', '1.800' = '1,800', '2,86 tỷ'
  = 28.6亿), spelled out ('5th' → 'thứ năm'), a Roman numeral, or rounded after a word that says so
  (3.98 million → 'gần 4 triệu'); a number before a unit a translation converts ('5 miles'), the
  ':00' of an hour and a number inside a code are not looked for;
- ``codes``: links, e-mail addresses, hashtags, handles, codes (FI614, EIA-2024-0387) and bare domains
  missing from the target, as rule A104 finds them (audit.lang.verbatim);
- ``untranslated``: target tokens copied from the source that Vietnamese does not use, among those
  that are no Vietnamese syllable: an English function word, a lowercase common English word of three
  letters or more that is no loan ('video', 'online' are loans), any lowercase word next to another
  copied one (a stretch left in English), Chinese characters; copied names, currencies such as
  'forint' and the words of links are no evidence;
- ``names``: names of a Latin source (capitalised words rarer than Zipf 3.5 in English that do not
  start the sentence, are not read as pinyin and are not in a Title Case headline), or any Latin word
  in a Chinese source, that the target lacks letter for letter up to diacritics (a demonym's country
  or a French, Spanish … spelling will do, and so does a name written the Vietnamese way: a country the
  target names in Vietnamese, 'Türkiye' → 'Thổ Nhĩ Kỳ', or a Vietnamese place or person written without
  its spaces and diacritics, 'Hanoi' → 'Hà Nội', 'Haiphong' → 'Hải Phòng');
- ``parity``: a question or an exclamation of the source not asked or exclaimed in the target, a
  negation of the source (not, never, n't, 没有, 不是 …) with no negation in the target;
- ``sentences``: sentences of the source more than the target has (a sentence left out);
- ``repeats``: target words inside a loop (an n-gram of 2 to 4 words repeated back to back, or one
  word three times or more: 'phát triển phát triển phát triển') when the source has none.

Target tokens copied from the source are also set apart from the target-only ``invalid`` shares: a
copied capitalised one is a name, not a garble; a copied lowercase one counts only as ``untranslated``
(when it is, as above). :func:`source_signals` returns the counts and the source's words to tell.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from audit.lang.countries import find_mentions, gazetteer
from audit.lang.distance import edit_distance
from audit.lang.english import en_zipf, function_words, is_english, is_loan, spelled_so_elsewhere
from audit.lang.hanviet import fold, folded_words
from audit.lang.langid import cjk_count, letter_words, source_kind
from audit.lang.number_match import match_numbers
from audit.lang.pinyin import segmentations
from audit.lang.verbatim import lost_tokens

# Target letters / source letters (letter_count) of human translations into Vietnamese, by the source's
# script: (median, 5th percentile, 95th percentile), from NTREX-128 (1,997 segments) and FLORES-200 devtest
# lines 201-1,012 (the lines mt_vi does not hold), sources of at least LENGTH_MIN_SOURCE letters (the Chinese
# side there is itself a translation of the English). Printed by ``scripts/eval_builtin_source.py --derive``.
# (A bound at the 25th percentile ranked the tuning half of mt_vi no better and put concise human records
# with many figures among the damaged ones.)
LENGTH = {
    "latin": (1.022, 0.783, 1.350),
    "han": (2.833, 1.895, 3.938),
}
LENGTH_MIN_SOURCE = {"latin": 20, "han": 8}  # letters; with a shorter source a ratio says little


@dataclass(slots=True)
class SourceSignals:
    """The counts of one segment, and the target tokens found in its source."""

    length: float = 1.0  # length ratio over the typical one (1.0 = typical, or source too short to say)
    length_excess: float = 0.0  # |log(length)| beyond the human band (0 inside it)
    numbers: int = 0
    source_numbers: int = 0
    codes: int = 0
    source_codes: int = 0
    untranslated: int = 0
    names: int = 0
    source_names: int = 0
    parity: int = 0
    sentences: int = 0
    repeats: int = 0
    code_words: frozenset[str] = field(default_factory=frozenset)  # words inside the source's links and codes
    source: str = ""
    han_count: int = 0  # the source's Chinese characters (cjk_count)
    words: frozenset[str] | None = None  # the source's words, casefolded (found when first asked for)
    han: str = ""  # the source's Chinese characters, run together (with ``words``)

    def copied(self, token: str) -> bool:
        """The target token is in the source too."""
        if self.words is None:
            self.words, self.han = source_words(self.source, self.han_count)
        return is_copied(token, self.words, self.han)

    def report(self) -> dict[str, float]:
        """The counts a reviewer reads, as ``builtin_<name>`` scores."""
        return {
            "builtin_length": round(self.length, 2),
            "builtin_numbers": self.numbers,
            "builtin_codes": self.codes,
            "builtin_untranslated": self.untranslated,
            "builtin_names": self.names,
            "builtin_parity": self.parity,
            "builtin_sentences": self.sentences,
            "builtin_repeats": self.repeats,
        }


def letter_count(text: str) -> int:
    """Letters of ``text``'s words (Chinese characters included): the length a ratio compares, without digits,
    spaces and punctuation, which a translation writes its own way ('2.7 percent' → '2,7%')."""
    return sum(map(len, letter_words(text)))


def length_signal(source: str, target: str, kind: str | None) -> tuple[float, float]:
    """(ratio over the typical one, log distance outside the human band) of a target to its source."""
    if kind is None:
        return 1.0, 0.0
    n_source = letter_count(source)
    median, low, high = LENGTH[kind]
    if not target.strip():  # nothing translated: as if one letter were there
        return 0.0, math.log(low * max(1, n_source))
    if n_source < LENGTH_MIN_SOURCE[kind]:
        return 1.0, 0.0
    ratio = letter_count(target) / n_source
    if ratio < low:
        return ratio / median, math.log(low / ratio)
    if ratio > high:
        return ratio / median, math.log(ratio / high)
    return ratio / median, 0.0


# ---------------------------------------------------------------- numbers and codes


def code_signal(source: str, target: str) -> tuple[int, int]:
    """(verbatim tokens of the source missing from the target, verbatim tokens in the source): A104's loss."""
    tokens, lost = lost_tokens(source, target)
    return len(lost), len(tokens)


def number_signal(source: str, target: str) -> tuple[int, int]:
    """(numbers of the source missing from the target, numbers of the source looked for): A102's and A101's
    unmatched numbers (audit.lang.number_match)."""
    match = match_numbers(source, target, extra=False)
    return len(match.missing), len(match.looked_for)


# ---------------------------------------------------------------- names and untranslated words

_NOT_NAMES = frozenset(  # capitalised words a translation translates, whatever their frequency
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday fahrenheit celsius".split()
)
# a capitalised word at least this common in English (wordfreq Zipf: Germany 4.9, Committee 5.0, Halifax 3.6) may be
# a translated place or a word of a title; rarer ones (Dalhousie 2.6, Erdogan 3.2) are names kept letter for letter
NAME_MAX_ZIPF = 3.5
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s$")
# a capitalised word not inside another: '(?<![^\W\d_])[A-ZÀ-ÖØ-Þ]…' written from the capital, so that the regex
# engine skips to capitals
_CAPITALISED_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![^\W\d_][A-ZÀ-ÖØ-Þ])[^\W_]*(?:-[^\W_]+)*")
_NAME_WORD = re.compile(r"[A-Za-zÀ-ɏ][^\W_]*(?:-[^\W_]+)*")  # apostrophes split: d'Ivoire, Ring's
_DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "i", "is")  # Namibian, Peruvians, Sudanese, Danish, Iraqi, Israelis
_OPENERS = frozenset('.!?:;"“‘(')


def _sentence_start(text: str, start: int) -> bool:
    """Nothing but spaces, or a full stop, colon, quotation mark or bracket and spaces, before ``start``."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in _OPENERS


def source_names(source: str, kind: str | None) -> list[str]:
    """The names of a source a translation keeps letter for letter, as :func:`fold` keys.

    Not names: words of a headline in Title Case ('Killer Pig Mauls Farmer'), plural acronyms ('AMs'), and
    names that read as pinyin of one to three syllables ('Xining', 'Yunnan'), which Vietnamese writes in
    Hán-Việt ('Tây Ninh', 'Vân Nam').
    """
    if kind != "latin":
        return [fold_word(m.group()) for m in _NAME_WORD.finditer(source) if len(m.group()) >= 2]
    out = []
    for m in _CAPITALISED_WORD.finditer(source):
        key = _latin_name(m.group())
        if key is not None and not _sentence_start(source, m.start()):
            out.append(key)
    return [] if out and _title_case(source) else out


@functools.lru_cache(maxsize=1 << 16)
def _latin_name(word: str) -> str | None:
    """The :func:`fold` key of a capitalised word of a Latin source when the word itself may be a name kept letter
    for letter (three letters or more, not all capitals, not a common English word, a month, a plural acronym or
    pinyin), else None; cached per word."""
    if not word[0].isupper() or word.isupper() or len(word) < 3:
        return None
    low = word.lower()
    if low in function_words() or low in _NOT_NAMES or en_zipf(low) >= NAME_MAX_ZIPF:
        return None
    if _PLURAL_ACRONYM.match(word) or _pinyin_name(low):
        return None
    return fold_word(word)


def _title_case(source: str) -> bool:
    """A headline: most common English words of four letters or more after the first word are capitalised
    ('Killer Pig Mauls Chinese Farmer to Death'; not 'Mayor Ingrid Solberg opened the bridge on Friday')."""
    common = list(filter(_common, letter_words(source)[1:]))
    return len(common) >= 2 and sum(w[0].isupper() for w in common) > 0.6 * len(common)


@functools.lru_cache(maxsize=1 << 16)
def _common(word: str) -> bool:
    """A word of four letters or more at least as common in English as :data:`NAME_MAX_ZIPF`; cached per word."""
    return len(word) >= 4 and en_zipf(word) >= NAME_MAX_ZIPF


def _pinyin_name(low: str) -> bool:
    return any(len(seg) <= 3 for seg in segmentations(low)[:1])


@functools.lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """:func:`fold` of one word, cached (names and target words recur)."""
    return fold(word)


def name_signal(source: str, target: str, kind: str | None) -> tuple[int, int]:
    """(names of the source the target lacks, names in the source)."""
    if kind is None:
        return 0, 0
    names = source_names(source, kind)
    if not names:
        return 0, 0
    folded = folded_words(target)
    if "'" in target or "’" in target:
        folded = folded | {part for w in folded if "'" in w or "’" in w for part in re.split("['’]", w)}
    missing = [n for n in names if not _name_in(n, folded)]
    if missing:
        missing = [n for n in missing if not _spelled_elsewhere(n, target) and not _localised(n, target)]
    return len(missing), len(names)


@functools.cache
def _country_name_words() -> dict[str, frozenset[str]]:
    """The :func:`fold` key of each word (three letters or more) of the countries' English names, variants and
    adjectives (references/countries.tsv) → the ISO codes of the countries it names."""
    found: dict[str, set[str]] = {}
    for c in gazetteer().countries.values():
        for name in (c.en, *c.en_variants, *c.en_adjectives):
            for word in _NAME_WORD.findall(name):
                if len(word) >= 3:
                    found.setdefault(fold_word(word), set()).add(c.iso)
    return {key: frozenset(isos) for key, isos in found.items()}


def _localised(name: str, target: str) -> bool:
    """The target writes the name (a :func:`fold` key) the Vietnamese way: the country it names, in its
    Vietnamese name (countries.tsv: 'Czechia' → 'Séc', 'Austrians' → 'người Áo'), or a Vietnamese name written in
    the source without its spaces and diacritics, two to four syllables of the target run together ('hanoi' →
    'Hà Nội')."""
    words = _country_name_words()
    isos = words.get(name) or (words.get(name[:-1]) if name.endswith("s") else None)  # 'Austrians' → 'Austrian'
    if isos and any(m.iso in isos for m in find_mentions(target)):
        return True
    syllables = [fold_word(w) for w in letter_words(target)]
    for size in (2, 3, 4):
        for i in range(len(syllables) - size + 1):
            if "".join(syllables[i : i + size]) == name:
                return True
    return False


def _spelled_elsewhere(name: str, target: str) -> bool:
    """A target word spells the name as French, Spanish, Portuguese, Italian or German text does (Marrakesh →
    Marrakech, Tangier → Tanger): one or two letters apart, and a word of one of those languages."""
    limit = 2 if len(name) >= 5 else 1
    for word in letter_words(target):
        if (
            word[0].isupper()
            and fold_word(word)[:1] == name[:1]
            and edit_distance(fold_word(word), name, limit) <= limit
            and spelled_so_elsewhere(word, name)
        ):
            return True
    return False


def _name_in(name: str, folded: AbstractSet[str]) -> bool:
    """The name (each part of a hyphenated one), or for a demonym the place it is derived from (Namibian →
    Namibia, Peruvian → Peru: a word with its first four letters), among the folded target words."""
    if name in folded or ("-" in name and all(p in folded for p in name.split("-"))):
        return True
    if len(name) >= 6 and name.endswith(_DEMONYM_ENDINGS):
        return any(w.startswith(name[:4]) for w in folded)
    return False


_CJK_RUN = re.compile("[\u3400-\u9fff\uf900-\ufaff]+")


def source_words(source: str, han_count: int | None = None) -> tuple[frozenset[str], str]:
    """The source's words, casefolded, and its Chinese characters run together: where a copied token is
    (``han_count``: the source's :func:`cjk_count` when known)."""
    han = "".join(_CJK_RUN.findall(source)) if (cjk_count(source) if han_count is None else han_count) else ""
    return frozenset(map(str.casefold, letter_words(source))), han


def is_copied(token: str, words: frozenset[str], han: str) -> bool:
    """A target token the source has too (Chinese characters: anywhere in the source's)."""
    return token.casefold() in words or (bool(han) and _CJK_RUN.match(token) is not None and token in han)


def untranslated(token: str, in_run: bool = False) -> bool:
    """A copied target token that Vietnamese text does not use: Chinese characters, an English function word,
    a lowercase common English word of three letters or more that Vietnamese does not borrow, or, ``in_run``
    (next to another copied lowercase word), any lowercase word: a stretch left in English. (Only tokens that
    are no Vietnamese syllable are asked.)"""
    if _CJK_RUN.match(token):
        return True
    low = token.lower()
    if low in function_words():
        return True
    if not token[0].islower():
        return False
    return in_run or (len(token) >= 3 and is_english(low) and not is_loan(low))


# ---------------------------------------------------------------- parity, sentences, loops

_EN_NEGATION = frozenset("not never nobody nothing neither nor cannot none".split())
# Chinese negations as words (a single 不 or 未 is also inside 不断 'continuously', 不少 'many', 未来 'future')
_ZH_NEGATION = re.compile(
    "没有|沒有|并不|並不|并未|並未|不会|不會|不能|不是|不再|不得|未能|尚未|从未|從未|无法|無法|禁止|不要"
)
_VI_NEGATION = frozenset("không chưa chẳng chả đừng chớ hề thiếu bất vô phi khỏi ngoài trừ cấm".split())


_EN_CONTRACTED_NOT = re.compile(r"[A-Za-z]n['’]t\b")  # don't, can't, won't, isn't (letter tokens split them)


def _negated(text: str, kind: str | None) -> bool:
    if kind == "han":
        return _ZH_NEGATION.search(text) is not None
    if ("'" in text or "’" in text) and _EN_CONTRACTED_NOT.search(text):
        return True
    return not _EN_NEGATION.isdisjoint(map(str.lower, letter_words(text)))


def parity_signal(source: str, target: str, kind: str | None) -> int:
    """Questions, exclamations and negations of the source the target does not carry."""
    n = 0
    if ("?" in source or "？" in source) and "?" not in target and "？" not in target:
        n += 1
    if ("!" in source or "！" in source) and "!" not in target and "！" not in target:
        n += 1
    if _negated(source, kind) and _VI_NEGATION.isdisjoint(map(str.lower, letter_words(target))):
        n += 1
    return n


# a sentence ends after a word of three letters or more ending in two lowercase letters or digits (not after 'Dr.',
# 'U.S.', 'St.', 'vs.') before a capital
# (written from the full stop, so that the regex engine skips to one)
_LATIN_END = re.compile(r"[.!?](?<=\w[a-zà-ỹđ0-9][a-zà-ỹđ0-9%)][.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-ZÀ-ỸĐ])")
_HAN_END = re.compile(r"[。！？](?=.)")
_MAYBE_END = re.compile(r"[.!?。！？](?:(?<=[.!?])[\"”’)]*\s|(?<=[。！？]).)")  # [.!?]["”’)]*\s|[。！？].


def sentence_count(text: str) -> int:
    return 1 + len(_LATIN_END.findall(text)) + len(_HAN_END.findall(text))


def sentence_signal(source: str, target: str) -> int:
    """Sentences of the source more than the target has."""
    if not _MAYBE_END.search(source):  # one sentence
        return 0
    return max(0, sentence_count(source) - sentence_count(target))


_RUNS = {n: b"\x01" * n for n in (2, 3, 4)}


def loop_words(words: list[str]) -> int:
    """Words inside back-to-back repeats: an n-gram of 2 to 4 words twice or more, one word three times or more.

    An n-gram repeats at ``i`` when ``words[j] == words[j + n]`` for ``n`` positions in a row from ``i`` (one
    word: for two in a row), so each ``n`` is one comparison pass.
    """
    # every loop repeats a pair of words ('a b a b', 'a a a'): no pair twice, no loop (the common case)
    if len(set(words)) == len(words) or len(set(itertools.pairwise(words))) == len(words) - 1:
        return 0
    covered: set[int] = set()
    for n in (1, 2, 3, 4):
        need = 2 if n == 1 else n  # equal positions in a row that make a loop
        equal = bytes(map(operator.eq, words, words[n:]))  # 1 where words[j] == words[j + n]
        if equal.find(_RUNS[need]) < 0:  # no run long enough (the common case), at C speed
            continue
        run = 0
        for i, same in enumerate(equal):
            if same:
                run += 1
                if run >= need:
                    covered.update(range(i - run + 1, i + n + 1))
            else:
                run = 0
    return len(covered)


def repeat_signal(source: str, tokens: tuple[str, ...], han_count: int | None = None) -> int:
    """Target words (its letter tokens ``tokens``) in loops, when the source has no loop of its own
    (``han_count``: the source's :func:`cjk_count` when known)."""
    loops = loop_words(list(tokens))
    if not loops:
        return 0
    if (cjk_count(source) if han_count is None else han_count) == 0 and loop_words(list(letter_words(source))):
        return 0
    return loops


# ---------------------------------------------------------------- all of them


def source_signals(source: str, target: str, tokens: tuple[str, ...]) -> SourceSignals:
    """The source-aware signals of a target (its letter tokens ``tokens``) against ``source``."""
    han_count, kind = source_kind(source)
    s = SourceSignals(source=source, han_count=han_count)
    s.length, s.length_excess = length_signal(source, target, kind)
    s.numbers, s.source_numbers = number_signal(source, target)
    codes, lost = lost_tokens(source, target)
    s.codes, s.source_codes = len(lost), len(codes)
    s.names, s.source_names = name_signal(source, target, kind)
    s.parity = parity_signal(source, target, kind)
    s.sentences = sentence_signal(source, target)
    s.repeats = repeat_signal(source, tokens, han_count)
    if codes:
        s.code_words = frozenset(w.casefold() for c in codes for w in letter_words(c))
    return s
