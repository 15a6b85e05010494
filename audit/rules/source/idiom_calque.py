"""A113: an English idiom of the source translated word for word ('raining cats and dogs' → 'mưa như chó và mèo')."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from audit.lang.en_idioms import idiom_calques_in
from audit.lang.resources import read_tsv
from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit, SourceRule
from audit.rules.registry import register


class Idiom(NamedTuple):
    idiom: str
    pattern: re.Pattern[str]
    literal: tuple[re.Pattern[str], ...]  # one per word group the literal translation holds
    meaning: str
    scene: re.Pattern[str] | None  # source words that make the idiom's words literal ('at the vet's')
    said: re.Pattern[str] | None  # target words that say the meaning with the picture ('dễ như ăn bánh')


def _word(alternatives: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, alternatives.split('|')))})(?!\w)", re.IGNORECASE)


@functools.cache
def _idioms() -> tuple[tuple[Idiom, ...], re.Pattern[str]]:
    """The idioms of references/en_idioms.tsv, and one pattern that finds any of them (the cheap test first)."""
    rows = list(read_tsv("en_idioms.tsv"))
    idioms = tuple(
        Idiom(
            r["idiom"],
            re.compile(rf"(?<![\w'’])(?:{r['pattern']})(?!\w)"),
            tuple(_word(group) for group in r["literal"].split("+")),
            r["meaning"],
            re.compile(r["scene"]) if r["scene"] else None,
            re.compile(r["said"]) if r["said"] else None,
        )
        for r in rows
    )
    return idioms, re.compile("|".join(f"(?:{r['pattern']})" for r in rows))


def calqued_idioms(source: str, target: str) -> Iterator[tuple[Idiom, int, int]]:
    """Each idiom of an English source whose literal words the target holds, with the span from the first of
    those words to the last."""
    low = source.lower()
    idioms, any_idiom = _idioms()
    if not any_idiom.search(low):  # (the common case)
        return
    for idiom in idioms:
        if not idiom.pattern.search(low):
            continue
        if (idiom.scene is not None and idiom.scene.search(low)) or (
            idiom.said is not None and idiom.said.search(target)
        ):
            continue  # the words used literally, or the meaning said with the picture
        found = [m for rx in idiom.literal if (m := rx.search(target))]
        if len(found) == len(idiom.literal):
            yield idiom, *_widened(idiom.idiom, target, min(m.start() for m in found), max(m.end() for m in found))


def _widened(idiom: str, target: str, start: int, end: int) -> tuple[int, int]:
    """The span of the literal words, widened to the whole calque where the target-side table
    (references/en_idiom_calques.tsv) has a row for the same idiom that overlaps them ('voi' → 'Con voi trong
    phòng')."""
    for s, e, row in idiom_calques_in(target):
        if row.idiom == idiom and s < end and start < e:
            start, end = min(start, s), max(end, e)
    return start, end


@register
class IdiomCalque(SourceRule):
    code = "A113"
    name = "idiom-calque"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "An English idiom of the source translated word for word ('raining cats and dogs' → 'mưa như chó và mèo')"
    why = (
        "MT renders an English idiom by its words, and the Vietnamese keeps a picture that says nothing to its "
        "reader ('jumped the shark' → 'nhảy qua con cá mập' for 'has passed its best') or says something absurd "
        "('mưa như chó và mèo' for a downpour, 'mưa như trút nước'). A source that holds one of the idioms of "
        "references/en_idioms.tsv, in a form that is the idiom and not a literal use ('a piece of cake' only "
        "after a form of 'be'), with a translation that holds the idiom's literal words (chó and mèo; cá mập) is "
        "flagged from the first of those words to the last; a translation that says the meaning is not. Idioms "
        "Vietnamese has taken over as they are ('phá băng' for 'break the ice', 'quả bóng đang ở sân của …' for "
        "'the ball is in their court') are not listed. A source whose words set a literal scene ('let the cat out "
        "of the bag at the vet's', 'hit the nail on the head with a hammer') and a translation that says the "
        "meaning with the picture ('dễ như ăn bánh') are quiet."
    )
    fires = (
        "It rained cats and dogs all night in Huế. => Trời mưa như [[chó và mèo]] suốt đêm ở Huế.",
        "Fans say the show has jumped the shark. => Người hâm mộ cho rằng chương trình đã nhảy qua con [[cá mập]].",
        "The free upgrade was the icing on the cake. => Việc nâng hạng miễn phí là lớp kem trên chiếc [[bánh]].",
        "Tickets for the final cost an arm and a leg. => Vé trận chung kết tốn [[một cánh tay và một cái chân]].",
        "The minister refused to spill the beans. => Bộ trưởng từ chối làm đổ [[đậu]].",
        "The elephant in the room is the debt. => [[Con voi trong phòng]] là khoản nợ.",
    )
    quiet = (
        "It rained cats and dogs all night in Huế. => Trời mưa như trút nước suốt đêm ở Huế.",
        "Fans say the show has jumped the shark. => Người hâm mộ cho rằng chương trình đã hết thời.",
        "The free upgrade was the icing on the cake. => Được nâng hạng miễn phí, chuyến đi càng thêm trọn vẹn.",
        "She ate a piece of cake at the café. => Cô ăn một miếng bánh ở quán cà phê.",
        "The stray cats and dogs were taken to a shelter. => Những con chó mèo hoang được đưa tới trại cứu hộ.",
        "He spilled the beans on the floor. => Anh làm đổ đậu ra sàn.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for idiom, start, end in calqued_idioms(seg.source or "", seg.text):
            yield self.hit(
                seg,
                start,
                end,
                f"the source's idiom '{idiom.idiom}' ({idiom.meaning}) translated word for word: say what it means",
                confidence=0.7,
            )
