"""`make fix-unicode`: the one command that rewrites sources, on the editor's request.

It turns decomposed Unicode (NFD), text pasted from TCVN3 or VNI documents,
invisible characters and stray control characters into clean NFC text, and
says what it changed, line by line. Every other byte of a file stays as it was,
line endings included. The build never rewrites a source: it reports, and
points here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .legacy_encodings import convert_line
from .text_checks import ZERO_WIDTH, legacy_word

#: Files that hold text an editor writes.
TEXT_SUFFIXES = (".md", ".yml", ".yaml")
# Word's line break and page break arrive as vertical tab and form feed: they meant one space.
_BREAKS = re.compile(r"[ \t]*[\x0b\x0c]+[ \t]*")


@dataclass(frozen=True)
class Change:
    path: str
    line: int
    before: str
    after: str
    note: str = ""

    def __str__(self) -> str:
        if self.before == self.after:
            return f"{self.path}:{self.line}: {self.note}"
        text = f"{self.path}:{self.line}: {visible(self.before)} → {visible(self.after)}"
        return f"{text}\n    {self.note}" if self.note else text


def visible(text: str) -> str:
    """Invisible and control characters written out, so the editor sees what went."""
    return "".join(f"⟨U+{ord(char):04X}⟩" if char in ZERO_WIDTH or _is_control(char) else char for char in text)


def _is_control(char: str) -> bool:
    code = ord(char)
    return (code < 0x20 and char != "\t") or 0x7F <= code <= 0x9F


def _clean_character(char: str) -> str:
    if char in ZERO_WIDTH:
        return ""
    if 0x80 <= ord(char) <= 0x9F:
        # A Windows-1252 byte read as Latin-1: \x93 was “, \x96 was –.
        try:
            return bytes([ord(char)]).decode("cp1252")
        except UnicodeDecodeError:
            return ""
    return "" if _is_control(char) else char


def fix_line(line: str) -> tuple[str, str]:
    """The clean line and a note when legacy text could not be converted."""
    cleaned = unicodedata.normalize("NFC", "".join(map(_clean_character, _BREAKS.sub(" ", line))))
    if legacy_word(cleaned) is None:
        return cleaned, ""
    converted, _ = convert_line(cleaned)
    converted = unicodedata.normalize("NFC", converted)
    if legacy_word(converted) is not None:
        return converted, ("không chuyển được hết chữ bảng mã cũ trên dòng này — hãy gõ lại phần còn sai"
                           " / some legacy-encoded text on this line could not be converted — retype it")
    return converted, ""


def fix_text(path: str, text: str) -> tuple[str, list[Change]]:
    changes = []
    lines = text.split("\n")
    for index, raw in enumerate(lines):
        ending = "\r" if raw.endswith("\r") else ""  # keep Windows line endings as they are
        content = raw[: len(raw) - len(ending)]
        fixed, note = fix_line(content)
        if fixed != content or note:
            changes.append(Change(path, index + 1, content, fixed, note))
            lines[index] = fixed + ending
    return "\n".join(lines), changes


def decode(data: bytes) -> tuple[str, bool]:
    """The file's text, and whether it was UTF-8. A file saved in an old 8-bit encoding is read
    byte for byte (Latin-1), which is exactly what a paste of TCVN3 or VNI text looks like."""
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        return data.decode("latin-1"), False


def fix_file(root: Path, relative: str, dry_run: bool = False) -> list[Change]:
    path = root / relative
    data = path.read_bytes()
    text, was_utf8 = decode(data)
    fixed, changes = fix_text(relative, text)
    if not was_utf8:
        changes.insert(0, Change(relative, 1, "", "", "tệp không lưu bằng UTF-8, được ghi lại bằng UTF-8"
                                                       " / the file was not UTF-8 and is saved as UTF-8"))
    new_data = fixed.encode("utf-8")
    if new_data != data and not dry_run:
        path.write_bytes(new_data)
    return changes


def text_files(root: Path, folders: list[str]) -> list[str]:
    found = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*")):
            inner = path.relative_to(root / folder)
            if path.is_file() and path.suffix in TEXT_SUFFIXES and not any(p.startswith(".") for p in inner.parts):
                found.append(path.relative_to(root).as_posix())
    return found


def fix_tree(root: Path, folders: list[str], dry_run: bool = False) -> list[Change]:
    changes: list[Change] = []
    for relative in text_files(root, folders):
        changes.extend(fix_file(root, relative, dry_run))
    return changes
