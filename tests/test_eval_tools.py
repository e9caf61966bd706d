"""The tools behind the many-writer data (eval/WRITING.md): batch checks, label-free copies, agreement and
adjudication, import, the leakage check, and leave-one-writer-out cross-validation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from test_learned import _tiny_eval_tree

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "eval" / "tools"


def _run(tool: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOLS / tool), *map(str, args)], capture_output=True, text=True, cwd=ROOT)


def _batch(root: Path, writer: str = "w91") -> Path:
    """A one-conversation batch in the layout of eval/WRITING.md."""
    tree = root / "tree"
    _tiny_eval_tree(tree)
    batch = root / writer
    (batch / "conversations").mkdir(parents=True)
    src = tree / "corpus" / "dev" / f"{writer}-nl-progress-02.yaml"
    (batch / "conversations" / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (batch / "utterances.yaml").write_text((tree / "utterances" / "dev" / f"{writer}.yaml").read_text(encoding="utf-8"),
                                           encoding="utf-8")
    return batch


def test_the_repository_has_no_test_split_leak():
    out = _run("leakage.py")
    assert out.returncode == 0, out.stdout


def test_leakage_finds_a_quoted_test_sentence(tmp_path):
    sys.path.insert(0, str(TOOLS))
    import leakage

    (tmp_path / "eval" / "corpus" / "test").mkdir(parents=True)
    (tmp_path / "eval" / "utterances" / "dev").mkdir(parents=True)
    doc = {"turns": [{"speaker": "A", "text": "Leave the printer question with me, I will sort it."}]}
    (tmp_path / "eval" / "corpus" / "test" / "x.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    (tmp_path / "eval" / "README.md").write_text('As in "Leave the printer question with me", a take.', encoding="utf-8")
    (tmp_path / "eval" / "utterances" / "dev" / "en.yaml").write_text(
        yaml.safe_dump([{"id": "en-1", "text": "Leave the printer question with me."}]), encoding="utf-8")
    assert len(leakage.quoted_leaks(tmp_path)) == 1
    assert len(leakage.copied_items(tmp_path)) == 1


def test_check_batch_accepts_a_good_batch_and_names_a_bad_label(tmp_path):
    batch = _batch(tmp_path)
    assert _run("check_batch.py", batch).returncode == 0
    path = next((batch / "conversations").glob("*.yaml"))
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["turns"][1]["signals"] = ["obstacle", "other"]
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    out = _run("check_batch.py", batch)
    assert out.returncode == 1 and "`other` alone" in out.stdout


def test_blind_compare_apply_import(tmp_path):
    batch = _batch(tmp_path)
    assert _run("blind.py", "--batch", batch, "--out", tmp_path / "ann").returncode == 0
    second = tmp_path / "ann" / "w91"
    blind = yaml.safe_load(next((second / "conversations").glob("*.yaml")).read_text(encoding="utf-8"))
    assert all("acts" not in t and "signals" not in t for t in blind["turns"])
    items = yaml.safe_load((second / "utterances.yaml").read_text(encoding="utf-8"))
    assert all("acts" not in i and "signals" not in i and "small_talk" not in i for i in items)
    # the second annotator agrees except on one turn
    doc = yaml.safe_load(next((batch / "conversations").glob("*.yaml")).read_text(encoding="utf-8"))
    doc["turns"][0]["acts"] = ["closed_question"]
    (second / "conversations" / f"{doc['id']}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    (second / "utterances.yaml").write_text((batch / "utterances.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    out = _run("adjudicate.py", "compare", batch, second, "--out", tmp_path / "adj")
    assert out.returncode == 0, out.stderr
    dis = yaml.safe_load((tmp_path / "adj" / "disagreements.yaml").read_text(encoding="utf-8"))
    assert len(dis) == 1 and dis[0]["turn"] == 0 and dis[0]["second"] == ["closed_question"]
    figures = json.loads((tmp_path / "adj" / "agreement.json").read_text(encoding="utf-8"))
    assert figures["disagreements"] == 1 and 0 < figures["acts_identical"] < 1
    dis[0]["decision"], dis[0]["reason"] = ["closed_question"], "a yes/no question"
    (tmp_path / "adj" / "disagreements.yaml").write_text(yaml.safe_dump(dis), encoding="utf-8")
    final = tmp_path / "final" / "w91"
    out = _run("adjudicate.py", "apply", batch, tmp_path / "adj", "--out", final)
    assert "applied 1 decisions; 0 undecided" in out.stdout
    applied = yaml.safe_load(next((final / "conversations").glob("*.yaml")).read_text(encoding="utf-8"))
    assert applied["turns"][0]["acts"] == ["closed_question"]
    root = tmp_path / "eval"
    (root / "corpus" / "dev").mkdir(parents=True)
    (root / "utterances" / "dev").mkdir(parents=True)
    assert _run("import_batch.py", batch, "--root", root, "--labels", final).returncode == 0
    assert (root / "utterances" / "dev" / "w91.yaml").is_file()
    assert yaml.safe_load((root / "corpus" / "dev" / f"{doc['id']}.yaml").read_text(encoding="utf-8"))["turns"][0]["acts"] \
        == ["closed_question"]


def test_agreement_report_prints_a_row_per_batch():
    out = _run("agreement_report.py")
    assert out.returncode == 0
    rows = [line for line in out.stdout.splitlines() if line.startswith("| w")]
    assert len(rows) >= 8, out.stdout


def test_leave_one_writer_out_scores_every_writer_with_models_that_never_saw_it(tmp_path):
    pytest.importorskip("sklearn", reason="cross-validation trains models (dev extra)")
    from coach.evaluation.cv_suite import errors, run_cv
    from coach.learn.linear import load_model

    _tiny_eval_tree(tmp_path / "eval")
    shipped = load_model("acts")
    report = run_cv(tmp_path / "eval")
    assert report["writers"] == ["w91", "w92"]
    assert set(report["per_writer"]) == {"w91", "w92"}
    assert report["n_conversations"] == 4 and report["n_manager_turns"] == 38
    assert 0.0 <= report["macro_f1"] <= 1.0 and report["grounding"] == 1.0
    assert report["phase_accuracy"] is not None and report["obstacle_f1"] is not None
    assert isinstance(errors(report), list)
    assert load_model("acts") is shipped  # the shipped models are back after the folds
