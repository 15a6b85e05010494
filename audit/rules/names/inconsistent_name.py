"""T101: one person written two ways in one document (pinyin, a garble or other diacritics)."""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from audit.lang.hanviet import fold, syllable_key
from audit.lang.korean_respelled import korean_respellings
from audit.lang.mentions import known_person, name_key
from audit.lang.names import LETTER, RunStart, confidence, run_offsets
from audit.lang.people import folded_surnames, surnames, vi_names
from audit.lang.quotes import quote_carried
from audit.lang.respelled import cited, respellings
from audit.lang.respelled_surname import lone_respellings
from audit.lang.syllable import is_valid_syllable
from audit.model import Segment, Severity
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, DocumentRule, Hit
from audit.rules.names.analyses import (
    _glossed,
    _pinyin_segments,
    cited_beside_hanviet,
    doc_names,
    doc_pinyin,
    doc_runs,
    glossed_in_document,
    seg_runs,
)
from audit.rules.names.honorific_sex import wrong_honorifics
from audit.rules.registry import register

_QUOTED_VI_SHARE = 0.2  # as for a whole sentence (audit.rules.language.shared): below it, not Vietnamese


@register
class InconsistentPersonName(DocumentRule):
    code = "T101"
    name = "inconsistent-person-name"
    category = "fluency/inconsistency"
    severity = Severity.MINOR
    summary = "One person written two ways in one document (pinyin, a garble or other diacritics beside the right form)"
    why = (
        "A post-editor fixing a name must fix every rendering of it; a reader sees two people. Mentions resolved to "
        "the same person (a recovered pinyin name, a near-miss next to the same office, the same letters with other "
        "diacritics, a Vietnamese name of three syllables written once with one syllable's marks changed after "
        "the title or honorific its main form has, or after 'ông'/'bà' where that is a known person ('ông Đặng "
        "Bính Cường' beside 'ông Đặng Bỉnh Cường' twice), or after a bare 'Ông'/'Bà' opening a later sentence, with "
        "no apposition and no words that describe a newcomer ('ở thôn …', 'là …', 'năm nay …', 'bị …'), where the "
        "other form stood once after a title ('Chủ tịch VFF Lê Văn Tám' … 'Ông Lê Văn "
        "Tâm cũng …': the honorific refers back; so does 'Theo bà X, …' citing the source by name alone, or "
        "'Theo X, …' with no honorific, as MT through Chinese writes 据X, not 'Theo ông X, trưởng thôn …, …' "
        "introducing him), or with a "
        "middle syllable a rare name syllable where the other form has a common middle name ('Trần Thế Hùng' beside "
        "'Trần Thể Hùng', once each; not 'Văn'/'Vân', both names' syllables), a "
        "foreign surname a letter or two apart after the same given name, hyphenated or not (of four letters, only "
        "with a letter added inside it: 'Merz' / 'Mertz', not 'Chan' / 'Chen' or 'Ross' / 'Rossi'; the main form "
        "the most frequent, then a known person's; a first "
        "name before both forms taken into the span), a foreign surname alone after 'ông'/'bà' one letter from a "
        "full name's surname that transliterations swap (v/w, i/y, k/c: 'Sahiba Gafarova' … 'bà Gafarowa'), "
        "or a foreign given name with a doubled letter single before "
        "the same surname: 'Janik' for 'Jannik'; not 'Marc' / 'Mark' or 'Paul' / 'Paula', two people; or a Korean "
        "given name in another romanisation after the same surname, 'shi'/'si', 'oo'/'u', an initial 'k'/'g': "
        "'Kim Sang-shik' for 'Kim Sang-sik', not 'Kim Ye-ji' / 'Kim Ye-jin') are flagged "
        "where they differ from the document's main form; a one-mark slip of a name the document also has in pinyin "
        "needs no shared title (MT through Chinese read one name several ways). A form cited right after the main "
        "one ('Hà Nội FC (Ha Noi FC)', 'gọi là …') is not, nor is a form that opens its sentence after a bare "
        "'Ông'/'Bà' with an apposition "
        "or a description of its own once the main form has been written ('Ông Lò Văn Hưng, 70 tuổi, trưởng bản'): "
        "a newcomer. A Vietnamese given name alone after 'ông'/'bà' without its marks, as an English source writes it "
        "('Ông Hieu nhấn mạnh' where the document names 'Trần Văn Hiếu'), is flagged when the written word is no "
        "Vietnamese syllable ('Hieu', 'Duc'; not 'Hung', 'Lan') and exactly one marked given name of the document "
        "reads so. A name the document writes only in pinyin counts as written by its one sure reading ('Chen "
        "Tinghai' 陈廷海 → 'Trần Đình Hải'), so a marked name one mark off it is the same person slipped. A given "
        "name alone after the honorific of the other sex than the middle name of the document's one full name ending "
        "in it ('Bà Thắng' for 'Nguyễn Văn Thắng', 'ông Yến' for 'Phạm Thị Ngọc Yến': 'Văn' a man's, 'Thị' a "
        "woman's) is the person with a wrong honorific, as MT from English guesses 'Mr'/'Ms'; a name with no such "
        "middle name ('Đào Hồng Lan') is not judged, nor one written only as a street's or a school's "
        "('quán trên đường Võ Thị Sáu' … 'ông Sáu'), nor a wife called by her husband's name ('Vợ ông, bà Tám'). "
        "Three capitalised words without marks that the document writes with them, whatever the first word, are "
        "the same name unmarked (a stage name has no surname to find it by: 'Ngoc Lan Vy' for 'Ngọc Lan Vy')."
    )
    fires = (
        "Thủ tướng Võ Văn Kiệt thăm Pháp.\nÔng [[Vo Van Kiet]] gặp Tổng thống Pháp.",
        "Nghệ sĩ Minh Tâm Anh biểu diễn.\nSau đó [[Minh Tam Anh]] cảm ơn khán giả.",
        "Chủ tịch nước Trương Tấn Sang tiếp khách.\nChủ tịch nước [[Zhang Jinchuang]] phát biểu.",
        "Tổng thống Kassym-Jomart Tokayev đón đoàn.\nThủ tướng Olzhas Bektenov dự.\nÔng [[Olzhas Bektanov]] phát biểu.",
        "Tổng thống Đức Frank-Walter Steinmeier đón đoàn.\nÔng [[Frank-Walter Steinmeir]] phát biểu.",
        "Tay đua Matthew Perrin về nhất.\nÔng [[Mathew Perrin]] cảm ơn đội.",
        "Tổng thống Mario Abdo Benítez đón đoàn.\nÔng [[Mario Abdo Benitezz]] cảm ơn.",
        "Ông Trần Quốc Toản cho biết.\nÔng Trần Quốc Toản nói.\nÔng [[Trần Quốc Toàn]] nói thêm.",
        "Ông Nguyễn Hữu Lâm phát biểu.\nÔng [[Nguyễn Hưu Lâm]] cảm ơn khách mời.",
        "Giám đốc Sở Y tế Lê Quang Vinh báo cáo.\nÔng [[Lê Quang Vịnh]] cũng đề nghị tăng kinh phí.",
        "Phó Giám đốc bệnh viện Đỗ Thị Hằng cho biết.\nTheo bà [[Đỗ Thị Hàng]], số ca bệnh giảm.",
        "Thủ tướng Olzhas Bektenov đón đoàn.\nÔng Bektenov cho biết.\nÔng [[Bektenow]] nói thêm.",
        "Bác sĩ Phạm Quốc Trường phụ trách khoa.\nÔng [[Truong]] cho biết số ca bệnh giảm.",
        "Tiền vệ Chen Tinghai ghi bàn ở phút 12.\n[[Trần Đinh Hải]] được bầu là cầu thủ xuất sắc nhất.",
        "Tiền vệ Lee Kang-in ghi bàn.\nCầu thủ Lee Kang-in được khen.\nHLV nhắc tên [[Lee Gang-in]] hai lần.",
        "Ông [[Mark Wahal]] phát biểu.\nCầu thủ Mark Wahl ghi bàn.\nMark Wahl được khen.",
        "Giám đốc Sở Xây dựng Hoàng Văn Toản báo cáo.\nBà [[Toản]] đề nghị bổ sung vốn.",
        "Khách mời là kỹ sư Đặng Quốc Bảo.\nAnh [[Dang Quoc Bao]] kể về dự án.",
    )
    quiet = (
        "Thủ tướng Võ Văn Kiệt thăm Pháp.\nThủ tướng Võ Văn Kiệt gặp Tổng thống Pháp.",
        "Ban nhạc Pink Floyd Band diễn.\nCa sĩ Lan Anh Thư hát bài mới; khán giả gọi tên Mai Lan Anh.",
        "Ông Nguyễn Văn An và ông Nguyễn Văn Ân cùng dự họp.",
        "Giám đốc Sở Y tế Hà Văn Lộc thăm trạm y tế.\nTheo ông Hà Văn Lực, trưởng thôn Nà Pục, dân đã tiêm đủ.",
        "Xạ thủ Kim Ye-ji và Kim Ye-jin; Venus Williams và Serena Williams; Harry Kane và Harry Maguire.",
        "Ca sĩ Marc Dunmore hát.\nEm trai Mark Dunmore đệm đàn.\nPaula Dunmore và Paul Dunmore vỗ tay.",
        "Bà Trương Mỹ Hoa (Truong My Hoa) phát biểu.\nBà Trương Mỹ Hoa cảm ơn khách mời.",
        "Bà Lê Thị Hà dạy toán.\nBà Lê Thị Hà nghỉ hưu.\nCon gái bà, chị Lê Thị Hạ, cũng là giáo viên.",
        "Anh Nguyễn Văn Khoa dự lễ.\nEm gái anh, chị Nguyễn Vân Khoa, cũng có mặt.",
        "Giám đốc Lê Quang Vinh phát biểu.\nÔng Lê Quang Vịnh, trưởng thôn, cảm ơn đoàn công tác.",
        "Trưởng Công an xã Đỗ Văn Hải báo cáo.\nÔng Đỗ Văn Hài ở xóm Bãi kể lại vụ việc.",
        "Ca sĩ Anders Nilsen hát.\nÔng Nilsen cảm ơn.\nÔng Nilson đệm đàn.\nÔng Ivan Petrov và bà Petrova dự.",
        "Phó Chủ tịch xã Lò Văn Hùng báo cáo.\nÔng Lò Văn Hưng, 70 tuổi, trưởng bản, kể.\nÔng Lò Văn Hùng nói thêm.",
        "Ông Đinh Công Dũng dự lễ.\nÔng Dung cho biết.\nBà Lê Thị Phượng và ông Lý Văn Phương dự.\nBà Phuong nói.",
        "Tiền vệ Chen Tinghai ghi bàn ở phút 12.\nTrần Đinh Hài được bầu là cầu thủ xuất sắc nhất.",
        "Ông Kevin Chan phát biểu.\nÔng Kevin Chen trả lời.\nTiền đạo Paolo Rossi ghi bàn.\nHLV Paolo Ross khen.",
        "Giám đốc Sở Hoàng Văn Toản báo cáo.\nÔng Toản đề nghị bổ sung vốn.\nBà Đinh Hồng Lan dự.\nÔng Lan nói.",
        "Cửa hàng trên đường Phạm Văn Đồng đông khách.\nBà Đồng, chủ cửa hàng, cho biết.",
        "Ông Trần Văn Chín làm ruộng.\nVợ ông, bà Chín, bán rau.",
    )

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        yield from self._pinyin_mentions(ctx)
        yield from _respelled_foreign_names(ctx)
        yield from _remarked_names(ctx)
        yield from _lone_unmarked_given_names(ctx)
        yield from _unmarked_three_word_names(ctx)
        yield from wrong_honorifics(ctx)
        candidates = _variant_segments(ctx)
        if not candidates:
            return  # no unmarked Vietnamese-looking name, no new-style tone placement: nothing to compare
        names = doc_names(ctx)
        # the same letters with other marks: 'Vo Van Kiet' beside 'Võ Văn Kiệt'
        by_fold: dict[str, list[str]] = {}
        for n in names:
            by_fold.setdefault(fold(n), []).append(n)
        main_form = {  # the most frequent form, then the one with the most marks; most letters have one form
            k: v[0] if len(v) == 1 else max(v, key=lambda n: (names[n], sum(c != fold(c) for c in n)))
            for k, v in by_fold.items()
        }
        if not main_form:
            return
        firsts = frozenset(k.split(" ", 1)[0] for k in main_form)
        runs = seg_runs(ctx)
        for seg in candidates:
            for m in _variant_mentions(runs.get(seg.index, ()), main_form, firsts):
                start, end, form, main = m
                if cited(seg.text, start) and main in seg.text[:start]:
                    continue  # 'Hà Nội FC (Ha Noi FC)', 'gọi là Dang Le Nguyen Vu': the other form cited as such
                if _in_english_quotation(seg, ctx.doc.segments, start):
                    continue  # '"… more parts from Dong Nai this year," ông Park nói': English writes no marks
                yield Hit(
                    seg.index,
                    start,
                    end,
                    f"'{form}' is written '{main}' elsewhere in this document",
                    suggestion=main,
                    confidence=0.8,
                )

    def _pinyin_mentions(self, ctx: DocContext) -> Iterator[Hit]:
        """Pinyin renderings of a name the document also writes correctly."""
        recovered = doc_pinyin(ctx)
        if not recovered:
            return
        names = doc_names(ctx)
        segs = ctx.doc.segments
        for r in recovered:
            if _glossed(segs[r.seg].text, r.start, r.end, r.candidates):
                continue
            span = segs[r.seg].text[r.start : r.end]
            if glossed_in_document(ctx, span, r.candidates):
                continue  # 'Chen Yufei, tức Trần Vũ Phi': the two forms given as one person's, on purpose
            if cited_beside_hanviet(ctx, segs[r.seg].text, r.start, r.end, r.candidates):
                continue  # '… còn báo tiếng Anh viết Li Qiang': the other spelling cited as such (clean70)
            if r.candidates and r.candidates[0].name in names and r.candidates[0].score >= 0.5:
                main = r.candidates[0].name
                yield Hit(
                    r.seg,
                    r.start,
                    r.end,
                    f"'{span}' is written '{main}' elsewhere in this document",
                    suggestion=main,
                    confidence=confidence(r.candidates[0]),
                )


_OPENING = {"“": "”", '"': '"'}


def _in_english_quotation(seg: Segment, segments: list[Segment], at: int) -> bool:
    """``at`` lies in a quotation in English: one opened in the segment (closed in it or later) or carried from an
    earlier sentence of its paragraph, whose words in the segment are not Vietnamese (below a sentence's share)."""
    from audit.lang.langid import vietnamese_share

    text = seg.text
    carried = quote_carried(seg, segments)
    if at < carried:
        return vietnamese_share(text[:carried]) < _QUOTED_VI_SHARE
    opened, k = -1, carried
    while k < at:
        closing = _OPENING.get(text[k])
        if closing is None:
            k += 1
            continue
        end = text.find(closing, k + 1)
        if end < 0 or end >= at:
            opened = k
            break
        k = end + 1
    if opened < 0:
        return False
    end = text.find(_OPENING[text[opened]], opened + 1)
    inner = text[opened + 1 : end if end >= 0 else len(text)]
    return vietnamese_share(inner) < _QUOTED_VI_SHARE


def _respelled_foreign_names(ctx: DocContext) -> Iterator[Hit]:
    """A foreign name's surname spelled two ways ('Ilham Aliyev' … 'Ilham Aliev'): audit.lang.respelled; or written
    alone after 'ông'/'bà' with a transliteration twin of one letter ('bà Gafarowa'): audit.lang.respelled_surname;
    a Korean given name in two romanisations ('Kim Sang-shik' for 'Kim Sang-sik'): audit.lang.korean_respelled."""
    lines = content_lines(ctx)
    segments = lines.segments
    texts = [s.text for s in segments]
    for r in itertools.chain(
        respellings(texts, lines.text, lines.starts),
        lone_respellings(texts, lines.text, lines.starts),
        korean_respellings(texts, lines.text, lines.starts),
    ):
        yield Hit(
            segments[r.item].index,
            r.start,
            r.end,
            f"'{r.form}' is written '{r.main}' elsewhere in this document",
            suggestion=r.main,
            confidence=0.7,
        )


def _remarked_names(ctx: DocContext) -> Iterator[Hit]:
    """A Vietnamese name of three syllables or more written once with one syllable's marks changed ('Đặng Bính
    Cường' beside 'Đặng Bỉnh Cường' twice): two marked forms may be two people ('Nguyễn Văn An', 'Nguyễn Văn
    Ân'), so the other form must be the document's main one by weight (its mentions, pinyin mentions recovered
    to it, two more for a person of the gazetteer: two at least), the two forms never stand in one sentence, the
    changed form is nobody in the gazetteer and the word before it (a title, 'ông', 'bà') is one the main form
    has before it too, or a bare 'ông', 'bà', 'đồng chí' when the main form is a person of the gazetteer.
    Where only a middle syllable's marks differ and one is a common middle name, the other a
    syllable names seldom have ('Nguyễn Đình Bắc' once, 'Nguyễn Đinh Bắc' once: :func:`_rare_middle`), the common
    one is the main form whatever the weights, and no word before need be shared: a second person whose middle
    name is the rare twin of the first's is far less likely than a slipped mark. Nor need it be where the document
    also names the main form in pinyin ('Zheng Wenlong' for Trịnh Văn Long): MT through Chinese read one name
    several ways; a newcomer introduced as such ('Ông …, 58 tuổi, …') still stays apart."""
    names = doc_names(ctx)
    recovered = Counter(r.candidates[0].name for r in doc_pinyin(ctx) if r.candidates)
    groups: dict[str, list[str]] = {}
    for n in (*names, *(n for n in _sure_readings(ctx) if n not in names)):
        if n.count(" ") >= 2:
            groups.setdefault(fold(n), []).append(n)
    pairs = [g for g in groups.values() if len(g) == 2]
    if not pairs:
        return
    segments = content_lines(ctx).segments
    for a, b in pairs:
        if not _one_syllable_remarked(a, b):
            continue
        weight = {n: names[n] + recovered[n] + (2 if known_person(n) else 0) for n in (a, b)}
        main, form = (a, b) if weight[a] > weight[b] else (b, a)
        middle = _rare_middle(a, b) or _stripped_last(a, b)  # the main form by one given-name syllable
        referred = None if middle is not None else _referred_back(segments, a, b)
        if middle is not None:
            main, form = middle
        elif referred is not None:
            main, form = referred  # 'Chủ tịch VFF Trần Quốc Tuấn …' then 'Ông Trần Quốc Tuân cũng …'
        elif weight[main] < 2:
            continue
        if names[form] != 1 or known_person(form):
            continue
        if name_key(form) == name_key(main):
            continue  # the tone mark placed the other way ('Hoà', 'Hòa'): found with the unmarked forms
        holding = [s for s in segments if form in s.text]
        if len(holding) != 1 or main in holding[0].text:
            continue  # both forms in one sentence: two people
        m = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", holding[0].text)
        if middle is not None and _described_apart(segments, form, main):
            continue  # 'Nguyễn Đinh Bảo (Hà Nội, 11 tuổi)' … 'Nguyễn Đình Bảo (TP.HCM)': each told apart, two people
        before = _word_before(holding[0].text, m.start()) if m else ""
        if m and middle is None and referred is None and _introduced_after(segments, holding[0], form, main):
            continue  # 'Ông Hà Văn Tuân, 58 tuổi, trưởng bản' after 'Phó Chủ tịch … Hà Văn Tuấn': someone new
        # a bare honorific before the changed form fits any title the main form has, when that is a known person
        # ('Chủ tịch Quốc hội Trần Thanh Mẫn' … 'ông Trần Thanh Mẩn'); and any word does when the document also has
        # the main form in pinyin (MT through Chinese: 'bị cáo Fan Wenke' … 'bị cáo Phạm Văn Khoa' … 'Phạm Văn Khỏa
        # không …': one Chinese name read three ways, not a second person one mark apart)
        if m and (
            middle is not None
            or referred is not None
            or before in _words_before(segments, main)
            or (before in _HONORIFICS and known_person(main))
            or (recovered[main] > 0 and not recovered[form])
        ):
            end, form, main = _whole_name(segments, holding[0].text, m.end(), form, main)
            yield Hit(
                holding[0].index,
                m.start(),
                end,
                f"'{form}' is written '{main}' elsewhere in this document"
                if names[main]
                else f"'{form}' is one mark off '{main}', the reading of a pinyin name elsewhere in this document",
                suggestion=main,
                confidence=0.6,
            )


_NEXT_WORD = re.compile(r" ([A-ZĐ][^\W\d_]*)(?![\w-])")


def _whole_name(segments: Iterable[Segment], text: str, end: int, form: str, main: str) -> tuple[int, str, str]:
    """The changed name with the capitalised word after it when the main form is written with that word too: a
    longer name whose first syllables are a known person's is read as the known name ('Nguyễn Thị Hồng Nhung' holds
    'Nguyễn Thị Hồng'), so 'Nguyễn Thị Hòng Nhung' is reported whole, not cut after 'Hòng'."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return end, form, main
    longer = f"{main} {nxt.group(1)}"
    if any(re.search(rf"(?<!\w){re.escape(longer)}(?!\w)", s.text) for s in segments):
        return nxt.end(), f"{form} {nxt.group(1)}", longer
    return end, form, main


# A capitalised word of plain letters alone after 'ông'/'bà' (no capitalised word after it): a given name as an
# English source writes it ('Ông Hieu nhấn mạnh'). The honorific is a literal alternation, which `re` finds six times
# quicker than a lookbehind or a class opening the pattern; the word boundary before it is checked by _lone_names.
_LONE_AFTER_HONORIFIC = re.compile(r"(?:ông|Ông|bà|Bà) ([A-Z][a-z]{1,7})(?![\w.@-])(?! [A-ZĐÂĂÊÔƠƯÁÀẢÃẠ])")


def _lone_names(text: str) -> Iterator[re.Match[str]]:
    """The matches of _LONE_AFTER_HONORIFIC in ``text`` whose honorific starts a word."""
    for m in _LONE_AFTER_HONORIFIC.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        if not (before.isalnum() or before == "_"):
            yield m


def _lone_unmarked_given_names(ctx: DocContext) -> Iterator[Hit]:
    """A Vietnamese given name written alone after 'ông'/'bà' without its marks, as an English source writes it
    ('Ông Hieu nhấn mạnh' where the document names 'Trần Văn Hiếu'): the word is no Vietnamese syllable as written
    ('Hieu', 'Duc', 'Phuong'; not 'Hung' or 'Lan', words and names of their own), and exactly one given name of the
    Vietnamese people the document names with marks reads so without them; not a word the document writes last in
    a foreign full name ('bà Nguyen' after 'Janet Nguyen', a Vietnamese-American's surname; review25)."""
    givens: dict[str, set[str]] = {}
    for n in doc_names(ctx):
        words = n.split()
        if len(words) >= 2 and words[-1] != fold(words[-1]).capitalize() and syllable_key(words[0]) in surnames():
            givens.setdefault(fold(words[-1]), set()).add(words[-1])
    lines = content_lines(ctx)
    # a match's word, [A-Z][a-z]+, is its lowercase form capitalised: only a given name's fold of one marked form,
    # capitalised and no syllable as written, is reported, so the article is scanned only where it holds one
    if not any(
        len(marked) == 1 and not is_valid_syllable(w := key.capitalize()) and w in lines.text
        for key, marked in givens.items()
    ):
        return
    found = list(_lone_names(lines.text))  # (never across a newline, which it reads as a text's edge)
    if not found:
        return
    if lines.one_line_each:  # the matches in the joined lines, each at its segment's offset
        by_segment = ((lines.segments[k], m, lines.starts[k]) for m in found for k in (lines.segment_at(m.start()),))
    else:
        by_segment = ((seg, m, 0) for seg in lines.segments for m in _lone_names(seg.text))
    foreign: set[str] | None = None  # read from the text the first time a lone name has one marked twin
    for seg, m, offset in by_segment:
        word = m.group(1)
        marked = givens.get(word.lower(), ())
        if len(marked) != 1 or is_valid_syllable(word):
            continue
        if foreign is None:
            foreign = _foreign_full_name_ends(lines.text)
        if word in foreign:
            continue
        (main,) = marked
        yield Hit(
            seg.index,
            m.start(1) - offset,
            m.end(1) - offset,
            f"'{word}' is written '{main}' elsewhere in this document",
            suggestion=main,
            confidence=0.7,
        )


# a capitalised word before another: a full name's last two words ('Janet Nguyen', 'Derek Tran')
_TWO_CAPITALISED = re.compile(r"(?<![\w-])([A-Z][a-z]+) ([A-Z][a-z]+)(?![\w-])")


def _foreign_full_name_ends(text: str) -> set[str]:
    """The last words of the full names ``text`` writes after a foreign given name, no Vietnamese syllable nor
    surname ('Janet Nguyen', 'Derek Tran': not 'Van Hieu', 'Nguyen Hieu')."""
    return {
        m[2]
        for m in _TWO_CAPITALISED.finditer(text)
        if not is_valid_syllable(m[1]) and fold(m[1]).lower() not in folded_surnames()
    }


def _sure_readings(ctx: DocContext) -> list[str]:
    """The Vietnamese names the document's pinyin names read as with certainty (one top reading, every syllable
    matched: 'Ruan Tingbei' 阮廷北 → 'Nguyễn Đình Bắc'), though the document never writes them: a marked name one
    mark off one of them ('Nguyễn Đinh Bắc') is the same person slipped (MT through Chinese read one name twice)."""
    out = []
    for r in doc_pinyin(ctx):
        top = r.candidates[:2]
        if top and top[0].score >= 1.0 and (len(top) == 1 or top[1].score < 1.0):
            out.append(top[0].name)
    return out


_HONORIFICS = frozenset({"ông", "bà", "chí"})  # 'ông', 'bà', 'đồng chí' (its last word)
_LAST_WORD = re.compile(r"(\w+)\W*$")


# After a name at a sentence's head, an apposition that introduces someone ('Ông Nguyễn Văn An, 60 tuổi, …', 'Bà
# Lê Thị Hạ (con gái bà Hà) …')
_APPOSITION = re.compile(r"\s*[,(–-]")
# Or words that describe the person as one new to the text: where they live or come from, who they are, with whom,
# their age, trade, kin or charge ('Ông Nguyễn Văn Hưng ở thôn Đông kể', 'Bà Phạm Thị Lân năm nay 80 tuổi', 'Bà
# Nguyễn Thị Hàng bị truy tố')
_INTRODUCED = re.compile(
    r"\s+(?:ở|tại|ngụ|trú|quê|sống|người|là|vốn|hiện là|nguyên|từng là|năm nay|sinh|SN|\d|cùng|và|với|bán|làm nghề"
    r"|chủ|con|vợ|chồng|em|cháu|bố|mẹ|cha|bị)(?!\w)"
)


# the sentence cites someone already introduced; a bare 'Theo X, …' (据X, MT through Chinese) too (adversary70)
_CITED_HEADS = ("Theo ông ", "Theo bà ", "Theo ")
# … unless an apposition of their own follows, closed by a comma: who they are, their age or charge ('Theo ông Lê
# Văn Hưng, chủ trang trại ở xã …, lúa …', 'Theo bà …, 58 tuổi, …', 'Theo ông …, Trưởng phòng Kinh tế, …'): a
# newcomer introduced in the citing phrase
_PEOPLE = (
    r"người|chủ|con|vợ|chồng|cháu|cán bộ|nhân viên|công nhân|kỹ sư|bác sĩ|y tá|điều dưỡng|chuyên gia|giáo viên|"
    r"giảng viên|giáo sư|tiến sĩ|nông dân|ngư dân|tiểu thương|phụ huynh|cư dân|học sinh|sinh viên|tài xế|"
    r"hướng dẫn viên|luật sư|doanh nhân|du khách|khách hàng|nhà (?:báo|nghiên cứu|khoa học|văn|thơ|sử học|giáo)|"
    r"trưởng|phó|giám đốc|chủ tịch|bí thư|đại diện|thành viên|cựu|nguyên|chiến sĩ|cựu chiến binh"
)
_CITED_APPOSITION = re.compile(rf",\s*(?P<who>(?:\d+ tuổi|(?i:(?:một )?(?:{_PEOPLE}))(?!\w))[^,.;:!?]{{0,80}}),")


def _cited_newcomer(segments: Iterable[Segment], text: str, at: int, main: str) -> bool:
    """'Theo ông X, <apposition>, …' at ``at`` introduces a newcomer: the apposition is not the title the main form
    was written after ('Theo bà …, Phó Giám đốc Sở Y tế, …' after 'Phó Giám đốc Sở Y tế Hoàng Thị Phượng' cites
    her back)."""
    m = _CITED_APPOSITION.match(text, at)
    if m is None:
        return False
    who = m["who"].strip().lower()
    return not any(who in s.text[max(0, k - len(who) - 2) : k].lower() for s in segments for k in _starts(s.text, main))


def _starts(text: str, name: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]


def _referred_back(segments: list[Segment], a: str, b: str) -> tuple[str, str] | None:
    """(main, form) when one name is written once, after an office title or a role ('Chủ tịch VFF Trần Quốc Tuấn')
    or with its post in an apposition after it, and the other once, later, at the head of a sentence after a bare
    'Ông'/'Bà' and with no apposition ('Ông Trần Quốc Tuân cũng …'): a bare honorific refers back to someone
    introduced before; a second person would be introduced with a title, an apposition or a description of their
    own ('ở thôn Đông', 'là nông dân'). So is a sentence opening 'Theo ông X, …' / 'Theo bà X, …' / 'Theo X, …': the
    source of a statement cited back by name alone."""
    for main, form in ((a, b), (b, a)):
        main_at = [i for i, s in enumerate(segments) if main in s.text]
        form_at = [i for i, s in enumerate(segments) if form in s.text]
        if len(main_at) != 1 or len(form_at) != 1 or not main_at[0] < form_at[0]:
            continue
        text = segments[form_at[0]].text
        head = next((h for h in ("Ông ", "Bà ") if text.startswith(h + form)), None)
        after = len(head or "") + len(form)
        if head is None:
            # 'Theo bà Hoàng Thị Phương, tỷ lệ …': a source cited back by name alone, its comma closing the phrase
            cited = next((h for h in _CITED_HEADS if text.startswith(h + form + ",")), None)
            if cited is None or _cited_newcomer(segments, text, len(cited) + len(form), main):
                continue
        elif _APPOSITION.match(text, after) or _INTRODUCED.match(text, after):
            continue
        titled = _words_before([segments[main_at[0]]], main)
        if (titled and not titled & (_HONORIFICS | {""})) or _posted_apposition(segments[main_at[0]].text, main):
            return main, form
    return None


def _posted_apposition(text: str, name: str) -> bool:
    """The name is introduced by an apposition of its post right after it ('Bà Nông Thị Lệ Thu, Phó Giám đốc Trung
    tâm …, cho biết'): as good as a title before it for a later bare mention to refer back to."""
    return any(_CITED_APPOSITION.match(text, k + len(name)) for k in _starts(text, name))


def _introduced_after(segments: list[Segment], holding: Segment, form: str, main: str) -> bool:
    """The changed form's one mention opens its sentence after a bare 'Ông'/'Bà' and introduces someone (an
    apposition or a description right after it: 'Ông Hà Văn Tuân, 58 tuổi, trưởng bản …', 'Bà … ở thôn Đông …')
    after the main form has already been written: a writer introduces a person once, so this is a second person,
    not a slip (an introduction at the first mention may be the slip's own; 'Theo ông …, ' is none, but 'Theo ông
    …, chủ trang trại ở xã Đông, …' is)."""
    text = holding.text
    head = next((h for h in ("Ông ", "Bà ") if text.startswith(h + form)), None)
    after = len(head or "") + len(form)
    cited = next((h for h in _CITED_HEADS if text.startswith(h + form + ",")), None)
    if cited is not None:
        # 'Theo ông Lê Văn Hưng, chủ trang trại …, …': the citing phrase introduces him with an apposition
        if not _cited_newcomer(segments, text, len(cited) + len(form), main):
            return False
    elif head is None or not (_APPOSITION.match(text, after) or _INTRODUCED.match(text, after)):
        return False
    return any(main in s.text for s in segments if s.index < holding.index)


def _described_apart(segments: Iterable[Segment], form: str, main: str) -> bool:
    """Every mention of both names has its own bracket right after it ('(Hà Nội, sinh năm 2012)'), and the two
    names' brackets differ: a list or a table telling two people apart by their team, province or age."""
    said: dict[str, set[str]] = {form: set(), main: set()}
    for name, found in said.items():
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)(\s*\(([^()]{{1,60}})\))?")
        for s in segments:
            for m in pattern.finditer(s.text):
                if m.group(2) is None:
                    return False
                found.add(m.group(2).strip())
    return bool(said[form]) and bool(said[main]) and not said[form] & said[main]


def _word_before(text: str, start: int) -> str:
    """The word before ``start``, lowercased ('ông', 'tướng'; '' at the start)."""
    m = _LAST_WORD.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def _words_before(segments: Iterable[Segment], name: str) -> set[str]:
    """The words before each mention of ``name``: a title or honorific the changed form must share ('ông …',
    'Thượng tướng …'), so 'chị Lê Thị Hạ' beside 'bà Lê Thị Hà' (a daughter) is another person."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return {_word_before(s.text, m.start()) for s in segments if name in s.text for m in pattern.finditer(s.text)}


_COMMON_MIDDLE = 10.0  # per mille of full names with the syllable as a middle name (vi_names.tsv): 'Đình' 21.8
# per mille of full names with the syllable anywhere in the given name: 'Đinh' 0.57 (a surname), or none; not by its
# middle share alone, where the sample's men make women's middle names look rare ('Vân' 0.69 there, 2.51 anywhere)
_RARE_GIVEN = 1.0


def _rare_middle(a: str, b: str) -> tuple[str, str] | None:
    """(main, form) when the two names differ only in the marks of a middle syllable (neither the surname nor the
    last) that is a common middle name in one ('Nguyễn Đình Bắc') and a syllable given names seldom have in the
    other ('Nguyễn Đinh Bắc'): one person, whichever is written more often. Two syllables names often have
    ('Văn'/'Vân', 'Thùy'/'Thúy') may be two people and give None; so do names differing in the surname or in the
    last syllable ('Lê Thị Hà'/'Hạ', a mother and a daughter)."""
    i = next(k for k, (x, y) in enumerate(zip(a.split(), b.split(), strict=True)) if x != y)
    if i == 0 or i == a.count(" "):
        return None
    given = vi_names()["given"]

    def shares(name: str) -> tuple[float, float]:
        known = given.get(syllable_key(name.split()[i]))
        return (known.middle, known.freq) if known else (0.0, 0.0)

    (ma, fa), (mb, fb) = shares(a), shares(b)
    if ma >= _COMMON_MIDDLE and fb < _RARE_GIVEN:
        return a, b
    if mb >= _COMMON_MIDDLE and fa < _RARE_GIVEN:
        return b, a
    return None


def _stripped_last(a: str, b: str) -> tuple[str, str] | None:
    """(main, form) when the two names differ only in the last syllable, which one writes with its marks as a given
    name ('Trần Quốc Hưng') and the other with no mark at all as a syllable no given name of the sample is ('Trần
    Quốc Hung'): one mark dropped, not a second person ('Lê Văn Dũng'/'Lê Văn Dung', 'Tâm'/'Tam' are names both)."""
    *head_a, last_a = a.split()
    *head_b, last_b = b.split()
    if head_a != head_b or fold(last_a) != fold(last_b):
        return None
    given = vi_names()["given"]
    for main, marked, bare, form in ((a, last_a, last_b, b), (b, last_b, last_a, a)):
        stripped = bare.lower() == fold(bare) and marked != bare
        if stripped and given.get(syllable_key(marked)) and not given.get(syllable_key(bare)):
            return main, form
    return None


def _one_syllable_remarked(form: str, main: str) -> bool:
    """The two names differ in one syllable, and there only in its marks."""
    return sum(a != b for a, b in zip(form.split(), main.split(), strict=True)) == 1


# Three capitalised words without marks, and three capitalised words of which one at least has them
# (each opens on its capital, the lookbehind after it: re skips ahead to a capital, not trying every character)
_UNMARKED_THREE = re.compile(r"[A-Z](?<![\w-].)[a-z]+ [A-Z][a-z]+ [A-Z][a-z]+(?![\w-])")
_CAPITALISED_THREE = re.compile(r"(?<![\w-])[A-ZĐ][^\W\d_]+ [A-ZĐ][^\W\d_]+ [A-ZĐ][^\W\d_]+(?![\w-])")


def _unmarked_three_word_names(ctx: DocContext) -> Iterator[Hit]:
    """A name of three capitalised words written without its marks where the document writes it with them, whatever
    its first word: a stage name or a pen name has no surname to find it by ('Ngoc Lan Vy' beside the singer 'Ngọc
    Lan Vy'; 'Vo Van Kiet' is found with the surnames). Only exact folds of a marked form written in the text."""
    # (an _UNMARKED_THREE match holds a match of _TWO_LATIN, a pinyin hint: it is searched only in the segments
    # the pinyin names are looked for in, which the name analyses have found anyway)
    segments = [s for s in _pinyin_segments(ctx) if _UNMARKED_THREE.search(s.text)]
    if not segments:
        return
    # the first words the marked forms looked up can open with (a form's fold opens on its first word's fold)
    firsts = {fold(m.group().split(" ", 1)[0]) for seg in segments for m in _UNMARKED_THREE.finditer(seg.text)}
    texts = [s.text for s in content_lines(ctx).segments]
    marked = _marked_three_word_names(texts, doc_runs(ctx), firsts)
    for seg in segments:
        for m in _UNMARKED_THREE.finditer(seg.text):
            main = marked.get(fold(m.group()))
            if main is None or _surname_start(m.group()):
                continue  # none, or one the surname comparison finds
            if cited(seg.text, m.start()) or _in_english_quotation(seg, ctx.doc.segments, m.start()):
                continue
            yield Hit(
                seg.index,
                m.start(),
                m.end(),
                f"'{m.group()}' is written '{main}' elsewhere in this document",
                suggestion=main,
                confidence=0.8,
            )


def _marked_three_word_names(texts: list[str], runs: list[list[RunStart]], firsts: set[str]) -> dict[str, str]:
    """The fold of each _CAPITALISED_THREE match with marks in ``texts`` whose first word folds to one of ``firsts``,
    to the first such match, overlapping ones too ('Ca Sĩ Ngọc Lan Vy' holds 'Ngọc Lan Vy'). ``runs``: the runs of
    two or more capitalised words of each text (:func:`doc_runs`). A match's three words are three words in a row
    of a run (a run's words are the longest runs of letters parted by one space; its first word is dropped after a
    letter, where no match starts), so it is tried only at a run's word with two more after it, in text order."""
    marked: dict[str, str] = {}
    for text, text_runs in zip(texts, runs, strict=True):
        for start, words in text_runs:
            if len(words) < 3 or firsts.isdisjoint(map(fold, words[:-2])):
                continue
            for at, _, word in run_offsets(start, words[:-2]):
                if fold(word) not in firsts:
                    continue
                m = _CAPITALISED_THREE.match(text, at)
                if m is not None and not m.group().isascii():
                    marked.setdefault(fold(m.group()), m.group())
    return marked


def _surname_start(name: str) -> bool:
    return name.split(" ", 1)[0].lower() in _surname_folds()


# Two capitalised words without Vietnamese marks, or a tone mark placed the new way (hoà, thuý):
# the only ways one name can be written twice with the same letters. The second word is a lookahead, so a plain
# capitalised word before the surname ('Anh Nguyen Minh Tuan' opening a sentence) does not consume it.
_UNMARKED_NAME = re.compile(r"([A-Z][a-z]+)(?= [A-Z][a-z]+)")
_NEW_STYLE_TONE = re.compile(r"[A-ZĐ][^\W\d_]*?(?:[oO][àáảãạèéẻẽẹ]|(?<![qQ])[uU][ýỳỷỹỵ])")


def _maybe_variant(text: str) -> bool:
    """An unmarked name starting with a Vietnamese surname ('Vo Van Kiet'), or a capitalised word with
    the tone mark placed the new way ('Hoà', 'Thuý')."""
    if _NEW_STYLE_TONE.search(text):
        return True
    folds = _surname_folds()
    return any(m.group(1).lower() in folds for m in _UNMARKED_NAME.finditer(text))


_CAPITAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")
# A vowel pair of a tone mark placed the new way, or a look-alike ('uà') (every _NEW_STYLE_TONE match ends in one),
# found from its second letter (rarer than the 'o' or 'u': the scan starts there), when a capital stands at most
# four letters before the pair, or five letters do: where :func:`_new_style_at` may hold. Most pairs stand in a
# short lowercase word ('toàn', 'hoà', 'quý') and are skipped by the engine.
_NEW_STYLE_NEAR = re.compile(
    r"[àáảãạèéẻẽẹýỳỷỹỵ](?<=[oOuU].)"
    r"(?:(?<=[A-ZĐ]..)|(?<=[A-ZĐ][^\W\d_]..)|(?<=[A-ZĐ][^\W\d_]{2}..)|(?<=[A-ZĐ][^\W\d_]{3}..)|(?<=[^\W\d_]{5}..))"
)


def _variant_segments(ctx: DocContext) -> list[Segment]:
    """The article segments that pass :func:`_maybe_variant`, in document order.

    New-style tone marks: each vowel pair found in the document's text (one scan) is checked where it
    stands. Unmarked names: only segments with two capitalised words of plain letters
    side by side (:data:`PINYIN_HINTS`, already asked for the pinyin names) can have one.
    """
    lines = content_lines(ctx)
    text = lines.text
    hits: set[int] = set()
    for m in _NEW_STYLE_NEAR.finditer(text):
        k = m.start() - 1  # the pair's first letter
        if _new_style_at(text, k):
            hits.add(lines.segments[lines.segment_at(k)].index)
    folds = _surname_folds()
    for seg in _pinyin_segments(ctx):  # (the words of a segment looked up at C level: findall gives group 1)
        if seg.index not in hits and not folds.isdisjoint(map(str.lower, _UNMARKED_NAME.findall(seg.text))):
            hits.add(seg.index)
    return [s for s in lines.segments if s.index in hits]


def _new_style_at(text: str, k: int) -> bool:
    """``_NEW_STYLE_TONE`` has a match ending in the vowel pair at ``k``: a capital letter starts the
    letters before the pair, and a 'u' pair does not follow 'q' ('Quý' is right)."""
    if text[k] in "oO":
        if text[k + 1] not in "àáảãạèéẻẽẹ":
            return False
    elif text[k + 1] not in "ýỳỷỹỵ" or (k and text[k - 1] in "qQ"):
        return False
    j = k - 1
    while j >= 0 and LETTER.match(text, j):
        if text[j] in _CAPITAL:
            return True
        j -= 1
    return False


@functools.cache
def _surname_folds() -> frozenset[str]:
    return frozenset(fold(s) for s in surnames().values())


def _variant_mentions(
    runs_at: Iterable[RunStart], main_form: dict[str, str], firsts: frozenset[str]
) -> Iterator[tuple[int, int, str, str]]:
    """Mentions with a document name's letters but without its marks (or with the tone mark placed
    differently): 'Vo Van Kiet' or 'Võ Văn Kiêt' beside 'Võ Văn Kiệt', in ``runs_at``, the runs of two or
    more capitalised words of a text that passes :func:`_maybe_variant` (:func:`seg_runs`). Two marked
    forms whose tones differ may be two people ('Nguyễn Văn An', 'Nguyễn Văn Ân') and are left alone.

    ``firsts``: the first word of each key of ``main_form``. :func:`fold` works letter by letter, so a
    mention's first word folds to one of them: only the runs with such a word are looked at, and only
    from such a word."""

    def may_start(word: str) -> bool:
        return fold(word) in firsts

    for start, words in runs_at:
        if not any(map(may_start, words[:-1])):
            continue
        run = run_offsets(start, words)
        i = 0
        while i < len(run) - 1:
            if not may_start(run[i][2]):
                i += 1
                continue
            for n in (4, 3, 2):
                window = run[i : i + n]
                if len(window) < n:
                    continue
                form = " ".join(w for _, _, w in window)
                main = main_form.get(fold(form))
                if main is None or form == main:
                    continue
                if fold(form) == form.lower() or name_key(form) == name_key(main):
                    yield window[0][0], window[-1][1], form, main
                i += n - 1
                break
            i += 1
