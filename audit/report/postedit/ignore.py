"""The ignore file's new entries (dismissed findings), and the accepted edits the post-edited text does not show."""

from __future__ import annotations

import itertools
import os
import stat
from pathlib import Path
from typing import Any

from audit.model import fingerprint
from audit.output import write_atomic
from audit.report.decisions import Decisions
from audit.report.postedit.common import nfc


def run_ignore_file(summary: dict[str, Any]) -> str:
    """The ignore file the run read (summary.json's ``config.ignore_file``, as the run named it from the folder it ran
    in) when its folder is found from here, else the default: a configuration that named another file for the run
    gets the dismissals there, where its next run reads them. A run that read no file of its own (``--ignore-file
    /dev/null``) gets the default."""
    given = (summary.get("config") or {}).get("ignore_file")
    if isinstance(given, str) and given:
        p = Path(given)
        if p.parent.is_dir() and (p.is_file() or not p.exists()):
            return given
    return ".mt-audit-ignore"


def unreflected(decisions: Decisions) -> dict[tuple[str, int], str]:
    """Segments with an accepted replacement that their post-edited text does not show, and why.

    A page that lost an accepted edit (an older page, overlapping suggestions) leaves the error in the copy:
    apply lists such segments under ``skipped`` so that a person checks them. Accepted
    replacements that do not overlap are applied to the segment's original text, which must then give
    its post-edit (overlapping ones are composed by the page and are not re-derived here); an accepted
    replacement on a segment the file lists as unchanged is never in the text.
    """
    texts = {(s["doc"], s["segment"]): s for s in decisions.segments}
    accepted: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for f in decisions.findings:
        if f["decision"] == "accepted" and f.get("replacement") is not None and not f.get("manual"):
            accepted.setdefault((f["doc"], f["segment"]), []).append(f)
    out: dict[tuple[str, int], str] = {}
    for key, fs in accepted.items():
        seg = texts.get(key)
        if seg is None:
            out[key] = "an accepted replacement, but the segment is not among the changed ones (its error is not fixed)"
            continue
        astray = _misplaced(seg["original"], fs)
        if astray:
            out[key] = astray
            continue
        if seg.get("manual") or any(f.get("start") is None or f.get("end") is None for f in fs):
            continue  # a hand edit, or an older export without spans: nothing to re-derive
        spans = sorted((f["start"], f["end"], f["replacement"]) for f in fs)
        if any(a[1] > b[0] for a, b in itertools.pairwise(spans)):
            continue  # overlapping edits, composed by the page
        text = seg["original"]
        for start, end, replacement in reversed(spans):
            text = text[:start] + replacement + text[end:]
        if nfc(text) != nfc(seg["text"]):
            out[key] = "the post-edited text does not show its accepted replacement(s): check it by hand"
    return out


def _misplaced(original: str, fs: list[dict[str, Any]]) -> str:
    """Why an accepted finding's span is not what the segment's original text holds at its start and end
    (a page that counted in UTF-16 units, after an emoji, put the edit on other characters); '' when
    every span with its place and text given is where it says."""
    for f in fs:
        start, end, text = f.get("start"), f.get("end"), f.get("text")
        if start is None or end is None or text is None or nfc(original[start:end]) == nfc(text):
            continue
        return (
            f"the accepted span «{text}» is not at characters {start}–{end} of the original text (they hold "
            f"«{original[start:end]}»): check that segment's post-edit by hand"
        )
    return ""


def ignore_entries(listed: set[str], decisions: Decisions) -> list[str]:
    """The ignore-file lines to add: dismissed findings not yet ``listed``. Accepted findings are real errors:
    their fingerprint (no document in it) would hide the same error wherever the sentence comes again.

    A fingerprint hashes its segment's text, so a finding dismissed in a segment that another decision of the
    review changed (an accepted fix, a hand edit) would come back when the post-edited copy is audited: such a
    finding also gets the fingerprint it has in the post-edited text, when its span is still there (a finding on
    the whole segment: on the whole post-edit)."""
    known = set(listed)
    edited = {(s["doc"], s["segment"]): s for s in decisions.segments if s.get("text") != s.get("original")}
    new = []
    for f in decisions.findings:
        if f["decision"] != "dismissed":
            continue
        why = f["decision"] + (f" ({f['reason']})" if f.get("reason") else "")
        where = f"{f['rule']} {f['doc']}:{f.get('line', '?')}"
        entries = [(f["fingerprint"], f"{where} {why}")]
        seg, span = edited.get((f["doc"], f["segment"])), f.get("text")
        after = seg.get("text") if seg else None
        if isinstance(after, str) and span and nfc(span) == nfc(str(seg.get("original"))):
            span = after  # a finding on the whole segment (a lost link, a short translation) spans the whole edit
        if isinstance(after, str) and span and nfc(span) in nfc(after):
            entries.append((fingerprint(f["rule"], span, nfc(after)), f"{where} {why}, in the post-edited text"))
        for fp, note in entries:
            if fp not in known:
                known.add(fp)
                new.append(f"{fp}  # {note}")
    return new


def append_ignore(path: str, new: list[str]) -> None:
    """Append ``new`` lines to the ignore file (atomically; what it held is kept as it was). A symbolic link (a
    team's shared ignore file) stays a link, its file extended with its mode; what is no regular file
    (/dev/null, a pipe) is written to as it is, never replaced by a file."""
    if not new:
        return
    p = Path(path)
    target = p.resolve() if p.is_symlink() else p
    if target.exists() and not target.is_file():
        with target.open("a", encoding="utf-8") as fh:
            fh.write("\n".join(new) + "\n")
        return
    old = target.read_text(encoding="utf-8") if target.is_file() else ""
    mode = stat.S_IMODE(target.stat().st_mode) if target.is_file() else None
    if old and not old.endswith("\n"):
        old += "\n"
    write_atomic(target, old + "\n".join(new) + "\n")
    if mode is not None:
        os.chmod(target, mode)
