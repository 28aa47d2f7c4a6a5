"""What a member means by their own words: yes, no or maybe, guests, unsubscribe, join.

The words are read sentence by sentence and clause by clause
(:mod:`mail.clauses`), with the cue lexicons in ``mail/lexicon/answer_*.toml``.
A clause gives signals; a sentence turns them (a condition makes a yes a
maybe, a regret makes it a no); the whole reply decides. A bare yes-word
("Ja", "ok", "+1") is weak: it counts only when nothing else is said, so
"Ja, leider nicht" is a no. The reader stays timid: when signals disagree, or
the member asks instead of answers, it records nothing and says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mail.clauses import clauses, mask_quoted, sentences
from mail.cues import Cue, cue, folded
from mail.guests import GuestReading, may_bring, read_guests, withdraws_named
from mail.types import Answer


@dataclass
class Intent:
    answer: Answer | None = None
    guests: int = 0
    problem: str = ""  # non-empty: unclear or contradictory, with the reason
    unsubscribe: bool = False
    join_request: bool = False
    evidence: list[str] = field(default_factory=list)  # the phrases that decided


@dataclass(frozen=True)
class _Signal:
    answer: Answer
    phrase: str
    weak: bool = False  # a bare yes-word: counts only when nothing else is said


def _c(name: str) -> Cue:
    return cue("answer", name)


# Links and addresses are names, not words: "example.net" says no "net".
# An address stays as its "@": "schreibt mir an …@…" still names a new one.
_LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_ADDRESS = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


# Phones drop the apostrophe: "Im coming", "Ill be there", "cant". Only before words
# that make it English, so the German "Im Urlaub" stays as it is.
_APOSTROPHE = (
    (re.compile(r"\b([Ii])m(?=\s+(?:not|coming|in|out|afraid|sorry|so|going|gonna|happy|glad"
                r"|away|busy|sick|there|here|free|available|definitely|totally|really|up)\b)"),
     r"\1'm"),
    (re.compile(r"\b([Ii])ll(?=\s+(?:be|come|join|try|see|make|pass|let|bring|miss|have)\b)"),
     r"\1'll"),
    (re.compile(r"\b([Ii])d(?=\s+(?:love|like|be|rather)\b)"), r"\1'd"),
    (re.compile(r"\b(can|won|don|didn|couldn|wouldn|isn|aren)t\b", re.IGNORECASE), r"\1't"),
)  # fmt: skip


def _normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'").replace("´", "'")
    for pattern, spelled in _APOSTROPHE:
        text = pattern.sub(spelled, text)
    return _ADDRESS.sub("@", _LINK.sub(" ", text))


def _mask(pattern: Cue, clause: str) -> tuple[str, list[str]]:
    """Blank every match (as ``pattern.sub`` would), in one pass; the phrases found."""
    found: list[str] = []
    pieces: list[str] = []
    end = 0
    for match in pattern.finditer(clause):
        start, stop = match.span()
        phrase = match.group(0).strip()
        if phrase:
            found.append(phrase)
        pieces += (clause[end:start], " " * (stop - start))
        end = stop
    if not pieces:
        return clause, found
    pieces.append(clause[end:])
    return "".join(pieces), found


_CARRIED_SUBJECT = re.compile(
    r"^(und\s+|and\s+)?(hat|ist|kann|muss|wird|will|wollte|has|is|was|can'?t|won'?t|will|had)\b"
)


def _is_third_person(clause: str) -> bool:
    """The clause speaks of someone else ("meine Frau kann nicht"), not "my partner and I"."""
    named = withdraws_named(clause)  # "Jonas kann leider doch nicht"
    return bool(named or _c("third_person").search(clause)) and not re.search(
        r"\b(and|und)\s+(i|ich)\b", clause
    )


def _yes_signals(clause: str, unmasked: str, maybes: list[str], proxy: bool) -> list[_Signal]:
    found: list[_Signal] = []
    patterns = [(_c("yes"), False)]
    if proxy:
        patterns.append((_c("proxy_yes"), False))
    for pattern, weak in patterns:
        for match in pattern.finditer(clause):
            start, end = match.span()
            # Blank only the phrase's own words ("warum nicht"), not a masked "can't" inside it.
            own = "".join(
                " " if kept != " " else ch
                for kept, ch in zip(clause[start:end], unmasked[start:end], strict=True)
            )
            rest = unmasked[:start] + own + unmasked[end:]
            phrase = match.group(0).strip()
            negated_inside = _c("negation").search(phrase) and not _c(
                "yes_despite_negation"
            ).search(phrase)
            if negated_inside or _c("negation").search(rest):
                found.append(_Signal(Answer.NO, phrase))
            elif maybes or _c("condition").search(rest):
                found.append(_Signal(Answer.MAYBE, phrase))
            else:
                found.append(_Signal(Answer.YES, phrase, weak))
    if not found and not _c("negation").search(unmasked):
        for pattern in (_c("opener"), _c("weak")):
            bare = pattern.search(clause)
            if bare:
                found.append(_Signal(Answer.YES, bare.group(0).strip(), weak=True))
                break
    return found


def _clause_signals(clause: str, proxy: bool) -> list[_Signal]:
    if _c("double_negation").search(clause):
        return []  # "I can't not come": the rest of the mail decides
    clause, eager = _mask(_c("eager"), clause)
    clause, _ = _mask(_c("neutral"), clause)
    clause, maybes = _mask(_c("maybe"), clause)
    # Negations are judged before "no" phrases are masked: "ich komme leider nicht".
    unmasked = clause
    clause, noes = _mask(_c("no"), clause)
    signals = [_Signal(Answer.MAYBE, phrase) for phrase in maybes]
    signals += [_Signal(Answer.NO, phrase) for phrase in noes]
    yes = _yes_signals(clause, unmasked, maybes, proxy)
    if noes:
        # a no in the same clause qualifies its yes: "there in spirit", "sag ich ab",
        # "beim nächsten Mal bin ich dabei"
        yes = [s for s in yes if s.answer is not Answer.YES]
    elif not yes and not _c("negation").search(unmasked):
        yes = [_Signal(Answer.YES, phrase, weak=True) for phrase in eager]
    return signals + yes


@dataclass
class _Reading:
    signals: list[_Signal] = field(default_factory=list)
    guests_withdrawn: bool = False
    turned: str = ""  # a sentence where a bare yes is followed by "aber", "leider" …
    wish: str = ""  # a sentence with a wish followed by "but"


def _yes_weakened(signals: list[_Signal]) -> list[_Signal]:
    """The same signals, a yes among them counting only when nothing else is said."""
    return [_Signal(s.answer, s.phrase, s.weak or s.answer is Answer.YES) for s in signals]


_TIME_ONLY = ("aber", "but", "leider", "allerdings", "however", "unfortunately", "sorry")


def _turns(masked: str, lowered: str, weak: str, after: str) -> bool:
    """Does a "but" after a bare yes-word turn it round ("Ja, leider nicht")?

    Not when all that follows the "but" is when the member arrives or with whom
    ("Ja, aber erst um 20 Uhr", "Yes, but I'll be a bit late").
    """
    start = masked.find(weak) + len(weak)
    quiet = _mask(_c("neutral"), after)[0]  # "sorry für Tippfehler" in a signature
    following = masked[start:] + "\n" + quiet
    nearby = masked[start:] + "\n" + quiet.split("\n", 1)[0]
    if _c("negation").search(nearby):
        return True  # "Klar, nur nicht an dem Tag"
    turn = _c("contrast").search(following)
    if turn is None:
        return False
    if turn.group(0).strip() not in _TIME_ONLY:
        return True  # "Ja mei, da bin ich auf Mallorca"
    tail = (lowered[start:] + "\n" + after)[turn.end() :]
    # "…, but I can't stay long": a negation inside the neutral words says nothing
    rest = _mask(_c("neutral"), tail)[0]
    said = _c("negation").search(rest) or _c("no").search(rest) or _c("contrast").search(rest)
    return rest == tail or bool(said)


def _read_sentence(
    sentence: str, after: str, reading: _Reading, proxy: bool, shown: str = ""
) -> None:
    """Add one sentence's signals; ``after`` is the rest of the reply, for a turning "but".

    ``sentence`` and ``after`` are in folded spelling; ``shown`` is the sentence as
    written, for the reasons a person reads.
    """
    shown = shown or sentence
    found: list[_Signal] = []
    lowered, _ = _mask(_c("neutral"), sentence.lower())  # "if that's ok" is no condition
    someone_else = False
    bare_verb = False
    # "schade, dass Tim nicht kommt" regrets someone else's no
    spoken, _ = _mask(_c("regret_other"), mask_quoted(sentence))
    for clause in clauses(spoken):
        signals = _clause_signals(clause, proxy)
        # "Meine Kollegin wollte mit, hat aber keine Zeit": the subject carries on, also
        # past the "aber" that split "hat" from "keine Zeit"
        carried = someone_else and (bool(_CARRIED_SUBJECT.match(clause)) or bare_verb)
        someone_else = _is_third_person(clause) or carried
        bare_verb = carried and len(clause.split()) <= 2
        if someone_else and not (proxy and _c("member_named").search(clause)):
            # someone else's yes or no: a "no" withdraws that guest, nothing more
            # (unless a partner writes for the member: "mein Mann" is the member then)
            reading.guests_withdrawn |= any(s.answer is Answer.NO for s in signals)
            continue
        weak = next((s.phrase for s in signals if s.weak), None)
        if weak is not None and _turns(lowered, sentence.lower(), weak, after.lower()):
            reading.turned = reading.turned or shown
        planned = _c("intention").search(_mask(_c("neutral"), clause)[0])
        if planned and any(s.answer is Answer.YES for s in signals):
            # "wollte eigentlich kommen", "had planned to come": a plan that was, so the
            # rest decides ("…, schaffe es aber nicht"), or a person does
            signals = _yes_weakened(signals)
            reading.wish = reading.wish or shown
        found += signals
    if _c("whole_condition").search(lowered):
        # "Wenn ich nicht kann, sage ich ab", "…, es sei denn …": a no on a condition
        found = [_Signal(Answer.MAYBE, s.phrase) if s.answer is Answer.NO else s for s in found]
    if _c("denial").search(lowered):
        found = [_Signal(Answer.NO, s.phrase) if s.answer is Answer.YES else s for s in found]
    if _c("wish_past").search(lowered):
        found = [_Signal(Answer.NO, s.phrase) if s.answer is Answer.YES else s for s in found]
    elif _c("wish_but").search(lowered) and (
        # "ich würd ja so gern … aber": a wish needs no verb of its own to be turned down
        any(s.answer is Answer.YES for s in found) or not found
    ):
        # "würde gerne kommen, aber …": the wish only leads in; what follows decides
        found = _yes_weakened(found)
        doubtful = _c("condition").search(lowered)  # "…, muss aber schauen, ob …"
        if not doubtful and not any(s.answer is not Answer.YES for s in found):
            tail = re.split(
                r"\b(?:aber|leider|doch|but|unfortunately|sadly)\b", sentence.lower(), maxsplit=1
            )[-1]
            if _c("neutral").search(tail):
                reading.wish = reading.wish or shown  # "… but I'll be late": ask
            else:
                found.append(_Signal(Answer.NO, f"{shown} (a wish turned down)"))
    # "hoffe, euch geht's gut", "hoffentlich pünktlich" hope for nothing that is answered
    hoped = _mask(_c("neutral"), _mask(_c("hope_polite"), sentence.lower())[0])[0]
    if _c("condition").search(lowered) or _c("hope").search(hoped):
        found = [_Signal(Answer.MAYBE, s.phrase) if s.answer is Answer.YES else s for s in found]
    reading.signals += found


def _decide(reading: _Reading) -> tuple[Answer | None, str]:
    strong = [s for s in reading.signals if not s.weak]
    if not strong:
        if not reading.signals:
            return None, ""
        if reading.wish:
            return None, f"reads like a wish rather than an answer: {reading.wish!r}"
        if reading.turned:
            return None, f"a yes-word followed by a 'but': {reading.turned!r}"
        return Answer.YES, ""
    kinds = {s.answer for s in strong}
    if len(kinds) == 1:
        return kinds.pop(), ""
    wished = [s for s in strong if s.answer is Answer.YES]
    if kinds == {Answer.YES, Answer.MAYBE} and all(_c("wish_yes").search(s.phrase) for s in wished):
        return Answer.MAYBE, ""  # "Would love to, let me check my calendar"
    described = "; ".join(f"{s.answer.value} ({s.phrase!r})" for s in strong)
    return None, f"contradictory answer signals: {described}"


_BARE_NO = frozenset({"nein", "nee", "noe", "no", "nope", "ne", "naa", "nae"})


def _drop_exclaimed_no(reading: _Reading, text: str) -> None:
    """ "Nein, wie schön! Da komme ich natürlich.": a "nein" of surprise, not an answer.

    Only a bare no-word, only beside a firm yes said with certainty ("natürlich",
    "klar", "of course") and no other no: anything less stays a contradiction.
    """
    bare = [s for s in reading.signals if s.answer is Answer.NO and s.phrase in _BARE_NO]
    others = [s for s in reading.signals if s not in bare and not s.weak]
    if (
        bare
        and others
        and all(s.answer is Answer.YES for s in others)
        and _c("certainty").search(text)
    ):
        reading.signals = [s for s in reading.signals if s not in bare]


def _unsubscribe(texts: list[str], reading: _Reading) -> bool:
    """An unsubscribe wish; "für Montag abmelden" declines one evening instead.

    "Nicht austragen", "bitte wieder eintragen" anywhere keep the member; a
    question counts only as a request ("Können Sie mich bitte austragen?"),
    not when it asks how ("Kann man nur die Erinnerungen abbestellen?").
    """
    wanted = False
    if any(_c("unsubscribe_kept").search(text.lower()) for text in texts):
        return False
    for text in texts:
        lowered = text.lower()
        if lowered.rstrip().endswith("?") and not _c("request").search(lowered):
            continue
        found = _c("unsubscribe").search(lowered)
        if not found:
            continue
        if _c("one_evening").search(lowered):
            reading.signals.append(_Signal(Answer.NO, found.group(0)))
        else:
            wanted = True
    return wanted


def _apply_guests(intent: Intent, guests: GuestReading) -> None:
    if guests.problem:
        intent.problem = intent.problem or guests.problem
    elif guests.count and intent.answer is Answer.NO:
        intent.problem = f"says no but mentions guests: {guests.phrases}"
    elif guests.count and intent.answer is None and not intent.problem:
        if guests.implies_yes:
            intent.answer = Answer.MAYBE if guests.conditional else Answer.YES
        else:
            intent.problem = f"mentions guests but gives no answer: {guests.phrases}"
    elif guests.withdrawn and guests.only_me and intent.answer is None and not intent.problem:
        intent.answer = Answer.YES  # "Update: it'll just be me, my colleague can't make it"
    elif guests.withdrawn and intent.answer is None and not intent.problem:
        # "mein Mann muss absagen" may come from the member's partner: a person decides
        intent.problem = "a guest no longer comes, but the member gives no answer of their own"
    if intent.problem:
        intent.answer = None
        return
    intent.guests = guests.count


def _apply_questions(intent: Intent, questions: list[str], spelled: list[str]) -> None:
    for question, words in zip(questions, spelled, strict=True):
        if _c("bring_thing").search(words.lower()) and not _c("third_person").search(words.lower()):
            continue  # "Soll ich Kuchen mitbringen?" asks about food, not a guest
        if re.search(r"\bmitbringen\b|\bbring\b|\+\s?\d|\bplus[- ]one\b", question, re.I) or (
            _c("third_person").search(words.lower())
        ):
            asked = may_bring(question)
            if asked and intent.answer is Answer.YES and not intent.problem and not intent.guests:
                # "Ich bin dabei! Darf ich jemanden mitbringen?": the member comes and asks
                # for one more; the organizer sees the guest and may still say no
                intent.guests = asked
                continue
            intent.answer, intent.guests = None, 0
            intent.problem = f"asks about bringing someone: {question!r}"
            return
    if questions and intent.answer is None and not intent.problem:
        intent.problem = f"asks a question instead of answering: {questions[0]!r}"


def _someone_else(statements: list[str]) -> str:
    """A sentence saying someone else comes in the member's place, or ""."""
    return next((s for s in statements if _c("stand_in").search(s.lower())), "")


_LAST_CLAUSE = re.compile(r"^(.*\S)\s*(?:,|\s[–—-]\s)[^,–—]*\?$")


def _lead_in(question: str, words: str) -> str:
    """A statement ahead of a question's last clause ("Ich komme, oder?"), or "".

    Never one with a condition: "falls ich nicht kann, ist das schlimm?" asks.
    """
    found = _LAST_CLAUSE.match(question)
    if found is None or _c("condition").search(words.lower()):
        return ""
    return found.group(1)


def _shrug(question: str) -> bool:
    """A question that is no more than a maybe-word: "Vielleicht?", "possibly??"."""
    words = question.rstrip("?!. ").lower()
    found = _c("maybe").search(words)
    return found is not None and len(words.split()) <= 2 and found.group(0).strip() == words


def read_intent(text: str) -> Intent:
    """Read the answer, guests, unsubscribe and join wishes from the member's own words."""
    text = _normalise(text)
    found = sentences(text)
    # cues are matched in one spelling ("waere", "muss", "neein"); reasons quote the words
    spelled = {sentence: folded("answer", sentence) for sentence in found}
    questions = [s for s in found if s.endswith("?")]
    statements = [s for s in found if not s.endswith("?")]
    # "Klar komme ich, warum nicht?": what is said before the asking clause is said
    for question in questions:
        if _shrug(spelled[question]):
            # "vielleicht?", "possibly?": a doubt said with a rising voice, not a question
            statements.append(question)
            continue
        lead = _lead_in(question, spelled[question])
        if lead:
            spelled[lead] = folded("answer", lead)
            statements.append(lead)
    said = [spelled[s] for s in statements]
    proxy = bool(_c("proxy").search(folded("answer", text)))
    reading = _Reading()
    for index, statement in enumerate(statements):
        _read_sentence(said[index], "\n".join(said[index + 1 :]), reading, proxy, statement)
    _drop_exclaimed_no(reading, folded("answer", text).lower())
    unsubscribe = _unsubscribe([spelled[s] for s in found], reading)
    if unsubscribe:
        # "Yes please, unsubscribe": the yes-word agrees to leaving, it is no answer;
        # "I never make it anyway" is the reason for leaving, not an answer either
        reading.signals = [s for s in reading.signals if not s.weak and s.answer is not Answer.NO]
    answer, problem = _decide(reading)
    stand_in = _someone_else([spelled[s] for s in found])
    if stand_in:
        answer, problem = Answer.NO, ""  # the member's own answer; the stand-in is evidence
        reading.signals.append(_Signal(Answer.NO, f"someone else comes instead: {stand_in}"))
    new_address = next((s for s in found if _c("new_address").search(spelled[s].lower())), "")
    if new_address and not problem:
        problem = f"gives a new address, a change for the organizer: {new_address!r}"
    intent = Intent(
        answer=answer,
        problem=problem,
        unsubscribe=unsubscribe,
        join_request=bool(_c("join").search(folded("answer", text))),
        evidence=[s.phrase for s in reading.signals],
    )
    if not stand_in:
        guests = read_guests(statements)
        guests.withdrawn |= reading.guests_withdrawn
        _apply_guests(intent, guests)
        # asking whether the stand-in may come is for the organizer; the member's no holds
        _apply_questions(intent, questions, [spelled[q] for q in questions])
    if stand_in:
        intent.answer = Answer.NO
    return intent
