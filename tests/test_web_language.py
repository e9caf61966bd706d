"""The web app's errors and the trainer's lists follow the browser's language (issue 11, part C);
the page script that mends Gradio's English labels is well formed."""

from __future__ import annotations

import gradio as gr
import pytest

from coach.errors import InputError
from coach.web.endpoints import one_line_errors


def _raising(exc):
    @one_line_errors
    def callback(value, request: gr.Request):
        raise exc

    return callback


@pytest.mark.parametrize("header,title,line", [
    ("nl-NL,nl;q=0.9", "Er ging iets mis", "Er ging bij ons iets mis (KeyError)"),
    ("en-GB,en;q=0.9", "Something went wrong", "Something went wrong on our side (KeyError)"),
])
def test_errors_speak_the_browsers_language(header, title, line):
    request = gr.Request(headers={"accept-language": header})
    with pytest.raises(gr.Error) as caught:
        _raising(KeyError("x"))(1, request)
    assert caught.value.title == title and caught.value.message.startswith(line)
    with pytest.raises(gr.Error) as caught:
        _raising(InputError("the turn is empty; type something"))(1, request)
    assert caught.value.title == title and caught.value.message == "the turn is empty; type something"


def test_an_api_call_without_a_browser_keeps_the_plain_english_line():
    with pytest.raises(gr.Error) as caught:
        _raising(KeyError("x"))(1, None)
    assert caught.value.message.startswith("internal error (KeyError)") and caught.value.title == "Error"


def test_the_trainers_lists_are_in_the_trainers_language():
    from coach.web.trainer_app import order_choices, phase_choices

    assert [label for label, _ in phase_choices("nl")] == ["Delegeergesprek", "Tussenresultaten bespreken",
                                                           "Eindresultaat bespreken"]
    assert order_choices("nl")[0] == ("Delegeergesprek → Tussenresultaten bespreken → Eindresultaat bespreken",
                                      "delegation,progress,final")
    assert len(order_choices("en")) == 6


def test_the_page_script_holds_its_tables_as_json():
    import json
    import re

    from coach.web.page_script import DUTCH, HEAD

    assert HEAD.startswith("<script>") and HEAD.endswith("</script>") and HEAD.count("<script") == 1
    words = json.loads(re.search(r"const WORDS = (\{.*?\}), PREFIXES", HEAD).group(1))
    assert words == DUTCH and words["More tabs"] == "Meer tabbladen"
