"""The web form's YAML format (docs/admin/sxsh-yaml.js), run by Node as the browser runs it: every data
file read and written back without a change holds the same data for our loader, keeps its comments,
and a changed field is the only change in the data."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import yaml

from scripts.cms.install import yaml_files
from tests.conftest import ROOT

DATA_FILES = [*sorted((ROOT / "data").glob("*.yml")), ROOT / "handbook/.book.yml"]
ROUND_TRIP = """
import { fromFile, toFile } from "./sxsh-yaml.js";
import fs from "node:fs";
const [source, target, change] = process.argv.slice(2);
const data = fromFile(fs.readFileSync(source, "utf8"));
if (change) { const [index, name, language, text] = JSON.parse(change); data.records[index][name][language] = text; }
fs.writeFileSync(target, toFile(data));
"""


def run_format(tmp_path: Path, source: Path, change: list | None = None) -> str:
    work = tmp_path / "format"
    if not work.exists():
        (work / "yaml").mkdir(parents=True)
        for path in yaml_files(ROOT):
            shutil.copyfile(path, work / "yaml" / path.name)
        shutil.copyfile(ROOT / "docs/admin/sxsh-yaml.js", work / "sxsh-yaml.js")
        (work / "package.json").write_text('{"type": "module"}', encoding="utf-8")
        (work / "round-trip.js").write_text(ROUND_TRIP, encoding="utf-8")
    target = work / source.name
    arguments = ["node", "round-trip.js", str(source), str(target)] + ([json.dumps(change)] if change else [])
    result = subprocess.run(arguments, cwd=work, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return target.read_text(encoding="utf-8")


def test_every_data_file_survives_the_form_unchanged(tmp_path: Path) -> None:
    for source in DATA_FILES:
        original = source.read_text(encoding="utf-8")
        written = run_format(tmp_path, source)
        assert yaml.safe_load(written) == yaml.safe_load(original), source.name
        header = [line for line in original.splitlines() if line.startswith("#")][:2]
        assert written.splitlines()[: len(header)] == header, source.name  # the file's own explanation stays
        assert "_comments" not in written and "records:" not in written


def test_a_changed_field_is_the_only_change(tmp_path: Path) -> None:
    source = ROOT / "data/sectors.yml"
    written = run_format(tmp_path, source, change=[1, "name", "vi", "Thép và luyện kim"])
    before, after = yaml.safe_load(source.read_text(encoding="utf-8")), yaml.safe_load(written)
    before[1]["name"]["vi"] = "Thép và luyện kim"
    assert after == before
    assert "name: { vi: Thép và luyện kim, en: Steel }" in written  # a short pair stays on one line
