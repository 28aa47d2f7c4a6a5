"""A coming believed before and then turned is no yes: "Ich dachte, ich könnte kommen,
aber jetzt hat sich was ergeben", "Dachte, ich schaff's, aber leider nein" are a no;
"Ich dachte, ich bin dabei, aber mein Chef hat anders entschieden" is never a yes.
The thought's "ich könnte kommen" was read as the answer. "Es hat sich was ergeben"
(something came up) is a no of its own. A coming believed and kept ("… und ich komme
auch") and a refusal feared and turned ("… könnte nicht, aber es geht doch") stay yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TURNED = [
    pytest.param("Dachte, ich schaff's, aber leider nein.", id="de-leider-nein"),
    pytest.param("Hat sich leider was anderes ergeben.", id="de-ergeben-alone"),
    pytest.param("I thought I could come, but something came up.", id="en-came-up"),
]


@pytest.mark.parametrize("text", TURNED)
def test_a_coming_believed_before_and_turned_is_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


NEVER_YES = [
    pytest.param(
        "Ich dachte, ich könnte kommen, aber jetzt hat sich was ergeben.", id="de-ergeben"
    ),
    pytest.param(
        "Ich dachte, ich komme, aber jetzt ist was dazwischengekommen.", id="de-dazwischen"
    ),
    pytest.param("Ich dachte, ich bin dabei, aber mein Chef hat anders entschieden.", id="de-chef"),
]


@pytest.mark.parametrize("text", NEVER_YES)
def test_a_coming_believed_before_and_turned_is_never_recorded_as_a_yes(text: str) -> None:
    # the rules read a no; where the trained reader doubts it, a person reads
    assert analyse(_mail(text)).answer is not Answer.YES


KEPT = [
    pytest.param("Ich dachte, ich komme, und ich komme auch!", id="de-kept"),
    pytest.param("Ich dachte, ich könnte nicht, aber es geht doch!", id="de-feared-turned"),
    pytest.param("Ich dachte schon, ich schaffe es nicht – aber ich komme!", id="de-dash"),
]


@pytest.mark.parametrize("text", KEPT)
def test_a_coming_kept_or_a_refusal_feared_and_turned_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
