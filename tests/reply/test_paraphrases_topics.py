"""Topic suggestions in strangers' words: a speech act plus the thing it is about.

A suggestion is a wish or label word ("Vorschlag", "idea", "mich würde …
interessieren", "wäre … nicht mal ein Thema?") and a noun phrase found by its
shape: after a colon, a label or a preposition, up to where the member goes
on about it (a new sentence, a question of their own, "ich weiß", "weil").
The label may stand mid-sentence, the title may follow on the lines below,
and dictated mails have no punctuation at all. Words about the evening,
thanks and greetings are never a title.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a label word mid-sentence, the title after the colon
        pytest.param(
            "Kann diesmal nicht, aber hier eine Idee für einen späteren Abend: "
            "Vereinsfotos ohne Profi-Kamera.",
            ["Vereinsfotos ohne Profi-Kamera"],
            id="de-idee-fuer-spaeteren-abend-mid-sentence",
        ),
        pytest.param(
            "Sorry, can't make it, but here's a thought for a future meetup: "
            "event marketing on a shoestring.",
            ["event marketing on a shoestring"],
            id="en-event-words-start-a-title",
        ),
        # a line that announces a list by a wish, with the list below
        pytest.param(
            "Hallo zusammen,\n\nein paar Wünsche aus unserem Chor:\n\n"
            "1) Probenfotos posten\n2) Konzertankündigungen auf Facebook\n\nGruß Petra",
            ["Probenfotos posten", "Konzertankündigungen auf Facebook"],
            id="de-wuensche-colon-numbered-list",
        ),
        pytest.param(
            "Moin,\nzwei Dinge, über die ich gern mal sprechen würde:\n"
            "- Vereinschronik digital\n- Newsletter automatisieren\nGruß",
            ["Vereinschronik digital", "Newsletter automatisieren"],
            id="de-dinge-ueber-die-ich-sprechen-wuerde-list",
        ),
        pytest.param(
            "Things I'd like to hear more about:\n* Mailchimp alternatives\n* Photo consent forms",
            ["Mailchimp alternatives", "Photo consent forms"],
            id="en-things-id-like-to-hear-about-list",
        ),
        # what occupies the member, as a label
        pytest.param(
            "Was mich gerade beschäftigt: Kommentare moderieren. Bei uns eskaliert das oft.",
            ["Kommentare moderieren"],
            id="de-was-mich-beschaeftigt-colon",
        ),
        pytest.param(
            "Was mich umtreibt: Datenschutz bei WhatsApp-Gruppen. Vielleicht mal ein Abend dazu?",
            ["Datenschutz bei WhatsApp-Gruppen"],
            id="de-was-mich-umtreibt-follow-up-dazu",
        ),
        # the inverted question: "wäre X nicht mal ein Thema?"
        pytest.param(
            "Hoi zäme, wäre Crowdfunding für Sportvereine nicht mal ein Thema?",
            ["Crowdfunding für Sportvereine"],
            id="de-waere-x-nicht-mal-ein-thema",
        ),
        pytest.param(
            "Wär Bildrechte bei Vereinsfesten nicht was für einen Abend?",
            ["Bildrechte bei Vereinsfesten"],
            id="de-waer-x-nicht-was-fuer-einen-abend",
        ),
        pytest.param(
            "Wouldn't podcast editing make a good session?",
            ["Podcast editing"],
            id="en-wouldnt-x-make-a-good-session",
        ),
        # "ein Thema für später wäre X", "my suggestion would be X"
        pytest.param(
            "Nachtrag: Ein Thema für später wäre Mitgliederwerbung auf Instagram.",
            ["Mitgliederwerbung auf Instagram"],
            id="de-ein-thema-fuer-spaeter-waere",
        ),
        pytest.param(
            "Meine Idee für den nächsten Stammtisch wäre Vereinswebseiten mit WordPress.",
            ["Vereinswebseiten mit WordPress"],
            id="de-meine-idee-fuer-den-naechsten-waere",
        ),
        pytest.param(
            "One idea for a future evening would be volunteer onboarding.",
            ["Volunteer onboarding"],
            id="en-one-idea-would-be",
        ),
        # "als Thema" belongs to the wish, not to the title
        pytest.param(
            "Ich fände Spendenquittungen digital als Thema spannend.",
            ["Spendenquittungen digital"],
            id="de-faende-x-als-thema-spannend",
        ),
        # a question as the title ends at its question mark
        pytest.param(
            "Themenvorschlag: Wie viel Werbung verträgt ein Vereinskanal? Bei uns meckern alle.",
            ["Wie viel Werbung verträgt ein Vereinskanal?"],
            id="de-question-title-then-a-new-sentence",
        ),
        # dictated: no punctuation, the title ends where the member goes on
        pytest.param(
            "ich hätte einen themen vorschlag vereinsfeste live streamen "
            "wie macht man das mit dem ton",
            ["Vereinsfeste live streamen"],
            id="de-dictated-themen-vorschlag-split",
        ),
        pytest.param(
            "hab da ne idee für nen themenabend podcasts für kleine vereine ich weiß klingt schräg",
            ["Podcasts für kleine vereine"],
            id="de-dictated-idee-fuer-nen-themenabend",
        ),
        # interest in a question: "mich würde interessieren, wie man X"
        pytest.param(
            "Mich würde mal interessieren, wie andere Vereine "
            "Jugendliche für Instagram begeistern.",
            ["Jugendliche für Instagram begeistern"],
            id="de-mich-wuerde-interessieren-wie-andere",
        ),
        pytest.param(
            "I'd be really interested in how other clubs handle negative comments.",
            ["Handle negative comments"],
            id="en-interested-in-how-other-clubs",
        ),
        # hearing from someone who knows it
        pytest.param(
            "It would be great to hear from someone who has done fundraising on TikTok.",
            ["Fundraising on TikTok"],
            id="en-hear-from-someone-who-has-done",
        ),
    ],
)
def test_a_suggestion_in_strangers_words_gives_a_clean_title(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Was mich interessiert: wann geht es los?", id="de-question-about-the-start"),
        pytest.param(
            "Ein paar Fragen:\n- Gibt es Parkplätze?\n- Ist es barrierefrei?",
            id="de-questions-list",
        ),
        pytest.param("Wäre das nicht mal was?", id="de-pronoun-question"),
        pytest.param("Mich würde interessieren, wann ihr die Fotos schickt.", id="de-when-photos"),
        pytest.param("Danke für den tollen Abend! Der Vortrag war super.", id="de-thanks"),
        pytest.param("Hi all, the event was great, thanks for organising!", id="en-thanks"),
        pytest.param("Wäre die Location nicht mal ein Thema für sich? 😄", id="de-location-joke"),
        pytest.param("Ich komme, ich weiß nur noch nicht wann.", id="de-answer-ich-weiss"),
        pytest.param("Any idea whether there is parking nearby?", id="en-any-idea-parking"),
    ],
)
def test_words_about_the_evening_name_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            "Can't come this time, but here's an idea for a future evening: drone videos.",
            "Can't come this time,",
            id="en-decline-before-the-label",
        ),
        pytest.param(
            "Bin raus diesmal, aber eine Idee für später: Vereinsarchiv digitalisieren.",
            "Bin raus diesmal,",
            id="de-decline-before-the-label",
        ),
    ],
)
def test_the_clause_before_a_label_stays_the_members_answer(text: str, said: str) -> None:
    assert extract_topics(text).rest == said


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Deshalb wünsche ich mir:\n→ Vereinsfeste filmen\n→ Spenden per QR-Code",
            ["Vereinsfeste filmen", "Spenden per QR-Code"],
            id="arrow-bullets",
        ),
        pytest.param(
            "drei Wünsche für die Themenbörse:\n👉 Kinderfotos posten\n👉 Vereinslogo auf Reels",
            ["Kinderfotos posten", "Vereinslogo auf Reels"],
            id="pointing-hand-bullets",
        ),
        pytest.param(
            "Two things I'd love to discuss:\n(1) live captions\n(2) meme formats for clubs",
            ["live captions", "meme formats for clubs"],
            id="bracketed-numbers",
        ),
        pytest.param(
            "hätte ich zwei Anschlussthemen:\na. Vereinsradio b. Podcasts im Ehrenamt",
            ["Vereinsradio", "Podcasts im Ehrenamt"],
            id="lettered-with-dots-in-one-line",
        ),
        pytest.param(
            "so here are three:\n\n1) Alt text at scale\n2) Colour contrast",
            ["Alt text at scale", "Colour contrast"],
            id="en-here-are-three",
        ),
        pytest.param(
            "P.S. Für einen späteren Abend fände ich Chatbots im Verein spannend.",
            ["Chatbots im Verein"],
            id="de-faende-ich-inverted",
        ),
        pytest.param(
            "Ich bin Kassiererin und fände einen Abend zu Online-Spendenquittungen hilfreich.",
            ["Online-Spendenquittungen"],
            id="de-faende-without-subject",
        ),
        pytest.param(
            "Wir posten zweisprachig. Vielleicht mal ein Abend zu Posts auf Polnisch?",
            ["Posts auf Polnisch"],
            id="de-vielleicht-ein-abend-zu",
        ),
        pytest.param(
            "Könnte man im Frühjahr mal über Vereinsvideos mit dem Handy sprechen?",
            ["Vereinsvideos mit dem Handy"],
            id="de-koennte-man-ueber-sprechen",
        ),
        pytest.param(
            "Könntet ihr Podcasts für Senioren auf die Liste setzen?",
            ["Podcasts für Senioren"],
            id="de-auf-die-liste-setzen",
        ),
        pytest.param(
            "Was ich super fände: Instagram-Lives mit dem Vorstand.",
            ["Instagram-Lives mit dem Vorstand"],
            id="de-was-ich-super-faende",
        ),
        pytest.param(
            "Leider nicht. Aber für die Liste: Vereinschats moderieren.",
            ["Vereinschats moderieren"],
            id="de-fuer-die-liste",
        ),
        pytest.param(
            "I'd be keen to hear about Discord for youth clubs.",
            ["Discord for youth clubs"],
            id="en-keen-to-hear-about",
        ),
        pytest.param(
            "An evening on newsletters for sports clubs would be fab.",
            ["Newsletters for sports clubs"],
            id="en-would-be-fab",
        ),
        pytest.param(
            "Has anyone ever covered podcast hosting here?",
            ["Podcast hosting"],
            id="en-has-anyone-covered",
        ),
        pytest.param(
            "Could we do a session some time on volunteer rotas?",
            ["Volunteer rotas"],
            id="en-session-some-time-on",
        ),
        pytest.param(
            'Topic idea: "Saying no politely". I am terrible at it.',
            ["Saying no politely"],
            id="en-quoted-title-then-a-sentence",
        ),
    ],
)
def test_lists_and_wishes_as_strangers_write_them(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hallo, siehe Betreff.\n\nClaudia", id="de-see-subject"),
        pytest.param("As per the subject.", id="en-see-subject"),
        pytest.param("Bei den Themen: eins und zwei.", id="de-number-words-are-votes"),
        pytest.param("Thema 3 fände ich auch gut.", id="de-number-rated"),
    ],
)
def test_pointers_and_numbers_are_no_titles(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ach ja, zum eigentlichen Thema: am 28. bin ich dabei.", id="de-back-to-the-point"
        ),
        pytest.param("Back to the actual topic: I'll be there on the 28th.", id="en-back-to-it"),
        pytest.param("Thema: am 28. komme ich später.", id="de-a-date-is-no-title"),
    ],
)
def test_coming_back_to_the_point_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


# a suggestion beside an answer, in the forms new voices use: a wish verb, a label
# with or without a colon, a question for a later evening
@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Ich komme! Was ich gern mal hören würde: wie man Ehrenamtliche über Instagram findet.",
            ["wie man Ehrenamtliche über Instagram findet"],
            id="ich-komme-was-ich-gern-mal",
        ),
        pytest.param(
            "Bin dabei. Themenidee: Vereinsvideos mit dem Handy drehen",
            ["Vereinsvideos mit dem Handy drehen"],
            id="bin-dabei-themenidee-vereinsvideos-mit-dem",
        ),
        pytest.param(
            "Komme gern. Wie wäre es mal mit einem Abend zu Podcasts für Vereine?",
            ["Podcasts für Vereine"],
            id="komme-gern-wie-ware-es-mal",
        ),
        pytest.param(
            "Leider nicht. Aber: könnten wir mal einen Abend über Förderanträge machen?",
            ["Förderanträge"],
            id="leider-nicht-aber-konnten-wir-mal",
        ),
        pytest.param(
            "Ich wäre dabei! Mich würde mal Social Media für Sportvereine interessieren.",
            ["Social Media für Sportvereine"],
            id="ich-ware-dabei-mich-wurde-mal",
        ),
        pytest.param(
            "ich fänd nen abend über canva vorlagen mega",
            ["Canva vorlagen"],
            id="ich-fand-nen-abend-uber-canva",
        ),
        pytest.param(
            "Would love a session on writing grant applications!",
            ["Writing grant applications"],
            id="would-love-a-session-on-writing",
        ),
        pytest.param(
            "Could we have a talk about podcasting for small charities sometime?",
            ["Podcasting for small charities"],
            id="could-we-have-a-talk-about",
        ),
        pytest.param(
            "I'm in. Idea for a future evening: using WhatsApp channels.",
            ["using WhatsApp channels"],
            id="i-m-in-idea-for-a",
        ),
        pytest.param(
            "Yes! Suggestion for next time – volunteer recruitment via Facebook groups.",
            ["volunteer recruitment via Facebook groups"],
            id="yes-suggestion-for-next-time-volunteer",
        ),
        pytest.param(
            "Count me in. I'd be really interested in a session about email newsletters "
            "that people actually open.",
            ["Email newsletters that people actually open"],
            id="count-me-in-i-d-be",
        ),
        pytest.param(
            "Bin dabei 🙂 Vorschlag fürs nächste Mal: Fotorechte bei Vereinsfesten",
            ["Fotorechte bei Vereinsfesten"],
            id="bin-dabei-vorschlag-furs-nachste-mal",
        ),
        pytest.param(
            "Yes please! Would be great to hear about running a Discord server for a club.",
            ["Running a Discord server for a club"],
            id="yes-please-would-be-great-to",
        ),
        pytest.param(
            "Ja. Ein Thema, das uns umtreibt: Nachwuchs über TikTok gewinnen.",
            ["Nachwuchs über TikTok gewinnen"],
            id="ja-ein-thema-das-uns-umtreibt",
        ),
        pytest.param(
            "Moin, bin am Start. Idee: Wie man mit Hasskommentaren umgeht",
            ["Wie man mit Hasskommentaren umgeht"],
            id="moin-bin-am-start-idee-wie",
        ),
        pytest.param(
            "Hi! Könnte man mal über Vereinswebseiten mit WordPress sprechen?",
            ["Vereinswebseiten mit WordPress"],
            id="hi-konnte-man-mal-uber-vereinswebseiten",
        ),
        pytest.param(
            "Ich würd gern mal was über Google Ads Grants hören.",
            ["Google Ads Grants"],
            id="ich-wurd-gern-mal-was-uber",
        ),
        pytest.param(
            "Spannend fände ich einen Abend zu Crowdfunding für Vereine.",
            ["Crowdfunding für Vereine"],
            id="spannend-fande-ich-einen-abend-zu",
        ),
        pytest.param(
            "I'd love to learn more about Canva for nonprofits.",
            ["Canva for nonprofits"],
            id="i-d-love-to-learn-more-2",
        ),
        pytest.param(
            "Next time maybe something on LinkedIn for board members?",
            ["LinkedIn for board members"],
            id="next-time-maybe-something-on-linkedin",
        ),
        pytest.param(
            "Vielleicht nächstes Mal was zu Pressemitteilungen?",
            ["Pressemitteilungen"],
            id="vielleicht-nachstes-mal-was-zu-pressemitteilungen",
        ),
        pytest.param(
            "Mein Wunschthema: Fotos rechtssicher posten.",
            ["Fotos rechtssicher posten"],
            id="mein-wunschthema-fotos-rechtssicher-posten",
        ),
        pytest.param(
            "Ich hätte ein Thema: Ehrenamtliche online koordinieren.",
            ["Ehrenamtliche online koordinieren"],
            id="ich-hatte-ein-thema-ehrenamtliche-online",
        ),
        pytest.param(
            "Topic request: how to write alt text",
            ["how to write alt text"],
            id="topic-request-how-to-write-alt",
        ),
        pytest.param(
            "A talk on hashtags strategy would be really useful.",
            ["Hashtags strategy"],
            id="a-talk-on-hashtags-strategy-would",
        ),
        pytest.param(
            "What I'd really like to hear about: Threads vs Bluesky.",
            ["Threads vs Bluesky"],
            id="what-i-d-really-like-to",
        ),
        pytest.param(
            "Was mich brennend interessiert: Newsletter-Tools im Vergleich.",
            ["Newsletter-Tools im Vergleich"],
            id="was-mich-brennend-interessiert-newsletter-tools",
        ),
    ],
)
def test_a_suggestion_beside_an_answer_gives_its_title(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles
