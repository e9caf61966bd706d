"""Four sample practice conversations with the offline delegatee (two Dutch, two English; a good and a
poor manager), each a delegation conversation followed by the progress conversation of the same
storyline, with the agreements the delegatee carried over.  Markdown on standard output (for the README):

    python scripts/sample_conversations.py
"""

from __future__ import annotations

from coach.roleplay import practice
from coach.roleplay.agreements_view import agreements_text

SAMPLES = [
    ("nl", "goed", "it-laptop-rollout", "mehmet", "Ilse", [
        "Hoi Mehmet, heb je even?",
        "Ik wil dat alle 40 laptops bij Klantcontact vóór 1 maart werken, zonder dat de klantenservice een dag stilligt.",
        "Ik vraag het jou omdat jij de teams het beste kent.",
        "Heb je zoiets al eens gedaan?",
        "Je mag zelf afspraken maken met de leverancier, binnen het budget van 48.000 euro.",
        "Laten we donderdag je uitrolschema samen bespreken.",
        "Wat ga je als eerste doen?",
    ], [
        "Mooi dat het uitrolschema met de teamleiders er al ligt!",
        "Waar loop je tegenaan?",
        "Welke mogelijkheden zie je zelf?",
        "Dus als ik het goed begrijp, komen de laptops drie weken te laat?",
        "Welke van de twee zou je als eerste proberen, en waarom?",
    ]),
    ("nl", "zwak", "care-summer-roster", "fatima", "Ruud", [
        "Fatima, jij gaat het zomerrooster maken.",
        "Eerst vraag je alle vakantiewensen op, dan zet je ze in Excel, daarna bel je het uitzendbureau en tot slot stuur je mij het rooster.",
        "Je moet ook de nachtdiensten eerst invullen.",
        "Lukt dat?",
    ], [
        "Loopt alles goed?",
        "Dus alles loopt volgens plan?",
        "Zal ik het uitzendbureau anders even bellen?",
        "Bel ze gewoon zelf op.",
    ]),
    ("en", "good", "events-client-congress", "anouk", "Sam", [
        "Hi Anouk, thanks for making time.",
        "At the end I'd like a programme with six workshops of real substance, announced six weeks before 12 May.",
        "I'm asking you because you know the speakers' circuit like nobody else.",
        "You can book speakers yourself within the 15,000 euro budget.",
        "Let's look at a first draft together next week.",
        "What will you do first?",
    ], [
        "The draft programme looks really strong, thank you.",
        "What's getting in the way?",
        "What options do you see yourself?",
        "So if I understand you, the keynote cancelled and the invitation goes out in two weeks?",
        "What's your next step, and will you let me know on Friday?",
    ]),
    ("en", "poor", "it-helpdesk-knowledge-base", "kees", None, [
        "You're doing the knowledge base.",
        "Is that clear?",
        "Have you got time?",
    ], [
        "Everything fine?",
        "So it's all on track?",
        "Leave it with me, I'll sort Information Security myself.",
        "Well done.",
    ]),
]


def conversation(session, lines) -> list[str]:
    out = [f"> **{t.speaker}:** {t.text}" for t in session.turns]
    for line in lines:
        reply = "".join(practice.send_turn(session, line))
        out += [f"> **{session.manager_name}:** {line}", f"> **{session.turns[-1].speaker}:** {reply}"]
    return out


def main() -> None:
    for lang, kind, scenario, persona, name, delegation, progress in SAMPLES:
        session = practice.start_session(scenario=scenario, persona=persona, language=lang, engine="offline",
                                         manager_name=name)
        print(f"#### {lang.upper()}, {kind}: {scenario} with {persona}\n")
        print("\n>\n".join(conversation(session, delegation)))
        practice.settle_agreements(session)
        print("\n```\n" + agreements_text(session.agreements.record, lang) + "\n```\n")
        following = practice.next_phase(session)
        print("\n>\n".join(conversation(following, progress)) + "\n")


if __name__ == "__main__":
    main()
