"""The pure functions of the page scripts (overrides/assets/javascripts: the catalogue's rounding and
numbers, the calculator's reading and writing of numbers, the self-assessment's score), run in Node as
the browser runs them. Where the build works the same thing out in Python, both must agree: a table the
build wrote and a figure the script recomputes then read the same."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from scripts.content.sources import load_site
from scripts.pages.assessment import levels_of, maximum_of, score
from scripts.pages.norms import format_number
from scripts.site_model import load as site_model
from tests.conftest import ROOT

SCRIPTS = ROOT / "overrides/assets/javascripts"
RUNNER = Path(__file__).with_name("run_page_functions.cjs")


def run(calls: list[list], tmp_path: Path) -> list:
    node = shutil.which("node")
    assert node, "Node.js is needed (Debian package nodejs)"
    calls_file = tmp_path / "calls.json"
    calls_file.write_text(json.dumps(calls), encoding="utf-8")
    scripts = [SCRIPTS / name for name in ("catalogue.js", "sec-calculator.js", "self-assessment.js")]
    done = subprocess.run([node, str(RUNNER), *map(str, scripts), str(calls_file)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


# Quotients the catalogue meets (investment / savings of the cases) and the ties of two decimals
QUOTIENTS = [0.125, 0.375, 0.625, 2.675, 1.005, 1.115, 0.5, 3.0, 1 / 3, 2 / 3, 10.125, 12.345, 0.0049]


def test_catalogue_rounds_as_python_rounds(tmp_path: Path) -> None:
    generator = random.Random(1759)
    values = QUOTIENTS + [generator.randrange(1, 10**9) / generator.randrange(1, 10**8) for _ in range(300)]
    got = run([["catalogue", "round2", [value]] for value in values], tmp_path)
    assert got == [round(value, 2) for value in values]


def test_catalogue_payback(tmp_path: Path) -> None:
    pairs = [(0, 0), (0, 5), (5, 0), (150_000_000, 60_000_000), (1_000, 8_000), (7, 3)]
    got = run([["catalogue", "payback", list(pair)] for pair in pairs], tmp_path)
    assert got == [0, 0, None, 2.5, 0.12, 2.33]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_catalogue_writes_numbers_as_the_build_does(language: str, tmp_path: Path) -> None:
    # What the script writes: sums of whole đồng and paybacks already rounded to two decimals
    values = [0, 7, 999, 1_000, 12_400, 1_234_567, 2_500_000_000, 0.94, 2.5, 12.35, 1234.56, *map(lambda v: round(v, 2), QUOTIENTS)]
    got = run([["catalogue", "formatNumber", [value, language]] for value in values], tmp_path)
    assert got == [format_number(value, language) for value in values]


READ = [  # (typed, English page, number read); None: an empty box, "NaN": not a number
    ("1.500.000", False, 1_500_000), ("25,4", False, 25.4), ("1.500", False, 1_500), ("1,500", False, 1.5),
    ("1 500 000", False, 1_500_000), ("1.234,5", False, 1234.5), ("0,94", False, 0.94),
    ("1,500,000", True, 1_500_000), ("25.4", True, 25.4), ("1,500", True, 1_500), ("1.500", True, 1.5),
    ("1,234.5", True, 1234.5), ("", False, None), ("  ", True, None),
    ("abc", False, "NaN"), ("12,", False, "NaN"), ("-5", False, "NaN"), ("1.2.3", False, "NaN"),
    ("12.34.567", False, "NaN"), ("1,2,3", True, "NaN"), ("1.234,5,6", False, "NaN"),
]


def test_calculator_reads_numbers_in_the_page_language(tmp_path: Path) -> None:
    got = run([["calculator", "parse", [typed, english]] for typed, english, _ in READ], tmp_path)
    assert list(zip([typed for typed, _, _ in READ], got, strict=True)) == [(typed, want) for typed, _, want in READ]


WRITE = [  # (value, decimals, English page, text)
    (241.3333, "auto", False, "241,33"), (150_000, "auto", False, "150.000"), (3.6, "auto", False, "3,6"),
    (3.6, "auto", True, "3.6"), (1_234_567.891, "auto", True, "1,234,567.89"), (15.6, 1, False, "15,6"),
    (15, 1, True, "15.0"), (-2.5, 1, True, "-2.5"), (-0.001, 2, False, "0,00"), (2.0, "auto", False, "2"),
]


def test_calculator_writes_numbers_in_the_page_language(tmp_path: Path) -> None:
    got = run([["calculator", "format", [value, decimals, english]] for value, decimals, english, _ in WRITE], tmp_path)
    assert got == [text for *_, text in WRITE]


def test_self_assessment_scores_as_the_build_does(tmp_path: Path) -> None:
    site = load_site(ROOT, site_model().mounts)
    criteria = site.data["assessment-criteria"]
    levels = levels_of(site)
    # The page's data as scripts/pages/assessment.py writes it (what the script reads)
    data = {"levels": [{"level": lv["level"], "min_percent": lv["min_percent"]} for lv in levels],
            "criteria": [{"id": c["id"], "number": n, "maximum": maximum_of(c), "read_next": c["read_next"]}
                         for n, c in enumerate(criteria, start=1)]}
    generator = random.Random(2013)
    answer_sets = [{c["id"]: 0 for c in criteria}, {c["id"]: maximum_of(c) for c in criteria}]
    answer_sets += [{c["id"]: generator.choice([lv["points"] for lv in c["levels"]]) for c in criteria}
                    for _ in range(40)]
    got = run([["assessment", "score", [data, answers]] for answers in answer_sets], tmp_path)
    numbers = {c["id"]: n for n, c in enumerate(criteria, start=1)}
    for answers, outcome in zip(answer_sets, got, strict=True):
        want = score(answers, criteria, levels)
        assert (outcome["total"], outcome["maximum"], outcome["tenths"], outcome["level"]["level"]) == \
            (want.total, want.maximum, want.percent_tenths, want.level["level"])
        assert [page["href"] for page in outcome["pages"]] == list(want.read_next)
        assert sorted(n for page in outcome["pages"] for n in page["numbers"]) == sorted(numbers[i] for i in want.weakest)


def test_self_assessment_writes_shares(tmp_path: Path) -> None:
    got = run([["assessment", "percentText", [253, ","]], ["assessment", "percentText", [250, ","]],
               ["assessment", "percentText", [1000, "."]], ["assessment", "percentText", [7, "."]]], tmp_path)
    assert got == ["25,3", "25", "100", "0.7"]
