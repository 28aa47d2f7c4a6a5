"""The word patterns guests are read by: "+1", "zu zweit", "my partner and I", a party's size."""

from __future__ import annotations

import re

from mail.guest_party_size import SIZE_WORDS, YES_WORD
from mail.guest_words import PERSON
from mail.lazy_regex import compile_later

VOTE_CONTEXT = (
    r"\s*(für|for|zu|to|on)?\s*(das\s+|the\s+)?(thema|topic|vorschlag|nr|nummer|#|idee|idea)"
    # "+1 für die barrierefreien Posts" votes for a named topic; "+1 für meinen Mann" is a guest
    r"|\s*(für|fuer|for|on)\s+(die|das|den|the)\s+(?!\w*\s*" + PERSON + r")"
    # "+1 dafür", "+1 für 3": a vote for what was just named, or for topic 3
    r"|\s*(dafür|dafuer|for (that|it|this))\b"
    # "+1 für Maries Thema", "+1 for your idea": whoever's it is, a topic is named
    r"|\s*(für|fuer|for|to|on|zu|zum)\s+([\w'’]+\s+){0,2}(thema|themen|topic|topics|vorschlag"
    r"|vorschläge|idee|ideen|idea|ideas|suggestion|proposal|punkt|point)\b"
    r"|\s*(für|fuer|for|to|on)\s+#?\d{1,2}\b(?!\s*(personen|leute|people|persons|gäste|guests))"
    # "+1 zum Thema Barrierefreiheit", "I'd +1 the accessibility topic": agreeing with
    # what is named, unless it names a person ("+1 to my colleague")
    r"|\s*(zum|zur|zu|to|on)\s+(?!(mein\w*|my|our|unser\w*|a|an|ein\w*)\b)(?!(\w+\s+)?"
    + PERSON
    + r"\b)"
    r"|\s+(the|das|den)\s+(?!(\w+\s+)?" + PERSON + r"\b)"
)
# "Accessibility gets my +1", "hat mein +1": a vote given to a topic, not a guest
GIVEN = "".join(
    rf"(?<!{verb} {my} )"
    for verb in ("gets", "get", "has", "have", "hat", "kriegt", "bekommt")
    for my in ("my", "mein")
)
# "+1 (ich)", "+1 = me": the one counted is the member, no one more
_IS_ME = r"(?!\s*(?:\(\s*(?:ich|me|mich|myself|selbst|i)\s*\)|[=:]\s*(?:ich|me|mich|myself)\b))"
PLUS = compile_later(rf"{GIVEN}(?<![\w+])\+\s?(\d)(?!\d)(?!{VOTE_CONTEXT}){_IS_ME}", re.IGNORECASE)
# "+1", "+1 von mir", "+1 from me": agreeing, not a guest
BARE_PLUS_ONE = compile_later(
    r"^\W*\+\s?1(?:\s+(?:(?:von|für|fuer)\s+mich|von mir|from me|for me|here|hier|me too)"
    r"(?:\s+(?:too|auch|here|hier))?)?\W*$",
    re.IGNORECASE,
)
PLUS_PERSON = compile_later(
    rf"(?:(?<![\w+])\+|\bplus)\s?(?:(?:ein|eine|einen|a|an|my|mein\w*)\s+)?(?:\w+-)?{PERSON}\b",
    re.IGNORECASE,
)
# "Ich + 1", "me +1": the member and one more; the member comes
ME_PLUS = compile_later(
    # "me plus the two new volunteers"
    # "1 + 1 vom Sportverein": the member and one more (not "1 + 2", which may be votes)
    r"^\W*(?:(?:ich|me|i)\s*(?:\+|plus)\s?(?:the\s+|die\s+)?|1\s*\+\s*(?=1(?![\d\w]|\s*=)))"
    r"([1-6]|eins|one|zwei|two|drei|three|vier|four)(?![\d\w])",
    re.IGNORECASE,
)
# "Ich plus eine Kollegin", "me + my colleague": the member and whoever is named (not a
# number, which ME_PLUS reads)
ME_AND = compile_later(
    r"^(\W*(?:ich|me|i))\s*(?:\+|\bplus\b)\s*"
    r"(?=(?!(?:eins|one|zwei|two|drei|three|vier|four|the|die)\b)[^\W\d])",
    re.IGNORECASE,
)
# "mit Anna gesprochen": a name the member talked with, not one who comes along
TALKED = compile_later(
    r"\b(ge|be|ab)?sproch\w*|\bsprech\w*|\btelefonier\w*|\bgeschrieben\b|\babgestimmt\b"
    # "mit meiner Frau verhandelt", "hat sich mit dem Nachbarkater geprügelt": done with
    # someone, not coming with them
    r"|\b(verhandelt|diskutiert|geklärt|vereinbart|ausgemacht|gestritten|gezofft|geprügelt"
    r"|gewettet|getauscht|geteilt)\b"
    r"|\b(talked|spoke|spoken|discussed|chatted|arranged|agreed|mentioned|negotiated|argued"
    r"|checked|fought|swapped|shared)\b",
    re.IGNORECASE,
)
# "für 2 Personen", "3 Plätze", "party of 3", "a group of four": a size with the member in it
SIZE = rf"({SIZE_WORDS})"
GROUP = compile_later(
    rf"\b(?:für|fuer|for)\s+{SIZE}\s+(?:personen|leute|plätze|people|persons|seats|spots)\b"
    rf"|\b{SIZE}\s+(?:plätze|places|seats|spots|tickets)\b"
    # "habe 3 Plätze frei", "2 seats spare in my car": seats offered, not the party
    r"(?!\s+(?:frei|free|übrig|spare|left|available|im\s+auto|in\s+(?:my|the)\s+car)\b)"
    rf"|\b(?:party|group|gruppe|grüppchen)\s+(?:of|von|aus)\s+{SIZE}\b",
    re.IGNORECASE,
)
BRINGING = compile_later(r"\b(bring|brings|bringing|bringe|bringen|mitbringen)\b", re.IGNORECASE)
# "Ja, 2 Personen": a party size said on its own
ONLY_SIZE = compile_later(
    # "Also vier Leute.", "So, three people."
    rf"^\W*(?:(?:ja|yes|zusage|ok|okay|klar|gerne?|anmeldung|registration|rsvp|also|dann|so|then"
    rf"|insgesamt)\W+)?{SIZE}\s+(?:personen|people|persons|pers\.?|leute)\W*$"
    # "Bitte für 2 eintragen", "put me down for 2", "reserviert mir zwei": a party signed up
    rf"|\b(?:für|fuer|for)\s+{SIZE}\s+(?:eintragen|anmelden|reservieren|vormerken)\b"
    # "Zusage für zwei", "RSVP for 2": the answer given for a party
    rf"|^\W*{YES_WORD}\W+(?:(?:bitte|please)\W+)?(?:(?:für|fuer|for)\s+){SIZE}"
    r"\W*(?:(?:bitte|please|danke|thanks)\W*)?$"
    # "Count us in, table for two!": a table booked for the party
    rf"|\b(?:table|tisch)\s+(?:for|für|fuer)\s+{SIZE}\b"
    # "Ich melde 3 Personen an", "please book 2 seats", "registering three people"
    rf"|\b(?:melde\w*|register\w*|reservier\w*|book\w*|buche\w*)\s+(?:(?:uns|us|bitte|please)\s+)?"
    rf"{SIZE}\s+(?:personen|leute|people|persons|plätze|seats|places)\b"
    rf"|\b(?:put|sign|count)\s+(?:me|us)\s+(?:down|up|in)\s+(?:for|as)\s+{SIZE}\b"
    r"(?!\s*(?:uhr|minuten|minutes|hours|topics|themen))",
    re.IGNORECASE,
)
SIGN_UP = compile_later(
    r"\b(?:trag\w*|schreib\w*)\s+(?:mich|uns)\b.*\bein\b|\beintragen\b|\banmelden\b"
    r"|\b(?:put|sign|count)\s+(?:me|us)\s+(?:down|up|in)\b",
    re.IGNORECASE,
)
# "Hallo Frau Weber und Herr Kaya,": the people greeted are no company
GREETING = compile_later(
    r"^\W*(?:hallo|hello|hi|hey|liebe[rs]?|dear|guten\s+(?:tag|morgen|abend)|moin|servus"
    r"|sehr\s+geehrte[rn]?)\b[^,!:\n]{0,80}[,!:]",
    re.IGNORECASE,
)
# "Herr Meier und ich", "Ms Lee and I": a colleague named by title beside the member
TITLED_AND_I = compile_later(
    r"\b(?i:herrn?|frau|mr\.?|mrs\.?|ms\.?|dr\.?)\s+[A-ZÄÖÜ][\w-]+\s+(?i:und|and|&)\s+"
    r"(?i:ich|I|me|myself)\b"
    r"|\b(?i:ich|I|me|myself)\s+(?i:und|and|&)\s+(?i:herrn?|frau|mr\.?|mrs\.?|ms\.?|dr\.?)\s+[A-ZÄÖÜ]"
)
# "and so will my colleague", "und meine Kollegin ebenfalls": one more comes along
SO_WILL = compile_later(
    rf"\bso\s+(?:will|does|is|do)\s+(?:my|our)\s+(?:\w+\s+)?{PERSON}\b"
    rf"|\b(?:meine?|my)\s+(?:\w+\s+)?{PERSON}\s+(?:ebenfalls|genauso|gleichfalls)\b(?!\s+nicht)",
    re.IGNORECASE,
)
OF_US = compile_later(
    r"\b(two|three|four|five|six|zwei|drei|vier|fünf|sechs|[2-6]) of us\b"
    # "wir zwei kommen", "we two": the member and the rest, counted together
    r"|\b(?:wir|we)\s+(zwei|drei|vier|fünf|two|three|four|five)\b(?!\s+(?:uhr|minuten|minutes))",
    re.I,
)
# "both of us", "wir beide", "wir kommen beide", "we'll both be there": the member and one
DENIED = compile_later(r"\b(?:nicht|not|cannot|kein\w*|no|never|nie)\b|n't\b", re.IGNORECASE)
BOTH = compile_later(
    r"\b(?:both\s+of\s+us|wir\s+(?:\w+\s+)?beide|für\s+uns\s+beide"
    r"|we(?:'ll|\s+will|'re|\s+are)?\s+both)\b",
    re.IGNORECASE,
)
# "also insgesamt drei", "rechnet mal mit zwei Personen", "that makes three in total":
# the size of the whole party, the member in it
IN_ALL = compile_later(
    # "vier Leute, mich mitgerechnet", "five people including me", "mit mir fünf Leute"
    rf"\b{SIZE}\s+(?:personen|leute|people|persons)\s*,?\s*(?:mich\s+mitgerechnet|mit\s+mir"
    r"|inklusive\s+mir|inkl\.?\s+mir|including\s+me|incl\.?\s+me|me\s+included)\b"
    rf"|\b(?:mit\s+mir|including\s+me)\s+(?:zusammen\s+|also\s+)?{SIZE}\s+(?:personen|leute|people|persons)\b|"
    rf"\b(?:insgesamt|zusammen|alles in allem|in total|in all|altogether|all together|total)"
    rf"\s+(?:(?:also|dann|wären|wäre|sind|are|will be|be|dann)\s+)?(?:wir\s+)?{SIZE}\b"
    rf"(?!\s*(?:uhr|minuten|minutes|stunden|hours|themen|topics))"
    rf"|\b{SIZE}\s+(?:personen|leute|people|persons)?\s*(?:insgesamt|in total|in all|altogether"
    r"|total|gesamt)\b"
    rf"|\b(?:rechne\w*|plan\w*|zähl\w*|count|reckon)\s+(?:\w+\s+){{0,2}}(?:mit|with|on|for)\s+"
    rf"{SIZE}\s+(?:personen|leute|leuten|people|persons)\b",
    re.IGNORECASE,
)
# "zwei Leute aus meinem Team kommen mit", "two friends will come along": companions
# counted by the number before them
# "with two recruiters from our team", "mit drei Leuten aus dem Büro": a number of people
# named by what they do, placed by where they come from
COUNT_FROM = compile_later(
    r"\b(?:mit|with|bringing|bring|bringe)\s+(zwei|drei|vier|fünf|two|three|four|five|[2-5])\s+"
    # "mit drei Leuten aus …" is read with the group it names (with "wir", three in all)
    r"(?!(?:leute|leuten|personen|people|persons)\b)[\w-]+\s+(?:from|aus|von|vom)\s+(?:our|my|the|unserem|meinem|unserer|meiner|dem|der)\b",
    re.IGNORECASE,
)
# "I'm bringing Priya from our recruiting team": someone named by where they come from
BRING_NAMED = compile_later(
    r"\b(?i:bringing|bring)\s+[A-Z][a-z]+\s+(?i:from)\s+(?i:our|my|the)\s+(?:[\w-]+\s+)?"
    r"(?i:team|office|department|company|agency|club|board|practice|firm)\b"
)
COUNT_COMES = compile_later(
    rf"\b(zwei|drei|vier|fünf|two|three|four|five|[2-5])\s+(?:[\w-]+\s+)?{PERSON}\b"
    r"[^.!?,;]{0,40}?\b(?:kommen|come|are coming|will come|will join)\s+(?:auch\s+|also\s+)?"
    r"(?:mit|along|too|with me)\b",
    re.IGNORECASE,
)
# "wir kommen als Paar", "we're a couple": the member and one more
COUPLE = compile_later(
    r"\b(?:als|as)\s+(?:ein\s+|a\s+)?(?:paar|pärchen|couple)\b(?!\s+(?:of|von|minuten|minutes|tage))"
    r"|\b(?:we'?re|we\s+are|wir\s+sind)\s+(?:ein\s+)?(?:a\s+)?(?:couple|pärchen|paar)\b(?!\s+(?:of|von))",
    re.IGNORECASE,
)
# "Count us in: two people", "Ja – 3 Personen": a party size standing after the answer
SIZE_AFTER = compile_later(
    rf"[:–—-]\s*{SIZE}\s+(?:personen|people|persons|leute|pers\.?)\W*$", re.IGNORECASE
)
# "Mein Plus-eins ist meine Nachbarin", "my +1 will be Sam": the member comes with them
MY_PLUS_ONE = compile_later(
    r"\b(?:mein|my)\s+(?:plus[- ]?(?:eins|one|1)|\+\s?1)\s+(?:ist|wird|is|will\s+be|'s)\b"
    # not "mein Plus-eins ist abgesprungen", "my +1 is out"
    r"(?!\s+(?:\w+\s+)?(?:abgesprungen|raus|krank|weg|verhindert|ausgefallen|nicht|kein\w*|out"
    r"|off|sick|ill|not|no\s+longer|cancel\w*|gone)\b)",
    re.IGNORECASE,
)
PLUS_WORD = compile_later(r"\bplus[- ](one|two|three|eins|zwei|drei|1|2|3)\b", re.IGNORECASE)
PARTY = compile_later(r"\bzu\s+(zweit|dritt|viert|fünft)\b", re.IGNORECASE)
WE_ARE = compile_later(
    r"\b(we('ll| will)?\s+(be|are)|wir\s+(sind|werden|kommen)|we'?re)\s+(\w+\s+)?"
    r"(two|three|four|five|zwei|drei|vier|fünf|[2-5])\b(?!\s*(minutes|min|hours|minuten|uhr|stunden|jahre|jahren|years|wochen|weeks|monate"
    r"|monaten|months|tage|tagen|days|mal|times))"
    # "Wir sind am Donnerstag zwei Personen": a day or place between, the people named
    r"|\b(?:wir\s+sind|we(?:'ll|\s+will)?\s+be|we\s+are|we're)\s+(?:[\w.]+\s+){1,3}?"
    r"(two|three|four|five|zwei|drei|vier|fünf|[2-5])\s+(?=(?:personen|leute|people|persons)\b)",
    re.IGNORECASE,
)
# "bringe … mit", "nehme meine Schwester mit": the separable verbs of bringing someone
BRING_DE = compile_later(
    r"\b(?:bring|nehm|nimm|schlepp)(e|en|t)?\b([^.!?,]{1,60}?)\bmit\b(?!\s*(?:nach|zu|in|auf|von)\b)"
    # "ich möchte meine Kollegin mitbringen", "werde meinen Mann mitnehmen" (not "wollte":
    # a plan that was; not "nicht mitbringen")
    r"|\b(?:möchte|möchten|werde|werden|will|wollen)\b"
    r"((?:(?!\b(?:nicht|keine?n?|niemand\w*)\b)[^.!?,]){1,60}?)\bmit(?:bringen|nehmen)\b",
    re.IGNORECASE,
)
WITH = compile_later(
    # the words before the noun never run over into the next companion ("mit Frau und Kind")
    # "mit meiner 16-jährigen Tochter": a hyphened word before the noun is one word
    # "drag my husband along", "bringing along my mate"; "mit 'nem Kollegen"
    # "und falls jemand fragt", "and if anyone asks": a condition after "und" names no one
    # "avec mon mari", "con mi novio", "e porto un'amica": "with", "bring" in a language mixed in
    rf"\b(mit|with|bringing|bring|along|drag|dragging|and|und|avec|con|porto)\s+"
    rf"((?!(?:und|and|falls|wenn|ob|if|whether)\b)([\w'’-]+)\s+)?"
    rf"((?!(?:und|and|falls|wenn|ob|if|whether)\b)([\w'’-]+)\s+)?"
    # "with my daughter's birthday" names her day, not her company
    rf"(?:\w+-)?{PERSON}\b(?!['’]s\b)",
    re.IGNORECASE,
)
AND_I = compile_later(
    # "a colleague and myself", "Zusage für meine Frau und mich", "meine Kollegin aus dem
    # Wahlkreisbüro und ich"
    # "zwei Kollegen und ich": counted by a number in place of the "my"
    rf"\b(my|mein\w*|our|unser\w*|a|an|ein\w*|zwei|drei|vier|two|three|four|[2-6])\s+((\w+)\s+)?{PERSON}"
    r"(?:\s+(?:aus|von|vom|from)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(and|und|&|sowie)\s+"
    # "I asked my boss and I'm allowed": "I'm" opens a clause of its own, no pair
    r"(i|ich|mich|me|myself)\b(?!['’]m\b)",
    re.IGNORECASE,
)
# "ich und meine Frau", "me and my partner": the same pair, the member named first
I_AND = compile_later(
    # "ich und zwei Kollegen": a count in place of the "my"
    # "myself and a colleague", "ich und Kollegin": the word before the noun may be left out
    # "für mich sowie einen Kollegen", "me as well as my colleague"
    r"\b(?:me|ich|i|myself|mich)\s+(?:and|und|&|sowie|as\s+well\s+as|samt)\s+"
    r"(?:(my|meine?\w*|our|unser\w*|zwei|drei|vier|two|three|four|[2-6]|a|an|ein\w*)\s+)?"
    rf"((\w+)\s+)?{PERSON}\b",
    re.IGNORECASE,
)
# "mein Mann kommt auch mit", "my wife is coming along": one named person joins the member
COMES_ALONG = compile_later(
    # a first name may follow the noun: "Mein Kollege Tarek kommt auch mit"
    rf"\b(mein\w*|my)\s+((\w+)\s+)?{PERSON}\s+(?:\w+\s+)?(kommt|will come|is coming|comes"
    r"|is tagging|tags|will tag)\s+(auch\s+|also\s+)?(?:(?:übrigens|ebenfalls|wohl|sicher|noch"
    r"|btw|auch|also)\s+)*(mit|along|too|with me)\b"
    # "my wife will join me", "mein Mann begleitet mich", "ich komme, mein Mann auch"
    rf"|\b(mein\w*|my)\s+((\w+)\s+)?{PERSON}\s+(?:\w+\s+)?(?:kommt\s+|comes\s+|is coming\s+)?"
    r"(begleitet mich|will (?:also )?join me"
    r"|is (?:also )?joining me|will (?:also )?accompany me|auch|too|as well)\b(?!\s+(nicht|not)\b)",
    re.IGNORECASE,
)
# "me and 2 others", "mit zwei anderen", "plus 2 more": people counted without a noun
OTHERS = compile_later(
    r"\b(?:me|ich|i|myself|plus|and|und|with|mit)\s+(zwei|drei|vier|fünf|two|three|four|five|[2-5])"
    r"\s+(?:others|other people|more|andere|anderen|weiteren|weitere"
    # "ich und zwei aus dem Vorstand", "with two from our team": people counted by where
    # they come from
    r"|(?=(?:aus|vom|von|from)\s+(?:dem|der|den|unserem|unserer|meinem|meiner|our|my|the)\b))"
    r"(?=\s*(?:[,.!;:)]|$|from|aus|von|vom|of)\b)",
    re.IGNORECASE,
)
# "Mit mir kommen noch zwei Kolleginnen", "Es kommen noch meine Frau und ihr Bruder mit":
# the verb ahead of the companions named after it
_JOINER = (
    r"(?:(?:eine?|meine?|unsere?|ihre?|seine?|zwei|drei|vier|fünf|[2-5]|die|der|beide)\s+)?"
    rf"(?:[\w-]+\s+)?{PERSON}"
)
_JOINERS = rf"{_JOINER}(?:\s*(?:,|und|and|&)\s*{_JOINER})*"
COME_BEFORE = compile_later(
    rf"\b(?:kommen|kommt)\s+(?:(?:noch|auch|außerdem|ebenfalls|dann)\s+)+(?P<who>{_JOINERS})\b"
    rf"|\b(?:kommen|kommt)\s+(?P<whom>{_JOINERS})\s+(?:mit|dazu)\b",
    re.IGNORECASE,
)
# "meine Kollegin, mein Chef und ich", "ich, meine Frau und unser Sohn": companions listed
# beside the member, each counted
# "meine Chefin, zwei Kollegen und ich": a companion may be counted by a number
# a later one may belong to one listed before: "me, my wife and her brother"
_NP = (
    r"(?:mein\w*|my|unser\w*|our|die|der|the|eine?|an?|zwei|drei|vier|two|three|four|[2-6])\s+"
    rf"(?:[\w-]+\s+)?{PERSON}"
)
_NEXT_NP = rf"(?:{_NP}|(?:sein\w*|ihr\w*|his|her|deren|dessen)\s+(?:[\w-]+\s+)?{PERSON})"
_SEP = r"(?:\s*,\s*|\s+(?:und|and|&)\s+)"
LISTED_WITH_ME = compile_later(
    rf"\b(?P<before>{_NP}(?:{_SEP}{_NEXT_NP})+)\s*,?\s+(?:und|and|&)\s+(?:ich|i|me|myself)\b"
    rf"|\b(?:ich|me|i|myself)\s*,\s*(?P<after>{_NP}(?:{_SEP}{_NEXT_NP})*\s*,?\s+(?:und|and|&)\s+{_NEXT_NP})",
    re.IGNORECASE,
)
NOT_ALONE = compile_later(r"\b(nicht|not)\s+(allein|alleine|alone)\b", re.IGNORECASE)
# "nicht ohne meinen Mann", "not without my wife": a "without" denied brings them along
NOT_WITHOUT = compile_later(
    rf"\b(?:nicht|not)\s+(?:ohne|without)\s+((?:[\w-]+\s+){{0,2}}?){PERSON}\b",
    re.IGNORECASE,
)
PARTY_SIZES = {"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5}

# The member's own coming hangs on something: "if I can get away", "falls ich es schaffe"
MEMBER_CONDITION = compile_later(
    r"\b(?:if|wenn|falls|sofern|solange)\s+(?:i|ich)\s+(?:(?:es|can|could|kann|kriege?|get)\s+)?"
    r"(?:\w+\s+)?(?:get\s+away|make\s+it|manage|schaffe|hinkriege|loskomme|wegkomme"
    r"|frei\s*bekomme|freibekomme|rauskomme|away)\b",
    re.IGNORECASE,
)
# A reply written like a form: "Begleitung: 1 Person", "Guests: 2", "+1: ja"
FIELD_GUESTS = compile_later(
    r"\b(?:begleitung|begleitperson(?:en)?|gäste|guests?|plus[- ]?ones?)\s*[:=]\s*"
    r"(eine?|one|zwei|two|drei|three|[1-6])\b(?:\s*(?:person|personen|people|persons|pers\.?))?",
    re.IGNORECASE,
)
# "Personen: 3", "Anzahl: 2", "party size: 4": the whole party, the member in it
FIELD_PARTY = compile_later(
    rf"\b(?:personen|anzahl(?:\s+personen)?|personenzahl|teilnehmerzahl|people|persons"
    rf"|party\s+size|group\s+size|headcount)\s*[:=]\s*{SIZE}\b",
    re.IGNORECASE,
)

# "wir kommen mit drei Leuten", "…, ich bin einer davon": the member is one of the group
MEMBER_IN = compile_later(
    r"\b(?:wir|we)\b|\b(?:einer|eine|one)\s+(?:davon|of\s+them)\b|\bmich\s+(?:eingerechnet|mitgezählt)\b"
    r"|\bincluding\s+(?:me|myself)\b|\bme\s+included\b",
    re.IGNORECASE,
)
# "… und meine Betreuerin meinte, …": a German word in lower case after the noun is its verb
VERB_AFTER = compile_later(
    r"\s+(?!(?:mit|nicht|jetzt|heute|gut|selbst|direkt|erst|meist|fast|sonst)\b)[a-zäöüß]+(?:te|t)\b"
)
# "Mit Begleitung, my husband …": who the companion is, said after a comma, is no one more
GENERIC = compile_later(r"(?i)begleit\w*$")
