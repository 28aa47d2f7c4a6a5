"""Votes in strangers' words, read against the list the member was shown.

People vote the way they talk: by a place in the list ("die Zwo", "2️⃣ und
4️⃣", "Punkt 2 und 4", "the 2nd one", "1+3"), by the topic in their own words
("das mit der KI", "the accessibility one", "alles rund um TikTok", a typo),
by a suggestion that is already on the list, and beside an answer. A vote
against ("bloß nicht TikTok", "Hauptsache nicht 2") chooses nothing, and a
number with company or a time is no vote. Each phrasing is read the way sync
reads it: numbers mapped to the shown list, words matched to its topics, and
no new topic suggested where an existing one was meant.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.list_places import LAST_PLACE
from mail.topic_described import described_choices
from mail.topic_text import choosing_clauses, extract_topics
from somek_tui.models.topics import Topic
from somek_tui.services.topic_votes import resolve_named

# the corpus list, and a second one so no rule learns three titles by heart
CLUB = [
    Topic(id="c1", title="Mastodon für Vereine"),
    Topic(id="c2", title="Barrierefreie Posts"),
    Topic(id="c3", title="KI-Bilder kennzeichnen"),
]
MEDIA = [
    Topic(id="m1", title="LinkedIn-Strategien für Selbstständige"),
    Topic(id="m2", title="TikTok für Vereine und Verbände"),
    Topic(id="m3", title="Barrierefreiheit in Social Media"),
    Topic(id="m4", title="KI-Tools im Redaktionsalltag"),
]
OUT_OF_RANGE = "out of range"


def read_votes(text: str, shown: list[Topic]) -> tuple[list[str], list[str]]:
    """The ids voted for and the new titles suggested, as sync reads a reply."""
    found = extract_topics(text)
    ids: list[str] = []
    for number in found.votes:
        place = len(shown) if number == LAST_PLACE else number
        if not 1 <= place <= len(shown):
            return [OUT_OF_RANGE], []
        ids.append(shown[place - 1].id)
    named = resolve_named(
        found.titles,
        found.named,
        found.mentioned,
        shown,
        shown=shown,
        clauses=choosing_clauses(text),
        described=described_choices(text),
    )
    ids += [i for i in named.votes if i not in ids]
    return sorted(ids), named.titles


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        # places in the list, as digits, number words, emoji and ordinals
        pytest.param("die Zwo bitte", ["c2"], id="de-zwo"),
        pytest.param("Punkt 2 und 3", ["c2", "c3"], id="de-punkt-2-und-3"),
        pytest.param("1+3", ["c1", "c3"], id="plus-joined"),
        pytest.param("2️⃣ und 3️⃣", ["c2", "c3"], id="keycaps-listed"),
        pytest.param("#2 und #3", ["c2", "c3"], id="hashes-listed"),
        pytest.param("2&3", ["c2", "c3"], id="ampersand-no-spaces"),
        pytest.param("Nr. 1 und Nr. 3", ["c1", "c3"], id="de-nr-twice"),
        pytest.param("Thema 1 und 3", ["c1", "c3"], id="de-thema-1-und-3"),
        pytest.param("Ich würde Thema zwei nehmen.", ["c2"], id="de-thema-zwei-nehmen"),
        pytest.param("Nummer eins!", ["c1"], id="de-nummer-eins"),
        pytest.param("number one please", ["c1"], id="en-number-one"),
        pytest.param("the 2nd one", ["c2"], id="en-2nd-one"),
        pytest.param("Den 3. Vorschlag", ["c3"], id="de-3-dot-vorschlag"),
        pytest.param("Thema Nr.2", ["c2"], id="de-thema-nr-2"),
        pytest.param("TOPIC 2", ["c2"], id="en-caps"),
        pytest.param("i'd go w/ 3", ["c3"], id="en-go-with-abbrev"),
        pytest.param("Würde 1 wählen", ["c1"], id="de-waehlen"),
        pytest.param("bin für 3", ["c3"], id="de-bin-fuer"),
        pytest.param("3 klingt am spannendsten", ["c3"], id="de-klingt-am-spannendsten"),
        pytest.param("3 wäre cool", ["c3"], id="de-waere-cool"),
        pytest.param("option 2 sounds best", ["c2"], id="en-sounds-best"),
        pytest.param("2 is my fav", ["c2"], id="en-fav"),
        pytest.param("I'm leaning towards 3.", ["c3"], id="en-leaning-towards"),
        pytest.param("Voting for 1.", ["c1"], id="en-voting-for"),
        pytest.param("My choice: 2", ["c2"], id="en-my-choice"),
        pytest.param("1 pls", ["c1"], id="en-pls"),
        pytest.param("Eins!", ["c1"], id="de-eins-alone"),
        pytest.param("Das zweite Thema spricht mich an.", ["c2"], id="de-spricht-mich-an"),
        pytest.param("Thema 2 würde mich interessieren", ["c2"], id="de-wuerde-interessieren"),
        pytest.param("Mich würde 3 am meisten interessieren.", ["c3"], id="de-am-meisten"),
        pytest.param("Ich hätte gern Thema 1.", ["c1"], id="de-haette-gern"),
        pytest.param("Ich tendiere zu 3.", ["c3"], id="de-tendiere"),
        pytest.param("Tendenz: Thema 1", ["c1"], id="de-tendenz"),
        pytest.param("👍 für 3", ["c3"], id="thumbs-for"),
        pytest.param("+1 zu Nr. 2", ["c2"], id="de-plus-one-zu-nr"),
        pytest.param("Ich schließe mich an: Thema 3", ["c3"], id="de-schliesse-mich-an"),
        pytest.param("A und C", ["c1", "c3"], id="letters-listed"),
        pytest.param("Option B please", ["c2"], id="en-option-letter"),
        # the topic in the member's own words
        pytest.param("Das Mastodon-Ding", ["c1"], id="de-mastodon-ding"),
        pytest.param("Fediverse pls", ["c1"], id="en-fediverse"),
        pytest.param("KI Bilder", ["c3"], id="de-ki-bilder-spaced"),
        pytest.param("Barrierefreiheit wäre mir wichtig.", ["c2"], id="de-noun-wichtig"),
        pytest.param("barrierefrei posten!", ["c2"], id="de-verb-form"),
        pytest.param("Mastodon im Verein", ["c1"], id="de-mastodon-im-verein"),
        pytest.param("Mastodon for nonprofits please", ["c1"], id="en-nonprofits"),
        pytest.param("the Mastodon talk", ["c1"], id="en-the-x-talk"),
        pytest.param("Mastdon bitte", ["c1"], id="de-typo"),
        pytest.param("Labeling AI images!", ["c3"], id="en-labeling-ai-images"),
        pytest.param("I'd love the AI images one", ["c3"], id="en-love-the-one"),
        pytest.param(
            "Am spannendsten fände ich Barrierefreiheit.", ["c2"], id="de-am-spannendsten"
        ),
        # a place named after a verb that chooses, or alone, or counted off
        pytest.param("I'll take the second one.", ["c2"], id="en-take-the-second"),
        pytest.param("Nehm ich das dritte.", ["c3"], id="de-nehm-ich-das-dritte"),
        pytest.param("Die letzte auf der Liste pls", ["c3"], id="de-die-letzte-auf-der-liste"),
        pytest.param("Gimme the last one on the list", ["c3"], id="en-last-on-the-list"),
        pytest.param("Dat dritte!", ["c3"], id="koelsch-dat-dritte"),
        pytest.param("Zweitens und drittens.", ["c2", "c3"], id="de-counted-off"),
        pytest.param("The first two topics, please.", ["c1", "c2"], id="en-first-two"),
        pytest.param("Die ersten zwei, das letzte nicht.", ["c1", "c2"], id="de-ersten-zwei"),
        pytest.param("Hmm 🤔 also: 2", ["c2"], id="de-lead-colon-number"),
        # the topic after a lead-in about the vote, or by what it involves
        pytest.param("Zur Abstimmung: Mastodon.", ["c1"], id="de-zur-abstimmung-colon"),
        pytest.param("For the topic vote: AI images.", ["c3"], id="en-topic-vote-colon"),
        pytest.param("Alt-Texte bitte, da sind wir schlecht.", ["c2"], id="de-alt-texte"),
        pytest.param("Bei den Themen hätte ich gern Mastodon.", ["c1"], id="de-haette-gern-name"),
        pytest.param("Ich stimme fürs Mastodon-Thema.", ["c1"], id="de-fuers-x-thema"),
        # beside an answer
        pytest.param("Ja, komme! Thema 2 fänd ich gut.", ["c2"], id="de-yes-and-number"),
        pytest.param("Bin dabei und stimme für 3.", ["c3"], id="de-dabei-und-stimme"),
        pytest.param("Kann leider nicht, aber Thema 1 wäre super.", ["c1"], id="de-no-and-number"),
        pytest.param("Sorry, can't make it. Vote for 2 though.", ["c2"], id="en-no-and-vote"),
    ],
)
def test_a_vote_in_strangers_words_chooses_from_the_list_shown(text: str, voted: list[str]) -> None:
    assert read_votes(text, CLUB) == (voted, [])


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Ich wär für das mit der KI.", ["m4"], id="de-das-mit-der-ki"),
        pytest.param("the accessibility one", ["m3"], id="en-accessibility-one"),
        pytest.param("Den Vortrag zu LinkedIn fänd ich spannend.", ["m1"], id="de-vortrag-zu"),
        pytest.param("alles rund um TikTok 👍", ["m2"], id="de-alles-rund-um"),
        pytest.param("Linkedin pls", ["m1"], id="en-lower-case-pls"),
        pytest.param("TIKTOK BITTE", ["m2"], id="de-caps"),
        pytest.param("KI-Tools wär mega", ["m4"], id="de-waer-mega"),
        pytest.param("Für mich LinkedIn, ganz klar.", ["m1"], id="de-fuer-mich-ganz-klar"),
        pytest.param("Ich stimme für Punkt 2 und 4.", ["m2", "m4"], id="de-punkt-2-und-4"),
        pytest.param("Nr 4", ["m4"], id="de-nr-no-dot"),
        pytest.param("die Vier", ["m4"], id="de-die-vier"),
        pytest.param("the fourth one", ["m4"], id="en-fourth-one"),
        pytest.param("Mein Favorit ist das TikTok-Thema.", ["m2"], id="de-favorit-thema"),
        pytest.param("wuerde fuer linkedin stimmen", ["m1"], id="de-no-umlauts"),
        pytest.param("Vote: KI", ["m4"], id="en-vote-colon-acronym"),
        pytest.param("Das LinkedIn-Thema", ["m1"], id="de-x-thema"),
        pytest.param("Die Sache mit TikTok.", ["m2"], id="de-die-sache-mit"),
        pytest.param("Accessibility please", ["m3"], id="en-accessibility-please"),
        pytest.param("LinkedIn oder TikTok, beides gut.", ["m1", "m2"], id="de-beides-gut"),
        pytest.param("Count my vote for the TikTok session.", ["m2"], id="en-count-my-vote"),
    ],
)
def test_a_vote_for_another_list_finds_its_topic(text: str, voted: list[str]) -> None:
    assert read_votes(text, MEDIA) == (voted, [])


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Thema: Mastodon für Vereine", ["c1"], id="de-thema-colon-existing"),
        pytest.param("Themenvorschlag: Barrierefreie Posts", ["c2"], id="de-suggestion-existing"),
        pytest.param("Topic idea: labelling AI images", ["c3"], id="en-idea-existing"),
        pytest.param("Mein Vorschlag: Mastodon für Vereine!", ["c1"], id="de-vorschlag-existing"),
    ],
)
def test_a_suggestion_of_a_listed_topic_is_a_vote_not_a_new_topic(
    text: str, voted: list[str]
) -> None:
    assert read_votes(text, CLUB) == (voted, [])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Thema 3 eher nicht.", id="de-eher-nicht"),
        pytest.param("Bloß nicht Mastodon.", id="de-bloss-nicht"),
        pytest.param("Mastodon interessiert mich null.", id="de-null-interesse"),
        pytest.param("Kein Mastodon bitte.", id="de-kein"),
        pytest.param("not the Mastodon one", id="en-not-the-one"),
        pytest.param("Egal, Hauptsache nicht 2.", id="de-hauptsache-nicht"),
        pytest.param("Egal welches.", id="de-egal-welches"),
        pytest.param("Mir ist jedes Thema recht.", id="de-jedes-thema"),
        pytest.param("Any of them is fine.", id="en-any-of-them"),
        pytest.param("Ich komme zu zweit.", id="de-zu-zweit"),
        pytest.param("Wir sind 3.", id="de-wir-sind-3"),
        pytest.param("Ja, ab 19 Uhr.", id="de-time"),
        pytest.param("2 Kollegen kommen mit.", id="de-colleagues"),
        pytest.param("Ja +1", id="de-guest"),
        pytest.param("Yes, two of us.", id="en-two-of-us"),
        pytest.param("Bin dabei, war letztes Mal auch schon da.", id="de-letztes-mal"),
        pytest.param("Ich komme um 7.", id="de-um-7"),
        pytest.param("Danke, 1A organisiert!", id="de-1a"),
        pytest.param("Put me down for two.", id="en-put-me-down-for-a-count"),
        pytest.param(
            "Wir haben 40 Euro ausgegeben und drei Anmeldungen bekommen. Drei! Ich will wissen, "
            "was wir falsch machen, und ich komme gern am Donnerstag vorbei.",
            id="de-a-number-repeated-in-a-story",
        ),
        pytest.param("Das erste Mal dabei, freu mich!", id="de-das-erste-mal"),
        pytest.param(
            "Alle drei Themen klingen gut, ich kann mich nicht entscheiden.", id="de-all-three"
        ),
        pytest.param("All three sound great, can't decide.", id="en-all-three"),
    ],
)
def test_no_vote_where_none_was_cast(text: str) -> None:
    assert read_votes(text, CLUB) == ([], [])


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        pytest.param("Erst dachte ich 1, aber doch lieber 3.", ["c3"], id="de-doch-lieber"),
        pytest.param("Korrektur: nicht 2, sondern 3.", ["c3"], id="de-nicht-sondern"),
        pytest.param("Lieber 3 als 1.", ["c3"], id="de-lieber-als"),
        pytest.param("Change my vote to 3 please.", ["c3"], id="en-change-my-vote"),
        pytest.param("2, not 1.", ["c2"], id="en-not-the-other"),
    ],
)
def test_a_vote_changed_or_set_against_another_counts_for_the_one_chosen(
    text: str, voted: list[str]
) -> None:
    assert read_votes(text, CLUB) == (voted, [])


def test_a_number_beyond_the_list_shown_is_for_review() -> None:
    assert read_votes("Thema 5 bitte", MEDIA) == ([OUT_OF_RANGE], [])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Alle drei Themen sind spannend, ich kann mich nicht entscheiden.", id="de"),
        pytest.param("All three topics look good, I can't decide.", id="en"),
        pytest.param("Egal welches Thema, ich kann mich nicht entscheiden.", id="de-egal"),
    ],
)
def test_undecided_between_the_topics_is_no_answer(text: str) -> None:
    # "nicht" here turns down a choice among topics, not the evening
    assert read_intent(extract_topics(text).rest).answer is None
