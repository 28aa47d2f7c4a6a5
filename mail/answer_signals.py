"""Signals of yes, no and maybe in a member's words, and the answer they add up to.

A clause gives signals (:func:`clause_signals`); a sentence turns them (a
condition makes a yes a maybe, a regret makes it a no, :func:`read_sentence`);
the whole reply decides (:func:`mail.answer_decision.decide`). Cues come from the lexicons in
``mail/lexicon/answer_*.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mail.clause_owner import continues_the_one_before, member_opens
from mail.clause_signals import Signal, clause_signals, mask
from mail.clauses import clauses, mask_quoted
from mail.company_denied import company_denied
from mail.condition_met import condition_met, unconditional
from mail.cues import Cue, cue
from mail.excepted import take_back
from mail.impossibility import impossible
from mail.no_word_elsewhere import answers_another_question
from mail.put_off import when
from mail.set_against import is_third_person, names_companion, set_against
from mail.types import Answer
from mail.unreal_of_another_day import yes_set_apart
from mail.wish_unreal import denied_after, turned_after


def _c(name: str) -> Cue:
    return cue("answer", name)


_ME_LAST = re.compile(r"\b(me|i|mir|mich|ich)\s*$")  # "just me who can't come"

_CARRIED_SUBJECT = re.compile(
    r"^(und\s+|and\s+)?(hat|ist|kann|muss|wird|will|wollte|has|is|was|can'?t|won'?t|will|had)\b"
)


@dataclass
class Reading:
    signals: list[Signal] = field(default_factory=list)
    guests_withdrawn: bool = False
    turned: str = ""  # a sentence where a bare yes is followed by "aber", "leider" …
    wish: str = ""  # a sentence with a wish followed by "but"
    stated: Answer | None = None  # said outright: "put me down as a maybe"
    others_named: bool = False  # someone else named ("meine Frau"): "sie" may be her then
    reported: str = ""  # a sentence reporting what the member said before ("I said I'd come")
    promised: str = ""  # a promise to say so if it does not work out ("melde mich, falls nicht")
    # an answer set aside as not this evening's ("Letztes Mal konnte ich nicht"): alone it
    # is no answer, and no guess either
    set_aside: str = ""
    # said against all before it ("Ich komme trotzdem", "Anyway, count me in"): what came
    # before and says otherwise was news, not the answer
    conceded: list[Signal] = field(default_factory=list)
    # a no said for now ("Ich sage erst mal ab", "declined for now"): beside a coming on a
    # condition it is a doubt, not a refusal
    provisional: bool = False
    # the time each clause's signal names (mail/put_off.py): a yes for a later evening
    times: dict[Signal, str] = field(default_factory=dict)


def _yes_weakened(signals: list[Signal]) -> list[Signal]:
    """The same signals, a yes among them counting only when nothing else is said."""
    return [Signal(s.answer, s.phrase, s.weak or s.answer is Answer.YES) for s in signals]


_TIME_ONLY = ("aber", "but", "leider", "allerdings", "however", "unfortunately", "sorry")


def _turns(masked: str, lowered: str, weak: str, after: str) -> bool:
    """Does a "but" after a bare yes-word turn it round ("Ja, leider nicht")?

    Not when all that follows the "but" is when the member arrives or with whom
    ("Ja, aber erst um 20 Uhr", "Yes, but I'll be a bit late").
    """
    start = masked.find(weak) + len(weak)
    # "sorry für Tippfehler" in a signature, "not sure about parking" after "See you!"
    quiet = mask(_c("neutral"), mask(_c("neutral_sentence"), after)[0])[0]
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
    # "Ja klar, aber ich bringe meine Tochter mit": bringing someone turns nothing
    rest = mask(_c("neutral"), mask(_c("eager"), tail)[0])[0]
    said = _c("negation").search(rest) or _c("no").search(rest) or _c("contrast").search(rest)
    return rest == tail or bool(said)


def of_another_evening(clause: str) -> bool:
    """Does the clause speak of a past evening ("letztes Mal", "last month")?

    Not when it compares ("wie letztes Mal"), counts from then ("seit letzter
    Woche"), or names this evening too ("hab gestern erfahren, dass ich an dem
    Abend arbeiten muss").
    """
    kept = mask(_c("past_kept"), clause)[0]
    return bool(_c("past_evening").search(kept)) and not _c("this_evening").search(kept)


def read_sentence(
    sentence: str, after: str, reading: Reading, proxy: bool, shown: str = ""
) -> None:
    """Add one sentence's signals; ``after`` is the rest of the reply, for a turning "but".

    ``sentence`` and ``after`` are in folded spelling; ``shown`` is the sentence as
    written, for the reasons a person reads.
    """
    shown = shown or sentence
    # "Ich melde mich, wenn es nicht klappt", "I'll tell you if I can't come": the no is
    # one that may come; what else the sentence says still counts
    sentence, promised = mask(_c("promise_if_not"), sentence)
    if promised:
        reading.promised = reading.promised or shown
    found: list[Signal] = []
    # "if that's ok", "nicht sicher, ob ich pünktlich bin" set no condition
    lowered, _ = mask(_c("neutral"), mask(_c("neutral_sentence"), sentence.lower())[0])
    someone_else = False
    bare_verb = False
    clause_before = ""
    # "schade, dass Tim nicht kommt" regrets someone else's no
    spoken, _ = mask(_c("regret_other"), mask_quoted(sentence))
    # "Mein Mann kommt nicht, ich aber schon": read before the others' words are masked
    found += set_against(spoken, proxy)
    # "keinen Grund, nicht zu kommen": a refusal denied, the comma inside it; this and the
    # refusal made reluctantly are read before the usual is masked ("Normalerweise arbeite
    # ich donnerstags, diesmal nicht")
    spoken, refused = mask(_c("refusal_denied"), spoken)
    found += [Signal(Answer.YES, phrase) for phrase in refused]
    # "I won't come empty-handed", "komme nicht im Anzug": how one comes, denied, is coming;
    # read before the clauses blank the compound or the lateness as saying nothing
    denied_manner, manner = mask(_c("manner_denied"), spoken)
    if manner and _c("manner_at_all").search(f"{sentence}\n{after}"):
        manner = []  # "I won't come late – I won't come at all"
    if manner:
        spoken, found = denied_manner, found + [Signal(Answer.YES, p) for p in manner]
    spoken, company = company_denied(spoken, sentence, after)  # "not with my wife. Just me."
    found += [Signal(Answer.YES, phrase) for phrase in company]
    # "I'd hate to say no, but I have to": the refusal is made, however reluctantly
    spoken, reluctant = mask(_c("refusal_reluctant"), spoken)
    found += [Signal(Answer.NO, phrase) for phrase in reluctant]
    spoken, _ = mask(_c("neutral_sentence"), spoken)  # "keine Ahnung, warum …" spans a comma
    # "Unmöglich, dass ich fehle": the impossibility turns its clause round
    spoken, turned_round = impossible(spoken, proxy)
    found += turned_round
    before: list[Signal] = []  # the clause before, for "Schade, dass ich letztes Mal …"
    reporting = False  # inside words the member reports having said before
    despite = False  # "trotzdem", "anyway": the next answer holds against what came before
    at, said, short = 0, spoken.lower(), len(spoken.split()) <= 6  # once, not per clause
    for clause in clauses(spoken):
        at = max(said.find(clause, at), at)
        despite |= bool(_c("despite").search(clause))
        # "Also leider nein.", "Bottom line: I'm out.": a short conclusion opening the
        # sentence holds against the reasons and doubts before it, as "trotzdem" does;
        # one about another time ("So I'll be there next month") answers nothing now
        despite |= (
            at == 0
            and short
            and bool(_c("conclusion").match(clause))
            and not _c("other_time").search(clause)
        )
        # "ich hatte letztes Mal gesagt, dass ich auf jeden Fall komme", "I know I said
        # I'd come": what was said then is reported, not said now; it goes on into a
        # "dass …" or "ich …" clause, never past a turn ("…, aber es klappt nicht")
        lead = said[max(0, at - 14) : at]
        carried_on = (
            reporting
            and (bool(_c("reported_content").match(clause)) or lead.rstrip().endswith(":"))
            and not _c("turn").match(clause)
            and not _c("turned_before").search(lead)
        )
        # "Held it as tentative, but …", "Mit Vorbehalt angenommen, aber …": the button
        # pressed before is spoken of; what the member says now decides
        relabelled = bool(_c("button_label").match(clause)) and bool(
            _c("contrast").search(said[at + len(clause) :])
        )
        reporting = (
            carried_on
            or relabelled
            or bool(_c("reported").search(clause) or _c("reported_button").search(clause))
        )
        if reporting:
            said_then = [s for s in clause_signals(clause, proxy) if s.answer is Answer.YES]
            if said_then:
                found += _yes_weakened(said_then)
                reading.reported = reading.reported or shown
            elif any(s.answer is not Answer.YES for s in clause_signals(clause, proxy)):
                reading.set_aside = (
                    reading.set_aside or f"reports what was thought or said before: {shown!r}"
                )
            before, clause_before = [], clause
            continue
        if _c("concessive").search(clause) and len(spoken.split(",")) > 1:
            # "Ich komme, auch wenn ich nicht lange bleiben kann": what a concession grants
            # is not the answer; the main clause beside it gives that
            before, clause_before = [], clause
            continue
        if of_another_evening(clause):
            # a no or a doubt of then, alone, must not be guessed into this evening's answer
            if any(s.answer is not Answer.YES for s in clause_signals(clause, proxy)):
                reading.set_aside = reading.set_aside or f"speaks of another evening: {shown!r}"
            # "Letztes Mal konnte ich nicht, diesmal komme ich": a past evening's answer
            # says nothing of this one, nor does the regret that leads into it
            if before and _c("regret_alone").search(clause_before):
                found = found[: len(found) - len(before)]
            before, clause_before = [], clause
            continue
        signals = clause_signals(clause, proxy)
        previous = clause_before
        if (
            any(s.answer is Answer.NO and not s.weak for s in before)
            and signals
            and all(s.answer is Answer.YES for s in signals)
            and _c("infinitive_complement").search(clause)
        ):
            # "Ich sehe keine Möglichkeit, am Donnerstag dabei zu sein": the infinitive
            # completes the no before it, it says no yes of its own
            signals = []
        if answers_another_question(before, previous, signals, clause):
            # "No, I don't need a lift", "Nein, keine Fragen": the no-word agrees with the
            # negation after it, an answer to something else asked
            found = [s for s in found if s is not before[0]]
            reading.set_aside = (
                reading.set_aside or f"a no-word answering something else: {shown!r}"
            )
        before, clause_before = signals, clause
        # "Meine Kollegin wollte mit, hat aber keine Zeit": the subject carries on, also
        # past the "aber" that split "hat" from "keine Zeit"
        # "…, ihr Mann käme aber gern": a fragment naming no one is still the husband's
        carried = (
            someone_else
            and not member_opens(clause)  # "My wife bailed, but I'll be there"
            and (
                bool(_CARRIED_SUBJECT.match(clause))
                or bare_verb
                or continues_the_one_before(clause, signals)
            )
        )
        # "Meine Frau nicht. Sie hat keinen Babysitter": he or she is the one named before,
        # unless someone writes for the member, who is "er" or "sie" then
        pronoun = not proxy and (
            (reading.others_named and bool(_c("third_pronoun").search(clause)))
            # "…, die würde gern kommen", "a friend who would love to": the one just named
            or (bool(_c("relative").search(clause)) and not _ME_LAST.search(previous))
        )
        named = is_third_person(clause, names=not proxy, shown=shown)  # a proxy names the member
        reading.others_named |= named or names_companion(clause)
        someone_else = named or carried or pronoun
        # "…, hat aber keine Zeit" after a carried verb; "Meine Frau: leider nicht" after a
        # subject said alone
        bare_verb = (carried and len(clause.split()) <= 2) or (
            someone_else
            and not signals
            and len(clause.split()) <= 3
            # "Dass Jonas kommt, freut mich": a whole clause, its verb said
            and not _c("other_subject").match(clause)
        )
        if someone_else and not (proxy and _c("member_named").search(clause)):
            # someone else's yes or no: a "no" withdraws that guest, nothing more
            # (unless a partner writes for the member: "mein Mann" is the member then)
            reading.guests_withdrawn |= any(s.answer is Answer.NO for s in signals)
            continue
        weak = next((s.phrase for s in signals if s.weak), None)
        if weak is not None and _turns(lowered, sentence.lower(), weak, after.lower()):
            reading.turned = reading.turned or shown
        planned = (
            _c("intention").search(mask(_c("neutral"), clause)[0])
            or (
                # "Ich hatte vor, mitzumachen, …": the plan's infinitive over the comma
                _c("intention").search(previous) and _c("infinitive_complement").search(clause)
            )
            or (  # "Ich dachte, ich könnte kommen, aber …": a coming believed before, turned
                _c("thought_before").search(previous)
                and _c("plan_turn").search(said[at + len(clause) :])
            )
        )
        if planned and any(s.answer is Answer.YES for s in signals):
            # "wollte eigentlich kommen", "had planned to come": a plan that was, so the
            # rest decides ("…, schaffe es aber nicht"), or a person does
            signals = _yes_weakened(signals)
            reading.wish = reading.wish or shown
        elif (
            # "Ich dachte, ich schaff's nicht – tu ich aber doch": a fear of before, then turned
            (planned or _c("thought_before").search(previous))
            and signals
            and all(s.answer is Answer.NO for s in signals)
            and _c("plan_turn").search(said[at + len(clause) :])
        ):
            # "I wasn't going to come, but now I will", "wollte erst nicht, aber …": a
            # refusal that was only planned or feared, then turned; what follows decides
            signals = []
            reading.set_aside = reading.set_aside or f"a plan that was, then turned: {shown!r}"
        if signals:
            strong = [s for s in signals if not s.weak]
            if despite and len({s.answer for s in strong}) == 1:
                reading.conceded += strong
            despite = False
            reading.times.update(dict.fromkeys(signals, when(clause)))  # once per clause
        found += signals
    # "Wenn es regnet, komme ich trotzdem", "If it rains, I'm coming anyway": conceded
    conceded = _c("condition_conceded").search(lowered) or condition_met(lowered, after.lower())
    if conceded:  # the coming the condition held up inside its own clause stands
        found = [unconditional(s) for s in found]
    if _c("whole_condition").search(lowered) and not conceded:
        # "Wenn ich nicht kann, sage ich ab", "…, es sei denn …": a no on a condition
        found = [Signal(Answer.MAYBE, s.phrase) if s.answer is Answer.NO else s for s in found]
    elif turn := _c("condition_turn").search(lowered):
        # "I've accepted, but if the baby comes early I won't be there": a no after the
        # condition may come; one before it ("can't, but if you move it …") is said
        found = [
            Signal(Answer.MAYBE, s.phrase)
            if s.answer is Answer.NO and sentence.lower().find(s.phrase) > turn.start()
            else s
            for s in found
        ]
    if denied := _c("denial").search(lowered):
        # "Ich glaube nicht, dass ich es nicht schaffe": a no inside the doubted clause is
        # denied too; which way the two negations fall is left to a person
        governed = lowered.find("dass", denied.end())
        # "…, aber ich komme": what is said after a turn is not doubted
        turn = _c("denial_turn").search(lowered, denied.end())
        reach = turn.start() if turn else len(lowered)
        kept = [s for s in found if turn and sentence.lower().find(s.phrase, turn.end()) >= 0]
        # "I don't think I'll be late": the doubt is of the lateness, its phrase has it
        kept += [s for s in found if s.phrase in manner]
        found = [
            Signal(Answer.NO, s.phrase) if s.answer is Answer.YES and s not in kept else s
            for s in found
            if not (
                s.answer is Answer.NO
                and s not in kept
                and governed >= 0
                and governed <= sentence.lower().find(s.phrase, governed) < reach
            )
        ]
    if _c("unreal_condition").search(lowered) or denied_after(lowered, after.lower()):
        # "Wenn ich nicht arbeiten müsste, wäre ich dabei", "Hätte ich Zeit, wäre ich
        # dabei. Hab ich aber nicht.": its yes is wished, not meant
        found = [Signal(Answer.NO, s.phrase) if s.answer is not Answer.NO else s for s in found]
    elif _c("wish_past").search(lowered):
        apart = yes_set_apart(lowered)  # "Freitag wäre schwierig gewesen" by "Donnerstag klappt"
        found = [
            Signal(Answer.NO, s.phrase)
            if s.answer is Answer.YES and not any(s.phrase in clause for clause in apart)
            else s
            for s in found
        ]
    elif (_c("wish_but").search(lowered) or turned_after(lowered, after.lower())) and (
        # "ich würd ja so gern … aber": a wish needs no verb of its own to be turned down
        any(s.answer is Answer.YES for s in found) or not found
    ):
        # "würde gerne kommen, aber …": the wish only leads in; what follows decides
        found = _yes_weakened(found)
        doubtful = _c("condition").search(lowered)  # "…, muss aber schauen, ob …"
        unsure = _c("maybe").search(lowered)  # "…, ich weiß nicht, wie viel Zeit ich habe"
        if unsure and not doubtful and not any(s.answer is not Answer.YES for s in found):
            found.append(Signal(Answer.MAYBE, unsure.group(0).strip()))
        elif not doubtful and not any(s.answer is not Answer.YES for s in found):
            tail = re.split(
                r"\b(?:aber|leider|doch|but|unfortunately|sadly)\b", sentence.lower(), maxsplit=1
            )[-1]
            now = _c("state_now").search(tail)
            if _c("neutral").search(tail):
                reading.wish = reading.wish or shown  # "… but I'll be late": ask
            elif now:
                # "…, ist aber gerade noch auf Reisen": whether it holds then is open, a doubt
                found.append(Signal(Answer.MAYBE, now.group(0).strip()))
            else:
                found.append(Signal(Answer.NO, f"{shown} (a wish turned down)"))
    # "hoffe, euch geht's gut", "hoffentlich pünktlich" hope for nothing that is answered
    hoped = mask(_c("neutral"), mask(_c("hope_polite"), sentence.lower())[0])[0]
    doubted = any(s.answer is Answer.MAYBE and not s.weak for s in found) and not any(
        s.answer is Answer.NO for s in found
    )  # "Not sure yet, hängt vom Wetter ab, ich komme mit dem Rad": the doubt governs
    # "If there's still room I'd come along": the room blanked as politeness above still
    # holds up a coming said only in the conditional (mail/lexicon/answer_wish.toml)
    offered = _c("open_offer").search(sentence.lower())
    if (
        (_c("condition").search(lowered) and not conceded)
        or _c("hope").search(hoped)
        or doubted
        or offered
    ):
        found = [Signal(Answer.MAYBE, s.phrase) if s.answer is Answer.YES else s for s in found]
    # "…, except work", "bis auf das Datum", "wenn Schweine fliegen": taken back after all
    taken = take_back(sentence.lower(), found, shown)
    found = taken.signals
    reading.set_aside = reading.set_aside or taken.reason
    reading.provisional |= bool(_c("provisional").search(lowered)) and any(
        s.answer is Answer.NO for s in found
    )
    reading.signals += found
