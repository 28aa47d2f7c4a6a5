"""How one comes, denied, is no refusal of coming: "Ich komme nicht mit leeren Händen",
"komme diesmal nicht zu spät" are a yes, like "nicht allein". Coming denied outright
stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme nicht mit leeren Händen, bringe Kuchen mit!", id="leere-haende"),
        pytest.param("Ich komme diesmal nicht zu spät, versprochen.", id="zu-spaet"),
        pytest.param("Komme nicht unvorbereitet, hab Fragen dabei.", id="unvorbereitet"),
    ],
)
def test_a_manner_of_coming_denied_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme nicht, sorry.", id="nicht"),
        pytest.param("Ich komme nicht, zu spät für mich.", id="zu-spaet-fuer-mich"),
    ],
)
def test_coming_denied_outright_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
