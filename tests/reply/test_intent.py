"""Reading yes / no / maybe, guests, unsubscribe and join wishes from a member's words."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Ja", Answer.YES),
        ("Bin dabei!", Answer.YES),
        ("Ich komme", Answer.YES),
        ("Zusage", Answer.YES),
        ("Gerne!", Answer.YES),
        ("Klappt bei mir", Answer.YES),
        ("Danke für die Einladung, ich komme gerne.", Answer.YES),
        ("Kein Problem, ich komme", Answer.YES),
        ("Ich komme, vielleicht etwas später", Answer.YES),
        ("count me in", Answer.YES),
        ("no problem, I'll be there", Answer.YES),
        ("Yes!", Answer.YES),
        ("Sure, see you there", Answer.YES),
        ("Hi, I'm in!", Answer.YES),
        ("👍", Answer.YES),
        ("Ich komme doch!", Answer.YES),
        ("Doch, ich komme.", Answer.YES),
        ("Ich bin doch dabei.", Answer.YES),
        ("Ich komme gerne aber nicht pünktlich.", Answer.YES),
        ("Warum nicht, ich komme.", Answer.YES),
        ("Ja, ich komme. Bis zum nächsten Mal!", Answer.YES),
        ("Ich komme gern, hätte aber eine Frage zum Parken.", Answer.YES),
        ("Ich komme. Wenn es später wird, melde ich mich.", Answer.YES),
        ("Ich komme nicht", Answer.NO),
        ("Ich komme leider nicht", Answer.NO),
        ("leider nicht", Answer.NO),
        ("Bin raus", Answer.NO),
        ("Absage", Answer.NO),
        ("Ich kann leider nicht.", Answer.NO),
        ("Ich schaffe es diesmal leider nicht", Answer.NO),
        ("Ich bin diesmal nicht dabei", Answer.NO),
        ("Leider nein, vielleicht nächstes Mal!", Answer.NO),
        ("can't make it", Answer.NO),
        ("Sorry, I can't make it", Answer.NO),
        ("Unfortunately I won't be able to attend.", Answer.NO),
        ("Ich komme doch nicht.", Answer.NO),
        ("Ich komme aber nicht.", Answer.NO),
        ("Ich komme diesmal aber nicht!", Answer.NO),
        ("Leider doch nicht.", Answer.NO),
        ("Ich schaffe es doch nicht, sorry.", Answer.NO),
        ("Ich kann leider doch nicht kommen.", Answer.NO),
        ("I'm not coming.", Answer.NO),
        ("I will not come.", Answer.NO),
        ("I won't be there, sorry.", Answer.NO),
        ("I will not be attending.", Answer.NO),
        ("Ich nehme nicht teil.", Answer.NO),
        ("Ich komme nicht, vielleicht nächstes Mal.", Answer.NO),
        ("I'm out", Answer.NO),
        ("Count me out", Answer.NO),
        ("👎", Answer.NO),
        ("vielleicht", Answer.MAYBE),
        ("Ich versuche es", Answer.MAYBE),
        ("nicht sicher, ob ich komme", Answer.MAYBE),
        ("Weiß noch nicht", Answer.MAYBE),
        ("Ich komme vielleicht", Answer.MAYBE),
        ("maybe", Answer.MAYBE),
        ("I'll try to come", Answer.MAYBE),
        ("Ich komme, wenn ich es schaffe.", Answer.MAYBE),
        ("Ich bin dabei, es sei denn, ich werde krank.", Answer.MAYBE),
        ("I'll be there if my train is on time.", Answer.MAYBE),
        ("Not sure yet if I can make it", Answer.MAYBE),
    ],
)
def test_answer_from_own_words(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        ("Ich komme +1", 1),
        ("Bin dabei +2", 2),
        ("Ja + 1 Gast", 1),
        ("Ja, ich bringe eine Kollegin mit", 1),
        ("Ja, bringe zwei Kollegen mit", 2),
        ("Ich bin dabei und bringe meinen Mann mit", 1),
        ("Wir kommen zu dritt", 2),
        ("Ich komme zu zweit", 1),
        ("Ich komme mit Begleitung", 1),
        ("Yes, plus one", 1),
        ("I'll come with a colleague", 1),
        ("Yes, bringing two friends", 2),
    ],
)
def test_guests_are_counted(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, guests, "")


def test_bringing_someone_along_implies_the_member_comes() -> None:
    assert read_intent("Bringe eine Kollegin mit").answer is Answer.YES


def test_a_topic_vote_is_not_a_guest() -> None:
    intent = read_intent("Ich komme, +1 für Thema 3")
    assert (intent.answer, intent.guests) == (Answer.YES, 0)


def test_a_phone_number_is_not_a_guest() -> None:
    intent = read_intent("Ich komme.\nTel. +49 221 1234567")
    assert (intent.answer, intent.guests) == (Answer.YES, 0)


def test_mit_freundlichen_gruessen_is_not_a_guest() -> None:
    intent = read_intent("Ja.\nMit freundlichen Grüßen\nMax")
    assert (intent.answer, intent.guests) == (Answer.YES, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Ja, ich komme. Nein, doch nicht.",
        "Ich komme gerne, aber ich kann leider nicht",
    ],
)
def test_yes_and_no_together_go_to_review(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None
    assert "contradictory" in intent.problem


@pytest.mark.parametrize(
    "text", ["Ich komme nächstes Mal gerne.", "Next time I'll be there.", "Gerne nächstes Mal!"]
)
def test_a_yes_for_next_time_is_a_no_for_this_time(text: str) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (Answer.NO, "")


@pytest.mark.parametrize(
    "text",
    [
        "Gerne wäre ich dabei gewesen.",
        "Klar, ich wäre so gerne dabei gewesen!",
        "I would have loved to come.",
        "I wish I could come.",
    ],
)
def test_a_regret_is_a_no(text: str) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (Answer.NO, "")


def test_a_wish_turned_down_by_a_but_is_a_no() -> None:
    intent = read_intent("I'd love to come but I'm travelling.")
    assert (intent.answer, intent.problem) == (Answer.NO, "")


def test_a_wish_with_a_but_that_only_qualifies_it_goes_to_review() -> None:
    intent = read_intent("Ich würde gerne kommen, aber etwas später.")
    assert intent.answer is None
    assert "wish" in intent.problem


def test_guests_with_a_no_go_to_review() -> None:
    intent = read_intent("Ich kann leider nicht, aber ich bringe zwei Kollegen mit.")
    assert (intent.answer, intent.guests) == (None, 0)
    assert "no" in intent.problem and "guests" in intent.problem


def test_unclear_number_of_guests_goes_to_review() -> None:
    intent = read_intent("Ich komme mit Kollegen")
    assert intent.answer is None
    assert "how many" in intent.problem


def test_asking_to_bring_someone_goes_to_review() -> None:
    intent = read_intent("Kann ich jemanden mitbringen?")
    assert intent.answer is None
    assert "bringing someone" in intent.problem


def test_a_question_without_an_answer_goes_to_review() -> None:
    intent = read_intent("Wer hält denn diesmal den Vortrag?")
    assert intent.answer is None
    assert "question" in intent.problem


def test_a_side_question_does_not_hide_a_clear_answer() -> None:
    intent = read_intent("Ich komme. Gibt es dort Parkplätze?")
    assert (intent.answer, intent.problem) == (Answer.YES, "")


def test_a_bare_plus_one_agrees_to_the_invitation() -> None:
    intent = read_intent("+1")
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 0, "")


def test_nothing_recognised_gives_no_answer_and_no_problem_of_its_own() -> None:
    intent = read_intent("Hallo zusammen,\n\nViele Grüße\nAnna")
    assert (intent.answer, intent.problem) == (None, "")


@pytest.mark.parametrize(
    "text",
    [
        "abmelden",
        "Bitte nehmt mich aus dem Verteiler",
        "Bitte austragen, danke.",
        "Ich möchte keine Einladungen mehr bekommen.",
        "unsubscribe",
        "Please remove me from the list.",
    ],
)
def test_unsubscribe_requests(text: str) -> None:
    assert read_intent(text).unsubscribe is True


def test_an_ordinary_answer_is_not_an_unsubscribe() -> None:
    assert read_intent("Ich komme nicht, bin im Urlaub.").unsubscribe is False


@pytest.mark.parametrize(
    "text",
    [
        "Ich würde gerne beim nächsten Stammtisch dabei sein",
        "Könnt ihr mich in den Verteiler aufnehmen?",
        "Please add me to your list.",
        "I would love to join one of your meetups.",
    ],
)
def test_join_requests(text: str) -> None:
    assert read_intent(text).join_request is True


def test_a_member_saying_yes_is_not_a_join_request() -> None:
    assert read_intent("Ja, ich bin dabei!").join_request is False
