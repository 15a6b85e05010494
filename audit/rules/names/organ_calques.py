"""The Party's and the state's organs and titles read back from their Chinese names (N105's helper).

Chinese media name Việt Nam's organs with China's words: 政治局 'Cục Chính trị' (the Bộ Chính trị), 书记处 'Xứ Thư
ký' (the Ban Bí thư), 中央组织部 'Bộ Tổ chức Trung ương' (the Ban Tổ chức), 国家主席 'Quốc gia Chủ tịch' (the Chủ
tịch nước), 副部长 'Phó Bộ trưởng' (a Thứ trưởng). The Vietnamese press writes China's own organs in the
Vietnamese words too ('Bộ Chính trị Đảng Cộng sản Trung Quốc', 'Ban Tổ chức Trung ương Đảng Cộng sản Trung
Quốc'), so these calques are wrong wherever they name a Party's or a state's organ; the army's 'Cục Chính trị' (a
unit's political department: 'Cục Chính trị Quân khu 7') and a foreign ministry's 'Phó Bộ trưởng' ('Phó Bộ trưởng
Bộ Quốc phòng Nga') stay quiet."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from audit.lang.countries import find_mentions
from audit.lang.hanviet import syllable_key
from audit.lang.people import surname_keys
from audit.lang.resources import read_lines


class OrganCalque(NamedTuple):
    start: int
    end: int
    text: str
    fix: str
    zh: str


_UY = "(?:ủy|uỷ)"
_COMMITTEE = rf"(?:Trung ương|Tỉnh {_UY}|Thành {_UY}|Đảng {_UY}|Huyện {_UY}|Quận {_UY})"
# Never Vietnamese, nor the press's name for China's organs: (literal, pattern, fix, Chinese); each pattern is tried
# only on a text holding its literal, and opens on it (the word-start guard after the first letter)
_ALWAYS: tuple[tuple[str, re.Pattern[str], str, str], ...] = tuple(
    (literal, re.compile(p), fix, zh)
    for literal, p, fix, zh in (
        ("Xứ ", r"X(?<!\w.)ứ [Tt]hư ký(?!\w)", "Ban Bí thư", "书记处"),
        ("Bộ Tổ chức ", rf"B(?<!\w.)ộ Tổ chức (?P<committee>{_COMMITTEE})(?!\w)", "Ban Tổ chức", "组织部"),
        ("Bộ Tuyên truyền ", rf"B(?<!\w.)ộ Tuyên truyền (?P<committee>{_COMMITTEE})(?!\w)", "Ban Tuyên giáo", "宣传部"),
    )
)
# 'Quốc gia Chủ tịch Lương Cường' (国家主席), before a name; not the end of an institution's name ('Hội đồng Quốc
# gia', 'Đại học Quốc gia')
_HEAD_OF_STATE = re.compile(r"Q(?<!\w.)uốc gia (?P<vice>[Pp]hó )?Chủ tịch(?= [A-ZĐ])")
_INSTITUTION = re.compile(
    r"(?:Hội đồng|Ủy ban|Uỷ ban|Đại học|Học viện|Ngân hàng|Quỹ|Viện|Bảo tàng|Thư viện|Trung tâm|Văn phòng|Cục|Hội|"
    r"Giải|Ban|Vườn|Đội tuyển|Kho bạc|Liên đoàn|Hiệp hội|Công viên|Khu bảo tồn|Sân vận động)\b[^,.;:!?]{0,40}$"
)
# 'Cục Chính trị' (政治局) for the Politburo: a member of it, its term or the Central Committee after it, or a
# sentence of the Party's centre with no army in it
_POLITBURO = re.compile(r"C(?<!\w.)ục Chính trị(?!\w)")
_MEMBER_BEFORE = re.compile(r"(?:[Ủủ]y|[Uu]ỷ) viên(?: [Tt]hường vụ)? $")
_PARTY_AFTER = re.compile(r" (?:khóa|khoá|Trung ương|Ban Chấp hành|Đảng Cộng sản|BCH)(?!\w)")
_WORD_AFTER = re.compile(r" (?P<word>\w+)")
_PARTY_CENTRE = re.compile(
    r"Tổng Bí thư|Tổng Thư ký|Ban Bí thư|Xứ Thư ký|Trung ương Đảng|Ban Chấp hành Trung ương|Đại hội (?:đại biểu "
    r"toàn quốc|XI|XII|XIII|XIV|XV)"
)
_ARMY = re.compile(
    r"Quân|quân đội|[Bb]ộ đội|Tổng cục|Bộ Tư lệnh|Hải quân|Không quân|Phòng không|Binh chủng|Học viện|Biên phòng|"
    r"Cảnh sát|Công an|Sư đoàn|Lữ đoàn|Trung đoàn|Chủ nhiệm"
)
# 'Phó Bộ trưởng Bộ Nội vụ' (副部长): a deputy minister of a Vietnamese ministry is a Thứ trưởng
_VN_MINISTRIES = (
    "Quốc phòng|Công an|Ngoại giao|Nội vụ|Tư pháp|Tài chính|Công Thương|Nông nghiệp và Môi trường|Xây dựng|"
    "Văn h(?:óa|oá), Thể thao và Du lịch|Khoa học và Công nghệ|Giáo dục và Đào tạo|Y tế|Dân tộc và Tôn giáo|"
    "Kế hoạch và Đầu tư|Giao thông [Vv]ận tải|Tài nguyên và Môi trường|Lao động - Thương binh và Xã hội|"
    "Thông tin và Truyền thông|Nông nghiệp và Phát triển [Nn]ông thôn"
)
_DEPUTY_MINISTER = re.compile(rf"(?P<title>[Pp](?<!\w.)hó Bộ trưởng)(?: [Tt]hường trực)? Bộ (?:{_VN_MINISTRIES})(?!\w)")
# 'Tài chính Bộ Phó Bộ trưởng' (财政部副部长), 'Ngoại giao Bộ Bộ trưởng' (外交部部长): a minister's title in the Chinese
# order, the ministry's name, 'Bộ', then the title; Vietnamese writes the title first (a Vietnamese deputy is a Thứ
# trưởng, a foreign one a Phó Bộ trưởng). The names of Việt Nam's ministries and the short names of China's
_MINISTRY_FIRST = re.compile(
    rf"(?<![\w])(?P<ministry>{_VN_MINISTRIES}|Thương mại|Giao thông|Giáo dục|Nông nghiệp|Văn h(?:óa|oá)|Lao động"
    r"|Tài nguyên|Khoa học|Thông tin|Vệ sinh|Quốc phòng|Kinh tế|Môi trường) Bộ "
    r"(?:(?P<vice>Phó )?Bộ trưởng|(?P<deputy>[Tt]hứ trưởng))(?!\w)"  # 'Bộ thứ trưởng' (…部副部长; misses36)
)
# A commander's title after his force's name, in the Chinese order: 边防部队指挥长 'Biên phòng Bộ đội Chỉ huy trưởng'
# (the force's name itself in the Chinese order too), 海军司令 'Hải quân Tư lệnh', 'Không quân Chính ủy' (misses36);
# Vietnamese writes the title first ('Chỉ huy trưởng Bộ đội Biên phòng tỉnh', 'Tư lệnh Hải quân'). Not after a word
# naming a body the force belongs to or heads ('Bộ Chỉ huy Bộ đội Biên phòng', 'Đảng ủy Hải quân'), nor before a unit
# of the force ('Hải quân Tư lệnh Vùng 3' reads 'the Navy; the Region 3 commander')
_FORCES = {
    "Biên phòng Bộ đội": "Bộ đội Biên phòng",
    "Bộ đội Biên phòng": "Bộ đội Biên phòng",
    "Hải quân": "Hải quân",
    "Lục quân": "Lục quân",
    "Không quân": "Không quân",
    "Cảnh sát biển": "Cảnh sát biển",
    "Cảnh sát Biển": "Cảnh sát biển",
}
_COMMANDER_AFTER_FORCE = re.compile(
    r"(?<!\w)(?P<force>Biên phòng Bộ đội|Bộ đội Biên phòng|Hải quân|Lục quân|Không quân|Cảnh sát [Bb]iển) "
    r"(?P<title>(?:Phó )?(?:Chỉ huy trưởng|Tư lệnh|Chính ủy|Chính uỷ))(?!\w)"
    r"(?! (?:Vùng|Quân|Bộ|Hải|Binh|Sư|Lữ|Trung|Hạm|Cảnh|Biên|Đồn|Hải đội|Học viện|Trường)(?!\w))"
)
_FORCE_OWNER_BEFORE = re.compile(
    r"(?:Bộ Chỉ huy|Bộ Tư lệnh|Đảng ủy|Đảng uỷ|Quân chủng|Binh chủng|Cục|Tổng cục|Học viện|Trường|Ban|Phòng|Đồn|"
    r"Hải đoàn|Hải đội|Vùng|Thủ trưởng|[Ll]ực lượng)\s*$"
)
# a ministry's Hán-Việt name (not a Vietnamese ministry's) before the minister's title, in the Chinese order: 建设部长
# 'Kiến thiết bộ trưởng' for the Minister of Construction, 住建部长 'Trú kiến Bộ trưởng', 科技部长 'Khoa kỹ Bộ trưởng'
# (misses31); a name right after it (a capitalised word), as 'kiến thiết' is also Vietnamese (to build the country)
_HANVIET_MINISTRIES = {"Kiến thiết": "Xây dựng", "Trú kiến": "Xây dựng", "Khoa kỹ": "Khoa học và Công nghệ"}
_HANVIET_MINISTRY_FIRST = re.compile(
    r"(?<!\w)(?P<ministry>Kiến [Tt]hiết|Trú [Kk]iến|Khoa [Kk]ỹ) (?:[Bb]ộ )?(?P<vice>[Pp]hó )?[Bb]ộ trưởng(?= [A-ZĐ])"
)
# the name after the ministry, maybe behind a comma and an honorific or a rank ('…, ông Sok Phal', '…, Thiếu tướng …')
_NAME_AFTER = re.compile(
    r",? (?:(?:ông|bà|(?:[Tt]hiếu|[Tt]rung|[Tt]hượng|[Đđ]ại) (?:tướng|tá)|[Đđ]ô đốc|[Pp]hó [Đđ]ô đốc) )?"
    r"(?P<first>[A-ZĐ]\w*)"
)
# the host country of a visit, or the partner side, named without its name ('Bộ Ngoại giao nước chủ nhà')
_HOST_AFTER = re.compile(r" (?:của )?(?:nước (?:chủ nhà|bạn|sở tại|này|đó)|phía bạn|phía (?:chủ nhà|nước bạn))(?!\w)")


# 'Ủy ban Kiểm tra Kỷ luật Trung ương' (中央纪律检查委员会) for the Ủy ban Kiểm tra Trung ương, and a committee's
# ('… Tỉnh ủy'): the Vietnamese press names China's own commission so ('Ủy ban Kiểm tra Kỷ luật Trung ương Trung Quốc
# (CCDI)'), hence only in a sentence that names no foreign country, nor 'CCDI', nor China's Party after it (misses25)
_INSPECTION = re.compile(rf"[ỦU](?<!\w.)(?:y|ỷ) ban Kiểm tra(?:,| -| –)? Kỷ luật (?P<committee>{_COMMITTEE})(?!\w)")
# a Chinese province's or city's Party committee, or the province itself ('cựu Phó Bí thư Tỉnh ủy Hồ Nam', 'tỉnh Quảng
# Đông'): China's commission in a story on China (review31)
_PROVINCE = re.compile(
    rf"(?<!\w)(?:(?:Tỉnh|Thành) {_UY}|[Tt]ỉnh|[Tt]hành phố) (?P<place>[A-ZĐ]\w*(?: [A-ZĐ]\w*){{1,2}})"
)
_CHINA_AFTER = re.compile(r"\s*(?:\(CCDI\)\s*)?(?:của\s+)?(?:Trung Quốc|Đảng Cộng sản Trung Quốc|TQ|\(CCDI\))")


def organ_calques(text: str) -> Iterator[OrganCalque]:
    """Every calqued organ or title of the Party or the state in ``text`` (one segment)."""
    for literal, pattern, fix, zh in _ALWAYS:
        if literal not in text:
            continue
        for m in pattern.finditer(text):
            # the committee named after the organ stays: 'Bộ Tổ chức Tỉnh ủy' → 'Ban Tổ chức Tỉnh ủy'
            committee = m.groupdict().get("committee")
            yield OrganCalque(m.start(), m.end(), m[0], f"{fix} {committee}" if committee else fix, zh)
    for m in _HEAD_OF_STATE.finditer(text) if "Quốc gia " in text else ():
        if _INSTITUTION.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        fix = "Phó Chủ tịch nước" if m["vice"] else "Chủ tịch nước"
        yield OrganCalque(m.start(), m.end(), m[0], fix, "国家副主席" if m["vice"] else "国家主席")
    for m in _POLITBURO.finditer(text) if "Cục Chính trị" in text else ():
        if _is_politburo(text, m.start(), m.end()):
            yield OrganCalque(m.start(), m.end(), m[0], "Bộ Chính trị", "政治局")
    for m in _INSPECTION.finditer(text) if "Kỷ luật" in text else ():
        if "CCDI" in text or _CHINA_AFTER.match(text, m.end()):
            continue
        if any(x.iso not in ("", "VN") for x in find_mentions(text)) or _foreign_province(text):
            continue
        fix = f"{text[m.start() : m.start() + 2]} ban Kiểm tra {m['committee']}"
        yield OrganCalque(m.start(), m.end(), m[0], fix, "纪律检查委员会")
    for m in _MINISTRY_FIRST.finditer(text) if " Bộ trưởng" in text or "Bộ thứ" in text or "Bộ Thứ" in text else ():
        ministry = m["ministry"]
        if m["deputy"]:
            deputy = "Thứ trưởng" if _vietnamese_deputy(text, m.end()) else "Phó Bộ trưởng"
            yield OrganCalque(m.start(), m.end(), m[0], f"{deputy} Bộ {ministry}", "…部副部长 (the Chinese order)")
            continue
        if not m["vice"]:
            fix, zh = f"Bộ trưởng Bộ {ministry}", "部长"
        elif _vietnamese_deputy(text, m.end()):
            fix, zh = f"Thứ trưởng Bộ {ministry}", "副部长"
        else:
            fix, zh = f"Phó Bộ trưởng Bộ {ministry}", "副部长"
        yield OrganCalque(m.start(), m.end(), m[0], fix, f"…部{zh} (the Chinese order)")
    for m in _HANVIET_MINISTRY_FIRST.finditer(text) if "ộ trưởng" in text else ():
        first, second = m["ministry"].split()
        ministry = _HANVIET_MINISTRIES[f"{first} {second.lower()}"]
        title = "Bộ trưởng" if not m["vice"] else "Thứ trưởng" if _vietnamese_deputy(text, m.end()) else "Phó Bộ trưởng"
        yield OrganCalque(m.start(), m.end(), m[0], f"{title} Bộ {ministry}", "…部长 (a ministry's Chinese name first)")
    commander = "Chỉ huy trưởng" in text or "Tư lệnh" in text or "Chính ủy" in text or "Chính uỷ" in text
    for m in _COMMANDER_AFTER_FORCE.finditer(text) if commander else ():
        if _FORCE_OWNER_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        fix = f"{m['title']} {_FORCES[m['force']]}"
        yield OrganCalque(m.start(), m.end(), m[0], fix, "…司令/指挥长 (the force before the title, the Chinese order)")
    for m in _DEPUTY_MINISTER.finditer(text) if "hó Bộ trưởng" in text else ():
        if _vietnamese_deputy(text, m.end()):
            yield OrganCalque(m.start("title"), m.end("title"), m["title"], "Thứ trưởng", "副部长")


def _is_politburo(text: str, start: int, end: int) -> bool:
    """'Cục Chính trị' at ``start:end`` names the Party's Politburo, not an army unit's political department."""
    if _MEMBER_BEFORE.search(text[max(0, start - 20) : start]):
        return True
    if _PARTY_AFTER.match(text, end):
        return True  # 'Cục Chính trị khóa XIII', 'Cục Chính trị Trung ương'
    word = _WORD_AFTER.match(text, end)
    if word is not None and not word["word"][0].islower():
        return False  # a unit's name follows ('Cục Chính trị Quân khu 7')
    return bool(_PARTY_CENTRE.search(text)) and not _ARMY.search(text)


def _vietnamese_deputy(text: str, end: int) -> bool:
    """The ministry ending at ``end`` is Việt Nam's: no foreign country follows it or is named in the sentence, nor
    the host or partner country ('nước chủ nhà', 'nước bạn'), and what follows (past a comma and 'ông' or a rank) is
    no foreign name (a Vietnamese surname, 'Việt Nam', a lowercase word or the end)."""
    if any(m.iso not in ("", "VN") for m in find_mentions(text)) or _HOST_AFTER.match(text, end):
        return False
    name = _NAME_AFTER.match(text, end)
    return name is None or syllable_key(name["first"]) in surname_keys() or name["first"] == "Việt"


def _foreign_province(text: str) -> bool:
    """``text`` names one of China's provinces or municipalities, or its Party committee ('Tỉnh ủy Hồ Nam',
    'thành phố Trùng Khánh'; references/zh_provinces.txt) (review31)."""
    provinces = _zh_provinces()
    for m in _PROVINCE.finditer(text):
        words = m["place"].split()
        if any(" ".join(words[:n]) in provinces for n in (2, 3)):
            return True  # the place's first two or three words ('Tỉnh ủy Hồ Nam Trung Quốc')
    return False


@functools.cache
def _zh_provinces() -> frozenset[str]:
    return frozenset(read_lines("zh_provinces.txt"))
