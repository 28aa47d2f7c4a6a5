"""Short answers, alone or beside a greeting: the ways people say yes, no and maybe in a
word or a sign."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

YES = [
    pytest.param("ok", id="ok"),
    pytest.param("Ok!", id="ok-2"),
    pytest.param("OK 👍", id="ok-3"),
    pytest.param("okay, sounds good", id="okay-sounds-good"),
    pytest.param("Okay, sounds good!", id="okay-sounds-good-2"),
    pytest.param("Jo", id="jo"),
    pytest.param("jo!", id="jo-2"),
    pytest.param("Jo, passt.", id="jo-passt"),
    pytest.param("Jepp", id="jepp"),
    pytest.param("jepp, bin dabei", id="jepp-bin-dabei"),
    pytest.param("Jup", id="jup"),
    pytest.param("jup 👍", id="jup-2"),
    pytest.param("Klar!", id="klar"),
    pytest.param("klaro", id="klaro"),
    pytest.param("Klar doch", id="klar-doch"),
    pytest.param("na logo", id="na-logo"),
    pytest.param("Yes!", id="yes"),
    pytest.param("yep", id="yep"),
    pytest.param("Yup, count me in", id="yup-count-me-in"),
    pytest.param("Sure thing", id="sure-thing"),
    pytest.param("Sure!", id="sure"),
    pytest.param("👍", id="emoji"),
    pytest.param("👍🏻", id="emoji-2"),
    pytest.param("👍👍", id="emoji-3"),
    pytest.param("+1", id="+1"),
    pytest.param("+1 👍", id="+1-2"),
    pytest.param("Hi Anna,\n\nok!\n\nLG Tim", id="hi-anna-ok-lg-tim"),
    pytest.param("Hallo,\nJa.\nGruß", id="hallo-ja-gruß"),
    pytest.param("Dabei!", id="dabei"),
    pytest.param("bin dabei", id="bin-dabei"),
    pytest.param("Bin dabei 💪", id="bin-dabei-2"),
    pytest.param("I'm in!", id="i-m-in"),
    pytest.param("Count me in.", id="count-me-in"),
    pytest.param("Gerne!", id="gerne"),
    pytest.param("Sehr gerne :)", id="sehr-gerne"),
    pytest.param("Yes please", id="yes-please"),
    pytest.param("Ja gerne", id="ja-gerne"),
    pytest.param("JA", id="ja"),
    pytest.param("JAWOLL", id="jawoll"),
    pytest.param("Passt!", id="passt"),
    pytest.param("passt scho", id="passt-scho"),
    pytest.param("Geht klar", id="geht-klar"),
    pytest.param("Jau", id="jau"),
    pytest.param("yo", id="yo"),
    pytest.param("Yeah sure", id="yeah-sure"),
    pytest.param("absolutely!", id="absolutely"),
    pytest.param("Ja klar bin dabei", id="ja-klar-bin-dabei"),
    pytest.param("Ich bin da", id="ich-bin-da"),
    pytest.param("✅", id="emoji-4"),
    pytest.param("👌", id="emoji-5"),
]

NO = [
    pytest.param("nö", id="nö"),
    pytest.param("Nö.", id="nö-2"),
    pytest.param("nee", id="nee"),
    pytest.param("Nee, sorry", id="nee-sorry"),
    pytest.param("nope", id="nope"),
    pytest.param("Nope, sorry!", id="nope-sorry"),
    pytest.param("Nein", id="nein"),
    pytest.param("nein danke", id="nein-danke"),
    pytest.param("No", id="no"),
    pytest.param("No, sorry.", id="no-sorry"),
    pytest.param("Sorry, no.", id="sorry-no"),
    pytest.param("👎", id="emoji-6"),
    pytest.param("👎🏻", id="emoji-7"),
    pytest.param("Leider nein", id="leider-nein"),
    pytest.param("leider nicht", id="leider-nicht"),
    pytest.param("Nope, can't", id="nope-can-t"),
    pytest.param("nah", id="nah"),
    pytest.param("Nah, not this time", id="nah-not-this-time"),
    pytest.param("Ne, leider nicht", id="ne-leider-nicht"),
    pytest.param("NEIN", id="nein-2"),
    pytest.param("Diesmal nicht", id="diesmal-nicht"),
    pytest.param("Ohne mich", id="ohne-mich"),
    pytest.param("ich nicht", id="ich-nicht"),
    pytest.param("❌", id="emoji-8"),
    pytest.param("Sorry, nein.", id="sorry-nein"),
    pytest.param("nö, keine Zeit", id="nö-keine-zeit"),
]

MAYBE = [
    pytest.param("jein", id="jein"),
    pytest.param("Jein.", id="jein-2"),
    pytest.param("Vielleicht", id="vielleicht"),
    pytest.param("vllt", id="vllt"),
    pytest.param("Evtl.", id="evtl"),
    pytest.param("maybe", id="maybe"),
    pytest.param("Maybe!", id="maybe-2"),
    pytest.param("Weiß noch nicht", id="weiß-noch-nicht"),
    pytest.param("mal sehen", id="mal-sehen"),
    pytest.param("Mal schauen", id="mal-schauen"),
    pytest.param("🤷", id="emoji-9"),
    pytest.param("🤷\u200d♂️", id="emoji-10"),
    pytest.param("Perhaps", id="perhaps"),
    pytest.param("Not sure yet", id="not-sure-yet"),
    pytest.param("Kann ich noch nicht sagen", id="kann-ich-noch-nicht-sagen"),
    pytest.param("eventuell", id="eventuell"),
    pytest.param("vielleicht 🤔", id="vielleicht-2"),
    pytest.param("Maybe, maybe not", id="maybe-maybe-not"),
]


@pytest.mark.parametrize("text", YES)
def test_a_short_yes_is_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize("text", NO)
def test_a_short_no_is_a_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.NO, "")


@pytest.mark.parametrize("text", MAYBE)
def test_a_short_doubt_is_a_maybe(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.MAYBE, "")


@pytest.mark.parametrize("text", ["🙈", "hmm", "Oh je"])
def test_a_sign_of_embarrassment_alone_is_no_answer(text: str) -> None:
    assert read_intent(text).answer is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Jaja", Answer.YES, id="jaja"),
        pytest.param("Also ja!", Answer.YES, id="also-ja"),
        pytest.param("Weiß noch nich", Answer.MAYBE, id="weiss-noch-nich"),
    ],
)
def test_a_short_answer_in_speech_form_is_read(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


WITH_SIGNS_AND_SLANG = [
    pytest.param("👍🏼 bin dabei", Answer.YES, id="2-bin-dabei"),
    pytest.param("Jo passt", Answer.YES, id="2-jo-passt"),
    pytest.param("jup bin da", Answer.YES, id="2-jup-bin-da"),
    pytest.param("Bin da!", Answer.YES, id="2-bin-da"),
    pytest.param("Dabei.", Answer.YES, id="2-dabei"),
    pytest.param("k", Answer.YES, id="2-k"),
    pytest.param("kk", Answer.YES, id="2-kk"),
    pytest.param("ok cool", Answer.YES, id="2-ok-cool"),
    pytest.param("Alles klar, bis dann", Answer.YES, id="2-alles-klar-bis-dann"),
    pytest.param("Geht klar 👍", Answer.YES, id="2-geht-klar"),
    pytest.param("Yes yes", Answer.YES, id="2-yes-yes"),
    pytest.param("yesss", Answer.YES, id="2-yesss"),
    pytest.param("YES!!!", Answer.YES, id="2-yes"),
    pytest.param("Jupp", Answer.YES, id="2-jupp"),
    pytest.param("Jawoll!", Answer.YES, id="2-jawoll"),
    pytest.param("Sicher!", Answer.YES, id="2-sicher"),
    pytest.param("Natürlich!", Answer.YES, id="2-natürlich"),
    pytest.param("Selbstverständlich.", Answer.YES, id="2-selbstverständlich"),
    pytest.param("Auf jeden!", Answer.YES, id="2-auf-jeden"),
    pytest.param("Bin am Start", Answer.YES, id="2-bin-am-start"),
    pytest.param("Ich bin dabei 😊", Answer.YES, id="2-ich-bin-dabei"),
    pytest.param("Klingt gut, bin dabei.", Answer.YES, id="2-klingt-gut-bin-dabei"),
    pytest.param("Sounds good!", Answer.YES, id="2-sounds-good"),
    pytest.param("Gerne 🙂", Answer.YES, id="2-gerne"),
    pytest.param("Count me in 🙋‍♀️", Answer.YES, id="2-count-me-in"),
    pytest.param("Nö, keine Zeit", Answer.NO, id="2-nö-keine-zeit"),
    pytest.param("Nee du", Answer.NO, id="2-nee-du"),
    pytest.param("Leider nö", Answer.NO, id="2-leider-nö"),
    pytest.param("nope 😕", Answer.NO, id="2-nope"),
    pytest.param("Sorry nope", Answer.NO, id="2-sorry-nope"),
    pytest.param("No sorry", Answer.NO, id="2-no-sorry"),
    pytest.param("nö danke", Answer.NO, id="2-nö-danke"),
    pytest.param("ne danke", Answer.NO, id="2-ne-danke"),
    pytest.param("👎🏼", Answer.NO, id="2-sign"),
    pytest.param("🙁 leider nicht", Answer.NO, id="2-leider-nicht"),
    pytest.param("Leider nicht 😢", Answer.NO, id="2-leider-nicht-2"),
    pytest.param("Diesmal nicht 🙁", Answer.NO, id="2-diesmal-nicht"),
    pytest.param("Leider nein 🙈", Answer.NO, id="2-leider-nein"),
    pytest.param("Nein leider", Answer.NO, id="2-nein-leider"),
    pytest.param("nein sorry", Answer.NO, id="2-nein-sorry"),
    pytest.param("Vllt", Answer.MAYBE, id="2-vllt"),
    pytest.param("Mal gucken 🤷‍♀️", Answer.MAYBE, id="2-mal-gucken"),
    pytest.param("evtl", Answer.MAYBE, id="2-evtl"),
    pytest.param("Weiß nicht", Answer.MAYBE, id="2-weiß-nicht"),
    pytest.param("weiß noch nicht genau", Answer.MAYBE, id="2-weiß-noch-nicht-genau"),
    pytest.param("Kann sein", Answer.MAYBE, id="2-kann-sein"),
    pytest.param("Eventuell ja", Answer.MAYBE, id="2-eventuell-ja"),
    pytest.param("Möglich", Answer.MAYBE, id="2-möglich"),
    pytest.param("Mal sehen wie's passt", Answer.MAYBE, id="2-mal-sehen-wie-s-passt"),
    pytest.param("Maybe 🤔", Answer.MAYBE, id="2-maybe"),
    pytest.param("Mal schauen ob es klappt", Answer.MAYBE, id="2-mal-schauen-ob-es-klappt"),
]


@pytest.mark.parametrize(("text", "answer"), WITH_SIGNS_AND_SLANG)
def test_a_short_answer_with_signs_or_slang_is_read(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")
