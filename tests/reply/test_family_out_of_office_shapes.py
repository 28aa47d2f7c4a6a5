"""Out-of-office notices recognised by their shape, in six languages, and members who are away.

A notice states an absence (or that its writer is gone) plus what only a
machine adds: a referral, mail not read or forwarded, a later answer, a
greeting to an unknown reader. A member mentioning an absence beside an
answer about the evening is no notice: the words win.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message

import pytest

from mail.absence_notice import DATE, mark_dates, notice_reason
from mail.autoreply import auto_reply_reason, auto_reply_text_reason

NOTICES = [
    # German: GMX, web.de, Exchange on-premise, shared mailboxes
    ("Vielen Dank für Ihre E-Mail. Ich bin vom 20.01. bis 02.02.2027 nicht im Haus.", "de-haus"),
    (
        "Guten Tag, ich bin in der Zeit vom 18. bis 29. Januar nicht erreichbar. Ab dem "
        "1. Februar kümmere ich mich gerne um Ihr Anliegen.",
        "de-kuemmere",
    ),
    ("Hallo, ich bin gerade im Urlaub und ab dem 03.02. wieder für euch da. LG Tanja", "de-wieder"),
    ("Diese Nachricht wurde automatisch erstellt. Ich bin bis 29.01. in Kur.", "de-automatisch"),
    (
        "Ich befinde mich bis einschließlich 31.01. in Elternzeit. Meine Vertretung ist "
        "Frau Krause (krause@example.org).",
        "de-vertretung",
    ),
    (
        "Unser Büro ist vom 23.12. bis 06.01. geschlossen. Ab dem 07.01. sind wir wieder für "
        "Sie da.",
        "de-buero-geschlossen",
    ),
    (
        "Sehr geehrte Absenderin, sehr geehrter Absender, das Postfach wird derzeit nicht "
        "betreut. Bitte wenden Sie sich an info@example.org.",
        "de-postfach",
    ),
    (
        "Diese E-Mail-Adresse ist nicht mehr aktiv. Bitte schreiben Sie künftig an "
        "presse@example.org.",
        "de-adresse-inaktiv",
    ),
    (
        "Ich bin nicht mehr bei der Firma Müller tätig. Ihre Nachricht wird nicht weitergeleitet.",
        "de-nicht-mehr-taetig",
    ),
    (
        "Ich bin krankheitsbedingt bis voraussichtlich Ende Januar abwesend. In dringenden "
        "Fällen erreichen Sie meine Kollegin unter 0221 12345.",
        "de-krank",
    ),
    (
        "Ich bin derzeit im Homeoffice und nur eingeschränkt erreichbar. Ihre Mail lese ich "
        "ab Montag.",
        "de-homeoffice",
    ),
    ("Bin bis 20.1. offline. Dringendes bitte an info@example.de.", "de-offline-phone"),
    (
        "Liebe Absenderin, lieber Absender, ich bin in Mutterschutz und lese meine Mails nur "
        "unregelmäßig.",
        "de-mutterschutz",
    ),
    ("ICH BIN BIS ZUM 15.02. IM URLAUB UND LESE KEINE MAILS.", "de-caps"),
    ("Danke für deine Mail! Ich bin bis Sonntag auf Reisen und antworte dir danach.", "de-du"),
    (
        "Vom 12. bis 20. Februar bin ich auf Fortbildung. Ihre E-Mail wird nach meiner "
        "Rückkehr beantwortet.",
        "de-fortbildung",
    ),
    (
        "Ich bin diese Woche auf Geschäftsreise und habe nur sporadisch Zugriff auf meine Mails.",
        "de-sporadisch",
    ),
    (
        "Hallo! Ich bin zurzeit in Elternzeit. Bei Fragen wende dich bitte an team@example.de.",
        "de-wende-dich",
    ),
    (
        "Ich bin gerade auf Reha und lese erst ab Mitte Februar wieder Mails. Ich komme also "
        "nicht dazu, zu antworten.",
        "de-komme-nicht-dazu",
    ),
    (
        "Dieses Postfach wird nicht mehr täglich gelesen. Schreibt mir bitte an "
        "jan@neu.example, dann melde ich mich.",
        "de-postfach-informal",
    ),
    (
        "Ich bin bis 02.02. im Urlaub und komme danach gern auf Sie zu. Ihre Nachricht wird "
        "nicht weitergeleitet.",
        "de-komme-auf-sie-zu",
    ),
    (
        "Liebe Grüße aus dem Urlaub! Ich bin ab dem 1. Februar wieder im Einsatz und melde "
        "mich dann.",
        "de-gruesse-aus-dem-urlaub",
    ),
    (
        "Ich bin aktuell nicht am Arbeitsplatz. Ihre E-Mail erreicht mich ab Montag wieder.",
        "de-erreicht-mich",
    ),
    ("Bin auf Klassenfahrt bis Freitag. Danach bin ich wieder erreichbar.", "de-klassenfahrt"),
    (
        "Ich nehme an einer Fortbildung teil und bin erst am Montag wieder erreichbar.",
        "de-nehme-teil",
    ),
    (
        "Sehr geehrte Damen und Herren, wegen Umbauarbeiten ist unser Büro bis zum 31.01. "
        "nicht besetzt.",
        "de-nicht-besetzt",
    ),
    # English
    (
        "Thank you for your email. I am currently out of the office with no access to email, "
        "returning on Monday 3 February.",
        "en-no-access",
    ),
    (
        "I'm on PTO until Feb 3rd. For anything urgent please reach out to ops@example.com.",
        "en-pto",
    ),
    (
        "Hi, thanks for reaching out! I'm at a conference this week and will reply next week.",
        "en-conference",
    ),
    (
        "Please note I have left the company. Please direct all enquiries to info@example.com.",
        "en-left",
    ),
    ("I no longer work at Acme. This mailbox is no longer monitored.", "en-no-longer"),
    (
        "I am on maternity leave until September 2027. In my absence please contact "
        "hr@example.com.",
        "en-maternity",
    ),
    (
        "I'm working reduced hours and only check my inbox on Mondays. I'll reply as soon as "
        "I can.",
        "en-reduced-hours",
    ),
    (
        "Our office is closed from 23 December to 6 January. We will respond to your message "
        "when we reopen.",
        "en-office-closed",
    ),
    ("i am out of office till 2/3 with limited email access", "en-lowercase"),
    (
        "Dear sender, I'm away on business travel until Friday and will have limited access to "
        "e-mail.",
        "en-dear-sender",
    ),
    (
        "I will be out of the office from 20 Jan to 2 Feb. Your message will not be forwarded.",
        "en-not-forwarded",
    ),
    (
        "Thanks for your message! I'm currently on holiday and will get back to you when I "
        "return on the 3rd.",
        "en-holiday",
    ),
    (
        "Thank you for your email. I am out of the office at this time. In the event of an "
        "emergency please call 555 0100.",
        "en-at-this-time",
    ),
    (
        "Thank you for your email. I am out of the office until 3 February and will respond "
        "on my return. See you soon!",
        "en-see-you-soon",
    ),
    (
        "I am on leave until 3 February and only check email in the evening. I will make it a "
        "priority to reply on my return.",
        "en-in-the-evening",
    ),
    (
        "Ich bin bis 02.02. in Elternzeit und kann an keinen Terminen teilnehmen. Bitte wenden "
        "Sie sich an das Sekretariat.",
        "de-keine-termine",
    ),
    # French
    (
        "Bonjour, je suis absent du 20 au 31 janvier. En cas d'urgence, vous pouvez joindre "
        "Marie au 01 23 45 67 89.",
        "fr-urgence",
    ),
    ("Je suis en congé maternité jusqu'en avril. Votre message ne sera pas transféré.", "fr-conge"),
    (
        "Merci pour votre e-mail. Je suis en déplacement et je traiterai votre demande à mon "
        "retour le 3 février.",
        "fr-deplacement",
    ),
    (
        "Je ne fais plus partie de l'entreprise. Merci de vous adresser à contact@example.fr.",
        "fr-parti",
    ),
    ("Grazie per il messaggio, sono fuori sede fino al 3 febbraio.", "it-grazie-il-messaggio"),
    # Dutch
    (
        "Bedankt voor uw e-mail. Ik ben afwezig tot en met 31 januari. Voor dringende zaken "
        "kunt u contact opnemen met info@example.nl.",
        "nl-afwezig",
    ),
    (
        "Ik ben met vakantie t/m 2 februari. Uw bericht wordt niet doorgestuurd.",
        "nl-vakantie",
    ),
    (
        "Ik ben momenteel niet op kantoor. Vanaf maandag 3 februari ben ik weer bereikbaar.",
        "nl-kantoor",
    ),
    # Italian
    (
        "Grazie per la sua email. Sono fuori ufficio fino al 31 gennaio. Per urgenze contattare "
        "info@example.it.",
        "it-fuori-ufficio",
    ),
    (
        "Sono in ferie dal 20 al 31 gennaio con accesso limitato alla posta. Risponderò al mio "
        "rientro.",
        "it-ferie",
    ),
    ("Sono assente fino al 3 febbraio. Il suo messaggio non verrà inoltrato.", "it-assente"),
    # Spanish
    (
        "Gracias por su correo. Estoy fuera de la oficina hasta el 31 de enero. Para asuntos "
        "urgentes, póngase en contacto con info@example.es.",
        "es-fuera",
    ),
    (
        "Estoy de vacaciones del 20 al 31 de enero con acceso limitado al correo. Responderé a "
        "mi regreso.",
        "es-vacaciones",
    ),
    (
        "No estoy en la oficina hasta el lunes 3 de febrero. Su mensaje no será reenviado.",
        "es-no-estoy",
    ),
    # Lotus Notes and other servers that name the mail they answer
    (
        "I will be out of the office starting 20/01/2027 and will not return until 03/02/2027.",
        "lotus-en",
    ),
    (
        "Ich werde ab 20.01.2027 nicht im Büro sein. Ich kehre zurück am 03.02.2027.",
        "lotus-de",
    ),
    (
        "Je serai absente à partir du 20/01/2027 et ne serai pas de retour avant le 03/02/2027.",
        "lotus-fr",
    ),
    (
        'Ihre Nachricht "Einladung: Stammtisch am 28.01." erreicht mich erst nach meiner '
        "Rückkehr. Ich bin bis 02.02. im Urlaub.",
        "names-the-invitation",
    ),
    ("Currently OOO, back 3 Feb.", "en-ooo-back"),
    # mixed
    (
        "Bin im Urlaub bis 3.2. 🌴 I'm on holiday until 3 Feb. Mails werden danach gelesen.",
        "mixed-de-en",
    ),
    (
        "Ik ben afwezig tot en met 29 januari. Ich bin bis einschließlich 29. Januar nicht im "
        "Büro. Mails worden niet doorgestuurd.",
        "mixed-nl-de",
    ),
    (
        "Sehr geehrte Damen und Herren, vielen Dank für Ihre Nachricht. Ich bin bis zum 31.01. "
        "abwesend.",
        "de-greeting-only",
    ),
]

MEMBERS = [
    ("Bin bis Mittwoch im Urlaub, komme aber am Donnerstag!", "de-komme-aber"),
    ("Ich bin bis zum 20. im Urlaub, bin aber am 28. dabei.", "de-dabei"),
    ("Leider bin ich vom 25. bis 30. auf Dienstreise, daher muss ich absagen.", "de-absagen"),
    ("I'm on holiday until the 25th, so I can't make it this time. Have fun!", "en-cant-make-it"),
    ("Out of office that week, sorry – next time!", "en-next-time"),
    (
        "I'm away until Monday but I'll be back in time for the meetup, count me in.",
        "en-count-me-in",
    ),
    ("Je suis en vacances jusqu'au 20, mais je viendrai le 28 avec plaisir.", "fr-viendrai"),
    ("Ik ben met vakantie tot 20 januari, maar ik kom graag op de 28e.", "nl-kom-graag"),
    ("Sono in ferie fino al 20, ma vengo volentieri il 28.", "it-vengo"),
    ("Estoy de vacaciones hasta el 20, pero el 28 voy con gusto.", "es-voy"),
    (
        "Danke für die Einladung! Ich bin bis 15.1. in Elternzeit, aber den Abend lasse ich mir "
        "nicht entgehen.",
        "de-einladung",
    ),
    (
        "Thanks for the invite! I'm on parental leave until March, so I'll skip this one.",
        "en-invite",
    ),
    (
        "Bin gerade auf Geschäftsreise und lese Mails nur abends – aber ja, ich komme am 28.!",
        "de-ich-komme",
    ),
    (
        "Hi, bin im Urlaub, aber in dringenden Fällen könnt ihr mich anrufen. Zum Stammtisch "
        "komme ich!",
        "de-stammtisch",
    ),
    (
        "I'm out of office this week with limited access to email, but yes, I'll be there on "
        "the 28th.",
        "en-be-there",
    ),
    ("Ich bin in Elternzeit und schaffe es leider nicht. Beim nächsten Mal gerne!", "de-schaffe"),
    (
        "Sorry, bin ab dem 20. im Urlaub und erst am 3.2. wieder da – diesmal ohne mich.",
        "de-ohne-mich",
    ),
    ("Je suis en congé ce jour-là, désolée, je ne pourrai pas venir.", "fr-pas-venir"),
    ("Ich bin bis 27.01. unterwegs, sage für den 28. aber zu.", "de-sage-zu"),
    ("ICH BIN IM URLAUB ABER KOMME TROTZDEM", "de-caps"),
    ("bin grad in elternzeit aber komm vorbei wenns passt", "de-phone"),
    ("I'm away this week.", "en-away-alone"),
    ("Bin bis Sonntag weg.", "de-weg-alone"),
]


@pytest.mark.parametrize(("text", "_id"), [pytest.param(t, i, id=i) for t, i in NOTICES])
def test_an_absence_notice_in_any_language_is_automatic(text: str, _id: str) -> None:
    assert auto_reply_text_reason(text) is not None


@pytest.mark.parametrize(("text", "_id"), [pytest.param(t, i, id=i) for t, i in MEMBERS])
def test_a_member_away_who_speaks_of_the_evening_is_no_notice(text: str, _id: str) -> None:
    assert auto_reply_text_reason(text) is None


@pytest.mark.parametrize(("text", "_id"), [pytest.param(t, i, id=i) for t, i in MEMBERS])
def test_a_member_away_who_speaks_of_the_evening_is_no_notice_even_without_a_quote(
    text: str, _id: str
) -> None:
    assert notice_reason(text, standalone=True) is None


def mail(body: str, subject: str) -> Message:
    headers = f"From: a@example.org\nSubject: {subject}\nContent-Type: text/plain; charset=utf-8"
    return email.message_from_string(f"{headers}\n\n{body}\n", policy=email.policy.default)


@pytest.mark.parametrize(
    "subject",
    [
        "Automatisch antwoord: Einladung: Stammtisch am 28.01.2027",
        "Risposta automatica: Invito",
        "Respuesta automática: Invitación",
        "Afwezig",
        "Re: Einladung (Abwesenheitsnotiz)",
        "Autosvar: Einladung",
    ],
)
def test_an_automatic_reply_subject_in_other_languages_is_automatic(subject: str) -> None:
    assert auto_reply_reason(mail("Danke.", subject)) is not None


def test_a_notice_with_a_subject_of_its_own_needs_only_an_absence_and_a_date() -> None:
    notice = mail("Ich bin bis zum 2. Februar im Urlaub.", "Urlaub")
    assert auto_reply_reason(notice) is not None


_QUOTE = (
    "Am 08.01.2027 um 09:14 schrieb Stammtisch <st@example.org>:\n"
    "> Hallo zusammen,\n> am Donnerstag, 28. Januar, treffen wir uns wieder.\n"
    "> Thema: SEO und Erfolgsmessung. Bitte antwortet kurz, ob ihr kommt.\n"
    "> Viele Grüße, euer Stammtisch-Team\n"
)


def test_a_reply_quoting_the_invitation_saying_only_that_the_member_is_away_is_no_notice() -> None:
    reply = mail(f"Ich bin bis zum 2. Februar im Urlaub.\n\n{_QUOTE}", "Re: Einladung")
    assert auto_reply_reason(reply) is None


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("I'm out of the office until Monday 3 February. Kind regards, Tom", id="en"),
        pytest.param("No estoy disponible hasta el 2 de febrero.", id="es"),
        pytest.param("Ik ben afwezig tot en met 2 februari.", id="nl"),
        pytest.param("Away until Feb 3.", id="en-short"),
    ],
)
def test_an_absence_with_a_return_date_that_quotes_no_mail_is_a_notice(body: str) -> None:
    assert auto_reply_reason(mail(body, "Re: Einladung: Stammtisch")) is not None


def test_an_absence_and_its_return_said_in_one_breath_is_no_notice_in_a_reply() -> None:
    assert auto_reply_text_reason("Ich bin ab Montag wieder da.") is None


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("bis 29.01.2027", f"bis {DATE}"),
        ("until Monday, 3 February", f"until {DATE}"),
        ("jusqu'au 1er février", f"jusqu'au {DATE}"),
        ("tot en met 29 januari", f"tot en met {DATE}"),
        ("hasta el lunes 3 de febrero", f"hasta el {DATE}"),
        ("am 28. und 29. Januar", f"am {DATE} und {DATE}"),
        ("I may be late", "I may be late"),
        ("à mon retour", "à mon retour"),
    ],
)
def test_dates_are_marked_however_they_are_written(text: str, marked: str) -> None:
    assert mark_dates(text) == marked


@pytest.mark.parametrize(
    "header",
    [
        pytest.param("Return-Path: <>", id="null-return-path"),
        pytest.param("X-Mail-Autoreply: yes", id="x-mail-autoreply"),
        pytest.param("X-Precedence: auto_reply", id="x-precedence"),
    ],
)
def test_a_mail_marked_automatic_by_a_lesser_known_header_is_automatic(header: str) -> None:
    raw = (
        f"{header}\nFrom: a@example.org\nSubject: Re: Einladung\n"
        "Content-Type: text/plain; charset=utf-8\n\nJa, ich lese Ihre Mail gern.\n"
    )
    message = email.message_from_string(raw, policy=email.policy.default)
    assert auto_reply_reason(message) is not None


def test_a_member_mail_with_a_return_path_is_no_auto_reply() -> None:
    raw = (
        "Return-Path: <a@example.org>\nFrom: a@example.org\nSubject: Re: Einladung\n"
        "Content-Type: text/plain; charset=utf-8\n\nJa, ich komme.\n"
    )
    message = email.message_from_string(raw, policy=email.policy.default)
    assert auto_reply_reason(message) is None
