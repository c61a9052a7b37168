"""The self-assessment: questions, levels and scoring, from data/assessment-criteria.yml and
data/assessment-levels.yml.

The questions are rendered at build time as an HTML form that works with the keyboard and is
readable without JavaScript (each option shows its points; the page explains how to add them up).
overrides/assets/javascripts/self-assessment.js scores the form in the browser with the rule that
``score`` below states in Python; the tests hold the two to the same answers.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass

from scripts.content.schema import ASSESSMENT_LEVELS, CRITERIA_AREA_NAMES
from scripts.content.sources import Site
from scripts.pages.context import RenderContext
from scripts.pages.markdown import cell, json_data_element, table
from scripts.pages.norms import format_number

SCRIPT = "assets/javascripts/self-assessment.js"

WORDS = {
    "level": ASSESSMENT_LEVELS.labels("level"),
    "share": {"vi": "Tỷ lệ so với điểm tối đa", "en": "Share of the maximum"},
    "meaning": {"vi": "Ý nghĩa", "en": "What it means"},
    "under": {"vi": "Dưới {to}%", "en": "Under {to}%"},
    "between": {"vi": "Từ {start}% đến dưới {to}%", "en": "{start}% to under {to}%"},
    "over": {"vi": "Từ {start}% trở lên", "en": "{start}% or more"},
    "points": {"vi": "{points} điểm", "en": "{points} points"},
    "point": {"vi": "{points} điểm", "en": "{points} point"},
    "read_next": {"vi": "Trang nên đọc để lên mức:", "en": "Page to read to move up:"},
    "submit": {"vi": "Xem kết quả", "en": "See the result"},
    "reset": {"vi": "Xóa câu trả lời", "en": "Clear the answers"},
    "steps": {
        "vi": (
            "Bảng có {count} câu hỏi. Mỗi câu có các lựa chọn từ {low} đến {high} điểm; số điểm ghi ở cuối mỗi"
            " lựa chọn. Bạn có thể tự tính như sau, trên giấy hoặc ngay trên trang này:\n\n"
            "1. Với mỗi câu, chọn lựa chọn đúng nhất với tình hình thật của doanh nghiệp hôm nay, không phải"
            " điều dự định làm. Ghi lại số điểm.\n"
            "2. Cộng điểm của cả {count} câu.\n"
            "3. Chia tổng cho {maximum}, là số điểm tối đa, rồi nhân với 100 để được tỷ lệ phần trăm.\n"
            "4. Đọc mức của doanh nghiệp trong bảng dưới đây.\n"
            "5. Tìm những câu được ít điểm nhất. Dưới mỗi câu có tên trang sổ tay nên đọc tiếp.\n"
        ),
        "en": (
            "There are {count} questions. Each has options worth {low} to {high} points; the points are written"
            " at the end of each option. You can work out the result yourself, on paper or on this page:\n\n"
            "1. For each question, choose the option that best describes the company as it really is today, not"
            " what it plans to do. Write down the points.\n"
            "2. Add up the points of all {count} questions.\n"
            "3. Divide the total by {maximum}, the maximum, and multiply by 100 to get a percentage.\n"
            "4. Read the company's level from the table below.\n"
            "5. Find the questions with the fewest points. Under each question is the handbook page to read next.\n"
        ),
    },
    # Messages of the browser script, in the page's language (placeholders in braces).
    "result_heading": {"vi": "Kết quả tự đánh giá", "en": "Your self-assessment result"},
    "result_level": {"vi": "Mức {level} – {name}", "en": "Level {level} – {name}"},
    "result_points": {"vi": "{total} trên {maximum} điểm, tức {percent}% số điểm tối đa.",
                      "en": "{total} out of {maximum} points, which is {percent}% of the maximum."},
    "result_read_next": {"vi": "Nên đọc tiếp", "en": "Read next"},
    "result_because": {"vi": "vì câu: {questions}", "en": "because of: {questions}"},
    "result_all_full": {"vi": "Mọi câu đều đạt điểm cao nhất. Hãy giữ nếp và chia sẻ kinh nghiệm.",
                        "en": "Every question has the highest score. Keep it up and share your experience."},
    "result_private": {"vi": "Kết quả được tính ngay trên máy của bạn; không có gì được gửi đi.",
                       "en": "The result was worked out on your own device; nothing was sent anywhere."},
    "missing_heading": {"vi": "Còn {count} câu chưa trả lời", "en": "{count} questions are not answered yet"},
    "missing_one": {"vi": "Còn 1 câu chưa trả lời", "en": "1 question is not answered yet"},
    "missing_hint": {"vi": "Hãy chọn một lựa chọn ở mỗi câu sau rồi bấm “{submit}” lần nữa:",
                     "en": "Choose one option in each of these questions, then press “{submit}” again:"},
    "question": {"vi": "Câu {number}", "en": "Question {number}"},
}


@dataclass(frozen=True)
class Score:
    total: int
    maximum: int
    percent_tenths: int  # the share of the maximum in tenths of a percent, rounded down
    level: dict
    weakest: tuple[str, ...]  # ids of the criteria with the fewest points, when below their maximum
    read_next: tuple[str, ...]  # their handbook pages, in question order, each once


def levels_of(site: Site) -> list[dict]:
    """The levels, checked: numbered 1, 2, 3..., the first starting at 0%, each above the last, all under 100%."""
    records = sorted(site.data["assessment-levels"], key=lambda r: r.get("min_percent", 0))
    if not records:
        raise ValueError("data/assessment-levels.yml has no level")
    starts = [r["min_percent"] for r in records]
    if starts[0] != 0 or any(b <= a for a, b in itertools.pairwise(starts)) or starts[-1] >= 100:
        raise ValueError("data/assessment-levels.yml: min_percent must start at 0, rise from level to level and stay under 100")
    if [r["level"] for r in records] != list(range(1, len(records) + 1)):
        raise ValueError("data/assessment-levels.yml: levels must be numbered 1, 2, 3... in order of min_percent")
    return records


def maximum_of(criterion: dict) -> int:
    return max(level["points"] for level in criterion["levels"])


def score(answers: dict[str, int], criteria: list[dict], levels: list[dict]) -> Score:
    """The rule the browser applies: total over maximum; the level is the last one whose start the
    share reaches (compared in whole numbers, so 25% exactly is level 2); the pages to read next
    are those of the criteria with the fewest points, unless every answer has its maximum."""
    total = sum(answers[c["id"]] for c in criteria)
    maximum = sum(maximum_of(c) for c in criteria)
    level = [lv for lv in levels if total * 100 >= lv["min_percent"] * maximum][-1]
    lowest = min(answers[c["id"]] for c in criteria)
    weakest = tuple(c["id"] for c in criteria if answers[c["id"]] == lowest and lowest < maximum_of(c))
    pages: list[str] = []
    for c in criteria:
        if c["id"] in weakest and c["read_next"] not in pages:
            pages.append(c["read_next"])
    return Score(total, maximum, total * 1000 // maximum, level, weakest, tuple(pages))


def level_label(level: dict, language: str) -> str:
    return WORDS["result_level"][language].format(level=level["level"], name=level["name"][language])


def _share_text(levels: list[dict], index: int, language: str) -> str:
    start = format_number(levels[index]["min_percent"], language)
    if index + 1 == len(levels):
        return WORDS["over"][language].format(start=start)
    upper = format_number(levels[index + 1]["min_percent"], language)
    key = "under" if index == 0 else "between"
    return WORDS[key][language].format(start=start, to=upper)


def levels_table(context: RenderContext, args: dict[str, str]) -> str:
    """``<!-- render assessment-levels -->``: the levels and where each starts, from data."""
    language = context.language
    levels = levels_of(context.site)
    rows = [[cell(level_label(level, language)), _share_text(levels, i, language), cell(level["advice"][language])]
            for i, level in enumerate(levels)]
    return table([WORDS[k][language] for k in ("level", "share", "meaning")], rows)


def hand_scoring(context: RenderContext, args: dict[str, str]) -> str:
    """``<!-- render assessment-scoring -->``: how to count the points by hand, then the levels table."""
    language = context.language
    criteria = context.site.data["assessment-criteria"]
    points = [level["points"] for c in criteria for level in c["levels"]]
    steps = WORDS["steps"][language].format(
        count=len(criteria), low=min(points), high=max(points), maximum=sum(maximum_of(c) for c in criteria))
    return "\n" + steps + levels_table(context, args)


def _page_title(site: Site, url_path: str, language: str) -> str:
    page = site.page(url_path, language) or site.page(url_path, "vi")
    if page is None:
        raise KeyError(f"read_next={url_path} (no such page)")
    return page.meta["title"]


def _points_text(points: int, language: str) -> str:
    return WORDS["point" if points == 1 else "points"][language].format(points=points)


def form(context: RenderContext, args: dict[str, str]) -> str:
    """``<!-- render self-assessment -->``: every criterion as a radio group in one form, grouped by area,
    with the data the browser script needs (levels, maxima, pages to read) as JSON."""
    site, language = context.site, context.language
    criteria = site.data["assessment-criteria"]
    levels = levels_of(site)
    parts = ['<form class="sx-assessment" id="sx-assessment" novalidate>']
    area = None
    for number, criterion in enumerate(criteria, start=1):
        if criterion["area"] != area:
            area = criterion["area"]
            parts.append(f'<h3 class="sx-assessment__area" id="sx-area-{area}">{html.escape(CRITERIA_AREA_NAMES[area][language])}</h3>')
        key = criterion["id"]
        href = context.href_to_page(criterion["read_next"])
        title = _page_title(site, criterion["read_next"], language)
        parts.append(f'<fieldset class="sx-question" id="sx-q-{key}" data-criterion="{key}">')
        parts.append(f'<legend><span class="sx-question__number">{number}.</span> '
                     f'{html.escape(criterion["question"][language])}</legend>')
        for level in criterion["levels"]:
            option = f"sx-q-{key}-{level['points']}"
            parts.append(
                f'<div class="sx-option"><input type="radio" name="{key}" id="{option}" value="{level["points"]}">'
                f' <label for="{option}">{html.escape(level["text"][language])}'
                f' <span class="sx-points">({_points_text(level["points"], language)})</span></label></div>')
        parts.append(f'<p class="sx-read-next">{WORDS["read_next"][language]} <a href="{href}">{html.escape(title)}</a></p>')
        parts.append("</fieldset>")
    parts.append('<div class="sx-assessment__actions" hidden>'
                 f'<button type="submit" class="md-button md-button--primary">{WORDS["submit"][language]}</button> '
                 f'<button type="reset" class="md-button">{WORDS["reset"][language]}</button></div>')
    parts.append('<div class="sx-assessment__result" id="sx-assessment-result" tabindex="-1" hidden></div>')
    parts.append("</form>")
    data = {
        "levels": [{"level": lv["level"], "min_percent": lv["min_percent"], "label": level_label(lv, language),
                    "advice": lv["advice"][language]} for lv in levels],
        "criteria": [{"id": c["id"], "number": n, "maximum": maximum_of(c), "criterion": c["criterion"][language],
                      "read_next": context.href_to_page(c["read_next"]),
                      "read_next_title": _page_title(site, c["read_next"], language)}
                     for n, c in enumerate(criteria, start=1)],
        "words": {k: v[language] for k, v in WORDS.items() if k.startswith(("result_", "missing_", "question", "submit"))},
    }
    parts.append(json_data_element("sx-assessment-data", data))
    return "\n\n" + "\n".join(parts) + "\n\n"

