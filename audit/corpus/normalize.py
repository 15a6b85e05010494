"""Unicode NFC for analysis, with a map back to the original characters.

Vietnamese text often arrives decomposed (``e`` + U+0302 + U+0301 instead of ``ế``).
Rules see NFC text; findings must point at the original file. :func:`nfc_map` returns
the NFC string and, for each of its characters, the index of the original character
it came from, or ``None`` when the text was already NFC (the common, free case).
"""

from __future__ import annotations

import unicodedata

_NFC = unicodedata.normalize


# invisible characters dropped from the analysed text: a zero-width space (U+200B), e.g. the one inside the
# heading anchors of Docusaurus pages ('<a class="hash-link">\u200b</a>'), which no reader sees
_DROPPED = "\u200b"


def nfc_map(raw: str) -> tuple[str, list[int] | None]:
    """NFC of ``raw`` without zero-width spaces and the analysed→raw index map (None when ``raw`` is already NFC
    and has none)."""
    if _DROPPED not in raw and unicodedata.is_normalized("NFC", raw):
        return raw, None
    out: list[str] = []
    offsets: list[int] = []
    start = 0
    n = len(raw)
    # Normalise run by run: a run is a starter followed by the non-starters that attach to it.
    while start < n:
        end = start + 1
        while end < n and unicodedata.combining(raw[end]):
            end += 1
        # A following starter may still compose with this run (rare outside Hangul): include it.
        while end < n and _NFC("NFC", raw[start : end + 1]) != _NFC("NFC", raw[start:end]) + _NFC("NFC", raw[end]):
            end += 1
            while end < n and unicodedata.combining(raw[end]):
                end += 1
        if raw[start] == _DROPPED:  # a zero-width space is a starter on its own: drop it
            start = end
            continue
        piece = _NFC("NFC", raw[start:end])
        out.append(piece)
        offsets.extend([start] * len(piece))
        start = end
    text = "".join(out)
    kept = raw.replace(_DROPPED, "")
    if text != _NFC("NFC", kept):  # should not happen; keep analysis correct, positions approximate
        text = _NFC("NFC", kept)
        offsets = [min(round(i * n / max(1, len(text))), n - 1) for i in range(len(text))]
    return text, offsets
