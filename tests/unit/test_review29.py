"""False alarms review29 found in the third and fourth waves' new detections (adversary74, misses23, adversary75) with
new human-written text, and the fixes' tests. The probes (tests/data/review29/, one passage a file) were written for
this review next to each detection's trigger and must stay quiet. The sentences of the fix tests below are in neither
the probes nor the adversary sets nor the rules' examples (other objects, people, committees and scenes); each fix is
tested both ways: the human sentence stays quiet, an MT sentence of the same kind still fires."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.api import audit_text

DATA = Path(__file__).resolve().parents[1] / "data" / "review29"

# Left alone: a kiều bào who writes his name unmarked beside a namesake written with marks is one name written two
# ways to a reader; T101's minor note is fair there (and inconsistent_name.py is not this review's to edit)
KNOWN = {("t5.txt", "T101", "Le Van Long")}


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_probe_gets_no_finding(path: Path) -> None:
    """Each human-written passage gets no finding (before the fixes: T308 8, C104 1, N105 1; all in
    u1_near_triggers.txt)."""
    found = {(path.name, f.rule, f.text) for f in audit_text(path.read_text(encoding="utf-8"))}
    assert found - KNOWN == set()


def test_t308_logistics_quiet_after_an_object_noun() -> None:
    """'vật lưu' inside 'hiện/tang/cổ/di vật lưu tại/ở …' or 'thực vật lưu niên' is an object kept somewhere;
    物流 after 'chi phí', 'ngành', 'dịch vụ' still fires."""
    assert _texts("Bộ sưu tập đồ vật lưu tại nhà văn hóa xã gồm 40 chiếc nón lá.", "T308") == []
    assert _texts("Kỷ vật lưu ở phòng truyền thống của trường được trưng bày.", "T308") == []
    assert _texts("Ngành vật lưu của tỉnh tăng trưởng 12% nhờ tuyến cao tốc mới.", "T308") == ["vật lưu"]
    assert _texts("Doanh nghiệp dịch vụ vật lưu ở Bình Dương thiếu kho lạnh.", "T308") == ["vật lưu"]


def test_t308_heart_on_sleeve_quiet_for_a_picture() -> None:
    """A heart printed, sewn or stuck on a sleeve, or on a named sleeve ('tay áo khoác'), is literal; the idiom
    fires."""
    assert _texts("Đồng phục đội bóng nhí có logo trái tim trên tay áo.", "T308") == []
    assert _texts("Cô giáo gắn miếng dán trái tim trên tay áo sơ mi của từng em.", "T308") == []
    idiom = "Các cầu thủ trẻ chơi bóng với trái tim trên tay áo suốt 90 phút."
    assert _texts(idiom, "T308") == ["với trái tim trên tay áo"]


def test_t308_relief_quiet_in_tai_qua_nan_khoi() -> None:
    """'cứu … tai qua nạn khỏi' is the saying of a danger passed; 救灾 'cứu tai' before a task still fires."""
    assert _texts("Ngư dân được tàu hàng cứu tai qua nạn khỏi giữa biển.", "T308") == []
    assert _texts("Quân đội tham gia cứu tai tại các xã miền núi.", "T308") == ["cứu tai"]


def test_t308_disaster_area_quiet_after_thien_tai() -> None:
    """'thiên tai' before any 'khu' is a disaster, then a place ('thiên tai khu Việt Bắc', a region); 灾区 'tai khu'
    after a verb of going still fires."""
    assert _texts("Hậu quả thiên tai khu Việt Bắc xưa được ghi trong sử sách.", "T308") == []
    assert _texts("Đoàn xe chở thuốc men vào tai khu Hà Tĩnh.", "T308") == ["tai khu"]


def test_c104_gulf_quiet_after_a_person_word() -> None:
    """'… Loan' after an honorific is a person (surname Thái); the bay read the Chinese way still fires."""
    assert _texts("Chúng tôi gặp chị Thái Lan Loan ở hội chợ hoa.", "C104") == []
    assert _texts("Cụ Thái Quốc Loan năm nay đã 90 tuổi.", "C104") == []
    assert _texts("Tàu hải quân diễn tập ở Thái Quốc Loan hôm qua.", "C104") == ["Thái Quốc Loan"]


def test_n105_quiet_after_a_standing_committee() -> None:
    """'Ủy viên Ban Thường vụ Thành ủy Thư ký …' is a member of the committee and another body's secretary; 'được bầu
    làm Thành ủy Thư ký' still fires."""
    assert _texts("Ủy viên Ban Thường vụ Thành ủy Thư ký Hội đồng khoa học dự lễ.", "N105") == []
    assert _texts("Ông Đỗ Minh Khoa được bầu làm Thành ủy Thư ký nhiệm kỳ mới.", "N105") == ["Thành ủy Thư ký"]
