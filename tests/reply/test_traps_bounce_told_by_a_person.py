"""A member telling of a bounce is no bounce: "Re: Mail delivery failed … Bin dabei!".

A member who answers or forwards a delivery failure ("Re: Undeliverable: …", "Fwd:
Delivery Status Notification") writes their own words, often with an answer; read
as a bounce the answer was lost and every address in the text (a colleague's old
one, even the new one given) was marked as failing. No mail system puts "Re:" or
"Fwd:" before its report's subject; the report itself ("Unzustellbar: Re: …") stays
a bounce.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer


def mail(sender: str, subject: str, body: str) -> bytes:
    return (
        f"From: {sender}\nTo: stammtisch@example.org\nSubject: {subject}\n"
        f"Message-ID: <b1@example.org>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


TOLD = [
    pytest.param("Re: Undeliverable: Invitation",
                 "FYI this bounced for paul@corp.example (550 5.1.1 user unknown). Count me in"
                 " though!", Answer.YES, id="en-re-undeliverable"),
    pytest.param("AW: Unzustellbar: Einladung zum Stammtisch",
                 "Die Adresse lisa@corp.example gibt es nicht mehr. Ich komme übrigens auch.",
                 Answer.YES, id="de-aw-unzustellbar"),
    pytest.param("Re: Mail delivery failed: returning message to sender",
                 "Eure Mail an paul@old.example kam zurück. Ich kann diesmal leider nicht.",
                 Answer.NO, id="de-re-delivery-failed"),
    pytest.param("Fwd: Delivery Status Notification (Failure)",
                 "Paul's address does not work any more, see below.\n\n---------- Forwarded"
                 " message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@example.com>"
                 "\n\nYour message wasn't delivered to paul@corp.example.\n550 5.1.1", None,
                 id="en-fwd-dsn"),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "body", "right"), TOLD)
def test_a_member_telling_of_a_bounce_writes_a_reply(
    subject: str, body: str, right: Answer | None
) -> None:
    result = analyse(mail("Anna Muster <anna@example.org>", subject, body))
    assert result.kind == "reply"
    assert result.bounce is None
    if right is not None:
        assert result.answer is right


def test_a_report_naming_the_reply_it_failed_on_is_still_a_bounce() -> None:
    body = (
        "Ihre Nachricht konnte nicht an folgende Empfänger übermittelt werden:\n\n"
        "anna@corp.example\nRemote Server returned '550 5.1.10 RecipientNotFound'"
    )
    result = analyse(mail("postmaster@corp.example", "Unzustellbar: Re: Einladung", body))
    assert result.kind == "bounce"
