"""C102 leaves a historical state's or people's Hán-Việt name alone when a dash joins its syllables ('tiếng Ba-Tư',
Persian, in a document naming Brazil and Slovenia: FLORES-200's human text audited as one large table). Names,
countries and sentences other than FLORES's (the two Ba-Tư cases fired before; La-Mã and Mã-Lai were quiet already); the
pair calques beside them still fire."""

from __future__ import annotations

import pytest

from audit.api import audit_text
from audit.lang.resources import read_lines
from audit.rules.countries.country_pair_calque import _an_exonym


def _c102(text: str) -> list[str]:
    return [f.text for f in audit_text(text, select=["C102"])]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil thắng Slovenia 3-1 tại Lisbon.\nHai cầu thủ Brazil và Slovenia đều học tiếng Ba-Tư từ nhỏ.",
        "Pakistan và Sri Lanka ký thỏa thuận.\nĐoàn khảo cổ Pakistan – Sri Lanka tìm thấy đồng xu Ba-Tư cổ.",
        "Lào và Malaysia mở đường bay mới.\nDu khách Lào, Malaysia thích kiến trúc La-Mã ở Malta.",
        "Malaysia và Lào ký hiệp định.\nNgười Mã-Lai chiếm đa số ở Malaysia; Lào giáp Campuchia.",
    ],
)
def test_a_historical_name_with_a_dash_is_not_a_pair(text: str) -> None:
    assert _c102(text) == []


def test_a_pair_calque_beside_it_still_fires() -> None:
    text = (
        "Brazil và Việt Nam ký hiệp định thương mại.\n"
        "Hai nước thúc đẩy quan hệ Ba-Việt; sinh viên học tiếng Ba-Tư tại São Paulo."
    )
    assert _c102(text) == ["Ba-Việt"]


def test_the_list_holds_no_present_day_country_and_reads_any_dash() -> None:
    from audit.lang.countries import gazetteer

    names = read_lines("vi_historical_exonyms.txt")
    assert names and not set(names) & set(gazetteer().forms)
    assert _an_exonym("Ba-Tư") and _an_exonym("La – Mã") and _an_exonym("chân-lạp") and not _an_exonym("Ba-Việt")
