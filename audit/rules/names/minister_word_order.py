"""A minister's title in the Chinese word order: 教育部长 'Giáo dục bộ trưởng', 外交部长 'Ngoại giao Bộ trưởng' (N105's
helper).

Chinese puts the ministry's field before 部长 (minister); MT keeps that order, and Vietnamese writes the title first:
'Bộ trưởng Bộ Giáo dục và Đào tạo' for Việt Nam's minister, 'Bộ trưởng Giáo dục' for another country's. Only a
capitalised field right before 'bộ trưởng' / 'Bộ trưởng' counts, never after a word naming the body it belongs to
('Bộ Giáo dục, Bộ trưởng …' has its comma; 'Sở Y tế bộ trưởng …', 'ngành Giáo dục …', 'Ủy ban Quốc phòng …' stay
quiet). 'Vệ sinh Bộ trưởng' (卫生部长) with a capital 'Bộ' is the ministry table's
(office_title_calque._MINISTRY_CALQUES); the lowercase form is this module's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from audit.lang.hanviet import load, syllable_key
from audit.lang.people import surname_keys, tenures

# The field as MT writes it: (Vietnam's ministry, the field in a foreign minister's title, the Chinese)
_FIELDS: dict[str, tuple[str, str, str]] = {
    "Giáo dục": ("Bộ Giáo dục và Đào tạo", "Giáo dục", "教育部长"),
    "Giáo dục và Đào tạo": ("Bộ Giáo dục và Đào tạo", "Giáo dục", "教育部长"),
    "Vệ sinh": ("Bộ Y tế", "Y tế", "卫生部长"),
    "Y tế": ("Bộ Y tế", "Y tế", "卫生部长"),
    "Ngoại giao": ("Bộ Ngoại giao", "Ngoại giao", "外交部长"),
    "Quốc phòng": ("Bộ Quốc phòng", "Quốc phòng", "国防部长"),
    "Công an": ("Bộ Công an", "Công an", "公安部长"),
    "Tài chính": ("Bộ Tài chính", "Tài chính", "财政部长"),
    "Tư pháp": ("Bộ Tư pháp", "Tư pháp", "司法部长"),
    "Nội vụ": ("Bộ Nội vụ", "Nội vụ", "内务部长"),
    "Xây dựng": ("Bộ Xây dựng", "Xây dựng", "建设部长"),
    # misses33: 文化部长 'Văn hóa bộ trưởng' (Việt Nam's ministry is 'Văn hóa, Thể thao và Du lịch'), 科技部长
    "Văn hóa": ("Bộ Văn hóa, Thể thao và Du lịch", "Văn hóa", "文化部长"),
    "Văn hoá": ("Bộ Văn hoá, Thể thao và Du lịch", "Văn hoá", "文化部长"),
    "Văn hóa, Thể thao và Du lịch": ("Bộ Văn hóa, Thể thao và Du lịch", "Văn hóa", "文化部长"),
    "Khoa học và Công nghệ": ("Bộ Khoa học và Công nghệ", "Khoa học và Công nghệ", "科技部长"),
    # misses35: 科技部长 read 'Khoa học Kỹ thuật' (科学技术) or 'Khoa kỹ', 工贸部长 'Công Thương' / 'Công Mậu', 农业部长
    "Khoa học Kỹ thuật": ("Bộ Khoa học và Công nghệ", "Khoa học và Công nghệ", "科技部长"),
    "Khoa học và Kỹ thuật": ("Bộ Khoa học và Công nghệ", "Khoa học và Công nghệ", "科技部长"),
    "Khoa học Công nghệ": ("Bộ Khoa học và Công nghệ", "Khoa học và Công nghệ", "科技部长"),
    "Khoa kỹ": ("Bộ Khoa học và Công nghệ", "Khoa học và Công nghệ", "科技部长"),
    "Công Thương": ("Bộ Công Thương", "Thương mại", "工贸部长"),
    "Công thương": ("Bộ Công Thương", "Thương mại", "工贸部长"),
    "Công Mậu": ("Bộ Công Thương", "Thương mại", "工贸部长"),
    "Nông nghiệp": ("Bộ Nông nghiệp và Môi trường", "Nông nghiệp", "农业部长"),
    "Nông nghiệp và Môi trường": ("Bộ Nông nghiệp và Môi trường", "Nông nghiệp", "农业与环境部长"),
}
# A provincial department's head in the Chinese order: 财政厅长 'Tài chính Sở trưởng' (or 'Sảnh trưởng', 厅 read in
# Hán-Việt): the field, then the head; Vietnamese writes 'Giám đốc Sở Tài chính'. Neither 'Sở trưởng' nor 'Sảnh
# trưởng' is a title of Vietnamese news (none in clean_news, FLORES or NTREX; 'sở trường', a forte, is another
# word), so no name need follow (misses35): the field → the department
_DEPARTMENTS: dict[str, str] = {
    "Tài chính": "Sở Tài chính",
    "Y tế": "Sở Y tế",
    "Vệ sinh": "Sở Y tế",
    "Giáo dục": "Sở Giáo dục và Đào tạo",
    "Giáo dục và Đào tạo": "Sở Giáo dục và Đào tạo",
    "Xây dựng": "Sở Xây dựng",
    "Nội vụ": "Sở Nội vụ",
    "Tư pháp": "Sở Tư pháp",
    "Công Thương": "Sở Công Thương",
    "Công thương": "Sở Công Thương",
    "Nông nghiệp": "Sở Nông nghiệp và Môi trường",
    "Nông nghiệp và Môi trường": "Sở Nông nghiệp và Môi trường",
    "Khoa học Kỹ thuật": "Sở Khoa học và Công nghệ",
    "Khoa học và Công nghệ": "Sở Khoa học và Công nghệ",
    "Khoa kỹ": "Sở Khoa học và Công nghệ",
    "Văn hóa": "Sở Văn hóa, Thể thao và Du lịch",
    "Văn hoá": "Sở Văn hoá, Thể thao và Du lịch",
    "Du lịch": "Sở Du lịch",
    "Ngoại vụ": "Sở Ngoại vụ",
    "Giao thông": "Sở Xây dựng",
    "Công an": "Công an tỉnh",
}
# Words naming the body the field belongs to: a title after them opens a clause of its own
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:Bộ|bộ|Sở|sở|Ban|ban|Vụ|vụ|Cục|cục|Viện|viện|Phòng|phòng|ngành|Ngành|Ủy ban|Uỷ ban|ủy ban|Học viện|"
    r"Trường|trường|Tổng cục|lĩnh vực|Đại học|Trung tâm|Hội đồng))\s*$"
)
_NAME_AFTER = re.compile(r"\s+(?P<first>[A-ZĐ]\w*)(?: [A-ZĐ]\w*){1,3}")
_VIETNAM_AFTER = re.compile(r"\s+(?:Việt Nam|VN|nước ta)(?!\w)")


@functools.cache
def _vn_holder_pinyin() -> frozenset[str]:
    """The pinyin, lowercase and joined, of the Chinese names of Việt Nam's office holders in people.tsv (阮文雄
    'ruanwenxiong'): a name MT left in pinyin after the title is a Vietnamese minister's (misses33)."""
    hv = load()
    out = set()
    for t in tenures():
        if t.country == "vn" and t.name_zh and all(hv.pinyin.get(ch) for ch in t.name_zh):
            out.add("".join(hv.pinyin[ch][0] for ch in t.name_zh))
    return frozenset(out)


class MinisterCalque(NamedTuple):
    start: int
    end: int
    text: str
    fix: str
    zh: str


@functools.cache
def _pattern() -> re.Pattern[str]:
    fields = "|".join(re.escape(f) for f in sorted(_FIELDS, key=len, reverse=True))
    # 'Vệ sinh Bộ trưởng' is the ministry table's; every other field takes either case of 'bộ'
    return re.compile(rf"(?<!\w)(?P<field>{fields}) (?P<title>bộ trưởng|Bộ trưởng)(?!\w)")


@functools.cache
def _department_pattern() -> re.Pattern[str]:
    fields = "|".join(re.escape(f) for f in sorted(_DEPARTMENTS, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<field>{fields}) (?P<title>[Ss](?:ở|ảnh) trưởng)(?!\w)")


def department_head_calques(text: str) -> Iterator[MinisterCalque]:
    """Each 'Tài chính Sở trưởng' (财政厅长) of ``text``, with its fix 'Giám đốc Sở Tài chính' (a province's police
    head, 公安厅长, is the 'Giám đốc Công an tỉnh'); not after a word naming the body ('Sở Tài chính, Sở trưởng')."""
    if "ở trưởng" not in text and "ảnh trưởng" not in text:
        return
    for m in _department_pattern().finditer(text):
        if _OWNER_BEFORE.search(text[: m.start()]):
            continue
        fix = f"Giám đốc {_DEPARTMENTS[m['field']]}"
        if fix.endswith(" tỉnh") and text.startswith(" tỉnh", m.end()):
            fix = fix.removesuffix(" tỉnh")  # 'Công an Sảnh trưởng tỉnh X': the province's word follows
        yield MinisterCalque(m.start(), m.end(), m[0], fix, "厅长")


def minister_calques(text: str) -> Iterator[MinisterCalque]:
    """Each 'Giáo dục bộ trưởng' of ``text`` with its fix: Việt Nam's minister ('Bộ trưởng Bộ Giáo dục và Đào tạo')
    before a Vietnamese full name or 'Việt Nam', else a minister's title in the Vietnamese order ('Bộ trưởng Giáo
    dục')."""
    if "ộ trưởng" not in text:
        return
    for m in _pattern().finditer(text):
        field = m["field"]
        if field == "Vệ sinh" and m["title"] == "Bộ trưởng":
            continue
        if _OWNER_BEFORE.search(text[: m.start()]):
            continue
        ministry, foreign, zh = _FIELDS[field]
        name = _NAME_AFTER.match(text, m.end())
        vietnamese = (
            name is not None
            and (
                syllable_key(name["first"]) in surname_keys()
                or name[0].strip().replace(" ", "").lower() in _vn_holder_pinyin()
            )
        ) or bool(_VIETNAM_AFTER.match(text, m.end()))
        fix = f"Bộ trưởng {ministry}" if vietnamese else f"Bộ trưởng {foreign}"
        yield MinisterCalque(m.start(), m.end(), m[0], fix, zh)
