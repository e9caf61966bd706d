"""Transcript readers on realistic fixtures of every format, speaker prefixes, language detection."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from coach.errors import InputError
from coach.language import detect_language
from coach.readers import read_bytes, read_path, read_text, resolve_manager, sniff_format
from coach.readers.speakers import split_speaker

FIXTURES = Path(__file__).parent / "fixtures" / "transcripts"


def make_teams_docx(paragraphs: list[str | tuple[str, str]]) -> bytes:
    """A .docx as Teams writes it; a tuple (header, text) puts both in one paragraph with a line break."""
    import docx

    document = docx.Document()
    for p in paragraphs:
        if isinstance(p, tuple):
            para = document.add_paragraph(p[0])
            para.add_run().add_break()
            para.add_run(p[1])
        else:
            document.add_paragraph(p)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------- plain text


def test_plain_text_with_title_continuations_url_and_times():
    t = read_path(FIXTURES / "voortgang_nl.txt")
    assert t.source_format == "txt"
    assert t.speakers == ["Anna", "Bram"]
    assert len(t.turns) == 12
    assert [turn.speaker for turn in t.turns] == ["Anna", "Bram"] * 6
    # the title line before the first speaker is not a turn
    assert not any("klantportaal" in turn.text for turn in t.turns)
    # continuation lines, "Let op:" and a URL stay inside Bram's turn
    assert t.turns[3].text == (
        "Eerlijk gezegd loop ik vast op de cijfers van Finance. Ze hebben de begroting van vorig jaar nog niet "
        "gedeeld. Let op: zonder die cijfers kan ik de businesscase niet afmaken."
    )
    assert "https://intranet.example.nl/finance" in t.turns[5].text
    assert "om 10:30 en vanmiddag" in t.turns[7].text


def test_alternating_plain_text_turn_i_is_line_i():
    lines = [ln for ln in (FIXTURES / "delegation_en.txt").read_text(encoding="utf-8").splitlines() if ln.strip()]
    t = read_path(FIXTURES / "delegation_en.txt")
    assert len(t.turns) == len(lines)
    for turn, line in zip(t.turns, lines):
        speaker, text = line.split(": ", 1)
        assert (turn.speaker, turn.text) == (speaker, text)


def test_consecutive_lines_of_one_speaker_merge_and_whitespace_is_normalised():
    t = read_text("\ufeffAnna:   Hallo\u00a0Bram.\r\nAnna: Hoe gaat het?\r\n\r\nBram:\tGoed,\n  dank je.\n")
    assert [(x.speaker, x.text) for x in t.turns] == [("Anna", "Hallo Bram. Hoe gaat het?"), ("Bram", "Goed, dank je.")]


def test_leading_timestamps_are_kept_as_start():
    t = read_text("[00:00:05] Anna: Goedemorgen.\n[00:01:02] Bram: Morgen!\n")
    assert [x.start for x in t.turns] == [5.0, 62.0]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Anna de Vries: Hoe gaat het?", ("Anna de Vries", "Hoe gaat het?")),
        ("Jan van der Berg: Prima.", ("Jan van der Berg", "Prima.")),
        ("Speaker 2: Yes.", ("Speaker 2", "Yes.")),
        ("J. Smit (manager): Kom binnen.", ("J. Smit (manager)", "Kom binnen.")),
        ("Anna:Hallo", ("Anna", "Hallo")),
        ("Let op: de deadline is vrijdag.", None),
        ("Note: this is important.", None),
        ("https://example.com: link", None),
        ("10:30: we beginnen", None),
        ("Om 10:30 beginnen we.", None),
        ("we spreken af: vrijdag", None),
        ("Zie de map op https://intranet.example.nl/x", None),
        ("Dit is een hele lange zin met veel woorden zonder naam: nee", None),
    ],
)
def test_speaker_prefix(line, expected):
    found = split_speaker(line)
    assert (found[:2] if found else None) == expected


# ---------------------------------------------------------------- WebVTT / SRT


def test_teams_vtt_voice_tags_and_multi_cue_utterances():
    t = read_path(FIXTURES / "teams_voortgang_nl.vtt")
    assert t.source_format == "vtt"
    assert t.speakers == ["Anna de Vries", "Bram Jansen"]
    assert len(t.turns) == 10  # 12 cues, two utterances spread over two cues
    first = t.turns[0]
    assert first.text == (
        "Hoi Bram, fijn dat je er bent. De planning die je vorige week maakte is heel helder, het MT was er blij mee."
    )
    assert (first.start, first.end) == (2.14, 9.92)
    # a two-line cue joins into one sentence, no tags left
    assert "nog steeds niet gedeeld, en zonder die cijfers" in t.turns[3].text
    assert not any("<" in x.text or ">" in x.text for x in t.turns)


def test_zoom_vtt_name_prefix_in_cue():
    t = read_path(FIXTURES / "zoom_progress_en.vtt")
    assert t.speakers == ["Sarah Miller", "Tom Baker"]
    assert len(t.turns) == 8
    assert t.turns[0].text.endswith("Really solid work on the cost section.")
    assert t.turns[6].text == "Leave it with me, I'll call legal myself this afternoon."
    assert t.turns[6].start == 25.0


def test_srt_name_prefix_and_times():
    t = read_path(FIXTURES / "progress_en.srt")
    assert t.source_format == "srt"
    assert len(t.turns) == 10
    assert t.turns[3].text == "The data from the warehouse is incomplete, so the forecast is shaky."
    assert (t.turns[3].start, t.turns[3].end) == (11.5, 15.3)


def test_vtt_cue_without_speaker_continues_previous_turn():
    vtt = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna>Hallo Bram.</v>\n\n"
        "00:00:02.000 --> 00:00:03.000\nHoe gaat het?\n\n00:00:03.500 --> 00:00:04.000\n<v Bram>Goed.</v>\n"
    )
    t = read_bytes(vtt.encode(), "talk.vtt")
    assert [(x.speaker, x.text, x.end) for x in t.turns] == [("Anna", "Hallo Bram. Hoe gaat het?", 3.0), ("Bram", "Goed.", 4.0)]


# ---------------------------------------------------------------- Teams .docx


def test_teams_docx_current_layout():
    data = make_teams_docx(
        [
            "Voortgang klantportaal",
            "27 november 2026, 10:02",
            "12m 40s",
            "Anna de Vries heeft de transcriptie gestart",
            "Anna de Vries   0:03",
            "Hoi Bram, de planning die je maakte is heel helder.",
            "Het MT was er blij mee.",
            "Bram Jansen   0:11",
            "Dank je. Ik loop wel vast op de cijfers van Finance; we spraken af om 10:30.",
            ("Anna de Vries   0:19", "Wat heb je zelf al geprobeerd?"),
            "Bram Jansen   0:25",
            "Piet twee keer gemaild, maar nog niets gehoord.",
            "Anna de Vries   1:02:07",
            "Wat ga jij als eerste doen?",
            "Anna de Vries heeft de transcriptie gestopt",
        ]
    )
    t = read_bytes(data, "Voortgang.docx")
    assert t.source_format == "docx"
    assert t.speakers == ["Anna de Vries", "Bram Jansen"]
    assert [x.text for x in t.turns] == [
        "Hoi Bram, de planning die je maakte is heel helder. Het MT was er blij mee.",
        "Dank je. Ik loop wel vast op de cijfers van Finance; we spraken af om 10:30.",
        "Wat heb je zelf al geprobeerd?",
        "Piet twee keer gemaild, maar nog niets gehoord.",
        "Wat ga jij als eerste doen?",
    ]
    assert [x.start for x in t.turns] == [3.0, 11.0, 19.0, 25.0, 3727.0]
    assert t.turns[0].end == 11.0


def test_teams_docx_text_line_ending_in_a_time_is_not_a_speaker():
    data = make_teams_docx(
        ["Anna   0:01", "Wanneer spreken we af?", "Bram   0:04", "Morgen", "Donderdag 10:30", "Anna   0:09", "Prima.", "Bram   0:12", "Top."]
    )
    t = read_bytes(data, "talk.docx")
    assert t.speakers == ["Anna", "Bram"]
    assert t.turns[1].text == "Morgen Donderdag 10:30"


def test_teams_docx_older_arrow_layout():
    data = make_teams_docx(
        [
            "0:0:0.0 --> 0:0:4.520",
            "Sarah Miller",
            "Morning Tom, thanks for making time.",
            "0:0:4.520 --> 0:0:7.100",
            "Sarah Miller",
            "I'd like you to take over the supplier review.",
            "0:0:7.800 --> 0:0:9.000",
            "Tom Baker",
            "Sure, what do you need?",
        ]
    )
    t = read_bytes(data, "meeting.docx")
    assert [(x.speaker, x.text) for x in t.turns] == [
        ("Sarah Miller", "Morning Tom, thanks for making time. I'd like you to take over the supplier review."),
        ("Tom Baker", "Sure, what do you need?"),
    ]
    assert (t.turns[0].start, t.turns[0].end) == (0.0, 7.1)


def test_docx_typed_by_hand_with_name_prefixes():
    data = make_teams_docx(["Gespreksverslag", "Anna: Hoe gaat het?", "Bram: Goed, dank je."])
    t = read_bytes(data, "verslag.docx")
    assert [(x.speaker, x.text) for x in t.turns] == [("Anna", "Hoe gaat het?"), ("Bram", "Goed, dank je.")]


# ---------------------------------------------------------------- sniffing, manager names, language


def test_sniff_by_extension_and_content():
    assert sniff_format("talk.txt", b"WEBVTT\n\n") == "vtt"
    assert sniff_format("talk.vtt", b"1\n00:00:01,000 --> 00:00:02,000\nAnna: hoi\n") == "srt"
    assert sniff_format("-", b"Anna: hoi\n") == "txt"
    assert sniff_format("Talk.DOCX", b"PK\x03\x04") == "docx"
    with pytest.raises(InputError, match=r"unknown file type '\.pdf'"):
        sniff_format("talk.pdf", b"%PDF-1.7")


def test_stdin_text_may_be_webvtt():
    t = read_text((FIXTURES / "teams_voortgang_nl.vtt").read_text(encoding="utf-8"))
    assert t.source_format == "vtt" and len(t.turns) == 10


def test_resolve_manager():
    speakers = ["Anna de Vries", "Bram Jansen"]
    assert resolve_manager(speakers, "Anna de Vries") == "Anna de Vries"
    assert resolve_manager(speakers, "  anna DE vries ") == "Anna de Vries"
    assert resolve_manager(speakers, "bram") == "Bram Jansen"
    with pytest.raises(InputError) as err:
        resolve_manager(speakers, "Piet")
    assert "'Anna de Vries', 'Bram Jansen'" in str(err.value)


@pytest.mark.parametrize(
    "name, lang",
    [("voortgang_nl.txt", "nl"), ("teams_voortgang_nl.vtt", "nl"), ("delegation_en.txt", "en"),
     ("zoom_progress_en.vtt", "en"), ("progress_en.srt", "en")],
)
def test_detect_language_on_fixtures(name, lang, monkeypatch):
    texts = [t.text for t in read_path(FIXTURES / name).turns]
    assert detect_language(texts) == lang
    assert detect_language(list(reversed(texts))) == lang
    # py3langid alone (without the function-word fast path) agrees
    import coach.language

    monkeypatch.setattr(coach.language, "_clear_case", lambda text: None)
    assert detect_language(texts) == lang


def test_clear_cases_do_not_load_the_langid_model():
    import coach.language

    coach.language._identifier.cache_clear()
    assert detect_language(["Hoi Bram, fijn dat je er bent.", "De planning die je maakte is heel helder, dank je wel."]) == "nl"
    assert detect_language(["Hi Tom, how is it going with the plan?", "Fine, but I am still waiting for the data."]) == "en"
    assert coach.language._identifier.cache_info().currsize == 0


def test_detect_language_short_and_odd_inputs_stay_within_nl_en():
    assert detect_language("Kun je dat vrijdag afronden?") == "nl"
    assert detect_language("Could you wrap that up by Friday?") == "en"
    assert detect_language([]) == "nl"
    assert detect_language(["Wie geht es dir heute?"]) in ("nl", "en")


def test_teams_docx_cheap_tests_never_drop_a_header_or_a_system_line():
    """The .docx reader tests a line for a time (and for "transcri") before its full patterns: every line
    the full patterns take passes the cheap test, so the reading is what the patterns alone give."""
    from coach.readers import teams_docx as td
    from coach.readers.speakers import is_name_like

    lines = ["Anna de Vries   0:03", "Bram Jansen\t1:02:03", "Tom 12:30  Dat klopt", "Tot 10:30 dan", "Anna de Vries",
             "Sarah Miller  3:7", "x" * 300 + "  0:01", "Anna started transcription", "TRANSCRIPTIE GESTART",
             "Anna heeft de transcriptie gestart", "Transcript", "Bram stopped tranſcription", "Transcrıptie gestopt",
             "Geen tijd hier, wel: een dubbele punt", "12:30", "  4:05  ", "Anna\u00a0de Vries\u00a0\u00a00:03"]
    headers = system = 0
    for line in lines:
        got, full = td._header(line), td._HEADER.match(line)
        want = full if full and is_name_like(full.group("name")) else None
        assert (got is None) == (want is None) and (got is None or got.groupdict() == want.groupdict())
        headers += got is not None
        if td._SYSTEM.search(line):
            assert td._SYSTEM_HINT.search(line)
            system += 1
    assert headers >= 3 and system >= 4
