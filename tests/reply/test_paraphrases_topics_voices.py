"""Topic suggestions in more voices: the hedge after a list, the announced title, numerals.

People close a list of suggestions with a hedge about it ("Vielleicht ist ja
was dabei.", "Maybe one of them fits."): that "vielleicht" is about the
suggestions, not the evening, so it is no answer; a hedge about themselves
("Vielleicht komme ich.") still is. A suggestion announced in a sentence of
its own ("Darf ich ein Thema einbringen?", "Quick suggestion.") names its
title in the next one. Lists are numbered in Roman numerals too.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.topic_text import extract_topics
from mail.types import Answer

_LIST = "Ein paar Themenideen:\n\n- Canva-Vorlagen im Team\n- Krisen am Wochenende\n\n"
_LIST_EN = "Some topic ideas:\n\n- Canva templates for teams\n- Weekend crisis plans\n\n"


@pytest.mark.parametrize(
    ("hedge", "text"),
    [
        pytest.param("Vielleicht ist ja was dabei.", _LIST, id="de-was-dabei"),
        pytest.param("Vielleicht passt eins davon mal rein.", _LIST, id="de-eins-davon"),
        pytest.param("Vielleicht passt das ja mal.", _LIST, id="de-passt-das"),
        pytest.param("Vielleicht ist was für euch dabei!", _LIST, id="de-fuer-euch"),
        pytest.param("Vielleicht könnt ihr was damit anfangen.", _LIST, id="de-anfangen"),
        pytest.param("Vielleicht interessiert das ja noch andere.", _LIST, id="de-andere"),
        pytest.param("Evtl. ja was für den Herbst.", _LIST, id="de-evtl-herbst"),
        pytest.param("vllt passts ja irgendwann", _LIST, id="de-vllt-phone"),
        pytest.param("Nur so eine Idee, vielleicht passt es ja.", _LIST, id="de-nur-so-idee"),
        pytest.param("Maybe one of them fits.", _LIST_EN, id="en-one-of-them"),
        pytest.param("Maybe there's something in there for you.", _LIST_EN, id="en-something"),
        pytest.param("Perhaps something for a future evening.", _LIST_EN, id="en-future"),
        pytest.param("Maybe it's of interest to others too.", _LIST_EN, id="en-others"),
        pytest.param("maybe useful for later", _LIST_EN, id="en-lower"),
    ],
)
def test_a_hedge_about_the_suggestions_is_no_answer(hedge: str, text: str) -> None:
    found = extract_topics(text + hedge)
    assert len(found.titles) == 2
    assert read_intent(found.rest).answer is None


@pytest.mark.parametrize(
    ("hedge", "text"),
    [
        pytest.param("Vielleicht komme ich, mal sehen.", _LIST, id="de-komme-ich"),
        pytest.param("Vielleicht bin ich dabei.", _LIST, id="de-bin-ich-dabei"),
        pytest.param("Vielleicht klappt es am Donnerstag.", _LIST, id="de-klappt-donnerstag"),
        pytest.param("Maybe I'll make it.", _LIST_EN, id="en-make-it"),
        pytest.param("Maybe see you Thursday.", _LIST_EN, id="en-see-you"),
    ],
)
def test_a_hedge_about_coming_stays_an_answer(hedge: str, text: str) -> None:
    found = extract_topics(text + hedge)
    assert len(found.titles) == 2
    assert read_intent(found.rest).answer is Answer.MAYBE


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Darf ich ein Thema einbringen? Mitgliederwerbung für Chöre. Unser Chor ist alt.",
            ["Mitgliederwerbung für Chöre"],
            id="de-darf-ich-einbringen",
        ),
        pytest.param(
            "Kleiner Vorschlag meinerseits. Podcasts für Vereine.",
            ["Podcasts für Vereine"],
            id="de-kleiner-vorschlag",
        ),
        pytest.param(
            "Ich hätte da noch eine Themenidee.\nNewsletter statt Facebook",
            ["Newsletter statt Facebook"],
            id="de-haette-da-eine-idee-next-line",
        ),
        pytest.param(
            "May I suggest a topic? Recruiting volunteers on Instagram.",
            ["Recruiting volunteers on Instagram"],
            id="en-may-i-suggest",
        ),
        pytest.param(
            "Quick topic suggestion. Measuring reach without paid tools.",
            ["Measuring reach without paid tools"],
            id="en-quick-suggestion",
        ),
        pytest.param(
            "Bei der Erfolgsmessung fallen mir zwei Folgethemen ein:\n"
            "i. Google Analytics 4 für Einsteiger ii. Matomo als Alternative",
            ["Google Analytics 4 für Einsteiger", "Matomo als Alternative"],
            id="roman-inline",
        ),
        pytest.param(
            "Themenwünsche:\ni) Vereinschronik online\nii) Fotos aus dem Archiv\niii) Podcasts",
            ["Vereinschronik online", "Fotos aus dem Archiv", "Podcasts"],
            id="roman-lines",
        ),
        pytest.param(
            "Was ich gern mal besprechen würde: Lesungen streamen. Bei uns fragen das viele.",
            ["Lesungen streamen"],
            id="de-besprechen-wuerde",
        ),
        pytest.param(
            "Alaaf! Wat mer jern ens hätte: ene Ovend övver Brauchtum auf Social Media.",
            ["Brauchtum auf Social Media"],
            id="koelsch-wat-mer-jern-haette",
        ),
        pytest.param(
            "hi, ich hab ne idee für ein thema!! Kennzeichnungspflicht bei Werbung für Influencer.",
            ["Kennzeichnungspflicht bei Werbung für Influencer"],
            id="de-phone-idee-fuer-ein-thema",
        ),
        pytest.param(
            "Idee für einen Themenabend - Memes in der Verwaltung",
            ["Memes in der Verwaltung"],
            id="de-idee-fuer-einen-themenabend-dash",
        ),
        pytest.param(
            "Wir bräuchten dringend mal Input zu Instagram-Ads.",
            ["Instagram-Ads"],
            id="de-braeuchten-input-zu",
        ),
        pytest.param(
            "PS: Ein Abend zu Recruiting über TikTok wäre mega.",
            ["Recruiting über TikTok"],
            id="de-ps-abend-zu-waere-mega",
        ),
        pytest.param(
            "Ein Austausch zu Canva-Vorlagen wäre super.",
            ["Canva-Vorlagen"],
            id="de-austausch-zu",
        ),
        pytest.param(
            "Gerne würde ich mal über Hate Speech diskutieren.",
            ["Hate Speech"],
            id="de-verb-first-ueber",
        ),
        pytest.param(
            "Wär mal cool, was über UTM-Links zu machen.", ["UTM-Links"], id="de-waer-mal-cool"
        ),
        pytest.param(
            "A session about LinkedIn carousels would be super useful.",
            ["LinkedIn carousels"],
            id="en-super-useful",
        ),
        pytest.param(
            "Hi, idea for a future evening: behind-the-scenes content at a zoo. People love it.",
            ["behind-the-scenes content at a zoo"],
            id="en-title-ends-after-a-short-word",
        ),
        pytest.param(
            "Since you asked, here's my list:\n\n- Volunteer recruitment on Instagram\n"
            "- Annual reports people actually read",
            ["Volunteer recruitment on Instagram", "Annual reports people actually read"],
            id="en-heres-my-list",
        ),
    ],
)
def test_a_suggestion_in_another_shape_is_read(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Darf ich eine Frage stellen? Wann geht es los?", id="de-question"),
        pytest.param("Kleiner Vorschlag: Wir fangen pünktlich an.", id="de-arrangement"),
        pytest.param("Ich hätte da eine Idee. Wie wäre es, wenn wir früher anfangen?", id="de-wie"),
        pytest.param("Quick suggestion. Could we start at 7?", id="en-start"),
        pytest.param("One idea. Let's meet at the pub afterwards.", id="en-pub"),
        pytest.param("Mich würde ein Stammtisch in Bonn interessieren.", id="de-stammtisch-in"),
        pytest.param("Could we talk about the schedule?", id="en-schedule"),
        pytest.param("Ein Abend zu Hause wäre mega.", id="de-zu-hause"),
        pytest.param("Ein Austausch zu den Terminen wäre gut.", id="de-zu-den-terminen"),
        pytest.param("Ich hätte gern was zu trinken!", id="de-was-zu-trinken"),
        pytest.param("Ich wünsch mir was zum Geburtstag.", id="de-geburtstag"),
        pytest.param(
            "Ich habe jede Menge Fragen zum Thema Erfolgsmessung, vor allem: Wie misst man das?",
            id="de-fragen-zum-thema-vor-allem",
        ),
    ],
)
def test_an_announced_remark_about_the_evening_is_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
