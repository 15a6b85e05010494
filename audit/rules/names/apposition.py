"""A person named first and given his titles after, in apposition (N103's helper).

Party and state news names a leader as 'đồng chí Trần Thanh Mẫn, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội': the
titles follow the name, comma by comma. Each part that is one of Việt Nam's office titles (``offices.tsv``), whole
or followed by the clause's lowercase verb ('…, Chủ tịch Quốc hội dự và phát biểu'), names an office the person
holds; 'nguyên Chủ tịch Quốc hội' (former) or 'Chủ tịch Quốc hội Lào' (another country's) are no such part."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from audit.lang.countries import trie_pattern
from audit.lang.people import offices

# the address word as a trie opening on its first letter (not a lookbehind tried at every position of the text)
_APPOSITION = re.compile(
    trie_pattern(("Đồng chí", "đồng chí", "Ông", "ông", "Bà", "bà"), guard=r"(?<!\w.)")
    + r" (?P<name>[A-ZĐ]\w*(?: [A-ZĐ]\w*){1,3}), (?P<titles>[^.;:()\"“”]{3,200})"
)


class Apposed(NamedTuple):
    start: int
    end: int
    name: str
    offices: tuple[str, ...]


@functools.cache
def _titles() -> dict[str, tuple[str, ...]]:
    """Việt Nam's office titles, each with the offices it names."""
    index: dict[str, list[str]] = {}
    for key, office in offices().items():
        if office.country == "vn":
            for title in office.titles:
                index.setdefault(title, []).append(key)
    return {t: tuple(v) for t, v in index.items()}


def _part_offices(part: str) -> tuple[tuple[str, ...], bool]:
    """The offices the apposition's ``part`` names, and whether the clause goes on after it (a lowercase word):
    the longest title that is the whole part, or its first words before a lowercase one."""
    titles = _titles()
    words = part.split(" ")
    if part in titles:
        return titles[part], False
    for k in range(len(words) - 1, 0, -1):
        if words[k][:1].islower() and (keys := titles.get(" ".join(words[:k]))) is not None:
            return keys, True
    return (), False


def apposed_offices(text: str) -> Iterator[Apposed]:
    """Every 'đồng chí/ông/bà NAME, TITLE, TITLE …' of ``text`` whose titles name one or more of Việt Nam's
    offices."""
    for m in _APPOSITION.finditer(text):
        found: list[str] = []
        for part in m["titles"].split(", "):
            keys, ends = _part_offices(part.strip())
            found.extend(keys)
            if ends:
                break
        if found:
            yield Apposed(m.start("name"), m.end("name"), m["name"], tuple(dict.fromkeys(found)))
