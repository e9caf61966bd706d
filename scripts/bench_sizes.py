#!/usr/bin/env python
"""Benchmark `coach review` by transcript size: time and peak memory at 10 KB, 100 KB, 1 MB and 5 MB.

    .venv/bin/python scripts/bench_sizes.py [--sizes 10k,100k,1m,5m] [--formats txt,vtt,srt,docx] [--lang nl]
                                            [--text templates|unique|long]

Generates realistic transcripts (a progress conversation of turns of one to
seven sentences, Teams-style VTT with an utterance over several cues, SRT with
`Name: text` cues, a Teams .docx with "Name   0:03" paragraphs, plain text) of
about each size of text (--text unique: every sentence made unique by a word drawn from the lemma
table, so no cache of sentences helps: the worst case for coach's caches; the templates repeat
about 600 sentences; --text long: turns of one 19,000-character sentence of such words, the most a turn
may hold), then runs `coach review FILE --format json` in a fresh
child process per file and reports the wall time, the CPU time (user + system,
less sensitive to other work on the machine), the CPU time per KB of transcript
(flat = linear) and the child's peak resident memory (ru_maxrss).  Nothing here is a test.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from bench_review import FILL, LINES  # noqa: E402  (the same sentences as bench_review.py)

SIZES = {"10k": 10 * 1024, "100k": 100 * 1024, "1m": 1024 * 1024, "5m": 5 * 1024 * 1024 - 1024}
NAMES = {"nl": ("Anna de Vries", "Bram Jansen"), "en": ("Sarah Miller", "Tom Baker")}


TEXT = {"mode": "templates"}


def _vocabulary(lang: str) -> list[str]:
    import json

    table = json.loads((ROOT / "coach" / "learn" / "weights" / "lemmas.json").read_text(encoding="utf-8"))[lang]
    return sorted(w for w in table if w.isalpha())


def _unique(sentence: str, rng: random.Random, vocabulary: list[str], n: int) -> str:
    """The sentence with a word of the vocabulary and a running number before its last mark (never seen twice)."""
    words = f" {rng.choice(vocabulary)} {n}"
    return sentence[:-1] + words + sentence[-1] if sentence[-1:] in ".?!" else sentence + words


def _long_turns(lang: str, rng: random.Random):
    """Turns of one sentence of about 19,000 characters of words drawn from the lemma table, no mark in them
    (under the 20,000 characters a turn may have: the worst case for the reading of a turn)."""
    vocabulary, i = _vocabulary(lang), 0
    while True:
        words, n = [], 0
        while n < 19_000:
            words.append(rng.choice(vocabulary))
            n += len(words[-1]) + 1
        yield NAMES[lang][i % 2], [" ".join(words)]
        i += 1


def _turns(lang: str, seed: int = 11):
    """(speaker, [sentences]) turns of a progress conversation, without end."""
    rng = random.Random(seed)
    if TEXT["mode"] == "long":
        yield from _long_turns(lang, rng)
        return
    vocabulary = _vocabulary(lang) if TEXT["mode"] == "unique" else []
    i = made = 0
    while True:
        role = "manager" if i % 2 == 0 else "delegatee"
        sentences = []
        for _ in range(rng.randint(1, 7)):
            fill = {k: rng.choice(v) for k, v in FILL[lang].items()}
            sentence = rng.choice(LINES[lang][role]).format(n=rng.randint(2, 9), **fill)
            made += 1
            sentences.append(_unique(sentence, rng, vocabulary, made) if vocabulary else sentence)
        yield NAMES[lang][i % 2], sentences
        i += 1


def _stamp(seconds: float, comma: bool = False) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    text = f"{int(h):02d}:{int(m):02d}:{s:06.3f}"
    return text.replace(".", ",") if comma else text


def _until(size: int, pieces) -> str:
    """Join the pieces (one per turn) until the text reaches `size` bytes."""
    out, total = [], 0
    for piece in pieces:
        total += len(piece.encode("utf-8"))
        if total > size and out:
            break
        out.append(piece)
    return "".join(out)


def make_txt(lang: str, size: int) -> bytes:
    return _until(size, (f"{who}: {' '.join(s)}\n" for who, s in _turns(lang))).encode("utf-8")


def _vtt_turns(lang: str):
    t = 0.0
    for who, sentences in _turns(lang):
        cues = []
        for sentence in sentences:  # Teams splits an utterance over several cues
            cues.append(f"{_stamp(t)} --> {_stamp(t + 3.2)}\n<v {who}>{sentence}</v>\n\n")
            t += 3.5
        yield "".join(cues)


def make_vtt(lang: str, size: int) -> bytes:
    return ("WEBVTT\n\n" + _until(size - 8, _vtt_turns(lang))).encode("utf-8")


def _srt_turns(lang: str):
    t = 0.0
    for n, (who, sentences) in enumerate(_turns(lang), start=1):
        yield f"{n}\n{_stamp(t, True)} --> {_stamp(t + 6, True)}\n{who}: {' '.join(sentences)}\n\n"
        t += 6.5


def make_srt(lang: str, size: int) -> bytes:
    return _until(size, _srt_turns(lang)).encode("utf-8")


def make_docx(lang: str, size: int) -> bytes:
    """A Teams .docx holding about `size` bytes of text ("Name   0:03:07" paragraphs, then the words)."""
    import docx

    document = docx.Document()
    document.add_paragraph("Transcript" if lang == "en" else "Transcriptie")
    t, total = 0, 0
    for who, sentences in _turns(lang):
        header, text = f"{who}   {_stamp(t)[:8]}", " ".join(sentences)
        total += len(header) + len(text) + 2
        if total > size:
            break
        document.add_paragraph(header)
        document.add_paragraph(text)
        t += 7
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


MAKERS = {"txt": make_txt, "vtt": make_vtt, "srt": make_srt, "docx": make_docx}


def _review_in_child(path: str) -> None:
    """Child mode (`--one PATH`): run the review in a fresh process, print seconds, its peak RSS (MB), the error."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "coach.cli", "review", path, "--format", "json",
                           "--engine", "offline", "--phase", "progress"], capture_output=True, cwd=ROOT)
    seconds = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the only child
    cpu, peak = usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # ru_maxrss: kB on Linux
    error = "" if proc.returncode == 0 else (proc.stderr.decode(errors="replace").strip().splitlines() or ["?"])[-1][:120]
    print(f"{seconds}\t{cpu}\t{peak}\t{error}")


def run_review(path: Path) -> tuple[float, float, float, str]:
    """Wall and CPU seconds, peak RSS in MB and the error line (if any) of `coach review path` in a fresh process."""
    proc = subprocess.run([sys.executable, __file__, "--one", str(path)], capture_output=True, text=True, cwd=ROOT)
    seconds, cpu, peak, error = (proc.stdout.rstrip("\n").split("\t") + ["", "", "", ""])[:4]
    return float(seconds or "nan"), float(cpu or "nan"), float(peak or "nan"), error


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--sizes", default="10k,100k,1m,5m")
    parser.add_argument("--formats", default="txt,vtt,srt,docx")
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    parser.add_argument("--text", default="templates", choices=("templates", "unique", "long"))
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        _review_in_child(args.one)
        return
    TEXT["mode"] = args.text
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; {args.text} text")
    print("| format | size | file | wall time | CPU time | CPU per KB | peak memory (RSS) | result |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in args.formats.split(","):
            for label in args.sizes.split(","):
                size = SIZES[label]
                data = MAKERS[fmt](args.lang, size)
                path = Path(tmp) / f"talk-{label}.{fmt}"
                path.write_bytes(data)
                seconds, cpu, peak, error = run_review(path)
                print(f"| {fmt} | {label} | {len(data) / 1024:,.0f} KB | {seconds:.1f} s | {cpu:.1f} s | "
                      f"{cpu * 1000 / (size / 1024):.1f} ms | {peak:,.0f} MB | {error or 'review'} |", flush=True)


if __name__ == "__main__":
    main()
