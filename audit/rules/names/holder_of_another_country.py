"""N107: a known office holder after a title naming another country."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from audit.lang.countries import gazetteer
from audit.lang.mentions import TitledName, country_names
from audit.lang.people import GENERATIONAL, Tenure, holders, people, person_tenures
from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit
from audit.rules.names.analyses import TitledRule, seg_titled
from audit.rules.registry import register


@register
class HolderOfAnotherCountry(TitledRule):
    code = "N107"
    name = "holder-of-another-country"
    category = "accuracy/mistranslation"
    severity = Severity.CRITICAL
    summary = "A known office holder after a title naming another country ('Thủ tướng Trung Quốc Phạm Minh Chính')"
    why = (
        "MT through Chinese turns 我国 'our country' and the abbreviation 中 into 'Trung Quốc', so a "
        "Vietnamese leader becomes China's: 'Tổng Bí thư Đảng Cộng sản Trung Quốc Tô Lâm'. The title names "
        "one country and the person after it is, in references/people.tsv, an office holder of another "
        "only (a generational suffix read or not: 'Ferdinand Marcos Jr.'; a name with a lowercase particle read in "
        "full: 'Luiz Inácio Lula da Silva', and so is one with a hyphen the capitalised run stops at: "
        "'Kassym-Jomart Tokayev', and a Japanese name in either order: 'Takaichi Sanae'; a post in an "
        "international body such as the UN or NATO does not count, as "
        "its holder served a country before: 'Thủ tướng Bồ Đào Nha António Guterres'). The fix is that country's "
        "name in place of the title's. A bare title before a country that has no such office reads the "
        "same way: 'Tổng thống Nhật Bản Lee Jae-myung' (Japan has no president) names Japan, and so does a bare "
        "minister's title with a portfolio no office spells before the country ('Bộ trưởng Giáo dục New Zealand' "
        "before a Vietnamese minister)."
    )
    fires = (
        "Chủ tịch nước [[Trung Quốc]] Trần Đại Quang tiếp Thủ tướng Lào tại Hà Nội.",
        "Đoàn đại biểu do Tổng Bí thư Đảng Cộng sản [[Trung Quốc]] Nông Đức Mạnh dẫn đầu đã thăm Cuba.",
        "Tổng thống [[Hàn Quốc]] Ferdinand Marcos Jr. dự lễ khai mạc hội nghị.",
        "Tổng thống [[Argentina]] Luiz Inácio Lula da Silva phát biểu khai mạc.",
        "Năm 2015, Thủ tướng [[Bỉ]] Mark Rutte tiếp đoàn doanh nghiệp Việt Nam.",
        "Tổng thống [[Pháp]] Frank-Walter Steinmeier dự lễ khai mạc.",
        "Tổng thống [[Nhật Bản]] Lee Jae-myung tiếp đoàn đại biểu Việt Nam.",
        "Bộ trưởng Y tế [[Lào]] Đào Hồng Lan trao đổi kinh nghiệm phòng chống sốt xuất huyết.",
    )
    quiet = (
        "Chủ tịch nước Trần Đại Quang tiếp Chủ tịch Trung Quốc Tập Cận Bình tại Hà Nội.",
        "Tổng thống Brazil Luiz Inácio Lula da Silva và Chủ tịch Ủy ban châu Âu Ursula von der Leyen gặp nhau.",
        "Thủ tướng Trung Quốc Lý Cường và Thủ tướng Phạm Minh Chính đồng chủ trì hội nghị.",
        "Thủ tướng Campuchia Hun Manet hội đàm với Thủ tướng Việt Nam Phạm Minh Chính.",
        "Năm 1998, Thủ tướng Bồ Đào Nha António Guterres thăm Ma Cao.",
        "Tổng thống Đức Frank-Walter Steinmeier dự lễ khai mạc.",
        "Chủ tịch Hàn Quốc Lee Jae-myung tiếp đoàn đại biểu Việt Nam.",
        "Bộ trưởng Giáo dục Singapore Chan Chun Sing tiếp Bộ trưởng Y tế Việt Nam Đào Hồng Lan.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        forms = gazetteer().forms
        for t in seg_titled(ctx, seg.index):
            if not t.run or not t.offices:
                continue
            person = _known_from_run(t.run) or _known_with_particles(seg.text, t.run[0])
            found = _named_country(seg.text, t) if person is not None else None
            if person is None:
                person, found = _after_country_in_run(seg.text, t)
            if person is None:
                person, found = _after_portfolio(seg.text, t)
            if found is None or person is None:
                continue
            start, end = found
            named = forms.get(seg.text[start:end])
            name, own = person
            national = own - _BODIES  # an international post says nothing of the country a person served
            if named is None or len(national) != 1 or named[0].lower() in own:
                continue
            right = gazetteer().name_of(next(iter(national)).upper())
            if not right:
                continue
            if seg.source and _source_keeps_country(seg.source, named[0], next(iter(national))):
                yield from self._wrong_holder(seg, name, end, named[0], person_tenures(name))
                continue
            yield self.hit(
                seg,
                start,
                end,
                f"{name} holds office in {right}, not in {seg.text[start:end]}",
                suggestion=right,
                confidence=0.9,
            )

    def _wrong_holder(self, seg: Segment, name: str, after: int, iso: str, held: tuple[Tenure, ...]) -> Iterator[Hit]:
        """The source names the title's country, not the person's: the person is the error ('Thủ tướng Thái Lan
        Lawrence Wong' for 泰国总理阿努廷). The fix is the holder of the same office in that country whom the source
        names (his Chinese name in it), else none."""
        start = seg.text.find(name, after)
        if start < 0:
            return
        source = seg.source or ""
        kinds = {t.office.partition(".")[2] for t in held}
        picks = [
            h.name_vi
            for k in sorted(kinds)
            for h in holders(f"{iso.lower()}.{k}")
            if h.name_zh and h.name_zh.split("·")[0] in source
        ]
        fix = picks[0] if picks else None
        yield self.hit(
            seg,
            start,
            start + len(name),
            f"the source names {gazetteer().name_of(iso.upper())}'s office holder, not {name}"
            + (f": {fix}" if fix else ""),
            suggestion=fix,
            confidence=0.85 if fix else 0.7,
        )


def _source_keeps_country(source: str, named: str, own: str) -> bool:
    """The source writes the title's country (its Chinese name) and not the person's own: the country is right,
    the person wrong (misses31)."""
    countries = gazetteer().countries
    title_country, person_country = countries.get(named.upper()), countries.get(own.upper())
    if title_country is None or person_country is None or not title_country.zh or not person_country.zh:
        return False
    return title_country.zh in source and person_country.zh not in source


def _named_country(text: str, t: TitledName) -> tuple[int, int] | None:
    """Where the country a title names is: the end of the title ('Thủ tướng Trung Quốc') or the words
    between the title and the name ('Chủ tịch nước Việt Nam'). The longest tail that is a country of the
    gazetteer: 'Tổng thống Nam Sudan' names South Sudan, not Sudan."""
    names = country_names()
    gap = text[t.title_end : t.run[0][0]].strip()
    if gap:
        if gap not in names:
            return None
        start = text.index(gap, t.title_end)
        return start, start + len(gap)
    tail = _country_tail(t.title)
    return (t.title_end - tail, t.title_end) if tail else None


def _after_country_in_run(text: str, t: TitledName) -> tuple[tuple[str, frozenset[str]] | None, tuple[int, int] | None]:
    """A bare title before a country that has no such office ('Tổng thống Nhật Bản Lee Jae-myung': Japan has no
    president, so the title is 'Tổng thống' and the capitalised run opens with the country): the person after the
    country's name, and where that name is (the longest one to three words opening the run)."""
    run = t.run
    if text[t.title_end : run[0][0]].strip():
        return None, None
    forms = gazetteer().forms
    for n in range(min(3, len(run) - 1), 0, -1):
        start, end = run[0][0], run[n - 1][1]
        if text[start:end] not in forms or text[end : run[n][0]] != " ":
            continue
        rest = run[n:]
        person = _known_from_run(rest) or _known_with_particles(text, rest[0])
        return (person, (start, end)) if person is not None else (None, None)
    return None, None


# a minister's portfolio no office of the table spells ('Bộ trưởng Giáo dục New Zealand …'): one to five words, the
# first capitalised, then lowercase ones or a capitalised one after 'và' or a comma ('Khoa học và Công nghệ')
_PORTFOLIO = re.compile(r" [A-ZĐ][^\W\d_]*(?:(?: [a-zđ][^\W\d_]*| và [A-ZĐ][^\W\d_]*|, [A-ZĐ][^\W\d_]*)){0,4}")
_CAPITALISED = re.compile(r" ([A-ZĐ][^\W\d_]*(?:-[^\W\d_]+)*)")
_MINISTERS = frozenset({"Bộ trưởng", "Thứ trưởng"})


def _after_portfolio(text: str, t: TitledName) -> tuple[tuple[str, frozenset[str]] | None, tuple[int, int] | None]:
    """A bare minister's title, a portfolio, a country and a known person ('Bộ trưởng Giáo dục New Zealand Nguyễn Kim
    Sơn', a Vietnamese minister): the person, and where the country's name is. The portfolio ends where the longest
    country form (one to three words) right before a run of two capitalised words or more starts."""
    if t.title not in _MINISTERS:
        return None, None
    portfolio = _PORTFOLIO.match(text, t.title_end)
    if portfolio is None:
        return None, None
    forms = gazetteer().forms
    cuts = [m.start() for m in re.finditer(" ", text[: portfolio.end() + 1]) if m.start() > t.title_end]
    for cut in cuts:  # the country starts after the portfolio's first word
        for n in (3, 2, 1):
            words = text[cut + 1 :].split(" ", n)[:n]
            country = " ".join(words)
            if country not in forms:
                continue
            end = cut + 1 + len(country)
            run, pos = [], end
            while (m := _CAPITALISED.match(text, pos)) and len(run) < 5:
                run.append((m.start(1), m.end(1), m.group(1)))
                pos = m.end()
            person = _known_from_run(tuple(run)) if len(run) >= 2 else None
            if person is not None:
                return person, (cut + 1, end)
    return None, None


@functools.lru_cache(maxsize=4096)
def _country_tail(title: str) -> int:
    """The length of the longest ending of ``title`` after its first word that is a country form of the
    gazetteer ('Thủ tướng Trung Quốc' → len('Trung Quốc')), or 0."""
    words = title.split()
    forms = gazetteer().forms
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if tail in forms:
            return len(tail)
    return 0


def _known_from_run(run: tuple[tuple[int, int, str], ...]) -> tuple[str, frozenset[str]] | None:
    """The longest start of ``run`` (two to five words, a generational suffix included: 'Ferdinand Marcos
    Jr') that is a person of people.tsv, with the countries of their offices."""
    for n in range(min(5, len(run)), 1, -1):
        name = " ".join(w for _, _, w in run[:n])
        if n < len(run) and run[n][2] in GENERATIONAL:
            continue  # 'Donald Trump Jr.' is not 'Donald Trump'
        tenures = person_tenures(name)
        if tenures:
            return name, frozenset(t.country for t in tenures)
    return None


def _known_with_particles(text: str, first: tuple[int, int, str]) -> tuple[str, frozenset[str]] | None:
    """A person of people.tsv whose name has a lowercase particle or a hyphen the capitalised run stops at ('Luiz
    Inácio Lula da Silva', 'Ursula von der Leyen', 'Kassym-Jomart Tokayev'), written in full from the run's first
    word."""
    start, _, word = first
    for name in _particle_names().get(word, ()):
        if text.startswith(name, start):
            return name, frozenset(t.country for t in people()[name])
    return None


@functools.cache
def _particle_names() -> dict[str, tuple[str, ...]]:
    """People of people.tsv whose name has a lowercase word or a hyphen, by the first word as a run reads it
    ('Kassym' of 'Kassym-Jomart Tokayev'), longest first."""
    out: dict[str, list[str]] = {}
    for name in people():
        words = name.split()
        particle = len(words) > 2 and any(w.islower() for w in words[1:])
        if (particle or (len(words) > 1 and "-" in name)) and _national(name):
            out.setdefault(words[0].split("-")[0], []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


# The country codes of people.tsv that name international bodies, not countries.
_BODIES = frozenset({"eu", "un", "wto", "nato", "asean"})


def _national(name: str) -> bool:
    """Every office of the person is a country's ('EU', 'UN' are bodies: von der Leyen was a German minister)."""
    return all(t.country not in _BODIES for t in people()[name])
