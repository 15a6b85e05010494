"""Latin spellings of one foreign name: the same name in plain letters, and the differences that are another
romanisation rather than a misspelling. Shared by the source rule A103 and the office-holder rule N103."""

from __future__ import annotations

from audit.lang.hanviet import fold

# letters English text writes another way ('Støre' → 'store', 'Solskjær' → 'solskjaer', 'Łukasz' → 'lukasz')
_PLAIN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ð": "d", "ł": "l", "ı": "i"})
_VOWELS = frozenset("aeiou")


def plain_latin(text: str) -> str:
    """``text`` lowercased without diacritics and with its special letters as English text writes them
    ('Jonas Gahr Støre' → 'jonas gahr store'): the same name in either spelling."""
    key = fold(text)
    return key if key.isascii() else key.translate(_PLAIN_LETTERS)


def romanised_alike(a: str, b: str) -> bool:
    """``a`` and ``b`` differ only as romanisations of one name part do: i, y and j for one another, a letter
    doubled or not ('Sergei' / 'Sergey', 'Mohamad' / 'Mohammad', 'Zelenskiy' / 'Zelensky')."""

    def canon(word: str) -> str:
        letters = plain_latin(word).replace("y", "i").replace("j", "i")
        return "".join(ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1])

    return canon(a) == canon(b)


def transliteration_key(letters: str) -> str:
    """What transliterations of one surname (from Russian, Belarusian, Kazakh …) keep in common, stricter than
    :func:`romanised_alike` because a head of state's misspelt surname is what it must still catch: y read as
    i, a doubled vowel once (a doubled consonant is a slip: 'Macronn'), an i beside another vowel dropped
    (Aliyev/Aliev, Tokayev/Tokaev, Zelenskyy/Zelenskiy/Zelensky), and a final a or o dropped
    (Lukashenko/Lukashenka; a dropped final e is a slip: 'Albanes')."""
    out: list[str] = []
    for ch in letters.replace("y", "i"):
        if not out or out[-1] != ch or ch not in _VOWELS:
            out.append(ch)
    kept = [
        ch
        for k, ch in enumerate(out)
        if ch != "i" or not ((k and out[k - 1] in _VOWELS) or (k + 1 < len(out) and out[k + 1] in _VOWELS))
    ]
    if len(kept) > 3 and kept[-1] in "ao":
        kept.pop()
    return "".join(kept)
