"""What the parts of ``audit apply`` share: its error, its result, NFC and the records' target field."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

APPLY_FILES = ("changes.jsonl", "apply-summary.json")  # apply's own files in --out


class ApplyError(Exception):
    """Decisions cannot be applied; the message names the file (and line) at fault."""


@dataclass(slots=True)
class ApplyResult:
    """What an apply wrote and left out, for the terminal (``describe``) and apply-summary.json."""

    out: Path
    written: list[Path] = field(default_factory=list)
    changed_segments: int = 0
    ignore_file: str = ""
    ignore_added: int = 0
    hter: float | None = None
    hter_changed: float | None = None
    skipped: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # edits not applied (file:line: why), others were
    to_fix: list[str] = field(default_factory=list)  # errors confirmed in the review and not yet edited
    fixed_by_edit: list[str] = field(default_factory=list)  # findings left open whose span a hand edit took out
    to_copy: list[str] = field(default_factory=list)  # edits of files apply does not write (HTML), to make by hand

    def describe(self) -> str:
        """The lines ``audit apply`` prints."""
        lines = [
            f"wrote {len(self.written)} post-edited document(s), {self.changed_segments} changed segment(s) "
            f"to {self.out}"
        ]
        if self.hter is not None:
            lines.append(
                f"HTER {self.hter:.2f} (TER %, MT vs post-edit) over the edited documents; "
                f"{self.hter_changed:.2f} over the changed segments"
            )
        if self.fixed_by_edit:
            lines.append(
                f"{len(self.fixed_by_edit)} finding(s) fixed by a hand edit (left open in the review, their span is "
                "no longer in the edited segment; counted as fixed, not added to the ignore file)"
            )
        lines.append(f"{self.ignore_added} fingerprint(s) added to {self.ignore_file}")
        lines.extend(f"skipped: {s}" for s in self.skipped)
        if self.refused:
            lines.append(f"{len(self.refused)} edit(s) not applied (see {self.out / 'apply-summary.json'})")
        if self.to_fix:
            lines.append(f"{len(self.to_fix)} confirmed error(s) still to fix by hand (no edit in the decisions):")
            lines.extend(f"  {where}" for where in self.to_fix)
        if self.to_copy:
            lines.append(f"{len(self.to_copy)} edit(s) to make by hand in files apply does not write:")
            lines.extend(f"  {edit}" for edit in self.to_copy)
        return "\n".join(lines)


def where_found(f: dict[str, Any]) -> str:
    """``a.txt:4 [id-7] N101 «Ruan Qingshan»``: where a decided finding is, for a person to go there."""
    record = f" [{f['record']}]" if f.get("record") is not None else ""
    line = f":{f['line']}" if f.get("line") is not None else ""
    return f"{f.get('doc', '?')}{line}{record} {f.get('rule', '?')} «{f.get('text', '')}»"


def nfc(s: str) -> str:
    """``s`` in NFC, the form the readers give segment text in."""
    return unicodedata.normalize("NFC", s)


def target_key(keys: list[str], fields: dict[str, str]) -> str | None:
    """The target field among ``keys`` (a JSONL record's or a table's header), as the reader picks it."""
    from audit.corpus.records import FieldNames

    return FieldNames(**fields).pick("target", keys)
