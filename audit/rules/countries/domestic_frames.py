"""C101's domestic frames: 我国 ('our country') turned into 'Trung Quốc' inside a Vietnamese story that names no
country pair — a region only Việt Nam has said to be China's ('Tây Nguyên của Trung Quốc'), a Vietnamese
province ranked 'thứ hai toàn Trung Quốc' (全国第二, 'second in the country') or said to be one of its provinces
('một trong 34 tỉnh, thành phố của Trung Quốc') or to contribute to its goal in a story datelined in it ('tỉnh đóng
góp vào mục tiêu tăng trưởng … của Trung Quốc'), or a
Vietnamese provincial court applying the 'Bộ luật Hình sự Trung Quốc' (我国刑法, 'our Criminal Code') or the case's
losses to the 'ngân sách Trung Quốc' (the state budget), or an
institution only Việt Nam has under that name ('Ngân hàng Nhà nước Trung Quốc' for 我国国家银行: China's central bank is
the 'Ngân hàng Nhân dân Trung Quốc'), or the country a lender's loan or aid is for ('khoản vay ODA của Hàn Quốc dành
cho Trung Quốc' in a story on a Vietnamese city naming China nowhere else)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from audit.lang.countries import country_anchors, trie_pattern
from audit.lang.names import multiword_runs
from audit.lang.resources import read_tsv
from audit.model import Segment
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, Hit, Rule
from audit.rules.countries.context import segments_naming, sentence_bounds

_CHINA = "Trung Quốc"
# a rank in the whole country: 'đứng thứ hai toàn Trung Quốc', 'dẫn đầu cả Trung Quốc', 'cao nhất toàn Trung Quốc',
# the only or the first one in it ('tỉnh duy nhất toàn Trung Quốc' 全国唯一, 'đầu tiên cả Trung Quốc' 全国首个)
_RANK = re.compile(
    r"(?<!\w)(?:(?:đứng|xếp) (?:thứ \w+(?:/\d{1,2})?|nhất|nhì|đầu)"
    r"|dẫn đầu|đầu tiên|(?:cao|lớn|nhiều|thấp|nhanh|duy) nhất) (?:toàn|cả) (?P<c>Trung Quốc)(?!\w)"
)
# one of the country's provinces: 'Gia Lai là một trong 34 tỉnh, thành phố của Trung Quốc' (我国34个省市之一), 'một
# trong những địa phương của Trung Quốc' (a Vietnamese province named before it in its sentence)
_ONE_OF = re.compile(
    r"(?<!\w)(?:một trong|trong số) (?:\d+ |các |những )?(?:tỉnh|địa phương)(?:, thành(?: phố)?)?"
    r"(?: \w+){0,3}? của (?P<c>Trung Quốc)(?!\w)"
)
# a Vietnamese code or law: '(Điều 354) Bộ luật Hình sự Trung Quốc', 'theo pháp luật Trung Quốc'
_LAW = re.compile(
    r"(?<!\w)(?:Bộ luật (?:Hình sự|Dân sự|Tố tụng [Hh]ình sự|Tố tụng [Dd]ân sự|Lao động)|Hiến pháp|pháp luật) "
    r"(?:của )?(?P<c>Trung Quốc)(?!\w)"
)
# the state budget a case's losses fell on, in a Vietnamese court's story: 'gây thất thoát cho ngân sách Trung Quốc'
# (国家财政/国库 'the state budget' read back with the 我国 slip), 'ngân sách nhà nước Trung Quốc' (misses25)
_BUDGET = re.compile(r"(?<!\w)(?:ngân sách|công quỹ|ngân quỹ)(?: [Nn]hà nước)? (?:của )?(?P<c>Trung Quốc)(?!\w)")
# a region only Việt Nam has, said to be China's: 'khu vực Tây Nguyên của Trung Quốc' (我国西原地区), 'Đồng bằng
# sông Cửu Long của Trung Quốc'; regions whose names China has too in Hán-Việt ('Tây Bắc', 'Đông Bắc', 'miền
# Trung', 'Hoa Nam') stay out
_REGION = re.compile(
    r"(?<!\w)(?:Tây Nguyên|[Đđ]ồng bằng sông (?:Cửu Long|Hồng)"
    r"|(?:Đông |Tây |Nam Trung |Bắc Trung |[Dd]uyên hải Nam Trung )?(?:Nam|Bắc|Trung) Bộ|Tây Bắc Bộ|Đông Bắc Bộ)"
    r" của (?P<c>Trung Quốc)(?!\w)"
)

# Việt Nam's slogan of the 'era of the nation's rise' (kỷ nguyên vươn mình của dân tộc, from late 2024): the country
# said to enter it is Việt Nam ('đưa tỉnh cùng Trung Quốc bước vào kỷ nguyên vươn mình', 'kỷ nguyên vươn mình của
# Trung Quốc'); China's press names its own era 'kỷ nguyên mới'/'thời đại mới' (新时代), never so (adversary74)
_ERA = re.compile(
    r"(?<!\w)(?P<c>Trung Quốc) (?:cùng )?(?:(?:vững|tự tin|mạnh mẽ) )?(?:bước|tiến|đi)(?: vào)? "
    r"(?:kỷ nguyên mới,? )?kỷ nguyên vươn mình"
    r"|kỷ nguyên vươn mình(?:,? giàu mạnh)? của (?P<c2>Trung Quốc)(?!\w)"
)

# said by a body only Việt Nam has (vn_only_institutions.tsv, named before it in the sentence), China being named
# nowhere else there: a law by its own name ('Bộ trưởng Bộ Dân tộc và Tôn giáo … khẳng định, theo Luật Tín ngưỡng, tôn
# giáo của Trung Quốc', 我国《信仰宗教法》), and the fishing boats or fishermen such a body tells to shelter or guides
# ('Bộ Tư lệnh Bộ đội Biên phòng … thông báo, hướng dẫn cho 4.312 tàu cá của Trung Quốc': a state's border guards
# instruct its own boats; 'phát hiện 12 tàu cá của Trung Quốc' stays China's) (adversary78)
_OWN_LAW = re.compile(r"(?<!\w)(?:Luật|Bộ luật|Pháp lệnh)(?: [^\s.;:!?()]+){1,8}? của (?P<c>Trung Quốc)(?!\w)")
_OWN_BOATS = re.compile(
    r"(?<![\w.,])\d[\d.]* (?:tàu cá|tàu thuyền|phương tiện|ngư dân)(?: [^\s.;:!?()]+){0,2}? của (?P<c>Trung Quốc)(?!\w)"
)
_INSTRUCT = re.compile(r"(?<!\w)(?:thông báo|hướng dẫn|kêu gọi|yêu cầu|vào nơi tránh trú|tránh trú|vào bờ)(?!\w)")


# the story's own subject, pointed back to, called the country's first or only one: 'Đây là vệ tinh radar đầu tiên của
# Trung Quốc' (这是我国第一颗雷达卫星) in a story of Việt Nam's space centre that names China nowhere else (misses28)
# or its count's n-th, the sentence's 'đây' lowercase after who says it ('Theo Bộ trưởng, đây là hồ sơ di sản … thứ 17
# của Trung Quốc được đệ trình', 我国第17个; misses33)
_OWN_FIRST = re.compile(
    r"(?<!\w)(?:Đây|Đó|đây|(?:[^\s.,;:!?]+ ){1,3}này) (?:sẽ |cũng |đã )?(?:là|trở thành) (?:[^\s.,;:!?]+ ){1,10}?"
    r"(?:đầu tiên|duy nhất|hiện đại nhất|lớn nhất|thứ (?:\d{1,3}|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))"
    r" của (?P<c>Trung Quốc)(?!\w)(?! (?:tại|ở|ngoài|bên ngoài|trên thế giới)(?!\w))"  # China's abroad is China's
)


# a ministry or a provincial police named bare (a Vietnamese story's own) warning or advising the people: 'Bộ Công an
# khuyến cáo người dân Trung Quốc không cung cấp mã OTP' (提醒我国民众 / 广大群众; misses33); quiet where the document
# names that body with China's name ('Bộ Công an Trung Quốc') or the sentence names a Chinese city or body
_ADVISE = re.compile(
    r"(?<!\w)(?P<body>Bộ (?:Công an|Y tế|Ngoại giao|Quốc phòng|Tài chính|Công Thương|Xây dựng|Nội vụ|Tư pháp"
    r"|Khoa học và Công nghệ|Giáo dục và Đào tạo|Văn hóa, Thể thao và Du lịch|Nông nghiệp và Môi trường)"
    r"|Công an (?:tỉnh|thành phố|TP\.?) [A-ZĐ]\w*(?: [A-ZĐ]\w*){0,2})"
    r"(?: [^.;:!?()]{0,60}?)? (?:khuyến cáo|cảnh báo|kêu gọi|đề nghị|yêu cầu|hướng dẫn|lưu ý|nhắc nhở)"
    r" (?:người dân|công dân|nhân dân|bà con)(?: cả nước)? (?P<c>Trung Quốc)(?!\w)"
)

# a country's own border force at a border of Việt Nam with a third country: 'Bộ đội Biên phòng của Trung Quốc sẽ tăng
# cường kiểm soát … trên tuyến biên giới Việt – Lào' (我国边防部队): China has no post on the Việt–Lào or the
# Việt–Cambodia border, so the force there is Việt Nam's (misses36); the pair named in the sentence, China nowhere else
_BORDER_FORCE = re.compile(
    r"(?<!\w)(?:Bộ đội Biên phòng|[Ll]ực lượng [Bb]iên phòng|[Bb]iên phòng|[Hh]ải quan|Cảnh sát biển|[Cc]ông an"
    r"|[Ll]ực lượng chức năng) (?:của )?(?P<c>Trung Quốc)(?!\w)"
)
_THIRD_BORDER = re.compile(
    r"(?<!\w)biên giới (?:(?:Việt(?: Nam)?|VN) ?[–—-] ?(?:Lào|Campuchia)|(?:Lào|Campuchia) ?[–—-] ?(?:Việt Nam|VN)"
    r"|(?:giữa |của )?Việt Nam (?:với|và) (?:Lào|Campuchia))(?!\w)"
)

_JOINT_AFTER = re.compile(r" (?:và|với|cùng|phối hợp với)(?! Việt Nam)(?: (?:lực lượng|phía) )?(?: [A-ZĐ]\w*)")


def _border_force_at_third_border(text: str, frame: re.Match[str]) -> bool:
    """The :data:`_BORDER_FORCE` frame is followed in its clause (no ';' between) by a border of Việt Nam with Laos
    or Cambodia, China named nowhere else in the sentence and no partner joined to the force ('lực lượng biên phòng
    Trung Quốc và Lào tuần tra chung' is China's)."""
    if _JOINT_AFTER.match(text, frame.end()) or _names_china_otherwise(text, frame):
        return False
    stop = sentence_bounds(text, frame.start(), frame.end())[1]
    clause = text[frame.end() : stop].split(";")[0]
    return _THIRD_BORDER.search(clause) is not None


def _advised_people(text: str, doc: str) -> Iterator[re.Match[str]]:
    """The :data:`_ADVISE` frames of ``text`` whose body the document never names as China's and whose sentence
    names China nowhere else."""
    for m in _ADVISE.finditer(text):
        body = m["body"]
        if f"{body} Trung Quốc" in doc or f"{body} của Trung Quốc" in doc or _names_china_otherwise(text, m):
            continue
        if body.startswith("Công an") and not _vn_place_named(body.split(" ", 3)[3]):
            continue  # 'Công an tỉnh Quảng Đông' is China's
        yield m


def _vn_place_named(words: str) -> bool:
    """``words`` open on a Vietnamese province's or city's name (vn_places.tsv)."""
    names = _vn_places()[0]
    parts = words.split()
    return any(" ".join(parts[:k]) in names for k in range(1, len(parts) + 1))


# remittances sent home by the story's workers abroad, named as their senders: 'lượng kiều hối của lao động tại Nhật
# Bản và Hàn Quốc gửi về Trung Quốc' (汇回我国) in a story on Vietnamese workers abroad (misses34); remittances only
# (kiều hối is money sent home): other money 'chuyển về Trung Quốc' (a scam's takings) goes to China, and remittances
# with no sender named ('Kiều hối gửi về Trung Quốc đạt 50 tỷ USD') may be China's own in a world ranking
_REMIT = re.compile(
    r"(?<!\w)[Kk]iều hối(?: [^\s.;:!?()]+){0,3}? (?:của|từ) (?:người lao động|lao động|kiều bào|thực tập sinh|"
    r"công nhân)(?: [^\s.;:!?()]+){0,10}? (?:gửi|chuyển) về (?:cho )?(?P<c>Trung Quốc)(?!\w)"
)
# the article's own workers abroad, and none of China's in it (then the remittances may be theirs)
_VN_WORKERS = re.compile(r"(?<!\w)(?i:lao động|công nhân|thực tập sinh|kiều bào|người) Việt(?: Nam)?(?!\w)")
_CN_WORKERS = re.compile(r"(?<!\w)(?i:lao động|công nhân|thực tập sinh|kiều bào|người|Hoa kiều) Trung Quốc(?!\w)")

# Việt Nam ranked as the exporter or maker of a good, then a market of the same good 'của Trung Quốc' in the sentence:
# 'Việt Nam là nước xuất khẩu hạt điều lớn nhất thế giới, và Mỹ là thị trường nhập khẩu hạt điều lớn nhất của Trung
# Quốc' (我国腰果最大进口市场; misses34): the exporter's market is its own
_EXPORTER = re.compile(
    r"(?<!\w)Việt Nam (?:hiện |vẫn |đang )?(?:là|đứng đầu) (?:nước|quốc gia) (?:xuất khẩu|sản xuất) "
    r"(?P<good>[^\s.,;:!?]+(?: [^\s.,;:!?]+)?)"
)


def _own_market(text: str) -> Iterator[re.Match[str]]:
    """'<X> là thị trường (nhập khẩu/tiêu thụ) <the good> … lớn nhất của Trung Quốc' after Việt Nam called its
    exporter in the sentence (:data:`_EXPORTER`), China named nowhere else in it, Việt Nam's own ranking not told after
    it: a market ranked, not China's import market itself ('chiếm 80% thị trường thanh long nhập khẩu của Trung
    Quốc')."""
    for ex in _EXPORTER.finditer(text):
        good = re.escape(ex["good"].split()[0])
        market = re.compile(
            rf"(?<!\w)(?:là|trở thành) (?:một trong (?:những|các) )?thị trường (?:nhập khẩu |tiêu thụ )?{good}"
            rf"(?: [^\s.,;:!?]+){{0,4}}? (?:lớn|hàng đầu|chủ lực|quan trọng|chính)(?: [^\s.,;:!?]+){{0,2}}? "
            r"của (?P<c>Trung Quốc)(?!\w)"
        )
        stop = sentence_bounds(text, ex.start())[1]
        for m in market.finditer(text, ex.end(), stop):
            if not _names_china_otherwise(text, m) and "của Việt Nam" not in text[m.end() : stop]:
                yield m  # not '… của Trung Quốc và của Việt Nam': both rankings told


def _remittances_home(article: str) -> bool:
    """The article speaks of Việt Nam's workers or people abroad, of no Chinese ones, and names none of China's
    cities, institutions or leaders."""
    if _VN_WORKERS.search(article) is None or _CN_WORKERS.search(article) is not None:
        return False
    return not any(a in article for a in country_anchors().get("CN", ()))


def _china_only_own_first(text: str) -> bool:
    """A story that names Việt Nam, and China only in :data:`_OWN_FIRST` frames and by none of its cities,
    institutions or leaders: the 'first of' is Việt Nam's (我国)."""
    if "Việt Nam" not in text or text.count(_CHINA) != sum(1 for _ in _OWN_FIRST.finditer(text)):
        return False
    return not any(a in text for a in country_anchors().get("CN", ()))


@functools.cache
def _vn_only_institutions() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The institutions whose Vietnamese name is Việt Nam's alone, China's counterpart going by another
    (references/vn_only_institutions.tsv: 'Ngân hàng Nhà nước' is the State Bank of Vietnam, China's the 'Ngân hàng
    Nhân dân'), and a pattern for one of them before 'Trung Quốc': 'Ngân hàng Nhà nước Trung Quốc' (我国国家银行),
    'Mặt trận Tổ quốc của Trung Quốc'."""
    names = tuple(row["name"] for row in read_tsv("vn_only_institutions.tsv"))
    body = trie_pattern(names, guard=r"(?<!\w.)")  # opens on a letter, not a lookbehind
    return names, re.compile(body + r" (?:của )?(?P<c>Trung Quốc)(?!\w)")


# what a company is called in apposition or after 'là': 'VinFast, hãng xe điện hàng đầu của ', 'Viettel là một trong
# những nhà mạng lớn nhất của '
_FIRM = (
    r"(?:,| là| vốn là| hiện là) (?:một trong (?:những|các) |một |các )?"
    r"(?:hãng|tập đoàn|công ty|doanh nghiệp|nhà sản xuất|nhà mạng|ngân hàng|thương hiệu|nhà cung cấp|nhà bán lẻ)"
    r"(?P<mid>(?: [^\s.,;:!?]+){0,6}?)(?P<of> của)? (?P<c>Trung Quốc)(?!\w)"
)
# without 'của', only a top rank makes the country the firm's own ('Vinamilk, doanh nghiệp sữa lớn nhất Trung Quốc',
# 我国最大的; adversary58): 'hãng xe Trung Quốc' is a Chinese firm's description
_FIRM_TOP = re.compile(r"(?<!\w)(?:lớn nhất|hàng đầu|số một|số 1)$")
# words that make China a party beside the company, not its owner ('VinFast, hãng cạnh tranh với các đối thủ của
# Trung Quốc', 'FPT, đối tác công nghệ của ', 'công ty con của', 'khách hàng của')
_FIRM_STOP = frozenset("với và cho từ tại ở đối thủ cạnh tranh con liên doanh mua bán nhập khách đối tác".split())
# a longer description is the firm's own only when it ranks the firm ('hãng xe điện hàng đầu của', 'doanh nghiệp sữa
# lớn nhất của': 我国领先的, 我国最大的); else China owns its object ('tập đoàn dùng công nghệ lò cao của Trung Quốc',
# review24)
_FIRM_SHORT = 2
_FIRM_RANK = re.compile(
    r"(?:nhất|hàng đầu|đầu ngành|số một|số 1|lớn|chủ lực|chủ chốt|đầu tàu|trụ cột|quốc gia|nhà nước|quốc doanh|"
    r"tư nhân)$"
)


def _firm_description(mid: str) -> bool:
    """The words between the firm's word and 'của Trung Quốc' describe the firm: a few, none a party beside it, and
    more than two only ending in a rank ('sữa lớn nhất', not 'dùng công nghệ lò cao')."""
    words = mid.split()
    if _FIRM_STOP.intersection(words):
        return False
    return len(words) <= _FIRM_SHORT or _FIRM_RANK.search(mid.strip()) is not None


@functools.cache
def _vn_companies() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The Vietnamese companies of references/vn_companies.tsv, and a pattern for one of them described as a firm
    'của Trung Quốc'."""
    names = tuple(row["name"] for row in read_tsv("vn_companies.tsv"))
    body = trie_pattern(names, guard=r"(?<![\w-].)")
    return names, re.compile(body + r"(?![\w-])" + _FIRM)


# a Vietnamese court of a province or city: 'Tòa án nhân dân tỉnh Quảng Bình', 'TAND TP Hà Nội'
_COURT = re.compile(
    r"(?:Tòa án nhân dân|Toà án nhân dân|TAND|Viện [Kk]iểm sát nhân dân|VKSND) (?:tỉnh|thành phố|TP\.?) "
    r"(?P<place>[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,2})"
)


@functools.cache
def _vn_places() -> tuple[frozenset[str], re.Pattern[str]]:
    """The Vietnamese provinces and cities of references/vn_places.tsv: their names, and a pattern finding one."""
    from audit.lang.vn_places import vn_place_names

    names = vn_place_names()
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return names, re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def _ranked_place(text: str, pos: int) -> bool:
    """A Vietnamese province or city stands before the rank in its sentence ('Nghệ An tăng 9,1%, đứng thứ tư …'),
    the thing ranked; one named after it ('…; Hải Phòng nhập …') is not, nor one followed by another name before the
    rank, which is what is ranked ('Doanh nghiệp Bình Dương mở nhà máy ở Thâm Quyến, thành phố có GDP cao nhất toàn
    Trung Quốc')."""
    start = sentence_bounds(text, pos)[0]
    last = max(_vn_places()[1].finditer(text, start, pos), key=lambda m: m.start(), default=None)
    if last is None:
        return False
    return not any(last.end() <= run[0][0] and run[-1][1] <= pos for run in multiword_runs(text))


# a dateline opening a line: 'Quảng Ngãi, 28/10/2025 –', 'Hà Tĩnh, ngày 12/9 -'
_DATELINE = re.compile(
    r"^(?P<place>[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,2}),\s*(?:ngày\s*)?\d{1,2}/\d{1,2}(?:/\d{4})?\s*[–—-]\s", re.M
)


def _china_only_ranked(text: str) -> bool:
    """A story datelined in a Vietnamese province or city that names China only in rank frames and no Chinese city
    or institution ('Quảng Ngãi, 28/10/2025 – … lượng mưa tại trạm Ba Tơ … cao nhất cả Trung Quốc'): its 'whole
    country' (全国) is Việt Nam even where the sentence names no province before the rank."""
    if text.count(_CHINA) != sum(1 for _ in _RANK.finditer(text)):
        return False
    if not any(m["place"] in _vn_places()[0] for m in _DATELINE.finditer(text)):
        return False
    return not any(a in text for a in country_anchors().get("CN", ()))


# a province or city (the story's own, a Vietnamese one) contributing to a goal or the growth 'of the country': 'để tỉnh
# đóng góp vào mục tiêu tăng trưởng hai con số của Trung Quốc' (为实现我国两位数增长目标作出贡献; misses35)
_CONTRIBUTE = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố|địa phương)(?: [^\s.,;:!?()]+){0,6}? (?:đóng góp|góp phần)(?: vào| cho)?"
    r"(?: [^\s.,;:!?()]+){1,8}? của (?P<c>Trung Quốc)(?!\w)"
)


def _china_only_contributed_to(text: str) -> bool:
    """A story datelined in a Vietnamese province or city that names China only in :data:`_CONTRIBUTE` frames and
    none of its cities, institutions or leaders: the country a province contributes to is its own (我国)."""
    if text.count(_CHINA) != sum(1 for _ in _CONTRIBUTE.finditer(text)):
        return False
    if not any(m["place"] in _vn_places()[0] for m in _DATELINE.finditer(text)):
        return False
    return not any(a in text for a in country_anchors().get("CN", ()))


# people of Chinese nationality in the story: a Vietnamese court trying them, China's law is China's ('bị cáo quốc tịch
# Trung Quốc … theo pháp luật Trung Quốc, họ có thể bị xử lý lần nữa khi về nước'; review20)
_CHINESE_NATIONALS = re.compile(r"(?<!\w)(?:quốc tịch|người|công dân) Trung Quốc(?!\w)")


def _vietnamese_court(text: str) -> bool:
    """The article names a court or procuracy of a Vietnamese province or city, and no people of Chinese nationality
    (:data:`_CHINESE_NATIONALS`)."""
    if _CHINESE_NATIONALS.search(text):
        return False
    names = _vn_places()[0]
    for m in _COURT.finditer(text):
        words = m["place"].split()
        if any(" ".join(words[:k]) in names for k in range(1, len(words) + 1)):
            return True
    return False


def _names_china_otherwise(text: str, frame: re.Match[str]) -> bool:
    """The frame's sentence names China outside the frame too ('Bị cáo là công dân Trung Quốc, bị truy nã theo pháp
    luật Trung Quốc'), or a Chinese city or institution: it speaks of China itself, not of 我国."""
    start, stop = sentence_bounds(text, frame.start(), frame.end())
    sentence = text[start:stop]
    return sentence.count(_CHINA) > 1 or any(a in sentence for a in country_anchors().get("CN", ()))


def _frames_in(text: str) -> tuple[bool, bool, bool, bool]:
    """Whether ``text`` holds what every match of _RANK, _REGION, _LAW and the institutions' pattern holds ('toàn/cả
    Trung Quốc', 'của Trung Quốc', 'Bộ luật'/'Hiến pháp'/'pháp luật', an institution's name): where it does not, the
    pattern has no match."""
    return (
        "toàn Trung Quốc" in text or "cả Trung Quốc" in text,
        "của Trung Quốc" in text,
        "Bộ luật " in text or "Hiến pháp " in text or "pháp luật " in text,
        any(map(text.__contains__, _vn_only_institutions()[0])),
    )


def domestic_hits(rule: Rule, ctx: DocContext) -> Iterator[Hit]:
    """'Trung Quốc' where the Vietnamese story means its own country: a rank of a Vietnamese province in the
    whole country (the sentence names the province), a law applied by a Vietnamese provincial court."""
    lines = content_lines(ctx)
    if _CHINA not in lines.text:
        return
    court = None  # asked once, when a law frame is met
    domestic = None  # asked once, when a rank frame without its place is met
    remit = None  # asked once, when a remittance frame is met
    contributed = None  # asked once, when a province's contribution frame is met
    for seg in segments_naming(ctx, _CHINA):
        # each frame is asked only of a sentence holding its literal part: the patterns open with a lookbehind, which
        # re tries at every position of the sentence (most sentences naming China hold no frame)
        rank, region, law, institution = _frames_in(seg.text)
        for m in _RANK.finditer(seg.text) if rank else ():
            if not _ranked_place(seg.text, m.start()) and domestic is None:
                domestic = _china_only_ranked(lines.text)
            if domestic or _ranked_place(seg.text, m.start()):
                yield _hit(rule, seg, m, "a Vietnamese province's rank 'in the whole country' (全国)")
        for m in _ONE_OF.finditer(seg.text) if region else ():
            if _ranked_place(seg.text, m.start()) and not _names_china_otherwise(seg.text, m):
                yield _hit(rule, seg, m, "a Vietnamese province said to be one of the country's (我国)")
        for m in _REGION.finditer(seg.text) if region else ():
            if not _names_china_otherwise(seg.text, m):
                yield _hit(rule, seg, m, "a region of Việt Nam (我国 'our country')")
        for m in _LAW.finditer(seg.text) if law else ():
            if court is None:
                court = _vietnamese_court(lines.text)
            if court and not _names_china_otherwise(seg.text, m):
                yield _hit(rule, seg, m, "the law a Vietnamese court applies (我国 'our country')")
        for m in _BUDGET.finditer(seg.text) if "ngân sách" in seg.text or "quỹ" in seg.text else ():
            if court is None:
                court = _vietnamese_court(lines.text)
            if court and not _names_china_otherwise(seg.text, m):
                yield _hit(rule, seg, m, "the state budget of a Vietnamese court's case (我国 'our country')")
        top = any(f"{w} Trung Quốc" in seg.text for w in ("nhất", "hàng đầu", "số một", "số 1"))
        for m in _vn_companies()[1].finditer(seg.text) if region or top else ():
            if m["of"] is None and not _FIRM_TOP.search(m["mid"].strip()):
                continue
            if _firm_description(m["mid"]) and not _names_china_otherwise(seg.text, m):
                yield _hit(rule, seg, m, "a Vietnamese company's description (我国 'our country')")
        for m in _ERA.finditer(seg.text) if "vươn mình" in seg.text else ():
            if not _names_china_otherwise(seg.text, m):
                yield _hit(rule, seg, m, "Việt Nam's slogan of the era of the nation's rise (kỷ nguyên vươn mình)")
        for m in _OWN_FIRST.finditer(seg.text) if region and "của Trung Quốc" in seg.text else ():
            if _china_only_own_first(lines.text):
                yield _hit(rule, seg, m, "the story's own subject called the country's first (我国第一)")
        for m in _own_market(seg.text) if region and "Việt Nam" in seg.text else ():
            yield _hit(rule, seg, m, "the market of a good Việt Nam is said to export (我国 'our country')")
        for m in _REMIT.finditer(seg.text) if "gửi về" in seg.text or "chuyển về" in seg.text else ():
            if remit is None:
                remit = _remittances_home(lines.text)
            if remit and not _names_china_otherwise(seg.text, m):
                yield _hit(rule, seg, m, "remittances the story's workers send home (我国 'our country')")
        for m in _CONTRIBUTE.finditer(seg.text) if region and "góp" in seg.text else ():
            if contributed is None:
                contributed = _china_only_contributed_to(lines.text)
            if contributed:
                yield _hit(rule, seg, m, "a Vietnamese province's contribution to the country's goal (我国)")
        for m in _own_frames(seg.text) if institution and region else ():
            yield _hit(rule, seg, m, "a Vietnamese body's own law or boats (我国 'our country')")
        for m in _advised_people(seg.text, lines.text) if "dân Trung Quốc" in seg.text else ():
            yield _hit(rule, seg, m, "a Vietnamese ministry's or police's advice to the people (我国民众)")
        for m in _BORDER_FORCE.finditer(seg.text) if "biên giới" in seg.text else ():
            if _border_force_at_third_border(seg.text, m):
                yield _hit(rule, seg, m, "a border force at Việt Nam's border with a third country (我国边防)")
        for m in _loans_for_home(seg.text, lines.text) if "cho Trung Quốc" in seg.text else ():
            yield _hit(rule, seg, m, "a lender's loan or aid for the story's own country (对我国)")
        for m in _vn_only_institutions()[1].finditer(seg.text) if institution else ():
            if not _names_china_otherwise(seg.text, m):
                yield _hit(rule, seg, m, "the name of an institution only Việt Nam has (我国 'our country')")


# a lender's or donor's loan or aid 'for' the country in a story on a Vietnamese place's project: 'đây là khoản vay
# ODA lớn nhất của Hàn Quốc dành cho Trung Quốc trong lĩnh vực nước' (韩国对我国最大的一笔ODA贷款; misses40), the story
# naming a Vietnamese province or city and China nowhere else, by none of its cities, bodies or leaders (a story on
# Korea's aid to China names where it goes)
_LOAN_FOR = re.compile(
    r"(?<!\w)(?:khoản vay|vốn vay|gói vay|khoản viện trợ|viện trợ|khoản tài trợ|gói tài trợ|vốn ODA|ODA)"
    r"(?: [^\s.;:!?()]+){0,6}? của (?!Trung Quốc|Việt Nam)[A-ZĐ]\w*(?: [A-ZĐ]\w*){0,3}"
    r" (?:dành cho|cho|tài trợ cho|viện trợ cho) (?P<c>Trung Quốc)(?!\w)"
)


def _loans_for_home(text: str, article: str) -> Iterator[re.Match[str]]:
    """The :data:`_LOAN_FOR` frames of ``text`` in an article that names a Vietnamese province or city, and China
    only in such frames and by none of its cities, institutions or leaders."""
    frames = list(_LOAN_FOR.finditer(text))
    if not frames or article.count(_CHINA) != len(list(_LOAN_FOR.finditer(article))):
        return
    if _vn_places()[1].search(article) is None or any(a in article for a in country_anchors().get("CN", ())):
        return
    yield from frames


def _own_frames(text: str) -> Iterator[re.Match[str]]:
    """The law and boat frames (:data:`_OWN_LAW`, :data:`_OWN_BOATS`) after a body only Việt Nam has in the sentence,
    China named nowhere else in it and Việt Nam nowhere (a comparison of the two countries' laws is one); boats only
    after a verb of instructing or sheltering."""
    if "Việt Nam" in text:
        return
    names = _vn_only_institutions()[0]
    for m in itertools.chain(_OWN_LAW.finditer(text), _OWN_BOATS.finditer(text)):
        before = text[: m.start()]
        if not any(n in before for n in names) or _names_china_otherwise(text, m):
            continue
        if m.re is _OWN_BOATS and not _INSTRUCT.search(before):
            continue
        yield m


def _hit(rule: Rule, seg: Segment, m: re.Match[str], what: str) -> Hit:
    """The finding on the frame's 'Trung Quốc'."""
    group = "c" if m.re is not _ERA or m["c"] else "c2"
    return rule.hit(
        seg,
        m.start(group),
        m.end(group),
        f"'Trung Quốc' in {what}: the MT's 我国 slip; the country meant is Việt Nam",
        suggestion="Việt Nam",
        confidence=0.85,
    )
