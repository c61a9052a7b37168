"""Markdown style rules that suit Vietnamese prose, run by `make check`.

Each rule catches something that renders wrongly or reads badly, not a matter
of taste: a heading without a space after "#", a list or table glued to the
paragraph above it (Python-Markdown then prints it as plain text), a skipped
heading level, a table row with the wrong number of cells, a bare web address,
a link that says only "here". Rules of generic linters that fight Vietnamese
text are left out on purpose: line length (long syllable-based sentences),
punctuation at the end of headings (questions end with "?"), sentence case,
and emphasis style.
"""

from __future__ import annotations

import re

from .problems import Problem

FIELD = "kiểu viết"
_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})(\s*)(.*)$")
_LIST_ITEM = re.compile(r"^([-*+]|1[.)])\s+\S")  # a numbered list starts at 1; "2010. Các" is wrapped prose
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BLOCK_START = re.compile(r"^(\s|<|!!!|\?\?\?|\||>|#|\*\*\*|---|<!--)")
_BARE_URL = re.compile(r"(?<![(<\[\"'=])\bhttps?://[^\s)>\]]+")
_CODE_SPAN = re.compile(r"`[^`]*`")
_MARKDOWN_LINK = re.compile(r"(?<!!)\[([^\]]*)\]\(([^)]*)\)")
_VAGUE = {"ở đây", "tại đây", "bấm vào đây", "nhấn vào đây", "xem tại đây", "đây", "here", "click here", "link"}


def check_style(path: str, body: str, first_line: int) -> list[Problem]:
    """Problems in the body of a page; ``first_line`` is the file line where the body starts."""
    problems: list[Problem] = []
    lines = body.split("\n")
    in_fence = False
    previous_level = 0
    h1_seen = False
    table_cells: int | None = None
    for index, line in enumerate(lines):
        number = first_line + index
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        before = lines[index - 1] if index else ""
        heading = _HEADING.match(line)
        if heading and not line.startswith("#!"):
            hashes, space, text = heading.groups()
            level = len(hashes)
            if not space and text:
                problems.append(Problem(path, number, FIELD,
                                        f"thiếu dấu cách sau “{hashes}” nên dòng này không thành tiêu đề — viết “{hashes} {text}”",
                                        f"no space after “{hashes}”, so this line is not a heading — write “{hashes} {text}”"))
            elif level == 1 and h1_seen:
                problems.append(Problem(path, number, FIELD,
                                        "trang đã có một tiêu đề cấp 1 (dòng “# ”) — các mục bên dưới dùng “## ”",
                                        "the page already has a level-1 heading (“# ”) — sections below it use “## ”"))
            elif previous_level and level > previous_level + 1:
                problems.append(Problem(path, number, FIELD,
                                        f"tiêu đề nhảy từ cấp {previous_level} xuống cấp {level} — dùng “{'#' * (previous_level + 1)} ”",
                                        f"the heading jumps from level {previous_level} to level {level}"
                                        f" — use “{'#' * (previous_level + 1)} ”"))
            h1_seen = h1_seen or level == 1
            previous_level = level
        glued = before.strip() and not _BLOCK_START.match(before)
        if _LIST_ITEM.match(line) and glued and not _LIST_ITEM.match(before):
            problems.append(Problem(path, number, FIELD,
                                    "danh sách dính vào đoạn văn phía trên nên sẽ hiện thành chữ thường — thêm một dòng trống trước nó",
                                    "the list is glued to the paragraph above and will show as plain text"
                                    " — add an empty line before it"))
        if _TABLE_ROW.match(line):
            cells = _cells(line)
            if table_cells is None:
                if glued:
                    problems.append(Problem(path, number, FIELD,
                                            "bảng dính vào đoạn văn phía trên nên sẽ không hiện thành bảng"
                                            " — thêm một dòng trống trước nó",
                                            "the table is glued to the paragraph above and will not show as a table"
                                            " — add an empty line before it"))
                table_cells = cells
            elif cells != table_cells and not _TABLE_RULE.match(line):
                problems.append(Problem(path, number, FIELD,
                                        f"dòng bảng này có {cells} ô nhưng dòng tiêu đề có {table_cells} ô — thêm hoặc bớt dấu “|”",
                                        f"this table row has {cells} cells but the header has {table_cells} — add or remove a “|”"))
        else:
            table_cells = None
        text = _CODE_SPAN.sub("", line)
        for match in _BARE_URL.finditer(text):
            url = match.group(0).rstrip(".,;:")
            problems.append(Problem(path, number, FIELD,
                                    f"địa chỉ web để trần “{url}” — viết thành liên kết: [Tên trang]({url})",
                                    f"a bare web address “{url}” — write it as a link: [Page name]({url})"))
        for match in _MARKDOWN_LINK.finditer(text):
            label = match.group(1).strip()
            if not label:
                problems.append(Problem(path, number, FIELD,
                                        f"liên kết tới “{match.group(2)}” không có chữ — viết chữ trong ngoặc vuông",
                                        f"the link to “{match.group(2)}” has no text — write its text in the brackets"))
            elif label.lower() in _VAGUE:
                problems.append(Problem(path, number, FIELD,
                                        f"chữ liên kết “{label}” không nói liên kết dẫn tới đâu — viết tên trang đích,"
                                        " ví dụ [Đăng ký đánh giá](...)",
                                        f"the link text “{label}” does not say where it leads — name the target page,"
                                        " e.g. [Register for an assessment](...)"))
    return problems


def _cells(row: str) -> int:
    row = _CODE_SPAN.sub("x", row.strip().replace("\\|", "x"))
    return len(row.strip("|").split("|"))
