"""One loader for every content and data file: one line naming the file and the line or field."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from coach.datafiles import load_yaml_model
from coach.errors import InputError


class Thing(BaseModel):
    id: str
    size: int


def test_a_good_file_loads(tmp_path):
    p = tmp_path / "t.yaml"
    p.write_text("id: a\nsize: 3\n", encoding="utf-8")
    assert load_yaml_model(p, Thing) == Thing(id="a", size=3)


@pytest.mark.parametrize("content, needle", [
    ("id: a\nsize: [1,\n", "not valid YAML at line"),
    ("- just\n- a list\n", "expected a mapping"),
    ("id: a\nsize: big\n", "field 'size'"),
    ("size: 1\n", "field 'id'"),
])
def test_problems_are_one_line_naming_the_file(tmp_path, content, needle):
    p = tmp_path / "t.yaml"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_yaml_model(p, Thing)
    message = str(err.value)
    assert str(p) in message and needle in message and "\n" not in message and message.endswith("fix the file")


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(InputError, match="cannot read the file"):
        load_yaml_model(tmp_path / "nope.yaml", Thing)
