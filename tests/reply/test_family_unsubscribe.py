"""Unsubscribe and its traps: leaving the list, declining one evening, staying on it."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

LEAVING = [
    pytest.param("Bitte austragen.", id="bitte-austragen"),
    pytest.param(
        "bitte streichen sie mich von der liste", id="bitte-streichen-sie-mich-von-der-liste"
    ),
    pytest.param("Keine Mails mehr bitte.", id="keine-mails-mehr-bitte"),
    pytest.param(
        "Ich möchte keine Einladungen mehr bekommen.", id="ich-möchte-keine-einladungen-mehr-bekomm"
    ),
    pytest.param("Bitte nehmt mich aus dem Verteiler.", id="bitte-nehmt-mich-aus-dem-verteiler"),
    pytest.param("Bitte löscht mich aus dem Verteiler.", id="bitte-löscht-mich-aus-dem-verteiler"),
    pytest.param("Abmelden", id="abmelden"),
    pytest.param("Abbestellen", id="abbestellen"),
    pytest.param("Bitte von der Liste nehmen.", id="bitte-von-der-liste-nehmen"),
    pytest.param("Please unsubscribe me.", id="please-unsubscribe-me"),
    pytest.param("Unsubscribe", id="unsubscribe"),
    pytest.param("Please remove me from this list.", id="please-remove-me-from-this-list"),
    pytest.param("Take me off the list please.", id="take-me-off-the-list-please"),
    pytest.param("Stop emailing me.", id="stop-emailing-me"),
    pytest.param(
        "I no longer wish to receive these emails.", id="i-no-longer-wish-to-receive-these-emails"
    ),
    pytest.param("Please stop sending me invitations.", id="please-stop-sending-me-invitations"),
    pytest.param(
        "Ich bin weggezogen, bitte aus dem Verteiler nehmen.",
        id="ich-bin-weggezogen-bitte-aus-dem-verteil",
    ),
    pytest.param(
        "Möchte mich vom Stammtisch abmelden, danke für alles.",
        id="möchte-mich-vom-stammtisch-abmelden-dank",
    ),
    pytest.param("Bitte meine Adresse löschen.", id="bitte-meine-adresse-löschen"),
    pytest.param("Ich will hier raus, bitte austragen.", id="ich-will-hier-raus-bitte-austragen"),
    pytest.param("Kein Interesse mehr, bitte austragen.", id="kein-interesse-mehr-bitte-austragen"),
    pytest.param("Bitte keine weiteren E-Mails.", id="bitte-keine-weiteren-e-mails"),
    pytest.param("Bitte streicht mich aus eurer Liste.", id="bitte-streicht-mich-aus-eurer-liste"),
    pytest.param(
        "Please take me off your mailing list.", id="please-take-me-off-your-mailing-list"
    ),
    pytest.param("Remove me please", id="remove-me-please"),
    pytest.param("Ich trete aus.", id="ich-trete-aus"),
]

STAYING = [
    pytest.param("Bitte nicht austragen!", id="bitte-nicht-austragen"),
    pytest.param(
        "Nicht austragen bitte, ich komme nur diesmal nicht.",
        id="nicht-austragen-bitte-ich-komme-nur-dies",
    ),
    pytest.param(
        "Don't unsubscribe me, I just can't come this time.",
        id="don-t-unsubscribe-me-i-just-can-t-come-t",
    ),
    pytest.param(
        "Please don't remove me from the list.", id="please-don-t-remove-me-from-the-list"
    ),
    pytest.param(
        "Ich will mich nicht abmelden, nur diesmal keine Zeit.",
        id="ich-will-mich-nicht-abmelden-nur-diesmal",
    ),
    pytest.param("Ich bleibe auf der Liste.", id="ich-bleibe-auf-der-liste"),
    pytest.param("Ich melde mich für Montag ab.", id="ich-melde-mich-für-montag-ab"),
    pytest.param(
        "Für Donnerstag muss ich mich abmelden.", id="für-donnerstag-muss-ich-mich-abmelden"
    ),
    pytest.param("Ich muss mich für diesmal abmelden.", id="ich-muss-mich-für-diesmal-abmelden"),
    pytest.param(
        "Ich melde mich hiermit vom Treffen am 28. ab.",
        id="ich-melde-mich-hiermit-vom-treffen-am-28",
    ),
    pytest.param(
        "Please unsubscribe me from this one evening only, I'll come next time.",
        id="please-unsubscribe-me-from-this-one-even",
    ),
]

ONE_EVENING = [
    pytest.param("Ich melde mich für Montag ab.", id="ich-melde-mich-für-montag-ab-2"),
    pytest.param(
        "Für Donnerstag muss ich mich abmelden.", id="für-donnerstag-muss-ich-mich-abmelden-2"
    ),
    pytest.param("Ich muss mich für diesmal abmelden.", id="ich-muss-mich-für-diesmal-abmelden-2"),
    pytest.param("I have to cancel for Thursday.", id="i-have-to-cancel-for-thursday"),
    pytest.param("Ich melde mich für den 28. ab.", id="ich-melde-mich-für-den-28-ab"),
]


@pytest.mark.parametrize("text", LEAVING)
def test_asking_to_leave_the_list_is_an_unsubscribe(text: str) -> None:
    assert read_intent(text).unsubscribe


@pytest.mark.parametrize("text", STAYING)
def test_declining_an_evening_or_asking_to_stay_keeps_the_member(text: str) -> None:
    assert not read_intent(text).unsubscribe


@pytest.mark.parametrize("text", ONE_EVENING)
def test_signing_off_for_one_evening_is_a_no_for_it(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem, intent.unsubscribe) == (Answer.NO, "", False)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Bitte schreibt mir ab jetzt an neu@example.org.", id="write-to-new-de"),
        pytest.param("My new address is jane@example.org, please use that.", id="new-address-en"),
    ],
)
def test_a_new_address_is_a_change_for_the_organizer(text: str) -> None:
    intent = read_intent(text)
    assert intent.problem and not intent.unsubscribe


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich glaube, ich bin raus? Ich bekomme keine Mails mehr. Bitte wieder eintragen!",
            id="wieder-eintragen",
        ),
        pytest.param("Kann man nur die Erinnerungen abbestellen?", id="asks-how"),
        pytest.param("Please put me back on the list, no more bounces I hope.", id="put-me-back"),
    ],
)
def test_asking_to_be_put_back_or_how_to_leave_is_no_unsubscribe(text: str) -> None:
    assert not read_intent(text).unsubscribe


@pytest.mark.parametrize(
    "text",
    ["Können Sie mich bitte austragen?", "Could you please unsubscribe me?"],
)
def test_a_request_put_as_a_question_is_an_unsubscribe(text: str) -> None:
    assert read_intent(text).unsubscribe


def test_wanting_to_stay_on_the_list_is_no_answer_to_the_evening() -> None:
    intent = read_intent(
        "Ich hab mich abgemeldet, bekomme aber noch Mails? Ich möchte eigentlich weiter dabei sein."
    )
    assert (intent.answer, intent.unsubscribe) == (None, False)


MORE_LEAVING = [
    pytest.param("Please remove my email from your list.", id="please-remove-my-email-from-yo"),
    pytest.param(
        "Kindly unsubscribe me from all future mailings.", id="kindly-unsubscribe-me-from-all"
    ),
    pytest.param(
        "I'd like to be removed from the mailing list.", id="i-d-like-to-be-removed-from-th"
    ),
    pytest.param("Please delete my data, GDPR.", id="please-delete-my-data-gdpr"),
    pytest.param("Don't send me any more invitations.", id="don-t-send-me-any-more-invitat"),
    pytest.param(
        "I'm no longer interested, please remove me.", id="i-m-no-longer-interested-pleas"
    ),
    pytest.param("Bitte nehmt mich von der Liste.", id="bitte-nehmt-mich-von-der-liste"),
    pytest.param("Ich möchte mich vom Newsletter abmelden.", id="ich-möchte-mich-vom-newsletter"),
    pytest.param(
        "Ich bin raus aus dem Verteiler, bitte löschen.", id="ich-bin-raus-aus-dem-verteiler"
    ),
    pytest.param("Bitte entfernt meine Adresse.", id="bitte-entfernt-meine-adresse"),
    pytest.param(
        "Ich möchte keine weiteren Einladungen erhalten.", id="ich-möchte-keine-weiteren-einl"
    ),
    pytest.param("Wir sind umgezogen, bitte austragen.", id="wir-sind-umgezogen-bitte-austr"),
]

MORE_STAYING = [
    pytest.param(
        "Don't take me off the list, I just can't make it.", id="don-t-take-me-off-the-list-i-j"
    ),
    pytest.param(
        "Ich bin diesmal raus, aber bitte auf der Liste lassen.",
        id="ich-bin-diesmal-raus-aber-bitt",
    ),
    pytest.param("Not unsubscribing, just busy this month.", id="not-unsubscribing-just-busy-th"),
    pytest.param("I'm out for this one.", id="i-m-out-for-this-one"),
    pytest.param("Ich melde mich für diesen Termin ab.", id="ich-melde-mich-für-diesen-term"),
    pytest.param("Abmelden für Donnerstag bitte, bin krank.", id="abmelden-für-donnerstag-bitte"),
    pytest.param(
        "Ich muss mich leider vom Treffen am Donnerstag abmelden.",
        id="ich-muss-mich-leider-vom-treff",
    ),
    pytest.param("Ich bin raus.", id="ich-bin-raus"),
    pytest.param(
        "Bitte keine Erinnerung mehr für diesen Termin.", id="bitte-keine-erinnerung-mehr-fü"
    ),
]


@pytest.mark.parametrize("text", MORE_LEAVING)
def test_leaving_said_in_other_words_is_an_unsubscribe(text: str) -> None:
    intent = read_intent(text)
    assert intent.unsubscribe and intent.answer is not Answer.YES


@pytest.mark.parametrize("text", MORE_STAYING)
def test_staying_or_missing_one_evening_in_other_words_keeps_the_member(text: str) -> None:
    assert not read_intent(text).unsubscribe
