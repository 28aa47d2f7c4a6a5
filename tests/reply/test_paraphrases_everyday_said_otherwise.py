"""Coming and not coming said the way letters and plans say it, as strangers write.

A retired press officer "wird am 28. Januar erscheinen", a newcomer "nimmt die
Einladung dankend an", "Please expect me on the 28th": coming, in words no chat
uses. "Ohne uns also, leider" leaves the evening to the others; "Ich hab aber an dem
Abend Chorprobe" fills it with something else: the kind of engagement is in the last
word of a compound (Chor-probe, Spät-dienst, Krisen-sitzung), so the heads are read,
not every compound."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

COMING = [
    pytest.param("Ich werde jedenfalls pünktlich um sieben Uhr da sein.", id="werde-da-sein"),
    pytest.param("Ich werde am 28. Januar gern erscheinen.", id="werde-erscheinen"),
    pytest.param("Wir werden zu Ihrem Stammtisch erscheinen.", id="wir-werden-erscheinen"),
    pytest.param("ICH WERDE ERSCHEINEN", id="all-caps"),
    pytest.param("werd am donnerstag vorbeischauen", id="chat-werd-vorbeischauen"),
    pytest.param("Bis Donnerstag, ich werde da sein.", id="bis-donnerstag-werde-da-sein"),
    pytest.param("Ich nehme Ihre Einladung dankend an.", id="nehme-einladung-dankend-an"),
    pytest.param("Ich nehme die Einladung gerne an!", id="nehme-einladung-gerne-an"),
    pytest.param("Bitte rechnen Sie mit mir.", id="rechnen-sie-mit-mir"),
    pytest.param("Ihr könnt fest mit mir rechnen.", id="koennt-fest-mit-mir-rechnen"),
    pytest.param("Ich stoße nach der Arbeit dazu.", id="stosse-dazu"),
    pytest.param("stoss später dazu", id="chat-stoss-dazu"),
    pytest.param(
        "Ich nehme Ihre Einladung dankend an und werde am 28. Januar erscheinen.",
        id="letter-accepts-and-appears",
    ),
    pytest.param("Please expect me on the 28th, I shall bring questions.", id="expect-me"),
    pytest.param("You can expect me around seven.", id="you-can-expect-me"),
    pytest.param("I gladly accept your invitation.", id="gladly-accept"),
    pytest.param("Happy to accept, see you Thursday.", id="happy-to-accept"),
    pytest.param("I'll show up around 7.", id="ill-show-up"),
    pytest.param("ill show up", id="phone-ill-show-up"),
    pytest.param("We'll turn up after work.", id="well-turn-up"),
    pytest.param("I'll pop in after work.", id="ill-pop-in"),
]


@pytest.mark.parametrize("text", COMING)
def test_coming_in_the_words_of_a_letter_or_a_plan_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


NOT_COMING = [
    pytest.param("Ohne uns also, leider.", id="ohne-uns-also-leider"),
    pytest.param("Diesmal ohne mich, sorry.", id="diesmal-ohne-mich"),
    pytest.param("Macht es euch schön, aber ohne mich.", id="macht-es-euch-schoen-ohne-mich"),
    pytest.param("ohne mich leider 😕", id="chat-ohne-mich-emoji"),
    pytest.param("Go ahead without me this time.", id="go-ahead-without-me"),
    pytest.param("Have fun without me!", id="have-fun-without-me"),
    pytest.param("Without me this time, sorry.", id="without-me-this-time"),
    pytest.param("Ich hab aber an dem Abend Chorprobe.", id="an-dem-abend-chorprobe"),
    pytest.param("Am Donnerstag habe ich Elternabend.", id="am-donnerstag-elternabend"),
    pytest.param("Da hab ich leider Spätschicht.", id="da-spaetschicht"),
    pytest.param("an dem abend hab ich training", id="chat-training"),
    pytest.param("Ich habe am 28. eine Präsentation beim Kunden.", id="am-28-praesentation"),
    pytest.param(
        "Hab an dem Abend Jahreshauptversammlung beim Schützenverein.", id="compound-head"
    ),
    pytest.param("I've got band rehearsal that evening.", id="band-rehearsal-that-evening"),
    pytest.param("I have a late shift on Thursday.", id="late-shift-on-thursday"),
    pytest.param("I'm on night shift that evening.", id="on-night-shift"),
    pytest.param("Ich werde nicht erscheinen.", id="werde-nicht-erscheinen"),
    pytest.param("Don't expect me on Thursday, sorry.", id="dont-expect-me"),
    pytest.param("Rechnen Sie nicht mit mir.", id="rechnen-sie-nicht-mit-mir"),
    pytest.param("I can't accept the invitation this time.", id="cant-accept"),
]


@pytest.mark.parametrize("text", NOT_COMING)
def test_the_evening_left_to_others_or_taken_by_something_else_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


NO_ANSWER = [
    pytest.param("Ich habe am Donnerstag keinen Termin.", id="keinen-termin"),
    pytest.param("Am Donnerstag hab ich frei.", id="hab-frei"),
    pytest.param("Nicht ohne mich!", id="nicht-ohne-mich"),
    pytest.param("I've got nothing on that evening.", id="nothing-on"),
]


@pytest.mark.parametrize("text", NO_ANSWER)
def test_an_evening_free_or_a_without_denied_is_no_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


DROPPED = [
    pytest.param(
        "Ich hab am Donnerstag Training, aber das lass ich ausfallen. Ich komme!",
        id="training-ausfallen-lassen",
    ),
    pytest.param(
        "Normalerweise hab ich donnerstags Chorprobe, aber die fällt diesmal aus, also komme ich.",
        id="chorprobe-faellt-aus",
    ),
    pytest.param("Die Chorprobe fällt aus, ich komme!", id="chorprobe-faellt-aus-short"),
    pytest.param(
        "Hab eigentlich Spätdienst, den hab ich aber verschoben – bin dabei!", id="shift-moved"
    ),
    pytest.param("My rehearsal got cancelled, so I'll be there.", id="rehearsal-cancelled"),
    pytest.param("Had a shift that evening but I swapped it. Count me in!", id="shift-swapped"),
]


@pytest.mark.parametrize("text", DROPPED)
def test_an_engagement_dropped_leaves_the_yes_after_it(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
