"""Wishes that are answers: a wish to come is a yes, a wish that it were so is a no, only
real doubt is a maybe."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

YES = [
    pytest.param("Ich wäre gerne dabei!", id="ich-wäre-gerne-dabei"),
    pytest.param("ich wär gern dabei", id="ich-wär-gern-dabei"),
    pytest.param("Wäre sehr gerne dabei.", id="wäre-sehr-gerne-dabei"),
    pytest.param("Da bin ich gerne dabei.", id="da-bin-ich-gerne-dabei"),
    pytest.param("Would love to join!", id="would-love-to-join"),
    pytest.param("I'd love to come.", id="i-d-love-to-come"),
    pytest.param("Would love to be there", id="would-love-to-be-there"),
    pytest.param("I would be happy to attend.", id="i-would-be-happy-to-attend"),
    pytest.param("Ich würde gerne kommen.", id="ich-würde-gerne-kommen"),
    pytest.param("Würde mich freuen, dabei zu sein!", id="würde-mich-freuen-dabei-zu-sein"),
    pytest.param("Ich würde mich freuen, dabei zu sein.", id="ich-würde-mich-freuen-dabei-zu-sein"),
    pytest.param("Da komme ich gerne.", id="da-komme-ich-gerne"),
    pytest.param("Komme sehr gerne!", id="komme-sehr-gerne"),
    pytest.param("I'd be delighted to come.", id="i-d-be-delighted-to-come"),
    pytest.param("Love to!", id="love-to"),
    pytest.param("Gern dabei!", id="gern-dabei"),
    pytest.param("Ich wäre dabei.", id="ich-wäre-dabei"),
    pytest.param("Wäre dabei!", id="wäre-dabei"),
    pytest.param("Count me in, would love to.", id="count-me-in-would-love-to"),
    pytest.param("Ich nehme gerne teil.", id="ich-nehme-gerne-teil"),
    pytest.param("Wir wären gerne zu zweit dabei.", id="wir-wären-gerne-zu-zweit-dabei"),
    pytest.param("I'd really like to come along.", id="i-d-really-like-to-come-along"),
    pytest.param("Super gerne!", id="super-gerne"),
]

NO = [
    pytest.param("Wäre gerne dabei gewesen.", id="wäre-gerne-dabei-gewesen"),
    pytest.param("Ich wäre so gerne dabei gewesen!", id="ich-wäre-so-gerne-dabei-gewesen"),
    pytest.param(
        "Wäre gern gekommen, aber ich bin krank.", id="wäre-gern-gekommen-aber-ich-bin-krank"
    ),
    pytest.param("I wish I could.", id="i-wish-i-could"),
    pytest.param("I wish I could make it.", id="i-wish-i-could-make-it"),
    pytest.param("Wish I could be there!", id="wish-i-could-be-there"),
    pytest.param("Would have loved to join.", id="would-have-loved-to-join"),
    pytest.param(
        "I would have loved to come, but I'm away.", id="i-would-have-loved-to-come-but-i-m-away"
    ),
    pytest.param("Hätte gerne teilgenommen.", id="hätte-gerne-teilgenommen"),
    pytest.param(
        "Ich hätte mich gefreut, leider bin ich verhindert.",
        id="ich-hätte-mich-gefreut-leider-bin-ich-ve",
    ),
    pytest.param(
        "Ich würde ja gerne, aber ich kann nicht.", id="ich-würde-ja-gerne-aber-ich-kann-nicht"
    ),
    pytest.param("Würde gern, geht aber nicht.", id="würde-gern-geht-aber-nicht"),
    pytest.param("I'd love to, but I can't.", id="i-d-love-to-but-i-can-t"),
    pytest.param("I would love to but I'm out of town.", id="i-would-love-to-but-i-m-out-of-town"),
    pytest.param("Wenn ich könnte, würde ich kommen.", id="wenn-ich-könnte-würde-ich-kommen"),
    pytest.param("Ach, wär ich doch dabei!", id="ach-wär-ich-doch-dabei"),
    pytest.param("Hätte so gern, aber nein.", id="hätte-so-gern-aber-nein"),
    pytest.param(
        "Ich wollte eigentlich kommen, aber es geht nicht.",
        id="ich-wollte-eigentlich-kommen-aber-es-geh",
    ),
    pytest.param(
        "Eigentlich wollte ich kommen, schaffe es aber nicht.",
        id="eigentlich-wollte-ich-kommen-schaffe-es-",
    ),
]

MAYBE = [
    pytest.param(
        "Würde gerne kommen, weiß aber noch nicht, ob ich es schaffe.",
        id="würde-gerne-kommen-weiß-aber-noch-nicht-",
    ),
    pytest.param(
        "Ich wäre gerne dabei, kann es aber noch nicht versprechen.",
        id="ich-wäre-gerne-dabei-kann-es-aber-noch-n",
    ),
    pytest.param("I'd love to come but not sure yet.", id="i-d-love-to-come-but-not-sure-yet"),
    pytest.param(
        "Would love to, but I'm not sure I can make it.",
        id="would-love-to-but-i-m-not-sure-i-can-mak",
    ),
    pytest.param("Ich hoffe, dass ich dabei sein kann.", id="ich-hoffe-dass-ich-dabei-sein-kann"),
    pytest.param("I hope I can make it.", id="i-hope-i-can-make-it"),
    pytest.param(
        "Ich wäre gern dabei, muss aber schauen, ob es klappt.",
        id="ich-wäre-gern-dabei-muss-aber-schauen-ob",
    ),
    pytest.param("Hoffentlich klappt es!", id="hoffentlich-klappt-es"),
]


@pytest.mark.parametrize("text", YES)
def test_a_wish_to_come_is_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize("text", NO)
def test_a_wish_that_cannot_come_true_is_a_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.NO, "")


@pytest.mark.parametrize("text", MAYBE)
def test_a_wish_with_a_real_doubt_is_a_maybe(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.MAYBE, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Wenn ich nur könnte!", id="if-only-i-could"),
        pytest.param("Eigentlich wollte ich kommen.", id="a-plan-that-was"),
        pytest.param("I was planning to come.", id="was-planning-to"),
    ],
)
def test_a_wish_or_a_plan_alone_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich wollte nur kurz Bescheid geben: ich komme!", id="wollte-bescheid-geben"),
        pytest.param("Ich wollte euch nur sagen dass ich komme", id="wollte-nur-sagen"),
        pytest.param("Just wanted to say I'll be there.", id="just-wanted-to-say"),
        pytest.param("Hoffe, euch geht's gut! Ich bin dabei.", id="hope-you-are-well-de"),
        pytest.param("Hope you're all well - I'll be there.", id="hope-you-are-well-en"),
    ],
)
def test_politeness_around_a_yes_leaves_it_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Ich möchte gerne teilnehmen.", Answer.YES, id="moechte-teilnehmen"),
        pytest.param("Da will ich hin!", Answer.YES, id="will-ich-hin"),
        pytest.param(
            "Ich nehme sehr gerne an dem Treffen teil.", Answer.YES, id="nehme-gerne-teil"
        ),
        pytest.param("Ich würd ja gern... aber da ist Elternabend.", Answer.NO, id="wuerd-ja-gern"),
        pytest.param("If only! I'm in Berlin that week.", Answer.NO, id="if-only"),
    ],
)
def test_a_wish_said_without_its_verb_is_read_too(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


WISHES_AND_REGRETS = [
    pytest.param(
        "Yes, I got it - but I'm afraid I can't make it.",
        Answer.NO,
        id="yes-i-got-it-but-i-m-afraid-i",
    ),
    pytest.param(
        "Yeah unfortunately not this time.", Answer.NO, id="yeah-unfortunately-not-this-ti"
    ),
    pytest.param(
        "OK so I checked and no, I can't.", Answer.NO, id="ok-so-i-checked-and-no-i-can-t"
    ),
    pytest.param(
        "Sure thing... except I'm in Hamburg that day.",
        Answer.NO,
        id="sure-thing-except-i-m-in-hambu",
    ),
    pytest.param(
        "Ja, gelesen. Bin aber leider nicht da.", Answer.NO, id="ja-gelesen-bin-aber-leider-nic"
    ),
    pytest.param("Jo, leider keine Zeit.", Answer.NO, id="jo-leider-keine-zeit"),
    pytest.param(
        "Klar würde ich gern, aber da hab ich Chor.", Answer.NO, id="klar-würde-ich-gern-aber-da-ha"
    ),
    pytest.param(
        "Gern hätte ich, aber es geht nicht.", Answer.NO, id="gern-hätte-ich-aber-es-geht-ni"
    ),
    pytest.param("Love to, but can't this time.", Answer.NO, id="love-to-but-can-t-this-time"),
    pytest.param("I'd have loved to come!", Answer.NO, id="i-d-have-loved-to-come"),
    pytest.param(
        "Would've been great, sadly I'm away.", Answer.NO, id="would-ve-been-great-sadly-i-m"
    ),
    pytest.param(
        "I really wanted to come but I'm sick.", Answer.NO, id="i-really-wanted-to-come-but-i"
    ),
    pytest.param(
        "Wäre super gewesen, leider bin ich krank.", Answer.NO, id="wäre-super-gewesen-leider-bin"
    ),
    pytest.param("Schade, bin nicht da.", Answer.NO, id="schade-bin-nicht-da"),
    pytest.param(
        "Mensch, schade – ich bin an dem Tag in Hamburg.",
        Answer.NO,
        id="mensch-schade-ich-bin-an-dem-t",
    ),
    pytest.param(
        "Ach schade, da bin ich im Urlaub.", Answer.NO, id="ach-schade-da-bin-ich-im-urlau"
    ),
    pytest.param("Too bad, I'm travelling.", Answer.NO, id="too-bad-i-m-travelling"),
    pytest.param("Wäre super, ich komme!", Answer.YES, id="wäre-super-ich-komme"),
    pytest.param(
        "Hätte nicht gedacht, dass das Thema kommt – bin dabei!",
        Answer.YES,
        id="hätte-nicht-gedacht-dass-das-t",
    ),
    pytest.param("Ich hätte Lust, bin dabei.", Answer.YES, id="ich-hätte-lust-bin-dabei"),
    pytest.param("Hab Lust, komme!", Answer.YES, id="hab-lust-komme"),
    pytest.param("Keen! See you then.", Answer.YES, id="keen-see-you-then"),
    pytest.param(
        "Would love to, see you Thursday!", Answer.YES, id="would-love-to-see-you-thursday"
    ),
    pytest.param(
        "Ich würde gerne kommen und bringe Kuchen mit.",
        Answer.YES,
        id="ich-würde-gerne-kommen-und-bri",
    ),
    pytest.param(
        "Würde gerne, muss aber noch schauen.", Answer.MAYBE, id="würde-gerne-muss-aber-noch-sch"
    ),
    pytest.param(
        "Would love to, let me check my calendar.", Answer.MAYBE, id="would-love-to-let-me-check-my"
    ),
    pytest.param(
        "Ich würde schon gern, weiß aber nicht ob ich es schaffe.",
        Answer.MAYBE,
        id="ich-würde-schon-gern-weiß-aber",
    ),
]


@pytest.mark.parametrize(("text", "answer"), WISHES_AND_REGRETS)
def test_a_wish_a_regret_or_a_yes_word_before_a_no_is_read_as_meant(
    text: str, answer: Answer
) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'd like to come but my schedule is a mess this week.", id="schedule-mess"),
        pytest.param("Würde gern kommen, aber mein Kalender ist gerade ein Chaos.", id="chaos"),
    ],
)
def test_a_wish_followed_by_a_crowded_calendar_is_a_maybe(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.MAYBE, "")
