"""somek's own subjects are known by the subject templates, in every language they speak.

A reply repeating a subject somek sent says nothing of the member, and its
opening says which mail it answers; both are read from
``templates/<lang>/<kind>.subject.j2``, so a subject reworded there needs no
second list to be kept in step.
"""

from __future__ import annotations

import re

import pytest

from mail.kinds import ACKNOWLEDGEMENT, CONTRIBUTION_REQUEST, REMINDER, THANKS
from mail.render import packaged_templates_dir
from mail.subject_words import answered_kind, subject_words

_TAG = re.compile(r"\{%.*?%\}")


def _rendered_subjects() -> list[object]:
    """Each subject line a packaged template may send, its placeholders filled in."""
    found = []
    for template in sorted(packaged_templates_dir().glob("*/*.subject.j2")):
        kind = template.name.removesuffix(".subject.j2")
        for line in template.read_text(encoding="utf-8").splitlines():
            line = _TAG.sub("", line).strip()
            if not line:
                continue
            subject = re.sub(r"\{\{\s*(?:next_)?event\.date\s*\}\}", "28.01.2027", line)
            subject = re.sub(r"\{\{.*?\}\}", "SEO und Erfolgsmessung", subject)
            found.append(pytest.param(kind, subject, id=f"{template.parent.name}-{subject}"))
    return found


@pytest.mark.parametrize(("kind", "subject"), _rendered_subjects())
def test_a_reply_repeating_somek_s_own_subject_says_nothing(kind: str, subject: str) -> None:
    assert subject_words(f"Re: {subject}") == ""
    assert subject_words(f"AW: {subject}") == ""


_ANSWERED = {THANKS, ACKNOWLEDGEMENT, CONTRIBUTION_REQUEST, REMINDER}


@pytest.mark.parametrize(("kind", "subject"), _rendered_subjects())
def test_the_subject_of_a_reply_tells_which_mail_it_answers(kind: str, subject: str) -> None:
    assert answered_kind(f"Re: {subject}") == (kind if kind in _ANSWERED else None)


@pytest.mark.parametrize(
    ("subject", "words"),
    [
        pytest.param("Re: Einladung: SEO am 28.01.2027 – komme!", "komme!", id="de-after-date"),
        pytest.param("Re: Einladung SEO 28.01.2027 - bin dabei", "bin dabei", id="de-no-colon"),
        pytest.param(
            "RE: Invitation: SEO on 28 Jan 2027 - can't make it", "can't make it", id="en"
        ),
        pytest.param(
            "Danke für die Einladung – ich komme",
            "Danke für die Einladung – ich komme",
            id="de-own-thanks-subject",
        ),
        pytest.param("Absage 28.01.", "Absage 28.01.", id="de-own-subject"),
    ],
)
def test_the_members_own_words_in_a_subject_are_kept(subject: str, words: str) -> None:
    assert subject_words(subject) == words
