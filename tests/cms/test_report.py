"""`make report` and the guide's content report: each line names a file and line, and the report sees
what it should (tested on a copy of the project that is changed to have one of each)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from scripts.cms.report import report
from scripts.content import schema
from scripts.content.sources import load_site
from tests.conftest import ROOT

MOUNTS = {"handbook": "so-tay"}


def test_every_kind_of_line_names_its_file(project: Path) -> None:
    (project / "docs/hoi-dap/vncpc-la-gi.en.md").unlink()
    contact = project / "data/contact.yml"
    contact.unlink(missing_ok=True)
    items = report(load_site(project, MOUNTS), on=dt.date(2026, 12, 2))
    lines = {(item.section, f"{item.path}:{item.line}") for item in items}
    assert ("translation", "docs/hoi-dap/vncpc-la-gi.vi.md:1") in lines
    assert ("confirm", "data/contact.yml:1") in lines  # no contact file yet: said plainly
    sources = (project / "data/sources.yml").read_text(encoding="utf-8").splitlines()
    first_without_url = next(item for item in items if item.section == "address")
    assert sources[first_without_url.line - 1].startswith("- id: ")
    caveat = next(item for item in items if item.section == "caveat" and item.path.startswith("data/"))
    cited = (project / caveat.path).read_text(encoding="utf-8").splitlines()[caveat.line - 1]
    assert "- id: " in cited and cited.split("- id: ")[1].strip() in caveat.vi

    contact.write_text("confirmed: false\norganisation:\n  vi: Sở Công Thương\n  en: Department\nphone: ''\n",
                       encoding="utf-8")
    confirm = [item for item in report(load_site(project, MOUNTS)) if item.section == "confirm"]
    written = [(item.line, item.vi.split(" ")[0]) for item in confirm if not item.vi.startswith("chưa có “")]
    assert written == [(1, "Sở"), (5, "“phone”")]
    if hasattr(schema, "CONTACT"):  # a field of the contact type the file does not have yet is listed too
        assert any(item.vi.startswith("chưa có “address”") for item in confirm)


def test_pages_unchanged_for_a_year_are_listed_with_their_last_commit() -> None:
    site = load_site(ROOT, MOUNTS)
    assert not [item for item in report(site, on=dt.date(2026, 12, 2)) if item.section == "stale"]
    later = [item for item in report(site, on=dt.date(2028, 1, 1)) if item.section == "stale"]
    assert {item.path for item in later} >= {"docs/hoi-dap/sxsh-la-gi.vi.md", "handbook/index.vi.md"}
    assert "sửa lần cuối ngày" in later[0].vi


def test_make_report_prints_each_section() -> None:
    result = subprocess.run([sys.executable, "-m", "scripts", "report"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "== Nguồn chưa có địa chỉ / Sources without an address:" in result.stdout
    assert "data/sources.yml:" in result.stdout
