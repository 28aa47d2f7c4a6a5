"""Being somewhere else on the evening itself, the day named after "bin ich".

"Ich bin am 28. in Tallinn", "I bin an dem Oobend in Saarbrigge", "grad do bin i
z'Dornbirn", "I'm stuck in Manila for a client pitch": the member is away that evening,
a no. Denied ("bin am 28. nicht in Wien"), a place that is no absence ("in jedem Fall",
"in der Nähe") or a return in time stays what it was: never a no.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

AWAY = [
    "Ich bin am 28. in Tallinn.",
    "Gern gelesen, die Einladung. Nur: Ich bin am 28. in Lissabon.",
    "Super Idee! Ich bin allerdings an dem Tag in Leipzig.",
    "Wir sind an dem Abend leider in Hamburg.",
    "Sag alle en schöne Gruß! Ich bin an dem Oobend in Saarbrigge.",
    "I bin an dem Obend z'Minga bei da Firma.",
    "Schad, grad do bin i z'Dornbirn.",
    "Do bin i z Wean, sorry.",
    "Have a great evening, everyone! I'm stuck in Manila for a client pitch.",
    "Sorry folks, I'm stuck in Rotterdam for work.",
]

NOT_AWAY = [
    "Ich bin am 28. im Büro und komme abends gern.",
    "Wir sind an dem Abend zu zweit.",
    "Ich bin am 28. in Begleitung da.",
    "Ich bin am 28. nicht in Wien, ich komme.",
    "Ich bin am 28. in jedem Fall da.",
    "Ich bin am 28. in der Nähe, komme gern.",
    "Ich bin am 28. in Berlin und bin ab 20 Uhr wieder da.",
    "Ich bin am 28. tagsüber in Bonn, komme aber danach.",
]

BACK_IN_TIME = [
    "Ich bin am 28. in Bonn, bin aber abends zurück.",
    "I bin an dem Obend z Minga, bin aber pünktlich zurück.",
    "I'm stuck in Leeds for a conference until 6 but will make it.",
]


@pytest.mark.parametrize("text", AWAY)
def test_being_elsewhere_on_the_named_day_is_read_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", NOT_AWAY)
def test_a_place_denied_or_no_absence_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", BACK_IN_TIME)
def test_being_back_for_the_evening_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
