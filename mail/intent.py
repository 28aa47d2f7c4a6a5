"""What a member means by their own words: yes, no or maybe, guests, unsubscribe, join.

The words are read sentence by sentence and clause by clause
(:mod:`mail.clauses`), with the cue lexicons in ``mail/lexicon/answer_*.toml``.
A clause gives signals; a sentence turns them (a condition makes a yes a
maybe, a regret makes it a no); the whole reply decides
(:mod:`mail.answer_signals`). This module adds what the reply as a whole says:
questions, guests, unsubscribing, someone coming instead. A bare yes-word
("Ja", "ok", "+1") is weak: it counts only when nothing else is said, so
"Ja, leider nicht" is a no. The reader stays timid: when signals disagree, or
the member asks instead of answers, it records nothing and says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mail.answer_decision import concede, decide, settle_said, stated_answer
from mail.answer_signals import Reading, of_another_evening, read_sentence
from mail.asked import lead_in, shrug
from mail.called_a_lie import called_a_lie
from mail.cancel_hoped_away import cancel_hoped_away
from mail.clause_signals import Signal, mask
from mail.clauses import sentences
from mail.condition_after import no_on_a_condition
from mail.cues import Cue, cue, folded
from mail.fear_turned import fear_turned
from mail.final_word import final_word
from mail.firm_now import firm_now
from mail.giving_up_denied import giving_up_denied
from mail.guests import GuestReading, may_bring, read_guests
from mail.listed_items import on_the_coming
from mail.named_answers import answers_by_name
from mail.need_met import need_met
from mail.nominal_obstacle import nominal_obstacle
from mail.not_this_time import not_this_time
from mail.obstacle_lifted import obstacle_lifted
from mail.others_answer import someone_elses_answer
from mail.proxy_voice import members_words, two_voices
from mail.put_off import put_off
from mail.question_denied import denies_the_question, on_the_answer
from mail.reply_text import normalise
from mail.restated import restated
from mail.room_left import room_granted
from mail.several_invitations import several_answered
from mail.shared_mailbox import differing_answers
from mail.short_for_another import bare_yes_beside
from mail.split_parts import split_answer
from mail.struck_out import struck_out
from mail.ticked_boxes import ticked_only
from mail.tried_after_all import tried_after_all
from mail.types import Answer
from mail.unreal_then_now import unreal_then_now
from mail.unsubscribe_scope import (
    about_the_list,
    denial_of_leaving,
    denied,
    evening_named,
    for_someone_else,
    for_someone_gone,
    leaves_the_evening,
    leaving_clause,
    names_one_evening,
    only_a_part,
    only_meant,
    undone,
)
from mail.wish_made_true import wish_made_true
from mail.yes_word_turns import yes_checked

# Beyond this many sentences a reply goes to a person unread: its reading time stays bounded
# whatever a sender repeats ("Ich komme. " a thousand times).
MAX_SENTENCES = 400
# The same for one sentence's clauses: "komme nicht, " repeated 1,500 times in one sentence
# took 18 s, as each cue looks through the whole sentence at every clause.
MAX_CLAUSE_MARKS = 80


@dataclass
class Intent:
    answer: Answer | None = None
    guests: int = 0
    problem: str = ""  # non-empty: unclear or contradictory, with the reason
    unsubscribe: bool = False
    join_request: bool = False
    evidence: list[str] = field(default_factory=list)  # the phrases that decided
    # unclear only for want of a firm word: a yes-word turned by a "but", a wish, a
    # question; beside a calendar button such words leave the button standing
    loose: bool = False


def _c(name: str) -> Cue:
    return cue("answer", name)


def _unsubscribe(texts: list[str], reading: Reading) -> bool:
    """An unsubscribe wish; "für Montag abmelden" declines one evening instead.

    "Nicht austragen", "bitte wieder eintragen" anywhere keep the member; a
    question counts only as a request ("Können Sie mich bitte austragen?"),
    not when it asks how ("Kann man nur die Erinnerungen abbestellen?").
    """
    wanted = False
    # kept, the member stays; an evening declined in the same words still counts
    kept = any(
        _c("unsubscribe_kept").search(text.lower())
        or _c("unsubscribe_kept_complaint").search(text.lower())
        or _c("unsubscribe_kept_stay").search(text.lower())
        for text in texts
    )
    whole = " ".join(texts).lower()
    for text in texts:
        lowered = text.lower()
        if lowered.rstrip().endswith("?") and not _c("request").search(lowered):
            continue
        found = _c("unsubscribe").search(lowered)
        if not found or undone(lowered, whole) or only_meant(lowered, found.start()):
            continue
        if only_a_part(lowered):  # "keine Erinnerungen mehr": the invitations still come
            continue
        if denied(lowered, found.start(), found.end()):
            kept = True  # "Ich will NICHT aus dem Verteiler"
            # its "auf keinen Fall" denies the leaving; it declines no evening
            clause = leaving_clause(lowered, found.start(), found.end())
            reading.signals = [
                s for s in reading.signals if s.answer is not Answer.NO or s.phrase not in clause
            ]
        elif names_one_evening(lowered, found.start(), found.end()) or leaves_the_evening(
            lowered, whole, any(s.answer is Answer.NO for s in reading.signals)
        ):
            reading.signals.append(Signal(Answer.NO, found.group(0)))
        else:
            wanted = True
    if kept and not wanted and not reading.signals:
        # "Bitte nicht austragen! Ich bin nur am 28. in Krakau.": staying, only not that evening
        named = evening_named(texts)
        if named:
            reading.signals.append(Signal(Answer.NO, named))
    return wanted and not kept


def _undecided(intent: Intent) -> bool:
    """ "Ich überlege noch": a doubt that is only still deciding, no answer of its own."""
    still = _c("still_deciding")
    return intent.answer is Answer.MAYBE and all(still.search(p.lower()) for p in intent.evidence)


def _apply_guests(intent: Intent, guests: GuestReading) -> None:
    if intent.answer is Answer.NO and guests.in_company:
        return  # "Kann nicht, bin mit meiner Mutter beim Arzt": no guests beside a no
    if guests.problem:
        intent.problem = intent.problem or guests.problem
    elif guests.count and intent.answer is Answer.NO:
        intent.problem = f"says no but mentions guests: {guests.phrases}"
    elif guests.count and intent.answer is None and not intent.problem:
        if guests.implies_yes:
            intent.answer = Answer.MAYBE if guests.conditional else Answer.YES
        else:
            intent.problem = f"mentions guests but gives no answer: {guests.phrases}"
    elif guests.declined and intent.answer is None and not intent.problem:
        intent.answer = Answer.NO  # "Wir beide müssen passen": the party the member is in
    elif (
        guests.others_answer
        and (intent.answer is None or _undecided(intent))
        and not intent.problem
    ):
        intent.problem = f"gives someone else's answer, not the member's: {guests.others_answer!r}"
    elif guests.others_answer and bare_yes_beside(intent.evidence, guests.others_answer):
        # "Ja, mein Mann", "👍 Peter kommt": the yes-word may be the other one's
        intent.problem = f"a bare yes beside someone else's answer: {guests.others_answer!r}"
    elif guests.withdrawn and guests.only_me and intent.answer is None and not intent.problem:
        intent.answer = Answer.YES  # "Update: it'll just be me, my colleague can't make it"
    elif guests.withdrawn and intent.answer is None and not intent.problem:
        # "mein Mann muss absagen" may come from the member's partner: a person decides
        intent.problem = "a guest no longer comes, but the member gives no answer of their own"
    if intent.problem:
        intent.answer = None
        return
    intent.guests = guests.count


_MORE = re.compile(r"\b(?:noch|weitere\w*|another|more|extra|additional)\b", re.IGNORECASE)


def _apply_questions(intent: Intent, questions: list[str], spelled: list[str]) -> bool:
    """Read the member's questions into ``intent``; True when one stands instead of an answer."""
    for question, words in zip(questions, spelled, strict=True):
        if _c("bring_thing").search(words.lower()) and not _c("third_person").search(words.lower()):
            continue  # "Soll ich Kuchen mitbringen?" asks about food, not a guest
        if re.search(
            r"\bmitbringen\b|\bbring\b|\+\s?\d|\bplus[- ]one\b|\bmitkommen\b|\bcome along\b"
            r"|\btag along\b|\bmit\W*$",
            question,
            re.I,
        ) or (_c("third_person").search(words.lower())):
            asked = may_bring(question)
            if (
                asked
                and intent.answer is Answer.YES
                and not intent.problem
                # "Ich komme mit Anna. Darf ich noch jemanden mitbringen?" asks for one more
                and (not intent.guests or (intent.guests == asked and not _MORE.search(question)))
            ):
                # "Ich bin dabei! Darf ich jemanden mitbringen?", "Can I bring a friend? If
                # yes, we're two": the member comes and asks for the ones named; the
                # organizer sees the guests and may still say no
                intent.guests = asked
                continue
            intent.answer, intent.guests = None, 0
            intent.problem = f"asks about bringing someone: {question!r}"
            return False
    if questions and intent.answer is None and not intent.problem:
        intent.problem = f"asks a question instead of answering: {questions[0]!r}"
        return True
    return False


def read_intent(text: str) -> Intent:
    """Read the answer, guests, unsubscribe and join wishes from the member's own words."""
    original = struck_out(normalise(text))  # "~~Kann nicht~~ Doch, kann!"
    original = ticked_only(original)  # "[ ] komme  [x] komme nicht"
    text = members_words(original)  # someone writing for the member: "er kommt"
    found = sentences(text)
    if len(found) > MAX_SENTENCES:  # each costs a fraction of a millisecond; no reply needs many
        return Intent(
            problem=f"the reply is too long to read automatically ({len(found)} sentences)"
        )
    if any(sentence.count(",") + sentence.count(";") > MAX_CLAUSE_MARKS for sentence in found):
        return Intent(problem="the reply is too long to read automatically (a sentence of clauses)")
    # cues are matched in one spelling ("waere", "muss", "neein"); reasons quote the words
    spelled = {sentence: folded("answer", sentence) for sentence in found}
    questions = [s for s in found if s.endswith("?")]
    statements = [s for s in found if not s.endswith("?")]
    # "Klar komme ich, warum nicht?": what is said before the asking clause is said
    for question in questions:
        if shrug(spelled[question]) or _c("answering_question").search(spelled[question].lower()):
            # "vielleicht?", "possibly?": a doubt said with a rising voice, not a question;
            # "Rain check?" declines as it asks
            statements.append(question)
            continue
        lead = lead_in(question, spelled[question])
        if lead:
            spelled[lead] = folded("answer", lead)
            statements.append(lead)
    said = [spelled[s] for s in statements]
    proxy = bool(_c("proxy").search(folded("answer", text)))
    reading = Reading()
    shrugged: list[Signal] = []
    for index, statement in enumerate(statements):
        start = len(reading.signals)
        said[index] = room_granted(said[index], statement, found, spelled)  # "Platz? Wenn ja, …"
        read_sentence(said[index], "\n".join(said[index + 1 :]), reading, proxy, statement)
        if (turned := called_a_lie(said[index])) is not None:
            reading.signals[start:] = turned  # "I'd be lying if I said I couldn't come"
        reading.signals[start:] = restated(reading.signals[start:], index, said)  # "Jein, eher ja"
        split = split_answer(reading.signals[start:], said[index].lower())  # "in for …, out …"
        reading.signals[start:] = no_on_a_condition(split, said[index].lower())  # "…, if it rains"
        # "Ich hoffe, dass ich nicht absagen muss": a doubt, not a no
        reading.signals[start:] = cancel_hoped_away(reading.signals[start:], said[index].lower())
        # "I missed the last two, not this one though!": the refusal of before, denied now
        reading.signals[start:] = not_this_time(reading.signals[start:], said[index].lower())
        # "I thought I'd have to cancel, but I can come after all": the no was feared
        reading.signals[start:] = fear_turned(reading.signals[start:], said[index].lower())
        # "Komme schlecht weg, aber ich versuch's": the obstacle, and still a try
        reading.signals[start:] = tried_after_all(reading.signals[start:], said[index].lower())
        # "Eigentlich kann ich nicht, aber ich komme": the no holds only on paper
        reading.signals[start:] = nominal_obstacle(reading.signals[start:], said[index].lower())
        if statement in questions:
            shrugged += reading.signals[start:]
        if denies_the_question(statement, found, said[index]):
            # "Absagen? Auf keinen Fall!", "Skip it? Never!": a no to giving up is a yes
            reading.signals[start:] = [Signal(Answer.YES, f"{statement} (to giving up)")]
        if not on_the_answer(statement, found):
            continue
        # "Abmelden? Niemals!": the no keeps the member on the list, it declines nothing
        asked = found[found.index(statement) - 1]
        denial = denial_of_leaving(spelled[asked].lower(), said[index].lower())
        reading.signals[start:] = [
            s for s in reading.signals[start:] if not denial or s.phrase not in denial
        ]
        if _c("on_that_condition").match(said[index].lower()):
            # "Geht es auch um lokale SEO? Dann komme ich.": a yes on the answer to a question
            reading.signals[start:] = [
                Signal(Answer.MAYBE, s.phrase) if s.answer is Answer.YES else s
                for s in reading.signals[start:]
            ]
    echoed = {id(s) for s in shrugged}
    said_plainly = [s for s in reading.signals if id(s) not in echoed]
    if any(s.answer is not Answer.MAYBE and not s.weak for s in said_plainly):
        # "Mit Vorbehalt? Nee, kann ich gar nicht.": a doubt echoed as a question, then
        # answered; the answer counts
        reading.signals = said_plainly
    heard = list(reading.signals)  # before "trotzdem" lets one answer overrule the other
    reading.signals, later_yes = put_off(reading.signals, reading.times)  # "nope, next time"
    concede(reading)
    mail = folded("answer", text).lower()
    settle_said(reading, mail)
    reading.signals = giving_up_denied(reading.signals, mail)  # "Not skipping it – never!"
    reading.signals = unreal_then_now(reading.signals, mail)  # "I'd have come, but now I can"
    reading.signals = on_the_coming(reading.signals, mail)  # "1. Ja 2. Nein, keine Begleitung"
    reading.signals = firm_now(reading.signals, mail)  # "Erst vorläufig, jetzt fest"
    reading.signals = need_met(reading.signals, mail)  # "Nicht ohne Auto – ich leih mir eins"
    reading.signals = final_word(reading.signals, mail)  # "Ja, nein, ja. Final: ja"
    reading.signals = obstacle_lifted(reading.signals, mail)  # "…, wenn die verschoben wird"
    reading.signals = wish_made_true(reading.signals, mail)  # "…, and luckily I can"
    # said, not asked, nor on a condition: "Wird das ein Nein?", "Das wird ein Ja, wenn …"
    reading.stated = stated_answer(
        "\n".join(s for s in said if not _c("condition").search(s.lower())).lower()
    )
    # "bitte tragt meinen Kollegen aus": someone else's leaving, for the organizer
    others = [
        s for s in found if for_someone_else(spelled[s]) or for_someone_gone(spelled[s], mail)
    ]
    unsubscribe = _unsubscribe([spelled[s] for s in found if s not in others], reading)
    # "Wer sich abmelden will, soll das tun. Ich komme.", "aus der Fahrgemeinschaft
    # streichen, ich komme mit dem Rad": who leaves the list does not also come; a
    # leaving beside a plain yes is someone else's, another list's or a mere if
    coming = next((s.phrase for s in reading.signals if s.answer is Answer.YES and not s.weak), "")
    braked = ""
    if unsubscribe and coming:
        unsubscribe, braked = False, f"asks to leave the list yet says {coming!r}"
    if unsubscribe:
        # "Yes please, unsubscribe": the yes-word agrees to leaving, it is no answer;
        # "I never make it anyway" is the reason for leaving, not an answer either
        reading.signals = [s for s in reading.signals if not s.weak and s.answer is not Answer.NO]
        # "I'm not sure how I ended up on this list": a doubt about the list, no maybe
        doubts = [spelled[s].lower() for s in found if about_the_list(spelled[s])]
        reading.signals = [
            s
            for s in reading.signals
            if s.answer is not Answer.MAYBE or not any(s.phrase in d for d in doubts)
        ]
    decided = decide(reading) if not later_yes else (None, later_yes)
    answer, problem = yes_checked(decided, reading.signals, mail)  # "I'm in! Oh wait, …"
    undecided = problem if all(s.weak for s in reading.signals) else ""
    if braked and not problem:
        answer, problem = None, braked
    if proxy and not problem:
        # written for the member, the writer's own "ich komme" is not the member's: a yes
        # beside a no may be two people's, so neither is recorded
        problem = two_voices(heard, folded("answer", original).lower(), answer)
        answer = None if problem else answer
    # a sentence saying someone else comes in the member's place
    stand_in = next((spelled[s] for s in found if _c("stand_in").search(spelled[s].lower())), "")
    if stand_in:
        answer, problem = Answer.NO, ""  # the member's own answer; the stand-in is evidence
        reading.signals.append(Signal(Answer.NO, f"someone else comes instead: {stand_in}"))
    if several := several_answered(text, {s.answer for s in heard}):  # "two invites: …"
        answer, problem = None, f"answers several invitations in one mail: {several!r}"
    if listed := answers_by_name(text):  # "Paul: ja, Ben: nein": whose is the mailbox?
        answer, problem = None, f"answers for several people by name: {listed!r}"
    if shared := differing_answers(text, answer):  # "Karl kommt, ich nicht. Karl und Gisela"
        answer, problem = None, f"two members sharing the mailbox answer differently: {shared!r}"
    forwarded = next((s for s in found if _c("forward_note").search(spelled[s].lower())), "")
    if forwarded:
        # "guck mal, das ist der Stammtisch, von dem ich dir erzählt hab": written to
        # someone else the invitation is passed on to; nothing is the member's answer
        answer, problem = None, f"reads like a note passing the invitation on: {forwarded!r}"
    new_address = next((s for s in found if _c("new_address").search(spelled[s].lower())), "")
    if new_address and not problem:
        problem = f"gives a new address, a change for the organizer: {new_address!r}"
    # "die alte Adresse löschen, ab jetzt an …": a move to another address, not a leaving
    unsubscribe = unsubscribe and not new_address
    if others and not unsubscribe and not problem:
        answer, problem = None, f"asks to take someone else off the list: {others[0]!r}"
    intent = Intent(
        answer=answer,
        problem=problem,
        unsubscribe=unsubscribe,
        join_request=bool(_c("join").search(folded("answer", text))),
        evidence=[s.phrase for s in reading.signals],
    )
    asked_instead = False
    if not stand_in:
        # "Ich hab mich letzte Woche mit meiner Chefin gestritten" brings no one this time
        # nor does "nächstes Mal bringe ich meine Frau mit" bring her this time
        later = _c("next_time")
        guests = read_guests(
            [
                s
                for s in statements
                if not of_another_evening(s.lower()) and not later.search(spelled[s])
            ]
        )
        guests.withdrawn |= reading.guests_withdrawn
        if _undecided(intent) and not guests.others_answer:
            # "Ich überlege noch, mein Mann kommt": beside the doubt, only another's answer
            still = [mask(_c("still_deciding"), spelled[s].lower())[0] for s in statements]
            theirs = someone_elses_answer(still)
            guests.others_answer = statements[still.index(theirs)] if theirs else ""
        if not unsubscribe:
            # "Bitte meinen Mann und mich austragen": who leaves with the member is no guest
            _apply_guests(intent, guests)
        # asking whether the stand-in may come is for the organizer; the member's no holds
        asked_instead = _apply_questions(intent, questions, [spelled[q] for q in questions])
    if stand_in:
        intent.answer = Answer.NO
    intent.loose = bool(intent.problem) and (intent.problem == undecided or asked_instead)
    return intent
