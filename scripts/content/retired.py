"""A reader page names a retired institution only when it speaks of the past.

The institutions that ended in the 2025 reorganisation are listed once, with their successors, in
``data/retired-institutions.yml``. A page may name one in a sentence about the past, and the rule for
"about the past" is plain so an editor can apply it by eye: the sentence carries a year up to 2025
(a document's number such as 72/2020/QH14 does not count), or one of the words in ``PAST_WORDS``.
Any other mention reads as if the institution still existed, and stops the build at its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .problems import Problem
from .schema import RETIRED_INSTITUTIONS
from .style import is_for_readers
from .tone_marks import fix_tone_marks

FIELD = "cơ quan không còn"
LAST_YEAR_OF_THE_OLD_STRUCTURE = 2025
#: Words that put a sentence in the past, in each language; the editor's guide lists them from here.
PAST_WORDS: dict[str, tuple[str, ...]] = {
    "vi": ("khi đó", "lúc đó", "thời đó", "trước đây", "trước kia", "không còn", "hợp nhất", "sáp nhập", "nay là",
           "cũ", "kết thúc"),
    "en": ("at the time", "of the time", "former", "formerly", "no longer", "merged", "ended", "previously",
           "used to", "until"),
}
_PAST = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(word) for words in PAST_WORDS.values() for word in words)
                   + r")(?!\w)", re.IGNORECASE)
_ENDED = re.compile(r"\d{4}(-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
# Where a sentence ends: . ! ? ; before a space, an empty line, or a new block (heading, list item, table row, note).
_BOUNDARY = re.compile(r"[.!?;](?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:#|[-*+][ \t]|\d+[.)][ \t]|\||!!!|\?\?\?))")
# Not read as prose: code, HTML comments, link addresses. Blanked, not removed, so offsets keep their lines.
_NOT_PROSE = re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[^\n]*$|`[^`\n]*`|<!--.*?-->|\]\([^)\n]*\)",
                        re.DOTALL | re.MULTILINE)


@dataclass(frozen=True)
class Retired:
    name: dict[str, str]
    successor: dict[str, str]
    ended: str
    pattern: re.Pattern[str]
    note: dict[str, str] | None = None  # a caveat on the successor, said with it


def institutions(records: list[dict]) -> list[Retired]:
    found = []
    for record in records:
        name, successor, ended = record.get("name"), record.get("successor"), str(record.get("ended", ""))
        if not (_both(name) and _both(successor) and _ENDED.fullmatch(ended)):
            continue  # the schema or check_records has named what is wrong
        other_names = record.get("other_names")
        names = [name["vi"], name["en"], *(other_names if isinstance(other_names, list) else [])]
        # Longest first, so "UBND quận, huyện" is one mention, not "UBND quận" and a rest.
        alternatives = "|".join(_name_pattern(written) for written in sorted(
            {written for written in names if isinstance(written, str) and written.strip()}, key=len, reverse=True))
        note = record.get("note")
        found.append(Retired(name, successor, ended, re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE),
                             note if _both(note) else None))
    return found


def _both(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(value.get(language), str) and value[language]
                                           for language in ("vi", "en"))


def _name_pattern(name: str) -> str:
    words = fix_tone_marks(name).split()
    return r"\s+".join(re.escape(word) for word in words)


def in_the_past(sentence: str) -> bool:
    if _PAST.search(sentence):
        return True
    for match in _YEAR.finditer(sentence):
        start, end = match.span()
        a_document_number = sentence[start - 1:start] == "/" and sentence[end:end + 1] == "/"
        if not a_document_number and 1900 <= int(match.group(1)) <= LAST_YEAR_OF_THE_OLD_STRUCTURE:
            return True
    return False


def check_page(path: str, body: str, first_line: int, retired: list[Retired]) -> list[Problem]:
    """Each mention of a retired institution outside a sentence about the past, at its file line."""
    if not retired or not is_for_readers(path):
        return []
    prose = _NOT_PROSE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), body)
    # Old-style tone marks ("Uỷ ban") still name the institution; fixing them keeps every offset.
    prose = "\n".join(fix_tone_marks(line) for line in prose.split("\n"))
    ends = [m.end() for m in _BOUNDARY.finditer(prose)]
    problems = []
    for institution in retired:
        for match in institution.pattern.finditer(prose):
            start = max((end for end in ends if end <= match.start()), default=0)
            stop = min((end for end in ends if end >= match.end()), default=len(prose))
            if in_the_past(prose[start:stop]):
                continue
            line = first_line + prose.count("\n", 0, match.start())
            problems.append(_problem(path, line, " ".join(match.group(0).split()), institution))
    return problems


def _problem(path: str, line: int, written: str, institution: Retired) -> Problem:
    ended_vi, ended_en = _date(institution.ended)
    return Problem(
        path, line, FIELD,
        f"“{written}” không còn {ended_vi} (nay là {institution.successor['vi']}) — nếu câu nói về hôm nay, viết tên"
        f" cơ quan mới; nếu câu nói về trước đây, ghi rõ thời điểm trong câu (một năm đến 2025, “trước 1/7/2025”"
        " hoặc “khi đó”)",
        f"“{written}” ended {ended_en} (now: {institution.successor['en']}) — if the sentence is about"
        " today, name the successor; if it is about the past, say when in the sentence (a year up to 2025,"
        " “before 1 July 2025” or “at the time”)",
    )


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def ended_on(value: str) -> tuple[str, str]:
    """The end date as a reader reads it: ("1/7/2025", "1 July 2025"), or the year alone."""
    parts = value.split("-")
    if len(parts) == 3:
        year, month, day = (int(part) for part in parts)
        return f"{day}/{month}/{year}", f"{day} {_MONTHS[month - 1]} {year}"
    return value, value


def _date(value: str) -> tuple[str, str]:
    parts = value.split("-")
    if len(parts) == 3:
        year, month, day = (int(part) for part in parts)
        return f"từ ngày {day}/{month}/{year}", f"on {day} {_MONTHS[month - 1]} {year}"
    return f"từ năm {value}", f"in {value}"


def check_site_pages(pages: list, records: list[dict]) -> list[Problem]:
    retired = institutions(records)
    return [problem for page in pages for problem in check_page(page.source, page.body, page.body_line, retired)]


def check_records(records: list[dict], lines: dict[str, int]) -> list[Problem]:
    """The end date is a real date or a year, since it is written into every message."""
    problems = []
    for index, record in enumerate(records, start=1):
        ended = str(record.get("ended", ""))
        if not _ENDED.fullmatch(ended):
            key = f"[{index}].ended"
            problems.append(Problem(
                f"data/{RETIRED_INSTITUTIONS.folder}", lines.get(key, 1), "ended",
                f"đang là “{ended}” — viết NĂM-THÁNG-NGÀY hoặc NĂM, ví dụ “2025-07-01” hoặc “2025”",
                f"is “{ended}” — write YEAR-MONTH-DAY or YEAR, e.g. “2025-07-01” or “2025”",
            ))
    return problems
