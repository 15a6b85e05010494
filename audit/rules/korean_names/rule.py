"""N109 itself: reports the names :func:`doc_korean` finds, with the Sino-Korean reading as the fix where the source
gives the characters."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.lang.hanviet import load
from audit.lang.people import holders
from audit.lang.pinyin import segmentations
from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit, SegmentRule
from audit.rules.korean_names.cues import KoreanMention, china_document
from audit.rules.korean_names.mentions import doc_korean
from audit.rules.registry import register


@register
class KoreanNameViaChinese(SegmentRule):
    code = "N109"
    name = "korean-name-via-chinese"
    category = "accuracy/mistranslation"
    severity = Severity.MAJOR
    summary = "A Korean person's name in the pinyin or Hán-Việt of its Chinese characters ('Li Xianghe' 李相赫)"
    why = (
        "Chinese writes a Korean name with its Chinese characters (李相赫 이상혁); MT through Chinese then emits their "
        "pinyin ('Li Xianghe', 'Piao Zhenying') or Hán-Việt ('Lý Tương Hách'), where the Vietnamese press writes the "
        "Korean romanisation (Lee Sang-hyeok, Park Jin-young), and the reader cannot tell who is meant. With a "
        "Chinese source naming the person (a Korean surname and given name, in a record or document about Korea, "
        "or a surname only Koreans bear), the fix is the characters' Sino-Korean reading: the surname as the press "
        "spells it (Lee, Park, Choi) and the given name in Revised Romanization, hyphenated ('Sang-hyeok'); the "
        "person's own spelling may differ (Jin-young for 진영), and for a well-known Korean of korean_people.tsv it is "
        "the fix ('Song Joong-ki' for 宋仲基, not 'Song Jung-gi'). Major. A North Korean's name gets no fix (North "
        "Korea romanises in its own system: Ri, not Lee, for 李), and its Hán-Việt is left alone (Vietnamese writes "
        "North Korea's leaders so: Kim Nhật Thành 金日成); a person of references/people.tsv is N108's, "
        "with their known spelling. A name the source or target marks as another country's ('中国…', 'Việt Nam…') "
        "or with a Vietnamese given-name character (氏 Thị, 文 Văn) is left alone, and where China is named too, only "
        "a name marked Korean right before it ('韩国…', 'Hàn Quốc …') is taken. Without a source, a pinyin name "
        "with the surname Piao (朴) (or 'Pu', 朴's everyday reading, where 'Hàn Quốc' is the last nationality "
        "named before it in its sentence in an article about Korea), or, in an article about Korea (named at "
        "least as often as Vietnam), a pinyin "
        "name with a Korean surname and a two-syllable given name that N101 would read as a Vietnamese name by "
        "guess, or the Hán-Việt 'Phác' (朴) before two Hán-Việt syllables ('Phác Tán Úc'), is flagged "
        "minor and without a fix: which characters lie behind the pinyin is not known. A given "
        "name written one syllable a word that Korean romanisation spells too ('Han Ji Min') is the name written "
        "right (pinyin joins a given name: 'Han Zhimin'). In a document that names Korea, without a source, the "
        "Hán-Việt of a well-known Korean's Chinese name (references/korean_people.tsv: 'Tôn Hưng Mẫn' 孙兴慜) is "
        "flagged major with the press's spelling (Son Heung-min), and three Hán-Việt syllables right after 'Hàn "
        "Quốc' that begin with a Korean surname's Hán-Việt (Lý, Kim, Thôi …) minor, without a fix; not after "
        "'tại/ở … Hàn Quốc' (a place), nor with a Vietnamese middle name (Văn, Thị), nor a romanised name "
        "without tone marks ('Kim Ha Na'); so are three such syllables right after a sports or screen role ('HLV', "
        "'tiền đạo', 'diễn viên') in a text that speaks of Korea when a given syllable is none a Vietnamese name "
        "has (vi_names.tsv: 'HLV Lý Mân Thịnh' 李玟晟; not 'HLV Lý Hoàng Nam'), under a surname Vietnamese share the "
        "middle syllable ('tiền vệ Cao Văn Triền' is Vietnamese). A country after 驻 ('stationed "
        "in': 韩国驻越南大使) is a "
        "posting, not the person's nationality; with a source, a Hán-Việt name of the surname 朴 is taken without "
        "Korea in the record too ('Phác Chí Huân' for 朴志勋). A pinyin name whose surname is a Korean surname's "
        "pinyin and whose given-name syllables are pinyin of characters with the Korean readings of a romanised "
        "name the document writes ('Jin Shangzhi' beside 'Kim Sang-sik') is that person: major, with that name; so is "
        "one that reads so a well-known Korean's Chinese name (korean_people.tsv: 'Shen Tailong' 申台龙, Shin "
        "Tae-yong) in a document that names Korea or the person's field ('HLV', 'bóng đá' for a football coach), not "
        "after 'Trung Quốc'. A pinyin name right after 'Hàn Quốc' in a title phrase ('Đại sứ Hàn Quốc tại Việt Nam "
        "…', no comma between) is taken in any article, minor and without a fix, and so is every other mention of it "
        "written the same way ('Đại sứ Jin Chengzhu biểu thị' after 'Đại sứ Hàn Quốc Jin Chengzhu'; not after another "
        "nationality in its sentence), and so is one of the surname 'An' (安, which N101 leaves: the Korean press "
        "spells it so) with a given name of Chinese shape ('tay vợt Hàn Quốc An Xiying'), and a pinyin name followed "
        "by a Korean body ('của Đại học Yonsei', korean_bodies.txt, or one marked '(Hàn Quốc)'). A Hán-Việt name in "
        "brackets after a "
        "romanised one, or before one in brackets ('Park Chung-hee (Phác Chính Hy)'), is the press's gloss. Without "
        "'Hàn Quốc' before it, a pinyin name after an office title, a rank of Việt Nam's army or police ('Đại tá', "
        "'Thượng úy') or a department head's post ('Phó Cục trưởng') is most often a Vietnamese official's: N101's. "
        "A pinyin name without a fix right after a South Korean office's title (references/offices.tsv) whose holder "
        "(people.tsv) bears its surname gets the holder's name as the fix, the latest holder first ('Bộ trưởng Lao "
        "động Hàn Quốc Jin Ronghun': Kim Young-hoon)."
    )
    fires = (
        "韩国电竞选手金赫奎再次夺冠。 => Tuyển thủ thể thao điện tử Hàn Quốc [[Jin Hekui]] lại vô địch.",
        "韩国演员朴宝英在首尔出席活动。 => Diễn viên Hàn Quốc [[Phác Bảo Anh]] dự sự kiện tại Seoul.",
        "Nữ diễn viên [[Piao Minying]] xuất hiện tại liên hoan phim.",
        "Ca sĩ [[Phác Chí Huân]] mở màn đêm nhạc.",
        "Đội tuyển Hàn Quốc thắng 2-0 tại Seoul.\nTiền vệ [[Li Zaicheng]] ghi bàn thắng quyết định.",
        "韩国驻泰国大使金英洙出席了活动。 => Đại sứ Hàn Quốc tại Thái Lan [[Jin Yingzhu]] đã dự sự kiện.",
        "该公司社长朴志勋表示销量增长了。 => Giám đốc công ty [[Phác Chí Huân]] cho biết doanh số đã tăng.",
        "Phim Hàn Quốc hút khách.\nNữ diễn viên [[Tống Tuệ Kiều]] dự buổi ra mắt.",
        "Nhóm nhạc nữ Hàn Quốc [[Thôi Nhã Linh]] biểu diễn tại Seoul.",
        "Đội tuyển của huấn luyện viên [[Jin Shangzhi]] thắng 2-0.\nHLV Kim Sang-sik hài lòng với các học trò.",
        "Giáo sư [[Jin Minzhe]] của Đại học Yonsei cho biết trường dành 50 suất học bổng.",
        "Đội tuyển Indonesia thắng 2-0.\nHLV [[Shen Tailong]] hài lòng với các học trò.",
        "Thủ tướng Việt Nam tiếp Đại sứ Hàn Quốc tại Việt Nam [[Cui Yongsan]].",
        "Chủ tịch nước tiếp Đại sứ Hàn Quốc [[Jin Chengzhu]].\nĐại sứ [[Jin Chengzhu]] cảm ơn sự đón tiếp.",
        "U23 Hàn Quốc thắng 2-0.\nHLV [[Thôi Tương Hách]] hài lòng; tiền vệ [[Phác Tại Dần]] ghi bàn.",
        "Bộ trưởng Lao động Hàn Quốc [[Jin Yonghun]] thăm lao động Việt Nam tại Gyeonggi.",
    )
    quiet = (
        "韩国演员朴宝英在首尔出席活动。 => Diễn viên Hàn Quốc Park Bo-young dự sự kiện tại Seoul.",
        "中国外长王毅访问韩国首尔。 => Ngoại trưởng Trung Quốc Vương Nghị thăm Seoul, Hàn Quốc.",
        "越南驻韩国大使吴庆明出席活动。 => Đại sứ Việt Nam tại Hàn Quốc Ngô Khánh Minh dự sự kiện.",
        "Đại sứ Nguyễn Vũ Tùng tại Seoul gặp lãnh đạo Hàn Quốc.",
        "Tiền đạo Son Heung-min ghi bàn cho đội tuyển Hàn Quốc.",
        "Tổng thống Hàn Quốc Lee Jae-myung thăm Việt Nam.",
        "Phim Hàn Quốc thắng lớn tại Seoul.\nNữ diễn viên Han Ji Min nhận giải.",
        "Kiến trúc sư Phác Thảo Nguyên trình bày bản vẽ; bức tranh Phác Họa Hà Nội; tính cách chất Phác Hiền Lành.",
        "公司经理李志勋表示销量增长了。 => Giám đốc công ty Lý Chí Huân cho biết doanh số đã tăng.",
        "Nữ diễn viên Tống Tuệ Kiều đóng vai chính trong phim truyền hình Việt Nam.",
        "Lao động Việt Nam tại Hàn Quốc Lý Minh Khoa gửi tiền về quê.",
        "Diễn viên Trung Quốc Li Minhao đóng vai chính trong phim cổ trang.",
        "Thủ tướng Việt Nam tiếp Đại sứ Việt Nam tại Hàn Quốc Wu Qingming.",
        "Hàn Quốc và Nhật Bản ký hiệp ước năm 1965.\nTổng thống Park Chung-hee (Phác Chính Hy) dự lễ ký.",
        "U23 Việt Nam gặp Hàn Quốc.\nHLV Lý Hoàng Nam dự khán; thủ môn Trịnh Xuân Hoàng bắt chính.",
        "Đội tuyển Hàn Quốc thắng 2-0 tại Seoul.\nĐại tá Li Zaicheng, Phó Cục trưởng, cho biết an ninh được bảo đảm.",
    )

    def run(self, ctx: DocContext) -> Iterator[Hit]:
        found = doc_korean(ctx)
        segments = ctx.doc.segments
        for index in sorted(found):
            yield from self._hits(segments[index], found[index], ctx)

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        yield from self._hits(seg, doc_korean(ctx).get(seg.index, []), ctx)

    def _hits(self, seg: Segment, mentions: list[KoreanMention], ctx: DocContext) -> Iterator[Hit]:
        for m in mentions:
            if m.via == "romanised" or (
                m.via == "Hán-Việt"
                and (
                    _glosses_romanised(seg.text, m.start, m.end)
                    or (_glosses_pinyin(seg.text, m) and china_document(ctx))
                )
            ):
                continue
            span = seg.text[m.start : m.end]
            if m.name is not None and m.north:
                yield self.hit(
                    seg,
                    m.start,
                    m.end,
                    f"'{span}' is the {m.via} of the North Korean name {m.name.chars} ({m.name.hangul}): write it as "
                    "the press writes North Koreans' names (North Korea's own romanisation: Ri, not Lee, for 李)",
                    confidence=0.75,
                )
                continue
            if m.known is not None:
                yield self.hit(
                    seg,
                    m.start,
                    m.end,
                    f"'{span}' is the {m.via} of the Chinese name of {m.known}: Vietnamese writes Korean names "
                    "in Korean romanisation",
                    suggestion=m.known,
                    confidence=0.8,
                )
                continue
            if m.name is not None:
                yield self.hit(
                    seg,
                    m.start,
                    m.end,
                    f"'{span}' is the {m.via} of the Korean name {m.name.chars} ({m.name.hangul}): Vietnamese writes "
                    f"Korean names in Korean romanisation",
                    suggestion=m.name.roman,
                    candidates=list(m.name.alternatives) or None,
                    confidence=0.85 if m.via == "pinyin" else 0.75,
                )
                continue
            holders = _titled_holders(seg, m, ctx)
            if holders:
                yield self.hit(
                    seg,
                    m.start,
                    m.end,
                    f"'{span}' looks like a Korean name through Chinese {m.via} (the surname {m.surname}) after the "
                    f"title of an office {holders[0]} holds: write the holder's name in Korean romanisation",
                    suggestion=holders[0],
                    candidates=list(holders[1:]) or None,
                    confidence=0.7,
                )
                continue
            yield self.hit(
                seg,
                m.start,
                m.end,
                f"'{span}' looks like a Korean name through Chinese {m.via} (the surname {m.surname}): write it in "
                "Korean romanisation",
                confidence=0.6 if m.surname == "Park" else 0.45,
                severity=Severity.MINOR,
            )


def _titled_holders(seg: Segment, m: KoreanMention, ctx: DocContext) -> tuple[str, ...]:
    """The South Korean holders (references/people.tsv) of the office whose title stands right before the name, of
    the name's surname ('Bộ trưởng Lao động Hàn Quốc Jin Ronghun': Kim Young-hoon), the latest first: the
    characters behind the pinyin are not known, but the office and the surname say who is meant."""
    from audit.rules.names.analyses import seg_titled  # the names rules import this package: import at use

    for t in seg_titled(ctx, seg.index):
        if t.calque or not t.run or t.run[0][0] != m.start:
            continue
        found = [
            h for o in t.offices for h in holders(o) if h.country.upper() == "KR" and h.name_vi.split()[0] == m.surname
        ]
        found.sort(key=lambda h: (h.end is None, h.end or 0, h.start or 0), reverse=True)
        return tuple(dict.fromkeys(h.name_vi for h in found))
    return ()


# a romanised name (two to four capitalised Latin words, hyphens allowed) right before an opening bracket, or right
# after one: 'Park Chung-hee (Phác Chính Hy)', 'An Trọng Căn (An Jung-geun)'; one of its words a Korean surname as
# the press spells it ('Syngman Rhee' too), so that a club or a place in brackets is no gloss ('(Tottenham Hotspur)')
_ROMAN = r"[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){1,3}"
_ROMAN_BEFORE = re.compile(rf"({_ROMAN}) \($")
_ROMAN_AFTER = re.compile(rf" \(({_ROMAN})[),;]")
_KOREAN_SURNAMES = frozenset(
    "Kim Lee Yi Rhee Ri Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Shin "
    "Kwon Hwang Ahn An Song Yoo Yu Hong Jeon Chun Ko Moon Son Bae Baek Heo Nam Roh Noh Ha Kwak Sung Cha Ban".split()
)


def _glosses_romanised(text: str, start: int, end: int) -> bool:
    """The Hán-Việt name is the press's gloss of a Korean's romanised name beside it, one in brackets after the
    other (history and culture pieces write Park Chung-hee's Hán-Việt name so): the right name is written."""
    m = _ROMAN_BEFORE.search(text, max(0, start - 48), start) if text[end : end + 1] == ")" else None
    m = m or _ROMAN_AFTER.match(text, end)
    return m is not None and any(w.split("-")[0] in _KOREAN_SURNAMES for w in m.group(1).split())


_PINYIN_AFTER = re.compile(r" \(([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})[),;]")


def _glosses_pinyin(text: str, m: KoreanMention) -> bool:
    """The Hán-Việt name is a Chinese person's, glossed with the pinyin of its own syllables in brackets ('hậu vệ
    Lưu Hạo Nhiên (Liu Haoran)', clean26): the press writes Chinese people so; not a surname only Koreans bear
    (朴 Phác/Piao), nor one the source or korean_people.tsv makes a Korean's; only in a document that names China."""
    if m.surname == "Park" or m.name is not None or m.known is not None:
        return False
    found = _PINYIN_AFTER.match(text, m.end)
    if found is None:
        return False
    words = text[m.start : m.end].split()
    gloss = [w.lower() for w in found.group(1).split()]
    splits = [segmentations(w) for w in gloss]
    if not all(splits):
        return False
    syllables = [py for options in splits for py in options[0]]
    hv = load()
    if len(syllables) != len(words):
        return False
    return all(py in hv.pinyin_of(w, loose=True) for py, w in zip(syllables, words, strict=True))
