"""Checks of sources: every publication of `data/sources.yml` is well formed and named once, and every
`sources:` entry of a page or a data record names one of them (with the line where it is written)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator

from .problems import Problem
from .schema import SOURCE_RECORDS

REGISTRY = f"data/{SOURCE_RECORDS.folder}"
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
_SITE_FILE = re.compile(r"^[a-z0-9][a-z0-9/._-]*\.[a-z0-9]+$")


def check_registry(records: list[dict], lines: dict[str, int]) -> list[Problem]:
    """The publications themselves: ids that are safe and unique, dates and addresses that can be read."""
    problems = []
    seen: dict[str, int] = {}
    for index, record in enumerate(records, start=1):
        def where(field: str, index: int = index) -> int:
            return lines.get(f"[{index}].{field}", lines.get(f"[{index}]", 1))

        source_id = record.get("id", "")
        if source_id and not _ID.match(source_id):
            problems.append(Problem(
                REGISTRY, where("id"), f"[{index}].id",
                f"mã “{source_id}” chỉ được có chữ thường không dấu, số và dấu gạch ngang — ví dụ “vsuee-2026-luat-77”",
                f"the id “{source_id}” may hold only plain lower-case letters, digits and hyphens"
                " — e.g. “vsuee-2026-luat-77”",
            ))
        elif source_id in seen:
            problems.append(Problem(
                REGISTRY, where("id"), f"[{index}].id",
                f"mã “{source_id}” đã dùng cho nguồn ở dòng {seen[source_id]} — mỗi nguồn một mã; gộp hai bản ghi"
                " hoặc đặt mã khác",
                f"the id “{source_id}” is already used by the source on line {seen[source_id]} — one id per source;"
                " merge the two records or choose another id",
            ))
        else:
            seen[source_id] = where("id")
        date = record.get("date")
        if date is not None and not _DATE.match(date):
            problems.append(Problem(
                REGISTRY, where("date"), f"[{index}].date",
                f"ngày “{date}” không đọc được — viết NĂM-THÁNG-NGÀY (2026-01-08), NĂM-THÁNG (2012-02) hoặc NĂM (2012)",
                f"the date “{date}” cannot be read — write YEAR-MONTH-DAY (2026-01-08), YEAR-MONTH (2012-02)"
                " or YEAR (2012)",
            ))
        url = record.get("url")
        if url is not None and not (url.startswith(("https://", "http://")) or _SITE_FILE.match(url)):
            problems.append(Problem(
                REGISTRY, where("url"), f"[{index}].url",
                f"địa chỉ “{url}” không dùng được — viết địa chỉ đầy đủ bắt đầu bằng https:// (hoặc http://), hay"
                " đường dẫn của một tệp trong trang, ví dụ chuong-trinh/qd-1759-2013-ubnd-hai-phong.txt",
                f"the address “{url}” cannot be used — write a full address starting with https:// (or http://),"
                " or the path of a file of the site, e.g. chuong-trinh/qd-1759-2013-ubnd-hai-phong.txt",
            ))
    return problems


def check_references(path: str, refs: Iterable[tuple[str, str, int]], known: set[str]) -> Iterator[Problem]:
    """``refs``: (field name such as "sources[2].id", the id written, its line) of one file."""
    for field, source_id, line in refs:
        if source_id in known:
            continue
        close = difflib.get_close_matches(source_id, sorted(known), n=1, cutoff=0.6)
        hint_vi = f" (có phải “{close[0]}”?)" if close else ""
        hint_en = f" (did you mean “{close[0]}”?)" if close else ""
        yield Problem(
            path, line, field,
            f"không có nguồn mã “{source_id}” trong {REGISTRY}{hint_vi} — viết mã của một nguồn đã có, hoặc thêm"
            f" nguồn này vào {REGISTRY} (tên, nơi đăng, ngày, địa chỉ)",
            f"there is no source “{source_id}” in {REGISTRY}{hint_en} — write the id of a listed source, or add this"
            f" one to {REGISTRY} (title, publisher, date, address)",
        )


def references(sources: list[dict], lines: dict[str, int], prefix: str = "") -> Iterator[tuple[str, str, int]]:
    """The (field, id, line) of each entry of a `sources:` list read by the Reader."""
    for index, ref in enumerate(sources, start=1):
        if "id" in ref:
            field = f"{prefix}sources[{index}].id"
            yield field, ref["id"], lines.get(field, 1)
