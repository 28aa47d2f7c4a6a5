"""Someone else bringing their own company, said in English ("Peter is bringing his wife",
"my husband will bring his sister"), is no yes of the member's with a guest: whose
guest it is goes to a person, as "Peter bringt seine Frau mit" does."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

THEIR_COMPANY = [
    pytest.param("Peter is bringing his wife.", id="en-name-is-bringing-his"),
    pytest.param("Peter will bring his wife.", id="en-name-will-bring-his"),
    pytest.param("My husband is bringing his sister.", id="en-husband-bringing-his-sister"),
    pytest.param("Priya's bringing her partner.", id="en-name-s-bringing-her"),
]


@pytest.mark.parametrize("text", THEIR_COMPANY)
def test_someone_elses_company_is_for_a_person(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem.startswith("someone else brings company")) == (
        None,
        True,
    )


def test_the_members_own_company_stays_a_guest() -> None:
    intent = read_intent("I am bringing my wife.")
    assert (intent.answer, intent.guests) == (Answer.YES, 1)
