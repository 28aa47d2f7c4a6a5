"""Strangers' words for a party, a companion and someone writing for the member.

Paraphrases, in other voices, of what the ninth batch's writers said that
was read wrong: the party's size with a day between or the member counted in
("Wir sind am Donnerstag zwei Personen", "vier Leute, mich mitgerechnet"),
Kölsch and Palatinate companions ("ming Frau kütt och met", "isch bring meen
Gumbel mit"), "my husband's coming too", leave asked for a companion ("wenn
das geht") that is no condition, an assistant who "spricht" or writes "on
behalf of", and "she says yes to the 28th" passed on.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

Y, N, M = Answer.YES, Answer.NO, Answer.MAYBE

# (text, the member's answer, the guests, id)
READ = [
    (
        "Wir sind am Donnerstag zwei Personen von der Kinderhilfe.",
        Y,
        1,
        "wir-sind-am-donnerstag-zwei-personen",
    ),
    ("Wir sind diesmal drei Leute aus dem Büro.", Y, 2, "wir-sind-diesmal-drei-leute-aus"),
    ("We are on Thursday three people from the library.", Y, 2, "we-are-on-thursday-three-people"),
    ("Wir kommen, vier Leute, mich mitgerechnet.", Y, 3, "wir-kommen-vier-leute-mich-mitgerechnet"),
    ("Count us in: three people including me.", Y, 2, "count-us-in-three-people-including"),
    ("Yes, 4 people incl. me", Y, 3, "yes-4-people-incl-me"),
    ("Wir kommen, das wären mit mir fünf Leute.", Y, 4, "wir-kommen-das-wären-mit-mir"),
    ("Wir sind seit zwei Jahren dabei und kommen gern.", Y, 0, "wir-sind-seit-zwei-jahren-dabei"),
    ("Jo, ich ben dabei, un ming Frau kütt och met.", Y, 1, "jo-ich-ben-dabei-un-ming"),
    ("Ni gloar, isch bring meen Gumbel mit.", Y, 1, "ni-gloar-isch-bring-meen-gumbel"),
    ("I'm in! My husband's coming too.", Y, 1, "i-m-in-my-husband-s"),
    ("Count me in, my sister's coming along.", Y, 1, "count-me-in-my-sister-s"),
    ("Ich komme with my colleague Ana, wenn das geht.", Y, 1, "ich-komme-with-my-colleague-ana"),
    ("Komme mit meiner Tochter, falls das okay ist.", Y, 1, "komme-mit-meiner-tochter-falls-das"),
    ("I'll come with my partner if that's ok.", Y, 1, "i-ll-come-with-my-partner"),
    ("Ich komme mit Anna, wenn es klappt.", M, 1, "ich-komme-mit-anna-wenn-es"),
    (
        "Hallo, hier spricht der Assistent von Herrn Prof. Marković. Er bestätigt seine "
        "Teilnahme am 28. Januar und bringt keine Begleitung mit.",
        Y,
        0,
        "hallo-hier-spricht-der-assistent-von",
    ),
    (
        "Writing on behalf of the library director, Mr Graves, who is unfortunately "
        "away at a conference that week.",
        N,
        0,
        "writing-on-behalf-of-the-library",
    ),
    (
        "Writing for my mum, who's a member but hates email: she says yes to the 28th "
        "and she'll bring biscuits.",
        Y,
        0,
        "writing-for-my-mum-who-s",
    ),
    (
        "Hier spricht die Sekretärin von Frau Dr. Lenz. Sie bestätigt ihre Teilnahme.",
        Y,
        0,
        "hier-spricht-die-sekretärin-von-frau",
    ),
    (
        "I'm writing on behalf of Mr Ortiz, who is away on holiday that week.",
        N,
        0,
        "i-m-writing-on-behalf-of",
    ),
    ("Writing for my dad: he says yes to the 28th.", Y, 0, "writing-for-my-dad-he-says"),
    (
        "Mein Sohn sagt nein zu Fleisch, ich komme aber gern.",
        Y,
        0,
        "mein-sohn-sagt-nein-zu-fleisch",
    ),
]

# (text, the member's answer, the guests at most, id): a person may read these
UNSURE = [
    ("Ich bin dabei, un ming Dochter kütt och met.", Y, 1, "ich-bin-dabei-un-ming-dochter"),
    ("Yes - my flatmate's joining too.", Y, 1, "yes-my-flatmate-s-joining-too"),
    (
        "Ich schreibe im Namen von Herrn Yilmaz: Er ist an dem Abend leider auf Dienstreise.",
        N,
        0,
        "ich-schreibe-im-namen-von-herrn",
    ),
]


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=i) for t, a, g, i in READ]
)
def test_strangers_party_and_proxy_words_are_read(text: str, answer: Answer, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (answer, guests)


@pytest.mark.parametrize(
    ("text", "answer", "guests"), [pytest.param(t, a, g, id=i) for t, a, g, i in UNSURE]
)
def test_strangers_party_and_proxy_words_left_unsure_are_never_the_opposite(
    text: str, answer: Answer, guests: int
) -> None:
    intent = read_intent(text)
    assert intent.answer in (answer, None)
    assert intent.guests <= guests
