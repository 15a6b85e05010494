#!/usr/bin/env python3
"""Fill the ``middle`` and ``final`` columns of references/vi_names.tsv from the UIT name sample.

``freq`` counts a given-name syllable in any position; where it stands matters for guessing a name from pinyin:
'Lê' is a common middle name (a mother's surname: 'Trần Lê Minh') and a rare final one, 'Lợi' the other way
round. ``middle`` is the per mille of the sample's full names with the syllable between the surname and the last
syllable, ``final`` the per mille with it last (empty when none).

The sample is not part of the project (see SOURCES.md): download uit_member.json from
github.com/duyet/vietnamese-namedb and run ``python scripts/build_name_positions.py path/to/uit_member.json``.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REFS = Path(__file__).resolve().parents[1] / "references"
HEADER = ["syllable", "kind", "hanzi", "freq", "middle", "final", "source"]


def position_counts(sample: Path) -> tuple[Counter[str], Counter[str], int]:
    """Per syllable (NFC, as written), how many full names have it in a middle position and last; and the
    number of full names of two words or more."""
    middle: Counter[str] = Counter()
    final: Counter[str] = Counter()
    names = 0
    for record in json.loads(sample.read_text(encoding="utf-8")):
        words = unicodedata.normalize("NFC", record.get("full_name", "")).split()
        if len(words) < 2:
            continue
        names += 1
        final[words[-1]] += 1
        middle.update(set(words[1:-1]))
    return middle, final, names


def _per_mille(count: int, total: int) -> str:
    return f"{1000 * count / total:.2f}" if count else ""


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    middle, final, names = position_counts(Path(argv[0]))
    path = REFS / "vi_names.tsv"
    out = []
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            out.append(line)
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            out.append("\t".join(HEADER))
            continue
        row = dict(zip(header, cells, strict=True))
        syllable = row["syllable"]
        given = row["kind"] == "given"
        row["middle"] = _per_mille(middle[syllable], names) if given else ""
        row["final"] = _per_mille(final[syllable], names) if given else ""
        out.append("\t".join(row[k] for k in HEADER))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {path} ({names} full names in the sample)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
