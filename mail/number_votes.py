"""Votes by number read clause by clause: a topic number beside a word that chooses.

The fixed forms in :mod:`mail.topic_text` ("+1 für Thema 2") miss how people write in a hurry:
"#2", "Option 2", "Die 2!", "Meine Wahl: 2", "I'd go for 2", "1 und 3 fänd ich gut". A clause votes
when it names a small number as a topic ("Thema 3", "#3", "Option 3") and chooses nothing else, or
names a bare number beside a word that chooses ("bitte", "nehme", "favorite", "go for"). A number
with a unit, a time, a date or company ("2 Kollegen", "um 7", "wir sind 2") never votes.
"""

from __future__ import annotations

import re

from mail.guest_party_size import signs_up_a_party
from mail.list_places import (
    COUNTED_OFF,
    FEW,
    FIRST_FEW,
    LAST,
    LAST_PLACE,
    LETTER,
    LIST_LEAD,
    LIST_TAIL,
    NUMBER_WORDS,
    ORDINAL,
    ORDINALS,
    PLACE,
    PLACE_ANYWHERE,
    lettered_places,
    named_places,
)
from mail.unchosen_numbers import (
    CHOOSES_A_TOPIC,
    COMPANY,
    COUNTED_NOUN,
    DIGIT,
    FALLBACK,
    LABEL,
    NEGATED,
    NOT_A_TOPIC,
    OTHER_TIME,
    QUESTION,
    SENTENCE,
    STATES_A_FACT,
    TELLS,
    TOLD,
    uncounted,
)
from mail.vote_tail import without_vote

# "Thema 3", "topic #3", "Nr. 3", "Option 3", "Vorschlag 3", "#3", "Team 3!": a number named
# as a topic
_TOPIC_NUMBER = re.compile(
    r"(?:\b(?:thema|themen?|topics?|nr\.?|no\.|nummer|number|option|punkt|punkte|variante|vorschlag|team"
    r"|vorschläge|idee|ideen|ideas?)\s*[#:]?\s*|#\s*)"
    r"(?P<n>[1-9](?:\s*(?:,|und|and|&|\+|/|oder|or|sowie)\s*(?:#\s*|nr\.?\s*)?[1-9])*)(?!\d)",
    re.IGNORECASE,
)
# A bare small number, alone or listed: "die 2", "1 und 3"
_BARE_NUMBER = re.compile(
    r"(?<![\d.:,+\-€$/])\b(?P<n>[1-9](?:\s*(?:,|und|and|&|\+|oder|or)\s*(?:die\s+|the\s+)?[1-9])*)\b"
    r"(?![\d.:,/]\d)",
    re.IGNORECASE,
)
# Words that choose: a vote, a wish, a liking
_CHOOSES = re.compile(
    r"\b(vot\w*|stimme\w*|wahl|wähle|nehme|favorit\w*|favou?rite\w*|like|go\s+for|for\s+me"
    r"|bitte|please|pls|plz|gefällt|gefallen|fände?n?|finde|fänd|klingt|klingen|hört\s+sich|sounds?"
    r"|interested|interessiert|spannend|interessant|super|toll|gut|great|good|prefer\w*"
    r"|bevorzug\w*|am\s+(?:besten|liebsten|meisten|(?!ersten\b)\w+sten)|find|best|bin\s+für|wäre\s+für|für\s+die|to|on"
    # "Bei den Vorschlägen bin ich für den dritten", "I'm all for the second one"
    r"|(?:bin|wäre)\s+ich\s+(?:auch\s+|eher\s+|ganz\s+klar\s+)?für|i\W?m\s+(?:all\s+|also\s+)?for|i\s+am\s+(?:all\s+)?for"
    # choosing, leaning, taking: "Würde 1 wählen", "tendiere zu 3", "I'm leaning towards 3"
    r"|wähl\w*|tendier\w*|tendenz|favs?|choice|choose|pick\w*|go\s+w(?:ith|/)|lean\w*|nimm|nehm\w*"
    # "I'd say 2", "ich sag mal 3": the member's verdict
    r"|i\W?d\s+say|i\s+say|sag\s+(?:ich\s+)?mal|würde\s+(?:ich\s+)?sagen"
    r"|interessier\w*|spricht|sprechen|anspr\w*|cool|mega|lieber|rather|tipp|nice|top|prima|klasse"
    # "Let's do 3", "lass uns die 2 nehmen"
    r"|let\W?s\s+(?:do|go|have|take|pick)|lass(?:t)?\s+uns"
    # never "put me down for 2" or "count me in, 2 of us": a count of people
    r"|schließe?\s+mich|hätte\s+(?:ich\s+)?gern\w*|agree\w*|take|gimme|give\s+me|grab"
    # emphasis that makes a choice: "Ganz klar die drei", "definitely 2"
    r"|ganz\s+klar|definitiv\w*|definitely|auf\s+jeden\s+fall|for\s+sure|eindeutig|unbedingt)\b"
    r"|\bgo\s+w/|\+\s?1|👍|\bftw\b|[❤♥💚💙💜🧡💛🙌🔥]",
    re.IGNORECASE,
)
_HOW_MANY = re.compile(
    r"\b[1-9]\s+(?=(?:vorschläge\w*|themen|topics|optionen|options|ideen|ideas|suggestions)\b)",
    re.IGNORECASE,
)
# "my favourite of the three", "aus den dreien": the list chosen from, not a place in it
_AMONG = re.compile(
    r"\b(?:of|among|from|von|aus|unter)\s+(?:the|these|those|all|den|diesen|allen)\s+"
    r"(?:two|three|four|five|zwei|drei|vier|fünf|2|3|4|5)(?:en|n)?\b(?!\s*[.)])",
    re.IGNORECASE,
)
# A clause that is nothing but a topic number: "Die 2!", "Drei!", "Nummer zwei 👍", "Zwee!"
_WORDS = NUMBER_WORDS
_ARTICLE = r"\W*(?:die|the|nr\.?|nummer|number|no\.)\s*"
# a digit alone needs its article ("8." is a date's day); a number word stands alone ("one" is
# as often a pronoun: "the one about …"; never the start of a compound: "Dreier-Tisch")
_SPELLED = re.compile(rf"\b(?:{'|'.join(w for w in _WORDS if w != 'one')})\b(?![-\w])", re.I)
# "number one", "Nummer eins": "one" after a word that names a place is the number
_NAMED_ONE = re.compile(r"\b(nr\.?|nummer|number|no\.|thema|topic|option|punkt)\s+one\b", re.I)
# "the 2nd one", "Den 3. Vorschlag", "2. Thema": a place written as a digit
_PLACE_DIGIT = re.compile(
    r"\b([1-9])(?:\.|st|nd|rd|th)\s*(?=(?:ones?|topics?|options?|ideas?|suggestions?|thema|themen"
    r"|vorschlag|idee|option|punkt)\b)",
    re.IGNORECASE,
)
# "Option B", "A und C": a lettered list's places, as numbers
_LETTERS_ALONE = re.compile(r"\W*[A-F](?:\s*(?:,|und|and|&|\+)\s*[A-F])+\W*")
# "Also die 3.", "Dann die Zwei": a word that draws the conclusion leads into the choice
_SO_LEAD = r"(?:\W*(?:also|dann|daher|deshalb|darum|sprich|kurzum|ergo|so|hence|thus|therefore)\b)?"
_ALONE = re.compile(rf"{_SO_LEAD}{_ARTICLE}[1-9]\W*", re.IGNORECASE)
# "2 und 3", "1, 3": a list of numbers and nothing else chooses them
_LIST_ALONE = re.compile(r"\W*(?:die|the)?\s*[1-9](?:\s*(?:,|und|and|&|\+)\s*[1-9])+\W*", re.I)
# "1 und 3 ja", "2 gerne": numbers first, then only a yes to them
_NUMBERS_YES = re.compile(
    r"\W*(?:die|the)?\s*[1-9](?:\s*(?:,|und|and|&)\s*[1-9])*\s+(?:ja|yes|gerne?|jep|yep)\W*", re.I
)
# "one" is a number only in a list of numbers: "One and three", "two and one"
_NUMBER_WORDS = r"(?:two|three|four|five|six|zwei|drei|vier|fünf|sechs)"
_ONE_LISTED = re.compile(
    rf"\bone(?=\s*(?:,|and|und|&|or)\s*{_NUMBER_WORDS}\b)"
    rf"|(?P<before>\b{_NUMBER_WORDS}\s*(?:,|and|und|&|or)\s*)one\b",
    re.IGNORECASE,
)
_ALONE_WORD = re.compile(rf"\W*(?:{_ARTICLE})?(?P<w>{'|'.join(_WORDS)})\W*", re.IGNORECASE)
# A contrast inside a clause: "nicht 2, sondern 3", "2, not 1", "1 eher nicht, aber 3"
_CONTRAST = re.compile(r",|[()]|\b(?:aber|but|sondern|jedoch)\b", re.IGNORECASE)
# what follows is turned down: "lieber 3 als 1", "3 rather than 1", "3 statt 1"
_NOT_THAT = re.compile(r"\b(?:als|than|statt|anstatt|instead\s+of)\b.*", re.IGNORECASE)
# a number alone in the chosen part of a contrast: "3", "die 3", "Thema 3"
_PART_ALONE = re.compile(
    r"\W*(?:(?:die|the|den|das)\s+)?(?:(?:nr\.?|nummer|number|thema|topic|option|#)\s*)?[1-9]"
    r"(?:\s*(?:und|and|&|\+)\s*(?:nr\.?\s*|#\s*)?[1-9])*"
    # "Thema 1 interessiert mich nicht, 3 schon": the word that affirms it is no more
    r"(?:\s+(?:schon|aber|dafür|gern|gerne|ja|yes|though|then|instead|stattdessen|eher|lieber"
    r"|bitte|please))?\W*",
    re.IGNORECASE,
)
# the member changes their mind: this clause's votes replace the ones before it
_CHANGED = re.compile(
    r"\b(?:doch\s+lieber|lieber\s+doch|doch\s+eher|stattdessen|instead|korrektur|korrigier\w*"
    r"|änder\w*|change\w*|umentschieden|actually)\b",
    re.IGNORECASE,
)


def _muted(text: str) -> str:
    """The text with its questions blanked and its counted nouns' numbers hidden, so
    they choose nothing ("die 2. Hälfte" would otherwise be split at its dot)."""
    if not DIGIT.search(text) and "?" not in text and not TELLS.search(text):
        return text
    text = COUNTED_NOUN.sub(uncounted, text)
    if TELLS.search(text) and TOLD.search(text):
        text = SENTENCE.sub(
            lambda m: " " * len(m.group(0)) if TOLD.search(m.group(0)) else m.group(0), text
        )
    if "?" not in text:
        return text
    return QUESTION.sub(_unasked, text)


def _unasked(match: re.Match[str]) -> str:
    """A question with a number is blanked; one without ("…, I think?") is left as
    written, so the clause before it is split as before."""
    asked = match.group(0)
    if not (re.search(r"[1-9]", asked) or _SPELLED.search(asked)):
        return asked
    return "." + " " * (len(asked) - 1)


# "Nr. 2", "No. 3": the abbreviation's dot ends no clause
_CLAUSE = re.compile(
    r"(?:(?<!\bnr)(?<!\bno)\.|[!?;\n])+|,\s+(?=(?:und|and|aber|but)\b)|(?<=[a-zäöü]),\s+"
    # a dash goes on about it: "die Nr. 2 nehmen – Alt-Texte macht bei uns keiner"
    r"|\s[–—]\s|[\U0001f600-\U0001f64f\U0001f910-\U0001f9ff]"
    # "Gern Thema 3, kann aber leider nicht kommen": a clause of the member's own follows
    r"|(?<=[0-9]),\s+(?=(?:kann|könnte|muss|bin|komme|schaffe|werde|ich|aber|leider|but|i|can\W?t"
    r"|cannot|won\W?t|sadly|unfortunately)\b)",
    re.IGNORECASE,
)
# a keycap emoji is a number, written as a topic's: "3️⃣" is "Nr. 3"
_KEYCAP = re.compile(r"([1-9])\ufe0f?\u20e3")


_TOPIC_NOUN = re.compile(
    r"^\s*(?:ones?|topics?|options?|ideas?|suggestions?|thema|themen|vorschlag|idee|option|punkt)\b",
    re.IGNORECASE,
)
# "Also: 3", "Meine Wahl: 2 und 3": a short lead, a colon, and only numbers after it
_LEAD_NUMBERS = re.compile(
    r"\W*[^\W\d][\w\s]{0,25}[:：]\s*(?:die|the|nr\.?|#)?\s*[1-9](?:\s*(?:,|und|and|&|\+)\s*[1-9])*\W*",
    re.IGNORECASE,
)
# A number alone ("Zwei!") is a vote in a short reply or one that talks about the topics;
# in a long story it is emphasis ("zwei Anmeldungen bekommen. Zwei!").
_ABOUT_TOPICS = re.compile(
    r"\b(?:them\w*|topics?|vot\w*|stimm\w*|abstimm\w*|wahl|liste|list|vorschl\w*|options?|punkte?)\b",
    re.IGNORECASE,
)
_SHORT_REPLY = 160
# Every topic at once, or none chosen: "Alle drei Themen sind gut, ich kann mich nicht
# entscheiden", "any of them is fine". Such words are about the list, not the evening.
_ALL_TOPICS = re.compile(
    r"\b(?:alle\s+(?:drei|vier|3|4)|all\s+(?:three|four|3|4|of\s+them)|egal\s+welch\w*"
    r"|any\s+of\s+(?:them|the\s+topics)|jedes\s+thema|whichever)\b",
    re.IGNORECASE,
)
_UNDECIDED = re.compile(r"\b(?:entscheiden|decide|choose|wählen)\b", re.IGNORECASE)


# What every vote holds: a digit, a number word, a place or a list's letter.
_MAY_VOTE = re.compile(
    rf"[1-9]|\b(?:{'|'.join(_WORDS)}|[a-f])\b"
    r"|erst|zweit|dritt|viert|fünft|first|second|third|fourth|fifth|letzt|last|mittler|middle",
    re.IGNORECASE,
)


def _chosen_part(part: str) -> bool:
    """The part of a contrast not turned down chooses its number: alone ("3", "Thema 3")
    or beside a word that chooses ("Ich bin für 2 (nicht für 1 und 3)")."""
    if _PART_ALONE.fullmatch(part):
        return True
    bare = list(_BARE_NUMBER.finditer(part))
    return len(bare) == 1 and bool(_CHOOSES.search(_BARE_NUMBER.sub(" ", part)))


def _spelled(text: str) -> str:
    return _SPELLED.sub(lambda m: str(_WORDS[m.group(0).lower()]), text)


def _count(number: int, text: str) -> int:
    return len(re.findall(rf"(?<![\d.,]){number}(?![\d.,]?\d)", text))


class _Echoes:
    """Does a number of a clause appear elsewhere in the text? A lone number that
    repeats one said before is emphasis ("drei Anmeldungen bekommen. Drei!").

    The text's numbers are counted once, not once per clause: a mail of many short
    clauses would otherwise be read again for each of them."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._counts: dict[int, int] | None = None

    def __call__(self, clause: str, said: str) -> bool:
        numbers = set(_numbers(clause))
        if not numbers:
            return False
        if self._counts is None:
            spelled = _spelled(self._text)
            self._counts = {n: _count(n, spelled) for n in range(1, 10)}
        own = _spelled(said)
        return any(self._counts[n] > _count(n, own) for n in numbers)


def _numbers(found: str) -> list[int]:
    return [int(n) for n in re.findall(r"[1-9]", found)]


# A number alone ("Die 2!", "Drei!", "Zwei und drei") is short; the patterns that
# say so backtrack over long runs of punctuation, so a longer clause is not tried.
_ALONE_MAX = 80


def _counts(clause: str, counts_people: bool) -> bool:
    """A bare number chosen by no more than "bitte", "für" or a colon, in a reply that
    says who comes: people counted ("Zusage für 2 bitte", "Count us in: 3") as readily
    as a topic picked, so no vote."""
    return counts_people and not CHOOSES_A_TOPIC.search(clause)


# "1) No, I can't come.\n2) Happy to share my e-mail": markers at the start of lines that
# count up from one number the member's own points, not the topics they choose
_OWN_MARKER = re.compile(r"^(?P<indent>[ \t]*)(?P<n>[1-9])[.)](?=[ \t]+\S)", re.MULTILINE)


def _without_own_points(text: str) -> str:
    """The text without the markers of a list of the member's own points."""
    marks = [int(m.group("n")) for m in _OWN_MARKER.finditer(text)]
    if len(marks) < 2 or marks != list(range(1, len(marks) + 1)):
        return text
    return _OWN_MARKER.sub(lambda m: m.group("indent") + "  ", text)


def clause_votes(text: str) -> tuple[list[int], str]:
    """Topic numbers voted for in ``text``, clause by clause, and the text without the
    clauses that voted (their words are no answer); no votes when unsure."""
    votes: list[int] = []
    written, points = text, "\n" in text
    if points:
        text = _without_own_points(text)
        points = text != written
    text = _KEYCAP.sub(r"Nr. \1", text)
    text = _PLACE_DIGIT.sub(r"Nr. \1 ", text)
    text = lettered_places(text)
    if DIGIT.search(text):
        text = FALLBACK.sub("", text)
    text = FIRST_FEW.sub(
        lambda m: " und ".join(f"Nr. {n}" for n in range(1, FEW[m.group("few").lower()] + 1)),
        text,
    )
    rest = text
    echoes = _Echoes(text)
    lone_ok = len(text.strip()) <= _SHORT_REPLY or bool(_ABOUT_TOPICS.search(text))
    counts_people = bool(COMPANY.search(text)) or signs_up_a_party(text)  # "Ja, für 2 bitte"
    for sentence in re.split(r"[.!?\n]+", text):
        if _ALL_TOPICS.search(sentence):
            for clause in _CLAUSE.split(sentence):
                if _ALL_TOPICS.search(clause) or _UNDECIDED.search(clause):
                    rest = rest.replace(clause.strip(), "", 1)  # no choice, and no answer
    for clause in _CLAUSE.split(_muted(text)):
        clause = clause.strip()
        said = clause
        if not _MAY_VOTE.search(said):
            continue  # no number, place or letter: most clauses of a long reply
        if (
            _ALL_TOPICS.search(said)
            or OTHER_TIME.search(said)
            or (DIGIT.search(said) and LABEL.search(said))
        ):
            continue
        # "Die drei fänd ich gut" as "Die 3 …"; never "one", which is a pronoun too
        clause = _ONE_LISTED.sub(lambda m: f"{m.group('before') or ''}1", clause)
        clause = _NAMED_ONE.sub(lambda m: f"{m.group(1)} 1", clause)
        clause = _SPELLED.sub(lambda m: str(_WORDS[m.group(0).lower()]), clause)
        if _LETTERS_ALONE.fullmatch(clause):
            clause = re.sub(r"[A-F]", lambda m: str(LETTER[m.group(0).lower()]), clause)
        # "von den drei Vorschlägen", "of the three topics": how many there are, not which
        clause = _HOW_MANY.sub("x ", clause)
        clause = _AMONG.sub("", clause)  # "my favourite of the three": which is said in words
        if not clause or NOT_A_TOPIC.search(clause):
            continue
        if NEGATED.search(clause):
            # only the part not turned down may choose: "nicht 2, sondern 3", "2, not 1"
            parts = [_NOT_THAT.sub("", p) for p in _CONTRAST.split(clause)]
            kept = [p for p in parts if not NEGATED.search(p)]
            chosen = [n for p in kept if _chosen_part(p) for n in _numbers(p)]
            if len(kept) < len(parts) and chosen:
                votes = chosen if _CHANGED.search(clause) else votes + chosen
                rest = rest.replace(said, "", 1)
            continue
        clause = _NOT_THAT.sub("", clause)  # "lieber 3 als 1" chooses 3
        found: list[int] = []
        named = list(_TOPIC_NUMBER.finditer(clause))
        bare = list(_BARE_NUMBER.finditer(clause))
        short = len(said) <= _ALONE_MAX and lone_ok and not echoes(clause, said)
        if named and STATES_A_FACT.search(_TOPIC_NUMBER.sub(" ", clause)):
            pass  # "Nummer 3 fehlt in der Mail", "Thema 2 und 3 sind doppelt": about the list
        elif named:
            found = [n for match in named for n in _numbers(match.group("n"))]
        elif len(bare) == 1 and _CHOOSES.search(_BARE_NUMBER.sub(" ", clause)):
            found = [] if _counts(clause, counts_people) else _numbers(bare[0].group("n"))
        elif short and len(bare) == 1 and _ALONE.fullmatch(clause):
            found = _numbers(bare[0].group("n"))  # "Die 2!"
        elif short and (spelled := _ALONE_WORD.fullmatch(said)):
            found = [_WORDS[spelled.group("w").lower()]]  # "Drei!", "die zwei", "number two"
        elif short and _LIST_ALONE.fullmatch(clause) and len(set(_numbers(clause))) > 1:
            found = _numbers(clause)  # "Zwei und drei"
        elif short and _NUMBERS_YES.fullmatch(clause):
            found = _numbers(clause)  # "1 und 3 ja"
        elif short and COUNTED_OFF.fullmatch(said):
            found = [ORDINALS[w.lower()] for w in PLACE.findall(said)]  # "Erstens und drittens"
        elif short and _LEAD_NUMBERS.fullmatch(clause) and not _counts(clause, counts_people):
            found = _numbers(clause.split(":")[-1])  # "Also: 3"
        elif (last := LAST.search(clause)) and not clause[last.end() :].strip(" !.👍"):
            found = [LAST_PLACE]
        elif place := ORDINAL.search(clause):
            rest_of_it = LIST_TAIL.sub("", clause[place.end() :])  # "… auf eurer Liste"
            if not rest_of_it.strip(" !.👍") or _CHOOSES.search(rest_of_it):
                found = [ORDINALS[word.lower()] for word in PLACE.findall(place.group(0))]
        if not found and (places := named_places(clause)):
            # "I'd pick the first one", "nehme ich das letzte"; alone: "Dat zweite"
            at = PLACE_ANYWHERE.search(clause)
            assert at is not None
            before, after = clause[: at.start()], _TOPIC_NOUN.sub("", clause[at.end() :], 1)
            alone = not LIST_TAIL.sub("", LIST_LEAD.sub("", before) + after).strip(" -–:!.👍")
            if _CHOOSES.search(before) or _CHOOSES.search(after) or (short and alone):
                found = places
        if found:
            # "Erst dachte ich 1, aber doch lieber 3": the later choice replaces the earlier
            votes = found if _CHANGED.search(clause) else votes + found
            rest = without_vote(rest, said)  # "Third one, definitely": the stress is the vote's
    # a list of the member's own points with no vote keeps its markers for the answer
    # reader ("1) Yes, I will come 2) No guests": the item on coming gives the answer)
    unread = points and not votes and rest == text
    return list(dict.fromkeys(votes)), written if unread else rest
