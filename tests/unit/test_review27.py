"""False alarms review27 found in round 20's new detections (misses20, adversary67, adversary68, clean36, the lead's
C102) with new human-written text, and the fixes' tests. The probes (tests/data/review27/, one story a file and a TSV
of English-sourced records, README there) were written for this review next to each detection's trigger and must
stay quiet. The sentences of the fix tests below are in neither the probes nor the adversary sets nor the rules'
examples (other people, streets, idioms' scenes and subjects); each fix is tested both ways."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from audit.api import audit_pairs, audit_text
from audit.corpus.boilerplate import classify_lines
from audit.rules.negation import lost_negation
from audit.rules.source.idiom_calque import calqued_idioms

DATA = Path(__file__).resolve().parents[1] / "data" / "review27"

# what the probes still got, left alone in round 20 (README): 'Vào cuối ngày, điều quan trọng nhất với người giữ sân
# là …' (the day's end, read as MT's 'at the end of the day, what matters is …') and an older F112 on a phrase said
# twice in speech reported without quotation marks. Both quiet since misses22 (tests/unit/test_misses22.py).
KNOWN: set[tuple[str, str, str]] = set()


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_probe_gets_no_finding(path: Path) -> None:
    """Each human-written story gets no finding (on main before the fixes: T308 13, F112 1 (older), T101 6; the
    T308 and F112 left then are quiet since misses22)."""
    found = {(path.name, f.rule, f.text) for f in audit_text(path.read_text(encoding="utf-8"))}
    assert found - KNOWN == set()


def test_probe_lines_are_all_article() -> None:
    for path in sorted(DATA.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert classify_lines(lines) == [None] * len(lines), path.name


@pytest.mark.parametrize("path", sorted(DATA.glob("*.tsv")), ids=lambda p: p.name)
def test_sourced_probes_get_no_finding(path: Path) -> None:
    """The 32 English-sourced records get no finding (before: A113 10, A111 3)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert audit_pairs([(r["src"], r["mt"]) for r in rows]) == []


@pytest.mark.parametrize(
    ("source", "literal", "said"),
    [
        (
            "Grandma let the cat out of the bag and it jumped onto the sofa.",
            "Bà thả con mèo ra khỏi túi và nó nhảy lên ghế sofa.",
            None,
        ),
        ("He spilled the beans on the table at dinner.", "Anh làm đổ đậu lên bàn trong bữa tối.", None),
        (
            "The roofer hit the nail on the head with his hammer.",
            "Người thợ lợp mái đóng trúng đầu đinh bằng búa.",
            None,
        ),
        ("Skiers might break a leg on the icy slope.", "Người trượt tuyết có thể gãy chân trên dốc băng.", None),
        ("Jockeys hold their horses behind the starting gate.", "Các nài ngựa giữ ngựa sau cổng xuất phát.", None),
        ("The final exam was a piece of cake.", "Bài thi cuối kỳ dễ như ăn bánh.", None),
        ("The two coaches rarely see eye to eye.", "Hai HLV hiếm khi nhìn sự việc bằng cùng một con mắt.", None),
        ("She was under the weather all week.", "Cả tuần cô bị ốm, chẳng muốn ra ngoài dưới thời tiết lạnh.", None),
        (
            "The row over the logo was a storm in a teacup.",
            "Ồn ào quanh logo chỉ là chuyện bé xé ra to, một cơn bão trong tách trà.",
            None,
        ),
        ("Such floods come once in a blue moon.", "Những trận lũ như vậy hiếm lắm mới có, như trăng xanh.", None),
    ],
)
def test_a113_literal_scene_or_meaning_said_is_quiet(source: str, literal: str, said: None) -> None:
    """A source whose words set a literal scene (a sofa, a dinner table, a hammer, a slope, jockeys), a Vietnamese
    idiom of its own that says the meaning ('dễ như ăn bánh'), 'con mắt' of a point of view: quiet."""
    assert list(calqued_idioms(source, literal)) == []


@pytest.mark.parametrize(
    ("source", "target", "span"),
    [
        (
            "The coach let the cat out of the bag about the transfer.",
            "HLV để con mèo ra khỏi túi về vụ chuyển nhượng.",
            "mèo ra khỏi túi",
        ),
        ("A former aide spilled the beans to reporters.", "Một cựu trợ lý đã làm đổ đậu với các phóng viên.", "đậu"),
        ("The report hits the nail on the head.", "Bản báo cáo đánh trúng đầu đinh.", "đinh"),
        ("Break a leg at the audition tomorrow!", "Gãy chân ở buổi thử giọng ngày mai nhé!", "Gãy chân"),
        ("Hold your horses, the results are not final.", "Giữ ngựa của bạn lại, kết quả chưa phải cuối cùng.", "ngựa"),
        ("The final exam was a piece of cake.", "Bài thi cuối kỳ là một miếng bánh.", "một miếng bánh"),
        ("The two coaches rarely see eye to eye.", "Hai HLV hiếm khi nhìn mắt đối mắt.", "mắt đối mắt"),
        ("She was under the weather all week.", "Cả tuần cô ở dưới thời tiết.", "dưới thời tiết"),
        (
            "The row over the logo was a storm in a teacup.",
            "Ồn ào quanh logo là một cơn bão trong tách trà.",
            "bão trong tách",
        ),
        ("Such floods come once in a blue moon.", "Những trận lũ như vậy đến một lần trong trăng xanh.", "trăng"),
    ],
)
def test_a113_idiom_word_for_word_still_fires(source: str, target: str, span: str) -> None:
    assert _texts_a113(source, target) == [span]


def _texts_a113(source: str, target: str) -> list[str]:
    return [f.text for f in audit_pairs([(source, target)], select=["A113"])]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Don't miss the fireworks over the Han River.", "Nhất định phải xem pháo hoa trên sông Hàn."),
        ("She never fails to thank the nurses.", "Lần nào cô cũng cảm ơn các y tá."),
        ("Fans can't wait for the new season.", "Người hâm mộ nóng lòng chờ mùa giải mới."),
    ],
)
def test_a111_negated_english_saying_a_positive(source: str, target: str) -> None:
    """'don't miss', 'never fails to', 'can't wait' said as Vietnamese says them, without a negative word."""
    assert lost_negation(source, target) is None


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Don't miss the fireworks over the Han River.", "Bỏ lỡ màn pháo hoa trên sông Hàn."),
        ("She never fails to thank the nurses.", "Cô thất bại trong việc cảm ơn các y tá."),
        ("Fans can't wait for the new season.", "Người hâm mộ có thể chờ mùa giải mới."),
        ("She never thanks the nurses.", "Lần nào cô cũng cảm ơn các y tá."),
    ],
)
def test_a111_those_phrases_lost_still_fire(source: str, target: str) -> None:
    assert lost_negation(source, target) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Tiệm sửa xe của ông Hai nằm trên đường Nguyễn Thị Định.\nÔng Định, thợ phụ của ông, làm ở đây 15 năm.",
        "Bà Thanh bán bánh mì trước Trường THPT Nguyễn Văn Thanh.\nBà Thanh nói học sinh là khách chính.",
        "Cửa hàng ở số 45 Trần Văn Khánh.\nBà Khánh, chủ cửa hàng, cho biết giá thuê tăng.",
        "Ông Lê Văn Hòa, 70 tuổi, nuôi cá ở Cà Mau.\nBà Hòa, vợ ông, phụ trách khâu bán hàng.\nBà Hòa kể thêm.",
        "Ông Phan Văn Út sửa ghe.\nChị Lan là con gái; vợ của ông Út, bà Út, bán nước mía.",
    ],
)
def test_t101_street_name_or_a_wife_called_by_her_husbands_name(text: str) -> None:
    """A full name written only after 'đường', 'Trường THPT', a house number is a place's; 'bà X' in apposition to
    'vợ' is a wife called by her husband's given name: no person to match the honorific against."""
    assert _texts(text, "T101") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Lê Văn Hòa, 70 tuổi, nuôi cá ở Cà Mau.\nBà Hòa cho biết giá cá giảm.", ["Hòa"]),
        ("Bà Trần Thị Nga mở quán trên đường Lê Văn Sỹ.\nÔng Nga là khách quen.", ["Nga"]),
        ("Trên đường Nguyễn Thị Định, bà Nguyễn Thị Định bán hoa.\nÔng Định cho biết.", ["Định"]),
    ],
)
def test_t101_person_of_the_text_still_fires(text: str, expected: list[str]) -> None:
    """The person named once outside a street's name, no 'vợ' beside 'bà X': still the other sex's honorific."""
    assert _texts(text, "T101") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bị cáo nhân đôi số hóa đơn để rút tiền của công ty.",
        "Viện kiểm sát đề nghị khởi tố thư ký hội đồng quản trị.",
        "Con mèo con bị mắc kẹt trong băng đỏ quấn quanh hộp quà.",
        "Gió thổi mạnh, em bé đá vỏ lon xuống lòng đường.",
        "Các vận động viên kéo tất của họ lên sát đầu gối trước giờ chạy.",
        "Xe buýt không được cắt góc khi quẹo vào bến.",
        "Chiến sĩ trúng một phát bắn vào cánh tay cho nên phải rút lui.",
        "Đoàn tàu đang chạy thấp hơn vận tốc cho phép trên đoạn dốc.",
        "Quả bóng đang ở trong sân của trường tiểu học bên cạnh.",
        "Sau giờ ra chơi, học sinh lớp mỹ thuật quay lại bàn vẽ.",
        "Hai người bị hiềm nghi nhân lúc đêm khuya đã phá khóa kho hàng.",
        "Người dân chạy ra khỏi hơi cay phát tán trên quảng trường.",
    ],
)
def test_t308_words_used_as_they_say_stay_quiet(text: str) -> None:
    """'nhân đôi', 'thư ký', 'nhân lúc' after the court words; a ribbon, a can in the roadway, socks by the knee, a
    bus at a turn, a wound, a speed, a school's yard, an art class, tear gas: literal, not the idiom or the Chinese
    word."""
    assert _texts(text, "T308") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Khởi tố thư nêu rõ hành vi của ông Lâm.", "Khởi tố thư"),
        ("Bị cáo nhân Lê Văn Hải khai rằng đã nhận tiền.", "Bị cáo nhân"),
        ("Hai dự án thủy điện vẫn vướng vào băng đỏ nhiều năm.", "băng đỏ"),
        ("Chính phủ Anh lại đá lon xuống đường về cải cách nhà ở.", "đá lon xuống đường"),
        ("Đội tuyển phải kéo tất của mình lên ở hiệp hai.", "kéo tất của mình lên"),
        ("Nhà thầu không được cắt góc trong việc đổ bê tông.", "cắt góc"),
        ("Chương trình ưu đãi là một phát bắn vào cánh tay cho ngành du lịch.", "một phát bắn vào cánh tay"),
        ("Quỹ dự phòng của tỉnh đang chạy thấp.", "đang chạy thấp"),
        ("Quả bóng giờ đang ở trong sân của Bộ Tài chính.", "Quả bóng giờ đang ở trong sân của"),
        ("Hiềm nghi nhân Trần Văn Bình đã bị bắt tại Lạng Sơn.", "Hiềm nghi nhân"),
        ("Đà tăng của giá cà phê đã chạy ra khỏi hơi trong tuần này.", "chạy ra khỏi hơi"),
    ],
)
def test_t308_the_calques_still_fire(text: str, span: str) -> None:
    assert _texts(text, "T308") == [span]
