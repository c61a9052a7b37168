"""The W3C Nu HTML Checker (npm ``vnu-jar``, run with Java 17) on every page of a built site.

Errors only; warnings are advice. The few messages we accept are listed in ACCEPTED, each
with the markup it may match and the reason; anything else is a failure."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from scripts.quality.site_pages import html_pages

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass(frozen=True)
class Accepted:
    message: re.Pattern[str]
    markup: re.Pattern[str]  # must match the checker's extract of the offending markup
    reason: str


ACCEPTED = [
    Accepted(
        re.compile(r"^Attribute “autocomplete” is only allowed when the input type is "),
        re.compile(r'<input class="md-(nav__)?toggle[^"]*"[^>]*type="checkbox"[^>]*autocomplete="off"'),
        "Material's hidden toggle checkboxes (menu drawer, search, navigation sections) carry "
        'autocomplete="off" on purpose: without it Firefox restores an open menu or search box '
        "when a reader goes Back. Browsers honour it; the HTML standard only does not list it for checkboxes.",
    ),
]


@dataclass(frozen=True)
class Problem:
    page: str
    line: int
    message: str
    extract: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.message}  [{self.extract.strip()[:120]}]"


def check(site: Path) -> list[Problem]:
    """Every error the checker reports on the site's pages (site_pages.html_pages), less the accepted ones."""
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, html_pages(site))],
        capture_output=True, text=True,
    )
    if not result.stderr.strip().startswith("{"):
        raise RuntimeError(f"the HTML checker did not run: {result.stderr.strip()[:500]}")
    problems = []
    for message in json.loads(result.stderr)["messages"]:
        extract = " ".join(message.get("extract", "").split())
        if any(accepted.message.search(message["message"]) and accepted.markup.search(extract) for accepted in ACCEPTED):
            continue
        page = message.get("url", "").removeprefix("file:")
        page = Path(page).relative_to(site).as_posix() if page.startswith(str(site)) else page
        problems.append(Problem(page, int(message.get("lastLine", 0)), message["message"], extract))
    return problems
