"""The Vietnamese syllable model: legal combinations, tone placement styles, suggestions."""

from __future__ import annotations

import re
import unicodedata

import pytest

from audit.lang.syllable import is_valid_syllable, nearest, parse, tone_style

VALID = (
    # plain syllables of every shape (none taken from the corpus)
    "ba bà bá bả bã bạ an ăn ân em êm in ong ông ơn un ưng yêu yên yểu ý ỷ ì ỉa"
    " chăm chỉ nghèo nghiêng nghỉ nghịch ngủ nguyên ngoằn ngoèo khuya khuyên khuỷu khuấy huých"
    " quạ quắt quặp quẹt quê quyết quỳnh quốc quở quý quí gì gìn giữ giường giặc giấy giết giếng"
    " ghi ghế ghẹ gà gỗ gươm kéo kể kìa kiếm cá cũng củ cưỡi"
    " xoong boong moóc oai oải oặt ngoạm thuở huơ buýt rượu muối tuổi người đười ươi"
    " sách mạch bếp hộp tốt lặt vặt xích thịch học đọc"
)
INVALID = "hiêp triẻn ciên kăm ge ghá nghá ngha qủa gìa tiềp mạn̉ tíên iêu bắ bâ mìt hôc cuy coa quu ngh xyz"


@pytest.mark.parametrize("word", VALID.split())
def test_valid(word: str) -> None:
    assert is_valid_syllable(word), word
    assert is_valid_syllable(word.upper()), word.upper()
    assert is_valid_syllable(unicodedata.normalize("NFD", word)), "NFD input is normalised"


@pytest.mark.parametrize("word", INVALID.split())
def test_invalid(word: str) -> None:
    assert not is_valid_syllable(word), word
    assert parse(word) is None


def test_stop_codas_take_only_sac_or_nang() -> None:
    assert is_valid_syllable("tát") and is_valid_syllable("tạt")
    for w in ("tat", "tàt", "tảt", "tãt", "sach", "sàch", "hoc", "hỏc", "lấp", "lâp"):
        assert is_valid_syllable(w) == (w in ("lấp",)), w


def test_spelling_rules_c_k_g_gh_ng_ngh() -> None:
    assert is_valid_syllable("kim") and not is_valid_syllable("cim")
    assert is_valid_syllable("cam") and not is_valid_syllable("kam")
    assert is_valid_syllable("ghen") and not is_valid_syllable("gen")
    assert is_valid_syllable("gan") and not is_valid_syllable("ghan")
    assert is_valid_syllable("nghe") and not is_valid_syllable("nge")
    assert is_valid_syllable("ngay") and not is_valid_syllable("nghay")
    assert is_valid_syllable("quê") and not is_valid_syllable("cuê")


@pytest.mark.parametrize(
    ("old", "new"), [("hòa", "hoà"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"), ("lõa", "loã"), ("tùy", "tuỳ")]
)
def test_both_tone_placements_are_valid(old: str, new: str) -> None:
    assert is_valid_syllable(old) and is_valid_syllable(new)
    assert tone_style(old) == "old" and tone_style(new) == "new"
    assert parse(old).tone == parse(new).tone  # type: ignore[union-attr]


@pytest.mark.parametrize("word", ["hoàn", "thuyền", "quả", "quý", "hoa", "người", "mưa"])
def test_tone_style_is_none_where_styles_agree(word: str) -> None:
    assert tone_style(word) is None


def test_parse_parts() -> None:
    s = parse("Nghiêng")
    assert s is not None and (s.onset, s.glide, s.nucleus, s.coda, s.tone) == ("ngh", "", "iê", "ng", "ngang")
    s = parse("quyết")
    assert s is not None and (s.onset, s.glide, s.nucleus, s.coda, s.tone) == ("q", "u", "iê", "t", "sac")
    s = parse("hoà")
    assert s is not None and (s.onset, s.glide, s.nucleus, s.coda, s.tone) == ("h", "o", "a", "", "huyen")
    s = parse("mía")  # open iê is written ia
    assert s is not None and s.nucleus == "iê" and s.coda == ""


@pytest.mark.parametrize(
    ("typo", "fix"),
    [("hiêp", "hiệp"), ("triẻn", "triển"), ("qủa", "quả"), ("gìa", "già"), ("Nguời", "Người"), ("tíên", "tiến")],
)
def test_nearest_suggests_the_intended_syllable(typo: str, fix: str) -> None:
    assert nearest(typo)[0] == fix


def test_nearest_prefers_spellings_seen_in_the_document() -> None:
    assert nearest("nươc", prefer={"nước": 3})[0] == "nước"


def test_every_diacritic_syllable_of_clean_news_parses(shared_data) -> None:
    """Human news text: the only invalid syllables with diacritics are names, acronyms and loans."""
    words = re.compile(r"[^\W\d_]+")
    marked = re.compile(r"[^a-zA-Z]")
    bad = set()
    for line in (shared_data / "clean_news" / "sentences.txt").read_text(encoding="utf-8").splitlines():
        for w in words.findall(line):
            if marked.search(w) and not is_valid_syllable(w):
                bad.add(w)
    lowercase = {w for w in bad if w.islower()}
    assert lowercase <= {"ôxy", "ôtô", "brôm"}, lowercase  # glued or clustered loanwords
    assert len(bad) < 40, sorted(bad)  # the rest: Đắk Lắk, Krông, Verónica, ĐHQG …
