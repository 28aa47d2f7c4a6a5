"""A chatty mail that ends on its bottom line: "Das heißt: ich komme", "So: maybe".

News and small talk may say yes, no and maybe at once; a short sentence opened
by a conclusion ("also", "das heißt", "so", "long story short", "bottom line")
says the answer the news led to. It must be the last word, clear on its own and
about no other time, and no short plain answer before it may say the opposite:
then a person reads the mail. The evening is on Thursday 28 January.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from mail.analysis import analyse
from mail.types import Answer
from somek_tui.models.events import Event
from somek_tui.services.answer_context import another_day_reason, said_of_the_evening

CLUB = ZoneInfo("Europe/Berlin")
EVENING = Event(id="e1", title="Stammtisch", start=datetime(2027, 1, 28, 18, 0, tzinfo=UTC))


def _recorded(text: str) -> Answer | None:
    message = EmailMessage()
    message["From"] = "Anna <anna@example.org>"
    message["To"] = "somek@example.org"
    message["Subject"] = "Re: Einladung zum Stammtisch"
    message["Date"] = "Mon, 18 Jan 2027 10:00:00 +0100"
    message["Message-ID"] = "<reply-1@example.org>"
    message.set_content(text)
    analysis = said_of_the_evening(analyse(bytes(message)), EVENING, CLUB)
    return None if another_day_reason(analysis, EVENING, CLUB) else analysis.answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param(
            "The 28th might work – my manager said I can leave early if the campaign report"
            " is done. It's not done. So: maybe.",
            Answer.MAYBE,
            id="en-so-maybe",
        ),
        pytest.param(
            "ich hab mir gerade den Kalender angeschaut und festgestellt, dass ich im Januar"
            " schon an vier Abenden verplant bin. Egal, der Stammtisch geht vor, ich komme.",
            Answer.YES,
            id="de-egal-ich-komme",
        ),
        pytest.param(
            "Ich war skeptisch, ob das was für mich ist, und hab erst gedacht, ich sage ab."
            " Also: bin dabei!",
            Answer.YES,
            id="de-also-colon",
        ),
        pytest.param(
            "Mein Kalender war voll, ich konnte nichts zusagen. Kurz gesagt: jetzt ist er"
            " frei, ich komme.",
            Answer.YES,
            id="de-kurz-gesagt",
        ),
        pytest.param(
            "I thought I couldn't come, my boss had a meeting planned for that night. So,"
            " count me in after all.",
            Answer.YES,
            id="en-so-count-me-in",
        ),
        pytest.param(
            "Die Woche war die Hölle, keine Zeit für nichts, ständig Meetings, die nicht"
            " enden wollen. Langer Rede kurzer Sinn: ich bin dabei.",
            Answer.YES,
            id="de-langer-rede",
        ),
        pytest.param(
            "Mein Chef hat gefragt, warum ich donnerstags früher gehen will. Leider nein, hab "
            "ich gesagt, Punkte gibt es nicht. Das heißt wohl: ich komme.",
            Answer.YES,
            id="de-reported-no-then-das-heisst",
        ),
        pytest.param(
            "Ich dachte erst, ich kann nicht, weil mein Sohn Training hat. Egal: ich komme!",
            Answer.YES,
            id="de-egal-colon",
        ),
    ],
)
def test_the_bottom_line_of_a_chatty_mail_is_its_answer(text: str, answer: Answer) -> None:
    assert _recorded(text) is answer


@pytest.mark.parametrize(
    ("text", "never"),
    [
        pytest.param(
            "Count me in! So: I won't be able to bring the laptop, sorry.",
            Answer.NO,
            id="en-a-plain-yes-before-a-detail",
        ),
        pytest.param(
            "Zusage! Heißt leider auch, dass ich das Training absagen muss.",
            Answer.NO,
            id="de-zusage-then-heisst",
        ),
        pytest.param(
            "I can't this time. So I'll be there next month.", Answer.YES, id="en-next-month"
        ),
        pytest.param(
            "Kann nicht. Also: nächstes Mal bin ich dabei!", Answer.YES, id="de-naechstes-mal"
        ),
        pytest.param(
            "Ich komme am 28. So, jetzt muss ich los, hab gleich noch einen Termin, den ich"
            " nicht verschieben kann.",
            Answer.NO,
            id="de-so-jetzt-muss-ich-los",
        ),
        pytest.param(
            "Bin dabei! Also, ich muss leider früher gehen, so gegen 21 Uhr.",
            Answer.NO,
            id="de-also-frueher-gehen",
        ),
        pytest.param(
            "I'll be there. So, I can't stay late, I have an early train.",
            Answer.NO,
            id="en-cant-stay-late",
        ),
        pytest.param(
            "Leider nicht. Das heißt aber nicht, dass ich kein Interesse habe!",
            Answer.YES,
            id="de-heisst-aber-nicht",
        ),
        pytest.param(
            "Sorry, I can't. That means I'll miss the SEO talk, which I'd have loved.",
            Answer.YES,
            id="en-that-means-ill-miss",
        ),
        pytest.param(
            "Ich komme. Das heißt, wenn die Bahn nicht streikt.", Answer.NO, id="de-heisst-wenn"
        ),
        pytest.param(
            "Am 28. bin ich leider auf Dienstreise in Hamburg, das wusste ich vorher nicht."
            " Also: am 4. Februar komme ich.",
            Answer.YES,
            id="de-another-day-in-the-bottom-line",
        ),
        pytest.param(
            "So: yes! Wait, no, the 28th is my daughter's recital. Sorry.",
            Answer.YES,
            id="en-mind-changed-after",
        ),
    ],
)
def test_a_bottom_line_never_records_the_opposite(text: str, never: Answer) -> None:
    assert _recorded(text) is not never
