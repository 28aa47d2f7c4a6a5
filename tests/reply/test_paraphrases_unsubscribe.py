"""Leaving the list as people ask for it, and the words that only sound like it.

The request is a verb of removing or stopping with the member, their address
or the mail as its object ("remove this address from your mailing list",
"diese Adresse aus dem Verteiler entfernen", "stop emailing me"); a negated
request keeps the member, one evening declined is a no, and a question how
to leave is no request.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

LEAVES = [
    # English
    ("Please remove this address from your mailing list. Thank you.", "en-this-address"),
    ("Kindly delete my email from your distribution list.", "en-distribution"),
    ("Please take this address off your list.", "en-take-off"),
    ("Take us off the list please", "en-us"),
    ("I'd like to be taken off the mailing list.", "en-taken-off"),
    ("Could you drop me from the invite list?", "en-drop-me"),
    ("I don't want to receive these emails anymore.", "en-dont-want"),
    ("Stop emailing me please.", "en-stop-emailing"),
    ("Please stop sending invites to this address.", "en-stop-invites"),
    ("no more emails pls", "en-no-more"),
    ("Unsubscribe!!!", "en-shout"),
    ("Please unsubscribe this address.", "en-this-address-unsubscribe"),
    ("Remove from list", "en-terse"),
    ("I no longer wish to receive these invitations.", "en-no-longer-wish"),
    ("PLEASE REMOVE ME", "en-caps"),
    # German
    ("Bitte diese Adresse aus dem Verteiler entfernen.", "de-adresse-entfernen"),
    ("Bitte diese Mailadresse von der Liste nehmen.", "de-von-der-liste-nehmen"),
    ("Ich möchte keine Einladungen mehr erhalten.", "de-keine-einladungen"),
    ("Bitte schickt mir nichts mehr.", "de-nichts-mehr"),
    ("bitte austragen danke", "de-austragen-klein"),
    ("BITTE AUS DEM VERTEILER LÖSCHEN", "de-caps"),
    ("Abmelden bitte", "de-abmelden"),
    ("Kein Interesse mehr, bitte austragen.", "de-kein-interesse"),
    ("Bitte streicht meine Adresse.", "de-streicht-adresse"),
    ("Ich möchte mich vom Newsletter abmelden.", "de-newsletter"),
    ("Bitte nehmen Sie mich aus Ihrem E-Mail-Verteiler.", "de-sie-verteiler"),
    ("Ich möchte diese Mails nicht mehr bekommen.", "de-nicht-mehr-bekommen"),
    ("Bitte nicht mehr anschreiben.", "de-anschreiben"),
    ("Bitte keine Mails mehr an diese Adresse schicken.", "de-keine-mails-adresse"),
    ("Schmeißt mich bitte raus.", "de-schmeisst"),
    ("Hiermit kündige ich den Newsletter.", "de-kuendige"),
    ("remove pls", "en-remove-pls"),
    ("Please opt me out.", "en-opt-me-out"),
    # a reason beside the request keeps no one, negated or not
    ("Da ich eh nie Zeit habe bitte austragen.", "de-grund-davor"),
    ("Bitte austragen, weil ich nie Zeit habe.", "de-grund-danach"),
    ("Please unsubscribe me as I never make it.", "en-reason"),
    # a date beyond the leaving clause is about something else
    (
        "Bitte streichen Sie diese Adresse aus Ihrem Verteiler, das Postfach wird zum 31.01. "
        "stillgelegt.",
        "de-postfach-stillgelegt",
    ),
    # mixed
    ("Hi, bitte remove me from the list, danke!", "mixed"),
]

KEEPS = [
    ("Bitte nicht austragen, ich kann nur diesmal nicht.", "de-nicht-austragen"),
    ("Don't unsubscribe me, just can't make it Thursday.", "en-dont-unsubscribe"),
    ("Please don't remove me from the list, I'm just busy this month.", "en-dont-remove"),
    ("Keep me on the list, but I can't come this time.", "en-keep-me"),
    ("Ich will NICHT aus dem Verteiler, ich kann nur diesmal nicht.", "de-will-nicht-aus"),
    (
        "Abbestellen will ich euch auf keinen Fall, aber am 28. kann ich nicht.",
        "de-auf-keinen-fall",
    ),
    ("Wie kann ich mich eigentlich abmelden?", "de-wie-abmelden"),
    ("Can I unsubscribe from the reminders only?", "en-reminders-only"),
]


@pytest.mark.parametrize(("text", "_id"), [pytest.param(t, i, id=i) for t, i in LEAVES])
def test_a_request_to_leave_the_list_unsubscribes(text: str, _id: str) -> None:
    assert read_intent(text).unsubscribe


@pytest.mark.parametrize(("text", "_id"), [pytest.param(t, i, id=i) for t, i in KEEPS])
def test_words_that_keep_the_member_or_only_ask_do_not_unsubscribe(text: str, _id: str) -> None:
    assert not read_intent(text).unsubscribe


@pytest.mark.parametrize(
    ("text", "_id"),
    [
        pytest.param(t, i, id=i)
        for t, i in [
            ("Ich melde mich für Donnerstag ab.", "de-donnerstag"),
            ("Muss mich für den 28. leider abmelden.", "de-28"),
            (
                "Hallo, ich melde mich hiermit für den Stammtisch am 28. ab, da ich im Urlaub "
                "bin. Die Einladungen bitte weiterhin schicken.",
                "de-hiermit-fuer-den-stammtisch",
            ),
            ("Ich muss mich abmelden, für Donnerstag jedenfalls.", "de-nachgestellt"),
            ("Ich trag mich für den Abend aus, aber bitte nicht aus der Liste.", "de-trag"),
            ("Please unsubscribe me from this one evening only, I can't come.", "en-one-evening"),
        ]
    ],
)
def test_leaving_one_evening_is_a_no_and_keeps_the_member(text: str, _id: str) -> None:
    intent = read_intent(text)
    assert not intent.unsubscribe
    assert intent.answer is Answer.NO


@pytest.mark.parametrize(
    ("text", "_id"),
    [
        pytest.param(t, i, id=i)
        for t, i in [
            ("Hello, I'm not sure how I ended up on this list. Please stop emailing me.", "en"),
            ("Keine Ahnung, wie ich auf den Verteiler kam, vielleicht über Anna. Austragen!", "de"),
        ]
    ],
)
def test_a_doubt_about_the_list_is_a_reason_for_leaving_not_a_maybe(text: str, _id: str) -> None:
    intent = read_intent(text)
    assert intent.unsubscribe
    assert intent.answer is None


def test_a_maybe_for_the_evening_beside_a_request_to_leave_stays() -> None:
    # the organizer decides: leaving and perhaps coming once more do not agree
    assert (
        read_intent("Vielleicht komme ich noch mal, aber bitte austragen.").answer is Answer.MAYBE
    )
