"""Shared by the record readers (JSONL, TSV/CSV, XLIFF): one Segment per record."""

from __future__ import annotations

from dataclasses import dataclass, field

from audit.corpus.normalize import nfc_map
from audit.model import Segment

TARGET_FIELDS = ("mt", "text", "tgt", "target", "hyp", "translation")
SOURCE_FIELDS = ("src", "source")
REFERENCE_FIELDS = ("ref", "reference", "pe", "post_edit", "postedit")
ID_FIELDS = ("id", "segment_id", "seg_id")


@dataclass(slots=True)
class FieldNames:
    """Which record fields hold the target, source, reference and id (None: try the defaults)."""

    target: str | None = None
    source: str | None = None
    reference: str | None = None
    id: str | None = None
    defaults: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {
            "target": TARGET_FIELDS,
            "source": SOURCE_FIELDS,
            "reference": REFERENCE_FIELDS,
            "id": ID_FIELDS,
        }
    )

    def pick(self, role: str, keys: list[str] | tuple[str, ...]) -> str | None:
        """The field name for ``role`` among ``keys``: the configured one, else a default name.

        A name given with --field applies to every record file of a run; a file of the batch that uses the
        default names (``src``, ``mt`` …) is read by them (the reader notes it). The default names match in any
        case (``Source``, ``Target``, ``ID``), an exact match first."""
        chosen = getattr(self, role)
        if chosen is not None and chosen in keys:
            return chosen
        found = next((k for k in self.defaults[role] if k in keys), None)
        if found is None and any(not k.islower() for k in keys):  # 'Target', 'SRC' as spreadsheets head them
            lowered: dict[str, str] = {}
            for k in keys:
                lowered.setdefault(k.lower(), k)
            found = next((lowered[k] for k in self.defaults[role] if k in lowered), None)
        return found

    def wanted(self, role: str) -> str:
        """The names looked for, for a message: ``vietnamese, or mt/text/…`` when one was given."""
        defaults = "/".join(self.defaults[role])
        chosen = getattr(self, role)
        return f"{chosen}, or {defaults}" if chosen is not None and chosen not in self.defaults[role] else defaults

    def unread(self, keys: list[str]) -> list[str]:
        """``keys`` that no role reads (neither named nor a default name)."""
        known = {name for role in self.defaults for name in self.defaults[role]}
        named = {n for n in (self.target, self.source, self.reference, self.id) if n is not None}
        return [k for k in keys if k.lower() not in known and k not in named]

    def fallback_note(self, role: str, used: str, lead: str) -> str:
        """The note for a file read by a default name instead of the one given with --field (``lead``: 'no
        record has the field', 'the header has no column')."""
        name = getattr(self, role)
        return (
            f"{lead} {name!r} (--field {role}={name} or fields in the configuration); read the {role} from "
            f"{used!r}, a default name: a name given applies to every record file of the run"
        )

    def no_source_note(self, unread: list[str], kind: str, where: str) -> str | None:
        """The note for a record file with no source, when some of its fields are read by no role (``kind``:
        'field', 'column'; ``where``: whose fields are listed)."""
        if not unread or self.source is not None:
            return None
        shown = ", ".join(repr(k) for k in unread[:8]) + (", …" if len(unread) > 8 else "")
        return (
            f"no source {kind} ({self.wanted('source')}), so the A rules (checks against the source) do not run; "
            f"{where} not read: {shown}; if one holds the source, name it with --field source=NAME"
        )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = str(value)
    return nfc_map(text)[0] if text.strip() else None


def record_segment(index: int, target: str, line: int, record: str, source: object, reference: object) -> Segment:
    """A Segment for one record: ``column`` counts characters within the target text."""
    text, offsets = nfc_map(target)
    return Segment(
        index=index,
        text=text,
        line=line,
        column=1,
        raw=target,
        offsets=offsets,
        paragraph=index,
        source=_clean(source),
        reference=_clean(reference),
        record=record,
    )
