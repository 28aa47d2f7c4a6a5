"""Out-of-office notices in Polish and Turkish, sent without auto-reply headers.

Members' employers write notices in their own language; like the German, English,
French, Italian, Spanish and Dutch ones they are recognised by an absence beside what a
machine adds, and by their subject ("Poza biurem:", "Otomatik yanıt:"). A member saying
in those languages that they will come is not a notice.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mail.analysis import analyse


def reply(text: str, subject: str = "Re: Einladung zum Stammtisch am 28.01.2027") -> bytes:
    message = EmailMessage()
    message["From"] = "Anna Muster <anna@example.org>"
    message["To"] = "stammtisch@example.org"
    message["Subject"] = subject
    message["Message-ID"] = "<r1@example.org>"
    message["In-Reply-To"] = "<inv-1@somek>"
    message.set_content(text)
    return bytes(message)


NOTICES = [
    pytest.param("Dzień dobry,\njestem na urlopie do 10 stycznia. W pilnych sprawach proszę"
                 " kontaktować się z biuro@example.pl.\nPozdrawiam", id="pl-urlop"),
    pytest.param("Dziękuję za wiadomość. Do 20.01.2027 jestem nieobecna. Odpowiem po powrocie.",
                 id="pl-nieobecna"),
    pytest.param("Witam, przebywam na urlopie do 5 lutego. Wiadomości nie będą przekazywane.",
                 id="pl-nie-przekazywane"),
    pytest.param("Merhaba,\n10 Ocak tarihine kadar izindeyim. Acil durumlarda"
                 " info@example.com.tr adresinden iletişime geçebilirsiniz.", id="tr-izindeyim"),
    pytest.param("Merhaba, 20 Ocak'a kadar yıllık izindeyim ve e-postalarıma erişimim sınırlı."
                 " Döndüğümde yanıt vereceğim.", id="tr-erisim-sinirli"),
    pytest.param("Mesajınız için teşekkürler. 3 Şubat tarihine kadar ofis dışındayım.",
                 id="tr-ofis-disinda"),
]  # fmt: skip


@pytest.mark.parametrize("text", NOTICES)
def test_a_polish_or_turkish_notice_is_automatic(text: str) -> None:
    assert analyse(reply(text)).kind == "auto_reply"


@pytest.mark.parametrize(
    "subject",
    [
        "Poza biurem: Einladung zum Stammtisch",
        "Automatyczna odpowiedź: Einladung zum Stammtisch",
        "Otomatik yanıt: Einladung zum Stammtisch",
        "Ofis dışında: Einladung zum Stammtisch",
    ],
)
def test_a_polish_or_turkish_absence_subject_is_automatic(subject: str) -> None:
    assert analyse(reply("Jestem na urlopie.", subject)).kind == "auto_reply"


@pytest.mark.parametrize(
    "text",
    [
        "Jestem na urlopie do 10 stycznia, ale na Stammtisch przyjdę!",
        "Tatildeyim ama 28'inde geleceğim, davet için teşekkürler!",
    ],
)
def test_a_member_away_who_will_come_is_no_notice(text: str) -> None:
    assert analyse(reply(text)).kind == "reply"
