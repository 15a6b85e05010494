"""A1xx: the translation against its source (records of JSONL, TSV/CSV or XLIFF that carry one).

The checks every translation QA tool makes when the source is at hand (translate-toolkit's pofilter
'numbers' and 'urls', Xbench, Verifika), written for Vietnamese targets: numbers read in both the English
and the Vietnamese convention, names that must be copied letter for letter, codes, links and addresses.

One module per rule; A101 and A102 share the pairing of the source's numbers with the target's
(:mod:`audit.rules.source.number_pairs`), A101 and A109 the dates of the source
(:mod:`audit.rules.source.source_dates`). Importing the package registers every rule.
"""

from __future__ import annotations

# the rules in code order, the order they register in
# isort: off
from audit.rules.source.number_mismatch import NumberMismatch
from audit.rules.source.number_missing import NumberMissing
from audit.rules.source.name_changed import NameChanged
from audit.rules.source.lost_verbatim_token import LostVerbatimToken
from audit.rules.source.short_translation import ShortTranslation
from audit.rules.source.inconsistent_translation import InconsistentTranslation
from audit.rules.source.country_swapped import CountrySwapped
from audit.rules.source.empty_translation import EmptyTranslation
from audit.rules.source.date_changed import DateChanged
from audit.rules.source.added_number import AddedNumber
from audit.rules.source.idiom_calque import IdiomCalque

# isort: on

__all__ = [
    "AddedNumber",
    "CountrySwapped",
    "DateChanged",
    "EmptyTranslation",
    "IdiomCalque",
    "InconsistentTranslation",
    "LostVerbatimToken",
    "NameChanged",
    "NumberMismatch",
    "NumberMissing",
    "ShortTranslation",
]
