"""A talk's title in quotation marks names words, it does not say them: "Themenvorschlag:
„Ich bin dabei! – Community-Building“" answers nothing, even where the title holds a "!"
or a full stop that would end a sentence."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from somek_tui.models import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'Themenvorschlag: "Ich bin dabei! – Community-Building auf LinkedIn"', id="bin-dabei"
        ),
        pytest.param('Thema: "Bin dabei!" – warum Zusagen nichts bedeuten', id="thema"),
        pytest.param('Topic idea: "Count me in! – RSVP fatigue on Meetup"', id="count-me-in"),
        pytest.param(
            "Vorschlag für einen Vortrag: „Ich komme!“ – Eventmarketing 2027", id="ich-komme"
        ),
        pytest.param(
            'Titelidee: "Leider nein. Absagen als Kommunikationsstrategie"', id="leider-nein"
        ),
        pytest.param('Talk title: "Yes! Why saying yes to trends pays off"', id="talk-title"),
        pytest.param(
            "Themenwunsch: „Ja, ich will! – Hochzeits-Content auf Instagram“", id="ja-ich-will"
        ),
        pytest.param(
            "Wie wäre es mit dem Thema „Bin raus! Social-Media-Detox für Manager“?", id="bin-raus"
        ),
    ],
)  # fmt: skip
def test_a_quoted_title_holding_an_answer_answers_nothing(text: str) -> None:
    result = analyse(plain_reply(text))
    assert result.answer is None or result.answer_problem


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param('Ich komme! Thema-Idee: "Nein sagen lernen!"', Answer.YES, id="komme-idee"),
        pytest.param("Meine Antwort: „Ja!“", Answer.YES, id="meine-antwort"),
        pytest.param('Ich sag nur: "Bin dabei!"', Answer.YES, id="sag-nur"),
        pytest.param("Kurz und knapp: „Nein, leider nicht.“", Answer.NO, id="kurz-und-knapp"),
        pytest.param(
            'Bin dabei! "Endlich wieder Stammtisch!", hat meine Frau gesagt.', Answer.YES,
            id="frau-gesagt",
        ),
    ],
)  # fmt: skip
def test_words_quoted_without_a_title_named_are_still_said(text: str, answer: Answer) -> None:
    result = analyse(plain_reply(text))
    assert (result.answer, result.answer_problem) == (answer, "")
