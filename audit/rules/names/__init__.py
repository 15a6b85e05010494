"""N1xx: names — pinyin renderings of Vietnamese names, Western names through Chinese, the wrong
person for an office, incomplete names, calqued office titles; T101: one person written two ways.

One module per rule; the per-document analyses the rules share (Vietnamese names in the document,
its years, recovered pinyin names, titled names) live in :mod:`audit.rules.names.analyses`, memoised
on the DocContext. Importing the package registers every rule.
"""

from __future__ import annotations

from audit.rules.names.analyses import Recovered, TitledRule, doc_names, doc_pinyin, doc_titled, doc_years
from audit.rules.names.foreign_name_in_pinyin import ForeignNameInPinyin
from audit.rules.names.holder_of_another_country import HolderOfAnotherCountry
from audit.rules.names.incomplete_name import IncompleteName
from audit.rules.names.inconsistent_name import InconsistentPersonName
from audit.rules.names.interpunct_name import InterpunctName
from audit.rules.names.office_holder import WrongOfficeHolder
from audit.rules.names.office_title_calque import OfficeTitleCalque
from audit.rules.names.pinyin_name import PinyinName

__all__ = [
    "ForeignNameInPinyin",
    "HolderOfAnotherCountry",
    "IncompleteName",
    "InconsistentPersonName",
    "InterpunctName",
    "OfficeTitleCalque",
    "PinyinName",
    "Recovered",
    "TitledRule",
    "WrongOfficeHolder",
    "doc_names",
    "doc_pinyin",
    "doc_titled",
    "doc_years",
]
