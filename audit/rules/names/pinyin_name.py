"""N101: a Vietnamese (or Chinese) name written in Chinese pinyin instead of its Vietnamese form."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace

from audit.lang.compound_surnames import compound_surnames_zh
from audit.lang.countries import trie_pattern
from audit.lang.foreign_pinyin import after_landform_word, latin_named, non_chinese_country_before
from audit.lang.hanviet import fold, load, syllable_key
from audit.lang.mentions import (
    HAN_VIET_COUNTRIES,
    chinese_surname_pinyin,
    surname_pinyin,
    titled_before,
)
from audit.lang.mentions.preceding_title import hoang_provinces, vn_local_office_place
from audit.lang.names import Candidate, confidence
from audit.lang.people import people
from audit.lang.pinyin import segmentations
from audit.lang.resources import read_tsv
from audit.lang.source_pinyin import source_pinyin_names
from audit.lang.syllable import is_valid_syllable
from audit.lang.vn_places import pinyin_places
from audit.model import Segment, Severity
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.korean_names import doc_korean
from audit.rules.names.analyses import (
    _glossed,
    _pinyin_by_segment,
    _starts,
    cited_beside_hanviet,
    glossed_in_document,
    seg_pinyin,
)
from audit.rules.registry import register

_HAN = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character: a source whose names the target may leave in pinyin
# A surname, 氏 and a given name of one or two characters (阮氏兰, 黎氏秋香): Chinese writes a Vietnamese woman's
# middle name Thị as 氏, which no modern Chinese given name holds (王氏 'Mrs Wang, the Wang clan' ends a name)
_THI_NAME = re.compile(r"[\u4e00-\u9fff]氏[\u4e00-\u9fff]{1,2}")
_TWO_WORDS = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]")  # two capitalised ASCII words: where such a name can be
# A bare honorific or academic title before a name says nothing about nationality: the press writes
# "ông Lei Jun", "bà Chen Yu-hsuan" for Chinese business people and scholars in pinyin
_HONORIFIC_BEFORE = re.compile(
    r"(?:^|(?<=[\s(,;:]))(?:ông|bà|ngài|anh|chị|GS|PGS|TS|Giáo sư|Tiến sĩ)\.?\s+$", re.IGNORECASE
)


# 'Chủ tịch BYD Wang Chuanfu', 'CEO Xiaomi Lei Jun': the title is a company's, whose Chinese heads the press
# writes in pinyin too, so the name is a Chinese business person, not a state office holder
# a Buddhist monastic title: a Vietnamese monk's or nun's religious surname is Thích (释 'Shi', which the Unihan
# readings leave out, so the Hán-Việt guess reads another 'Shi' surname, 石 'Thạch')
_MONASTIC_BEFORE = re.compile(
    r"(?:^|(?<=[\s(,;:]))(?:Đại lão Hòa thượng|Hòa thượng|Hoà thượng|Thượng tọa|Thượng toạ|Đại đức|Ni trưởng|Ni sư"
    r"|Sư cô|Đức Pháp chủ|Pháp chủ|nhà sư|sư thầy)\s+$",
    re.IGNORECASE,
)
_COMPANY_BEFORE = re.compile(
    r"(?:Chủ tịch|Tổng giám đốc|Giám đốc|CEO|Nhà sáng lập|Phó Chủ tịch)\s+[A-Z][A-Za-z0-9&]+\s+$"
)


def _vietnamese(name: str) -> bool:
    return any(t.country == "vn" for t in people().get(name, ()))


# The article introduces a name as a Chinese person's ('tay vợt người Trung Quốc Trịnh Khâm Văn', 'Lưu Đức
# Hoa (Hồng Kông)', '… gọi theo âm Hán Việt là Đinh Lập Nhân'): its Hán-Việt form in the document does not make a
# pinyin form of it a Vietnamese name.
# 'tại/ở/sang … Trung Quốc X' is a place ('Đại sứ Việt Nam tại Trung Quốc X'), not a nationality.
# The plain form of _CHINESE_BEFORE (tests/unit/test_chinese_before_scan.py compares the two): its nine lookbehinds
# were tried at every position of the 30 characters before each mention
CHINESE_BEFORE_PLAIN = (
    r"(?<!tại )(?<!ở )(?<!sang )(?<!đến )(?<!tới )(?<!thăm )(?<!với )(?<!và )(?<!giữa )"
    r"(?:Trung Quốc|người Hoa|gốc Hoa|Đài Loan|Hồng Kông|(?:âm|tên|theo) Hán[ -]Việt(?:\s+là)?)\s+$"
)
_NOT_PLACE = "".join(f"(?<!{w} .)" for w in ("tại", "ở", "sang", "đến", "tới", "thăm", "với", "và", "giữa"))
# the same as tries whose lookbehinds stand after the first letter (trie_pattern's guard): re skips ahead to the
# markers' first letters
_CHINESE_BEFORE = re.compile(
    "(?:"
    + trie_pattern(("Trung Quốc", "người Hoa", "gốc Hoa", "Đài Loan", "Hồng Kông"), guard=_NOT_PLACE)
    + "|(?:"
    + trie_pattern((f"{w} Hán{s}Việt" for w in ("âm", "tên", "theo") for s in " -"), guard=_NOT_PLACE)
    + r")(?:\s+là)?)\s+$"
)
_CHINESE_AFTER = re.compile(r"\s*\((?:Trung Quốc|Đài Loan|Hồng Kông)\)")


def _introduced_as_chinese(ctx: DocContext, name: str) -> bool:
    """Some mention of ``name`` in the article text has a Chinese nationality marker right before or after."""
    return _marked(ctx, name, "chinese_hanviet", _CHINESE_BEFORE, _CHINESE_AFTER, 30)


def _marked(
    ctx: DocContext, name: str, kind: str, before: re.Pattern[str], after: re.Pattern[str], window: int
) -> bool:
    """Some mention of ``name`` in the article text has ``before`` in the ``window`` characters before it (a pattern
    ending at the name) or ``after`` right after it (memoised per document and ``kind``)."""
    cache: dict[str, bool] = ctx.memo(f"names.{kind}", lambda _doc: {})
    if name not in cache:
        text = content_lines(ctx).text
        # the mentions a find loop meets, from the starts glossed_in_document may already have listed
        cache[name] = any(
            before.search(text, max(0, i - window), i) or after.match(text, i + len(name))
            for i in _starts(ctx, name, overlapping=False)
        )
    return cache[name]


# A syllable of a Korean name as the press romanises it (Revised Romanization and the older spellings: Han Kang,
# Song Kang, Lee, Choi, Shin, Yoon): no pinyin-only initial (zh, x, q, c alone) and a Korean vowel. A pinyin
# name of such syllables next to a Korean nationality is most likely the Korean's own name ('nhà văn Hàn Quốc Han
# Kang'), not a Vietnamese name MT garbled.
_KOREAN_SYLLABLES = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|sh(?=i)|[gkndtrlmbpsjh]|)"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|ee|oo|oi|a|e|o|u|i)"
    r"(?:ng|[kntlmp](?![aeiouwy]))?",
    re.IGNORECASE,
)
_KOREA_BEFORE = re.compile(r"(?:Hàn Quốc|người Hàn|Hàn)\s+$")
_KOREA_AFTER = re.compile(r"\s*\((?:Hàn Quốc|Hàn)\)")


def _city_with_shi(span: str) -> bool:
    """'Hu Zhiming Shi' (胡志明市): the pinyin of a Vietnamese city's name with 市 'city', which C106 reads as the
    place (TP Hồ Chí Minh), not a person named after it."""
    if not span.endswith(("Shi", "shi")):
        return False
    place = pinyin_places().get(fold(span).replace(" ", "").replace("-", ""))
    return place is not None and place.zh.endswith("市")


def _korean_romanised(word: str) -> bool:
    return all(
        re.fullmatch(f"(?:{_KOREAN_SYLLABLES.pattern}){{1,3}}", part, re.IGNORECASE) for part in word.split("-") if part
    )


def _introduced_as_korean(ctx: DocContext, name: str) -> bool:
    """Every word of ``name`` is a Korean name's romanisation and some mention of it in the article text has a
    Korean nationality right before or after ('diễn viên Hàn Quốc Song Kang', 'Han Kang (Hàn Quốc)')."""
    if not all(_korean_romanised(w) for w in name.split()):
        return False
    return _marked(ctx, name, "korean_romanised", _KOREA_BEFORE, _KOREA_AFTER, 20)


@register
class PinyinName(SegmentRule):
    code = "N101"
    name = "pinyin-name"
    category = "accuracy/mistranslation"
    severity = Severity.CRITICAL
    summary = "A Vietnamese (or Chinese) name written in Chinese pinyin instead of its Vietnamese form"
    why = (
        "Text translated through Chinese turns Vietnamese names into the pinyin of their characters "
        "(阮 Nguyễn → 'Ruan'); the reader cannot tell who is meant (after a monastic title, 'Hòa thượng Shi …', "
        "the surname is 释, the religious surname Thích). The fix is recovered by matching "
        "every candidate Vietnamese name (gazetteer, the document's own names, surname × given-name "
        "combinations) against the pinyin it can produce; a known person wins over an exact "
        "surname-and-given-name reading only when the pinyin reads their own characters syllable by "
        "syllable or their name without its marks ('Ruan Wenming' is Nguyễn Văn Minh, not Nguyễn Văn "
        "Linh 阮文灵). Critical when it recovers a known Vietnamese person, major with a title before it, "
        "minor for a bare Chinese name (the Vietnamese press "
        "writes Chinese names in Hán-Việt: Tập Cận Bình, not Xi Jinping) or one after a bare honorific "
        "(the press writes Chinese business people and athletes in pinyin: 'ông Lei Jun', 'Wu Lei'). In a "
        "record with a Chinese source, a name whose syllables read a run of the source's characters is pinyin "
        "for certain, and the Hán-Việt of those characters is the fix ('韩志强' → 'Han Zhiqiang' → 'Hàn Chí Cường'; "
        "李 'Lý' and 美 'Mỹ' as names write them), unless it starts with no Chinese surname and holds a common "
        "English word: a foreign word the source transcribes ('La Nina' for 拉尼娜). "
        "A name whose pinyin surname is one of China's commonest that no Vietnamese surname reads ('Cui', 'Xiong', "
        "'Qian') is a Chinese person's: found without a title too, with no fix offered (Vietnamese-name candidates "
        "would misread it); a Hán-Việt form in brackets beside it is the press's gloss. A country's name, an "
        "organisation's acronym or a Vietnamese province after 'tỉnh'/'thành phố' right before the name ends the "
        "title's unit ('Phó Giám đốc Đài Truyền hình Việt Nam Li …', 'Tổng giám đốc EVN …', 'Chủ tịch UBND tỉnh "
        "Bắc Giang Li …', 'Bí thư Tỉnh ủy Quảng Ninh Jin …'): its last word is no Vietnamese surname the pinyin "
        "continues, and a Vietnamese local office so ended ('Phó Chủ tịch UBND tỉnh Lạng Sơn') is the name's title. "
        "A name "
        "the source marks Japanese ('日本选手高桥尚子' → 'Gaoqiao Shangzi') is N108's: the press writes it in romaji. "
        "A name without an office title whose words all spell as a Korean name is romanised ('Han Kang', 'Song "
        "Kang'), which the article calls Korean somewhere ('nhà văn Hàn Quốc Han Kang', '… (Hàn Quốc)'), is the "
        "Korean's own name as the press writes it. "
        "Two short syllables that Vietnamese spelling allows too ('Liu Bo') are a name after a title or honorific "
        "when the second, written without a mark, is no Vietnamese name syllable ('ông Tran Hai' may be a "
        "Vietnamese name written without its marks). A run right after a word of a natural feature ('dãy Tian "
        "Shan', 'sông Huang He', 'sa mạc', 'hồ') is a place's name. After a title and a country whose officials bear "
        "no Chinese name ('Bộ trưởng Campuchia Suo Padi'), the pinyin is of the Chinese form of that official's own "
        "name: no Hán-Việt reading is offered as the fix. 黄 'Huang' reads 'Hoàng' first after a local office of a "
        "northern province ('Phó Chủ tịch UBND tỉnh Lạng Sơn Huang …'; references/vn_hoang_provinces.txt), "
        "'Huỳnh' elsewhere. A surname in a Singaporean's or Malaysian's dialect spelling before a given name written "
        "syllable by syllable ('bà Tan Li Ting'; references/dialect_surnames.tsv) is the person's own spelling, and a "
        "pinyin name cited as a spelling ('… còn báo tiếng Anh viết Li Qiang', 'tên tiếng Anh là …') of a person "
        "the text names in Hán-Việt is no MT artefact."
    )
    fires = (
        "Chủ tịch Quốc hội [[Wang Tinghui]] đã tiếp đoàn đại biểu Lào.",
        "Tổng Bí thư Nguyễn Văn Linh gặp Thủ tướng [[Wu Wenjie]] tại Hà Nội.",
        "Ông [[Chen Daguang]] cho biết hai bên sẽ ký kết thỏa thuận mới.",
        "Ông [[Lei Jun]], Chủ tịch Xiaomi, giới thiệu mẫu xe điện mới.",
        "Thủ tướng [[Ruǎn Chūnfú]] dự hội nghị thượng đỉnh.",
        "Theo [[Xiong Zhiqiang]], giá thép xây dựng đã giảm ba tuần liền.",
        "Đoàn chuyển lời thăm hỏi của Tổng Bí thư [[Ruan Phu Trong]] tới lãnh đạo Lào.",
        "Phó Giám đốc Đài Truyền hình Việt Nam [[Li Guohui]] phát biểu khai mạc.",
        "Phó Chủ tịch UBND tỉnh Nghệ An [[Wang Minghui]] cho biết tỉnh sẽ mở thêm hai khu công nghiệp.",
    )
    quiet = (
        "Chủ tịch nước Võ Văn Thưởng tiếp Tổng thống Philippines Ferdinand Marcos Jr.",
        "Ông Chen Minh Tuan, Giám đốc công ty, cho biết đơn hàng tăng.",
        "Các hãng Huawei và Xiaomi mở rộng thị trường tại Hong Kong.",
        "Ông Long cho biết, chị Lan và anh Hai đã về quê.",
        "Chủ tịch Trung Quốc Tập Cận Bình và Thủ tướng Lý Cường dự hội nghị.",
        "Trương Nhất Minh (Zhang Yiming), nhà sáng lập ByteDance, rời ghế CEO.",
        "Ca sĩ Mao Bất Dịch (Mao Buyi) ra album mới vào tháng sau.",
        "Tay vợt Zhang Yiman (Trung Quốc), tức Trương Dĩ Mạn, vào chung kết.\nZhang Yiman thắng sau ba ván.",
        "Nhà văn Hàn Quốc Han Kang đoạt giải Nobel.\nTiểu thuyết của Han Kang được dịch sang tiếng Việt.",
        "Đoàn leo núi cắm trại dưới chân dãy Tian Shan, rồi đi dọc sông Huang He.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        found = _pinyin_by_segment(ctx)
        for seg in ctx.doc.segments:
            if seg.index in found or (
                seg.source and not seg.boilerplate and _TWO_WORDS.search(seg.text) and _HAN.search(seg.source)
            ):
                yield from self.check(seg, ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        """The pinyin names of the target; in a record with a Chinese source, also those that read the source's
        characters, whose Hán-Việt is then the fix (audit.lang.source_pinyin)."""
        korean = [(m.start, m.end) for m in doc_korean(ctx).get(seg.index, ())]  # N109's
        from_source = source_pinyin_names(seg.source, seg.text) if seg.source else []
        # a name the source marks Japanese ('日本选手高桥尚子') is N108's: the press writes it in romaji
        korean += [
            (n.start, n.end)
            for n in from_source
            if _marked_japanese(seg.source or "", n.chars, seg.text[n.start : n.end])
        ]
        if korean or from_source:  # N109's Korean names; N108's foreign people ('Yin Xiyue' 尹锡悦 Yoon Suk Yeol)
            from_source = [
                n
                for n in from_source
                if n.chars not in _foreign_zh() and not any(a < n.end and n.start < b for a, b in korean)
            ]
        for hit in self._in_target(seg, ctx):
            if korean and any(a < hit.end and hit.start < b for a, b in korean):
                continue
            if _city_with_shi(seg.text[hit.start : hit.end]):
                continue  # C106's place
            same = next((n for n in from_source if n.start < hit.end and hit.start < n.end), None)
            if same is not None:
                from_source.remove(same)
                if same.hanviet and not _same_syllables(same.hanviet, hit.suggestion or ""):
                    # the source's characters decide: the message names the fix the finding gives ('Li Shimin' is
                    # 李世民, 'Lý Thế Dân', not the target-only guess 'Lê Thị Mẫn')
                    message = _PROBABLY.sub(f" is the source's {same.chars}, '{same.hanviet}'", hit.message, count=1)
                    hit = replace(hit, suggestion=same.hanviet, candidates=None, message=message)
                if hit.severity == Severity.MINOR and _THI_NAME.fullmatch(same.chars):
                    hit = _vietnamese_woman(hit, seg.text[hit.start : hit.end], same.chars)
            yield hit
        for n in from_source:
            span = seg.text[n.start : n.end]
            if _city_with_shi(span):
                continue
            before = seg.text[max(0, n.start - 40) : n.start]
            office = titled_before(seg.text, n.start, strict=True) and not (
                _HONORIFIC_BEFORE.search(before) or _COMPANY_BEFORE.search(before)
            )
            yield self.hit(
                seg,
                n.start,
                n.end,
                f"'{span}' is the pinyin of the source's {n.chars}: Vietnamese writes the Hán-Việt of the characters",
                suggestion=n.hanviet or None,
                confidence=0.8,
                severity=Severity.MAJOR if office or _THI_NAME.fullmatch(n.chars) else Severity.MINOR,
            )

    def _in_target(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        for r in seg_pinyin(ctx, seg.index):
            span = seg.text[r.start : r.end]
            if after_landform_word(seg.text, r.start):
                continue  # a place's name: 'dãy Tian Shan' (天山)
            if _dialect_spelt(r.tokens) and not _CHINA_BEFORE.search(seg.text, max(0, r.start - 16), r.start):
                continue  # a Singaporean's or Malaysian's own spelling: 'bà Tan Li Ting' (陈, pinyin 'Chen')
            if not r.candidates:
                yield self.hit(
                    seg,
                    r.start,
                    r.end,
                    f"'{span}' looks like a name in Chinese pinyin",
                    confidence=0.4,
                    severity=Severity.MINOR,
                )
                continue
            if _glossed(seg.text, r.start, r.end, r.candidates):
                continue
            if glossed_in_document(ctx, span, r.candidates) or (not r.titled and _introduced_as_korean(ctx, span)):
                continue
            if cited_beside_hanviet(ctx, seg.text, r.start, r.end, r.candidates):
                continue
            country = non_chinese_country_before(seg.text, r.start) if r.titled else None
            if country is not None:
                # 'Bộ trưởng Campuchia Suo Padi' (a Khmer name through its Chinese form): no Hán-Việt reading is
                # the person's name, and a Vietnamese-looking fix would name someone else (adversary125)
                yield self.hit(
                    seg,
                    r.start,
                    r.end,
                    f"'{span}' is the pinyin of the Chinese form of a {country} official's name: Vietnamese news "
                    "writes the person's own spelling",
                    confidence=0.6,
                    severity=Severity.MAJOR,  # after a title
                )
                continue
            if _chinese_surname_only(r.tokens[0]) and not _gazetteer_reading(r.candidates[0]):
                if not _beside_hanviet(seg.text, r.start, r.end):
                    yield self._chinese_person(seg, r.start, r.end, r.titled)
                continue
            top = r.candidates[0]
            # the article marks the Hán-Việt form, or the pinyin itself ('Wang Zhiyi (Trung Quốc)'), as a Chinese
            # person's: the pinyin is that person's name the press kept, not a Vietnamese name MT garbled
            chinese = _introduced_as_chinese(ctx, top.name) or _introduced_as_chinese(ctx, span)
            vn = (top.source == "document" and not chinese) or (top.source == "gazetteer" and _vietnamese(top.name))
            # a known Vietnamese person (or a name of the article) ranks first only when the pinyin reads their
            # own characters (or their name without its marks), or when no name reads it so ('Ngurah 10 Fu
            # Fuanzhong'): an exact reading of a name in no list ('Ruan Wenming', Nguyễn Văn Minh) is not critical
            if vn and top.score >= 0.5:
                severity = Severity.CRITICAL
                what = "Vietnamese name"
            elif top.source == "gazetteer" and top.score >= 0.8:
                severity = Severity.MAJOR
                what = "name"
            else:
                office = (
                    r.titled
                    and not _HONORIFIC_BEFORE.search(seg.text, max(0, r.start - 40), r.start)
                    and not _COMPANY_BEFORE.search(seg.text, max(0, r.start - 40), r.start)
                )
                # 阮 (Ruan) is a rare surname in China and the commonest in Vietnam: the person is Vietnamese
                nguyen = top.name.startswith("Nguyễn ")
                severity = Severity.MAJOR if office or nguyen else Severity.MINOR
                what = "name"
            before = seg.text[max(0, r.start - 40) : r.start]
            if severity == Severity.MINOR and (_HONORIFIC_BEFORE.search(before) or _COMPANY_BEFORE.search(before)):
                # 'ông Lei Jun': a Chinese business person or scholar, whose pinyin the press keeps; when it
                # writes Hán-Việt, it reads the person's own characters, which Vietnamese-name candidates do
                # not give ('Lê Tuấn' for 雷军 Lôi Quân): no fix is offered
                yield self.hit(
                    seg,
                    r.start,
                    r.end,
                    f"'{span}' is a Chinese name in pinyin: kept as is for business people and athletes, "
                    "otherwise written in the Hán-Việt of the person's own characters",
                    confidence=confidence(top),
                    severity=severity,
                )
                continue
            alternatives = [c.name for c in r.candidates[1:] if c.rank_score >= 0.6]
            name = top.name
            if r.tokens[0].lower() == "shi" and len(r.tokens) > 1 and _MONASTIC_BEFORE.search(before):
                names = [_monastic(c.name) for c in (top, *r.candidates[1:]) if c is top or c.name in alternatives]
                name, *alternatives = [n for n in dict.fromkeys(names) if n]
            if r.tokens[0].lower() == "huang" and name.startswith(_HUYNH):
                name, alternatives = _northern_hoang(seg.text, r.start, name, alternatives)
            if chinese and not _gazetteer_reading(top):  # a known person keeps their own characters' reading
                name, alternatives = _chinese_surname(r.tokens[0], name, alternatives)
            yield self.hit(
                seg,
                r.start,
                r.end,
                f"{what} in Chinese pinyin: '{span}' is probably '{name}'",
                suggestion=name,
                confidence=confidence(top),
                candidates=alternatives or None,
                severity=severity,
            )

    def _chinese_person(self, seg: Segment, start: int, end: int, titled: bool) -> Hit:
        """A pinyin name whose surname no Vietnamese surname gives ('Cui', 'Xiong'): a Chinese person, whose
        Hán-Việt the Vietnamese names the candidates come from would misread ('Cui' 崔 is Thôi, not Thuý):
        no fix is offered; major after an office title, as for other names."""
        before = seg.text[max(0, start - 40) : start]
        office = titled and not (_HONORIFIC_BEFORE.search(before) or _COMPANY_BEFORE.search(before))
        span = seg.text[start:end]
        return self.hit(
            seg,
            start,
            end,
            f"'{span}' is a Chinese name in pinyin ('{span.split()[0]}' reads no Vietnamese surname): Vietnamese "
            "writes the Hán-Việt of the person's own characters",
            confidence=0.6,
            severity=Severity.MAJOR if office else Severity.MINOR,
        )


_HUYNH = "Huỳnh "


@functools.cache
def _chinese_surname_readings() -> dict[str, str]:
    """Pinyin → the Hán-Việt of China's commoner surname of that pinyin where Vietnamese surnames read it too
    (references/zh_surname_readings.tsv: 'li' 李 'Lý', not 黎 'Lê')."""
    return {r["pinyin"]: r["reading"] for r in read_tsv("zh_surname_readings.tsv")}


def _chinese_surname(token: str, name: str, alternatives: list[str]) -> tuple[str, list[str]]:
    """For a person the article marks as Chinese, Hong Kong or Taiwanese ('tỷ phú Hồng Kông Li Jiacheng'), the
    surname is read as China's commoner surname of its pinyin, as the press writes Chinese people (李 'Lý Cường'),
    not by how common the Vietnamese surname is (黎 'Lê'); the Vietnamese reading becomes a candidate. The given
    name's reading is kept."""
    reading = _chinese_surname_readings().get(token.lower())
    surname, _, given = name.partition(" ")
    if reading is None or not given or surname == reading or len(token.split()) != 1:
        return name, alternatives
    chinese = f"{reading} {given}"
    return chinese, [n for n in dict.fromkeys((name, *alternatives)) if n != chinese]


def _northern_hoang(text: str, start: int, name: str, alternatives: list[str]) -> tuple[str, list[str]]:
    """黄 is 'Hoàng' in the north, 'Huỳnh' in the South Central Coast and the South (references/
    vn_hoang_provinces.txt): after a local office of a northern province ('Phó Chủ tịch UBND tỉnh Lạng Sơn Huang
    Wenxiu') the 'Hoàng' reading comes first and 'Huỳnh' becomes a candidate; elsewhere the ranking is unchanged."""
    place = vn_local_office_place(text, start)
    if place is None or place not in hoang_provinces():
        return name, alternatives
    hoang = "Hoàng " + name[len(_HUYNH) :]
    return hoang, [name, *(a for a in alternatives if a != hoang)]


_PROBABLY = re.compile(r" is probably '[^']*'")  # the target-only guess in a finding's message


def _vietnamese_woman(hit: Hit, span: str, chars: str) -> Hit:
    """The hit on a pinyin name whose source characters hold 氏 (Thị) as a middle name: a Vietnamese woman, as 阮
    marks a Vietnamese (major, not 'a Chinese name kept as is')."""
    fix = f": '{span}' is probably '{hit.suggestion}'" if hit.suggestion else ""
    message = f"Vietnamese name in Chinese pinyin (the source's {chars}, 氏 the middle name Thị){fix}"
    return replace(hit, severity=Severity.MAJOR, message=message)


# A name of two to four capitalised words right before an opening bracket, or in brackets
_NAME_BEFORE_BRACKET = re.compile(r"((?:[A-ZĐ]\w* ){1,3}[A-ZĐ]\w*) ?\( ?$")
_NAME_IN_BRACKETS = re.compile(r" ?\( ?((?:[A-ZĐ]\w* ){1,3}[A-ZĐ]\w*) ?[),;]")


def _beside_hanviet(text: str, start: int, end: int) -> bool:
    """The pinyin is the press's gloss of a Vietnamese-spelt (Hán-Việt) name beside it, one in brackets after
    the other: 'Thang Duy (Tang Wei)', 'Tang Wei (Thang Duy)'. The reader is told both forms."""
    before = _NAME_BEFORE_BRACKET.search(text, max(0, start - 40), start)
    if before is not None and text[end : end + 1] in (")", ",", ";"):
        name = before.group(1)
    else:
        after = _NAME_IN_BRACKETS.match(text, end)
        if after is None:
            return False
        name = after.group(1)
    words = name.split()
    while words and not is_valid_syllable(words[0]):
        words.pop(0)  # a title's abbreviation before the name ('GS Cung Kỳ Hoàng (Gong Qihuang)', clean26 probe)
    return len(words) >= 2 and all(is_valid_syllable(w) for w in words)


def _gazetteer_reading(top: Candidate) -> bool:
    """``top`` is a people.tsv person whose own characters the pinyin reads syllable by syllable ('Mao Ning' 毛宁,
    Mao Ninh): the person is known, so the surname needs no Vietnamese reading to name them."""
    return top.source == "gazetteer" and top.faithful and top.score >= 0.8


def _monastic(name: str) -> str:
    """A monastic's name: the surname the guess read (石 'Thạch', 施 'Thi' …) becomes 释 'Thích'."""
    return "Thích " + name.split(" ", 1)[1] if " " in name else name


@functools.cache
def _dialect_surnames() -> frozenset[str]:
    """Chinese surnames as Singaporean and Malaysian Chinese spell them in their dialect (references/
    dialect_surnames.tsv: 陈 'Tan', 王 'Heng'), lower-cased."""
    return frozenset(row["spelling"].lower() for row in read_tsv("dialect_surnames.tsv"))


# 'Trung Quốc' right before the name: a mainland official's or person's ('Thứ trưởng Thương mại Trung Quốc Tan Wei
# Dong' 谭伟东), whose name MT spells in pinyin, syllable by syllable or not: no Singaporean's own spelling (review36)
_CHINA_BEFORE = re.compile(r"(?<!\w)Trung Quốc\s+$")


def _dialect_spelt(tokens: tuple[str, ...]) -> bool:
    """A surname spelt the Hokkien, Teochew or Cantonese way, then a given name written syllable by syllable,
    each its own word ('Tan Li Ting', 'Tan Wei Ming'): a Singaporean's or Malaysian's name in its own spelling, which
    Vietnamese news keeps. Hanyu Pinyin writes the given name as one word ('Chen Liting'), and MT reading the
    characters writes 陈 'Chen', not 'Tan'; a two-word name ('Tan Dun' 谭盾) is no such evidence."""
    return len(tokens) >= 3 and tokens[0].lower() in _dialect_surnames() and all(_one_syllable(w) for w in tokens[1:])


def _one_syllable(word: str) -> bool:
    split = segmentations(word)
    return bool(split) and len(split[0]) == 1


def _chinese_surname_only(token: str) -> bool:
    """``token`` is the pinyin of a common Chinese surname that no Vietnamese surname is written with."""
    key = token.lower()
    return key in chinese_surname_pinyin() and key not in surname_pinyin()


_JAPAN_MARK = re.compile(r"日本[^，。；、\s]{0,4}$")  # '日本选手', '日本首相', '日本人' right before the name


def _marked_japanese(source: str, chars: str, span: str = "") -> bool:
    """The source names Japan right before the name's characters ('日本选手高桥尚子'), and the name does not
    start with 阮 (Nguyễn), a surname only Vietnamese bear ('日本企业家阮文雄' is a Vietnamese in Japan); or the
    name has a Japanese shape in a source that names Japan (:func:`_japanese_shape`)."""
    at = source.find(chars)
    if at > 0 and not chars.startswith("阮") and _JAPAN_MARK.search(source, max(0, at - 6), at) is not None:
        return True
    return bool(span) and _japanese_shape(source, chars, span)


def _japanese_shape(source: str, chars: str, span: str) -> bool:
    """The source names Japan (日本), the name is three or four characters, and the target writes its first two as
    one pinyin word ('Shanchuan Hong' 山川宏), which no Chinese name but a compound surname's does
    (references/zh_compound_surnames.tsv): a Japanese family name of two kanji read in pinyin (misses46; a Chinese
    name is 'Shan Chuanhong', a Korean one 'Piao Zanyu')."""
    words = span.split()
    if len(words) < 2 or len(chars) not in (3, 4) or "日本" not in source or chars[:2] in compound_surnames_zh():
        return False
    pinyin, first = load().pinyin, words[0].lower()
    return any(a + b == first for a in pinyin.get(chars[0], ()) for b in pinyin.get(chars[1], ()))


@functools.cache
def _foreign_zh() -> frozenset[str]:
    """The Chinese names (without "·") of people.tsv's people of countries that do not write names in Hán-Việt, or
    whom the press calls by a Latin name (Lawrence Wong)."""
    return frozenset(
        t.name_zh.replace("·", "")
        for ts in people().values()
        for t in ts
        if t.name_zh and (latin_named(ts) or not any(u.country in HAN_VIET_COUNTRIES for u in ts))
    )


def _same_syllables(a: str, b: str) -> bool:
    """The same name, tones included, whatever the tone placement ('Thúy'/'Thuý'): 'Lâm Hiểu Đường' (林晓棠) is
    not 'Lâm Hiếu Đường' (孝), though their letters are."""
    return [syllable_key(w) for w in a.split()] == [syllable_key(w) for w in b.split()]
