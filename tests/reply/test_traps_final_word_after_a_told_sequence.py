"""A told sequence of minds ended by a final word: "Erst ja, dann nein, jetzt wieder ja.
Final: ja". The answers told before the marker ("final", "endgültig", "letztendlich",
"am Ende:", "final answer:") are the story; the short answer after it decides, a bare
yes-word included. A final word about another evening turns nothing."""

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
