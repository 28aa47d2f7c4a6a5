"""The data protection law named as a subject is no request to leave the list: "DSGVO bei
Gewinnspielen" suggested as a topic, "GDPR for small shops would be a great topic" took
the member off the list, as the bare word "DSGVO"/"GDPR" was read as invoking the law.
The law invoked ("Gemäß DSGVO bitte ich um Löschung", "Under GDPR, please erase my
details") still asks to leave."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NAMED = [
    pytest.param(
        "Als Datenschutzbeauftragte schlage ich vor: DSGVO bei Gewinnspielen.", id="de-vorschlag"
    ),
    pytest.param("DSGVO bei Gewinnspielen. Da brennt es überall.", id="de-stichwort"),
    pytest.param("Bei uns im Verein ist die DSGVO gerade ein Riesenthema.", id="de-riesenthema"),
    pytest.param("GDPR is driving our club crazy right now.", id="en-driving-crazy"),
    pytest.param(
        "As the club's privacy officer I could say a few words on GDPR.", id="en-privacy-officer"
    ),
]


@pytest.mark.parametrize("text", NAMED)
def test_the_data_law_named_as_a_subject_keeps_the_member_on_the_list(text: str) -> None:
    assert not analyse(_mail(text)).unsubscribe


BESIDE_AN_ANSWER = [
    pytest.param("Ich komme! Thema-Idee: DSGVO für kleine Vereine.", id="de-thema-idee"),
    pytest.param("GDPR for small shops would be a great topic. Count me in.", id="en-topic"),
]


@pytest.mark.parametrize("text", BESIDE_AN_ANSWER)
def test_the_answer_beside_the_data_law_named_is_read(text: str) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.unsubscribe) == (Answer.YES, False)


INVOKED = [
    pytest.param("Gemäß DSGVO bitte ich um Löschung meiner Daten.", id="de-gemaess"),
    pytest.param("Ich widerspreche nach Art. 21 DSGVO der Verarbeitung meiner Daten.", id="de-art"),
    pytest.param("Under GDPR, please erase my details.", id="en-under"),
    pytest.param(
        "Please delete everything you hold on me, I'm asking under the GDPR.", id="en-delete"
    ),
]


@pytest.mark.parametrize("text", INVOKED)
def test_the_data_law_invoked_asks_to_leave_the_list(text: str) -> None:
    assert analyse(_mail(text)).unsubscribe
