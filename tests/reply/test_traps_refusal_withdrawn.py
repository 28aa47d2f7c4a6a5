"""A refusal withdrawn is a yes: "Ich ziehe meine Absage zurück", "Meine Absage ist
hinfällig", "I withdraw my decline". The word "Absage" named the earlier answer, it
refused nothing now. An acceptance withdrawn, or a refusal confirmed, stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich ziehe meine Absage zurück.", id="ziehe-absage-zurueck"),
        pytest.param("Ich nehme meine Absage zurück, ich komme!", id="nehme-absage-zurueck"),
        pytest.param("Meine Absage ist hinfällig.", id="absage-hinfaellig"),
        pytest.param("Meine Absage gilt nicht mehr.", id="absage-gilt-nicht-mehr"),
        pytest.param("I withdraw my decline.", id="withdraw-decline"),
        pytest.param("Please disregard my regrets, I can make it.", id="disregard-regrets"),
        pytest.param("My cancellation is no longer valid, see you Thursday.", id="no-longer-valid"),
    ],
)
def test_a_refusal_withdrawn_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich ziehe meine Zusage zurück.", id="zusage-zurueck"),
        pytest.param("I withdraw my acceptance.", id="withdraw-acceptance"),
        pytest.param("Ich muss meine Absage leider bestätigen.", id="absage-bestaetigt"),
        pytest.param("My cancellation still stands.", id="cancellation-stands"),
    ],
)
def test_an_acceptance_withdrawn_or_a_refusal_confirmed_is_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
