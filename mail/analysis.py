"""One entry point, ``analyse``: raw message bytes in, everything ``sync`` needs out.

The result says what kind of message it is and, for replies, what the member
meant in their own words. ``answer`` is only set when the words are clear;
otherwise ``answer_problem`` says why a person should look.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from functools import cache
from typing import TypeVar

from mail import header_fields as fields
from mail.answer_guard import guard_answer
from mail.autoreply import auto_reply_reason
from mail.bounce import BounceInfo, read_bounce
from mail.budget import CPU_SECONDS, Budget, OverBudget
from mail.button_swapped import button_meant
from mail.cues import cue, folded
from mail.day_excepted import day_excepted
from mail.decode import (
    DecodedMessage,
    HeaderTexts,
    decode_message,
    html_to_text,
    parse_headers,
)
from mail.everyday import CONTRADICTORY, DatedAnswer, dated_answers
from mail.ical_reply import CalendarReply, read_calendar_reply
from mail.intent import Intent, read_intent
from mail.model_choice import choose
from mail.named_days import NamedDay, answer_days
from mail.others_answer import theirs_beside
from mail.passed_on import passed_on
from mail.quotes import Stripped, strip_html_quotes, strip_quotes, text_format
from mail.reply_model import doubt, read_silent
from mail.signature import above_signature, is_sign_off
from mail.subject_words import subject_unsubscribes, subject_words
from mail.topic_in_place import topics_in_place
from mail.topic_text import extract_topics, subject_topics
from mail.types import Answer
from mail.wished_away import wished_away

__all__ = ["Analysis", "BounceInfo", "CalendarReply", "analyse", "model_text"]

_RECIPIENT_HEADERS = ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To")
# Replies are a few lines; anything longer is pasted material a person should read.
_MAX_OWN_WORDS = 20_000

T = TypeVar("T")


@dataclass
class Analysis:
    message_id: str  # "<...>" as in the header; if missing, "<sha256-of-raw@somek.invalid>"
    sender: str  # From address, lower-cased ("" if none)
    sender_name: str
    subject: str
    recipients: list[str]  # To, Cc, Delivered-To, X-Original-To, Envelope-To (lower-cased)
    references: list[str]  # In-Reply-To first, then References, as "<...>" ids
    date: datetime | None
    kind: str  # "reply" | "auto_reply" | "bounce" | "unreadable"
    reason: str  # why auto_reply/unreadable; who read a reply's answer if not the rules
    text: str  # the member's own words: quotes and signatures removed
    quoted: str  # what was removed
    answer: Answer | None = None
    guests: int = 0  # 0 when none mentioned
    answer_problem: str = ""  # non-empty: answer unclear/contradictory → review with this reason
    topics: list[str] = field(default_factory=list)
    topic_votes: list[int] = field(default_factory=list)
    topic_names: list[str] = field(default_factory=list)  # topics voted for by name
    topic_mentions: list[str] = field(default_factory=list)  # may name an open topic
    unsubscribe: bool = False
    join_request: bool = False
    calendar: CalendarReply | None = None
    bounce: BounceInfo | None = None
    from_count: int = 1  # addresses in From: more than one names no single sender
    authentication_results: list[str] = field(default_factory=list)  # the header values
    named_days: list[NamedDay] = field(default_factory=list)  # days the answer speaks of
    # where the whole reply disagrees with itself: the sentences naming a day, each read alone
    dated_answers: list[DatedAnswer] = field(default_factory=list)


def _base(message: EmailMessage | None, raw: bytes, budget: Budget | None = None) -> Analysis:
    headers = HeaderTexts(message, budget) if message is not None else None
    senders = fields.addresses(headers, ("From",))
    name, sender = senders[0] if senders else ("", "")
    recipients = [addr for _, addr in fields.addresses(headers, _RECIPIENT_HEADERS)]
    return Analysis(
        message_id=fields.message_id(headers, raw),
        sender=sender,
        sender_name=name,
        subject=" ".join(fields.header(headers, "Subject").split()),
        recipients=list(dict.fromkeys(recipients)),
        references=fields.references(headers),
        date=fields.date(headers),
        kind="reply",
        reason="",
        text="",
        quoted="",
        from_count=max(len(senders), fields.count(headers, "From")),
        authentication_results=fields.all_values(headers, "Authentication-Results"),
    )


def own_words(decoded: DecodedMessage) -> Stripped:
    """The member's words, removing HTML quote containers before converting to text."""
    if not decoded.from_html:
        return strip_quotes(decoded.text, **text_format(decoded.message))
    kept_html, quoted_html = strip_html_quotes(decoded.html)
    # Without quote containers the kept HTML is the whole, already converted once.
    kept_text = html_to_text(kept_html) if quoted_html else decoded.text
    stripped = strip_quotes(kept_text)
    quoted = "\n".join(p for p in (stripped.quoted, html_to_text(quoted_html)) if p.strip())
    return Stripped(text=stripped.text, quoted=quoted)


def _apply_calendar(result: Analysis, calendar: CalendarReply, own: str) -> None:
    result.calendar = calendar
    result.answer = calendar.answer
    result.guests = calendar.guests if calendar.answer else 0
    result.answer_problem = calendar.problem
    comment = extract_topics(calendar.comment) if calendar.comment else None
    if comment is not None:
        result.topics += [t for t in comment.titles if t not in result.topics]
        result.topic_votes += [v for v in comment.votes if v not in result.topic_votes]
    # "wrong button, I can't make it": clear words win over the button; unclear ones
    # that disagree with it go to a person
    said = "\n".join(p for p in (own, comment.rest if comment else "") if p.strip())
    words = button_meant(said, read_intent(said)) if said else None
    mistake = cue("answer", "wrong_button").search(folded("answer", said)) if said else None
    if words is not None and mistake and words.answer is None:
        # "Oops, wrong button!" takes the button back without saying what was meant
        result.answer, result.guests = None, 0
        result.answer_problem = (
            f"the calendar button says {calendar.answer.value if calendar.answer else 'nothing'},"
            f" but the words call it a mistake: {mistake.group(0)!r}"
        )
        return
    if words is not None and words.answer is calendar.answer is Answer.YES and not calendar.guests:
        result.guests = words.guests  # "Zusage, mein Mann kommt auch mit" beside the button
    if words is None or calendar.answer in (None, words.answer):
        return
    if words.answer is None:
        # the words disagree among themselves; a yes-word turned by a "but" or a
        # question beside the button leaves it to the guard's look at the words; beside
        # "Meine Frau kommt, ich überlege noch" the button may be hers
        unclear = bool(words.evidence and words.problem and not words.loose)
        if unclear or theirs_beside(said, words.problem):
            result.answer, result.guests = None, 0
            result.answer_problem = (
                f"the calendar button says {calendar.answer.value}; {words.problem}"
            )
        return
    result.answer, result.guests = words.answer, words.guests


def model_text(result: Analysis, own: str | None = None) -> str:
    """The member's words as the trained reader sees them: above a certain signature (``own``,
    if found), without the closing greeting ("Mit freundlichen Grüßen" says nothing)."""
    lines = (above_signature(result.text, result.sender_name) if own is None else own).splitlines()
    while lines and (not lines[-1].strip() or is_sign_off(lines[-1], result.sender_name)):
        lines.pop()
    return "\n".join(lines)


def _apply_intent(result: Analysis, intent: Intent, said: str) -> None:
    result.answer, result.guests, result.answer_problem = (
        intent.answer,
        intent.guests,
        intent.problem,
    )
    recognised = (
        result.topics or result.topic_votes or result.topic_names or result.topic_mentions
    ) or result.unsubscribe
    if intent.answer is None and not intent.problem and not recognised:
        result.answer_problem = (
            "no answer found in the reply" if result.text else "the reply has no own words"
        )
    # where no rule fires (a short line that might name a topic is no finding), the
    # model trained on the corpus may, if it is sure
    found = result.topics or result.topic_votes or result.topic_names or result.unsubscribe
    # the model reads what the rules read: a signature block's names, companies and
    # links would make its reading depend on the member's mail client
    own = model_text(result, said)
    silent = intent.answer is None and not intent.problem and not found and own
    if silent and wished_away(own):
        result.answer, result.answer_problem = Answer.NO, ""  # "Viel Spaß euch! Bin in Trier"
    elif silent and (reading := read_silent(own)) is not None:
        result.answer, result.answer_problem, result.reason = reading.answer, "", reading.note
    elif result.answer is not None and (problem := doubt(own, result.answer)):
        result.answer, result.guests, result.answer_problem = None, 0, problem
    if result.answer is None and intent.problem.startswith(CONTRADICTORY):
        # a chatty mail: what it says of the evening's day may still answer
        result.dated_answers = dated_answers(result.text)
        # where no sentence names a day, the model may choose a yes or no against a maybe
        chosen = None if result.dated_answers else choose(own, intent.problem)
        if chosen is not None:
            result.answer, result.answer_problem, result.reason = (
                chosen.answer,
                "",
                chosen.note,
            )
            result.guests = intent.guests if chosen.answer is not Answer.NO else 0
            result.dated_answers = []
    if result.answer is not None:
        # "Am 14. bin ich raus": the decision, which knows the evening, compares the days
        result.named_days = answer_days(result.text, result.answer)


def _isolated(stage: Callable[[], T], failed: T, budget: Budget) -> T:
    """One stage of reading, on its own: if it fails, the others still run."""
    budget.check()
    try:
        found = stage()
    except OverBudget:
        raise
    except Exception:
        return failed
    budget.check()
    return found


def _read_words(
    result: Analysis, decoded: DecodedMessage, budget: Budget, words: Stripped | None
) -> tuple[Intent, str] | None:
    """The member's own words, topics and intent into ``result``, with the words above the
    signature (found once, for every later look); None when too long to read."""
    if words is None:  # not separated yet, or that failed: it fails here with its reason
        words = own_words(decoded) if decoded.readable else Stripped("", "")
    result.text, result.quoted = words.text, words.quoted
    if len(words.text) > _MAX_OWN_WORDS:
        return None
    budget.check()
    said = above_signature(words.text, result.sender_name)
    topics = extract_topics(said)
    result.topics, result.topic_votes = topics.titles, topics.votes
    result.topic_names, result.topic_mentions = topics.named, topics.mentioned
    budget.check()
    intent = read_intent(topics.rest)
    result.unsubscribe, result.join_request = intent.unsubscribe, intent.join_request
    if result.unsubscribe:
        # a member leaving the list suggests nothing for evenings they will not come to;
        # "Vorschlag:" in such a mail is about the mailing ("Vorschlag: nehmt mich raus")
        result.topics = []
    else:
        # "> Themenwünsche?" quoted with the bare title under it, cut with the quote
        placed = topics_in_place(decoded.text, result.sender_name) if decoded.readable else []
        result.topics += [t for t in placed if t not in result.topics]
        result.topics = result.topics or subject_topics(result.subject, said)  # "Thema: …"
    # "Viele Grüße, Lukas" under "Re: Einladung – komme!" says nothing of its own
    name = result.sender_name
    spoken = any(line.strip() and not is_sign_off(line, name) for line in said.splitlines())
    in_subject = "" if spoken or result.topics else subject_words(result.subject)
    if in_subject:
        intent = read_intent(in_subject)  # "Re: Einladung … am 28.01.2027 – komme!", no words
    silent = (
        intent.answer is None and not intent.problem and not (result.topics or result.topic_votes)
    )
    if not result.unsubscribe and (silent or not words.text.strip()):
        # "Abbestellen" as the subject over "Danke." or a bare signature
        result.unsubscribe = subject_unsubscribes(result.subject)
    return intent, said


def _read_reply(
    result: Analysis,
    message: EmailMessage,
    decoded: DecodedMessage,
    budget: Budget,
    words: Stripped | None,
) -> None:
    calendar = _isolated(lambda: read_calendar_reply(message), None, budget)
    if not decoded.readable and calendar is None:
        if subject_unsubscribes(result.subject):
            result.unsubscribe = True  # "Abbestellen" as the subject of an empty mail
            return
        result.kind, result.reason = "unreadable", decoded.problem
        return
    problem, read = "", None
    try:
        read = _read_words(result, decoded, budget, words)
    except OverBudget:
        raise
    except Exception as exc:
        detail = f"{type(exc).__name__}: {exc}"[:200]
        problem = f"the reply could not be read automatically ({detail})"
    intent, said = read if read is not None else (None, None)
    budget.check()
    if calendar is not None:
        said = above_signature(result.text, result.sender_name) if said is None else said
        _apply_calendar(result, calendar, said)
    elif problem:
        result.answer_problem = problem
    elif read is None:
        result.answer_problem = "the reply is too long to read automatically"
    else:
        _apply_intent(result, *read)
    guard_answer(result, intent, said)  # never the opposite answer: a risky one goes to review
    if result.kind == "reply" and result.answer is Answer.YES:
        # "da, außer Donnerstag": a no if the evening is that Thursday
        excepted = day_excepted(said or above_signature(result.text, result.sender_name))
        if excepted:
            result.answer, result.guests = None, 0
            result.answer_problem = f"the yes excepts {excepted!r}, which may be the evening"
    note = passed_on(result.subject, result.text, result.quoted)
    if note and not result.unsubscribe:  # "Fwd: … wär das was für dich?" answers nothing
        result.answer, result.guests, result.reason = None, 0, ""
        result.answer_problem = f"reads like a note passing the invitation on: {note!r}"


def _analyse(raw: bytes, budget: Budget) -> Analysis:
    decoded = decode_message(raw, budget)
    budget.check()
    result = _base(decoded.message, raw, budget)
    if decoded.message is None or decoded.over_limit:
        result.kind, result.reason = "unreadable", decoded.problem
        return result
    message = decoded.message
    bounce = _isolated(lambda: read_bounce(message, decoded.text), None, budget)
    if bounce is not None:
        result.kind, result.bounce = "bounce", bounce
        result.text = decoded.text.strip()
        return result
    body = decoded.text if decoded.readable else None
    words = _isolated(lambda: own_words(decoded), None, budget) if decoded.readable else None
    automatic = _isolated(lambda: auto_reply_reason(message, body, words), None, budget)
    if automatic is not None:
        result.kind, result.reason = "auto_reply", automatic
        result.text = words.text if words is not None else ""
        return result
    _read_reply(result, message, decoded, budget, words)
    return result


def _as_bytes(raw: object) -> bytes:
    return bytes(raw) if isinstance(raw, bytes | bytearray | memoryview) else b""


# Read once before the first message: the lexicons compile on first use, and
# that must not count against the first member's reading time.
_WARM_UP = (
    b"From: Anna <anna@example.org>\r\nTo: stammtisch@example.org\r\n"
    b"Subject: Re: Einladung\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Hallo, ja ich komme gern, leider ohne Begleitung. Themenvorschlag: Reels.\r\n"
    b"I'm out of office until Monday. +1 for topic 2.\r\n\r\n"
    b"Am 01.01.2027 um 10:00 schrieb Orga:\r\n> Einladung\r\n"
)


@cache
def _ready() -> None:
    # the real message will show what fails, with its reason
    with contextlib.suppress(Exception):
        _analyse(_WARM_UP, Budget(float("inf")))


def analyse(raw: bytes, cpu_seconds: float = CPU_SECONDS) -> Analysis:
    """Classify one raw message and read what the sender meant. Never raises.

    Reading stops after ``cpu_seconds`` of CPU time; the message then goes to
    review with that reason, named by its header alone.
    """
    _ready()
    try:
        return _analyse(raw, Budget(cpu_seconds))
    except OverBudget as exc:
        return _stopped(raw, str(exc))
    except Exception as exc:
        return _stopped(raw, f"could not analyse the message: {type(exc).__name__}: {exc}")


def _stopped(raw: bytes, reason: str) -> Analysis:
    """A message that could not be read, named as far as its header allows."""
    result = Analysis(
        message_id=f"<{hashlib.sha256(_as_bytes(raw)).hexdigest()}@somek.invalid>",
        sender="",
        sender_name="",
        subject="",
        recipients=[],
        references=[],
        date=None,
        kind="unreadable",
        reason=reason,
        text="",
        quoted="",
    )
    try:
        base = _base(parse_headers(_as_bytes(raw)), _as_bytes(raw))
    except Exception:
        return result
    base.kind, base.reason = result.kind, result.reason
    return base
