"""Every page of the built site passes the W3C Nu HTML Checker without errors."""

from __future__ import annotations

from pathlib import Path

from scripts.quality.html_validity import ACCEPTED, check


def test_every_page_is_valid_html(built_site: Path) -> None:
    problems = check(built_site)
    assert problems == [], f"{len(problems)} error(s):\n" + "\n".join(str(problem) for problem in problems)


def test_each_accepted_message_says_why() -> None:
    assert all(len(accepted.reason) > 40 for accepted in ACCEPTED)
