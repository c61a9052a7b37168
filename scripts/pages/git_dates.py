"""When each source file was last committed, for the "last updated" line of
pages whose front matter has no date. One `git log` for the whole build; with
no git (or no repository) there are simply no dates."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path


def _git(root: Path, *arguments: str) -> str:
    return subprocess.run(["git", "-c", "core.quotepath=off", *arguments], cwd=root, capture_output=True,
                          text=True, check=True).stdout


def last_commit_dates(root: Path, folders: list[str]) -> dict[str, dt.date]:
    """Path from ``root`` -> date of the newest commit that changed its text (one `git log` for all).

    A pure rename (git's R100, e.g. ``x.md`` -> ``x.vi.md``) changes no text: the page keeps the
    date of its last real change, made under its older name."""
    try:
        prefix = _git(root, "rev-parse", "--show-prefix").strip()
        log = _git(root, "log", "--format=%x00%cs", "--name-status", "-M", "--", *folders)
    except (OSError, subprocess.CalledProcessError):
        return {}
    dates: dict[str, dt.date] = {}
    now_named: dict[str, str] = {}  # a path as an older commit names it -> its name today
    date = None
    for line in log.split("\n"):
        if line.startswith("\0"):
            date = dt.date.fromisoformat(line[1:])
            continue
        status, *paths = line.split("\t")
        if not paths or date is None:
            continue
        current = now_named.get(paths[-1], paths[-1])
        if status.startswith("R"):
            now_named[paths[0]] = current
        if status != "R100" and current.startswith(prefix):
            dates.setdefault(current[len(prefix):], date)  # the log runs newest first
    return dates
