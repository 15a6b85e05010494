"""Review of round 11's merges: each test is a bug the review found, on sentences outside every set."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from audit.api import audit_text


def _c101(text: str) -> list[str]:
    return [f.text for f in audit_text(text) if f.rule == "C101"]


def test_rank_of_a_chinese_place_named_after_the_province_is_quiet() -> None:
    # the province is not what is ranked: the Chinese place named after it is
    assert _c101("Doanh nghiệp Bình Dương mở nhà máy ở Thâm Quyến, thành phố có GDP cao nhất toàn Trung Quốc.") == []
    assert _c101("Nhiều lao động Nghệ An làm việc tại Quảng Đông, tỉnh đứng đầu toàn Trung Quốc về xuất khẩu.") == []


def test_rank_of_the_province_itself_still_fires() -> None:
    assert _c101("Năm 2023, sản lượng lúa của An Giang đứng thứ nhất toàn Trung Quốc.") == ["Trung Quốc"]


def test_chinese_law_in_a_sentence_about_a_chinese_citizen_is_quiet() -> None:
    text = (
        "Tòa án nhân dân tỉnh Lào Cai xét xử vụ buôn lậu.\n"
        "Bị cáo là công dân Trung Quốc, bị truy nã theo pháp luật Trung Quốc."
    )
    assert _c101(text) == []


def test_provincial_court_applying_the_chinese_code_still_fires() -> None:
    text = (
        "Tòa án nhân dân tỉnh Lạng Sơn xét xử hai bị cáo.\nHành vi của họ vi phạm Điều 249 Bộ luật Hình sự Trung Quốc."
    )
    assert _c101(text) == ["Trung Quốc"]


def test_cr_line_ends_on_standard_input_say_convert_in_the_pipe(tmp_path: Path) -> None:
    # standard input has no file to move aside: the hint was 'mv - -.orig && tr … < -.orig > -'
    data = '{"target": "Chào Cần Thơ."}\r{"target": "Hẹn gặp lại."}\r'.encode()
    out = subprocess.run(
        [sys.executable, "-m", "audit", "run", "-", "--format", "jsonl", "--out", str(tmp_path / "o"), "--quiet"],
        input=data,
        capture_output=True,
        check=False,
    )
    err = out.stderr.decode()
    assert "carriage returns (CR)" in err
    assert "in the pipe before audit run - with tr '\\r' '\\n'" in err and "-.orig" not in err
