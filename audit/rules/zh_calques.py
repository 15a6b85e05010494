"""T308: Hán-Việt words MT through Chinese keeps where Vietnamese news uses another word ('Bộ trưởng biểu
thị, …' for 表示 'said'; 'quan hệ hữu hảo' for 友好), and Chinese classifiers kept between a number and a
noun ('2 mai huy chương' for 两枚奖牌)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from audit.lang.en_idioms import idiom_calques, idiom_calques_in, idiom_keys
from audit.lang.quantities import vi_count_words
from audit.lang.resources import read_tsv
from audit.model import Segment, Severity
from audit.rules._literal_edges import literal_edges
from audit.rules._prefilter import (
    PrefilteredRule,
    SplitScan,
    in_vocabulary,
    lowered_content,
    segments_containing,
    segments_matching,
    segments_matching_split,
    split_words,
)
from audit.rules.base import DocContext, Hit
from audit.rules.organisations import organisation_holding
from audit.rules.registry import register
from audit.rules.source.idiom_calque import calqued_idioms

# A person speaking: a title or pronoun, or a capitalised name, within the few words before the verb
_SPEAKER_HEAD = (
    r"(?<!\w)(?:[ôÔ]ng|[bB]à|[nN]gài|Bộ trưởng|Thứ trưởng|Thủ tướng|Chủ tịch|Tổng thống|Tổng Bí thư|Đại sứ|"
    r"[nN]gười phát ngôn|Ngoại trưởng|[pP]hía|[hH]ai bên|Thống đốc|Thị trưởng|Bí thư|Thư ký|Chánh án|Viện trưởng|"
    r"Trưởng ban|Hiệu trưởng|Cục trưởng|Vụ trưởng|Tổng lý|Tỉnh trưởng|Hành trưởng|"  # the last three: 总理, 省长, 行长
    r"HLV|[hH]uấn luyện viên|GS|PGS|TS|ThS|BS|NSND|NSƯT|ĐBQH|"  # a coach's, a scholar's, an artist's titles
    r"(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá)|(?:Phó |Chuẩn )?Đô đốc|"  # military ranks before a name
    # a ministry, department or committee named as the speaker ('Bộ Công an Việt Nam biểu thị, …'; misses41)
    r"(?:Bộ|Sở|Cục|Tổng cục|Ủy ban|Uỷ ban)(?=\s+[A-ZĐ])|"
    r"(?i:chuyên gia|đại diện|lãnh đạo|người đứng đầu|giám đốc|nhà phân tích|quan chức|phát ngôn viên|chủ nhiệm|bí thư|"
    r"viện trưởng|hiệu trưởng|trưởng (?:ban|phòng|đoàn|khoa|thôn|bản|ấp)|chánh văn phòng|thư ký))(?!\w)"
)
_SPEAKER = re.compile(_SPEAKER_HEAD + r"(?:\s+\S+){0,6}\s+$")
_SPEAKER_HEAD_RE = re.compile(_SPEAKER_HEAD)
# A speaker with a long unit after the title ('Đại diện Trung tâm Dự báo khí tượng thủy văn quốc gia biểu thị,'):
# up to twelve words, none with a punctuation mark, so the unit's name runs unbroken up to the verb; a comma only
# before a capitalised word, in a ministry's name ('Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Hoàng Đạo Cương')
_SPEAKER_FAR = re.compile(_SPEAKER_HEAD + r"(?:\s+[^\s,.;:!?()“”\"]+(?:,(?=\s[A-ZĐ]))?){7,12}\s+$")
_SPEAKER_WINDOW, _SPEAKER_FAR_WINDOW = 60, 110  # characters before the verb
_SPEECH_AFTER = re.compile(r"\s*(?:[,:]|rằng\b)")
# or the reported clause itself, as 表示 takes it without a comma ('Bộ trưởng biểu thị dự án sẽ giúp …'): a subject of
# one to four words, then a tense or modal word; not a noun of feeling or stance as the object ('biểu thị sự ủng
# hộ', 'biểu thị quan điểm'), which is how Vietnamese uses the verb (adversary64)
# 'biểu thị quyết tâm', 'biểu thị thiện chí' likewise (review28)
_STANCE = (
    r"(?:sự|lòng|thái độ|quan điểm|niềm|tình|ý|mức|mong muốn|hy vọng|nguyện vọng|quyết tâm|thiện chí|thiện cảm|"
    r"tinh thần)"
)
_CLAUSE_AFTER = re.compile(
    rf"\s+(?!{_STANCE}(?!\w))"
    r"(?:[^\s,.;:!?()“”\"]+\s+){1,4}(?:sẽ|đã|đang|cần|phải|luôn|vẫn|không|chưa|có thể|sẵn sàng)(?!\w)"
)


# or a person named, then an apposition that opens on an office, closed by a comma right before the verb ('Bác sĩ
# Vũ Minh Khang, Trưởng khoa Hồi sức, biểu thị hầu hết ca nặng …'; adversary72): the clause after it needs no tense
# word, but no noun of feeling or stance may open it ('Ông Nam, Giám đốc Sở, biểu thị sự đồng tình' is Vietnamese;
# so are 'biểu thị quyết tâm', 'biểu thị thiện chí', review28)
_APPOSED = re.compile(r"(?P<who>[^,.;:!?()“”\"]+),\s+(?P<role>[^,.;:!?()“”\"]+),\s+$")
_NOT_STANCE = re.compile(
    r"\s+(?!(?:sự|lòng|thái độ|quan điểm|niềm|tình|ý|mức|mong muốn|hy vọng|nguyện vọng|đồng tình|ủng hộ|phản đối|"
    r"hài lòng|lo ngại|quan ngại|tán thành|hoan nghênh|cảm ơn|biết ơn|tiếc|sẵn lòng|"
    r"quyết tâm|thiện chí|thiện cảm|tinh thần|cảm xúc|xúc động|vui mừng|phấn khởi|tin tưởng|ý chí|khát vọng|"
    r"bằng|qua)(?!\w))\S"  # the means it is shown by: 'biểu thị bằng một cái gật đầu' (review28)
)


# the words that open an office before its title in an apposition ('Phó Chủ tịch', 'Tổng Giám đốc', 'Quyền Giám đốc',
# 'Nguyên Bộ trưởng'; adversary128)
_DEPUTY = re.compile(r"(?:(?:Phó|Tổng|Quyền|Nguyên|Cựu)\s+)*")
_OWNER = re.compile(r"(?<!\w)của\s+$")
_HONORIFIC_HEAD = re.compile(r"[ôÔ]ng|[bB]à|[nN]gài")


def _spoken_right_before(text: str, verb: int) -> bool:
    """For the reported clause without a comma: the speaker runs up to the verb, an office and its unit ('Thứ
    trưởng Công Thương biểu thị …', 'Cục trưởng Hải quan biểu thị …') or an honorific and only a name ('Bà Ngô
    Thanh Hà biểu thị …'), not an act of the person's before it ('Bà Lan giơ tay biểu thị bà đã hiểu') nor the
    speaker as a thing's owner ('Động thái của Thủ tướng Anh biểu thị London sẽ …': the thing indicates)
    (review26)."""
    start = max(0, verb - _SPEAKER_WINDOW)
    heads = list(_SPEAKER_HEAD_RE.finditer(text, start, verb))
    if heads:
        head = heads[-1]
        between = text[head.end() : verb].split()
        named = all(w[:1].isupper() for w in between) or not _HONORIFIC_HEAD.fullmatch(head.group())
        if len(between) <= 6 and named:
            return not _OWNER.search(text, start, head.start())
    words = text[start:verb].split()
    return _named_speaker(words) and "của" not in words[-_NAME_RUN - 2 :]


def _apposed_speaker(text: str, verb: int) -> bool:
    """A person named before an apposition that opens on an office and ends in a comma right before the verb at
    ``verb`` ('Bác sĩ Vũ Minh Khang, Trưởng khoa Hồi sức tích cực, biểu thị …'), not a thing ('Đường màu đỏ, theo
    chú giải, biểu thị …')."""
    m = _APPOSED.search(text, max(0, verb - _SPEAKER_FAR_WINDOW), verb)
    if m is None or not _SPEAKER_HEAD_RE.match(m["role"], _DEPUTY.match(m["role"]).end()):
        return False
    who = m["who"].split()
    return bool(_SPEAKER.search(m["who"] + " ")) or _named_speaker(who)


def _spoken(text: str, verb: int) -> bool:
    """A speaker before the speech verb at ``verb``: a title or pronoun a few words back, a title heading a
    long unbroken unit's name, or a person's name right before it."""
    return bool(
        _SPEAKER.search(text, max(0, verb - _SPEAKER_WINDOW), verb)
        or _SPEAKER_FAR.search(text, max(0, verb - _SPEAKER_FAR_WINDOW), verb)
        or _named_speaker(text[max(0, verb - _SPEAKER_WINDOW) : verb].split())
    )


_NAME_RUN = 4  # the most capitalised words a person's name before the verb is read over
# The last syllable of a lowercase noun for a person before a name ('bác sĩ', 'luật sư', 'diễn viên', 'chuyên
# gia', 'tác giả', 'bệnh nhân', 'thuyền trưởng', 'nhà văn', 'chị'): a place's or a unit's ('sông Cửu Long',
# 'tỉnh An Giang') is no speaker
_PERSON_NOUN_ENDS = frozenset("sĩ sư viên gia giả nhân trưởng văn thơ ông bà anh chị cô chú bác cụ em thầy".split())
# a person in court before a name, two syllables whose last is no person's alone ('bị cáo Lưu'; 'báo cáo', a
# report, is no one): the defendant, the accused, the victim, the plaintiff, the respondent
_COURT_PERSONS = frozenset(("bị cáo", "bị can", "bị hại", "nguyên đơn", "bị đơn"))
_HONORIFICS_AFTER = frozenset({"tiên sinh", "nữ sĩ", "các hạ"})  # 先生, 女士, 阁下 kept after a name
_KIN = frozenset("anh chị cô chú bác cụ em thầy".split())  # kinship words Vietnamese addresses people by


def _named_speaker(words: list[str]) -> bool:
    """The words before the verb end in a person's name: capitalised words ('Trương', 'Đoàn Minh Khang') after a
    lowercase noun for a person ('Bác sĩ Trương', 'kỹ sư trưởng Đoàn Minh Khang', 'bị cáo Lưu'; not a place's, 'sông Cửu
    Long', nor a language's, 'tiếng Khmer'), or three such words opening the sentence or a clause (a full name;
    not 'Tiếng Việt'), or a kinship word and a given name opening it ('Chị Hoa')."""
    if len(words) > 2 and " ".join(words[-2:]).lower() in _HONORIFICS_AFTER:
        words = words[:-2]  # a Chinese honorific after the name ('Phạm Văn Hùng tiên sinh biểu thị', N106)
    run = 0
    for w in reversed(words[-_NAME_RUN - 1 :]):
        if not (len(w) > 1 and w.isalpha() and w[0].isupper() and not w.isupper()):
            break
        run += 1
    if run == 0 or run > _NAME_RUN:
        return False
    before = words[-run - 1] if len(words) > run else ""
    if before.lower() in _PERSON_NOUN_ENDS or " ".join(words[-run - 2 : -run]).lower() in _COURT_PERSONS:
        return True
    opens = not before or before[-1] in ".!?:;,"
    # 'Chị Hoa biểu thị,': a kinship word opening the sentence before a given name
    return opens and (run >= 3 or (run == 2 and words[-run].lower() in _KIN))


@dataclass(frozen=True, slots=True)
class Calque:
    calque: str
    fix: str  # empty: drop the word
    zh: str
    speech: bool
    after: str  # the words right before it ('' any)
    needs: re.Pattern[str] | None  # what the document must hold
    unless: re.Pattern[str] | None  # what keeps the segment quiet


@functools.cache
def _calques() -> tuple[dict[str, Calque], re.Pattern[str]]:
    table = {}
    for row in _ROWS:
        needs = re.compile(row["needs"]) if row["needs"] else None
        unless = re.compile(row["unless"]) if row["unless"] else None
        c = Calque(row["calque"], row["fix"], row["zh"], row["speech"] == "yes", row["after"], needs, unless)
        table[c.calque] = c
    forms = {f for c in table for f in (c, c[:1].upper() + c[1:])}
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    rx = re.compile(rf"(?<!\w)(?:{alts})(?!\w)" if alts else r"(?!x)x")
    return table, rx


def _in_place(c: Calque, text: str, start: int, ctx: DocContext) -> bool:
    """The row's conditions hold: its words right before ('cao tốc công lộ'), the document's pattern (a story on
    Việt Nam's exam for 'cao khảo') and no pattern that keeps the segment quiet (China's gaokao)."""
    if c.after and not text[:start].rstrip().lower().endswith(c.after):
        return False
    if c.unless is not None and c.unless.search(text):
        return False
    needs = c.needs
    if needs is not None:
        return ctx.memo(f"T308 needs {c.calque}", lambda doc: any(needs.search(s.text) for s in doc.segments))
    return True


def _after_word_before(fix: str, before: str) -> str:
    """The fix without its first word when the text right before the calque already ends in that word: 'bảng bài
    danh' → 'xếp hạng', not 'bảng bảng xếp hạng' (the fix 'bảng xếp hạng'); 'lễ khai mạc thức' → 'khai mạc'."""
    head, _, rest = fix.partition(" ")
    last = before.rstrip().rpartition(" ")[2]
    if rest and before[-1:].isspace() and last.lower() == head.lower():
        return rest
    return fix


@dataclass(frozen=True, slots=True)
class Classifier:
    word: str
    zh: str
    fix: str  # empty: Vietnamese needs no classifier before the noun


# a number before the classifier; not 'năm' (also 'year': 'Trong năm lượng xe bán ra tăng')
_NUMBER = rf"(?:\d[\d.,]*|{'|'.join(vi_count_words())})"


@functools.cache
def _classifiers() -> tuple[dict[tuple[str, str], Classifier], re.Pattern[str]]:
    """(classifier, noun) → the Chinese classifier and its Vietnamese fix, and the regex of a number, a
    classifier (group ``c``) and one of its nouns (group ``n``): references/zh_classifiers.tsv."""
    table: dict[tuple[str, str], Classifier] = {}
    for row in read_tsv("zh_classifiers.tsv"):
        for noun in row["nouns"].split("|"):
            table[(row["classifier"], noun)] = Classifier(row["classifier"], row["zh"], row["fix"])
    words = "|".join(sorted({re.escape(w) for w, _ in table}, key=len, reverse=True))
    nouns = "|".join(sorted({re.escape(n) for _, n in table}, key=len, reverse=True))
    # lowercase classifier and noun ('Mai' is a given name); the number may open the sentence ('Hai')
    rx = re.compile(rf"(?<!\w)(?i:{_NUMBER})\s+(?P<c>{words})\s+(?P<n>{nouns})(?!\w)")
    return table, rx


@functools.cache
def _trigger() -> re.Pattern[str]:
    """A listed word, or a classifier before one of its nouns: what a segment needs for T308 to fire."""
    whole, inner = _idiom_keys_by_edges()
    keys = [rf"(?<!\w)(?i:{'|'.join(map(re.escape, whole))})(?!\w)"] if whole else []  # as every row's match holds them
    keys += [f"(?i:{'|'.join(map(re.escape, inner))})"] if inner else []
    calques = rf"(?<!\w)(?i:{'|'.join(_WORDS)})(?!\w)"  # whole words, as _calques()' pattern matches them
    return re.compile("|".join([calques, *keys, _classifier_scan().whole.pattern, _unit_scan().pattern]))


@functools.cache
def _idiom_keys_by_edges() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The idiom keys that every match of each of their rows holds as whole words (a non-word character or the
    match's edge on both sides: read from the rows' patterns, audit.rules._literal_edges), and the others. A key of
    the first kind is looked for only where all its words are words of the article; one of the second, where its
    inner words are ('bóng' of 'sân bóng chày')."""
    rows: dict[str, list[str]] = {}
    for c in idiom_calques():
        rows.setdefault(c.key, []).append(c.pattern.pattern)
    whole = tuple(k for k in idiom_keys() if all(literal_edges(p, k) == (True, True) for p in rows[k]))
    return whole, tuple(k for k in idiom_keys() if k not in whole)


@functools.cache
def _classifier_scan() -> SplitScan:
    """What :func:`_classifiers`' regex needs after its number, to find candidate segments quickly: a
    classifier, spaces and one of its nouns ('giá' alone is everywhere: 'giá vàng'). The space before the
    classifier is left out: a pattern that opens on its words lets re skip to their first letters (about
    a third quicker than trying each space), and the article text is scanned one classifier at a time (SplitScan:
    re skips ahead to a word's first letter, not to the first letters of an alternation)."""
    table, _ = _classifiers()
    words = sorted({w for w, _ in table}, key=len, reverse=True)
    nouns = "|".join(sorted({re.escape(n) for _, n in table}, key=len, reverse=True))
    return split_words(words, rf"\s+(?:{nouns})(?!\w)")


@functools.cache
def _units() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """Unit calque → (Chinese unit, Vietnamese unit), and the regex of a number and a calque (group ``u``):
    references/zh_units.tsv ('2 công lý' for 2公里); not a year, an article or a date ('năm 2024 công lý …')."""
    table = {row["calque"]: (row["zh"], row["fix"]) for row in read_tsv("zh_units.tsv")}
    words = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return table, re.compile(rf"(?<![\w.,/])(?<![Nn]ăm )(?<!Điều )(?<!khoản )(?<!số )\d[\d.,]*\s+(?P<u>{words})(?!\w)")


@functools.cache
def _unit_words() -> tuple[str, ...]:
    """The unit calques of references/zh_units.tsv ('công lý', 'công cân' …): what a segment needs for a unit hit."""
    return tuple(_units()[0])


@functools.cache
def _unit_scan() -> re.Pattern[str]:
    """A unit calque of references/zh_units.tsv, with or without a number before it (the trigger's part)."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(sorted(map(re.escape, _unit_words()), key=len, reverse=True))})(?!\w)")


# the table's rows, read once (the class's trigger needs its words when the module is imported); its words, lowercase
_ROWS = tuple(read_tsv("zh_calques.tsv"))
_WORDS = tuple(row["calque"] for row in _ROWS)
# lowercase, as the article's vocabulary and its lowercase text are searched ('Vệ Tái tiết', a festival's name, is a row
# written with capitals: matched as written)
_NEEDLES = tuple(dict.fromkeys(w.lower() for w in _WORDS))


@register
class ChineseWordCalque(PrefilteredRule):
    code = "T308"
    name = "chinese-word-calque"
    category = "style/awkward"
    severity = Severity.MINOR
    trigger = re.compile(r"(?<!\w)(?i:" + "|".join(_WORDS) + r")(?!\w)")  # and the rest: trigger_pattern()
    summary = "A Hán-Việt word kept from Chinese where Vietnamese news uses another ('ông … biểu thị,' → 'cho biết')"
    why = (
        "Chinese 表示 'said', 友好 'friendly' and 共赢 'win-win' come out as 'biểu thị', 'hữu hảo', 'cùng thắng'; "
        "Vietnamese news writes 'cho biết', 'hữu nghị', 'cùng có lợi'. 'biểu thị' counts only as a speech "
        "verb (a speaker before: a title, a military rank, a pronoun or a person's name, a Chinese honorific after "
        "it or not; a comma, colon or 'rằng' "
        "after, or the reported clause: a subject of a few words and a tense or modal word, 'biểu thị dự án sẽ "
        "giúp …', right after its speaker, not after the speaker's act, 'vẫy tay biểu thị', nor his as a thing's "
        "owner, 'quyết định của Tổng thống biểu thị', nor before a noun of stance, 'biểu thị sự ủng hộ'): "
        "'chỉ số này biểu thị mức tăng' is correct. "
        "The table is references/zh_calques.tsv. Chinese classifiers come out as their Hán-Việt reading "
        "between a number and a noun ('2 mai huy chương' for 枚, '3 danh cảnh sát' for 名); only the nouns "
        "listed in references/zh_classifiers.tsv count ('2 danh hiệu', '2 lượng vàng' are Vietnamese). Chinese "
        "units read in Hán-Việt after a number ('5 công lý' for 5公里, '3 công cân' for 公斤) are km, kg, ha, m "
        "(references/zh_units.tsv); 'công lý' elsewhere is 'justice'. Some rows hold only in place: 'công lộ' "
        "(公路) right after 'cao tốc' (高速公路), 'cao khảo' (高考) in a story on Việt Nam's graduation exam and "
        "not in a sentence on China's or Korea's (the press's word for the gaokao). "
        "English idioms MT renders word for word are read on the target alone ('con số sân bóng chày' for a ballpark "
        "figure, 'trái cây treo thấp' for low-hanging fruit, 'mắc kẹt trong băng đỏ' for red tape), each only in "
        "a phrasing no Vietnamese writer uses literally (references/en_idiom_calques.tsv: 'băng đỏ' only as what a "
        "project is stuck in, not an armband; 'cắt góc' only after a prohibition and never beside a goalkeeper; "
        "'vào cuối ngày, điều quan trọng …' not in narration of a task for someone, 'với người giữ sân')."
    )
    fires = (
        "Bộ trưởng Ngoại giao [[biểu thị]], hai nước sẽ tiếp tục hợp tác chặt chẽ.",
        "Hai bên nhất trí thúc đẩy quan hệ [[hữu hảo]] và hợp tác [[cùng thắng]].",
        "Đại diện Tập đoàn Điện lực [[biểu thị]]: nguồn cung điện mùa khô sẽ được bảo đảm.",
        "Trung tướng Lê Quang Minh [[biểu thị]], hai lực lượng sẽ tăng cường diễn tập chung.",
        "Hiệu trưởng Đinh Thị Hạnh [[biểu thị]]: trường sẽ mở thêm ba lớp chuyên.",
        "Kỹ sư trưởng Hà Minh Quân tiên sinh [[biểu thị]]: dự án sẽ xong trước Tết.",
        "Sau trận, HLV Carlos Mendes [[biểu thị]]: các học trò đã chơi đúng chiến thuật.",
        "Luật sư Quách [[biểu thị]], thân chủ của ông sẽ kháng cáo.",
        "Thứ trưởng Công Thương [[biểu thị]] doanh nghiệp hai nước sẽ được hỗ trợ thủ tục.",
        "Bà Ngô Thanh Hà [[biểu thị]] Hà Lan luôn coi trọng quan hệ với Việt Nam.",
        "Đội tuyển giành thêm 2 [[mai]] huy chương bạc ở môn bơi.",
        "Vụ tai nạn làm 7 [[danh ]]hành khách bị thương nhẹ.",
        "Đoạn đường bị sạt lở dài khoảng 3,5 [[công lý]]; mỗi bao nặng 50 [[công cân]].",
        "Bị cáo lĩnh 7 năm [[hữu kỳ đồ hình]]; xe lao xuống vực trên cao tốc [[công lộ]] Bắc Giang – Lạng Sơn.",
        "Nhà thầu chỉ đưa ra [[con số sân bóng chày]] về chi phí; nhiều dự án điện gió vẫn vướng vào [[băng đỏ]].",
        "Ngân hàng trung ương không muốn [[đá lon xuống đường]] nữa; đội khách [[chạy ra khỏi hơi]] cuối trận.",
        "Nhà máy thủy điện có công suất [[trang cơ]] 260 MW với 4 [[cơ tổ]]; [[hối suất]] USD tăng nhẹ.",
    )
    quiet = (
        "Đường màu đỏ biểu thị mức tăng trưởng của GDP qua các năm.",
        "Theo chuyên gia, biểu đồ này biểu thị mức độ rủi ro của danh mục đầu tư.",
        "Hai bên nhất trí thúc đẩy quan hệ hữu nghị và hợp tác cùng có lợi.",
        "Anh nhận 2 danh hiệu cao quý; giá vàng tăng 2 lượng vàng; hẹn ngày mai huy chương sẽ được trao.",
        "Đại tá Trần Văn Phúc chỉ lên bản đồ, nơi vạch đỏ biểu thị tuyến tuần tra mới.",
        "Trong bài giảng, PGS.TS Lê Văn Hòa vẽ đường cong biểu thị mức tiêu thụ điện.",
        "Người dân mong công lý được thực thi; năm 2024 công lý đã được thực thi; Điều 2 công lý và lẽ phải.",
        "Trên bản đồ, ký hiệu X biểu thị, theo chú giải, một trạm cứu hộ; màu Lam biểu thị vùng nước sâu.",
        "Tiếng Việt biểu thị, như nhiều ngôn ngữ khác, thì của động từ bằng hư từ.",
        "Ông Lâm biểu thị sự ủng hộ và sẽ tiếp tục theo dõi; bà Hạnh biểu thị quan điểm của hội đồng đã rõ.",
        "Trên sơ đồ, mũi tên xanh biểu thị dòng hàng sẽ đi qua cảng trung chuyển.",
        "Ông Phúc vẫy tay biểu thị ông đã sẵn sàng; quyết định của Tổng thống Mỹ biểu thị Washington sẽ rút quân.",
        "Kỳ cao khảo của Trung Quốc năm nay có 13 triệu thí sinh; xe chạy trên công lộ liên tỉnh.",
        "Đội trưởng đeo băng đỏ trên tay; thủ môn không kịp lao ra cắt góc khi tiền đạo đối phương sút.",
        "Du khách được hái trái cây treo thấp trên cành; hai bức ảnh được in trên cùng một trang báo.",
        "Vào cuối ngày, việc cần thiết nhất đối với nhân viên kho là kiểm đếm hàng và khóa cửa.",
        "Ông Kha Văn Lộc, Phó Giám đốc Sở, biểu thị quyết tâm hoàn thành kế hoạch năm.",
        "Lực lượng vũ trang cơ động có mặt; thời cơ tổ chức lại thủy điện đã đến; lợi suất trái phiếu tăng.",
        "Cụ từng tham gia Việt Nam Quang phục Hội, mong quang phục đất nước; bé ngủ trên chiếc điện võng xếp.",
    )

    def trigger_pattern(self) -> re.Pattern[str]:
        return _trigger()

    def candidates(self, ctx: DocContext) -> Iterable[Segment]:
        """Segments whose lowercase text holds one of the words (the regex on a text with 'İ' or 'ı'). A calque's
        or a unit's words are searched for only where the article has them all as words (their patterns match whole
        words), an idiom key's only where it has the key's inner words ('bóng' of 'sân bóng chày')."""
        if lowered_content(ctx) is None:
            return segments_matching(ctx, _trigger())
        whole, inner = _idiom_keys_by_edges()
        needles = in_vocabulary(ctx, _NEEDLES + _unit_words() + whole, whole=True)
        needles += in_vocabulary(ctx, inner, whole=False)
        found = {s.index: s for s in segments_containing(ctx, needles, lowercase=True)}
        found.update((s.index, s) for s in segments_matching_split(ctx, _classifier_scan()))
        return [found[i] for i in sorted(found)]

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        table, rx = _calques()
        for m in rx.finditer(text):
            word = m.group()
            c = table.get(word) or table.get(word[:1].lower() + word[1:])
            if c is None:
                continue
            if c.speech and not (
                # a comma, colon or 'rằng' after it: a speaker a few words back, or one named before an apposition
                # that ends in a comma ('Ông X, Giám đốc một doanh nghiệp … tại Đắk Lắk, biểu thị, …'; adversary128)
                (_SPEECH_AFTER.match(text, m.end()) and (_spoken(text, m.start()) or _apposed_speaker(text, m.start())))
                or (_CLAUSE_AFTER.match(text, m.end()) and _spoken_right_before(text, m.start()))
                or (_NOT_STANCE.match(text, m.end()) and _apposed_speaker(text, m.start()))
            ):
                continue
            if not _in_place(c, text, m.start(), ctx):
                continue
            if word[:1].isupper() and organisation_holding(text, m.start(), m.end()):
                continue  # 'Liên Hợp Quốc Độc phẩm và Phạm tội …' (UNODC): the body's calque, C107's, whole (misses36)
            if not c.fix:
                told = f"'{word}' is the rest of Chinese {c.zh}; Vietnamese news writes '{c.after}' alone"
                yield self.hit(seg, m.start(), m.end(), told)
                continue
            fix = _after_word_before(c.fix, text[: m.start()])
            fix = fix[:1].upper() + fix[1:] if word[:1].isupper() else fix
            yield self.hit(
                seg, m.start(), m.end(), f"'{word}' is Chinese {c.zh}; Vietnamese news writes '{c.fix}'", suggestion=fix
            )
        yield from self._classifiers(seg)
        yield from self._units(seg)
        yield from self._idioms(seg)

    def _idioms(self, seg: Segment) -> Iterator[Hit]:
        """An English idiom rendered word for word: 'con số sân bóng chày' (a ballpark figure) → 'con số ước tính'."""
        sourced = None
        for start, end, c in idiom_calques_in(seg.text):
            if seg.source:  # the source's idiom found under its words: A113's, which reads it there (misses28)
                if sourced is None:
                    sourced = [(a, b) for _, a, b in calqued_idioms(seg.source, seg.text)]
                if any(a < end and start < b for a, b in sourced):
                    continue
            fix = c.fix[:1].upper() + c.fix[1:] if seg.text[start : start + 1].isupper() else c.fix
            yield self.hit(
                seg,
                start,
                end,
                f"'{seg.text[start:end]}' is the English idiom '{c.idiom}' word for word; Vietnamese writes '{fix}'",
                suggestion=fix,
            )

    def _units(self, seg: Segment) -> Iterator[Hit]:
        """A Chinese unit read in Hán-Việt after a number: '2 công lý' (公里) → '2 km'."""
        if not any(w in seg.text for w in _unit_words()):
            return
        table, rx = _units()
        for m in rx.finditer(seg.text):
            zh, fix = table[m["u"]]
            yield self.hit(
                seg,
                m.start("u"),
                m.end("u"),
                f"'{m['u']}' is the Chinese unit {zh}; Vietnamese writes '{fix}'",
                suggestion=fix,
            )

    def _classifiers(self, seg: Segment) -> Iterator[Hit]:
        """A Chinese classifier kept between a number and its noun: '2 mai huy chương' (枚) → '2 tấm huy chương'."""
        table, rx = _classifiers()
        for m in rx.finditer(seg.text):
            c = table.get((m["c"], m["n"]))
            if c is None:
                continue
            noun = m["n"]
            told = f"'{c.fix} {noun}'" if c.fix else f"'{noun}' without a classifier"
            # no Vietnamese classifier: the span takes the space after it, so that deleting it leaves one space
            end = m.end("c") if c.fix else m.start("n")
            yield self.hit(
                seg,
                m.start("c"),
                end,
                f"'{m['c']}' is the Chinese classifier {c.zh}; Vietnamese writes {told}",
                suggestion=c.fix,
            )
