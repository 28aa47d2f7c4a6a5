"""A leaving asked for someone who left is not the writer's unsubscribe.

"Bitte austragen: max@…, der ist nicht mehr bei uns", "Kollegin Müller hat uns
verlassen, bitte austragen", "Please unsubscribe lisa@… – she has left the company":
the leaving names no one, and the mail says a third person is gone (left, retired,
died). Unsubscribing the writer would remove a member who did not ask; the reply goes
to the organizer. The writer named in the leaving ("bitte nehmt mich raus") still leaves.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent

SOMEONE_GONE = [
    pytest.param(
        "Bitte austragen: max.meier@firma.example, der ist nicht mehr bei uns.", id="de-der-ist"
    ),
    pytest.param("Kollegin Müller hat uns verlassen, bitte austragen.", id="de-kollegin"),
    pytest.param(
        "Herr Meier ist leider verstorben. Bitte aus dem Verteiler nehmen.", id="de-verstorben"
    ),
    pytest.param("Er ist nicht mehr bei uns, bitte austragen.", id="de-er-ist"),
    pytest.param(
        "Frau Berg ist seit Januar im Ruhestand. Die Adresse bitte löschen.", id="de-ruhestand"
    ),
    pytest.param(
        "Please unsubscribe lisa@corp.example – she has left the company.", id="en-she-left"
    ),
    pytest.param(
        "Please unsubscribe lisa@corp.example. She passed away in March.",
        id="en-passed-away",
    ),
    pytest.param("He no longer works here. Kindly unsubscribe.", id="en-no-longer-works"),
]


@pytest.mark.parametrize("text", SOMEONE_GONE)
def test_a_leaving_for_someone_gone_goes_to_the_organizer(text: str) -> None:
    intent = read_intent(text)
    assert not intent.unsubscribe
    assert intent.answer is None
    assert intent.problem


WRITER_LEAVES = [
    pytest.param("Mein Mann ist verstorben, bitte nehmt mich aus dem Verteiler.", id="de-mich-aus"),
    pytest.param("Bitte austragen, ich bin nicht mehr in Köln.", id="de-ich-nicht-mehr"),
    pytest.param("My colleague retired. Please remove me from the list too.", id="en-remove-me"),
    # this very address, written from the mailbox of the one who left
    pytest.param(
        "Bitte keine Einladungen mehr an diese Adresse. Frau Werner ist nicht mehr bei uns"
        " beschäftigt.",
        id="de-diese-adresse",
    ),
]


@pytest.mark.parametrize("text", WRITER_LEAVES)
def test_the_writer_named_in_the_leaving_still_leaves(text: str) -> None:
    assert read_intent(text).unsubscribe
