"""The words guests are counted in: who a noun names, and how many.

"Kollegin" is one person, "Kolleginnen" several, "meine Kollegen" may be
either; "zwei", "beide", "a" and "ne" count. Shared by the guest reader
(:mod:`mail.guests`) and its withdrawal and question parts.
"""

from __future__ import annotations

import re
from functools import cache

from mail.cues import lexicon

PERSON = (
    # "begleitet", "begleite" are the verb: "meine Frau begleitet mich"
    r"(kolleg\w*|freund\w*|partner\w*|begleit(?!e\b|et\b|en\b|est\b)\w*|gäst\w*|gast|mann|frau"
    r"|ehefrau|ehemann"
    r"|tochter|sohn|bekannte\w*|kommiliton\w*|mitarbeiter\w*|chef\w*|person\w*|leute\w*"
    r"|colleague\w*|friend\w*|guest\w*|wife|husband|co-?worker\w*|someone|somebody"
    r"|people|persons|partner|boss|girlfriend|boyfriend|jemand\w*|flatmate|roommate|mitbewohner\w*"
    r"|kumpel\w*|buddy|buddies|azubi\w*|praktikant\w*"
    r"|nachbar\w*|neighbou?r|schwester|bruder|mutter|vater|sister|brother|mum|mom|dad|cousin\w*"
    r"|kind|kinder|kindern|kids?|child|children|enkel\w*|nichte|neffe|niece|nephew"
    # plural kin and whole households: "mit meinen Töchtern", "with my parents", "mit Anhang"
    r"|töchter\w*|söhne\w*|brüder\w*|schwestern|geschwister\w*|siblings?|eltern|parents"
    r"|gro(?:ß|ss)eltern|grandparents|familie|family|anhang|entourage|crew|truppe|clique"
    r"|daughters?|sons?|interns?|trainees?|apprentices?|mitstreiter\w*"
    # "my mates", "a mate" are people; "2 Kisten Mate", "bringe Mate mit" is the drink
    r"|(?<=my\s)mates?|(?<=our\s)mates?|(?<=a\s)mate|(?<=two\s)mates|(?<=few\s)mates"
    # roles and kin strangers bring along: "mein Co-Trainer", "meine Schwägerin", "two
    # volunteers", "my fiancé"
    r"|trainer\w*|schwager|schwägerin\w*|schwieger\w*|volunteers?|ehrenamtlich\w*"
    r"|onkel|tante|tanten|oma|opa|cousine|aunts?|uncles?|grandma|grandpa|granny"
    r"|student\w*|studis?|volontär\w*|referendar\w*|fotograf\w*|photographers?"
    r"|verlobte\w*|fianc[ée]e?|lebensgefährt\w*|spouse|stepdaughter|stepson|stiefsohn"
    r"|stieftochter|cousine|co-?founders?|mitgründer\w*|teammates?"
    # "bringing the missus", "mit meinem Lebenspartner", "with a companion", "mit Herrn Schulz"
    r"|missus|missis|hubby|wifey|lebenspartner\w*|companions?|herrn"
    # parents and grandparents one by one, as kin are named at home and in English: "with
    # my mother", "bringe meinen Papa mit", "my mother-in-law", "meine Oma"
    r"|(?:grand|step|god)?(?:mother|father)s?(?:-in-law)?|(?:sister|brother|son|daughter)-in-law"
    r"|in-laws|mama|mami|mutti|papa|papi|vati|(?:groß|gross|stief|schwieger)(?:mutter|vater)"
    r"|housemates?|flatmates|roommates"
    # "my other half", "meine bessere Hälfte": a partner named by half
    r"|(?<=other\s)half|(?<=better\s)half|(?<=bessere\s)hälfte|(?<=besseren\s)hälfte"
    # chat short forms: "my gf is coming", "me + bf"
    r"|gf|bf"
    # a compound names the person by its last part: "Arbeitskollegin", "Studienfreund",
    # "Geschäftspartner"; "Kooperationspartner" may be a firm, so partners are listed
    r"|\w{3,}kolleg(?:e|en|in|innen)|\w{3,}freund(?:e|en|in|innen)?|\w{3,}nachbar(?:n|in|innen)?"
    r"|(?:geschäfts|tanz|ehe|trainings|sport|lauf|kletter|sparrings)partner(?:in|innen|n)?"
    # "Assistentin", "Azubine"; Low German "Deern", "mit meinem Gatten", "mein Schatz"
    r"|assistent\w*|azubine\w*|deern|deerns|gatte|gatten|gattin|schatz"
    # "my boss and her assistant", "with our community manager"
    r"|assistants?|managers?"
    # people of a trade or an office, named as they are at work or in a parish: "unseren
    # Hausmeister", "unser Imam", "my mentee", "our new hire", "the new junior architect"
    r"|imam|imame|pfarrer|pastor|pastorin|priester|koch|köche|köchin\w*|lehrling\w*|mentor\w*|mentees?"
    r"|hausmeister|vorgänger\w*|nachfolger\w*|hebamme\w*|handwerker|architekt\w*|designer"
    r"|entwickler|ingenieur\w*|hires?|designers?|architects?|developers?|engineers?|successors?"
    r"|predecessors?|apprentices?|cooks?|chefs?|carers?|caregivers?|nurses?|vicars?|priests?"
    # "Vereinskameraden", "meine Werkstudentin", "meiner Holden", "meiner Liebsten"
    r"|\w*kamerad\w*|\w{3,}student(?:in|innen|en)?|(?<=meiner\s)holden|(?<=meine\s)holde"
    r"|(?<=meiner\s)liebsten|(?<=meine\s)liebste|(?<=meinem\s)liebsten"
    r"|jungs|mädels|guys|lads|girls|neighbou?rs|teenagers?|teens|toddlers?|kleinkind\w*|kund(?:e|en|in|innen)"
    # a partner or friend named in a language mixed in: "avec mon mari", "con mi novio",
    # "mijn collega", "un'amica"
    r"|mari|novio|novia|marido|esposa|esposo|collega|collègue|amica|amico|amiga|amigo|vriendin"
    # role nouns of any trade: "unsere Tierpflegerin", "meine beiden Filialleiterinnen", "mein
    # Abteilungsleiter" (four letters before the ending keep "Severin" a place)
    # ("Konstantin", "Valentin" are names: "-antin", "-entin" are left to the nouns above)
    r"|\w{4,}(?:erin|erinnen|istin|istinnen)"
    r"|\w+(?:leiter|leitern|pfleger|pflegern|berater|beratern|referent|referentin|referenten"
    r"|referentinnen|redakteur|redakteure|redakteuren|sprecher|sprechern))"
)
_COUNT_WORDS = {
    "ne": 1, "'ne": 1, "nen": 1, "ner": 1, "nem": 1, "'ner": 1, "'nem": 1,
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1,
    "a": 1, "an": 1, "one": 1,
    "zwei": 2, "two": 2, "beide": 2, "beiden": 2, "both": 2, "drei": 3, "three": 3,
    "vier": 4, "four": 4, "fünf": 5, "five": 5, "sechs": 6, "six": 6,
}  # fmt: skip
# Words that fix a following singular noun; "Kollegen" alone could be one or many.
_SINGULAR = re.compile(r"^(mein\w*|my|unser\w*|our|sein\w*|ihr\w*|his|her|der|dem|the|jemand)$")
DATIVE_PLURAL = {"meinen", "unseren", "seinen", "ihren", "den"}
_AMBIGUOUS_NUMBER = re.compile(r"^(meine|unsere|seine|ihre|die|den)$")
PLURAL_NOUN = re.compile(
    r"(innen|leitern|pflegern|beratern|referenten|redakteuren?|sprechern|leute|leuten|gäste|freunde|colleagues|friends|guests|people|coworkers"
    r"|kinder|kindern|kids|children|enkel|enkeln|interns|trainees|daughters|sons|azubis"
    r"|apprentices|volunteers|studenten|students|studis|photographers|teammates|founders|mates"
    r"|töchtern?|söhnen?|brüdern?|schwestern|geschwister\w*|siblings|familie|family|anhang"
    r"|mothers|fathers|in-laws|housemates|flatmates|roommates|assistants|managers"
    r"|imame|köche|hires|designers|architects|developers|engineers|successors|predecessors"
    r"|cooks|chefs|carers|caregivers|nurses|vicars|priests|mentees|lehrlinge|lehrlingen"
    r"|entourage|crew|truppe|clique)$"
)
# "meinem Werkstudenten", "bringe meinen Praktikanten mit": a weak noun's "-en" is one person
# after a possessive of the singular ("mit meinen Werkstudenten" is told apart by the caller)
_WEAK_ONE = re.compile(r"^\w*(?:student|referent|praktikant|assistent)en$")
_SINGULAR_CASE = frozenset(
    ("meinem", "unserem", "seinem", "ihrem", "deinem", "eurem", "dem", "meinen", "unseren",
     "seinen", "ihren", "deinen", "euren", "den")
)  # fmt: skip
GROUP_NOUN = re.compile(r"^(leute|leuten|personen|people|persons)$")
# Nouns that name one person, whatever the article ("meine Frau" is one).
_ONE_PERSON = re.compile(
    # "Kollege", "Freund", "Azubi" have a plural of their own ("Kollegen", "Azubis"): alone,
    # without an article ("komme mit Kollege"), they are one
    r"^(kollege|freund|nachbar|azubi|praktikant|chef|gast|colleague|friend|guest"
    r"|frau|mann|ehefrau|ehemann|tochter|sohn|wife|husband|partner|boss"
    r"|schwester|bruder|mutter|vater|sister|brother|mum|mom|dad|kind|child|kid|daughter|son"
    r"|missus|missis|hubby|wifey|lebenspartner|lebenspartnerin|companion|herrn"
    r"|girlfriend|boyfriend|gf|bf|spouse|fianc[ée]e?|verlobte[r]?"
    r"|assistent|azubine|deern|gatte|gatten|schatz|assistant|manager"
    # kin by marriage and the wider family: "mit Frau und Schwiegermutter" are two
    r"|schwieger(?:mutter|vater|sohn|tochter)|schwager|schwägerin|cousine|cousin|onkel|tante"
    r"|oma|opa|enkel|enkelin|nichte|neffe|niece|nephew|aunt|uncle|grandma|grandpa|granny"
    r"|stiefsohn|stieftochter|stepson|stepdaughter"
    r"|(?:grand|step|god)?(?:mother|father)(?:-in-law)?|(?:sister|brother|son|daughter)-in-law"
    r"|mama|mami|mutti|papa|papi|vati|(?:groß|gross|stief)(?:mutter|vater)|housemate"
    # "mit Begleitperson", "eine Kontaktperson": a compound of "Person" is one
    r"|\w{3,}person"
    r"|\w*kamerad(?:in)?|holde|holden|liebste|liebsten|teenager|toddler|kleinkind|kunde"
    r"|mari|novio|novia|marido|esposa|esposo|collega|collègue|amica|amico|amiga|amigo|vriendin)$"
)
# Nouns that name a pair whatever the article: "mit meinen Eltern" are two
_PAIR = re.compile(r"^(eltern|parents|gro(?:ß|ss)eltern|grandparents)$")
# Quantities that leave the number open: "ein paar Kollegen", "a few friends", "einige Leute"
_VAGUE = frozenset(
    ("paar", "few", "couple", "several", "einige", "einigen", "mehrere", "mehreren", "some",
     "ganze", "ganzen", "whole")
)  # fmt: skip
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
}  # fmt: skip


@cache
def first_names() -> frozenset[str]:
    return frozenset(lexicon("guest").get("names", ()))


def number(word: str) -> int:
    return _NUMBER_WORDS.get(word.lower()) or {"sechs": 6, "six": 6}.get(word.lower()) or int(word)


# "Kollegin", "Partnerin", "Freundin": one person, whatever the article ("-innen" are several)
def one_person(noun: str) -> bool:
    return bool(_ONE_PERSON.match(noun)) or (noun.endswith("in") and not noun.endswith("innen"))


def pair(noun: str) -> bool:
    return bool(_PAIR.match(noun))


def count_in(words: list[str]) -> int | None:
    if _VAGUE.intersection(words):
        return None
    for word in words:
        word = word.lstrip("'’")  # "'nen Kumpel", "’ne Freundin"
        if word in _COUNT_WORDS:
            return _COUNT_WORDS[word]
        if word.isdigit() and 0 < int(word) < 10:
            return int(word)
        if word.startswith("jemand"):
            return 1
    return None


def count_for(words: list[str], noun: str) -> int | None:
    count = count_in(words)
    if count is not None:
        return count
    if _VAGUE.intersection(words):
        return None
    if _PAIR.match(noun):
        return 2
    if _WEAK_ONE.match(noun) and _SINGULAR_CASE.intersection(words):
        return 1
    if PLURAL_NOUN.search(noun):
        return None
    if one_person(noun):
        return 1  # "die Tochter", "die Kollegin", "meine Frau": one, whatever the article
    if not any(_SINGULAR.match(w) for w in words):
        return None
    if any(_AMBIGUOUS_NUMBER.match(w) for w in words) and not noun.endswith("in"):
        return None  # "meine Kollegen" may be several
    return 1
