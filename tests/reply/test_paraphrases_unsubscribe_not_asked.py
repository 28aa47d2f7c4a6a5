"""Leaving words a stranger writes without leaving: never an unsubscribe.

A leaving said of another (family, "manche", "wer sich abmelden will"), of
another list or group ("Fahrgemeinschaft", "carpool list", "the other
group, not this one"), only as an if ("falls ich mal keine Lust mehr hab"),
denied inside a split verb ("ich melde mich nicht ab", "nich austragen"),
or beside staying ("ich bleib", "will ich weiter bekommen") or coming ("ich
komme") keeps the member. An old address to drop beside a new one is a
change for the organizer. Review is fine; an unsubscribe is the opposite.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent


def _params(rows: list[tuple[str, str]]) -> list[object]:
    return [pytest.param(text, id=name) for text, name in rows]


KEPT = [
    (
        "Falls ich mal keine Lust mehr hab, melde ich mich ab. Bis dahin: Donnerstag bin ich "
        "dabei!",
        "falls-ich-mal-keine-lust",
    ),
    ("If I ever want out I'll let you know. Thursday works for me.", "if-i-ever-want-out"),
    (
        "Ich hatte mich letztes Jahr abgemeldet, aber jetzt bin ich wieder dabei!",
        "ich-hatte-mich-letztes-jahr",
    ),
    ("Bloß nicht abmelden, ich liebe diese Mails!", "bloß-nicht-abmelden-ich-liebe"),
    (
        "Ich wollte mich schon abmelden, aber dann kam dieses Thema - ich bin dabei!",
        "ich-wollte-mich-schon-abmelden",
    ),
    ("Mein Mann möchte aus dem Verteiler, ich bleibe natürlich drin.", "mein-mann-möchte-aus-dem"),
    ("Kollege Meier hat sich abgemeldet, ich komme trotzdem.", "kollege-meier-hat-sich-abgemeldet"),
    (
        "I almost unsubscribed last month, glad I didn't. Count me in.",
        "i-almost-unsubscribed-last-month",
    ),
    ("Don't take me off the list, just skip me this time.", "dont-take-me-off-the"),
    (
        "Bitte nicht aus dem Verteiler nehmen, nur diesmal bin ich raus.",
        "bitte-nicht-aus-dem-verteiler",
    ),
    ("Ich bleibe im Verteiler, auch wenn ich selten komme.", "ich-bleibe-im-verteiler-auch"),
    ("Keine Sorge, ich melde mich nicht ab.", "keine-sorge-ich-melde-mich"),
    ("Unsubscribe? Never! See you Thursday.", "unsubscribe-never-see-you-thursday"),
    ("Wer sich abmelden will, soll das halt tun. Ich komme.", "wer-sich-abmelden-will-soll"),
    ("Stop sending reminders? No way, keep them coming!", "stop-sending-reminders-no-way"),
    ("Bitte meine Tochter austragen, sie ist weggezogen.", "bitte-meine-tochter-austragen-sie"),
    ("remove my husband from the list pls, I'm staying", "remove-my-husband-from-the"),
    (
        "Habe mich aus dem Chat abgemeldet, per Mail bleibe ich gern dabei.",
        "habe-mich-aus-dem-chat",
    ),
    ("Take me off the carpool list, I'll drive myself. See you there.", "take-me-off-the-carpool"),
    (
        "Bitte streich mich aus der Fahrgemeinschaft, ich komme mit dem Rad.",
        "bitte-streich-mich-aus-der",
    ),
    ("Ich hab keine Lust mehr auf Regen, komme aber trotzdem.", "ich-hab-keine-lust-mehr"),
    (
        "Sorry, I stopped reading the newsletter but I'll be there Thursday.",
        "sorry-i-stopped-reading-the",
    ),
    ("NICHT ABMELDEN!! ICH KOMME", "nicht-abmelden-ich-komme"),
    ("auf keinen Fall austragen, bin nur diesmal verhindert", "auf-keinen-fall-austragen-bin"),
    ("don't remove me pls, just busy this month", "dont-remove-me-pls-just"),
    ("Bitte tragt mich wieder ein", "bitte-tragt-mich-wieder-ein"),
    ("Please add me back to the list", "please-add-me-back-to"),
    ("Ich würde mich gern wieder anmelden", "ich-würde-mich-gern-wieder"),
    (
        "Sorry for the unsubscribe last time, that was a mistake, please keep me on.",
        "sorry-for-the-unsubscribe-last",
    ),
    (
        "Ich melde mich für Donnerstag ab, sonst bleibt alles wie es ist.",
        "ich-melde-mich-für-donnerstag",
    ),
    (
        "Meine alte Adresse könnt ihr löschen, neue: anna@example.org",
        "meine-alte-adresse-könnt-ihr",
    ),
    (
        "Keine Mails mehr an die Firmenadresse bitte, lieber privat an anna@example.org",
        "keine-mails-mehr-an-die",
    ),
    ("Ich dachte kurz ans Austragen, aber nein, ich bleib.", "ich-dachte-kurz-ans-austragen"),
    ("Manche wollen raus aus der Liste, ich nicht :)", "manche-wollen-raus-aus-der"),
    (
        "Ich trete aus dem Verein aus, aber euren Stammtisch will ich weiter bekommen.",
        "ich-trete-aus-dem-verein",
    ),
    (
        "I unsubscribed from the other group, not this one. Yes to Thursday!",
        "i-unsubscribed-from-the-other",
    ),
    ("Ich lösche eure Mails nie, keine Sorge. Komme gern.", "ich-lösche-eure-mails-nie"),
    ("bitte nich austragen bin nur im urlaub", "bitte-nich-austragen-bin-nur"),
    ("Abmelden? Nee, ich bin doch Stammgast!", "abmelden-nee-ich-bin-doch"),
    ("Kannst du Peter austragen? Der will nicht mehr.", "kannst-du-peter-austragen-der"),
    (
        "Ich kündige mein Abo bei der Zeitung, nicht bei euch :) Bin dabei.",
        "ich-kündige-mein-abo-bei",
    ),
    ("No more pizza please, but I'm coming!", "no-more-pizza-please-but"),
    ("Ich höre auf zu rauchen, nicht mit dem Stammtisch. Komme.", "ich-höre-auf-zu-rauchen"),
]


@pytest.mark.parametrize("text", _params(KEPT))
def test_leaving_words_not_asked_by_the_member_never_unsubscribe(text: str) -> None:
    assert not read_intent(text).unsubscribe


def test_leaving_the_list_beside_coming_goes_to_review() -> None:
    intent = read_intent("Wer sich abmelden will, soll das halt tun. Ich komme.")
    assert not intent.unsubscribe
    assert intent.answer is None
    assert "leave the list" in intent.problem
