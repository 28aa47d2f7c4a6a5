"""Topic labels that answer the invitation's ask, name the member's role or propose.

"Zu eurer Frage nach Themen: X", "To your question about topics: X" answer the
invitation's ask for topics (a question of the member's own, "Frage zum Vortrag: …",
still names none); "Als Datenschutzbeauftragte schlage ich vor: X", "As a comms
officer, I suggest: X" name the member's role while proposing (a job title in a
signature still names none); "Thema für später – X" and "Wir fänden toll: X" are
labels as "Thema:" is.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


def _lower_first(title: str) -> str:
    return title[:1].lower() + title[1:]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Zu eurer Frage nach Themenwünschen: Barrierefreie PDFs.",
            "Barrierefreie PDFs",
            id="de-frage-nach-themenwuenschen",
        ),
        pytest.param(
            "Zu eurer Frage nach Themen: Vereinsrecht online.",
            "Vereinsrecht online",
            id="de-frage-nach-themen",
        ),
        pytest.param(
            "Ich hab ne Frage als Thema: Wie gehen wir mit Trollen in Facebook-Gruppen um?",
            "Wie gehen wir mit Trollen in Facebook-Gruppen um?",
            id="de-frage-als-thema",
        ),
        pytest.param(
            "To your question about topics: volunteer onboarding.",
            "volunteer onboarding",
            id="en-question-about-topics",
        ),
        pytest.param(
            "Als Datenschutzbeauftragte schlage ich vor: DSGVO bei Gewinnspielen. "
            "Da brennt es überall.",
            "DSGVO bei Gewinnspielen",
            id="de-als-beauftragte",
        ),
        pytest.param(
            "Als Referentin für Öffentlichkeitsarbeit schlage ich vor: Pressearbeit für Vereine.",
            "Pressearbeit für Vereine",
            id="de-als-referentin",
        ),
        pytest.param(
            "As a communications officer, I suggest: crisis posts for hospitals.",
            "crisis posts for hospitals",
            id="en-as-officer-i-suggest",
        ),
        pytest.param(
            "I suggest: crisis posts for hospitals.",
            "crisis posts for hospitals",
            id="en-i-suggest",
        ),
        pytest.param(
            "We'd like to propose: volunteer recruitment on TikTok.",
            "volunteer recruitment on TikTok",
            id="en-wed-like-to-propose",
        ),
        pytest.param(
            "Thema für später – Fotorechte bei Flohmärkten. Ich weiß ehrlich nicht, wem die "
            "Bilder gehören.",
            "Fotorechte bei Flohmärkten",
            id="de-thema-fuer-spaeter-dash",
        ),
        pytest.param(
            "Idee für irgendwann – Podcasts im Altenheim.",
            "Podcasts im Altenheim",
            id="de-idee-fuer-irgendwann",
        ),
        pytest.param(
            "Wir im Stadtmarketing fänden toll: Stadtmarketing und Bürgerbeteiligung. Wie holt "
            "man die Leute ab?",
            "Stadtmarketing und Bürgerbeteiligung",
            id="de-faenden-toll",
        ),
        pytest.param(
            "Ich bin dabei und hätte einen Themenwunsch: Moderation von Online-Diskussionen.",
            "Moderation von Online-Diskussionen",
            id="de-moderation-of-what-is-posted",
        ),
    ],
)
def test_the_label_heads_the_title(text: str, title: str) -> None:
    assert [_lower_first(t) for t in extract_topics(text).titles] == [_lower_first(title)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bin dabei. Zu eurer Frage nach der Anmeldung: ich melde mich noch.", id="de-signing-up"
        ),
        pytest.param("Frage zum Thema: gibt es Parkplätze?", id="de-own-question"),
        pytest.param("Eine Frage zum Vortrag: wie lange geht der?", id="de-question-on-the-talk"),
        pytest.param("Zu deiner Frage nach Themen: fällt mir grad nix ein.", id="de-none"),
        pytest.param("To your question about topics: nothing comes to mind.", id="en-none"),
        pytest.param(
            "Viele Grüße\nAnna Muster\nReferentin Themenfeld: Digitales Ehrenamt",
            id="de-signature",
        ),
        pytest.param("I suggest: we meet at 7 instead.", id="en-suggest-an-arrangement"),
        pytest.param("Wer übernimmt die Moderation? Bin dabei.", id="de-who-moderates"),
    ],
)
def test_an_own_question_a_signature_or_an_arrangement_names_no_topic(text: str) -> None:
    assert extract_topics(text).titles == []
