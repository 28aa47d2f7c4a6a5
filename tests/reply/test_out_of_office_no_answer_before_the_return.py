"""An absence with "I cannot answer your message before then" is a notice in every
language, though no header marks it: no answer to the evening is read from it."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.autoreply import auto_reply_text_reason
from somek_tui.models import Answer
from tests.reply.plain_reply import plain_reply

NOTICES = [
    pytest.param(
        "Je ne serai pas au bureau avant lundi. Je ne pourrai pas vous répondre avant.",
        id="fr-pas-au-bureau",
    ),
    pytest.param(
        "Je ne suis pas au bureau cette semaine et ne pourrai pas vous répondre avant le 12.",
        id="fr-cette-semaine",
    ),
    pytest.param(
        "Je ne suis pas disponible avant le 5 janvier. Je ne pourrai pas lire vos messages.",
        id="fr-pas-disponible",
    ),
    pytest.param(
        "Ik ben niet aanwezig tot maandag en kan uw bericht niet beantwoorden.",
        id="nl-niet-beantwoorden",
    ),
    pytest.param(
        "Ik ben afwezig tot maandag. Ik kan niet reageren op uw bericht.", id="nl-reageren"
    ),
    pytest.param(
        "I won't be in the office until Monday. I won't be able to reply before then.",
        id="en-wont-be-in",
    ),
    pytest.param(
        "I will not be in the office until 5 January and will not be able to answer your message.",
        id="en-will-not",
    ),
    pytest.param(
        "No estoy en la oficina hasta el lunes. No podré responderle antes.", id="es-oficina"
    ),
    pytest.param("Non sono in ufficio fino a lunedì. Non potrò rispondere prima.", id="it-ufficio"),
    pytest.param(
        "Ich bin bis Montag nicht im Büro. Ich kann Ihre Nachricht vorher nicht lesen.",
        id="de-nicht-lesen",
    ),
    pytest.param(
        "I'm out of office until 30 January and won't be able to attend any meetings. I will "
        "reply when I'm back.",
        id="en-any-meetings",
    ),
]


@pytest.mark.parametrize("text", NOTICES)
def test_an_absence_that_cannot_answer_before_the_return_is_a_notice(text: str) -> None:
    assert auto_reply_text_reason(text) is not None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Je ne serai pas là jeudi, désolée !", Answer.NO, id="fr-pas-la"),
        pytest.param("Je ne suis pas disponible jeudi, désolée.", Answer.NO, id="fr-dispo"),
        pytest.param("Ik kan helaas niet komen donderdag.", Answer.NO, id="nl-niet-komen"),
        pytest.param("I won't be in town on Thursday, sorry.", Answer.NO, id="en-in-town"),
        pytest.param(
            "I'm away until Monday and won't be able to attend on Thursday, sorry.", Answer.NO,
            id="en-attend-thursday",
        ),
        pytest.param(
            "I won't be in the office until Monday, but I'll be at the meetup!", Answer.YES,
            id="en-but-meetup",
        ),
    ],
)  # fmt: skip
def test_a_member_saying_where_they_are_is_no_notice(text: str, answer: Answer) -> None:
    result = analyse(plain_reply(text))
    assert (result.kind, result.answer) == ("reply", answer)
