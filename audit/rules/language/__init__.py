"""L101–L103 untranslated text: English words inside Vietnamese, whole segments in another
language, Chinese characters left in the output.

The word check is cheap and token-level (Vietnamese syllable model + English word frequencies);
langdetect runs only on segments where too few words carry Vietnamese letters to decide.

One module per rule; what they share (brackets and quotes, Latin words that are no Vietnamese, runs of
Chinese characters) is in :mod:`audit.rules.language.shared`; L101's hyphenated compounds and English office
titles are found by :mod:`~audit.rules.language.english_compounds` and :mod:`~audit.rules.language.english_titles`.
L101 leaves a sentence L102 flags whole to L102. Importing the package registers every rule.
"""

from __future__ import annotations

# the rules in code order (L102 registers first all the same: L101 asks it of a sentence)
# isort: off
from audit.rules.language.untranslated_word import UntranslatedWord
from audit.rules.language.wrong_language_segment import WrongLanguageSegment
from audit.rules.language.chinese_characters import ChineseCharacters

# isort: on

__all__ = ["ChineseCharacters", "UntranslatedWord", "WrongLanguageSegment"]
