"""Leaving the list as strangers put it, and the traps that keep the member or need a person.

Leaving is a request with the writer, their address or the mail as its
object, in any register: office letters, phone typing, dictation, mixed
German and English, word forms cut short ("brauch"). A denial keeps the
member, and so does the list set apart from the evening ("vom Abend, nicht
vom Verteiler"); a leaving that almost happened is none. One named evening,
a waiting list or a headcount left is a no. A move to another address, a
second address to drop or someone put on in one's place is a change for the
organizer: review, never an unsubscribe.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


def _params(rows: list[tuple[str, str]]) -> list[object]:
    return [pytest.param(text, id=name) for text, name in rows]


LEAVES = [
    (
        "Ich bekomme eure Einladungen seit Monaten, komme aber nie. Ehrlicher ist es, wenn ihr "
        "mich austragt. Danke!",
        "de-wenn-ihr-mich-austragt",
    ),
    ("Es wäre nett, wenn Sie mich rausnehmen würden.", "de-wenn-sie-mich-rausnehmen"),
    ("Wäre super, wenn du mich aus der Liste löschst.", "de-wenn-du-mich-loeschst"),
    (
        "Bitte entfernen Sie meine Kontaktdaten aus Ihrer Datenbank.",
        "bitte-entfernen-sie-meine-kontaktdaten",
    ),
    (
        "Ich habe kein Interesse mehr an den Einladungen. Bitte austragen.",
        "ich-habe-kein-interesse-mehr",
    ),
    (
        "Moin, bitte mich vom Stammtisch-Verteiler nehmen. Danke dir!",
        "moin-bitte-mich-vom-stammtisch",
    ),
    (
        "Sehr geehrte Damen und Herren, ich bitte um Streichung aus dem Verteiler. "
        "Mit freundlichen Grüßen",
        "sehr-geehrte-damen-und-herren",
    ),
    ("Könnten Sie mich bitte aus dem Verteiler nehmen?", "koennten-sie-mich-bitte-aus"),
    ("Wäre nett, wenn ihr mich aus dem Verteiler nehmt.", "waere-nett-wenn-ihr-mich"),
    ("bitte nicht mehr anschreiben", "bitte-nicht-mehr-anschreiben"),
    (
        "Ich arbeite nicht mehr im Bereich Social Media und möchte daher keine Einladungen mehr.",
        "ich-arbeite-nicht-mehr-im",
    ),
    ("Nach 5 Jahren ist für mich Schluss – bitte abmelden.", "nach-5-jahren-ist-fuer"),
    ("Abbestellen", "abbestellen"),
    (
        "Hallo zusammen, ich verabschiede mich aus dem Verteiler. Macht's gut!",
        "hallo-zusammen-ich-verabschiede-mich",
    ),
    ("Ich möchte aus dem Verteiler ausgetragen werden.", "ich-moechte-aus-dem-verteiler"),
    ("Austragen bitte!!", "austragen-bitte"),
    ("Bitte löschen Sie mich aus Ihrer Kartei.", "bitte-loeschen-sie-mich-aus"),
    ("Ich würde mich gerne aus dem Verteiler austragen lassen.", "ich-wuerde-mich-gerne-aus"),
    ("Bitte keine Einladungen mehr an mich.", "bitte-keine-einladungen-mehr-an"),
    ("Nehmt mich bitte raus, ich hab den Job gewechselt.", "nehmt-mich-bitte-raus-ich"),
    ("Leute, ich bin raus. Bitte Adresse löschen.", "leute-ich-bin-raus-bitte"),
    ("Bitte von der Liste streichen. Danke.", "bitte-von-der-liste-streichen"),
    ("ich brauch die mails nicht mehr", "ich-brauch-die-mails-nicht"),
    ("Kein Interesse. Bitte löschen.", "kein-interesse-bitte-loeschen"),
    ("Ich hätte gern keine Mails mehr von euch.", "ich-haette-gern-keine-mails"),
    ("Ich möchte mich hiermit vom Verteiler abmelden.", "ich-moechte-mich-hiermit-vom"),
    ("Hallo, wie kann ich mich abmelden? Bitte tragt mich einfach aus.", "hallo-wie-kann-ich-mich"),
    ("Ich ziehe nach Hamburg, bitte aus der Liste nehmen.", "ich-ziehe-nach-hamburg-bitte"),
    ("Bitte mich nicht mehr einladen, danke.", "bitte-mich-nicht-mehr-einladen"),
    ("Bitte schickt mir keine Einladungen mehr.", "bitte-schickt-mir-keine-einladungen"),
    ("Please remove this address from your list.", "please-remove-this-address-from"),
    ("Take me off your list please.", "take-me-off-your-list"),
    ("I would like to unsubscribe.", "i-would-like-to-unsubscribe"),
    ("I'd like to be taken off the mailing list.", "i-d-like-to-be"),
    ("Please stop emailing this address.", "please-stop-emailing-this-address"),
    ("I no longer wish to receive these emails.", "i-no-longer-wish-to"),
    ("Remove.", "remove"),
    ("Please unsubscribe me from this list, thanks.", "please-unsubscribe-me-from-this"),
    (
        "I've left the company, please remove me from your distribution list.",
        "i-ve-left-the-company",
    ),
    ("Kindly remove my email from your database.", "kindly-remove-my-email-from"),
    ("I am not interested anymore, please take me off.", "i-am-not-interested-anymore"),
    ("Could you remove me from the invites?", "could-you-remove-me-from"),
    ("Unsubscribe me pls", "unsubscribe-me-pls"),
    ("Hi, can you take me off this mailing list? Cheers", "hi-can-you-take-me"),
    ("I'm out. Please remove me.", "i-m-out-please-remove"),
    ("STOP SENDING ME EMAILS", "stop-sending-me-emails"),
    ("opt me out please", "opt-me-out-please"),
    ("I'd like to be removed from future invitations.", "i-d-like-to-be-2"),
    ("Please don't send me any more emails.", "please-don-t-send-me"),
    ("Hello, please delete my email from the list. Thank you", "hello-please-delete-my-email"),
    ("Please unsubscribe me, danke", "please-unsubscribe-me-danke"),
    ("Bitte remove, thanks", "bitte-remove-thanks"),
    ("Hiermit kündige ich den Newsletter.", "hiermit-kuendige-ich-den-newsletter"),
    ("Ich bitte darum, meine Daten zu löschen.", "ich-bitte-darum-meine-daten"),
    ("Ich will nicht mehr eingeladen werden.", "ich-will-nicht-mehr-eingeladen"),
    ("Bitte austragen – ich bin in Elternzeit und danach woanders.", "bitte-austragen-ich-bin-in"),
    ("Melde mich hiermit vom Verteiler ab.", "melde-mich-hiermit-vom-verteiler"),
    ("Ich möchte keine Post mehr von euch bekommen.", "ich-moechte-keine-post-mehr"),
    ("Bitte meine Adresse aus dem Verteiler entfernen.", "bitte-meine-adresse-aus-dem"),
    ("Hallo! Ich möchte den Newsletter abbestellen. Danke", "hallo-ich-moechte-den-newsletter"),
    ("Entfernt mich bitte von eurer Liste.", "entfernt-mich-bitte-von-eurer"),
    ("Nee danke, bitte streicht mich.", "nee-danke-bitte-streicht-mich"),
    ("Kannst du mich aus dem Verteiler löschen?", "kannst-du-mich-aus-dem"),
    ("Please remove me. I never signed up for this.", "please-remove-me-i-never"),
]

KEPT = [
    (
        "Bitte nicht abmelden, nur diesmal keine Zeit.",
        "bitte-nicht-abmelden-nur-diesmal",
        Answer.NO,
    ),
    (
        "Austragen? Nein, bitte nicht! Ich komme nur diesmal nicht.",
        "austragen-nein-bitte-nicht-ich",
        Answer.NO,
    ),
    (
        "Please do not unsubscribe me, I just can't come on Thursday.",
        "please-do-not-unsubscribe-me",
        Answer.NO,
    ),
    ("Don't take me off the list, but I can't make it this time.", "don-t-take-me-off", Answer.NO),
    (
        "Ich will mich nicht abmelden, nur für Donnerstag absagen.",
        "ich-will-mich-nicht-abmelden",
        Answer.NO,
    ),
    (
        "Bitte nicht aus dem Verteiler streichen! Donnerstag klappt leider nicht.",
        "bitte-nicht-aus-dem-verteiler",
        Answer.NO,
    ),
    ("I'm not unsubscribing, just can't come this time.", "i-m-not-unsubscribing-just", Answer.NO),
    ("Keep me on the list, I'll be there!", "keep-me-on-the-list", Answer.YES),
    ("Ich bleibe im Verteiler und komme gern!", "ich-bleibe-im-verteiler-und", Answer.YES),
    ("No, I don't want to unsubscribe. See you Thursday!", "no-i-don-t-want", Answer.YES),
    ("Bitte lasst mich im Verteiler, ich komme.", "bitte-lasst-mich-im-verteiler", Answer.YES),
    (
        "Please keep sending me invites – I'll come next time.",
        "please-keep-sending-me-invites",
        Answer.NO,
    ),
    ("Nicht austragen bitte – ich bin dabei!", "nicht-austragen-bitte-ich-bin", Answer.YES),
    (
        "Ich möchte NICHT abgemeldet werden. Ich komme.",
        "ich-moechte-nicht-abgemeldet-werden",
        Answer.YES,
    ),
    ("I don't want to be removed, count me in!", "i-don-t-want-to", Answer.YES),
    (
        "Never unsubscribe me, I love these evenings. Coming!",
        "never-unsubscribe-me-i-love",
        Answer.YES,
    ),
    (
        "Auf keinen Fall abmelden, bin nur krank dieses Mal.",
        "auf-keinen-fall-abmelden-bin",
        Answer.NO,
    ),
]

ONE_EVENING = [
    ("Für Donnerstag muss ich mich leider abmelden.", "fuer-donnerstag-muss-ich-mich"),
    ("Ich muss mich für den 28.01. abmelden, sorry.", "ich-muss-mich-fuer-den"),
    ("Ich melde mich für den nächsten Stammtisch ab.", "ich-melde-mich-fuer-den"),
    ("Für diesen Abend bitte austragen, ich bin krank.", "fuer-diesen-abend-bitte-austragen"),
    ("Please take me off for Thursday, sorry.", "please-take-me-off-for"),
    ("I have to cancel for this Thursday.", "i-have-to-cancel-for"),
    ("Leider muss ich mich für Januar abmelden.", "leider-muss-ich-mich-fuer"),
    ("Ich melde mich für morgen ab, sorry!", "ich-melde-mich-fuer-morgen"),
    ("Hiermit melde ich mich für den Termin am 28. ab.", "hiermit-melde-ich-mich-fuer"),
    ("Ich muss mich leider vom Treffen am Donnerstag abmelden.", "ich-muss-mich-leider-vom"),
    ("Sorry, please remove me from the list for this event.", "sorry-please-remove-me-from"),
    ("Kannst du mich von der Warteliste nehmen? Ich kann doch nicht.", "kannst-du-mich-von-der"),
    ("Please remove me from the headcount, can't make it.", "please-remove-me-from-the"),
    ("Ich melde mich ab – also vom Abend, nicht vom Verteiler!", "ich-melde-mich-ab-also"),
]

SOMEONE_ELSE = [
    (
        "Mein Kollege Jan hat das Unternehmen verlassen, bitte löschen Sie ihn aus dem Verteiler.",
        "mein-kollege-jan-hat-das",
    ),
    ("Please unsubscribe my colleague, he left last month.", "please-unsubscribe-my-colleague-he"),
    ("Could you remove Anna from the list? She moved away.", "could-you-remove-anna-from"),
    (
        "Bitte Herrn Schmitz aus der Liste streichen, er ist nicht mehr bei uns.",
        "bitte-herrn-schmitz-aus-der",
    ),
    (
        "My assistant doesn't need these emails anymore, please remove her.",
        "my-assistant-doesn-t-need",
    ),
]

CHANGES = [
    (
        "Bitte schickt die Einladungen künftig an meine neue Adresse anna@neu.de.",
        "bitte-schickt-die-einladungen-kuenftig",
    ),
    (
        "Ab sofort bitte an privat@example.com, die Firmenadresse fällt weg.",
        "ab-sofort-bitte-an-privat",
    ),
    ("Please use my new address jane@new.org from now on.", "please-use-my-new-address"),
    (
        "Meine Kollegin übernimmt, bitte tragt sie statt mir ein: x@y.de",
        "meine-kollegin-uebernimmt-bitte-tragt",
    ),
    ("Bitte stellt auf meine private Mail um: tim@web.de", "bitte-stellt-auf-meine-private"),
    (
        "Bitte die alte Adresse löschen und ab jetzt an neu@example.org schreiben.",
        "bitte-die-alte-adresse-loeschen",
    ),
    (
        "Ich bekomme alles doppelt – bitte eine der beiden Adressen austragen.",
        "ich-bekomme-alles-doppelt-bitte",
    ),
    (
        "I get every invitation twice, please drop one of my addresses.",
        "i-get-every-invitation-twice",
    ),
]

NOT_LEAVING = [
    ("Schön, dass ihr mich nicht austragt!", "de-dass-ihr-mich-nicht-austragt"),
    ("Ich fände es gut, wenn ihr mich mitnehmt.", "de-wenn-ihr-mich-mitnehmt"),
    (
        "I almost unsubscribed last year, glad I didn't. See you Thursday!",
        "i-almost-unsubscribed-last-year",
    ),
    ("Ich bin fast ausgetreten letztes Jahr. Zum Glück nicht!", "ich-bin-fast-ausgetreten-letztes"),
]


@pytest.mark.parametrize("text", _params(LEAVES))
def test_leaving_asked_in_a_strangers_words_unsubscribes(text: str) -> None:
    intent = read_intent(text)
    assert intent.unsubscribe, intent


@pytest.mark.parametrize(("text", "answer"), [pytest.param(t, a, id=n) for t, n, a in KEPT])
def test_a_leaving_denied_keeps_the_member_and_the_answer(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, answer), intent


@pytest.mark.parametrize("text", _params(ONE_EVENING))
def test_signing_off_one_evening_or_its_list_declines_it(text: str) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, Answer.NO), intent


@pytest.mark.parametrize("text", _params(SOMEONE_ELSE))
def test_someone_else_taken_off_goes_to_the_organizer(text: str) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, None), intent
    assert intent.problem, intent


@pytest.mark.parametrize("text", _params(CHANGES))
def test_another_address_is_a_change_for_review_not_a_leaving(text: str) -> None:
    intent = read_intent(text)
    assert not intent.unsubscribe, intent
    assert intent.problem, intent


@pytest.mark.parametrize("text", _params(NOT_LEAVING))
def test_a_leaving_that_almost_happened_is_none(text: str) -> None:
    assert not read_intent(text).unsubscribe
