"""Guests as strangers write them: dialect, phone haste, dictation, English from
Germans, a number changed or taken back, a guest asked for, a maybe with company.

Each row is one way of saying it, written before reading the rules. The size of a
party counts the member ("wir kommen mit drei Leuten" is two guests); a companion
taken back leaves none; a maybe keeps the company it names; a "no" keeps none, and
company the member is with elsewhere ("bin mit meiner Mutter beim Arzt") is no guest.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.topic_text import extract_topics
from mail.types import Answer

Y, N, M = Answer.YES, Answer.NO, Answer.MAYBE

SAID = [
    ("Komme gern, bringe meinen Freund mit.", Y, 1, "de-bringe-freund-mit"),
    ("Bin dabei – zu zweit.", Y, 1, "de-dash-zu-zweit"),
    ("Wir kommen zu dritt!", Y, 2, "de-zu-dritt"),
    ("Ich komm mit meiner Freundin vorbei", Y, 1, "de-komm-vorbei-freundin"),
    ("Zusage, mit Begleitung.", Y, 1, "de-mit-begleitung"),
    ("Ja, plus eins.", Y, 1, "de-plus-eins"),
    ("Jo, ich + 1", Y, 1, "de-ich-plus-1"),
    ("Ich und mein Mann sind dabei.", Y, 1, "de-ich-und-mann"),
    ("Mein Mann und ich kommen gerne.", Y, 1, "de-mann-und-ich"),
    ("Bringe zwei Kollegen mit.", Y, 2, "de-zwei-kollegen"),
    ("Ich komme mit zwei Kolleginnen aus dem Marketing.", Y, 2, "de-zwei-kolleginnen-aus"),
    ("Wir sind insgesamt vier Personen.", Y, 3, "de-insgesamt-vier"),
    ("Meine Frau kommt auch mit.", Y, 1, "de-frau-kommt-mit"),
    ("ich bring meine schwester mit", Y, 1, "de-phone-lower-case"),
    ("Zusage für 2 Personen.", Y, 1, "de-zusage-2-personen"),
    ("Wir kommen als Paar.", Y, 1, "de-als-paar"),
    ("Ich komme mit meinen Eltern.", Y, 2, "de-eltern"),
    ("Bin dabei und bringe Lisa und Jonas mit.", Y, 2, "de-two-names"),
    ("Ich komme, und meine Nachbarin kommt auch mit.", Y, 1, "de-nachbarin-auch-mit"),
    ("Wir kommen zu zweit, mein Kollege Ahmed und ich.", Y, 1, "de-zu-zweit-named"),
    ("Komme mit nem Freund", Y, 1, "de-nem-freund"),
    ("ICH KOMME ZU ZWEIT", Y, 1, "de-all-caps-zu-zweit"),
    ("Ich komme mit meinem Azubi.", Y, 1, "de-azubi"),
    ("Wir kommen mit vier Leuten.", Y, 3, "de-mit-vier-leuten"),
    ("Bringe noch jemanden mit.", Y, 1, "de-noch-jemanden"),
    ("Wir sind dann 3 Leute.", Y, 2, "de-wir-sind-3-leute"),
    ("Gärn, mir chömed zu zweit.", Y, 1, "ch-zu-zweit"),
    ("Jo, ich kumme met minger Frau.", Y, 1, "ksh-met-minger-frau"),
    ("Ich kumm, un dat Marie kütt och met.", Y, 1, "ksh-name-kuett-och-met"),
    ("Jo, un dä Pitter kütt och mit.", Y, 1, "ksh-pitter-kuett-och-mit"),
    ("Count me in, plus one.", Y, 1, "en-plus-one"),
    ("I'll be there with my wife.", Y, 1, "en-with-my-wife"),
    ("Coming with a friend!", Y, 1, "en-with-a-friend"),
    ("We'll be four.", Y, 3, "en-well-be-four"),
    ("Me and my husband will come.", Y, 1, "en-me-and-husband"),
    ("Bringing my colleague Sarah along.", Y, 1, "en-colleague-named-along"),
    ("yes + 1", Y, 1, "en-yes-plus-1"),
    ("Yes, party of three.", Y, 2, "en-party-of-three"),
    ("Happy to come, I'll bring two colleagues.", Y, 2, "en-two-colleagues"),
    ("There will be two of us.", Y, 1, "en-two-of-us"),
    ("Me plus one.", Y, 1, "en-me-plus-one"),
    ("I'm coming and my partner is tagging along.", Y, 1, "en-tagging-along"),
    ("I'll come with my flatmate.", Y, 1, "en-flatmate"),
    ("Yes for 2 people please.", Y, 1, "en-for-2-people"),
    ("RSVP yes, 3 people total.", Y, 2, "en-people-total"),
    ("I'm in, bringing my daughter.", Y, 1, "en-bringing-daughter"),
    ("Will come together with my boss.", Y, 1, "en-together-with-boss"),
    ("We're coming as a couple.", Y, 1, "en-as-a-couple"),
    ("I come with my colleague.", Y, 1, "en-from-germans-i-come-with"),
    ("We come with three persons.", Y, 2, "en-from-germans-three-persons"),
    ("Bin dabei, plus my partner.", Y, 1, "mixed-plus-my-partner"),
    ("Komme mit my wife 😊", Y, 1, "mixed-mit-my-wife"),
    ("ja ich komme und bringe meine frau mit punkt", Y, 1, "de-dictated"),
    ("hi yes i will come with my husband thanks", Y, 1, "en-dictated"),
    ("👍 zu zweit", Y, 1, "emoji-zu-zweit"),
    ("Ich komme +2", Y, 2, "de-plus-2"),
    ("Zusage! Begleitung: 1 Person.", Y, 1, "de-begleitung-colon-1-person"),
    ("Personen: 3", Y, 2, "de-form-field-personen"),
    ("Mein Plus-eins wird mein Bruder sein.", Y, 1, "de-mein-plus-eins-wird"),
    ("My +1 is my neighbour.", Y, 1, "en-my-plus-one-is"),
    ("Count me in, with three designers from our agency.", Y, 3, "en-three-from-our-agency"),
    ("Ich und meine Kollegin vom Empfang kommen.", Y, 1, "de-kollegin-vom-empfang-und-ich"),
    ("My colleague from accounts and I will both come.", Y, 1, "en-colleague-from-and-i"),
    (
        "Ich bin dabei und frage gleich: Darf ich drei Kolleginnen mitbringen?",
        Y,
        3,
        "de-asks-three",
    ),
    ("Can I bring a friend? If that's ok, we're two.", Y, 1, "en-asks-then-size"),
    (
        "Bin dabei. Darf ich jemanden mitbringen? Falls das nicht geht, komme ich eben allein.",
        Y,
        1,
        "de-asks-else-alone",
    ),
    ("Coming with a colleague, if that's alright.", Y, 1, "en-if-thats-alright"),
    (
        "Bin dabei. Darf ich meine Nachbarin mitbringen? Wenn das nicht geht, komme ich trotzdem.",
        Y,
        1,
        "de-asks-else-anyway",
    ),
    ("I'm bringing Keiko from our design team.", Y, 1, "en-name-from-our-team"),
    ("Ich komme nicht ohne meinen Mann.", Y, 1, "de-nicht-ohne-mann"),
    ("I'm coming, but not without my wife.", Y, 1, "en-not-without-my-wife"),
    ("Ich komme, aber nicht ohne meine zwei Kinder.", Y, 2, "de-nicht-ohne-zwei-kinder"),
]

WITHDRAWN = [
    ("Komme doch ohne Begleitung.", "de-doch-ohne-begleitung"),
    ("Mein Freund kann leider doch nicht, ich komme allein.", "de-freund-kann-doch-nicht"),
    ("Update: my plus-one bailed, it's just me.", "en-plus-one-bailed"),
    ("Kollegin kann doch nicht. Ich komme trotzdem.", "de-kollegin-bare-noun"),
    ("Correction: no guest, just me.", "en-no-guest-just-me"),
    ("Meine Frau ist krank, ich komme also alleine.", "de-frau-krank-alleine"),
    ("Sorry, my wife can't make it after all – I'll still be there.", "en-wife-cant-still-there"),
    ("Nur ich, mein Mann hat doch keine Zeit.", "de-nur-ich-mann-keine-zeit"),
    ("Statt zu zweit komme ich jetzt allein.", "de-statt-zu-zweit-allein"),
    ("The +1 is off, I'm still coming.", "en-plus-one-is-off"),
    ("Ohne Anhang diesmal, aber ich bin dabei.", "de-ohne-anhang"),
    ("My friend dropped out, I'm coming on my own.", "en-dropped-out-on-my-own"),
    ("Meine Frau bleibt doch zu Hause, also nur ich.", "de-bleibt-zu-hause"),
    ("My wife's staying at home, so it's just me on Friday.", "en-staying-home-just-me-on-day"),
    ("Der Azubi kommt doch nicht mit. Ich komme aber.", "de-der-azubi-kommt-nicht-mit"),
    (
        "Mein Plus-eins ist leider abgesprungen, ich bin trotzdem dabei.",
        "de-plus-eins-abgesprungen",
    ),
    ("Update: my +1 is out, I'm still coming.", "en-my-plus-one-is-out"),
    ("Ich komme allein, nicht wie geplant mit meinem Mann.", "de-nicht-wie-geplant-mit"),
]

CHANGED = [
    ("Doch zu dritt statt zu zweit.", Y, 2, "de-doch-zu-dritt-statt-zweit"),
    ("Kleine Änderung: wir sind jetzt zu viert.", Y, 3, "de-jetzt-zu-viert"),
    ("Update: we'll be three, not two.", Y, 2, "en-three-not-two"),
]

# A maybe keeps the company it names: the organizer plans with it
MAYBE = [
    ("Vielleicht, dann zu zweit.", 1, "de-vielleicht-dann-zu-zweit"),
    ("Maybe – if I come, I'll bring my husband.", 1, "en-if-i-come-bring-husband"),
    ("Weiß noch nicht, falls ja dann mit meiner Frau.", 1, "de-falls-ja-mit-frau"),
]

ASKED = [
    ("Darf ich jemanden mitbringen?", "de-darf-ich-jemanden"),
    ("Kann ich meinen Mann mitbringen?", "de-kann-ich-mann"),
    ("Is it ok if I bring a friend?", "en-is-it-ok-if-i-bring"),
    ("Would it be alright to bring my partner?", "en-alright-to-bring"),
    ("Geht das auch mit Begleitung?", "de-geht-das-mit-begleitung"),
]

# Company that is no guest: a thing, a way of coming, a vote, a member who answers
NO_GUEST = [
    ("Ich komme mit dem Rad.", "de-mit-dem-rad"),
    ("Komme direkt mit der Bahn von der Arbeit.", "de-mit-der-bahn"),
    ("Ich komme, +1 für Mastodon.", "de-plus-one-vote"),
    ("Ich bringe Kuchen mit.", "de-kuchen"),
    ("I'll bring my laptop.", "en-laptop"),
    ("Ich komme, hab mit meiner Chefin gesprochen.", "de-mit-chefin-gesprochen"),
    ("Komme mit Verspätung.", "de-mit-verspaetung"),
    ("I'll come if it's okay with my manager.", "en-okay-with-my-manager"),
    ("Ich komme direkt nach dem Termin mit meiner Chefin.", "de-termin-mit-chefin"),
    ("Ich komme, meine Kollegin Anna meldet sich selbst.", "de-kollegin-meldet-sich-selbst"),
    ("I'm coming, my colleague is on your list too.", "en-colleague-on-your-list"),
]

# A no keeps no guests; the company named is where the member is instead
NO_WITH_COMPANY = [
    ("Leider nicht, wir sind mit den Kindern im Urlaub.", "de-urlaub-mit-kindern"),
    ("Kann nicht, bin mit meiner Mutter beim Arzt.", "de-mit-mutter-beim-arzt"),
    ("kan leider nich bin im krankenhaus mit meinem vater", "de-phone-krankenhaus-vater"),
    ("Wir kommen leider beide nicht.", "de-beide-nicht"),
    ("Leider nicht, und meine Frau auch nicht.", "de-und-frau-auch-nicht"),
    ("Geht nicht, wir feiern Geburtstag und die ganze Familie kommt.", "de-familie-kommt-zu-uns"),
]


def _read(text: str):  # type: ignore[no-untyped-def]
    return read_intent(extract_topics(text).rest)


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=n) for t, a, g, n in SAID]
)
def test_a_party_said_in_strangers_words_is_counted(text: str, answer: Answer, guests: int) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, intent.problem) == (answer, guests, "")


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in WITHDRAWN])
def test_a_companion_taken_back_leaves_the_member_alone(text: str) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, intent.problem) == (Y, 0, "")


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=n) for t, a, g, n in CHANGED]
)
def test_a_changed_party_size_stands(text: str, answer: Answer, guests: int) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, intent.problem) == (answer, guests, "")


@pytest.mark.parametrize(("text", "guests"), [pytest.param(t, g, id=n) for t, g, n in MAYBE])
def test_a_maybe_keeps_the_company_it_names(text: str, guests: int) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, intent.problem) == (M, guests, "")


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in ASKED])
def test_asking_leave_to_bring_someone_goes_to_the_organizer(text: str) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, bool(intent.problem)) == (None, 0, True)


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in NO_GUEST])
def test_things_ways_votes_and_members_are_no_guests(text: str) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, intent.problem) == (Y, 0, "")


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in NO_WITH_COMPANY])
def test_a_no_with_company_elsewhere_is_a_no_without_guests(text: str) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, intent.problem) == (N, 0, "")


def test_a_question_after_a_colon_is_no_lead_in_unless_it_asks_for_a_guest() -> None:
    # "Spontan fällt mir ein: Wie misst man …?" is a topic asked about, not a maybe
    intent = _read("Spontan fällt mir ein: Wie misst man Reichweite ohne Tracking?")
    assert intent.answer is None
