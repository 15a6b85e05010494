"""Chinese family names of two characters (复姓: 欧阳 'Âu Dương', 诸葛 'Gia Cát'), from
``references/zh_compound_surnames.tsv``: by their characters and by the keys of their Hán-Việt syllables."""

from __future__ import annotations

import functools

from audit.lang.hanviet import syllable_key
from audit.lang.resources import read_tsv


@functools.cache
def compound_surnames_zh() -> frozenset[str]:
    """The surnames' characters ('欧阳', '司马' …)."""
    return frozenset(row["zh"] for row in read_tsv("zh_compound_surnames.tsv"))


@functools.cache
def compound_surname_keys() -> frozenset[tuple[str, str]]:
    """The :func:`~audit.lang.hanviet.syllable_key` pairs of the surnames' Hán-Việt readings (('aau', 'zuwowng') …)."""
    keys = set()
    for row in read_tsv("zh_compound_surnames.tsv"):
        for reading in row["hanviet"].split("|"):
            first, second = reading.split()
            keys.add((syllable_key(first), syllable_key(second)))
    return frozenset(keys)
