"""How many people a member brings, from their words: "+1", "zu zweit", "my partner and I".

A group size counts the member too ("wir kommen mit drei Leuten" is two
guests); a withdrawal ("doch ohne Begleitung", "my plus-one bailed") sets the
guests back to none. An unclear number is a problem for a person, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mail.clause_owner import members_clauses
from mail.clauses import clauses
from mail.cues import cue, folded
from mail.guest_elsewhen import this_evenings_company
from mail.guest_mentions import Mention, find_mentions
from mail.guest_one_of_us import member_is_the_one, one_of_us
from mail.guest_party import party_answer, party_declines, says_coming
from mail.guest_patterns import MEMBER_CONDITION
from mail.guest_questions import may_bring
from mail.guest_unsure import HEDGED, THEIR_CONDITION
from mail.guest_withdrawal import ONLY_ME, WITHDRAWN, name_drops_out, withdraws_named
from mail.others_answer import someone_elses_answer

__all__ = ["GuestReading", "may_bring", "read_guests", "withdraws_named"]


@dataclass
class GuestReading:
    count: int = 0
    implies_yes: bool = False
    withdrawn: bool = False  # guests named before no longer come
    conditional: bool = False  # the member comes only if something works out
    only_me: bool = False  # "it'll just be me", "also nur ich": the member comes alone
    # every companion is named only after "mit"/"with": beside a no, that is where the
    # member is instead ("bin mit meiner Mutter beim Arzt"), not who comes along
    in_company: bool = False
    # a party the member is in says no ("Wir beide müssen passen"): no one comes
    declined: str = ""
    # "Mein Mann kommt.", "my wife says yes": someone else's answer, with none of the member's
    others_answer: str = ""
    problem: str = ""
    phrases: str = ""


# "eigentlich wollten wir zu dritt kommen", "had planned to bring": a plan that was
_PLANNED = re.compile(
    r"\b(eigentlich|ursprünglich|wollten|wollte|angekündigt|geplant|originally|planned"
    r"|was going to|were going to|had said|last (?:email|mail|time))\b",
    re.IGNORECASE,
)
# "jetzt doch zu zweit", "correction: three of us", "also nur ich": the size said last stands
_CORRECTED = re.compile(
    r"\b(doch|jetzt|nun|now|actually|correction|korrektur|update|änderung|change|after all"
    r"|stattdessen|instead|sondern|nur|just|only|also|so)\b",
    re.IGNORECASE,
)


def _settled(mentions: list[tuple[int, Mention]], statements: list[str]) -> list[Mention]:
    """The mentions that stand once the party's size is said: the last size given, when it
    corrects a plan, and the companions counted unclearly or in part that fit within it."""
    totals = [(i, m) for i, m in mentions if m.total and m.count is not None]
    if not totals:
        return [m for _, m in mentions]
    sizes = {m.count for _, m in totals}
    last_at, last = totals[-1]
    if len(sizes) > 1:
        earlier = {i for i, m in totals if m.count != last.count}
        if not (
            _CORRECTED.search(statements[last_at])
            or all(_PLANNED.search(statements[i]) for i in earlier)
        ):
            return [m for _, m in mentions]  # sizes that disagree: a person reads them
    size = last.count or 0
    others = [m for _, m in mentions if not m.total]
    if any(m.count is not None and m.count > size for m in others):
        return [m for _, m in mentions]
    phrase = ", ".join(m.phrase for _, m in totals)
    return [Mention(size, any(m.implies_yes for _, m in mentions), phrase, total=True)]


# "meine Kollegin, die auch Mitglied ist", "he's on your list too": a companion who is
# a member answers for themselves and is no guest of this member
_MEMBER_TOO = re.compile(
    r"\b(auch|ebenfalls|selbst|schon)\s+(ein\s+)?mitglied\b|\bmitglied\s+(ist|sind)\b"
    r"|\b(auch|ebenfalls|schon)\s+(auf|in)\s+(eurer|ihrer|der|deiner|your|the)\s+(liste|verteiler)\b"
    r"|\b(also|already)\s+(a\s+)?members?\b|\bon\s+(your|the)\s+(mailing\s+)?list\s+(too|as well)\b"
    # "die ist ja eh auf eurer Liste", "he's on your list anyway"
    r"|\b(ist|sind|steht|stehen|is|are|'s|'re)\s+(\w+\s+){0,3}(auf|in|on)\s+(eurer|ihrer|deiner"
    r"|der|dem|your|the)\s+(mailing\s*|e-?mail\s*)?(liste|verteiler|list)\b"
    r"|\b(meldet|melden|antwortet|antworten)\s+(sich\s+)?(\w+\s+){0,2}(selbst|selber)\b(?!\s+(nicht|kein))"
    # "die sind ja auch im Verteiler", "he's on the list": on the list the invitation went to
    r"|\b(ist|sind|steht|stehen)\s+(\w+\s+){0,3}im\s+(verteiler|e-?mail-?verteiler)\b"
    r"|\bselbst\s+(zugesagt|angemeldet)\b"
    # "er hat euch schon geschrieben", "she has already replied": answered on their own
    r"|\b(hat|haben|has|have|'s|'ve)\s+((euch|ihnen|dir|ja|doch|eh|selbst|selber)\s+){0,3}"
    r"(schon|bereits|already)\s+(\w+\s+)?"
    r"(geschrieben|geantwortet|zugesagt|replied|answered|written|rsvp'?d|confirmed)\b"
    # "she already RSVP'd herself", "er hat ja selbst zugesagt": the "has" left out or the
    # "schon" left out, said of the companion answering on their own
    r"|\b(he|she|they)\s+(already|also)\s+(rsvp'?d|replied|answered|confirmed|signed\s+up)\b"
    r"|\b(hat|haben)\s+((ja|doch|eh|sowieso)\s+)*(selbst|selber)\s+(\w+\s+)?(zugesagt|geantwortet)\b"
    # "die ist ja eh Mitglied", "he's a member anyway", "sie ist doch selbst Mitglied"
    r"|\b(ist|sind|is|are|'s|'re)\s+((ja|eh|aber|sowieso|doch|selbst|auch|ebenfalls|bereits|schon"
    r"|already|also|anyway|herself|himself)\s+){1,3}(ein\s+|a\s+)?(mitglied|member)\b"
    r"|\b(is|are|'s|'re)\s+a\s+member\s+(anyway|too|as\s+well|already|herself|himself)\b"
    r"|\b(will|'ll)\s+(reply|answer|rsvp)\s+(him|her|them)sel(f|ves)\b"
    # "der hat sich selbst schon angemeldet", "she has already signed up": registered on their own
    r"|\b(hat|haben)\s+sich\s+(\w+\s+){0,2}(angemeldet|eingetragen|registriert)\b"
    r"|\b(he|she|they)\s+(has|have|'s|'ve)\s+(\w+\s+)?(signed\s+up|registered|rsvp'?d)\b"
    # "die sich auch noch selbst meldet", "hat auch eine Einladung bekommen", "is invited
    # too": invited on their own
    r"|\bsich\s+(\w+\s+){0,3}(selbst|selber)\s+(meldet|melden|anmeldet|anmelden)\b"
    r"|\b(auch|ebenfalls|selbst|eine\s+eigene)\s+(eine\s+)?einladung\b|\beigene\s+einladung\b"
    r"|\b(ist|sind|wurde|wurden)\s+(\w+\s+)?(auch|ebenfalls|selbst)\s+eingeladen\b"
    r"|\b(also|too|already)\s+(been\s+)?invited\b|\binvited\s+(too|as\s+well)\b"
    r"|\b(own|an?)\s+invit(e|ation)\s+(too|as\s+well|of\s+(his|her|their)\s+own)\b"
    r"|\bown\s+invit(e|ation)\b",
    re.IGNORECASE,
)
# "Timo bringt seine Freundin mit", "Sam brings his wife": someone else's company, said in
# their third person; a member's own is "bringe", or "bringt" made so when written for them
_THEIR_COMPANY = re.compile(
    r"^(?:bringt|brings|bringing|bring|nimmt)\s+(?:seine[nmrs]?|ihre[nmrs]?|his|her)\b",
    re.IGNORECASE,
)


# "Noch eine Person mehr", "two more people", "an extra guest": added to a number given
# before, which this mail does not say
_MORE = re.compile(
    r"\b(?:eine?|1|zwei|2|drei|3)\s+(?:person|personen|leute|gast|gäste|begleitung)?\s*mehr\b"
    r"|\b(?:one|two|three|1|2|3)\s+(?:more|extra|additional)\s+(?:person|people|guests?)\b"
    r"|\b(?:another|an\s+extra|an\s+additional)\s+(?:person|guest)\b|\bzusätzliche[nr]?\s+(?:person|gast)\b",
    re.IGNORECASE,
)
# "2 oder 3 Leute", "2-3 people", "two, maybe three of us": a range is no number
_NUM = r"(?:zwei|drei|vier|fünf|sechs|two|three|four|five|six|[1-9])"
_RANGE = re.compile(
    rf"\b{_NUM}\s*(?:[-–/]|\bbis\b|\boder\b|\bor\b|\bto\b|,)\s*"
    rf"(?:(?:maybe|vielleicht|evtl\.?|eventuell|possibly|perhaps|höchstens|max\.?)\s+)?{_NUM}\s+"
    r"(?:personen|leute|leuten|people|persons|gäste|guests|of\s+us|plätze|seats|erwachsene|adults)\b",
    re.IGNORECASE,
)


# "bin mit meiner Mutter beim Arzt", "we're at the coast with the kids": the member is
# somewhere with someone, which says where they are, not who comes along
_BEING = re.compile(
    r"\b(?:bin|sind|bleibe|bleiben|war|waren|sitze|sitzen|liege|hocke|fahre|fahren|fliege"
    r"|fliegen|am|are|was|were|stay\w*|stuck)\b|\b(?:i|we)'(?:m|re)\b",
    re.IGNORECASE,
)


def _this_evening(sentence: str) -> str:
    """The sentence with its clauses about another evening blanked.

    "Letztes Mal waren wir zu dritt, diesmal komme ich allein": who came then
    says nothing of who comes now. A comparison ("wie letztes Mal") is kept.
    """
    lowered = sentence.lower()
    past, kept, now = (cue("answer", n) for n in ("past_evening", "past_kept", "this_evening"))
    if not past.search(lowered):
        return sentence
    at = 0
    for clause in clauses(sentence):
        start = lowered.find(clause, at)
        if start < 0:
            continue
        at = start + len(clause)
        rest = kept.sub(lambda m: " " * len(m.group(0)), clause)
        if past.search(rest) and not now.search(rest):
            sentence = sentence[:start] + " " * len(clause) + sentence[at:]
    return sentence


# "We're both out", "count my wife and me out", "my husband and I are away", "fallen
# aus": a party that stays away
_OUT = re.compile(
    r"\bcount\s+(?:\w+\s+){0,4}out\b|\b(?:are|'re|sind)\s+(?:\w+\s+)?(?:out|raus|away"
    r"|abroad|verreist|weg|unterwegs)\b|\b(?:fallen|fällt)\s+(?:\w+\s+)?aus\b",
    re.IGNORECASE,
)
# "we'll be three, not two": a size set right, no "not" of the party's own
_SIZE_DENIED = re.compile(
    r"\b(?:not|nicht)\s+(?:zu\s+)?(?:two|three|four|five|six|[2-6]|zwei|drei|vier|fünf"
    r"|zweit|dritt|viert|fünft)\b",
    re.IGNORECASE,
)


def _denied(sentence: str) -> bool:
    """Is the party named the subject of a no ("My wife and I can't make it")?

    Then the names bring no one and say no yes; the answer reader may not see
    the no as the member's, so a person reads it. Sizes denied ("nicht zu
    dritt"), "nicht allein", "not without" are masked as neutral first.
    """
    spelled = folded("answer", sentence).lower()
    masked = cue("answer", "neutral").sub(lambda m: " " * len(m.group(0)), spelled)
    masked = _SIZE_DENIED.sub(lambda m: " " * len(m.group(0)), masked)
    # regret beside the party ("Wir beide müssen leider passen") says no yes either
    regret = cue("guest", "regret")
    return any(
        p.search(masked) for p in (cue("answer", "negation"), cue("answer", "no"), _OUT, regret)
    )


def _own_doubt(statements: list[str], sentence: str, hedged: re.Match[str]) -> bool:
    """Is the member unsure too, apart from the companion ("Probably coming, possibly with
    my partner")? Then the whole party is a maybe, which keeps the company it names."""
    # after a word of the member's own, a doubt said after the companion is still theirs
    # ("I'm coming, might bring a friend, not sure yet", "Bin dabei, vielleicht mit Sohn,
    # weiß ich noch nicht"); a sentence the companion opens is the member's doubt throughout
    # ("Vielleicht mit einem Kollegen, not sure yet")
    before = sentence[: hedged.start()]
    rest = before if re.search(r"\w", before) else before + " " + sentence[hedged.end() :]
    others = [s for s in statements if s != sentence]
    return bool(
        cue("answer", "maybe").search(folded("answer", " . ".join([rest, *others])).lower())
    )


# "Ich antworte mal für uns beide", "answering for my colleague too": the member answers
# for another member as well, whose answer is theirs, never this member's guest
_FOR_US_BOTH = re.compile(
    r"\b(?:antworte\w*|schreibe\w*|sage|answer\w*|reply\w*|replies|writing|rsvp\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:für|for)\s+(?:uns\s+(?:beide|zwei|alle)|(?:both|all)\s+of\s+us|us\s+both"
    r"|(?:mein\w*|my)\s+(?:\w+\s+)?\w+(?:\s+\w+)?\s+(?:mit|too|as\s+well))\b",
    re.IGNORECASE,
)


# "…staying home with the kids", "bleibt bei den Kindern": company of the one who stays away
_STAYS_WITH = re.compile(
    r"^\s*(?:(?:zu\s*hause|daheim|at\s+home|home)\s+)?(?:with|mit|bei|zusammen\s+mit)\b[^,;.!?]*",
    re.IGNORECASE,
)


# "Wir können beide nicht": both named, though no one is counted beside a no
_BOTH = re.compile(r"\b(?:beide|beiden|both)\b", re.IGNORECASE)


def _company_elsewhere(sentence: str, mention: Mention) -> bool:
    """Is the companion named "with" someone beside another doing, in a sentence that
    answers nothing ("I run a bakery with my husband. Count me in!", "Ich wohne mit meinem
    Freund in Ehrenfeld. Ich komme!")? Then they say who the member is, not who comes."""
    lead = mention.phrase.split()[0].lower()
    if mention.total or lead not in ("mit", "with", "und", "and"):
        return False
    if lead in ("und", "and") and mention.implies_yes:
        return False
    return party_answer(sentence) is None and not says_coming(
        sentence, mention.phrase, mention.total
    )


def read_guests(statements: list[str]) -> GuestReading:
    """The guests named in a member's statements (questions are read elsewhere)."""
    said = [_this_evening(s) for s in statements]
    # "danach gehe ich mit meiner Freundin essen": company at another time is no guest,
    # though "Meine Frau hat mir gesagt, dass sie kommt" still says who answered
    statements = [this_evenings_company(s) for s in said]
    reading = GuestReading()
    both = next((m for m in map(_FOR_US_BOTH.search, statements) if m), None)
    if both:
        reading.problem = f"answers for another member too: {both.group(0)!r}"
        return reading
    mentions: list[tuple[int, Mention]] = []
    invited = ""
    for at, sentence in enumerate(statements):
        if one_of_us(sentence):
            # "Nur einer von uns kann kommen": which one, only the member's "das bin ich" says
            if any(map(member_is_the_one, statements)):
                reading.withdrawn = reading.only_me = True
            else:
                reading.others_answer = reading.others_answer or sentence
            continue
        # "…, ihr Mann käme gern mit zwei Freunden": their company, not the member's
        mine = members_clauses(sentence)
        if WITHDRAWN.search(sentence) or withdraws_named(sentence):
            reading.withdrawn = True
            alone = ONLY_ME.search(sentence)
            reading.only_me |= bool(alone)
            # "Jonas kann doch nicht, aber Lisa kommt mit": who comes along after the
            # withdrawal counts; what came before it ("wollten zu dritt kommen", also in
            # the sentences before) was the plan, and a bare "+1" ("the +1 is off") is
            # the one taken back
            ends = [m.end() for p in (WITHDRAWN, name_drops_out()) for m in p.finditer(sentence)]
            # "my husband is staying home with the kids": who stays with them is no guest
            rest = _STAYS_WITH.sub(" ", mine[max(ends) :])
            mentions = [(at, m) for m in find_mentions(rest) if m.implies_yes]
            if not _PLANNED.search(sentence):
                # "Wir kommen zu zweit statt zu dritt, meine Kollegin ist krank": the size
                # said beside the withdrawal already leaves her out
                mentions += [(at, m) for m in find_mentions(mine[: min(ends)]) if m.total]
            if alone:
                mentions.append((at, Mention(0, True, alone.group(0), total=True)))
            continue
        if (find_mentions(mine) or _BOTH.search(mine)) and party_declines(mine):
            # "Meine Frau und ich sind da leider verreist": the party stays away, the member in it
            reading.declined = reading.declined or sentence
            continue
        member_too = _MEMBER_TOO.search(said[at])  # "er hat euch schon geschrieben", as said
        if member_too:
            # "Wir kommen zu zweit. Paul hat auch eine Einladung.": the size may count him
            invited = invited or member_too.group(0)
        else:
            mentions += [(at, m) for m in find_mentions(mine)]
        alone_here = ONLY_ME.search(sentence)
        if alone_here:
            # "…, aber meine Kollegin hat Grippe. Also nur ich.": the member alone, said last
            mentions.append((at, Mention(0, True, alone_here.group(0), total=True)))
            reading.only_me = True
    if not mentions:
        if not reading.withdrawn:
            reading.others_answer = reading.others_answer or someone_elses_answer(said)
        return reading
    if len(statements) > 1:
        mentions = [(at, m) for at, m in mentions if not _company_elsewhere(statements[at], m)]
        if not mentions:
            return reading
    theirs = next((m for _, m in mentions if _THEIR_COMPANY.match(m.phrase.strip())), None)
    if theirs:
        reading.problem = f"someone else brings company, whose guest is unclear: {theirs.phrase!r}"
        return reading
    if invited and any(m.count for _, m in mentions):
        reading.problem = (
            f"a companion is invited on their own, so who is a guest is unclear: {invited!r}"
        )
        return reading
    # "…, er hat Geburtstag und die ganze Familie kommt": people listed, no one brought
    reading.in_company = not reading.withdrawn and all(
        (m.phrase.split()[0].lower() in ("mit", "with") and _BEING.search(statements[at]))
        or (m.phrase.split()[0].lower() in ("und", "and") and not m.implies_yes)
        or m.subject
        for at, m in mentions
    )
    # the clauses joined again: "Two, maybe three of us" is split at its comma
    ranged = _RANGE.search(", ".join(statements))
    if ranged:
        reading.problem = f"the party's size is a range: {ranged.group(0)!r}"
        return reading
    for sentence in statements:
        more = _MORE.search(sentence)
        if more and not reading.withdrawn:
            reading.problem = f"adds to the guests named before: {more.group(0)!r}"
            return reading
        hedged = HEDGED.search(sentence) or (
            THEIR_CONDITION.search(sentence)
            if any(statements[at] == sentence for at, _ in mentions)
            else None
        )
        if hedged and not _own_doubt(statements, sentence, hedged):
            reading.problem = f"a companion may or may not come: {hedged.group(0).strip()!r}"
            return reading
    settled = _settled(mentions, statements)
    counts = {m.count for m in settled}
    reading.phrases = ", ".join(repr(m.phrase.strip()) for m in settled)
    if None in counts:
        reading.problem = f"someone comes along, but how many is unclear: {reading.phrases}"
    elif len(counts) > 1:
        reading.problem = f"guest numbers disagree: {reading.phrases}"
    else:
        reading.count = counts.pop() or 0
        # "Mein Mann und ich feiern da Silberhochzeit": company named beside something else
        # says nothing of coming; a party size or a companion brought along does
        coming = [(at, m) for at, m in mentions if m.implies_yes]
        reading.implies_yes = (
            any(m.implies_yes for m in settled)
            and any(says_coming(statements[at], m.phrase, m.total) for at, m in coming)
            and not any(_denied(statements[at]) for at in {at for at, _ in coming})
        )
        # "We'll be three if I can get away": the group comes on a condition
        reading.conditional = any(MEMBER_CONDITION.search(s) for s in statements)
    return reading
