"""The trained reader chooses between the answers the rules weighed against each other.

Where a reply's signals disagree ("Ich komme gern, aber vielleicht später, mal
sehen"), the rules stop with "contradictory answer signals" and name what they
found: a yes and a maybe, a no and a maybe, a yes and a no. Between a polar
answer and a doubt the model may choose, when it is sure
(``Model.choice``, found by the trainer's cross-validation like its other
thresholds): the worst it can do there is a yes or no for a maybe, or the
other way round. A yes against a no is never its to settle; nor is an answer
outside the rules' candidates, nor one the rules' guard speaks against.
"""

from __future__ import annotations

import math
import re

from mail.answer_guard import Reading, answer_risk
from mail.clauses import sentences
from mail.everyday import CONTRADICTORY
from mail.guests import read_guests
from mail.intent import read_intent
from mail.reply_model import Model, ModelReading, current_model
from mail.self_repair import TAKEN_BACK
from mail.types import Answer

# "contradictory answer signals: yes ('komme'); maybe ('mal sehen')"
_NAMED = re.compile(r"(?:^|\); )(yes|no|maybe) \(")


def rivals(problem: str) -> frozenset[Answer]:
    """The answers the rules found against each other, from their reason for review;
    none when the reason is another one."""
    if not problem.startswith(CONTRADICTORY):
        return frozenset()
    described = problem[len(CONTRADICTORY) :].removeprefix(":").strip()
    return frozenset(Answer(value) for value in _NAMED.findall(described))


def choosable(candidates: frozenset[Answer]) -> bool:
    """A polar answer against a doubt: the model may choose. Yes against no (with or
    without a maybe) stays with a person: a wrong choice there is the opposite answer."""
    return len(candidates) == 2 and Answer.MAYBE in candidates


def pick(model: Model, text: str, candidates: frozenset[Answer]) -> ModelReading | None:
    """The candidate the model is sure of, or None: its most likely class must be one of
    the candidates, at ``model.choice`` or above, and not one the guard speaks against."""
    if not choosable(candidates):
        return None
    probabilities = model.probabilities(text)
    best = max(probabilities, key=lambda c: probabilities[c])
    if best not in candidates or probabilities[best] < model.choice:
        return None
    if guarded(text, Answer(best)):
        return None
    return ModelReading(Answer(best), math.floor(probabilities[best] * 100) / 100)


def guarded(text: str, answer: Answer) -> bool:
    """Does the rules' guard speak against a yes or no here (a regret beside the yes, an
    absence notice)? A maybe records no decision the guard could find wrong."""
    return answer is not Answer.MAYBE and bool(answer_risk(Reading(text=text, answer=answer)))


def offered(text: str, problem: str) -> frozenset[Answer]:
    """The candidates the model may choose from for a reply the rules stopped at with
    ``problem``: none unless a polar answer against a maybe; none where the reply
    names guests (beside disagreeing signals the rules count none, and a yes chosen
    would record the member alone); none where a weaker phrase says the opposite of
    the polar answer."""
    candidates = rivals(problem)
    if not choosable(candidates) or _TAKEN_BACK in problem:
        # "Count me in. Scratch that, work trip": the doubt is the yes taken back
        return frozenset()
    guests = read_guests(sentences(text))
    if guests.count or guests.problem or guests.withdrawn:
        return frozenset()
    if _said_against(text, problem, next(a for a in candidates if a is not Answer.MAYBE)):
        return frozenset()
    return candidates


_TAKEN_BACK = f"{TAKEN_BACK}'"  # the end of a quoted phrase mail.self_repair took back
_OPPOSITE = {Answer.YES: Answer.NO, Answer.NO: Answer.YES}
# a phrase with words blanked is what is left of a negation ("i       make it" of "I
# can't make it"): read alone it says the opposite of what it was part of
_BLANKED = re.compile(r"\S {3,}\S")


def _said_against(text: str, problem: str, answer: Answer) -> bool:
    """Does a phrase the rules read but left out of ``problem`` as too weak say the
    opposite of ``answer`` ("Yes, but should my flight be late I can't make it": the
    rules weigh the no against a maybe, the bare "Yes" counts only alone)? Then a yes
    stands against a no, and that is never the model's to settle. The phrases the
    reason names are weighed already, as the sentence turned them."""
    for phrase in read_intent(text).evidence:
        if f"({phrase!r})" in problem or _BLANKED.search(phrase):
            continue
        if read_intent(phrase).answer is _OPPOSITE[answer]:
            return True
    return False


def choose(text: str, problem: str) -> ModelReading | None:
    """The model's choice between the rules' candidates named in ``problem``, if sure."""
    model = current_model()
    if model is None or model.choice > 1:
        return None
    candidates = offered(text, problem)
    return pick(model, text, candidates) if candidates else None
