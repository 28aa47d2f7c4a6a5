"""Out-of-office notices without any auto-reply header, in German, English and French."""

from __future__ import annotations

import pytest

from mail.autoreply import auto_reply_text_reason

NOTICES = [
    pytest.param(
        "Ich bin bis 15.1. nicht da. Mails lese ich erst nach meiner Rückkehr.", id="nicht-da-lese"
    ),
    pytest.param("I am out until Monday and will respond when I return.", id="out-until-respond"),
    pytest.param("Je suis absente, de retour le 20 janvier.", id="de-retour-le"),
    pytest.param(
        "I am away from my desk until Jan 20. For anything urgent, call Jane.", id="away-desk"
    ),
    pytest.param(
        "Dies ist eine automatisch generierte Nachricht. Ich bin bis zum 12.01. im Urlaub.",
        id="automatisch-generiert",
    ),
    pytest.param(
        "This is an automatically generated message. I am on leave until 12 January.",
        id="automatically-generated",
    ),
    pytest.param(
        "Message généré automatiquement : je suis absent jusqu'au 12 janvier.", id="genere-auto"
    ),
    pytest.param(
        "I am currently out of the office and cannot respond to emails. Sorry for any delay.",
        id="cannot-respond-sorry",
    ),
    pytest.param(
        "Ich bin derzeit nicht im Büro und kann Ihre Nachricht nicht beantworten.",
        id="kann-nicht-beantworten",
    ),
    pytest.param(
        (
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 15.01. nicht im Büro "
            "und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich "
            "bitte an Frau Müller."
        ),
        id="vielen-dank-für-ihre-nachricht-ich-b",
    ),
    pytest.param(
        (
            "Guten Tag, ich bin vom 2. bis 16. Januar im Urlaub. Ihre E-Mail wird nicht "
            "weitergeleitet. Ab dem 17.01. bin ich wieder erreichbar."
        ),
        id="guten-tag-ich-bin-vom-2-bis-16-janua",
    ),
    pytest.param(
        (
            "Hallo, ich bin derzeit abwesend und ab Montag wieder im Büro. Ihre Mail wird "
            "danach bearbeitet."
        ),
        id="hallo-ich-bin-derzeit-abwesend-und-a",
    ),
    pytest.param(
        (
            "Ich bin ab sofort bis zum 20.1. außer Haus. Ihre Nachricht wird nach meiner "
            "Rückkehr beantwortet."
        ),
        id="ich-bin-ab-sofort-bis-zum-20-1-außer",
    ),
    pytest.param(
        (
            "Danke für Ihre Mail! Ich bin zurzeit in Elternzeit. Bitte wenden Sie sich an "
            "info@example.de."
        ),
        id="danke-für-ihre-mail-ich-bin-zurzeit",
    ),
    pytest.param(
        (
            "Sehr geehrte Damen und Herren, ich befinde mich bis zum 14.01.2027 im Urlaub. "
            "Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen erreichen Sie mich "
            "unter 0171 123456."
        ),
        id="sehr-geehrte-damen-und-herren-ich-be",
    ),
    pytest.param(
        (
            "Ich befinde mich derzeit nicht im Büro und habe nur eingeschränkt Zugriff auf "
            "meine E-Mails."
        ),
        id="ich-befinde-mich-derzeit-nicht-im-bü",
    ),
    pytest.param(
        (
            "Thank you for your email. I am out of the office until January 20th with "
            "limited access to email. For urgent matters please contact support@example.com."
        ),
        id="thank-you-for-your-email-i-am-out-of",
    ),
    pytest.param(
        "I'm currently away and will respond to your message when I'm back on Monday.",
        id="i-m-currently-away-and-will-respond",
    ),
    pytest.param(
        "I am on annual leave until 15 January. I will reply to your email upon my return.",
        id="i-am-on-annual-leave-until-15-januar",
    ),
    pytest.param(
        "Hi, I'm OOO until Jan 12 with no access to email. If urgent, reach out to Jane.",
        id="hi-i-m-ooo-until-jan-12-with-no-acce",
    ),
    pytest.param(
        (
            "I am currently travelling with limited access to email and will get back to you "
            "as soon as possible."
        ),
        id="i-am-currently-travelling-with-limit",
    ),
    pytest.param(
        (
            "Thanks for your message. I'm out of office until Monday, 18 January. Your email "
            "will not be forwarded."
        ),
        id="thanks-for-your-message-i-m-out-of-o",
    ),
    pytest.param(
        (
            "Bonjour, je suis absent jusqu'au 15 janvier. Pour toute demande urgente, merci "
            "de contacter Marie Dupont."
        ),
        id="bonjour-je-suis-absent-jusqu-au-15-j",
    ),
    pytest.param(
        (
            "Je suis actuellement en congés et n'ai pas accès à mes e-mails. Je vous "
            "répondrai dès mon retour le 18 janvier."
        ),
        id="je-suis-actuellement-en-congés-et-n",
    ),
    pytest.param(
        (
            "Merci pour votre message. Je suis en vacances jusqu'au 20/01 et je traiterai "
            "votre demande à mon retour."
        ),
        id="merci-pour-votre-message-je-suis-en",
    ),
    pytest.param(
        (
            "Je suis absente du bureau jusqu'au lundi 18 janvier inclus. En cas d'urgence, "
            "veuillez contacter le secrétariat."
        ),
        id="je-suis-absente-du-bureau-jusqu-au-l",
    ),
    pytest.param(
        "Bonjour, je serai absent du 5 au 15 janvier avec un accès limité à ma messagerie.",
        id="bonjour-je-serai-absent-du-5-au-15-j",
    ),
    pytest.param(
        (
            "Ich bin bis 18.01. nicht erreichbar. Ihre Nachricht wird nicht gelesen und "
            "nicht weitergeleitet."
        ),
        id="ich-bin-bis-18-01-nicht-erreichbar-i",
    ),
    pytest.param(
        "Abwesenheitsnotiz: Ich bin bis 15.1. nicht im Haus.",
        id="abwesenheitsnotiz-ich-bin-bis-15-1-n",
    ),
]

MEMBERS = [
    pytest.param("Bin bis Sonntag unterwegs, komme aber Donnerstag!", id="unterwegs-komme-aber"),
    pytest.param(
        "Ich bin leider im Urlaub an dem Tag, sorry! Beim nächsten Mal gerne.",
        id="ich-bin-leider-im-urlaub-an-dem-tag",
    ),
    pytest.param(
        "Bin am 28. auf Dienstreise, kann also nicht. Viele Grüße",
        id="bin-am-28-auf-dienstreise-kann-also",
    ),
    pytest.param("I'm away that week, sorry - next time!", id="i-m-away-that-week-sorry-next-time"),
    pytest.param(
        "Ich bin im Urlaub, aber ab dem 25. wieder da, also komme ich!",
        id="ich-bin-im-urlaub-aber-ab-dem-25-wie",
    ),
    pytest.param(
        "Je suis en vacances, désolé, je ne peux pas venir.",
        id="je-suis-en-vacances-désolé-je-ne-peu",
    ),
    pytest.param(
        "Vielen Dank für Ihre Nachricht! Ich komme gerne.",
        id="vielen-dank-für-ihre-nachricht-ich-k",
    ),
    pytest.param(
        "Thank you for your message, I'll be there!", id="thank-you-for-your-message-i-ll-be-t"
    ),
    pytest.param(
        (
            "Ich bin bis zum 20. im Urlaub, komme aber am 28. gern. Bei dringenden Fragen "
            "ruft mich an."
        ),
        id="ich-bin-bis-zum-20-im-urlaub-komme-a",
    ),
]


@pytest.mark.parametrize("text", NOTICES)
def test_an_absence_notice_written_by_a_server_is_automatic(text: str) -> None:
    assert auto_reply_text_reason(text)


@pytest.mark.parametrize("text", MEMBERS)
def test_a_member_telling_of_an_absence_is_no_notice(text: str) -> None:
    assert auto_reply_text_reason(text) is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Danke für deine Nachricht! Ich bin gerade auf Reisen und melde mich nach dem 25.01.",
            id="melde-mich-nach-dem",
        ),
        pytest.param(
            "Danke für eure Mail. Ich bin derzeit im Urlaub und melde mich, sobald ich zurück bin.",
            id="melde-mich-sobald",
        ),
        pytest.param("I'm on sabbatical until April and won't be reading email.", id="sabbatical"),
        pytest.param(
            "I am on parental leave until June. Your message will not be forwarded.",
            id="parental-leave",
        ),
    ],
)
def test_a_notice_in_informal_words_is_automatic(text: str) -> None:
    assert auto_reply_text_reason(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Danke für deine Nachricht! Ich bin gerade auf Reisen, bin aber am 28. dabei.",
            id="auf-reisen-dabei",
        ),
        pytest.param("Ich bin im Urlaub, melde mich aber beim nächsten Mal.", id="naechsten-mal"),
    ],
)
def test_a_member_telling_of_travel_informally_is_no_notice(text: str) -> None:
    assert auto_reply_text_reason(text) is None
