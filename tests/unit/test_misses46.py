"""misses46 (round 28): adversary98's misses fixed in a general way, each tested on sentences outside the set, both
ways: T308 entertainment and space words in Hán-Việt, A113's span over the whole calque, C104 Japanese islands in
Hán-Việt, N106 after an occupation noun with its rank's word, N108 a Japanese name by its shape in a source that
names Japan (and the rest of Japan's top 100 family names), T306 'tối qua' and a by-line's dateline."""

from __future__ import annotations

import pytest

from audit.api import audit_pairs, audit_text


def _found(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_text(text) if f.rule == rule]


def _pair(source: str, target: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in audit_pairs([(source, target)]) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "rule", "span", "fix"),
    [
        (
            "Tối qua, ca sĩ Hàn Quốc IU đã tổ chức diễn xướng hội tại TP.HCM.",
            "T308",
            "diễn xướng hội",
            "buổi biểu diễn",
        ),
        ("Ảnh dao cảm cho thấy diện tích rừng ngập mặn giảm mạnh.", "T308", "dao cảm", "viễn thám"),
        ("Nhiều phấn ti xếp hàng từ sáng để chờ thần tượng.", "T308", "phấn ti", "người hâm mộ"),
        ("Bộ điện thị kịch này có 40 tập.", "T308", "điện thị kịch", "phim truyền hình"),
        ("Ba hàng thiên viên trở về Trái Đất an toàn.", "T308", "hàng thiên viên", "phi hành gia"),
        ("Du khách Việt Nam tới Thạch Viên Đảo của Nhật Bản tăng mạnh.", "C104", "Thạch Viên Đảo", "Ishigaki"),
        ("Tên lửa H3 của Nhật Bản rời bệ phóng ở Chủng Tử Đảo sáng nay.", "C104", "Chủng Tử Đảo", "Tanegashima"),
        ("Nam diễn viên phụ Trần Quốc Hưng tiên sinh nói phim quay ở Huế.", "N106", "tiên sinh", ""),
        ("Kỹ sư trưởng Nguyễn Văn An tiên sinh giới thiệu dự án.", "N106", "tiên sinh", ""),
        (
            "Minh Anh | Huế, 9/3/2026 10:15 | 5 bình luận\nTối qua (7/3), đêm nhạc khai mạc ở Đại Nội.",
            "T306",
            "7/3",
            "8/3",
        ),
        ("Đà Nẵng, 14/8/2026 – Đêm qua (11/8), lễ hội pháo hoa khai mạc bên sông Hàn.", "T306", "11/8", "13/8"),
        (
            "Minh Anh | Đà Nẵng, 14/8/2026 10:15 | 5 bình luận\nHôm qua (12/8), lễ hội pháo hoa khai mạc.",
            "T306",
            "12/8",
            "13/8",
        ),
    ],
)
def test_fires(text: str, rule: str, span: str, fix: str) -> None:
    assert (span, fix) in _found(text, rule)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Nghi lễ diễn xướng hội Gióng được UNESCO ghi danh.", "T308"),
        ("Các hình thức diễn xướng hội làng ở Bắc Ninh rất phong phú.", "T308"),
        ("Cầm con dao cảm thấy lạnh tay, anh ta buông ra.", "T308"),
        ("Ông Tá Độ Đảo là một nhà thơ.", "C104"),  # no story on Japan
        ("Nhân vật chính Hồ Xuân Hương nữ sĩ được tái hiện trên sân khấu.", "N106"),
        ("Vở kịch dựng lại thơ của thi sĩ chính Hồ Xuân Hương nữ sĩ.", "N106"),
        ("Diễn viên chính vào vai Đoàn Thị Điểm nữ sĩ rất thành công.", "N106"),
        ("Minh Anh | Đà Nẵng, 14/8/2026 10:15 | 5 bình luận\nTối qua (13/8), lễ hội pháo hoa khai mạc.", "T306"),
        ("Đà Nẵng, 14/8/2026 – Đêm qua (14/8), lễ hội pháo hoa khai mạc.", "T306"),
        ("Hà Nội, 14/8/2026 – Tối qua (12/8, giờ địa phương), Tổng thống Mỹ phát biểu tại Nhà Trắng.", "T306"),
        ("Thứ Năm, 27/11/2025 | Hotline: 0234 123\nTối qua (25/11), bảo tàng mở cửa đón khách.", "T306"),
        ("Cập nhật, 27/11/2025 08:30 | Chia sẻ\nHôm qua (25/11), bảo tàng mở cửa đón khách.", "T306"),
    ],
)
def test_quiet(text: str, rule: str) -> None:
    assert _found(text, rule) == []


def test_idiom_span_is_the_whole_calque() -> None:
    """A113 reports the target-side calque's whole span where the table has one for the same idiom, any case."""
    src = "The elephant in the room is inflation, the governor said."
    assert _pair(src, "Con voi trong phòng là lạm phát, thống đốc nói.", "A113") == [("Con voi trong phòng", None)]
    assert _pair(src, "Không ai nhắc tới con voi trong căn phòng: lạm phát.", "A113") == [
        ("con voi trong căn phòng", None)
    ]
    assert _pair(src, "Con voi to lớn là lạm phát, thống đốc nói.", "A113") == [("voi", None)]
    assert _pair(src, "Vấn đề ai cũng thấy mà không ai nói là lạm phát, thống đốc nói.", "A113") == []


def test_japanese_name_by_shape() -> None:
    """A name of three or four characters whose first two the target writes as one pinyin word, in a source that
    names Japan, is N108's (no Chinese name but a compound surname's is so written); not a Chinese or Korean one."""
    src = "日本丰田公司社长佐野健表示将扩大在越南的投资。"
    mt = "Tổng giám đốc Tập đoàn Toyota Nhật Bản Zuoye Jian cho biết sẽ mở rộng đầu tư tại Việt Nam."
    assert _pair(src, mt, "N108") == [("Zuoye Jian", None)]
    assert _pair(src, mt, "N101") == []
    src = "中国外交部发言人欧阳玉靖表示，中日关系重要，日本应当反省。"
    mt = "Người phát ngôn Bộ Ngoại giao Trung Quốc Ouyang Yujing cho biết quan hệ Trung-Nhật quan trọng."
    assert _pair(src, mt, "N108") == []
    src = "中国学者王小明访问日本。"
    assert _pair(src, "Học giả Trung Quốc Wang Xiaoming thăm Nhật Bản.", "N108") == []


def test_more_japanese_family_names() -> None:
    """The rest of the top 100 (岡本 Okamoto, 青木 Aoki) in pinyin and in Hán-Việt, in a story on Japan."""
    assert _found("Đại sứ Nhật Bản Gangben Jianyi đã gặp lãnh đạo tỉnh Bắc Ninh.", "N108") == [("Gangben Jianyi", None)]
    assert _found("Bộ trưởng Nhật Bản Cương Bản Kiện Nhất thăm Việt Nam.", "N102") == [("Cương Bản Kiện Nhất", None)]
    assert _found("Ca sĩ Kim Tử Long biểu diễn ở Tokyo, Nhật Bản.", "N102") == []


def test_korean_film_people_in_pinyin() -> None:
    """korean_people.tsv's film people (朴赞郁, 宋康昊, 崔岷植) in pinyin get the press's romanised name."""
    text = "Nam diễn viên Hàn Quốc Song Kanghao sẽ tới Liên hoan phim Thượng Hải, Trung Quốc."
    assert _found(text, "N109") == [("Song Kanghao", "Song Kang-ho")]
    text = "Phim của đạo diễn Cui Minzhi ra mắt tại liên hoan phim ở Bắc Kinh, Trung Quốc."
    assert _found(text, "N109") == [("Cui Minzhi", "Choi Min-sik")]
    assert _found("Đạo diễn Park Chan-wook và nam diễn viên Song Kang-ho tới Busan.", "N109") == []


def test_hyphenated_name_misspelt() -> None:
    """A103 compares a name of capitalised parts joined by hyphens as one word; the name copied is quiet."""
    src = "Ms Anne-Marie Trevelyan met the minister in Jean-Luc's office."
    assert _pair(src, "Bà Anne-Marie Trevelyn đã gặp bộ trưởng.", "A103") == [("Trevelyn", "Trevelyan")]
    assert _pair("Mr Jean-Luc Picard spoke.", "Ông Jean-Luk Picard phát biểu.", "A103") == [("Jean-Luk", "Jean-Luc")]
    assert _pair("Mr Jean-Luc Mélenchon spoke in Paris.", "Ông Jean-Luc Melenchon phát biểu tại Paris.", "A103") == []
    assert _pair("The Rolls-Royce plant hired 200 people.", "Nhà máy Rolls-Royce tuyển 200 người.", "A103") == []
    src = "A new clinic opened in the South African province of KwaZulu-Natal."
    assert _pair(src, "Một phòng khám mới mở ở tỉnh KwaZulu-Natal của Nam Phi.", "A103") == []


def test_jaxa_president_by_his_chinese_name() -> None:
    """people.tsv's JAXA President (山川宏): his name in pinyin in a record with the Chinese source gets the fix."""
    src = "日本宇宙航空研究开发机构理事长山川宏访问河内。"
    assert _pair(src, "Chủ tịch JAXA Shanchuan Hong thăm Hà Nội.", "N108") == [("Shanchuan Hong", "Hiroshi Yamakawa")]
    assert _pair(src, "Chủ tịch JAXA Hiroshi Yamakawa thăm Hà Nội.", "N108") == []
    text = "Chủ tịch JAXA Shanchuan Hong thăm Trung tâm Vũ trụ Việt Nam tại Hòa Lạc. Nhật Bản hỗ trợ."
    assert _found(text, "N108") == [("Shanchuan Hong", "Hiroshi Yamakawa")]
