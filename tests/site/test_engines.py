"""ProperDocs, the maintained MkDocs 1.x fork, builds the same site as MkDocs: `make build ENGINE=properdocs`
is a move that can be made on the day MkDocs can no longer be installed (README, "Engine")."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import build_site, differing

# <meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.2">: the engine's name and version.
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def test_properdocs_builds_the_same_site_apart_from_the_generator_tag(built_site: Path, shipped_pdfs: Path,
                                                                       tmp_path: Path) -> None:
    other = tmp_path / "properdocs"
    result = build_site(other, env={"SXSH_PDF_DIR": str(shipped_pdfs)}, engine="properdocs")
    assert result.returncode == 0, result.stdout + result.stderr
    generators = set()
    different = []
    for name in differing(built_site, other):
        left, right = built_site / name, other / name
        if name.endswith(".html") and left.is_file() and right.is_file():
            generators |= set(GENERATOR.findall(left.read_bytes())) | set(GENERATOR.findall(right.read_bytes()))
            if GENERATOR.sub(b"", left.read_bytes()) == GENERATOR.sub(b"", right.read_bytes()):
                continue
        different.append(name)
    assert different == []
    # Material writes the engine's version (MkDocs 1.6.1, ProperDocs 1.6.x): two tags show two engines ran.
    assert len(generators) == 2, generators
