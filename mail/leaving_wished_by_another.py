"""A third person named as the one who wishes to leave the list, not the writer.

"Mein Kollege möchte ausgetragen werden: tom@example.com", "Tom asked to be
unsubscribed", "Meine Frau will keine Einladungen mehr bekommen": the wish is another's,
told to the organizer, and the member stays. "Mein Kollege und ich möchten ausgetragen
werden" counts the writer among those who leave: that is the member's own wish. Cues are
in ``mail/lexicon/answer_leaving_wished_by_another.toml``.
"""

from __future__ import annotations

import re

from mail.cues import cue

__all__ = ["wished_by_another"]

# a first name, or first and last, opening a clause before a verb of wishing
_NAMED = re.compile(
    r"(?:^|[,;:–])\W{0,5}(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:\s+[A-ZÄÖÜ][a-zäöüß]+)?)(?=\s+"
    r"(?:moechte|möchte|will|wuerde|würde|bittet|bat|hat\s+gebeten|would\s+like|wants|asked"
    r"|asks|wishes|requested|has\s+asked)\b)"
)
# a person named as the one to take off: "Bitte Tom Müller (tom@…) aus dem Verteiler
# nehmen", "Könnt ihr Tom austragen?"
_OBJECT_NAMED = re.compile(
    r"(?:\b(?i:bitte|ihr|du|sie|please)\s+(?P<one>[A-ZÄÖÜ][a-zäöüß]+)"
    r"|\b(?P<two>[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+))\s+(?:\([^()]{0,80}\)\s+)?"
    r"(?:bitte\s+)?(?:(?:aus|von)\s+(?:dem|der)\s+(?:Verteiler|Liste|Mailingliste|Newsletter)\s+)?"
    r"(?:austragen|abmelden|streichen|loeschen|löschen|entfernen|nehmen|rausnehmen)\b"
)
# what a member asks to delete of their own: "Bitte Adresse löschen"
_OWN_THING = re.compile(
    r"(?:\w*adresse|\w*mail|daten|newsletter|verteiler|einladung\w*|kontakt|account|konto|abo"
    r"|eintrag|profil|anmeldung|liste|mich|uns|alles|stammtisch|termin|treffen|abend|zusage"
    r"|absage|\w*tag|\w*woch|datum|januar|februar|maerz|märz|april|mai|juni|juli|august"
    r"|september|oktober|november|dezember|nicht|fall)"
)
_REACH = 160  # the cue's reach from the subject to the leaving
# words that open a sentence and name nobody
_NOT_A_NAME = re.compile(
    r"(?:ich|wir|sie|er|es|i|we|you|he|she|they|it|bitte|please|hiermit|gerne?|auch|dann"
    r"|also|und|ja|nein|hallo|hi|hello|liebe[rs]?|dear|danke|thanks|der|die|das|den|dem"
    r"|mein\w*|dein\w*|unser\w*|euer|eure\w*|ihr\w*|the|my|our|your|für|fuer)"
)


def _another(text: str) -> bool:
    return any(
        not cue("answer", "writer_among").search(m.group(0))
        for m in cue("answer", "another_leaving").finditer(text)
    )


def wished_by_another(sentence: str) -> bool:
    """Does ``sentence`` (in the answer cues' spelling, case kept) tell of a third person
    who wishes to leave the list, the writer not among them?"""
    if _another(sentence.lower()):
        return True
    for named in _NAMED.finditer(sentence):
        if _NOT_A_NAME.fullmatch(named.group("name").split()[0].lower()):
            continue
        end = named.end("name")  # the cue reads the clause on from its subject
        if _another(f"er{sentence[end : end + _REACH]}".lower()):
            return True
    lowered = sentence.lower()
    if cue("answer", "writer_among").search(lowered):
        return False
    for named in _OBJECT_NAMED.finditer(sentence):
        words = (named.group("one") or named.group("two")).lower().split()
        if any(_NOT_A_NAME.fullmatch(w) or _OWN_THING.fullmatch(w) for w in words):
            continue
        return True
    return False
