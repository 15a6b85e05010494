"""T307: Chinese myriad units left in numbers: '3 ức USD' (亿, 10⁸), '15 vạn nhân dân tệ' (万, 10⁴)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from audit.lang.quantities import ZH_MYRIAD_NUMBER, vi_amount, vi_one_word_numbers, vi_value, zh_myriad
from audit.lang.rare_chars import rare_scan
from audit.model import Segment, Severity
from audit.rules._prefilter import PrefilteredRule, segments_matching_any
from audit.rules.base import DocContext, Hit
from audit.rules.registry import register

_NUMBER = r"(?P<n>\d+(?:[.,]\d+)?)"
# 'ức' after a number is 亿 (a hundred million); Vietnamese writes 'trăm triệu'/'tỷ'
_UC = re.compile(rf"(?<![\w.,]){_NUMBER}\s+(?P<u>ức)(?!\w)")
# 'vạn ức' is 万亿 (10¹², a trillion: '21,3 vạn ức yên' = 21.300 tỷ yên); read whole, or its 'vạn' alone would
# give a value 10⁸ times too small
_VAN_UC = re.compile(rf"(?<![\w.,]){_NUMBER}\s+vạn\s+(?P<u>ức)(?!\w)")
# 'vạn' (万) is still said ('hàng vạn người', '10 vạn quân'), but not with a currency ('15 vạn nhân dân tệ') nor
# after a decimal ('8,6 vạn công nhân': 8.6万 written digit for digit)
# (the pound too: '2 vạn bảng Anh' for 2万英镑, adversary113)
_CURRENCY = r"(?:nhân dân tệ|NDT|tệ|đồng|USD|đô la|đô|yen|yên|won|euro|bảng Anh|GBP|rúp|rupee|baht)(?!\w)"
# nor before 'tỷ'/'triệu' ('82 vạn tỷ đồng': 82万亿 read as 'vạn' and 'tỷ', 820 nghìn tỷ; 'hàng vạn tỷ' has no digit)
_VAN = re.compile(
    rf"(?<![\w.,]){_NUMBER}\s+(?P<u>vạn)\s+(?={_CURRENCY}|(?:nghìn |ngàn )?tỷ(?!\w)|triệu(?!\w))"
    r"|(?<![\w.,])(?P<d>\d+,\d+|\d+\.\d\d?(?![\d.,]))\s+(?P<du>vạn)(?!\w)(?!\s+(?:năng|vật|sự|tuế|thọ|phúc)(?!\w))"
)
# (and after a decimal point, as Chinese and English write it: '1.2 vạn sinh viên' for 1.2万 is 12.000, never a
# thousands group, which has three digits; T307's rather than F114's, the suggestion mending both), never where
# 'vạn' starts a word ('vạn năng', 'vạn vật')
# nor after a whole number of a hundred or more ('370 vạn lượt khách': 3.7 million; '6.500 vạn người', with a
# thousands point: 65 million), a count a Vietnamese writer gives in thousands or millions; '10 vạn quân',
# '29 vạn quân Thanh' are how history is told
_VAN_COUNT = re.compile(
    rf"(?<![\w.,])(?P<n>[1-9]\d{{0,2}}(?:\.\d{{3}})+|[1-9]\d{{2,}})\s+(?P<u>vạn)(?!\w)(?!\s+{_CURRENCY})"
)

# nor before what modern news counts ('9 vạn người dân', '3 vạn lượt khách', '4 vạn tấn'): a count of one or two
# digits that a Vietnamese writer gives in thousands; soldiers and 'người' alone stay the history's ('10 vạn quân')
COUNTED = (
    "người dân|người lao động|người xem|người dùng|người hâm mộ|người tham gia|người tị nạn|người di cư|"
    "người biểu tình|cư dân|hộ dân|hộ gia đình|hộ|lao động|công nhân|nhân viên|du khách|lượt khách|lượt|"
    "khách du lịch|học sinh|sinh viên|giáo viên|ca mắc|ca nhiễm|ca bệnh|ca tử vong|bệnh nhân|vận động viên|"
    "khán giả|cổ động viên|cử tri|thuê bao|tài khoản|doanh nghiệp|việc làm|ngôi nhà|căn nhà|căn hộ|ô tô|xe|"
    "tấn|ha|héc-ta|hecta|thùng|container|vụ|trường hợp|kỹ sư|kỹ thuật viên|chuyên gia|nhà khoa học|"
    "nhà nghiên cứu|bác sĩ|điều dưỡng|trạm gốc|trạm phát sóng|thiết bị|sản phẩm|đơn hàng|lượt tải|lượt truy cập|"
    "liều|thí sinh|hành khách|suất|hồ sơ|"  # doses, candidates, passengers, places, applications (adversary72)
    # tickets and officials, counted in whole units ('50 vạn vé tàu' for 50万张, '1,250 cán bộ' with the English
    # thousands; adversary116)
    "vé|cán bộ|công chức|viên chức|"
    # trips and flights of transport news ('12,400 chuyến bay': a count, so the English thousands; misses33)
    "chuyến bay|chuyến tàu|chuyến xe|lượt chuyến|"
    # places, seats and beds, and the charging points of EV news, counted in whole units ('2,400 chỗ ở', '15 vạn
    # cổng sạc'; adversary119)
    "chỗ ở|chỗ ngồi|chỗ|giường bệnh|giường|cổng sạc|trạm sạc|điểm sạc|trụ sạc|"
    # the outlets and points of payment and retail news ('12 vạn điểm bán lẻ', '3 vạn điểm chấp nhận thanh toán';
    # misses41), not a score ('điểm' alone)
    "điểm bán lẻ|điểm bán hàng|điểm bán|điểm giao dịch|điểm chấp nhận|điểm thanh toán|cửa hàng|"
    # the faithful and pilgrims of religion and festival news ('40 vạn phật tử', adversary78)
    "phật tử|Phật tử|tín đồ|giáo dân|tăng ni|khách hành hương|người hành hương|du học sinh|"
    # and goods seized or recalled by their packs ('60 vạn hộp sữa bột', '3 vạn chai'; misses31)
    "hộp|gói|chai|lon|túi|lọ|hũ|vỉ|kiện hàng|"
    # the projects, works, plants and firms of investment and business news, and the members, delegates and children
    # of society news, counted in whole units ('hơn 9,800 dự án' with the English thousands; adversary128); no army
    # ('binh sĩ') nor peasants ('nông dân'), whom history counts in myriads too
    "dự án|công trình|nhà máy|công ty|hợp tác xã|trang trại|trường học|bệnh viện|thành viên|hội viên|đại biểu|"
    "tình nguyện viên|trẻ em|học viên|ngư dân|"
    # and cases of a disease ('12 vạn ca', '1,250 ca' in a dengue story; misses30), not a song's ('ca khúc') nor a
    # shift's words ('ca trực', 'ca đêm')
    r"ca(?!\s+(?:khúc|dao|từ|sĩ|kịch|trù|nhạc|hát|vũ|kíp|trực|làm|đêm|ngày|sáng|chiều))"
)
# and the areas and volumes of property and works news ('68 vạn mét vuông'; adversary67), measures rather than
# counts (F114 reads COUNTED as whole numbers: '42,195 km' is a decimal)
# and the power and energy of electricity news, in symbols or spelt out ('80 vạn kilowatt' for 80万千瓦, 800 MW;
# misses27), and weights
_MEASURED = (
    "mét vuông|mét khối|m2|m²|m3|m³|km|ki-lô-mét|lít|"
    "kilowatt giờ|kilowatt|kilôwatt|kilô-oát|ki-lô-oát|megawatt|oát|watt|kWh|kWp|kW|MWh|MW|GWh|"
    "ki-lô-gam|ki-lô-gram|kilôgam|kg"
)
# and the objects of heritage, museum and library news ('3 vạn bản khắc gỗ', '2 vạn hiện vật'; misses33), kept out of
# COUNTED, which F114 reads too
_KEPT = "bản khắc|bản in|bản sao|bản thảo|cuốn sách|đầu sách|hiện vật|cổ vật|tài liệu|tác phẩm|bức tranh|bức ảnh"
# and what carbon and capital markets trade by the unit ('50 vạn tín chỉ carbon' for 50万, 500.000; '3 vạn cổ
# phiếu'; misses52): modern instruments no history counts in myriads
_KEPT += "|tín chỉ|chứng chỉ|cổ phiếu|cổ phần|trái phiếu|hợp đồng"
# or before Chinese characters the MT left ('2 vạn 基站'): the count is the MT's too; a classifier may stand before
# the noun ('5 vạn chiếc xe điện', '3 vạn căn hộ'; misses38)
_CLASSIFIER = r"(?:chiếc|cái|con|căn|ngôi|bộ|tấm|cuốn|bức)\s+"
# or 'chiếc' before any noun but a vessel: a count of made things ('3 vạn chiếc mũ bảo hiểm' for 3万顶头盔; round 32),
# which no history counts in myriads; boats and ships are history's too ('4 vạn chiếc thuyền'; misses38)
_VESSELS = r"thuyền|ghe|xuồng|bè|tàu|chiến thuyền|chiến hạm|thuyền chiến"
_MODERN_AFTER = (
    rf"(?=\s+(?:(?:{_CLASSIFIER})?(?:{COUNTED}|{_MEASURED}|{_KEPT})(?!\w)|chiếc\s+(?!(?:{_VESSELS})(?!\w))[^\W\d_]"
    r"|[\u4e00-\u9fff]))"
)
_VAN_MODERN = re.compile(rf"(?<![\w.,])(?P<n>[1-9]\d?)\s+(?P<u>vạn){_MODERN_AFTER}")
# the same with the count in a word ('ba vạn chiếc mũ' for 三万顶, 30.000; round 32): MT writes the Chinese number
# word for word; 'ba vạn sáu nghìn ngày' (a lifetime) and 'muôn vạn' count no such thing
_SPELT = {w: v for w, v in vi_one_word_numbers().items() if v > 1}  # 'một vạn' is also 'some ten thousand'
_VAN_SPELT = re.compile(
    rf"(?<![\w.,])(?P<w>{'|'.join(sorted(_SPELT, key=len, reverse=True))})\s+(?P<wu>vạn){_MODERN_AFTER}",
    re.IGNORECASE,
)
# 'người' alone ('3 vạn người') is history's as much as the MT's: only in a document that holds another Chinese
# myriad, an 'ức' or a 'vạn' of the patterns above ('1,8 ức USD' in the same story; misses33), or in a sentence of
# today (:func:`_today`; misses32)
_VAN_PEOPLE = re.compile(r"(?<![\w.,])(?P<n>[1-9]\d?)\s+(?P<u>vạn)(?=\s+người(?!\w))")
# a sentence that tells history: a year before 1900, a king (not chess, 'cờ vua', nor a top scorer or a chess king:
# 'vua phá lưới', 'vua cờ'; misses30), a court, an army of old, the chronicles told ('sử cũ chép', 'theo sử',
# 'chính sử'; not 'lịch sử': review33)
_HISTORY = re.compile(
    r"(?<![\w.,])1[0-8]\d\d(?![\w.,]\d)|\b(?:(?<!cờ )(?<!Cờ )[Vv]ua(?! phá lưới| cờ)|"
    r"triều đình|triều|nghĩa quân|[Qq]uân (?:Thanh|Minh|Nguyên|Tống|Mông)|TCN|thế kỷ [IVX]+|"
    r"(?<!lịch )(?<!Lịch )[Ss]ử (?:cũ|sách|chép|ký|xưa)|[Cc]hính sử|[Ss]ách sử|[Dd]ã sử|[Tt]heo sử)\b"
)

# a ship's deadweight in myriads is Vietnamese ports' own idiom ('tàu 5 vạn tấn', 'tàu hàng trọng tải 7 vạn tấn',
# 'cầu cảng cho tàu 10 vạn tấn'; review32): 'vạn tấn' right after a ship or its tonnage word stays quiet
_SHIP_TONNAGE = re.compile(
    r"(?:trọng tải|tải trọng|(?<!\w)(?:[Tt]àu|[Ss]à lan|[Xx]à lan)(?:\s+\w+){0,3})"
    r"\s+(?:đến\s+|tới\s+|khoảng\s+|gần\s+)?$"
)

# what a ship carries is a count of its cargo ('tàu chở 4 vạn tấn gạo'), not its class
_CARGO = re.compile(r"chở|vận chuyển|bốc|dỡ|xuất|nhập|chứa")


def _ship_tonnage(text: str, m: re.Match[str]) -> bool:
    """A 'N vạn tấn' right after a ship or its tonnage word ('tàu hàng trọng tải 7 vạn tấn')."""
    if not text.startswith("tấn", m.end("u") + 1):
        return False
    ship = _SHIP_TONNAGE.search(text, 0, m.start())
    return ship is not None and not _CARGO.search(ship.group())


# '6 vạn người' alone, in a sentence of today: it names a year from 1990 on or says 'hiện có/hiện nay' and names no year
# of the past century before it ('cộng đồng hiện có khoảng 6 vạn người … từ năm 2013'; misses32); history keeps it
_NOW = re.compile(r"(?<![\w.,])(?:199\d|20\d\d)(?![\w.,]\d)|(?<!\w)hiện (?:có|nay|đang)(?!\w)")
_PAST_CENTURY = re.compile(r"(?<![\w.,])19[0-8]\d(?![\w.,]\d)")


# or a sentence that writes another figure as today's news does: a count with the thousands point ('3.000 ngôi nhà';
# not a span of years, '1.000 năm Thăng Long') or a percentage ('chiếm 12%'): a writer who puts '3.000' beside
# 'N vạn người' in one sentence is the MT copying 万 ('hơn 12 vạn người phải sơ tán và … khoảng 3.000 ngôi nhà';
# adversary115); history gives its figures in words and myriads
_MODERN_FIGURE = re.compile(r"(?<![\w.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\w.,]\d)(?!\s+năm(?!\w))|\d%|\d\s+phần trăm")


def _today(text: str) -> bool:
    """A sentence of today (:data:`_NOW`, or a figure of :data:`_MODERN_FIGURE`) naming no year of the past
    century: its 'N vạn người' is the MT's."""
    return (_NOW.search(text) is not None or _MODERN_FIGURE.search(text) is not None) and _PAST_CENTURY.search(
        text
    ) is None


# the characters themselves after a number ('12万 lượt', '3,5亿 USD'; adversary112): MT that copied the unit left a
# number no Vietnamese reader can read; one finding with the value, not L103's for the character alone
_HANZI_SCAN = rare_scan(re.compile("[万萬亿億]"))

_UNITS = ("ức", "vạn")
_UNIT_NAMES = {1e12: "万亿 (10¹²)", 1e8: "亿 (10⁸)", 1e4: "万 (10⁴)"}
# each unit found from its first letter (digits and spaces are everywhere), the space before as a lookbehind
_SCANS = tuple(re.compile(rf"{unit}(?<=\s{unit})(?!\w)") for unit in _UNITS)


def _other_myriad(ctx: DocContext) -> bool:
    """The document holds a Chinese myriad no Vietnamese writer puts (an 'ức' or a 'vạn' of the patterns before
    :data:`_VAN_PEOPLE`, outside a sentence of history): its 'N vạn người' is the MT's too (memoised)."""

    def compute(_doc: object) -> bool:
        for seg in segments_matching_any(ctx, _SCANS):
            text = seg.text
            if _VAN_UC.search(text) or _UC.search(text) or _VAN.search(text) or _VAN_COUNT.search(text):
                return True
            if (_VAN_MODERN.search(text) or _VAN_SPELT.search(text)) and not _HISTORY.search(text):
                return True
        return False

    return ctx.memo("T307 other myriad", compute)


_POINT_DECIMAL = re.compile(r"\d+\.\d\d?")


def _myriad_count(written: str) -> float:
    """The number before a myriad unit: a point before one or two digits is the decimal point of Chinese and
    English ('1.2 vạn' for 1.2万, '3.5 ức' for 3.5亿), a thousands group has three; else as Vietnamese writes it."""
    return float(written) if _POINT_DECIMAL.fullmatch(written) else vi_value(written)


@register
class ChineseNumberUnit(PrefilteredRule):
    code = "T307"
    name = "chinese-number-unit"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    # a digit or a number word before the unit, or a digit before the character
    trigger = re.compile(rf"\w\s+(?:{'|'.join(_UNITS)})(?!\w)|\d\s?[万萬亿億]")

    def candidates(self, ctx: DocContext) -> Iterable[Segment]:
        """Segments with a unit after a space: a scan a unit, each starting at a literal (fast); and with one of
        the characters, scanned for only where the article has a character of their rare class."""
        return segments_matching_any(ctx, (*_SCANS, _HANZI_SCAN))

    summary = "A Chinese myriad unit left in a number: '3 ức USD' (亿 = 10⁸) → '300 triệu USD'"
    why = (
        "Chinese counts in myriads: 万 (10⁴) and 亿 (10⁸). MT through Chinese keeps them as Hán-Việt 'vạn' and "
        "'ức', which a Vietnamese reader does not read as a magnitude ('ức' is no longer a number word), or "
        "misreads by a factor of ten. 'ức' after a number is major; 'vạn' before a currency or 'tỷ'/'triệu' ('95 "
        "vạn tỷ đồng'), after a decimal "
        "('1,2 vạn', which no Vietnamese writer puts, or with the decimal point of Chinese and English, '1.2 vạn') "
        "or after a number of a hundred or more ('370 vạn lượt khách') "
        "or before what modern news counts ('9 vạn người dân', '4 vạn tấn', '12 vạn ca', '3 vạn bản khắc gỗ', '50 vạn "
        "tín chỉ carbon', '2 vạn chiếc mũ', with the count in a word too: 'ba vạn chiếc mũ bảo hiểm', and "
        "'5 vạn người' where the document holds another myriad or the sentence is one of today: a year from 1990 on, "
        "'hiện nay', a count with the thousands point or a percentage) is minor, since 'vạn' is "
        "still understood ('hàng vạn người', '10 vạn quân' and history stay quiet, and so does a ship's class, 'tàu 5 "
        "vạn tấn'; chess's 'cờ vua' is no king). The character itself after a number ('12万 lượt khách', '3,5亿 USD') "
        "is major, with the value; L103 leaves it to this rule."
    )
    fires = (
        "Kim ngạch thương mại song phương đạt [[3 ức]] USD trong năm 2023.",
        "Dự án có tổng vốn [[15 vạn]] nhân dân tệ.",
        "Năm ngoái thành phố đón [[240 vạn]] lượt khách, gấp đôi năm trước.",
        "Vùng đồng bằng có khoảng [[2.300 vạn]] cư dân sinh sống.",
        "Nhà máy tuyển thêm [[1,2 vạn]] lao động.",
        "Trường đại học có [[1.2 vạn]] sinh viên.",
        "Gói cứu trợ trị giá [[4,8 vạn ức]] won được công bố hôm qua.",
        "Cơn bão khiến [[6 vạn]] hộ dân ở ven biển phải sơ tán trong đêm.",
        "Kế hoạch vốn cho các công trình trọng điểm năm tới khoảng [[95 vạn]] tỷ đồng.",
        "Ngành bán dẫn cần thêm [[5 vạn]] kỹ sư thiết kế vi mạch.",
        "Cộng đồng người Việt tại Đức hiện có khoảng [[18 vạn]] người.",
        "Theo thỏa thuận, Singapore sẽ mua [[50 vạn]] tín chỉ carbon từ các dự án trồng rừng.",
        "Quỹ sẽ tặng [[hai vạn]] chiếc áo phao cho học sinh vùng lũ.",
        "Trận động đất làm [[7 vạn]] người mất nhà cửa và khiến 1.450 trường học phải đóng cửa.",
        "Năm ngoái, tỉnh đón khoảng [[35万]] lượt khách quốc tế.",
    )
    quiet = (
        "Hàng vạn người đổ về lễ hội; 10 vạn quân Thanh bị đánh tan; 29 vạn quân Thanh tiến vào Thăng Long.",
        "Những ký ức về năm 1975 vẫn còn; anh ức chế vì bị đối xử bất công.",
        "Kim ngạch đạt 300 triệu USD; dự án có vốn 150.000 nhân dân tệ.",
        "Năm 1285, quân dân nhà Trần đánh bại 50 vạn quân Nguyên; 3 vạn người dân kinh thành đi sơ tán.",
        "Các dự án chậm tiến độ làm đọng hàng vạn tỷ đồng vốn ngân sách.",
        "Cảng Cái Mép đón tàu container trọng tải 20 vạn tấn.",
        "Năm 2025 là dịp nhớ lại mùa đông năm 1947, khi 2 vạn người của vùng này đi sơ tán.",
        "Sử sách ghi lại 10 vạn người bị bắt đi phu.",
        "Đời người ba vạn sáu nghìn ngày; muôn vạn tấm lòng hướng về miền Trung; một vạn chiếc đèn lồng là nói quá.",
        "Năm 1288, hơn 4 vạn chiếc thuyền của quân Nguyên bị chặn ở sông Bạch Đằng.",
        "Đại lễ 1.000 năm Thăng Long có 5 vạn người dự; vạn người như một cùng hát vang.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        taken: list[tuple[int, int]] = []
        for m in ZH_MYRIAD_NUMBER.finditer(text) if _HANZI_SCAN.search(text) else ():
            size = zh_myriad(m["u"])
            amount = vi_amount(vi_value(m["n"]) * size)
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"the Chinese unit {_UNIT_NAMES[size]} left in a number: {m.group()} = {amount}",
                suggestion=amount,
                confidence=0.9,
            )
        for rx, size, sev in (
            (_VAN_UC, 1e12, Severity.MAJOR),
            (_UC, 1e8, Severity.MAJOR),
            (_VAN, 1e4, Severity.MINOR),
            (_VAN_COUNT, 1e4, Severity.MINOR),
            (_VAN_MODERN, 1e4, Severity.MINOR),
            (_VAN_SPELT, 1e4, Severity.MINOR),
            (_VAN_PEOPLE, 1e4, Severity.MINOR),
        ):
            if rx in (_VAN_MODERN, _VAN_SPELT, _VAN_PEOPLE) and _HISTORY.search(text):
                continue
            if rx is _VAN_PEOPLE and not (_today(text) or _other_myriad(ctx)):
                continue
            for m in rx.finditer(text):
                if any(m.start() < end and start < m.end() for start, end in taken):
                    continue
                if rx is _VAN_MODERN and _ship_tonnage(text, m):
                    continue
                taken.append(m.span())
                if rx is _VAN_SPELT:
                    number, unit = "w", "wu"
                    amount = vi_amount(_SPELT[m["w"].lower()] * size)
                else:
                    number, unit = ("n", "u") if m["n"] else ("d", "du")
                    try:
                        amount = vi_amount(_myriad_count(m[number]) * size)
                    except ValueError:
                        continue
                yield self.hit(
                    seg,
                    m.start(),
                    m.end(unit),
                    f"'{m.group()[len(m[number]) :].strip()}' is the Chinese unit {_UNIT_NAMES[size]}: "
                    f"{m.group()} = {amount}",
                    suggestion=amount,
                    severity=sev,
                    confidence=0.8,
                )
