"""Rule hits to findings: severity overrides, the ignore file, fuzzy PO entries, corroboration, one per error."""

from __future__ import annotations

from operator import attrgetter

from audit.lang.textcache import new_document
from audit.model import Document, Finding, Severity, fingerprint
from audit.pipeline.engine import Settings
from audit.rules.base import DocContext, Rule
from audit.rules.code_fixes import safe_fixes


def run_rules(
    doc: Document, rules: list[Rule], settings: Settings, suppressed: set[tuple[int, int, int, str]] | None = None
) -> list[Finding]:
    """Findings of ``rules`` on ``doc``, with severity overrides and ignored fingerprints applied.

    ``suppressed``, when given, collects (segment, start, end, rule) of each hit the ignore file
    silenced (a set: a rule that reports one span twice counts once).
    """
    new_document()  # segment-text caches serve this document's rules (and its QE), not the next one
    ctx = DocContext(doc)
    findings: list[Finding] = []
    segs = doc.segments
    ignored = settings.ignored_fingerprints
    dismissed: set[tuple[int, int, int, str]] = set()  # the _error_key of each ignored finding
    for rule in rules:
        override = settings.severity.get(rule.code)  # else the hit's own severity, else the rule's default
        for hit in rule.run(ctx):
            seg = segs[hit.segment]
            if seg.boilerplate:  # page chrome is never a translation error (a document rule may look at it)
                continue
            if seg.protected and any(hit.start < e and hit.end > s for s, e in seg.protected):
                continue  # it touches text not to be translated (an HTML <code>, translate="no")
            span = seg.text[hit.start : hit.end]
            if ignored and fingerprint(rule.code, span, seg.text) in ignored:
                dismissed.add(_error_key(seg.index, hit.start, hit.end, hit.suggestion, rule.code))
                if suppressed is not None:
                    suppressed.add((seg.index, hit.start, hit.end, rule.code))
                continue
            line, column = seg.locate(hit.start)
            severity, message = override or hit.severity or rule.severity, hit.message
            suggestion, candidates = hit.suggestion, hit.candidates
            if seg.codes is not None and seg.codes.target and (suggestion is not None or candidates):
                suggestion, candidates, message = safe_fixes(seg, hit.start, hit.end, suggestion, candidates, message)
            if rule.needs_source and FUZZY in seg.flags:
                severity, message = _fuzzy(severity, message, override)
            findings.append(
                Finding(  # by position, in the order of Finding's fields: 0.5 us a hit, against 1.3 by keyword
                    doc.doc,  # doc
                    seg.index,  # segment
                    line,
                    column,
                    span,  # text
                    rule.code,  # rule
                    rule.category,
                    severity,
                    message,
                    suggestion,
                    hit.confidence,
                    hit.start,
                    hit.end,
                    seg.record,
                    candidates,
                    hit.start if seg.positions is not None else None,  # offset
                )
            )
    if dismissed:  # another rule's finding of the same error (same span, same fix) stays dismissed too
        gone = [f for f in findings if _error_key(f.segment, f.start, f.end, f.suggestion, f.rule) in dismissed]
        if gone:
            if suppressed is not None:
                suppressed.update((f.segment, f.start, f.end, f.rule) for f in gone)
            findings = [f for f in findings if f not in gone]
    _uncorroborated_to_minor(findings, rules, settings)
    findings = _one_per_error(findings)
    findings.sort(key=_ORDER)
    return findings


_ORDER = attrgetter("segment", "start", "rule")  # findings in segment order, then by start, then by rule
FUZZY = "fuzzy"  # the flag of a PO entry marked for review
FUZZY_NOTE = " (a fuzzy entry: not in the compiled catalogue until reviewed)"


def _fuzzy(severity: Severity, message: str, override: Severity | None) -> tuple[Severity, str]:
    """A source rule's finding in a fuzzy PO entry: minor (unless the configuration sets the rule's severity),
    with a note. gettext leaves a fuzzy entry out of the compiled catalogue until someone reviews it, and after
    msgmerge its translation often still follows the older msgid: a stale translation is the reviewer's next
    job, not a wrong string in the product."""
    return (severity if override else min(severity, Severity.MINOR)), message + FUZZY_NOTE


UNCORROBORATED = " (reported as minor: no other rule found a serious error in this document)"


def _uncorroborated_to_minor(findings: list[Finding], rules: list[Rule], settings: Settings) -> None:
    """Findings of ``corroborate`` rules become minor in a document where no other rule finds a
    major or critical error (a configured severity override still wins)."""
    needs = {r.code for r in rules if r.corroborate and r.code not in settings.severity}
    minor, major = Severity.MINOR, Severity.MAJOR  # an enum member read from its class costs ~110 ns a time
    if not needs or not any(f.rule in needs and f.severity > minor for f in findings):
        return
    if any(f.severity >= major and f.rule not in needs for f in findings):
        return
    for f in findings:
        if f.rule in needs and f.severity > minor:
            f.severity = minor
            f.message += UNCORROBORATED


def _error_key(segment: int, start: int, end: int, suggestion: str | None, rule: str) -> tuple[int, int, int, str]:
    """What makes two findings one error: the same span with the same fix; a finding without a fix is its
    own error (a lost link and a dropped number may both span the whole segment)."""
    return (segment, start, end, "fix:" + suggestion if suggestion is not None else "rule:" + rule)


def _one_per_error(findings: list[Finding]) -> list[Finding]:
    """One finding per error: rules that flag the same span with the same fix count once.

    MQM annotates an error once; when, say, a pinyin name (N101) is also an inconsistent
    rendering of a person named elsewhere (T101) and both suggest the same name, the most
    severe finding stays (ties: the lower rule code).
    """
    best: dict[tuple[int, int, int, str], Finding] = {}
    for f in findings:
        key = _error_key(f.segment, f.start, f.end, f.suggestion, f.rule)
        kept = best.get(key)
        if kept is None or (f.severity, kept.rule) > (kept.severity, f.rule):
            best[key] = f
    return list(best.values()) if len(best) < len(findings) else findings
