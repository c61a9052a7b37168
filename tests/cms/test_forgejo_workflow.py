"""The forge's CI (Forgejo Actions): every pull request, the web form's review branches included, runs
`make check` and `make build`, and a problem's path:line becomes an annotation on its line."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from tests.conftest import ROOT

WORKFLOW = ROOT / ".forgejo/workflows/check.yml"


def test_every_pull_request_runs_check_and_build() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"]
    steps = workflow["jobs"]["check"]["steps"]
    commands = [step.get("run", "") for step in steps]
    assert any("make check" in command for command in commands)
    assert any(command.strip() == "make build" for command in commands)
    assert not [step for step in steps if "uses" in step]  # the runner needs to reach only this forge


def test_problems_become_annotations_on_their_line(tmp_path: Path) -> None:
    steps = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["check"]["steps"]
    script = next(step["run"] for step in steps if step.get("if") == "failure()")
    log = ("docs/mo-hinh/x.vi.md:20: measures[1].payback_years: thời gian hoàn vốn ghi 9 năm\n"
           "    (EN) the payback is written as 9 years\n")
    (tmp_path / "check.log").write_text(log, encoding="utf-8")
    result = subprocess.run(["bash", "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert result.stdout == ("::error file=docs/mo-hinh/x.vi.md,line=20::measures[1].payback_years:"
                             " thời gian hoàn vốn ghi 9 năm\n")
