"""False alarms review28 found in round 21's new detections (adversary72, adversary73, misses22) with new
human-written text, and the fixes' tests. The probes (tests/data/review28/, one story a file, README there) were
written for this review next to each detection's trigger and must stay quiet. The sentences of the fix tests below
are in neither the probes nor the adversary sets nor the rules' examples (other people, provinces, shops, dates and
scenes); each fix is tested both ways: the human sentence stays quiet, an MT sentence of the same kind still fires."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.api import audit_text
from audit.corpus.boilerplate import classify_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "review28"

KNOWN: set[tuple[str, str, str]] = set()


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_probe_gets_no_finding(path: Path) -> None:
    """Each human-written story gets no finding (before the fixes: T308 9, F107 3, C101 2, C104 1, F114 1, N108 1 (older
    than round 21); the second batch, b2_*, after them: T308 4, C101 1, F114 1)."""
    found = {(path.name, f.rule, f.text) for f in audit_text(path.read_text(encoding="utf-8"))}
    assert found - KNOWN == set()


def test_probe_lines_are_read_as_written() -> None:
    """Every line is article but the dated pages' head lines (menu, 'Ngày đăng', 'Cập nhật')."""
    heads = {"n103_dates.txt": 3, "b2_page_2026.txt": 2}
    for path in sorted(DATA.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        got = classify_lines(lines)
        head = heads.get(path.name, 0)
        assert all(c is not None for c in got[:head]), (path.name, got)
        assert got[head:] == [None] * (len(lines) - head), path.name


@pytest.mark.parametrize(
    "quiet",
    [
        "Cuối tuần, tổ bảo trì được giao kiểm tra điện xưởng trước mùa mưa bão.",
        "Hồi nhỏ chị Mai từng tưởng học kim khí chỉ dành cho con trai.",
        "Anh thợ ngắt cầu dao điện xưởng trước khi sửa máy cắt.",
        "Tên quan hoạn giả dạng thường dân để trốn khỏi kinh thành.",
        "Hắn là kẻ bệnh hoạn giả nhân giả nghĩa.",
    ],
)
def test_t308_workshop_wiring_and_the_verb_tuong_are_quiet(quiet: str) -> None:
    assert _texts(quiet, "T308") == []


def test_t308_power_plant_scholarship_and_patients_still_fire() -> None:
    text = "Tập đoàn dự kiến xây hai điện xưởng khí ở Cà Mau; sinh viên giỏi được nhận tưởng học kim toàn phần."
    assert _texts(text, "T308") == ["điện xưởng", "tưởng học kim"]
    assert _texts("Bệnh viện tuyến tỉnh tiếp nhận 300 hoạn giả mỗi ngày.", "T308") == ["hoạn giả"]


@pytest.mark.parametrize(
    "quiet",
    [
        "Kỹ sư Tạ Minh Châu, Trưởng ban quản lý dự án, biểu thị thiện chí sẽ phối hợp với người dân.",
        "Ông Lại Văn Sâm, Bí thư Huyện ủy, biểu thị tinh thần cầu thị khi nghe cử tri góp ý.",
        "Thầy Lương Văn Phúc, Hiệu trưởng nhà trường, biểu thị quyết tâm không để học sinh nào bỏ học.",
        "Ông Triệu Văn Bình, Chủ nhiệm hợp tác xã, biểu thị bằng cách giơ cao tấm biển số 7.",
    ],
)
def test_t308_bieu_thi_of_a_resolve_or_goodwill_is_quiet(quiet: str) -> None:
    assert _texts(quiet, "T308") == []


def test_t308_bieu_thi_of_a_statement_still_fires() -> None:
    said = "Bà Đinh Thị Phương, Giám đốc Sở Du lịch, biểu thị lượng khách quốc tế sẽ tăng mạnh trong quý tới."
    assert _texts(said, "T308") == ["biểu thị"]


@pytest.mark.parametrize(
    "quiet",
    [
        "Vào cuối ngày, việc chính của các cô nuôi dạy trẻ là trả trẻ cho phụ huynh đúng giờ.",
        "Vào cuối ngày, điều cần thiết nhất của đội phục vụ là dọn sạch bàn ghế ngoài sân.",
        "Đề tài của nhóm sinh viên không phải là khoa học tên lửa thuần túy mà là công nghệ vật liệu.",
        "Ông cụ ký vào đường chấm chấm ngay dưới chữ “Người nhận” trong tờ biên nhận.",
    ],
)
def test_t308_literal_days_end_field_and_dotted_line_are_quiet(quiet: str) -> None:
    assert _texts(quiet, "T308") == []


@pytest.mark.parametrize(
    ("mt", "span"),
    [
        ("Vào cuối ngày, điều quan trọng là hai bên tìm được tiếng nói chung.", "Vào cuối ngày"),
        ("“Vào cuối ngày, việc quan trọng là kết quả”, ông Trương Hữu Hưng nói.", "Vào cuối ngày"),
        ("Quản lý dòng tiền không phải là khoa học tên lửa, ai cũng học được.", "không phải là khoa học tên lửa"),
        ("Tiền vệ người Brazil sẽ ký vào dòng chấm chấm vào cuối tuần này.", "ký vào dòng chấm chấm"),
    ],
)
def test_t308_idioms_still_fire(mt: str, span: str) -> None:
    assert _texts(mt, "T308") == [span]


def test_c104_a_shop_named_for_its_owner_is_quiet_the_bay_fires() -> None:
    assert _texts("Tiệm may Hạ Long Loan ở phố Huế nhận sửa áo dài lấy ngay.", "C104") == []
    assert _texts("Các du thuyền đêm trên Nha Trang Loan đã kín chỗ dịp lễ.", "C104") == ["Nha Trang Loan"]


_JAPAN = (
    "Nhật Bản là nhà tài trợ vốn ODA lớn nhất của Việt Nam trong ba thập niên qua.\n"
    "{envoy} đến thăm Đà Nẵng hôm qua và gặp các doanh nghiệp địa phương.\n"
    "Các doanh nghiệp Nhật Bản cam kết mở rộng sản xuất tại miền Trung.\n"
)


def test_c101_a_former_posting_is_quiet_a_third_country_posting_fires() -> None:
    former = _JAPAN.format(envoy="Ông Kato Hiroshi, nguyên Đại sứ Nhật Bản tại Philippines,")
    career = _JAPAN.format(envoy="Đại sứ Nhật Bản tại Philippines, người trước đây công tác ở Huế,")
    now = _JAPAN.format(envoy="Đại sứ Nhật Bản tại Philippines Kato Hiroshi")
    assert _texts(former, "C101") == []
    assert _texts(career, "C101") == []
    assert _texts(now, "C101") == ["Philippines"]


_ABROAD = (
    "Hà Tĩnh đưa gần 12.000 lao động đi làm việc ở nước ngoài\n"
    "Sở Nội vụ tỉnh Hà Tĩnh cho biết số người đi làm việc theo hợp đồng tại Đài Loan (Trung Quốc) tăng 15%.\n"
    "Ủy ban nhân dân tỉnh đã chi 8 tỷ đồng đào tạo tiếng cho người lao động.\n"
    "{sentence}\n"
)


def test_c101_china_spoken_of_as_a_foreign_country_is_quiet_our_people_abroad_fire() -> None:
    foreign = _ABROAD.format(sentence="Theo số liệu của nước bạn, du học sinh Trung Quốc đang ở nước ngoài giảm mạnh.")
    ours = _ABROAD.format(sentence="Số du học sinh Trung Quốc đang ở nước ngoài được hỗ trợ về nước ăn Tết.")
    assert _texts(foreign, "C101") == []
    assert _texts(ours, "C101") == ["Trung Quốc"]


def test_f114_a_dotted_date_before_a_currency_is_quiet_a_price_fires() -> None:
    text = (
        "Giá cà phê tăng 0,8% trong tuần. Trong phiên sáng 3.12 USD tăng nhẹ, từ 4.12 đến 6.12 euro giảm. "
        "Mỗi kg hạt thô bán được {} USD."
    )
    assert _texts(text.format("4,9"), "F114") == []
    assert _texts(text.format("4.9"), "F114") == ["4.9"]


@pytest.mark.parametrize(
    "quiet",
    [
        "Đó là bộ tiêu chí mà các trường phải dựa theo.",
        "Chẳng có tài liệu gì để căn cứ theo.",
        "Thấy chị gái vào ngành sư phạm, em cũng thi vào trường sư phạm theo.",
    ],
)
def test_f107_a_fronted_rule_and_following_suit_are_quiet(quiet: str) -> None:
    assert _texts(quiet, "F107") == []


@pytest.mark.parametrize(
    "cut",
    [
        "Người nào vi phạm sẽ bị xử lý theo.",
        "Số tiền bồi thường được chi trả căn cứ theo.",
        "Học sinh lớp 10 sẽ được xếp vào các lớp theo.",
    ],
)
def test_f107_a_cut_theo_still_fires(cut: str) -> None:
    assert _texts(cut, "F107") == ["theo"]


def test_n108_a_known_romaji_name_the_story_writes_whole_is_quiet_alone() -> None:
    """'ông Akazawa' after 'Akazawa Ryosei' (a gazetteer name written whole) is the press's spelling; alone in its
    story, or a name the gazetteer does not know, it keeps its shape finding; pinyin stays flagged."""
    whole = "Bộ trưởng Akazawa Ryosei dự lễ khởi công nhà máy ở Hải Phòng. Sau buổi lễ, ông Akazawa gặp doanh nghiệp."
    assert _texts(whole, "N108") == []
    assert _texts("Sau buổi lễ ở Hải Phòng, ông Akazawa gặp các doanh nghiệp.", "N108") == ["Akazawa"]
    unknown = "Ông Nakazawa Ken dự lễ khởi công ở Hải Phòng. Sau buổi lễ, ông Nakazawa gặp các doanh nghiệp."
    assert _texts(unknown, "N108") == ["Nakazawa"]
