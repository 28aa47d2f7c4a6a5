"""Stored English sentences shown in the organizer's language.

Review reasons and settings errors are produced in English by ``mail/`` (which
may not import the app's translations) and by the services, and the English
is what ``db.json`` and the export keep. They are translated only where they
are shown: each known sentence is a msgid with ``{name}`` placeholders for
its variable parts (an address, an event id, the quoted words after a colon),
matched against the stored text. A sentence not in the table is shown as it is.
"""

from __future__ import annotations

import re
from functools import cache

from somek_tui.i18n import N_, _

# Sentences from mail/ (reading replies, decoding, auto-replies, credentials)
# and from the services that decide about a reply, in the exact English they store.
KNOWN = (
    # mail/ reading and decoding
    N_("the reply is too long to read automatically"),
    N_("the body is not readable text (binary or badly encoded)"),
    N_("not a parseable e-mail message"),
    N_("reading the message took too long (over {seconds} s of CPU)"),
    N_("the message is too large to read automatically ({parts} MIME parts)"),
    N_("automatic reply subject: {detail}"),
    N_("automatic reply text: {detail}"),
    N_("out-of-office text: {detail}"),
    N_("asks instead of answering: {detail}"),
    N_("no clear answer"),
    N_("someone comes along, but how many is unclear: {detail}"),
    N_("guest numbers disagree: {detail}"),
    N_("calendar reply with PARTSTAT={detail}"),
    N_("says no but mentions guests: {detail}"),
    N_("mentions guests but gives no answer: {detail}"),
    N_("a guest no longer comes, but the member gives no answer of their own"),
    N_("asks about bringing someone: {detail}"),
    N_("asks a question instead of answering: {detail}"),
    N_("gives a new address, a change for the organizer: {detail}"),
    # mail/settings.py credentials (ConfigError)
    N_("password_command failed: {detail}"),
    N_("password_command exited with {code}"),
    N_("the password variable {name} is not set"),
    N_("no password_env or password_command is configured"),
    # services: matching a reply and deciding about it
    N_("loop guard"),
    N_("no answer found"),
    N_("join request"),
    N_("confirms joining"),
    N_("unreadable message"),
    N_("the sender is not a member"),
    N_("{sender} is not a member"),
    N_("the mail carries reply keys of several members"),
    N_("the reply key belongs to a removed member"),
    N_("the reply answers mail to a removed member"),
    N_("reply key used from an address somek does not know"),
    N_("reply key used from an address somek does not know: {detail}"),
    N_("mail to an invitation's bounce address that is no delivery report"),
    N_("unsubscribe from an unknown address"),
    N_("asks to unsubscribe but also answers {answer}"),
    N_("someone else may come instead (a join or guest suggestion)"),
    N_("decided like an earlier settled reply ({id})"),
    N_("an answer, but no invitation to an upcoming event was found for the member"),
    N_("an answer for event {id}, which is cancelled"),
    N_("an answer for event {id}, which is over"),
    N_("{guests} guests is more than the {limit} allowed"),
    N_("reads like an answer, but replies to the {kind} mail, which asked for none"),
    N_(
        "{email} asked to join and has not confirmed yet; only a reply to "
        "the confirmation mail confirms"
    ),
    N_("replies to the join confirmation, but {email} is {status}"),
    N_("declines joining ({said}); the request expires unless confirmed"),
    N_("unclear reply to the join confirmation: {detail}"),
    N_("{address} is now {email}'s other address: settle the reply"),
    N_("settled: {resolution}"),
    # answers to a talk or contribution request ({role} is one of ROLES)
    N_("takes on the {role}"),
    N_("declines the {role}"),
    N_("takes on the {role} (recorded); the reply also asks: {detail}"),
    N_("declines the {role} (recorded); the reply also asks: {detail}"),
    N_("answers a {role} request for an event that no longer exists"),
    N_("answers the {role} request for event {id}, which is over"),
    N_("answers the {role} request for event {id}, which is cancelled"),
    N_("answers the {role} request, but {email} is no longer on event {id} for it"),
    N_("unclear answer to the {role} request: {detail}"),
    # the outbox: mail a mailing did not send (services/outbox.py)
    N_("not sent: member removed"),
    N_("not sent: member is {status}"),
    # connecting to the mail servers (mail/smtp*.py, mail/imap.py, the Maildirs)
    N_("TLS with {where} failed: {detail}"),
    N_("STARTTLS with {where} failed: {detail}"),
    N_("cannot connect to {where}: {detail}"),
    N_('{where} does not offer STARTTLS; use security = "tls" or a server that supports it'),
    N_('{where} does not offer XOAUTH2, but imap.auth is "xoauth2"'),
    N_("{where} refused the login for {user}"),
    N_("{where} refused the access token for {user}"),
    N_("{where} refused the login for {user}: {detail}"),
    N_("{where} refused the access token for {user}: {detail}"),
    N_("connection lost while {doing}: {detail}"),
    N_("the server refused {doing}: {detail}"),
    N_(
        "{where} requires a login before sending ({detail}); "
        "set smtp.username and smtp.password_env"
    ),
    N_("refusing to send the password to {where} over an unencrypted connection"),
    N_("{where} offers no login (AUTH) on this connection, but smtp.username is set"),
    N_("cannot log in to {where}: {detail}"),
    N_("the TLS certificate of {where} was not accepted: {detail}"),
    N_(
        "the TLS handshake with {where} failed ({detail}); "
        "check that smtp.security matches the port"
    ),
    N_("{where} refused the connection: {detail}"),
    N_("timed out talking to {where}"),
    N_("cannot create the inbox Maildir {path}: {detail}"),
    N_("cannot create the Maildir folder {path}: {detail}"),
    N_("cannot move {path} to {target}: {detail}"),
    N_("cannot write to the Maildir {path}: {detail}"),
    N_("cannot use the Maildir {path}: {detail}"),
    N_("the Maildir {path} is not writable"),
    # bounces, duplicates and mail sync could not handle
    N_("permanent failure"),
    N_("delivery failure"),
    N_("seen before"),
    N_("another copy of {id}"),
    N_("could not record: {detail}"),
    N_("could not handle: {detail}"),
)
# The requested roles (services.contributions.Role) named inside the sentences above.
ROLES = {"talk": N_("talk"), "contribution": N_("contribution")}
# A member's status named inside a sentence (models.MemberStatus values).
STATUSES = {
    "active": N_("active"),
    "unsubscribed": N_("unsubscribed"),
    "bouncing": N_("bouncing"),
    "pending": N_("pending"),
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def shown(text: str) -> str:
    """``text`` in the current language if it is a known sentence, else unchanged."""
    for msgid, pattern in _patterns():
        found = pattern.match(text)
        if found:
            parts = found.groupdict()
            if parts.get("role") in ROLES:
                parts["role"] = _(ROLES[parts["role"]])
            if parts.get("status") in STATUSES:
                parts["status"] = _(STATUSES[parts["status"]])
            return _(msgid).format(**parts)
    return text


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # longest first: "reply key used … know: {detail}" before its shorter form
    ordered = sorted(KNOWN, key=len, reverse=True)
    return tuple((msgid, _compile(msgid)) for msgid in ordered)


def _compile(msgid: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(msgid)
    regex = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
    )
    return re.compile(f"^{regex}$", re.DOTALL)
