"""The six-step assessment cycle, drawn from the handbook's method pages.

The steps are the pages of ``so-tay/phuong-phap/`` whose title reads "Bước N: name" ("Step N:
name"); their tasks are the page's headings "## Nhiệm vụ N: name" ("## Task N: name"). Renaming a
step or a task in the handbook renames it in the picture. On a step page the step is highlighted;
beside the drawing a list names every step (and, on the overview, every task) with its link.
"""

from __future__ import annotations

import math
import posixpath
import re
from dataclasses import dataclass

from scripts.content.sources import SourcePage
from scripts.figures.svg import GREEN, INK, PAPER, RULE, TINT, drawing, text_lines, text_width, wrap
from scripts.pages.context import RenderContext

METHOD_FOLDER = "so-tay/phuong-phap"
_STEP_TITLE = re.compile(r"^(?:Bước|Step)\s+(\d+)\s*:\s*(.+)$")
_TASK_HEADING = re.compile(r"^##\s+(?:Nhiệm vụ|Task)\s+(\d+)\s*:\s*(.+?)\s*(?:\{.*\})?$", re.MULTILINE)

WORDS = {
    "title": {"vi": "Vòng đánh giá sản xuất sạch hơn: {steps} bước", "en": "The cleaner production assessment cycle: {steps} steps"},
    "desc": {"vi": "Các bước nối thành một vòng, theo chiều kim đồng hồ: {chain}, rồi quay lại bước 1 với một trọng tâm mới.",
             "en": "The steps form a loop, clockwise: {chain}, then back to step 1 with a new focus."},
    "here_desc": {"vi": " Trang này là bước {no}, được tô đậm.", "en": " This page is step {no}, shown filled in."},
    "centre": {"vi": "Đánh giá SXSH", "en": "Assessment"},
    "counts": {"vi": "{steps} bước · {tasks} nhiệm vụ", "en": "{steps} steps · {tasks} tasks"},
    "here": {"vi": "Bạn đang ở bước {no}", "en": "You are at step {no}"},
    "here_tasks": {"vi": "nhiệm vụ {tasks}", "en": "tasks {tasks}"},
    "step": {"vi": "Bước", "en": "Step"},
    "task": {"vi": "Nhiệm vụ", "en": "Task"},
    "this_page": {"vi": "trang này", "en": "this page"},
    "overview": {"vi": "Đọc cả phương pháp trong Sổ tay SXSH", "en": "Read the whole method in the handbook"},
}


@dataclass(frozen=True)
class Step:
    no: int
    name: str
    url_path: str
    tasks: tuple[tuple[int, str], ...]


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def steps_of(context: RenderContext) -> list[Step]:
    """The method's steps in the context's language (Vietnamese where a page is not translated)."""
    chosen: dict[str, SourcePage] = {}
    for page in context.site.pages:
        if posixpath.dirname(page.url_path) != METHOD_FOLDER or posixpath.basename(page.url_path) == "index.md":
            continue
        if page.language == context.language or page.url_path not in chosen:
            chosen[page.url_path] = page
    steps = []
    for page in chosen.values():
        match = _STEP_TITLE.match(str(page.meta.get("title", "")))
        if not match:
            continue
        tasks = tuple((int(m.group(1)), _sentence_case(m.group(2))) for m in _TASK_HEADING.finditer(page.body))
        steps.append(Step(int(match.group(1)), match.group(2).strip(), page.url_path, tasks))
    if not steps:
        raise ValueError(f"no step pages (title 'Bước N: …') in {METHOD_FOLDER}/")
    return sorted(steps, key=lambda s: s.no)


def current_step(context: RenderContext, steps: list[Step], args: dict[str, str]) -> int | None:
    if "step" in args:
        number = int(args["step"])
        if number not in {s.no for s in steps}:
            raise ValueError(f"there is no step {number}")
        return number
    return next((s.no for s in steps if s.url_path == context.url_path), None)


def _task_range(step: Step) -> str:
    numbers = [no for no, _ in step.tasks]
    if not numbers:
        return ""
    return f"{numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else str(numbers[0])


# Geometry (user units): the steps sit on a circle, clockwise from the top.
WIDTH, HEIGHT = 700, 600
CX, CY, RX, RY = 350, 300, 250, 236  # an ellipse a little wider than tall leaves room for the boxes' width
BOX_W, BOX_H = 212, 104
NAME_SIZE, NUMBER_SIZE = 24, 30


def _fitted(name: str) -> tuple[float, list[str]]:
    """The step's name in at most three lines inside its box, a size smaller where one word is too long."""
    room, size = BOX_W - 58, NAME_SIZE
    while True:
        lines = wrap(name, room, size, bold=True)
        if size <= 15 or (len(lines) <= 3 and max(text_width(line, size, 700) for line in lines) <= room):
            return size, lines[:3]
        size -= 1


def draw(steps: list[Step], current: int | None, language: str, figure_id: str) -> str:
    count, task_count = len(steps), sum(len(s.tasks) for s in steps)
    parts = [f'<ellipse cx="{CX}" cy="{CY}" rx="{RX}" ry="{RY}" fill="none" stroke="{RULE}" stroke-width="6"/>']
    # An arrowhead half-way between two steps shows the direction of the loop.
    for index in range(count):
        angle = 2 * math.pi * (index + 0.5) / count
        x, y = CX + RX * math.sin(angle), CY - RY * math.cos(angle)
        length = math.hypot(RX * math.cos(angle), RY * math.sin(angle))
        tangent = (RX * math.cos(angle) / length, RY * math.sin(angle) / length)  # clockwise, screen coordinates
        normal = (-tangent[1], tangent[0])
        tip = (x + 14 * tangent[0], y + 14 * tangent[1])
        left = (x - 10 * tangent[0] + 12 * normal[0], y - 10 * tangent[1] + 12 * normal[1])
        right = (x - 10 * tangent[0] - 12 * normal[0], y - 10 * tangent[1] - 12 * normal[1])
        parts.append(f'<polygon points="{tip[0]:.1f},{tip[1]:.1f} {left[0]:.1f},{left[1]:.1f} '
                     f'{right[0]:.1f},{right[1]:.1f}" fill="{GREEN}"/>')
    for index, step in enumerate(steps):
        angle = 2 * math.pi * index / count
        x, y = CX + RX * math.sin(angle), CY - RY * math.cos(angle)
        here = step.no == current
        fill, text, border = (GREEN, PAPER, INK) if here else (TINT, GREEN, GREEN)
        parts.append(f'<rect x="{x - BOX_W / 2:.1f}" y="{y - BOX_H / 2:.1f}" width="{BOX_W}" height="{BOX_H}" rx="14" '
                     f'fill="{fill}" stroke="{border}" stroke-width="{5 if here else 2.5}"/>')
        parts.append(f'<text x="{x - BOX_W / 2 + 12:.1f}" y="{y + NUMBER_SIZE / 2 - 2:.1f}" font-size="{NUMBER_SIZE + 8}" '
                     f'font-weight="700" fill="{text}">{step.no}</text>')
        size, lines = _fitted(step.name)
        first = y - (len(lines) - 1) * size * 0.6 + size * 0.35
        parts.append(text_lines(lines, x - BOX_W / 2 + 48, first, size, size * 1.18, "start", 700, text))
    if current is None:
        parts.append(text_lines([WORDS["centre"][language]], CX, CY - 6, 30, weight=700, fill=GREEN))
        parts.append(text_lines([WORDS["counts"][language].format(steps=count, tasks=task_count)], CX, CY + 28, 22,
                                fill=INK))
    else:
        step = next(s for s in steps if s.no == current)
        parts.append(text_lines([WORDS["here"][language].format(no=current)], CX, CY - 6, 26, weight=700, fill=GREEN))
        if step.tasks:
            parts.append(text_lines([WORDS["here_tasks"][language].format(tasks=_task_range(step))], CX, CY + 26, 22,
                                    fill=INK))
    chain = ", ".join(f"{s.no}. {s.name}" for s in steps)
    description = WORDS["desc"][language].format(chain=chain)
    if current is not None:
        description += WORDS["here_desc"][language].format(no=current)
    return drawing(figure_id, WIDTH, HEIGHT, WORDS["title"][language].format(steps=count), description,
                   "".join(parts), "sx-cycle-drawing")


def text_equivalent(context: RenderContext, steps: list[Step], current: int | None, with_tasks: bool) -> str:
    """The steps as a Markdown list with their links (and their tasks): what the drawing shows, in words."""
    language, lines = context.language, []
    for step in steps:
        label = f"{WORDS['step'][language]} {step.no}: {step.name}"
        if step.no == current:
            lines.append(f"{step.no}. **{label}** ({WORDS['this_page'][language]})")
        else:
            lines.append(f"{step.no}. [{label}]({context.link_to(step.url_path)})")
        if with_tasks:
            lines += [f"    - {WORDS['task'][language]} {no}: {name}" for no, name in step.tasks]
    if posixpath.dirname(context.url_path) != METHOD_FOLDER:  # e.g. the home page: the way into the handbook
        lines += ["", f"**[{WORDS['overview'][language]}]({context.link_to(METHOD_FOLDER + '/index.md')})**"]
    return "\n".join(lines)


def assessment_cycle(context: RenderContext, args: dict[str, str]) -> str:
    """``<!-- render assessment-cycle -->``; ``tasks=no`` leaves the tasks out of the list (the home page)."""
    steps = steps_of(context)
    current = current_step(context, steps, args)
    with_tasks = args.get("tasks", "yes" if current is None else "no") == "yes"
    svg = draw(steps, current, context.language, "sx-cycle" if current is None else f"sx-cycle-{current}")
    return (f'\n<div class="sx-cycle" markdown>\n\n<figure class="sx-fig sx-fig--cycle">'
            f"<div data-search-exclude>{svg}</div></figure>\n\n"
            f'{text_equivalent(context, steps, current, with_tasks)}\n\n</div>\n')

