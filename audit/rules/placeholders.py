"""A110: placeholders, markup and escapes of a software string that must come through translation unchanged.

The checks localisation QA runs on every catalogue (gettext's ``msgfmt -c``; translate-toolkit's pofilter
``printf``, ``variables``, ``xmltags`` and ``escapes``): a printf directive, a brace variable, an HTML tag
or a line break the program relies on is lost, added or altered in the target. Each kind is looked for
only when a cheap character test on the source allows it ('%', '{', '<', a newline or a backslash).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from audit.model import Segment, Severity
from audit.rules.base import DocContext, Hit, SourceRule
from audit.rules.inline_codes import inline_code_hits
from audit.rules.registry import register

# ---------------------------------------------------------------- printf directives

# Formats of gettext's '#, X-format' flags whose directives are printf's ('%s', '%1$d', '%(name)s')
_PRINTF_FORMATS = frozenset(
    "c objc python php perl gcc-internal gfc-internal awk lua object-pascal elisp javascript".split()
)
# Formats whose directives are brace variables ('{0}', '{name}', '{0,number}')
_BRACE_FORMATS = frozenset("python-brace csharp java c++".split())

# A printf directive as C, Python and PHP write it: an argument number ('%2$s') or a Python mapping key
# ('%(name)s'), flags, width, precision, a size and the conversion ('%%' is a percent sign); '%<PRIu64>'
# is C99's <inttypes.h> macro as gettext writes it in a catalogue
_PRINTF = re.compile(
    r"%(?:(?P<pos>[1-9]\d*)\$|\((?P<name>[^()]*)\))?(?P<flags>[-+ #0']*)(?P<width>\*|\d+)?"
    r"(?:\.(?P<prec>\*|\d*))?(?P<size>hh|h|ll|l|L|q|j|z|Z|t)?"
    r"(?P<conv>[diouxXeEfFgGaAcspnCSrm%]|<PRI(?P<pri>[diouxX])(?P<bits>\w+)>)?"
)
# What an entry nobody flagged must hold to be taken for a format string: a directive with no space flag
# and no letter or digit after it ('%s', '%d', '%5.2f', '%1$s', '%(name)s'), not after a digit ('50%
# discount', '5%s' of prose)
_CLEAR_PRINTF = re.compile(
    r"(?<![\w%])%(?:[1-9]\d*\$|\([A-Za-z_]\w*\))?[-+#0]?\d*(?:\.\d+)?(?:l|ll|z|h)?[sdiufxXc](?![A-Za-z0-9])"
)
# msgfmt's argument types: conversions of one class read the same argument
_TYPE = {
    **dict.fromkeys("di", "int"),
    **dict.fromkeys("ouxX", "unsigned int"),
    **dict.fromkeys("eEfFgGaA", "double"),
    "c": "char",
    "C": "wide char",
    "s": "string",
    "S": "wide string",
    "r": "string",
    "p": "pointer",
    "n": "count",
}


@dataclass(slots=True)
class Directive:
    """One printf directive: what argument it reads (a position or a name), as what type, where it stands."""

    key: int | str
    type: str
    start: int
    end: int
    text: str


def _type_of(m: re.Match[str], python: bool) -> str:
    """The argument type a directive reads: msgfmt's classes ('%i' reads what '%d' does), with the size
    ('%ld' reads a long); Python reads any integer with d, i, o, u, x and any object with s, r, a."""
    if m["pri"]:
        return f"{_TYPE[m['pri']]} ({m['bits']} bits)"
    kind = _TYPE[m["conv"]]
    if python:
        return {"unsigned int": "int", "char": "char"}.get(kind, kind)
    return f"{m['size']} {kind}" if m["size"] else kind


def directives(text: str, python: bool = False) -> tuple[list[Directive], list[tuple[int, int]]]:
    """The printf directives of a format string, each with the argument it reads (unnumbered ones by their
    order, a '*' width or precision reading an int before them), and the spans of the '%' signs that start no
    directive (a bare '%' where a percent sign needs '%%')."""
    found: list[Directive] = []
    broken: list[tuple[int, int]] = []
    n = 0
    for m in _PRINTF.finditer(text):
        if m["conv"] in ("%", "m"):  # a percent sign; glibc's %m (the error message) reads no argument
            continue
        if m["conv"] is None:
            broken.append((m.start(), m.start() + 1))
            continue
        if m["name"] is not None:
            found.append(Directive(m["name"], _type_of(m, python), m.start(), m.end(), m.group()))
            continue
        for star in (m["width"], m["prec"]):
            if star == "*" and not m["pos"]:
                n += 1
                found.append(Directive(n, "int", m.start(), m.end(), m.group()))
        if m["pos"]:
            key = int(m["pos"])
        else:
            n += 1
            key = n
        found.append(Directive(key, _type_of(m, python), m.start(), m.end(), m.group()))
    return found, broken


def format_flags(flags: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """The formats an entry is flagged with ('c-format' → 'c') and those flagged as not one ('no-c-format')."""
    yes, no = set(), set()
    for f in flags:
        if f.endswith("-format"):
            name = f.removesuffix("-format")
            (no if name.startswith("no-") else yes).add(name.removeprefix("no-"))
    return yes, no


def _printf_mode(seg: Segment, source: str) -> str | None:
    """'flagged' when the entry is flagged as a printf format, 'clear' when nobody flagged it but the source
    clearly holds directives, else None."""
    yes, no = format_flags(seg.flags)
    if yes & _PRINTF_FORMATS:
        return "flagged"
    if no & _PRINTF_FORMATS or yes:
        return None
    return "clear" if _CLEAR_PRINTF.search(source) else None


def _clear_directives(text: str) -> list[Directive]:
    """The directives of :data:`_CLEAR_PRINTF` in ``text``, in the :func:`directives` form."""
    out: list[Directive] = []
    for c in _CLEAR_PRINTF.finditer(text):
        found, _ = directives(c.group())
        out += [Directive(d.key, d.type, c.start(), c.end(), c.group()) for d in found]
    # unnumbered ones count in order across the text
    n = 0
    for d in out:
        if isinstance(d.key, int) and not re.match(r"%[1-9]\d*\$", d.text):
            n += 1
            d.key = n
    return out


# ---------------------------------------------------------------- brace variables and markup

# '${name}', '{{ name }}', '{name}', '{0}', '{}', '{0:.2f}', '{count, number}', Ruby's '%{name}'
_BRACE = re.compile(
    r"\$\{[A-Za-z_][\w.]*\}|\{\{\s*[A-Za-z_][\w.]*\s*\}\}|%\{[A-Za-z_]\w*\}"
    r"|\{(?:[A-Za-z_][\w.]*|\d+)?(?:![rsa])?(?::[^{}\s]*)?(?:,\s*[a-z]+(?:,\s*[\w#.,]+)?)?\}"
)
# A tag: its name, its attributes, '/' of a closing or an empty element
_TAG = re.compile(
    r"<(?P<close>/?)(?P<name>[A-Za-z][\w:.-]*)(?P<attrs>(?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>=]+))?)*)"
    r"\s*(?P<empty>/?)>"
)
_ATTR = re.compile(r"([\w:.-]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'<>=]+))?")
# HTML elements a UI string carries; '<FILE>', '<n>' of a usage line are words, not markup
_HTML = frozenset(
    "a abbr b big blockquote br cite code del dfn div em font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p "
    "pre q s samp small span strike strong sub sup table td th tr tt u ul var".split()
)
# Attributes whose value is text a translation translates
_TRANSLATED_ATTRS = frozenset("alt title placeholder aria-label label summary".split())


def _tag_key(m: re.Match[str]) -> str | None:
    """A markup tag's identity (its name and its untranslated attributes), or None when the text is no markup
    (an unknown word in angle brackets without attributes: '<FILE>', '<số>')."""
    name, attrs = m["name"], m["attrs"]
    if name not in _HTML and "=" not in attrs and ":" not in name:
        return None
    kept = sorted(
        f"{a.lower()}={v.strip(chr(34) + chr(39))}"
        for a, v in _ATTR.findall(attrs)
        if a.lower() not in _TRANSLATED_ATTRS
    )
    return "<" + m["close"] + name.lower() + "".join(" " + k for k in kept) + m["empty"] + ">"


def tags(text: str) -> list[tuple[str, re.Match[str]]]:
    """The markup tags of ``text`` with their identities."""
    return [(k, m) for m in _TAG.finditer(text) if (k := _tag_key(m)) is not None]


def _brace_key(token: str) -> str:
    return re.sub(r"\s+", "", token)


# ---------------------------------------------------------------- escapes

_ESCAPE = re.compile(r"\\[ntr\\\"]")  # an escape written out, as a JSON or a resource file keeps it


def _edge_newlines(source: str, target: str) -> Iterator[str]:
    """msgfmt's check: the source and the target both begin, or both end, with a newline, or neither does."""
    for where, test in (("begins", str.startswith), ("ends", str.endswith)):
        if test(source, "\n") != test(target, "\n"):
            yield where


@register
class PlaceholderChanged(SourceRule):
    code = "A110"
    name = "placeholder-changed"
    category = "design/markup"
    severity = Severity.MAJOR
    summary = (
        "A printf directive, a {variable}, an HTML tag, an XLIFF inline code or a line break of the source is lost, "
        "added or changed"
    )
    why = (
        "A software string's placeholders are filled by the program, not read by people: a translation that "
        "drops one loses the value, one that adds or alters one ('%d' turned '%s', '{name}' translated to "
        "'{tên}') makes the program read an argument it was not given. In C that reads an integer as a "
        "string pointer and crashes; in Python it raises KeyError or TypeError; gettext's 'msgfmt -c' refuses "
        "the catalogue. So a changed or added directive in an entry flagged c-format (python-format …) is "
        "critical; a lost one, and one in a string nobody flagged (read as printf only when a directive is "
        "plain: '50%' and '5% discount' are prose), is major. As msgfmt allows, a width may differ, '%i' "
        "reads what '%d' does, and numbered ('%2$s') or named ('%(user)s', '{user}') ones may be reordered; "
        "plain '%s … %d' may not (write '%2$d … %1$s'). HTML tags ('<b>', '<a href=…>', '<br/>') must be "
        "kept with their links (alt and title are translated); '<FILE>' of a usage line is a word. A line "
        "break at the start or the end must be kept (msgfmt -c again); fewer line breaks inside than the "
        "source is a minor layout change, more is the translator's wrapping; a line break typed as the two "
        "characters '\\n' is shown as typed. pofilter ranks printf, "
        "variables and escapes as checks of strings that 'can break a program'. XLIFF inline codes (1.2 <x/>, "
        "<g>, <ph>, <bpt>/<ept>, <it>, <bx/>/<ex/>; 2.0 <ph/>, <pc>, <sc/>/<ec/>) are how a CAT tool carries a "
        "document's links, bold runs and line breaks through translation, and it merges the target back by "
        "their ids: a code of the source missing from the target, one the source does not have, one repeated "
        "(by id), or an end code (<ept>, <ex/>, <ec/>) before its begin is flagged. XLIFF 2.0 lets a "
        "translation delete a code unless it says canDelete='no' and copy one (a new id with copyOf) unless it "
        "says canCopy='no': those are not flagged; XLIFF 1.2 has no deletable codes. Standalone codes may be "
        "reordered, except a sequence a 2.0 source marks canReorder='firstNo' … 'no': it keeps its order, "
        "with no other code among its codes, each inside the code holding it. "
        "The examples below are plain 'source => target' text and cannot carry XLIFF codes: the "
        "XLIFF cases are tests/unit/test_inline_codes.py on real files (tests/data/formats/*.xlf)."
    )
    fires = (
        "Deleted %d files from %s. => Đã xóa [[%s]] tệp từ [[%d]].",
        "Welcome back, {username}! => Chào mừng trở lại, [[{tên_người_dùng}]]!",
        'Click <a href="/help">here</a> for help. => Nhấn [[<a href="/tro-giup">]]vào đây</a> để được trợ giúp.',
        "Saved %(count)d photos. => [[Đã lưu các ảnh.]]",
        r"Line one\nLine two => [[Dòng một Dòng hai]]",
    )
    quiet = (
        "Prices rose 50% in Lagos and 5% in Accra. => Giá tăng 50% ở Lagos và 5% ở Accra.",
        "Copied %1$s to %2$s. => Đã chép sang %2$s từ %1$s.",
        "Hello {name}, you have {count} messages. => Có {count} tin nhắn cho bạn, {name}.",
        "Usage: tool <FILE> [<b>bold</b>] => Cách dùng: tool <TỆP> [<b>đậm</b>]",
        '<img src="logo.png" alt="Logo"> Home => <img src="logo.png" alt="Biểu trưng"> Trang chủ',
        "Loaded %5.2f MB in %i s => Đã tải %.1f MB trong %d giây",
    )

    def check(self, seg: Segment, ctx: DocContext) -> Iterator[Hit]:
        yield from self._hits(seg, seg.source or "")
        if seg.codes is not None:
            yield from inline_code_hits(self, seg, seg.codes)

    def _hits(self, seg: Segment, source: str) -> Iterator[Hit]:
        if "%" in source or "%" in seg.text:
            yield from self._printf(seg, source)
        if "{" in source or "{" in seg.text:
            yield from self._braces(seg, source)
        if "<" in source or "<" in seg.text:
            yield from self._tags(seg, source)
        if "\n" in source or "\n" in seg.text or "\\" in source or "\\" in seg.text:
            yield from self._escapes(seg, source)

    # ------------------------------------------------------------ printf

    def _printf(self, seg: Segment, source: str) -> Iterator[Hit]:
        mode = _printf_mode(seg, source)
        if mode is None:
            return
        python = "python" in format_flags(seg.flags)[0] or bool(re.search(r"%\(\w+\)", source))
        if mode == "flagged":
            src, src_broken = directives(source, python)
            tgt, broken = directives(seg.text, python)
            if len(broken) <= len(src_broken):
                broken = []  # the source's own stray '%' (a string not meant as a format), copied
        else:
            src, tgt, broken = _clear_directives(source), _clear_directives(seg.text), []
        critical = Severity.CRITICAL if mode == "flagged" else None
        for start, end in broken:
            yield self.hit(
                seg,
                start,
                end,
                "a '%' that starts no directive: the program reads it as one (write '%%' for a percent sign)",
                suggestion="%%",
                confidence=0.9,
                severity=critical,
            )
        yield from self._compare_printf(seg, src, tgt, critical)

    def _compare_printf(
        self, seg: Segment, src: list[Directive], tgt: list[Directive], critical: Severity | None
    ) -> Iterator[Hit]:
        want = {d.key: d for d in src}
        have = {d.key: d for d in tgt}
        swapped = _swap_fixes(src, tgt)
        lost = [w for k, w in want.items() if k not in have]
        added = [d for d in tgt if d.key not in want]
        if len(lost) == len(added) == 1 and lost[0].type == added[0].type:  # '%(folder)s' → '%(thư_mục)s'
            d, w = added[0], lost[0]
            yield self.hit(
                seg,
                d.start,
                d.end,
                f"'{d.text}' where the source has '{w.text}': the program passes no argument {_arg(d.key)}",
                suggestion=w.text,
                confidence=0.9,
                severity=critical,
            )
            lost = added = []
        for d in added:
            percent = d.text.startswith("% ")  # '50% các' reads '% c' as a directive: a percent sign unescaped
            yield self.hit(
                seg,
                d.start,
                d.end,
                f"'{d.text}' is not in the source: the program passes no argument {_arg(d.key)} for it"
                + (" (a percent sign is written '%%')" if percent else ""),
                suggestion="%" + d.text if percent else None,
                confidence=0.9,
                severity=critical,
            )
        for d in tgt:
            w = want.get(d.key)
            if w is not None and w.type != d.type:
                fix = swapped.get(d.start)
                note = f"; the order of plain directives is the source's (reorder as '{fix}')" if fix else ""
                yield self.hit(
                    seg,
                    d.start,
                    d.end,
                    f"'{d.text}' reads argument {_arg(d.key)} as {d.type}; the source's "
                    f"'{w.text}' passes {w.type}{note}",
                    suggestion=fix or (w.text if d.text != w.text else None),
                    confidence=0.9,
                    severity=critical,
                )
        if lost and not seg.singular:  # msgfmt lets a singular form leave the number out ('one file')
            listed = ", ".join(f"'{t}'" for t in dict.fromkeys(w.text for w in lost))
            yield self.hit(
                seg,
                0,
                len(seg.text),
                f"the source's {listed} not in the translation: its value is not shown",
                confidence=0.85,
            )

    # ------------------------------------------------------------ braces

    def _braces(self, seg: Segment, source: str) -> Iterator[Hit]:
        src = [m for m in _BRACE.finditer(source)]
        if not src:
            return
        tgt = list(_BRACE.finditer(seg.text))
        want = Counter(_brace_key(m.group()) for m in src)
        lost = list((want - Counter(_brace_key(m.group()) for m in tgt)).elements())
        critical = Severity.CRITICAL if format_flags(seg.flags)[0] & _BRACE_FORMATS else None
        added = _excess([(_brace_key(m.group()), m) for m in tgt], want)
        yield from self._pair(seg, lost, added, "variable", critical)

    # ------------------------------------------------------------ markup

    def _tags(self, seg: Segment, source: str) -> Iterator[Hit]:
        src = tags(source)
        if not src:
            return
        tgt = tags(seg.text)
        want = Counter(k for k, _ in src)
        texts = {k: m.group() for k, m in src}
        lost = [texts[k] for k in (want - Counter(k for k, _ in tgt)).elements()]
        yield from self._pair(seg, lost, _excess(tgt, want), "tag")

    def _pair(
        self, seg: Segment, lost: list[str], added: list[re.Match[str]], kind: str, critical: Severity | None = None
    ) -> Iterator[Hit]:
        """Lost source tokens paired with the target's added ones when there are as many (the span is the
        changed token, the source's the fix); else each added token, and the lost ones on the segment. A
        changed or added token is ``critical`` when the program would fail on it (a flagged format)."""
        if lost and len(lost) == len(added):
            for token, m in zip(lost, added, strict=True):
                yield self.hit(
                    seg,
                    m.start(),
                    m.end(),
                    f"'{m.group()}' where the source has the {kind} '{token}'",
                    suggestion=token,
                    confidence=0.85,
                    severity=critical,
                )
            return
        for m in added:
            yield self.hit(
                seg,
                m.start(),
                m.end(),
                f"the {kind} '{m.group()}' is not in the source",
                confidence=0.8,
                severity=critical,
            )
        if lost:
            listed = ", ".join(f"'{t}'" for t in dict.fromkeys(lost))
            yield self.hit(
                seg, 0, len(seg.text), f"the source's {kind} {listed} not in the translation", confidence=0.8
            )

    # ------------------------------------------------------------ escapes and line breaks

    def _escapes(self, seg: Segment, source: str) -> Iterator[Hit]:
        text = seg.text
        if edges := list(_edge_newlines(source, text)):
            fix, said = text, []
            for where, starts in (("begins", True), ("ends", False)):
                if where not in edges:
                    continue
                keep = source.startswith("\n") if starts else source.endswith("\n")
                said.append(
                    f"the source {where if keep else 'does not ' + where[:-1]} with a line break, the translation "
                    f"{'does not' if keep else 'does'}"
                )
                if starts:
                    fix = "\n" + fix if keep else fix.lstrip("\n")
                else:
                    fix = fix + "\n" if keep else fix.rstrip("\n")
            yield self.hit(seg, 0, len(text), "; ".join(said), suggestion=fix, confidence=0.9)
        want, have = Counter(_ESCAPE.findall(source)), Counter(_ESCAPE.findall(text))
        lost = source.count("\n") - text.count("\n")
        if lost > 0 and have["\\n"] - want["\\n"] == lost:  # line breaks typed as backslash and 'n'
            yield self.hit(
                seg,
                0,
                len(text),
                f"the source's {lost} line break(s) are written '\\n' in the translation: the program shows the "
                "backslash",
                suggestion=text.replace("\\n", "\n") if not want["\\n"] else None,
                confidence=0.85,
            )
            return
        inner_src, inner_tgt = source.strip("\n").count("\n"), text.strip("\n").count("\n")
        if inner_tgt < inner_src:
            yield self.hit(
                seg,
                0,
                len(text),
                f"the source has {inner_src} line break(s) inside, the translation {inner_tgt}",
                confidence=0.6,
                severity=Severity.MINOR,
            )
        if want != have:
            said = [
                f"'{e}' written out {have[e]}× where the source has it {want[e]}×"
                for e in sorted(want | have)
                if want[e] != have[e]
            ]
            yield self.hit(
                seg,
                0,
                len(text),
                "; ".join(said) + " (a backslash the program shows or reads as typed)",
                confidence=0.8,
            )


def _arg(key: int | str) -> str:
    return f"'{key}'" if isinstance(key, str) else str(key)


def _swap_fixes(src: list[Directive], tgt: list[Directive]) -> dict[int, str]:
    """When the target's plain directives are the source's in another order, each misplaced one's numbered
    form ('%s … %d' → '%d … %s' is fixed as '%2$d … %1$s'); only when each type appears once, so the fix is
    certain."""
    if not src or len(src) != len(tgt) or any(not isinstance(d.key, int) for d in (*src, *tgt)):
        return {}
    by_type = {d.type: d for d in src}
    if len(by_type) != len(src) or set(by_type) != {d.type for d in tgt}:
        return {}
    out = {}
    for d in tgt:
        w = by_type[d.type]
        if w.key != d.key and "$" not in d.text:
            out[d.start] = d.text[0] + f"{w.key}$" + d.text[1:]
    return out


def _excess(found: list[tuple[str, re.Match[str]]], want: Counter[str]) -> list[re.Match[str]]:
    """The target's tokens beyond as many of each as the source has (the later ones), in order."""
    seen: Counter[str] = Counter()
    out = []
    for key, m in found:
        seen[key] += 1
        if seen[key] > want[key]:
            out.append(m)
    return out
