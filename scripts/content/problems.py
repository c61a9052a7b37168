"""A problem found in a source file, told the way an editor needs it.

Every message names the file and line, the field, what is wrong and what to
write instead: first in Vietnamese, then in English on an indented line, so an
editor can jump to ``path:line`` from any terminal or editor.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the repository root, with forward slashes
    line: int  # 1-based
    field: str  # the front-matter field, or a short name of the check ("văn bản", "liên kết"...)
    vi: str  # what is wrong — what to write instead, in Vietnamese
    en: str  # the same in English

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.vi}\n    (EN) {self.en}"


class ContentError(Exception):
    """Raised with every problem found, so the editor can fix them all at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        count = len(self.problems)
        header = (
            f"Nội dung có {count} lỗi, cần sửa trước khi xây dựng trang. "
            f"/ The content has {count} problem(s) to fix before the site can be built."
        )
        super().__init__("\n".join([header, *map(str, self.problems)]))
