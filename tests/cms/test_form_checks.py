"""The web form's check before saving (docs/admin/sxsh-checks.js), run by Node as the browser runs it,
gives `make check`'s message (scripts/content/case_figures.py) for every case study as published and for
each way a measure's figures can stop matching its payback. The line numbers differ by design (the form
counts the lines of the file as it will write it), so the messages are compared after the line."""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import yaml

from scripts.cms.install import yaml_files
from scripts.content.case_figures import check_case
from tests.conftest import ROOT

CASES = sorted((ROOT / "docs/mo-hinh").glob("*.vi.md"))
RUN = """
import { caseProblems } from "./sxsh-checks.js";
import fs from "node:fs";
const entries = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
process.stdout.write(JSON.stringify(entries.map(([source, data]) => caseProblems(source, data, []))));
"""


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def variants(data: dict) -> list[dict]:
    """The case as written, and for each measure with a payback: a wrong payback, a missing investment,
    savings for a season, and no savings at all."""
    found = [data]
    for index, measure in enumerate(data.get("measures", [])):
        if "payback_years" not in measure:
            continue
        for change in ({"payback_years": measure["payback_years"] + 3}, {"investment_vnd": None},
                       {"savings_period": "mua"}, {"savings_vnd": 0, "investment_vnd": 5}):
            changed = copy.deepcopy(data)
            for name, value in change.items():
                if value is None:
                    changed["measures"][index].pop(name, None)
                else:
                    changed["measures"][index][name] = value
            found.append(changed)
    return found


def without_line(message: str) -> str:
    return re.sub(r"^([^:]+):\d+: ", r"\1: ", message)


def test_the_form_refuses_what_make_check_refuses_in_the_same_words(tmp_path: Path) -> None:
    entries = [(str(path.relative_to(ROOT)), data) for path in CASES for data in variants(front_matter(path))]
    work = tmp_path / "form"
    (work / "yaml").mkdir(parents=True)
    for path in yaml_files(ROOT):
        shutil.copyfile(path, work / "yaml" / path.name)
    for name in ("sxsh-yaml.js", "sxsh-checks.js"):
        shutil.copyfile(ROOT / "docs/admin" / name, work / name)
    (work / "package.json").write_text('{"type": "module"}', encoding="utf-8")
    (work / "run.js").write_text(RUN, encoding="utf-8")
    (work / "entries.json").write_text(json.dumps(entries, ensure_ascii=False, default=str), encoding="utf-8")
    result = subprocess.run(["node", "run.js", "entries.json"], cwd=work, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    form = json.loads(result.stdout)
    refused = 0
    for (source, data), from_form in zip(entries, form, strict=True):
        expected = [without_line(str(problem)) for problem in
                    check_case(SimpleNamespace(source=source, meta=data, lines={}))]
        assert [without_line(message) for message in from_form] == expected, source
        refused += bool(expected)
    assert refused > 3 * len(CASES)  # every kind of mistake was tried, on most cases
