"""T201: one country spelled two ways in one document (Belarus / Bêlarút, Italia / Ý)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import pairwise

from audit.lang.countries import Mention, gazetteer
from audit.lang.spelled_out import spelled_forms, spells
from audit.model import Segment, Severity
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, DocumentRule, Hit
from audit.rules.countries.context import topic_of
from audit.rules.registry import register


@register
class InconsistentExonym(DocumentRule):
    code = "T201"
    name = "inconsistent-exonym"
    category = "terminology/inconsistent"
    severity = Severity.MINOR
    summary = "One country spelled two ways in one document (Belarus / Bêlarút, Italia / Ý)"
    why = (
        "Vietnamese has competing spellings of many country names. Each is acceptable, but one text should "
        "keep one. One finding per minority spelling, at its first use, suggesting the document's majority "
        "form. Long and short forms (Vương quốc Anh / Anh, Hoa Kỳ / Mỹ) are not an inconsistency. A country "
        "spelled out in hyphenated Vietnamese syllables that no table lists counts too, when its sounds (ph f, d z, "
        "gi j, x s; a closing stop for a consonant or none, a final liquid dropped), with a syllable for each of "
        "the name's vowel groups (a Latin 'au' said 'ô'), spell one country the document names in Latin letters and no "
        "other: 'Ăng-gô-la' "
        "beside 'Angola', 'Xê-nê-gan' beside 'Senegal', 'Ca-ta' beside 'Qatar' (not 'Rô-ma', Rome, beside "
        "'Romania'). A name glossed by its other spelling in brackets right after it ('An-giê-ri (Algeria)', 'Mali "
        "(Ma-li)') gives the reader both forms on purpose: the bracketed gloss is no use of its own. Nor is a "
        "peninsula's or a pass's fixed name ('bán đảo Triều Tiên' in a story of 'Bắc Hàn', 'đèo Ai Lao' beside "
        "'Lào'), nor two countries named in parallel "
        "('giữa Nam Hàn và Bắc Hàn' in a story of 'Hàn Quốc'); a form that holds another whole ('Bắc Triều Tiên', "
        "'Triều Tiên') is its longer form."
    )
    fires = (
        "Việt Nam và Belarus ký hiệp định\nBelarus cam kết hỗ trợ; sinh viên Việt Nam học tại [[Bêlarút]].\n"
        "Belarus đánh giá cao quan hệ với Việt Nam.",
        "Việt Nam và Angola ký hiệp định.\nAngola cam kết hỗ trợ; nhiều kỹ sư Việt Nam làm việc tại [[Ăng-gô-la]].",
        "Thủ tướng Australia thăm Việt Nam.\nDoanh nghiệp [[Ô-xtrây-li-a]] đầu tư điện gió; Australia là đối tác lớn.",
    )
    quiet = (
        "Việt Nam và Italia ký hiệp định\nThủ tướng Italia tiếp đoàn; Vương quốc Anh và Anh cùng một nước.",
        "Ý kiến của chuyên gia Italia về hợp tác với Việt Nam được đánh giá cao.",
        "Đoàn thăm Nigeria và Niger; Ni-giê-ri-a mua hạt điều, ông Giô-dép Xta-lin và Lê-nin được nhắc tới.",
        "Năm 1967, các bác sĩ Việt Nam sang Ghi-nê (Guinea); Guinea ghi nhớ sự giúp đỡ đó.",
        "Đoàn Bê-la-rút (Belarus) và đoàn Ăng-gô-la (Angola) dự diễn đàn; đoàn Bê-la-rút ký ba văn kiện.",
        "Italia đón du khách; các thành phố ven biển của bán đảo Ý đông khách.\nItalia mở thêm đường bay.",
        "Hàn Quốc và Triều Tiên nối lại đường dây nóng giữa Nam Hàn và Bắc Hàn.\nHàn Quốc hoan nghênh.",
    )

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        topic = topic_of(ctx)
        # each counted mention's (country, form) and (segment index, mention), in document order: the forms are
        # counted and their first mentions found at C level (Counter, dict) after the loop
        keys: list[tuple[str, str]] = []
        where: list[tuple[int, Mention]] = []
        segments = ctx.doc.segments
        for index, mentions in topic.mentions.items():
            if not mentions:
                continue  # (the topic lists every segment, most with no mention)
            text = _segment(segments, index).text
            # a gloss and a parallel pair each take two mentions
            skipped = _glossed(text, mentions) | _parallel(text, mentions) if len(mentions) > 1 else _NONE
            peninsula = "án đảo " in text or "èo " in text  # (what _PENINSULA needs: most segments have none)
            for m in mentions:
                if m.iso and not m.weak and m.kind in ("name", "variant") and m.start not in skipped:
                    if peninsula and _peninsula_before(text, m.start):
                        continue  # 'bán đảo Triều Tiên', 'đèo Ai Lao': a peninsula's or a pass's name, not the country
                    keys.append((m.iso, m.text))
                    where.append((index, m))
        # each country's forms in the order of their first use, countries in the order of theirs, as adding them
        # up one by one gives; the first mention of each form (the later ones written first, the first last)
        forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for (iso, form), n in Counter(keys).items():
            forms[iso][form] = n
        first: dict[tuple[str, str], tuple[int, Mention]] = dict(zip(reversed(keys), reversed(where), strict=True))
        gz = gazetteer()
        for iso, counter in forms.items():
            if len(counter) < 2:
                continue  # (one form: nothing to merge)
            _merge_long_forms(counter)
            if len(counter) < 2:
                continue
            standard = gz.name_of(iso)
            majority = max(counter, key=lambda f: (counter[f], f == standard))
            for form in counter:
                if form != majority:
                    index, m = first[(iso, form)]
                    yield Hit(
                        index,
                        m.start,
                        m.end,
                        f"'{form}' ({counter[form]}x) and '{majority}' "
                        f"({counter[majority]}x) name the same country in this document",
                        suggestion=majority,
                        confidence=0.8,
                    )
        yield from _spelled_out(ctx, forms)


def _peninsula_before(text: str, start: int) -> bool:
    """'bán đảo ' or 'đèo ' right before the mention at ``start`` (:data:`_PENINSULA`)."""
    before = max(0, start - 8)
    return _PENINSULA.search(text, before, start) is not None


def _segment(segments: list[Segment], index: int) -> Segment:
    """The segment numbered ``index``: most often the one at that place in the list."""
    if index < len(segments) and segments[index].index == index:
        return segments[index]
    return next(s for s in segments if s.index == index)


# 'bán đảo' right before a name: the peninsula is named so whatever the text calls the country ('bán đảo Triều Tiên'
# in a story of 'Bắc Hàn', 'bán đảo Ý' in one of 'Italia'); so is a mountain pass ('đèo Ai Lao' in Quảng Trị, on the
# road to Lào; review32)
_PENINSULA = re.compile(r"(?<!\w)(?:[Bb]án đảo|[Đđ]èo) $")
# a compass word and the rest of a name: 'Bắc Triều Tiên' and 'Nam Triều Tiên' named side by side
_COMPASS_NAME = re.compile(r"(Bắc|Nam) (\w.*)")
_OPPOSITE = {"Bắc": "Nam", "Nam": "Bắc"}
_COMPASS_HEADS = frozenset(f"{word} " for word in _OPPOSITE)
_PAIR_JOIN = re.compile(r"\s*(?:và|với|,|[-–—/])\s*")
_NONE: frozenset[int] = frozenset()


def _merge_long_forms(counter: Counter[str]) -> None:
    """A form that holds another form of the same country as whole words ('Bắc Triều Tiên' beside 'Triều Tiên') is
    its longer form, as 'Hoa Kỳ' and 'Mỹ' are, not a competing spelling: its uses count for the shorter form."""
    for long in sorted(counter, key=len, reverse=True):
        short = next((f for f in counter if f != long and re.search(rf"(?<!\w){re.escape(f)}(?!\w)", long)), None)
        if short is not None:
            counter[short] += counter.pop(long)


def _parallel(text: str, mentions: list[Mention]) -> set[int]:
    """Starts of two mentions of two countries named in parallel, a compass word before the same rest and joined by
    'và', 'với' or a dash ('giữa Bắc Triều Tiên và Nam Triều Tiên', 'Nam Hàn - Bắc Hàn'): the writer picks the pair's
    forms for the contrast, not as the document's spelling of either."""
    out: set[int] = set()
    for a, b in pairwise(mentions):
        if a.text[:4] not in _COMPASS_HEADS or b.text[:4] not in _COMPASS_HEADS:
            continue  # (what _COMPASS_NAME needs first)
        ma, mb = _COMPASS_NAME.fullmatch(a.text), _COMPASS_NAME.fullmatch(b.text)
        if (
            ma is not None
            and mb is not None
            and a.iso != b.iso
            and mb.group(1) == _OPPOSITE[ma.group(1)]
            and ma.group(2) == mb.group(2)
            and _PAIR_JOIN.fullmatch(text, a.end, b.start) is not None
        ):
            out |= {a.start, b.start}
    return out


def _glossed(text: str, mentions: list[Mention]) -> set[int]:
    """Starts of the mentions that gloss the one before them: a country's other spelling in brackets right after its
    name ('An-giê-ri (Algeria)', 'Belarus (Bêlarút)'). The gloss gives the reader both forms on purpose and is no use
    of its own; the name it glosses counts."""
    if " (" not in text:
        return set()
    return {
        b.start
        for a, b in pairwise(mentions)
        if a.iso and a.iso == b.iso and text[a.end : b.start] == " (" and text[b.end : b.end + 1] == ")"
    }


def _latin_names(iso: str) -> tuple[str, ...]:
    """The country's names in Latin letters, English and Vietnamese ('Tanzania', 'Fiji'; not 'Ai Cập')."""
    c = gazetteer().countries[iso]
    return tuple(n for n in (c.vi, c.en, *c.en_variants) if n and n.isascii())


def _spelled_out(ctx: DocContext, forms: dict[str, Counter[str]]) -> Iterator[Hit]:
    """A country the document names spelled out in hyphenated Vietnamese syllables that no table lists ('Tan-da-ni-a'
    beside 'Tanzania', 'Phi-gi' beside 'Fiji': audit.lang.spelled_out), once per form, when it spells one country
    the document names and no other."""
    if not forms:
        return
    topic = topic_of(ctx)
    lines = content_lines(ctx)  # one scan of the article's text (a match never spans a line)
    seen: set[str] = set()
    for found in spelled_forms(lines.text):
        form = found.group()
        if form in seen:
            continue
        k = lines.segment_at(found.start())
        seg, offset = lines.segments[k], lines.starts[k]
        start, end = found.start() - offset, found.end() - offset
        mentions = topic.mentions.get(seg.index, [])
        if any(m.start < end and start < m.end for m in mentions):
            continue
        isos = [iso for iso in forms if any(spells(form, latin) for latin in _latin_names(iso))]
        if len(isos) != 1 or _glosses(seg.text, start, end, [m for m in mentions if m.iso == isos[0]]):
            continue
        seen.add(form)
        counter = forms[isos[0]]
        majority = max(counter, key=lambda f: counter[f])
        yield Hit(
            seg.index,
            start,
            end,
            f"'{form}' spells out '{majority}', which this document writes so",
            suggestion=majority,
            confidence=0.7,
        )


def _glosses(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """The spelled-out form at ``start``-``end`` and one of the country's ``mentions`` gloss one another in
    brackets ('Ma-li (Mali)', 'Mali (Ma-li)')."""
    return any(
        (text[end : m.start] == " (" and text[m.end : m.end + 1] == ")")
        or (text[m.end : start] == " (" and text[end : end + 1] == ")")
        for m in mentions
    )
