"""Checks of `data/sources.yml`: ids, dates and addresses a reader's link can be made from. That each `sources:`
entry names a listed source is checked with every other reference (scripts/content/references.py)."""

from __future__ import annotations

import re

from .problems import Problem
from .schema import SOURCE_RECORDS

REGISTRY = f"data/{SOURCE_RECORDS.folder}"
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
_SITE_FILE = re.compile(r"^[a-z0-9][a-z0-9/._-]*\.[a-z0-9]+$")


def check_registry(records: list[dict], lines: dict[str, int]) -> list[Problem]:
    """The publications themselves: safe ids, and dates and addresses that can be read."""
    problems = []
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
