"""Guests as strangers write them: a party's size, companions named or counted, a plan
corrected, and companions who are members themselves.

Written as people write, not as the corpus does: each row is one way of saying it. The
size of the whole party ("zu dritt", "three of us", "insgesamt drei", "rechnet mit zwei
Personen") counts the member too and settles companions counted unclearly or in part;
a size denied ("nicht zu zweit", "not two of us") is no size; the size said last stands
when it corrects a plan; a companion who is a member answers for themselves.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.topic_text import extract_topics
from mail.types import Answer

Y, N, M = Answer.YES, Answer.NO, Answer.MAYBE

SAID = [
    ("Ich komme mit meinem Mann.", Y, 1, "de-mit-meinem-mann"),
    ("Bin dabei, bringe meine Kollegin Jana mit.", Y, 1, "de-kollegin-jana-mit"),
    ("Ich bringe Jana mit.", Y, 1, "de-bringe-name-mit"),
    ("Wir kommen mit drei Leuten.", Y, 2, "de-mit-drei-leuten-in-all"),
    ("Ich komme mit meinen beiden Kolleginnen.", Y, 2, "de-beiden-kolleginnen"),
    ("Zusage für mich plus eins", Y, 1, "de-plus-eins"),
    ("Ich komme, aber nicht allein 😉", Y, 1, "de-nicht-allein-emoji"),
    ("Zusage für 3 Personen", Y, 2, "de-fuer-3-personen"),
    ("Zwei Leute aus meinem Team kommen mit, also insgesamt drei.", Y, 2, "de-insgesamt-drei"),
    ("Ich komme mit meiner 16-jährigen Tochter.", Y, 1, "de-hyphened-adjective"),
    ("Wir zwei kommen, also der Heinz und ich.", Y, 1, "de-wir-zwei"),
    ("Ich nehme meine Schwester mit.", Y, 1, "de-nehme-mit"),
    ("Ich komme in Begleitung meiner Frau.", Y, 1, "de-in-begleitung"),
    ("Wir sind zu fünft", Y, 4, "de-zu-fuenft"),
    (
        "Zusage für drei Personen: mich, Herrn Kaya und Frau Lindner.",
        Y,
        2,
        "de-drei-personen-listed-by-title",
    ),
    ("Ich komm mit nem Kumpel", Y, 1, "de-nem-kumpel"),
    ("Wir kommen zu zweit (mein Kollege Tim und ich).", Y, 1, "de-zu-zweit-named"),
    (
        "Ich komme, mein Mitbewohner wahrscheinlich auch – rechnet mal mit zwei Personen.",
        Y,
        1,
        "de-rechnet-mit-zwei-personen",
    ),
    ("Ich bringe meinen Azubi mit, der soll das mal sehen.", Y, 1, "de-azubi-der-soll"),
    (
        "Vielleicht komme ich, dann aber mit meiner Tochter – die studiert Medien.",
        M,
        1,
        "de-maybe-with-daughter",
    ),
    ("Gerne, wir sind dann zu dritt 🙂", Y, 2, "de-dann-zu-dritt"),
    ("Three of us from the library will come: Jo, Sam and me.", Y, 2, "en-three-of-us-named"),
    ("Two of us are coming.", Y, 1, "en-two-of-us"),
    ("We'll be three.", Y, 2, "en-well-be-three"),
    ("My partner and I will come.", Y, 1, "en-partner-and-i"),
    ("Ill come w/ my gf", Y, 1, "en-phone-w-slash-gf"),
    ("I'm in and I'm bringing two people from work.", Y, 2, "en-two-people-from-work"),
    ("I'm coming with my husband and our two kids.", Y, 3, "en-husband-and-two-kids"),
    ("ICH KOMME MIT MEINER FRAU", Y, 1, "de-all-caps"),
    ("Ich komme mit 'nem Kollegen", Y, 1, "de-nem-with-apostrophe"),
    ("Me and 2 others from the office.", Y, 2, "en-me-and-2-others"),
    ("Myself and a colleague will attend.", Y, 1, "en-myself-and-a-colleague"),
    ("A colleague and myself will attend.", Y, 1, "en-a-colleague-and-myself"),
    ("Ich und Kollegin kommen", Y, 1, "de-ich-und-bare-noun"),
    ("Bringing along my mate Dave", Y, 1, "en-bringing-along-my-mate"),
    ("I'll drag my husband along!", Y, 1, "en-drag-along"),
    ("Ich schleppe meinen Mann mit 😄", Y, 1, "de-schleppe-mit"),
    ("Zusage für meine Frau und mich", Y, 1, "de-fuer-frau-und-mich"),
    ("Wir kommen: Petra, Jonas und ich.", Y, 2, "de-names-then-ich"),
    ("Ich komme, Jana kommt auch.", Y, 1, "de-name-kommt-auch"),
    ("Ich komme! +1 zum Thema Barrierefreiheit.", Y, 0, "de-plus-one-zum-thema-is-a-vote"),
    ("I'd +1 the accessibility topic. See you there!", Y, 0, "en-plus-one-the-topic-is-a-vote"),
    ("Zusage, +1 (meine Frau)", Y, 1, "de-plus-one-wife-in-brackets"),
    ("Ich komme mit meinem Co-Trainer.", Y, 1, "de-role-noun-co-trainer"),
    ("Hallo Herr Müller und Frau Schmidt, ich komme gerne.", Y, 0, "de-people-greeted-no-company"),
    ("Herr Meier und ich kommen.", Y, 1, "de-titled-colleague-and-i"),
    ("I'll be there, and so will my colleague.", Y, 1, "en-so-will-my-colleague"),
    ("Put me down for 2.", Y, 1, "en-put-me-down-for-two"),
    ("Anmeldung: 2 Personen", Y, 1, "de-anmeldung-zwei-personen"),
    ("Trag mich + 1 ein", Y, 1, "de-trag-mich-plus-eins-ein"),
    ("Bin dabei, und meine Schwägerin auch.", Y, 1, "de-kin-schwaegerin-auch"),
    ("Komme und bringe die Tochter meiner Chefin mit.", Y, 1, "de-genitive-names-the-one"),
    ("Me plus the two new volunteers from the food bank.", Y, 2, "en-me-plus-the-two"),
    (
        "Bleibt dabei! Ich bringe übrigens noch eine Kollegin aus dem Bürgeramt mit.",
        Y,
        1,
        "de-long-bring-mit",
    ),
    (
        "Ich habe mit meiner Frau verhandelt, und: Ich komme!",
        Y,
        0,
        "de-done-with-someone-is-no-company",
    ),
    (
        "Ich komme, der Kater hat sich mit dem Nachbarkater geprügelt, aber egal.",
        Y,
        0,
        "de-compound-noun-in-another-story",
    ),
    ("ich komme mit meiner frau und meinem sohn", Y, 2, "de-lower-frau-und-sohn"),
    ("Ich komme mit meinen Eltern.", Y, 2, "de-eltern-are-two"),
    ("I'm coming with my parents.", Y, 2, "en-parents-are-two"),
    ("Ich komme mit meinen Eltern und meiner Schwester.", Y, 3, "de-eltern-und-schwester"),
    ("Ich komme mit meinen zwei Töchtern.", Y, 2, "de-plural-kin-toechtern"),
    ("Komme mit meinen beiden Söhnen", Y, 2, "de-plural-kin-soehnen"),
    ("Ich komme mit meinen Kindern (2).", Y, 2, "de-count-in-brackets-after-plural"),
    (
        "Ich komme mit meiner Frau, meinem Sohn und meiner Tochter.",
        Y,
        3,
        "de-comma-list-of-companions",
    ),
    ("I'll come with my wife, my son and my niece.", Y, 3, "en-comma-list-of-companions"),
    ("Ich bringe meine Frau und meinen Sohn mit", Y, 2, "de-bring-two-listed-mit"),
    ("Ich bringe meine Frau, meinen Sohn und zwei Kollegen mit", Y, 4, "de-bring-list-mit"),
    ("Ich bringe meine Frau und Kuchen mit", Y, 1, "de-bring-person-and-cake"),
    ("Wir kommen als Paar.", Y, 1, "de-als-paar"),
    ("We're a couple, so see you both there!", Y, 1, "en-were-a-couple"),
    ("Count us in: two people.", Y, 1, "en-size-after-colon"),
    ("Ja gerne – 3 Personen", Y, 2, "de-size-after-dash"),
    ("Mein Mann kommt doch nicht mit, nur ich.", Y, 0, "de-nur-ich-after-comma"),
    ("Leider nur ich, mein Mann ist krank.", Y, 0, "de-leider-nur-ich-first"),
    ("My friend cancelled, just me then.", Y, 0, "en-just-me-then"),
    ("Komme mit zwei weiteren Kollegen.", Y, 2, "de-zwei-weiteren"),
    ("Zusage für zwei", Y, 1, "de-zusage-fuer-zwei"),
    ("RSVP for 3", Y, 2, "en-rsvp-for-three"),
    ("Ich melde 3 Personen an.", Y, 2, "de-melde-personen-an"),
    ("Please book 2 seats for us.", Y, 1, "en-book-seats"),
    ("Yes, both of us will come.", Y, 1, "en-both-of-us"),
    ("We'll both be there.", Y, 1, "en-well-both"),
    ("Wir kommen beide.", Y, 1, "de-wir-kommen-beide"),
    ("Wir beide sind dabei.", Y, 1, "de-wir-beide"),
    ("I'm coming! Bringing the missus.", Y, 1, "en-the-missus"),
    ("Gern, mit meinem Lebenspartner.", Y, 1, "de-lebenspartner"),
    ("I'll attend with a companion.", Y, 1, "en-with-a-companion"),
    ("Komme mit Herrn Schulz aus der Buchhaltung.", Y, 1, "de-mit-herrn-name"),
    (
        "Ich komme mit Jonas, der hat sich selbst schon angemeldet.",
        Y,
        0,
        "de-name-signed-up-himself",
    ),
    ("Still coming, minus the plus one.", Y, 0, "en-minus-the-plus-one"),
    ("Wir kommen beide nicht.", N, 0, "de-wir-beide-nicht"),
    ("We both can't make it.", N, 0, "en-we-both-cant"),
    ("Mein Sohn (12) kommt mit.", Y, 1, "de-age-in-brackets"),
    ("Bringing a +1!", Y, 1, "en-bringing-a-plus-one"),
    ("Coming with my other half.", Y, 1, "en-other-half"),
    ("Treffen von 18-20 Uhr passt, wir sind 3 Personen.", Y, 2, "de-time-range-is-no-size"),
    ("Zusage für Anna und mich.", Y, 1, "de-zusage-fuer-name-und-mich"),
]

# A number left open ("ein paar", "a few", "die ganze Familie"): a person asks, never a guess
OPEN = [
    ("Ich komme mit ein paar Kollegen.", "de-ein-paar-kollegen"),
    ("Ich bringe ein paar Leute mit.", "de-bringe-ein-paar-leute"),
    ("I'll bring a few colleagues.", "en-a-few-colleagues"),
    ("I'm bringing a couple of friends.", "en-a-couple-of-friends"),
    ("Bringing a bunch of people from work!", "en-a-bunch-of"),
    ("Wir kommen mit der ganzen Familie.", "de-ganze-familie"),
    ("Ich komme mit einigen Freunden.", "de-einigen-freunden"),
    ("Ja, mit Anhang :)", "de-mit-anhang"),
    ("Ich komme mit mehreren Kolleginnen.", "de-mehreren-kolleginnen"),
    ("Coming with some friends", "en-some-friends"),
]

CHANGED = [
    (
        "Eigentlich wollten wir zu zweit kommen, aber meine Kollegin hat Grippe. Also nur ich.",
        Y,
        0,
        "de-plan-then-nur-ich",
    ),
    (
        "Correction to my last email: it's just me, not two of us. My colleague has a clash.",
        Y,
        0,
        "en-just-me-not-two-of-us",
    ),
    ("Ich komme, aber ohne meine Kollegin – sie hat doch keine Zeit.", Y, 0, "de-ohne-sie-hat"),
    (
        "Ich bin dabei, aber ohne meinen Mann, der liegt mit Grippe flach.",
        Y,
        0,
        "de-ohne-der-liegt",
    ),
    (
        "Wir kommen nicht zu zweit, wie angekündigt, sondern zu dritt.",
        Y,
        2,
        "de-nicht-zu-zweit-sondern-dritt",
    ),
    ("Wir kommen doch zu dritt statt zu zweit.", Y, 2, "de-doch-dritt-statt-zweit"),
    (
        "Kleine Änderung: wir sind doch nur zu zweit, nicht zu dritt.",
        Y,
        1,
        "de-nur-zweit-nicht-dritt",
    ),
    ("Ich komme jetzt doch zu zweit, mein Mann hat frei bekommen.", Y, 1, "de-jetzt-doch-zu-zweit"),
    ("My plus-one bailed, so it's just me.", Y, 0, "en-plus-one-bailed"),
    ("Meine Frau kann doch nicht, ich komme allein.", Y, 0, "de-frau-kann-nicht-allein"),
    (
        "Update: my colleague can't make it after all, so it'll be just me.",
        Y,
        0,
        "en-update-just-me",
    ),
    ("Ich komme mit meiner Partnerin, die auch Mitglied ist.", Y, 0, "de-partnerin-auch-mitglied"),
    ("Doch nur ich, die Kollegin hat's sich anders überlegt.", Y, 0, "de-doch-nur-ich"),
    ("Update: I'm now flying solo, my colleague's been sent away.", Y, 0, "en-flying-solo"),
    ("Ich komme, aber my plus one hat abgesagt.", Y, 0, "mixed-plus-one-abgesagt"),
    (
        "Komme! Und nein, diesmal bringe ich keinen mit, versprochen 😉",
        Y,
        0,
        "de-nein-answers-whether-anyone-comes",
    ),
    (
        "Wir kommen zu zweit statt zu dritt, meine Kollegin ist krank.",
        Y,
        1,
        "de-size-beside-the-withdrawal",
    ),
    ("I'm bringing my colleague Sam, he's also a member.", Y, 0, "en-colleague-also-a-member"),
]


def _rows(rows: list[tuple[str, Answer, int, str]]) -> list[object]:
    return [pytest.param(text, answer, guests, id=name) for text, answer, guests, name in rows]


@pytest.mark.parametrize(("text", "answer", "guests"), _rows(SAID))
def test_guests_said_in_other_words_are_counted(text: str, answer: Answer, guests: int) -> None:
    intent = read_intent(extract_topics(text).rest)
    assert (intent.answer, intent.guests, intent.problem) == (answer, guests, "")


# A companion who may come ("evtl. mit Begleitung") or one more on top of a number given
# before ("noch eine Person mehr"): the count is not in this mail
UNSURE = [
    ("Ich komme, evtl. mit Begleitung.", "de-evtl-mit-begleitung"),
    ("Ich komme mit meiner Frau, und evtl. mit meinem Sohn.", "de-frau-und-evtl-sohn"),
    ("I'm in, possibly plus my sister.", "en-possibly-plus-sister"),
    ("Noch eine Person mehr: mein Kollege kommt mit.", "de-eine-person-mehr"),
    ("Update: two more people from my team are coming along.", "en-two-more-people"),
    ("We'll have an extra guest, my cousin.", "en-an-extra-guest"),
    ("Ich komme, vielleicht zu dritt.", "de-vielleicht-zu-dritt"),
    ("Wir sind 2 oder 3 Leute.", "de-two-or-three-people"),
    ("2-3 Leute", "de-range-with-dash"),
    ("We'll be 2 to 3 people.", "en-two-to-three-people"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in UNSURE])
def test_a_companion_who_may_come_or_is_added_goes_to_a_person(text: str) -> None:
    intent = read_intent(extract_topics(text).rest)
    assert (intent.guests, bool(intent.problem)) == (0, True)


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for t, n in OPEN])
def test_companions_whose_number_is_left_open_go_to_a_person(text: str) -> None:
    intent = read_intent(extract_topics(text).rest)
    assert (intent.guests, bool(intent.problem)) == (0, True)


@pytest.mark.parametrize(("text", "answer", "guests"), _rows(CHANGED))
def test_the_party_size_said_last_or_without_members_stands(
    text: str, answer: Answer, guests: int
) -> None:
    intent = read_intent(extract_topics(text).rest)
    assert (intent.answer, intent.guests, intent.problem) == (answer, guests, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Wir sind zu zweit. Nein, zu dritt!", id="de-sizes-without-correction-word"),
    ],
)
def test_sizes_that_disagree_without_a_correction_go_to_a_person(text: str) -> None:
    intent = read_intent(extract_topics(text).rest)
    assert intent.guests == 0


def test_a_no_word_beside_coming_alone_goes_to_a_person() -> None:
    # "Nein, ich komme allein" may answer "bringst du wen mit?" or turn the yes round
    intent = read_intent("Nein, ich komme allein.")
    assert (intent.answer, bool(intent.problem)) == (None, True)
