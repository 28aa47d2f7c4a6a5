"""A wish to the others, or praise of the evening, beside an evening of one's own
elsewhere is a no said politely: "Viel Spaß euch allen, ich bin mit dem Chor auf
Konzertreise", "Have a brilliant evening, everyone! I'm stuck at the port that night",
"Great topic! Shame I'll be on a ferry to Orkney". Unread, each went to review. A wish
beside a yes, beside no engagement, beside a part in the evening itself ("ich bin im
Orga-Team und ab 18 Uhr vor Ort") or a stretch of work after which the member may come
("I'm at work until 6", "danach komme ich") is never recorded as a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ELSEWHERE = [
    pytest.param("Viel Spaß euch allen, ich bin mit dem Chor auf Konzertreise.", id="de-chor"),
    pytest.param(
        "Ich drück euch die Daumen für einen vollen Saal. Ich hab an dem Abend Elternabend.",
        id="de-daumen-elternabend",
    ),
    pytest.param(
        "Viel Erfolg mit dem Abend! Ich bin an dem Donnerstag bei einer Beerdigung.",
        id="de-erfolg-beerdigung",
    ),
    pytest.param("Wünsch euch viel Spaß! Ich muss die Fähre fahren bis 23 Uhr.", id="de-faehre"),
    pytest.param("Viel Vergnügen euch! Ich hab an dem Abend Nachtschicht.", id="de-nachtschicht"),
    pytest.param(
        "Spannendes Thema, nur muss ich im Salon eine Hochzeitsgesellschaft frisieren.",
        id="de-thema-salon",
    ),
    pytest.param(
        "Have a brilliant evening, everyone! I'm stuck at the port that night.", id="en-port"
    ),
    pytest.param(
        "Enjoy the evening, all of you. I'm in Lisbon for work that week.", id="en-lisbon"
    ),
    pytest.param(
        "Have a lovely evening! We're at my in-laws' in Bremen that weekend.", id="en-in-laws"
    ),
    pytest.param("Great topic! Shame I'll be on a ferry to Orkney.", id="en-ferry"),
    pytest.param("Sounds brilliant! Shame I'm covering the evening shift.", id="en-shift"),
    pytest.param("Ich wünsch euch ganz viel Spaß, but I'm in Kyiv visiting my mum.", id="mixed"),
]

NOT_A_NO = [
    pytest.param("Have fun everyone! I'm the one bringing the cake.", id="en-bringing-cake"),
    pytest.param("Sounds great! I'm at work until 6.", id="en-until-six"),
    pytest.param("Viel Spaß! Ich bin bis 19 Uhr im Büro, danach komme ich.", id="de-danach"),
    pytest.param("Great topic! I'm in.", id="en-im-in"),
    pytest.param("Klingt super! Ich bin auf jeden Fall da.", id="de-auf-jeden-fall-da"),
    pytest.param("Have fun! I'm in Berlin until Wednesday, so Thursday works.", id="en-works"),
    pytest.param("Viel Spaß euch! Ich bin gespannt.", id="de-gespannt"),
    # at the evening's own place or helping there: no conflict
    pytest.param("Have fun! I'm at the bar already, come join me.", id="en-at-the-bar"),
    pytest.param("Viel Spaß! Ich bin schon in der Kneipe, kommt nach.", id="de-in-der-kneipe"),
    pytest.param("Enjoy the evening! I'm in the kitchen helping with the food.", id="en-kitchen"),
    pytest.param("Viel Spaß euch, ich bin im Orga-Team und ab 18 Uhr vor Ort.", id="de-orga-team"),
]


@pytest.mark.parametrize("text", ELSEWHERE)
def test_a_wish_beside_an_evening_elsewhere_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", NOT_A_NO)
def test_a_wish_beside_a_yes_or_a_short_while_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


def test_a_wish_asked_as_a_question_is_no_refusal() -> None:
    assert analyse(_mail("Have a great evening? I'm in Berlin.")).answer is not Answer.NO


def test_a_wish_alone_is_no_answer() -> None:
    assert analyse(_mail("Viel Spaß euch allen!")).answer is None
