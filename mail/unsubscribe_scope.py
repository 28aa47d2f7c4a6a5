"""What the clause of a leaving verb says about it: one evening only, or not at all.

"für Montag abmelden" declines that evening: the evening must be named in
the clause of the leaving verb (or in a clause that only adds to it: ", für
Donnerstag jedenfalls"). A date elsewhere in the sentence is about something
else: "streichen Sie diese Adresse aus Ihrem Verteiler, das Postfach wird zum
31.01. stillgelegt" leaves the list. A negation in the clause keeps the
member ("Ich will NICHT aus dem Verteiler", "Abbestellen will ich euch auf
keinen Fall"), unless it is the leaving itself: "nicht mehr", "no longer".
"""

from __future__ import annotations

import re
from itertools import pairwise

from mail.cues import cue
from mail.leaving_wished_by_another import wished_by_another

_BOUNDARY = re.compile(r"[,;:()]|\s[–—-]\s")
# A clause that goes on with the leaving verb's evening rather than saying something new.
_ADDS_TO_IT = re.compile(
    r"^\s*(?:(?:also|jedenfalls|nur|bloß|just|only|i mean|meine ich)\s+)?"
    r"(?:für|fuer|am|vom|zum|for|on|from|this|that|diesen|dieses|diesmal|nur|just|only)\b"
)


_NEGATION = re.compile(
    r"\b(?:nicht|nich|nie|niemals|keine?[nmrs]?|keineswegs|auf keinen fall|not|never|don'?t|do not"
    r"|doesn'?t|won'?t|no way)\b"
)
# The negation that is the leaving: "keine Mails mehr", "nicht mehr anschreiben", "no longer".
_LEAVING_NEGATION = re.compile(
    r"\b(?:mehr|länger|laenger|anymore|any more|no longer|no more|stop|nichts)\b"
)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    cuts = [m.start() for m in _BOUNDARY.finditer(text)]
    before = max((c for c in cuts if c < start), default=-1) + 1
    after = min((c for c in cuts if c >= end), default=len(text))
    return before, after


# "immer noch nicht aus der Liste raus", "still not off the list": a leaving not yet done,
# a complaint of someone who wants out, no denial.
_NOT_YET = re.compile(r"\b(?:noch|still|yet)\s+(?:immer\s+)?(?:nicht|not|never|nie)\b")

# Words before and after the leaving verb a negation may stand in: "will NICHT aus
# dem Verteiler", "abbestellen will ich euch auf keinen Fall"; a reason given in
# a clause of its own ("weil ich nie Zeit habe") keeps no one.
_AHEAD, _BEHIND = 3, 5
_INSIDE = frozenset({"nicht", "nich", "nie"})
_REASON = re.compile(r"\b(?:weil|da|denn|because|since|as|so|also|deshalb|daher)\b.*")


# The way out said to be broken: "der Link zum Abmelden funktioniert nicht", "the
# unsubscribe link doesn't work". Its negation is the link's, not a wish to stay.
_WAY_OUT = re.compile(r"\b(?:\w*link\w*|knopf|button|schaltfläche|formular|form|seite|page)\b")
_BROKEN = re.compile(
    r"\b(?:kaputt|defekt|broken|fehlerhaft|error)\b"
    r"|\b(?:funktioniert\w*|klappt\w*|geht|ging|läuft|lief)\s+(?:\w+\s+){0,3}?(?:nicht|nich)\b"
    r"|\b(?:doesn'?t|does not|don'?t|didn'?t|isn'?t|is not|won'?t|not|never)\s+"
    r"(?:work|working|load|loading|open|opening)\b"
)


def denied(text: str, start: int, end: int) -> bool:
    """Is the leaving verb at ``text[start:end]`` negated close to it, in its clause?

    Close: "da ich nie Zeit habe, bitte austragen" gives a reason, it keeps no one;
    nor does a way out said to be broken ("der Abmeldelink funktioniert nicht").
    """
    if _WAY_OUT.search(text):
        text = _BROKEN.sub(lambda found: " " * len(found.group(0)), text)
    before, after = _clause(text, start, end)
    ahead = " ".join(text[before:start].split()[-_AHEAD:])
    behind = _REASON.sub("", " ".join(text[end:after].split()[:_BEHIND]))
    whole = text[before:after]
    # a negation inside a split verb denies it too: "ich melde mich nicht ab"
    inside = " ".join(w for w in text[start:end].split() if w in _INSIDE)
    near = _NOT_YET.sub(" ", f"{ahead} | {inside} | {behind}")
    return bool(_NEGATION.search(near)) and not _LEAVING_NEGATION.search(whole)


def leaving_clause(text: str, start: int, end: int) -> str:
    """The clause of the leaving verb at ``text[start:end]``."""
    before, after = _clause(text, start, end)
    return text[before:after]


def names_one_evening(text: str, start: int, end: int) -> bool:
    """Does the clause holding ``text[start:end]`` (a leaving verb) name one evening?

    ``text`` is lower-cased, in the spelling the answer cues match.
    """
    if cue("answer", "leaving_for_good").search(text):
        return False  # "für Donnerstag und überhaupt für immer abmelden": the list
    before, after = _clause(text, start, end)
    cuts = [m.start() for m in _BOUNDARY.finditer(text)]
    if cue("answer", "one_evening").search(text[before:after]):
        return True
    following = min((c for c in cuts if c > after), default=len(text))
    # past the boundary itself, which may be a dash between spaces (" – also vom Abend")
    boundary = _BOUNDARY.match(text, after)
    rest = text[boundary.end() if boundary else after + 1 : following] if after < len(text) else ""
    return bool(_ADDS_TO_IT.match(rest)) and bool(cue("answer", "one_evening").search(rest))


# The list and its mail, as a reason for leaving speaks of them.
_THE_LIST = re.compile(
    r"\b(?:list[ea]?|lists|verteiler|newsletter|mailing|e-?mails?|mails|signed up|sign up"
    r"|angemeldet|eingetragen|abonniert)\b"
)


def about_the_list(sentence: str) -> bool:
    """Does a sentence speak of the list or its mail ("not sure how I ended up on this list")?

    A doubt said there is a reason for leaving, not a maybe for the evening.
    """
    return bool(_THE_LIST.search(sentence.lower()))


def leaves_the_evening(sentence: str, mail: str, declined: bool) -> bool:
    """Is a leaving verb in ``sentence`` a sign-off from the evening, not from the list?

    Off the list of those coming ("von der Zusageliste", "off the RSVP list"), or
    signing off again ("muss mich wieder abmelden"), or signing off oneself ("ich
    melde mich ab") with a reason for the evening elsewhere in ``mail`` ("bin krank",
    "komme diesmal nicht"; ``declined``: the mail already says no). Said plainly,
    "Hiermit melde ich mich ab." leaves the list; the mailing list named ("vom
    Verteiler") always does, and so does a leaving said to be for good ("nicht nur für
    diesen Termin, sondern ganz"). Both texts lower-cased, in the answer cues' spelling.
    """
    evening_list = cue("answer", "evening_list")
    if cue("answer", "leaving_for_good").search(mail):
        # "Nicht nur für diesen Termin, sondern ganz", "not just this one, for good": the
        # evening named is set aside, the leaving is the list's
        return False
    if about_the_list(evening_list.sub(" ", sentence)):
        return False
    if evening_list.search(sentence):
        return True
    if cue("answer", "strike_me").search(sentence) and not about_the_list(mail):
        # "Sorry, please remove me, we closed the shop" leaves the list, and so does a
        # member who lost interest ("no longer interested, please remove me")
        if cue("answer", "lost_interest").search(mail):
            return False
        if cue("answer", "evening_only").search(mail):
            return True  # "Sorry, sick. Take me off please.": ill, or this time only
        excuse = cue("answer", "evening_excuse").search(mail)
        reason = excuse or cue("answer", "evening_reason").search(mail)
        return declined and bool(reason)
    if not cue("answer", "leave_the_evening").search(sentence):
        return False
    return declined or bool(cue("answer", "evening_excuse").search(mail))


# Who leaves when nobody is named: the writer ("Bitte austragen"). The writer named
# as the object keeps the leaving theirs even beside a colleague ("mich und meinen Kollegen"),
# and so does the writer as one of those who leave ("Meine Frau und ich", "wir").
_FIRST_PERSON = re.compile(
    r"\b(?:mich|uns|me|us|myself|ourselves|wir|we|(?:und|and)\s+(?:ich|i)|(?:ich|i)\s+(?:und|and)"
    r"|meine[nr]?\s+(?:\w+\s+)?(?:adresse|e-?mail|daten|mail)"
    r"|my\s+(?:\w+\s+)?(?:address|e-?mail|details|data))\b"
)
# A first name as the object of a leaving verb: "could you take Tom off the list?"
_NAMED = re.compile(
    r"\b(?:take|remove|drop|delete|unsubscribe|nehmt|streicht|tragt|löscht|loescht|entfernt)"
    r"\s+(?:bitte\s+|please\s+)?([A-ZÄÖÜ][a-zäöüß]+)\b"
)
_NOT_A_NAME = frozenset({"me", "us", "my", "our", "this", "the", "it", "all", "mich", "uns"})


def for_someone_else(sentence: str) -> bool:
    """Does a sentence ask to take someone else off the list, not the writer?

    "Bitte tragt meinen Kollegen Herrn Meier aus", "please remove my colleague
    Sarah", "nehmen Sie sie aus dem Verteiler", "could you take Tom off the
    list?": the writer is no object of the leaving, a third person is, in
    the same clause. ``sentence`` in the answer cues' spelling, case kept.
    """
    if wished_by_another(sentence):
        return True  # "Mein Kollege möchte ausgetragen werden": his wish, told
    lowered = sentence.lower()
    if not cue("answer", "leaving_words").search(lowered):
        return False
    cuts = [0, *(m.end() for m in _BOUNDARY.finditer(lowered)), len(lowered)]
    for start, end in pairwise(cuts):
        clause = lowered[start:end]
        if _FIRST_PERSON.search(clause) or not cue("answer", "leaving_words").search(clause):
            continue
        if not cue("answer", "leaving_asked").search(clause):
            continue  # "Meine Kollegin muss sich abmelden" signs her off the evening
        named = _NAMED.search(sentence[start:end])
        if cue("answer", "unsubscribe_other").search(clause) or (
            named is not None and named.group(1).lower() not in _NOT_A_NAME
        ):
            return True
    return False


def for_someone_gone(sentence: str, mail: str) -> bool:
    """Does a leaving with no one named ask it for someone ``mail`` says is gone?

    "Bitte austragen: …@…, der ist nicht mehr bei uns", "Kollegin Müller hat uns
    verlassen, bitte austragen", "Please unsubscribe …@… – she has left the
    company": the leaving is the one who left, not the writer; the organizer
    decides. The writer named in the leaving's clause ("bitte nehmt mich raus")
    keeps it theirs, and so does this very address ("keine Einladungen mehr an diese
    Adresse, Frau Werner ist nicht mehr bei uns": the mailbox of the one who left).
    Both texts lower-cased, in the answer cues' spelling.
    """
    found = cue("answer", "unsubscribe").search(sentence) or cue("answer", "leaving_words").search(
        sentence
    )
    if found is None or cue("answer", "this_address").search(sentence):
        return False
    if _FIRST_PERSON.search(leaving_clause(sentence, found.start(), found.end())):
        return False
    return bool(cue("answer", "someone_gone").search(mail))


# The whole mailing named with the part: "keine Erinnerungen und keine Einladungen mehr".
_WHOLE = r"(?:einladung\w*|invit\w*|newsletter|alle\w*|all|everything|alles|andere\w*|other)"
_JOINED = re.compile(
    rf"\b(?:und|oder|noch|sowie|and|or|nor)\s+(?:(?:auch|also|the|die|den|keine|no|any)\s+)*{_WHOLE}\b"
    rf"|\b{_WHOLE}\s+(?:(?:e-?mails|mails)\s+)?(?:und|oder|sowie|and|or|nor)\b"
)


# Thanks for a reminder name no part to stop: "Danke für die Erinnerung, bitte austragen".
_THANKED = re.compile(
    r"\b(?:danke|dank|thanks|thank you)\s+(?:\w+\s+){0,2}(?:für|fuer|for)\s+(?:\w+\s+)?"
    r"(?:erinnerung|reminder)\w*"
)


def only_a_part(sentence: str) -> bool:
    """Does a leaving sentence stop only a part of the mailing, not the list?

    "Bitte keine Erinnerungen mehr", "take me off the reminder emails, keep the
    invitations coming", "stop emailing me about Thursday": the member stays on
    the list; "keine Erinnerungen und keine Einladungen mehr" leaves it.
    ``sentence`` lower-cased, in the answer cues' spelling.
    """
    if cue("answer", "mailing_one_evening").search(sentence):
        return True  # "keine Erinnerungen mehr für Donnerstag": that evening's mail only
    named = _THANKED.sub(" ", sentence)
    return bool(cue("answer", "mailing_part").search(named)) and not _JOINED.search(named)


def undone(sentence: str, mail: str) -> bool:
    """Is the leaving in ``sentence`` one already done that ``mail`` calls a mistake?

    "Sorry for the unsubscribe last time, that was a mistake", "Hab aus Versehen
    auf Abmelden geklickt": no leaving asked now and no evening declined. The
    leaving must be spoken of as done ("my unsubscribe", "abgemeldet"), so
    "Joining was a mistake. Unsubscribe me." still leaves. Both texts lower-cased,
    in the answer cues' spelling.
    """
    return bool(cue("answer", "leaving_spoken_of").search(sentence)) and bool(
        cue("answer", "leaving_undone").search(mail)
    )


_PIECE = re.compile(r"([^,;:.!?–—]*)[,;:.!?–—]*")


def denial_of_leaving(question: str, statement: str) -> str:
    """The opening denial of ``statement`` when it answers a question about leaving, or "".

    "Stop sending reminders? No way, keep them coming!", "Abmelden? Niemals!":
    the member's own question about leaving the list, answered with a denial,
    keeps them on it; that no says nothing about the evening. Both texts
    lower-cased, in the answer cues' spelling.
    """
    if not question.rstrip().endswith("?"):
        return ""
    if not (
        cue("answer", "unsubscribe").search(question)
        or cue("answer", "leaving_words").search(question)
    ):
        return ""
    # the denial may be said twice over: "Nö, auf gar keinen Fall."
    end = 0
    for piece in _PIECE.finditer(statement):
        if not cue("answer", "denial_opening").search(piece.group(1)):
            break
        end = piece.end()
    return statement[:end]


def evening_named(texts: list[str]) -> str:
    """The words of a statement's clause naming one evening, with no leaving in it, or "".

    In a mail asking to stay on the list, "Bitte nicht austragen! Ich bin nur
    am 28. in Krakau." gives the reason for missing that evening: a no for it,
    and so does asking leave to miss it ("Can I just skip this one?").
    Texts lower-cased, in the answer cues' spelling.
    """
    for text in (t.lower() for t in texts):
        # "Can I just skip this one?" asks leave to miss it: a no said politely
        if text.rstrip().endswith("?") and not cue("answer", "miss_asked").search(text):
            continue
        cuts = [0, *(m.end() for m in _BOUNDARY.finditer(text)), len(text)]
        for start, end in pairwise(cuts):
            clause = text[start:end]
            if cue("answer", "leaving_words").search(clause) or cue("answer", "unsubscribe").search(
                clause
            ):
                continue
            found = cue("answer", "one_evening").search(clause) or cue(
                "answer", "evening_day"
            ).search(clause)
            if found:
                return found.group(0).strip()
    return ""


_TURN = re.compile(r"\b(?:but|aber|however|jedoch|trotzdem|dennoch)\b")


def only_meant(sentence: str, start: int) -> bool:
    """Is the leaving at ``sentence[start:]`` one only meant once, not asked now?

    "Ich wollte mich eigentlich längst abmelden", "I've been meaning to
    unsubscribe for ages", "hatte schon überlegt, mich abzumelden"; a turn
    between the two asks after all: "I was going to ask nicely, but just
    unsubscribe me". ``sentence`` lower-cased, in the answer cues' spelling.
    """
    meant = [m.end() for m in cue("answer", "leaving_meant").finditer(sentence[:start])]
    return bool(meant) and not _TURN.search(sentence, meant[-1], start)


# Words that leave the list whatever else is said: "unsubscribe", "abbestellen", "stop"
_LIST_LEFT = re.compile(r"\b(?:unsubscrib\w*|unsub|abbestell\w*|abonn\w*|stopp?|opt\w* out)\b")


def struck_off_only(text: str) -> str:
    """The words striking the member off, when that is all a leaving in ``text`` says, or "".

    "Bitte streichen", "Streicht mich", "take me off", "melde mich ab": no list,
    no mail and no lost interest named. Under a reminder of the evening (sent to
    those who said yes) these strike the member off that evening: a no, not a
    leaving of the list. "Unsubscribe", "keine Mails mehr" or "vom Verteiler"
    still leave it.
    """
    lowered = " ".join(text.lower().split())
    if about_the_list(lowered) or _LIST_LEFT.search(lowered):
        return ""
    if cue("answer", "lost_interest").search(lowered):
        return ""
    if cue("answer", "leaving_for_good").search(lowered):
        return ""
    found = cue("answer", "strike_me").search(lowered) or cue("answer", "leave_the_evening").search(
        lowered
    )
    return found.group(0) if found else ""
