"""Companions named in dialect ("mit meim Kolleesch", "mit mien Fro", "mei Spezl",
"zwoa Leit") or in a language mixed into a German or English reply ("avec mon mari",
"con mi novio"), and kin or comrades named by words of their own ("Vereinskameraden",
"meine Werkstudentin", "meiner Holden")."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

COUNTED = [
    ("Ei, isch komm mit meim Kolleesch aus de Kneipe.", 1, "hessian-kolleesch"),
    ("Na, ich komm mit meenem Kollschen.", 1, "saxon-kollschen"),
    ("Jo, ik kaam mit mien Fro.", 1, "low-german-fro"),
    ("I kimm mit zwoa Leit aus da Firma.", 2, "bavarian-zwoa-leit"),
    ("I kumm, und mei Spezl vom Fußball kommt auch mit.", 1, "bavarian-mei-spezl"),
    ("Ich und mei Nochbar kumma, passt scho.", 1, "bavarian-nochbar"),
    ("Merci! Ich komme avec mon mari.", 1, "mixed-french"),
    ("Sí, ich komme con mi novio.", 1, "mixed-spanish"),
    ("Wir kommen zu viert: ich und drei Vereinskameraden.", 3, "de-kameraden"),
    ("Gerne! Ich bringe unsere neue Werkstudentin mit.", 1, "de-werkstudentin"),
    ("Jo, komm mit meiner Holden.", 1, "de-holde"),
]


@pytest.mark.parametrize(("text", "guests"), [pytest.param(t, g, id=i) for t, g, i in COUNTED])
def test_companions_in_dialect_or_mixed_language_are_counted(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, guests)
