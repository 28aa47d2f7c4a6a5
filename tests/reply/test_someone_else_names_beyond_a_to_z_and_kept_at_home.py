"""Someone writes for the member, or the member names another, in the words strangers use.

A name may begin with a capital outside A–Z ("Frau Şahin", "Herr Çelik", "Frau
Łukaszewska"): it is a name all the same, so "Frau Şahin kommt gern" is someone else's
answer for a person to read, never a guess of the member's, and "ich schreibe für Frau
Şahin: sie kommt" passes her answer on. What is passed on may be that the member stays
at home ("sie ist erkältet und bleibt zu Hause") or is in for the evening named ("he's
in for Thursday").
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

ANOTHERS = [
    ("Frau Şahin kommt gern.", "de-sahin-kommt-gern"),
    ("Herr Çelik kommt nicht.", "de-celik-kommt-nicht"),
    ("Frau Łukaszewska ist dabei.", "de-lukaszewska-dabei"),
    ("Herr Øvrebø sagt zu.", "de-ovrebo-sagt-zu"),
    ("Frau Schulz kommt gern.", "de-schulz-as-before"),
]


@pytest.mark.parametrize(("text", "case"), ANOTHERS, ids=[c for _, c in ANOTHERS])
def test_a_name_beginning_beyond_a_to_z_gives_someone_elses_answer(text: str, case: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None
    assert "someone else's answer" in intent.problem


PASSED_ON = [
    ("Ich schreibe für Frau Şahin, sie kommt gern.", Answer.YES, "de-fuer-sahin-kommt"),
    ("Im Auftrag von Herrn Çelik: er kommt nicht.", Answer.NO, "de-auftrag-celik-nicht"),
    (
        "Ich schreibe für meine Mutter, Frau Šołćina. Sie ist erkältet und bleibt zu Hause.",
        Answer.NO,
        "de-mutter-bleibt-zu-hause",
    ),
    ("Ich schreibe für meinen Vater: er bleibt diesmal zu Hause.", Answer.NO, "de-vater-daheim"),
    ("I'm writing for my dad, he's staying home this time.", Answer.NO, "en-dad-staying-home"),
    (
        "Hi, Ciarán's flatmate here. He said to tell you he's in for Thursday.",
        Answer.YES,
        "en-in-for-thursday",
    ),
    ("Hi, Tom's flatmate here. He says he's in for the 28th.", Answer.YES, "en-in-for-the-28th"),
]


@pytest.mark.parametrize(("text", "answer", "case"), PASSED_ON, ids=[c for *_, c in PASSED_ON])
def test_the_members_answer_passed_on_is_read(text: str, answer: Answer, case: str) -> None:
    assert read_intent(text).answer is answer


NOT_AN_ANSWER = [
    (
        "Hi, Tom's flatmate here. He says he's in for a long night at work.",
        "en-in-for-a-long-night",
    ),
    ("Ich schreibe für meine Mutter, sie hat kein Internet.", "de-no-internet"),
]


@pytest.mark.parametrize(("text", "case"), NOT_AN_ANSWER, ids=[c for _, c in NOT_AN_ANSWER])
def test_what_says_nothing_of_coming_is_no_answer(text: str, case: str) -> None:
    assert read_intent(text).answer is None
