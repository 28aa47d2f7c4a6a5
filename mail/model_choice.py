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
from mail.reply_model import Model, ModelReading, current_model
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
    ``problem``: none unless a polar answer against a maybe, and none where the reply
    names guests (beside disagreeing signals the rules count none, and a yes chosen
    would record the member alone)."""
    candidates = rivals(problem)
    if not choosable(candidates):
        return frozenset()
    guests = read_guests(sentences(text))
    if guests.count or guests.problem or guests.withdrawn:
        return frozenset()
    return candidates


def choose(text: str, problem: str) -> ModelReading | None:
    """The model's choice between the rules' candidates named in ``problem``, if sure."""
    model = current_model()
    if model is None or model.choice > 1:
        return None
    candidates = offered(text, problem)
    return pick(model, text, candidates) if candidates else None
