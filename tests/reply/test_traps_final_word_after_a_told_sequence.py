"""A told sequence of minds ended by a final word: "Erst ja, dann nein, jetzt wieder ja.
Final: ja". The answers told before the marker ("final", "endgültig", "letztendlich",
"am Ende:", "final answer:", "Jetzt:", "steht fest:", a closing "Ja also.") are the
story; the short answer after it decides, a bare yes-word included. A final word about
another evening or a thing one brings turns nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Erst ja, dann nein, jetzt wieder ja. Final: ja", Answer.YES, id="de-final"),
        pytest.param("Ja. Nein. Doch ja. Am Ende: ja!", Answer.YES, id="de-am-ende"),
        pytest.param(
            "Zuerst dachte ich ja, dann doch nein. Endgültig: ich komme.",
            Answer.YES,
            id="de-endgueltig",
        ),
        pytest.param(
            "Hab hin und her überlegt: ja, nein, ja. Letztendlich: bin dabei.",
            Answer.YES,
            id="de-letztendlich",
        ),
        pytest.param(
            "I said yes, then no, then yes again. Final answer: yes.",
            Answer.YES,
            id="en-final-answer",
        ),
        pytest.param("Ja, nein, ja. Final: nein", Answer.NO, id="de-final-nein"),
        pytest.param(
            "Ich hab ja gesagt, dann nein, jetzt sag ich: endgültig nein.",
            Answer.NO,
            id="de-endgueltig-nein",
        ),
        pytest.param(
            "Nein, ja, nein... letztendlich: ja, ich komme.", Answer.YES, id="de-nein-ja-nein"
        ),
        pytest.param(
            "Ich dachte erst: nein. Dann: vielleicht. Jetzt: ja.", Answer.YES, id="de-jetzt"
        ),
        pytest.param("First: no. Then: maybe. Now: yes!", Answer.YES, id="en-now"),
        pytest.param(
            "Hi, nein, also eigentlich nein, aber dann doch eher ja, ich nehm das Auto. Ja also.",
            Answer.YES,
            id="de-ja-also-at-the-end",
        ),
        pytest.param(
            "Bisher war ich unsicher, jetzt steht fest: ich komme nicht.",
            Answer.NO,
            id="de-steht-fest",
        ),
    ],
)
def test_the_final_word_after_a_sequence_of_minds_is_the_answer(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer


@pytest.mark.parametrize(
    ("text", "never"),
    [
        pytest.param("Yes. No. Yes. Final answer: no.", Answer.YES, id="en-final-no"),
        pytest.param(
            "Ich komme. Dann doch nicht. Dann doch. Final: nein", Answer.YES, id="de-final-nein"
        ),
    ],
)
def test_a_final_no_is_never_read_as_the_yes_before_it(text: str, never: Answer) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not never


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme nicht. Fazit: nächstes Mal bin ich dabei.", id="de-naechstes"),
        pytest.param("Can't make it. Final answer: next time I'm in!", id="en-next-time"),
    ],
)
def test_a_final_word_about_another_evening_turns_nothing(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Count me in! So: I won't be able to bring the laptop, sorry.", id="en"),
        pytest.param("Bin dabei! Fazit: den Kuchen schaffe ich leider nicht.", id="de"),
    ],
)
def test_a_final_word_about_a_thing_one_brings_turns_nothing(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
