"""A title ends where the member adds a remark on how, when or whether.

"Vorschlag: LinkedIn für Azubis, gerne auch als Workshop" suggests "LinkedIn für
Azubis"; the wish for a format, a moment, an expert or a hedge ("…, if that's
not too niche") is no part of the subject. Several marks, a pictograph before
the member's own clause and a sentence after a question title end it too.
"""

from __future__ import annotations

import pytest

from mail.topic_text import extract_topics


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Vorschlag: LinkedIn für Azubis, gerne auch als Workshop.",
            "LinkedIn für Azubis",
            id="de-gerne-als-workshop",
        ),
        pytest.param(
            "Ich hätte gern mal einen Abend zu YouTube-Shorts, am liebsten mit Praxisbeispielen.",
            "YouTube-Shorts",
            id="de-am-liebsten",
        ),
        pytest.param(
            "Wie wäre es mal mit einem Abend über Spendenaufrufe auf Instagram, gerade vor "
            "Weihnachten?",
            "Spendenaufrufe auf Instagram",
            id="de-gerade-vor",
        ),
        pytest.param(
            "Thema: Mitgliederwerbung über Facebook, falls das nicht zu speziell ist.",
            "Mitgliederwerbung über Facebook",
            id="de-falls",
        ),
        pytest.param(
            "Themenvorschlag: Social Media für Bestatter, auch wenn das komisch klingt.",
            "Social Media für Bestatter",
            id="de-auch-wenn",
        ),
        pytest.param(
            "Wir würden uns einen Abend zu Krisenkommunikation wünschen, am besten mit einem "
            "Profi.",
            "Krisenkommunikation",
            id="de-am-besten",
        ),
        pytest.param(
            "Idee: Social Media Policy für Mitarbeitende, so eine Art Leitfaden.",
            "Social Media Policy für Mitarbeitende",
            id="de-so-eine-art",
        ),
        pytest.param(
            "Topic: TikTok for councils, maybe as a panel?", "TikTok for councils", id="en-maybe"
        ),
        pytest.param(
            "Komme gerne. Btw hätte ich ein Thema: Influencer im Sportverein, so als Idee.",
            "Influencer im Sportverein",
            id="de-so-als-idee",
        ),
        pytest.param(
            "Suggestion from our choir: streaming concerts on YouTube, including the legal stuff.",
            "Streaming concerts on YouTube",
            id="en-including",
        ),
        pytest.param(
            "My topic wish: newsletters for choirs, if that's not too niche.",
            "Newsletters for choirs",
            id="en-if-thats",
        ),
        pytest.param(
            "Would love a session about Discord for clubs, ideally with someone who runs a big "
            "server.",
            "Discord for clubs",
            id="en-ideally",
        ),
        pytest.param(
            "Topic: Managing Facebook groups for sports clubs, e.g. rules and moderation.",
            "Managing Facebook groups for sports clubs",
            id="en-eg",
        ),
        pytest.param(
            "I'd love a talk about Canva for beginners if anyone is up for it.",
            "Canva for beginners",
            id="en-if-anyone",
        ),
        pytest.param(
            "Themenwunsch: Vereinsfotos und DSGVO!!! Bitte bitte.",
            "Vereinsfotos und DSGVO",
            id="de-marks",
        ),
        pytest.param(
            "Themenidee: TikTok für Kirchengemeinden 🙏 wir sind da total verloren",
            "TikTok für Kirchengemeinden",
            id="de-pictograph",
        ),
        pytest.param(
            "Thema: Wie kriegen wir Ehrenamtliche ans Posten? Ist bei uns ein Dauerbrenner.",
            "Wie kriegen wir Ehrenamtliche ans Posten?",
            id="de-question-then-sentence",
        ),
    ],
)
def test_a_remark_after_the_subject_is_cut_off(text: str, title: str) -> None:
    assert [t[:1].upper() + t[1:] for t in extract_topics(text).titles] == [title]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            "Ideas for future evenings: newsletters on Substack, podcast guests, TikTok for "
            "museums.",
            ["newsletters on Substack", "podcast guests", "TikTok for museums"],
            id="en-run-on-list",
        ),
        pytest.param(
            "Themen, die mich interessieren würden: Fundraising online, Vereinswebsite, "
            "Pressearbeit",
            ["Fundraising online", "Vereinswebsite", "Pressearbeit"],
            id="de-run-on-list",
        ),
        pytest.param(
            "Thema: Social Media für Bürgermeister:innen – darf man da privat posten?",
            ["Social Media für Bürgermeister:innen"],
            id="de-dash",
        ),
    ],
)
def test_lists_and_dashes_read_as_before(text: str, titles: list[str]) -> None:
    assert extract_topics(text).titles == titles
