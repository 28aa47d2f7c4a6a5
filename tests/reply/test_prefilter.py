"""Skipping the cue patterns a text cannot match changes no result, only the time it takes."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from mail.cues import Cue, cue, each, folded, lexicon
from mail.prefilter import (
    WordIndex,
    canonical,
    canonical_letter,
    longest_first,
    needs,
    possible,
    starts,
    tail,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "understanding" / "tuning"


def test_needs_takes_the_plain_word_a_pattern_cannot_match_without() -> None:
    assert needs(r"\bdanke\w*\b") == ("danke",)
    assert needs(r"\bsag(e|en|t)?\s+ab\b") == ("sag",)


def test_needs_offers_each_word_of_an_alternation() -> None:
    assert set(needs(r"\b(komme|bin)\s+da\b") or ()) == {"komme", "bin"}
    assert set(needs(r"\bnope\b|\bnah\b") or ()) == {"nope", "nah"}


def test_needs_knows_nothing_of_a_pattern_whose_words_are_optional() -> None:
    assert needs(r"(?:ja)?\W*$") is None
    assert needs(r"\bja\b|\w+") is None  # the second branch needs no word


def test_canonical_spells_alike_what_the_engine_matches_alike() -> None:
    every = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyzäöüßµ":
        matched = set(re.findall(re.escape(letter), every, re.IGNORECASE))
        assert {canonical(c) for c in matched} == {canonical(letter)}, letter


def test_canonical_keeps_the_dotted_capital_i_one_letter() -> None:
    # str.lower() makes "İ" two characters; the engine matches it as "i"
    assert canonical("İch komme") == "ich komme"
    assert possible(needs("ich komme", re.IGNORECASE), canonical("İCH KOMME"))


def test_the_word_index_finds_words_that_begin_at_the_same_place_or_inside_others() -> None:
    index = WordIndex()
    index.add(("nicht", "nicht sicher", "ich", "sicher"))
    assert index.present("ich bin nicht sicher") == {"nicht", "nicht sicher", "ich", "sicher"}
    assert index.present("nichts") == {"nicht", "ich"}
    assert index.present("ja") == set()


def test_a_cue_without_its_words_in_the_text_finds_nothing_and_leaves_it_as_it_was() -> None:
    index = WordIndex()
    found = Cue((r"\bleider\b", r"\bnein\b"), re.IGNORECASE, index)
    assert found.search("ja, gern") is None
    assert list(found.finditer("ja, gern")) == []
    assert found.sub("", "ja, gern") == "ja, gern"
    assert found.search("LEIDER nicht").group(0) == "LEIDER"  # type: ignore[union-attr]


def test_a_cue_keeps_the_order_of_its_patterns() -> None:
    # the whole alternation takes the first pattern that matches at a place, not the longest
    found = Cue((r"\bkomme\b", r"\bkomme nicht\b"), re.IGNORECASE, WordIndex())
    assert found.search("ich komme nicht").group(0) == "komme"  # type: ignore[union-attr]


def test_a_cue_compiles_each_pattern_once_whatever_mix_of_them_a_text_lets_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiled: list[str] = []
    real = re.compile

    def counted(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counted)
    found = Cue((r"\bleider\s+nicht\b", r"\bkomme\s+nie\b", r"\bnein\b"), re.I, WordIndex())
    texts = ["leider nicht", "nein, komme nie", "leider nein", "komme nie, leider nicht, nein"]
    for text in texts:
        found.search(text)
    assert sorted(compiled) == sorted(set(compiled))
    assert all("|" not in pattern for pattern in compiled)


def test_a_cue_hands_an_empty_match_to_its_whole_alternation() -> None:
    # after an empty match the scanner must move on: what the alternation does there
    found = Cue((r"\bja\b", r"(?=nein)", r"nein\w*"), re.IGNORECASE, WordIndex())
    whole = re.compile(found.pattern, re.IGNORECASE)
    for text in ("ja nein ja neinnein", "nein", "jaja nein ja"):
        assert [m.span() for m in found.finditer(text)] == [m.span() for m in whole.finditer(text)]
        assert found.sub("#", text) == whole.sub("#", text)


# Enough mails to meet every client's and language's shapes; a fixed number, so the check
# does not slow down as the corpus grows (the whole alternations are the slow part).
SAMPLED_MAILS = 160


def _corpus_lines() -> list[str]:
    paths = sorted(CORPUS.glob("*.eml"))
    lines: list[str] = []
    for path in paths[:: max(1, len(paths) // SAMPLED_MAILS)]:
        text = path.read_bytes().decode("utf-8", "replace")
        body = text.split("\n\n", 1)[-1]
        lines += [line.strip() for line in body.splitlines() if 3 < len(line.strip()) < 200][:6]
    return lines


@pytest.mark.parametrize("kind", ["answer", "ooo", "guard"])
def test_every_cue_finds_what_its_whole_alternation_finds(kind: str) -> None:
    lines = _corpus_lines()
    # long texts too: there a cue looks for where its patterns can begin
    lines += [" ".join(lines[i : i + 6]) for i in range(0, len(lines), 6)]
    texts = [folded(kind, line) for line in lines] + [folded(kind, line.lower()) for line in lines]
    # Folding often lowercases already: each text once (four in ten were repeats), as
    # the whole alternation is slow and a repeat can only give the same answer again.
    texts = list(dict.fromkeys(texts))
    for name in lexicon(kind):
        fast = cue(kind, name)
        whole = re.compile(fast.pattern, re.IGNORECASE)
        for text in texts:
            expected = [(m.span(), m.group(0)) for m in whole.finditer(text)]
            got = [(m.span(), m.group(0)) for m in fast.finditer(text)]
            assert got == expected, (name, text)
            # The whole alternation is the slow part, and most texts hold none of a cue's
            # words: where it matched nowhere, it finds nothing from 3 on and replaces
            # nothing either, so it need not scan the text twice more to say so.
            if expected:
                from_3, replaced = _span(whole.search(text, 3)), whole.sub("#", text, 2)
            else:
                from_3, replaced = None, text
            assert _span(fast.search(text, 3)) == from_3, (name, text)
            assert _span(fast.match(text)) == _span(whole.match(text)), (name, text)
            assert fast.sub("#", text, 2) == replaced, (name, text)


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


@pytest.mark.parametrize(
    ("name", "flags"),
    [
        ("prose", re.IGNORECASE),
        ("prose_more", re.IGNORECASE),
        ("how_about", re.IGNORECASE),
        ("mention", re.IGNORECASE),
        ("lead_in", re.IGNORECASE),
        ("named_vote", re.IGNORECASE | re.MULTILINE),
    ],
)
def test_topic_patterns_one_by_one_change_a_text_as_re_sub_does(name: str, flags: int) -> None:
    lines = _corpus_lines()
    texts = lines + ["\n".join(lines[i : i + 5]) for i in range(0, len(lines), 5)]
    for fast, pattern in zip(each("topic", name, flags), lexicon("topic")[name], strict=True):
        for text in texts:
            assert fast.sub("#", text) == re.sub(pattern, "#", text, flags=flags), (pattern, text)


def test_starts_takes_the_words_every_match_begins_with() -> None:
    assert starts(r"\b(komme|bin)\s+da\b") == ("komme", "bin")
    assert starts(r"\bnope\b|\bnah\b") == ("nope", "nah")  # parsed as "n", then a branch
    assert starts(r"^\W*nein") is None  # begins with whatever is not a word
    assert starts(r"\b(die\s+)*zusage") is None  # the group may be there or not


def test_a_long_text_is_searched_where_the_words_a_match_begins_with_stand() -> None:
    found = Cue((r"\b(komme|bin)\s+dabei\b",), re.IGNORECASE, WordIndex())
    text = "Ich komme später, ich KOMME nicht zu spät, aber ich bin dabei. " * 3
    assert len(text) > 120
    assert found.search(text).span() == re.search(found.pattern, text, re.I).span()  # type: ignore[union-attr]
    assert found.search(text, 60).span() == re.compile(found.pattern, re.I).search(text, 60).span()  # type: ignore[union-attr]
    assert found.sub("#", text) == re.sub(found.pattern, "#", text, flags=re.I)


def test_the_tail_after_a_leading_group_is_what_a_match_must_end_in() -> None:
    found = tail(r"(?P<title>[^.!?]{3,80}?)\s+wäre\s+(ein|eine)\s+thema\b", re.IGNORECASE)
    assert found is not None and found.pattern == r"\s+wäre\s+(ein|eine)\s+thema\b"
    assert tail(r"\bthema:\s*(?P<title>.+)") is None  # no leading group
    assert tail(r"(ab)+c") is None  # the group repeats
    assert tail(r"(?P<w>\w+) (?P=w)") is None  # the rest refers back to the group


def test_words_longest_first_match_as_their_plain_alternation_does() -> None:
    words = ["ann", "anna", "annika", "ben", "benedikt", "bent"]
    plain = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    for text in ("anna und ich", "ann und ich", "annika kommt", "benedikt und bent", "bent"):
        for shape in (r"\b(?:{})\s+und", r"\b(?:{})\b", r"(?:{})"):
            fast = re.compile(shape.format(longest_first(words)), re.IGNORECASE)
            whole = re.compile(shape.format(plain), re.IGNORECASE)
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in whole.finditer(text)
            ], (shape, text)


def test_canonical_spells_every_character_as_the_engine_folds_it_alone() -> None:
    every = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)
    assert canonical(every) == "".join(canonical_letter(ord(c)) for c in every)
