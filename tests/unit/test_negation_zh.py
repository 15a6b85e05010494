"""A111 on Chinese sources: sentences written for the test (none is in FLORES-200 or NTREX-128), and the
false alarms on the human Chinese–Vietnamese pairs of the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.api import document_from_pairs
from audit.pipeline import Settings, run_rules
from audit.rules.negation import lost_negation, zh_negations
from audit.rules.registry import select_rules


def _a111(source: str, target: str) -> list[str]:
    rules = [cls() for cls in select_rules(["A111"])]
    return [f.rule for f in run_rules(document_from_pairs([(source, target)]), rules, Settings())]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("乘客不要在车厢内吸烟。", "Hành khách hút thuốc trong toa tàu."),
        ("阮文明从未去过釜山。", "Ông Nguyễn Văn Minh đã từng đến Busan."),
        ("这座桥还没有通车。", "Cây cầu này đã thông xe."),
        ("该药品并非处方药。", "Thuốc này là thuốc kê đơn."),
        ("请勿触摸展品。", "Xin hãy chạm vào hiện vật."),
        ("警方无法确认死者的身份。", "Cảnh sát đã xác nhận danh tính người chết."),
        ("别把护照放在托运行李里。", "Hãy để hộ chiếu trong hành lý ký gửi."),
        ("越南队没能进入决赛。", "Đội tuyển Việt Nam đã vào chung kết."),
        ("这项规定不适用于外国游客。", "Quy định này áp dụng cho du khách nước ngoài."),  # not masked by 不适
    ],
)
def test_fires_on_a_lost_chinese_negation(source: str, target: str) -> None:
    assert _a111(source, target) == ["A111"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # the negation kept, or said with a word that carries it
        ("乘客不要在车厢内吸烟。", "Hành khách không được hút thuốc trong toa tàu."),
        ("阮文明从未去过釜山。", "Ông Nguyễn Văn Minh chưa bao giờ đến Busan."),
        ("请勿触摸展品。", "Xin đừng chạm vào hiện vật."),
        ("该项目未能按期完成。", "Dự án đã thất bại trong việc hoàn thành đúng hạn."),
        ("他不愿透露姓名。", "Ông đề nghị giấu tên."),
        # words with a negation character that are none
        ("出口额不断增长，不过利润不少。", "Kim ngạch xuất khẩu liên tục tăng, nhưng lợi nhuận khá lớn."),
        ("无论天气如何，比赛都会进行。", "Trận đấu sẽ diễn ra bất chấp thời tiết."),
        ("这两种方法截然不同。", "Hai phương pháp này hoàn toàn khác nhau."),
        ("岘港的未来发展非常乐观。", "Sự phát triển tương lai của Đà Nẵng rất khả quan."),
        ("警方没收了三辆摩托车。", "Cảnh sát đã tịch thu ba chiếc xe máy."),
        ("他的表现特别出色，分别获得两枚金牌。", "Anh thi đấu rất xuất sắc, giành hai huy chương vàng."),
        ("他是不是新任市长？", "Ông ấy có phải là tân thị trưởng?"),
        ("不到一半的员工参加了培训。", "Dưới một nửa số nhân viên đã tham gia khóa đào tạo."),
        ("每个包裹不超过 20 公斤。", "Mỗi kiện hàng tối đa 20 kg."),
        ("他们选择乘火车而不是坐飞机。", "Họ chọn đi tàu hỏa thay vì máy bay."),
        ("这是全国最不发达的省份之一。", "Đây là một trong những tỉnh kém phát triển nhất cả nước."),
        ("她的英语不好的原因很简单。", "Lý do tiếng Anh của cô yếu rất đơn giản."),
        ("莫斯科的气温骤降。", "Nhiệt độ ở Moskva giảm mạnh."),
        # a Vietnamese target left in Chinese is L102's
        ("乘客不要在车厢内吸烟。", "乘客不要在车厢内吸烟。"),
    ],
)
def test_quiet(source: str, target: str) -> None:
    assert _a111(source, target) == []


def test_a_chinese_source_without_negation_is_not_read() -> None:
    assert zh_negations("河内市今年的经济增长率为百分之七。") == []
    assert zh_negations("") == []


def test_long_sentences_are_left_alone() -> None:
    long = "尽管" + "受到全球经济放缓和原材料价格上涨等多种因素的影响" * 2 + "，该企业仍不能按时交货。"
    assert zh_negations(long) == []


def test_traditional_characters() -> None:
    assert zh_negations("他沒有出席會議。")[0][1] == "没有"


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_few_false_alarms_on_human_translations(shared_data: Path) -> None:
    par = shared_data / "parallel"
    pairs = list(zip(_lines(par / "ntrex128.zho_Hans.txt"), _lines(par / "ntrex128.vie.txt"), strict=True))
    flores = (_lines(par / "flores200_devtest.zho_Hans.txt"), _lines(par / "flores200_devtest.vie_Latn.txt"))
    pairs += zip(*flores, strict=True)
    flagged = [zh for zh, vi in pairs if lost_negation(zh, vi)]
    assert len(pairs) == 3009
    assert len(flagged) <= 5, flagged


def test_traditional_words_that_are_no_negation() -> None:
    assert zh_negations("該公司的未來發展非常樂觀。") == []
    assert zh_negations("出口額不斷增長，不過利潤下降。") == []
    assert zh_negations("該市無法按時完成工程。")[0] == ("該市無法按時完成工程。", "无法")


def test_a_japanese_source_is_not_read_as_chinese() -> None:
    assert zh_negations("このサービスは無料で、予約は不要です。") == []
