"""Short answers in more voices: regional words, learners' English and German, shouting,
phone typos, emoji with skin tones, a greeting or a name around the one word.

Each row is one way of saying it, written before looking at the rules."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param("Jo passt", Answer.YES, id="jo-passt"),
    pytest.param("Jup, bin da", Answer.YES, id="jup-bin-da"),
    pytest.param("Klaro!", Answer.YES, id="klaro"),
    pytest.param("Na logo", Answer.YES, id="na-logo"),
    pytest.param("OK 👍", Answer.YES, id="ok-thumb"),
    pytest.param("YES!!!", Answer.YES, id="yes-shouted"),
    pytest.param("ICH KOMME", Answer.YES, id="ich-komme-caps"),
    pytest.param("KOMME!!", Answer.YES, id="komme-caps"),
    pytest.param("bin dabei!!", Answer.YES, id="bin-dabei"),
    pytest.param("jap bis dann", Answer.YES, id="jap-bis-dann"),
    pytest.param("sure thing", Answer.YES, id="sure-thing"),
    pytest.param("yup, see ya", Answer.YES, id="yup-see-ya"),
    pytest.param("count me in 🙋‍♀️", Answer.YES, id="count-me-in-emoji"),
    pytest.param("na klar komm ich", Answer.YES, id="na-klar-komm-ich"),
    pytest.param("Komme gern", Answer.YES, id="komme-gern"),
    pytest.param("Dabei 👍🏽", Answer.YES, id="dabei-thumb-skin-tone"),
    pytest.param("geht klar", Answer.YES, id="geht-klar"),
    pytest.param("Jawoll", Answer.YES, id="jawoll"),
    pytest.param("gerne doch", Answer.YES, id="gerne-doch"),
    pytest.param("im in", Answer.YES, id="im-in-no-apostrophe"),
    pytest.param("i'm in lol", Answer.YES, id="im-in-lol"),
    pytest.param("Hi Tom, ja! LG Sabine", Answer.YES, id="ja-between-greeting-and-name"),
    pytest.param("Moin, bin dabei. Gruß Jörg", Answer.YES, id="moin-bin-dabei-gruss"),
    pytest.param("Hallo, ich komme. Viele Grüße", Answer.YES, id="hallo-ich-komme-gruesse"),
    pytest.param("Yes please 😊", Answer.YES, id="yes-please"),
    pytest.param("ja gerne 🙂", Answer.YES, id="ja-gerne"),
    pytest.param("Jou, läuft", Answer.YES, id="jou-laeuft"),
    pytest.param("Jo, bin dabei, Tschö", Answer.YES, id="koelsch-tschoe"),
    pytest.param("Gärn, bin debii", Answer.YES, id="swiss-gaern-debii"),
    pytest.param("i come", Answer.YES, id="learner-i-come"),
    pytest.param("I will come.", Answer.YES, id="learner-i-will-come"),
    pytest.param("nö sorry", Answer.NO, id="noe-sorry"),
    pytest.param("nope, sorry", Answer.NO, id="nope-sorry"),
    pytest.param("Ne, diesmal ned", Answer.NO, id="ne-diesmal-ned"),
    pytest.param("kann nich", Answer.NO, id="kann-nich"),
    pytest.param("geht nich", Answer.NO, id="geht-nich"),
    pytest.param("leider nein", Answer.NO, id="leider-nein"),
    pytest.param("Nein, leider. LG", Answer.NO, id="nein-leider-lg"),
    pytest.param("Nope 👎", Answer.NO, id="nope-thumb-down"),
    pytest.param("sry cant", Answer.NO, id="sry-cant"),
    pytest.param("cant make it", Answer.NO, id="cant-make-it"),
    pytest.param("NEIN SORRY", Answer.NO, id="nein-sorry-caps"),
    pytest.param("Hi, no, sorry! Cheers, Ben", Answer.NO, id="no-between-greeting-and-name"),
    pytest.param("I cannot come, sorry.", Answer.NO, id="learner-i-cannot-come"),
    pytest.param("Geht leider ned", Answer.NO, id="geht-leider-ned"),
    pytest.param("vllt", Answer.MAYBE, id="vllt"),
    pytest.param("evtl.", Answer.MAYBE, id="evtl"),
    pytest.param("mal schauen", Answer.MAYBE, id="mal-schauen"),
    pytest.param("weiß noch nicht", Answer.MAYBE, id="weiss-noch-nicht"),
    pytest.param("maybe 🤷", Answer.MAYBE, id="maybe-shrug"),
    pytest.param("kommt drauf an", Answer.MAYBE, id="kommt-drauf-an"),
    pytest.param("Not sure yet!", Answer.MAYBE, id="not-sure-yet"),
    pytest.param("VIELLEICHT", Answer.MAYBE, id="vielleicht-caps"),
    pytest.param("Leider kei Ziit.", Answer.NO, id="swiss-kei-ziit"),
    pytest.param("Weiss es nonig.", Answer.MAYBE, id="swiss-weiss-nonig"),
    pytest.param("ich kom", Answer.YES, id="typo-ich-kom"),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_short_answer_in_any_voice_is_read_as_meant(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")
