"""Topic suggestions and votes by number in a member's own words.

Suggestions are taken from the forms people use: a cue before a colon
("Thema: …", "Themenvorschlag für einen der nächsten Abende: …", "topic idea:
…", "Round-Table-Idee: …") with the line or a list below it (bullets,
numbers, letters), and prose with a cue ("would love a talk about …", "ich
fände einen Abend über … spannend"). The cues live in
``mail/lexicon/topic_*.toml``. A wrong topic costs the organizer more than a
missed one, so a title needs such a cue. The text without the topic and vote
phrases comes back too, so their words ("Wie sage ich nein?") are not read
as an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from mail.clauses import join_soft_breaks
from mail.cues import cue, each
from mail.guest_words import first_names
from mail.list_places import ALL_BUT
from mail.number_votes import clause_votes
from mail.topic_dismissed import without_dismissed
from mail.topic_hashtags import hashtag_topics
from mail.topic_labels import headed_topics, header_pattern
from mail.topic_problem import problem_topics
from mail.topic_prose import prose_topics
from mail.topic_titles import GREETING, STRIP_START, clean_title, usable
from mail.unchosen_numbers import LABEL, turned_down

_NUMLIST = (
    r"\d{1,2}(?:\s*(?:,|und|and|&|\+|/|sowie|or|oder)\s*(?:thema\s*|topic\s*|nr\.?\s*)?\d{1,2})*"
)
_SUBJECT = (
    r"(?:das\s+|die\s+|the\s+)?"
    r"(?:thema|themen|topics?|vorschlag|vorschläge|idee|idea|nr\.?|no\.|nummer|numbers?|#)"
)
_NUMBER_WORD = {
    "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
}  # fmt: skip
# "Nummer zwei", "topic three": a number word after a topic word is the number
_SPELLED = re.compile(
    rf"\b(?P<s>(?:thema|topic|nr\.?|no\.|nummer|number)\s+)(?P<w>{'|'.join(_NUMBER_WORD)})\b",
    re.IGNORECASE,
)
# After "+1 für 3" a unit makes the number a count ("+1 für 3 Personen"), not a topic.
_NOT_A_UNIT = r"(?!\s*(?:personen|leute|people|persons|gäste|guests|plätze|seats|uhr|pm|am\b|min))"
_POSITIVE = (
    r"(?:👍|\+\s?1|please|bitte"
    r"|(?:(?:ist|wäre|is|would be)\s+)?(?:mein|my)\s+(?:favorit|favourite|favorite)"
    r"|klingt gut|sounds good|gefällt mir|finde ich gut|fände ich gut)"
)
_ORDINALS = {
    "erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
}  # fmt: skip
_ORDINAL_VOTE = re.compile(
    # "Erstes und zweites Thema, bitte": the places before the last one vote too
    rf"\b(?:das\s+|die\s+|the\s+)?(?:(?:{'|'.join(_ORDINALS)})[srn]?\s*(?:,|und|and|&)\s*"
    rf"(?:das\s+|die\s+|the\s+)?)*(?P<o>{'|'.join(_ORDINALS)})[srn]?\s+"
    rf"(?:thema|topic|idee|idea|vorschlag|suggestion|option|one)\s*,?\s*{_POSITIVE}"
    rf"(?:\s*,?\s*\+\s?1)?",
    re.IGNORECASE,
)
_VOTES = re.compile(
    "|".join(
        (
            rf"\+\s?1\s*(?:für|fuer|for|zu|to|on)?\s*{_SUBJECT}\s*#?\s*(?P<a>{_NUMLIST})",
            rf"\b(?:ich\s+)?stimme\s+(?:aber\s+|auch\s+|ebenfalls\s+)?(?:für|fuer)\s+"
            rf"(?:{_SUBJECT}\s*#?\s*)?(?P<b>{_NUMLIST})",
            rf"\b(?:i\s+)?(?:also\s+)?vot(?:e|ing)\s+(?:for\s+)?(?:{_SUBJECT}\s*#?\s*)?(?P<c>{_NUMLIST})",
            rf"\b(?:my vote|meine stimme)\s+(?:goes\s+|geht\s+)?(?:to|for|an|für)\s+"
            rf"(?:{_SUBJECT}\s*#?\s*)?(?P<g>{_NUMLIST})",
            rf"\b{_SUBJECT}\s*#?\s*(?P<h>{_NUMLIST})\s*,?\s*{_POSITIVE}",
            rf"\b{_SUBJECT}\s*#?\s*(?P<d>{_NUMLIST})\s+(?:fände|finde|fänd)\s+ich\s+"
            r"(?:auch\s+|echt\s+|sehr\s+|richtig\s+|besonders\s+)?(?:gut|super|spannend|interessant|toll|klasse|prima)",
            rf"\b{_SUBJECT}\s*#?\s*(?P<e>{_NUMLIST})\s+(?:gefällt mir|klingt gut|wäre toll"
            r"|wäre super|sounds (?:good|great|interesting)|would be great)",
            rf"\b(?:ich\s+)?(?:bin|wäre)\s+für\s+{_SUBJECT}\s*#?\s*(?P<f>{_NUMLIST})",
            rf"\b{_SUBJECT}\s*#?\s*(?P<i>{_NUMLIST})\s+(?:gets|has)\s+my\s+vote",
            rf"\b(?:my\s+votes?|meine\s+stimmen?)\s*[:：]\s*(?:{_SUBJECT}\s*#?\s*)?(?P<j>{_NUMLIST})",
            rf"\b(?:für|fuer)\s+{_SUBJECT}\s*#?\s*(?P<k>{_NUMLIST})\s+(?:bin|wäre|stimme)\b",
            rf"\+\s?1\s*(?:für|fuer|for)\s+(?P<l>\d{{1,2}}(?:\s*(?:,|und|and|&)\s*\d{{1,2}})*)\b{_NOT_A_UNIT}",
        )
    ),
    re.IGNORECASE,
)


# "Ich stimme für alle drei Vorschläge", "voting for all three": every place of the list;
# a list of another length goes to a person. Without a vote verb ("Alle drei klingen gut,
# ich kann mich nicht entscheiden") it chooses none.
_ALL_OF_THEM = re.compile(
    r"\b(?:stimme|stimmen|vote|votes|voting|\+\s?1)\s+(?:auch\s+|also\s+)?(?:für|fuer|for)\s+"
    r"(?:alle|all|all\s+of\s+the)\s+(?P<n>zwei|drei|vier|fünf|two|three|four|five|[2-5])\b[^.!?\n]*",
    re.IGNORECASE,
)


# "Ich stimme für alle außer 3", "All except number 1 please", "alles bis auf die 2": every
# place of the list but those (how many there are is known only against the list shown)
_ALL_BUT = re.compile(
    r"\b(?:alle|alles|all|everything|any|jede[rsn]?|each)\s+(?:themen\s+|topics\s+|vorschläge\s+"
    r"|of\s+them\s+)?(?:außer|ausser|bis\s+auf|except(?:\s+for)?|but|apart\s+from|other\s+than)\s+"
    r"(?:(?:thema|topic|nr\.?|nummer|number|no\.|#|die|der|das|the)\s*)*"
    rf"(?P<n>(?:[1-9]|{'|'.join(_NUMBER_WORD)})(?:\s*(?:,|und|and|&|or|oder)\s*(?:nr\.?\s*|#\s*|die\s+"
    rf"|the\s+)?(?:[1-9]|{'|'.join(_NUMBER_WORD)}))*)\b{_NOT_A_UNIT}(?!\s*(?:leute\w*|kolleg\w*|of\s+us))",
    re.IGNORECASE,
)


# "Alle drei sind gut … Also je eine Stimme", "a vote for each of the three": one vote for
# every place, counted where the mail says how many ("alle drei"); else no vote
_EACH = re.compile(
    r"\b(?:je|jeweils)\s+(?:eine|1)\s+stimme\b|\bone\s+vote\s+each\b"
    r"|\b(?:a|one|my)\s+vote\s+(?:for|to)\s+each\b(?:\s+of\s+(?:them|the\s+\w+))?"
    r"|\beach\s+(?:one|of\s+them)\s+gets\s+(?:a|my|one)\s+vote\b",
    re.IGNORECASE,
)
_HOW_MANY = re.compile(
    r"\b(?:alle|all|each\s+of\s+the|jede[sr]?\s+der)\s+"
    r"(?P<n>zwei|drei|vier|fünf|two|three|four|five|[2-5])\b",
    re.IGNORECASE,
)


def _each_place(text: str) -> tuple[list[int], str]:
    """A vote for every place of a list whose length the mail gives, and the text
    without it."""
    each = _EACH.search(text)
    count = _HOW_MANY.search(text)
    if not each or not count:
        return [], text
    word = count.group("n").lower()
    places = list(range(1, (int(word) if word.isdigit() else _NUMBER_WORD[word]) + 1))
    return places, text[: each.start()] + text[each.end() :]


@dataclass
class TopicText:
    titles: list[str]
    votes: list[int]
    rest: str  # the text without topic and vote phrases
    named: list[str] = field(default_factory=list)  # topics voted for by name, as written
    # words that may name an open topic; a vote only if one fits, else nothing
    mentioned: list[str] = field(default_factory=list)


def _votes(text: str) -> tuple[list[int], str]:
    votes: list[int] = []

    def take(match: re.Match[str]) -> str:
        if turned_down(match.string, match.start(), match.end()):
            return match.group(0)  # "Nummer 2 bitte nicht": read clause by clause below
        if LABEL.search(match.string[max(0, match.start() - 12) : match.end()]):
            return match.group(0)  # "Raum Nr. 3, bitte klingeln" points to a door
        numbers = next(group for group in match.groups() if group)
        votes.extend(int(n) for n in re.findall(r"\d{1,2}", numbers) if int(n) > 0)
        return ""

    def take_ordinal(match: re.Match[str]) -> str:
        if turned_down(match.string, match.start(), match.end()):
            return match.group(0)
        places = re.findall(rf"\b(?:{'|'.join(_ORDINALS)})", match.group(0), re.IGNORECASE)
        votes.extend(_ORDINALS[place.lower()] for place in places)
        return ""

    def take_all(match: re.Match[str]) -> str:
        count = match.group("n").lower()
        votes.extend(range(1, (int(count) if count.isdigit() else _NUMBER_WORD[count]) + 1))
        return ""

    def take_all_but(match: re.Match[str]) -> str:
        left_out = re.findall(rf"[1-9]|{'|'.join(_NUMBER_WORD)}", match.group("n"), re.IGNORECASE)
        votes.extend(
            ALL_BUT - (int(n) if n.isdigit() else _NUMBER_WORD[n.lower()]) for n in left_out
        )
        return ""

    votes, text = _each_place(text)
    text = _ALL_BUT.sub(take_all_but, text)
    text = _ALL_OF_THEM.sub(take_all, text)
    text = _SPELLED.sub(lambda m: f"{m.group('s')}{_NUMBER_WORD[m.group('w').lower()]}", text)
    rest = _ORDINAL_VOTE.sub(take_ordinal, _VOTES.sub(take, text))
    more, rest = clause_votes(rest)  # "#2", "Option 2", "Meine Wahl: 2", "I'd go for 2"
    return list(dict.fromkeys(votes + more)), rest


def _named_votes(text: str) -> tuple[list[str], str]:
    """Votes that name a topic in words ("+1 für die barrierefreien Posts"); which
    topic they mean is decided against the open topics, outside the text."""
    named: list[str] = []

    def take(match: re.Match[str]) -> str:
        name = clean_title(match.group("name"))
        if len(name) < 2 or not usable(name):
            return match.group(0)  # "+1 für den Abend" agrees to the evening
        if name.lower() in first_names():
            return match.group(0)  # "plus one für Jonas" brings a guest
        named.append(name)
        return ""

    # one look for the words of all the patterns, again after a vote is cut out
    possible = cue("topic", "named_vote").possible(text)
    for pattern in each("topic", "named_vote", re.IGNORECASE | re.MULTILINE):
        if pattern.pattern in possible:
            cut = pattern.sub(take, text)
            if cut != text:
                text, possible = cut, cue("topic", "named_vote").possible(cut)
    return list(dict.fromkeys(named)), text


# Clauses that may choose a listed topic in other words ("Mastodon, ganz klar",
# "KI-Bilder kennzeichnen – das brauchen wir"): short, not asked, not denied.
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;]|\s[–—-]\s|[–—])\s*")
_MAX_CLAUSE_WORDS = 14


# "…, die zu posten": a verb with "zu" ends a clause that does something, not one that
# names a topic
_INFINITIVE = re.compile(r"\bzu\s+\w+(?:en|ern|eln)\W*$", re.IGNORECASE)
_AND = re.compile(r"\s+(?:und|and|sowie|&|plus)\s+", re.IGNORECASE)


def choosing_clauses(text: str) -> list[str]:
    """Short clauses, neither asked nor denied, that may choose a listed topic by its
    words; a vote only when one open topic fits them (decided outside the text).

    A denial counts for its own clause and the one before it ("KI-Bilder – bloß
    nicht"), not for what follows ("Kann nicht, aber mein Votum: Mastodon").
    """
    found: list[str] = []
    denied = cue("topic", "not_chosen")
    for sentence in _SENTENCE.findall(text):
        if sentence.rstrip().endswith("?"):
            continue
        parts = [c.strip(STRIP_START) for c in _CLAUSE_BREAK.split(sentence)]
        for index, clause in enumerate(parts):
            after = parts[index + 1] if index + 1 < len(parts) else ""
            if not clause or len(clause.split()) > _MAX_CLAUSE_WORDS:
                continue
            if denied.search(clause) or denied.search(after) or _INFINITIVE.search(clause):
                continue
            found.append(clause)
    return found


def and_parts(clause: str) -> list[str]:
    """The parts of a clause that may name two topics: "Mastodon und KI-Bilder"."""
    return [part for part in _AND.split(clause) if part.strip()]


def _mentions(text: str) -> list[str]:
    """Phrases that may name an open topic; the text keeps them, as they may say more."""
    found: list[str] = []
    possible = cue("topic", "mention").possible(text)
    for pattern in each("topic", "mention"):
        if pattern.pattern not in possible:
            continue
        for match in pattern.finditer(text):
            name = clean_title(match.group("name"))
            if cue("topic", "not_chosen").search(match.group(0)):
                continue  # "KI-Bilder – bloß nicht" names a topic to turn it down
            if len(name) >= 2 and usable(name):
                found.append(name)
    if cue("topic", "vote_for_it").search(text):
        found.append(" ".join(text.split()))  # "… steht ja schon drauf. Also +1 dafür."
    return list(dict.fromkeys(found))


def subject_topics(subject: str, text: str = "") -> list[str]:
    """A suggestion made in the subject ("Themenvorschlag: …"), reply prefixes removed; or
    a subject that only says it is one ("Themenvorschlag") above the title in ``text``."""
    alone, bare = _subject_alone(subject)
    if bare is None:
        return list(alone)
    lines = join_soft_breaks(text).splitlines()
    body = [line for line in lines if not GREETING.match(line.strip())]
    while body and not body[0].strip():
        body.pop(0)
    if not body:
        return []
    first = _POINTS_AT_SUBJECT.sub("", body[0])  # "Im Betreff steht's schon halb: X"
    if len(first.split()) > 12:
        # "Google Maps für Gastronomie. Die meisten Gäste finden uns dort": a short first
        # sentence that is no clause of the member's own is the title; else a person reads it
        lead = _FIRST_SENTENCE.match(first)
        if not lead or len(lead.group(1).split()) > 8 or _OWN_CLAUSE.match(lead.group(1)):
            return []
        first = lead.group(1)
    titles, _ = headed_topics([f"{bare.rstrip(' :')}:", first, *body[1:]])
    return titles


# a subject of the member's own led by a label word, the title capitalised after it; after
# a label that can be nothing else, of any case ("Themenidee accessibility in Reels")
_LABEL_FIRST = re.compile(
    r"^\s*((?i:vorschlag|idee|thema|themenidee|wunsch|topic|idea|suggestion|proposal)(?=\s+[A-ZÄÖÜ])"
    r"|(?i:themen(?:idee|vorschlag|wunsch)|topic\s+(?:idea|suggestion)))\s+(?=\w)"
)


# Every member answering one invitation replies under its subject: it is read once.
@lru_cache(maxsize=64)
def _subject_alone(subject: str) -> tuple[tuple[str, ...], str | None]:
    """The titles the subject suggests by itself; with a bare cue ("Themenvorschlag"), the
    subject without reply prefixes, whose title is then looked for in the text."""
    bare = re.sub(r"^\s*((re|aw|wg|fw|fwd|antw)\s*:\s*)+", "", subject, flags=re.IGNORECASE)
    cue_at = header_pattern().match(bare)
    if bare != subject and cue_at and re.search(r"[:|–—]|\s-\s", bare[: cue_at.start("after")]):
        return (), None  # "Re: Einladung … – Thema: KI" repeats the invitation's own topic
    if ":" not in bare:
        bare = re.sub(r"\s[-–—]\s", ": ", bare, count=1)  # "Topic suggestion - Threads vs. X"
    if ":" not in bare and bare == subject:
        # a subject of the member's own: "Vorschlag Mastodon für Schulen"
        bare = _LABEL_FIRST.sub(r"\1: ", bare, count=1)
    titles, _ = headed_topics([bare])
    header = header_pattern().match(bare.rstrip(" :") + ":")
    if titles or not header or header.group("rest").strip() or header.group("before"):
        return tuple(titles), None
    return (), bare


# a lead pointing at the subject line before the title: "Wie im Betreff: X", "As per subject: X"
_POINTS_AT_SUBJECT = re.compile(
    r"^[^:\n]{0,40}\b(?:betreff|subject|titel|title)\b[^:\n]{0,30}:\s*(?=\S)", re.IGNORECASE
)
_FIRST_SENTENCE = re.compile(r"^\s*([^.!?]{3,80}?)[.!]\s+[A-ZÄÖÜ]")
# a sentence about the member, not a noun phrase: "Ich weiß nicht, ob …", "We have …"
_OWN_CLAUSE = re.compile(
    r"^\W*(?:ich|wir|man|es|das|da|hier|i|we|it|this|that|there|my|our|mein\w*|unser\w*"
    r"|bin|habe|hab|hatte|kann|weiß|was|is|are|am|have|had)\b",
    re.IGNORECASE,
)


# A dictated mail speaks its marks: "Nachricht an Stammtisch: Themenvorschlag Doppelpunkt X
# Punkt". Where a colon is spoken, the marks are written as marks and the address the
# phone put first goes.
_SPOKEN_COLON = re.compile(r"\s+(?:doppelpunkt|colon)\s+", re.IGNORECASE)
_SPOKEN_STOP = re.compile(r"\s+(?:punkt|full\s+stop|period)(?=\s*$)", re.IGNORECASE | re.MULTILINE)
_SPOKEN_TO = re.compile(
    r"^\s*(?:nachricht|message|sms|text)\s+(?:an|to|für|for)\s+[^:\n]{1,40}:\s*(?=\S[^:\n]*:)",
    re.IGNORECASE | re.MULTILINE,
)


def _marks_written(text: str) -> str:
    if not _SPOKEN_COLON.search(text):
        return text
    text = _SPOKEN_STOP.sub(".", _SPOKEN_COLON.sub(": ", text))
    return _SPOKEN_TO.sub("", text)


def extract_topics(text: str) -> TopicText:
    """Suggested topic titles and voted topic numbers, plus the remaining text."""
    whole = join_soft_breaks(_marks_written(text))
    headed, lines = headed_topics(whole.splitlines())
    every: list[int] = []
    joined = "\n".join(lines)
    if _ALL_OF_THEM.search(joined):
        every, joined = _votes(joined)  # "Ich stimme für alle drei …" names no new title
    asked, rest = prose_topics(joined)
    if not headed and not asked:
        asked, rest = hashtag_topics(rest)  # "#Themenwunsch #Podcasts"
    if not headed and not asked:
        # "Wir kämpfen mit Hasskommentaren – wäre das was für einen Abend?"
        asked, rest = problem_topics(rest)
    votes, rest = _votes(rest)
    votes = list(dict.fromkeys(every + votes))
    named, rest = _named_votes(rest)
    if headed and not asked:
        rest = cue("topic", "follow_up").sub("", rest)  # "Thema: X. Vielleicht ein Abend dazu?"
    # "Ein Abend über Newsletter? Gähn." waves the suggestion away in the next breath
    titles, rest = without_dismissed(whole, list(dict.fromkeys(headed + asked)), rest)
    if len(headed) > 1 and votes and not re.search(r"[1-9]", joined):
        # "Das Letzte wäre uns am wichtigsten" under a list of the member's own ranks that
        # list; a place without a number chooses none of the topics they were shown
        votes = []
    if titles:
        # "Vielleicht ist ja was dabei." hedges the suggestions, not the evening
        hedge = cue("topic", "about_suggestion")
        rest = "\n".join(hedge.sub("", line) for line in rest.split("\n"))
    mentioned = _mentions(rest)
    return TopicText(
        titles=titles, votes=votes, rest=rest.strip(), named=named, mentioned=mentioned
    )
