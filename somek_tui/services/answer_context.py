"""An answer read again with what only the decision knows: the evening, the topics chosen.

The reader in ``mail/`` sees one mail alone. Once the reply is tied to an
event and the club's topics, a chatty mail can be answered by the sentences
naming the evening's day, an answer naming only another day goes to a
person, and the words that choose a topic are no answer of their own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, tzinfo

from mail.analysis import Analysis
from mail.away_until import away_spans, covers
from mail.everyday import evening_answer
from mail.excepted_evening import excepted_settled, may_settle
from mail.intent import read_intent
from mail.named_days import another_day
from mail.signature import above_signature
from mail.topic_choice import words_beside_choices
from mail.topic_text import extract_topics
from mail.types import Answer
from somek_tui.models import Event

__all__ = [
    "NO_ANSWER",
    "another_day_reason",
    "answer_beside_choices",
    "away_on_the_evening",
    "excepted_on_the_evening",
    "said_of_the_evening",
]

NO_ANSWER = "no answer found"


def answer_beside_choices(analysis: Analysis, choosing: Sequence[str]) -> Analysis:
    """The answer read again without the clauses that chose a topic: "Mastodon for clubs,
    definitely." chooses a topic and says nothing about the evening; where the answer
    changes by it, a person looks."""
    own = above_signature(analysis.text, analysis.sender_name)
    left = read_intent(extract_topics(words_beside_choices(own, choosing)).rest)
    if left.answer is analysis.answer:
        return analysis
    if left.answer is None and not left.problem:
        return dataclasses.replace(
            analysis, answer=None, guests=0, answer_problem=NO_ANSWER, reason=""
        )
    problem = f"the answer read changes without the words that choose a topic ({left.problem})"
    return dataclasses.replace(analysis, answer=None, guests=0, answer_problem=problem)


def said_of_the_evening(analysis: Analysis, event: Event | None, tz: tzinfo) -> Analysis:
    """A chatty reply that disagrees with itself: the sentences naming the evening answer."""
    if event is None or analysis.answer is not None or not analysis.dated_answers:
        return analysis
    evening, written = _days(analysis, event, tz)
    said = evening_answer(analysis.dated_answers, evening, event.title, written)
    if said is None:
        return analysis
    return dataclasses.replace(analysis, answer=said.answer, guests=said.guests, answer_problem="")


def excepted_on_the_evening(analysis: Analysis, event: Event | None, tz: tzinfo) -> Analysis:
    """ "Gerne, außer donnerstags": a yes excepting a day stands when the day is not the
    evening's and is a no when it is; a no excepting the evening's day goes to a person."""
    if (
        event is None
        or analysis.calendar is not None
        or not may_settle(analysis.answer, analysis.answer_problem)
    ):
        return analysis
    evening, written = _days(analysis, event, tz)
    own = above_signature(analysis.text, analysis.sender_name)
    settled = excepted_settled(own, analysis.answer, analysis.answer_problem, evening, written)
    if settled is None:
        return analysis
    guests = read_intent(own).guests if settled.answer is Answer.YES else 0
    return dataclasses.replace(
        analysis, answer=settled.answer, guests=guests, answer_problem=settled.problem
    )


def away_on_the_evening(analysis: Analysis, event: Event | None, tz: tzinfo) -> Analysis:
    """ "I'm abroad until February" and nothing more: still no answer, with the span
    named for the organizer. Not a no on its own: an out-of-office notice with no
    headers of its own says the same words ("I bin bis 30. Jänner in Meran"), and an
    answer read from a notice is the worse error. Beside a yes or a maybe (a calendar
    button, "Zusage"), a span that holds the evening goes to a person."""
    silent = analysis.answer is None and analysis.answer_problem.startswith(NO_ANSWER)
    coming = analysis.answer in (Answer.YES, Answer.MAYBE)
    if event is None or not (silent or coming):
        return analysis
    evening, written = _days(analysis, event, tz)
    spans = away_spans(above_signature(analysis.text, analysis.sender_name), written)
    held = [covers(span, evening, written) for span in spans]
    if not held or any(h is False for h in held):
        return analysis  # "bis zum 20. weg, danach gern": back before the evening
    said = "; ".join(span.phrase for span in spans)
    if coming and all(held):
        answer = analysis.answer.value if analysis.answer else ""
        problem = f"the {answer} is beside words that say away over the evening: {said!r}"
        return dataclasses.replace(analysis, answer=None, guests=0, answer_problem=problem)
    if coming:
        return analysis
    over = "over the evening" if all(held) else "perhaps over the evening"
    problem = f"{NO_ANSWER}: away ({said!r}), {over}"
    return dataclasses.replace(analysis, answer_problem=problem)


def another_day_reason(analysis: Analysis, event: Event | None, tz: tzinfo) -> str:
    """Why an answer naming only another day than the evening's is for a person, or ""."""
    if event is None or analysis.answer is None or not analysis.named_days:
        return ""
    evening, written = _days(analysis, event, tz)
    return another_day(analysis.named_days, analysis.answer, evening, event.title, written)


def _days(analysis: Analysis, event: Event, tz: tzinfo) -> tuple[date, date | None]:
    """The evening's day and the day the mail was written, in the club's time zone."""
    written = analysis.date.astimezone(tz).date() if analysis.date is not None else None
    return event.start.astimezone(tz).date(), written
