"""Build the bundled demo database: the Cologne #SoMe Stammtisch, invented people.

    python scripts/make_demo_db.py db.json

The story: a kickoff round table on Thursday 22 January 2026 in the Gaststätte
Severin, the topics suggested that evening, and the evenings every two months
since then, alternating expert talk and theme evening, through 2027. The next
evening (late November 2026) has invitations out and answers coming in.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from somek_tui.models import (
    Answer,
    AnswerSource,
    ConsentHow,
    Contributor,
    EventStatus,
    Host,
    InboxEntry,
    InboxOutcome,
    MailKind,
    OutboxState,
    OutgoingMessage,
    ReviewItem,
    Speaker,
    TopicStatus,
    new_key,
)
from somek_tui.services.events import add_event
from somek_tui.services.members import add_member
from somek_tui.services.rsvps import mark_attended, set_answer
from somek_tui.services.topics import add_topic, vote
from somek_tui.store import Store

TZ = ZoneInfo("Europe/Berlin")
DOMAIN = "example.org"

MEMBERS = [
    ("Anna Schmitz", "anna.schmitz@example.org", "de"),
    ("Jörg Weiß", "joerg.weiss@example.org", "de"),
    ("Leonie Krüger", "leonie@agentur-rheinblick.example.org", "de"),
    ("Mehmet Yılmaz", "mehmet.yilmaz@example.org", "de"),
    ("Sophie Becker", "sophie.becker@example.org", "de"),
    ("Tobias Hoffmann", "t.hoffmann@stadt-koeln.example.org", "de"),
    ("Katharina Wagner", "k.wagner@example.org", "de"),
    ("Lukas Schäfer", "lukas@veedel-media.example.org", "de"),
    ("Emily Clarke", "emily.clarke@example.org", "en"),
    ("Finn Richter", "finn.richter@example.org", "de"),
    ("Marie Neumann", "marie.neumann@example.org", "de"),
    ("David Kowalski", "david.k@example.org", "en"),
    ("Laura Fischer", "laura.fischer@example.org", "de"),
    ("Jonas Zimmermann", "jonas@domblick-pr.example.org", "de"),
    ("Hannah Braun", "hannah.braun@example.org", "de"),
    ("Felix Lange", "felix.lange@example.org", "de"),
    ("Sarah Öztürk", "sarah.oeztuerk@example.org", "de"),
    ("Niklas Koch", "niklas.koch@example.org", "de"),
    ("Julia Meyer", "julia.meyer@kmu-digital.example.org", "de"),
    ("Paul Schulz", "paul.schulz@example.org", "de"),
    ("Clara Hartmann", "clara@example.org", "de"),
    ("Ben Roth", "ben.roth@example.org", "en"),
    ("Greta Vogel", "greta.vogel@example.org", "de"),
    ("Moritz Keller", "moritz.keller@example.org", "de"),
]

KICKOFF_TOPICS = [
    "SEO und Erfolgsmessung",
    "Branchenspezifische Trends – neue Techniken und Kanäle, Monitoring, Bewegtbild",
    "Social Media in kleinen und mittelständischen Unternehmen",
    "Wie haben Social Media die Medien verändert?",
    "Wie haben Social Media unser Denken und Handeln verändert?",
    "Community Management",
]


def local(year: int, month: int, day: int, hour: int = 19, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=TZ)


def build(path: Path) -> None:
    if path.exists():
        path.unlink()
    store = Store.open(path)
    founded = local(2026, 1, 8, 10)
    with store.transaction() as tx:
        members = [
            add_member(
                tx,
                email,
                name=name,
                language=lang,
                how=ConsentHow.ORGANIZER,
                source="Gründungsliste Kickoff",
                now=founded + timedelta(minutes=i),
            )
            for i, (name, email, lang) in enumerate(MEMBERS)
        ]
        severin = ("Gaststätte Severin", "Severinstraße 1, 50678 Köln")
        plan = [
            ("Kickoff: #SoMe Stammtisch Köln", local(2026, 1, 22), "roundtable", severin),
            (
                "Social Media Monitoring in der Praxis",
                local(2026, 3, 26),
                "talk",
                ("Agentur Rheinblick", "Rheinauhafen 7, 50678 Köln"),
            ),
            ("Social Media in KMU", local(2026, 5, 28), "roundtable", severin),
            (
                "Bewegtbild: Video für kleine Budgets",
                local(2026, 7, 23),
                "talk",
                ("Veedel Media", "Ehrenstraße 42, 50672 Köln"),
            ),
            ("Community Management", local(2026, 9, 24), "roundtable", severin),
            (
                "SEO und Erfolgsmessung",
                local(2026, 11, 26),
                "talk",
                ("Domblick PR", "Am Hof 20, 50667 Köln"),
            ),
            (
                "Wie Social Media die Medien verändert haben",
                local(2027, 1, 28),
                "roundtable",
                severin,
            ),
            (
                "Social Ads für Vereine und Initiativen",
                local(2027, 3, 25),
                "talk",
                ("Stadtbibliothek Köln", "Josef-Haubrich-Hof 1, 50676 Köln"),
            ),
        ]
        events = []
        for index, (title, start, kind, (venue, address)) in enumerate(plan):
            status = EventStatus.DONE if start < local(2026, 11, 1) else EventStatus.ANNOUNCED
            if index == len(plan) - 1:
                status = EventStatus.DRAFT
            event = add_event(
                tx,
                title=title,
                start=start,
                end=start + timedelta(hours=3),
                venue=venue,
                address=address,
                kind=kind,
                capacity=30 if kind == "talk" else 25,
                status=status,
                domain=DOMAIN,
                now=start - timedelta(days=30),
            )
            events.append(event)
        kickoff = events[0]
        kickoff.description = (
            "Erstes Treffen: Wir lernen uns kennen, sammeln Themen und legen das Format fest."
        )
        tx.put(kickoff)

        # the kickoff: who answered and who came
        answers = [Answer.YES] * 15 + [Answer.NO] * 4 + [Answer.MAYBE] * 2
        for i, answer in enumerate(answers):
            member = members[i]
            guests = 1 if i in (2, 7) else 0
            set_answer(
                tx,
                event=kickoff,
                member=member,
                answer=answer,
                guests=guests,
                source=AnswerSource.EMAIL,
                message_id=f"<kickoff-{i}@{DOMAIN}>",
                now=local(2026, 1, 9 + i % 10, 9),
            )
            if answer is Answer.YES:
                mark_attended(tx, kickoff.id, member.id, i not in (5, 11), local(2026, 1, 22, 23))

        # topics suggested that evening, with votes
        for i, title in enumerate(KICKOFF_TOPICS):
            topic, _ = add_topic(
                tx, title, by_member=members[i * 3 % len(members)].id, now=local(2026, 1, 22, 21, i)
            )
            for voter in members[i : i + (6 - i)]:
                vote(tx, topic, voter.id)
        for topic in tx.topics():
            if topic.title in (
                "Social Media in kleinen und mittelständischen Unternehmen",
                "Community Management",
            ):
                topic.status = TopicStatus.DONE
                topic.event_id = (
                    events[2].id
                    if "KMU" in topic.title or "kleinen" in topic.title
                    else events[4].id
                )
            elif topic.title == "SEO und Erfolgsmessung":
                topic.status = TopicStatus.SCHEDULED
                topic.event_id = events[5].id
            elif topic.title.startswith("Wie haben Social Media die Medien"):
                topic.status = TopicStatus.SHORTLISTED
            tx.put(topic)
        later, _ = add_topic(
            tx,
            "Social Ads für Vereine",
            by_member=members[10].id,
            message_id=f"<topic-ads@{DOMAIN}>",
            now=local(2026, 10, 2, 8),
        )
        vote(tx, later, members[12].id)

        # the next evening: an expert talk with host and speaker, invitations out
        nxt = events[5]
        nxt.host = Host(
            organisation="Domblick PR",
            address="Am Hof 20, 50667 Köln",
            contact="Jonas Zimmermann",
            confirmed=True,
        )
        nxt.speakers = [
            Speaker(
                name="Dr. Miriam Albers", talk_title="Was Reichweite wirklich misst", confirmed=True
            )
        ]
        nxt.topic_ids = [t.id for t in tx.topics() if t.title == "SEO und Erfolgsmessung"]
        tx.put(nxt)
        following = events[6]
        following.contributors = [
            Contributor(
                member_id=members[3].id, subject="Lokalzeitungen auf Instagram", confirmed=True
            )
        ]
        tx.put(following)
        sent_at = local(2026, 10, 27, 10)
        for i, member in enumerate(members):
            tx.put(
                OutgoingMessage(
                    id=tx.next_id("outbox"),
                    member_id=member.id,
                    recipient=member.email,
                    kind=MailKind.INVITATION,
                    message_id=f"<inv-{nxt.id}-{member.id}@{DOMAIN}>",
                    event_id=nxt.id,
                    reply_key=new_key(),
                    state=OutboxState.SENT,
                    attempts=1,
                    sequence=nxt.sequence,
                    created=sent_at,
                    sent_at=sent_at + timedelta(seconds=i),
                )
            )
        pattern = [
            Answer.YES,
            Answer.YES,
            Answer.NO,
            Answer.YES,
            Answer.MAYBE,
            Answer.YES,
            Answer.YES,
            Answer.NO,
            Answer.YES,
            Answer.YES,
            Answer.YES,
            Answer.MAYBE,
            Answer.YES,
            Answer.YES,
            Answer.NO,
            Answer.YES,
        ]
        for i, answer in enumerate(pattern):
            member = members[i]
            at = sent_at + timedelta(days=i // 2, hours=i)
            source = AnswerSource.CALENDAR if i % 4 == 1 else AnswerSource.EMAIL
            message_id = f"<re-{i}@mail.{DOMAIN}>"
            guests = 1 if i in (0, 8) else 0
            set_answer(
                tx,
                event=nxt,
                member=member,
                answer=answer,
                guests=guests,
                source=source,
                message_id=message_id,
                now=at,
            )
            outcome = InboxOutcome.ANSWER
            tx.put(
                InboxEntry(
                    message_id=message_id,
                    outcome=outcome,
                    member_id=member.id,
                    member_email=member.email,
                    event_id=nxt.id,
                    sender=member.email,
                    subject=f"AW: Einladung: {nxt.title}",
                    folder="INBOX",
                    processed_at=at,
                    reply_text={
                        Answer.YES: "Bin dabei!",
                        Answer.NO: "Leider nicht, viel Spaß!",
                        Answer.MAYBE: "Vielleicht, ich sage noch Bescheid.",
                    }[answer],
                )
            )
        # something that needs the organizer's eye
        unclear = f"<unclear-1@mail.{DOMAIN}>"
        tx.put(
            InboxEntry(
                message_id=unclear,
                outcome=InboxOutcome.REVIEW,
                member_id=members[16].id,
                member_email=members[16].email,
                event_id=nxt.id,
                sender=members[16].email,
                subject="AW: Einladung: SEO und Erfolgsmessung",
                folder="INBOX",
                reply_text=(
                    "Ich würde gerne kommen, aber nur wenn ich früher aus dem Termin rauskomme."
                ),
                reason="conditional answer",
                processed_at=local(2026, 11, 20, 18),
            )
        )
        tx.put(
            ReviewItem(
                id=tx.next_id("review"),
                message_id=unclear,
                sender=members[16].email,
                subject="AW: Einladung: SEO und Erfolgsmessung",
                reason="unclear: a yes with a condition",
                text="Ich würde gerne kommen, aber nur wenn ich früher aus dem Termin rauskomme.",
                quoted="> Antworte einfach mit „Ja“, „Nein“ oder „Vielleicht“.",
                member_id=members[16].id,
                event_id=nxt.id,
                created=local(2026, 11, 20, 18),
            )
        )
        join = "<join-1@mail.example.com>"
        tx.put(
            InboxEntry(
                message_id=join,
                outcome=InboxOutcome.REVIEW,
                sender="nina.berg@example.com",
                subject="Stammtisch",
                folder="INBOX",
                reason="join request from a non-member",
                reply_text="Hallo, ich würde gerne beim nächsten Stammtisch dabei sein!",
                processed_at=local(2026, 11, 22, 9),
            )
        )
        tx.put(
            ReviewItem(
                id=tx.next_id("review"),
                message_id=join,
                sender="nina.berg@example.com",
                subject="Stammtisch",
                reason="join request from a non-member",
                text="Hallo, ich würde gerne beim nächsten Stammtisch dabei sein!",
                created=local(2026, 11, 22, 9),
            )
        )


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else Path("db.json")
    build(target)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
