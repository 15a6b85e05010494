"""A104: a link, e-mail address, handle, hashtag or code of the source is missing from the target."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from audit.lang.verbatim import (
    held_in_text,
    lost_tokens,
    phone_spans,
    squeezed,
    token_kind,
    token_text,
    verbatim_tokens,
)
from audit.model import Segment, Severity, parted_at_codes, unparted
from audit.rules.base import DocContext, Hit, SourceRule
from audit.rules.registry import register


@register
class LostVerbatimToken(SourceRule):
    code = "A104"
    name = "lost-verbatim-token"
    category = "accuracy/omission"
    severity = Severity.MAJOR
    summary = "A link, e-mail address, handle, hashtag, code or phone number of the source is missing from the target"
    why = (
        "Links, addresses and codes (flight MH370, COVID-19, Airbus A320) are copied, never translated: one "
        "missing or altered in the target is lost or wrong information, and a broken link in a published "
        "page. Case, spaces and hyphens are ignored (COVID-19 / Covid 19), but for the hyphens of a link, address or "
        "domain ('lta-go.vn' is not 'ltago.vn'). A phone number in groups ('+47 22 00 00 00', '(04) 72 10 33 58', "
        "'028 3822 1144'; Việt Nam's toll-free and service numbers '1800 588 822', '1900 9299', but after a year's "
        "word) is one token, not the numbers of its groups, and is found however the target groups it and "
        "with its country code or the trunk '0' ('+84 24 …' / '024 …'); one the target has with a group changed is "
        "A101's, which flags the group. A domain counts without 'www.' "
        "('vedur.is', 'example.co.ke') when it ends in a generic or a country's top-level domain. When the "
        "target has, in its place, a token of the same kind the source lacks (MH730 for MH370, a translated "
        "link), that token is flagged with the source's as the fix, and so is the start of a link cut short "
        "('example.org' for 'example.org/festival'); otherwise the whole segment is. A "
        "capitalised word, a hyphen and a number ('Tianzhou-7', a program's column 'Unknown-2') is no code: "
        "the word may be translated ('Thiên Châu-7', 'Chưa_biết2') and A101/A102 check its number. A file or "
        "case number of capitals and numbers between two slashes or more ('AN/2025/4471') is a code. In an "
        "XLIFF record a standalone inline code (a line break <x/>, a <ph/>) parts the words on its two sides, "
        "so 'info@x.vn<x/>or' holds the address 'info@x.vn'. A link ends before a quote or an angle bracket, "
        "which links never hold: in '<a href=\"https://x.vn/terms\">terms</a>' the link is 'https://x.vn/terms'. "
        "A code a translation translates is kept when its translation is there: a page reference ('p214' → 'tr. 214') "
        "and the World Wars ('WW2' → 'Thế chiến thứ hai'; references/translated_codes.tsv)."
    )
    fires = (
        "Details are at https://example.org/report and flight MH370. => Chi tiết có tại "
        "[[https://example.org/bao-cao]] và chuyến bay [[MH730]].",
        "Forecasts are posted at yr.no. => [[Dự báo được đăng trên trang web.]]",
        "The H5N1 virus reached two farms. => Virus [[H7N9]] đã lây sang hai trang trại.",
        "Tickets are sold at www.example.org/festival-2026. => Vé được bán tại [[www.example.org]].",
        "The programme is at www.example.org/fair-2027. => Chương trình có tại [[www.example.org/fair-2072]].",
        "Regulation EU/2024/1689 applies. => Quy định [[EU/2024/1698]] được áp dụng.",
        "Call the Tromsø desk on +47 77 64 40 00. => [[Hãy gọi quầy ở Tromsø ngay.]]",
        "For details call the helpline 1800 588 822. => [[Để biết chi tiết, hãy gọi đường dây nóng.]]",
        'See the <a href="https://ferry.example/winter">winter timetable</a>. => Xem <a '
        'href="[[https://ferry.example/mua-dong]]">lịch chạy mùa đông</a>.',
    )
    quiet = (
        "Write to info@example.vn about COVID-19. => Hãy viết thư tới info@example.vn về Covid-19.",
        'See the <a href="https://ferry.example/winter">winter timetable</a>. => Xem <a '
        'href="https://ferry.example/winter">lịch chạy mùa đông</a>.',
        "The 4-month-old mice and 5km race. => Những con chuột 4 tháng tuổi và cuộc đua 5 km.",
        "Call 1900 54 54 54 for help. => Gọi 1900545454 để được hỗ trợ.",
        "The Tianzhou-7 cargo craft docked. => Tàu chở hàng Thiên Châu-7 đã ghép nối.",
        "Resolution A/RES/76/262 passed at 5 km/h, 24/7. => Nghị quyết A/RES/76/262 thông qua ở 5 km/h, 24/7.",
        "Call +84 236 3822 115 today. => Hãy gọi số 0236.3822.115 hôm nay.",
        "The method follows Le and Pham (2021, p214). => Phương pháp này theo Le và Pham (2021, tr. 214).",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        source = seg.source or ""
        _, lost = lost_tokens(source, seg.text)
        if lost:
            lost = _reported(lost, source, seg.text)
        if not lost:
            return
        if seg.codes is not None:  # a standalone code between two words ('x@y.vn<x id="2"/>or') parts them
            yield from self._check_parted(seg)
            return
        yield from self._hits(seg, source, seg.text, lost)

    def _check_parted(self, seg: Segment) -> Iterator[Hit]:
        """The check on source and target with a space where a standalone inline code parts two characters; the
        spans are mapped back to the target's own offsets."""
        assert seg.codes is not None
        source, _ = parted_at_codes(seg.source or "", seg.codes.source)
        target, inserted = parted_at_codes(seg.text, seg.codes.target)
        _, lost = lost_tokens(source, target)
        if lost:
            lost = _reported(lost, source, target)
        if not lost:
            return
        for hit in self._hits(seg, source, target, lost):
            yield dataclasses.replace(hit, start=unparted(hit.start, inserted), end=unparted(hit.end, inserted))

    def _hits(self, seg: Segment, source: str, target: str, lost: list[str]) -> Iterator[Hit]:
        """The findings of the lost tokens: one for each token replaced or cut short, one for the rest."""
        added = [m for m in verbatim_tokens(target) if not held_in_text(token_text(m), source)]
        replaced = _replacements(lost, added)
        for token, m in replaced.items():
            end = m.start() + len(token_text(m))
            yield self.hit(
                seg,
                m.start(),
                end,
                f"'{target[m.start() : end]}' where the source has '{token}'",
                suggestion=token,
                confidence=0.85,
            )
        rest = [t for t in lost if t not in replaced]
        for token, m in _truncations(rest, source, target).items():
            end = m.start() + len(token_text(m))
            yield self.hit(
                seg,
                m.start(),
                end,
                f"'{target[m.start() : end]}' is the source's '{token}' cut short",
                suggestion=token,
                confidence=0.85,
            )
            rest.remove(token)
        if rest:
            listed = ", ".join(f"'{t}'" for t in rest)
            yield self.hit(seg, 0, len(target), f"the source's {listed} not in the translation", confidence=0.85)


def _reported(lost: list[str], source: str, target: str) -> list[str]:
    """The lost tokens A104 reports: a phone number only when the target drops it; one whose stand-in in the
    target differs in a group is A101's, group by group (:func:`phone_spans`)."""
    if not any(token_kind(t) == "phone" for t in lost):
        return lost
    dropped = phone_spans(source, target).dropped
    return [t for t in lost if token_kind(t) != "phone" or t in dropped]


_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?")


def _bare_link(token: str) -> str:
    """A link or domain squeezed, without its scheme and 'www.' ('https://www.x.vn/a' → 'x.vn/a')."""
    return _SCHEME.sub("", squeezed(token))


def _truncations(lost: list[str], source: str, target: str) -> dict[str, re.Match[str]]:
    """Lost links and domains paired with a target token that is their start and no token of the source
    ('www.example.vn' for the source's 'www.example.vn/fair'): a link cut short, the fix is the whole one."""
    links = [t for t in lost if token_kind(t) in ("link", "domain")]
    if not links:
        return {}
    own = {_bare_link(token_text(m)) for m in verbatim_tokens(source)}
    pairs: dict[str, re.Match[str]] = {}
    for m in verbatim_tokens(target):
        cut = _bare_link(token_text(m))
        if cut in own or len(cut) < 4:
            continue
        for token in links:
            if token not in pairs and _bare_link(token).startswith(cut):
                pairs[token] = m
                break
    return pairs


def _replacements(lost: list[str], added: list[re.Match[str]]) -> dict[str, re.Match[str]]:
    """Lost source tokens paired, in order, with the target's tokens of the same kind that the source does
    not have ('MH370' lost, 'MH730' added): only where a kind has as many added as lost, so the pairing is
    not a guess."""
    by_kind: dict[str, tuple[list[str], list[re.Match[str]]]] = {}
    for t in lost:
        by_kind.setdefault(token_kind(t), ([], []))[0].append(t)
    for m in added:
        if (kind := token_kind(token_text(m))) in by_kind:
            by_kind[kind][1].append(m)
    pairs: dict[str, re.Match[str]] = {}
    for gone, new in by_kind.values():
        if len(gone) == len(new):
            pairs.update(zip(gone, new, strict=True))
    return pairs
