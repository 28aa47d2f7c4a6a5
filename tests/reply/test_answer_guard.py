"""The guard withdraws an answer at risk of being the opposite of what the member meant.

Each risky case is a reading as a rule engine might have finished it wrongly:
the recorded answer and the phrase that decided it, with words elsewhere that
speak against it. The guard must send it to review with a reason; the safe
cases, where the same kinds of words are harmless, must keep their answer.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.answer_guard import Reading, answer_risk
from mail.types import Answer

YES, NO = Answer.YES, Answer.NO


def _reading(
    text: str,
    answer: Answer,
    *evidence: str,
    calendar: Answer | None = None,
    comment: str = "",
) -> Reading:
    return Reading(text, answer, evidence, calendar, comment)


RISKY = [
    # a negation the reader did not use, right beside the yes
    pytest.param(
        _reading("No chance I can make it this Thursday.", YES, "i can make it"),
        "same breath",
        id="en-no-chance-i-can-make-it",
    ),
    pytest.param(
        _reading("Keiner von uns kann kommen, ich auch nicht.", YES, "kann kommen"),
        "same breath",
        id="de-keiner-von-uns-kann-kommen",
    ),
    pytest.param(
        _reading("Weder ich noch mein Kollege schaffen es.", YES, "schaffen es"),
        "same breath",
        id="de-weder-ich-noch-mein-kollege",
    ),
    pytest.param(
        _reading("Nobody from our office can join, me included.", YES, "can join"),
        "same breath",
        id="en-nobody-from-our-office-can-join",
    ),
    pytest.param(
        _reading("cant make it tho thx", YES, "make it"),
        "same breath",
        id="en-phone-cant-make-it",
    ),
    pytest.param(
        _reading("LEIDER bin ich dabei nur im Geiste", YES, "bin ich dabei"),
        "leider",
        id="de-caps-leider-nur-im-geiste",
    ),
    pytest.param(
        _reading("Unfortunately I'll be there only in spirit.", YES, "i'll be there"),
        "unfortunately",
        id="en-unfortunately-only-in-spirit",
    ),
    pytest.param(
        _reading(
            "Ich würde ja kommen, aber es geht an dem Abend nicht.", YES, "ich wuerde ja kommen"
        ),
        "turns",
        id="de-wuerde-kommen-aber-geht-nicht",
    ),
    pytest.param(
        _reading("I'll be there in spirit but not in person", YES, "i'll be there"),
        "yes",
        id="en-in-spirit-but-not-in-person",
    ),
    pytest.param(
        _reading("Ich komme am Donnerstag nach der Arbeit wohl eher nicht", YES, "ich komme"),
        "same breath",
        id="de-negation-late-in-the-clause",
    ),
    pytest.param(
        _reading("Klar komme ich... NICHT 😂", YES, "klar komme ich"),
        "on its own",
        id="de-klar-komme-ich-nicht-joke",
    ),
    pytest.param(
        _reading("Ok, diesmal ohne mich.", YES, "ok"),
        "only yes",
        id="de-ohne-mich",
    ),
    pytest.param(
        _reading("ich kann am donnerstag nciht kommen", YES, "kommen"),
        "same breath",
        id="de-typo-nciht",
    ),
    # a plan that was, or a yes for another evening
    pytest.param(
        _reading("Ich wollte schon ewig mal vorbeikommen.", YES, "vorbeikommen"),
        "plan",
        id="de-wollte-schon-ewig-vorbeikommen",
    ),
    pytest.param(
        _reading("I keep planning to come along!", YES, "come along"),
        "plan",
        id="en-keep-planning-to-come",
    ),
    pytest.param(
        _reading("Sadly not this time. See you at the next one!", YES, "see you"),
        "another evening",
        id="en-sadly-see-you-at-the-next-one",
    ),
    pytest.param(
        _reading("Schade, wird wohl eher das nächste Treffen. Klingt super!", YES, "super"),
        "another evening",
        id="de-schade-das-naechste-treffen",
    ),
    # a bare yes-word beside a no elsewhere may answer something else
    pytest.param(
        _reading(
            "Ja, danke für die Erinnerung. Ich hab an dem Abend Chorprobe und kann nicht.",
            YES,
            "ja",
        ),
        "only yes",
        id="de-ja-danke-aber-chorprobe",
    ),
    pytest.param(
        _reading("ok thx 👍\nwon't be in town that week though", YES, "ok"),
        "yes",
        id="en-ok-thx-wont-be-in-town",
    ),
    # an automatic absence notice without auto-reply headers
    pytest.param(
        _reading(
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.02. nicht im Büro."
            " In dringenden Fällen wenden Sie sich bitte an meine Kollegin.",
            NO,
            "nicht im buero",
        ),
        "automatic",
        id="de-nicht-im-buero-dringende-faelle",
    ),
    pytest.param(
        _reading(
            "Thank you for your email. I am currently on parental leave until March"
            " and will not be reading emails.",
            NO,
            "will not",
        ),
        "automatic",
        id="en-parental-leave-not-reading-emails",
    ),
    pytest.param(
        _reading("Bin im Urlaub bis 3.2. und lese Mails nur sporadisch. Ja, echt 😎", YES, "ja"),
        "automatic",
        id="de-urlaub-bis-lese-mails-sporadisch",
    ),
    pytest.param(
        _reading("I'm travelling until Monday with limited access to email.", NO, "travelling"),
        "automatic",
        id="en-travelling-limited-access",
    ),
    pytest.param(
        _reading("OUT OF OFFICE - back on the 2nd. For anything urgent please contact Maria.", NO),
        "automatic",
        id="en-caps-out-of-office-back-on",
    ),
    pytest.param(
        _reading(
            "Je suis absent du bureau jusqu'au 5 février. Je lirai vos messages à mon retour.",
            NO,
        ),
        "automatic",
        id="fr-absent-jusqu-au",
    ),
    pytest.param(
        _reading("Automatische Antwort: Ich bin derzeit nicht erreichbar. Ja.", YES, "ja"),
        "automatic",
        id="de-automatische-antwort",
    ),
    pytest.param(
        _reading("Ich bin leider bis zum 3.2. nicht im Büro. Ja.", YES, "ja"),
        "automatic",
        id="de-notice-saying-leider",
    ),
    pytest.param(
        _reading("I am currently unavailable and will respond when I'm back.", NO, "unavailable"),
        "automatic",
        id="en-currently-unavailable",
    ),
    pytest.param(
        _reading(
            "Guten Tag, ich bin verreist und ab dem 5. Februar wieder im Büro. Ja.", YES, "ja"
        ),
        "automatic",
        id="de-verreist-ab-dem-wieder-im-buero",
    ),
    pytest.param(
        _reading("i'm abroad through Feb 3 w/ no email access", NO, "abroad"),
        "automatic",
        id="en-abroad-through-feb",
    ),
    # words against the calendar button
    pytest.param(
        _reading("Hab aus Versehen zugesagt, ich kann an dem Abend gar nicht.", YES, calendar=YES),
        "calendar button",
        id="de-aus-versehen-zugesagt",
    ),
    pytest.param(
        _reading("Falscher Knopf – ich komme natürlich!", NO, calendar=NO),
        "calendar button",
        id="de-falscher-knopf",
    ),
    pytest.param(
        _reading("Accepted, but I'm not free that evening after all.", YES, calendar=YES),
        "calendar button",
        id="en-accepted-but-not-free",
    ),
    pytest.param(
        _reading("", NO, calendar=NO, comment="Yes! Count me in."),
        "calendar button",
        id="en-declined-button-yes-in-comment",
    ),
    pytest.param(
        _reading("Outlook accepted this automatically, sorry.", YES, calendar=YES),
        "calendar button",
        id="en-outlook-accepted-automatically",
    ),
    # a no that denies a word that is itself negative
    pytest.param(
        _reading("No way I'm going to miss this!", NO, "no way"),
        "itself negative",
        id="en-no-way-going-to-miss",
    ),
    pytest.param(
        _reading("Das lasse ich mir nicht entgehen!", NO, "nicht"),
        "itself negative",
        id="de-nicht-entgehen-lassen",
    ),
    pytest.param(
        _reading("Nichts kann mich davon abhalten.", NO, "nichts"),
        "itself negative",
        id="de-nichts-kann-mich-abhalten",
    ),
    pytest.param(
        _reading("i would never say no to an SEO evening", NO, "never"),
        "itself negative",
        id="en-never-say-no",
    ),
    pytest.param(
        _reading("Auf keinen Fall werde ich fehlen!!", NO, "auf keinen fall"),
        "itself negative",
        id="de-auf-keinen-fall-fehlen",
    ),
    pytest.param(
        _reading("Zu SEO sag ich nicht nein!", NO, "nein"), "denies a no", id="de-sag-nicht-nein"
    ),
    pytest.param(
        _reading("Nothing could make me pass this one up", NO, "nothing"),
        "itself negative",
        id="en-nothing-could-make-me-pass-up",
    ),
    pytest.param(
        _reading("Would have loved to come, what a pity.", YES, "loved to come"),
        "plan",
        id="en-would-have-loved-to-come",
    ),
    pytest.param(
        _reading("Ich wär so gern mit dabei gewesen!", YES, "gern mit dabei"),
        "plan",
        id="de-waer-gern-dabei-gewesen",
    ),
    pytest.param(
        _reading("Nee, klar komm ich! Ja!", NO, "nee"), "only no", id="de-nee-beside-a-ja"
    ),
    # the answer only in lines that look quoted
    pytest.param(
        _reading("Danke für die Info.\n> Ich komme gerne", YES, "ich komme gerne"),
        "quoted",
        id="de-answer-in-quoted-line",
    ),
    pytest.param(
        _reading(
            "Danke!\n\nVon: Stammtisch <info@example.org>\nBetreff: Einladung\n\nSag ja!",
            YES,
            "ja",
        ),
        "quoted",
        id="de-answer-below-a-header-block",
    ),
    pytest.param(
        _reading("Thanks\nOn Friday, Anna wrote:\nCount me in!", YES, "count me in"),
        "quoted",
        id="en-answer-below-an-attribution",
    ),
]


@pytest.mark.parametrize(("reading", "reason"), RISKY)
def test_a_risky_answer_goes_to_review_with_a_reason(reading: Reading, reason: str) -> None:
    assert reason in answer_risk(reading)


SAFE = [
    pytest.param(_reading("No problem, I can make it!", YES, "i can make it"), id="en-no-problem"),
    pytest.param(_reading("Nee, klar komm ich!", YES, "klar komm ich"), id="de-nee-klar"),
    pytest.param(
        _reading("Oh nein, wie schön, natürlich komme ich!", YES, "natuerlich komme ich"),
        id="de-oh-nein-wie-schoen",
    ),
    pytest.param(
        _reading("I'll be there. My husband won't make it, so no guest.", YES, "i'll be there"),
        id="en-husband-wont-make-it",
    ),
    pytest.param(
        _reading("Ich komme. Meine Kollegin hat aber keine Zeit.", YES, "ich komme"),
        id="de-kollegin-keine-zeit",
    ),
    pytest.param(
        _reading(
            "hi yes i will come on thursday i am using voice typing sorry for any weird words"
            " see you then",
            YES,
            "i will come",
            "see you then",
        ),
        id="en-voice-typing-sorry-for-words",
    ),
    pytest.param(
        _reading(
            "Ja, ich komme! Vielleicht könnte man beim nächsten Mal SEO vertiefen?",
            YES,
            "ja",
            "ich komme",
        ),
        id="de-topic-for-next-time",
    ),
    pytest.param(
        _reading("I can't not come, see you there!", YES, "see you there"),
        id="en-double-negation",
    ),
    pytest.param(
        _reading("Klar bin ich dabei, ich lass mir doch SEO nicht entgehen", YES, "bin ich dabei"),
        id="de-dabei-nicht-entgehen",
    ),
    pytest.param(_reading("Jaaa, ich bin dabei!!", YES, "ich bin dabei"), id="de-jaaa-dabei"),
    pytest.param(
        _reading("I can hardly wait, count me in!", YES, "count me in"), id="en-can-hardly-wait"
    ),
    pytest.param(
        _reading("Keine Frage, ich bin dabei!", YES, "ich bin dabei"), id="de-keine-frage-dabei"
    ),
    pytest.param(
        _reading("Ich komme, aber meine Frau doch nicht.", YES, "ich komme"),
        id="de-ich-komme-aber-meine-frau-nicht",
    ),
    pytest.param(
        _reading("Nein, leider nicht. Viel Spaß!", NO, "leider nicht"), id="de-nein-leider-nicht"
    ),
    pytest.param(
        _reading(
            "Kein Autoreply: bin im Urlaub bis Februar, leider nicht dabei.", NO, "nicht dabei"
        ),
        id="de-kein-autoreply-leider-nicht-dabei",
    ),
    pytest.param(_reading("ok", YES, "ok"), id="en-ok-alone"),
    pytest.param(
        _reading("Ich komme gerne!\nVon: Anna", YES, "ich komme gerne"), id="de-yes-above-a-header"
    ),
    pytest.param(_reading("👍", YES, "👍"), id="thumbs-up-alone"),
    pytest.param(_reading("Muss leider absagen.", NO, "muss leider absagen"), id="de-absagen"),
    pytest.param(_reading("Jo nee, wird nix.", NO, "nee"), id="de-jo-nee-wird-nix"),
    pytest.param(
        _reading("Leider nein, Urlaub bis 3.2.", NO, "leider nein"), id="de-leider-nein-urlaub-bis"
    ),
    pytest.param(
        _reading("Ja, ich komme. Mein Link: https://example.net/me", YES, "ja", "ich komme"),
        id="de-link-says-no-net",
    ),
    pytest.param(
        _reading("I can't come, I'll miss you all!", NO, "i can't come"),
        id="en-cant-come-will-miss-you",
    ),
    pytest.param(
        _reading("Leider nein, bin auf Geschäftsreise bis Ende Januar.", NO, "leider nein"),
        id="de-geschaeftsreise-leider-nein",
    ),
    pytest.param(
        _reading("Ich bin bis Februar in Elternzeit, diesmal also nicht. Viel Spaß euch!", NO),
        id="de-elternzeit-diesmal-nicht",
    ),
    pytest.param(
        _reading("", YES, calendar=YES, comment="Freue mich, bis Donnerstag!"),
        id="de-button-yes-freue-mich",
    ),
    pytest.param(_reading("Sorry, bin krank.", NO, calendar=NO), id="de-button-no-krank"),
    pytest.param(
        _reading(
            "Zusage! Darf meine Kollegin mit? Sie steht nicht auf eurer Liste.",
            YES,
            calendar=YES,
        ),
        id="de-button-yes-kollegin-nicht-auf-liste",
    ),
    pytest.param(
        _reading("Ich wäre gern dabei gewesen, klappt aber leider nicht.", NO, "klappt nicht"),
        id="de-waere-gern-dabei-gewesen",
    ),
]


@pytest.mark.parametrize("reading", SAFE)
def test_a_safe_answer_is_kept(reading: Reading) -> None:
    assert answer_risk(reading) == ""


def _mail(body: str) -> bytes:
    return (
        "From: Chloe <chloe@example.net>\r\nTo: stammtisch@example.org\r\n"
        "Subject: Re: Einladung\r\nMessage-ID: <guard-1@example.net>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
    ).encode()


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Nobody in our team can make it on the 28th, including me.\r\n", id="nobody"),
        pytest.param("Neither me nor my colleague can make it this time.\r\n", id="neither-nor"),
        pytest.param(
            "Hallo, ich bin vom 20.01. bis 03.02. auf Teneriffa und lese in der Zeit keine"
            " Mails. Ja, ich hab's mir verdient 😎\r\n",
            id="holiday-notice-with-a-ja",
        ),
    ],
)
def test_a_reply_is_never_read_as_the_opposite(body: str) -> None:
    result = analyse(_mail(body))
    assert result.answer is not Answer.YES
    assert result.answer is None or result.answer is Answer.NO
    if result.answer is None:
        # an absence notice is set aside as automatic, with its reason
        assert result.answer_problem or (result.kind == "auto_reply" and result.reason)


@pytest.mark.parametrize(
    "reading",
    [
        pytest.param(
            _reading(
                "Mein Chef hat mich zum Kundenessen eingeteilt. Da kann ich ned nein sagen. "
                "Also leider ned.",
                NO,
                "kann ich ned",
                "leider ned",
            ),
            id="de-cannot-say-no-to-the-boss-then-a-plain-no",
        ),
        pytest.param(
            _reading(
                "My boss booked me for a client dinner and I can't say no to him. "
                "Sadly I can't come.",
                NO,
                "can't",
            ),
            id="en-cannot-say-no-to-the-boss-then-a-plain-no",
        ),
    ],
)
def test_a_plain_regretted_no_beside_a_denied_no_is_kept(reading: Reading) -> None:
    assert answer_risk(reading) == ""


def test_a_denied_no_alone_still_goes_to_review() -> None:
    reading = _reading("Da kann ich ned nein sagen, leider.", NO, "kann ich ned")
    assert "denies" in answer_risk(reading)
