"""One tone-mark style: the site writes "hóa", "thủy", "hòa", "Ủy ban", not "hoá", "thuỷ", "hoà", "Uỷ ban".

In an open syllable ending in "oa", "oe" or "uy" the mark goes on the first vowel. A closed syllable
("hoàn", "khoảng", "huỳnh") is the same in both styles and is left alone, and so is "qu" + "y" ("quý",
"quỹ"), where "u" belongs to the consonant. Moving a mark keeps the number of characters, so a fixed
copy of a line has the same columns as the original (the retired-institution check matches on it).

The build and `make check` only report old-style marks; `make fix-tone-marks` is the one command that
rewrites them, on the editor's request.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

_MARKS = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng
_MARKED = {base: "".join(unicodedata.normalize("NFC", base + mark) for mark in _MARKS) for base in "aeyAEY"}
# "o" + a marked "a"/"e", or "u" (not after "q") + a marked "y", at the end of a word.
_OLD_STYLE = re.compile(
    rf"(?:([oO])([{_MARKED['a']}{_MARKED['A']}{_MARKED['e']}{_MARKED['E']}])"
    rf"|(?<![qQ])([uU])([{_MARKED['y']}{_MARKED['Y']}]))(?!\w)"
)
_CODE_SPAN = re.compile(r"`[^`\n]*`")
_FENCE = re.compile(r"^\s*(```|~~~)")


def _moved(match: re.Match[str]) -> str:
    first = match.group(1) or match.group(3)
    second = match.group(2) or match.group(4)
    base, mark = unicodedata.normalize("NFD", second)[0], unicodedata.normalize("NFD", second)[1]
    return unicodedata.normalize("NFC", first + mark) + base


def fix_tone_marks(line: str) -> str:
    """The line in the site's style; text inside `code` stays as written (the editor's guide shows examples)."""
    pieces, last = [], 0
    for code in _CODE_SPAN.finditer(line):
        pieces.append(_OLD_STYLE.sub(_moved, line[last:code.start()]))
        pieces.append(code.group(0))
        last = code.end()
    pieces.append(_OLD_STYLE.sub(_moved, line[last:]))
    return "".join(pieces)


def old_style_words(line: str) -> list[tuple[int, str, str]]:
    """(column, word as written, word in the site's style) of each old-style word on the line."""
    fixed = fix_tone_marks(line)
    found = []
    for match in re.finditer(r"\w+", line):
        word, new = match.group(0), fixed[match.start():match.end()]
        if word != new:
            found.append((match.start() + 1, word, new))
    return found


def prose_lines(text: str, markdown: bool) -> list[tuple[int, str]]:
    """(line number, line) of the lines a reader reads: in Markdown, fenced code blocks are left out."""
    lines, in_fence = [], False
    for number, line in enumerate(text.split("\n"), start=1):
        if markdown and _FENCE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence:
            lines.append((number, line))
    return lines


@dataclass(frozen=True)
class Change:
    path: str
    line: int
    before: str
    after: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.before.strip()}\n    → {self.after.strip()}"


def fix_text(path: str, text: str) -> tuple[str, list[Change]]:
    lines = text.split("\n")
    changes = []
    for number, line in prose_lines(text, path.endswith(".md")):
        fixed = fix_tone_marks(line)
        if fixed != line:
            changes.append(Change(path, number, line, fixed))
            lines[number - 1] = fixed
    return "\n".join(lines), changes


def fix_files(root: Path, relatives: list[str], dry_run: bool = False) -> list[Change]:
    """Rewrite old-style marks in these files (UTF-8 text; other bytes, line endings included, stay)."""
    changes = []
    for relative in relatives:
        path = root / relative
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue  # `make check` names the file; `make fix-unicode` converts it first
        fixed, found = fix_text(relative, text)
        changes += found
        if found and not dry_run:
            path.write_bytes(fixed.encode("utf-8"))
    return changes
