"""Leaving the list in voices the corpus has not used, and who leaves.

Rude, tired, formal, Swiss, phone-typed, dictated, English from Germans:
all of them leave. The writer leaving together with someone else ("meine
Frau und ich", "my husband and me") leaves too; the people named beside
the writer are no guests of an evening.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent


def _params(rows: list[tuple[str, str]]) -> list[object]:
    return [pytest.param(text, id=name) for text, name in rows]


LEAVES = [
    ("Bitte streichen Sie mich aus Ihrem Verteiler.", "de-formal-streichen"),
    ("Ich bitte darum, aus dem Verteiler entfernt zu werden.", "de-bitte-darum-entfernt"),
    ("Bitte keine Einladungen mehr an mich.", "de-keine-einladungen-an-mich"),
    ("Ich möchte mich hiermit vom Stammtisch abmelden.", "de-hiermit-vom-stammtisch"),
    ("Mails bitte abbestellen", "de-mails-abbestellen"),
    ("Ich mag keine Mails mehr von euch.", "de-mag-keine-mails"),
    ("Schluss jetzt mit den Mails, bitte austragen!", "de-schluss-jetzt"),
    ("Bin raus, bitte vom Verteiler nehmen.", "de-bin-raus"),
    ("Nehmt mi bitte us em Verteiler, merci", "ch-us-em-verteiler"),
    ("bitte austragn danke", "de-phone-typo"),
    ("BITTE AUS DEM VERTEILER NEHMEN", "de-caps"),
    ("Ich ziehe nach Hamburg, bitte austragen. War schön mit euch!", "de-ziehe-weg"),
    ("Sie können mich gerne aus der Liste löschen.", "de-gerne-loeschen"),
    ("Bitte nehmen Sie meine Adresse aus dem Verteiler.", "de-meine-adresse"),
    ("Ich habe kein Interesse mehr an den Einladungen.", "de-kein-interesse-einladungen"),
    ("Abmelden bitte, danke", "de-abmelden-danke"),
    ("Bitte austragen Punkt danke Punkt", "de-diktiert"),
    ("Bitte um Austragung aus dem Verteiler.", "de-austragung"),
    ("Ich möchte keine weiteren Mails von diesem Verteiler.", "de-keine-weiteren"),
    ("Hallo, bitte löscht meine E-Mail-Adresse. Gruß", "de-loescht-adresse"),
    ("Please take me off your mailing list.", "en-take-me-off-mailing"),
    ("Remove me. Thanks.", "en-remove-me-thanks"),
    ("unsubscribe!!!", "en-bang"),
    ("I'm no longer interested in these emails.", "en-no-longer-interested-in"),
    ("I'd like to be taken off the list, please.", "en-be-taken-off"),
    ("Not relevant for me anymore – please unsubscribe me.", "en-not-relevant"),
    ("I wish to opt out of all future emails.", "en-wish-to-opt-out"),
    ("Take me off this list pls", "en-phone-pls"),
    ("Please remove this address from your distribution list.", "en-this-address"),
    ("I have left the company, please remove me from your list.", "en-left-company"),
    ("Pls unsubscribe me, too many emails", "en-too-many"),
    ("Kindly delete my email from your records.", "en-kindly-delete-records"),
    ("stop the mails please", "en-stop-the-mails"),
    ("Please unsubscribe me from the Stammtisch list.", "en-stammtisch-list"),
    ("Please remove me from the Verteiler, danke.", "mixed-verteiler"),
    ("Bitte unsubscribe me, I'm moving to Berlin.", "mixed-bitte-unsubscribe-me"),
    ("Kannst du mich bitte aus der Mailingliste rausnehmen?", "de-rausnehmen-frage"),
    ("Meine Frau und ich möchten aus dem Verteiler", "de-frau-und-ich"),
    ("Bitte meinen Mann und mich austragen", "de-mann-und-mich"),
    ("My wife and I would like to be removed from the list.", "en-wife-and-i"),
    ("Ich und mein Kollege wollen raus aus der Liste", "de-ich-und-kollege"),
    ("Please remove my husband and me from the mailing list.", "en-husband-and-me"),
    ("Wir möchten bitte beide ausgetragen werden.", "de-wir-beide"),
]


@pytest.mark.parametrize("text", _params(LEAVES))
def test_leaving_in_a_voice_never_heard_unsubscribes(text: str) -> None:
    intent = read_intent(text)
    assert intent.unsubscribe, intent


@pytest.mark.parametrize(
    "text",
    _params(
        [
            ("Bitte meinen Mann und mich austragen", "de-mann-und-mich"),
            ("My wife and I would like to be removed from the list.", "en-wife-and-i"),
            ("Please remove my husband and me from the mailing list.", "en-husband-and-me"),
        ]
    ),
)
def test_people_leaving_beside_the_writer_are_no_guests(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (None, 0), intent
