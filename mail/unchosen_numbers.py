"""Numbers in a reply that choose no topic.

A number in a question asks ("Welches ist Thema 2?"), one about another
evening tells ("Letztes Mal war Thema 2 gut"), one that labels something else
points ("Raum 2", "Suite No. 3", "Punkt 2 deiner Mail"), one before a noun counts ("die 2
Stühle"), and one in someone else's view told is theirs ("Sabine meinte,
Nr. 1 wäre gut"). :mod:`mail.number_votes` hides or skips these before it
reads a vote.
"""

from __future__ import annotations

import re

# A number in a question asks, it does not choose: "Welches ist Thema 2?", "Is option 2
# still open?". The asking clause is left out ("Nr. 2?" keeps its abbreviation); a clause
# before it still chooses ("Number 2, I think?").
# (tried only where a clause starts, so a long text is scanned once, not once per letter)
QUESTION = re.compile(r"(?<![^.!?\n,;])\s*(?:\bnr\.|\bno\.|[^.!?\n,;])*\?+", re.IGNORECASE)
# A clause about another evening or what might have been chooses nothing now:
# "Letztes Mal war Thema 2 echt gut", "Thema 2 wäre gut gewesen", "that was topic 3".
OTHER_TIME = re.compile(
    r"\b(?:war|waren|gewesen|hatte|hatten|damals|letztes\s+mal|beim\s+letzten\s+mal|voriges\s+mal"
    r"|was|were|last\s+time|last\s+year|letztes\s+jahr)\b",
    re.IGNORECASE,
)
# A number that labels something else names no topic: "Version 2", "Raum 2", "Seite 3",
# "Tisch für 4", "Gleis 3"; "zu Punkt 2 deiner Mail" points into the mail, "Frage zu Thema 2"
# asks about it.
LABEL = re.compile(
    r"\b(?:version|raum|räume|room|seite|page|tisch|table|platz|plätze|seat|gleis|track|folie\w*"
    r"|slides?|kapitel|chapter|teil|part|runde|round|stufe|level|zimmer|etage|stock|floor|linie"
    r"|line|bus|ausgang|exit|tür|door|haus|house|sterne?|stars?|cents?|rang|akt"
    # an address or an office: "Raum Nr. 3", "Suite No. 3", "Büro 3", "Hauptstr. 3"
    r"|büro|buero|office|suite|apt|apartment|wohnung|flat|unit|gebäude|building|halle|hall"
    r"|postfach|box|str|straße|strasse|street|road|weg|allee|gasse|lane|ave|avenue"
    # a step, an episode, a picture or a version: "Step 2 of the form", "Foto Nr. 2", "Web 3"
    r"|step|schritt|phase|season|staffel|folge|episode|foto|photo|bild|picture|image|web)"
    r"\.?\s+(?:für\s+|for\s+|(?:nr|no|nummer|number)\.?\s*|#\s*)?\d"
    r"|\d\.?\s+(?:deiner|ihrer|eurer|der|in\s+der|in\s+deiner|of\s+(?:your|the)|in\s+(?:your|the))"
    r"\s+(?:mail|e-mail|email|nachricht|einladung|message|invitation|agenda|tagesordnung)\b"
    r"|\b(?:info\w*|fragen?|questions?|details?|links?|frage|anmerkung\w*|comments?)"
    r"\s+(?:zu|zum|about|on|re|regarding|for|für)\s+(?:(?:dem|the)\s+)?"
    r"(?:thema|topic|punkt|point|option|nr\.?|nummer|number|vorschlag|#)\s*\d",
    re.IGNORECASE,
)
# "die 2 Stühle", "2 Dateien", "die 2. Hälfte": a number before a German noun counts or
# orders that noun, unless the noun is a topic's ("2 Themen" is said elsewhere)
# "3. Kann man …" starts a sentence: an ordinal's dot needs its article ("die 2. Hälfte")
COUNTED_NOUN = re.compile(
    r"(?:\b(?i:die|der|den|das|dem|zur|zum|am|im|beim|fürs|the)\s+(?P<o>[1-9])\.|(?<![\w#.])(?P<d>[1-9]))"
    r"[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,})\b"
)
# "Nr. 2 Barrierefreie Posts", "Thema 3 Mastodon": a topic's number before its title
_NAMED_BEFORE = re.compile(
    r"(?:\b(?:thema|topic|nr|no|nummer|number|option|punkt|vorschlag|idee|idea)\W*|#\s*)$",
    re.IGNORECASE,
)
_NOT_COUNTED = re.compile(
    r"(?:thema|themen|vorschlag|vorschläge|idee|ideen|option|optionen|punkt|punkte|bitte|gerne?"
    r"|finde|fände|fänd|klingt|ist|wäre|wär|definitiv|unbedingt|auf|für|und|oder|ja|klar|please"
    r"|sounds|for|is|and|or|yes|gets|has|mein\w*|my|eindeutig|sieht|hört|passt|interessiert"
    r"|interessant|spannend|super|toll|gut|nehme|nehm|vote|stimme)$",
    re.IGNORECASE,
)


# after "die 3." a sentence may start: "Ich nehme die 3. Kann man da was vorbereiten?"
_STARTS_A_SENTENCE = re.compile(
    r"(?:ich|wir|kann|könn\w*|das|dies\w*|der|die|es|bin|sind|bis|danke|dank|freu\w*|viele"
    r"|liebe\w*|beste\w*|gruß|grüße|hoffe|komme|sehe|würde|auch|sonst|ansonsten|leider|gern"
    r"|also|mein\w*|und|aber|noch|thanks|see|cheers|best|wäre|muss|will|soll|hab|habe)$",
    re.IGNORECASE,
)


def uncounted(match: re.Match[str]) -> str:
    noun = match.group("noun")
    before = match.string[max(0, match.start() - 12) : match.start()]
    if _NOT_COUNTED.match(noun) or (match.group("o") and _STARTS_A_SENTENCE.match(noun)):
        return match.group(0)
    if match.group("d") and _NAMED_BEFORE.search(before):
        return match.group(0)
    # the number of a count is no number of a topic
    at = match.start("o" if match.group("o") else "d") - match.start()
    return match.group(0)[:at] + "x" + match.group(0)[at + 1 :]


# A topic's number with a verb that tells about the list, not a choice from it: "Nummer 3
# fehlt in der Mail", "Nr. 2 gibt es zweimal", "Thema 2 und 3 sind doppelt", "#4 is missing"
STATES_A_FACT = re.compile(
    r"\b(?:fehl\w*|gibt\s+es|gibt's|existier\w*|doppelt\w*|zweimal|falsch\w*|kaputt"
    r"|missing|twice|duplicated?|wrong|broken|listed|appears?|exists?)\b",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"(?:\bnr\.|\bno\.|[^.!?\n])+", re.IGNORECASE)
DIGIT = re.compile(r"[1-9]")
# the verbs of TOLD, looked for first: a cheap scan where most texts have none
TELLS = re.compile(
    r"\b(?:meinte|meint|sagte|sagt|findet|said|says|thinks|reckons|wants|voted|votes|prefers|bevorzugt)\b",
    re.I,
)
# Someone else's view, told: "Sabine meinte, Nr. 1 wäre gut", "my colleague says 2"
TOLD = re.compile(
    r"\b(?!(?:ich|i|das|dies\w*|es|it|this|that|what|was)\b)[A-Za-zÄÖÜäöüß]+\s+"
    r"(?:meinte|meint|sagte|sagt|findet|said|says|thinks|reckons|wants|voted|votes|prefers"
    r"|bevorzugt)\b",
    re.IGNORECASE,
)


# A reply that says the member comes or brings someone: a number beside it with no
# more of a choice than "bitte", "für" or "please" ("Zusage für 2 bitte", "Count me in, 2
# please", "nehme die 2 mit") counts people as readily as it picks a topic.
COMPANY = re.compile(
    r"\b(?:zusage\w*|sage\s+zu|komme|kommen|komm|dabei|eintrag\w*|trag\w*\s+(?:mich|uns)"
    r"|anmeld\w*|meld\w*\s+(?:mich|uns)\s+an|reservier\w*|platz|plätze|kolleg\w*|begleit\w*|partner\w*|bring\w*"
    r"|mitnehm\w*|nehme\s+[^.!?\n]{0,20}\bmit|zu\s+(?:zweit|dritt|viert)|wir\s+sind|personen|leute"
    r"|count\s+(?:me|us)\s+in|sign\s+(?:me|us)\s+up|put\s+(?:me|us)\s+down|i\W?m\s+in|we\W?re\s+in"
    r"|coming|attend\w*|join\w*|colleagues?|guests?|seats?|spots?|plus|of\s+us|von\s+uns"
    r"|we\W?ll\s+be|we\s+will\s+be|people)\b",
    re.IGNORECASE,
)
# Words that choose a topic and never count people: with one of them the number is a vote.
CHOOSES_A_TOPIC = re.compile(
    r"\b(?:vot\w*|stimm\w*|wahl|wähl\w*|favou?rit\w*|gefällt|gefallen|fände?n?|finde|fänd"
    r"|klingt|klingen|sounds?|interess\w*|spannend|prefer\w*|bevorzug\w*|am\s+(?:besten|liebsten)"
    r"|tendier\w*|pick\w*|choose|choice|lean\w*|them\w*|topics?|option\w*|vorschl\w*|ideas?"
    r"|ideen?|liste|list|nimm|take|go\s+(?:for|with)|(?:bin|wäre|wär)\s+(?:ich\s+)?(?:\w+\s+)?für)\b"
    # "nehme die 2", "the 2": an article makes the number a place in the list; "nehme die 2
    # mit" takes two people along
    r"|\b(?:nehm\w*\s+)?(?:die|den|das|dat|the|#)\s*[1-9]\b(?![^.!?\n]*\bmit\W*$)",
    re.IGNORECASE,
)


# A second choice is no vote while the first stands: "die 2, notfalls die 4", "2, zur Not
# 3", "3 as a fallback"; the fallback and its number are left out.
FALLBACK = re.compile(
    r"[,;/]?\s*\b(?:notfalls|zur\s+not|ersatzweise|hilfsweise|ausweichweise|alternativ(?:\s+auch)?"
    r"|sonst|otherwise|failing\s+that|or\s+else|at\s+a\s+pinch|if\s+need\s+be"
    r"|(?:zweite|second)\s+(?:wahl|choice))\b\W*(?:(?:die|das|den|the|thema|topic|nr\.?|nummer|number"
    r"|option|#)\s*)*[1-9]\b(?=\s*(?:$|[.!,;)👍]))"
    r"|[,;/]?\s*\b[1-9]\s+(?:as\s+(?:a\s+|my\s+)?(?:fallback|backup|second\s+choice)"
    r"|als\s+(?:ersatz|backup|zweitwahl|ausweich\w*|plan\s+b))\b",
    re.IGNORECASE,
)


# "1 interessiert mich nicht so", "not 2": a number turned down is no vote
NEGATED = re.compile(
    r"\b(nicht|nich|kein\w*|not|no(?!\.?\s*\d)|don'?t|doesn'?t|isn'?t|never|nie"
    # all but this one, or little thought of: "alles außer 2", "von 3 halte ich wenig"
    r"|außer|ausser|except|(?:anything|everything|all)\s+but|wenig\w*"
    # conceded, with the choice to come: "3 ist zwar spannend, aber ich stimme für 1"
    r"|zwar"
    # turned down by a rating or as known already: "Thema 2 finde ich langweilig"
    r"|langweilig|uninteressant|öde|boring|meh|hatten\s+wir\s+(doch\s+)?schon|had\s+that)\b",
    re.IGNORECASE,
)


_CONDITION = re.compile(r"\b(?:if|wenn|falls|sofern|solange|unless)\b", re.IGNORECASE)
# a clause as short as a comma makes it: "Ich bin für die Nummer 3, nicht für die 1"
_COMMA_CLAUSE = re.compile(r"(?:(?<!\bnr)(?<!\bno)\.|[!?;,\n]|\s[–—]\s)+", re.IGNORECASE)


def turned_down(text: str, start: int, end: int) -> bool:
    """Does the clause around ``text[start:end]`` turn a number down ("Nummer 2 bitte
    nicht", "alles außer Nr. 2 fände ich gut")? Then :func:`clause_votes` reads it, which
    keeps only the part of a contrast that chooses."""
    before = [m.end() for m in _COMMA_CLAUSE.finditer(text, 0, start)]
    after = _COMMA_CLAUSE.search(text, end)
    # after the vote only the next words, and none of a condition ("… if it's not too late")
    following = _CONDITION.split(text[end : after.start() if after else len(text)])[0]
    said = f"{text[before[-1] if before else 0 : end]} {' '.join(following.split()[:2])}"
    return bool(NEGATED.search(said))


# A number with company, a time, a date, a size or an amount is not a topic
NOT_A_TOPIC = re.compile(
    r"\d\s*(am|pm)\b(?!\s+(besten|liebsten|meisten|ehesten))|\b(uhr|min\w*|stunde\w*|hours?|minutes?|tage?|days?|wochen?|weeks?|jahre?|years?"
    r"|personen|leute\w*|people|persons|gäste?|guests?|kolleg\w*|colleagues?|freund\w*|friends?"
    r"|kinder\w*|kids?|plätze|seats?|euro|eur|zu\s+zweit|zu\s+dritt"
    # things counted for the evening: "Zwei Stühle bitte", "two chairs please"
    r"|stühle|stuhl|karten|tickets?|teller|portion\w*|pizz\w*|stück|bier\w*|getränke|tische?"
    r"|chairs?|spots?|places|plates?|slices?|beers?|drinks?|tables?|adults?|others"
    r"|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
    r"|january|february|march|june|july|october|december)\b"
    r"|\b\d\s+(?:of\s+us|von\s+uns)\b"
    # a count of things in English: "signed three new creators", "2 big projects" (a plural
    # after the number, an adjective allowed between; never a verb: "3 sounds good")
    r"|\b\d\s+(?:(?:new|old|big|small|more|other|young|little|great|good|different|extra)\s+)?"
    r"(?!(?:sounds|looks|seems|gets|has|is|was|wins|works|interests|appeals|speaks|makes|deserves"
    r"|needs|does|goes|stands|reads|feels|matters|please|thanks|cheers|this|thus|plus|minus|less"
    r"|unless|besides|always|perhaps|regardless|anyways|afterwards)\b)[a-z]{3,}s\b"
    # none of them chosen: "None of the three grab me", "Keins der drei spricht mich an"
    r"|\b(?:none|neither|kein[se]?|keine[rsn]|each|jede[rsn]?)\s+(?:of\s+(?:the|them|these|those)\s+|der\s+"
    r"|von\s+(?:den\s+)?)\d"
    r"|\b(um|ab|bis|gegen|at|from|until|by|mit|(?<!\bgo\s)(?<!\bgoing\s)with|(?<!tendiere\s)(?<!tendiert\s)zu|wir\s+sind|we\s+are"
    r"|we'?re)\s+\d"
    # "3 mal" is how often; "beim nächsten Mal bitte Thema 3" is a vote
    r"|\d\s*[:.]\s*\d|[€$%]|(?<![\d\s])\s*\+\s?[2-9]|^\s*\+\s?[2-9]|\d\s*(?:x|h|mal|times)\b"
    r"|\d\s+(?:is|ist|wäre|would\s+be|was|war)\s+(?:(?:zu|too|a\s+bit|etwas|way|viel)\s+)*"
    r"(?:early|late|früh|spät)"  # an hour weighed: "7 is too early", "19 wäre zu spät"
    # "von den drei Vorschlägen", "of the three topics": how many there are, not which
    r"|\b\d\s+(?:vorschläge\w*|themen|topics|optionen|options|ideen|ideas|suggestions|stimmen|votes"
    r"|anmeldung\w*|follower\w*|likes?|posts?|beiträge\w*)\b|\b(?:anzahl|zahl)\b"
    # "ist bei uns die Nummer eins", "is number one for us": the first place in the member's
    # world, not in the list
    r"|\b(?:bei\s+uns|für\s+uns|hier|überall|for\s+us|here|everywhere)\s+(?:\w+\s+)?(?:die|the)?\s*"
    r"(?:nummer|number|nr\.?)\s*(?:eins|one|1)\b"
    r"|\b(?:die|the)?\s*(?:nummer|number)\s*(?:eins|one|1)\s+(?:bei\s+uns|für\s+uns|for\s+us|here|hier)\b"
    # first in a place or a fan: "die Nummer 1 bei Instagram", "number 1 fan of these evenings"
    r"|\b(?:nummer|number|nr\.?|no\.)\s*1\s+(?:bei|im|auf|unter|in|on|at|among|fans?)\b",
    re.IGNORECASE,
)
