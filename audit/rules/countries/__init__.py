"""C1xx countries and places, T201 exonym consistency.

MT through Chinese swaps countries ("quan hệ giữa Belarus và Trung Quốc" in a Vietnam–Belarus
article), calques one-character country abbreviations (白越 → "Pak-Yue", "trắng-trắng";
白方 → "White cam kết"), renders 南中国海 as "Biển Đông Trung Quốc" and leaves English country
words untranslated. One module per rule; the rules share the gazetteer and the document's topic
countries (:mod:`audit.lang.countries`), computed once per document through ``DocContext.memo``
(:mod:`audit.rules.countries.context`). Importing the package registers every rule.
"""

from __future__ import annotations

from audit.rules.countries.context import PIVOT_COUNTRIES, mentions_of, topic_of
from audit.rules.countries.country_abbreviation_calque import CalquedCountryAbbreviation
from audit.rules.countries.country_not_member import CountryNotMember
from audit.rules.countries.country_pair_calque import CalquedCountryPair
from audit.rules.countries.inconsistent_exonym import InconsistentExonym
from audit.rules.countries.place_name_calque import PlaceNameCalque
from audit.rules.countries.untranslated_country_word import UntranslatedCountryWord
from audit.rules.countries.wrong_country import WrongCountryReference

__all__ = [
    "PIVOT_COUNTRIES",
    "CalquedCountryAbbreviation",
    "CalquedCountryPair",
    "CountryNotMember",
    "InconsistentExonym",
    "PlaceNameCalque",
    "UntranslatedCountryWord",
    "WrongCountryReference",
    "mentions_of",
    "topic_of",
]
