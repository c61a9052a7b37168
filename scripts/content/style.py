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

import logging
import re

from .problems import Problem
from .tone_marks import fix_tone_marks, old_style_words, prose_lines

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


# ---------------------------------------------------------------- one voice, over the whole text of a file

#: Folders whose pages readers do not read as the column's voice: the editor's guide quotes the rules
#: and their error messages, and the web form's own files.
NOT_FOR_READERS = ("docs/huong-dan-bien-tap/", "docs/admin/")
#: Notes of the fact-checking, not words for readers: a caveat is said once in plain words instead.
_CHECKING_VOICE = re.compile(r"chưa kiểm chứng|đã kiểm chứng|\[verify\]|\[secondary\]|domain-facts|facts file"
                             r"|\bunverified\b", re.IGNORECASE)
#: One spelling of each unit: what is found -> what the site writes.
_UNITS = {"m3": "m³", "kwh": "kWh", "gj": "GJ", "mj": "MJ"}
_UNIT = re.compile(r"(?<![\w.-])(m3|[kK][wW][hH]|[gG][jJ]|[mM][jJ])(?![\w.-])")
# "UBND" inside a document's number (1759/QĐ-UBND) is part of the number, not a word to spell out.
_UBND = re.compile(r"(?<![-/\w])UBND(?!\w)")
_UBND_SPELLED = "Ủy ban nhân dân (UBND)"
_UBND_SPELLED_WRAPPED = re.compile(r"Ủy\s+ban\s+nhân\s+dân\s*\(UBND\)", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"(?<![\w/.-])(\d{1,2})/(\d{1,2})/(\d{4})(?![\w/])")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_LINK_TARGET = re.compile(r"\]\([^)]*\)|<[^>]*>|https?://\S+")
_COMMENT = re.compile(r"<!--.*?-->")


def is_for_readers(path: str) -> bool:
    return not path.startswith(NOT_FOR_READERS)


def check_voice(path: str, text: str) -> list[Problem]:
    """Old-style tone marks, internal checking notes and unit spellings, line by line in a page or data file.

    `make check` fails on them; the build only reports them (they read badly, they do not break a page)."""
    problems: list[Problem] = []
    markdown = path.endswith(".md")
    english = path.endswith(".en.md")
    if markdown and is_for_readers(path):
        problems += _ubnd_spelled_out(path, text)
    for number, line in prose_lines(text, markdown):
        if not markdown and line.lstrip().startswith("#"):
            continue  # a YAML comment is for editors
        words = old_style_words(line)
        if words:
            old = ", ".join(f"“{word}”" for _, word, _ in words)
            new = ", ".join(f"“{fixed}”" for _, _, fixed in words)
            problems.append(Problem(path, number, FIELD,
                                    f"{old} bỏ dấu theo kiểu cũ — chuyên mục viết {new} (dấu đặt trên chữ đầu của"
                                    " “oa”, “oe”, “uy”); chạy `make fix-tone-marks` để sửa mọi chỗ",
                                    f"{old} {'puts' if len(words) == 1 else 'put'} the tone mark in the old place"
                                    f" — this site writes {new} (the mark"
                                    " on the first letter of “oa”, “oe”, “uy”); run `make fix-tone-marks` to fix them all"))
        if not is_for_readers(path):
            continue
        prose = _LINK_TARGET.sub(" ", _CODE_SPAN.sub(" ", _COMMENT.sub(" ", line)))
        for match in _CHECKING_VOICE.finditer(prose):
            problems.append(Problem(path, number, FIELD,
                                    f"“{match.group(0)}” là ghi chú kiểm tra nội bộ, không phải lời cho bạn đọc — nói điều"
                                    " cần lưu ý một lần, bằng lời thường, ví dụ “con số này chỉ thấy trên báo, chưa đối"
                                    " chiếu được với văn bản gốc”",
                                    f"“{match.group(0)}” is an internal checking note, not words for readers — say the"
                                    " caveat once, in plain words, e.g. “this figure was seen only in a newspaper; the"
                                    " official text was not found”"))
        if english and not re.match(r"\s*(date|updated):", line):
            for match in _NUMERIC_DATE.finditer(prose):
                day, month, year = (int(part) for part in match.groups())
                if 1 <= month <= 12:
                    problems.append(Problem(path, number, FIELD,
                                            f"ngày “{match.group(0)}” trên trang tiếng Anh dễ bị đọc nhầm tháng với ngày"
                                            f" — viết bằng chữ: “{day} {_MONTHS[month - 1]} {year}”",
                                            f"the date “{match.group(0)}” on an English page can be misread — write it in"
                                            f" words: “{day} {_MONTHS[month - 1]} {year}”"))
        for match in _UNIT.finditer(prose):
            written = match.group(1)
            wanted = _UNITS[written.lower()]
            if written != wanted:
                problems.append(Problem(path, number, FIELD,
                                        f"đơn vị “{written}” — chuyên mục viết “{wanted}”",
                                        f"the unit “{written}” — this site writes “{wanted}”"))
    return problems


def _ubnd_spelled_out(path: str, text: str) -> list[Problem]:
    """A page spells out "UBND" before it first uses it (the spelled-out form may wrap over lines)."""
    text = "\n".join(fix_tone_marks(line) for line in text.split("\n"))
    spelled = _UBND_SPELLED_WRAPPED.search(text)
    for match in _UBND.finditer(text):
        if text[match.start() - 1:match.start()] == "(" and text[match.end():match.end() + 1] == ")":
            continue  # "(UBND)": the abbreviation being introduced
        if spelled is None or spelled.start() > match.start():
            return [Problem(path, text.count("\n", 0, match.start()) + 1, FIELD,
                            f"“UBND” được dùng trước khi viết đầy đủ trên trang này — viết “{_UBND_SPELLED}” ở lần"
                            " đầu, sau đó mới dùng “UBND”",
                            f"“UBND” is used before it is spelled out on this page — write “{_UBND_SPELLED}” the"
                            " first time, then “UBND”")]
        break
    return []


def report_notes(notes: list[Problem]) -> None:
    """The build prints style problems as information: they read badly but break nothing, so a strict build
    goes on (`make check` fails on them)."""
    log = logging.getLogger("mkdocs.plugins.sxsh.style")
    for note in sorted(notes):
        log.info(str(note))
    if notes:
        log.info(f"{len(notes)} lỗi kiểu viết — `make check` liệt kê lại; `make fix-tone-marks` sửa dấu thanh."
                 f" / {len(notes)} style problem(s) — `make check` lists them too; `make fix-tone-marks` fixes tone marks.")
