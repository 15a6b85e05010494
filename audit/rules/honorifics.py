"""N106: a Chinese honorific calqued after a name: 'Bùi Thanh Sơn tiên sinh' (先生), 'Võ Thị Ánh Xuân nữ sĩ'
(女士), 'Tổng thống Lukashenko các hạ' (阁下)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.lang.hanviet import syllable_key
from audit.lang.mentions import titled_before
from audit.lang.people import people, surname_keys
from audit.lang.pinyin import pinyin_score, segmentations
from audit.lang.syllable import is_valid_syllable
from audit.model import Segment, Severity
from audit.rules._prefilter import PrefilteredRule, content_text
from audit.rules.base import DocContext, Hit
from audit.rules.registry import register

# The honorifics Chinese puts after a name, with what they calque
_MEANING = {"tiên sinh": "先生 'Mr.'", "nữ sĩ": "女士 'Ms.' (in Vietnamese 'nữ sĩ' is a woman poet)", "các hạ": "阁下"}
_HONORIFIC = "(?:" + "|".join(map(re.escape, _MEANING)) + ")"
# The Chinese honorific each one renders: a record whose source writes it says what the words after the name are
_SOURCE_HONORIFIC = {words: meaning.split()[0] for words, meaning in _MEANING.items()}
_POET = "女诗人"  # 'woman poet': a source that says it leaves 'nữ sĩ' to its Vietnamese sense
# One to five capitalised words, then the honorific
_AFTER_NAME = re.compile(
    r"(?P<name>(?<![\w-])[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w-]*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w-]*){0,4})\s+"
    rf"(?P<h>{_HONORIFIC})(?!\w)"
)


# The head of a unit somewhere earlier in the clause: 'Trưởng ban Chỉ huy … phường Hòa Xuân Lê Quang Vịnh
# tiên sinh' (a long title, the unit's name between it and the person); a head of mission too: 'Đại sứ … tại
# Kenya kiêm nhiệm Uganda Hà Thị Mai nữ sĩ' (the country of residence and those accredited before the name)
_OFFICE_IN_CLAUSE = re.compile(
    r"(?<!\w)(?:Chủ tịch|Giám đốc|Tổng giám đốc|Trưởng [Bb]an|Trưởng [Pp]hòng|Trưởng [Đđ]oàn|Chỉ huy trưởng|Bí thư|"
    r"Hiệu trưởng|Viện trưởng|Chánh án|Cục trưởng|Vụ trưởng|Bộ trưởng|Thứ trưởng|Tổng cục trưởng|"
    r"Chánh [Vv]ăn phòng|Chánh [Tt]hanh tra|Chủ nhiệm|Tư lệnh|Chính ủy|Tổng [Bb]iên tập|Thẩm phán|Kiểm sát viên|"
    r"Hội thẩm|Luật sư|Đại sứ|Tổng [Ll]ãnh sự|Đại biện|Trưởng [Đđ]ại diện|"
    # and a team's coach or captain: 'Huấn luyện viên đội tuyển nữ Đinh Quang Tuấn tiên sinh' (adversary113)
    r"Huấn luyện viên|HLV|Đội trưởng)(?!\w)"
)
# A clause ends at a stop or a comma, but for the comma of 'phòng, chống' inside a unit's name ('Ban Chỉ huy
# phòng, chống thiên tai tỉnh …')
_CLAUSE_END = re.compile(r"[.;:!?]\s|(?<!phòng),\s")
_OF = re.compile(r"(?<!\w)của(?!\w)")
_GIVEN_PINYIN = 0.95  # a given name's pinyin_score (N109's bar for a given name of Chinese shape)


@register
class ChineseHonorificCalque(PrefilteredRule):
    code = "N106"
    name = "chinese-honorific-calque"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    trigger = re.compile(rf"\s{_HONORIFIC}(?!\w)")
    summary = "A Chinese honorific after a name: 'Bùi Thanh Sơn tiên sinh', 'Võ Thị Ánh Xuân nữ sĩ' → 'ông/bà X'"
    why = (
        "Chinese writes 'Mr.', 'Ms.' and 'His Excellency' after the name (阮先生, 武女士, 总统阁下); MT through "
        "Chinese keeps them as Hán-Việt 'tiên sinh', 'nữ sĩ' (which in Vietnamese means a woman poet) and 'các hạ'. "
        "Vietnamese writes 'ông X', 'bà X', 'Ngài X' before the name. Only after a titled name, a known "
        "office holder or a full Vietnamese name whose clause opens with a head's title (a unit's, a mission's or a "
        "team's: 'Đại sứ … tại Kenya kiêm nhiệm Uganda Hà Thị Mai nữ sĩ', 'Huấn luyện viên đội tuyển nữ …') "
        "or one the document names elsewhere after "
        "'ông', 'bà' or 'bị cáo' ('Bị cáo Đoàn Thị Hạnh … Đoàn Thị Hạnh nữ sĩ khai') or right after a noun for "
        "the person's occupation, rank or post that no table lists ('Cơ trưởng Lê Văn Nam tiên sinh', 'Đại úy …', "
        "'Chuyên gia năng lượng …'; "
        "not a poet's or a teacher's: 'thầy Đỗ Văn Hào tiên sinh'), or with the post it holds after the honorific "
        "('do Mạc Văn Tùng tiên sinh làm Giám đốc', '…, giám đốc công ty') or as the speaker of a quotation "
        "closed right before it ('“…”, Lê Quang Liêm tiên sinh nói'); a bare surname, "
        "'Chu tiên sinh', is the old "
        "Vietnamese usage too; "
        "'nữ sĩ Xuân Quỳnh' (a poet, before the name) stays quiet. One word that is no Vietnamese syllable, a "
        "foreign name the document writes elsewhere right after a title ('Giáo sư Madinisi … Madinisi tiên sinh'), "
        "counts too, and so does a surname with a two-syllable pinyin given name written as one word that is no "
        "Vietnamese syllable ('Pu Minjun tiên sinh', 朴敏俊). A record whose Chinese source writes the "
        "honorific itself (女士 for 'nữ sĩ', 先生, 阁下) settles it after any capitalised name ('黎氏兰女士 => Lê "
        "Thị Lan nữ sĩ'); a source that calls her a poet (女诗人) does not."
    )
    fires = (
        "Ông Phạm Văn Hùng [[tiên sinh]] cho biết công ty sẽ mở rộng sản xuất.",
        "Phó Chủ tịch nước Võ Thị Ánh Xuân [[nữ sĩ]] đã tiếp đoàn đại biểu Cuba.",
        "Tổng thống Lukashenko [[các hạ]] đã gửi thư chúc mừng.",
        "Đại sứ Đức tại Việt Nam Helga Barth [[các hạ]] dự lễ khai mạc.",
        "Giám đốc Sở Y tế tỉnh Bình Dương Trần Văn Khải [[tiên sinh]] cho biết bệnh viện đã sẵn sàng.",
        "Trước đó, nhà văn Kim Young-ha [[tiên sinh]] đã ký tặng sách cho độc giả.",
        "Chủ tọa phiên tòa, Thẩm phán Lương Thị Thu Trang [[nữ sĩ]], công bố bản án.",
        "Đại sứ Việt Nam tại Kenya kiêm nhiệm Uganda Hà Thị Mai [[nữ sĩ]] đã trình quốc thư.",
        "Bị cáo Đoàn Thị Hạnh nhận tội. Tại tòa, Đoàn Thị Hạnh [[nữ sĩ]] khai đã chuyển tiền ba lần.",
        "Cơ trưởng Lê Văn Nam [[tiên sinh]] cho biết máy bay đã hạ cánh an toàn.",
        "Nhà máy do Mạc Văn Tùng [[tiên sinh]] làm Giám đốc vừa xuất lô hàng đầu tiên.",
        "Đỗ Quang Vinh [[tiên sinh]], Phó Giám đốc nhà máy, cho biết đơn hàng đã kín đến quý II.",
        "Lâm Thị Ngọc Hà [[nữ sĩ]], phó giám đốc một khách sạn ở Nha Trang, cho biết khách Ấn Độ tăng.",
        "“Đội sẽ tập trung cho SEA Games”, Phạm Minh Tuấn [[tiên sinh]] cho biết sau buổi tập.",
        "Chuyên gia tài chính Đỗ Minh Khoa [[tiên sinh]] cho rằng lãi suất sẽ giảm.",
        "Phát biểu khai mạc là Tiến sĩ Keluosi, chuyên gia pin mặt trời. Keluosi [[tiên sinh]] cho biết giá pin giảm.",
        "Bộ trưởng Năng lượng Al-Mazrouei dự hội nghị. Al-Mazrouei [[tiên sinh]] cho biết giá dầu sẽ ổn định.",
        "在展会上，陈氏红女士介绍了新的咖啡品种。 => Tại hội chợ, Trần Thị Hồng [[nữ sĩ]] giới thiệu giống cà phê mới.",
    )
    quiet = (
        "Nữ sĩ Xuân Quỳnh là tác giả bài thơ 'Sóng'; nữ sĩ Hồ Xuân Hương được mệnh danh Bà chúa thơ Nôm.",
        "Thầy đồ được học trò gọi là tiên sinh; các hạ là cách xưng hô cũ.",
        "Bà là một nữ sĩ tài hoa của đất Hà thành.",
        "Học trò tôn thầy Chu Văn An là Chu tiên sinh; Nguyễn tiên sinh là cách gọi cũ.",
        "Bác sĩ nhi khoa gặp thầy Lê Văn Hưu tiên sinh ở làng; học trò tham gia cùng Đỗ Văn Hào tiên sinh.",
        "Giám đốc bảo tàng giới thiệu, nữ sĩ Anh Thơ và Hồ Xuân Hương nữ sĩ được nhắc trong phòng trưng bày.",
        "Giám đốc bảo tàng giới thiệu bài thơ của Hồ Xuân Hương nữ sĩ.",
        "Học trò vùng Kinh Bắc gọi thầy Đỗ Văn-Hào tiên sinh; cụ Lê Hữu-Trác là Hải Thượng Lãn Ông.",
        "Đại sứ Việt Nam tại Pháp đọc bài thơ của Hồ Xuân Hương nữ sĩ.",
        "Nhà thơ Đoàn Thị Điểm được nhắc đến; Đoàn Thị Điểm nữ sĩ để lại bản dịch Chinh phụ ngâm.",
        "Học trò trường làng gọi thầy Đỗ Văn Hào tiên sinh; nhà thơ Hồ Xuân Hương nữ sĩ được nhắc lại.",
        "Dân làng gọi cụ Phan Văn Lộc tiên sinh là thầy đồ; Nguyễn Văn Khánh tiên sinh làm thơ rất hay.",
        "Học trò gọi thầy Vũ Đình Liên tiên sinh, Hiệu trưởng trường làng, là người thầy mẫu mực.",
        "Học trò gọi thầy Vũ Đình Liên tiên sinh, hiệu trưởng trường làng; Hồ Xuân Hương nữ sĩ, bà chúa thơ Nôm.",
        "Lá thư gửi Phan Bội Châu tiên sinh, chủ bút một tờ báo ở Huế, được tìm thấy năm 1990.",
        "Truyện kể về Keluosi tiên sinh, một ông đồ lập dị, và Chu tiên sinh, bạn của Giáo sư Chu.",
        "“Học, học nữa”, Chu tiên sinh nói; học trò gọi Đỗ Văn Hào tiên sinh nói chuyện văn chương.",
        "Ông đồ Lê-Hữu tiên sinh dạy chữ ở làng; Giáo sư Lê-Hữu là cháu năm đời của ông.",
        "女诗人胡春香的诗被译成英文。 => Thơ của Hồ Xuân Hương nữ sĩ được dịch sang tiếng Anh.",
        "陈氏红女士朗读了女诗人春琼的诗。 => Bà Trần Thị Hồng đọc thơ của nữ sĩ Xuân Quỳnh.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        text = ctx.memo("content-text", content_text)
        if any(h in text for h in _MEANING):  # plain substring tests before the trigger's regex search
            yield from super().run(ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        for m in _AFTER_NAME.finditer(text):
            known = m["name"] in people()  # an office holder of the gazetteer
            if not (
                known
                or (
                    seg.source is not None
                    and _SOURCE_HONORIFIC[m["h"]] in seg.source
                    and not (m["h"] == "nữ sĩ" and _POET in seg.source)
                )
                or _foreign_name(m["name"])
                or _pinyin_pair(m["name"])
                or self._titled(text, m.start("name"), m.end("name"))
                or _official_in_clause(text, m.start("name"), m["name"])
                or _after_person_noun(text, m.start("name"), m["name"])
                or _post_after(text, m.start("name"), m.end("h"), m["name"])
                or _quoted_speaker(text, m.start("name"), m.end("h"), m["name"])
                or _titled_elsewhere(ctx.memo("content-text", content_text), m["name"])
                or _lone_foreign_titled(ctx.memo("content-text", content_text), m["name"])
            ):
                continue
            h = m["h"]
            yield self.hit(
                seg,
                m.start("h"),
                m.end("h"),
                f"'{h}' after a name is the Chinese honorific {_MEANING[h]}; Vietnamese puts 'ông'/'bà'/'Ngài' "
                "before the name",
                suggestion="",
                severity=Severity.MINOR if h == "các hạ" else Severity.MAJOR,
                confidence=0.8,
            )

    @staticmethod
    def _titled(text: str, start: int, end: int) -> bool:
        """A title or honorific before the name or inside the capitalised run ('Ông Phạm Văn Hùng')."""
        return any(titled_before(text, w.start()) for w in re.finditer(r"(?<!\S)\S", text[:end]) if w.start() >= start)


def _official_in_clause(text: str, start: int, run: str) -> bool:
    """The run ends in a Vietnamese full name (a surname and two or three more syllables: no bare 'Chu
    tiên sinh') and the clause before it names a head of a unit ('Phó Giám đốc Sở … Tô Thị Hồng Nhung nữ sĩ')."""
    words = run.split()
    if not any(
        syllable_key(words[-k]) in surname_keys() and all(is_valid_syllable(w) for w in words[-k:])
        for k in (3, 4)
        if len(words) >= k
    ):
        return False
    before = text[max(0, start - 120) : start]
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    office = _OFFICE_IN_CLAUSE.search(before, ends[-1] if ends else 0)
    # 'Giám đốc … giới thiệu bài thơ của Hồ Xuân Hương nữ sĩ': after 'của' the name is not the title's holder
    return office is not None and _OF.search(before, office.end()) is None


# A noun for a person's occupation, rank or post right before a name, lowercase after its first word: 'Thuyền
# trưởng', 'Cơ trưởng', 'Đội trưởng', 'bác sĩ', 'kỹ sư', 'luật sư', 'điều tra viên', 'chuyên gia', 'Đại tá', 'Đại
# úy'. Not a poet's or a teacher's ('nhà thơ', 'thầy': 'thầy Đỗ Văn Hào tiên sinh' is the old usage). The noun may
# take its rank's word after it: 'Nữ diễn viên chính', 'diễn viên phụ', 'Kỹ sư trưởng' (misses46)
_PERSON_NOUN_BEFORE = re.compile(r"(?<!\w)(?:trưởng|sĩ|sư|viên|gia|giả|tá|úy|uý)(?:\s+(?:chính|phụ|trưởng))?\s+$")
_NOT_PERSON_NOUN = re.compile(
    r"(?<!\w)(?i:nữ sĩ|thi sĩ|văn sĩ|nhà thơ|tiến sĩ|thạc sĩ)(?:\s+(?:chính|phụ|trưởng))?\s+$"
)
# ... or such a noun with its field, one or two lowercase words, between it and the name: 'Chuyên gia năng lượng Lê
# Minh Quân tiên sinh', 'kỹ sư cầu đường …', 'bác sĩ nhi khoa …' (misses27, adversary79); only these nouns, whose
# next words can only be a field (not 'tham gia', 'quốc gia' before a verb: '… tham gia cùng …')
_PERSON_NOUN_FIELD = re.compile(
    r"(?<!\w)(?i:chuyên gia|kỹ sư|kĩ sư|bác sĩ|luật sư|kiến trúc sư|nhà báo|phóng viên|nhà khoa học|nhà nghiên cứu|"
    r"giảng viên|nghiên cứu viên|kỹ thuật viên|điều tra viên|nhà kinh tế|nhà phân tích)"
    r"(?:\s+(?!(?:của|và|với|cùng|cho|là|tặng|trao|gặp|thăm|theo|về|tại|ở|do|bởi|như|thầy|cụ)(?!\w))[a-zà-ỹđ]+){1,2}\s+$"
)


def _after_person_noun(text: str, start: int, run: str) -> bool:
    """The run is a Vietnamese full name (:func:`_full_name`) right after a noun for a person's occupation, rank
    or post ('Thuyền trưởng Phạm Văn Hùng tiên sinh', 'Đại tá Lê Văn Tâm nữ sĩ'; the title no table lists)."""
    if not _full_name(run.split()):
        return False
    before = text[max(0, start - 24) : start]
    if _PERSON_NOUN_BEFORE.search(before) is not None and _NOT_PERSON_NOUN.search(before) is None:
        return True
    return _PERSON_NOUN_FIELD.search(text, max(0, start - 48), start) is not None


def _full_name(words: list[str]) -> bool:
    """The words are a Vietnamese full name: a surname and two or three more valid syllables."""
    return 3 <= len(words) <= 4 and syllable_key(words[0]) in surname_keys() and all(map(is_valid_syllable, words))


# The honorific, then the post the person holds: '… Đặng Quốc Toàn tiên sinh làm Tổng giám đốc', '… giữ chức Giám
# đốc'; not after a teacher or a poet ('thầy …', 'cụ …', 'nhà thơ …': the old usage)
_POST_AFTER = re.compile(
    r"\s+(?:làm|giữ chức|đảm nhiệm|đảm nhận|hiện là|là)\s+(?:[Pp]hó\s+)?(?:" + _OFFICE_IN_CLAUSE.pattern + ")",
    re.IGNORECASE,
)
# … or as an appositive after a comma: 'Trần Văn Thắng tiên sinh, Tổng giám đốc công ty, cho biết' (misses40), the
# post in lowercase too, as the press writes an apposed post: '… nữ sĩ, giám đốc một công ty lữ hành' (misses47)
_POST_APPOSED = re.compile(r",\s+(?:phó\s+)?(?:" + _OFFICE_IN_CLAUSE.pattern + ")", re.IGNORECASE)
# … not a teacher's or an old scholar's, nor a letter's addressee, which writers of the 1920s–40s so addressed ('Bức
# thư gửi Huỳnh Thúc Kháng tiên sinh, chủ nhiệm báo Tiếng Dân', review35)
_TEACHER_BEFORE = re.compile(
    r"(?<!\w)(?i:thầy|cụ|nhà thơ|nhà nho|ông đồ|thầy đồ|học trò|gọi|(?:thư|thiếp|thơ|điếu văn) gửi)\s+$"
)


def _post_after(text: str, start: int, end: int, run: str) -> bool:
    """The run is a Vietnamese full name (:func:`_full_name`) and the post it holds follows the honorific
    ('do Đặng Quốc Toàn tiên sinh làm Tổng giám đốc': a modern officer, no title before the name), or stands
    apposed after a comma ('Trần Văn Thắng tiên sinh, Tổng giám đốc công ty, cho biết')."""
    if not _full_name(run.split()) or (_POST_AFTER.match(text, end) or _POST_APPOSED.match(text, end)) is None:
        return False
    return _TEACHER_BEFORE.search(text, max(0, start - 24), start) is None


# A quotation closed right before the name, and a verb of saying right after the honorific: '“…”, Lê Quang Liêm tiên
# sinh nói' (the news's attribution of a quote, not an old teacher's name)
_QUOTE_BEFORE = re.compile(r"[”\"»’]\s*,\s*$")
_SAID_AFTER = re.compile(
    r"\s+(?:nói|cho biết|chia sẻ|khẳng định|nhấn mạnh|phát biểu|bày tỏ|tâm sự|giải thích|thừa nhận|nhận định)(?!\w)"
)


def _quoted_speaker(text: str, start: int, end: int, run: str) -> bool:
    """The run is a Vietnamese full name (:func:`_full_name`) right after a closed quotation and its comma, and a
    verb of saying follows the honorific ('“…”, Lê Quang Liêm tiên sinh nói sau trận'): a speaker of today."""
    if not _full_name(run.split()) or _SAID_AFTER.match(text, end) is None:
        return False
    return _QUOTE_BEFORE.search(text, max(0, start - 4), start) is not None


# Who a person is when the document names them: 'bị cáo Trịnh Thị Thoa', 'bà …' (not 'nhà thơ')
_ROLE = re.compile(r"(?<!\w)(?:[Bb]ị cáo|[Bb]ị can|[Ôô]ng|[Bb]à)$")


def _titled_elsewhere(text: str, run: str) -> bool:
    """The run ends in a Vietnamese full name that the document writes elsewhere after 'bị cáo', 'bị can', 'ông' or
    'bà' ('Bị cáo Trịnh Thị Thoa … Trịnh Thị Thoa nữ sĩ khai')."""
    words = run.split()
    for k in (3, 4):
        if len(words) < k:
            continue
        name = words[-k:]
        if syllable_key(name[0]) not in surname_keys() or not all(is_valid_syllable(w) for w in name):
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(' '.join(name))}(?!\w)", text):
            before = text[max(0, m.start() - 40) : m.start()].rstrip()
            if _ROLE.search(before):
                return True
    return False


def _lone_foreign_titled(text: str, run: str) -> bool:
    """The run is one word that is no Vietnamese syllable ('Madinisi', a pinyin name; not 'Chu', a surname), which
    the document writes elsewhere right after a title ('Giáo sư Madinisi … Madinisi tiên sinh'): a foreign person
    named with the Chinese honorific."""
    parts = run.split("-")  # 'Al-Qasabi', 'Al-Falih': an Arabic name with its article (misses32)
    if " " in run or not all(p.isalpha() for p in parts) or all(map(is_valid_syllable, parts)):
        return False
    return any(titled_before(text, m.start()) for m in re.finditer(rf"(?<!\w){re.escape(run)}(?!\w)", text))


def _pinyin_pair(run: str) -> bool:
    """The run is a surname and a given name of pinyin's shape, two syllables written as one word that is no
    Vietnamese syllable ('Pu Minjun' 朴敏俊, 'Li Zhenhao'; misses33): whether the surname is a Vietnamese syllable
    too ('Pu', 'Li'), the name is no Vietnamese one, and 'tiên sinh' after it is the Chinese honorific."""
    words = run.split()
    if len(words) != 2 or not words[0].isalpha() or len(words[0]) > 5 or is_valid_syllable(words[1]):
        return False
    parts = segmentations(words[1].lower())
    return bool(parts) and len(parts[0]) == 2 and pinyin_score(words[1]) >= _GIVEN_PINYIN


def _foreign_name(run: str) -> bool:
    """The capitalised run ends in a foreign name of two words or more ('… Angela Pratt'): no words of it are
    Vietnamese syllables, so the honorific after it can only be the Chinese one (a Vietnamese 'Chu tiên sinh'
    is a bare surname). A Korean name's hyphenated given name after its surname ('Bong Joon-ho') is such a
    name too: a given name of two syllables, one of them no Vietnamese syllable."""
    words = run.split()
    if len(words) >= 2 and "-" in words[-1] and not all(map(is_valid_syllable, words[-1].split("-"))):
        return True
    trailing = 0
    for word in reversed(words):
        if is_valid_syllable(word):
            break
        trailing += 1
    return trailing >= 2
