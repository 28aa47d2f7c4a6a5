"""Guests said in words, and taken back: read by the answer reader as a whole.

A group size counts the member ("wir kommen mit drei Leuten" is two guests),
a first name after "mit"/"with" is one person, words that only look like
company ("mit dem Rad", "mit Anna besprochen") bring nobody, and a
withdrawal sets the guests back to none.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        pytest.param("Wir kommen zu zweit", 1, id="wir-kommen-zu-zweit"),
        pytest.param("ZU ZWEIT!!", 1, id="zu-zweit"),
        pytest.param("Wir kommen zu 3.", 2, id="wir-kommen-zu-3"),
        pytest.param(
            "Ich komme mit meinen beiden Kolleginnen",
            2,
            id="ich-komme-mit-meinen-beiden-kolleginnen",
        ),
        pytest.param(
            "Ich komme mit meinen zwei Kollegen", 2, id="ich-komme-mit-meinen-zwei-kollegen"
        ),
        pytest.param("wir kommen mit drei Leuten", 2, id="wir-kommen-mit-drei-leuten"),
        pytest.param("we'll be three", 2, id="we-ll-be-three"),
        pytest.param("There will be 3 of us", 2, id="there-will-be-3-of-us"),
        pytest.param("My partner and I are coming", 1, id="my-partner-and-i-are-coming"),
        pytest.param("Ich komme, aber nicht allein 😉", 1, id="ich-komme-aber-nicht-allein"),
        pytest.param("komme mit Jonas", 1, id="komme-mit-jonas"),
        pytest.param(
            "Ich komme mit meiner Freundin Lisa", 1, id="ich-komme-mit-meiner-freundin-lisa"
        ),
        pytest.param("Ich bringe Jonas mit", 1, id="ich-bringe-jonas-mit"),
        pytest.param("I'll bring Tom along", 1, id="i-ll-bring-tom-along"),
        pytest.param("Komme mit Begleitung", 1, id="komme-mit-begleitung"),
        pytest.param(
            "Ich bin dabei, plus eine Begleitung", 1, id="ich-bin-dabei-plus-eine-begleitung"
        ),
        pytest.param("Ich komme +2", 2, id="ich-komme-2"),
        pytest.param("Ich + 1", 1, id="ich-1"),
        pytest.param("Wir sind 2 Personen", 1, id="wir-sind-2-personen"),
        pytest.param("Bitte für 2 Personen eintragen", 1, id="bitte-fuer-2-personen-eintragen"),
        pytest.param("Anmeldung für zwei Personen", 1, id="anmeldung-fuer-zwei-personen"),
        pytest.param("ich komm mim Mann", 1, id="ich-komm-mim-mann"),
        pytest.param("Ich und mein Kollege kommen", 1, id="ich-und-mein-kollege-kommen"),
        pytest.param("Me + my colleague", 1, id="me-my-colleague"),
        pytest.param("Ja, mit Frau und Kind", 2, id="ja-mit-frau-und-kind"),
        pytest.param("Yes, with my wife", 1, id="yes-with-my-wife"),
        pytest.param("Sure, bringing two colleagues", 2, id="sure-bringing-two-colleagues"),
        pytest.param("Count me in, plus one", 1, id="count-me-in-plus-one"),
        pytest.param("Yes, party of 3", 2, id="yes-party-of-3"),
        pytest.param("we're a group of four", 3, id="we-re-a-group-of-four"),
        pytest.param("Ich komme mit ner Kollegin", 1, id="ich-komme-mit-ner-kollegin"),
        pytest.param("JA WIR KOMMEN ZU DRITT", 2, id="ja-wir-kommen-zu-dritt"),
        pytest.param(
            "bin dabei, bringe meine kollegin mit", 1, id="bin-dabei-bringe-meine-kollegin-mit"
        ),
        pytest.param("Ich komme mit Anna und Ben", 2, id="ich-komme-mit-anna-und-ben"),
        pytest.param(
            "I'm coming with my colleagues Anna and Ben",
            2,
            id="i-m-coming-with-my-colleagues-anna-and-b",
        ),
        pytest.param(
            "Ich komme mit dem Auto und bringe Anna mit.",
            1,
            id="ich-komme-mit-dem-auto-und-bringe-anna-m",
        ),
        pytest.param("Komme mit Anna, Ben und Lisa", 3, id="komme-mit-anna-ben-und-lisa"),
        pytest.param("Me + 2", 2, id="me-2"),
        pytest.param("ich + meine frau", 1, id="ich-meine-frau"),
        pytest.param("Yes plus my wife", 1, id="yes-plus-my-wife"),
        pytest.param("Wir kommen als Gruppe von 4", 3, id="wir-kommen-als-gruppe-von-4"),
        pytest.param(
            "Bitte 2 Plätze für mich reservieren", 1, id="bitte-2-plaetze-fuer-mich-reservieren"
        ),
        pytest.param("Ich komme mit nem Kumpel", 1, id="ich-komme-mit-nem-kumpel"),
        pytest.param("Ja, 2 Personen", 1, id="ja-2-personen"),
        pytest.param("Yes, and I'm bringing my husband", 1, id="yes-and-i-m-bringing-my-husband"),
        pytest.param("I'll bring a plus one", 1, id="i-ll-bring-a-plus-one"),
        pytest.param("Yes +1 (my wife)", 1, id="yes-1-my-wife"),
        pytest.param("Me and two colleagues", 2, id="me-and-two-colleagues"),
        pytest.param("Count me in plus 2", 2, id="count-me-in-plus-2"),
        pytest.param("My wife will join me", 1, id="my-wife-will-join-me"),
        pytest.param("Meine bessere Hälfte kommt mit", 1, id="meine-bessere-haelfte-kommt-mit"),
        pytest.param(
            "Wir kommen zu zweit (mein Mann und ich)", 1, id="wir-kommen-zu-zweit-mein-mann-und-ich"
        ),
        pytest.param("Ja, und Jonas kommt auch mit", 1, id="ja-und-jonas-kommt-auch-mit"),
        pytest.param("Ich und Lisa kommen", 1, id="ich-und-lisa-kommen"),
        pytest.param("Lisa und ich kommen gern", 1, id="lisa-und-ich-kommen-gern"),
        pytest.param("Komme mit meinem Sohn", 1, id="komme-mit-meinem-sohn"),
        pytest.param("Yes! I'm bringing my kids (2)", 2, id="yes-i-m-bringing-my-kids-2"),
        pytest.param("Ich komme mit einer Freundin", 1, id="ich-komme-mit-einer-freundin"),
        pytest.param("Ich bringe zwei Kolleginnen mit", 2, id="ich-bringe-zwei-kolleginnen-mit"),
        pytest.param("wir sind zu 2.", 1, id="wir-sind-zu-2"),
        pytest.param("Wir kommen zu zweit!", 1, id="wir-kommen-zu-zweit-2"),
        pytest.param("I'm coming with a friend", 1, id="i-m-coming-with-a-friend"),
        pytest.param(
            "I will come with my colleague Sam", 1, id="i-will-come-with-my-colleague-sam"
        ),
        pytest.param("Coming, +1", 1, id="coming-1"),
        pytest.param("Zusage +2", 2, id="zusage-2"),
        pytest.param("Ja komme mit 2 Kollegen", 2, id="ja-komme-mit-2-kollegen"),
        pytest.param("Ich komme, mein Mann auch", 1, id="ich-komme-mein-mann-auch"),
        pytest.param("Ich komme mit Partnerin", 1, id="ich-komme-mit-partnerin"),
        pytest.param("Yes, party of two", 1, id="yes-party-of-two"),
        pytest.param("I'm bringing someone", 1, id="i-m-bringing-someone"),
        pytest.param("Ich bringe jemanden mit", 1, id="ich-bringe-jemanden-mit"),
        pytest.param("Komme, bringe ne Kollegin mit", 1, id="komme-bringe-ne-kollegin-mit"),
    ],
)
def test_guests_said_in_words_are_counted_with_a_yes(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, guests, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ja, ich komme – doch ohne Begleitung.", id="ja-ich-komme-doch-ohne-begleitung"
        ),
        pytest.param(
            "Still coming, but my plus-one bailed.", id="still-coming-but-my-plus-one-bailed"
        ),
        pytest.param("Komme doch alleine", id="komme-doch-alleine"),
        pytest.param(
            "Meine Frau kann doch nicht, ich komme aber.",
            id="meine-frau-kann-doch-nicht-ich-komme-abe",
        ),
        pytest.param(
            "Ich komme, die Begleitung entfällt.", id="ich-komme-die-begleitung-entfaellt"
        ),
        pytest.param("Yes - the +1 is off, just me.", id="yes-the-1-is-off-just-me"),
        pytest.param("I'll be there, my guest cancelled.", id="i-ll-be-there-my-guest-cancelled"),
        pytest.param("Ich komme, aber ohne Jonas.", id="ich-komme-aber-ohne-jonas"),
        pytest.param("Yes, no plus one after all.", id="yes-no-plus-one-after-all"),
        pytest.param("Yes, no guests.", id="yes-no-guests"),
        pytest.param("Ja, nobody else.", id="ja-nobody-else"),
        pytest.param("Ich komme doch ohne meinen Mann.", id="ich-komme-doch-ohne-meinen-mann"),
    ],
)
def test_a_companion_taken_back_leaves_the_member_alone(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 0, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme mit dem Rad", id="ich-komme-mit-dem-rad"),
        pytest.param("Ich komme mit Verspätung", id="ich-komme-mit-verspaetung"),
        pytest.param("Ich komme mit dem Zug aus Bonn", id="ich-komme-mit-dem-zug-aus-bonn"),
        pytest.param("Ja, komme mit Freude", id="ja-komme-mit-freude"),
        pytest.param("Ich komme, keine Begleitung.", id="ich-komme-keine-begleitung"),
        pytest.param("Wie mit Anna besprochen komme ich.", id="wie-mit-anna-besprochen-komme-ich"),
        pytest.param(
            "Ich komme, habe mit Jonas telefoniert.", id="ich-komme-habe-mit-jonas-telefoniert"
        ),
        pytest.param("I'll come, as discussed with Tom.", id="i-ll-come-as-discussed-with-tom"),
    ],
)
def test_words_that_only_look_like_company_bring_nobody(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 0, "")


def test_colleagues_without_a_number_or_names_go_to_a_person() -> None:
    intent = read_intent("Ich komme mit meinen Kollegen")
    assert intent.answer is None
    assert "how many is unclear" in intent.problem


def _calendar_reply(comment: str, guests: int = 0) -> bytes:
    ics = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "METHOD:REPLY",
            "BEGIN:VEVENT",
            f"ATTENDEE;PARTSTAT=ACCEPTED;X-NUM-GUESTS={guests}:mailto:lena@example.org",
            "UID:somek-evt-2027-01-22@example.org",
            "DTSTART:20270122T180000Z",
            f"COMMENT:{comment}",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    message = EmailMessage()
    message["From"] = "Lena <lena@example.org>"
    message["To"] = "stammtisch@example.org"
    message["Subject"] = "Angenommen: Stammtisch"
    message["Message-ID"] = "<cal-lena@example.org>"
    message.set_content("Lena hat die Einladung angenommen.")
    message.add_alternative(ics, subtype="calendar", params={"method": "REPLY"})
    return message.as_bytes()


def test_a_guest_named_in_a_calendar_comment_is_counted() -> None:
    result = analyse(_calendar_reply("Mein Mann kommt auch mit."))
    assert (result.answer, result.guests) == (Answer.YES, 1)


def test_the_calendar_guest_count_stands_over_the_comment() -> None:
    result = analyse(_calendar_reply("Wir kommen zu dritt.", guests=1))
    assert (result.answer, result.guests) == (Answer.YES, 1)


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        pytest.param("Wir kommen mit drei Leuten, wenn das passt.", 2, id="wenn-das-passt"),
        pytest.param("Ich komme zu zweit, wenn das okay ist.", 1, id="wenn-das-okay-ist"),
        pytest.param("Four of us, if you have room.", 3, id="if-you-have-room"),
        pytest.param("We'll be three if that works for you.", 2, id="if-that-works"),
    ],
)
def test_asking_whether_the_guests_are_welcome_is_no_doubt(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, guests)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme, wenn es passt.", id="wenn-es-passt"),
        pytest.param("Ich komme, wenn das Wetter passt.", id="wenn-das-wetter-passt"),
        pytest.param("I'll come if I can get away.", id="if-i-can"),
    ],
)
def test_a_condition_on_the_members_side_stays_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE
