"""CAT-tool segment metadata of XLIFF 1.2 files as segment flags (shown, never a finding).

- Trados Studio (SDLXLIFF, namespace ``http://sdl.com/FileTypes/SdlXliff/1.0``): each trans-unit holds
  ``<sdl:seg-defs>`` with one ``<sdl:seg id="N">`` per segment (``N`` the ``mid`` of the segment's
  ``<mrk mtype="seg">``), its confirmation level in ``conf`` (``Draft``, ``Translated``,
  ``ApprovedTranslation`` …), where the translation came from in ``origin`` (``mt``, ``tm``,
  ``interactive`` …) and ``origin-system`` (the engine or memory), the match in ``percent`` and
  ``locked="true"``. They become ``conf:Draft``, ``origin:mt``, ``origin-system:…``, ``percent:85``, ``locked``.
- memoQ (MQXLIFF, namespace ``MQXliff``): attributes of the trans-unit, ``mq:status``
  (``Pretranslated`` — filled by pre-translation from a TM or MT —, ``PartiallyEdited``, ``ManuallyConfirmed``,
  ``Reviewer1Confirmed`` …), ``mq:percent`` and ``mq:locked``. They become
  ``status:PartiallyEdited``, ``percent:85``, ``locked``.
"""

from __future__ import annotations

from lxml import etree

SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"
MQ = "MQXliff"
_SDL_SEG = f"{{{SDL}}}seg"
_SDL_FIELDS = ("conf", "origin", "origin-system", "percent")
_TRUE = frozenset({"true", "yes", "1", "locked"})


def cat_flags(unit: etree._Element, mid: str | None) -> tuple[str, ...]:
    """The flags of one record of ``unit``: its ``<sdl:seg>`` (by ``mid``; the unit's only one when the
    unit is not segmented) and the unit's memoQ attributes."""
    flags: list[str] = []
    seg = sdl_seg(unit, mid)
    if seg is not None:
        flags += [f"{name}:{seg.get(name)}" for name in _SDL_FIELDS if seg.get(name)]
        if (seg.get("locked") or "").lower() in _TRUE:
            flags.append("locked")
    status, percent = unit.get(f"{{{MQ}}}status"), unit.get(f"{{{MQ}}}percent")
    if status:
        flags.append(f"status:{status}")
    if percent:
        flags.append(f"percent:{percent}")
    if (unit.get(f"{{{MQ}}}locked") or "").lower() in _TRUE:
        flags.append("locked")
    return tuple(flags)


def sdl_seg(unit: etree._Element, mid: str | None) -> etree._Element | None:
    """The ``<sdl:seg>`` of segment ``mid`` among the unit's own seg-defs (None: not an SDLXLIFF unit)."""
    segs = [s for defs in unit if defs.tag == f"{{{SDL}}}seg-defs" for s in defs if s.tag == _SDL_SEG]
    if mid is None:
        return segs[0] if len(segs) == 1 else None
    return next((s for s in segs if s.get("id") == mid), None)


# The flags that say a translation came from machine translation: Trados Studio's origin (``mt``, and ``nmt`` and
# ``adaptive-mt`` of its neural and adaptive engines), memoQ's ``MachineTranslated`` status, and XLIFF 1.2's
# state-qualifier ``leveraged-mt`` ("derived from machine translation") and ``mt-suggestion`` ("suggested by
# machine translation"). Compared in lower case. Sources: references/SOURCES.md, "Machine-translation origin".
_MT_FLAGS = frozenset(
    {
        "origin:mt",
        "origin:nmt",
        "origin:adaptive-mt",
        "status:machinetranslated",
        "state-qualifier:leveraged-mt",
        "state-qualifier:mt-suggestion",
    }
)


def mt_origin(flags: tuple[str, ...] | list[str]) -> str | None:
    """The flag that says the segment's translation came from machine translation (any XLIFF: its 1.2
    state-qualifier; Trados Studio's origin; memoQ's status), or None."""
    return next((f for f in flags if f.lower() in _MT_FLAGS), None)
