"""Leaving the list in voices the corpus has not had, and the traps beside it.

Formal letters from offices, phone typing without capitals, dictation
without punctuation, Swiss and Kölsch, English from Germans and German from
non-natives: leaving is a verb of removing, stopping or not receiving with
the member, their address or the mail as its object. A leaving verb that is
denied keeps the member; one named evening declined is a no; someone else
taken off (a colleague, a predecessor) is not this member's unsubscribe and
goes to the organizer; a new address is a change for review.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


def _params(rows: list[tuple[str, str]]) -> list[object]:
    return [pytest.param(text, id=name) for text, name in rows]


LEAVES = [
    # German, formal
    ("Bitte streichen Sie meine Adresse aus Ihrem Verteiler.", "de-sie-adresse-streichen"),
    ("Ich bitte Sie, mich aus Ihrer Mailingliste zu entfernen.", "de-sie-zu-entfernen"),
    ("Bitte nehmen Sie mich aus dem E-Mail-Verteiler.", "de-sie-e-mail-verteiler"),
    ("Ich möchte künftig keine Einladungen mehr erhalten.", "de-kuenftig-keine"),
    ("Bitte melden Sie mich vom Newsletter ab.", "de-sie-vom-newsletter"),
    ("Ich möchte abgemeldet werden.", "de-abgemeldet-werden"),
    ("Hiermit bitte ich um Austragung aus dem Verteiler.", "de-um-austragung"),
    ("Wir bitten um Entfernung unserer Adresse aus Ihrem Verteiler.", "de-um-entfernung"),
    ("Sie dürfen mich gern aus der Liste löschen.", "de-duerfen-loeschen"),
    ("Ich möchte von allen Mails abgemeldet werden.", "de-von-allen-mails"),
    ("Bitte senden Sie mir künftig keine Einladungen mehr.", "de-sie-senden-keine"),
    ("Ich bitte darum, mich nicht mehr einzuladen.", "de-nicht-mehr-einzuladen"),
    # German, casual, phone, dictation
    ("AUSTRAGEN!!!", "de-caps-austragen"),
    ("bitte abmelden danke", "de-klein-abmelden"),
    ("will keine mails mehr von euch", "de-klein-keine-mails"),
    ("Schickt mir nix mehr.", "de-nix-mehr"),
    ("Bitte nicht mehr einladen.", "de-nicht-mehr-einladen"),
    ("Ich steige aus dem Verteiler aus.", "de-steige-aus"),
    ("Kein Bedarf mehr, bitte abbestellen.", "de-kein-bedarf"),
    ("hallo bitte nehmt mich aus dem verteiler ich mache kein social media mehr", "de-diktiert"),
    ("Bin in Rente. Bitte nehmt mich raus.", "de-rente-raus"),
    ("Ich bin raus, bitte vom Verteiler nehmen.", "de-bin-raus"),
    ("Bitte meine E-Mail löschen.", "de-meine-email-loeschen"),
    ("Diese Adresse bitte aus dem Verteiler.", "de-ohne-verb"),
    ("Bitte keine Post mehr an diese Adresse.", "de-keine-post"),
    ("Bitte mich abmelden, ich bin umgezogen.", "de-mich-abmelden"),
    ("Ich möchte diese Einladungen nicht länger bekommen.", "de-nicht-laenger"),
    # Swiss, Kölsch-ish, non-native German
    ("Bitte nehmen Sie mich von der Liste, merci vielmal.", "ch-merci"),
    ("Ich möchte mich gerne vom Versand abmelden. Danke und Grüessli", "ch-versand"),
    ("Schickt mer nix mieh, ich bin raus.", "koelsch-nix-mieh"),
    ("Sali zäme, bitte nehmt mich vo de Lischte. Merci!", "ch-vo-de-lischte"),
    ("Bitte lösched mi us em Verteiler.", "ch-loesched-mi"),
    ("Ich habe mich nie angemeldet. Bitte streichen.", "de-bitte-streichen"),
    ("Löschen, danke!", "de-loeschen-danke"),
    ("Ich will nicht mehr bekommen diese Mails, bitte löschen.", "de-nicht-muttersprachlich"),
    # English
    ("Please remove me from your mailing list.", "en-remove-mailing-list"),
    ("I'd like to opt out.", "en-opt-out"),
    ("Unsubscribe please.", "en-unsubscribe-please"),
    ("UNSUBSCRIBE", "en-caps"),
    ("I would like to be removed from this list.", "en-be-removed"),
    ("stop emailing me", "en-phone-stop"),
    ("Can you please unsubscribe me?", "en-can-you-question"),
    ("I've moved on from social media work, so please drop me from the list.", "en-drop-me"),
    ("Please stop sending me these invitations.", "en-stop-sending-invitations"),
    ("I don't want to receive these anymore.", "en-these-anymore"),
    ("Please delete my contact details.", "en-contact-details"),
    ("Kindly unsubscribe me from all future communication.", "en-kindly-unsubscribe"),
    ("Please don't send me any more invites.", "en-any-more-invites"),
    ("I'd prefer not to receive further emails.", "en-prefer-not"),
    ("Please take my name off your list, thanks.", "en-name-off"),
    ("pls remove me from this thx", "en-phone-remove-from-this"),
    ("I no longer need these invitations, please remove me.", "en-no-longer-need"),
    # English from Germans, mixed
    ("Please delete me from the distributor.", "en-from-german-distributor"),
    ("Bitte unsubscribe, danke!", "mixed-bitte-unsubscribe"),
    ("Please austragen, thx", "mixed-please-austragen"),
    ("Hi, bitte remove me from the list. LG", "mixed-remove-lg"),
    ("Sorry, aber bitte take me off the Verteiler.", "mixed-off-the-verteiler"),
]

KEPT = [
    ("Bitte nicht austragen, ich will dabei bleiben.", "de-dabei-bleiben", None),
    ("Nicht abmelden! Ich hatte nur keine Zeit zu antworten.", "de-nicht-abmelden", None),
    ("Ich will auf keinen Fall aus dem Verteiler.", "de-auf-keinen-fall", None),
    ("Ich möchte weiterhin eingeladen werden.", "de-weiterhin-eingeladen", None),
    ("Bitte lasst mich auf der Liste, diesmal klappt es aber nicht.", "de-lasst-mich", Answer.NO),
    ("Streicht mich nicht, ich kann nur diesmal nicht.", "de-streicht-mich-nicht", Answer.NO),
    ("I do NOT want to be removed, I just can't come on Thursday.", "en-not-removed", Answer.NO),
    ("Please don't remove me, I'm still interested!", "en-dont-remove", None),
    ("No need to unsubscribe me, I'm just busy this time.", "en-no-need", Answer.NO),
    ("Keep me on the mailing list please, but I'll skip this one.", "en-keep-me", Answer.NO),
    ("Ich bleibe gern im Verteiler, bin aber diesmal nicht dabei.", "de-bleibe-gern", Answer.NO),
]

ONE_EVENING = [
    ("Ich muss mich für Donnerstag abmelden.", "de-fuer-donnerstag"),
    ("Für den 28. bitte abmelden, sorry.", "de-fuer-den-28"),
    ("Melde mich für diesmal ab.", "de-fuer-diesmal"),
    ("Bitte trag mich für das nächste Treffen aus, bin im Urlaub.", "de-naechstes-treffen"),
    ("Abmelden für heute Abend, sorry.", "de-heute-abend"),
    ("Sorry, I have to unsubscribe from this one.", "en-unsubscribe-this-one"),
    ("Please remove me from Thursday's list, something came up.", "en-thursdays-list"),
    ("Für Januar bitte abmelden, ab Februar wieder dabei.", "de-fuer-januar"),
]

SOMEONE_ELSE = [
    ("Bitte tragt meinen Kollegen Herrn Meier aus, er hat das Haus verlassen.", "de-kollegen"),
    ("Please remove my colleague Sarah from the list, she left the company.", "en-colleague"),
    ("Frau Schulz ist nicht mehr bei uns, bitte nehmen Sie sie aus dem Verteiler.", "de-frau-sie"),
    ("Unsubscribe my colleague please, he moved to Munich.", "en-unsubscribe-my-colleague"),
    ("Bitte meine Vorgängerin aus dem Verteiler löschen.", "de-vorgaengerin"),
    ("Could you take Tom off the list? He's not with us anymore.", "en-take-tom-off"),
]


@pytest.mark.parametrize("text", _params(LEAVES))
def test_leaving_said_in_a_new_voice_unsubscribes(text: str) -> None:
    intent = read_intent(text)
    assert intent.unsubscribe, intent


@pytest.mark.parametrize(("text", "answer"), [pytest.param(t, a, id=name) for t, name, a in KEPT])
def test_a_denied_leaving_keeps_the_member(text: str, answer: Answer | None) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, answer), intent


@pytest.mark.parametrize("text", _params(ONE_EVENING))
def test_signing_off_one_named_evening_declines_it(text: str) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, Answer.NO), intent


@pytest.mark.parametrize("text", _params(SOMEONE_ELSE))
def test_someone_else_taken_off_is_no_unsubscribe_of_the_member(text: str) -> None:
    intent = read_intent(text)
    assert not intent.unsubscribe, intent
    assert intent.answer is None, intent
    assert intent.problem, intent


NOT_LEAVING = [
    ("Ich bekomme keine Mails mehr. Ist meine Adresse noch drin?", "de-bekomme-keine-mails"),
    ("Hab die letzten Einladungen nicht mehr bekommen, komisch.", "de-nicht-mehr-bekommen"),
    ("I stopped getting your emails, can you check my address?", "en-stopped-getting"),
    ("I haven't received the invitations lately.", "en-havent-received"),
    ("Bitte meine letzte E-Mail löschen, die war falsch.", "de-letzte-email"),
    ("Please delete my last email, wrong attachment.", "en-last-email"),
    ("Das Thema sollte gestrichen werden, finde ich.", "de-thema-gestrichen"),
]


@pytest.mark.parametrize("text", _params(NOT_LEAVING))
def test_missing_the_mail_or_deleting_a_message_is_no_unsubscribe(text: str) -> None:
    assert not read_intent(text).unsubscribe


def test_the_writer_named_beside_a_colleague_leaves_themselves() -> None:
    intent = read_intent("Bitte nehmt mich und meinen Kollegen aus dem Verteiler.")
    assert intent.unsubscribe
