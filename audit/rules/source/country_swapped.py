"""A107: the target names a country the source does not, where the source names one the target lacks."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from audit.lang.countries import Mention, find_mentions, gazetteer, zh_short_names
from audit.lang.langid import source_kind
from audit.lang.resources import read_lines
from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit, SourceRule
from audit.rules.registry import register
from audit.rules.source.two_koreas import korea_swaps

# Countries a translation may name for one another without error (the two Koreas of 'the Korean War';
# China with Taiwan, Hong Kong and Macao): one key each
_SAME_COUNTRY = {"KP": "KR", "TW": "CN", "HK": "CN", "MO": "CN"}
# English short forms the gazetteer leaves out (they are no Vietnamese text's words)
_EN_EXTRA = {"U.S.": "US", "US": "US", "U.S.A.": "US", "UK": "GB", "U.K.": "GB"}
# After a one-character Chinese abbreviation: the country's side, nationals, army, language (越方, 中国籍 …), or
# its currency (英镑 'pound sterling', 美元 'US dollar', 日元 'yen', 泰铢 'baht': Vietnamese 'bảng Anh', 'đô la Mỹ')
_ZH_ABBR_AFTER = "方国军籍语文镑元铢"


@functools.cache
def _source_country_patterns() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    """English names, variants and adjectives, and Chinese names, of every country, with their ISO codes."""
    en: dict[str, str] = dict(_EN_EXTRA)
    zh: dict[str, str] = {}
    for c in gazetteer().countries.values():
        for name in (c.en, *c.en_variants, *c.en_adjectives):
            if name:
                en.setdefault(name, c.iso)
        for name in (c.zh, c.zh.removeprefix("中国").removesuffix("特别行政区")):
            if len(name) >= 2:
                zh.setdefault(name, c.iso)
    for name, iso in zh_short_names():  # 印尼 beside 印度尼西亚
        zh.setdefault(name, iso)
    en_rx = "|".join(sorted(map(re.escape, en), key=len, reverse=True))
    zh_rx = "|".join(sorted(map(re.escape, zh), key=len, reverse=True))
    # written from the first letters (a lookahead), so that the regex engine skips to one instead of trying the
    # lookbehind at every character
    return re.compile(rf"{_first_letters(en)}(?<![\w.])(?:{en_rx})(?!\w)"), en, re.compile(zh_rx), zh


def _first_letters(words: Iterable[str]) -> str:
    """A lookahead for the first characters of ``words`` (its class written out: the words start with letters)."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


def _key(iso: str) -> str:
    return _SAME_COUNTRY.get(iso, iso)


# Words after a pair of one-character abbreviations that make it two countries: 越日关系 'Vietnam–Japan
# relations', 中美贸易 'China–US trade' (not 美德 'virtue' or 中意 'to like')
_ZH_PAIR_AFTER = (
    "关系|两国|双方|合作|贸易|边境|边界|峰会|会谈|会晤|联合|友好|建交|外长|领导人|战略|伙伴|之间|经贸|贸易战"
)


@functools.cache
def _zh_pair() -> tuple[re.Pattern[str], dict[str, str]]:
    by_abbr = {c.abbr: c.iso for c in gazetteer().countries.values() if len(c.abbr) == 1}
    chars = "".join(by_abbr)
    return re.compile(rf"([{chars}])([{chars}])(?:{_ZH_PAIR_AFTER})"), by_abbr


@functools.cache
def _zh_abbr_by_name() -> re.Pattern[str]:
    """A one-character abbreviation right before or after a country's name made blank (see :func:`_blanked`), and
    a word of relations: 越印尼关系 'Vietnam–Indonesia relations'."""
    chars = "".join(_zh_pair()[1])
    return re.compile(rf"([{chars}])\u3000+(?:{_ZH_PAIR_AFTER})|\u3000+([{chars}])(?:{_ZH_PAIR_AFTER})")


@functools.cache
def _idioms() -> re.Pattern[str]:
    """English phrases with a country adjective that name no country (references/en_country_idioms.txt)."""
    phrases = sorted(read_lines("en_country_idioms.txt"), key=len, reverse=True)
    return re.compile(_first_letters(phrases) + r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.IGNORECASE)


def _as_named(key: str, source: str) -> str:
    """The country of ``key`` as the source names it: Taiwan, Hong Kong or Macao when the source names one of them
    and not China itself (all four share China's key), so that the fix of 'Hàn Quốc' for 'Taiwan' is 'Đài Loan'."""
    if key != "CN":
        return key
    en_rx, en, zh_rx, zh = _source_country_patterns()
    named = {en[m.group()] for m in en_rx.finditer(source.replace("'", "’"))}
    named |= {zh[m.group()] for m in zh_rx.finditer(source)}
    parts = named & {"TW", "HK", "MO"}
    return parts.pop() if len(parts) == 1 and "CN" not in named else key


def _opens_both(m: Mention, source: str) -> bool:
    """A one-syllable country name opening the target ('Áo', 'Mỹ', 'Nhật': also a word, so weak) is a country
    when the source opens with a country's name too: it stands where the source's country stands ('Australia
    pledged …' → 'Áo cam kết …')."""
    if m.start != 0:
        return False
    en_rx, _, zh_rx, _ = _source_country_patterns()
    head = source.lstrip(" \"'“‘«").replace("'", "’")
    return en_rx.match(head) is not None or zh_rx.match(head) is not None


@functools.cache
def _currency_country() -> re.Pattern[str]:
    """A currency word and the country name after it ('đô la Úc', 'bảng Anh'; references/vi_currency_words.txt):
    the country names the currency, not a country of the sentence."""
    words = sorted(read_lines("vi_currency_words.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r") (?=\w)", re.IGNORECASE)


def _in_currency_names(mentions: list[Mention], target: str) -> tuple[list[Mention], str]:
    """The mentions that are no currency's country, and the target with the countries of currency names blanked
    out ('2 triệu đô la Úc' names no country: 'Áo cam kết … 2 triệu đô la Úc' for 'Australia pledged A$2 million'
    adds Austria and drops Australia)."""
    if not any(m.start > 0 for m in mentions):
        return mentions, target
    spans = [(m.end(), m.end()) for m in _currency_country().finditer(target)]
    if not spans:
        return mentions, target
    starts = {end for end, _ in spans}
    currency = [m for m in mentions if m.start in starts]
    for m in currency:
        target = target[: m.start] + " " * (m.end - m.start) + target[m.end :]
    return [m for m in mentions if m.start not in starts], target


@functools.cache
def _adjectives() -> frozenset[str]:
    return frozenset(a for c in gazetteer().countries.values() for a in c.en_adjectives)


_DOT_LETTER = re.compile(r"\.[^\W\d_]")  # where an English name ending in a full stop may stand before an idiom


def source_countries(text: str) -> dict[str, bool]:
    """The countries an English or Chinese source names, each with whether it is named only by an English
    adjective ('Austrian'): by name, variant or adjective (not in a phrase such as 'Chinese New Year'), or as a
    Chinese pair of abbreviations before a word of relations (越日关系)."""
    en_rx, en, zh_rx, zh = _source_country_patterns()
    han = source_kind(text)[0]
    plain = text.replace("'", "’")  # 'Côte d'Ivoire' as the gazetteer writes it
    found: dict[str, bool] = {}
    # without an English name, leaving the idioms out (each between characters that are no word's) finds none
    # either, unless a name ending in a full stop ('U.S.') stood right before one: the common case, at one search
    if en_rx.search(plain) is not None or _DOT_LETTER.search(plain) is not None:
        plain = _idioms().sub(" ", text).replace("'", "’")
        for m in en_rx.finditer(plain):
            iso = _key(en[m.group()])
            found[iso] = found.get(iso, True) and m.group() in _adjectives()
    text = plain
    if han:  # (the idioms hold no Chinese character)
        names = list(zh_rx.finditer(text))
        isos = [zh[m.group()] for m in names]
        pair, by_abbr = _zh_pair()
        rest = _blanked(text, names)  # 印尼关系 is Indonesia's, no pair of 印 and 尼
        for m in pair.finditer(rest):
            isos += [by_abbr[m.group(1)], by_abbr[m.group(2)]]
        if rest is not text:  # an abbreviation paired with a name (越印尼关系: Vietnam and Indonesia)
            isos += [by_abbr[m.group(1) or m.group(2)] for m in _zh_abbr_by_name().finditer(rest)]
        found.update((_key(i), False) for i in isos)
    return found


@functools.cache
def _all_abbreviations() -> str:
    """Every country's one-character Chinese abbreviation, as the body of a character class."""
    return "".join(re.escape(c.abbr) for c in gazetteer().countries.values() if c.abbr)


def _may_be_in_source(iso: str, source: str) -> bool:
    """The source may name the country in a way :func:`source_countries` does not read: a derived word
    ('Romanian' from 'Romania'), or its Chinese one-character abbreviation in a pair or before 方/国/军…, outside
    another country's Chinese name (印 in 印尼 is no India, 尼 no Nepal)."""
    stems, abbreviations = _source_forms(iso)
    if stems is not None and stems.search(source):
        return True
    if not any(abbr in source for abbr, _ in abbreviations):
        return False
    _, _, zh_rx, zh = _source_country_patterns()
    rest = _blanked(source, [m for m in zh_rx.finditer(source) if _key(zh[m.group()]) != iso])
    return any(abbr in rest and rx.search(rest) for abbr, rx in abbreviations)


def _blanked(text: str, matches: list[re.Match[str]]) -> str:
    """``text`` with each of ``matches`` (countries' Chinese names) made ideographic spaces, so that the
    one-character abbreviations inside them are not read as countries of their own."""
    if not matches:
        return text
    parts, at = [], 0
    for m in matches:
        parts += [text[at : m.start()], "\u3000" * (m.end() - m.start())]
        at = m.end()
    return "".join([*parts, text[at:]])


@functools.cache
def _source_forms(iso: str) -> tuple[re.Pattern[str] | None, tuple[tuple[str, re.Pattern[str]], ...]]:
    """What :func:`_may_be_in_source` looks for, compiled once a country: the stems of its English names of five
    letters or more (the name but its last letter), and each one-character Chinese abbreviation with its
    pattern (in a pair, or before 方/国/军…)."""
    stems, abbreviations = [], []
    abbrs = _all_abbreviations()
    for c in gazetteer().countries.values():
        if _key(c.iso) != iso:
            continue
        stems += [re.escape(name[:-1]) for name in (c.en, *c.en_variants) if len(name) >= 5]
        if c.abbr:
            abbr = re.escape(c.abbr)
            rx = re.compile(rf"[{abbrs}]?{abbr}[{abbrs}{_ZH_ABBR_AFTER}]|[{abbrs}]{abbr}")
            abbreviations.append((c.abbr, rx))
    stem_rx = re.compile(rf"(?<![\w.])(?:{'|'.join(stems)})") if stems else None
    return stem_rx, tuple(abbreviations)


def _may_be_in_target(iso: str, target: str) -> bool:
    """The target may name the country in a way the mention finder leaves aside: any of its Vietnamese
    forms as a word ('tiếng Nga', 'quan hệ Mỹ-Trung' for the Hán-Việt abbreviation; 'Côte d'Ivoire' with
    either apostrophe)."""
    target = target.replace("'", "’")
    forms, hanviet = _target_forms(iso)
    if forms is not None and forms.search(target):
        return True
    # the one-syllable Hán-Việt short name ('Mỹ-Trung'), not the first syllable of another name ('Thụy Điển')
    for rx in hanviet:
        for m in rx.finditer(target):
            after = target[m.end() :]
            if not (after[:1].isspace() and after.lstrip()[:1].isupper()):
                return True
    return False


@functools.cache
def _target_forms(iso: str) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]]:
    """What :func:`_may_be_in_target` looks for, compiled once a country: its Vietnamese forms and English name
    as words (one pattern: it matches where one of them would), and its Hán-Việt short names as words."""
    forms, hanviet = [], []
    for c in gazetteer().countries.values():
        if _key(c.iso) != iso:
            continue
        forms += [re.escape(form) for form in (*c.vi_all, c.en) if form]
        if c.hanviet:
            hanviet.append(re.compile(rf"(?<!\w){re.escape(c.hanviet)}(?!\w)"))
    forms_rx = re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)") if forms else None
    return forms_rx, tuple(hanviet)


# a target's words pointing back at a country named before ('nước này', 'phía bạn'): a repeated country may be one
_POINTS_BACK = re.compile(r"(?<!\w)(?:nước (?:này|bạn|đó|chủ nhà)|quốc gia (?:này|đó)|phía (?:bạn|này))(?!\w)")

_LISTED = re.compile(r"\s*(?:,|và|với|hay|hoặc)\s*")

# China in a Chinese source other than by a country name (its capital, party, people): 'Trung Quốc' may render it
_ZH_CHINA_WORDS = re.compile(r"北京|中共|中央|华|国务院")


def _this_country(source: str, named: dict[str, bool]) -> str | None:
    """The country a Chinese source's 本国 ('this country') stands for: the only one the source names, before it,
    when China is not named at all (no 中国/中方/中X pair, 北京, 中共, 华 …); else None."""
    if len(named) != 1 or "CN" in named or _may_be_in_source("CN", source) or _ZH_CHINA_WORDS.search(source):
        return None
    zh_rx, zh = _source_country_patterns()[2:]
    m = zh_rx.search(source)
    if m is None or _key(zh[m.group()]) not in named or m.start() > source.index("本国"):
        return None
    return _key(zh[m.group()])


@register
class CountrySwapped(SourceRule):
    code = "A107"
    name = "country-swapped"
    category = "accuracy/mistranslation"
    severity = Severity.CRITICAL
    summary = "The target names a country the source does not, where the source names one the target lacks"
    why = (
        "MT through a pivot language confuses countries whose short names look alike or swaps in the "
        "country it sees most ('Vietnam and Belarus' → 'Belarus và Trung Quốc'; Austria and Australia, both "
        "'Áo'/'Úc' to a careless model). One country in place of another is a critical error (MQM). The rule "
        "fires only when a country is both added and dropped: an added one alone is often a paraphrase "
        "('Washington' → 'Mỹ'); a Chinese source's country named more often than the target names it counts as "
        "dropped once ('越南…越南' → 'Việt Nam … Trung Quốc'). China with Taiwan, Hong Kong and Macao count as one; "
        "so do the two Koreas, "
        "unless the source names one precisely (Chinese 朝鲜/北韩 North, 韩国/南韩 South, but not 朝鲜半岛, 朝鲜战争, "
        "朝鲜族 …; English 'North Korea'/'DPRK', 'South Korea'/'Republic of Korea', and a bare 'Korea' where nothing "
        "speaks of the North, the peninsula or the years before 1948, but not a bare 'Korean') and the "
        "target names only the other: 'Hàn Quốc' for 朝鲜 is critical. 'Trung Quốc' for a Chinese source's 本国 "
        "('this country') fires where the source names one country before it and never China. A Chinese "
        "source names countries by their full or their short name (印尼, 澳洲, 沙特). A country after a compass "
        "word of its parts ('miền Trung Philippines', 'phía Bắc Lào') is read: the capitalised word is no name. A "
        "country after a currency word ('đô la Úc', 'bảng Anh') names the currency, not a country the target names; "
        "a one-syllable name opening the target ('Áo', 'Mỹ', also words) is a country when the source opens with one. "
        "Where no country of a Chinese source is missing but the source names one once more than the target does and "
        "the target adds one country ('智利总统办公室表示，智利希望…' → 'Văn phòng Tổng thống Chile cho biết Peru "
        "muốn…'), "
        "the added one took a repeat's place, unless the target points back at a country ('nước này') or lists the "
        "added one beside another."
    )
    fires = (
        "Vietnam and Belarus signed five cooperation agreements. => Belarus và [[Trung Quốc]] đã ký năm văn "
        "kiện hợp tác.",
        "越南与白俄罗斯签署了五项合作文件。 => Belarus và [[Trung Quốc]] đã ký năm văn kiện hợp tác.",
        "双方同意加强越日关系。 => Hai bên nhất trí tăng cường quan hệ giữa [[Trung Quốc]] và Nhật Bản.",
        "沙特与阿联酋签署协议。 => [[Qatar]] và UAE ký thỏa thuận.",
        "Heavy rain hit northern Laos. => Mưa lớn đổ xuống phía Bắc [[Campuchia]].",
        "Canada pledged C$3 million. => [[Mỹ]] cam kết 3 triệu đô la Canada.",
        "Austria sent 40 rescuers. => [[Úc]] cử 40 nhân viên cứu hộ.",
        "朝鲜昨天试射了一枚导弹。 => Hôm qua [[Hàn Quốc]] đã phóng thử một tên lửa.",
        "South Korea's exports rose 5% in May. => Xuất khẩu của [[Triều Tiên]] tăng 5% trong tháng Năm.",
        "新西兰政府宣布限制本国牛奶出口。 => Chính phủ New Zealand hạn chế xuất khẩu sữa của [[Trung Quốc]].",
        "据泰国旅游局统计，今年泰国接待游客3000万人次。 => Theo thống kê của Thái Lan Du lịch Cục, năm nay [[Trung "
        "Quốc]] đón 30 triệu lượt khách.",
        "泰国总理表示，泰国将向老挝出口更多大米。 => Thủ tướng Thái Lan cho biết [[Campuchia]] sẽ xuất khẩu thêm gạo "
        "sang Lào.",
    )
    quiet = (
        "Vietnam and Belarus signed five cooperation agreements. => Việt Nam và Belarus đã ký năm văn kiện hợp tác.",
        "越南政府表示，越南经济增长7%。 => Chính phủ Việt Nam cho biết kinh tế nước này tăng 7%, cao nhất Đông Nam Á.",
        "Washington and Beijing resumed talks. => Mỹ và Trung Quốc nối lại đàm phán.",
        "The local language is Romanian, but Russian is widely used. => Ngôn ngữ địa phương là tiếng Romania, "
        "nhưng tiếng Nga được dùng rộng rãi.",
        "中美贸易战对中国有什么好处 => Chiến tranh thương mại Mỹ-Trung có lợi gì cho Bắc Kinh",
        "圣赫勒拿的货币与英镑等值。 => Đồng tiền của Saint Helena ngang giá với bảng Anh.",
        "科威特王储出席了会议。 => Thái tử Kuwait đã dự hội nghị.",
        "朝鲜半岛局势紧张。 => Tình hình trên bán đảo Triều Tiên căng thẳng.",
        "Korean exports rose 5% in May. => Xuất khẩu của Hàn Quốc tăng 5% trong tháng Năm.",
        "The yen fell against the US dollar. => Đồng yên Nhật giảm so với đô la Mỹ.",
        "Laos and Thailand opened a bridge. => Lào và Thái Lan khánh thành một cây cầu.",
        "Shirts from Bangladesh sell well in Peru. => Áo sơ mi Bangladesh bán chạy ở Peru.",
        "新西兰政府宣布限制本国牛奶出口。 => Chính phủ New Zealand hạn chế xuất khẩu sữa trong nước.",
        "泰国总理表示，泰国将向老挝出口更多大米。 => Thủ tướng Thái Lan cho biết nước này sẽ xuất khẩu thêm gạo "
        "sang Lào.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        source = seg.source or ""
        named = source_countries(source)
        if not named:
            return
        mentions = [m for m in find_mentions(seg.text) if m.iso and (not m.weak or _opens_both(m, source))]
        mentions, text = _in_currency_names(mentions, seg.text)
        if "KR" in named:  # one key for both Koreas: which one the source names precisely
            yield from self._korea_swaps(seg, source, mentions)
        target = {_key(m.iso) for m in mentions}
        if "本国" in source and "CN" in target:
            yield from self._this_country_swaps(seg, source, named, mentions)
        dropped = sorted(i for i in named.keys() - target if not _may_be_in_target(i, text))
        if not dropped:
            yield from self._one_of_repeated(seg, source, named, mentions)
            return
        # a country the source names only by an adjective may be a fixed phrase no list holds: not critical
        adjective_only = all(named[i] for i in dropped)
        added = {i for i in target - named.keys() if not _may_be_in_source(i, source)}
        gz = gazetteer()
        instead = gz.name_of(_as_named(dropped[0], source)) if len(dropped) == 1 else None
        for m in mentions:
            if _key(m.iso) in added:
                where = ", ".join(gz.name_of(i) for i in dropped)
                yield self.hit(
                    seg,
                    m.start,
                    m.end,
                    f"'{m.text}' is not in the source, which names {where} here",
                    suggestion=instead,
                    confidence=0.5 if adjective_only else 0.7,
                    severity=Severity.MAJOR if adjective_only else None,
                )

    def _one_of_repeated(
        self, seg: Segment, source: str, named: dict[str, bool], mentions: list[Mention]
    ) -> Iterator[Hit]:
        """One country the Chinese source does not name, in a target that names a country the source repeats one
        time fewer and no country of the source is missing: one of the repeats was swapped ('智利总统办公室表示，
        智利希望 …' → 'Văn phòng Tổng thống Chile cho biết Peru muốn …'). Not where the target points back at a
        country ('nước này', 'phía bạn': the repeat became that, and the added country stands for something else of
        the source, '华盛顿' → 'Mỹ'), nor an added country listed beside another ('sang Lào và Campuchia': added, not
        swapped)."""
        if not source_kind(source)[0] or _POINTS_BACK.search(seg.text):
            return
        added = [m for m in mentions if _key(m.iso) not in named and not _may_be_in_source(_key(m.iso), source)]
        if len(added) != 1 or any(_LISTED.fullmatch(seg.text, o.end, added[0].start) for o in mentions):
            return
        zh_rx, zh = _source_country_patterns()[2:]
        in_source = Counter(_key(zh[m.group()]) for m in zh_rx.finditer(source))
        in_target = Counter(_key(m.iso) for m in mentions)
        fewer = [i for i, n in in_source.items() if n >= 2 and in_target[i] == n - 1]
        if len(fewer) != 1:
            return
        m, name = added[0], gazetteer().name_of(_as_named(fewer[0], source))
        yield self.hit(
            seg,
            m.start,
            m.end,
            f"'{m.text}' is not in the source, which names {name} once more than the target does",
            suggestion=name,
            confidence=0.6,
        )

    def _korea_swaps(self, seg: Segment, source: str, mentions: list[Mention]) -> Iterator[Hit]:
        """North Korea for South Korea or the other way round (朝鲜 → 'Hàn Quốc'), where the source is precise."""
        gz = gazetteer()
        for m, right in korea_swaps(source, seg.text, mentions):
            yield self.hit(
                seg,
                m.start,
                m.end,
                f"'{m.text}' is not the Korea the source names here ({gz.name_of(right)})",
                suggestion=gz.name_of(right),
                confidence=0.7,
            )

    def _this_country_swaps(
        self, seg: Segment, source: str, named: dict[str, bool], mentions: list[Mention]
    ) -> Iterator[Hit]:
        """'Trung Quốc' for 本国 ('this country': the one the sentence has just named, 越南 in 越南…针对本国机关),
        where the source names one country and not China (the MT turns 本国/我国 into China)."""
        antecedent = _this_country(source, named)
        if antecedent is None:
            return
        name = gazetteer().name_of(antecedent)
        for m in mentions:
            if _key(m.iso) == "CN":
                yield self.hit(
                    seg,
                    m.start,
                    m.end,
                    f"'{m.text}' stands for the source's 本国 ('this country'), which is {name} here",
                    suggestion=name,
                    confidence=0.6,
                )
