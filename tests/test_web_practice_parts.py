"""The practice page's parts without a browser: the paced stream, friendly errors, the briefing
(only what the trainee may know), the theme's contrast, the app's footer and labels."""

from __future__ import annotations

import pytest

from coach.errors import InputError
from coach.roleplay import content
from coach.roleplay.practice import TurnTooLong, start_session
from coach.web import briefing, theme
from coach.web.i18n import EN, NL, text
from coach.web.practice_flow import friendly, paced


def test_a_whole_reply_is_shown_as_growing_prefixes_within_the_budget():
    slept: list[float] = []
    reply = "Oké, dat geeft me vertrouwen. Ik ga het proberen."
    shown = list(paced([reply], delay=0.05, budget=0.2, sleep=slept.append))
    assert shown[-1] == reply and len(shown) == len(reply.split())
    assert all(reply.startswith(s) for s in shown) and len(set(shown)) == len(shown)
    assert all(len(a) < len(b) for a, b in zip(shown, shown[1:]))
    assert sum(slept) <= 0.2 + 1e-9


def test_a_streamed_reply_is_read_ahead_so_the_source_finishes_before_the_last_word():
    steps: list[str] = []

    def source():
        yield "Ja, "
        yield "Ja, dat kan ik doen."
        steps.append("stored")  # coach.web.api.stream_turn saves the turn here

    out = []
    for prefix in paced(source(), sleep=lambda s: None):
        out.append((prefix, list(steps)))
    assert out[-1][0] == "Ja, dat kan ik doen."
    assert out[-1][1] == ["stored"]  # the turn was complete before the final text was shown
    assert [p for p, _ in out][0] == "Ja,"


@pytest.mark.parametrize("lang, table", [("nl", NL), ("en", EN)])
def test_errors_become_sentences_in_the_conversation_language(lang, table):
    cases = {
        InputError("the turn is empty; type what you say to the delegatee"): "err_empty_turn",
        InputError("unknown session 'abc'; start a new one with start_session"): "err_no_session",
        InputError("this session has ended; start a new one with start_session"): "err_ended",
        InputError("nothing to review yet; say at least one thing with send_turn first"): "err_nothing_said",
        RuntimeError("boom /secret/path"): "err_generic",
    }
    for exc, key in cases.items():
        said = friendly(exc, lang, "Daan")
        assert said == table[key].format(name="Daan")
        assert "start_session" not in said and "send_turn" not in said and "boom" not in said
    too_long = TurnTooLong("Die beurt is te lang")
    assert friendly(too_long, lang) == "Die beurt is te lang"


def test_the_briefing_names_task_person_and_form_but_no_hidden_traits_or_obstacle():
    session = start_session(scenario="care-summer-roster", persona="daan", language="nl", engine="offline",
                            manager_name="Ilse")
    html = briefing.briefing_html(session)
    scenario, persona = content.get_scenario("care-summer-roster"), content.get_persona("daan")
    assert scenario.task.nl[1:] in html and "Daan" in html and persona.role.nl in html
    assert "Benoem het resultaat" in html  # the form's first guideline of this phase
    assert scenario.obstacle.nl not in html and persona.description.nl not in html
    for hidden in scenario.facts["nl"] + scenario.options["nl"]:
        assert hidden not in html
    head = briefing.chat_head(session, "nl")
    assert "Ilse" in head and "Daan" in head and ">I<" in head and ">D<" in head
    assert briefing.chat_label(session, "en") == "Gesprek met Daan"  # the conversation's language


def test_the_briefing_speaks_english_for_an_english_conversation():
    session = start_session(scenario="care-summer-roster", persona="lotte", language="en", engine="offline")
    html = briefing.briefing_html(session)
    assert "Your task" in html and "Name the result" in html and "Je taak" not in html


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


@pytest.mark.parametrize("fg, bg", theme.TEXT_PAIRS)
def test_the_theme_text_has_readable_contrast(fg, bg):
    light, dark = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5


def test_the_theme_loads_no_web_font():
    assert all("googleapis" not in str(f) and "http" not in str(f) for f in theme.THEME._font + theme.THEME._font_mono)


def test_phase_and_chat_are_not_both_called_gesprek():
    assert NL["phase"] != NL["chat"] and EN["phase"] != EN["chat"]
    assert text("chat_with", "nl", name="Daan") == "Gesprek met Daan"


def test_new_practice_strings_exist_in_both_languages():
    from coach.web import practice_texts

    assert set(practice_texts.EN) == set(practice_texts.NL)
    for key in practice_texts.EN:
        assert practice_texts.NL[key].strip() and practice_texts.EN[key].strip()


def test_deleting_my_uploads_leaves_anyone_elses(tmp_path):
    from coach.web.guard import UploadOwners

    uploads = tmp_path / "uploads"
    owners = UploadOwners(tmp_path / "owners", uploads)
    files = {}
    for who in ("me", "you", "both"):
        path = uploads / who / "talk.vtt"
        path.parent.mkdir(parents=True)
        path.write_text("WEBVTT", encoding="utf-8")
        files[who] = path
    owners.add(files["me"], "client:me")
    owners.add(files["you"], "client:you")
    owners.add(files["both"], "client:me")
    owners.add(files["both"], "client:you")
    assert owners.purge("client:me") == 1
    assert not files["me"].exists() and files["you"].exists() and files["both"].exists()
    assert owners.purge(None) == 0 and files["you"].exists()
