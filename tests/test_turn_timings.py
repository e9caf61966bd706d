"""The load benchmark's spans (coach.web.timings): one line per timed turn with its fields, the statements
counted, the handover only for a worker thread; nothing without COACH_TIMINGS_FILE."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from coach.web import timings


def run_turn(engine, wrap):
    with timings.timed("send_turn") as spans:
        def work():
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
                conn.execute(text("SELECT 2"))
            return "ok"

        assert wrap(work, spans)() == "ok"


def test_one_line_per_turn_with_its_statements_and_no_handover_on_the_loop(tmp_path, monkeypatch):
    path = tmp_path / "timings.tsv"
    monkeypatch.setenv("COACH_TIMINGS_FILE", str(path))
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    timings.instrument(engine)
    run_turn(engine, timings.on_loop)
    run_turn(engine, timings.in_worker)
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    assert [row[0] for row in lines] == ["send_turn", "send_turn"]
    values = [dict(zip(timings.FIELDS, map(float, row[2:]))) for row in lines]
    assert [v["statements"] for v in values] == [2.0, 2.0]
    assert values[0]["handover"] == 0.0
    assert all(v["cpu"] >= 0 and v["total"] >= v["db"] >= 0 for v in values)
    engine.dispose()


def test_nothing_is_measured_without_the_variable(monkeypatch):
    monkeypatch.delenv("COACH_TIMINGS_FILE", raising=False)
    with timings.timed("send_turn") as spans:
        assert spans is None

    def fn():
        return 1

    assert timings.on_loop(fn, None) is fn and timings.in_worker(fn, None) is fn
