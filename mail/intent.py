"""What a member means by their own words: yes, no or maybe, guests, unsubscribe, join.

The reader is deliberately timid: when signals disagree, or the member asks
instead of answers, it records nothing and says why, so a person decides.
Signals are found clause by clause; a "yes" phrase in a clause with a negation
counts as "no", and one in a conditional or doubtful clause counts as "maybe".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from somek_tui.models import Answer


@dataclass
class Intent:
    answer: Answer | None = None
    guests: int = 0
    problem: str = ""  # non-empty: unclear or contradictory, with the reason
    unsubscribe: bool = False
    join_request: bool = False
    evidence: list[str] = field(default_factory=list)  # the phrases that decided


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# Phrases that look like signals but are not: masked before anything else.
_NEUTRAL = _rx(
    r"\b(no|kein|keine)\s+(problem|probleme|worries|sorge|sorgen|doubt|frage)\b",
    r"\b(vielleicht|evtl\.?|eventuell|wahrscheinlich|maybe|possibly|probably|might be)\s+"
    r"(etwas |ein bisschen |ein paar minuten |a bit |a little |a few minutes )?"
    r"(später|spaeter|früher|later|late|earlier)\b",
    r"\b(vielleicht|maybe)\s+(ja\s+)?(beim\s+)?(nächste[ns]?|next)\s+(mal|time)\b",
    r"\bbis\s+(zum\s+)?nächste[ns]?\s+mal\b|\b(see you|until|till)\s+next time\b",
    r"\bfreue mich\b|\blooking forward\b|\bdanke\b|\bthanks?\b|\bthank you\b",
    r"\bnicht vergessen\b|\bnicht zu spät\b|\bcan'?t wait\b|\bkann es kaum erwarten\b",
)
_MAYBE = _rx(
    r"\bvielleicht\b|\beventuell\b|\bevtl\b|\bmöglicherweise\b|\bwomöglich\b",
    r"\bwei(ß|ss)\s+(ich\s+)?(es\s+)?(leider\s+)?noch\s+nicht\b|\bnoch\s+nicht\s+sicher\b",
    r"\bnicht\s+(ganz\s+|so\s+)?sicher\b|\bunsicher\b|\bkeine ahnung\b|\bnoch unklar\b",
    r"\bmal\s+(sehen|schauen|gucken)\b|\bkommt\s+(drauf|darauf)\s+an\b|\bspontan\b",
    r"\bversuch(e|en)?\b|\bmit etwas glück\b|\bunter umständen\b",
    r"\bmaybe\b|\bperhaps\b|\bpossibly\b|\bmight\b|\bnot\s+(yet\s+)?(sure|certain)\b",
    r"\bunsure\b|\bno idea\b|\bdon'?t know( yet)?\b|\btentative(ly)?\b|\btry\b|\bhopefully\b",
    r"\bdepends\b|\bnot decided\b",
)
_NO = _rx(
    r"\bnein\b|\babsage\b|\babsagen\b|\bsage\s+((ich|leider|hiermit|dann|euch|dir|diesmal)\s+)*ab\b",
    r"\bmuss\b[^,]{0,20}\bpassen\b|\bbin\b[^,]{0,20}\braus\b|\bleider\s+(doch\s+)?nicht\b",
    r"\bdoch\s+(nicht|nich|keine\s+zeit)\b",
    r"\bnicht\s+dabei\b|\bkann\b[^,]{0,30}\bnicht\b|\bohne mich\b|\bverhindert\b",
    r"\bkeine zeit\b|\bdiesmal nicht\b|\bnicht diesmal\b|\bnicht\s+(kommen|teilnehmen)\b",
    r"^\W*no\b|\bcan'?t\b|\bcannot\b|\bunable\b|\bnot able\b|\bwon'?t be able\b",
    r"\bi'?m out\b|\bcount me out\b|\bi'?ll pass\b|\b(have|need) to (pass|decline|skip|cancel)\b",
    r"\bmust decline\b|\bnot this time\b|\b(sadly|unfortunately) not\b|\bregrets\b",
    r"👎|❌",
    # "next time" means not this time: with a yes beside it, a person should look
    r"\b(beim\s+)?nächste[ns]?\s+mal\b|\bnext time\b",
)
_YES = _rx(
    r"^\W*(ja|jap|jawohl|yes|yep|yeah|yup|sure|absolutely|definitely|of course|natürlich"
    r"|klar|na klar|gerne?|selbstverständlich)\b",
    r"\b(ich|wir)\s+(komme|kommen)\b|^\W*komme\b|\bkomme(n)? gerne?\b",
    r"\b(bin|sind)\b[^,]{0,30}\bdabei\b|\bzusage\b|\bsage\s+((ich|gerne|hiermit|euch|dir)\s+)*zu\b",
    r"\bschaffe (es|ich)\b|\bklappt\b|\bbin am start\b|\b(nehme|nehmen)\b[^,]{0,15}\bteil\b",
    r"\bwerde\b[^,]{0,20}\b(kommen|teilnehmen|da sein|dabei sein)\b",
    r"\bcount me in\b|\bi'?m in\s*$|\bsee you (there|then|on)\b|\bi'?ll be there\b",
    r"\bwarum nicht\b|\bwhy not\b",
    r"\b(i|we)\b[^,]{0,25}?\b(make it|be there|come|coming|attend|attending|join|joining)\b",
    r"👍|✅|👌|🙋",
)
_NEGATION = _rx(
    r"\b(nicht|nich|kein|keine|keinen|not|never|nie|cannot|cant|wont|dont|unable)\b|n't\b"
)
_YES_DESPITE_NEGATION = _rx(r"\bwarum nicht\b|\bwhy not\b")
# Said of a yes, these make it a wish or a regret, not an answer: "wäre gerne
# dabei gewesen", "I wish I could come", "I'd love to come but …"
_WISH = _rx(
    r"\bgewesen\b|\bgekonnt\b|\bkäme\b|\b(wäre|wär)\b[^.!?]{0,30}\b(gerne?|gekommen|dabei)\b",
    r"\bhätte\b[^.!?]{0,30}\b(teilgenommen|gekommen|können)\b",
    r"\bwould have\b|\bwould'?ve\b|\bwish(ed)?\b|\bhad hoped\b",
    r"\b(i'?d|i would|würde)\b[^.!?]{0,30}\b(love|like|gerne?)\b[^.!?]{0,40}\b(but|aber)\b",
)
_CONDITION = _rx(r"\b(ob|falls|wenn|sofern|if|whether|unless|hoffentlich)\b", r"\bes sei denn\b")
_UNSUBSCRIBE = _rx(
    r"\babmelden\b|\babmeldung\b|\baustragen\b|\bausgetragen\b",
    r"\b(aus|von)\s+(dem|eurem|ihrem|diesem|der)\s+(verteiler|mailingliste|liste|newsletter)\b",
    r"\bkeine\s+(e-?mails|mails|einladungen|nachrichten)\s+mehr\b",
    r"\bunsubscribe\b|\bremove me\b|\btake me off\b|\bstop sending\b|\bopt[- ]out\b",
    r"\bno more (e-?mails|mails|invitations)\b",
)
_JOIN = _rx(
    r"\bwürde\b[^.!?]{0,50}\b(gerne?|mal)\b[^.!?]{0,50}\b(dabei sein|teilnehmen|kommen|mitmachen"
    r"|vorbeikommen|vorbeischauen)\b",
    r"\b(in|auf)\s+(den|die|eure|euren)\s+(verteiler|mailingliste|liste|einladungsliste)\b",
    r"\b(mich|mir)\b[^.!?]{0,30}\b(anmelden|aufnehmen|eintragen)\b",
    r"\b(add|put|sign)\s+me\s+(up|to|on)\b",
    r"\bjoin (the|your) (list|mailing list|meetup|stammtisch)\b",
    r"\b(like|love)\s+to\s+(join|attend|come to)\b[^.!?]{0,40}\b(next|one of|your|the)\b",
)
_PERSON = (
    r"(kolleg\w*|freund\w*|partner\w*|begleit\w*|gäste|gast|mann|frau|ehefrau|ehemann"
    r"|tochter|sohn|bekannte\w*|kommiliton\w*|mitarbeiter\w*|chef\w*|person\w*|leute"
    r"|colleague\w*|friend\w*|guest\w*|wife|husband|co-?worker\w*|someone|somebody"
    r"|people|partner|boss|girlfriend|boyfriend|jemand\w*)"
)
_COUNT_WORDS = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "a": 1, "an": 1, "one": 1,
    "zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "four": 4, "fünf": 5, "five": 5,
}  # fmt: skip
# Words that fix a following singular noun; "Kollegen" alone could be one or many.
_SINGULAR = re.compile(r"^(mein\w*|my|unser\w*|our|der|dem|the|jemand)$")
_DATIVE_PLURAL = {"meinen", "unseren", "den"}
_AMBIGUOUS_NUMBER = re.compile(r"^(meine|unsere|die|den)$")
_PLURAL_NOUN = re.compile(
    r"(innen|leute|gäste|freunde|colleagues|friends|guests|people|coworkers)$"
)
_VOTE_CONTEXT = (
    r"\s*(für|for|zu|to|on)?\s*(das\s+|the\s+)?(thema|topic|vorschlag|nr|nummer|#|idee|idea)"
)
_GUEST_PLUS = re.compile(rf"(?<![\w+])\+\s?(\d)(?!\d)(?!{_VOTE_CONTEXT})", re.IGNORECASE)
_GUEST_PLUS_WORD = re.compile(r"\bplus[- ](one|two|three|eins|zwei|drei|1|2|3)\b", re.IGNORECASE)
_GUEST_PARTY = re.compile(r"\bzu\s+(zweit|dritt|viert|fünft)\b", re.IGNORECASE)
_GUEST_WE_ARE = re.compile(
    r"\bwe('ll| will)?\s+(be|are)\s+(two|three|four|[2-5])\b(?!\s*(minutes|min|hours))",
    re.IGNORECASE,
)
_GUEST_BRING_DE = re.compile(r"\bbring(e|en)?\b([^.!?,]{1,40}?)\bmit\b", re.IGNORECASE)
_GUEST_WITH = re.compile(
    rf"\b(mit|with|bringing|bring|and|und)\s+((\w+)\s+)?((\w+)\s+)?{_PERSON}\b", re.IGNORECASE
)
_PARTY_SIZES = {"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "eins": 1, "zwei": 2, "drei": 3}
_GUEST_QUESTION = _rx(rf"\bmitbringen\b|\bbring\b|\+\s?\d|\bplus[- ]one\b|\b{_PERSON}\b")


@dataclass
class _Guests:
    count: int | None  # None: someone is coming along, but how many is unclear
    implies_yes: bool  # "bringe eine Kollegin mit" means the member comes too
    phrase: str


def _sentences(text: str) -> list[str]:
    # Split after ! and ?, after a full stop only before a capital, so "evtl. später" holds.
    parts = re.split(r"(?<=[!?])\s+|(?<=\.)\s+(?=[A-ZÄÖÜ])|\n+", text)
    return [part.strip() for part in parts if part.strip()]


def _clauses(sentence: str) -> list[str]:
    # "doch" is no divider: joining two clauses it follows a comma ("wollte
    # kommen, doch …"); inside one it means "after all" ("komme doch nicht").
    # Nor is "aber"/"but" right before a closing "nicht": "ich komme aber nicht"
    # says no, where "ich komme, aber nicht pünktlich" says yes.
    parts = re.split(
        r"[,;:()]|\s[–—-]\s|\b(?:aber|but|sondern|however)\b(?!\s+(?:nicht|nich|not)\W*$)",
        sentence,
    )
    return [part.strip(" .!?\t").lower() for part in parts if part and part.strip(" .!?\t")]


def _normalise(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("`", "'").replace("´", "'")


def _mask(pattern: re.Pattern[str], clause: str) -> tuple[str, list[str]]:
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


def _clause_signals(clause: str) -> list[tuple[Answer, str]]:
    clause, _ = _mask(_NEUTRAL, clause)
    clause, maybes = _mask(_MAYBE, clause)
    # Negations are judged before "no" phrases are masked: "ich komme leider nicht".
    unmasked = clause
    clause, noes = _mask(_NO, clause)
    signals = [(Answer.MAYBE, phrase) for phrase in maybes]
    signals += [(Answer.NO, phrase) for phrase in noes]
    for match in _YES.finditer(clause):
        # Blank only the phrase's own words ("warum nicht"), not a masked "can't" inside it.
        start, end = match.span()
        own = "".join(
            " " if kept != " " else ch
            for kept, ch in zip(clause[start:end], unmasked[start:end], strict=True)
        )
        rest = unmasked[:start] + own + unmasked[end:]
        phrase = match.group(0).strip()
        # a yes-phrase can span a negation: "i'm not coming", "nehme nicht teil"
        negated_inside = _NEGATION.search(phrase) and not _YES_DESPITE_NEGATION.search(phrase)
        if negated_inside or _NEGATION.search(rest):
            signals.append((Answer.NO, phrase))
        elif maybes or _CONDITION.search(rest):
            signals.append((Answer.MAYBE, phrase))
        else:
            signals.append((Answer.YES, phrase))
    return signals


def _sentence_signals(sentence: str) -> list[tuple[Answer, str]]:
    """The signals of a sentence's clauses; a condition anywhere in it makes a yes a maybe.

    "Ich komme, wenn ich es schaffe" is not a firm yes, though the condition
    stands in a clause of its own.
    """
    signals = [sig for clause in _clauses(sentence) for sig in _clause_signals(clause)]
    if not _CONDITION.search(sentence):
        return signals
    return [(Answer.MAYBE if kind is Answer.YES else kind, phrase) for kind, phrase in signals]


def _count_in(words: list[str]) -> int | None:
    for word in words:
        if word in _COUNT_WORDS:
            return _COUNT_WORDS[word]
        if word.isdigit() and 0 < int(word) < 10:
            return int(word)
        if word.startswith("jemand"):
            return 1
    return None


def _count_for(words: list[str], noun: str) -> int | None:
    count = _count_in(words)
    if count is not None:
        return count
    if _PLURAL_NOUN.search(noun) or not any(_SINGULAR.match(w) for w in words):
        return None
    if any(_AMBIGUOUS_NUMBER.match(w) for w in words) and not noun.endswith("in"):
        return None  # "meine Kollegen" may be several
    return 1


def _bring_along(sentence: str) -> list[_Guests]:
    found: list[_Guests] = []
    for match in _GUEST_BRING_DE.finditer(sentence):
        words = match.group(2).lower().split()
        nouns = [w for w in words if re.fullmatch(_PERSON, w)]
        if nouns:
            count = _count_for(words, nouns[-1])
            found.append(_Guests(count, True, match.group(0)))
    for match in _GUEST_WITH.finditer(sentence):
        words = [w.lower() for w in (match.group(3), match.group(5)) if w]
        noun = match.group(6).lower()
        if noun.startswith("jemand") or noun in ("someone", "somebody", "begleitung"):
            words.append("jemand")
        if noun.startswith("freundlich"):
            continue  # "mit freundlichen Grüßen"
        count = _count_for(words, noun) if words else None
        if match.group(1).lower() == "mit" and _DATIVE_PLURAL.intersection(words):
            count = None  # "mit meinen Kollegen" is several
        found.append(_Guests(count, match.group(1).lower() != "und", match.group(0)))
    return found


def _guest_mentions(sentence: str) -> list[_Guests]:
    found = [_Guests(int(m.group(1)), False, m.group(0)) for m in _GUEST_PLUS.finditer(sentence)]
    for m in _GUEST_PLUS_WORD.finditer(sentence):
        word = m.group(1).lower()
        found.append(_Guests(_NUMBER_WORDS.get(word) or int(word), False, m.group(0)))
    for m in _GUEST_PARTY.finditer(sentence):
        found.append(_Guests(_PARTY_SIZES[m.group(1).lower()] - 1, True, m.group(0)))
    for m in _GUEST_WE_ARE.finditer(sentence):
        word = m.group(3).lower()
        found.append(_Guests((_NUMBER_WORDS.get(word) or int(word)) - 1, True, m.group(0)))
    return found + _bring_along(sentence)


def _decide(signals: list[tuple[Answer, str]]) -> tuple[Answer | None, str]:
    kinds = {answer for answer, _ in signals}
    if len(kinds) <= 1:
        return (kinds.pop() if kinds else None), ""
    described = "; ".join(f"{answer.value} ({phrase!r})" for answer, phrase in signals)
    return None, f"contradictory answer signals: {described}"


def _apply_guests(intent: Intent, mentions: list[_Guests]) -> None:
    if not mentions:
        return
    counts = {m.count for m in mentions}
    phrases = ", ".join(repr(m.phrase.strip()) for m in mentions)
    if None in counts:
        intent.problem = (
            intent.problem or f"someone comes along, but how many is unclear: {phrases}"
        )
    elif len(counts) > 1:
        intent.problem = intent.problem or f"guest numbers disagree: {phrases}"
    elif intent.answer is Answer.NO:
        intent.problem = f"says no but mentions guests: {phrases}"
    elif intent.answer is None and not intent.problem:
        if any(m.implies_yes for m in mentions):
            intent.answer = Answer.YES
        else:
            intent.problem = f"mentions guests but gives no answer: {phrases}"
    if intent.problem:
        intent.answer = None
        return
    intent.guests = counts.pop() or 0


def _apply_questions(intent: Intent, questions: list[str]) -> None:
    for question in questions:
        if _GUEST_QUESTION.search(question):
            intent.answer, intent.guests = None, 0
            intent.problem = f"asks about bringing someone: {question!r}"
            return
    if questions and intent.answer is None and not intent.problem:
        intent.problem = f"asks a question instead of answering: {questions[0]!r}"


def read_intent(text: str) -> Intent:
    """Read the answer, guests, unsubscribe and join wishes from the member's own words."""
    text = _normalise(text)
    sentences = _sentences(text)
    questions = [s for s in sentences if s.endswith("?")]
    statements = [s for s in sentences if not s.endswith("?")]
    signals: list[tuple[Answer, str]] = []
    wishes: list[str] = []
    for statement in statements:
        found = _sentence_signals(statement)
        if _WISH.search(statement) and any(kind is Answer.YES for kind, _ in found):
            wishes.append(statement)
        signals += found
    answer, problem = _decide(signals)
    if wishes and not problem:
        answer, problem = None, f"reads like a wish rather than an answer: {wishes[0]!r}"
    intent = Intent(
        answer=answer,
        problem=problem,
        unsubscribe=bool(_UNSUBSCRIBE.search(text)),
        join_request=bool(_JOIN.search(text)),
        evidence=[phrase for _, phrase in signals],
    )
    _apply_guests(intent, [g for s in statements for g in _guest_mentions(s)])
    _apply_questions(intent, questions)
    return intent
