"""The pages a Q&A pins (`related:`) or keeps out (`exclude_related:`) of its suggestions.

An editor writes site paths such as ``hoi-dap/sxsh-la-gi.md`` or
``so-tay/giai-phap/quan-ly-noi-vi.md``; each must name a Q&A or handbook page
that exists, or the build stops with the line and the closest real paths.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from .problems import Problem
from .schema import HANDBOOK_CHAPTER, QA

if TYPE_CHECKING:
    from .sources import Site, SourcePage

PIN_FIELDS = ("related", "exclude_related")
SUGGESTED_TYPES = (QA.name, HANDBOOK_CHAPTER.name)
EXAMPLES = "“hoi-dap/sxsh-la-gi.md”, “so-tay/giai-phap/quan-ly-noi-vi.md”"


def check_related(site: Site) -> list[Problem]:
    suggestible = sorted({p.url_path for p in site.pages if p.content_type.name in SUGGESTED_TYPES})
    every_page = {p.url_path for p in site.pages}
    problems = []
    for page in site.pages:
        if page.content_type.name != QA.name:
            continue
        pinned = set(page.meta.get("related", []))
        for field in PIN_FIELDS:
            for index, target in enumerate(page.meta.get(field, []), start=1):
                name = f"{field}[{index}]"
                line = page.lines.get(name, page.lines.get(field, 1))
                problem = _check_one(page, target, suggestible, every_page)
                if problem is None and field == "exclude_related" and target in pinned:
                    problem = (f"trang “{target}” vừa được ghim ở related vừa bị loại ở exclude_related — giữ nó"
                               " ở một danh sách thôi",
                               f"the page “{target}” is both pinned in related and excluded in exclude_related"
                               " — keep it in one list only")
                if problem:
                    problems.append(Problem(page.source, line, name, *problem))
    return problems


def _check_one(page: SourcePage, target: str, suggestible: list[str], every_page: set[str]) -> tuple[str, str] | None:
    if target == page.url_path:
        return ("trang không thể liên quan tới chính nó — xoá dòng này",
                "a page cannot be related to itself — delete this line")
    if target in suggestible:
        return None
    if target in every_page:
        return (f"trang “{target}” không phải câu hỏi hay trang sổ tay — chỉ ghi được trang trong hoi-dap/ hoặc"
                f" so-tay/, ví dụ {EXAMPLES}",
                f"the page “{target}” is neither a Q&A nor a handbook page — only pages under hoi-dap/ or so-tay/"
                f" can be listed, e.g. {EXAMPLES}")
    close = difflib.get_close_matches(_comparable(target), suggestible, n=3, cutoff=0.75)
    hint_vi = f" (có phải {' hoặc '.join(f'“{c}”' for c in close)}?)" if close else ""
    hint_en = f" (did you mean {' or '.join(f'“{c}”' for c in close)}?)" if close else ""
    return (f"không có trang “{target}”{hint_vi} — viết đường dẫn của trang trong trang web, bắt đầu bằng"
            f" hoi-dap/ hoặc so-tay/, ví dụ {EXAMPLES}",
            f"there is no page “{target}”{hint_en} — write the page's path in the site, starting with hoi-dap/ or"
            f" so-tay/, e.g. {EXAMPLES}")


def _comparable(target: str) -> str:
    """What the editor probably meant, for the suggestion only: no "../", no language suffix."""
    cleaned = target.strip().lstrip("./").replace(".en.md", ".md").replace(".vi.md", ".md")
    for prefix, replacement in (("docs/", ""), ("handbook/", "so-tay/")):
        if cleaned.startswith(prefix):
            cleaned = replacement + cleaned[len(prefix):]
    return cleaned
