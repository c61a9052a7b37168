"""Two builds of the same commit give the same bytes, so a deployed site can be checked against CI's build."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import build_site, differing


def test_two_builds_of_one_commit_are_byte_identical(built_site: Path, shipped_pdfs: Path, tmp_path: Path) -> None:
    # Both dated by the commit (SOURCE_DATE_EPOCH, which MkDocs honours for the sitemap), as the Makefile does.
    result = build_site(tmp_path / "again", env={"SXSH_PDF_DIR": str(shipped_pdfs)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert differing(built_site, tmp_path / "again") == []
