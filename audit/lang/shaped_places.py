"""Places no gazetteer has, left in the pinyin of their Chinese names: a word shaped like run-together pinyin in a
place's slot ('thủ đô Dalaisisalamu' 达累斯萨拉姆, 'bán đảo Maxiya' 马希亚, 'các bang Chiapas, Weilakelusi'
韦拉克鲁斯). Who is meant is not known: no fix. C106 counts these only in an article where its index already found
a place in pinyin (MT that left one place so leaves the others so too)."""

from __future__ import annotations

import functools
import re

from audit.lang.countries import gazetteer
from audit.lang.foreign_pinyin import chinese_shaped, is_known_word, pinyin_parse
from audit.lang.hanviet import fold
from audit.lang.vn_places import japan_latin, pinyin_places

# A place noun (a capital, a port, a state, a peninsula, an airport, a stadium, a river, a border gate …), then
# maybe items of a list of places ('các bang Chiapas, ' before the word), then one or two capitalised words of plain
# letters standing alone
_PLACE_NOUN = (
    r"(?:thủ đô|thủ phủ|thành phố(?: cảng)?|cảng|bang|bán đảo|khu vực|sân bay(?: quốc tế)?|tỉnh|huyện|quận|"
    r"thị trấn|thị xã|vùng|quần đảo|đảo|vịnh|hạt|khu|sân vận động|sân|sông|hồ|núi|cửa khẩu(?: quốc tế)?)"
)
_CAPITAL = "A-ZĐÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
_SLOT = re.compile(
    rf"(?<!\w)(?i:{_PLACE_NOUN}) +(?:[{_CAPITAL}][\w'-]*(?: +[{_CAPITAL}][\w'-]*)*(?:, *| +và +))?"
    r"(?P<word>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'-]| +[A-Z])"
)
_MIN_SYLLABLES = 2
_MANY_SYLLABLES = 4  # this many run together need no syllable of Chinese shape ('Tutigelin' tu ti ge lin)


@functools.cache
def _latin_places() -> frozenset[str]:
    """Folded Latin names of the gazetteer's countries and places and of Japan's cities: a place written right."""
    gz = gazetteer()
    names = {n for c in gz.countries.values() for n in (c.vi, c.en, *c.vi_variants, *c.vi_forms)}
    names |= {p.standard for p in gz.places.values()}
    return frozenset(fold(n).replace(" ", "").replace("-", "") for n in names if n) | japan_latin()


def _pinyin_shaped(word: str) -> bool:
    """Run-together pinyin syllables, two or more with one of Chinese shape or four or more, that are no English
    word or well-known name, no place of the gazetteer and no key of C106's index (a place it weighs itself)."""
    parse = pinyin_parse(word)
    if len(parse) < _MIN_SYLLABLES or (len(parse) < _MANY_SYLLABLES and not any(map(chinese_shaped, parse))):
        return False
    key = word.lower()
    return not is_known_word(word) and key not in _latin_places() and key not in pinyin_places()


def _shaped_name(name: str) -> bool:
    """One word shaped like a place's pinyin, or two words of two syllables or more each that are so together
    ('bang Xinnan Weiershi' 新南威尔士, New South Wales): a two-word Latin place seldom has both words parse as
    pinyin ('Santa Clara', 'Lao Cai' written without its marks: one syllable)."""
    first, _, second = name.partition(" ")
    if not second:
        return _pinyin_shaped(name)
    if len(pinyin_parse(first)) < _MIN_SYLLABLES or len(pinyin_parse(second)) < _MIN_SYLLABLES:
        return False
    return not (is_known_word(first) or is_known_word(second)) and _pinyin_shaped(first + second.lower())


def pinyin_shaped_places(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name (one word or two) in a place's slot that is shaped like a place's pinyin."""
    return [m.span("word") for m in _SLOT.finditer(text) if _shaped_name(m["word"])]
