"""A companion who drops out: the member's own answer stands, the guest goes.

People say it in many ways ("Jonas kann leider doch nicht", "my colleague
can't make it after all", "mein Kumpel hat doch keine Zeit", "Tom dropped
out"). Someone else's "can't" is never the member's no, and never a "but"
that turns the member's yes round; with no answer of the member's own beside
it, a person decides.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

_STILL_COMING = [
    ("Ich komme, Jonas kann leider doch nicht.", "name-kann-leider-doch-nicht"),
    ("Ja, ich komme. Jonas kann leider doch nicht.", "ja-then-name-drops-out"),
    ("Jonas kann leider doch nicht, ich komme aber.", "name-drops-out-first"),
    ("ich komme aber jonas kann doch nicht", "lower-case-no-punctuation"),
    ("ICH KOMME, JONAS KANN LEIDER DOCH NICHT", "all-caps"),
    ("Komme! Lisa schafft es leider doch nicht.", "name-schafft-es-nicht"),
    ("Bin dabei, Tom hat abgesagt.", "name-hat-abgesagt"),
    ("Bin dabei, Anna ist krank.", "name-ist-krank"),
    ("Ich komme allein, Lisa ist krank.", "allein-name-krank"),
    ("Ich komme, aber ohne Anna.", "ohne-name"),
    ("Ich komme, meine Kollegin ist leider raus.", "kollegin-ist-raus"),
    ("Bin dabei – mein Kumpel hat leider doch keine Zeit.", "kumpel-keine-zeit"),
    ("Ich komme, mein Kollege kann leider doch nicht mit.", "kollege-kann-nicht-mit"),
    ("Ich komme doch ohne Begleitung.", "ohne-begleitung"),
    ("Zusage bleibt, aber meine Begleitung fällt aus.", "begleitung-faellt-aus"),
    ("Yes – just me this time, my colleague can't make it after all.", "just-me-colleague"),
    ("I'm coming but my friend can't make it after all.", "friend-after-all"),
    ("Still coming, but Anna won't be joining after all.", "name-wont-be-joining"),
    ("Count me in, but without my plus one.", "without-my-plus-one"),
    ("I'll be there. Tom dropped out though.", "name-dropped-out"),
    ("Coming! My plus-one bailed.", "plus-one-bailed"),
    ("Yes, but my colleague is out.", "colleague-is-out"),
    ("Ich komme, meine Frau schafft es leider nicht.", "frau-schafft-es-nicht"),
]


@pytest.mark.parametrize(("text"), [pytest.param(t, id=i) for t, i in _STILL_COMING])
def test_a_companion_dropping_out_leaves_the_members_yes_without_guests(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 0, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Jonas kann leider doch nicht.", id="name-alone"),
        pytest.param("My colleague can't make it after all.", id="colleague-alone"),
        pytest.param("Tom dropped out, sorry!", id="name-dropped-out-alone"),
    ],
)
def test_a_companion_dropping_out_alone_is_no_answer_of_the_members(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is None
    assert "no longer comes" in intent.problem


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich kann leider doch nicht.", id="ich-kann-doch-nicht"),
        pytest.param("Leider kann ich doch nicht.", id="leider-kann-ich"),
        pytest.param("Sorry, kann leider doch nicht.", id="without-subject"),
    ],
)
def test_the_members_own_can_not_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_a_companion_named_after_the_one_dropping_out_still_comes() -> None:
    intent = read_intent("Ich komme, Jonas kann leider doch nicht, aber Lisa kommt mit.")
    assert (intent.answer, intent.guests) == (Answer.YES, 1)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("+1 von mir", id="plus-one-von-mir"),
        pytest.param("+1 from me", id="plus-one-from-me"),
        pytest.param("+1 hier", id="plus-one-hier"),
    ],
)
def test_a_plus_one_from_the_member_agrees_without_a_guest(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 0, "")


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        pytest.param("Yes, I'm coming. Accessibility gets my +1.", 0, id="gets-my-plus-one"),
        pytest.param("Ich komme, aber my +1 can't come anymore – also nur ich.", 0, id="anymore"),
        pytest.param("Ich komme mit meinem Partner, hope that's fine!", 1, id="hope-thats-fine"),
        pytest.param("Ich komme mit meinem Partner, hoffe das passt!", 1, id="hoffe-das-passt"),
    ],
)
def test_a_plus_one_given_to_a_topic_or_a_hope_leaves_the_yes(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, guests, "")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param(
            "Update: it'll just be me, my colleague can't make it after all.",
            Answer.YES,
            id="itll-just-be-me",
        ),
        pytest.param("Mein Kollege kann doch nicht, also nur ich.", Answer.YES, id="also-nur-ich"),
        pytest.param(
            "Jonas kann leider doch nicht – jetzt nur noch ich.", Answer.YES, id="nur-noch-ich"
        ),
        pytest.param(
            "Mein Kollege kann doch nicht, also nur ich kann leider auch nicht.",
            Answer.NO,
            id="nur-ich-kann-auch-nicht",
        ),
        pytest.param(
            "It'll just be me who can't come, my colleague can't make it.",
            Answer.NO,
            id="just-me-who-cant",
        ),
    ],
)
def test_only_me_beside_a_withdrawal_is_the_members_own_answer(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (answer, 0)
