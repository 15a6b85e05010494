"""The forty-eighth adversary held-out set (tests/data/adversary48): MT with its source in five record formats
(JSONL with references, TSV, XLIFF 1.2 with inline codes, XLIFF 2.0, CSV with quoted fields and a record over two
lines), English and Chinese sources, damaged and clean units mixed in each file. The 45 clean units (free but
faithful translations among them) must get no finding at all; the 75 planted errors are scored as earlier sets
are; every finding's line and column must point where the README says (the record's first line, the column in
its target text). Each fix made in this round has a test on sentences that are not in the set (names, countries,
figures and quarters of other stories)."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversary_scoring import (
    assert_record_positions,
    audit_folder,
    builtin_separation,
    clean_unit_findings,
    run_pairs,
    score_planted,
)

from audit.api import audit_text

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary48"
FILES = sorted(p for p in ADVERSARY.iterdir() if p.suffix not in (".json", ".md"))
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_clean_units_get_no_finding(path: Path) -> None:
    assert clean_unit_findings(path) == []


def test_every_format_is_read_with_its_sources() -> None:
    """120 records in JSONL, TSV, XLIFF 1.2, XLIFF 2.0 and CSV, each with its source; three targets are empty."""
    from audit.corpus import ReadOptions, discover, read_file

    errors: list = []
    segments = [
        s for p in FILES for d in read_file(discover([str(p)], errors)[0], ReadOptions(), errors) for s in d.segments
    ]
    assert errors == [] and len(segments) == 120 and all(s.source for s in segments)
    assert sorted(s.record for s in segments if not s.text) == ["r21", "x15", "z21"]
    assert {p.suffix for p in FILES} == {".jsonl", ".tsv", ".xlf", ".csv"}


def test_planted_errors_found_with_their_fixes() -> None:
    expected, found, fixed, missed = score_planted(FILES)
    assert expected == 75
    # blind (data at 9593575): 61 found, 60 fixed; after this round's fixes 67 and 67 (README)
    assert found >= 67, missed
    assert fixed >= 67


@pytest.fixture(scope="module")
def run_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return audit_folder(ADVERSARY, tmp_path_factory.mktemp("adversary48-run"))


def test_finding_positions_point_into_the_file(run_out: Path) -> None:
    """In every format: the line is the record's first line in the file (it holds the record's id, or is the
    XLIFF unit's opening tag), and the column counts characters in the record's target text."""
    assert_record_positions(run_out, ADVERSARY, {"jsonl", "tsv", "xlf", "csv"})


def test_builtin_score_ranks_damaged_units_below_clean_ones(run_out: Path) -> None:
    """The built-in score alone: a damaged unit scores below a clean one in most pairs (AUC 0.945 blind, 0.966
    after this round's fixes), and no clean unit is among the ten lowest."""
    auc, lowest_all_damaged = builtin_separation(run_out, FILES)
    assert auc >= 0.96
    assert lowest_all_damaged


def test_a_quarter_changed() -> None:
    """'third quarter' → 'quý II' has no digit to compare: the quarters are read (English ordinals, Q1-Q4,
    Chinese 第N季度), and the fix is written as the target writes its numeral."""
    fires = [
        ("Airline profits doubled in the second quarter.", "Lợi nhuận của hãng bay tăng gấp đôi trong quý III."),
        ("Q4 shipments of laptops slowed.", "Lượng máy tính xách tay xuất xưởng quý 1 chậm lại."),
        ("第一季度钢材出口下降。", "Xuất khẩu thép quý tư giảm."),
    ]
    assert run_pairs(fires, "A101") == [("A101", "III", "II"), ("A101", "1", "4"), ("A101", "tư", "một")]
    quiet = [
        (
            "Airline profits doubled in the second quarter of 2026.",
            "Lợi nhuận của hãng bay tăng gấp đôi trong quý II/2026.",
        ),
        ("First-quarter output rose.", "Sản lượng quý một tăng."),
        ("前三季度钢材出口下降。", "Xuất khẩu thép 9 tháng đầu năm giảm."),  # the first three quarters
        ("Sales rose in the first and third quarters.", "Doanh số tăng trong quý I và quý III."),
        ("Dear guests, welcome.", "Kính chào quý khách."),
    ]
    assert run_pairs(quiet, "A101") == []


def test_a_figure_the_source_does_not_give() -> None:
    """A112: a source with no figure at all, a target that states one; what translators add from the context
    (months, weekdays, ordinals, dates, years of 'next year', 一 as 1) stays quiet."""
    fires = [
        ("The festival drew big crowds.", "Lễ hội thu hút đông đảo du khách, khoảng 45.000 người."),
        ("政府批准了该项目。", "Chính phủ đã phê duyệt dự án trị giá 3 tỷ USD."),
    ]
    assert [(r, t) for r, t, _ in run_pairs(fires, "A112")] == [("A112", "45.000"), ("A112", "3 tỷ")]
    quiet = [
        ("The festival drew big crowds in August.", "Lễ hội thu hút đông đảo du khách trong tháng 8."),
        ("Nine people were hurt.", "9 người bị thương."),
        ("The talks resume on Thursday.", "Các cuộc đàm phán nối lại vào thứ 5."),
        ("She scored before the first break.", "Cô ghi bàn trước khi hết hiệp 1."),
        ("Prices will fall next year.", "Giá sẽ giảm trong năm 2027."),
        ("他获得了一级方程式冠军。", "Anh giành chức vô địch Công thức 1."),
        ("Read more on our website.", "Đọc thêm tại example.vn/tin-2025."),
        ("The ferry leaves tonight.", "Chuyến phà rời bến tối nay (27/11)."),
        ("The crew of the mission landed safely.", "Phi hành đoàn Artemis 3 đã hạ cánh an toàn."),
    ]
    assert run_pairs(quiet, "A112") == []


def test_a_country_in_a_currency_name_and_an_opening_country() -> None:
    """'đô la Úc' names a currency, not Australia, so 'Áo … đô la Úc' for 'Australia …' is a swap; and a
    one-syllable country opening the target ('Áo', 'Mỹ': also words) counts when the source opens with a country."""
    fires = [
        ("New Zealand offered NZ$4 million.", "Chính phủ Ireland hỗ trợ 4 triệu đô la New Zealand."),
        ("Germany sent a hospital ship.", "Nga cử một tàu bệnh viện."),
        ("Taiwan's TSMC opened a plant in Japan.", "TSMC của Thái Lan mở nhà máy ở Nhật Bản."),
    ]
    assert run_pairs(fires, "A107") == [
        ("A107", "Ireland", "New Zealand"),
        ("A107", "Nga", "Đức"),
        ("A107", "Thái Lan", "Đài Loan"),
    ]
    quiet = [
        ("The yuan rose against the pound.", "Nhân dân tệ tăng giá so với bảng Anh."),
        ("Britain pledged 5 million pounds.", "Anh cam kết 5 triệu bảng Anh."),
        ("Laos and Cambodia signed a deal.", "Lào và Campuchia ký thỏa thuận."),
        ("Ao dai makers from Hue exported to Japan.", "Áo dài của các thợ may Huế được xuất sang Nhật Bản."),
    ]
    assert run_pairs(quiet, "A107") == []


def test_a_sentence_cut_after_a_conjunction_of_time() -> None:
    """F107: 'cho đến khi', 'kể từ khi', 'mỗi khi' … introduce a clause that must follow; 'đôi khi' and a lone
    'khi' may end one."""
    cut = [
        "Tuyến cáp treo sẽ tạm dừng hoạt động cho tới khi.",
        "Lượng khách đã tăng gấp ba kể từ khi",
        "Người dân phải sơ tán mỗi khi.",
    ]
    assert [[f.text for f in audit_text(t, select=["F107"])] for t in cut] == [
        ["cho tới khi"],
        ["kể từ khi"],
        ["mỗi khi"],
    ]
    whole = ["Ông vẫn về thăm quê đôi khi.", "Tuyến cáp treo sẽ tạm dừng cho đến khi sửa xong."]
    assert [f for t in whole for f in audit_text(t, select=["F107"])] == []


def test_a_line_break_code_parts_an_address_for_the_builtin_score(tmp_path: Path) -> None:
    """An e-mail address before an XLIFF <x/> line break is the address, not the address joined to the next word:
    the built-in score no longer counts it as a lost code (A104 already read it so)."""
    from audit.corpus import ReadOptions, discover, read_file
    from audit.pipeline.document import _qe_texts
    from audit.qe.base import QEItem
    from audit.qe.builtin import BuiltinBackend

    path = tmp_path / "lien-he.xlf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="x" source-language="en" target-language="vi" datatype="plaintext"><body>'
        '<trans-unit id="1"><source>Write to news@portdaily.vn<x id="1"/>Hotline: 024 3999 1234</source>'
        '<target>Gửi thư tới news@portdaily.vn<x id="1"/>Đường dây nóng: 024 3999 1234</target></trans-unit>'
        "</body></file></xliff>\n",
        encoding="utf-8",
    )
    errors: list = []
    (seg,) = read_file(discover([str(path)], errors)[0], ReadOptions(), errors)[0].segments
    target, source = _qe_texts(seg)
    assert target == "Gửi thư tới news@portdaily.vn Đường dây nóng: 024 3999 1234"
    assert source == "Write to news@portdaily.vn Hotline: 024 3999 1234"
    (row,) = BuiltinBackend().score([QEItem(target, source, words=9)])
    assert row["builtin_codes"] == 0
    (joined,) = BuiltinBackend().score([QEItem(seg.text, seg.source, words=9)])  # as before: the address looked lost
    assert joined["builtin_codes"] == 1
