"""A third person who wishes to leave the list, named as such, keeps the member on it:
"Mein Kollege möchte ausgetragen werden", "Tom asked to be unsubscribed", "Bitte Tom
Müller aus dem Verteiler nehmen" go to the organizer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mein Kollege möchte ausgetragen werden: tom@example.com", id="kollege"),
        pytest.param("Meine Kollegin möchte abgemeldet werden.", id="kollegin"),
        pytest.param("Tom möchte bitte aus dem Verteiler genommen werden.", id="tom-moechte"),
        pytest.param("Meine Frau will keine Einladungen mehr bekommen.", id="frau-will"),
        pytest.param("My colleague would like to be removed from the list.", id="colleague"),
        pytest.param("Tom asked to be unsubscribed – tom@example.com.", id="tom-asked"),
        pytest.param(
            "Lisa Meier bittet darum, aus dem Verteiler gestrichen zu werden.", id="bittet-darum"
        ),
        pytest.param("Mein Mann möchte sich abmelden, ich bleibe aber!", id="mann-ich-bleibe"),
        pytest.param("Bitte Tom Müller (tom@example.com) aus dem Verteiler nehmen.", id="tom"),
        pytest.param("Könnt ihr Tom bitte austragen?", id="koennt-ihr-tom"),
        pytest.param("Tom Schulz bitte löschen, der ist nicht mehr bei uns.", id="tom-schulz"),
    ],
)  # fmt: skip
def test_another_persons_wish_to_leave_keeps_the_member(text: str) -> None:
    result = analyse(plain_reply(text))
    assert not result.unsubscribe
    assert result.answer is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich möchte ausgetragen werden.", id="ich-moechte"),
        pytest.param("Mein Kollege und ich möchten bitte ausgetragen werden.", id="und-ich"),
        pytest.param("Bitte mich und meinen Mann austragen.", id="mich-und-mann"),
        pytest.param("Bitte Tom und mich austragen.", id="tom-und-mich"),
        pytest.param("Bitte Adresse löschen.", id="adresse"),
        pytest.param("Bitte Daten löschen.", id="daten"),
        pytest.param("Hallo Anna, bitte austragen.", id="hallo-anna"),
        pytest.param("I would like to be removed from the list.", id="i-would-like"),
    ],
)  # fmt: skip
def test_the_writer_among_those_who_leave_leaves(text: str) -> None:
    assert analyse(plain_reply(text)).unsubscribe


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Den Termin bitte streichen, ich kann nicht.", id="termin-streichen"),
        pytest.param("Für Donnerstag bitte Stammtisch streichen.", id="stammtisch-streichen"),
    ],
)
def test_an_evening_struck_off_is_no_leaving_of_anyone(text: str) -> None:
    assert not analyse(plain_reply(text)).unsubscribe
