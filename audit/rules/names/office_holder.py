"""N103: an office title followed by a near-miss of a holder's name, or the wrong person for the office."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Iterator

from audit.clock import today
from audit.lang.countries import find_mentions
from audit.lang.distance import edit_distance
from audit.lang.hanviet import fold
from audit.lang.mentions import TitledName, is_holder, known_person, name_key
from audit.lang.names import name_similarity, syllable_similarity
from audit.lang.people import (
    EITHER_ORDER,
    Tenure,
    holders,
    name_orders,
    offices,
    people,
    people_by_fold,
    same_surname,
    single_holder,
)
from audit.lang.romanisation import plain_latin, transliteration_key
from audit.lang.textcache import per_document
from audit.model import Document, Segment, Severity
from audit.rules._prefilter import content_lines, content_text
from audit.rules.base import DocContext, Hit
from audit.rules.batch_rows import NEAR_SEGMENTS
from audit.rules.names.analyses import (
    TitledRule,
    dated_years,
    doc_dated_years,
    doc_names,
    doc_years,
    event_years,
    near_text,
    seg_titled,
)
from audit.rules.names.apposition import apposed_offices
from audit.rules.names.holders import FIRST_WORD_COUNTRIES, _given_first, _hanviet_offices, _vn_offices
from audit.rules.names.text_months import (
    dateline_month,
    earliest_month_from_head,
    opening_month,
    page_dateline_month,
    page_dateline_year,
    page_month,
    plan_years,
    written_months,
)
from audit.rules.registry import register


def _pick_holder(cands: list[Tenure], name: str, years: list[int]) -> list[str]:
    """Holders to suggest, best first: in office in the document's years, then most similar."""

    def key(t: Tenure) -> tuple[int, float]:
        in_years = next((i for i, y in enumerate(years[:3]) if t.covers(y)), 9)
        return in_years, -name_similarity(name, t.name_vi)

    return list(dict.fromkeys(t.name_vi for t in sorted(cands, key=key)))


@register
class WrongOfficeHolder(TitledRule):
    code = "N103"
    name = "wrong-office-holder"
    category = "accuracy/mistranslation"
    severity = Severity.CRITICAL
    summary = "An office title followed by a near-miss of a holder's name ('Tổng Bí thư Nguyễn Phú Cường')"
    why = (
        "MT garbles a leader's name into another real-looking Vietnamese name; next to the office title "
        "it names the wrong head of party or state. A name is flagged when it is not a holder of that "
        "office but shares the surname and syllables with one (for offices with one holder at a time "
        "and a complete roster, any such name; for ministers, only a one-syllable miss; after a bare 'Bộ trưởng', "
        "which names no ministry, only a miss of a Vietnamese minister the document names in full), or when it is a "
        "Vietnamese leader who never held an office with one holder at a time (or a minister's: no top leader is "
        "also a minister) but held another in the year the document names ('Chủ tịch Quốc hội Lương Cường' in "
        "2024, 'Bộ trưởng Ngoại giao Lương Cường' in 2025: the year written before the name in its "
        "sentence, else the article's dateline, else its most frequent year), or had left all his offices by then "
        "('Chủ tịch nước Vương Đình Huệ' in 2025; not for an office whose roster the gazetteer starts after his "
        "first tenure, which he may have held before it), unless the sentence says the title is "
        "of another time ('khi đó là …') or the year is past the gazetteer's newest row (an open tenure may "
        "have ended then). China's office holders, whom the press names in Hán-Việt as it names Vietnam's, are "
        "checked for a near-miss the same way ('Ngoại trưởng Trung Quốc Vương Nghĩ'). A past holder under the bare "
        "title in a text dated after his last tenure ('Thủ tướng Anh David Cameron' in a story of 2025: the year "
        "before the title in its sentence, or the one before a clause that counts from it ('Năm 2013, … Hai năm "
        "sau, …' is 2015; '…; ngày hôm sau, …'), else the document's newest written date, a year an undated text "
        "writes only as a plan's or a law's coming date left out ('sẽ có hiệu lực từ ngày 1/7/2026'); never the "
        "most frequent year alone) is flagged major, as a former holder named as the current one, unless the "
        "sentence places the title in the past ('cựu', 'nguyên', 'thời', 'khi đó', 'nhiệm kỳ', 'từng', or a year "
        "of his tenure). "
        "In the year he left, months are compared where the gazetteer gives the month and the sentence's own date "
        "before the title ('Ngày 20/11/2025, Thủ tướng Đức Olaf Scholz …', every year it writes there dated with "
        "its month) or the text's dateline (its newest date, in its opening lines, not a deadline or a quotation) "
        "gives one: a later month than his last is flagged, unless the sentence speaks of the hand-over or the text "
        "names his successor. "
        "Likewise a later holder under the bare title in a text that dates itself (its newest written date) "
        "before his first tenure, when another held that office (one holder at a time) then and no year of the "
        "text reaches his start ('Thủ tướng Nhật Bản Sanae Takaichi' in a story of 2024), is flagged major, unless "
        "the sentence speaks of the future or of another time ('tương lai', 'đắc cử', 'sẽ', 'nay là'); in the year "
        "he took office, only a dateline of an earlier month, with no later date of that year in the text, counts. "
        "Party news names a leader first and his offices after, comma by comma ('đồng chí Trần Thanh Mạnh, Ủy viên "
        "Bộ Chính trị, Chủ tịch Quốc hội'): a near-miss of the holder of such an office with one holder at a time "
        "is flagged the same way ('nguyên Chủ tịch Quốc hội', a former one, or another country's is no such office). "
        "A bare 'Thống đốc' before a Vietnamese name is the State Bank's governor (Việt Nam's only 'Thống đốc') in a "
        "document that names the State Bank ('Ngân hàng Nhà nước', 'NHNN'), unless the sentence names a foreign "
        "country, a state or another central bank ('Thống đốc bang …', 'Ngân hàng Trung ương Nhật Bản'); 'Phó Thống "
        "đốc' is a deputy's title. "
        "A Japanese holder, whom the press names in either order, is read in both: one word right and the other one "
        "or two letters off ('Thủ tướng Nhật Bản Ishiba Shigeri') is a near-miss, fixed in the written order. "
        "A South-East Asian or Mongolian holder, whose press name opens on the same word every time, family name "
        "or given name, is read as a Western one after that word ('Thủ tướng Campuchia Hun Manat' for Hun Manet), "
        "but an 'h' after a consonant and a doubled consonant are their romanisations' ('Vorachith', 'Sokhon'). "
        "A document of over 300 segments is a batch of sentences, not an article (a table of unrelated sentences "
        "read as one document): a row is dated by the dates and years of the 25 segments around it, and a dateline "
        "in its opening lines dates only the rows near them. An article that writes no year in a date is dated by "
        "its page's head, chrome included ('Cập nhật: 14/10/2025 | Ban Thời sự')."
    )
    fires = (
        "Chủ tịch Quốc hội [[Vương Đình Huy]] tiếp đoàn doanh nghiệp Nhật Bản.",
        "Năm 2012, Chủ tịch nước [[Trương Tấn Sáng]] đã hội đàm với Tổng thống Chile.",
        "Năm 2023, Chủ tịch nước [[Vũ Văn Thưởng]] thăm Nhật Bản.",
        "Tổng thống Pháp [[Emmanuel Macrom]] tiếp Chủ tịch nước tại điện Élysée.",
        "Tháng 5/2019, Thủ tướng [[Nguyễn Phú Trọng]] dự lễ kỷ niệm.",
        "Ngoại trưởng Trung Quốc [[Vương Nghĩ]] tiếp đoàn đại biểu Lào.",
        "Bộ trưởng Y tế Đào Hồng Lan thăm bệnh viện.\nBộ trưởng [[Đào Hồng Lam]] phát biểu.",
        "Ngày 14/2/2026, [[Thủ tướng Đức Olaf Scholz]] kêu gọi châu Âu tăng chi tiêu quốc phòng.",
        "Tokyo, ngày 8/7/2024. [[Thủ tướng Nhật Bản Sanae Takaichi]] công bố gói kích thích kinh tế.",
        "Tokyo, ngày 9/12/2024. [[Thủ tướng Nhật Bản Kishida Fumio]] tiếp đoàn đại biểu Indonesia.",
        "Ngày 3/11/2026, hội thảo khai mạc. Năm 2010, hai nước ký hiệp định. Mười năm sau, [[Thủ tướng Anh David "
        "Cameron]] thăm Ấn Độ.",
        "Dự hội nghị có đồng chí [[Trần Thanh Mạnh]], Ủy viên Bộ Chính trị, Chủ tịch Quốc hội.",
        "Lisboa, 12/8/2026 – [[Tổng thống Bồ Đào Nha Marcelo Rebelo de Sousa]] tiếp đoàn doanh nghiệp.",
        "Tokyo, 9/1/2025 – Thủ tướng Nhật Bản [[Ishiba Shigeri]] tiếp đoàn doanh nghiệp Việt Nam.",
        "Ngày 20/11/2025, [[Thủ tướng Đức Olaf Scholz]] thăm Hà Nội.",
        "Ngân hàng Nhà nước điều chỉnh lãi suất.\nNgày 4/9/2019, [[Thống đốc Nguyễn Văn Bình]] phát biểu.",
    )
    quiet = (
        "Thủ tướng Võ Văn Kiệt tiếp đoàn doanh nghiệp Nhật Bản.",
        "Phó Thủ tướng Lê Văn Thành kiểm tra công trình cao tốc.",
        "Dự có đồng chí Trần Thanh Mẫn, Chủ tịch Quốc hội; ông Trần Văn Mạnh, nguyên Chủ tịch Quốc hội Lào.",
        "Tổng Bí thư Nguyễn Văn Cừ bị bắt năm 1940.",
        "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên làm việc với doanh nghiệp.",
        "Tổng Thư ký Quốc hội Bùi Văn Cường công bố kết quả.",
        "Tổng thống Pháp Emmanuel Macron tiếp Chủ tịch nước tại điện Élysée.",
        "Tổng thống Brazil Luiz Inacio Lula da Silva dự hội nghị thượng đỉnh.",
        "Ngoại trưởng Trung Quốc Vương Nghị tiếp đoàn đại biểu Lào.",
        "Bộ trưởng Đào Hồng Lam phát biểu tại hội nghị; ông Đào Hồng Lâm dự.",
        "Ngày 14/2/2026, cựu Thủ tướng Đức Olaf Scholz phát biểu tại Munich.",
        "Tokyo, ngày 22/10/2025. Thủ tướng Nhật Bản Sanae Takaichi công bố gói kích thích kinh tế.",
        "Tokyo, ngày 9/10/2024. Thủ tướng Nhật Bản Kishida Fumio tiếp đoàn đại biểu Indonesia.",
        "Ngày 3/11/2026, hội thảo khai mạc. Năm 2010, hai nước ký hiệp định. Một năm sau, Thủ tướng Anh David "
        "Cameron thăm Ấn Độ.",
        "Tokyo, 9/1/2025 – Thủ tướng Nhật Bản Ishiba Shigeru tiếp đoàn; phu nhân Ishiba Yoshiko dự.",
        "Ngày 20/4/2025, Thủ tướng Đức Olaf Scholz thăm Hà Nội.",
        "Ngân hàng Nhà nước điều chỉnh lãi suất.\nNgày 4/9/2019, Thống đốc Nguyễn Văn Bình của bang Texas phát biểu.",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        titled = seg_titled(ctx, seg.index)
        heads = _title_heads(titled) if len(titled) > 1 else None
        for t in titled:
            t = _state_bank_governor(t, seg, ctx)
            tail = heads is not None and heads[t.title_end] < t.title_start  # 'Chủ tịch nước' of 'Phó Chủ tịch nước'
            if not tail:
                whole = _with_particles(seg.text, t)
                former = list(self._former(seg, whole, ctx)) if whole is not t else []
                yield from former or self._former(seg, t, ctx)  # 'do', 'da' are Vietnamese words too
            if t.run and t.name is None and not t.calque:
                western = fold(t.run[0][2]) in _western_given_names()
                found = list(self._western(seg, t, ctx)) if western else []  # the given name of a foreign holder
                yield from found or self._either_order(seg, t, ctx)  # a Japanese holder, in either order
            if t.name is None:
                continue
            start, end, name = t.name
            vn_offices = _vn_offices(t.offices)
            hanviet_offices = _hanviet_offices(t.offices)  # Vietnam's and China's: names in Hán-Việt
            if not hanviet_offices or is_holder(name, hanviet_offices):
                continue
            if known_person(name):
                if vn_offices and not tail:  # not the tail of a longer title: 'Thủ tướng' in 'Phó Thủ tướng'
                    yield from self._other_office(seg, t.title, start, end, name, vn_offices, ctx)
                continue
            near = _near_holders(name, hanviet_offices, ctx)
            if not near and t.title == "Bộ trưởng":
                near = _named_ministers(name, ctx)
            if not near:
                continue
            picks = _pick_holder(near, name, event_years(ctx, seg, start))
            in_doc = picks[0] in doc_names(ctx)
            title = offices()[near[0].office].titles[0]
            yield self.hit(
                seg,
                start,
                end,
                f"'{name}' did not hold the office of {title}: probably '{picks[0]}'",
                suggestion=picks[0],
                confidence=0.9 if in_doc else 0.75,
                candidates=picks[1:] or None,
            )
        yield from self._apposed(seg, ctx)

    def _apposed(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        """'đồng chí Trần Thanh Mạnh, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội': a near-miss of the holder of an
        office with one holder at a time, the office given after the name (apposition.py)."""
        if ", " not in seg.text:
            return
        for a in apposed_offices(seg.text):
            single = tuple(o for o in _hanviet_offices(a.offices) if single_holder(o))
            if not single or is_holder(a.name, single) or known_person(a.name):
                continue
            near = _near_holders(a.name, single, ctx)
            if not near:
                continue
            picks = _pick_holder(near, a.name, event_years(ctx, seg, a.start))
            title = offices()[near[0].office].titles[0]
            yield self.hit(
                seg,
                a.start,
                a.end,
                f"'{a.name}' did not hold the office of {title} named after the name: probably '{picks[0]}'",
                suggestion=picks[0],
                confidence=0.9 if picks[0] in doc_names(ctx) else 0.75,
                candidates=picks[1:] or None,
            )

    def _other_office(
        self, seg: Segment, title: str, start: int, end: int, name: str, vn_offices: tuple[str, ...], ctx: DocContext
    ) -> Iterator[Hit]:
        """A Vietnamese office holder under the title of an office with one holder at a time that he never
        held, in a year he held another such office ('Chủ tịch Quốc hội Lương Cường' in 2024) or after he left all
        his offices (:func:`_retired_before`): the title's holder that year is meant (the later of two first). The
        year is the one of the sentence, else the document's dateline, else its most frequent (:func:`event_years`).
        Only the top offices count for the person named: a minister or Politburo member may have risen to the title
        after the gazetteer's last row; and a tenure the gazetteer leaves open counts only before the year of its
        newest row (the leaders elected in April 2026 may have moved from one top office to another)."""
        years = event_years(ctx, seg, start)[:1]
        singles = [o for o in vn_offices if single_holder(o)]
        # a minister's title (no complete roster) counts too: a top leader holds no such office beside his own
        offices = singles or [o for o in vn_offices if o not in _HELD_WITH_TOP]
        tenures = _vn_tenures().get(name_key(name), ())
        if not years or not offices or _THEN.search(seg.text):
            return  # 'Chủ tịch Quốc hội X, khi đó là …': a later title for an earlier event, said so
        known = [t for t in tenures if t.covers(years[0]) and (t.end is not None or years[0] < _newest_start())]
        held_top = any(single_holder(t.office) for t in known)
        if not held_top and not _retired_before(tenures, years[0], singles):
            return
        retired = not held_top  # (then every office of his ended before the year)
        now = sorted((h for o in offices for h in holders(o) if h.covers(years[0])), key=lambda h: -(h.start or 0))
        picks = list(dict.fromkeys(h.name_vi for h in now))
        if not picks and singles:
            return
        yield self.hit(
            seg,
            start,
            end,
            (
                f"'{name}' left office in {max(t.end or 0 for t in tenures)} and never held that of {title}"
                if retired
                else f"'{name}' held another office in {years[0]}, not that of {title}"
            )
            + (f": probably '{picks[0]}'" if picks else ""),
            suggestion=picks[0] if picks else None,
            confidence=(0.8 if len(picks) == 1 else 0.6) if singles else 0.7,
            candidates=picks[1:] or None,
        )

    def _former(self, seg: Segment, t: TitledName, ctx: DocContext) -> Iterator[Hit]:
        """A past holder under the bare title, as if in office, in a text dated after his last tenure ('Thủ tướng
        Anh David Cameron' in a 2025 story): :func:`_present_year` dates the sentence; a sentence that places the
        title in the past ('cựu', 'khi đó', 'thời', a year of his tenure) is left alone."""
        if t.calque or len(t.run) < 2 or name_key(t.run[0][2]) not in _holder_firsts():
            return
        found = _holder_at(t.offices, tuple(w for *_, w in t.run))
        if found is None:
            return
        yield from self._future(seg, t, found, ctx)
        if any(u.end is None for u in found[1]):
            return  # one in office (most titled names)
        n, tenures = found
        end = max(u.end or 0 for u in tenures)
        year = _present_year(ctx, seg, t.title_start)
        if year is None or year < end:
            return
        month = _present_month(ctx, seg, t.title_start, year) if year == end else None
        if month is None and year == end and near_text(ctx, seg) is None:
            if not _year_in_clause(seg.text, t.title_start):  # the page's head and the article's dates (misses33)
                month = earliest_month_from_head(ctx, year)
        if any(u.covers_month(year, month) for u in tenures):
            return  # in office then (in the year he left: on the text's month, when both months are known)
        end_month = max((u.end_month or 0 for u in tenures if u.end == end), default=0) or None
        if _past_context(seg.text, t.title_start, t.run[n - 1][1], end, end_month):
            return
        if year == end and _handover(ctx, seg, t, tenures, year, month):
            return
        name = seg.text[t.run[0][0] : t.run[n - 1][1]]
        # the text's month picks the holder then where its year had two (misses27: 'Kishida' in a page of 11/2025), or
        # for the fix alone, the month of the page's head of that year (a later date the article writes may be a plan)
        then = month if month is not None or year == end else _present_month(ctx, seg, t.title_start, year)
        if then is None and year != end:
            head = page_dateline_month(ctx)
            then = head[1] if head is not None and head[0] == year else None
        now = list(dict.fromkeys(h.name_vi for o in t.offices for h in holders(o) if h.covers_month(year, then)))
        left = f"{year}-{end_month or 0:02d}" if year == end else f"{end}"
        when = f"{year}-{month:02d}" if month is not None else f"{year}"
        # one holder then: the title as written before his name is the fix; several (deputies): candidates only
        fix = f"{seg.text[t.title_start : t.run[0][0]]}{now[0]}" if len(now) == 1 else None
        yield self.hit(
            seg,
            t.title_start,
            t.run[n - 1][1],
            f"'{name}' left the office of {t.title} in {left}, before the text's date ({when}): a former holder "
            f"named as the current one (write 'cựu {t.title}'{f', or the holder in {when}: {now[0]}' if now else ''})",
            severity=Severity.MAJOR,
            confidence=0.6,
            suggestion=fix,
            candidates=now or None,
        )

    def _future(
        self, seg: Segment, t: TitledName, found: tuple[int, tuple[Tenure, ...]], ctx: DocContext
    ) -> Iterator[Hit]:
        """A holder under the bare title in a text dated before his first tenure ('Thủ tướng Đức Friedrich Merz' in
        a story of 2023): the newest date written in the document's opening lines, where a dateline stands
        (:func:`_opening_year`), is before the year he took office, another holder of that office (one holder at a
        time) held it then, no year in the document is as late as his start, and the sentence does not speak of the
        future or of another time ('tương lai', 'đắc cử', 'sẽ', 'nay là')."""
        n, tenures = found
        first = _first_start(tenures)
        if first is None or first <= _OLDEST_YEAR:
            return
        if near_text(ctx, seg) is not None and seg.index > NEAR_SEGMENTS:
            return  # a row of a batch of sentences far from its opening lines: their dateline is not its date
        year = _opening_year(ctx)
        if year is None or year > first or max(doc_years(ctx), default=0) > first:
            return
        month, took = None, f"{first}"
        if year == first:  # the year he took office: only a dateline of an earlier month of it, and no later date
            months = [u.start_month for u in tenures if u.start == first]
            if not months or None in months:
                return  # a row without a month: the year alone is compared, as before
            start_month = min(m for m in months if m is not None)
            month = opening_month(ctx, year)
            if month is None or month >= start_month:
                return
            took = f"{first}-{start_month:02d}"
        elif max(doc_years(ctx), default=0) >= first:
            return
        now = [h for u in tenures if _one_at_a_time(u.office) for h in holders(u.office) if h.covers_month(year, month)]
        now = [h for h in now if h.name_vi != tenures[0].name_vi]
        if not now or _future_context(seg.text, t.title_start, t.run[n - 1][1]):
            return
        name = seg.text[t.run[0][0] : t.run[n - 1][1]]
        picks = list(dict.fromkeys(h.name_vi for h in now))
        when = f"{year}-{month:02d}" if month is not None else f"{year}"
        yield self.hit(
            seg,
            t.title_start,
            t.run[n - 1][1],
            f"'{name}' took the office of {t.title} only in {took}, after the text's date ({when}): the holder "
            f"then was {picks[0]} (or write the title held in {when})",
            severity=Severity.MAJOR,
            confidence=0.6,
            candidates=picks,
        )

    def _western(self, seg: Segment, t: TitledName, ctx: DocContext) -> Iterator[Hit]:
        """A foreign holder named given name first (or a South-East Asian one, after the first word of the name),
        with the rest one or two letters off ('Thủ tướng Tây Ban Nha Pedro Sanches' for Pedro Sánchez, 'Thủ tướng
        Campuchia Hun Manat' for Hun Manet). When the document also writes the holder's name right, the reader knows
        who is meant: one person written two ways (T101)."""
        start, _, given = t.run[0]
        for holder in _western_holders(fold(given), t.offices):
            n = len(holder.split())
            m = _NAME_WORDS[n].match(seg.text, start)
            if m is None or not _western_near_miss(m.group(), holder):
                continue
            if holder in _first_word_country_names() and _aspirated_alike(m.group(), holder):
                continue  # 'Bounnhang Vorachith' for Vorachit, 'Sokhon' for Sokhonn: the country's romanisations
            if _whole_name(holder).search(content_lines(ctx).text):
                continue
            yield self.hit(
                seg,
                start,
                m.end(),
                f"'{m.group()}' did not hold the office of {t.title}: probably '{holder}'",
                suggestion=holder,
                confidence=0.8,
            )
            return

    def _either_order(self, seg: Segment, t: TitledName, ctx: DocContext) -> Iterator[Hit]:
        """A two-word holder of a country whose names the press writes in either order (Japan), one word of it
        one or two letters off and the other right, in either order ('Thủ tướng Nhật Bản Ishiba Shigeri' for
        Ishiba Shigeru, 'Fumio Kishide'); the fix keeps the written order."""
        if len(t.run) < 2 or not any(o in _either_order_offices() for o in t.offices):
            return
        written = (t.run[0][2], t.run[1][2])
        for holder in _either_order_holders(t.offices):
            for order in name_orders(holder, EITHER_ORDER_COUNTRY):
                if not _one_word_off(written, tuple(order.split())):
                    continue
                text = f"{written[0]} {written[1]}"
                if known_person(text) or any(
                    _whole_name(n).search(content_lines(ctx).text) for n in name_orders(holder, EITHER_ORDER_COUNTRY)
                ):
                    return
                yield self.hit(
                    seg,
                    t.run[0][0],
                    t.run[1][1],
                    f"'{text}' did not hold the office of {t.title}: probably '{order}'",
                    suggestion=order,
                    confidence=0.8,
                )
                return


EITHER_ORDER_COUNTRY = next(iter(sorted(EITHER_ORDER)))


@functools.cache
def _either_order_offices() -> frozenset[str]:
    """The offices some holder of an :data:`EITHER_ORDER` country holds under a two-word name."""
    return frozenset(
        o for o in offices() for h in holders(o) if h.country in EITHER_ORDER and len(h.name_vi.split()) == 2
    )


@functools.lru_cache(maxsize=1024)
def _either_order_holders(office_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The two-word names of the offices' holders of an :data:`EITHER_ORDER` country."""
    return tuple(
        dict.fromkeys(
            h.name_vi
            for o in office_ids
            for h in holders(o)
            if h.country in EITHER_ORDER and len(h.name_vi.split()) == 2
        )
    )


def _one_word_off(written: tuple[str, str], name: tuple[str, ...]) -> bool:
    """One word of ``written`` is the name's word there, the other one or two letters off it (one for a word
    under six letters), not only by diacritics nor by another transliteration ('Shigeri' for 'Shigeru')."""
    same = [_letters(a) == _letters(b) for a, b in zip(written, name, strict=True)]
    if sum(same) != 1:
        return False
    ours, theirs = next((_letters(a), _letters(b)) for a, b, s in zip(written, name, same, strict=True) if not s)
    if transliteration_key(ours) == transliteration_key(theirs):
        return False
    limit = 1 if len(theirs) < 6 else 2
    return 0 < edit_distance(ours, theirs, limit) <= limit


# The lowercase particles of Arabic, Iberian, Dutch and German names ('Khalid bin Khalifa Al Thani', 'Marcelo
# Rebelo de Sousa'): they end a run of capitalised words, so a name that has one is whole only with them
_PARTICLE_WORDS = frozenset("bin binti bint ibn al el de da do dos das del della di van von der den ter ten".split())
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def _with_particles(text: str, t: TitledName) -> TitledName:
    """``t`` with its run of capitalised words carried on through name particles that a capitalised word follows
    ('Thủ tướng Qatar Khalid bin Khalifa Al Thani'), or ``t`` itself when none follows the run."""
    if not t.run:
        return t
    run, extra, pos = list(t.run), [], t.run[-1][1]
    while m := _NEXT_WORD.match(text, pos):
        word = m.group(1)
        if word in _PARTICLE_WORDS:
            extra.append((m.start(1), m.end(1), word))
        elif word[0].isupper() and extra:
            run += [*extra, (m.start(1), m.end(1), word)]
            extra = []
        elif word[0].isupper():
            run.append((m.start(1), m.end(1), word))
        else:
            break
        pos = m.end(1)
    return t if len(run) == len(t.run) else dataclasses.replace(t, run=tuple(run))


def _title_heads(titled: list[TitledName]) -> dict[int, int]:
    """Where the longest title ending at each end starts: a title starting later is the tail of a longer one
    ('Thủ tướng' in 'Phó Thủ tướng'), which names another office."""
    heads: dict[int, int] = {}
    for u in titled:
        heads[u.title_end] = min(heads.get(u.title_end, u.title_start), u.title_start)
    return heads


# n words of a name joined by single spaces, each with its hyphen or apostrophe parts ('José Ramos-Horta')
_NAME_WORDS = {
    n: re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*" + r"(?: [^\W\d_]+(?:['’-][^\W\d_]+)*)" * (n - 1) + r"(?![\w'’-])")
    for n in range(2, 6)
}


@functools.lru_cache(maxsize=1024)
def _whole_name(name: str) -> re.Pattern[str]:
    """``name`` as whole words ('Emmanuel Macron' not inside 'Emmanuel Macronn')."""
    return re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")


@functools.cache
def _first_word_country_names() -> frozenset[str]:
    """The names of the holders of :data:`audit.rules.names.holders.FIRST_WORD_COUNTRIES`."""
    return frozenset(h.name_vi for o in offices() for h in holders(o) if h.country in FIRST_WORD_COUNTRIES)


def _aspirated_alike(written: str, holder: str) -> bool:
    """Two spellings of a South-East Asian name that romanisations of Thai, Lao and Khmer give alike: an 'h' after a
    consonant (aspiration: 'Vorachith'/'Vorachit', 'Phomvihane'/'Pomvihane') and a doubled consonant ('Sokhonn'/
    'Sokhon') left out, the rest the same."""

    def key(name: str) -> str:
        out: list[str] = []
        for ch in _letters(name):
            if out and ((ch == "h" and out[-1] not in _VOWEL_LETTERS) or (ch == out[-1] and ch not in _VOWEL_LETTERS)):
                continue
            out.append(ch)
        return "".join(out)

    return key(written) == key(holder)


_VOWEL_LETTERS = frozenset("aeiouy")


def _first_word_keyed(h: Tenure) -> bool:
    """A holder a near miss is looked for after the first word of the name: named given name first
    (:func:`_given_first`), or of :data:`audit.rules.names.holders.FIRST_WORD_COUNTRIES`."""
    return _given_first(h) or h.country in FIRST_WORD_COUNTRIES


@functools.cache
def _western_given_names() -> frozenset[str]:
    """The folded given names of every foreign office holder named given name first."""
    return frozenset(
        fold(h.name_vi.split()[0])
        for o in offices()
        for h in holders(o)
        if _first_word_keyed(h) and len(h.name_vi.split()) > 1
    )


_SURNAME = 5  # letters of a holder's surname a near miss is looked for under any title
_SHORT_SURNAME = 3  # ... under the title of one country's office, the given name written right (misses58)


@functools.lru_cache(maxsize=4096)
def _western_holders(given: str, office_ids: tuple[str, ...]) -> tuple[str, ...]:
    """Names of the offices' foreign holders named given name first whose folded given name is ``given``
    (two to five words, a surname of five letters or more; of three or more under a title that names one office, a
    country's: 'Thủ tướng Đức Friedrich Mertz' for Merz, 'Tổng thống Kenya William Rutto' for Ruto)."""
    shortest = _SHORT_SURNAME if len(office_ids) == 1 else _SURNAME
    out = []
    for o in office_ids:
        for h in holders(o):
            words = h.name_vi.split()
            if not _first_word_keyed(h) or not 2 <= len(words) <= 5 or fold(words[0]) != given:
                continue
            if len(_letters(" ".join(words[1:]))) >= shortest:
                out.append(h.name_vi)
    return tuple(dict.fromkeys(out))


# letters that do not decompose into a base letter and a mark, as names are written without them ('Støre' → 'Store')
def _letters(text: str) -> str:
    """The folded letters of ``text`` alone ('Ramos-Horta' → 'ramoshorta')."""
    return "".join(c for c in plain_latin(text) if c.isalpha())


# the Arabic article of a name, written 'al-', 'el-', 'Al ' or 'El ' ('Abdel Fattah al-Sisi' is 'Abdel Fattah El-Sisi')
_ARABIC_ARTICLE = re.compile(r"(?<![^\s-])[AaEe]l(?=[-\s])")


@functools.lru_cache(maxsize=4096)
def _western_near_miss(written: str, holder: str) -> bool:
    """``written`` misspells ``holder``'s surname by one or two letters (one for surnames under six letters),
    not only by diacritics or the Arabic article's vowel, and names nobody in the gazetteer."""
    if _letters(written) == _letters(holder) or fold(written) in people_by_fold() or known_person(written):
        return False
    ours, theirs = (_letters(_ARABIC_ARTICLE.sub("al", n.split(" ", 1)[1])) for n in (written, holder))
    if transliteration_key(ours) == transliteration_key(theirs):
        return False  # another transliteration: 'Aliev', 'Tokaev', 'Zelenskiy', 'Lukashenka'
    limit = 1 if len(theirs) < 6 else 2
    return 0 < edit_distance(ours, theirs, limit) <= limit


@functools.cache
def _holder_index() -> dict[str, dict[str, tuple[Tenure, ...]]]:
    """Office → the name key of each of its holders → his tenures of it."""
    out: dict[str, dict[str, list[Tenure]]] = {}
    for o in offices():
        for h in holders(o):
            for name in name_orders(h.name_vi, h.country):
                out.setdefault(o, {}).setdefault(name_key(name), []).append(h)
    return {o: {k: tuple(v) for k, v in by.items()} for o, by in out.items()}


@functools.cache
def _holder_firsts() -> frozenset[str]:
    """The name keys of the first words of every holder's name: a cheap test before :func:`_holder_at`."""
    return frozenset(name_key(k.split()[0]) for by in _holder_index().values() for k in by)


@functools.lru_cache(maxsize=4096)
def _holder_at(office_ids: tuple[str, ...], words: tuple[str, ...]) -> tuple[int, tuple[Tenure, ...]] | None:
    """The holder of the offices whose full name (two words or more) is the capitalised ``words`` after their
    title, with the number of its words and his tenures of those offices."""
    index = _holder_index()
    for n in range(len(words), 1, -1):
        key = name_key(" ".join(words[:n]))
        found = [u for o in office_ids for u in index.get(o, {}).get(key, ())]
        if found:
            return (n, tuple(found)) if n == len(words) else None
    return None


def _text_dates(ctx: DocContext) -> tuple[int, list[int]]:
    """This year, and the years of the document's written dates up to it, latest first, less those of
    :func:`plan_years`; an article that writes no year in a date is dated by its page's head, chrome included
    (:func:`page_dateline_year`: 'Cập nhật: 14/10/2025'). Memoised: :func:`_present_year` asks at every former
    holder's title."""

    def compute(_doc: Document) -> tuple[int, list[int]]:
        now = today().year  # a later year is a deadline or a plan ('có hiệu lực từ 1/1/2030')
        plans = plan_years(ctx)  # a deadline after the page's dateline ('từ ngày 1/1/2026' in a story of 2025)
        dated = [y for y in doc_dated_years(ctx) if y <= now and y not in plans]
        head = page_dateline_year(ctx) if not dated else None  # a page dated only by its chrome ('Cập nhật: …')
        return now, [head] if head is not None and head <= now else dated

    return ctx.memo("names.text_dates", compute)


def _dated_by_head(ctx: DocContext) -> bool:
    """The document is dated by its page's head alone (:func:`_text_dates`: no date of the article's own counts)."""
    now = today().year
    plans = plan_years(ctx)
    return not [y for y in doc_dated_years(ctx) if y <= now and y not in plans] and page_dateline_year(ctx) is not None


def _present_year(ctx: DocContext, seg: Segment, pos: int) -> int | None:
    """The year a title at ``pos`` speaks in: a year written before it in its sentence, else the newest written
    date of the document (its dateline), years after this one and years written only as a deadline after the page's
    dateline (:func:`plan_years`) left out; None when the text gives no date (the most
    frequent year alone may be a past one the article recalls)."""
    now, dated = _text_dates(ctx)
    if near_text(ctx, seg) is not None:  # a batch of sentences: the dates near the row date it
        dated = [y for y in doc_dated_years(ctx, seg) if y in dated]
    if not dated and not _YEAR.search(seg.text, 0, pos):
        return None
    start = max((m.end() for m in _SENTENCE_END.finditer(seg.text, 0, pos)), default=0)
    before = [y for m in _YEAR.finditer(seg.text, start, pos) if (y := int(m.group())) <= now]
    if before:
        return before[-1]
    anchored = _anchored_year(ctx, seg, pos)
    if anchored is not None:
        return anchored
    return dated[0] if dated else None


# a clause that dates itself from the one before: 'Hai năm sau, …', '; ngày hôm sau, …', 'Cùng năm, …', 'Sau đó, …',
# or speaks of the event it told ('Trong chuyến thăm, …', 'Nhân dịp này, …', 'Tại cuộc gặp, …')
_RELATIVE_OPENING = re.compile(
    r"\s*(?:(?:(?P<n>\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)?(?P<unit>năm|tháng|ngày|tuần)\s+sau(?:\s+đó)?"
    r"|(?:ngày\s+)?hôm sau|cùng (?:ngày|tháng|năm)(?:\s+đó)?|sau đó|trước đó|ít lâu sau(?:\s+đó)?"
    r"|(?:cũng )?(?:trong|tại|nhân|sau) (?:chuyến thăm|cuộc gặp|cuộc hội đàm|hội nghị|dịp)(?:\s+(?:này|đó|ấy))?)(?!\w)",
    re.IGNORECASE,
)
# every opening of _RELATIVE_OPENING holds one of these (lowercase): a segment without any opens no such clause
_RELATIVE_WORDS = ("sau", "trước đó", "cùng ", "chuyến thăm", "cuộc gặp", "cuộc hội đàm", "hội nghị", "dịp")


@per_document(maxsize=4096)
def _may_open_relative(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _RELATIVE_WORDS)


_ANCHOR_SEGMENTS = 3  # article segments (sentences) back where the year a clause counts from may stand
_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def _anchored_year(ctx: DocContext, seg: Segment, pos: int) -> int | None:
    """The year of :func:`_anchor`, or None."""
    anchor = _anchor(ctx, seg, pos)
    return None if anchor is None else anchor[0]


def _anchor(ctx: DocContext, seg: Segment, pos: int) -> tuple[int, int | None] | None:
    """The year (and month, for a clause counted in days) of a clause that opens on a time counted from the text
    before it ('Năm 2013, … Hai năm sau, Tổng
    Bí thư …' speaks of 2015; '…11/7/1995…; ngày hôm sau, Thủ tướng …' of 1995; 'Trong chuyến thăm, …' of the
    visit's year): the last year written before the clause, in its segment or else in the nearest of the three
    segments before it that writes one, plus the years it counts (a clause counted in days, 'Cùng ngày, …', from
    the last day's date only: :func:`_anchor_years`); None when the clause opens otherwise or no year stands before
    it."""
    if not _may_open_relative(seg.text):
        return None
    start = _clause_start(seg.text, pos)
    m = _RELATIVE_OPENING.match(seg.text, start, pos)
    if m is None and start > 0:  # the segment's opening, a dot of an abbreviation between ('Sau đó, Marcos Jr. gặp …')
        start = 0
        m = _RELATIVE_OPENING.match(seg.text, 0, pos)
    if m is None:
        return None
    daily = _DAY_OPENING.search(m.group()) is not None
    years = _anchor_years(seg.text[:start], daily)
    back = seg.index - 1
    while years == [] and back >= 0 and seg.index - back <= _ANCHOR_SEGMENTS:
        prev = ctx.doc.segments[back]
        years = [] if prev.boilerplate else _anchor_years(prev.text, daily)
        back -= 1
    if not years:
        return None
    n = m.group("n")
    count = (int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]) if n else 1
    year, month = years[-1]
    return year + (count if (m.group("unit") or "").lower() == "năm" else 0), month


# a clause counted in days from the one before ('Cùng ngày', 'Ngày hôm sau', 'Hai ngày sau'): its anchor is a day's
# date, not a year the sentence before recalls ('… Công ước Luật Biển năm 1982. Cùng ngày, Thủ tướng …')
_DAY_OPENING = re.compile(r"(?i)ngày|hôm sau")
# a day's date, its year maybe left out (the text's year then): '25/11/2025', 'ngày 25/11', 'ngày 3 tháng 2 năm 1950'
_DAY_DATE = re.compile(
    r"(?<!\d)\d{1,2}/(?P<m>\d{1,2})(?:/(?P<y>(?:19|20)\d\d))?(?![\d/])"
    r"|(?i:ngày)\s+\d{1,2}\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y2>(?:19|20)\d\d))?"
)


def _anchor_years(text: str, daily: bool) -> list[tuple[int, int | None]] | None:
    """The (year, month) a clause counted from ``text`` may count from: every year written in it, no month; for a
    clause counted in days, the last day's date only, with its month ([] when ``text`` has none; None when that
    date leaves its year out: the text's own year, not one recalled before it)."""
    if not daily:
        return [(int(y.group()), None) for y in _YEAR.finditer(text)]
    dates = list(_DAY_DATE.finditer(text))
    if not dates:
        return []
    last = dates[-1]
    year = last["y"] or last["y2"]
    return [(int(year), int(last["m"] or last["m2"]))] if year else None


def _year_in_clause(text: str, pos: int) -> bool:
    """A year is written before ``pos`` in its sentence (after a dateline that heads it): the title speaks of it."""
    return _YEAR.search(text, _clause_start(text, pos), pos) is not None


def _present_month(ctx: DocContext, seg: Segment, pos: int, year: int) -> int | None:
    """The month of ``year`` a title at ``pos`` speaks in: the month of a date of ``year`` the sentence writes before
    the title (:func:`_written_month`); the dateline's (:func:`dateline_month`) when no year is written before the
    title in its sentence and the dateline is of ``year``; None (the year alone) otherwise. A
    day's date without its year before the title in its sentence ('Tại hội nghị ngày 5/12, Bộ trưởng …') is of
    ``year``: its month is the one the sentence speaks in."""
    clause = _clause_start(seg.text, pos)
    if _YEAR.search(seg.text, clause, pos):
        return _written_month(seg.text[clause:pos], year)
    days = [int(d["m"] or d["m2"]) for d in _DAY_DATE.finditer(seg.text, clause, pos) if not (d["y"] or d["y2"])]
    if days and 1 <= days[-1] <= 12:
        return days[-1]
    anchor = _anchor(ctx, seg, pos)
    if anchor is not None:  # a day's date's month ('… 25/11/2025 … Cùng ngày, …'), else the year alone
        return anchor[1] if anchor[0] == year else None
    if near_text(ctx, seg) is not None and seg.index > NEAR_SEGMENTS:
        return None  # a row of a batch of sentences far from the opening lines, where a dateline stands
    dated = dateline_month(ctx)
    if dated is None and _dated_by_head(ctx):  # a page dated only by its head's date, chrome included (misses27)
        dated = page_month(ctx)
    return dated[1] if dated is not None and dated[0] == year else None


def _written_month(before: str, year: int) -> int | None:
    """The month a sentence writes before a title ``before`` it: where every year written there is ``year``, each in
    a date with its month ('Ngày 20/11/2025, Thủ tướng …', 'Tháng 11/2025, …'), the last of those months; else None
    (a year written alone, another year, or a date after this month)."""
    years = [int(y) for y in _YEAR.findall(before)]
    months = [mo for y, mo, _ in written_months(before) if y == year]
    if not months or len(months) != len(years) or any(y != year for y in years):
        return None
    return months[-1]


# a dateline before a dash at the head of a sentence ('Berlin, ngày 12/8/2025 - ', 'Hà Nội, 3/2/2026 (TTXVN) – ')
_DATELINE_LEAD = re.compile(r"[^.!?;\n]{0,60}?\d{1,2}/\d{1,2}/(?:19|20)\d\d(?:\s*\([^()\n]{1,40}\))?\s*[-–—]\s+")


def _clause_start(text: str, pos: int) -> int:
    """Where the sentence of ``pos`` starts, after a dateline that heads it: the dateline's date is the text's, not
    a year the sentence speaks of."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, pos)), default=0)
    lead = _DATELINE_LEAD.match(text, start)
    return lead.end() if lead is not None and lead.end() <= pos else start


# a sentence about a hand-over ('từ chức', 'người kế nhiệm', 'bàn giao'): the former holder's title may be his own
_HANDOVER = re.compile(
    r"(?<!\w)(?:từ chức|kế nhiệm|mãn nhiệm|rời nhiệm sở|rời chức|thôi chức|bàn giao|chuyển giao|thay thế|"
    r"nhậm chức|tuyên thệ|chia tay|tạm quyền|quyền)(?!\w)",
    re.IGNORECASE,
)


# months after a hand-over within which a story naming the successor may still give the former holder his title
_HANDOVER_MONTHS = 3


def _handover(
    ctx: DocContext, seg: Segment, t: TitledName, tenures: tuple[Tenure, ...], year: int, month: int | None
) -> bool:
    """A former holder in the year he left speaks of the hand-over: the sentence says so, or the document names his
    successor (a holder of the office who took it that year): a story of both may give each his title of the
    time; not a story of a month known to be more than three months after he left (a minister who left in February
    named with his title in a November story beside his successor: adversary73)."""
    start = _clause_start(seg.text, t.title_start)
    stop = _SENTENCE_END.search(seg.text, t.title_end)
    if _HANDOVER.search(seg.text, start, stop.start() if stop else len(seg.text)):
        return True
    left = max((u.end_month or 0 for u in tenures if u.end == year), default=0)
    if month is not None and left and month - left > _HANDOVER_MONTHS:
        return False
    text = content_lines(ctx).text
    own = {u.name_vi for u in tenures}
    for o in {u.office for u in tenures}:
        for h in holders(o):
            if (
                h.start == year
                and h.name_vi not in own
                and any(_whole_name(v).search(text) for v in name_orders(h.name_vi, h.country))
            ):
                return True
    return False


_OPENING = 4  # segments of a document (page chrome included) where a dateline stands


def _opening_year(ctx: DocContext) -> int | None:
    """The newest year of a date written in the document's first segments, where a dateline or a page's date
    stands ('Hà Nội, ngày 14/2/2023'); None when they write none. A date written only further down may be a past
    event the story recalls, not the day it was written (memoised)."""

    def compute(doc: Document) -> int | None:
        now = today().year
        years = dated_years("\n".join(s.text for s in doc.segments[:_OPENING]))
        return max((y for y in years if y <= now), default=None)

    return ctx.memo("names.opening_year", compute)


_OLDEST_YEAR = 1950  # the oldest year a date is read in (analyses._DATED_YEAR): no text is dated before it


def _retired_before(tenures: tuple[Tenure, ...], year: int, singles: list[str]) -> bool:
    """Every office of ``tenures`` (a Vietnamese leader's) ended before ``year``, none of them one of ``singles``
    (offices with one holder at a time) whose roster the gazetteer starts before his first tenure (an office held
    before the roster's first row is not in it: Trường Chinh chaired the National Assembly's standing committee
    before 1981), and ``year`` is one the gazetteer knows: a leader who left office is not that office's holder in a
    later year it lists ('Chủ tịch nước Vương Đình Huệ' in 2025)."""
    first = _first_start(tenures)
    if not singles or first is None or year > _newest_start():
        return False
    return all(t.end is not None and t.end < year and t.office not in singles for t in tenures) and all(
        (_first_start(holders(o)) or year) < first for o in singles
    )


@functools.lru_cache(maxsize=4096)
def _first_start(tenures: tuple[Tenure, ...]) -> int | None:
    """The year of the first of ``tenures`` (None when none has a start)."""
    return min((u.start for u in tenures if u.start), default=None)


@functools.cache
def _one_at_a_time(office: str) -> bool:
    """The gazetteer's holders of ``office`` follow one another: no two people's tenures overlap by more than the
    year of the handover (not so for deputy prime ministers or Politburo members)."""
    ts = sorted((t for t in holders(office) if t.start), key=lambda t: t.start or 0)
    for a, b in itertools.combinations(ts, 2):
        if a.name_vi != b.name_vi and (a.end is None or (b.start or 0) < a.end):
            return False
    return len({t.name_vi for t in ts}) > 1


# the sentence speaks of a later time or a title of another time ('Thủ tướng tương lai', 'Tổng thống đắc cử',
# 'sẽ trở thành', 'người kế nhiệm', 'nay là', 'sau này')
_FUTURE_SENTENCE = re.compile(
    r"(?<!\w)(?:tương lai|đắc cử|sắp|sẽ|tân|ứng viên|ứng cử viên|được bầu|bầu|đề cử|nhậm chức|kế nhiệm|dự kiến|"
    r"nay là|hiện là|hiện nay|sau này|về sau|khi đó|lúc đó|khi ấy|lúc ấy|cựu|nguyên)(?!\w)",
    re.IGNORECASE,
)


def _future_context(text: str, title_start: int, name_end: int) -> bool:
    """The sentence around a title speaks of the future or of another time than the text's."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, title_start)), default=0)
    stop = _SENTENCE_END.search(text, name_end)
    return _FUTURE_SENTENCE.search(text, start, stop.start() if stop else len(text)) is not None


_SENTENCE_END = re.compile(r"[.!?;](?=\s)")
# A year 1950–2049 standing alone: the matches of r"(?<!\d)(?:19[5-9]|20[0-4])\d(?!\d)", with the lookbehind after
# the first digit (as analyses._YEAR): a pattern that opens with a lookbehind is tried at every position of the
# text, one that opens with a character class skips ahead to a 1 or 2 (a third of the time a search)
_YEAR = re.compile(r"[12](?<!\d[12])(?:(?<=1)9[5-9]|(?<=2)0[0-4])\d(?!\d)")
# The title placed in the past: 'cựu/nguyên/cố Thủ tướng', 'thời Thủ tướng', 'khi đó', 'từng', 'tiền nhiệm' …
# (a word of its own: 'đồng thời' is 'at the same time', 'củng cố' is 'strengthen')
_PAST_BEFORE = re.compile(
    r"(?<!\w)(?<!đồng )(?:cựu|nguyên|cố|thời|từng|tiền nhiệm|kỳ|dưới)\s+(?:là\s+)?$", re.IGNORECASE
)
# ('trong khi đó' is 'meanwhile', 'trong từng' 'in each'; 'hồi' only as 'back then', not 'phục hồi', 'hồi phục')
_PAST_SENTENCE = re.compile(
    r"(?<!\w)(?:cựu|(?<!trong )khi đó|lúc đó|khi ấy|lúc ấy|thời điểm đó|thời điểm ấy|khi còn|đương thời|"
    r"(?<!trong )từng|trước đây|tiền nhiệm|nhiệm kỳ|dưới thời|thời kỳ|thời ông|thời bà|năm xưa|"
    r"hồi(?= (?:đó|ấy|năm|tháng|còn|trước|xưa|nhỏ|trẻ|\d))|vào thời|lúc bấy giờ|khi ông|khi bà|"
    r"lịch sử|hồi ký|qua đời|từ trần|đời)(?!\w)",
    re.IGNORECASE,
)


def _past_context(text: str, title_start: int, name_end: int, end: int, end_month: int | None = None) -> bool:
    """The sentence around a title places it in the past: a word before the title ('cựu Thủ tướng', 'thời Thủ
    tướng'), a past marker in the sentence ('khi đó', 'nhiệm kỳ', 'từng'), or a year up to the last of the
    holder's tenures ``end`` (the event is of his time). The year he left is no sign of his time where each time the
    sentence writes it, it writes a month after ``end_month``, the month he left ('Ngày 20/11/2025, Thủ tướng Đức
    Olaf Scholz …': he left in May 2025)."""
    if _PAST_BEFORE.search(text, max(0, title_start - 20), title_start):
        return True
    start = _clause_start(text, title_start)
    stop = _SENTENCE_END.search(text, name_end)
    sentence = text[start : stop.start() if stop else len(text)]
    if _PAST_SENTENCE.search(sentence):
        return True
    years = [int(y) for y in _YEAR.findall(sentence)]
    if any(y < end for y in years):
        return True
    if end not in years:
        return False
    if end_month is None:
        return True
    months = [mo for y, mo, _ in written_months(sentence) if y == end]
    if len(months) != years.count(end) or any(mo <= end_month for mo in months):
        return True
    # the sentence's date is after he left, but it tells of an earlier time: 'năm ngoái', 'hồi đầu năm', 'trước đó
    # bảy tháng', a bare month up to the one he left ('thư … gửi tháng 1')
    return _EARLIER.search(sentence) is not None or any(
        int(m) <= end_month for m in _BARE_MONTH.findall(sentence) if 1 <= int(m) <= 12
    )


# a time before the sentence's own date ('năm ngoái', 'hồi đầu năm', 'tháng trước', 'trước đó bảy tháng')
_EARLIER = re.compile(
    r"(?<!\w)(?:năm ngoái|năm trước|tháng trước|trước đó|đầu năm(?: nay)?|hồi đầu năm|mấy tháng trước)(?!\w)",
    re.IGNORECASE,
)
# a month written without its year ('tháng 1', not 'tháng 1/2025' nor 'tháng 1 năm 2025')
_BARE_MONTH = re.compile(r"(?<!\w)tháng (\d{1,2})(?![\d/])(?! năm \d)")


# a sentence that gives a person's title at another time than the event's ('khi đó là Thủ tướng', 'nay là …')
# Offices a top leader holds beside his own (every one sits in the Politburo): no sign that another is meant
_HELD_WITH_TOP = frozenset({"vn.politburo_member"})
_THEN = re.compile(
    r"(?<!\w)(?:khi đó|lúc đó|khi ấy|lúc ấy|thời điểm đó|khi còn là|nay là|hiện là)(?!\w)", re.IGNORECASE
)


@functools.cache
def _newest_start() -> int:
    """The year of the gazetteer's newest tenure: a later year may have changes it does not know."""
    return max((t.start for ts in people().values() for t in ts if t.start), default=0)


@functools.cache
def _vn_tenures() -> dict[str, tuple[Tenure, ...]]:
    """A Vietnamese office holder's name (any tone placement) → his tenures."""
    out: dict[str, list[Tenure]] = {}
    for name, ts in people().items():
        vn = [t for t in ts if t.country == "vn"]
        if vn:
            out.setdefault(name_key(name), []).extend(vn)
    return {k: tuple(v) for k, v in out.items()}


def _near_holders(name: str, office_ids: tuple[str, ...], ctx: DocContext) -> list[Tenure]:
    """Holders of the offices whose name ``name`` is a near-miss of.

    Same surname, and: for offices with one holder at a time and a continuous roster, an aligned
    syllable similarity of at least 0.45 ('Nguyễn Phương' ~ 'Nguyễn Phú Trọng'), backed by the
    document (the holder is named in it, or was in office in the years it mentions) or by the
    differing syllables sounding alike; for other offices, the same number of syllables with at
    most one syllable off, and that one alike ('Vương Đình Huy' ~ 'Vương Đình Huệ').
    """
    out = []
    for o in office_ids:
        for h, certain in _near_misses(name, o):  # the document is asked only when the names do not settle it
            if certain or h.name_vi in doc_names(ctx) or any(h.covers(y) for y in doc_years(ctx)[:3]):
                out.append(h)
    return out


# Việt Nam's State Bank by its names (Law 46/2010/QH12, art. 2: 'Ngân hàng Nhà nước Việt Nam (sau đây gọi là Ngân hàng
# Nhà nước)'; 'NHNN'; 'State Bank of Vietnam', 'SBV' in English): its head is the only 'Thống đốc' of Việt Nam
_STATE_BANK = re.compile(r"Ngân hàng Nhà nước|(?<!\w)(?:NHNN|SBV)(?!\w)|State Bank of Viet ?[Nn]am")
# another governor's cue in the sentence: a state ('bang', 'tiểu bang'), a province of old ('Nam Kỳ'), or another
# central bank ('Ngân hàng Trung ương Nhật Bản', 'Cục Dự trữ Liên bang', 'Fed', 'ECB')
_OTHER_GOVERNOR = re.compile(
    r"(?<!\w)(?:bang|tiểu bang|Nam Kỳ|Đông Dương|[Nn]gân hàng [Tt]rung ương|Cục Dự trữ Liên bang|Fed|FED|ECB|BOJ|"
    r"BOE|PBOC|RBA|RBI)(?!\w)"
)
_DEPUTY_BEFORE = re.compile(r"(?<!\w)(?:[Pp]hó|PHÓ)\s+$")


def _state_bank_governor(t: TitledName, seg: Segment, ctx: DocContext) -> TitledName:
    """A bare 'Thống đốc' before a Vietnamese name is the State Bank's governor (the only 'Thống đốc' of Việt Nam)
    when the document names the State Bank ('Ngân hàng Nhà nước', 'NHNN') and the sentence names no foreign country,
    state or other central bank ('Thống đốc bang Texas', 'Thống đốc Ngân hàng Trung ương Nhật Bản'): ``t`` with that
    office then (leftovers52; adversary109's 'Thống đốc Lê Minh Hưng' in a story of 2025); else ``t``. A deputy's
    'Phó Thống đốc' is no such title."""
    if t.name is None or t.title.casefold() != "thống đốc" or t.offices == ("vn.sbv_governor",):
        return t
    text = seg.text
    if _DEPUTY_BEFORE.search(text, max(0, t.title_start - 6), t.title_start):
        return t
    if _OTHER_GOVERNOR.search(text) or any(m.iso not in ("", "VN") for m in find_mentions(text)):
        return t
    if not ctx.memo("names.state-bank-named", lambda _: _STATE_BANK.search(ctx.memo("content-text", content_text))):
        return t
    return dataclasses.replace(t, offices=("vn.sbv_governor",))


@functools.cache
def _vn_ministries() -> tuple[str, ...]:
    """Việt Nam's ministers' offices (those a bare 'Bộ trưởng' may name)."""
    return tuple(k for k, o in offices().items() if o.country == "vn" and o.titles[0].startswith("Bộ trưởng"))


def _named_ministers(name: str, ctx: DocContext) -> list[Tenure]:
    """Việt Nam's ministers whose name ``name`` is a one-syllable near-miss of and whom the document names: a bare
    'Bộ trưởng' does not say which ministry, so only a minister the article names in full is read as the one meant
    ('Bộ trưởng Phan Văn Giao' in an article naming 'Phan Văn Giang')."""
    named = doc_names(ctx)
    return [h for o in _vn_ministries() for h, _ in _near_misses(name, o) if h.name_vi in named]


@functools.lru_cache(maxsize=16384)
def _near_misses(name: str, office_id: str) -> tuple[tuple[Tenure, bool], ...]:
    """Holders of the office whose name ``name`` may be a near-miss of, each with whether the names
    alone settle it (True) or the document must back it (False; see :func:`_near_holders`)."""
    words = name.split()
    single = single_holder(office_id)
    out = []
    for h in holders(office_id):
        hw = h.name_vi.split()
        if not same_surname(hw[0], words[0]):
            continue
        if single:
            if name_similarity(name, h.name_vi) < 0.45:
                continue
            alike = len(hw) == len(words) and all(
                syllable_similarity(a, b) >= 0.5 for a, b in zip(words, hw, strict=True)
            )
            out.append((h, alike))
        elif len(hw) == len(words):
            sims = [syllable_similarity(a, b) for a, b in zip(words, hw, strict=True)]
            if sum(1 for x in sims if x < 1.0) == 1 and min(sims) >= 0.5:
                out.append((h, True))
    return tuple(out)
