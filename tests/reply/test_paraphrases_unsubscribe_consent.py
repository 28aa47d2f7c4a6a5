"""Leaving said as consent withdrawn or opting out, and staying with one evening missed.

"Hiermit widerspreche ich der weiteren Zusendung", "I withdraw my consent",
"opting out" in any form of the verb leave the list; opting out of one
evening declines it. A member who asks to stay and names the evening they
miss ("Bitte nicht austragen! Ich bin nur am 28. in Krakau.") or asks leave to
miss ("Can I just skip this one?") says no to it.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


def _params(rows: list[tuple[str, str]]) -> list[object]:
    return [pytest.param(text, id=name) for text, name in rows]


LEAVES = [
    ("Hiermit widerspreche ich der weiteren Zusendung Ihrer E-Mails.", "de-widerspreche-zusendung"),
    ("Ich widerspreche der Zusendung weiterer E-Mails.", "de-zusendung-weiterer"),
    ("Bitte stellen Sie die Zusendung Ihrer E-Mails ein.", "de-zusendung-einstellen"),
    ("Ich widerrufe mein Einverständnis zum Erhalt Ihrer Mails.", "de-widerrufe-erhalt"),
    ("Von weiteren Zusendungen bitte ich abzusehen.", "de-abzusehen"),
    ("Ich bitte um Einstellung der Zusendungen.", "de-einstellung"),
    ("I object to receiving further emails from you.", "en-object"),
    ("I withdraw my consent to receive these emails.", "en-withdraw-consent"),
    ("I hereby revoke my consent.", "en-revoke"),
    ("I'm opting out of these emails.", "en-opting-out-emails"),
    ("Opting out, thanks.", "en-opting-out-thanks"),
    ("Opted out. Bye.", "en-opted-out"),
]

ONE_EVENING_OFF = [
    ("Opting out of this one only. Keep the invites coming.", "en-opting-out-this-one"),
    ("I'm opting out of Thursday, but keep me on the list.", "en-opting-out-thursday"),
    ("I'll opt out this time, keep me posted for the next.", "en-opt-out-this-time"),
    ("Bitte nicht austragen! Ich bin nur am 28. in Krakau.", "de-nur-am-28-krakau"),
    ("Bitte nicht abbestellen, ich habe nur am 28. Vorstellung!", "de-nur-am-28-vorstellung"),
    ("Keep me on the list, only this Thursday I'm in Leeds.", "en-only-this-thursday"),
    ("Bleibe im Verteiler! Diesmal bin ich halt in Rom.", "de-diesmal-rom"),
    ("Don't unsubscribe me – I'm just away on the 28th.", "en-away-on-the-28th"),
    (
        "Can I just skip this one? Please don't unsubscribe me, I want the next invitation.",
        "en-can-i-skip-this-one",
    ),
    ("Darf ich diesmal aussetzen? Bitte nicht austragen!", "de-diesmal-aussetzen"),
    ("Keep me on the list – is it ok if I miss this one?", "en-ok-if-i-miss"),
    ("Just to be clear: keep me on the list, I'm only missing the 28th.", "en-missing-the-28th"),
    ("Please keep me on the list. I'm away the 28th.", "en-away-the-28th"),
    ("Nicht austragen! Bin nur den 28. verhindert.", "de-den-28-verhindert"),
]


@pytest.mark.parametrize("text", _params(LEAVES))
def test_consent_withdrawn_or_opting_out_leaves_the_list(text: str) -> None:
    assert read_intent(text).unsubscribe


@pytest.mark.parametrize("text", _params(ONE_EVENING_OFF))
def test_staying_on_the_list_but_missing_the_evening_named_is_a_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, Answer.NO), intent


@pytest.mark.parametrize(
    "text",
    _params(
        [
            ("Bitte nicht austragen!", "de-only-staying"),
            ("Keep me on the list please.", "en-only-staying"),
            ("Bitte nicht austragen. Wann ist am 28. Beginn?", "de-asks-about-the-evening"),
        ]
    ),
)
def test_staying_without_an_evening_named_answers_nothing(text: str) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, None), intent
