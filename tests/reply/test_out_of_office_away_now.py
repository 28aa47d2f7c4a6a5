"""A notice that says where its writer is right now, without "out of office" or a leave.

"I'm currently hiking in Patagonia", "bin gerade in Patagonien unterwegs":
being somewhere right now is an absence, and with what only a notice adds
(back on a date, no signal, mail not read) the text is a notice, never an
answer. A member who says the same and answers the evening is no notice;
nor is one who is only busy with something ("currently working on the slides").
"""

from __future__ import annotations

import pytest

from mail.absence_notice import notice_reason

NOTICES = [
    (
        "I'm currently hiking in Patagonia and will be back on 3 February. Yes, really. No signal!",
        "en-hiking-no-signal",
    ),
    ("I'm currently abroad with limited access to email until 3 February.", "en-abroad"),
    ("I am currently travelling and will reply when I'm back on 12 March.", "en-travelling"),
    ("We're currently on a trip and back on Monday 9 February. No wifi, sorry.", "en-we-trip"),
    ("Ich bin gerade in Patagonien unterwegs und ab dem 3. Februar zurück. Kein Empfang!", "de"),
    ("Bin derzeit auf Reisen und lese keine Mails bis zum 12. März.", "de-auf-reisen"),
    ("Ich befinde mich momentan im Ausland. Ihre Mail wird nicht weitergeleitet.", "de-ausland"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=name) for t, name in NOTICES])
def test_somewhere_right_now_with_what_a_notice_adds_is_a_notice(text: str) -> None:
    assert notice_reason(text) is not None


MEMBERS = [
    ("I'm currently in Lisbon, back on the 27th, count me in!", "en-count-me-in"),
    ("I'm currently travelling but will be back on the 27th, so I'll come.", "en-ill-come"),
    ("I'm currently working on the slides, I'll get back to you on Monday.", "en-busy"),
    ("Bin gerade in Lissabon, am 27. zurück und komme gern.", "de-komme-gern"),
    ("Ich bin gerade im Urlaub, sage aber schon mal zu!", "de-sage-zu"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=name) for t, name in MEMBERS])
def test_a_member_away_who_answers_or_is_only_busy_writes_no_notice(text: str) -> None:
    assert notice_reason(text) is None
