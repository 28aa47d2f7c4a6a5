"""A last look at a finished reading: is the recorded answer at risk of being the wrong one?

The rule engines in :mod:`mail.intent` decide what a reply says. Whatever they
decide, recording the opposite of what a member meant, or an answer from an
automatic notice, is the one mistake the organizer cannot see: it never
reaches review. This guard looks for general signs of that risk in the
member's own words and, when it finds one, withdraws the answer and gives the
reason a person reads instead. It never adds or changes an answer: the worst
it does is ask.

The signs are words kept as data in ``mail/lexicon/guard_*.toml``; they are
matched in the folded spelling the answer cues use (:mod:`mail.wordforms`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from mail.answer_signals import of_another_evening
from mail.clause_signals import mask
from mail.clauses import clauses, sentences
from mail.cues import Cue, cue, folded
from mail.final_word import final_tail
from mail.giving_up_denied import agreeing
from mail.guard_signs import absence_notice_shape, first_match, guard, quoted_only
from mail.joke_turns import joke_turned
from mail.listed_items import coming_item
from mail.no_said_elsewhere import no_elsewhere
from mail.self_repair import repair_tail
from mail.signature import above_signature
from mail.ticked_boxes import ticked_only
from mail.types import Answer

if TYPE_CHECKING:
    from mail.analysis import Analysis
    from mail.intent import Intent

__all__ = ["Reading", "answer_risk", "guard_answer"]

# A clause whose subject is someone else speaks for them, not for the member.
_OTHER = re.compile(r"^\W*(?:und\s+|and\s+)?(?:er|sie|he|she|they)\b")
_WORD = re.compile(r"[^\W\d_]+")
# An address is tried once from the start of its run of characters, which is
# taken whole: a run of thousands of letters costs one pass, not one per letter.
_NAMES = re.compile(
    r"\b(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE
)
_THAT = re.compile(r"^\W*(?:dass|daß|das|that)\b")
_NAMED_YES = re.compile(r"\b(?:zusage|zugesagt|angenommen|accept\w*|attending)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
# the button's word said alone, as the calendar echoes it: "Accepted –", "Zugesagt."
_ECHO_END = re.compile(r"\s*(?:[.,;:!–—-]|$)", re.MULTILINE)
_NAMED_NO = re.compile(r"\b(?:absage|abgesagt|abgelehnt|declin\w*)\b")
_BARE_NO = re.compile(r"^\W*(?:nein|nee|noe|ne|no|nope|nah|naa)\W*$")


@dataclass(frozen=True)
class Reading:
    """What the guard looks at: the own words and the answer read from them."""

    text: str  # the member's own words, quotes and signature removed
    answer: Answer
    evidence: Sequence[str] = ()  # the phrases that decided, as the reader found them
    calendar: Answer | None = None  # the calendar button, when there is one
    comment: str = ""  # the calendar reply's comment, words beside the button


def _blank(pattern: re.Pattern[str] | Cue, text: str) -> str:
    return mask(pattern, text)[0]


def _spelled(text: str) -> str:
    """Folded, jokes said plainly (mail.joke_turns), the phrases the reader already calls
    neutral (and promises to say if it does not work out) blanked; case kept. Links and
    addresses are names, not words: "example.net" says no "net"."""
    words = _blank(cue("answer", "neutral"), folded("answer", joke_turned(_blank(_NAMES, text))))
    # "I'll tell you if I can't come" names a no that may come, not one said now
    return _blank(guard("no_word_as_yes"), _blank(cue("answer", "promise_if_not"), words))


def _without(text: str, phrases: Sequence[str]) -> str:
    for phrase in sorted({p for p in phrases if p}, key=len, reverse=True):
        text = text.replace(phrase, " " * len(phrase))
    return text


def _said_clauses(words: str) -> list[str]:
    """The member's statements about themselves, clause by clause, lower-cased.

    Questions ask, and a clause about someone else ("Sie steht nicht auf der
    Liste", "my husband won't make it") answers for nobody but them.
    """
    said: list[str] = []
    for sentence in sentences(words):
        if sentence.rstrip().endswith("?"):
            continue
        split = clauses(sentence)
        for clause in split:
            if len(split) > 1 and cue("answer", "concessive").search(clause):
                continue  # "…, auch wenn ich nicht lange bleibe" grants, it does not answer
            other = _OTHER.match(clause) or cue("answer", "third_person").search(clause)
            if other and not guard("everyone").search(clause):
                continue
            said.append(clause)
    return said


def _evidence(reading: Reading) -> list[str]:
    # once each: a mail that says "Ich komme." a thousand times would otherwise be read
    # against itself a million times
    phrases = (folded("answer", p).lower().strip() for p in reading.evidence if p.strip())
    return list(dict.fromkeys(phrases))


def _turned(clause: str) -> str:
    """A clause with its double negations and "wouldn't miss" blanked."""
    for name in ("double_negation", "yes_despite_negation", "manner_denied"):
        clause = _blank(cue("answer", name), clause)
    return _blank(guard("harmless"), clause)


def _weak(phrase: str) -> bool:
    """A bare yes-word ("ja", "ok", "gut", "sounds good"), which may answer anything."""
    bare = len(_WORD.findall(phrase)) <= 1 and bool(cue("answer", "opener").search(phrase))
    return bare or bool(cue("answer", "weak").search(phrase))


def _button(reading: Reading) -> str:
    said = "\n".join(p for p in (reading.text, reading.comment) if p.strip())
    words = _spelled(said)
    # before the neutral phrases are blanked: "Accepted war falsch" names the button to doubt it
    doubt = first_match(guard("button_doubt"), folded("answer", _blank(_NAMES, said)).lower())
    if doubt:
        return f"the words doubt the calendar button: {doubt!r}"
    if reading.answer is Answer.MAYBE:
        return ""
    other = guard("decline" if reading.answer is Answer.YES else "accept")
    # "Letztes Mal musste ich absagen, diesmal klappt's", "I'll be there next time":
    # what is said of another evening neither doubts nor confirms this one's button
    later = cue("answer", "next_time")
    # "Nein, wie cool!", "Ja, leider", "Nein, was freu ich mich": harmless over the comma
    # that splits them
    said_now = _said_clauses(
        _blank(cue("answer", "exclaimed_no"), _blank(guard("harmless"), words))
    )
    now = [c for c in said_now if not of_another_evening(c) and not later.search(c)]
    against = next((found for c in now if (found := _against(other, _turned(c)))), "")
    if against:
        return f"the words contradict the calendar button ({reading.answer.value}): {against!r}"
    return ""


def _against(other: re.Pattern[str] | Cue, clause: str) -> str:
    """The first word or phrase of ``clause`` that speaks against the button, or "".

    A bare negation ("nicht", "keine", "not") beside a button speaks against it only
    when it reaches the words of being there ("bin an dem Abend nicht da", "geht
    nicht") or is all the clause says ("leider nicht", "ich nicht"): "Nichts zu
    ergänzen", "keinen Laptop dabei", "wusste nicht, dass …", "hope I'm not too
    late" say no more than the words they deny.
    """
    bare, company = guard("negation"), guard("presence_company")
    for found in other.finditer(clause):
        phrase = found.group(0).strip()
        if not bare.fullmatch(phrase):
            return phrase
        reach = _scope(clause, phrase, before=6, after=6, ends_at="presence_end")
        alone = all(
            company.fullmatch(word) or bare.fullmatch(word) for word in _WORD.findall(clause)
        )
        if alone or guard("presence").search(reach):
            return phrase
    return ""


def _scope(
    clause: str, phrase: str, before: int = 10, after: int = 12, ends_at: str = "scope_end"
) -> str:
    """The words around ``phrase`` a negation reaches it from, as negation detectors
    scope it: its clause, up to a word that begins a new thought ("so", "weil")."""
    at = clause.find(phrase)
    if at < 0:
        return ""
    ends = guard(ends_at)
    lead = clause[:at].split()[-before:]
    while any(ends.match(word.strip(",;")) for word in lead):
        lead = lead[1:]
    tail: list[str] = []
    for word in clause[at + len(phrase) :].split()[:after]:
        if ends.match(word.strip(",;")):
            break
        tail.append(word)
    return " ".join([*lead, " " * len(phrase), *tail])


def _bare_negation(clause: str) -> bool:
    """A clause that is only a negation, after the yes: "Klar komme ich … NICHT 😂".

    Not a no-word ("Nee, klar komm ich!" leads in with surprise).
    """
    words = _WORD.findall(_turned(clause))
    negation = guard("negation")
    return 0 < len(words) <= 2 and all(negation.fullmatch(w) and w != "no" for w in words)


def _turned_after(words: str, evidence: Sequence[str]) -> str:
    """A "but" after the yes, in its sentence, and a negation after it."""
    for sentence in sentences(words):
        if sentence.rstrip().endswith("?"):
            continue
        lowered = _turned(sentence.lower())
        at = max((lowered.find(p) + len(p) for p in evidence if p in lowered), default=-1)
        if at < 0:
            continue
        turn = guard("contrast").search(lowered, at)
        if turn is None:
            continue
        # only the clause the turn opens: "…, doch selbst, meine Kollegin muss nicht"
        rest = next(iter(clauses(lowered[turn.end() :])), "")
        other = _OTHER.match(rest) or cue("answer", "third_person").search(rest)
        found = first_match(guard("decline"), rest)
        if found and not other:
            return f"{turn.group(0)} … {found}"
    return ""


def _yes(reading: Reading, words: str) -> str:
    evidence = _evidence(reading)
    said = _said_clauses(words)
    held = [(_turned(c), p) for c in said for p in evidence if p in c]
    for clause, phrase in held:
        near = first_match(guard("decline"), _scope(clause, phrase)) or first_match(
            guard("regret"), _without(clause, evidence)
        )
        if near:
            return f"the reply says yes, but also {near!r} in the same breath"
        planned = first_match(guard("intention"), clause)
        if planned:
            return f"reads like a plan rather than an answer: {planned!r}"
    first = next((i for i, c in enumerate(said) if any(p in c for p in evidence)), len(said))
    alone = next((c for c in said[first + 1 :] if _bare_negation(c)), "")
    if alone and not agreeing(said[first], alone):  # "Not skipping it – never!" agrees
        return f"the reply says yes, but also {alone.strip()!r} on its own"
    turned = _turned_after(words, evidence)
    if turned:
        return f"the reply says yes, then turns: {turned!r}"
    regret = next((found for c in said if (found := first_match(guard("regret"), c))), "")
    later = first_match(guard("elsewhen"), words.lower())
    if regret and later:
        return f"the yes may be for another evening: {regret!r} … {later!r}"
    if evidence and all(_weak(p) for p in evidence):
        # a bare "ja" or "gut" beside a regret may answer something else entirely
        elsewhere = next(
            (found for c in said if (found := first_match(guard("decline"), _turned(c)))), ""
        )
        if elsewhere or regret:
            return f"the only yes is {reading.evidence[0]!r}, beside {elsewhere or regret!r}"
    return ""


def _no(reading: Reading, words: str) -> str:
    evidence = _evidence(reading)
    said = _said_clauses(words)
    if elsewhere := no_elsewhere(words, evidence):  # another evening's, another question's
        return elsewhere
    if evidence and all(_BARE_NO.match(p) for p in evidence):
        # a bare "nee" beside a yes may be surprise or answer something else
        against = next(
            (found for c in said if (found := first_match(guard("accept"), _turned(c)))), ""
        )
        if against:
            return f"the only no is {reading.evidence[0]!r}, beside {against!r}"
    denials: list[str] = []
    regretted = False
    for clause in said:
        if not any(p in clause for p in evidence):
            continue
        denial = _denial(clause)
        denials += [denial] if denial else []
        regretted |= not denial and bool(guard("regret").search(clause))
    # "Keine Chance, dass ich das verpasse": the no and its word on either side of "dass"
    for clause, then in pairwise(said):
        if _THAT.match(then) and any(p in clause for p in evidence):
            denial = _denial(f"{clause}, {then}")
            denials += [denial] if denial and denial not in denials else []
    # "Do kann i ned nein sagen. Also leider ned.": the plain no said with regret is meant
    return denials[0] if denials and not regretted else ""


def _denial(clause: str) -> str:
    """Why a no in this clause may deny a negative and so mean yes, or ""."""
    for negative in guard("negative_word").finditer(clause):
        # "no way I'd miss this", "lasse mir das nicht entgehen"
        reach = _scope(clause, negative.group(0), before=5, after=2)
        if guard("negation").search(reach):
            return f"the no denies a word that is itself negative: {negative.group(0)!r}"
    for denied in guard("denied_no").finditer(clause):
        # "ich sag nicht nein", "won't say no": only a negation before it denies it
        reach = _scope(clause, denied.group(0), before=3, after=0)
        if guard("negation").search(reach.replace(denied.group(0), " ")):
            return f"the no denies a no: {clause.strip()!r}"
    return ""


def _bare(phrase: str) -> bool:
    """A yes- or no-word that may answer anything: "ok", "ja", "passt", "nee", "👍"."""
    opener = cue("answer", "opener")
    return (
        not _WORD.search(phrase)
        or bool(_BARE_NO.match(phrase))
        or _weak(phrase)
        or (len(_WORD.findall(phrase)) <= 2 and bool(opener.search(phrase)))
    )


def _overturned(reading: Reading, words: str) -> str:
    """Why words that turn the calendar button into its opposite may not mean it, or "".

    Beside a pressed button, a bare "ok", "ja" or "👍" acknowledges as often as it
    answers, and a yes for "nächstes Mal" or "erst im März" is for another evening:
    only an answer said in full, or a button called a mistake, turns the button over.
    """
    opposite = {reading.calendar, reading.answer} == {Answer.YES, Answer.NO}
    said = "\n".join(p for p in (reading.text, reading.comment) if p.strip())
    spelled = folded("answer", said).lower()
    mistake = guard("button_doubt").search(spelled) or cue("answer", "wrong_button").search(spelled)
    if not opposite or mistake:
        return ""
    evidence = _evidence(reading)
    button = reading.calendar.value if reading.calendar else ""
    # one word of liking ("passt", "super", "läuft") is not yet a yes to an evening declined
    loose = reading.answer is Answer.YES and all(
        len(_WORD.findall(p)) <= 1 and not _NAMED_YES.search(p) for p in evidence
    )
    if evidence and (loose or all(_bare(p) for p in evidence)):
        return f"the calendar button says {button}; the words only say {reading.evidence[0]!r}"
    later = first_match(guard("elsewhen"), words.lower())
    if later:
        return (
            f"the calendar button says {button}; the words may speak of another evening: {later!r}"
        )
    # A member who turns a pressed button over looks back at it ("ignore the decline");
    # words only saying the opposite may answer something else ("I'll be there in
    # March"): a person reads. The button's own word alone ("Accepted – can't bring
    # snacks") repeats it; it looks back only spoken of ("Abgelehnt war …") or turned
    # after it ("Zugesagt, aber …")
    own = _NAMED_YES if reading.calendar is Answer.YES else _NAMED_NO
    back = (
        found
        for found in guard("button_taken_back").finditer(spelled)
        if not own.fullmatch(found.group(0))
        or _WORD.search(_SENTENCE_END.split(spelled[: found.start()])[-1])
        or not _ECHO_END.match(spelled, found.end())
        or guard("contrast").search(spelled, found.end())
    )
    if next(back, None) is None:
        return f"the calendar button says {button}; the words say otherwise without taking it back"
    return ""


def answer_risk(reading: Reading) -> str:
    """Why the recorded answer might be wrong, or "" when nothing speaks against it."""
    words = _spelled(ticked_only(reading.text))  # "[ ] not attending" is not said
    notice = absence_notice_shape(words)
    if notice:
        return f"this looks like an automatic absence notice: {notice}"
    if reading.calendar is not None and reading.calendar is reading.answer:
        return _button(reading)
    if reading.calendar is not None and (overturned := _overturned(reading, words)):
        return overturned
    if quoted_only(reading.text, [folded("answer", p).lower() for p in reading.evidence]):
        return "the answer is only in quoted or forwarded text"
    words = coming_item(words) or words  # "1. Ja, komme 2. Nein, keine Begleitung": item 1
    if reading.answer is Answer.YES:
        return _yes(reading, repair_tail(words, _evidence(reading)))
    if reading.answer is Answer.NO:
        return _no(reading, final_tail(words, _evidence(reading)))
    return ""


def guard_answer(result: Analysis, intent: Intent | None, own: str | None = None) -> None:
    """Withdraw ``result``'s answer to review when at risk; ``own``: words above the signature."""
    if result.kind != "reply" or result.answer is None:
        return
    calendar = result.calendar
    reading = Reading(
        # the words the answer was read from: a company's "Yes" under the name is none of them
        text=own if own is not None else above_signature(result.text, result.sender_name),
        answer=result.answer,
        evidence=tuple(intent.evidence) if intent is not None else (),
        calendar=calendar.answer if calendar is not None else None,
        comment=calendar.comment if calendar is not None else "",
    )
    reason = answer_risk(reading)
    if reason:
        result.answer, result.guests, result.answer_problem = None, 0, reason
