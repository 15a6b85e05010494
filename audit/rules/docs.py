"""Rule documentation as text: the listing of ``audit rules`` and the page of ``audit rules CODE``."""

from __future__ import annotations

import re
import textwrap

from audit.rules.base import FAMILIES, SOURCE_ARROW, Rule
from audit.rules.registry import all_rules

MARK = re.compile(r"\[\[(.+?)\]\]")


def strip_marks(example: str) -> str:
    """An example without its ``[[expected span]]`` marks."""
    return MARK.sub(r"\1", example)


SUMMARY_COLUMN = 79  # where a rule's summary starts in the listing
NARROW = SUMMARY_COLUMN + 40  # a terminal narrower than this gets each summary on lines of its own


def list_rules(prefix: str = "", width: int | None = None) -> str:
    """The listing of ``audit rules``: every rule, or those whose code starts with ``prefix``, by family.

    One line per rule (for grep) unless ``width``, a terminal's, is given: the summaries are then wrapped to it,
    beside the rule's columns or, on a terminal narrower than NARROW (80 columns), indented below them."""
    lines = []
    family = None
    for code, cls in all_rules().items():
        if not code.startswith(prefix):
            continue
        if code[0] != family:
            family = code[0]
            lines.append(f"\n{family}  {FAMILIES[family]}")
        head = f"  {code}  {cls.name:<34} {cls.severity!s:<8} {cls.category:<26}"
        if width is None:
            lines.append(f"{head} {cls.summary}")
        elif width >= NARROW:
            pad = " " * SUMMARY_COLUMN
            wrapped = textwrap.wrap(cls.summary, width=width - 1, initial_indent=pad, subsequent_indent=pad) or [pad]
            lines.append(head + wrapped[0][len(head) :])
            lines += wrapped[1:]
        else:
            lines.append(head.rstrip())
            lines += textwrap.wrap(
                cls.summary, width=max(width - 1, 40), initial_indent=" " * 8, subsequent_indent=" " * 8
            )
    return "\n".join(lines).lstrip("\n")


def _examples(examples: tuple[str, ...], mark: bool) -> list[str]:
    """Numbered examples; a multi-line example (a small document) keeps its lines indented together."""
    out = []
    for n, ex in enumerate(examples, start=1):
        text = MARK.sub(lambda m: "«" + m.group(1) + "»", ex) if mark else ex
        first, *rest = text.split("\n")
        out.append(f"  {n}. {first}")
        out += [f"     {line}" for line in rest]
    return out


def rule_doc(cls: type[Rule], width: int = 100) -> str:
    """The page of ``audit rules CODE``: summary, category and severity, why, examples."""
    out = [
        f"{cls.code} {cls.name}",
        "",
        cls.summary,
        "",
        f"Category: {cls.category}    Default severity: {cls.severity}    Scope: {cls.scope}",
        "",
        "Why it matters",
        *textwrap.wrap(cls.why, width=width, initial_indent="  ", subsequent_indent="  "),
        "",
        *(
            [
                "Examples are records written 'source => target'; the rule looks only at records with a source.",
                "In a fuzzy PO entry its findings are minor: gettext leaves the entry out of the compiled catalogue",
                "until it is reviewed, and after msgmerge its translation often still follows an older msgid.",
                "",
            ]
            if cls.needs_source
            else ["Examples written 'source => target' are records with a source.", ""]
            if any(SOURCE_ARROW in ex for ex in (*cls.fires, *cls.quiet))
            else []
        ),
        "Fires on (the flagged span in «»)",
        *_examples(cls.fires, mark=True),
        "",
        "Does not fire on",
        *_examples(cls.quiet, mark=False),
    ]
    return "\n".join(out)
