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
                heard = syllables_of(source)
            for part in _stretches(stretch, functools.partial(_readable, heard=heard)):
                out.extend(n for n in _names_in(part, runs, target) if not _foreign_word(target[n.start : n.end]))
    return out


_COMMON_ZIPF = 3.0  # an English word of this frequency or more ('nina', 'yuri'); pinyin given names are far rarer


# One capitalised word of plain Latin letters: a transliterated foreign name is written joined ('Baoweier' 鲍威尔)
_WORD_CAPITALISED = re.compile(r"[A-Z][a-z]{5,}")  # a whole word only (:func:`_whole`): no lookaround, quicker
_JOINED_SYLLABLES = (3, 6)  # Chinese personal names in pinyin are two words; a joined word of 3+ is a transcription
# Characters Chinese chooses for the sounds of foreign names (斯 s, 尔 r/l, 德 d …; 密 of 史密斯 Smith,
# 施密特 Schmidt, 密特朗 Mitterrand: misses40): a transcription has two or more;
# a place's name ends in a character of its kind (村 village, 山 mountain …) and is C106's
SOUND_CHARS = frozenset(
    "斯尔克德特威拉纳里亚尼比勒伊奥夫多格巴萨塔马奇穆普索托耶默茨罗洛卡莱诺贝兰埃米基布登汉森蒂西雷迪韦沃丹杰琼密"
)
_PLACE_CHARS = frozenset("村市省县区镇州山河湖岛港路街园桥城乡江峰湾")


def source_transliterations(source: str, target: str) -> list[SourcePinyin]:
    """The target's single words that spell, syllable for syllable, the pinyin of three to six source characters
    ('Baoweier' for 鲍威尔, 'Guersibi' for 古尔斯比): a foreign name the source transcribes, left in pinyin. No English
    word (a common one may parse as pinyin by chance) and no word whose characters the target also gives in
    Hán-Việt."""
    from audit.lang.english import en_zipf

    out: list[SourcePinyin] = []
    words = [m for m in _WORD_CAPITALISED.finditer(target) if _whole(target, m.start(), m.end())]
    if not words or len(SOUND_CHARS.intersection(source)) < 2:
        return out
    runs: list[str] | None = None
    for m in words:
        word = m.group().lower()
        splits = [
            s for s in segmentations(word) if _JOINED_SYLLABLES[0] <= len(s) <= _JOINED_SYLLABLES[1] and _unlatin(s)
        ]
        if not splits or en_zipf(word) >= _COMMON_ZIPF:
            continue
        if runs is None:
            runs = _HAN.findall(source)
        chars = next((c for s in splits[:8] if (c := _reading_run(list(s), runs))), None)
        if chars and len(SOUND_CHARS.intersection(chars)) >= 2 and chars[-1] not in _PLACE_CHARS:
            start, before = _dotted_part_before(source, target, m.start(), chars)
            end, after = _dotted_part_after(source, target, m.end(), chars)
            chars = before[: len(before) - len(chars)] + after
            out.append(SourcePinyin(start, end, chars, _hanviet(chars)))
    return out


_DOTS = "·•・"
_WORD_BEFORE = re.compile(r"([A-Z][a-z]{1,15}) $")
_WORD_AFTER = re.compile(r" ([A-Z][a-z]{1,15})(?![\w'-])")


def _dotted_part_before(source: str, target: str, start: int, chars: str) -> tuple[int, str]:
    """The name's part before the found one, when the source joins the two by a '·' and the target's word
    before spells its pinyin ('Abeibei Bijila' for 阿贝贝·比基拉): the span and the characters (without the dot)
    take it in."""
    at = source.find(chars)
    word = _WORD_BEFORE.search(target, max(0, start - 17), start)
    if at < 2 or source[at - 1] not in _DOTS or word is None:
        return start, chars
    for split in segmentations(word[1].lower()):
        part = source[at - 1 - len(split) : at - 1]
        if len(part) == len(split) and _HAN.fullmatch(part) and _reading_run(list(split), [part]):
            return word.start(1), part + chars
    return start, chars


def _dotted_part_after(source: str, target: str, end: int, chars: str) -> tuple[int, str]:
    """The name's part after the found one, as :func:`_dotted_part_before` ('Jipuqiaoge Ailude' 基普乔格·埃鲁德)."""
    at = source.find(chars) + len(chars)
    word = _WORD_AFTER.match(target, end)
    if at < len(chars) or source[at : at + 1] not in tuple(_DOTS) or word is None:
        return end, chars
    for split in segmentations(word[1].lower()):
        part = source[at + 1 : at + 1 + len(split)]
        if len(part) == len(split) and _HAN.fullmatch(part) and _reading_run(list(split), [part]):
            return word.end(1), chars + part
    return end, chars


# What a name's own Latin spelling seldom has and pinyin of a transcription has: 尔 'er' for r/l, 斯 'si' for s, 施/史
# 'shi' for a 'sch' or 's' before a consonant ('Shimite' 施密特 Schmidt, 'Shimisi' 史密斯 Smith; misses40), an initial
# only pinyin reads so, a vowel pair of Chinese finals. A name of open syllables spelt the same in Latin letters and in
# the pinyin of its transcription ('Kundalini' 昆达里尼, 'Tamasese' 塔马塞塞) is the name, copied.
_UNLATIN = re.compile(r"^(?:er|si|shi)$|^(?:x|q|zh|z|c[^h]|j)|ao|ei|ou|uo|ie|iu|ui|ia")


def _unlatin(syllables: tuple[str, ...]) -> bool:
    return any(_UNLATIN.search(s) for s in syllables)


def _whole(text: str, start: int, end: int) -> bool:
    """No letter, digit, apostrophe or hyphen touches the span on either side."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return not any(c and (c.isalnum() or c in "_'-") for c in (before, after))


def _reading_run(syllables: list[str], runs: list[str]) -> str | None:
    """The run of source characters whose readings are ``syllables``, one for one, or None."""
    pinyin = load().pinyin
    n = len(syllables)
    for run in runs:
        for i in range(len(run) - n + 1):
            chars = run[i : i + n]
            if all(s in pinyin.get(ch, ()) for s, ch in zip(syllables, chars, strict=True)):
                return chars
    return None


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


def syllables_of(source: str) -> frozenset[str]:
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
