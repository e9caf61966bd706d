#!/usr/bin/env python
"""Benchmark `coach review`: reading + offline review of a long transcript, and command start-up.

    .venv/bin/python scripts/bench_review.py [--turns 2000] [--repeats 5]

Builds a realistic plain-text progress conversation of --turns turns in Dutch
and in English (varied sentences, so no cache makes it look faster than it
is), then times read_bytes + review_transcript over several repeats and prints
the median total and per turn.  Also times `coach review --help` and a small
`coach review FILE` in fresh processes.  Nothing here is a test; no network.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LINES = {
    "nl": {
        "manager": [
            "De {thing} die je {day} opleverde is heel helder, het MT was er blij mee.",
            "Hoe gaat het met {thing}? Waar loop je tegenaan?",
            "Dus als ik het goed begrijp, wacht je nog op {who} voor {thing}?",
            "Wat heb je zelf al geprobeerd om {thing} rond te krijgen?",
            "Welke mogelijkheden zie je nog, als {who} niet reageert?",
            "Je moet gewoon {who} bellen, dat werkt meestal sneller.",
            "Laat maar, ik regel {thing} zelf wel met {who}.",
            "Wat ga jij als eerste doen, en laat je me {day} weten hoe het ging?",
            "Lukt het om {thing} voor {day} af te hebben?",
            "Dank je wel voor je inzet deze week, ook met {thing}.",
        ],
        "delegatee": [
            "Goed, maar ik loop vast op {thing}, {who} heeft nog niets gedeeld.",
            "Ik heb {who} {n} keer gemaild, maar nog geen antwoord.",
            "Misschien kan ik {day} bij het overleg van {who} aanschuiven.",
            "Ja, dat klopt, zonder {thing} kan ik niet verder.",
            "Ik denk dat ik {thing} voor {day} kan afronden, als {who} meewerkt.",
            "Dat is lastig, ik heb nog {n} andere klussen lopen.",
        ],
    },
    "en": {
        "manager": [
            "The {thing} you delivered on {day} is really clear, the board liked it.",
            "How is {thing} going? What's getting in your way?",
            "So if I understand you, you're still waiting for {who} on {thing}?",
            "What have you tried so far to get {thing} done?",
            "What options do you see if {who} doesn't respond?",
            "You should just call {who}, that's usually quicker.",
            "Leave it with me, I'll sort out {thing} with {who} myself.",
            "What will you do first, and will you let me know on {day} how it went?",
            "Can you have {thing} ready by {day}?",
            "Thanks a lot for your effort this week, also on {thing}.",
        ],
        "delegatee": [
            "Fine, but I'm stuck on {thing}, {who} hasn't shared anything yet.",
            "I've emailed {who} {n} times, but no answer yet.",
            "Maybe I can join the {who} meeting on {day}.",
            "Yes, that's right, without {thing} I can't move on.",
            "I think I can finish {thing} by {day}, if {who} helps.",
            "That's tricky, I have {n} other jobs running.",
        ],
    },
}
FILL = {
    "nl": {
        "thing": ["planning", "begroting", "businesscase", "klantanalyse", "projectopzet", "risicolijst", "offerte"],
        "day": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "volgende week"],
        "who": ["Finance", "Piet", "inkoop", "de klant", "juridische zaken", "Sanne"],
    },
    "en": {
        "thing": ["plan", "budget", "business case", "customer analysis", "project set-up", "risk list", "quote"],
        "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "next week"],
        "who": ["Finance", "Piet", "purchasing", "the client", "legal", "Sanne"],
    },
}


def build_transcript(lang: str, turns: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    names = ("Anna", "Bram") if lang == "nl" else ("Sarah", "Tom")
    out = []
    for i in range(turns):
        role = "manager" if i % 2 == 0 else "delegatee"
        template = rng.choice(LINES[lang][role])
        fill = {k: rng.choice(v) for k, v in FILL[lang].items()}
        text = template.format(n=rng.randint(2, 9), **fill)
        if rng.random() < 0.5:  # vary the wording so every turn is new to the tagger
            text += f" ({rng.randint(1, 10_000)})"
        out.append(f"{names[i % 2]}: {text}")
    return "\n".join(out) + "\n"


def _clear_caches() -> None:
    import coach.review as review_module
    from coach.learn.linear import clear_caches

    clear_caches()  # the learned readings of turns (the weights stay loaded, as in a running app)
    for obj in vars(review_module).values():
        if hasattr(obj, "cache_clear"):
            obj.cache_clear()


def bench_review(lang: str, turns: int, repeats: int) -> None:
    from coach.models import ReviewOptions
    from coach.readers import read_bytes
    from coach.review import review_transcript

    data = build_transcript(lang, turns).encode("utf-8")
    read_times, review_times = [], []
    for _ in range(repeats):
        _clear_caches()
        t0 = time.perf_counter()
        transcript = read_bytes(data, f"bench-{lang}.txt")
        t1 = time.perf_counter()
        review = review_transcript(transcript, ReviewOptions(phase="progress"))
        t2 = time.perf_counter()
        read_times.append(t1 - t0)
        review_times.append(t2 - t1)
    n = len(transcript.turns)
    read_ms, review_ms = statistics.median(read_times) * 1000, statistics.median(review_times) * 1000
    total = read_ms + review_ms
    print(
        f"{lang}: {n} turns ({len(data) / 1024:.0f} kB), median of {repeats}: read {read_ms:.1f} ms, "
        f"review {review_ms:.1f} ms, total {total:.1f} ms = {total / n:.3f} ms/turn "
        f"(language {review.language}, {len(review.findings)} findings)"
    )


def bench_command(argv: list[str], repeats: int, label: str) -> None:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        proc = subprocess.run(argv, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            print(f"{label}: failed ({proc.stderr.decode(errors='replace').strip()[:200]})")
            return
    print(f"{label}: median {statistics.median(times) * 1000:.0f} ms over {repeats} runs (min {min(times) * 1000:.0f} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--turns", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    for lang in ("nl", "en"):
        bench_review(lang, args.turns, args.repeats)
    coach = [sys.executable, "-m", "coach.cli"]
    bench_command([*coach, "review", "--help"], args.repeats, "coach review --help (start-up)")
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "talk.txt"
        small.write_text(build_transcript("nl", 20), encoding="utf-8")
        bench_command([*coach, "review", str(small), "--format", "md"], args.repeats, "coach review (20 turns, md)")


if __name__ == "__main__":
    main()
