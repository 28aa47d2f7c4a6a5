"""How the signals of a whole reply add up to one answer, or to a reason for review.

The clause and sentence signals come from :mod:`mail.answer_signals`; here they
are weighed: one kind alone decides, an answer stated outright settles a mix,
a wish beside a regret is a no, anything else contradictory goes to a person.
"""

from __future__ import annotations

import re

from mail.answer_signals import Reading
from mail.cues import Cue, cue
from mail.self_repair import repaired
from mail.types import Answer
from mail.yes_word_turns import turned_then_offered


def _c(name: str) -> Cue:
    return cue("answer", name)


_STATED = {
    "vielleicht": Answer.MAYBE, "vorbehalt": Answer.MAYBE, "maybe": Answer.MAYBE,
    "tentative": Answer.MAYBE, "zusage": Answer.YES, "ja": Answer.YES, "yes": Answer.YES,
    "absage": Answer.NO, "nein": Answer.NO, "no": Answer.NO,
}  # fmt: skip


def stated_answer(text: str) -> Answer | None:
    """The answer said outright ("trag mich als vielleicht ein", "count me as a no"), or None."""
    found = _c("stated").search(text)
    if found is None or _c("negation").search(text[max(0, found.start() - 12) : found.end()]):
        return None  # "trag mich bitte nicht als Zusage ein" states nothing
    return _STATED.get(found.group(0).split()[-1])


def concede(reading: Reading) -> None:
    """ "Der Vortrag fällt aus, schade! Ich komme trotzdem.": an answer said against what
    came before it outweighs the earlier signals that say otherwise; they were news."""
    for held in reading.conceded:
        if _c("wish_yes").search(held.phrase) and held.answer is Answer.YES:
            # "Ich sage ab, würde aber trotzdem gern kommen": a wish held against a no
            # does not outweigh it; the two are weighed as they are
            continue
        at = next((i for i, s in enumerate(reading.signals) if s is held), None)
        if at is None:
            continue  # turned since (a condition made it a maybe): nothing is outweighed
        reading.signals = [
            s for i, s in enumerate(reading.signals) if i >= at or s.weak or s.answer is held.answer
        ]


def decide(reading: Reading) -> tuple[Answer | None, str]:
    strong = [s for s in reading.signals if not s.weak]
    if not strong and reading.stated:
        return reading.stated, ""  # "Aus dem Vielleicht wird leider ein Nein."
    if not strong:
        if not reading.signals:
            if reading.promised:
                # "Ich melde mich, falls es nicht klappt" and nothing more: coming is only implied
                said = reading.promised
                return None, f"promises to say if it does not work out, but no answer: {said!r}"
            if reading.set_aside:
                return None, reading.set_aside
            return None, ""
        if reading.wish:
            return None, f"reads like a wish rather than an answer: {reading.wish!r}"
        if reading.reported:
            return None, f"reports what was said before, not an answer now: {reading.reported!r}"
        if reading.turned:
            return None, f"a yes-word followed by a 'but': {reading.turned!r}"
        return Answer.YES, ""
    kinds = {s.answer for s in strong}
    bare_no = kinds == {Answer.NO} and all(s.phrase in _BARE_NO for s in strong)
    # a yes-word opening the no ("Jaaa, nein. Leider.") is no yes beside it; "see you" is
    seen_you = next(
        (
            s.phrase
            for s in reading.signals
            if s.weak
            and s.answer is Answer.YES
            and len(s.phrase.split()) > 1
            and not _c("wish_yes").search(s.phrase)  # "wäre gern …, aber … sagt nein"
        ),
        "",
    )
    if bare_no and seen_you and not reading.stated:
        # "Nah I'm good, see you there", "Nein, bis Donnerstag!": a lone no-word may answer
        # something else; beside a yes, however weak, neither decides
        return None, f"a bare no-word beside a yes: {strong[0].phrase!r}, {seen_you!r}"
    blanked = next((s.phrase for s in strong if _denies_blanked(s.phrase)), "")
    if (
        kinds == {Answer.NO}
        and blanked
        and all(_denies_blanked(s.phrase) or s.phrase in _BARE_NO for s in strong)
    ):
        # "Ich freu mich nicht – ich freu mich riesig!": a no made only of a negation whose
        # words were set aside as saying nothing is no refusal; it may be a turn of speech
        said = " ".join(blanked.split())
        return None, f"a negation of words that say nothing of coming: {said!r}"
    if reading.stated and kinds - {Answer.MAYBE} <= {reading.stated}:
        # "Not sure yet – put me down as a yes": the answer said outright settles a doubt
        return reading.stated, ""
    if len(kinds) == 1:
        return kinds.pop(), ""
    if reading.stated in kinds:
        return reading.stated, ""  # "…, I'm on call that week. Put me down as a maybe."
    hedge = _c("hedge")
    if kinds == {Answer.MAYBE, Answer.NO} and all(
        hedge.search(s.phrase) for s in strong if s.answer is Answer.NO
    ):
        return Answer.MAYBE, ""  # "Vllt., eher nicht": a doubt leaning to no is still a doubt
    if kinds == {Answer.MAYBE, Answer.NO} and reading.provisional:
        return Answer.MAYBE, ""  # "Ich sage erst mal ab. Falls …, komme ich doch."
    hard = _c("difficulty")
    if kinds == {Answer.MAYBE, Answer.NO} and all(
        hard.search(s.phrase) for s in strong if s.answer is Answer.MAYBE
    ):
        return Answer.NO, ""  # "Wird knapp – zu knapp. Ich komm nicht.": the doubt is its reason
    wished = [s for s in strong if s.answer is Answer.YES]
    later = _c("next_time")
    if (
        kinds == {Answer.YES, Answer.NO}
        and all(_c("wish_yes").search(s.phrase) for s in wished)
        and any(not later.search(s.phrase) for s in strong if s.answer is Answer.NO)
    ):
        return Answer.NO, ""  # "Wie gern wäre ich dabei! Leider bin ich im Urlaub."
    if kinds == {Answer.YES, Answer.MAYBE} and all(_c("wish_yes").search(s.phrase) for s in wished):
        return Answer.MAYBE, ""  # "Would love to, let me check my calendar"
    if kinds == {Answer.MAYBE, Answer.NO} and turned_then_offered(strong):
        return Answer.MAYBE, ""  # "Würde gern, aber Prüfung. Wird sie verschoben, komme ich."
    described = "; ".join(f"{s.answer.value} ({s.phrase!r})" for s in strong)
    return None, f"contradictory answer signals: {described}"


# words blanked inside a phrase: "ich           nicht" was "ich freu mich nicht"
_GAP = re.compile(r"\S {3,}(?=\S)")


def _denies_blanked(phrase: str) -> bool:
    """Is the phrase a negation of words blanked as saying nothing ("ich … nicht")?"""
    gap = _GAP.search(phrase)
    return gap is not None and bool(_c("negation").match(phrase[gap.end() :]))


_BARE_NO = frozenset({"nein", "nee", "noe", "no", "nope", "ne", "naa", "nae", "nah"})


def settle_said(reading: Reading, text: str) -> None:
    """Drop what the member took back ("Ich komme – äh, nein, doch nicht") and a no-word
    said in surprise ("Nein, wie schön!"); ``text`` is the reply, folded and lower-cased."""
    reading.signals = repaired(reading.signals, text)
    drop_exclaimed_no(reading, text)


def drop_exclaimed_no(reading: Reading, text: str) -> None:
    """ "Nein, wie schön! Da komme ich natürlich.": a "nein" of surprise, not an answer.

    Only a bare no-word, only beside a firm yes said with certainty ("natürlich",
    "klar", "of course") and no other no: anything less stays a contradiction.
    """
    bare = [s for s in reading.signals if s.answer is Answer.NO and s.phrase in _BARE_NO]
    exclaimed = {m.group(1) for m in _c("exclaimed_no").finditer(text)}
    if exclaimed:
        # "Nein, was freu ich mich!", "Nope, not missing this one": surprise, or agreeing
        # with a negation that refuses nothing; the no-word answers nothing
        reading.signals = [s for s in reading.signals if s not in bare or s.phrase not in exclaimed]
        bare = [s for s in bare if s.phrase not in exclaimed]
    others = [s for s in reading.signals if s not in bare and not s.weak]
    if (
        bare
        and others
        and all(s.answer is Answer.YES for s in others)
        and _c("certainty").search(text)
    ):
        reading.signals = [s for s in reading.signals if s not in bare]
