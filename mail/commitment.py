"""Yes or no to a request: "Ich übernehme das", "kann leider nicht", "Ja, bestätigt".

Two readers share one engine. :func:`read_commitment` reads the answer to a
request for a talk or a contribution; :func:`read_confirmation` reads the
answer to a double opt-in mail. Both are timid on purpose: only an explicit
phrase counts, a phrase next to a negation turns into a "no", doubt or mixed
signals give no answer and a reason, so a person decides. A wrong "yes" puts a
stranger on the list or a speaker on the programme who never agreed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum


class Commitment(StrEnum):
    ACCEPT = "accept"
    DECLINE = "decline"


@dataclass(frozen=True)
class Reading:
    commitment: Commitment | None
    problem: str = ""  # non-empty when there is no clear answer, with the reason
    questions: tuple[str, ...] = ()  # sentences ending in "?", for a person to read
    evidence: tuple[str, ...] = field(default=())  # the phrases that decided


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# Look like signals, mean nothing here: masked first.
_NEUTRAL = _rx(
    r"\b(kein|keine|no)\s+(problem|probleme|sorge|sorgen|worries|stress)\b",
    r"\bdanke\w*\b|\bthanks?\b|\bthank you\b|\bsorry\b|\bentschuldigung\b",
    r"\bnicht\s+(nur|ganz\s+so\s+lang)\b",
    # coming as a guest says nothing about the talk asked for
    r"\b(komme|come)\b[^.!?]{0,20}\b(als gast|as a guest)\b",
    r"\b(gerne?|gladly)\s+(als gast|as a guest)\b",
    # listening or coming along is no contribution: "happy to listen though"
    r"\b(happy|glad)\s+to\s+(just\s+)?(listen|attend|come|join|be there|watch)\b",
    r"\b(höre|hör)\s+(aber\s+)?(gerne?\s+)?zu\b|\bgerne?\s+(zuhören|als zuhörer\w*)\b",
    r"^\W*gerne?\s+zu\W*$",  # "ich höre aber | gern zu", split at its "aber"
)
_DOUBT = _rx(
    r"\bvielleicht\b|\beventuell\b|\bevtl\b|\bmöglicherweise\b|\bunter umständen\b",
    r"\bmal\s+(sehen|schauen|gucken)\b|\bkommt\s+(drauf|darauf)\s+an\b",
    r"\bwei(ß|ss)\s+(ich\s+)?(es\s+)?noch\s+nicht\b|\bnoch\s+(nicht\s+)?(sicher|unklar)\b",
    r"\b(ob|falls|wenn|sofern)\b|\bunsicher\b",
    r"\bmaybe\b|\bperhaps\b|\bpossibly\b|\bmight\b|\bnot\s+(yet\s+)?sure\b|\bdepends\b",
    r"\b(if|whether|unless)\b|\bdon'?t know\b",
)
_NEGATION = _rx(r"\b(nicht|nich|kein|keine|keinen|nie|niemals|not|never|no)\b|n'?t\b")

_DECLINE_COMMON = (
    r"\bnein\b|^\W*no\b|\bnope\b",
    r"\bkann\b[^,]{0,30}\bnicht\b|\bleider\s+nicht\b|\blieber\s+nicht\b|\bohne mich\b",
    r"\b(schaffe|schaff)\b[^,]{0,20}\bnicht\b|\b(geht|klappt|passt)\b[^,]{0,20}\bnicht\b",
    r"\b(muss|möchte|will)\b[^,]{0,30}\b(absagen|passen|nicht)\b|\babsage\b",
    r"\bsage\s+((ich|leider|hiermit|dann|euch|dir|diesmal)\s+)*ab\b|\bdiesmal nicht\b",
    r"\beher nicht\b|\bkeinen kopf\b|\btraue? (ich )?mir\b[^.!?]{0,15}\bnicht zu\b",
    r"\btrau\w*\s+mich\b[^.!?]{0,15}\bnicht\b|\b(i'?d|i would) rather not\b",
    r"\bkeine (zeit|kapazität|kapazitäten|lust)\b|\bnicht (möglich|machbar)\b|\bverhindert\b",
    r"\bcan'?t\b|\bcannot\b|\bcan not\b|\bunable\b|\bnot able\b|\bwon'?t\b",
    r"\bnot this time\b|\b(have|need) to (pass|decline)\b|\bmust decline\b|\bi'?ll pass\b",
    r"\bnot (possible|available)\b|\b(sadly|unfortunately) not\b|\bcount me out\b",
    r"👎|❌",
)
_DECLINE = _rx(*_DECLINE_COMMON)
_DECLINE_JOIN = _rx(
    *_DECLINE_COMMON,
    r"\b(war|bin)\s+(ich|das)\s+nicht\b|\bnicht\s+ich\b|\bwasn'?t me\b|\bnot me\b",
    r"\bkein interesse\b|\bnot interested\b|\b(versehen|irrtum|fehler|mistake|wrong|spam)\b",
    r"\babmelden\b|\baustragen\b|\bunsubscribe\b|\bremove me\b|\bstop\b",
    r"\bnicht\s+(eintragen|aufnehmen|anmelden)\b|\bkeine\s+(e-?mails|mails)\b",
)

_ACCEPT_COMMON = (
    r"^\W*(ja|jap|jawohl|yes|yep|yeah|sure|klar|na klar|okay|ok|gerne?|sehr gerne?"
    r"|selbstverständlich|natürlich|of course|absolutely|definitely)\b",
    r"\bgerne?\b|\bmit vergnügen\b|\bwith pleasure\b|\bhappy to\b|\bglad to\b",
    r"\beinverstanden\b|\babgemacht\b|\bgeht klar\b|\bauf jeden fall\b|\bsounds good\b",
    r"👍|✅|👌",
)
_ACCEPT = _rx(
    *_ACCEPT_COMMON,
    r"\b(ich\s+)?übernehme\b|\bübernehm(e)? ich\b|\bmach(e)? ich\b|^\W*(ich\s+)?mach'?s\b",
    r"\bich\s+mach(e)?\s+(das|es|den|die|gerne?|mit)\b|\bmachen wir\b|\bbin dabei\b",
    r"^\W*(das\s+)?kann\s+ich\s+(gerne?\s+)?(machen|übernehmen)\b|\bi can do (that|it|this)\b",
    r"\bsage\s+((ich|gerne|hiermit|euch|dir)\s+)*zu\b|\bzusage\b",
    r"\bi'?ll do it\b|\bi will do it\b|\bi'?ll take (it|this|that)\b|\bi'?d love to\b",
    r"\bcount me in\b|\bi'?m in\b|\bdeal\b",
    # offering the piece itself, in the first person: "I'll do ten minutes on …",
    # "Ich halte/bereite/stelle … vor", "go on then"
    r"\b(i'?ll|i will|i can|i'?d be happy to)\s+(do|give|prepare|present|share|run|lead|show)\b",
    r"\bich\s+(halte|bereite|erzähle?|stelle(?!\s+(fest|mir|sicher))|zeige?|präsentiere)\b",
    r"\bgo on then\b",
)
_ACCEPT_JOIN = _rx(
    *_ACCEPT_COMMON,
    r"\bbestätig\w*\b|\bconfirm\w*\b|\b(das|that)\s+(war|was)\s+(ich|me)\b",
    r"\b(stimmt|richtig|korrekt|genau|passt)\b|\bbin dabei\b|\bcount me in\b|\bi'?m in\b",
    r"\bplease add me\b|\btrag(t)? mich\b[^,]{0,20}\bein\b",
)


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[!?.])\s+|\n+", text)
    return [p.strip() for p in parts if p.strip()]


def _clauses(sentence: str) -> list[str]:
    parts = re.split(r"[,;:()]|\s[–—-]\s|\b(?:aber|but|doch|sondern|however)\b", sentence)
    return [p.strip(" .!\t").lower() for p in parts if p.strip(" .!\t")]


def _blank(pattern: re.Pattern[str], text: str) -> tuple[str, list[str]]:
    found = [m.group(0).strip() for m in pattern.finditer(text) if m.group(0).strip()]
    return pattern.sub(lambda m: " " * len(m.group(0)), text), found


def _signals(
    clause: str, accept: re.Pattern[str], decline: re.Pattern[str]
) -> tuple[list[tuple[Commitment, str]], list[str]]:
    clause, _ = _blank(_NEUTRAL, clause)
    clause, doubts = _blank(_DOUBT, clause)
    # judged before the "no" phrases are blanked: "ich übernehme das leider nicht"
    unmasked = clause
    clause, noes = _blank(decline, clause)
    signals = [(Commitment.DECLINE, phrase) for phrase in noes]
    for match in accept.finditer(clause):
        rest = unmasked[: match.start()] + unmasked[match.end() :]
        phrase = match.group(0).strip()
        negated = _NEGATION.search(rest) is not None
        signals.append((Commitment.DECLINE if negated else Commitment.ACCEPT, phrase))
    return signals, doubts


def _read(text: str, accept: re.Pattern[str], decline: re.Pattern[str]) -> Reading:
    text = text.replace("’", "'").replace("‘", "'").replace("´", "'").replace("`", "'")
    sentences = _sentences(text)
    questions = tuple(s for s in sentences if s.endswith("?"))
    signals: list[tuple[Commitment, str]] = []
    doubts: list[str] = []
    for sentence in sentences:
        if sentence.endswith("?"):
            continue
        for clause in _clauses(sentence):
            found, doubted = _signals(clause, accept, decline)
            signals += found
            doubts += doubted
    evidence = tuple(phrase for _, phrase in signals)
    kinds = {kind for kind, _ in signals}
    if len(kinds) > 1:
        described = "; ".join(f"{kind.value} ({phrase!r})" for kind, phrase in signals)
        return Reading(None, f"contradictory: {described}", questions, evidence)
    if doubts:
        return Reading(None, f"not sure: {', '.join(map(repr, doubts))}", questions, evidence)
    if not kinds:
        reason = f"asks instead of answering: {questions[0]!r}" if questions else "no clear answer"
        return Reading(None, reason, questions, evidence)
    return Reading(kinds.pop(), "", questions, evidence)


def read_commitment(text: str) -> Reading:
    """Does someone take on the talk or contribution they were asked for?"""
    return _read(text, _ACCEPT, _DECLINE)


def read_confirmation(text: str) -> Reading:
    """Does someone confirm a double opt-in mail?

    The mail says "just reply", so a reply without any words of its own (only
    the quote) confirms. Any words must contain an explicit yes ("Ja",
    "Bestätigt", "Yes", "Passt") and nothing negative, doubtful or asking.
    """
    if not text.strip():
        return Reading(Commitment.ACCEPT, evidence=("(a reply with no words of its own)",))
    reading = _read(text, _ACCEPT_JOIN, _DECLINE_JOIN)
    if reading.commitment is Commitment.ACCEPT and reading.questions:
        return Reading(
            None, f"confirms but asks: {reading.questions[0]!r}", reading.questions,
            reading.evidence,
        )  # fmt: skip
    return reading


__all__ = ["Commitment", "Reading", "read_commitment", "read_confirmation"]
