"""What the L rules share: the characters inside brackets and quotes (quoted Vietnamese speech aside), the
test of a Latin word that is no Vietnamese, of an English word that is no loan beside another, and runs of
Chinese characters.
"""

from __future__ import annotations

import functools
import re

from audit.lang.english import en_zipf, is_loan, vi_zipf
from audit.lang.langid import vietnamese_share
from audit.lang.syllable import is_valid_syllable
from audit.lang.tokens import Token
from audit.lang.verbatim import verbatim_spans

# backticks: code; braces: a placeholder of a software string ('{person}')
_OPEN = {"(": ")", "[": "]", "{": "}", "“": "”", "«": "»", '"': '"', "‘": "’", "`": "`"}


# A word met in Vietnamese text (a loan by wordfreq) but this many Zipf points more frequent in English
# ('supply', 'chain') is English when it stands beside another such word: 'supply chain' is a phrase
# left untranslated, 'video clip' (both about as frequent in Vietnamese as in English) stays a loan pair.
_PAIR_MARGIN = 1.5


@functools.lru_cache(maxsize=1 << 14)
def _english_in_pair(word: str) -> bool:
    """A word that is English rather than a loan when paired with another one (see _PAIR_MARGIN); cached per
    word, as every document asks it of its English words."""
    low = word.lower()
    return not is_loan(low) or en_zipf(low) - vi_zipf(low) >= _PAIR_MARGIN


# what every link or e-mail address holds (audit.lang.verbatim): its words are no English of the sentence
_LINK_MARKS = ("://", "www.", "@")

# a command-line option ('rsync --delete', 'apt --purge'): code, not an English word of the sentence
_OPTION = re.compile(r"(?<![\w-])--[A-Za-z][\w-]*")


# the characters that open or close a bracket or a quote: no other character changes what is open
_BRACKET_OR_QUOTE = re.compile("[" + re.escape("".join(sorted(set(_OPEN) | set(_OPEN.values())))) + "]")


def _quoted_mask(text: str) -> list[bool]:
    """Which characters lie inside brackets, quotes or backticks (glosses, titles, quotations, code), in a
    command-line option ('--delete'), or in a link or an e-mail address.

    The brackets and quotes are found by one scan and the characters between two of them take what is open
    (a list repeated), not a Python step a character (tests/unit/test_quoted_mask.py: the plain walk)."""
    mask: list[bool] = []
    stack: list[str] = []
    done = 0  # the characters before this one are in the mask
    for m in _BRACKET_OR_QUOTE.finditer(text):
        i = m.start()
        mask += [bool(stack)] * (i - done)
        ch = text[i]
        if stack and ch == stack[-1]:
            stack.pop()
            mask.append(True)
        else:
            if ch in _OPEN and not (ch == _OPEN[ch] and ch in stack):  # no '"' or '`' opens inside another
                stack.append(_OPEN[ch])
            mask.append(bool(stack))
        done = i + 1
    mask += [bool(stack)] * (len(text) - done)
    if "--" in text:
        for m in _OPTION.finditer(text):
            mask[m.start() : m.end()] = [True] * (m.end() - m.start())
    if any(mark in text for mark in _LINK_MARKS):
        for start, end in verbatim_spans(text):  # a link's or an address's words: 'https://x.example/travel-terms'
            mask[start:end] = [True] * (end - start)
    return mask


_QUOTATION = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
_MIN_QUOTED_WORDS = 6
_QUOTED_VI_SHARE = 0.2  # as for a whole sentence: below it, not Vietnamese


def _speech_unmasked(text: str, mask: list[bool]) -> list[bool]:
    """The mask with a quotation in Vietnamese open again (six words or more, as Vietnamese as a sentence
    must be: quoted speech), but its own brackets and inner quotes: English left in quoted speech is as
    untranslated as anywhere ('“Chúng tôi tin rằng the best is yet to come cho ngành”'); an English title or
    phrase in quotes stays masked."""
    if '"' not in text and "“" not in text:
        return mask
    out = mask
    for m in _QUOTATION.finditer(text):
        inner, start = (m[1], m.start(1)) if m[1] is not None else (m[2], m.start(2))
        if len(inner.split()) >= _MIN_QUOTED_WORDS and vietnamese_share(inner) >= _QUOTED_VI_SHARE:
            out = out[:start] + _quoted_mask(inner) + out[start + len(inner) :]
    return out


def _latin_foreign(tok: Token) -> bool:
    """A Latin-script token that is not Vietnamese: no Vietnamese letters and no valid syllable."""
    return tok.is_ascii and not is_valid_syllable(tok.text)


# a run of Chinese characters (CJK ideographs: extension A, the unified and the compatibility block, plane 2)
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
