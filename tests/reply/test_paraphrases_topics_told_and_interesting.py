"""Topic suggestions as a wish that someone tells about a subject, or that it interests.

Strangers wish for a subject without a label word: someone should tell about
it ("Wär cool, wenn mal jemand was zu X erzählt", "It would be great to hear
something about X", the member's own offer "Ich biete an, was über X zu
erzählen"), it would interest them with the verb last ("Mich würden X
brennend interessieren"), or the rating comes first ("Mega spannend fänd ich
X!!", "Was mich interessieren würde, wäre X"). The title is the noun phrase
after "was über/zu", "about" or before the verb, up to where the member's own
clause begins (", ohne dass …", ", so that …", a dictated "punkt"). What the
member asks to be told ("Kann mir jemand was zur Anfahrt erzählen?"), the
evening's arrangements and a past evening's slides are no topic.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics, subject_topics

_SUGGESTED = [
    # someone tells, shows or reports about it; or the member offers to
    ("Wär cool, wenn mal jemand was zu Linktree-Alternativen erzählt.", "Linktree-Alternativen"),
    ("Es wäre toll, wenn jemand etwas zu Linkedin Carousels zeigen könnte.", "Linkedin Carousels"),
    ("Ich biete an, was über Canva zu erzählen.", "Canva"),
    (
        "Vielleicht kann ja einer von euch mal was über Mailchimp-Automationen erzählen.",
        "Mailchimp-Automationen",
    ),
    ("wär super wenn wer was über whatsapp kanäle erzählen könnte", "Whatsapp kanäle"),
    (
        "Es wär klasse, wenn jemand mal was über Google Analytics 4 berichten könnte.",
        "Google Analytics 4",
    ),
    (
        "Ich könnte selbst was zu Podcast-Technik erzählen, wenn Interesse besteht.",
        "Podcast-Technik",
    ),
    ("It would be great to hear something about Threads for NGOs.", "Threads for NGOs"),
    ("Would be nice to learn more about community notes.", "Community notes"),
    ("Maybe someone could tell us a bit about Bluesky starter packs.", "Bluesky starter packs"),
    (
        "It'd be really helpful to hear about grant applications for digital projects.",
        "Grant applications for digital projects",
    ),
    ("Would be great to get some tips on Reels editing.", "Reels editing"),
    # it would interest the member, the verb last
    (
        "Mich würden Fördermittel für Digitalisierung brennend interessieren.",
        "Fördermittel für Digitalisierung",
    ),
    (
        "Als Ruheständler würde mich ein Abend über Social Media für Senioren sehr interessieren.",
        "Social Media für Senioren",
    ),
    ("mich würd TikTok für Sportvereine echt interessieren", "TikTok für Sportvereine"),
    ("Mich würde Storytelling mit Daten interessieren.", "Storytelling mit Daten"),
    (
        "Mich würden Instagram-Guides für Museen sehr interessieren, bin dabei!",
        "Instagram-Guides für Museen",
    ),
    # "was … würde, wäre X" and the rating first
    ("Was mich mal interessieren würde wäre Storytelling für Vereine.", "Storytelling für Vereine"),
    ("Was ich spannend fände, wäre ein Abend zu Crowdfunding.", "Crowdfunding"),
    (
        "Mega spannend fänd ich Social Media für Handwerksbetriebe!!",
        "Social Media für Handwerksbetriebe",
    ),
    ("Total hilfreich fände ich Vorlagen für Vereinsposts.", "Vorlagen für Vereinsposts"),
    ("Echt interessant fänden wir Instagram für Schulen.", "Instagram für Schulen"),
    # the title ends where the member's own clause begins
    (
        "Kleiner Themenwunsch: Saisonale Speisekarten posten, ohne dass es langweilig wird.",
        "Saisonale Speisekarten posten",
    ),
    ("Themenvorschlag: Newsletter planen, damit sie auch gelesen werden.", "Newsletter planen"),
    ("Topic idea: posting consistently, so that people actually see it", "posting consistently"),
    (
        "hallo ich hätte ein thema: webcam-bilder und wetter-posts punkt das machen wir jeden tag",
        "webcam-bilder und wetter-posts",
    ),
]


@pytest.mark.parametrize(
    ("text", "title"), [pytest.param(t, title, id=t[:48]) for t, title in _SUGGESTED]
)
def test_a_wish_that_someone_tells_about_a_subject_or_that_it_interests_suggests_it(
    text: str, title: str
) -> None:
    assert extract_topics(text).titles == [title]


_NOT_SUGGESTED = [
    "Kann mir jemand was zur Anfahrt erzählen?",
    "Kann uns jemand was über die Parkplätze sagen?",
    "Ich kann euch gern was zur Anfahrt erzählen, ich wohne um die Ecke.",
    "Könnte mir jemand was über den Ablauf erzählen?",
    "Mich würde interessieren, wer noch kommt.",
    "Mich würde das sehr interessieren, ich komme!",
    "Mich würde brennend interessieren, wie es weitergeht.",
    "Mich würden die Folien vom letzten Mal interessieren.",
    "Zusage. Mich würden auch die anderen Teilnehmer interessieren.",
    "Was mich interessieren würde, wäre, ob es Getränke gibt.",
    "Mega spannend fänd ich es, wenn wir pünktlich anfangen.",
    "It would be great to hear something about the venue before.",
    "Someone could tell us about the parking situation?",
    "Würde mich sehr freuen, bis Donnerstag!",
    "Ich habe letztes Mal was über Canva gehört, war super.",
    "Hat jemand was über den Termin gehört?",
    "Ich würde gern was zu essen mitbringen.",
    "Wäre schön, wenn jemand was zu trinken mitbringt.",
    "Danke, war ein toller Abend, ich habe viel über Reels gelernt.",
    "Would be great to see you all again!",
    "It would be nice to know more about the room.",
    "Was ich gut fände, wäre ein früherer Beginn.",
    "Ich komme gern, punkt 19 Uhr bin ich da.",
    "Ich würde mich freuen, wenn ihr mir was zum Programm schickt.",
    "Ich erzähle euch dann mehr über unsere Pläne.",
    "Someone should tell the speaker about the microphone.",
    "I'd love to hear more about how it went!",
]


@pytest.mark.parametrize("text", [pytest.param(t, id=t[:48]) for t in _NOT_SUGGESTED])
def test_a_question_an_arrangement_or_a_past_evening_suggests_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []


_SUBJECT_AND_FIRST_SENTENCE = [
    (
        "Themenvorschlag",
        "Google Maps für Gastronomie. Die meisten Gäste finden uns dort, nicht auf Instagram.",
        ["Google Maps für Gastronomie"],
    ),
    (
        "Topic idea",
        "Podcasts for sports clubs. We started one last year and would love to compare notes.",
        ["Podcasts for sports clubs"],
    ),
    (
        "Idee fürs nächste Mal",
        "Vereinsfotos rechtssicher posten! Wir sind da immer unsicher, was erlaubt ist und was "
        "nicht.",
        ["Vereinsfotos rechtssicher posten"],
    ),
    (
        "Themenwunsch",
        "Hallo,\n\nEhrenamt über Social Media gewinnen. Uns fehlen Leute und wir wissen nicht, "
        "wie wir sie ansprechen.",
        ["Ehrenamt über Social Media gewinnen"],
    ),
    (
        "Vorschlag",
        "Ich weiß nicht, ob das passt. Wir haben da so ein Problem mit unserer Webseite und den "
        "Fotos.",
        [],
    ),
    (
        "Topic suggestion",
        "I was wondering about this. Could someone explain how the ticket system works?",
        [],
    ),
    (
        "Themenvorschlag",
        "Danke für die Einladung. Ich komme gern und bringe noch eine Kollegin aus dem Verein mit.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("subject", "text", "titles"),
    [pytest.param(s, t, titles, id=t[:40]) for s, t, titles in _SUBJECT_AND_FIRST_SENTENCE],
)
def test_a_subject_that_says_suggestion_takes_a_short_first_sentence_that_is_no_clause(
    subject: str, text: str, titles: list[str]
) -> None:
    assert subject_topics(subject, text) == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Zwei Wünsche:\n– Vegane Rezepte als Reels\n– Food-Fotografie mit dem Handy",
            ["Vegane Rezepte als Reels", "Food-Fotografie mit dem Handy"],
            id="de-food-fotografie-listed",
        ),
        pytest.param(
            "Themenwunsch: Food-Content für Cafés", ["Food-Content für Cafés"], id="de-food-content"
        ),
        pytest.param("Idee: Food-Truck vor der Tür", [], id="de-food-truck"),
        pytest.param("Topic idea: food for the break", [], id="en-food-for-the-break"),
    ],
)
def test_a_subject_made_of_an_arrangement_word_is_a_topic_the_arrangement_is_not(
    text: str, titles: list[str]
) -> None:
    assert extract_topics(text).titles == titles
