"""Guests in voices the rules were not written from: each row written before the rules.

Verb-second German ("Es kommen noch zwei Kollegen mit"), lists ("meine Kollegin,
mein Chef und ich"), bare nouns ("komme mit Kollege"), "'nen Kumpel", "hab noch
wen dabei", "im Schlepptau", Swiss and Kölsch, phone haste, ALL CAPS, English
from Germans. The party counts the member; companions are counted one by one.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.topic_text import extract_topics
from mail.types import Answer

Y, M = Answer.YES, Answer.MAYBE

SAID = [
    ("Ich komme mit meiner besseren Hälfte.", 1, "de-bessere-haelfte-dative"),
    ("Bringing my better half.", 1, "en-better-half"),
    ("Ich komme, und meine Frau begleitet mich.", 1, "de-und-frau-begleitet-mich"),
    ("Ich komme und nehme unsere Tierpflegerin Mareike mit.", 1, "de-role-noun-erin"),
    ("Ich würde gern mit meinen beiden Filialleiterinnen kommen.", 2, "de-role-noun-plural"),
    ("Ich komme mit meinem Abteilungsleiter.", 1, "de-role-noun-leiter"),
    ("Eine Delegation: Presse, Marketing und meine Wenigkeit. Also vier Leute.", 3, "de-also-vier"),
    ("Wir kommen mit drei Leuten aus der Gewerkschaft, ich bin einer davon.", 2, "de-einer-davon"),
    ("Ich komme mit drei Leuten, mich eingerechnet.", 2, "de-mich-eingerechnet"),
    ("Yes! Mit Begleitung, my husband wants to see it.", 1, "mixed-begleitung-apposition"),
    ("Ich bin dabei, meine bessere Hälfte auch.", 1, "de-ich-bin-dabei-meine-bessere"),
    ("Komme, und nehme meinen Praktikanten mit.", 1, "de-komme-und-nehme-meinen-praktikanten"),
    ("Ich komm mit zwei Leuten aus meinem Team.", 2, "de-ich-komm-mit-zwei-leuten"),
    ("Mit mir kommen noch zwei Kolleginnen.", 2, "de-mit-mir-kommen-noch-zwei"),
    ("Zwei Kollegen von mir kommen auch mit.", 2, "de-zwei-kollegen-von-mir-kommen"),
    ("Wir sind zu dritt da.", 2, "de-wir-sind-zu-dritt-da"),
    ("Zu dritt! 🎉", 2, "de-zu-dritt"),
    ("Bin dabei, wir sind dann zwei.", 1, "de-bin-dabei-wir-sind-dann"),
    ("Bin mit Frau und Kind da.", 2, "de-bin-mit-frau-und-kind"),
    ("Ich komme mit meiner Frau und unseren zwei Kindern.", 3, "de-ich-komme-mit-meiner-frau"),
    ("Jupp, ich und die Kollegin aus der Buchhaltung.", 1, "de-jupp-ich-und-die-kollegin"),
    ("Zusage – ich bring 'nen Kumpel mit.", 1, "de-zusage-ich-bring-nen-kumpel"),
    ("komme + kollegin", 1, "de-komme-kollegin"),
    ("Bin da und hab noch wen dabei.", 1, "de-bin-da-und-hab-noch"),
    ("Ich komme, meine Kollegin Sarah begleitet mich.", 1, "de-ich-komme-meine-kollegin-sarah"),
    ("Ich komme mit einer Bekannten.", 1, "de-ich-komme-mit-einer-bekannten"),
    (
        "Wir kommen mit der ganzen Abteilung, also fünf Leute insgesamt.",
        4,
        "de-wir-kommen-mit-der-ganzen",
    ),
    ("Ich bin dabei und nicht allein 😉", 1, "de-ich-bin-dabei-und-nicht"),
    (
        "Ich komm, aber nicht alleine – meine Schwester will mit.",
        1,
        "de-ich-komm-aber-nicht-alleine",
    ),
    ("Wir kommen: meine Kollegin, mein Chef und ich.", 2, "de-wir-kommen-meine-kollegin-mein"),
    ("Gerne, meine Tochter und ich kommen.", 1, "de-gerne-meine-tochter-und-ich"),
    ("Count me and my partner in.", 1, "en-count-me-and-my-partner"),
    ("Yes, and I'm bringing two colleagues along.", 2, "en-yes-and-i-m-bringing"),
    ("We're a party of 4.", 3, "en-we-re-a-party-of"),
    ("Yes! My wife is coming too.", 1, "en-yes-my-wife-is-coming"),
    ("I'll bring a plus one.", 1, "en-i-ll-bring-a-plus"),
    ("I'll be there, plus my colleague Tom.", 1, "en-i-ll-be-there-plus"),
    ("Two of us from the library will come.", 1, "en-two-of-us-from-the"),
    ("My partner and I would love to come.", 1, "en-my-partner-and-i-would"),
    ("We'll be there, the three of us.", 2, "en-we-ll-be-there-the"),
    ("Yes, me and a friend.", 1, "en-yes-me-and-a-friend"),
    ("Coming w/ my husband", 1, "en-coming-w-my-husband"),
    ("Im coming with 2 colleagues", 2, "en-im-coming-with-2-colleagues"),
    ("I'm coming along with my intern and a volunteer.", 2, "en-i-m-coming-along-with"),
    ("We'll come as a group of five.", 4, "en-we-ll-come-as-a"),
    ("Yes please, 2 seats.", 1, "en-yes-please-2-seats"),
    ("Yep, bringing the kids (3).", 3, "en-yep-bringing-the-kids-3"),
    ("ICH KOMME MIT MEINEM MANN", 1, "de-ich-komme-mit-meinem-mann"),
    ("I AM COMING WITH MY WIFE", 1, "en-i-am-coming-with-my"),
    ("ja komme mit meiner frau", 1, "de-ja-komme-mit-meiner-frau"),
    ("Komme mit Kollege.", 1, "de-komme-mit-kollege"),
    ("Mir kumme zu zweit.", 1, "de-mir-kumme-zu-zweit"),
    ("I chume mit mim Fründ.", 1, "en-i-chume-mit-mim-fruend"),
    ("Ich bin dabei, und mein Kollege ebenfalls.", 1, "de-ich-bin-dabei-und-mein"),
    ("Komme mit meinem Lebensgefährten.", 1, "de-komme-mit-meinem-lebensgefaehrten"),
    ("Ich würde gern mit meiner Kollegin kommen.", 1, "de-ich-wuerde-gern-mit-meiner"),
    ("Ich und zwei aus dem Vorstand kommen.", 2, "de-ich-und-zwei-aus-dem"),
    ("Mein Mann begleitet mich.", 1, "de-mein-mann-begleitet-mich"),
    ("Mein Kollege und ich sind dabei.", 1, "de-mein-kollege-und-ich-sind"),
    ("Es kommen noch zwei Kollegen mit.", 2, "de-es-kommen-noch-zwei-kollegen"),
    ("Bitte für drei Personen reservieren.", 2, "de-bitte-fuer-drei-personen-reservieren"),
    ("Ich plus eine Kollegin.", 1, "de-ich-plus-eine-kollegin"),
    ("Ich komme mit 1 Begleitperson.", 1, "de-ich-komme-mit-1-begleitperson"),
    ("Ich bringe eine Begleitperson mit.", 1, "de-ich-bringe-eine-begleitperson-mit"),
    ("I'm coming with my +1.", 1, "en-i-m-coming-with-my"),
    ("I'll come, with a guest.", 1, "en-i-ll-come-with-a"),
    ("Both my colleague and I will attend.", 1, "en-both-my-colleague-and-i"),
    ("Ich komme – und zwar zu zweit.", 1, "de-ich-komme-und-zwar-zu"),
    ("Komme mit meinen Töchtern (2).", 2, "de-komme-mit-meinen-toechtern-2"),
    ("Klar, bin dabei. Mein Mann kommt mit.", 1, "de-klar-bin-dabei-mein-mann"),
    ("Wir kommen zu zweit, also meine Frau und ich.", 1, "de-wir-kommen-zu-zweit-also"),
    ("ich komm mit meinem freund vorbei lg", 1, "de-ich-komm-mit-meinem-freund"),
    ("Hab noch meine Nachbarin im Schlepptau. Bin dabei!", 1, "en-hab-noch-meine-nachbarin-im"),
    ("Zusage für mich und meine Kollegin Frau Klein.", 1, "de-zusage-fuer-mich-und-meine"),
    ("we are coming with 3 people", 2, "en-we-are-coming-with-3"),
    ("I'd love to come and bring my daughter along.", 1, "en-i-d-love-to-come"),
    ("Ich komme mit zwei Begleitern.", 2, "de-ich-komme-mit-zwei-begleitern"),
    ("Ich komme samt Ehemann.", 1, "de-ich-komme-samt-ehemann"),
]

WITHDRAWN = [
    ("Ich komme, aber doch ohne meinen Mann.", "de-doch-ohne-mann"),
    ("Mein Kollege hat abgesagt, ich komme aber.", "de-kollege-hat-abgesagt"),
    ("Nur ich diesmal, Kollegin ist krank.", "de-nur-ich-diesmal"),
    ("my +1 can't make it, still coming myself", "en-plus-one-cant-lower-case"),
    ("My colleague won't be joining me after all, but I'll be there.", "en-wont-be-joining"),
    ("Ich komm doch allein.", "de-komm-doch-allein"),
    ("Correction: it's just me now.", "en-just-me-now"),
    ("Komme solo.", "de-komme-solo"),
    ("Ich komme allein, meine Frau hat keine Lust.", "de-frau-keine-lust"),
    ("I'll be coming alone after all.", "en-alone-after-all"),
    ("Meine Freundin kann doch nicht, aber ich komme.", "de-freundin-kann-doch-nicht"),
    ("Meine Begleitung hat abgesagt, ich bin trotzdem da.", "de-begleitung-abgesagt"),
]

CHANGED = [
    ("Wir sind doch nur zu zweit statt zu dritt.", 1, "de-zu-zweit-statt-zu-dritt"),
]

MAYBE = [
    # the member unsure too: the whole party is a maybe, which keeps the company it names
    ("Vielleicht mit meinem Mann, ich gebe noch Bescheid.", "de-vielleicht-mit-mann"),
    ("Probably coming, possibly with my partner. Will confirm by Tuesday.", "en-probably-possibly"),
    ("Ich versuch's, ggf. zu zweit.", "de-versuchs-ggf-zu-zweit"),
    ("Vielleicht komme ich, meine Frau kommt mit, falls sie kann.", "de-vielleicht-falls-sie"),
    ("Eventuell, und dann mit meinem Mann.", "de-eventuell-dann-mit-mann"),
    ("Vielleicht komme ich mit meiner Kollegin.", "de-vielleicht-mit-kollegin"),
    ("Maybe, and if so with my partner.", "en-if-so-with-partner"),
    ("Weiß noch nicht, wenn dann zu zweit.", "de-wenn-dann-zu-zweit"),
    ("Mal sehen, ob ich's schaffe – falls ja, bringe ich meine Tochter mit.", "de-falls-ja"),
    ("Not sure yet, but if I come it'll be the two of us.", "en-two-of-us-if-i-come"),
]

# A companion who comes on a condition of their own is as unsure as "evtl. mit meinem
# Sohn": a person reads it. Asking the organizer for room is no such condition.
THEIR_CONDITION = [
    ("I'm in, possibly plus my sister.", "en-in-possibly-plus-sister"),
    ("Ich komme. Meine Freundin kommt mit, falls sie frei bekommt.", "de-falls-sie-frei"),
    ("Ich bin dabei, mein Mann kommt mit, wenn er früher Feierabend hat.", "de-wenn-er-frueher"),
    ("Yes! My wife will join me if she can get a babysitter.", "en-if-she-can-get"),
    ("Ich komme mit meiner Kollegin, falls die nicht krank wird.", "de-falls-die-nicht-krank"),
]
ROOM_ASKED = [
    ("I komm mit an Kollegen aus der Agentur, wenn's recht is.", 1, "bar-wenns-recht-is"),
    ("Wir kommen zu zweit, falls Sie Platz haben.", 1, "de-falls-sie-platz-haben"),
    ("Ich komme mit zwei Kollegen, wenn noch Platz ist.", 2, "de-wenn-noch-platz-ist"),
    ("We are three, if they have room.", 2, "en-if-they-have-room"),
]


def _read(text: str):  # type: ignore[no-untyped-def]
    return read_intent(extract_topics(text).rest)


@pytest.mark.parametrize(("text", "guests"), [pytest.param(t, g, id=n) for t, g, n in SAID])
def test_a_party_in_a_new_voice_is_counted(text: str, guests: int) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, intent.problem) == (Y, guests, "")


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in WITHDRAWN])
def test_a_companion_taken_back_in_a_new_voice_leaves_none(text: str) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, intent.problem) == (Y, 0, "")


@pytest.mark.parametrize(("text", "guests"), [pytest.param(t, g, id=n) for t, g, n in CHANGED])
def test_a_size_changed_in_a_new_voice_stands(text: str, guests: int) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, intent.problem) == (Y, guests, "")


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in MAYBE])
def test_a_maybe_in_a_new_voice_keeps_its_companion(text: str) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, intent.problem) == (M, 1, "")


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in THEIR_CONDITION])
def test_a_companion_on_a_condition_of_their_own_goes_to_a_person(text: str) -> None:
    intent = _read(text)
    assert (intent.guests, "may or may not come" in intent.problem) == (0, True)


@pytest.mark.parametrize(("text", "guests"), [pytest.param(t, g, id=n) for t, g, n in ROOM_ASKED])
def test_asking_for_room_keeps_the_yes_and_its_party(text: str, guests: int) -> None:
    intent = _read(text)
    assert (intent.answer, intent.guests, intent.problem) == (Y, guests, "")


def test_a_friend_the_member_stays_with_is_no_guest() -> None:
    # Swiss "bi mim Fründ" is "bei meinem Freund": where the member stays
    intent = _read("Ich bin am 28. wieder in Köln bi mim Fründ, und chume gern.")
    assert intent.guests == 0


def test_a_person_who_said_something_is_no_guest() -> None:
    # "und meine Betreuerin meinte, …": the lower-case verb after her opens a clause of her own
    intent = _read(
        "Hab mein Praktikum angefangen und meine Betreuerin meinte, ich soll kommen. Also ja,"
        " ich bin dabei."
    )
    assert intent.guests == 0


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Unsere Seite hat 412 Follower und die Hälfte davon sind Bots. Ich bin da.",
            id="de-die-haelfte-davon",
        ),
        pytest.param(
            "Ich komme, und die Hälfte der Leads kommt über LinkedIn.", id="mixed-haelfte-der-leads"
        ),
    ],
)
def test_half_of_something_is_no_companion(text: str) -> None:
    # only "meine bessere Hälfte", "my better half" is a person
    intent = _read(text)
    assert (intent.answer, intent.guests) == (Y, 0)
