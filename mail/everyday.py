"""The answer in a chatty mail: what the member says of the day the evening is on.

A long everyday mail tells of work, children and colleagues before it
answers: "…, ich weiß ehrlich gesagt nicht, wie ich das messen soll. …
Blöderweise ist am 28. unsere Inventur. Ich schaffe es nicht." The whole
mail gives yes, no and maybe at once; the sentence that names the evening's
day gives the answer. :func:`dated_answers` reads each sentence that names a
day on its own (with the sentence after it, when it says nothing by itself:
"Am 28. ist Inventur. Ich schaffe es nicht."); the decision, which knows the
evening, keeps the ones that name it (:func:`mail.named_days.evening_answer`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mail.answer_signals import of_another_evening
from mail.clauses import clauses, sentences
from mail.cues import cue, folded
from mail.intent import read_intent
from mail.named_days import MOST_READ, NamedDay, days_in, is_the_evening, names_a_day
from mail.reply_model import contradicted
from mail.types import Answer

# the reason mail.answer_decision gives when a reply's signals disagree
CONTRADICTORY = "contradictory answer signals"


@dataclass(frozen=True)
class DatedAnswer:
    """A sentence that names a day, and the answer the rules read in it alone."""

    days: tuple[NamedDay, ...]
    answer: Answer
    guests: int
    sentence: str
    concluded: bool = False  # a bottom line after news ("Das heißt: ich komme"), see below


def _days(sentence: str) -> list[NamedDay]:
    found: list[NamedDay] = []
    for clause in clauses(folded("answer", sentence)):
        if of_another_evening(clause):
            continue
        # "warum ich neuerdings donnerstags früher gehen will": every Thursday, no evening
        found += [d for d in days_in(clause) if not (d.weekday is not None and d.habitual)]
    # a later time ("nächste Woche", "nach den Ferien") only tells a yes for then from a
    # yes for the evening (mail.named_days.another_day); it ties no sentence to a day here
    return [d for d in found if not (d.pointed or d.ahead or d.later or d.starting)]


def dated_answers(text: str) -> list[DatedAnswer]:
    """Each sentence that names a day and gives a clear answer read on its own, and the
    bottom line the mail concludes with, if any (:func:`concluded`)."""
    bottom = concluded(text)
    return _named(text) + ([bottom] if bottom is not None else [])


def _named(text: str) -> list[DatedAnswer]:
    if not names_a_day(text):
        return []
    found: list[DatedAnswer] = []
    said = sentences(text)
    for at, sentence in enumerate(said):
        if sentence.endswith("?"):
            continue
        days = _days(sentence) if names_a_day(sentence) else []
        if not days:
            continue
        if len(found) >= MOST_READ:
            break
        unit = sentence
        intent = read_intent(unit)
        following = said[at + 1] if at + 1 < len(said) else ""
        if intent.answer is None and not intent.problem and following[-1:] not in ("", "?"):
            unit = f"{sentence} {following}"
            intent = read_intent(unit)
        if intent.problem.startswith(CONTRADICTORY) and unit == sentence:
            found += _by_clause(sentence, said[at + 1 :])
            continue
        if intent.answer is None or intent.problem:
            continue
        # "Am 28. komme ich gern. … Ach nein, da ist ja Elternabend!": a mind changed after
        # the sentence; only news before it, or nothing that answers after it, lets it stand
        if _changed_after(intent.answer, " ".join(said[at + (2 if unit != sentence else 1) :])):
            continue
        found.append(DatedAnswer(tuple(days), intent.answer, intent.guests, unit))
    return found


def _changed_after(answer: Answer, rest: str) -> bool:
    """Does what follows take the answer back ("… Ach nein, da ist ja Elternabend!")?"""
    after = read_intent(rest) if rest.strip() else None
    return after is not None and (
        after.answer not in (None, answer)
        or after.problem.startswith(CONTRADICTORY)
        or bool(contradicted(rest, answer))  # "…, scratch that. Sorry!"
    )


def _by_clause(sentence: str, following: list[str]) -> list[DatedAnswer]:
    """Each clause of one sentence that names a day of its own, read alone: "Den Termin im
    Februar schaffe ich nicht, aber am 28. bin ich dabei" answers two evenings.

    Only where two clauses name different days, and nothing in the sentence could
    bind one clause to another: a condition ("am 28. nur, wenn …") or a wish
    ("am 28. wäre ich gern gekommen, aber …") is read with its sentence, by a person.
    """
    spelled = folded("answer", sentence).lower()
    if cue("answer", "condition").search(spelled) or cue("answer", "wish_yes").search(spelled):
        return []
    named = [(clause, days) for clause in clauses(sentence) if (days := _days(clause))]
    if len({tuple(_when(day) for day in days) for _, days in named}) < 2:
        return []
    rest = " ".join(following)
    found: list[DatedAnswer] = []
    for clause, days in named:
        intent = read_intent(clause)
        if intent.answer is None or intent.problem or _changed_after(intent.answer, rest):
            continue
        found.append(DatedAnswer(tuple(days), intent.answer, intent.guests, clause))
    return found


def _when(day: NamedDay) -> tuple[int | None, ...]:
    return (day.day, day.month, day.weekday, day.offset)


# a bottom line is short: "Ich komme.", "So: maybe.", "Also leider no from me."
_SHORT = 8


def _answer_alone(sentence: str) -> Answer | None:
    intent = read_intent(sentence)
    return None if intent.problem else intent.answer


def concluded(text: str) -> DatedAnswer | None:
    """The answer a chatty mail concludes with: "… Leider nein, habe ich gesagt. Er war
    enttäuscht, hat es aber erlaubt. Das heißt: Ich komme."

    The news before a bottom line may say otherwise; the bottom line is the answer
    when it is short, clear read alone, about no other time, and the last word: nothing
    after it answers otherwise, and no short plain answer before it says the opposite
    ("Count me in! So: I won't be able to bring the laptop" is for a person).
    """
    said = sentences(text)
    marker = cue("answer", "conclusion")
    for at in range(len(said) - 1, -1, -1):
        spelled = folded("answer", said[at]).lower()
        found = marker.search(spelled)
        if found is None or said[at].endswith("?"):
            continue
        if len(spelled[found.end() :].split()) > _SHORT or cue("answer", "other_time").search(
            spelled
        ):
            return None
        intent = read_intent(said[at])
        if intent.answer is None or intent.problem:
            return None
        rest = " ".join(said[at + 1 :])
        after = read_intent(rest) if rest.strip() else None
        if after is not None and (after.answer is not None or after.problem):
            return None
        for before in said[:at]:
            plain = len(before.split()) <= _SHORT and not before.endswith("?")
            if plain and _answer_alone(before) not in (None, intent.answer):
                return None
        days = tuple(_days(said[at])) if names_a_day(said[at]) else ()
        return DatedAnswer(days, intent.answer, intent.guests, said[at], concluded=True)
    return None


def _pins(day: NamedDay, evening: date, title: str, written: date | None) -> bool:
    """Does ``day`` name the evening's very day? A month ("im Januar schon an vier Abenden
    verplant") is too wide to tie a sentence to the evening."""
    precise = day.day is not None or day.weekday is not None or day.offset is not None
    return precise and is_the_evening(day, evening, title, written) is True


def evening_answer(
    dated: list[DatedAnswer], evening: date, title: str, written: date | None
) -> DatedAnswer | None:
    """The one yes or no the sentences naming the evening give; None if none or they differ.

    A doubt stays with a person: in a chatty mail a "might" is as often about
    the laptop one brings as about coming.
    """
    said = [d for d in dated if any(_pins(day, evening, title, written) for day in d.days)]
    bottom = next((d for d in dated if d.concluded), None)
    if bottom is not None:
        # a bottom line naming a day must name the evening's; the sentences naming the
        # evening must agree with it
        if bottom.days and not any(_pins(d, evening, title, written) for d in bottom.days):
            return None
        agree = all((d.answer, d.guests) == (bottom.answer, bottom.guests) for d in said)
        return bottom if agree else None
    if not said or len({(d.answer, d.guests) for d in said}) != 1:
        return None
    return said[0] if said[0].answer in (Answer.YES, Answer.NO) else None
