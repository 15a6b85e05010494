"""Structure checks for the names gazetteers: people.tsv, offices.tsv and vi_names.tsv."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections import Counter

import pytest

from audit.lang.countries import gazetteer
from audit.lang.resources import read_tsv, reference_path

# ISO 3166-1 alpha-2 codes the files may use (extend when a country is added), plus international bodies: EU, UN (its
# specialized agencies too), and WTO, NATO and ASEAN, which belong to neither.
ISO_ALPHA2 = re.compile(r"^[A-Z]{2}$")
BODIES = {"EU", "UN", "WTO", "NATO", "ASEAN"}
# every country of the gazetteer (references/countries.tsv), and the bodies
KNOWN_CODES = {c.iso for c in gazetteer().countries.values()} | BODIES
OFFICE_ID = re.compile(r"^(?:[a-z]{2}|wto|nato|asean)\.[a-z_]+$")
DATE = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")
HAN = re.compile(r"^[\u3400-\u9fff]+$")
LATIN_NAME = re.compile(r"^[^\W\d_]+(?:[ '\-.·][^\W\d_]+)*\.?$")

PEOPLE_COLUMNS = ["name_vi", "name_zh", "name_en", "country", "office", "start", "end", "source"]
OFFICE_COLUMNS = ["office", "country", "title_vi", "variants", "calques", "title_en", "title_zh", "source"]
NAME_COLUMNS = ["syllable", "kind", "hanzi", "freq", "middle", "final", "source"]


def header(name: str) -> list[str]:
    with reference_path(name).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.lstrip().startswith("#"):
                return line.rstrip("\n").split("\t")
    return []


def parse_date(value: str) -> dt.date:
    assert DATE.match(value), value
    if len(value) == 4:
        return dt.date(int(value), 1, 1)
    return dt.date.fromisoformat(value)


def is_nfc(text: str) -> bool:
    return unicodedata.normalize("NFC", text) == text


@pytest.fixture(scope="module")
def people() -> list[dict[str, str]]:
    return list(read_tsv("people.tsv"))


@pytest.fixture(scope="module")
def offices() -> list[dict[str, str]]:
    return list(read_tsv("offices.tsv"))


@pytest.fixture(scope="module")
def vi_names() -> list[dict[str, str]]:
    return list(read_tsv("vi_names.tsv"))


def test_headers_are_the_agreed_contract() -> None:
    assert header("people.tsv") == PEOPLE_COLUMNS
    assert header("offices.tsv") == OFFICE_COLUMNS
    assert header("vi_names.tsv") == NAME_COLUMNS


def test_every_file_is_nfc() -> None:
    for name in ("people.tsv", "offices.tsv", "vi_names.tsv"):
        text = reference_path(name).read_text(encoding="utf-8")
        assert is_nfc(text), name


def test_offices_are_well_formed(offices: list[dict[str, str]]) -> None:
    ids = [o["office"] for o in offices]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    for o in offices:
        assert OFFICE_ID.match(o["office"]), o["office"]
        assert (ISO_ALPHA2.match(o["country"]) or o["country"] in BODIES) and o["country"] in KNOWN_CODES, o
        prefix = o["office"].split(".")[0].upper()
        assert prefix == o["country"], o["office"]
        assert o["title_vi"] and o["title_en"] and o["title_zh"] and o["source"], o["office"]
        variants = [v for v in o["variants"].split("|") if v]
        calques = [c for c in o["calques"].split("|") if c]
        assert all(v.strip() == v for v in variants + calques), o["office"]
        # a calque must never also be listed as a correct form of the same office
        correct = {o["title_vi"].casefold(), *(v.casefold() for v in variants)}
        assert not correct & {c.casefold() for c in calques}, o["office"]


def test_general_secretary_calques_do_not_block_the_un_title(offices: list[dict[str, str]]) -> None:
    by_id = {o["office"]: o for o in offices}
    assert "Tổng Thư ký" in by_id["vn.general_secretary"]["calques"].split("|")
    assert by_id["un.secretary_general"]["title_vi"].startswith("Tổng Thư ký")
    assert not by_id["un.secretary_general"]["calques"]


def test_people_rows_are_well_formed(people: list[dict[str, str]], offices: list[dict[str, str]]) -> None:
    office_country = {o["office"]: o["country"] for o in offices}
    for p in people:
        assert p["name_vi"] and p["name_en"] and p["source"], p
        assert p["office"] in office_country, p["office"]
        assert p["country"] == office_country[p["office"]], p
        assert (ISO_ALPHA2.match(p["country"]) or p["country"] in BODIES) and p["country"] in KNOWN_CODES, p
        assert not p["name_zh"] or HAN.match(p["name_zh"].replace("·", "")), p["name_zh"]
        assert LATIN_NAME.match(p["name_en"]), p["name_en"]
        start = parse_date(p["start"])
        if p["end"]:
            assert parse_date(p["end"]) >= start, p
        assert start <= dt.date(2026, 12, 31), p


def test_people_have_no_duplicate_rows(people: list[dict[str, str]]) -> None:
    keys = Counter((p["name_vi"], p["office"], p["start"]) for p in people)
    assert [k for k, n in keys.items() if n > 1] == []


def test_a_person_has_one_chinese_name(people: list[dict[str, str]]) -> None:
    zh: dict[str, set[str]] = {}
    for p in people:
        if p["name_zh"]:
            zh.setdefault(p["name_vi"], set()).add(p["name_zh"])
    assert {k: v for k, v in zh.items() if len(v) > 1} == {}


def test_single_holder_offices_do_not_overlap(people: list[dict[str, str]]) -> None:
    """One holder at a time for head-of-party/state/government offices (a shared day at hand-over is fine)."""
    single = {"vn.general_secretary", "vn.president", "vn.prime_minister", "vn.na_chair", "un.secretary_general"}
    for office in single:
        spans = sorted(
            (parse_date(p["start"]), parse_date(p["end"]) if p["end"] else dt.date.max, p["name_vi"])
            for p in people
            if p["office"] == office and len(p["start"]) == 10
        )
        for (_, end_a, a), (start_b, _, b) in itertools.pairwise(spans):
            assert start_b >= end_a, (office, a, b)


def test_coverage_of_vietnamese_leaders(people: list[dict[str, str]]) -> None:
    vn = {p["name_vi"] for p in people if p["country"] == "VN"}
    for name in ("Nguyễn Phú Trọng", "Trương Tấn Sang", "Nguyễn Tấn Dũng", "Tô Lâm", "Phạm Minh Chính"):
        assert name in vn
    current_gs = [p for p in people if p["office"] == "vn.general_secretary" and not p["end"]]
    assert [p["name_vi"] for p in current_gs] == ["Tô Lâm"]


def test_vi_names_are_well_formed(vi_names: list[dict[str, str]]) -> None:
    keys = Counter((n["syllable"], n["kind"]) for n in vi_names)
    assert [k for k, c in keys.items() if c > 1] == []
    for n in vi_names:
        assert n["kind"] in {"surname", "given"}, n
        assert n["syllable"] and " " not in n["syllable"] and n["syllable"][0].isupper(), n
        assert n["source"], n
        for han in n["hanzi"].split("|") if n["hanzi"] else []:
            assert len(han) == 1 and HAN.match(han), n
        if n["freq"]:
            assert float(n["freq"]) >= 0, n
    kinds = Counter(n["kind"] for n in vi_names)
    assert kinds["surname"] >= 50 and kinds["given"] >= 100, kinds


def test_common_surnames_have_their_characters(vi_names: list[dict[str, str]]) -> None:
    surnames = {n["syllable"]: n["hanzi"].split("|") for n in vi_names if n["kind"] == "surname"}
    for syllable, han in {"Nguyễn": "阮", "Trần": "陈", "Lê": "黎", "Phạm": "范", "Đặng": "邓", "Tô": "苏"}.items():
        assert han in surnames[syllable], syllable


def test_vietnamese_people_are_covered_by_vi_names(
    people: list[dict[str, str]], vi_names: list[dict[str, str]]
) -> None:
    """Every syllable of a Vietnamese office holder's name is a known name syllable, with a matching character. A
    monk's Dharma surname 'Thích' (释, which every Vietnamese monk and nun takes) is no lay name of vi_names.tsv's
    sample: the rest of a monk's name is checked."""
    known: dict[str, set[str]] = {}
    for n in vi_names:
        known.setdefault(n["syllable"], set()).update(c for c in n["hanzi"].split("|") if c)
    for p in people:
        if p["country"] != "VN":
            continue
        syllables, han_chars = p["name_vi"].split(), p["name_zh"]
        if syllables[0] == "Thích" and len(syllables) > 1:
            assert not han_chars or han_chars[0] == "释", p["name_vi"]
            syllables, han_chars = syllables[1:], han_chars[1:]
        assert all(s in known for s in syllables), p["name_vi"]
        if han_chars:
            assert len(han_chars) == len(syllables), p["name_vi"]
            for s, han in zip(syllables, han_chars, strict=True):
                assert han in known[s], (p["name_vi"], s, han)
