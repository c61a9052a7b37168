"""Checks on the raw text of a source file, line by line.

They catch what looks right on screen but breaks search, print or links:
decomposed Unicode (NFD), invisible characters, text pasted from old Word files
in the TCVN3 (ABC) or VNI encodings, links to ``page.vi.md`` and images
without alt text.
"""

from __future__ import annotations

import re
import unicodedata

from .problems import Problem

ZERO_WIDTH = {
    "\u200b": "ZERO WIDTH SPACE",
    "\u200c": "ZERO WIDTH NON-JOINER",
    "\u200d": "ZERO WIDTH JOINER",
    "\u2060": "WORD JOINER",
    "\ufeff": "BYTE ORDER MARK",
    "\u00ad": "SOFT HYPHEN",
}

# Latin-1 letters and signs that Vietnamese never uses. Inside a word they are
# the trace of a legacy 8-bit font: TCVN3/ABC ("S¶n xuÊt") or VNI ("Saûn xuaát").
_LEGACY_CHARS = "¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ"
_LEGACY_IN_WORD = re.compile(rf"[A-Za-zÀ-ỹ][{_LEGACY_CHARS}]|[{_LEGACY_CHARS}][A-Za-zÀ-ỹ]")
# Signs that do appear next to letters in real text (° in 25°C, × in 2×3, ² in m²).
_ALLOWED_NEIGHBOURS = re.compile(r"\d°|°[CF]|\d×|×\d|m[²³]|\w±|±\d")

_LINK_TO_VI = re.compile(r"(?:\]\(|href=[\"'])([^)\"'\s]*\.vi\.md)(?:#[^)\"'\s]*)?")
_IMAGE_NO_ALT = re.compile(r"!\[\s*\]\(([^)]*)\)")
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT_ATTR = re.compile(r"\balt\s*=\s*([\"'])\s*\S", re.IGNORECASE)


def check_text(path: str, text: str) -> list[Problem]:
    problems: list[Problem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        # A Windows line ending is harmless; any other \r is a stray character.
        problems.extend(_check_line(path, number, line.removesuffix("\r")))
    return problems


def _check_line(path: str, number: int, line: str) -> list[Problem]:
    found: list[Problem] = []
    if not unicodedata.is_normalized("NFC", line):
        column = _first_unnormalised_column(line)
        found.append(Problem(
            path, number, "Unicode",
            f"chữ ở cột {column} được gõ dưới dạng tổ hợp (NFD), trông giống nhưng máy tìm kiếm không nhận ra"
            " — chạy `make fix-unicode` để chuyển cả tệp sang dạng chuẩn NFC",
            f"the text at column {column} is decomposed Unicode (NFD): it looks right but search cannot find it"
            " — run `make fix-unicode` to convert the file to NFC",
        ))
    for column, char in enumerate(line, start=1):
        if char in ZERO_WIDTH:
            name = ZERO_WIDTH[char]
            found.append(Problem(
                path, number, "ký tự ẩn",
                f"có ký tự vô hình {name} (U+{ord(char):04X}) ở cột {column} — xoá nó, hoặc chạy `make fix-unicode`",
                f"an invisible character {name} (U+{ord(char):04X}) at column {column}"
                " — delete it, or run `make fix-unicode`",
            ))
        elif _is_control(char):
            found.append(Problem(
                path, number, "ký tự điều khiển",
                f"có ký tự điều khiển U+{ord(char):04X} ở cột {column} (thường do dán từ Word) — xoá nó,"
                " hoặc chạy `make fix-unicode`",
                f"a control character U+{ord(char):04X} at column {column} (usually pasted from Word)"
                " — delete it, or run `make fix-unicode`",
            ))
    legacy = legacy_word(line)
    if legacy:
        found.append(Problem(
            path, number, "bảng mã cũ",
            f"chữ “{legacy}” có vẻ được dán từ văn bản dùng bảng mã cũ TCVN3 (ABC) hoặc VNI"
            " — chạy `make fix-unicode` để chuyển sang Unicode, rồi đọc lại dòng này",
            f"the word “{legacy}” looks pasted from a document in a legacy TCVN3 (ABC) or VNI encoding"
            " — run `make fix-unicode` to convert it to Unicode, then read the line again",
        ))
    for match in _LINK_TO_VI.finditer(line):
        target = match.group(1)
        fixed = target[: -len(".vi.md")] + ".md"
        found.append(Problem(
            path, number, "liên kết",
            f"liên kết tới “{target}” sẽ hỏng ở bản tiếng Anh — viết “{fixed}”",
            f"the link to “{target}” breaks in the English site — write “{fixed}”",
        ))
    for match in _IMAGE_NO_ALT.finditer(line):
        found.append(Problem(
            path, number, "ảnh",
            f"ảnh “{match.group(1)}” không có lời mô tả — viết mô tả trong ngoặc vuông: ![Mô tả ảnh]({match.group(1)})",
            f"the image “{match.group(1)}” has no alt text — describe it in the brackets: ![What it shows]({match.group(1)})",
        ))
    for match in _IMG_TAG.finditer(line):
        if not _ALT_ATTR.search(match.group(0)):
            found.append(Problem(
                path, number, "ảnh",
                "thẻ <img> không có thuộc tính alt mô tả ảnh — thêm alt=\"Mô tả ảnh\"",
                "the <img> tag has no alt text — add alt=\"What the image shows\"",
            ))
    return found


def _first_unnormalised_column(line: str) -> int:
    for column, char in enumerate(line, start=1):
        if unicodedata.combining(char):
            return max(column - 1, 1)
    return 1


def _is_control(char: str) -> bool:
    code = ord(char)
    return (code < 0x20 and char != "\t") or code == 0x7F or 0x80 <= code <= 0x9F


def legacy_word(line: str) -> str | None:
    cleaned = _ALLOWED_NEIGHBOURS.sub("", line)
    match = _LEGACY_IN_WORD.search(cleaned)
    if not match:
        return None
    start, end = match.span()
    while start > 0 and not cleaned[start - 1].isspace():
        start -= 1
    while end < len(cleaned) and not cleaned[end].isspace():
        end += 1
    return cleaned[start:end]
