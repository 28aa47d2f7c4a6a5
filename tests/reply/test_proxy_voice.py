"""Someone writes for the member: the member's words in the first person, the writer's
reasons for writing left as they are."""

from __future__ import annotations

import pytest

from mail.proxy_voice import members_words


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            "Herr Pohl lässt ausrichten: Er kommt gern!", "Ich komme gern!", id="de-passed-on"
        ),
        pytest.param(
            "Herr Schmidt lässt ausrichten, dass er gerne kommt.",
            "Ich komme gerne.",
            id="de-verb-at-the-end",
        ),
        pytest.param(
            "Ich antworte für Bernd. Der kommt also nicht.",
            "Ich antworte für Bernd. Ich komme also nicht.",
            id="de-demonstrative",
        ),
        pytest.param(
            "Hier schreibt die Oma von Finn: Finn ist im Skilager und kommt nicht.",
            "Hier schreibt die Oma von Finn: Finn ist im Skilager und ich komme nicht.",
            id="de-subject-carried-past-und",
        ),
        pytest.param(
            "Hier schreibt Uwes Frau, er hat kein Internet. Er kommt mit seiner Tochter.",
            "Hier schreibt Uwes Frau, er hat kein Internet. Ich komme mit meiner Tochter.",
            id="de-reason-kept-companion-his",
        ),
        pytest.param(
            "Hi, Nadine's colleague here – she's on leave, so she won't be coming.",
            "Hi, Nadine's colleague here – she's on leave, so I won't be coming.",
            id="en-name-possessive-kept",
        ),
        pytest.param("Tom's husband here. Tom says yes, thanks!", "yes", id="en-says-yes"),
    ],
)
def test_the_member_speaks_in_the_first_person(text: str, said: str) -> None:
    assert members_words(text) == said


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme gern. Meine Frau kann leider nicht.", id="de-member-writes"),
        pytest.param("I'll be there, my wife won't. She's away that week.", id="en-member-writes"),
    ],
)
def test_a_members_own_reply_is_read_as_written(text: str) -> None:
    assert members_words(text) == text
