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
    """Path from ``root`` -> date of the newest commit that touched it (git log -1 --format=%cs, for all at once)."""
    try:
        prefix = _git(root, "rev-parse", "--show-prefix").strip()
        log = _git(root, "log", "--format=%x00%cs", "--name-only", "--no-renames", "--", *folders)
    except (OSError, subprocess.CalledProcessError):
        return {}
    dates: dict[str, dt.date] = {}
    date = None
    for line in log.split("\n"):
        if line.startswith("\0"):
            date = dt.date.fromisoformat(line[1:])
        elif line and date is not None and line.startswith(prefix):
            dates.setdefault(line[len(prefix):], date)  # the log runs newest first
    return dates
