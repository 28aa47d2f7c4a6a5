"""Where the member's words end, in client formats our corpus never used.

The sender before an attribution's date ("Anna <a@b> schrieb am Fr., 8. Jan.
2027, 09:14:", "Anna hat am … geschrieben:"), Horde's "Quoting"/"Zitat
von", Samsung's "Originalnachricht" and its two-gender signature, app and
carrier signatures. And the other way round: a member quoting themself
("…, schrieb ich ja schon:") or joking in header form keeps every word.
"""

from __future__ import annotations

import pytest

from mail.quotes import strip_quotes

OWN = "Ja, ich komme gern."
Q = "\n> Einladung zum Stammtisch\n> Bitte antworten\n"
BODY = "\n\nEinladung zum Stammtisch\nBitte antworten\n"

ENDS = [
    ("Stammtisch <st@example.org> schrieb am Fr., 8. Jan. 2027, 09:14:", "de-sender-first"),
    ("Stammtisch <st@example.org> hat am 08.01.2027 um 09:14 geschrieben:", "de-hat-geschrieben"),
    ("Stammtisch hat am 08.01.2027 um 09:14 geschrieben:", "de-hat-no-address"),
    ("Stammtisch schrieb am 08.01.2027 um 09:14:", "de-schrieb-am-no-address"),
    ("Quoting Stammtisch <st@example.org>:", "horde-en"),
    ("Zitat von Stammtisch <st@example.org>:", "horde-de"),
    ("-------- Originalnachricht --------", "samsung-de"),
    ("-------- Original-Nachricht --------", "de-hyphen"),
]

SIGNATURES = [
    ("Von Outlook für Android gesendet", "outlook-android-de"),
    ("Gesendet von meinem Fairphone", "fairphone"),
    ("Von unterwegs gesendet", "unterwegs"),
    ("Von meinem/meiner Galaxy gesendet", "samsung-de-both"),
    ("Sent via the Samsung Galaxy S22, an AT&T 5G smartphone", "carrier"),
]

OWN_LINES = [
    ("Am 28. um 19 Uhr bin ich da, schrieb ich ja schon:", "de-schrieb-ich"),
    ("As I wrote on 3 Jan:", "en-as-i-wrote"),
    ("Von: mir. An: euch. Betreff: Ich komme!", "de-header-joke"),
]


@pytest.mark.parametrize("line", [pytest.param(a, id=i) for a, i in ENDS])
def test_an_attribution_or_marker_in_another_clients_form_ends_the_words(line: str) -> None:
    assert strip_quotes(f"{OWN}\n\n{line}{Q}").text == OWN
    assert strip_quotes(f"{OWN}\n\n{line}{BODY}").text == OWN


@pytest.mark.parametrize("signature", [pytest.param(s, id=i) for s, i in SIGNATURES])
def test_an_app_or_carrier_signature_is_no_own_word(signature: str) -> None:
    assert strip_quotes(f"{OWN}\n\n{signature}\n").text == OWN


@pytest.mark.parametrize("line", [pytest.param(s, id=i) for s, i in OWN_LINES])
def test_a_member_quoting_themself_keeps_every_word(line: str) -> None:
    text = f"Hallo,\n{line}\nAnna\n\nAm 08.01.2027 um 09:14 schrieb Stammtisch <st@example.org>:{Q}"
    assert strip_quotes(text).text == f"Hallo,\n{line}\nAnna"
