"""L103: Chinese characters left in a Vietnamese sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.lang.hanviet import load as load_hanviet
from audit.lang.pinyin import toneless
from audit.lang.quantities import ZH_MYRIAD_NUMBER
from audit.lang.rare_chars import rare_scan
from audit.lang.zh_names import zh_vi_names
from audit.model import Segment, Severity
from audit.rules._prefilter import PrefilteredRule
from audit.rules.base import DocContext, Hit
from audit.rules.language.shared import _CJK_RUN, _quoted_mask, _speech_unmasked
from audit.rules.registry import register


@register
class ChineseCharacters(PrefilteredRule):
    code = "L103"
    name = "chinese-characters"
    category = "accuracy/untranslated"
    severity = Severity.MAJOR
    trigger = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
    scan = rare_scan(re.compile(r"[\u3400-\U0002ffff]"))  # one range holding the trigger's: quicker to test
    summary = "Chinese characters left in a Vietnamese sentence"
    why = (
        "MT through Chinese sometimes copies characters it could not translate. Characters given "
        "as a gloss in brackets or quotes ('Tập Cận Bình (习近平)'; a quotation of Vietnamese speech is no gloss: "
        "'\"Cà phê 耶加雪菲 được trả giá cao\", bà nói'), or followed by their reading in brackets "
        "(Hán-Việt, or pinyin as a travel page glosses a sign), are deliberate and not flagged. When the "
        "run is exactly a name the references know with its Chinese form (a country, a capital, a place, a "
        "city of CLDR's or of cities.zh_curated.tsv, an organisation, a company, a person of the gazetteer: "
        "audit.lang.zh_names), the fix is the Vietnamese name (曼谷 → Bangkok); otherwise there is none. A date "
        "left in Chinese form ('2025年3月14日', '3月14日') is one finding, with the date written day/month/year; a "
        "myriad after a number ('12万') is T307's, with the value."
    )
    fires = (
        "Hai bên nhất trí thúc đẩy quan hệ [[白越]] truyền thống.",
        "Đoàn đại biểu đã đến [[曼谷]] chiều thứ Hai.",
        "Đoàn doanh nghiệp đến thành phố [[福冈]] để khảo sát.",
        "Vụ việc xảy ra ngày [[2024年11月2日]] tại quận Ba Đình.",
        '"Loại trà [[乌龙]] của vùng này được khách nước ngoài trả giá rất cao", ông nói.',
    )
    quiet = (
        "Chủ tịch Tập Cận Bình (习近平) thăm Việt Nam.",
        "Bức hoành phi khắc bốn chữ 國泰民安 (Quốc thái dân an).",
        "Tàu đến ga 上海虹桥站 (Shanghai Hongqiao) lúc 14 giờ.",
        "Bà chỉ lên bức hoành phi: “Chữ ‘福’ ở giữa nghĩa là phúc, ông bà tôi treo nó từ ngày dựng nhà”.",
        "Hai bên nhất trí thúc đẩy quan hệ truyền thống.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        runs = list(_CJK_RUN.finditer(text))
        if not runs or sum(len(m.group()) for m in runs) > 0.5 * sum(ch.isalpha() for ch in text):
            return  # a Chinese segment is L102's
        mask = _speech_unmasked(text, _quoted_mask(text))  # quoted Vietnamese speech is no gloss
        dated: list[tuple[int, int]] = []
        for d in _ZH_DATE.finditer(text) if "月" in text else ():
            if mask[d.start()] or _glossed_after(text, d.start(), d.end()):
                continue
            dated.append((d.start(), d.end()))
            day, month = d["d"] or d["d2"], d["m"] or d["m2"]
            fix = "/".join(x for x in (day, month, d["y"]) if x) if day else f"tháng {month}/{d['y']}"
            yield self.hit(seg, d.start(), d.end(), f"date {d.group()!r} left in Chinese form", suggestion=fix)
        units = {d.span("u") for d in ZH_MYRIAD_NUMBER.finditer(text)}
        for m in runs:
            if any(a <= m.start() < b for a, b in dated):
                continue  # one finding for the date ('2025年3月14日' → '14/3/2025'), not one per character
            if m.span() in units:
                continue  # a myriad after a number ('12万'): T307's finding, with the value
            if not mask[m.start()] and not _glossed_after(text, m.start(), m.end()):
                run = m.group()
                name = zh_vi_names().get(run)
                message = f"Chinese characters {run!r} left untranslated" + (f" ({name})" if name else "")
                yield self.hit(seg, m.start(), m.end(), message, suggestion=name)


# A date in Chinese form: year, month and day with their characters ('2025年3月14日', '3月14日', '2025年3月'),
# digits Arabic; the fix writes it the Vietnamese way (day/month/year)
_DAY, _MONTH = r"3[01]|[12]\d|0?[1-9]", r"1[0-2]|0?[1-9]"
_ZH_DATE = re.compile(
    rf"(?<!\d)(?:(?P<y>\d{{4}})\s?年\s?(?P<m>{_MONTH})\s?月(?:\s?(?P<d>{_DAY})\s?[日号])?"
    rf"|(?P<m2>{_MONTH})\s?月\s?(?P<d2>{_DAY})\s?[日号])"
)
_READING = re.compile(r"\s*\(([^()]{1,80})\)")


def _glossed_after(text: str, start: int, end: int) -> bool:
    """Characters followed by their Hán-Việt reading in brackets, one syllable a character, as a culture
    article quotes a couplet or a sign: '天下太平 (Thiên hạ thái bình)'."""
    m = _READING.match(text, end)
    if not m:
        return False
    syllables = [w for w in m.group(1).replace(",", " ").split() if w.isalpha()]
    chars = sum(1 for ch in text[start:end] if not ch.isspace())
    return len(syllables) == chars or _spells_pinyin(text[start:end], m.group(1))


_ROMAN_GLOSS = re.compile(r"^[A-Za-zÀ-ɏ̀-ͯ' -]+$")


def _spells_pinyin(chars: str, gloss: str) -> bool:
    """The bracket romanises the characters in pinyin, tone marks or not, from their first character on
    for at least two of them, as a travel page glosses a sign: '北京南站 (Beijingnan)', '西湖 (Xī Hú)'."""
    if len(chars) < 2 or not _ROMAN_GLOSS.match(gloss):
        return False
    letters = re.sub(r"[' -]", "", toneless(gloss))
    readings = load_hanviet().pinyin
    return _spells_from(chars, letters, readings, 0) >= 2


def _spells_from(chars: str, letters: str, readings: dict[str, tuple[str, ...]], k: int) -> int:
    """How many characters from ``chars[k]`` on ``letters`` spells whole, one pinyin reading each (0: none)."""
    if not letters:
        return k
    if k == len(chars):
        return 0
    best = 0
    for py in readings.get(chars[k], ()):
        if letters.startswith(py):
            best = max(best, _spells_from(chars, letters[len(py) :], readings, k + 1))
    return best
