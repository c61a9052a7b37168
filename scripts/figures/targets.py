"""The programme's targets (data/programme-targets.yml) as bars on a 0–100 % scale, and what is
published of the results in Hai Phong: nothing yet, so the picture says so and draws no result bar.

Only targets that carry a percentage in the data (``percent_min``, ``percent_max``) get a bar; the
others are in the table that follows the figure on the page (``<!-- render programme-targets -->``).
"""

from __future__ import annotations

from scripts.content.schema import TARGET_PERIOD_NAMES
from scripts.figures.svg import BLUE, GREEN, INK, PAPER, RULE, drawing, e, text_lines, wrap
from scripts.pages.context import RenderContext

WORDS = {
    "title": {"vi": "Mục tiêu của Chương trình 2013–2020 (phần trăm) và kết quả ở Hải Phòng",
              "en": "The 2013–2020 programme's targets (per cent) and the results in Hai Phong"},
    "desc": {"vi": "Mỗi thanh là một mục tiêu, trên thang từ 0 đến 100%. {items}. Kết quả ở Hải Phòng chưa được công bố,"
                   " nên hình không có thanh kết quả.",
             "en": "Each bar is one target, on a scale from 0 to 100%. {items}. The results in Hai Phong have not been"
                   " published, so the picture has no result bars."},
    "results": {"vi": "Kết quả ở Hải Phòng: chưa được công bố, nên không có thanh kết quả.",
                "en": "Results in Hai Phong: not published, so there are no result bars."},
    "caption": {"vi": "Con số trong hình là các mục tiêu ghi ở bảng dưới đây. Kết quả của Chương trình ở Hải Phòng chưa"
                      " được công bố.",
                "en": "The figures in the picture are the targets in the table below. The programme's results in Hai"
                      " Phong have not been published."},
}

WIDTH = 640
BAR_LEFT, BAR_WIDTH, BAR_HEIGHT = 0, 500, 22
LABEL_SIZE = 16


def percent_text(record: dict, language: str) -> str:
    low, high = record["percent_min"], record.get("percent_max")
    text = f"{low:g}–{high:g}%" if high is not None else f"{low:g}%"
    return text.replace(".", ",") if language == "vi" else text


def draw(records: list[dict], language: str, figure_id: str = "sx-targets") -> str:
    parts, y = [], 0.0
    scale = BAR_WIDTH / 100
    items = []
    for period in dict.fromkeys(r["period"] for r in records):
        shown = [r for r in records if r["period"] == period and r.get("percent_min") is not None]
        if not shown:
            continue
        y += 26
        parts.append(text_lines([TARGET_PERIOD_NAMES[period][language]], 0, y, 20, anchor="start", weight=700, fill=GREEN))
        y += 12
        for record in shown:
            lines = wrap(record["text"][language], WIDTH - 10, LABEL_SIZE)
            y += LABEL_SIZE + 4
            parts.append(text_lines(lines, 0, y, LABEL_SIZE, LABEL_SIZE * 1.25, "start", 400, INK))
            y += (len(lines) - 1) * LABEL_SIZE * 1.25 + 8
            low, high = record["percent_min"], record.get("percent_max")
            parts.append(f'<rect x="{BAR_LEFT}" y="{y:.1f}" width="{BAR_WIDTH}" height="{BAR_HEIGHT}" fill="{PAPER}" '
                         f'stroke="{RULE}" stroke-width="1.5"/>')
            parts.append(f'<rect x="{BAR_LEFT}" y="{y:.1f}" width="{low * scale:.1f}" height="{BAR_HEIGHT}" fill="{GREEN}"/>')
            if high is not None:  # the range above the lower bound, in a second colour with a gap
                parts.append(f'<rect x="{low * scale + 2:.1f}" y="{y:.1f}" width="{(high - low) * scale - 2:.1f}" '
                             f'height="{BAR_HEIGHT}" fill="{BLUE}"/>')
            parts.append(text_lines([percent_text(record, language)], BAR_WIDTH + 12, y + BAR_HEIGHT - 5, 18,
                                    anchor="start", weight=700, fill=INK))
            y += BAR_HEIGHT + 10
            items.append(f"{TARGET_PERIOD_NAMES[period][language]}: {percent_text(record, language)}, "
                         f"{record['text'][language].rstrip('.')}")
    y += 30
    parts.append(text_lines([WORDS["results"][language]], 0, y, 17, anchor="start", weight=600, fill=INK))
    y += 12
    description = WORDS["desc"][language].format(items="; ".join(items))
    return drawing(figure_id, WIDTH, y, WORDS["title"][language], description, "".join(parts), "sx-targets-drawing")


def targets_chart(context: RenderContext, args: dict[str, str]) -> str:
    """``<!-- render programme-targets-chart -->``, placed just above ``<!-- render programme-targets -->``."""
    svg = draw(context.site.data["programme-targets"], context.language)
    return (f'\n<figure class="sx-fig sx-fig--targets"><div data-search-exclude>{svg}</div>'
            f"<figcaption>{e(WORDS['caption'][context.language])}</figcaption></figure>\n")
