"""The source-aware signals of the built-in score (audit/qe/source_signals.py), on records written for these tests."""

from __future__ import annotations

import math

import pytest

from audit.lang.langid import letter_words
from audit.qe import builtin
from audit.qe.base import QEItem
from audit.qe.builtin import BuiltinBackend, builtin_score, scored
from audit.qe.source_signals import (
    code_signal,
    length_signal,
    loop_words,
    name_signal,
    number_signal,
    parity_signal,
    repeat_signal,
    sentence_count,
    sentence_signal,
    source_signals,
)

EN = "The regional council approved a budget for six new schools and two hospitals in the northern districts."
VI = "Hội đồng khu vực đã phê duyệt ngân sách cho sáu trường học mới và hai bệnh viện ở các huyện phía bắc."
VI_CUT = "Hội đồng khu vực đã phê duyệt."


def signals_of(source: str, target: str):
    return source_signals(source, target, letter_words(target))


def test_length_counts_only_outside_the_human_band() -> None:
    ratio, excess = length_signal(EN, VI, "latin")
    assert 0.8 < ratio < 1.3 and excess == 0.0
    ratio, excess = length_signal(EN, VI_CUT, "latin")
    assert ratio < 0.4 and excess > 0.5
    assert length_signal("Thank you!", "Cảm ơn!", "latin") == (1.0, 0.0)  # too short to say
    zh = "市政府计划明年在北部地区新建六所学校和两家医院。"
    assert length_signal(zh, VI, "han")[1] == 0.0
    assert length_signal(zh, VI_CUT, "han")[1] > 0.5


def test_an_empty_target_is_as_short_as_it_gets() -> None:
    ratio, excess = length_signal(EN, "", "latin")
    assert ratio == 0.0 and excess > 3
    assert builtin_score("", 0.0, 1, EN)[0] < 0.01
    assert builtin_score("", 0.0, 1)[0] == 1.0  # without a source there is nothing to judge


@pytest.mark.parametrize(
    ("source", "target", "missing"),
    [
        ("The ferry carried 1,274 passengers and 38 cars.", "Chuyến phà chở 1.274 hành khách và 38 ô tô.", 0),
        ("The ferry carried 1,274 passengers and 38 cars.", "Chuyến phà chở 1.247 hành khách và 38 ô tô.", 1),
        ("Inflation eased to 3.6% in August.", "Lạm phát giảm còn 3,6% trong tháng 8.", 0),
        ("The port handled 2.96 million containers.", "Cảng đã xếp dỡ gần 3 triệu container.", 0),  # rounded
        ("She finished 3rd in the final.", "Cô về thứ ba trong trận chung kết.", 0),  # spelled out
        ("The trail is 12 miles long.", "Con đường mòn dài 19 km.", 0),  # converted unit
        ("The market opens at 9:00 a.m.", "Chợ mở cửa lúc 9 giờ sáng.", 0),  # a whole hour
        ("该省去年接待游客4500万人次。", "Năm ngoái tỉnh này đón 45 triệu lượt khách.", 0),  # 万 converted
        ("该省去年接待游客4500万人次。", "Năm ngoái tỉnh này đón 54 triệu lượt khách.", 1),
        # as rules A101/A102 match them (audit.lang.number_match): the scale word counts, not only the digits
        ("The dam cost $6.4 billion.", "Con đập tốn 6,4 triệu USD.", 1),
        ("该港口去年吞吐量达3.1亿吨。", "Cảng này năm ngoái đạt 310 triệu tấn.", 0),
        ("该港口去年吞吐量达3.1亿吨。", "Cảng này năm ngoái đạt 3,1 triệu tấn.", 1),
        ("The ferry leaves at 6:45 a.m.", "Phà rời bến lúc 6.45 giờ sáng.", 0),
        ("渡轮下午4时出发。", "Phà khởi hành lúc 16 giờ.", 0),
        ("该镇有700万棵树。", "Thị trấn có bảy triệu cây xanh.", 0),
        ("Rice exports grew 4% in 2019.", "Xuất khẩu gạo tăng 4 % trong năm 2019.", 0),
        ("The region had 2.4 million visitors.", "Vùng này đón 2 triệu du khách.", 1),  # no hedge: no rounding
    ],
)
def test_numbers_of_the_source_missing_from_the_target(source: str, target: str, missing: int) -> None:
    assert number_signal(source, target)[0] == missing


def test_codes_links_and_addresses() -> None:
    source = "Flight QH1523 leaves at noon; see https://example.org/lich-bay or write to info@example.org."
    kept = "Chuyến bay QH1523 cất cánh lúc trưa; xem https://example.org/lich-bay hoặc viết về info@example.org."
    assert code_signal(source, kept) == (0, 3)
    lost = "Chuyến bay QH1253 cất cánh lúc trưa; xem trang web của hãng hoặc viết về info@example.org."
    assert code_signal(source, lost) == (2, 3)
    # a figure with a unit or an ordinal is no code: the translation writes it its own way
    assert code_signal("It was 31C at 10am on the 5th.", "Trời nóng 31 độ C lúc 10 giờ sáng ngày mùng 5.") == (0, 0)
    # a bare domain is a link too, as rule A104 reads it (audit.lang.verbatim)
    assert code_signal("Timetables are at ferries.gr.", "Lịch tàu có trên trang web.") == (1, 1)
    assert code_signal("Timetables are at ferries.gr.", "Lịch tàu có trên ferries.gr.") == (0, 1)


def test_untranslated_words_and_chinese_characters() -> None:
    source = "The committee will discuss the proposal next week."
    assert not any(map(signals_of(source, "Ủy ban sẽ thảo luận đề xuất.").copied, ["Ủy", "ban", "đề", "xuất"]))
    _, s = builtin_score("Ủy ban sẽ thảo luận proposal vào tuần tới.", 0.0, 8, source)
    assert s["builtin_untranslated"] == 1
    assert s["invalid_lower"] == 0.0  # counted once, as untranslated
    # 'show' and 'team' alone are loans Vietnamese uses; next to each other they are a stretch left in English
    source = "The network will air the team show next season."
    _, s = builtin_score("Nhà đài sẽ phát sóng team show vào mùa tới.", 0.0, 10, source)
    assert s["builtin_untranslated"] == 2
    _, s = builtin_score("Nhà đài sẽ phát sóng chương trình của đội vào mùa tới, một show mới.", 0.0, 14, source)
    assert s["builtin_untranslated"] == 0
    zh = "当地居民担心冬季的空气污染。"
    _, s = builtin_score("Người dân địa phương lo ngại ô nhiễm 空气 vào mùa đông.", 0.0, 10, zh)
    assert s["builtin_untranslated"] == 1
    # a copied name, a currency and a link are kept on purpose
    source = "Ms Kowalczyk paid 300 zloty online at www.kasa-miejska.pl."
    _, s = builtin_score("Bà Kowalczyk đã trả 300 zloty trực tuyến tại www.kasa-miejska.pl.", 0.0, 10, source)
    assert s["builtin_untranslated"] == 0


def test_a_name_copied_from_the_source_is_no_garble() -> None:
    source = "Professor Wojciechowski from Gdańsk presented the results."
    target = "Giáo sư Wojciechowski đến từ Gdańsk đã trình bày kết quả."
    alone = builtin_score(target, 0.0, 10)[1]["invalid_capitalised"]
    with_source = builtin_score(target, 0.0, 10, source)[1]["invalid_capitalised"]
    assert alone > 0 and with_source == 0.0


@pytest.mark.parametrize(
    ("target", "missing"),
    [
        ("Thị trưởng Ingrid Solberg khánh thành cây cầu ở Tromsø hôm thứ Sáu.", 0),
        ("Thị trưởng Ingrid Sollberg khánh thành cây cầu ở Tromsø hôm thứ Sáu.", 1),
        ("Thị trưởng khánh thành cây cầu hôm thứ Sáu.", 3),
    ],
)
def test_names_of_the_source_missing_from_the_target(target: str, missing: int) -> None:
    source = "Mayor Ingrid Solberg opened the bridge in Tromsø on Friday."
    assert name_signal(source, target, "latin") == (missing, 3)


def test_translated_words_demonyms_and_other_spellings_are_not_missing_names() -> None:
    # a common word (Germany, Parliament), a month, a unit, and a demonym whose country the target names
    source = "Germany's Parliament met in March, with 95 degrees Fahrenheit outside, to hear Peruvian envoys."
    target = "Quốc hội Đức họp vào tháng 3, ngoài trời 35 độ C, để nghe các đặc phái viên Peru."
    assert name_signal(source, target, "latin")[0] == 0
    # the Spanish spelling of a city
    assert name_signal("The team flew to Seville on Monday.", "Đội bay tới Sevilla hôm thứ Hai.", "latin")[0] == 0


def test_questions_exclamations_and_negations_carried() -> None:
    assert parity_signal("Will the new line open before winter?", "Tuyến mới sẽ mở trước mùa đông.", "latin") == 1
    assert parity_signal("Will the new line open before winter?", "Tuyến mới có mở trước mùa đông?", "latin") == 0
    assert parity_signal("The minister did not attend.", "Bộ trưởng đã tham dự.", "latin") == 1
    assert parity_signal("The minister did not attend.", "Bộ trưởng đã không tham dự.", "latin") == 0
    assert parity_signal("The ferry won't sail on Sunday.", "Phà sẽ chạy vào Chủ nhật.", "latin") == 1
    assert parity_signal("The ferry won’t sail on Sunday.", "Phà sẽ không chạy vào Chủ nhật.", "latin") == 0
    assert parity_signal("The farmers' market opens at noon.", "Chợ nông sản mở cửa lúc trưa.", "latin") == 0
    assert parity_signal("他没有出席会议。", "Ông đã dự cuộc họp.", "han") == 1
    assert parity_signal("他没有出席会议。", "Ông không dự cuộc họp.", "han") == 0
    # 别 inside a transliteration, 不断 'continuously': no negation
    assert (
        parity_signal("白俄罗斯与乌兹别克斯坦的贸易不断增长。", "Thương mại Belarus và Uzbekistan tăng đều.", "han")
        == 0
    )


def test_a_sentence_left_out() -> None:
    source = "The storm hit the coast on Monday. Thousands of homes lost power."
    assert sentence_signal(source, "Cơn bão đổ bộ vào bờ biển hôm thứ Hai.") == 1
    assert sentence_signal(source, "Cơn bão đổ bộ hôm thứ Hai. Hàng nghìn ngôi nhà bị mất điện.") == 0
    assert sentence_count("Dr. Okafor and Mr. Lund arrived in the U.S. Capitol.") == 1
    assert sentence_count("台风周一登陆。数千户停电。") == 2


def test_loops_of_words() -> None:
    assert loop_words("các cửa hàng hàng hàng hàng tiêu dùng".split()) == 4
    assert loop_words("phát triển phát triển phát triển kinh tế".split()) == 6
    assert loop_words("anh ấy đi từ từ về nhà".split()) == 0  # a reduplication is no loop
    assert repeat_signal("The shops of consumer goods.", letter_words("các cửa hàng hàng hàng hàng tiêu dùng")) == 4
    assert repeat_signal("She said: very, very, very good.", letter_words("Cô nói: rất rất rất tốt.")) == 0  # its own


def test_a_faithful_translation_scores_above_damaged_ones() -> None:
    good = builtin_score(VI, 0.0, len(VI.split()), EN)[0]
    cut = builtin_score(VI_CUT, 0.0, len(VI_CUT.split()), EN)[0]
    looped = VI.replace("bệnh viện", "bệnh viện bệnh viện bệnh viện")
    assert good > 0.9
    assert cut < good - 0.5
    assert builtin_score(looped, 0.0, len(looped.split()), EN)[0] < good - 0.1


def test_target_only_scores_and_signals_are_unchanged() -> None:
    for text in (VI, VI_CUT, "Giáo sư Wojciechowski đến từ Gdańsk.", ""):
        assert builtin_score(text, 0.0, 9) == builtin_score(text, 0.0, 9, None) == builtin_score(text, 0.0, 9, "  ")
    plain, sourced = BuiltinBackend().score([QEItem(VI, words=20), QEItem(VI, source=EN, words=20)])
    assert set(plain) == {"builtin", "builtin_invalid", "builtin_fluency"}
    assert set(sourced) - set(plain) == {
        "builtin_length",
        "builtin_numbers",
        "builtin_codes",
        "builtin_untranslated",
        "builtin_names",
        "builtin_parity",
        "builtin_sentences",
        "builtin_repeats",
    }


def test_audit_run_reports_the_source_signals_of_records_only(tmp_path) -> None:
    """Through the whole pipeline: a TSV with a source gets the source signals, a text file does not."""
    import json

    from audit.pipeline import Settings, run

    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(f"id\tsrc\tmt\nr1\t{EN}\t{VI}\nr2\t{EN}\t{VI_CUT}\n", encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text(VI + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run([str(pairs), str(plain)], str(out), Settings(qe=["builtin"]))
    records = [json.loads(line) for line in (out / "segments.jsonl").read_text("utf-8").splitlines()]
    by_doc: dict[str, list[dict]] = {}
    for r in records:
        by_doc.setdefault(r["doc"], []).append(r["scores"])
    good, cut = by_doc["pairs.tsv"]
    assert good["builtin_length"] > 0.8 and cut["builtin_length"] < 0.4
    assert cut["builtin"] < good["builtin"] - 0.5
    (text,) = by_doc["plain.txt"]
    assert "builtin_length" not in text
    assert text["builtin"] == pytest.approx(builtin_score(VI, 0.0, len(VI.split()))[0], abs=1e-4)


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        (
            "Rescuers reached 14 hikers and 3 guides near Zermatt on Sunday.",
            "Lực lượng cứu hộ đã tiếp cận những người đi bộ gần Zermatt hôm Chủ nhật.",
            "builtin_numbers: 2 of 2 source numbers missing",
        ),
        (
            "The mayor of Kaunas opened the new library. Hundreds of readers came on the first day.",
            "Thị trưởng Kaunas đã khánh thành thư viện mới.",
            "builtin_length: 0.",
        ),
        ("Did the council approve the new budget?", "Hội đồng đã thông qua ngân sách mới.", "builtin_parity: 1"),
        ("The council approved the new budget.", "Hội đồng đã thông qua ngân sách mới.", None),
    ],
)
def test_the_term_that_lowered_the_score_most(source: str, target: str, said: str | None) -> None:
    q, _, damage = scored(target, 0.0, len(target.split()), source)
    assert q == builtin_score(target, 0.0, len(target.split()), source)[0]
    main = damage.main()
    assert main is None if said is None else main is not None and main.startswith(said)
    assert q == pytest.approx(math.exp(-sum(damage.terms.values())))


def test_the_summary_and_the_terminal_say_how_a_record_was_scored(tmp_path) -> None:
    """summary.json states the source-aware formula and weights; the terminal report names, for a segment
    without findings ranked by its score, the signal that lowered the score most."""
    import io
    import json

    from rich.console import Console

    from audit.pipeline import Settings, run
    from audit.report.load import load_run
    from audit.report.terminal import render

    pairs = tmp_path / "pairs.tsv"
    pairs.write_text(
        "id\tsrc\tmt\n"
        f"r1\t{EN}\t{VI}\n"
        "r2\tDid the council in Tartu approve the new budget for its schools?\t"
        "Hội đồng ở Tartu đã thông qua ngân sách mới cho các trường học.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    run([str(pairs)], str(out), Settings(qe=["builtin"]))
    (backend,) = json.loads((out / "summary.json").read_text("utf-8"))["backends"]
    assert "2*numbers/source_numbers" in backend["formula_with_source"]
    assert backend["weights_with_source"]["numbers"] == builtin.W_NUMBERS
    buf = io.StringIO()
    render(load_run(out), Console(file=buf, width=200), top=2)
    report = buf.getvalue()
    assert "ranked by its QE score alone" in report
    assert "lowered most by builtin_parity: 1 question, exclamation or negation of the source lost" in report
