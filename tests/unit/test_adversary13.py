"""The thirteenth adversary held-out set (tests/data/adversary13): an LSP's English→Vietnamese batch with its
source (TSV with and without references, JSONL, XLIFF 2.0 and 1.2) — press release, quarterly results, a product
page, booking terms, a patient leaflet. Human-quality files must get no major or critical finding; the MT files
are scored against their annotations (tests/data/adversary13/README.md lists every miss and its cause). The
probes below are sentences outside the set, for the fixes made after the blind scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from adversary_scoring import findings_of, score_planted, serious_findings

from audit.api import audit_text, document_from_pairs
from audit.model import Severity
from audit.pipeline import Settings, run_rules
from audit.rules.registry import select_rules

ADVERSARY = Path(__file__).resolve().parents[1] / "data" / "adversary13"
CLEAN = sorted((ADVERSARY / "clean").iterdir())
MT = sorted(p for p in (ADVERSARY / "mt").iterdir() if p.suffix != ".json")

BLIND_MISSES = [
    "01_thong_cao_sap_nhap.tsv: A111 'Brightwater có kế hoạch đóng cửa một số cơ sở của Kallio và cắt giảm việc làm.'",
    "01_thong_cao_sap_nhap.tsv: L101 'forward-looking statements'",
    "02_ket_qua_quy.jsonl: A111 'Tessaro đã mua lại cổ phiếu trong quý.'",
    "02_ket_qua_quy.jsonl: A104 'investors.tessaro.example/q3-2024'",
    "03_trang_san_pham.xlf: A101 '4'",
    "03_trang_san_pham.xlf: A111 'Khả năng chống nước: IPX4. Có thể ngâm tai nghe trong nước.'",
    "04_dieu_khoan_dat_tour.xlf: A111 'Hủy tour dưới 14 ngày trước ngày khởi hành được hoàn tiền.'",
    "04_dieu_khoan_dat_tour.xlf: A101 'ba'",
    "04_dieu_khoan_dat_tour.xlf: F112 'mỗi người mỗi người'",
    "05_to_thong_tin_noi_soi.tsv: A111 'Bạn phải lái xe trong 24 giờ sau khi dùng thuốc an thần.'",
    "05_to_thong_tin_noi_soi.tsv: A104 'westlakehospital.example/dat-lich'",
    "05_to_thong_tin_noi_soi.tsv: L101 'dehydration'",
]
# left alone (README): 'mỗi người mỗi người' is the emphatic family 'mỗi X mỗi X' of vi_reduplications.tsv
MISSES_AFTER_FIX = ["04_dieu_khoan_dat_tour.xlf: F112 'mỗi người mỗi người'"]


def _findings(pairs: list[tuple[str, str]], codes: list[str]) -> list[tuple[str, str, str | None]]:
    """(rule, span, fix) of the selected rules on 'source => target' records outside the set."""
    rules = [cls() for cls in select_rules(codes)]
    return [(f.rule, f.text, f.suggestion) for f in run_rules(document_from_pairs(pairs), rules, Settings())]


def test_set_is_complete() -> None:
    assert [p.suffix for p in CLEAN] == [".jsonl", ".xlf", ".tsv"]
    assert [p.suffix for p in MT] == [".tsv", ".jsonl", ".xlf", ".xlf", ".tsv"]
    assert all(p.with_suffix(".json").exists() for p in MT)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_human_quality_files_get_no_major_finding(path: Path) -> None:
    assert serious_findings(path) == []


def test_human_quality_files_get_no_finding_at_all() -> None:
    """Blind: one minor F101 ': .' where a <ph/> stood ('Giá: <ph/>.'); now none."""
    assert [(p.name, f.rule, f.text) for p in CLEAN for _, f in findings_of(p)] == []


def test_mt_recall_and_fixes() -> None:
    """Blind: 50 of 62 planted errors found, 49 with the accepted fix; after the fixes 61 and 61."""
    expected, found, fixed, missed = score_planted(MT)
    assert expected == 62
    assert found >= 61, missed
    assert fixed >= 61
    assert set(missed) <= set(MISSES_AFTER_FIX) <= set(BLIND_MISSES)


def test_no_extra_major_finding_on_mt_but_true_ones() -> None:
    """Every major finding outside the annotations is a true one (README: 'Extra major findings')."""
    extra = []
    for path in MT:
        notes = json.loads(path.with_suffix(".json").read_text("utf-8"))["expected"]
        spans = {(n["rule"], n["span"]) for n in notes}
        extra += [
            (path.name, f.rule)
            for _, f in findings_of(path)
            if (f.rule, f.text) not in spans and f.severity >= Severity.MAJOR
        ]
    assert sorted(extra) == [
        ("01_thong_cao_sap_nhap.tsv", "A102"),  # the dropped sentence's $18 million
        ("02_ket_qua_quy.jsonl", "A102"),  # the changed record date's 21
        ("04_dieu_khoan_dat_tour.xlf", "A102"),  # the cut output's 7 kg
        ("04_dieu_khoan_dat_tour.xlf", "A102"),  # the dropped sentence's 21 days
        ("04_dieu_khoan_dat_tour.xlf", "A104"),  # … its e-mail address
        ("04_dieu_khoan_dat_tour.xlf", "A110"),  # … its <g>
        ("04_dieu_khoan_dat_tour.xlf", "A110"),  # the content of the <g> whose id changed
    ]


# ---------------------------------------------------------------- A111 probes (outside the set)


@pytest.mark.parametrize(
    "pair",
    [
        ("Patients should not eat for six hours before surgery.", "Bệnh nhân nên ăn trong sáu giờ trước mổ."),
        ("The warranty doesn't cover water damage.", "Bảo hành bao gồm cả hư hỏng do nước."),
        ("Mr Delacroix has never visited Lagos.", "Ông Delacroix đã đến thăm Lagos."),
        ("The app no longer supports Android 9.", "Ứng dụng hỗ trợ Android 9."),
        ("Nobody was injured in the fire at the Oslo depot.", "Có người bị thương trong vụ cháy tại kho Oslo."),
    ],
)
def test_a111_fires_on_a_lost_negation(pair: tuple[str, str]) -> None:
    assert _findings([pair], ["A111"]) == [("A111", pair[1], None)]


@pytest.mark.parametrize(
    "pair",
    [
        ("Patients should not eat for six hours before surgery.", "Bệnh nhân không nên ăn trong sáu giờ trước mổ."),
        ("The warranty doesn't cover water damage.", "Chế độ bảo hành không áp dụng cho hư hỏng do nước."),
        ("Mr Delacroix has never visited Lagos.", "Ông Delacroix chưa từng đến Lagos."),
        ("Do not open the case.", "Tránh mở vỏ máy."),
        ("Children under two travel free.", "Trẻ dưới hai tuổi được miễn phí."),
        ("It is not unusual for flights to be late.", "Chuyến bay bị trễ là chuyện thường gặp."),
        ("The museum will not reopen until 2027.", "Phải đến năm 2027 bảo tàng mới mở cửa trở lại."),
        ("She speaks not only French but also Thai.", "Cô nói được cả tiếng Pháp lẫn tiếng Thái."),
        ("Nothing could stop the team from Porto.", "Đội bóng đến từ Porto không gì cản nổi."),
        ("中国不会改变政策。", "Trung Quốc sẽ giữ nguyên chính sách."),
    ],
)
def test_a111_quiet(pair: tuple[str, str]) -> None:
    assert _findings([pair], ["A111"]) == []


# ---------------------------------------------------------------- number and link probes (outside the set)


@pytest.mark.parametrize(
    ("pair", "expected"),
    [
        # a value the target has once more than the source, beside one it has once less
        (
            (
                "Bake at 180°C for 18 minutes, then at 180°C for 8 more.",
                "Nướng ở 180°C trong 18 phút, rồi ở 18°C thêm 8 phút.",
            ),
            [("A101", "18", "180")],
        ),
        # a count of time in words changed
        (("Keep the receipt for three years.", "Hãy giữ hóa đơn trong hai năm."), [("A101", "hai", "ba")]),
        (
            ("The ferry sails twice a week for ten weeks.", "Phà chạy hai lần mỗi tuần trong tám tuần."),
            [("A101", "tám", "mười")],
        ),
        # a decimal the target writes with a point is fixed with one; one written with a comma, with a comma
        (("It has two USB 3.2 ports.", "Máy có hai cổng USB 3.1."), [("A101", "3.1", "3.2")]),
        (("Prices rose 2.5% in Lyon.", "Giá tăng 3,5% ở Lyon."), [("A101", "3,5", "2,5")]),
        # a link on a domain RFC 2606 reserves for documentation
        (
            ("Reset your password at help.kobalt.example/reset.", "Đặt lại mật khẩu tại help.kobalt.example/dat-lai."),
            [("A104", "help.kobalt.example/dat-lai", "help.kobalt.example/reset")],
        ),
    ],
)
def test_number_and_link_probes_fire(pair: tuple[str, str], expected: list) -> None:
    assert _findings([pair], ["A101", "A102", "A104"]) == expected


@pytest.mark.parametrize(
    "pair",
    [
        (
            "In 2019 the firm hired 40 people; by the end of 2019 it had 400.",
            "Năm 2019, công ty tuyển 40 người; cuối năm đó đã có 400 người.",
        ),
        ("Gate 12 opens at 12 noon.", "Cổng 12 mở lúc 12 giờ trưa."),
        (
            "The warranty runs two years, or three years with registration.",
            "Bảo hành hai năm, hoặc ba năm nếu đăng ký.",
        ),
        ("Rest for two days after the injection.", "Nghỉ ngơi 2 ngày sau khi tiêm."),
        ("She waited six months, then two more weeks.", "Cô chờ sáu tháng, rồi thêm hai tuần nữa."),
        ("Buy it at gearhub.store today.", "Mua ngay tại gearhub.store hôm nay."),
        ("Firmware 2.14 fixes the bug.", "Phần mềm 2.14 sửa lỗi này."),
    ],
)
def test_number_and_link_probes_quiet(pair: tuple[str, str]) -> None:
    assert _findings([pair], ["A101", "A102", "A104"]) == []


# ---------------------------------------------------------------- L101 probes (outside the set)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ban giám đốc đưa ra long-term guidance cho năm tới.", "long-term guidance"),
        ("Tai nghe có tính năng noise-cancelling headphones mới.", "noise-cancelling headphones"),
        ("Thuốc có thể gây inflammation ở vùng tiêm.", "inflammation"),
        ("Vui lòng chọn một option trong danh sách.", "option"),
    ],
)
def test_l101_probes_fire(text: str, span: str) -> None:
    assert [f.text for f in audit_text(text, select=["L101"])] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Cửa hàng bán tai nghe Bluetooth và loa Wi-Fi.",
        "Ứng dụng có phiên bản mới trên App Store; cài đặt application rất nhanh.",
        "Ga tàu điện ngầm có station riêng cho xe đạp.",
        "Ông là Chủ tịch Hội đồng quản trị (Chairman of the Board) của tập đoàn.",
    ],
)
def test_l101_probes_quiet(text: str) -> None:
    assert audit_text(text, select=["L101"]) == []


# ---------------------------------------------------------------- F101 beside an XLIFF code (outside the set)

_XLIFF2 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="vi">
  <file id="f">
    <unit id="u1"><segment>
      <source>Total: <ph id="1" equiv="{total}"/>.</source>
      <target>Tổng cộng: <ph id="1" equiv="{total}"/>.</target>
    </segment></unit>
    <unit id="u2"><segment>
      <source>Delivery is free. <ph id="2" equiv="{note}"/></source>
      <target>Giao hàng miễn phí.. <ph id="2" equiv="{note}"/></target>
    </segment></unit>
  </file>
</xliff>
"""


def test_f101_leaves_punctuation_around_a_placeholder(tmp_path: Path) -> None:
    """'Tổng cộng: <ph/>.' reads 'Tổng cộng: .' without the code, which the program fills; '..' is doubled."""
    path = tmp_path / "cart.xlf"
    path.write_text(_XLIFF2, encoding="utf-8")
    assert [(f.rule, f.text) for _, f in findings_of(path) if f.rule == "F101"] == [("F101", "..")]
