"""N108: a foreign person's name left in the pinyin of its Chinese form."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from itertools import chain, repeat

from audit.lang.foreign_pinyin import (
    EchoNames,
    ForeignPinyin,
    candidate_lines,
    homonyms,
    known_pinyin_name,
    lone_pinyin_names,
    pinyin_echoes,
    pinyin_shaped_names,
    pinyin_western_names,
    source_known_names,
    titled_echo,
)
from audit.lang.japanese_pinyin import JAPAN_CUE, japanese_pinyin_names, may_hold_japanese_pinyin
from audit.lang.mentions import DOT, TitledName, country_names, interpunct_names
from audit.lang.people import people
from audit.lang.pinyin import segmentations
from audit.lang.source_pinyin import source_pinyin_names, source_transliterations, syllables_of
from audit.lang.vn_places import pinyin_places
from audit.model import Document, Segment, Severity
from audit.rules._prefilter import content_lines, word_set
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.names.analyses import doc_runs, event_years, seg_pinyin, seg_titled
from audit.rules.names.pinyin_name import _marked_japanese
from audit.rules.registry import register


@register
class ForeignNameInPinyin(SegmentRule):
    code = "N108"
    name = "foreign-name-in-pinyin"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A foreign person's name left in the pinyin of its Chinese form ('Tổng thống Mỹ Telangpu' 特朗普)"
    why = (
        "Chinese writes foreign names with characters chosen for their sound (特朗普 Trump, 马克龙 Macron, "
        "安倍晋三 Abe Shinzo); MT through Chinese then emits their pinyin, joined ('Telangpu'), spaced "
        "('Te Lang Pu'), parted by pinyin's apostrophes ('Ou'erban') or split otherwise ('Anbei Jinsan'), "
        "and the reader cannot tell who is meant. With "
        "the person in references/people.tsv (name_zh, or a second Chinese name some media write: "
        "people.zh_variants.tsv), the fix is the name as the Vietnamese press writes "
        "it: major, critical after a title of an office the person held (the whole name, the family name "
        "after a title, or for a Malaysian, Indonesian, Thai or Bruneian, who is called by it, the first part: "
        "'Thủ tướng Thái Lan Anuting' 阿努廷). Without it, a capitalised run in a "
        "person's slot (after a title or honorific, a country's name or an organisation's acronym between: "
        "'Chủ tịch FIFA …', a head's title and the company's, festival's or theatre's name: 'Tổng giám đốc điều "
        "hành Nokia …', 'Chủ tịch Liên hoan phim …', a minister's title, the ministry's name and its country: "
        "'Thứ trưởng Bộ Nông nghiệp Ba Lan …', a spokesperson's or commander's title, the body's name and its country: "
        "'Người phát ngôn Lực lượng Bảo vệ bờ biển Philippines …', an official's noun, the ministry's name and its "
        "country: 'một quan chức Bộ Nông nghiệp Campuchia …', or a sports or culture role: 'tay "
        "vợt', 'đạo diễn', 'tiền đạo gốc Argentina', 'HLV', a seeding: 'hạt giống số hai', the second of a pair: "
        "'cặp … và', "
        "a nationality: 'người Bồ Đào Nha …') that is all pinyin of Chinese "
        "shape ('er' after a vowel without pinyin's apostrophe: 'Aoerban' 欧尔班; of a Chinese name's shape, a "
        "one-syllable surname and a given name of two, only after a country whose officials bear no Chinese name: "
        "'Bộ trưởng Tài nguyên nước Campuchia Suo Chengda' 索成达, else N101's), three or more syllables with "
        "some run together (or one word of two opening in an initial only pinyin reads so, x, q or zh: 'Bộ trưởng "
        "Nông nghiệp Ấn Độ Qiaohan' 乔汉), and no known word (a one-syllable word of "
        "Chinese shape may be one by chance: 'Hong'; so may the second of two words after a first of three syllables "
        "or more: 'Kelaosi Weibo' 克劳斯·韦伯), or a given name MT kept in Latin letters before a family name "
        "left in pinyin of three syllables or more run together ('tiền đạo Sanish Shileisita' 什雷斯塔; a Chinese "
        "family name after a Western given name, 'John Zhang', has one or two; the Arabic article is no given name: "
        "'Khalid Al Mansouri'), is flagged minor and "
        "without a fix: foreign names of open syllables parse as pinyin too ('Tinubu', 'Takaichi'), so the "
        "shape alone asks an editor to check rather than says who is meant; a name the sentence calls Japanese "
        "('tay vợt Nhật Bản Sota Naraoka', '… (Nhật Bản)') whose words are all romaji is the press's spelling, "
        "left alone. Chinese people's names in pinyin "
        "are N101's. Without a title or gazetteer entry, a word all of pinyin that sounds like a name the same "
        "document writes in Latin letters ('Xinna' 辛纳 beside 'Jannik Sinner', 'Boliqi' 博里奇 beside 'Gabriel "
        "Boric': the same consonants once Chinese writes 'r' as l and 'k' as q), with a letter only pinyin reads "
        "so (x, q, zh, z, c, j), is that name: major with three consonants or more in common, minor with two "
        "and the same first vowel (they match by chance more often); right after an office title the letter is not "
        "needed, the first vowels agreeing ('Tổng thống Luotuo' 鲁托 beside 'William Ruto', minor). A word "
        "standing alone, of that pinyin shape, "
        "ending in a syllable Chinese transliterations of Western names end in and Chinese words seldom do (纳 na, "
        "尔 er, 斯 si, 奇 qi …: 'của Xinna'), is flagged minor without a fix, unless a word of places stands before "
        "it ('thung lũng Alazani', 'sông Zambezi'). In a record with a Chinese source, one "
        "word that spells the pinyin of three or more of the source's characters, two of them characters Chinese "
        "picks for sounds (鲍威尔 'Baoweier' Powell, 古尔斯比 'Guersibi' Goolsbee) and with a syllable a Latin "
        "spelling seldom has (er, si, x, q, zh, ao, ei …), is a transcribed name left in pinyin (with the word "
        "beside it that spells the part the source joins to it by '·': 阿贝贝·比基拉 'Abeibei Bijila'): major, with "
        "the name when people.tsv knows the characters (and one word spelling a known person's name part of two "
        "characters the source holds, which the text alone leaves to anyone after a bare title: 卡尼总理 'Thủ tướng "
        "Kani', Mark Carney); a name spelt alike in Latin and in pinyin "
        "('Tamasese' 塔马塞塞) "
        "is the name copied. In an article where N101 reads other names as pinyin (MT left them so), a name after "
        "a sports or culture role and a country needs no syllable of Chinese shape: four syllables or more, one "
        "word of three run together ('kình ngư Thái Lan Jishada Wenmi' 吉沙达·汶米), minor and without a fix; not "
        "after an office title, where a Latin name may be of open syllables ('Bộ trưởng Thái Lan Anucha Nakasai'). "
        "Where one Chinese name is two known people's (鲍威尔: Jerome Powell, the Fed chair, and Colin Powell, "
        "Secretary of State 2001-2005; 易卜拉欣: Anwar Ibrahim, Malaysia's Prime Minister, and Sultan Ibrahim, its "
        "King), both are kept and the page chooses: the one whose office's title names the span ('Ngoại trưởng Mỹ "
        "Baoweier' is Colin Powell, 'Quốc vương Malaysia Yibulaxin' Sultan Ibrahim), else the one whose tenure holds "
        "the year the sentence or the page is dated ('Hà Nội, 12/3/2003 – Ông Baoweier …'), else the index's first "
        "(people.tsv's office holders before the other tables) with the other offered beside it."
    )
    fires = (
        "Tổng thống Mỹ [[Telangpu]] tuyên bố áp thuế mới.",
        "Thủ tướng Nhật Bản [[Anbei Jinsan]] từng nhiều lần thăm Hà Nội.",
        "Tổng thống Philippines [[Fei Erdinan Makesi]] phát biểu tại hội nghị ASEAN.",
        "Ông [[Te Lang Pu]] cho biết Mỹ sẽ rút khỏi hiệp định.",
        "Tổng thống Ukraine [[Zelunsiji]] kêu gọi viện trợ quân sự.",
        "Tay vợt [[Deyaokeweiqi]] thắng dễ ở vòng hai; đạo diễn [[Kelisituofu Nuolan]] nhận giải danh dự.",
        "Sau trận, HLV [[Aoerbante]] đánh giá cao các học trò.",
        "Tổng thống Mexico Claudia Sheinbaum tới Madrid. Theo [[Xinbaomu]], hai nước sẽ tăng đầu tư.",
        "Đội tuyển Ba Lan thắng nhờ hai bàn thắng của [[Qiaosaite]] trong hiệp hai.",
        "Hạt giống số ba [[Bolongsen]] thắng dễ; cặp Mads Kolding và [[Qilage Xieti]] dẫn trước.",
        "Chủ tịch FIFA [[Yinfandinuo]] phát biểu tại lễ bốc thăm.",
        "Đoàn do Thứ trưởng Bộ Nông nghiệp Ba Lan [[Kexiaoke]] dẫn đầu đã tới Hà Nội.",
        "Người phát ngôn Lực lượng Phòng vệ Nhật Bản [[Aoerbante]] cho biết tàu đã rời cảng.",
        "Ngoại trưởng Mỹ [[Baoweier]] thăm Hà Nội tháng 7/2002.",
        "Tổng thống Kenya William Ruto thăm Hà Nội. Tổng thống [[Luotuo]] muốn nhập khẩu thêm gạo.",
        "CEO Ericsson [[Baoyikang]] cho biết hãng sẽ mở rộng đầu tư; Chủ tịch Liên hoan phim [[Maerke Muleer]] dự.",
        "Hậu vệ Kevin [[Kaerbeiluo]] phá bóng; ông Rajesh [[Xialeima]] cho biết đội sẽ thắng.",
        "Thủ tướng Thái Lan [[Anuting]] tiếp đoàn doanh nghiệp Việt Nam.",
        "Nhà thám hiểm người Bồ Đào Nha [[Maxielun]] đi vòng quanh thế giới; Thủ tướng Hungary [[Aoerban]] phát biểu.",
        "欧洲央行行长拉加德表示，通胀正在放缓。 => Chủ tịch ECB [[Lajiade]] cho biết lạm phát đang chậm lại.",
        "总理与卡尼总理举行会谈。 => Thủ tướng đã hội đàm với Thủ tướng [[Kani]].",
    )
    quiet = (
        "Ngoại trưởng Mỹ Colin Powell thăm Hà Nội tháng 7/2002.",
        "Tổng thống Mỹ Donald Trump và Tổng thống Pháp Emmanuel Macron gặp nhau tại Paris.",
        "Thủ tướng Ấn Độ Narendra Modi thăm Việt Nam.",
        "Tổng thống Nigeria Bola Tinubu hội đàm với Thủ tướng Nhật Bản Takaichi.",
        "Cô thua tay vợt Nhật Bản Mao Sakaoka sau ba ván.",
        "Ông Lei Jun, Chủ tịch Xiaomi, giới thiệu mẫu xe điện mới.",
        "CEO Nvidia Jensen Huang và Chủ tịch Liên hoan phim Tokyo Hiroyasu Ando dự; Chủ tịch Pinduoduo phát biểu.",
        "Chủ tịch Trung Quốc Tập Cận Bình tiếp Tổng thống Obama tại Bắc Kinh.",
        "Tiền đạo Nguyễn Tiến Linh và tay vợt Lý Hoàng Nam; ca sĩ Han Ji Min; thủ môn Filip Nguyễn.",
        "Tay vợt Hubert Hurkacz thua Zhang Zhizhen; Zhizhen vào vòng ba.",
        "Tiền vệ John Zhang và hậu vệ Anna Ouyang; tiền đạo Luca Zaniolo; thủ môn Gianluigi Donnarumma.",
        "Quán mới bán món Jiaozi và trà sữa Mixue cho sinh viên.",
        "Hạt giống số hai Anders Antonsen và cặp Seo Seung-jae và Kang Min-hyuk vào chung kết.",
        "Công ty mở nhà máy tại bang Jialifuniya; đoàn sau đó bay đến Mengmai.",
        "萨摩亚总理塔马塞塞在中关村参观。 => Thủ tướng Samoa Tamasese tham quan Zhongguancun.",
        "Làng nhìn xuống thung lũng Alazani; bè gỗ trôi trên sông Zambezi.",
        "Thứ trưởng Bộ Công Thương Séc Jan Novák và Bộ trưởng Bộ Y tế Nhật Bản Fukuoka Takashi dự hội nghị.",
        "Tổng thống Ghana John Mahama gặp Thủ tướng Sanae Takaichi. Tổng thống Mahama và Thủ tướng Takaichi dự.",
        "Ông Khalid Al Mansouri, giám đốc một chuỗi siêu thị ở Dubai, cho biết sẽ nhập thêm tôm.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        """Only the segments with a word that may begin or belong to a name in pinyin: one scan of the text."""
        lines = content_lines(ctx)
        checked = set()
        found: dict[int, list[tuple[int, int]]] = {}  # segment index → spans already reported
        # (a line whose only candidate word is the start of a longer key, with no more of it after, holds nothing
        # for check(): only a record with a source is read as before, its source's names looked for in it)
        sourced = any(seg.source for seg in lines.segments)
        for k in candidate_lines(lines.text, lines.starts, sourced):
            checked.add(k)
            for hit in self.check(lines.segments[k], ctx):
                found.setdefault(hit.segment, []).append((hit.start, hit.end))
                yield hit
        for k, seg in enumerate(lines.segments):  # records with a Chinese source: its transcriptions (_source_read)
            if k not in checked and seg.source:
                # no candidate word, so no known person's pinyin (known=False)
                yield from self._source_read(
                    seg, lambda s=seg: [(r.start, r.end) for r in seg_pinyin(ctx, s.index)], ctx, known=False
                )
        yield from self._japanese_pinyin(ctx, found)

    def _japanese_pinyin(self, ctx: DocContext, found: dict[int, list[tuple[int, int]]]) -> Iterator[Hit]:
        """'Shantian Jianyi' (山田健一): a Japanese name in the pinyin of its kanji, in a document that names Japan
        (audit/lang/japanese_pinyin.py); the romaji of the family name is known, the given name's is not. A name
        the gazetteers already read, with its fix ('Shantian Longxiong' → Yamada Takio, an envoy), is not reported
        again without one."""
        lines = content_lines(ctx)
        if not may_hold_japanese_pinyin(lines.text, word_set(ctx)) or not JAPAN_CUE.search(lines.text):
            return
        for seg in lines.segments:
            for n in japanese_pinyin_names(seg.text):
                if any(s < n.end and n.start < e for s, e in found.get(seg.index, ())):
                    continue
                yield self.hit(
                    seg,
                    n.start,
                    n.end,
                    f"'{seg.text[n.start : n.end]}' is the pinyin of a Japanese name written in Chinese characters "
                    f"({n.zh}…, family name {n.romaji}): write the name in romaji ('{n.romaji} …')",
                    confidence=0.6,
                    severity=Severity.MINOR,  # no fix, as for any pinyin name not in the gazetteer
                )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        text = seg.text
        # names joined by an interpunct are N102's ('Tonglun • Xisuli'), one finding for the whole name
        dotted = [(n.start, n.end) for n in interpunct_names(text)] if DOT.search(text) else []
        known = [m for m in pinyin_western_names(text) if not any(a < m.end and m.start < b for a, b in dotted)]
        for m in known:
            assert m.name is not None
            span = text[m.start : m.end]
            name, others = _chosen(m.name, m.start, span, seg, ctx)
            critical = _titled_for(m, seg_titled(ctx, seg.index), name)
            if m.loose and not critical:
                continue  # 'ông Dai Wei' may be a Chinese person; 'Tổng thống Mỹ Bai Deng' is Biden
            yield self.hit(
                seg,
                m.start,
                m.end,
                f"'{span}' is the pinyin of the Chinese name of {name}" + _or_of(others),
                suggestion=name,
                confidence=0.9 if critical or m.syllables >= 3 else 0.8,
                severity=Severity.CRITICAL if critical else Severity.MAJOR,
                candidates=list(others) or None,
            )
        taken = [(m.start, m.end) for m in known] + [(r.start, r.end) for r in seg_pinyin(ctx, seg.index)] + dotted
        yield from self._source_read(seg, lambda: taken, ctx)
        for e in pinyin_echoes(text, lambda: _latin_names(ctx)):
            if any(a < e.end and e.start < b for a, b in taken):
                continue
            taken.append((e.start, e.end))
            yield self.hit(
                seg,
                e.start,
                e.end,
                f"'{text[e.start : e.end]}' sounds like the pinyin of a Chinese transliteration of '{e.latin}', "
                "which this document writes in Latin letters",
                suggestion=e.latin,
                confidence=0.7 if e.classes >= _SURE_CLASSES else 0.5,
                severity=Severity.MAJOR if e.classes >= _SURE_CLASSES else Severity.MINOR,
            )
        for t in seg_titled(ctx, seg.index):
            first = _after_country(t.run)
            if first is None or any(a < first[1] and first[0] < b for a, b in taken):
                continue
            latin = titled_echo(first[2], _latin_names(ctx))
            if latin is None or _place_pinyin(first[2]):
                continue
            taken.append(first[:2])
            yield self.hit(
                seg,
                first[0],
                first[1],
                f"'{first[2]}' after the title sounds like the pinyin of a Chinese transliteration of '{latin}', "
                "which this document writes in Latin letters",
                suggestion=latin,
                confidence=0.5,
                severity=Severity.MINOR,
            )
        # then, in an article MT left names in pinyin in, a name of open syllables after a sports role and a country
        loose = pinyin_shaped_names(text, loose=True) if _pinyin_article(ctx) else []
        for m, by_article in chain(zip(pinyin_shaped_names(text), repeat(False)), zip(loose, repeat(True))):
            if any(a < m.end and m.start < b for a, b in taken) or _place_pinyin(text[m.start : m.end]):
                continue
            if by_article and not _country_right_before(text, m.start):
                continue
            if _japanese_in_romaji(text, m.start, m.end) or _known_in_romaji(ctx, text[m.start : m.end]):
                continue
            taken.append((m.start, m.end))
            name = known_pinyin_name(text[m.start : m.end])
            if name is not None:  # the shape in a person's slot, and the pinyin of a known person's name (misses44)
                name, others = _chosen(name, m.start, text[m.start : m.end], seg, ctx)
                yield self.hit(
                    seg,
                    m.start,
                    m.end,
                    f"'{text[m.start : m.end]}' is the pinyin of the Chinese name of {name}" + _or_of(others),
                    suggestion=name,
                    confidence=0.8,
                    candidates=list(others) or None,
                )
                continue
            yield self.hit(
                seg,
                m.start,
                m.end,
                f"'{text[m.start : m.end]}' looks like a foreign name left in Chinese pinyin"
                + (", as this article leaves other names" if by_article else ""),
                confidence=0.5,
                severity=Severity.MINOR,
            )
        for start, end in lone_pinyin_names(text, lambda: _latin_names(ctx)):
            if any(a < end and start < b for a, b in taken) or _place_pinyin(text[start:end]):
                continue
            if _not_read_from_source(seg, text[start:end]) or _romaji_in_japan_article(ctx, text[start:end]):
                continue
            yield self.hit(
                seg,
                start,
                end,
                f"'{text[start:end]}' looks like a foreign name left in the pinyin of its Chinese transliteration",
                confidence=0.4,
                severity=Severity.MINOR,
            )

    def _source_read(
        self, seg: Segment, spans: Callable[[], list[tuple[int, int]]], ctx: DocContext, known: bool = True
    ) -> Iterator[Hit]:
        """With a Chinese source: one word that spells the pinyin of three or more of its characters ('Baoweier'
        for 鲍威尔) is a transcribed name left in pinyin for certain; the fix is the person's name when people.tsv
        knows the characters. With ``known`` (the segment holds a candidate word, which any index key's pinyin
        is), also a known person's name form the source holds (:func:`source_known_names`)."""
        if not (seg.source and _HAN.search(seg.source)):
            return
        found = source_transliterations(seg.source, seg.text)
        japanese = [
            n
            for n in source_pinyin_names(seg.source, seg.text)
            if _marked_japanese(seg.source, n.chars, seg.text[n.start : n.end])
        ]
        taken = spans() if found or japanese else []
        # a Japanese name first (N101 leaves them to N108: the press writes it in romaji; misses28), then the others
        for n, japanese_name in [*((n, True) for n in japanese), *((n, False) for n in found)]:
            if any(a < n.end and n.start < b for a, b in taken):
                continue
            if not japanese_name and _place_pinyin(seg.text[n.start : n.end]):
                continue
            taken.append((n.start, n.end))
            name = _by_zh().get(n.chars)
            what = (
                "a Japanese name, which Vietnamese writes in romaji"
                if japanese_name
                else ("a name Chinese transcribes by sound")
            )
            yield self.hit(
                seg,
                n.start,
                n.end,
                f"'{seg.text[n.start : n.end]}' is the pinyin of the source's {n.chars}, {what}"
                + (f": {name}" if name else ""),
                suggestion=name,
                confidence=0.8,
            )
        # then a known person's name part of two characters, which no title's country need name (misses44)
        for k in source_known_names(seg.source, seg.text) if known else ():
            if not taken:
                taken = spans()
            if any(a < k.end and k.start < b for a, b in taken):
                continue
            taken.append((k.start, k.end))
            assert k.name is not None
            name, others = _chosen(k.name, k.start, seg.text[k.start : k.end], seg, ctx)
            yield self.hit(
                seg,
                k.start,
                k.end,
                f"'{seg.text[k.start : k.end]}' is the pinyin of the source's Chinese name of {name}" + _or_of(others),
                suggestion=name,
                confidence=0.8,
                candidates=list(others) or None,
            )


_HAN = re.compile(r"[\u4e00-\u9fff]")


@functools.cache
def _by_zh() -> dict[str, str]:
    """The people of people.tsv by their Chinese name without its '·' (one person per name only)."""
    out: dict[str, set[str]] = {}
    for name, tenures in people().items():
        for t in tenures:
            if t.name_zh:
                out.setdefault(t.name_zh.replace("·", ""), set()).add(name)
    return {zh: next(iter(names)) for zh, names in out.items() if len(names) == 1}


def _place_pinyin(span: str) -> bool:
    """The span is a place's pinyin (C106's index: 'Gujilate' 古吉拉特 Gujarat), no person's name by shape alone."""
    place = pinyin_places().get(span.replace(" ", "").replace("-", "").lower().translate(_FOLD_U))
    return place is not None and not place.japan  # a Japanese city's counts only in an article about Japan


# A name in Hepburn romaji: its open syllables (ka, shi, chi, tsu, fu, ji, ryo …), 'n' before a consonant or at the
# end, a doubled consonant ('Hokkaido'); pinyin of the kanji Chinese writes for a Japanese name has q, x, zh, ti, si,
# zi, hu, final 'ng' … ('Shantian Huazi' 山田花子)
_ROMAJI = re.compile(
    r"(?:[kgnhbpmr]y[auo]|[kgnbpmr][aiueo]|h[aieo]|s[aueo]|[sc]h[aiuo]|tsu|t[aeo]|fu|z[aueo]|j[aiuo]|d[aeo]|y[auo]|w[ao]"
    r"|[aiueo]|n(?![aiueoy])|[kstp](?=[kstpc]))+",
    re.IGNORECASE,
)
# a Japanese nationality right before the name (a Latin given name may stand between) or right after it
_JAPAN_BEFORE = re.compile(r"(?:Nhật Bản|người Nhật|Nhật)\s+(?:[A-Z][a-z]+\s+)?$")
_JAPAN_AFTER = re.compile(r"\s*\((?:Nhật Bản|Nhật)\)")


def _country_right_before(text: str, start: int) -> bool:
    """A country's name of one to three words ends right before ``start`` ('kình ngư Thái Lan Jishada Wenmi')."""
    words = text[max(0, start - 40) : start].split()
    names = country_names()
    return any(" ".join(words[-n:]) in names for n in (1, 2, 3) if len(words) >= n)


def _pinyin_article(ctx: DocContext) -> bool:
    """The article holds a name N101 reads as pinyin ('Li Guoda', 'Jin Shangzhi'): MT through Chinese left names in
    pinyin in it, so a name of open syllables in a person's slot after a country is likely one too (misses25)."""
    return ctx.memo("N108 pinyin article", lambda doc: any(seg_pinyin(ctx, s.index) for s in doc.content))


def _japanese_in_romaji(text: str, start: int, end: int) -> bool:
    """A name the sentence calls Japanese ('tay vợt Nhật Bản Kodai Naraoka', 'Naraoka (Nhật Bản)'), every word of
    it romaji: the name as the press writes it. Pinyin of the kanji Chinese uses for it is rarely romaji."""
    return all(_ROMAJI.fullmatch(w) for w in re.split(r"[\s-]+", text[start:end]) if w) and bool(
        _JAPAN_BEFORE.search(text, max(0, start - 40), start) or _JAPAN_AFTER.match(text, end)
    )


def _not_read_from_source(seg: Segment, word: str) -> bool:
    """The record's Chinese source has no characters whose pinyin the word spells ('Giáo sư Kajita' for 梶田教授,
    whose pinyin is 'Weitian'): MT wrote the name from something else than the source's characters, so it is no
    pinyin left over (misses28)."""
    if not (seg.source and _HAN.search(seg.source)):
        return False
    heard = syllables_of(seg.source)
    return not any(all(s in heard for s in split) for split in segmentations(word.lower()))


def _romaji_in_japan_article(ctx: DocContext, word: str) -> bool:
    """A lone word all romaji ('Kajita', 'Fujita') in an article that names Japan: a Japanese family name as the
    press writes it (pinyin's shape, ka-ji-ta, is romaji's too). A word with a syllable romaji lacks ('Xinna') or
    pinyin's glide after i ('Jiani', 'Jieke': jia, jie, common in pinyin, rare in Japanese names) is still read as
    pinyin (misses28)."""
    return (
        bool(_ROMAJI.fullmatch(word))
        and not _PINYIN_GLIDE.search(word)
        and ctx.memo("N108 Japan article", lambda _doc: bool(_JAPAN_WORDS.search(content_lines(ctx).text)))
    )


_PINYIN_GLIDE = re.compile(r"ji[aeuo]|[^aeiou]i[ae]", re.IGNORECASE)
_JAPAN_WORDS = re.compile(r"\bNhật Bản\b|\bngười Nhật\b|\btiếng Nhật\b")


def _known_in_romaji(ctx: DocContext, span: str) -> bool:
    """Every word of ``span`` romaji and a word of a gazetteer person's name that the document writes in full ('ông
    Akazawa' after 'Akazawa Ryosei'): the press's spelling of a known name, not pinyin (review28)."""
    words = [w for w in re.split(r"[\s-]+", span) if w]
    return all(_ROMAJI.fullmatch(w) for w in words) and set(words) <= _full_name_words(ctx)


def _full_name_words(ctx: DocContext) -> frozenset[str]:
    """The words of the gazetteer's names of two words or more that the document's article writes whole (memoised)."""

    def compute(_doc: Document) -> frozenset[str]:
        article = content_lines(ctx).text
        return frozenset(w for name in people() if " " in name and name in article for w in name.split())

    return ctx.memo("names.full_gazetteer_words", compute)


_FOLD_U = str.maketrans("ü", "v", "'’")
_SURE_CLASSES = 3  # consonant classes the pinyin and the Latin name share: fewer match more often by chance


def _after_country(run: tuple[tuple[int, int, str], ...]) -> tuple[int, int, str] | None:
    """The one word of a titled run after the country's name ('Tanzania Samiya' → 'Samiya'), when it ends the run."""
    names = country_names()
    k = next((n for n in (3, 2, 1) if n < len(run) and " ".join(w for _, _, w in run[:n]) in names), 0)
    return run[k] if len(run) == k + 1 else None


def _latin_names(ctx: DocContext) -> EchoNames:
    """The document's name words in Latin letters and its Chinese names' pinyin parts (memoised), from the runs
    of capitalised words the name rules share."""
    return ctx.memo("names.latin_echo", lambda _doc: EchoNames([words for runs in doc_runs(ctx) for _, words in runs]))


def _titled_for(m: ForeignPinyin, titled: list[TitledName], name: str | None = None) -> bool:
    """A title of an office the person (``name``, else the match's) held names them: the name starts one of the
    first words after it."""
    held = {t.office for t in people().get(name or m.name or "", ())}
    return any(held.intersection(t.offices) and any(w[0] == m.start for w in t.run[:4]) for t in titled)


def _or_of(others: tuple[str, ...]) -> str:
    return f" (or of {', '.join(others)}: the page does not say which)" if others else ""


def _chosen(name: str, start: int, span: str, seg: Segment, ctx: DocContext) -> tuple[str, tuple[str, ...]]:
    """The person a known pinyin names, and the others it may name when the page does not say which: where one
    Chinese name is two people's (鲍威尔: Jerome Powell, Fed chair, and Colin Powell, Secretary of State 2001-2005;
    易卜拉欣: Anwar Ibrahim and Sultan Ibrahim), the one whose office's title names the span ('Ngoại trưởng Mỹ
    Baoweier'), else the one whose tenure holds the year the sentence or the page is dated ('Năm 2003, …'), else the
    index's first (an office holder of people.tsv before the other tables) with the others as candidates."""
    people_of = homonyms(name, span)
    if not people_of:
        return name, ()
    titled = seg_titled(ctx, seg.index)
    probe = ForeignPinyin(start, start + len(span), None, 0)
    by_office = [p for p in people_of if _titled_for(probe, titled, p)]
    if len(by_office) == 1:
        return by_office[0], ()
    years = event_years(ctx, seg, start)[:1]
    by_date = [p for p in people_of if years and any(t.covers(years[0]) for t in people().get(p, ()))]
    if len(by_date) == 1:
        return by_date[0], ()
    return people_of[0], people_of[1:]
