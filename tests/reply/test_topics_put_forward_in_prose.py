"""Suggestions put forward in prose as strangers write them.

A wish or proposal verb with the subject it is about, in the orders people
use: the verdict first ("Spannend wär auch mal X"), the subject first ("Über X
würde ich gern mal was hören", "Ein Abend über X würde mich freuen"), the
label word with "wäre" ("Themenvorschlag wäre X", "A topic for later might
be X"), asked whether it was thought of ("Habt ihr schon mal über einen Abend
zu X nachgedacht?"), proposed formally ("würde ich das Thema X anregen", "May
I suggest a future session on X?"), or thrown in ("Bitte mal ein Thema zu X!").
The same forms about the evening's own matters suggest nothing.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Klar komme ich! Spannend wär auch mal Storytelling für Feuerwehren.",
            "Storytelling für Feuerwehren",
            id="de-spannend-waer",
        ),
        pytest.param(
            "Ich komme. Über TikTok für Sportvereine würde ich gern mal was hören.",
            "TikTok für Sportvereine",
            id="de-ueber-x-hoeren",
        ),
        pytest.param(
            "Ich komme. Ein Abend über Vereinswebsites mit WordPress würde mich freuen.",
            "Vereinswebsites mit WordPress",
            id="de-ein-abend-freuen",
        ),
        pytest.param(
            "Zusage. Themenvorschlag wäre Storytelling mit Fotos.",
            "Storytelling mit Fotos",
            id="de-themenvorschlag-waere",
        ),
        pytest.param(
            "Ich bin raus diesmal. Aber Thema für später wäre KI-Tools für Pressemitteilungen.",
            "KI-Tools für Pressemitteilungen",
            id="de-thema-fuer-spaeter-waere",
        ),
        pytest.param(
            "I'll be there. A topic for later might be AI tools for press releases.",
            "AI tools for press releases",
            id="en-topic-for-later-might-be",
        ),
        pytest.param(
            "Ich bin dabei! Habt ihr schon mal über einen Abend zu Influencer-Kooperationen"
            " nachgedacht?",
            "Influencer-Kooperationen",
            id="de-nachgedacht",
        ),
        pytest.param(
            "Komme. Habt ihr mal an ein Thema wie Employer Branding gedacht?",
            "Employer Branding",
            id="de-gedacht",
        ),
        pytest.param(
            "I'm in. Have you thought about doing something on employer branding?",
            "Employer branding",
            id="en-thought-about",
        ),
        pytest.param(
            "Guten Tag, ich nehme gern teil. Für eine künftige Veranstaltung würde ich das Thema"
            " Barrierefreiheit in sozialen Medien anregen.",
            "Barrierefreiheit in sozialen Medien",
            id="de-anregen",
        ),
        pytest.param(
            "Dear all, I will attend. May I suggest a future session on accessibility in PDFs?",
            "Accessibility in PDFs",
            id="en-may-i-suggest",
        ),
        pytest.param(
            "Leider nein. Aber bitte mal ein Thema zu Vereinsvorständen auf LinkedIn!",
            "Vereinsvorständen auf LinkedIn",
            id="de-bitte-mal-ein-thema",
        ),
        pytest.param(
            "Bin dabei. Ich würde vorschlagen, dass wir mal über Bluesky sprechen.",
            "Bluesky",
            id="de-vorschlagen-dass",
        ),
        pytest.param(
            "I'll come. I'd suggest we talk about Threads at some point.",
            "Threads",
            id="en-suggest-we-talk",
        ),
        pytest.param(
            "Ich komme. Es wäre super, mal einen Abend zum Thema Sponsoring-Posts zu machen.",
            "Sponsoring-Posts",
            id="de-abend-zu-machen",
        ),
        pytest.param(
            "Yes! Also, I'd really appreciate a session on writing alt text.",
            "Writing alt text",
            id="en-appreciate",
        ),
        pytest.param(
            "Count me in. One thing I'd like to hear more about is community guidelines for"
            " Facebook groups.",
            "Community guidelines for Facebook groups",
            id="en-is-x",
        ),
        pytest.param(
            "Ich komme. Könnten wir nicht mal Mastodon-Instanzen für Vereine besprechen?",
            "Mastodon-Instanzen für Vereine",
            id="de-nicht-mal",
        ),
        pytest.param(
            "Zusage. Ich könnte auch mal einen kurzen Input zu Canva geben.",
            "Canva",
            id="de-input-geben",
        ),
        pytest.param(
            "Servus, i kimm. A Thema wär vielleicht Instagram für Wirtshäuser.",
            "Instagram für Wirtshäuser",
            id="bavarian-a-thema-waer",
        ),
        pytest.param(
            "I'll be there! Would love it if someone could cover Canva for beginners.",
            "Canva for beginners",
            id="en-love-it-if-someone",
        ),
        pytest.param(
            "Sure thing. Topic-wise I'd love something on LinkedIn for nonprofits.",
            "LinkedIn for nonprofits",
            id="en-love-something-on",
        ),
        pytest.param(
            "Bin dabei. Könntet ihr irgendwann mal was zum Thema Barrierefreiheit in PDFs machen?",
            "Barrierefreiheit in PDFs",
            id="de-koenntet-ihr-machen",
        ),
        pytest.param(
            "Ich kann leider nicht, aber ich würde mir sehr einen Abend über Bluesky wünschen.",
            "Bluesky",
            id="de-abend-wuenschen",
        ),
        pytest.param(
            "Bin dabei. Vielleicht könnten wir beim nächsten Mal das Thema Vereinsrecht und"
            " Social Media aufgreifen.",
            "Vereinsrecht und Social Media",
            id="de-beim-naechsten-mal-aufgreifen",
        ),
        pytest.param(
            "Ich komme. Toll wäre auch ein Erfahrungsaustausch zu Newsletter-Tools.",
            "Newsletter-Tools",
            id="de-toll-waere-austausch",
        ),
    ],
)
def test_a_suggestion_in_prose_names_its_subject(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Interessant wäre noch zu wissen, wie lange es geht.", id="de-zu-wissen"),
        pytest.param(
            "Spannend fände ich übrigens auch, wenn wir mal woanders tagen.", id="de-wenn"
        ),
        pytest.param(
            "Ich komme. Spannend wäre für mich, wie ihr das mit den Folien macht.", id="de-wie"
        ),
        pytest.param("Über die Anfahrt würde ich gern noch was wissen.", id="de-anfahrt"),
        pytest.param("Vielleicht mal was zu essen mitbringen? Ich bin dabei.", id="de-essen"),
        pytest.param("Vielleicht mal was zu Mittag vorher? Ich komme.", id="de-mittag"),
        pytest.param("Have you considered starting earlier? I'll come anyway.", id="en-earlier"),
        pytest.param("Have you thought about a bigger room? I'm in.", id="en-bigger-room"),
        pytest.param("May I suggest a different venue? The last one was too loud.", id="en-venue"),
        pytest.param("Habt ihr mal an ein anderes Format gedacht? Bin dabei.", id="de-format"),
        pytest.param("Das Thema wäre super, ich komme.", id="de-das-thema-waere-super"),
        pytest.param("Toll wäre ein Abend zum Grillen im Sommer.", id="de-grillen"),
        pytest.param("Toll wäre auch ein Austausch zur Anfahrt.", id="de-austausch-anfahrt"),
        pytest.param("Könntet ihr mal was zu essen machen?", id="de-was-zu-essen"),
        pytest.param("Would love it if you could talk about the parking.", id="en-parking"),
        pytest.param("I would love something on the side, like snacks.", id="en-on-the-side"),
        pytest.param("Thema wär mir egal, Hauptsache nette Leute.", id="de-thema-egal"),
        pytest.param(
            "Ich würde mir einen Abend mit euch im Biergarten wünschen.", id="de-biergarten"
        ),
    ],
)
def test_the_same_forms_about_the_evening_suggest_nothing(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Komme gerne – would love a session on LinkedIn Ads sometime.",
            "LinkedIn Ads",
            id="mixed-dash",
        ),
        pytest.param(
            "Bin dabei – und ein Abend über Podcasts wäre super.", "Podcasts", id="de-dash"
        ),
        pytest.param("Count me in — a talk on Bluesky would be great.", "Bluesky", id="en-dash"),
    ],
)
def test_an_answer_before_a_dash_stays_beside_the_suggestion(text: str, title: str) -> None:
    topics = extract_topics(text)
    assert topics.titles == [title]
    assert topics.rest.split()[:2] == text.split()[:2]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Sorry, kann nicht. But a talk on Bluesky would be super!",
            ["Bluesky"],
            id="mixed-would-be-super",
        ),
        pytest.param(
            "Count me in. Fände Newsletter und Podcasts beide spannend.",
            ["Newsletter", "Podcasts"],
            id="mixed-faende-beide",
        ),
        pytest.param(
            "Komme. Maybe mal was zu Mastodon? Das nutzen wir seit Kurzem.",
            ["Mastodon"],
            id="mixed-maybe-mal-was",
        ),
    ],
)
def test_a_suggestion_in_mixed_language_names_its_subject(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Hallo, ich bin dabei. Ich hätte noch einen Themenwunsch, und zwar Social Media"
            " Monitoring.",
            "Social Media Monitoring",
            id="de-und-zwar",
        ),
        pytest.param(
            "Ich hab da eine Idee, nämlich Vereinsarchive auf Instagram.",
            "Vereinsarchive auf Instagram",
            id="de-naemlich",
        ),
        pytest.param(
            "Ich bin ja im Förderverein, da wäre Elternkommunikation über Signal ein super Thema.",
            "Elternkommunikation über Signal",
            id="de-da-waere-x-ein-thema",
        ),
        pytest.param(
            "Zusage. Ich wäre für einen Abend zu Bildrechten sehr dankbar.",
            "Bildrechten",
            id="de-dankbar",
        ),
        pytest.param(
            "Yes please! I'd be grateful for a session on image rights.",
            "Image rights",
            id="en-grateful",
        ),
    ],
)
def test_a_suggestion_named_after_its_announcement(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Dann wäre das ein super Thema.", id="de-das-ein-thema"),
        pytest.param("Hier wäre Pizza ein gutes Thema.", id="de-pizza"),
        pytest.param("Ich hätte noch einen Wunsch, und zwar pünktlich anfangen.", id="de-wunsch"),
    ],
)
def test_the_announcement_forms_without_a_subject_suggest_nothing(text: str) -> None:
    assert extract_topics(text).titles == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Bin dabei. Und bitte mal ein Abend zum Thema Social Media für Kitas!",
            "Social Media für Kitas",
            id="de-bitte-mal-ein-abend",
        ),
        pytest.param(
            "Als Influencerin fände ich das Thema Influencer-Kooperationen fair gestalten"
            " spannend.",
            "Influencer-Kooperationen fair gestalten",
            id="de-faende-das-thema",
        ),
        pytest.param(
            "For a future session, maybe measuring brand awareness offline? Half our customers"
            " find us by word of mouth.",
            "Measuring brand awareness offline",
            id="en-future-session-maybe",
        ),
        pytest.param(
            "Next time perhaps newsletters for small shops?",
            "Newsletters for small shops",
            id="en-next-time-perhaps",
        ),
    ],
)
def test_a_suggestion_asked_or_wished_for_a_later_evening(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Next time, maybe a bigger room?", id="en-bigger-room"),
        pytest.param("For the next meetup, perhaps the garden?", id="en-garden"),
        pytest.param("Next time maybe I can bring my colleague?", id="en-bring"),
        pytest.param("Ich fände das Thema spannend, komme aber nicht.", id="de-das-thema"),
        pytest.param("Und bitte mal ein Abend zum Thema Grillen!", id="de-grillen"),
    ],
)
def test_the_same_wish_about_the_evening_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
