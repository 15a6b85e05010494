"""Names a translation left in the pinyin of its Chinese source's characters ('项光达' → 'Xiang Guangda').

When a record carries its Chinese source, a name in the target is pinyin for certain when its syllables are the
readings of a run of the source's characters, one for one; and the Hán-Việt of those characters is the name as
Vietnamese writes it ('Hạng Quang Đạt'), which no guess from the pinyin alone can give (项 and 向 are both
'xiang').
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from audit.lang.hanviet import fold, load, syllable_key
from audit.lang.pinyin import segmentations

# Two or more capitalised words of plain Latin letters, where a name left in pinyin is ('Wang Lixin')
_CAPITALISED = re.compile(r"(?<![\w'-])[A-Z][a-z]+(?: [A-Z][a-z]+)+(?![\w'-])")
_WORD = re.compile(r"[A-Za-z]+")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True, slots=True)
class SourcePinyin:
    start: int
    end: int
    chars: str  # the source's characters the name reads
    hanviet: str  # their Hán-Việt, as a Vietnamese name: 'Hạng Quang Đạt'


def source_pinyin_names(source: str, target: str) -> list[SourcePinyin]:
    """The target's names of two to four capitalised words whose syllables read, one for one, a run of the
    source's Chinese characters (a brand of one word, 'Xiaomi' for 小米, is no such name). A longer run of
    capitalised words is tried in its parts, longest first ('Sri Lanka Wang Lixin' holds 'Wang Lixin')."""
    out: list[SourcePinyin] = []
    runs: list[str] = []
    heard: frozenset[str] = frozenset()
    for m in _CAPITALISED.finditer(target):
        words = [(w.start(), w.end(), w.group().lower()) for w in _WORD.finditer(target, m.start(), m.end())]
        for stretch in _stretches(words, _pinyin):  # 'New York' drops out here, before the source is read
            if not runs:
                runs = _HAN.findall(source)
                if not runs:
                    return []
                heard = _syllables_of(source)
            for part in _stretches(stretch, functools.partial(_readable, heard=heard)):
                out.extend(n for n in _names_in(part, runs, target) if not _foreign_word(target[n.start : n.end]))
    return out


_COMMON_ZIPF = 3.0  # an English word of this frequency or more ('nina', 'yuri'); pinyin given names are far rarer


def _foreign_word(name: str) -> bool:
    """A foreign word or name the source transcribes, not a Chinese name in pinyin: its first syllable is no
    Chinese surname and a word of two syllables or more is a common English word ('La Nina' for 拉尼娜, the
    Spanish word as Vietnamese writes it; 'Xiang Guangda' and 'Li Mingzhe' are names)."""
    from audit.lang.english import en_zipf
    from audit.lang.mentions import chinese_surname_pinyin

    words = name.lower().split()
    if any(split[0] in chinese_surname_pinyin() for split in segmentations(words[0])):
        return False
    return any(en_zipf(w) >= _COMMON_ZIPF and any(len(s) >= 2 for s in segmentations(w)) for w in words)


def _pinyin(word: str) -> bool:
    return bool(segmentations(word))


def _readable(word: str, heard: frozenset[str]) -> bool:
    """``word`` splits into syllables that are all readings of the source's characters."""
    return any(all(s in heard for s in split) for split in segmentations(word))


def _syllables_of(source: str) -> frozenset[str]:
    """Every pinyin reading of the source's characters."""
    pinyin = load().pinyin
    return frozenset(p for ch in set(source) for p in pinyin.get(ch, ()))


def _stretches(words: list[tuple[int, int, str]], keep: Callable[[str], bool]) -> Iterator[list[tuple[int, int, str]]]:
    """The stretches of two or more consecutive words that ``keep`` accepts."""
    part: list[tuple[int, int, str]] = []
    for w in [*words, None]:
        if w is not None and keep(w[2]):
            part.append(w)
            continue
        if len(part) >= 2:
            yield part
        part = []


def _names_in(words: list[tuple[int, int, str]], runs: list[str], target: str) -> Iterator[SourcePinyin]:
    """The pinyin names among one run of capitalised words, each the longest from where it starts."""
    i = 0
    while i < len(words) - 1:
        for j in range(min(len(words), i + 4), i + 1, -1):
            chars = _reading([w for _, _, w in words[i:j]], runs)
            if chars:
                start, end, hanviet = words[i][0], words[j - 1][1], _hanviet(chars)
                if fold(hanviet) != fold(target[start:end]):  # 'Long An' (隆安) is its own Hán-Việt
                    yield SourcePinyin(start, end, chars, hanviet)
                i = j - 1
                break
        i += 1


def _reading(words: list[str], runs: list[str]) -> str | None:
    """The run of source characters whose pinyin the words spell, syllable for syllable, or None."""
    hv = load()
    for split in itertools.islice(itertools.product(*(segmentations(w) for w in words)), 16):
        syllables = [s for part in split for s in part]
        n = len(syllables)
        if not 2 <= n <= 4:
            continue
        for run in runs:
            for i in range(len(run) - n + 1):
                chars = run[i : i + n]
                if all(s in hv.pinyin.get(ch, ()) for s, ch in zip(syllables, chars, strict=True)):
                    return chars
    return None


def _hanviet(chars: str) -> str:
    """The characters' main Hán-Việt readings, capitalised as a name ('王立新' → 'Vương Lập Tân', '宁' Ninh, not
    its rarer 'trữ'); '' when one has none."""
    hv = load()
    parts = []
    for ch in chars:
        readings = hv.readings.get(ch, ())
        main = next((r for r in readings if ch in hv.by_primary.get(syllable_key(r), ())), None)
        parts.append(_name_spelling(main, readings) if main else (readings[0] if readings else ""))
    return " ".join(p[:1].upper() + p[1:] for p in parts) if all(parts) else ""


_I_TO_Y = str.maketrans("iíìỉĩị", "yýỳỷỹỵ")


def _name_spelling(reading: str, readings: tuple[str, ...]) -> str:
    """The reading as names spell it: a final 'i' written 'y' where the characters' readings have both forms
    (李 'Lý', not 'Lí'; 理 'Lý'), as the press writes Lý Cường and Mỹ; one with no 'y' form keeps its 'i'."""
    y_form = reading[:-1] + reading[-1:].translate(_I_TO_Y)
    return y_form if y_form != reading and y_form in readings else reading
