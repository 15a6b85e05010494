"""C106 on Japan's cities (references/cities.jp.tsv, built by scripts/build_jp_cities.py): a city's pinyin after a
place word in an article about Japan fires, with the city's romanised name; the same pinyin in an article that
does not name Japan, without a place word, or the romanised name itself stays quiet. The cities and sentences
are in no test or blind set."""

from __future__ import annotations

from audit.api import audit_text
from audit.lang.resources import read_tsv
from audit.lang.vn_places import pinyin_places

JAPAN = "Cơ quan Khí tượng Nhật Bản cho biết mưa lớn kéo dài trong ba ngày. "


def _c106(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text, select=["C106"])]


def test_a_japanese_city_in_pinyin_after_a_place_word_fires_in_an_article_about_japan() -> None:
    assert _c106(JAPAN + "Nước sông dâng cao ở thành phố Jiuci và cảng Fushi.") == [
        ("Jiuci", "Kuji"),
        ("Fushi", "Kamaishi"),
    ]
    # a pinyin of four letters too (日立 'Rili'), where a place word and Japan are both there
    assert _c106(JAPAN + "Nhiều nhà máy ở thành phố Rili tạm dừng hoạt động.") == [("Rili", "Hitachi")]
    assert _c106("Nhiều nhà máy ở thành phố Rili tạm dừng hoạt động.") == []


def test_the_same_pinyin_stays_quiet_without_japan_or_a_place_word() -> None:
    assert _c106("Nước sông dâng cao ở thành phố Jiuci, tỉnh Hồ Bắc, Trung Quốc.") == []
    assert _c106(JAPAN + "Ông Jiuci cho biết sẽ quay lại vào tuần sau.") == []
    assert _c106(JAPAN + "Nước sông dâng cao ở thành phố Kuji và cảng Kamaishi.") == []


def test_the_table_keeps_only_pinyin_no_chinese_area_or_word_has() -> None:
    rows = {r["zh"]: r["vi"] for r in read_tsv("cities.jp.tsv")}
    assert rows["八户"] == "Hachinohe" and rows["滨松"] == "Hamamatsu"  # 浜 written as Chinese writes it
    assert "富山" not in rows and "长野" not in rows  # Fushan, Zhangye: Chinese places too
    assert all(len(k) >= 4 for k, p in pinyin_places().items() if p.japan)
    assert pinyin_places()["bahu"].name == "Hachinohe"
