"""The word index of a lexicon grows as its cues are first used, and stays exact as it grows."""

from __future__ import annotations

import re

from mail import cues
from mail.prefilter import WordIndex


def test_a_lexicons_index_holds_no_words_before_a_cue_of_it_is_used() -> None:
    index = cues._index.__wrapped__("topic")  # a fresh one, not the reader's shared index

    assert index.present("Themenvorschlag: Social Media im Verein, gern als Vortrag") == set()


def test_a_cue_adds_its_own_words_to_the_lexicons_index_and_no_others() -> None:
    index = cues._index.__wrapped__("answer")
    cue = cues.Cue((r"\bkomme\s+gern\b", r"\bbin\s+dabei\b"), re.IGNORECASE, index)

    assert index.present("Ich komme gern, bin dabei, leider ohne Begleitung") == {
        "komme",
        "gern",
        "bin",
        "dabei",
    }
    assert cue.search("Ja, ich komme gern.") is not None


def test_words_added_after_the_index_was_built_are_found() -> None:
    index = WordIndex()
    index.add(("danke",))
    assert index.present("Danke schön, bis bald") == {"danke"}

    index.add(("schön", "bald"))

    assert index.present("Danke schön, bis bald") == {"danke", "schön", "bald"}


def test_the_index_finds_what_a_plain_look_finds_however_often_it_grows() -> None:
    index = WordIndex()
    words = [f"wort{n}x" for n in range(300)]
    texts = [" ".join(words[n : n + 7]) + " WORT5X" for n in range(0, 300, 3)]
    added: list[str] = []
    for number in range(len(texts)):
        new = words[number * 3 : number * 3 + 3]
        index.add(tuple(new))
        added += new
        for seen in texts[: number + 1]:
            assert index.present(seen) == {w for w in added if w in seen.lower()}
