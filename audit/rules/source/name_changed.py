"""A103: a Latin-script name of the source comes out misspelt in the target ('Halifax' → 'Halfax')."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from audit.lang.countries import gazetteer
from audit.lang.distance import edit_distance
from audit.lang.english import spelled_so_elsewhere, vi_zipf
from audit.lang.hanviet import fold, folded_words
from audit.lang.langid import letter_words
from audit.lang.people import people
from audit.lang.romanisation import plain_latin, romanised_alike
from audit.lang.syllable import is_valid_syllable
from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit, SourceRule
from audit.rules.registry import register

# A capitalised Latin word of the source (a name): 4 letters or more; Latin-1 and Latin Extended-A letters
# ('Šefčovič', 'Łukasz', 'Érdogan'), so that a Czech, Polish or Turkish name is compared too
_EXTENDED_A = [chr(c) for c in range(0x100, 0x180)]
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED_A if c.isupper())
_LOWER = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED_A if c.islower())
# ('Ramos-Horta': a name of capitalised parts joined by hyphens is one word; misses46)
_LATIN_NAME = re.compile(
    rf"(?<![\w'’-])[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)*(?:-[{_UPPER}][{_LOWER}]+)*(?![\w-])"
)


@functools.cache
def _country_words() -> frozenset[str]:
    """Words of country names in any language the gazetteer knows (exonyms differ legitimately)."""
    gz = gazetteer()
    words = {w for form in gz.forms for w in form.split()}
    for c in gz.countries.values():
        for name in (c.en, *c.en_variants, *c.en_adjectives):
            words.update(name.split())
    return frozenset(fold(w) for w in words)


# Letters without a decomposition that a name's own spelling has and an English text writes otherwise
_SPECIAL_LETTERS = re.compile("[øæœßþðłıØÆŒÞÐŁ]")


def _word_keys(text: str) -> AbstractSet[str]:
    """The :func:`plain_latin` of every word (run of letters) of ``text``."""
    if _SPECIAL_LETTERS.search(text):
        return set(map(plain_latin, letter_words(text)))
    return folded_words(text)


def _word_in(word: str, text: str) -> bool:
    """``word`` (letters only) is a whole run of letters of ``text``, as it is: then its :func:`plain_latin` is
    among ``text``'s :func:`_word_keys` (a cheap test first)."""
    return word in text and word.replace("-", "").isalpha() and _whole_word(word).search(text) is not None


def _in_keys(word: str, keys: AbstractSet[str]) -> bool:
    """Every part of ``word`` (the parts of a hyphenated name: 'KwaZulu-Natal') is among ``keys``."""
    return all(plain_latin(part) in keys for part in word.split("-"))


@functools.lru_cache(maxsize=1 << 14)
def _whole_word(word: str) -> re.Pattern[str]:
    """``word`` between characters that are no letters (cached per word: names recur)."""
    return re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])")


def _foreign_word(word: str) -> bool:
    """A target word that is no Vietnamese syllable and no spelling Vietnamese text uses (a misspelt
    foreign name: 'Halfax'); 'Roma', 'Praha', 'Kyiv' are the Vietnamese spellings of their cities."""
    return not is_valid_syllable(word.lower()) and vi_zipf(word) < 1.0


@register
class NameChanged(SourceRule):
    code = "A103"
    name = "name-changed"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A Latin-script name of the source comes out misspelt in the target ('Halifax' → 'Halfax')"
    why = (
        "Vietnamese keeps foreign names of people, firms and most places in their own spelling, so the "
        "target should hold the source's name letter for letter. Subword MT garbles rare names into a "
        "near miss ('Dalhousie' → 'Dalhousee', 'Trump' → 'Thump'), which no reader can tell from the real "
        "one. Only a near miss is flagged: the same name with different diacritics, a name translated "
        "(an exonym, 'Rome' → 'Roma'), a spelling French, Spanish, Portuguese, Italian or German text uses "
        "('Marrakesh' → 'Marrakech', 'Lisbon' → 'Lisboa') and a derived form ('Bavarian' → 'Bavaria') are not. "
        "Inside a name whose other words are copied ('Jonas Gahr Stor' for 'Jonas Gahr Store') a part is "
        "flagged even when it is a word of some language or a letter short: a person's name has one spelling; "
        "so is a country's name there ('British Colombia' for 'British Columbia'), and a doubled last letter "
        "made single ('Lindeman' for 'Lindemann'). A person's name the target spells as the gazetteer does "
        "(references/people.tsv) where the source's spelling is no known person's is the source's slip put right "
        "('Frederich Merz' → 'Friedrich Merz')."
    )
    fires = (
        "The professor works at Dalhousie University in Halifax. => Giáo sư làm việc tại Đại học "
        "[[Dalhousee]] ở [[Halfax]].",
        "Prime Minister Jonas Gahr Store spoke. => Thủ tướng Jonas Gahr [[Stor]] phát biểu.",
        "Coach Hansi Flick and Adele Adkins. => HLV Hansi [[Flik]] và Adele [[Atkins]].",
        "Smoke reached British Columbia; Ms Aino Zollmann said. => Khói lan tới British [[Colombia]]; bà Aino "
        "[[Zollman]] nói.",
        "Ms Dagmar Šťastná and Mr Paweł Żurek spoke. => Bà Dagmar [[Šťasná]] và ông Paweł [[Żurak]] phát biểu.",
    )
    quiet = (
        "The professor works at Dalhousie University in Halifax. => Giáo sư làm việc tại Đại học Dalhousie ở Halifax.",
        "She visited Rome, Prague and Bavarian villages. => Bà đến thăm Roma, Praha và những ngôi làng ở Bavaria.",
        "The singer Beyonce performed. => Ca sĩ Beyoncé biểu diễn.",
        "Ms Dagmar Šťastná and Mr Paweł Żurek spoke. => Bà Dagmar Stastna và ông Pawel Zurek phát biểu.",
        "The trial opened in Nuremberg. => Phiên tòa mở ở Nürnberg.",
        "President Volodymyr Zelenskyy met Karl Marx scholars. => Tổng thống Volodymyr Zelensky gặp các học giả "
        "về Các Mác.",
        "Chancellor Frederich Merz arrived in Hanoi. => Thủ tướng Friedrich Merz đã đến Hà Nội.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        source = seg.source or ""
        names = {m.group() for m in _LATIN_NAME.finditer(source) if len(m.group()) >= 4}
        if not names:
            return
        lost = [n for n in names if not _word_in(n, seg.text)]  # a name copied as it is: no word keys needed
        if lost:
            target_words = _word_keys(seg.text)
            lost = [n for n in lost if not _in_keys(n, target_words) and fold(n) not in _country_words()]
        if not lost:
            return
        source_words = _word_keys(source)
        done: set[str] = set()
        for m in _LATIN_NAME.finditer(seg.text):
            word = m.group()
            key = plain_latin(word)
            if len(word) < 3 or _in_keys(word, source_words) or key in done:
                continue
            if is_valid_syllable(word.lower()):
                continue  # a Vietnamese word ('Mác' for 'Marx' is the Vietnamese name)
            match = self._near(key, lost)
            if match is None:
                match = _last_letter_lost(key, lost, m, seg.text, source)
                if match is None:
                    continue
            if key in _country_words():  # an exonym, but inside a name copied around it ('British Colombia')
                if not _in_copied_name(m, seg.text, match, source):
                    continue
            elif not self._misspelt(word, match, m, seg.text, source):
                continue
            if _known_person(m, seg.text) and not _known_person_at(match, source):
                continue  # the target spells a known person's name right where the source has a slip ('Kier')
            done.add(key)
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"'{word}' looks like the source's name '{match}' misspelt",
                suggestion=match,
                confidence=0.75,
            )

    @staticmethod
    def _misspelt(word: str, name: str, m: re.Match[str], target: str, source: str) -> bool:
        """``word`` (no Vietnamese syllable), a near miss of the source's ``name``, is that name misspelt:
        inside a name whose other words are copied around it ('Jonas Gahr Stor' for 'Jonas Gahr Store': a
        person's name keeps its spelling, even a part that is a word of some language); or, standing alone, a
        word no Vietnamese text uses and no spelling another language has for the name ('Marrakech' for
        'Marrakesh' is the French name; 'Roma', 'Praha' are Vietnamese)."""
        if len(word) >= 4 and _foreign_word(word) and not spelled_so_elsewhere(word, name):
            return True
        return _in_copied_name(m, target, name, source) and not romanised_alike(word, name)

    @staticmethod
    def _near(key: str, names: list[str]) -> str | None:
        """The lost source name ``key`` is a near miss of: edit distance 1 (2 for names of 7 letters or
        more), same first letter, not a derived form of it (:func:`_derived`)."""
        for name in names:
            other = plain_latin(name)
            if other[0] != key[0] or _derived(key, other):
                continue
            if edit_distance(key, other, 2, transpositions=True) <= (2 if min(len(key), len(other)) >= 7 else 1):
                return name
        return None


# Endings that make a derived word of a name ('Bavaria' → 'Bavarian', 'Berlin' → 'Berliner', 'Israel' →
# 'Israeli'), or its plural or possessive
_DERIVED_ENDINGS = frozenset("n an ian ns ans ians ese ish i is s es ic er ers".split())


_ROMANISED_DOUBLE = frozenset("yi")  # final letters romanisations write once or twice ('-y'/'-yy', '-i'/'-ii')


def _derived(a: str, b: str) -> bool:
    """One of ``a`` and ``b`` (folded) is the other with a derivational ending, or with its last letter
    doubled where romanisations differ so, a final y or i ('Zelensky' / 'Zelenskyy', 'Vasilii'); 'Bart' for 'Barth',
    'Bambo' for 'Bamboo' and 'Lindeman' for 'Lindemann' are a letter lost."""
    short, long = sorted((a, b), key=len)
    if not long.startswith(short):
        return False
    tail = long[len(short) :]
    if tail == short[-1]:  # the last letter doubled or made single: 'Lindemann' / 'Lindeman' is a letter lost
        return short[-1] in _ROMANISED_DOUBLE
    return tail in _DERIVED_ENDINGS


_CAPITALISED_RUN = re.compile(rf"[{_UPPER}][\w'’.-]*(?: [{_UPPER}][\w'’.-]*)*")


def _known_person(m: re.Match[str], text: str) -> bool:
    """The word ``m`` is part of a name of two words or more that the gazetteer knows as a person's, as ``text``
    spells it (references/people.tsv)."""
    known = people()
    for run in _CAPITALISED_RUN.finditer(text, max(0, m.start() - 60), min(len(text), m.end() + 60)):
        if run.start() <= m.start() and m.end() <= run.end():
            words = [w.rstrip(".,") for w in run.group().split()]
            first = len(text[run.start() : m.start()].split())  # the word's index in the run
            return any(
                " ".join(words[i:j]) in known for i in range(first + 1) for j in range(first + 1, len(words) + 1)
            )
    return False


def _known_person_at(name: str, source: str) -> bool:
    """The source's word ``name`` is part of a person's name the gazetteer knows, as the source spells it."""
    m = re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", source)
    return m is not None and _known_person(m, source)


def _neighbours(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The capitalised words right before and right after ``text[start:end]`` (one space apart), folded."""
    before = re.search(r"([^\W\d_]+) $", text[max(0, start - 40) : start])
    after = re.match(r" ([^\W\d_]+)", text[end : end + 40])
    return tuple(  # type: ignore[return-value]
        plain_latin(x.group(1)) if x and x.group(1)[0].isupper() else None for x in (before, after)
    )


def _last_letter_lost(key: str, names: list[str], m: re.Match[str], target: str, source: str) -> str | None:
    """The source's name that ``key`` is with its last letter lost, inside a name copied around it ('Sato Kenj' for
    'Sato Kenji', 'Mark Richardso' for 'Mark Richardson'): a derived form ('Israeli' → 'Israel') stands in no such
    name, and a plural's 's' is no letter of the name ('eight Ryder Cups' → 'Ryder Cup') (misses28)."""
    for name in names:
        other = plain_latin(name)
        if len(other) >= 4 and other[:-1] == key and other[-1] != "s" and _in_copied_name(m, target, name, source):
            return name
    return None


def _in_copied_name(m: re.Match[str], target: str, name: str, source: str) -> bool:
    """The target word ``m`` stands where the source's ``name`` stands in a name of several words: the
    word before it or the word after it is the one before or after ``name`` in the source."""
    around = _neighbours(target, m.start(), m.end())
    if around == (None, None):
        return False
    for s in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", source):
        src = _neighbours(source, s.start(), s.end())
        if any(t is not None and t == w for t, w in zip(around, src, strict=True)):
            return True
    return False
