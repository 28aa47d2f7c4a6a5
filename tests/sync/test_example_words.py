"""Which replies count as saying the same as a settled one (pure, no mail)."""

from __future__ import annotations

from somek_tui.models import Answer, Example
from somek_tui.services.examples import find_example, normalise


def example(words: str) -> Example:
    return Example(id="x1", words=normalise(words), answer=Answer.YES)


def test_case_punctuation_emoji_and_spacing_do_not_count() -> None:
    assert normalise("  Läuft,   ICH bin dabei!! 👍🏽\u200d") == "läuft ich bin dabei"


def test_a_typo_still_finds_the_example() -> None:
    assert find_example("läuft ich bin dabie", [example("Läuft, ich bin dabei")]) is not None


def test_a_word_that_turns_the_meaning_finds_no_example() -> None:
    settled = [example("ich kann leider doch kommen")]
    assert find_example("ich kann leider nicht kommen", settled) is None


def test_a_long_reply_is_never_decided_by_example() -> None:
    words = "Läuft, ich bin dabei. " * 12
    assert find_example(words, [example(words)]) is None


def test_the_same_words_win_over_nearly_the_same() -> None:
    near = Example(id="x1", words="bin dabei heute", answer=Answer.NO)
    same = Example(id="x2", words="bin dabei heut", answer=Answer.YES)
    assert find_example("Bin dabei heut!", [near, same]) is same
