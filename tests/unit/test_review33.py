"""review33: human text next to round 25's new triggers (misses31–34's T308 rows, C101's frames, T307's 'N vạn',
T306, N103, N105, C104, C103, N109, F107, A112, C105 and the chrome rows) stays quiet and keeps its article lines
(tests/data/review33, written and committed blind at 69159cf9). Blind: 3 findings on a_sentences (T308 'cảnh phương'
×2 in 'cảnh phương án/pháp', T307 '10 vạn người dân' in a sentence the chronicles tell) and 2 site names over a menu
read as article; the fixes' tests below use sentences that are in neither the probes nor the adversary sets nor the
rules' examples, both ways: the human sentence stays quiet, an MT sentence of the same kind still fires."""

from __future__ import annotations

from pathlib import Path

import pytest
from chrome_lines import score_lines

from audit.api import audit_pairs, audit_text

DATA = Path(__file__).resolve().parents[1] / "data" / "review33"
PAGES = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".html") and p.with_suffix(".json").exists())

# Left alone: a site's name alone over a menu or a headline read as article (t2, t3; review32 left the same kind)
KNOWN_AS_ARTICLE = {"Cổng thông tin Phụ huynh", "Nông nghiệp & Thị trường"}


def _texts(text: str, rule: str) -> list[str]:
    return [f.text for f in audit_text(text, select=[rule])]


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.name)
def test_probe_gets_no_finding(path: Path) -> None:
    """Each human-written file gets no finding (blind: 3 on a_sentences)."""
    assert [(f.rule, f.text) for f in audit_text(path.read_text(encoding="utf-8"))] == []


def test_tsv_rows_get_no_finding() -> None:
    """A real 'thứ hai của Trung Quốc', China as Việt Nam's durian market, 1万 as 10.000, 清真 as halal, a Korean
    mayor, a minister in Vietnamese order (blind: none)."""
    rows = [line.split("\t") for line in (DATA / "s1_nguon_trung.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    assert audit_pairs([(src, mt) for _, src, mt in rows]) == []


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_pages_keep_their_article_lines(path: Path) -> None:
    """Blind and after: no article line lost; two site names read as article."""
    score = score_lines(path)
    assert score.article_as_chrome == []
    assert set(score.chrome_as_article) <= KNOWN_AS_ARTICLE
    assert score.article_missing == [] and score.unplaced == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # 'cảnh' (a scene, a shot) before a word 'phương' opens; the police (警方) still fire
        ("Ê-kíp quay phim chọn cảnh phương tiện nối đuôi nhau trên cầu để mở đầu phóng sự.", []),
        ("Mỗi cảnh phương thức di chuyển của nhân vật được quay lại nhiều lần.", []),
        ("Cảnh phương cho biết nghi phạm đã bị bắt tại sân bay Phố Đông.", ["Cảnh phương"]),
        ("Theo cảnh phương Quảng Châu, vụ lừa đảo liên quan hơn 200 nạn nhân.", ["cảnh phương"]),
    ],
)
def test_t308_canh_phuong_as_a_scene(sentence: str, found: list[str]) -> None:
    assert _texts(sentence, "T308") == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # what the chronicles tell ('theo sử cũ', 'chính sử'); a count of today, or 'lịch sử' as a record, fires
        ("Theo sử cũ, khi ấy có 20 vạn người dân phải đi phu đắp đê.", []),
        ("Chính sử ghi nhận 5 vạn người dân bỏ làng chạy loạn.", []),
        ("Thành phố dự kiến đón 20 vạn người dân về dự lễ hội năm nay.", ["20 vạn"]),
        ("Lần đầu tiên trong lịch sử thành phố, 30 vạn du khách đến trong một tuần.", ["30 vạn"]),
    ],
)
def test_t307_a_count_the_chronicles_tell(sentence: str, found: list[str]) -> None:
    assert _texts(sentence, "T307") == found
