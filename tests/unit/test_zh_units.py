"""T308's Chinese units in Hán-Việt ('5 công lý' for 5公里): every row of references/zh_units.tsv is found."""

from __future__ import annotations

from audit.api import audit_text
from audit.lang.resources import read_tsv


def test_every_unit_calque_of_the_table_fires_after_a_number() -> None:
    for row in read_tsv("zh_units.tsv"):
        text = f"Trạm cứu hộ ở Sơn La cách bản Mường Lói 7,5 {row['calque']}, theo đội trưởng Lò Văn Khoa."
        found = [f for f in audit_text(text, select=["T308"]) if f.text == row["calque"]]
        assert [f.suggestion for f in found] == [row["fix"]], row


def test_a_unit_calque_without_a_number_is_quiet() -> None:
    for row in read_tsv("zh_units.tsv"):
        text = f"Người dân xã Tà Xùa mong {row['calque']} được làm rõ."
        assert not audit_text(text, select=["T308"]), row
