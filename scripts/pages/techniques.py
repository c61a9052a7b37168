"""The eight groups of cleaner-production techniques, rendered from data/technique-groups.yml."""

from __future__ import annotations

from scripts.figures.pictograms import technique_pictogram
from scripts.pages.context import RenderContext
from scripts.pages.markdown import cell


def technique_list(context: RenderContext, args: dict[str, str]) -> str:
    """A list of the group names, each with its pictogram; ``from=`` and ``to=`` pick a range (a leaflet
    panel shows a few)."""
    first, last = int(args.get("from", 1)), int(args.get("to", 8))
    records = sorted((r for r in context.site.data["technique-groups"] if first <= r["no"] <= last), key=lambda r: r["no"])
    if not records:
        raise ValueError(f"no technique group numbered {first} to {last}")
    items = "\n".join(f"- {technique_pictogram(r['id'], r['no'])} **{r['no']}. {cell(r['name'][context.language])}**"
                      for r in records)
    return f'\n<div class="sx-technique-list" markdown>\n\n{items}\n\n</div>\n'
