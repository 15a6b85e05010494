"""Letter case helpers shared by rules and readers."""

from __future__ import annotations


def capitalised(word: str) -> str:
    """``word`` with its first character upper-cased and the rest kept as written ('ý' → 'Ý', 'đà' → 'Đà', 'Hà Nội'
    unchanged), as the gazetteer writes a country's reading or a name's syllable.

    Plain ``str.upper`` on the first character, not ``str.capitalize`` (which lowers the rest) nor title case: a
    digraph letter becomes its upper-case form ('ǆ' → 'Ǆ', not 'ǅ') and 'ß' becomes 'SS'; an empty string stays
    empty."""
    return word[:1].upper() + word[1:]
