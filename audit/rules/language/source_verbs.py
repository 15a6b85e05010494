"""L101's English verb kept in a translation from English: 'Ông Modi cũng đã visit một ngôi chùa' for 'Modi also
visited a pagoda'. Vietnamese writes some English verbs as loans ('visit', 'check', 'share': wordfreq finds them in
Vietnamese text), so the word alone says nothing; in a verb's slot (after a tense word: 'đã', 'sẽ', 'đang', 'vừa',
'từng', before a Vietnamese word) and where the English source holds the same verb, the engine left it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.lang.english import en_zipf, is_loan, vi_zipf
from audit.lang.syllable import is_valid_syllable

# a tense or aspect word, then a lowercase ASCII word, then a space and a word (not a compound: 'đã check-in')
_VERB_SLOT = re.compile(r"(?<!\w)(?:đã|sẽ|đang|vừa|từng)\s+(?P<w>[a-z]{3,})(?= [^\W\d_])")
# a loan this much more frequent in English than in Vietnamese text (Zipf) is still English in a verb's slot
# ('visit' 1.9, 'meet' 1.9, 'sign' 1.9); the loans Vietnamese writes as its own verbs are closer ('ship' 1.3, 'update'
# 1.2, 'post' 1.2, 'review' 1.1, 'chat' 1.0, 'scan' 0.8) and stay quiet
_ENGLISH_LEAD = 1.75


# the irregular past forms of verbs a source may hold ('met' for 'meet')
_IRREGULAR = {
    "meet": "met", "hold": "held", "win": "won", "lead": "led", "sell": "sold", "buy": "bought", "build": "built",
    "send": "sent", "leave": "left", "keep": "kept", "begin": "began|begun", "run": "ran", "take": "took|taken",
    "make": "made", "give": "gave|given", "see": "saw|seen", "choose": "chose|chosen", "speak": "spoke|spoken",
    "bring": "brought", "fly": "flew|flown", "drive": "drove|driven", "come": "came", "feel": "felt", "find": "found",
}  # fmt: skip


def _verb_forms(word: str) -> re.Pattern[str]:
    """The word and its inflections in an English text ('visit', 'visits', 'visited', 'visiting', 'met')."""
    stem = word[:-1] if word.endswith("e") else word
    doubled = word + word[-1]
    forms = [word, f"{word}s", f"{word}es", f"{stem}ed", f"{word}d", f"{stem}ing", f"{doubled}ed", f"{doubled}ing"]
    forms += _IRREGULAR.get(word, "").split("|") if word in _IRREGULAR else []
    return re.compile(rf"\b(?:{'|'.join(forms)})\b")


# the Vietnamese verb for the commonest of them (the fix; others are left open)
VI_VERB = {
    "visit": "thăm", "meet": "gặp", "sign": "ký", "support": "hỗ trợ", "share": "chia sẻ", "help": "giúp",
    "vote": "bỏ phiếu", "check": "kiểm tra", "follow": "theo dõi", "start": "bắt đầu", "like": "thích",
}  # fmt: skip


def kept_source_verbs(source: str, text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each English loan verb in a verb's slot of ``text`` that ``source`` holds as a verb."""
    if not source.isascii():
        return
    low = source.lower()
    for m in _VERB_SLOT.finditer(text):
        word = m["w"]
        if is_valid_syllable(word) or not is_loan(word) or en_zipf(word) - vi_zipf(word) < _ENGLISH_LEAD:
            continue
        if _verb_forms(word).search(low):
            yield m.start("w"), m.end("w"), word
