"""N105: a calqued office title for a Vietnamese office ('Tổng Thư ký' for the Party's Tổng Bí thư)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from audit.lang.hanviet import syllable_key, unmarked
from audit.lang.mentions import is_holder, unambiguous_calque
from audit.lang.names import name_similarity
from audit.lang.people import holders, offices, surname_keys
from audit.lang.syllable import is_valid_syllable
from audit.lang.vn_places import pinyin_places, vn_place_rows
from audit.model import Document, Segment, Severity
from audit.rules._prefilter import content_lines, segments_containing
from audit.rules.base import DocContext, Hit
from audit.rules.names.analyses import TitledRule, seg_pinyin, seg_titled
from audit.rules.names.minister_word_order import department_head_calques, minister_calques
from audit.rules.names.organ_calques import organ_calques
from audit.rules.registry import register

# 'Thư ký Tỉnh ủy Lào Cai': 书记 as 'secretary' for a local Party committee's head, before the committee's place
# (not 'thư ký của Bí thư Tỉnh ủy', an assistant, nor 'Bí thư', 'Tổng Thư ký')
# (the lookbehinds come after the title's first letter: a pattern that opens with a lookbehind is tried at every
# position of the text, one that opens with a letter skips ahead to it)
_COMMITTEE_SECRETARY = re.compile(
    r"(?P<title>[Tt](?<![\w][Tt])(?<!Bí [Tt])(?<!bí [Tt])(?<!Tổng [Tt])(?<!tổng [Tt])"
    r"hư ký (?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|[Tt]hị|[Đđ]ảng) (?:ủy|uỷ))"
    r"(?= (?:tỉnh |thành phố )?[A-ZĐ])"
)
# 'Tỉnh ủy Thư ký' (省委书记 in the Chinese order: the committee, then its secretary), 'Thành ủy Phó Thư ký'
# (市委副书记): a capitalised title after the committee ('Tỉnh ủy Thư ký Trần Văn A' too); a lowercase 'thư ký' after
# a committee is a verb or a clerk ('Văn phòng Tỉnh ủy thư ký cuộc họp')
_COMMITTEE_SECRETARY_ZH = re.compile(
    r"(?P<title>(?P<committee>(?:[Tt](?<![\w][Tt])ỉnh|[Tt](?<![\w][Tt])hành|[Hh](?<![\w][Hh])uyện"
    r"|[Đđ](?<![\w][Đđ])ảng) (?:ủy|uỷ)) (?P<vice>Phó )?Thư ký)(?![\w])"
    r"(?! (?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Đđ]ảng) (?:ủy|uỷ))"
)
_COMMITTEE_OWNERS = ("thư ", "Thư ", "phòng ", "Phòng ", "viên ", "Viên ", "trực ", "vụ ")

# 'Thị trưởng thành phố Hải Phòng' (市长): a Vietnamese city's head is the Chairman of its People's Committee;
# the place may follow ('Thị trưởng (thành phố|TP) X') or, before a Vietnamese full name, end the clause
# before ('tại điểm cầu TP Huzhiming, Thị trưởng Nguyễn Văn Được')
# 'Tỉnh trưởng tỉnh Bắc Ninh' (省长) likewise: a Vietnamese province's head is the Chairman of its People's Committee
# (a deputy's 'Phó Tỉnh trưởng' (副省长) with its 'Phó': the whole title is the calque)
_MAYOR = re.compile(r"(?<![\w])(?P<vice>[Pp]hó )?(?:[Tt]hị|[Tt]ỉnh) trưởng(?= )")
_CITY_AFTER = re.compile(r" (?:(?:thành phố|TP\.?|tỉnh) )?(?P<place>[A-ZĐ][\w']*(?: [A-ZĐ][\w']*){0,3})")
_CITY_BEFORE = re.compile(r"(?:thành phố|TP\.?|tỉnh) (?P<place>[A-ZĐ][\w']*(?: [A-ZĐ][\w']*){0,3}),? $")
# A historical mayor ('Thị trưởng Hà Nội Trần Văn Lai' in 1945, 'thời Pháp thuộc'): the title was real then; the
# Republic of Vietnam by its names and its two republics ('dưới chế độ VNCH', 'thời Đệ nhị Cộng Hòa'; review20)
_HISTORICAL = re.compile(
    r"(?<!\d)(?:18\d\d|19[0-6]\d|197[0-5])(?!\d)|[Pp]háp thuộc|thời Pháp|chế độ cũ|Sài Gòn"
    r"|Việt Nam Cộng [Hh][oò]a|VNCH|Đệ (?:nhất|nhị) Cộng [Hh][oò]a|ngụy quyền"
)
_NAME_AFTER = re.compile(r" (?P<name>[A-ZĐ]\w*(?: [A-ZĐ]\w*){2,3})")
# 'Phó Bộ trưởng Phạm Ngọc Thưởng' (副部长) where the document calls the same person (tones aside) 'Thứ trưởng':
# a Vietnamese deputy minister (a foreign one is 'Phó Bộ trưởng' rightly, and never 'Thứ trưởng' beside it)
_DEPUTY_NAMED = re.compile(r"(?<!\w)(?P<title>[Pp]hó Bộ trưởng) (?P<name>[A-ZĐ]\w*(?: [A-ZĐ]\w*){1,3})")
_VICE_MINISTER = re.compile(r"(?<!\w)Thứ trưởng(?!\w)")
_VICE_MINISTER_REACH = 80  # characters after 'Thứ trưởng' the name may stand in (a ministry's name between)
# 'Hành trưởng Ngân hàng Nhà nước' (行长): the State Bank's head is its Governor, 'Thống đốc' (a bare 'Hành trưởng'
# before a governor's name is offices.tsv's calque)
# or before the bank's Chinese name read in Hán-Việt in the Chinese order (越南国家银行, C107's calque; misses27)
_BANK_HEAD = re.compile(
    r"(?<![\w])(?P<title>(?:[Pp]hó )?[Hh]ành trưởng)"
    r"(?= (?:Ngân hàng Nhà nước|NHNN|Việt Nam (?i:quốc gia ngân hàng))\b)"
)
# A company's head by the Hán-Việt of its Chinese title: 总经理 'Tổng kinh lý' (Tổng giám đốc), 董事长 'Đổng sự
# trưởng' (Chủ tịch HĐQT), a deputy's with 'Phó' (misses27, adversary79): never Vietnamese titles (none in clean_news,
# FLORES or NTREX); before the company's or the person's capitalised name, or 'của' (T308 also flags 'đổng sự
# trưởng' alone, a minor style point; with the same fix the one error is N105's)
_COMPANY_HEAD = re.compile(
    r"(?<![\w])(?P<title>(?P<vice>[Pp]hó )?(?P<word>[Tt]ổng kinh lý|[Đđ]ổng sự trưởng))(?= (?:[A-ZĐ]|của ))"
)
_COMPANY_HEAD_FIX = {"tổng kinh lý": ("Tổng giám đốc", "总经理"), "đổng sự trưởng": ("Chủ tịch HĐQT", "董事长")}
# 'Viện trưởng Tòa án nhân dân tối cao' (法院院长): a court's head is its 'Chánh án' (a Viện trưởng heads a Viện kiểm
# sát or an institute, never a court)
_COURT_HEAD = re.compile(r"(?<![\w])(?P<title>(?:[Pp]hó )?[Vv]iện trưởng)(?= (?:T[oò][aà] án|TAND)(?!\w))")
# 'Hiệu trưởng Đại học Quốc gia Hà Nội' (校长): the two national universities' heads are their 'Giám đốc' (a member
# university's head, 'Hiệu trưởng Trường Đại học Công nghệ, Đại học Quốc gia Hà Nội', is a Hiệu trưởng rightly)
_NATIONAL_UNIVERSITY_HEAD = re.compile(
    r"(?<![\w])(?P<title>(?:[Pp]hó )?[Hh]iệu trưởng)"
    r"(?= (?:Đại học Quốc gia|ĐHQG)(?: Hà Nội| TP\.? ?HCM| (?:TP\.?|Thành phố|thành phố) Hồ Chí Minh)(?![\w-]))"
)
# A Vietnamese ministry under the Chinese name or the Chinese reading of its name: (pattern, the ministry's name,
# the Chinese, the minister's office that ties it to Việt Nam or None when the name is never Vietnamese's or
# another country's). 'Bộ Vệ sinh' (卫生部) only after a minister's or deputy's title, 'của' or 'theo' ('bộ vệ sinh
# cá nhân' is a hygiene kit); 'Bộ Văn hóa và Du lịch' (文化和旅游部) and 'Bộ Khoa học Kỹ thuật' (科学技术部) name
# China's ministries too, so only before a holder of the Vietnamese office (or a near-miss) or 'Việt Nam'.
_HOA = "h(?:óa|oá)"
_MINISTRY_CALQUES: tuple[tuple[re.Pattern[str], str, str, str | None], ...] = tuple(
    (re.compile(pattern + r"(?!\w)"), fix, zh, office)
    for pattern, fix, zh, office in (
        (r"(?:(?<=trưởng )|(?<=của )|(?<=[Tt]heo ))Bộ Vệ sinh", "Bộ Y tế", "卫生部", None),
        # 卫生部长 in the Chinese order, its ministry's name read in Hán-Việt (adversary70)
        (r"(?<![\w])Vệ sinh Bộ trưởng", "Bộ trưởng Bộ Y tế", "卫生部长", None),
        (r"Bộ Công Mậu", "Bộ Công Thương", "工贸部", None),
        (r"Bộ Giáo dục (?:và )?Bồi huấn", "Bộ Giáo dục và Đào tạo", "教育培训部", None),
        (r"Bộ Nông nghiệp (?:và )?Hoàn cảnh", "Bộ Nông nghiệp và Môi trường", "农业与环境部", None),
        (rf"Bộ Văn {_HOA},? Thể dục (?:và )?Du lịch", "Bộ Văn hóa, Thể thao và Du lịch", "文化体育与旅游部", None),
        (rf"Bộ Văn {_HOA} và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch", "文化和旅游部", "vn.culture_minister"),
        (r"Bộ Khoa học (?:và )?Kỹ thuật", "Bộ Khoa học và Công nghệ", "科学技术部", "vn.science_minister"),
    )
)
_MINISTRY_WORDS = ("Bộ Vệ sinh", "Vệ sinh Bộ", "Bộ Công Mậu", "Bồi huấn", "Hoàn cảnh", "Du lịch", "Kỹ thuật")
_ORGAN_WORDS = (
    *("Xứ ", "Bộ Tổ chức ", "Bộ Tuyên truyền ", "Quốc gia ", "Cục Chính trị", "hó Bộ trưởng", "Kỷ luật "),
    "Bộ Bộ trưởng",  # 'Ngoại giao Bộ Bộ trưởng' (外交部部长 in the Chinese order; misses29)
    *("Bộ thứ trưởng", "Bộ Thứ trưởng", "Chỉ huy trưởng", "Tư lệnh", "Chính ủy", "Chính uỷ"),  # misses36
    *("Kiến thiết ", "Kiến Thiết ", "Trú kiến ", "Trú Kiến ", "Khoa kỹ ", "Khoa Kỹ "),  # 建设部长 … (misses31)
)
# Words that several needles of the rule's scans hold ('hị trưởng', 'iện trưởng', 'hó Bộ trưởng' …): the article is
# scanned once for each, and its needles are looked for only in the segments that hold it (see _segments_holding)
_SHARED_WORDS = ("trưởng", "Vệ sinh")
_VIETNAM_AFTER = re.compile(r"\s+(?:Việt Nam|VN)(?!\w)")
_HOLDER_AFTER = re.compile(r"\s+(?P<name>[A-ZĐ]\w*(?: [A-ZĐ]\w*){1,3})")


def _segments_holding(ctx: DocContext, needles: tuple[str, ...]) -> list[Segment]:
    """``segments_containing(ctx, needles)``, the same segments in the same order: a needle that holds a word of
    :data:`_SHARED_WORDS` is looked for only in the segments that hold that word (one ``str.find`` scan of the
    article a word, memoised, for the needles of every scan of the rule); the others by their own scans."""
    shared: dict[str, list[str]] = {}
    own = []
    for n in needles:
        word = next((w for w in _SHARED_WORDS if w in n), None)
        if word is None:
            own.append(n)
        else:
            shared.setdefault(word, []).append(n)
    if not shared:
        return segments_containing(ctx, own)
    found = {s.index for s in segments_containing(ctx, own)} if own else set()
    for word, inner in shared.items():
        holding = ctx.memo(f"N105 segments holding {word}", lambda _doc, w=word: segments_containing(ctx, (w,)))
        found.update(s.index for s in holding if any(n in s.text for n in inner))
    return [s for s in content_lines(ctx).segments if s.index in found] if found else []


@register
class OfficeTitleCalque(TitledRule):
    code = "N105"
    name = "office-title-calque"
    category = "terminology/wrong-term"
    severity = Severity.MAJOR
    summary = "A calqued office title for a Vietnamese office ('Tổng Thư ký' for the Party's Tổng Bí thư)"
    why = (
        "Chinese 总书记 and 主席 come back as 'Tổng Thư ký' and 'Chủ tịch Đảng'; the Communist Party of "
        "Vietnam has a Tổng Bí thư. The title is flagged only when it is tied to the Vietnamese office "
        "(its holder's name, a near-miss or a pinyin rendering follows, or the Party's name does); "
        "'Tổng Thư ký Liên hợp quốc' and 'Tổng Thư ký ASEAN' are correct. A local Party committee's "
        "secretary (省委书记, 市委书记) is a 'Bí thư Tỉnh ủy / Thành ủy'; 'Thư ký Tỉnh ủy' before the "
        "committee's place is the same calque, and so is 'Tỉnh ủy Thư ký' (the Chinese order; a deputy's 'Tỉnh ủy Phó "
        "Thư ký' is the Phó Bí thư Tỉnh ủy). A Vietnamese city has no mayor: 'Thị trưởng' (市长) before a "
        "Vietnamese city or province (its name or its pinyin: 'Thị trưởng thành phố Haifang'), or before a "
        "Vietnamese full name right after such a place ('tại TP Huzhiming, Thị trưởng Nguyễn Văn Được'), is the "
        "Chairman of its People's Committee (Chủ tịch UBND); 'Thị trưởng Thượng Hải', 'Thị trưởng Paris' are right. "
        "A province's 'Tỉnh trưởng' (省长) likewise ('Tỉnh trưởng tỉnh Quảng Đông' is right). The State Bank's head "
        "is its Governor: 'Hành trưởng' (行长) before 'Ngân hàng Nhà nước' or a governor's name is 'Thống đốc'; and "
        "a minister's 'Bộ Vệ sinh' (卫生部) is the 'Bộ Y tế', and 'Vệ sinh Bộ trưởng' (卫生部长, in the Chinese order) "
        "its minister; any minister's title in the Chinese order, the field before 'bộ trưởng' ('Giáo dục bộ trưởng' "
        "教育部长, 'Ngoại giao Bộ trưởng'), is one, and so is a provincial department head's ('Tài chính Sở trưởng' "
        "财政厅长: 'Giám đốc Sở Tài chính'), not after the body's own word ('Bộ Giáo dục, Bộ trưởng …'). "
        "Chinese media name Việt Nam's ministries in "
        "Chinese (工贸部, 教育培训部, 农业与环境部, 文化体育与旅游部), which MT reads back in Hán-Việt ('Bộ Công "
        "Mậu', 'Bộ Giáo dục và Bồi huấn', 'Bộ Nông nghiệp và Hoàn cảnh', 'Bộ Văn hóa, Thể dục và Du lịch'), or "
        "gives them China's ministry's name (文化和旅游部 'Bộ Văn hóa và Du lịch', 科学技术部 'Bộ Khoa học Kỹ "
        "thuật'): those two only before the Vietnamese minister's name or 'Việt Nam', as China's own ministries "
        "bear them. The Party's and the state's organs read back from Chinese are calques wherever they name one (the "
        "press writes China's organs in the Vietnamese words too): 'Xứ Thư ký' (书记处) is the Ban Bí thư, 'Bộ Tổ "
        "chức/Tuyên truyền Trung ương (Tỉnh ủy …)' (组织部, 宣传部) the Ban Tổ chức / Tuyên giáo, 'Quốc gia Chủ tịch' "
        "(国家主席) before a name the Chủ tịch nước, 'Cục Chính trị' (政治局) the Bộ Chính trị when a member, its "
        "term or the Central Committee goes with it or its sentence is of the Party's centre (an army unit's 'Cục "
        "Chính trị Quân khu 7' is right), 'Ủy ban Kiểm tra Kỷ luật Trung ương/Tỉnh ủy …' (纪律检查委员会) "
        "the Ủy ban Kiểm tra (not in a sentence naming a foreign country, one of China's provinces ('Tỉnh ủy Hồ "
        "Nam'), 'CCDI' or China after it: the press's name for China's commission), and a Vietnamese ministry's "
        "'Phó Bộ trưởng' (副部长) a Thứ trưởng (not "
        "when the sentence names a foreign country or a foreign name follows), as is 'Phó Bộ trưởng X' where the "
        "document calls X (tone marks aside) 'Thứ trưởng'; 'Tài chính Bộ thứ trưởng' (…部副部长) is a deputy's "
        "title in the Chinese order, and so is a commander's after his force ('Hải quân Tư lệnh' 海军司令, "
        "'Biên phòng Bộ đội Chỉ huy trưởng' 边防部队指挥长; not after the body the force belongs to, 'Bộ Chỉ huy "
        "Bộ đội Biên phòng', nor before one of its units, 'Hải quân Tư lệnh Vùng 3'). A deputy's 'Phó Tỉnh "
        "trưởng' (副省长) is a Vice-Chairman "
        "('Phó Chủ tịch UBND'). A court's head (法院院长) is its 'Chánh án': 'Viện trưởng' (a Viện kiểm sát's "
        "head) before 'Tòa án' or 'TAND' is the calque. A company's head in the Hán-Việt of its Chinese title, "
        "'Tổng kinh lý' (总经理) or 'Đổng sự trưởng' (董事长) before a name or 'của', is its 'Tổng giám đốc' or "
        "'Chủ tịch HĐQT'."
    )
    fires = (
        "Theo [[Giáo dục bộ trưởng]] Trần Hồng Thái, kỳ thi năm nay giữ ổn định.",
        "[[Tổng Thư ký]] Nguyễn Văn Linh phát biểu khai mạc hội nghị.",
        "[[Chủ tịch Đảng Cộng sản Việt Nam]] Đỗ Mười tiếp đoàn đại biểu.",
        "[[Tổng lý]] Phạm Minh Chính hội đàm với Thủ tướng Australia.",
        "[[Tổng thống Việt Nam]] Trần Đại Quang đón Quốc vương Campuchia.",
        "Ông được chỉ định giữ chức [[Thư ký Thành ủy]] Hải Phòng nhiệm kỳ mới.",
        "Hội nghị bầu ông Đinh Văn Tâm làm [[Huyện ủy Thư ký]] và bà Mai Thị Hoa làm [[Huyện ủy Phó Thư ký]].",
        "Nguyên [[Thị trưởng]] thành phố Cần Thơ bị khởi tố về tội lợi dụng chức vụ.",
        "Phát biểu tại điểm cầu TP Xiangang, [[Thị trưởng]] Lê Trung Hiếu cho biết thành phố đã hoàn thành kế hoạch.",
        "[[Tỉnh trưởng]] tỉnh Tây Ninh thăm các doanh nghiệp ở khu công nghiệp Phước Đông.",
        "[[Phó Tỉnh trưởng]] tỉnh Hà Tĩnh kiểm tra đê biển Cẩm Nhượng.",
        "[[Phó Hành trưởng]] Ngân hàng Nhà nước chủ trì cuộc họp về thị trường vàng.",
        "Thứ trưởng [[Bộ Vệ sinh]] làm việc với Sở Y tế về tiêm chủng.",
        "Chiều qua, [[Vệ sinh Bộ trưởng]] chủ trì cuộc họp về phòng chống sốt xuất huyết.",
        "Theo [[Phó Viện trưởng]] Tòa án nhân dân tỉnh Gia Lai, phiên tòa được hoãn.",
        "Đại diện [[Bộ Công Mậu]] cho biết kim ngạch xuất khẩu rau quả tăng mạnh.",
        "Bộ trưởng [[Bộ Văn hoá và Du lịch]] Lâm Thị Phương Thanh dự lễ khai mạc liên hoan.",
        "Hội nghị lần thứ 12 bầu bổ sung Ủy viên [[Cục Chính trị]] và Ủy viên [[Xứ Thư ký]] Trung ương Đảng.",
        "[[Quốc gia Chủ tịch]] Võ Văn Thưởng tiếp Trưởng [[Bộ Tổ chức Trung ương]].",
        "[[Phó Bộ trưởng]] Bộ Tư pháp Trần Tiến Dũng dự hội nghị triển khai luật mới.",
        "[[Hải quân Tư lệnh]] Trần Thanh Nghiêm tiếp đoàn; [[Tài chính Bộ thứ trưởng]] Lê Văn Hòa dự họp.",
        "[[Ủy ban Kiểm tra Kỷ luật Tỉnh ủy]] Bạc Liêu đề nghị kỷ luật hai cán bộ xã.",
        "[[Phó Hành trưởng]] Việt Nam Quốc gia Ngân hàng chủ trì; [[Tổng kinh lý]] Công ty Điện lực Gia Lai phát biểu.",
        "[[Y tế Sở trưởng]] Lê Văn Hải báo cáo; [[Công Thương bộ trưởng]] Trần Văn Nam dự họp.",
    )
    quiet = (
        "Tại Bộ Giáo dục, Bộ trưởng cho biết kỳ thi giữ ổn định; Bộ trưởng Giáo dục Australia thăm Hà Nội.",
        "Tổng Thư ký Liên hợp quốc António Guterres kêu gọi ngừng bắn.",
        "Tổng Thư ký ASEAN Kao Kim Hourn dự hội nghị.",
        "Chủ tịch Đảng Nhân dân Campuchia Hun Sen tiếp đoàn.",
        "Tổng thư ký Quốc hội Nguyễn Hạnh Phúc công bố kết quả.",
        "Anh là thư ký của Bí thư Tỉnh ủy Nghệ An; Bí thư Thành ủy Cần Thơ dự họp.",
        "Chánh Văn phòng Tỉnh ủy thư ký phiên họp; Bí thư Huyện ủy, Phó Bí thư Tỉnh ủy Thư ký Tòa soạn báo đều dự; "
        "Văn phòng Thành ủy Thư ký hội nghị; Ủy viên Ban Thường vụ Huyện ủy Thư ký Hội đồng thi đua dự họp.",
        "Thị trưởng Thượng Hải Cung Chính tiếp Chủ tịch UBND TP Hồ Chí Minh; Thị trưởng Paris Anne Hidalgo dự lễ.",
        "Đến TP Cần Thơ, Thị trưởng Seoul Oh Se-hoon thăm chợ nổi; Thị trưởng Tạ Đức Trí dự lễ.",
        "Năm 1945, Thị trưởng Hà Nội Trần Văn Lai đã cho giật đổ các tượng đài thời Pháp.",
        "Tỉnh trưởng tỉnh Quảng Tây tiếp Bí thư Tỉnh ủy Cao Bằng; Tỉnh trưởng tỉnh Savannakhet dự lễ.",
        "Hành trưởng Ngân hàng Nhân dân Trung Quốc phát biểu; người dân nhận bộ vệ sinh cá nhân.",
        "Sau giờ vệ sinh, Bộ trưởng Bộ Y tế kiểm tra khoa; Viện Vệ sinh Dịch tễ Trung ương báo cáo Bộ trưởng.",
        "Viện trưởng Viện kiểm sát nhân dân tỉnh Gia Lai và Chánh án Tòa án nhân dân tỉnh dự hội nghị.",
        "Bộ trưởng Bộ Văn hóa và Du lịch Trung Quốc Tôn Nghiệp Lễ tiếp đoàn; Bộ Khoa học Kỹ thuật Trung Quốc ký.",
        "Chủ nhiệm Cục Chính trị Quân khu 9 dự lễ; Cục Chính trị Bộ đội Biên phòng tổ chức hội thi.",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum họp; đoàn thăm Hải quân Tư lệnh Vùng 3 tiếp đón.",
        "Phó Bộ trưởng Bộ Quốc phòng Nga Alexander Fomin hội đàm với Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến.",
        "Phó Chủ tịch Hội đồng Quốc gia Chủ tịch Hồ Chí Minh; Giám đốc Đại học Quốc gia Chủ tịch hội đồng trường.",
        "Ủy ban Kiểm tra Kỷ luật Trung ương Trung Quốc điều tra một thứ trưởng; Ủy ban Kiểm tra Tỉnh ủy Bạc Liêu họp.",
        "Ủy ban Kiểm tra Kỷ luật Trung ương điều tra nguyên Phó Chủ tịch tỉnh Quảng Đông.",
        "Nhà vua đi kinh lý các trấn phía Nam; Tổng giám đốc Công ty Điện lực Gia Lai phát biểu.",
        "Tại Sở Y tế, Sở trưởng cũ thời Pháp được nhắc đến; tài chính là sở trường của ông.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        yield from super().run(ctx)
        yield from self._committee_secretaries(ctx)
        yield from self._mayors(ctx)
        yield from self._bank_heads(ctx)
        yield from self._company_heads(ctx)
        yield from self._court_heads(ctx)
        yield from self._national_university_heads(ctx)
        yield from self._ministries(ctx)
        yield from self._organs(ctx)
        yield from self._deputy_ministers(ctx)
        yield from self._ministers_in_chinese_order(ctx)

    def _ministers_in_chinese_order(self, ctx: DocContext) -> Iterator[Hit]:
        """'Giáo dục bộ trưởng' (教育部长): a minister's title in the Chinese order (minister_word_order); 'Tài chính
        Sở trưởng' (财政厅长) a department head's."""
        for seg in _segments_holding(ctx, ("bộ trưởng", "Bộ trưởng")):
            for c in minister_calques(seg.text):
                yield self.hit(
                    seg,
                    c.start,
                    c.end,
                    f"'{c.text}' is {c.zh} in the Chinese word order: Vietnamese writes '{c.fix}'",
                    suggestion=c.fix,
                    confidence=0.85,
                )
        for seg in _segments_holding(ctx, ("Sở trưởng", "sở trưởng", "Sảnh trưởng", "sảnh trưởng")):
            for c in department_head_calques(seg.text):
                yield self.hit(
                    seg,
                    c.start,
                    c.end,
                    f"'{c.text}' is {c.zh} (a department's head) in the Chinese order: Vietnamese writes '{c.fix}'",
                    suggestion=c.fix,
                    confidence=0.85,
                )

    def _deputy_ministers(self, ctx: DocContext) -> Iterator[Hit]:
        """'Phó Bộ trưởng Phạm Ngọc Thưởng' (副部长) beside 'Thứ trưởng Phạm Ngọc Thưởng': a Vietnamese Thứ trưởng."""
        for seg in _segments_holding(ctx, ("hó Bộ trưởng",)):
            for m in _DEPUTY_NAMED.finditer(seg.text):
                name = m["name"]
                if seg.text[: m.start()].endswith("Bộ "):
                    continue  # 'Tài chính Bộ Phó Bộ trưởng X': the whole Chinese-order title is organ_calques'
                if syllable_key(name.split()[0]) not in surname_keys():
                    continue
                if _fold(name) not in ctx.memo("N105 vice-ministers", _vice_minister_windows):
                    continue
                yield self.hit(
                    seg,
                    m.start("title"),
                    m.end("title"),
                    f"'{m['title']}' is a calque of 副部长: the document calls {name} a Vietnamese deputy minister, "
                    "'Thứ trưởng'",
                    suggestion="Thứ trưởng",
                    confidence=0.8,
                )

    def _organs(self, ctx: DocContext) -> Iterator[Hit]:
        """'Cục Chính trị' (政治局), 'Xứ Thư ký' (书记处), 'Quốc gia Chủ tịch' (国家主席), 'Phó Bộ trưởng Bộ Nội vụ'
        (副部长): the Party's and the state's organs and titles in China's words (organ_calques)."""
        for seg in _segments_holding(ctx, _ORGAN_WORDS):
            for c in organ_calques(seg.text):
                yield self.hit(
                    seg,
                    c.start,
                    c.end,
                    f"'{c.text}' is a calque of {c.zh}: the Vietnamese is '{c.fix}'",
                    suggestion=c.fix,
                    confidence=0.85,
                )

    def _mayors(self, ctx: DocContext) -> Iterator[Hit]:
        """'Thị trưởng thành phố Haifang' (市长): a Vietnamese city's head is 'Chủ tịch UBND'."""
        for seg in _segments_holding(ctx, ("hị trưởng", "ỉnh trưởng")):
            for m in _MAYOR.finditer(seg.text):
                if not (_vietnamese_mayor(seg.text, m.start(), m.end()) or _named_pinyin_after(ctx, seg, m.end())):
                    continue
                zh, unit = ("市长", "city") if m[0].endswith("hị trưởng") else ("省长", "province")
                if m["vice"]:
                    fix = "Phó Chủ tịch UBND"
                    told = f"'{m[0]}' is a calque of 副{zh}: a Vietnamese {unit}'s deputy head is a Vice-Chairman"
                else:
                    fix = "Chủ tịch UBND"
                    told = f"'{m[0]}' is a calque of {zh}: a Vietnamese {unit}'s head is the Chairman"
                yield self.hit(
                    seg,
                    m.start(),
                    m.end(),
                    f"{told} of its People's Committee, '{fix}'",
                    suggestion=fix,
                    confidence=0.8,
                )

    def _bank_heads(self, ctx: DocContext) -> Iterator[Hit]:
        """'Hành trưởng Ngân hàng Nhà nước' (行长): the State Bank's head is its 'Thống đốc'."""
        for seg in _segments_holding(ctx, ("ành trưởng",)):
            for m in _BANK_HEAD.finditer(seg.text):
                title = m["title"]
                fix = title[: -len("Hành trưởng")] + "Thống đốc"
                yield self.hit(
                    seg,
                    m.start("title"),
                    m.end("title"),
                    f"'{title}' is a calque of 行长: the State Bank of Vietnam's head is its '{fix}'",
                    suggestion=fix,
                    confidence=0.85,
                )

    def _company_heads(self, ctx: DocContext) -> Iterator[Hit]:
        """'Tổng kinh lý NSMO' (总经理), 'Đổng sự trưởng Ngân hàng …' (董事长): a company's head in Chinese titles."""
        for seg in _segments_holding(ctx, ("ổng kinh lý", "ổng sự trưởng")):
            for m in _COMPANY_HEAD.finditer(seg.text):
                fix, zh = _COMPANY_HEAD_FIX[m["word"].lower()]
                fix = ("Phó " + fix) if m["vice"] else fix
                yield self.hit(
                    seg,
                    m.start("title"),
                    m.end("title"),
                    f"'{m['title']}' is the Hán-Việt of {'副' if m['vice'] else ''}{zh}: a company's "
                    f"{'deputy ' if m['vice'] else ''}head is its '{fix}'",
                    suggestion=fix,
                    confidence=0.85,
                )

    def _court_heads(self, ctx: DocContext) -> Iterator[Hit]:
        """'Viện trưởng Tòa án nhân dân tối cao' (法院院长): a court's head is its 'Chánh án'."""
        for seg in _segments_holding(ctx, ("iện trưởng",)):
            for m in _COURT_HEAD.finditer(seg.text):
                title = m["title"]
                fix = title[: -len("Viện trưởng")] + "Chánh án"
                yield self.hit(
                    seg,
                    m.start("title"),
                    m.end("title"),
                    f"'{title}' is a calque of 院长: a court's head is its '{fix}'",
                    suggestion=fix,
                    confidence=0.85,
                )

    def _national_university_heads(self, ctx: DocContext) -> Iterator[Hit]:
        """'Hiệu trưởng Đại học Quốc gia Hà Nội' (校长): a national university's head is its 'Giám đốc' (misses28)."""
        for seg in _segments_holding(ctx, ("iệu trưởng",)):
            for m in _NATIONAL_UNIVERSITY_HEAD.finditer(seg.text):
                title = m["title"]
                fix = title[: -len("Hiệu trưởng")] + "Giám đốc"
                zh = "副校长" if fix != "Giám đốc" else "校长"
                yield self.hit(
                    seg,
                    m.start("title"),
                    m.end("title"),
                    f"'{title}' is a calque of {zh}: Việt Nam's national universities are headed by a '{fix}'",
                    suggestion=fix,
                    confidence=0.8,
                )

    def _ministries(self, ctx: DocContext) -> Iterator[Hit]:
        """'Bộ trưởng Bộ Vệ sinh' (卫生部), 'Bộ Công Mậu' (工贸部): a Vietnamese ministry under a Chinese name."""
        for seg in _segments_holding(ctx, _MINISTRY_WORDS):
            for pattern, fix, zh, office in _MINISTRY_CALQUES:
                for m in pattern.finditer(seg.text):
                    if office is not None and not _vietnamese_ministry(seg.text, m.end(), office):
                        continue
                    yield self.hit(
                        seg,
                        m.start(),
                        m.end(),
                        f"'{m[0]}' is a calque of {zh}: the Vietnamese "
                        + ("minister is the" if zh.endswith("部长") else "ministry is the")
                        + f" '{fix}'",
                        suggestion=fix,
                        confidence=0.85,
                    )

    def _committee_secretaries(self, ctx: DocContext) -> Iterator[Hit]:
        """'Thư ký Tỉnh ủy Lào Cai', 'Tỉnh ủy Thư ký' (省委书记): the secretary of a local Party committee is its
        'Bí thư'."""
        for seg in segments_containing(ctx, ("hư ký",)):
            for m in _COMMITTEE_SECRETARY.finditer(seg.text):
                title = m["title"]
                fix = "Bí thư" + title[len("Thư ký") :]
                yield self.hit(
                    seg,
                    m.start("title"),
                    m.end("title"),
                    f"'{title}' is a calque of 书记: a Party committee's secretary is its '{fix}'",
                    suggestion=fix,
                    confidence=0.85,
                )
            for m in _COMMITTEE_SECRETARY_ZH.finditer(seg.text):
                if seg.text[: m.start()].endswith(_COMMITTEE_OWNERS):
                    continue  # 'Bí thư Tỉnh ủy, Thư ký …' run together, 'Văn phòng Tỉnh ủy': the committee is another's
                committee = m["committee"][0].upper() + m["committee"][1:]
                fix = ("Phó " if m["vice"] else "") + "Bí thư " + committee
                yield self.hit(
                    seg,
                    m.start("title"),
                    m.end("title"),
                    f"'{m['title']}' is 书记 after its committee in the Chinese order: a Party committee's "
                    f"secretary is its '{fix}'",
                    suggestion=fix,
                    confidence=0.85,
                )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        pinyin = seg_pinyin(ctx, seg.index)
        for t in seg_titled(ctx, seg.index):
            if not t.calque:
                continue
            tied = unambiguous_calque(t.title) or (t.party_marked and _party_follows(seg.text, t.title_end))
            if t.name is not None:
                _, _, name = t.name
                tied = tied or is_holder(name, t.offices) or _resembles_holder(name, t.offices)
            tied = tied or any(
                0 <= r.start - t.title_end <= 16 and r.candidates and is_holder(r.candidates[0].name, t.offices)
                for r in pinyin
            )
            if not tied:
                continue
            office = offices()[t.offices[0]]
            yield self.hit(
                seg,
                t.title_start,
                t.title_end,
                f"'{t.title}' is a calque here: the Vietnamese title is '{office.titles[0]}'",
                suggestion=_title_fix(t.title, office.titles),
                confidence=0.85,
            )


def _fold(text: str) -> str:
    """Lowercase, without tone or vowel marks ('Phạm Ngọc Thưởng' → 'pham ngoc thuong'); a document's windows too, so
    not :func:`fold`'s cache."""
    return unmarked(text.lower())


def _vice_minister_windows(doc: Document) -> str:
    """The folded text after every 'Thứ trưởng' of the document (where a deputy minister's name stands)."""
    windows = []
    for seg in doc.segments:
        if "Thứ trưởng" in seg.text:
            windows += [seg.text[m.end() : m.end() + _VICE_MINISTER_REACH] for m in _VICE_MINISTER.finditer(seg.text)]
    return _fold("\n".join(windows))


def _named_pinyin_after(ctx: DocContext, seg: Segment, end: int) -> bool:
    """A pinyin name follows the title right after ``end`` whose Vietnamese form the document writes ('Tỉnh trưởng
    Zhang Wenda' beside 'Chủ tịch UBND tỉnh Trương Văn Đạt'): the head is a Vietnamese person, not a Chinese governor
    or mayor, whom the press names in Hán-Việt; history ('Thị trưởng Sài Gòn' before 1976) aside."""
    if _HISTORICAL.search(seg.text):
        return False
    return any(
        r.start == end + 1 and r.candidates and r.candidates[0].source == "document" for r in seg_pinyin(ctx, seg.index)
    )


def _vietnamese_ministry(text: str, end: int, office: str) -> bool:
    """The ministry's name ending at ``end`` is Việt Nam's: 'Việt Nam' follows, or a holder of the minister's
    ``office`` (or a near-miss of one)."""
    if _VIETNAM_AFTER.match(text, end):
        return True
    name = _HOLDER_AFTER.match(text, end)
    return name is not None and _resembles_holder(name["name"], (office,))


@functools.lru_cache(maxsize=4096)
def _resembles_holder(name: str, office_ids: tuple[str, ...]) -> bool:
    """``name`` is a holder of the offices or a near-miss of one (aligned syllable similarity >= 0.45)."""
    return any(name_similarity(name, h.name_vi) >= 0.45 for o in office_ids for h in holders(o))


@functools.lru_cache(maxsize=4096)
def _title_fix(calque: str, titles: tuple[str, ...]) -> str:
    """The correct title keeping what the calque names after it: 'Chủ tịch Đảng Cộng sản Việt Nam' →
    'Tổng Bí thư Đảng Cộng sản Việt Nam' (a title form ending in the same two or more words)."""
    words = calque.split()
    best, best_n = titles[0], 1
    for title in titles:
        tw = title.split()
        n = 0
        while n < min(len(tw), len(words)) - 1 and tw[-1 - n] == words[-1 - n]:
            n += 1
        if n > best_n or (n == best_n > 1 and len(tw) < len(best.split())):
            best, best_n = title, n  # the most words in common, then the shortest title
    if best_n > 1:
        # the main title with the calque's own words after it, when shorter than the full form found
        # ('Tổng thống Việt Nam' → 'Chủ tịch nước Việt Nam', not 'Chủ tịch nước CHXHCN Việt Nam')
        short = " ".join([titles[0], *words[-best_n:]])
        if len(short.split()) < len(best.split()):
            return short
    return best


_PARTY_NAME = re.compile(
    r"^\s+(?:Ban Chấp hành Trung ương|BCH TƯ|Trung ương Đảng|Đảng Cộng sản Việt Nam|Đảng CSVN|"
    r"Cộng sản Việt Nam)"
)


def _party_follows(text: str, pos: int) -> bool:
    return bool(_PARTY_NAME.match(text[pos:]))


@functools.cache
def _vn_place_names() -> frozenset[str]:
    """Vietnamese places of references/vn_places.tsv by their Vietnamese names and by the joined pinyin of those
    not counted as Chinese places too (gate 'place')."""
    names = {row["name"] for row in vn_place_rows()}
    names |= {key for key, p in pinyin_places().items() if not p.country and not p.city and not p.province_only}
    return frozenset(names)


def _is_vn_place(run: str) -> bool:
    """``run`` or a leading part of it (a capitalised run may go on into a name) is a Vietnamese place."""
    words = run.split()
    places = _vn_place_names()
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        if part in places or part.lower().replace("'", "") in places:
            return True
    return False


def _vietnamese_full_name(run: str) -> bool:
    """Three or four valid syllables opening with a Vietnamese surname ('Nguyễn Văn Được')."""
    words = run.split()
    return syllable_key(words[0]) in surname_keys() and all(is_valid_syllable(w) for w in words)


def _vietnamese_mayor(text: str, start: int, end: int) -> bool:
    """'Thị trưởng' at ``start:end`` heads a Vietnamese city: the place follows, or a Vietnamese full name does
    right after a clause that ends in a Vietnamese city or province."""
    if _HISTORICAL.search(text):
        return False
    after = _CITY_AFTER.match(text, end)
    if after is not None and _is_vn_place(after["place"]):
        return True
    name = _NAME_AFTER.match(text, end)
    if name is None or not _vietnamese_full_name(name["name"]):
        return False
    before = _CITY_BEFORE.search(text[max(0, start - 60) : start])
    return before is not None and _is_vn_place(before["place"])
