"""A doubt said in another language mixed into the reply is a maybe.

"Hätte große Lust, mais je ne sais pas encore si ça marche": the wish is warm, the
French half says the member has not decided. The same in Spanish, Italian and Dutch.
A doubt only about what to bring beside a clear yes stays a yes.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

UNDECIDED = [
    "Hätte große Lust, mais je ne sais pas encore si ça marche.",
    "Klingt toll! Je ne sais pas encore si je peux venir.",
    "Würde gern kommen, aber je suis pas encore sûr.",
    "Gern, aber no sé todavía si puedo.",
    "Klingt super, non so ancora se riesco.",
    "Leuk! Ik weet nog niet of ik kan.",
    "Would love to, mais je ne sais pas si ça marche.",
]

DECIDED = [
    "Je ne sais pas si je peux apporter du vin, mais je viens.",
    "Sì, vengo! Non so se riesco a portare la torta.",
    "Oui, je viens!",
]


@pytest.mark.parametrize("text", UNDECIDED)
def test_a_doubt_in_a_mixed_in_language_is_read_as_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize("text", DECIDED)
def test_a_doubt_about_what_to_bring_keeps_the_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
