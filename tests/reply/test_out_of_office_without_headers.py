"""Out-of-office notices without auto-reply headers, and members who are away and answer.

GMX, web.de, Exchange, Gmail's vacation responder and phones send notices as plain
replies, in German, English, French, Dutch, Italian and Spanish, formal or chatty, in
dialect ("I bi bis am 2. Februar i de Ferie", "Ick bin bis 30.01. uff Fortbildung und
lese keene Mails"), for a leave, a sabbatical, a mailbox nobody reads or a person who
left: each records no answer. A member who says the same and answers the evening
("am 28. also leider nicht dabei", "so I have to decline", "Sorry, I'm on holiday until
February", "wie gern würde ich! Aber die Reha …") keeps the answer.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NOTICES = [
    (
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. Februar "
        "nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden"
        " Fällen wenden Sie sich bitte an info@example.org."
    ),
    (
        "Abwesenheitsnotiz: Ich bin vom 20.01. bis 03.02. im Urlaub. Ihre "
        "E-Mail wird nicht weitergeleitet."
    ),
    (
        "Ich bin ab dem 4. Februar wieder im Büro und beantworte Ihre Nachricht"
        " dann so schnell wie möglich."
    ),
    (
        "Guten Tag, ich befinde mich bis zum 15. März in Elternzeit. Ihre "
        "Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich an meine "
        "Vertretung, Frau Schulz."
    ),
    (
        "Herr Müller hat das Unternehmen verlassen. Bitte wenden Sie sich "
        "künftig an vertrieb@example.com."
    ),
    "Frau Weber ist nicht mehr für unser Haus tätig. Ihre E-Mail wird nicht weitergeleitet.",
    "Ich bin bis Ende April im Sabbatical und lese in dieser Zeit keine E-Mails.",
    "Dieses Postfach wird nicht mehr betreut. Bitte nutzen Sie kontakt@example.de.",
    (
        "Hallo, ich bin gerade in Mutterschutz und danach in Elternzeit, "
        "voraussichtlich bis Oktober. Meine Mails werden nicht gelesen."
    ),
    "Danke für deine Mail! Ich bin bis 2. Februar auf Reisen und lese meine Mails erst danach.",
    (
        "Thank you for your email. I am out of the office until 5 February with"
        " no access to email. For urgent matters please contact my colleague at"
        " help@example.com."
    ),
    (
        "I'm currently on parental leave until June and will not be checking "
        "emails. Please contact team@example.org."
    ),
    "This mailbox is no longer monitored. Please send your message to office@example.com.",
    "I am on sabbatical until September and will respond to your message on my return.",
    "I'm away until Monday 2 February with limited access to email. I'll reply when I'm back.",
    (
        "Hi, thanks for your message! I'm travelling until the 3rd and will get"
        " back to you as soon as I can."
    ),
    "Jane Smith is no longer with the company. Please direct your enquiries to sales@example.com.",
    (
        "Merci pour votre message. Je suis absente du bureau jusqu'au 4 février"
        " et n'aurai pas accès à mes e-mails. En cas d'urgence, contactez "
        "accueil@example.fr."
    ),
    "Je suis actuellement en congé jusqu'au 10 février. Je traiterai votre message à mon retour.",
    (
        "Bedankt voor uw bericht. Ik ben afwezig tot en met 6 februari en lees "
        "mijn e-mail niet. Voor dringende zaken kunt u contact opnemen met "
        "info@example.nl."
    ),
    "Ik ben met vakantie tot 3 februari. Uw e-mail wordt niet doorgestuurd.",
    (
        "Grazie per il messaggio. Sarò fuori ufficio fino al 5 febbraio con "
        "accesso limitato alla posta. Per urgenze scrivere a info@example.it."
    ),
    "Sono in ferie fino al 2 febbraio. Risponderò al mio rientro.",
    (
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 4 de "
        "febrero sin acceso al correo. Para asuntos urgentes, escriba a "
        "info@example.es."
    ),
    "Estoy de vacaciones hasta el 6 de febrero. Responderé a su correo a mi regreso.",
    "Servus! I bin bis 2. Februar in Kitzbühel auf Skiurlaub. Nachher meld i mi.",
    "Grüezi! I bi bis am 2. Februar i de Ferie im Engadin. Nachher lis i d Mails wieder.",
    "Ick bin bis 30.01. uff Fortbildung in Potsdam und lese keene Mails. Danach jerne wieder.",
    "Hallöle, i bin bis zum 3. Februar im Allgäu und guck koi Mails. Bis noh!",
    (
        "Hi, I'm in Cape Town for the month and checking mail only "
        "occasionally. I'll reply when I'm back."
    ),
    (
        "Hey! Ich bin gerade auf Tour durch Skandinavien und ab dem 5. Februar "
        "wieder am Rechner. Booking-Anfragen an booking@example.org."
    ),
    (
        "Hallo, der Verein ist in den Ferien nur dienstags besetzt. Wir melden "
        "uns so bald wie möglich."
    ),
    "Hi there! This inbox is checked on weekdays only. We'll get back to you as soon as possible.",
    "Moin! Das Büro ist vom 20.01. bis 04.02. wegen Umzug zu. Ich les meine Mails danach.",
    "Ich bin zurzeit nicht erreichbar. Ab dem 9. Februar bin ich wieder für Sie da.",
    "Out of office: back on 9 February. For anything urgent call the front desk.",
    (
        "Ich bin leider bis zum 1. März krankgeschrieben. Ihre Nachricht wird "
        "nach meiner Rückkehr bearbeitet."
    ),
    (
        "Please note I have left the organisation. This address will be closed "
        "at the end of the month."
    ),
    (
        "Moin, bin bis 8. Februar in Elternzeit und lese Mails nur sporadisch. "
        "Dringendes bitte an meine Kollegin."
    ),
    "Hello, I'm currently on leave and will be back on the 9th. Your email will not be forwarded.",
    "I'm out of office until February 9th. I will have no access to my emails during this time.",
    "Ich bin im Urlaub und ab dem 10. Februar wieder erreichbar.",
    "Bin bis 4.2. offline. Mails lese ich danach.",
    "Currently away, back Feb 5. Emails will be answered on my return.",
    "Der Mitarbeiter hat das Unternehmen verlassen. Ihre Nachricht wird nicht weitergeleitet.",
    "Diese E-Mail-Adresse ist nicht mehr aktiv. Bitte verwenden Sie info@example.de.",
    "This email address is no longer in use. Please update your records.",
    "Goedendag, ik ben met ouderschapsverlof tot 1 april. Uw bericht wordt niet doorgestuurd.",
    "Hola, estoy de baja por paternidad hasta marzo. Para consultas escriba a info@example.es.",
    "Buongiorno, sono in maternità fino a giugno. Per urgenze contattare info@example.it.",
    "Moin! Die Bäckerei ist vom 20.01. bis 04.02. wegen Urlaub zu. Ich les meine Mails danach.",
    (
        "I am out of the office until February 3rd and will not make it to any meetings"
        " during this time."
    ),
    "Ich bin vom 26.01. bis 02.02. nicht im Büro und nehme in dieser Zeit an keinen Terminen teil.",
    "Hi! I'm off until the 4th – I'll get back to you when I'm back. Have a great week!",
]

# each member's answer as a careful organizer reads it
MEMBERS = [
    ("Bin bis 2. Februar im Urlaub, am 28. also leider nicht dabei.", Answer.NO),
    (
        (
            "Ich bin ab dem 4. Februar wieder im Büro – der Stammtisch am 28. fällt"
            " für mich daher aus. Sorry!"
        ),
        Answer.NO,
    ),
    ("Ich bin vom 20.01. bis 03.02. auf Dienstreise, deshalb kann ich nicht kommen.", Answer.NO),
    ("Bin gerade in Elternzeit, komme aber trotzdem gern am Donnerstag vorbei!", Answer.YES),
    ("Ich bin im Sabbatical, habe also Zeit: ich komme!", Answer.YES),
    ("Ich bin zwar bis Ende Januar im Homeoffice, aber am 28. bin ich dabei.", Answer.YES),
    ("Liebe Grüße aus dem Urlaub! Bin am 27. zurück und komme am 28. gern.", Answer.YES),
    ("Ich bin bis 30.01. krankgeschrieben, deshalb muss ich absagen.", Answer.NO),
    (
        (
            "Bin bis zum 5. Februar in Elternzeit und lese Mails nur sporadisch – "
            "aber für euch: ja, ich komme."
        ),
        Answer.YES,
    ),
    (
        "Ich habe das Unternehmen verlassen, bleibe dem Stammtisch aber treu und komme am 28.",
        Answer.YES,
    ),
    ("Ich bin im Mutterschutz, schaffe es also leider nicht.", Answer.NO),
    (
        "Ich bin ab dem 2. Februar wieder im Lande, am 28. sitze ich noch in Chile. Leider nein.",
        Answer.NO,
    ),
    ("I'm out of the office until 5 February, so I can't make it this time.", Answer.NO),
    ("I'm away until the 3rd, sorry – I'll miss this one.", Answer.NO),
    ("Back from holiday on the 27th, so count me in for the 28th.", Answer.YES),
    (
        "I'm on sabbatical until September, which means I finally have time: see you on Thursday!",
        Answer.YES,
    ),
    (
        "I'm travelling until February with patchy email, but yes, I'll be there on the 28th.",
        Answer.YES,
    ),
    ("I've left the company, but I'm still keen on the meetup – I'll come.", Answer.YES),
    ("I'm off sick until the end of the month, so I have to decline.", Answer.NO),
    ("Sorry, I'm on holiday in Lisbon until February.", Answer.NO),
    ("Ach, wie gern würde ich! Aber die Reha geht bis Ende Februar.", Answer.NO),
    (
        (
            "Ich bin gerade krankgeschrieben. Wenn ich bis Donnerstag fit bin, "
            "komme ich, sonst nicht."
        ),
        Answer.MAYBE,
    ),
    (
        "Bin leider bis 5. Februar im Urlaub und nicht erreichbar, deshalb ohne mich diesmal.",
        Answer.NO,
    ),
    ("Je suis en congé jusqu'au 10 février, donc je ne pourrai pas venir. Désolée !", Answer.NO),
    ("Ik ben met vakantie tot 3 februari, dus ik kan helaas niet komen.", Answer.NO),
    ("Sono in ferie fino al 2 febbraio, quindi purtroppo non posso venire.", Answer.NO),
    ("Estoy de vacaciones hasta el 6 de febrero, así que no puedo ir. ¡Lo siento!", Answer.NO),
    (
        (
            "I'm out of the office this week with no laptop, replying from my "
            "phone: yes, I'll be there."
        ),
        Answer.YES,
    ),
    ("Ich bin bis zum 1. Februar in Kur. Ich muss euch leider absagen.", Answer.NO),
    (
        (
            "Ich lese meine Mails im Urlaub nur sporadisch, aber: Ich bin am 28. "
            "wieder da und komme gerne!"
        ),
        Answer.YES,
    ),
    ("Bis 4.2. bin ich offline unterwegs – also diesmal nicht, sorry.", Answer.NO),
    (
        (
            "I'm on leave until the 9th and won't be checking email much, so please"
            " count me out this time."
        ),
        Answer.NO,
    ),
    (
        "Moin, bin gerade noch in Elternzeit. Würde gerne mal wieder reinschnuppern – ob ich"
        " einen Babysitter finde, weiß ich aber noch nicht. Ich melde mich, sobald ich es weiß.",
        Answer.MAYBE,
    ),
    ("Hi, I'm travelling until February and won't be able to join. Enjoy!", Answer.NO),
    ("Ik ben tot 3 februari op vakantie, helaas niet.", Answer.NO),
    ("I'm on holiday until 2 February, so I'll miss this one. Have fun!", Answer.NO),
    ("Je suis absent jusqu'au 3 février, désolé, je ne pourrai pas venir.", Answer.NO),
    ("Hey, bin bis 2.2. in Thailand und lese kaum Mails. Diesmal also nicht, sorry!", Answer.NO),
    (
        "Ich komme gern! PS: Diese Adresse ist bald nicht mehr aktiv, bitte verwenden Sie ab"
        " Februar anna@example.org.",
        Answer.YES,
    ),
    (
        "Count me in! This address is no longer in use from March, please update your records.",
        Answer.YES,
    ),
    ("Unser Laden ist vom 1.2. bis 3.2. zu, ich komme aber am 28.!", Answer.YES),
    ("I'm away until the 3rd and won't make it, sorry!", Answer.NO),
    (
        "I'm out of the office until February 3rd, so I won't make it to the meetup.",
        Answer.NO,
    ),
]

# away now, coming that evening: a turn read by a person for now, never a notice or a no
AWAY_THEN_COMING = [
    "I'm on parental leave at the moment but I'll definitely come on Thursday!",
    "Bin diese Woche auf Geschäftsreise, aber Donnerstag Abend bin ich zurück und komme.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_without_headers_is_an_automatic_reply(text: str) -> None:
    result = analyse(_mail(text))
    assert (result.kind, result.answer) == ("auto_reply", None)


@pytest.mark.parametrize(("text", "answer"), MEMBERS)
def test_a_member_who_is_away_and_answers_keeps_the_answer(text: str, answer: Answer) -> None:
    result = analyse(_mail(text))
    assert (result.kind, result.answer) == ("reply", answer)


@pytest.mark.parametrize("text", AWAY_THEN_COMING)
def test_a_member_away_now_but_coming_is_never_a_notice_or_a_no(text: str) -> None:
    result = analyse(_mail(text))
    assert result.kind == "reply"
    assert result.answer is not Answer.NO
