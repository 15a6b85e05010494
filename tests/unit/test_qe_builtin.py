"""The built-in QE score and its syllable fluency model, on sentences written for these tests."""

from __future__ import annotations

import importlib.util

import pytest

from audit.lang.syllable_lm import fluency_model
from audit.model import Finding, Severity
from audit.qe.base import QEItem
from audit.qe.builtin import BuiltinBackend, builtin_score, signals
from audit.qe.registry import BackendError, make_backends

needs_syllables = pytest.mark.skipif(
    importlib.util.find_spec("audit.lang.syllable") is None, reason="audit.lang.syllable not merged yet"
)

CLEAN = "Nhiều gia đình ở vùng ven biển đã chủ động gia cố nhà cửa trước khi cơn bão đổ bộ."
MISSPELT = "Nhiều gia đinh ở vùg ven biẻn đã chủ độg gia cố nhà cửa trươc khi cơn bão đổ bộ."
ENGLISH = "The provincial government approved a new plan to upgrade rural roads this year."
SCRAMBLED = "bộ đổ bão cơn khi trước cửa nhà cố gia động chủ đã biển ven vùng ở đình gia nhiều."


def test_fluency_prefers_word_order_of_real_vietnamese() -> None:
    m = fluency_model()
    words = [w.strip(".").lower() for w in CLEAN.split()]
    assert m.logprob(words) > m.logprob(list(reversed(words)))
    assert m.logprob(["quan", "hệ", "hợp", "tác"]) > m.logprob(["tác", "hợp", "hệ", "quan"])
    assert m.transition_logprob("bệnh", "viện") > m.transition_logprob("bệnh", "xăng")
    assert m.start_logprob("qwzx") < m.start_logprob("nhà")


def test_builtin_signals_fluency_is_the_models_runs_logprob() -> None:
    """signals() inlines FluencyModel.runs_logprob for one pass over the tokens: both must agree."""
    from audit.lang.langid import letter_words

    for text in (CLEAN, MISSPELT, SCRAMBLED, "Ông Borrell đã đến Hà Nội hôm qua để dự họp."):
        lp, _ = fluency_model().runs_logprob(letter_words(text))
        assert signals(text)["fluency"] == pytest.approx(lp)


def test_capitalised_tokens_break_fluency_runs() -> None:
    m = fluency_model()
    lp, n = m.runs_logprob(["Ông", "Borrell", "đã", "đến", "Hà", "Nội"])
    assert n == 2
    assert lp == pytest.approx((m.start_logprob("đã") + m.transition_logprob("đã", "đến")) / 2)


@pytest.mark.parametrize("bad", [pytest.param(MISSPELT, marks=needs_syllables), ENGLISH])
def test_damaged_text_scores_lower_than_clean(bad: str) -> None:
    clean, _ = builtin_score(CLEAN, 0.0, len(CLEAN.split()))
    damaged, _ = builtin_score(bad, 0.0, len(bad.split()))
    assert 0.0 <= damaged < clean <= 1.0
    assert clean - damaged > 0.3


def test_fluency_is_a_signal_and_only_its_tail_a_penalty() -> None:
    """Words in scrambled order read worse to the syllable model (the ``fluency`` signal shows it), but
    fluent human sentences spread as wide, so only text below the floor (the 1st percentile of human
    news) loses score: scrambled words of valid syllables are not what the built-in score is for."""
    assert signals(SCRAMBLED)["fluency"] < signals(CLEAN)["fluency"]
    assert builtin_score(SCRAMBLED, 0.0, 20)[0] == builtin_score(CLEAN, 0.0, 20)[0] == 1.0


@needs_syllables
def test_a_clean_sentence_with_foreign_names_is_not_among_the_worst() -> None:
    """Names are capitalised tokens that are no Vietnamese syllables and break the lowercase runs; a clean
    sentence full of them must still score well above a damaged one."""
    names = "Tổng thống Indonesia Prabowo Subianto sẽ thăm Hà Nội vào tháng tới."
    named, _ = builtin_score(names, 0.0, len(names.split()))
    misspelt, _ = builtin_score(MISSPELT, 0.0, len(MISSPELT.split()))
    assert named >= 0.6 and named > misspelt + 0.2


@needs_syllables
def test_signals_name_what_is_wrong() -> None:
    assert signals(MISSPELT)["invalid_lower"] == pytest.approx(4 / 20)
    assert signals(ENGLISH)["foreign"] == 1.0
    assert signals(CLEAN)["foreign"] == 0.0
    names = signals("Chủ tịch Zhang Jinchuang đã hội đàm với Thủ tướng Kaczmarek tại thủ đô.")
    assert names["invalid_capitalised"] == pytest.approx(3 / 14)
    assert names["invalid_lower"] == 0.0
    assert signals("Hội nghị ASEAN và EU khai mạc tại Hà Nội.")["invalid_capitalised"] == 0.0  # acronyms


def test_rule_findings_lower_the_score() -> None:
    major = Finding("d", 0, 1, 1, "x", "X001", "accuracy/mistranslation", Severity.MAJOR, "m")
    b = BuiltinBackend()
    words = len(CLEAN.split())
    plain, flagged = b.score([QEItem(CLEAN, words=words), QEItem(CLEAN, findings=[major], words=words)])
    assert flagged["builtin"] < plain["builtin"]
    assert flagged["builtin"] == pytest.approx(plain["builtin"] * 2.718281828 ** (-10 * 5 / words), rel=1e-3)


def test_builtin_is_deterministic_and_reports_signals() -> None:
    b = make_backends(["builtin"])[0]
    items = [QEItem(t, words=len(t.split())) for t in (CLEAN, MISSPELT, ENGLISH, "")]
    first, second = b.score(items), b.score(items)
    assert first == second
    assert set(first[0]) == {"builtin", "builtin_invalid", "builtin_fluency"}
    assert first[3]["builtin"] == 1.0  # nothing to judge
    assert b.to_quality("builtin", 0.7) == 0.7 and b.to_quality("builtin_fluency", -7.0) is None
    assert "fluency" in b.describe()["formula"]


def test_unknown_backend_and_bad_option_are_backend_errors() -> None:
    with pytest.raises(BackendError, match="unknown QE backend"):
        make_backends(["kiwi"])
    with pytest.raises(BackendError, match="postedit"):
        make_backends(["sacrebleu:nonsense"])
    with pytest.raises(BackendError, match="builtin backend takes no option"):
        make_backends(["builtin:fast"])  # a typo for another backend must not run the default silently
    assert make_backends(["none"]) == []


def test_trained_tables_are_cached_and_reload_identically(monkeypatch, tmp_path) -> None:
    from audit.lang import syllable_lm as fluency

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fluency.fluency_model.cache_clear()
    try:
        trained = fluency.fluency_model()
        cached_file = fluency._cache_file()
        assert cached_file.is_file() and cached_file.parent == tmp_path / "mt-audit"
        fluency.fluency_model.cache_clear()
        reloaded = fluency.fluency_model()
        assert reloaded is not trained
        assert reloaded.state() == trained.state()
        cached_file.write_bytes(b"not marshal data")  # a damaged cache is retrained, not trusted
        fluency.fluency_model.cache_clear()
        assert fluency.fluency_model().state() == trained.state()
    finally:
        fluency.fluency_model.cache_clear()


def test_rows_are_the_rounded_score_and_signals() -> None:
    """The backend's row leaves out round() where it cannot change the value (a score of exactly 1.0, no invalid
    word): the row is still the rounded score and signals of builtin_score, for a sentence that scores 1.0 and for
    damaged ones (sentences written for this test)."""
    texts = [
        "Sáng nay, nhiều trường học ở miền núi đã cho học sinh nghỉ vì trời rét đậm.",
        "Sáng nay, nhiều trườg học ở miền núii đã cho học sinh nghỉ vì trời rét đậm.",
        "học sinh rét đậm nay sáng trời vì nghỉ cho đã núi miền ở học trường nhiều.",
        "The mountain schools closed this morning because of the bitter cold.",
        "",
    ]
    rows = BuiltinBackend().score([QEItem(t, words=max(1, len(t.split()))) for t in texts])
    assert rows[0]["builtin"] == 1.0 and rows[0]["builtin_invalid"] == 0.0  # the case round() is left out of
    for text, row in zip(texts, rows, strict=True):
        q, s = builtin_score(text, 0.0, max(1, len(text.split())))
        assert row == {
            "builtin": round(q, 4),
            "builtin_invalid": round(s["invalid_lower"] + s["invalid_capitalised"], 4),
            "builtin_fluency": round(s["fluency"], 3),
        }
