"""The Search section `make bench` writes (scripts/search/bench.py): the three engines side by side,
the budgets of issue 14 with whether they were met, and the growth table."""

from __future__ import annotations

from scripts.search import bench


def _engine(first_gzip: int, first_ms: float, later_ms: float, page_view_search: int = 0) -> dict:
    return {"page_view": [300_000, 150_000], "page_view_search": [page_view_search, page_view_search],
            "first_search": [first_gzip * 3, first_gzip], "first_files": 12, "first_ms": [first_ms],
            "later_ms": [later_ms], "first_hits": [5]}


def _size(pages: int, ours: dict) -> dict:
    return {"pages": pages, "build": [20.0, 19.0], "site": "site",
            "builds": {name: [1.5, 1.4] for name in bench.ENGINES},
            "index": {name: [10, 1_000_000, 400_000] for name in bench.ENGINES},
            "engines": {"ours": ours, "pagefind-npm": _engine(390_000, 41, 500),
                        "pagefind-pypi": _engine(400_000, 45, 520)}}


def _figures(ours: dict) -> dict:
    main = _size(2000, ours)
    machine = {"cpus": "2", "cpu": "CPU", "memory": "1 GiB", "node": "v20", "python": "3.11", "date": "2026-12-02",
               "load": "1.0, 1.0, 1.0"}
    return {"runs": 1, "machine": machine, "chromium": "1", "main": main,
            "growth": [_size(500, ours), main, _size(10_000, ours)]}


def test_the_section_shows_the_engines_the_budgets_and_the_growth() -> None:
    text = bench.report(_figures(_engine(315_000, 14, 58)))
    assert all(name in text for name in bench.ENGINES.values())
    assert "NOT met" not in text and text.count(": met") == 4
    growth = text[text.index("### Growth"):]
    assert [line.split(" | ")[0] for line in growth.splitlines() if line.startswith("| ") and line[2].isdigit()] == [
        "| 500", "| 2,000", "| 10,000"]


def test_a_budget_missed_is_said_so() -> None:
    text = bench.report(_figures(_engine(500_000, 14, 70, page_view_search=1200)))
    assert text.count("NOT met") == 3  # page-view bytes, first-search bytes, later searches
