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
        """The field name for ``role`` among ``keys`` (the configured one, else a default)."""
        chosen = getattr(self, role)
        if chosen is not None:
            return chosen if chosen in keys else None
        return next((k for k in self.defaults[role] if k in keys), None)


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
