"""`make bench` adds each run to the "Runs" section of BENCHMARKS.md and leaves the others."""

from __future__ import annotations

from pathlib import Path

from scripts.quality.bench import append

FILE = "# Benchmarks\n\nIntro.\n\n## Runs\n\n### first run\n\nA.\n\n## Search\n\nSearch figures.\n"


def test_run_goes_at_the_end_of_the_runs_section(tmp_path: Path) -> None:
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(FILE, encoding="utf-8")
    append("### second run\n\nB.\n", path)
    text = path.read_text(encoding="utf-8")
    assert text.index("### first run") < text.index("### second run") < text.index("## Search")
    assert text.endswith("## Search\n\nSearch figures.\n")


def test_runs_section_is_made_when_missing(tmp_path: Path) -> None:
    path = tmp_path / "BENCHMARKS.md"
    path.write_text("# Benchmarks\n", encoding="utf-8")
    append("### a run\n", path)
    assert path.read_text(encoding="utf-8") == "# Benchmarks\n\n## Runs\n\n### a run\n"
