"""Two builds of the same commit give the same bytes, so a deployed site can be checked against CI's build."""

from __future__ import annotations

import filecmp
import subprocess
from pathlib import Path

from tests.conftest import ROOT, build_site


def differing(left: Path, right: Path) -> list[str]:
    found = []
    comparison = filecmp.dircmp(left, right)
    found += [f"only in one build: {name}" for name in comparison.left_only + comparison.right_only]
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    found += [str((left / name).relative_to(left)) for name in mismatch + errors]
    for name in comparison.common_dirs:
        found += [f"{name}/{item}" for item in differing(left / name, right / name)]
    return found


def test_two_builds_of_one_commit_are_byte_identical(tmp_path: Path) -> None:
    # The Makefile dates a build by its commit (SOURCE_DATE_EPOCH, which MkDocs honours for the sitemap).
    epoch = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    env = {"SOURCE_DATE_EPOCH": epoch or "1764633600"}
    for name in ("first", "second"):
        result = build_site(tmp_path / name, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
    assert differing(tmp_path / "first", tmp_path / "second") == []
