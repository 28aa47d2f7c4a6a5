"""Someone no name list holds, or someone described without a name, answers for
themselves: "Jim will be there.", "Wiebke schafft es leider nicht", "the new guy is in",
"Kollege Brandt kommt gern". The yes or no is theirs, never the member's: alone it goes
to a person with a reason naming the other one; beside the member's own words those
decide. "Jim and I will be there" stays the member's yes, and a member's clause with its
"I" left out ("Definitely will be there", "Donnerstag kann ich nicht") stays theirs.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

Y, N = Answer.YES, Answer.NO

ONLY_THEIRS = [
    pytest.param("Jim will be there.", id="en-jim-will-be-there"),
    pytest.param("Priya is coming on Thursday.", id="en-name-is-coming"),
    pytest.param("Thandiwe's in!", id="en-name-s-in"),
    pytest.param("Olu would love to come.", id="en-would-love-to"),
    pytest.param("Zoe and Liam will be there.", id="en-two-names"),
    pytest.param("Małgorzata can't make it unfortunately.", id="en-name-with-letters-beyond-ascii"),
    pytest.param("Emily will come.", id="en-name-ending-in-ly"),
    pytest.param("Gunnar wird da sein.", id="de-wird-da-sein"),
    pytest.param("Wiebke schafft es leider nicht.", id="de-schafft-es-nicht"),
    pytest.param("Ayşe kommt auf jeden Fall.", id="de-kommt-auf-jeden-fall"),
    pytest.param("Kai-Uwe schafft's.", id="de-hyphenated-name"),
    pytest.param("Aber Jim kommt.", id="de-aber-name"),
    pytest.param("The new guy will come along.", id="en-the-new-guy"),
    pytest.param("The intern from marketing will be there.", id="en-the-intern-from"),
    pytest.param("Her husband is coming.", id="en-her-husband"),
    pytest.param("Der Neue aus der Buchhaltung kommt.", id="de-der-neue"),
    pytest.param("Die Neue aus dem Vertrieb ist dabei.", id="de-die-neue"),
    pytest.param("Unser Werkstudent ist dabei.", id="de-werkstudent"),
    pytest.param("Kollege Brandt kommt gern.", id="de-kollege-name"),
    pytest.param("Tobi meinte, er kommt.", id="de-name-meinte-er-kommt"),
    pytest.param("Tobi sagt, er kommt.", id="de-name-sagt-er-kommt"),
    pytest.param("Tobi says he is coming.", id="en-name-says-he-is-coming"),
    pytest.param("Ravi reckons he can make it.", id="en-name-reckons"),
]


@pytest.mark.parametrize("text", ONLY_THEIRS)
def test_only_someone_elses_answer_goes_to_a_person_naming_them(text: str) -> None:
    result = analyse(_mail(text))
    assert (result.answer, result.answer_problem.startswith("gives someone else's answer")) == (
        None,
        True,
    )


BESIDE_THE_MEMBER = [
    pytest.param("Jim will be there, I'm afraid I can't.", N, id="en-jim-yes-member-no"),
    pytest.param("Jim can't make it but I'll be there.", Y, id="en-jim-no-member-yes"),
    pytest.param("Priya kommt, ich leider nicht.", N, id="de-name-yes-member-no"),
    pytest.param("Wiebke schafft es nicht, aber ich komme.", Y, id="de-name-no-member-yes"),
    pytest.param("The new guy is in, but I have to work.", N, id="en-new-guy-member-works"),
    pytest.param("Der Neue kann nicht, ich bin aber dabei.", Y, id="de-der-neue-member-dabei"),
    pytest.param("Ich bin dabei, Jochen leider nicht.", Y, id="de-member-yes-name-left-out-no"),
    pytest.param("I'm in, Jim not.", Y, id="en-member-in-name-left-out-not"),
]


@pytest.mark.parametrize(("text", "answer"), BESIDE_THE_MEMBER)
def test_the_members_own_words_decide_beside_someone_elses(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


MEMBERS_OWN = [
    pytest.param("Jim and I will be there.", Y, id="en-jim-and-i"),
    pytest.param("Lisa und ich kommen.", Y, id="de-name-und-ich"),
    pytest.param("Definitely will be there!", Y, id="en-adverb-i-left-out"),
    pytest.param("Unfortunately can't make it.", N, id="en-long-adverb-i-left-out"),
    pytest.param("Sadly can't come.", N, id="en-short-adverb-i-left-out"),
    pytest.param("Donnerstag kann ich nicht.", N, id="de-day-then-verb-then-ich"),
    pytest.param("Hi Jim, I'll be there.", Y, id="en-organizer-addressed"),
    pytest.param("Danke Peter, komme gern!", Y, id="de-organizer-thanked"),
    pytest.param("Ja, ich komme. Mario bringt Kuchen mit.", Y, id="de-name-brings-cake"),
    pytest.param("Klappt leider nicht.", N, id="de-verb-first-not-a-name"),
    pytest.param("Nix kommen, Arbeit.", N, id="de-nix-kommen"),
]


@pytest.mark.parametrize(("text", "answer"), MEMBERS_OWN)
def test_the_members_own_clause_is_not_taken_for_someone_elses(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer
