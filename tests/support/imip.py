"""A calendar reply (iMIP) with the member's words beside the button, as mail clients send it."""

from __future__ import annotations


def imip(partstat: str, text: str) -> bytes:
    """A calendar reply as Google and Outlook send it: the words, then the iMIP part."""
    return f"""From: Lisa Koch <lisa@members.example>
To: stammtisch@example.org
Subject: Reply: SEO und Erfolgsmessung
Message-ID: <cal-1@members.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b"

--b
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

{text}
--b
Content-Type: text/calendar; charset="UTF-8"; method=REPLY

BEGIN:VCALENDAR
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20270128T180000Z
DTSTAMP:20270111T091500Z
UID:evt-1@example.org
ATTENDEE;PARTSTAT={partstat};CN=Lisa:mailto:lisa@members.example
SUMMARY:SEO und Erfolgsmessung
END:VEVENT
END:VCALENDAR

--b--
""".replace("\n", "\r\n").encode()
