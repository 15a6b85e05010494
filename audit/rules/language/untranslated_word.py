"""L101: English words left in a Vietnamese sentence.

The word check is cheap and token-level (Vietnamese syllable model + English word frequencies).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from audit.lang.english import (
    en_zipf,
    function_words,
    is_english,
    is_english_form,
    is_loan,
    listed_loans,
    lowercase_words,
    vi_zipf,
)
from audit.lang.langid import vietnamese_share
from audit.lang.quotes import quote_carried
from audit.lang.resources import read_tsv
from audit.lang.syllable import is_valid_syllable
from audit.lang.tokens import Token, tokens
from audit.model import Segment, Severity
from audit.rules._prefilter import content_text, non_syllables, segments_containing, segments_matching, word_set
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.language.english_compounds import _compounds_in_phrases, _english_compounds, _joined, _with_hyphened
from audit.rules.language.english_dates import ENGLISH_DATED, MONTH_WORDS, english_dates
from audit.rules.language.english_honorifics import MARKS, DocumentSurnames, english_honorifics
from audit.rules.language.english_titles import _ACRONYM_AFTER, _english_titles
from audit.rules.language.shared import (
    _PAIR_MARGIN,
    _QUOTED_VI_SHARE,
    _english_in_pair,
    _latin_foreign,
    _quoted_mask,
    _speech_unmasked,
)
from audit.rules.language.source_verbs import VI_VERB, kept_source_verbs
from audit.rules.language.wrong_language_segment import _VI_SHARE, WrongLanguageSegment
from audit.rules.registry import register


def _carried_vi_share(part: str) -> float:
    """The Vietnamese share of a carried quotation's words, capitalised words (names) left out: a Vietnamese place
    or person named with its marks in an English quote ('When Đắk Lắk sneezes, Lampung catches a cold,"' — clean69)
    says nothing of the quote's language, the lowercase words do ('tôi', 'làm', 'được'); the whole share when every
    word is capitalised."""
    lower = lowercase_words(part)
    return vietnamese_share(" ".join(lower)) if lower else vietnamese_share(part)


@functools.cache
def _terms() -> dict[str, str]:
    """English news terms → the Vietnamese term the press writes (references/en_vi_terms.tsv; misses44)."""
    return {r["english"].lower(): r["vietnamese"] for r in read_tsv("en_vi_terms.tsv")}


def _term_fix(span: str) -> str | None:
    """The Vietnamese term for an English phrase of exactly a glossary term's words ('social housing'), or None."""
    return _terms().get(" ".join(span.lower().split()))


_ASCII_LOWER = re.compile(r"(?<![^\W_])[a-z]+(?![^\W_])")  # a lowercase word in ASCII letters only
_MIN_RUN = 3  # English words in a row that make an untranslated phrase
# Inflected English (signed, quickly, Belarussian-like adjectives): Vietnamese borrows nouns (virus,
# caffeine, rotor, hamster), almost never past forms, adverbs or adjectives.
_INFLECTED = re.compile(r"(?:[^e]ed|ly|ness|ful|ous|ive|ian|ese|ient|ent|ant|able|ible|tion|sion)$")
# English words this frequent (Zipf) are grammar: 'to', 'in', 'on'
_PARTICLE_ZIPF = 6.5
# Below the word list's threshold, an English word this frequent (Zipf) beside an English word is English too
_RARE_ZIPF = 2.0


# Derivational endings of abstract nouns English forms freely ('multilateralism', 'salinity', 'cryptocurrency',
# 'insolvency': -cy, leftovers75), and the inflected
# forms of its -ise/-ize verbs ('naturalised', 'digitized': no Vietnamese syllable ends in -ed); such a
# word rarer than EN_MIN_ZIPF is still English when English text writes it and Vietnamese text never does
_DERIVED = re.compile(r"(?:ism|ity|ness|cy|ation|ment|ship|i[sz]ed)$")
_DERIVED_MIN_ZIPF = 2.0
_DERIVED_MIN_LEN = 8
# An uninflected English word this frequent (Zipf) and no loan is untranslated on its own ('forecast', 'budget');
# rarer ones are more often names of things Vietnamese keeps (species, chemicals, brands)
_PLAIN_MIN_ZIPF = 3.5
_VOWEL = re.compile("[aeiouy]")  # unit symbols and abbreviations have none: km, kg, mph


@functools.lru_cache(maxsize=1 << 14)
def _rare_derived(low: str) -> bool:
    """An abstract English noun or -ise/-ize verb form too rare for is_english ('multilateralism', 'naturalised'): a
    derivational ending, eight letters or more, attested in English text and absent from Vietnamese text."""
    return (
        len(low) >= _DERIVED_MIN_LEN
        and _DERIVED.search(low) is not None
        and low.isascii()
        and en_zipf(low) >= _DERIVED_MIN_ZIPF
        and vi_zipf(low) == 0
    )


@functools.lru_cache(maxsize=1 << 14)
def _plain_english(word: str) -> bool:
    """A lowercase common English word with no inflection of its own ('forecast', 'growth', 'demand'), no loan
    (not frequent in Vietnamese text by wordfreq, not in vi_loans.txt) and no unit symbol; cached per word."""
    return word.islower() and en_zipf(word) >= _PLAIN_MIN_ZIPF and _VOWEL.search(word) is not None and not is_loan(word)


_PLURAL = re.compile(r"[^aiousy']s$")  # 'bribes', 'volunteers'; not 'bus', 'gas', 'news', 'always'


def _plain_plural(word: str) -> bool:
    """The regular plural of a plain English noun ('bribes' of 'bribe', 'volunteers'): no Vietnamese syllable ends
    in 's', so the plural of a word English writes this often is English however rare the plural itself."""
    return len(word) >= 5 and _PLURAL.search(word) is not None and not is_loan(word) and _plain_english(word[:-1])


def _bridge(text: str, toks: Sequence[Token], k: int) -> bool:
    """``toks[k]`` is a lowercase English word, single-spaced between two foreign English words, not both loans;
    one of the two may be an English function word spelled like a Vietnamese syllable ('against the run of
    play': 'run' between 'the' and 'of'). A Vietnamese word far more frequent in Vietnamese than in English
    ('cho' in 'packaging and testing cho chip') ends the phrase."""
    t, before, after = toks[k], toks[k - 1], toks[k + 1]
    return (
        t.is_ascii
        and not t.is_capitalized
        and is_english(t.text)
        and not _vietnamese_first(t)
        and text[before.end : t.start] == " "
        and text[t.end : after.start] == " "
        and any(_latin_foreign(n) for n in (before, after))
        and all(_latin_foreign(n) or n.lower in _syllable_function_words() for n in (before, after))
        and not (is_loan(before.text) and is_loan(after.text))
    )


def _vietnamese_first(t: Token) -> bool:
    """``t`` is a Vietnamese syllable far more frequent in Vietnamese text than in English ('cho', 'con')."""
    return vi_zipf(t.lower) - en_zipf(t.lower) >= _PAIR_MARGIN and is_valid_syllable(t.text)


def _bridge_in_grammar(text: str, toks: Sequence[Token], english: list[bool], k: int) -> bool:
    """``toks[k]``, an English word spelled like a Vietnamese syllable ('to'), between two English words, loans or
    not, after an English phrase of two words or more with a function word in it: the phrase goes on ('the
    best is yet to come', 'the worst is yet to come'); 'to' between two loans alone ('show to video') is no phrase."""
    t, after = toks[k], toks[k + 1]
    if not (t.is_ascii and not t.is_capitalized and is_english(t.text) and _latin_foreign(after)):
        return False
    if _vietnamese_first(t):
        return False  # 'packaging and testing cho chip': 'cho' is Vietnamese
    if text[t.end : after.start] != " ":
        return False
    i = k
    while i > 0 and english[i - 1] and text[toks[i - 1].end : toks[i].start] == " ":
        i -= 1
    left = toks[i:k]
    return len(left) >= 2 and any(w.lower in function_words() for w in left)


def _particle_before(text: str, toks: Sequence[Token], k: int, mask: list[bool]) -> int:
    """Where an untranslated phrase starting at ``toks[k]`` starts: at the word before it when that is an
    English particle spelled like a Vietnamese syllable ('to', 'in', 'on': far more frequent in English), which
    the phrase takes along even beside a name ('NATO to defend the country')."""
    start = toks[k].start
    if k == 0:
        return start
    t = toks[k - 1]
    if (
        t.is_ascii
        and not t.is_capitalized
        and not mask[t.start]
        and text[t.end : start] == " "
        and is_valid_syllable(t.text)
        and en_zipf(t.lower) >= _PARTICLE_ZIPF
        and en_zipf(t.lower) - vi_zipf(t.lower) >= _PAIR_MARGIN
    ):
        return t.start
    return start


def _rare_beside(text: str, toks: Sequence[Token], english: list[bool], k: int) -> bool:
    """``toks[k]`` is a lowercase English word too rare for the word list (Zipf 2 to 3), never met in
    Vietnamese text, one space from an English word that is no loan either, or before an English article that
    heads English words ('reinstall the driver')."""
    t = toks[k]
    if not (
        t.is_ascii
        and not t.is_capitalized
        and not is_valid_syllable(t.text)
        and en_zipf(t.lower) >= _RARE_ZIPF
        and vi_zipf(t.lower) == 0
    ):
        return False  # the word itself first: most words of a Vietnamese sentence are syllables
    beside = [
        n
        for j, n in ((k - 1, toks[k - 1] if k else None), (k + 1, toks[k + 1] if k + 1 < len(toks) else None))
        if n is not None and english[j] and text[min(n.end, t.end) : max(n.start, t.start)] == " "
    ]
    return any(_latin_foreign(n) and not is_loan(n.text) and n.lower not in function_words() for n in beside) or (
        k + 2 < len(toks)
        and toks[k + 1] in beside
        and toks[k + 1].lower in _ARTICLES
        and _heads_phrase(toks[k + 1 : k + 3])
        and english[k + 2]
        and text[toks[k + 1].end : toks[k + 2].start] == " "
    )


# English adjective endings ('digital', 'international', 'economic', 'innovative', 'famous', 'monetary') and a
# participle used as one ('advanced', 'automated'; not 'seed', 'feed'): an adjective before a noun is English word
# order (Vietnamese puts it after: 'kinh tế số' for 'digital economy', 'đóng gói tiên tiến' for 'advanced packaging')
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ary|\w\w[^e]ed)$")
_ADJECTIVE_MARGIN = 0.75  # Zipf points the adjective is more frequent in English than in Vietnamese text


def _english_order_pair(run: Sequence[Token]) -> bool:
    """Two loans in English order: an English adjective more frequent in English than in Vietnamese, then a noun
    far more frequent in English or no loan ('digital economy', 'international education', 'advanced packaging');
    a loan pair such as 'video clip' or 'talk show' has no adjective first, 'smart city' no noun far more frequent
    in English."""
    adjective, noun = run
    return (
        _latin_foreign(adjective)
        and _ADJECTIVE.search(adjective.lower) is not None
        and en_zipf(adjective.lower) - vi_zipf(adjective.lower) >= _ADJECTIVE_MARGIN
        and _pair_foreign(noun)
    )


def _pair_foreign(tok: Token) -> bool:
    """A Latin-script token that counts as English in a two-word run (no function word: those are foreign)."""
    return _latin_foreign(tok) and tok.lower not in function_words() and _english_in_pair(tok.text)


# Two loans that are together this many Zipf points more frequent in English, neither by less than
# _PAIR_MARGIN_EACH, are an English phrase too: 'water security' (1.71 + 1.46), 'food security'; loan pairs
# stay below: 'video clip' (0.19 + 0.31), 'talk show' (1.82 + 1.15), 'flat white' (1.62 + 1.2)
_PAIR_MARGIN_SUM = 3.0
_PAIR_MARGIN_EACH = 1.4


def _loan_pair_english(run: Sequence[Token]) -> bool:
    """Two loans or more (words met in Vietnamese text: 'feature phone' pairs a loan with a word that is none),
    no function word, whose English lead over Vietnamese adds up to _PAIR_MARGIN_SUM ('level playing field')."""
    if not all(_latin_foreign(t) and t.lower not in function_words() and is_loan(t.lower) for t in run):
        return False
    leads = [en_zipf(t.lower) - vi_zipf(t.lower) for t in run]
    return min(leads) >= _PAIR_MARGIN_EACH and sum(leads) >= _PAIR_MARGIN_SUM


def _glossary_pair(run: Sequence[Token]) -> bool:
    """Two lowercase English words, loans or not, that are exactly a news term of references/en_vi_terms.tsv ('credit
    package', 'industrial park'): the press writes such a term in Vietnamese ('gói tín dụng', 'khu công nghiệp'), so
    the pair is the English term left, though each word is a loan of Vietnamese text ('credit', 'park') and the two
    together lead English by too little for _loan_pair_english ('talk show' leads by more and stays a loan; no
    glossary lists it)."""
    return (
        all(_latin_foreign(t) and t.text.islower() for t in run)
        and _term_fix(" ".join(t.text for t in run)) is not None
    )


def _loan_then_english_head(run: Sequence[Token]) -> bool:
    """A loan, then an English noun that is none as the pair's head: 'tour operator' (misses50). The head noun of an
    English compound is its last word; left in English after a loan it is untranslated English, as it is alone
    ('Nhiều operator …'). Not a word that is none before a loan head ('feature phone': the press keeps that term), nor a
    head in -ing ('internet banking', 'mobile banking') or a loan's plural ('big caps'): the press keeps those."""
    first, head = run
    return (
        _latin_foreign(first)
        and is_loan(first.text)
        and first.lower not in function_words()
        and head.text.islower()
        and not head.lower.endswith("ing")  # 'internet banking', 'mobile banking', 'laptop gaming': terms kept
        and not (head.lower.endswith("s") and is_loan(head.lower[:-1]))  # a loan's plural: 'big caps', 'blue chips'
        and _plain_english(head.text)
        and head.lower not in function_words()
    )


def _name_like(tok: Token) -> bool:
    return tok.is_ascii and (tok.is_capitalized or tok.is_acronym)


_SENTENCE_END = frozenset(".!?:;\n")


def _english_opener(text: str, toks: Sequence[Token], j: int) -> bool:
    """``toks[j]`` opens the sentence, capitalised only for that, and is an English word rather than a loan or a
    Vietnamese syllable: 'Please' in 'Please restart the application …', not a name ('Apple', 'Grab': a loan
    or no common English word) nor an acronym."""
    t = toks[j]
    if not (t.is_ascii and t.is_capitalized and t.text[1:].islower()):
        return False
    before = text[: t.start].rstrip()
    return (
        (not before or before[-1] in _SENTENCE_END)
        and not is_valid_syllable(t.lower)
        and t.lower not in function_words()
        and _english_candidate(t.lower)
    )


def _vietnamese_opener(text: str, t: Token) -> bool:
    """``t`` opens the sentence, capitalised only for that, and is a Vietnamese word far more frequent in Vietnamese
    text than in English ('Trong' in 'Trong the second half, …', 'Sau'): no name the English article after it
    belongs to (only an article: a loan after it, 'Khu depot Xuân Đỉnh', stays as it was read)."""
    before = text[: t.start].rstrip()
    low = t.lower
    return (
        t.is_capitalized
        and (not before or before[-1] in _SENTENCE_END)
        and is_valid_syllable(low)
        and vi_zipf(low) - en_zipf(low) >= _PAIR_MARGIN
    )


def _loan_opener(text: str, toks: Sequence[Token], j: int) -> bool:
    """``toks[j]`` opens the sentence, capitalised only for that, and is a loan far more frequent in English
    ('Free', 'Social') before two lowercase English words: the first word of an English phrase ('Free cash flow
    rose'), not a name the words after it belong to. A loan used by Vietnamese text about as much ('Apple',
    'Golden') or before Vietnamese words stays a possible name."""
    t = toks[j]
    if j + 2 >= len(toks) or not (t.is_ascii and t.is_capitalized and t.text[1:].islower()):
        return False
    before = text[: t.start].rstrip()
    if (before and before[-1] not in _SENTENCE_END) or is_valid_syllable(t.lower) or not is_loan(t.lower):
        return False
    if en_zipf(t.lower) - vi_zipf(t.lower) < _PAIR_MARGIN_EACH or not is_english_form(t.lower):
        return False
    return all(
        text[toks[i - 1].end : toks[i].start] == " "
        and toks[i].is_ascii
        and toks[i].text.islower()
        and not is_valid_syllable(toks[i].text)
        and is_english_form(toks[i].text)
        for i in (j + 1, j + 2)
    )


# English words after a number that are no unit symbol: Vietnamese writes '%' or 'phần trăm', 'triệu', 'tỷ', 'nghìn'
_EN_NUMBER_WORDS = frozenset("percent million millions billion billions trillion trillions thousand thousands".split())
# what Vietnamese writes for each (a replacement of the word alone: '58 percent' → '58 phần trăm')
_VI_NUMBER_WORD = {
    "percent": "phần trăm", "million": "triệu", "billion": "tỷ", "trillion": "nghìn tỷ", "thousand": "nghìn",
}  # fmt: skip
_HONORIFIC_WORDS = frozenset(m.lower() for m in MARKS)
_CURRENCY = re.compile(r"[A-Z]{3}")
_AFTER_NUMBER = re.compile(r"\d \Z")  # a number one space before a word (searched up to the word)


def _isolated(text: str, toks: Sequence[Token], k: int) -> bool:
    """Not next to a name, a title word or a number (which make it part of a name or a unit); an English word
    opening the sentence ('Please restart …') is no name."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(toks):
            sep = text[toks[j].end : toks[k].start] if j < k else text[toks[k].end : toks[j].start]
            if (
                len(sep.strip(" -:&'’")) == 0
                and _name_like(toks[j])
                and not toks[j].has_vi_letters
                and not (j < k and (_english_opener(text, toks, j) or _loan_opener(text, toks, j)))
                and not (j < k and toks[k].lower in _ARTICLES and _vietnamese_opener(text, toks[j]))
                # a currency code after a number word is no name it belongs to ('1.5 billion USD')
                and not (j > k and toks[k].lower in _EN_NUMBER_WORDS and _CURRENCY.fullmatch(toks[j].text))
                # an English plural after an acronym is what the acronym qualifies, in English order ('IV fluids',
                # 'EV batteries'; adversary112): Vietnamese writes 'dịch truyền IV', 'pin EV'
                and not (j < k and toks[j].is_acronym and _plain_plural(toks[k].text) and not is_loan(toks[k].text))
            ):
                return False
    left = text[max(0, toks[k].start - 2) : toks[k].start]
    right = text[toks[k].end : toks[k].end + 2]
    around = left + right
    # not before a hyphen or beside a dot inside a token ('e-mail', 'example.com', 'x.org'); the full stop of a
    # sentence is no part
    dotted = (right[:1] == "." and right[1:2].isalnum()) or (left[1:] == "." and left[:1].isalnum())
    # a number before it makes it a unit ('5 km', '3 kWh'), one joined after it a code ('x2'); a number a space
    # after it is what an English word says of the number ('at least 3', 'up to 5'), no part of it
    numbered = any(ch.isdigit() for ch in left) or right[:1].isdigit()
    if numbered and toks[k].text.lower() in _EN_NUMBER_WORDS and not right[:1].isdigit():
        numbered = False  # '12.5 percent', '2.3 million': English words for what Vietnamese writes '%', 'triệu'
    if numbered and not right[:1].isdigit() and _plain_plural(toks[k].text):
        numbered = False  # '300 volunteers': what is counted, a plural noun, no unit ('5 km', '3 kWh')
    return not numbered and not any(ch in "/@_" for ch in around) and right[:1] != "-" and not dotted


def _after_function_word(text: str, toks: Sequence[Token], k: int) -> bool:
    """``toks[k]`` follows an English function word one space before it ('Peppa the pig'): part of an English
    name or title the phrase checks left alone, not a word on its own; a single word beside a loan ('feature
    phone') is a loan compound and never reaches this test."""
    return k > 0 and toks[k - 1].lower in function_words() and text[toks[k - 1].end : toks[k].start] == " "


def _verb_before_name(text: str, toks: Sequence[Token], k: int) -> bool:
    """An inflected English word (no loan) one space after a Vietnamese word and before a name ('Sinner đã
    defeated Alexander Zverev'): a verb of the Vietnamese sentence, not a word of the name ('de Gaulle')."""
    if k == 0 or k + 1 >= len(toks):
        return False
    t, before = toks[k], toks[k - 1]
    return (
        before.has_vi_letters
        and text[before.end : t.start] == " "
        and _name_like(toks[k + 1])
        and _INFLECTED.search(t.lower) is not None
        and not is_loan(t.text)
    )


_LOWER_ASCII_RUN = re.compile(r"[a-z]+")
# candidate words from which their runs are searched, not the text: finding the runs costs about 35 ns a character
# of text, as much as some 60 to 90 `in` scans of it (0.4 to 0.6 ns a character each)
_RUNS_FROM = 64


def _foreign_lowercase(ctx: DocContext) -> frozenset[str]:
    """English words of the article text that could be flagged: no Vietnamese syllable, no loan (but for
    one far more frequent in English, which a two-word run may flag), and written in lowercase somewhere
    (names and acronyms drop out: their lowercased form is not in the text), and a glossary term of two loans as it
    is written ('credit package'). Other loans alone never make a finding, so a document without these is skipped."""
    text = ctx.memo("content-text", content_text)
    # ASCII words spelled as a Vietnamese syllable drop out as a set difference (the vocabulary is
    # lowercase, and an ASCII word is its own NFC form: is_valid_syllable looks it up as it is)
    latin = set(filter(str.isalpha, filter(str.isascii, non_syllables(ctx))))
    candidates = list(filter(_english_candidate, latin))
    where = text
    if len(candidates) > _RUNS_FROM:
        # a lowercase ASCII word stands in the text just where it stands in a run of lowercase ASCII letters: searched
        # in the distinct runs, joined, instead of the whole text once a word (a long document holds each run often)
        where = "\n".join(set(_LOWER_ASCII_RUN.findall(text)))
    found = {w for w in candidates if w in where}
    # an English function word spelled like a Vietnamese syllable ('the', 'a') may head an English phrase of
    # loans ('the digital economy'): looked for between spaces, as a word
    words = word_set(ctx)
    found.update(f" {w} " for w in words & _syllable_function_words() if f" {w} " in text)
    # a glossary term of loans alone ('credit package', 'industrial park'): a set test first, the text only for a term
    # whose every word the article holds (most hold none)
    found.update(term for term, parts in _glossary_words() if parts <= words and term in text)
    return frozenset(found)


@functools.cache
def _glossary_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """The two-word terms of references/en_vi_terms.tsv with their words, for :func:`_glossary_pair`."""
    return tuple((term, frozenset(term.split())) for term in _terms() if len(term.split()) == 2)


@functools.cache  # as is_english_form, which it asks of the same words
def _english_candidate(word: str) -> bool:
    """A lowercase word :func:`_foreign_lowercase` keeps when written in lowercase: an English function word
    or an English word that is English rather than a loan beside another (cached per word: the test of
    each word of a document's vocabulary is then one C-level lookup)."""
    return len(word) > 1 and (
        word in function_words() or (is_english_form(word) and _english_in_pair(word)) or _rare_derived(word.lower())
    )


@functools.cache
def _syllable_function_words() -> frozenset[str]:
    """English function words spelled like a Vietnamese syllable and far more frequent in English ('the',
    'a', 'them'; not 'an' and 'than', common Vietnamese syllables: 'an ninh', 'than đá'); ASCII letters only."""
    return frozenset(
        w
        for w in function_words()
        if w.isascii() and w.isalpha() and is_valid_syllable(w) and en_zipf(w) - vi_zipf(w) >= _PAIR_MARGIN
    )


_ARTICLES = frozenset({"the", "a", "an"})


def _article_inside(run: Sequence[Token]) -> bool:
    """An English article inside the run heads the English words after it ('click the button', 'update the
    software'): Vietnamese has no article, so the words before it, loans or not, belong to the phrase too."""
    return any(t.lower in _ARTICLES and _heads_phrase(run[i:]) for i, t in enumerate(run[1:], 1))


def _phrase_start(text: str, toks: Sequence[Token], k: int, mask: list[bool]) -> int:
    """Where an untranslated phrase starting at ``toks[k]`` starts: at an English word opening the sentence right
    before it ('Please restart the application'), else as :func:`_particle_before` says."""
    if k and not mask[toks[k - 1].start] and text[toks[k - 1].end : toks[k].start] == " ":
        if _english_opener(text, toks, k - 1):
            return toks[k - 1].start
    return _particle_before(text, toks, k, mask)


def _heads_phrase(run: Sequence[Token]) -> bool:
    """The run starts with an English function word followed by English words that are no Vietnamese
    syllable: 'the digital economy', 'a smart city' is English grammar even when the words after it are
    loans (Vietnamese puts no article before a noun)."""
    return (
        len(run) >= 2
        and run[0].lower in function_words()
        and all(_latin_foreign(t) or t.lower in function_words() for t in run[1:])
        and _latin_foreign(run[-1])
    )


# after a comma, an honorific, a name and a speech verb ending the sentence: the attribution of the speech before it,
# outside the quotation even where its closing mark is missing ('"Việt Nam là …, Mr. Whitford nói.')
_SPEECH_TAIL = re.compile(
    r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:nói|cho biết|khẳng định|nhấn mạnh|chia sẻ|bày tỏ|giải thích)"
    r"(?:\s+thêm)?\s*[.!…]?\s*$"
)


def _attribution(text: str, start: int, end: int) -> bool:
    """The honorific at ``start``-``end`` heads the attribution that closes the sentence after a comma."""
    return text[:start].rstrip().endswith(",") and _SPEECH_TAIL.match(text, end) is not None


# A sport's English name that Vietnamese text meets as a loan in names ('Football Club', 'Football Manager') but writes
# in its own words as the sport: lowercase after 'trận', 'môn', 'chơi', 'giải' ('một trận football giao hữu', misses28)
_SPORT_LOANS = {"football": "bóng đá", "badminton": "cầu lông"}
_SPORT_SLOT = re.compile(r"(?<!\w)(?:[Tt]rận|[Mm]ôn|[Cc]hơi|[Gg]iải|[Đđ]á) (?P<w>football|badminton)(?!\w)")


@register
class UntranslatedWord(SegmentRule):
    code = "L101"
    name = "untranslated-word"
    category = "accuracy/untranslated"
    severity = Severity.MINOR
    summary = "English words left in a Vietnamese sentence"
    why = (
        "An English word in running Vietnamese text is often one the MT did not translate. Vietnamese news borrows "
        "many English nouns as they are (video, virus, caffeine, hamster, startup, deadline), so a single word is "
        "flagged when it is no such loan (frequent in Vietnamese text by wordfreq, or listed in vi_loans.txt) and "
        "either a common English word ('forecast', 'budget', 'shortage': the engine left it) or inflected or derived "
        "(signed, officially, continuous, sustainable, efficient, inflammation); an abstract noun in -ism, -ity, "
        "-ness, -cy, -ation, -ment or -ship that English writes, however rarely, and Vietnamese text never "
        "('multilateralism', 'salinity', 'cryptocurrency') is English too; names, brands, acronyms, units ('5 GB'; a "
        "number after a word "
        "does not make it one: 'at least 3') and glosses in brackets or quotes are not foreign words, nor the words of "
        "a link or an e-mail address (a quotation in Vietnamese, quoted speech, is searched like its sentence); but an "
        "English plural right after an acronym is the English term in English order, the acronym with it ('IV "
        "fluids', where Vietnamese writes 'dịch truyền IV'). A run "
        "of three or more English words, or an English function word (the, of, with), is major: the phrase was left "
        "untranslated; so is an article before English words, loans or not ('the digital economy': Vietnamese has no "
        "article), with the English words before the article ('click the button': verb, article and noun), and such a "
        "phrase takes along an English particle spelled like a Vietnamese syllable before it ('to defend the country') "
        "and an English word capitalised only because it opens the sentence ('Please restart the application'), a loan "
        "far more frequent in English too before two English words ('Free cash flow', not 'Apple'). Two English words "
        "in a row are a phrase (minor) unless they are loans; a loan far more frequent in English than in Vietnamese "
        "('market', 'share') counts as English in such a pair, and so does a rarer English word beside an English word "
        "that is no loan ('homeroom teacher'); two loans in English order, an English adjective before such a noun "
        "('digital economy', a participle too: 'automated testing'; Vietnamese puts the adjective after), are a phrase "
        "too, 'video clip' and 'talk show' are not; so are two loans both well ahead in English whose leads add up to "
        "three Zipf points ('food security'), and three loans or more so ('level playing field', minor); a phrase that "
        "is exactly a news term of references/en_vi_terms.tsv gets the press's Vietnamese term as its fix ('social "
        "housing': 'nhà ở xã hội'), and such a term of two lowercase words is English even where both are loans "
        "('credit package', 'industrial park': the press writes 'gói tín dụng', 'khu công nghiệp'); an English word "
        "spelled like a Vietnamese syllable ('to') goes on an English phrase with a function word even between loans "
        "('the best is yet to come'). A Latin or Greek plural of an "
        "English word ('memoranda', 'consortia') is English. A phrase takes along a word joined to it by a hyphen "
        "('long-term guidance', not 'term guidance'). A hyphenated English compound ('year-over-year', "
        "'state-of-the-art') is a phrase too, minor even with a function word (tech writing keeps 'plug-and-play' as a "
        "loan); inside a longer English phrase it is one of the phrase's words ('on a case-by-case basis'), and a "
        "comma between two such compounds does not end the phrase ('first-come, first-served'); an inflected word "
        "between a Vietnamese word and a name is a verb, not part of the name ('đã defeated Alexander Zverev'). An "
        "English office title after a Vietnamese word ('Minister of State for Trade', 'Secretary of State': a head "
        "from offices.tsv, then 'of' or 'for' and capitalised English words) is major when a personal name follows "
        "(not part of it) or it names the office in two words or more, minor otherwise ('King of Kings', a film; "
        "'Chairman of the Board'). 'percent', 'million', 'billion', 'thousand' after a number are English words, no "
        "unit, a loan after them too ('3.5 percent', '98 billion euro': 'phần trăm', 'triệu', 'tỷ', 'nghìn' "
        "suggested); an English honorific before a full name ('Dr. Nguyen Van An', 'Mr. Joe Smith'), or before a "
        "surname alone that the text writes in a full name elsewhere ('Daniel Whitford' … 'Mr. Whitford'; not 'Dr. "
        "Martens', a brand, nor a place named after the person: 'thư viện Dr. Martin Luther King Jr.') is English too "
        "('Mr.' → 'ông', 'Mrs.'/'Ms.' → 'bà'; in a quotation too where it heads the attribution closing the sentence "
        "after a comma, '…, Mr. Whitford nói.', the quotation's closing mark dropped); a single English word takes "
        "along a word joined to it by a hyphen ('peer-reviewed', not 'reviewed'); the regular plural of a common "
        "English noun is English however rare the plural ('bribes'; no Vietnamese syllable ends in 's'), and a number "
        "before it counts it, no unit ('300 volunteers'); and an English month and day ('Nov. 20', 'December 3, 2025') "
        "is an English date, suggested as Vietnamese writes it ('20/11'); not 'May 10' (a company's name) nor an "
        "abbreviation without its stop that names people ('Jan 5'); so is an English weekday after a Vietnamese time "
        "word or before a day and month ('tối Saturday, 28/11' → 'thứ Bảy'), not one beside a capitalised word of a "
        "name ('Black Friday', 'Sunday Times'). In a translation from English, a loan far more frequent in English "
        "than in Vietnamese text ('visit', 'meet', 'sign'; not 'ship', 'post', 'update', which Vietnamese writes as "
        "its own verbs) in a verb's slot (after 'đã', 'sẽ', 'đang', 'vừa', 'từng') is the source's verb left "
        "untranslated when the source holds it ('đã visit' for 'visited')."
    )
    fires = (
        "Hiệp định đã được [[officially]] ký kết.",
        "Kim ngạch tăng 3,5 [[percent]]; hạn chót là [[Nov. 20]].",
        "Đoàn sẽ rời Hà Nội vào tối [[Saturday]], 28/11.",
        "Khách phải có mặt trước [[at least]] 20 phút.",
        "Nhiều [[tour operator]] tại Hà Nội giảm giá dịp cuối năm.",
        "Chuỗi cung ứng của khu vực cần [[sustainable]] hơn.",
        "Bộ trưởng nói rằng [[the two sides will]] tăng cường hợp tác.",
        "Đây là kết quả [[of]] nhiều năm nỗ lực.",
        "Hai nước sẽ đàm phán [[the treaty on fisheries]] trong năm tới.",
        "Hồ sơ học bổng được xét [[on a case-by-case basis]].",
        "Hãng này muốn tăng [[market share]] tại Đông Nam Á.",
        "Ngân hàng dành một [[credit package]] cho người mua nhà; tỉnh mở thêm một [[industrial park]] ven biển.",
        "Các nước ven biển hợp tác về thủy sản và [[the ocean economy]].",
        "Hội thảo bàn về [[renewable energy]] trong khu vực.",
        "Xưởng ở Long An chuyển sang [[automated testing]] cho bo mạch.",
        "Biến đổi khí hậu đe dọa [[food security]] của hàng triệu hộ nông dân.",
        "Hai nhóm đã lập [[the consortia of investors]] để xây cảng.",
        "Đội khách thắng [[against the run of play]] ở phút cuối.",
        "Đoàn có [[Secretary of State for Health]] Wes Streeting và các quan chức.",
        "Lợi nhuận của hãng tăng 35% [[quarter-on-quarter]]; tay vợt Đức đã [[defeated]] Daniil Medvedev.",
        "Thuốc có thể gây [[inflammation]] nhẹ; công ty công bố [[long-term guidance]] mới.",
        "Người chơi phải [[tap the screen]] liên tục để nhân vật bay lên.",
        "[[Kindly submit the form]] trước ngày 15/3.",
        "Tăng trưởng quý hai của Chile thấp hơn mức [[forecast]] trước đó; nguồn cung [[shortage]] kéo dài.",
        "Theo [[Prof.]] Maria Lindqvist, bệnh nhân cần tái khám; nghiên cứu [[double-blinded]] kéo dài một năm.",
        "Các nước cần chống [[protectionism]]; nông dân học cách [[coping with salinity]] ở vùng ven biển.",
        "Giới phân tích cảnh báo [[the worst is yet to come]]; các hãng mong một [[fair playing field]].",
        "[[Free cash flow]] của hãng giảm trong quý hai.",
        "Sau [[the match]], huấn luyện viên khen các cầu thủ trẻ.",
        "Đường dây nhận [[bribes]] bị triệt phá; hơn 120 [[cleaners]] dọn bãi biển.",
    )
    quiet = (
        "Người dùng xem video trên smartphone và laptop; chuột hamster; caffeine; lối chơi pressing.",
        "Đăng ký tại https://pool.example/summer-swimming-lessons; gói cước 5 GB; chạy 10 km mỗi sáng.",
        "Khán giả xem video clip ca nhạc; cửa hàng bán feature phone và laptop gaming.",
        "Khách hàng dùng internet banking nhiều hơn; nhóm big caps ngân hàng chịu áp lực.",
        "Nhiều startup chạy deadline; tay đua giành pole; khách dùng voucher mua serum; hãng Forecast Partners.",
        "Giáo dục trí tuệ cảm xúc (emotional intelligence) cho học sinh.",
        'Bộ phim "Sex and the City" được chiếu lại.',
        "Bà Von der Leyen và Harry Potter and the Deathly Hallows: part 2.",
        "Xe chạy 60 km/h trên quãng đường 5 km.",
        "Bạn có thể gửi email cho jo@example.org hoặc gọi tổng đài.",
        "Tờ The Times đưa tin; áo the, than đá và an ninh mạng.",
        "Người hâm mộ xem talk show, reality show và fashion show; cửa hàng bán mobile phone.",
        "Ông là Chủ tịch Hội đồng quản trị (Chairman of the Board) của tập đoàn.",
        'Anh cứu ba break-point; nhà máy theo nguyên tắc "just-in-time"; tổng thống de Gaulle; ki-lô-gam.',
        "Hãy click vào biểu tượng rồi gửi email cho nhóm; lệnh `git push the branch` đẩy mã lên máy chủ.",
        "Kênh phát talk show online mỗi tối; cô ấy mở shop online và livestream bán hàng; anh ấy to lớn.",
        "Apple bán thêm iPhone; Golden Gate đón khách; Happy hour bắt đầu lúc 17 giờ.",
        "Kịch bản dọn dẹp chạy với cờ --delete mỗi tối Chủ nhật; cờ --purge gỡ cả tệp cấu hình.",
        "Anh mua đôi giày Dr. Martens, xem lại phim Mr. Bean và uống trà Dr Thanh mỗi chiều.",
        "Trong The Economist, tác giả viết về kinh tế Việt Nam.",
        "Chương trình Black Friday, 27/11 thu hút đông khách; bài báo đăng vào Sunday Times.",
        "Chuyến xe bus chở 40 khách; bình gas 12 kg; clip đạt 2 triệu views.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        foreign = ctx.memo("foreign-lowercase", lambda _: _foreign_lowercase(ctx))
        dated: dict[int, Segment] = {}
        if not MONTH_WORDS.isdisjoint(word_set(ctx)):  # most articles have no English month nor weekday: spared
            dated = {s.index: s for s in segments_matching(ctx, ENGLISH_DATED)}
        titled: dict[int, Segment] = {}
        if not _HONORIFIC_WORDS.isdisjoint(word_set(ctx)):  # nor an English honorific
            titled = {s.index: s for s in segments_containing(ctx, MARKS)}
        if foreign:
            for seg in segments_containing(ctx, foreign):
                dated.pop(seg.index, None)
                titled.pop(seg.index, None)
                yield from self.check(seg, ctx)
        for index in sorted(dated.keys() | titled.keys()):
            seg = dated.get(index) or titled[index]
            yield from self._english_dates(seg)
            yield from self._english_honorifics(seg, ctx)
        for seg in ctx.doc.segments:
            if seg.source and not seg.boilerplate and " " in seg.text:
                for start, end, word in kept_source_verbs(seg.source, seg.text):
                    told = f"English verb {word!r} of the source left in the translation"
                    yield self.hit(seg, start, end, told, suggestion=VI_VERB.get(word))
        if not word_set(ctx).isdisjoint(_SPORT_LOANS):
            for seg in segments_matching(ctx, _SPORT_SLOT):
                for m in _SPORT_SLOT.finditer(seg.text):
                    word = m["w"]
                    yield self.hit(
                        seg,
                        m.start("w"),
                        m.end("w"),
                        f"English word {word!r} where Vietnamese names the sport '{_SPORT_LOANS[word]}'",
                        suggestion=_SPORT_LOANS[word],
                        severity=Severity.MINOR,
                    )

    def _english_honorifics(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        """An English honorific before a full name in a Vietnamese sentence ('Dr. Nguyen Thi Ha'), not in quotes
        or brackets; before a surname alone that the document writes in a full name ('Mr. Whitford')."""
        text = seg.text
        if vietnamese_share(text) < _VI_SHARE:
            return
        mask = _quoted_mask(text)
        known = ctx.memo(
            "names.surnames", lambda doc: DocumentSurnames([s.text for s in doc.segments if not s.boilerplate])
        )
        for start, end, vi in english_honorifics(text, known):
            if not mask[start] or _attribution(text, start, end):
                span = text[start:end]
                yield self.hit(seg, start, end, f"English honorific {span!r} before a name", suggestion=vi)

    def _english_dates(self, seg: Segment) -> Iterator[Hit]:
        """An English date in a Vietnamese sentence ('từ Nov. 20'), not in quotes or brackets."""
        text = seg.text
        if vietnamese_share(text) < _VI_SHARE:
            return
        mask = _quoted_mask(text)
        for start, end, vi in english_dates(text):
            if not mask[start] and text[:start].count("(") <= text[:start].count(")"):
                span = text[start:end]
                yield self.hit(seg, start, end, f"English date {span!r}; Vietnamese: {vi}", suggestion=vi)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        yield from self._english_dates(seg)
        yield from self._english_honorifics(seg, ctx)
        text = seg.text
        if all(is_valid_syllable(w) for w in _ASCII_LOWER.findall(text)):
            return  # every lowercase word is a Vietnamese syllable: nothing English to find
        toks = tokens(text)
        share = vietnamese_share(text)
        if share < 0.2 or (share < _VI_SHARE and any(WrongLanguageSegment().check(seg, ctx))):
            return  # not a Vietnamese sentence, or one L102 flags whole ('… in the Trà Kiệu room.'): L102's business
        mask = _speech_unmasked(text, _quoted_mask(text))
        carried = quote_carried(seg, ctx.doc.segments)
        if carried and _carried_vi_share(text[:carried]) < _QUOTED_VI_SHARE:
            # the rest of an English quotation opened in an earlier sentence ('"We started small. Now we ship
            # twelve," bà Lan nói'): as quoted as its first sentence; quoted Vietnamese speech is still searched
            mask[:carried] = [True] * carried
        english = [
            t.is_ascii
            and not t.is_capitalized
            and not mask[t.start]
            and (
                t.lower in function_words()
                if is_valid_syllable(t.text)
                else is_english_form(t.text) or _rare_derived(t.lower)
            )
            and (_isolated(text, toks, k) or _verb_before_name(text, toks, k))
            for k, t in enumerate(toks)
        ]
        for k in range(len(toks) - 2):
            # a loan opening the sentence before English words is the first word of their phrase
            if english[k + 1] and english[k + 2] and not mask[toks[k].start] and _loan_opener(text, toks, k):
                english[k] = True
        in_phrases = _compounds_in_phrases(text, toks, english, mask)
        hyphened = {k for r in in_phrases for k in r[:-1]}  # a compound's part before its hyphen
        for r in in_phrases:
            for k in r:
                english[k] = True
        for start, end in _english_compounds(text, mask):
            if any(toks[r[0]].start == start for r in in_phrases):
                continue  # inside a longer English phrase: flagged with it
            # minor even with a function word: tech and business writing keeps such compounds as loans
            # ('plug-and-play', 'work-from-home', 'over-the-air'), which an editor may prefer translated
            english = [e and not start <= t.start < end for e, t in zip(english, toks, strict=True)]
            span = text[start:end]
            yield self.hit(
                seg,
                start,
                end,
                f"untranslated English compound {span!r}",
                severity=Severity.MINOR,
                suggestion=_term_fix(span),
            )
        for k in range(1, len(toks) - 1):
            # an English word that is also a Vietnamese syllable ('on', 'to', 'in') between two English words
            # (not two loans) is part of the phrase: 'the agreement on trade'
            if not english[k] and english[k - 1] and english[k + 1]:
                english[k] = _bridge(text, toks, k) or _bridge_in_grammar(text, toks, english, k)
        for k, t in enumerate(toks):
            # a rarer English word beside an English word no Vietnamese text uses: 'homeroom teacher'
            if not english[k] and _rare_beside(text, toks, english, k) and not mask[t.start]:
                english[k] = _isolated(text, toks, k)
        if " of " in text or " for " in text:
            for start, end, office in _english_titles(text, mask):
                span = text[start:end]
                severity = Severity.MAJOR if office else Severity.MINOR
                yield self.hit(seg, start, end, f"untranslated English title {span!r}", severity=severity)
        k = 0
        while k < len(toks):
            if not english[k]:
                k += 1
                continue
            j = k
            while j + 1 < len(toks) and english[j + 1] and _joined(text, toks, j, hyphened):
                j += 1
            run = toks[k : j + 1]
            if len(run) > 1 and all(len(t.text) == 1 for t in run):
                # single letters in a row are labels, no English words: a reference's back-links ('^ a b "…"'), an
                # enumeration ('phương án a b c')
                k = j + 1
                continue
            # a compound is one word of the phrase ('on a first-come basis': four words)
            words_in_run = len(run) - sum(1 for i in range(k, j) if i in hyphened)
            foreign = [t for t in run if _latin_foreign(t) and (t.lower in function_words() or not is_loan(t.text))]
            # in a run, English function words count even when they spell a Vietnamese syllable ("the", "a")
            english_like = [t for t in run if _latin_foreign(t) or t.lower in function_words()]
            headed = _heads_phrase(run)
            if (
                words_in_run >= _MIN_RUN
                and (foreign or headed or _article_inside(run))
                and len(english_like) - (len(run) - words_in_run) >= _MIN_RUN
            ):
                start, end = _with_hyphened(text, _phrase_start(text, toks, k, mask), run[-1].end)
                span = text[start:end]
                yield self.hit(
                    seg,
                    start,
                    end,
                    f"untranslated English {span!r}",
                    severity=Severity.MAJOR,
                    suggestion=_term_fix(span),
                )
            elif words_in_run >= _MIN_RUN and len(run) == words_in_run and _loan_pair_english(run):
                # three loans or more, each far more frequent in English: an English phrase ('level playing field')
                span = text[run[0].start : run[-1].end]
                yield self.hit(
                    seg,
                    run[0].start,
                    run[-1].end,
                    f"English phrase {span!r} in Vietnamese text",
                    suggestion=_term_fix(span),
                )
            elif words_in_run == 2 and (
                # a compound and a word, not loans, and no term glossed by its acronym ('multi-project wafer (MPW)')
                any(_latin_foreign(t) and not is_loan(t.text) for t in run)
                and not _ACRONYM_AFTER.match(text, run[-1].end)
                if len(run) > 2
                else len(foreign) == 2
                or all(map(_pair_foreign, run))
                or headed
                or _english_order_pair(run)
                or _loan_pair_english(run)
                or _loan_then_english_head(run)
                or _glossary_pair(run)
            ):
                # two English words in a row: a phrase, not a loan; with a function word ("has increased") the
                # grammar of the phrase was left untranslated (not one inside a compound: 'check-in online')
                grammar = any(
                    t.lower in function_words()
                    for i, t in enumerate(run, k)
                    if i not in hyphened and i - 1 not in hyphened
                )
                start, end = _with_hyphened(
                    text, _phrase_start(text, toks, k, mask) if grammar else run[0].start, run[-1].end
                )
                span = text[start:end]
                severity = Severity.MAJOR if grammar else Severity.MINOR
                yield self.hit(
                    seg,
                    start,
                    end,
                    f"English phrase {span!r} in Vietnamese text",
                    severity=severity,
                    suggestion=_term_fix(span),
                )
            else:
                for t in foreign:
                    if t.lower in function_words():
                        yield self.hit(
                            seg, t.start, t.end, f"untranslated English word {t.text!r}", severity=Severity.MAJOR
                        )
                    elif (
                        _INFLECTED.search(t.lower)
                        or _rare_derived(t.lower)
                        or (
                            len(run) == 1
                            and (_plain_english(t.text) or _plain_plural(t.text))
                            and not _after_function_word(text, toks, k)
                        )
                        # a number's English word before a loan, a currency ('98 billion euro'): no loan compound
                        or (t.lower in _EN_NUMBER_WORDS and _AFTER_NUMBER.search(text, 0, t.start) is not None)
                    ) and not is_loan(t.text):
                        vi = _VI_NUMBER_WORD.get(t.lower.removesuffix("s")) if t.lower in _EN_NUMBER_WORDS else None
                        # with a word joined by a hyphen: 'peer-reviewed', not 'reviewed'
                        start, end = _with_hyphened(text, t.start, t.end)
                        if k and toks[k - 1].is_acronym and text[toks[k - 1].end : t.start] == " ":
                            start = toks[k - 1].start  # the term with the acronym it opens with: 'IV fluids'
                        span = text[start:end]
                        if span != t.text and span.lower() in listed_loans():
                            continue  # a hyphenated loan of references/vi_loans.txt: 'fine-tuning'
                        yield self.hit(seg, start, end, f"English word {span!r} in Vietnamese text", suggestion=vi)
            k = j + 1
