"""A105: a translation far shorter than its source (a sentence or a clause left out)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.lang.langid import source_kind
from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit, SourceRule
from audit.rules.registry import register

# Target length / source length below which a translation from English has left something out: human
# translations of NTREX-128 and FLORES-200 into Vietnamese have a median of 1.06; 0.5 is below all but 2 of
# their 3,009 segments (scripts/eval_source_checks.py). A longer source varies less: from 100 characters the
# human ratio is never under 0.61 (1,951 segments), from 150 never under 0.69 (924), so the cutoff rises with the
# source's length, which flags 76% of the clauses dropped from those translations instead of 64% (--damage)
_MIN_RATIO = 0.5
_MIN_RATIOS = ((150, 0.6), (100, 0.55), (0, _MIN_RATIO))  # (source characters at least, cutoff), longest first
_MEDIAN = 1.06
_MIN_SOURCE = 40
# From Chinese the length a translation should have is 3.2 characters per Chinese character and 1 per other
# letter or digit (a Latin name, a number, copied as they are); the human translations of the same sets have a
# median of 1.15 times it, where it is 60 characters or more, two under 0.6 and none under 0.55; 0.55 of it (under
# half the median, as 0.5 from English) flags a clause dropped in 63% of them (eval_source_checks.py --damage)
# (from 100 characters expected, none is under 0.63 of it: 0.6 there)
_ZH_PER_HAN = 3.2
_ZH_MIN_RATIO = 0.55
_ZH_MIN_RATIOS = ((100, 0.6), (0, _ZH_MIN_RATIO))
_ZH_MIN_EXPECTED = 60
_ALNUM = re.compile(r"[^\W_]")
# a menu's or a guide's entry opening on a Vietnamese name glossed in English after a dash ('Phở bò – Hanoi beef
# noodle soup with rare and well-done brisket – 145'): the translation keeps the name and need not render its gloss
_DASH = re.compile(r"\s[–—-]\s")
_VI_LETTER = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
_NAME_WORDS = 6
_GLOSS_WORDS = 12  # a gloss is a phrase ('Hanoi beef noodle soup with rare and well-done brisket'), not a sentence
_SENTENCE_MARK = re.compile(r"[.;:!?]")


def glossed_length(source: str, target: str) -> int:
    """The source's length less the English gloss of the Vietnamese name it opens with, when the target copies the
    name: a first dash-separated part of a few words with Vietnamese letters found whole in the target, and the
    part after it, a phrase with none."""
    if not _DASH.search(source):
        return len(source)
    name, gloss, *_ = _DASH.split(source)
    name = name.strip()
    if (
        len(name.split()) <= _NAME_WORDS
        and _VI_LETTER.search(name) is not None
        and _VI_LETTER.search(gloss) is None
        and len(gloss.split()) <= _GLOSS_WORDS
        and _SENTENCE_MARK.search(gloss) is None
        and name.casefold() in target.casefold()
    ):
        return len(source) - len(gloss) - 3
    return len(source)


def expected_from_chinese(source: str, han: int) -> float:
    """The length in characters a Vietnamese translation of a Chinese ``source`` with ``han`` Chinese
    characters has about: 3.2 a Chinese character, 1 a letter or digit of another script."""
    return _ZH_PER_HAN * han + len(_ALNUM.findall(source)) - han


def _cutoff(table: tuple[tuple[int, float], ...], length: float) -> float:
    """The ratio under which a translation of a source ``length`` long is short: the first row it reaches."""
    return next(ratio for least, ratio in table if length >= least)


@register
class ShortTranslation(SourceRule):
    code = "A105"
    name = "short-translation"
    category = "accuracy/omission"
    severity = Severity.MAJOR
    summary = "A translation far shorter than its source: a sentence or a clause was left out"
    why = (
        "MT drops the second sentence of a segment or a whole clause, and the output still reads well. "
        "A Vietnamese translation is about as long as its English source (median 1.06 times); from Chinese "
        "it has about 3.2 characters per Chinese character and one per letter or digit of a name or number "
        "the source copies. One under half the English length, or under 0.55 times the length expected from "
        "the Chinese, has almost always lost something (2 of 3,009 human translations of NTREX-128 and "
        "FLORES-200 from English are that short, none of the same from Chinese). A long sentence varies less, so "
        "the cutoff rises with it: 0.55 of an English source of 100 characters or more, 0.6 from 150, and 0.6 of "
        "the length expected from Chinese from 100 (no human translation of those sets is that short)."
    )
    fires = (
        "The disease is carried by pigs, which then migrates to humans through mosquitos. => "
        "[[Sau đó, loài người di cư qua muỗi.]]",
        "岘港市今年前十个月接待国际游客逾两百万人次，同比增长百分之三十。 => [[Đà Nẵng đón nhiều khách quốc tế.]]",
        "The port authority in Quy Nhon said on Friday that container traffic rose by a fifth in the first half, "
        "and that a second berth for larger ships would open before the end of next year. => [[Cảng vụ Quy Nhơn "
        "cho biết hôm thứ Sáu rằng lượng container qua cảng trong nửa đầu năm đã tăng một phần năm.]]",
    )
    quiet = (
        "The disease is carried by pigs and passes to humans through mosquitoes. => "
        "Bệnh do lợn mang mầm và lây sang người qua muỗi.",
        "Thank you! => Cảm ơn!",
        "岘港市今年前十个月接待国际游客逾两百万人次，同比增长百分之三十。 => Trong mười tháng đầu năm, Đà Nẵng đón "
        "hơn hai triệu lượt khách quốc tế, tăng 30% so với cùng kỳ.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        source = seg.source or ""
        if len(source) < _ZH_MIN_EXPECTED / _ZH_PER_HAN or not seg.text.strip():
            return
        han, script = source_kind(source)
        if script == "latin" and (length := glossed_length(source, seg.text)) >= _MIN_SOURCE:
            ratio, least = len(seg.text) / length, _cutoff(_MIN_RATIOS, length)
            if ratio < least:
                yield self._hit(seg, f"{ratio:.2f} characters per character of its source", "English", _MEDIAN, least)
        elif script == "han" and (expected := expected_from_chinese(source, han)) >= _ZH_MIN_EXPECTED:
            ratio, least = len(seg.text) / expected, _cutoff(_ZH_MIN_RATIOS, expected)
            if ratio < least:
                got = f"{len(seg.text)} characters where about {expected:.0f} are expected ({ratio:.2f} times)"
                yield self._hit(seg, got, "Chinese", 1.15, least)

    def _hit(self, seg: Segment, got: str, language: str, median: float, least: float) -> Hit:
        """The finding: the translation has ``got``; human translations from ``language`` have ``median`` and
        hardly less than ``least``."""
        return self.hit(
            seg,
            0,
            len(seg.text),
            f"the translation has {got}; human translations from {language} have {median} and hardly ever fewer "
            f"than {least}: "
            "part of the source is probably missing",
            confidence=0.6,
        )
