"""A subject proposed outright, or wished to be heard about, is a suggestion.

"I'd suggest X", "Let me suggest X", "I'd like to talk about X sometime", "Lasst uns mal
über X reden", "I'd find X really interesting", "Ich hätte gern mal was über X gehört",
"Spannend fände ich ein Treffen zu X". The title ends before the participle of the wish
("gehört", "gesehen") and starts after the evening wished for ("ein Treffen zu"). What we
should do ("I'd suggest we start earlier", "I'd suggest looking at the map first"), a
place, "it" or "that" is no subject, and a link is never cut into one.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('Yes please. I\'d suggest "Accessible video captions".', "Accessible video captions"),
        ("I'd suggest Podcast-Technik für Anfänger.", "Podcast-Technik für Anfänger"),
        ("Can't come, but I'd like to suggest Bluesky starter packs.", "Bluesky starter packs"),
        ("Let me suggest photo consent forms.", "Photo consent forms"),
        ("We would propose volunteer rotas in Notion.", "Volunteer rotas in Notion"),
        ("I'd like to talk about volunteer onboarding sometime.", "Volunteer onboarding"),
        ("We'd love to hear more about grant platforms.", "Grant platforms"),
        ("Lasst uns mal über Instagram-Insights reden.", "Instagram-Insights"),
        ("Komme. Lass uns doch mal über Vereinsrecht online sprechen.", "Vereinsrecht online"),
        ("I'd find accessible design really interesting.", "Accessible design"),
        ("Ich hätte gern mal was über LinkedIn-Algorithmen gehört.", "LinkedIn-Algorithmen"),
        ("Komme. Hätte gern mal was zu Bildrechten gesehen.", "Bildrechten"),
        ("Spannend fände ich ein Treffen zu Podcast-Technik.", "Podcast-Technik"),
        ("Gut fände ich einen Abend über Vereinsfinanzen.", "Vereinsfinanzen"),
    ],
)
def test_a_subject_proposed_or_wished_to_be_heard_is_suggested(text: str, title: str) -> None:
    assert extract_topics(text).titles == [title]


@pytest.mark.parametrize(
    "text",
    [
        "I'd suggest we start a bit earlier.",
        "I'd suggest the Italian place next door.",
        "I suggest we meet at the station.",
        "I'd suggest moving it to Friday.",
        "I'd suggest looking at the map first.",
        "I'd like to talk about it next time.",
        "I'd like to talk to you about the invoice.",
        "Lasst uns über den Termin reden.",
        "Lass uns das beim nächsten Mal besprechen.",
        "I'd find it really interesting.",
        "I'd find that very useful.",
        "Ja. Schaut euch mal https://example.org/passkeys an – wäre ein gutes Thema.",
        "Yes. Saw this: https://example.org/threads-api – would make a great topic.",
        "Yes. https://example.org/my-new-blog",
    ],
)
def test_what_to_do_a_pronoun_or_a_link_is_no_subject(text: str) -> None:
    assert extract_topics(text).titles == []
