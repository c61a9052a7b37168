"""The self-assessment in Chromium, in both languages: fixed sets of answers get the level and the pages
to read that the Python mirror of the scoring (reading the same data files) gives; the thresholds are
hit exactly; the form works from the keyboard and without JavaScript; nothing is sent; axe is clean."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from scripts.content.sources import load_site
from scripts.pages.assessment import level_label, levels_of, maximum_of, score
from scripts.site_model import load as site_model
from tests.browser.test_accessibility import axe_violations
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

PAGE = "tu-danh-gia/"
SITE = load_site(ROOT, site_model().mounts)
CRITERIA = SITE.data["assessment-criteria"]
LEVELS = levels_of(SITE)
MAXIMUM = sum(maximum_of(c) for c in CRITERIA)


def answers_totalling(total: int) -> dict[str, int]:
    """Answers adding up to ``total``: full marks from the first question on, the rest 0."""
    answers = {}
    for criterion in CRITERIA:
        answers[criterion["id"]] = min(maximum_of(criterion), total)
        total -= answers[criterion["id"]]
    assert total == 0
    return answers


def boundary_sets() -> list[tuple[str, dict[str, int]]]:
    """For each level above the first: the least total that reaches it, and one point less."""
    sets = []
    for level in LEVELS[1:]:
        least = math.ceil(level["min_percent"] * MAXIMUM / 100)
        sets.append((f"level-{level['level']}-reached", answers_totalling(least)))
        sets.append((f"level-{level['level']}-missed", answers_totalling(least - 1)))
    return sets


ANSWER_SETS = [
    ("all-lowest", {c["id"]: 0 for c in CRITERIA}),
    ("all-highest", {c["id"]: maximum_of(c) for c in CRITERIA}),
    ("all-one", {c["id"]: 1 for c in CRITERIA}),
    ("mixed", {c["id"]: (i * 7) % 4 for i, c in enumerate(CRITERIA)}),
    *boundary_sets(),
]


def open_form(page, site_url: str, language: str) -> None:
    page.goto(site_url + ("en/" if language == "en" else "") + PAGE, wait_until="networkidle")
    page.locator(".sx-assessment__actions").wait_for(state="visible")


def answer(page, answers: dict[str, int]) -> None:
    for criterion_id, points in answers.items():
        page.check(f"#sx-q-{criterion_id}-{points}")


def submit(page):
    page.locator("#sx-assessment button[type=submit]").click()
    result = page.locator("#sx-assessment-result")
    result.wait_for(state="visible")
    return result


def test_the_questionnaire_has_15_to_25_questions_from_the_data(page, site_url: str) -> None:
    open_form(page, site_url, "vi")
    questions = page.locator("fieldset.sx-question")
    assert 15 <= questions.count() <= 25
    assert questions.count() == len(CRITERIA)
    first = CRITERIA[0]
    assert first["question"]["vi"] in questions.first.locator("legend").inner_text()
    assert questions.first.locator("input[type=radio]").count() == len(first["levels"])


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize(("name", "answers"), ANSWER_SETS, ids=[name for name, _ in ANSWER_SETS])
def test_scoring_matches_the_python_mirror(page, site_url: str, language: str, name: str, answers: dict[str, int]) -> None:
    expected = score(answers, CRITERIA, LEVELS)
    open_form(page, site_url, language)
    answer(page, answers)
    result = submit(page)
    assert result.get_attribute("data-state") == "scored"
    assert int(result.get_attribute("data-level")) == expected.level["level"]
    assert int(result.get_attribute("data-total")) == expected.total
    text = " ".join(result.inner_text().split())
    assert level_label(expected.level, language) in text
    assert expected.level["advice"][language] in text
    percent = f"{expected.percent_tenths // 10}" + ("" if expected.percent_tenths % 10 == 0 else
                                                     ("," if language == "vi" else ".") + str(expected.percent_tenths % 10))
    assert f"{expected.total} {'trên' if language == 'vi' else 'out of'} {MAXIMUM}" in text
    assert f"{percent}%" in text
    links = result.locator(".sx-assessment__read-next a")
    titles = [(SITE.page(p, language) or SITE.page(p, "vi")).meta["title"] for p in expected.read_next]
    assert links.all_inner_texts() == titles
    for href, url_path in zip([links.nth(i).get_attribute("href") for i in range(links.count())], expected.read_next, strict=True):
        resolved = page.evaluate("(href) => new URL(href, location.href).pathname", href)
        assert resolved.endswith("/" + url_path.removesuffix(".md").removesuffix("index").rstrip("/") + "/")


def test_fixed_expectations_that_do_not_come_from_the_mirror(page, site_url: str) -> None:
    """The mirror could share a mistake with the script; these are worked out by hand."""
    open_form(page, site_url, "vi")
    answer(page, {c["id"]: 1 for c in CRITERIA})
    text = " ".join(submit(page).inner_text().split())
    assert f"{len(CRITERIA)} trên {3 * len(CRITERIA)} điểm, tức 33,3% số điểm tối đa." in text  # 1 of 3 points each
    assert "Mức 2 – Đang áp dụng" in text  # 25% ≤ 33.3% < 50%
    open_form(page, site_url, "en")
    answer(page, {c["id"]: 3 for c in CRITERIA})
    text = " ".join(submit(page).inner_text().split())
    assert "100% of the maximum" in text and "Level 4 – Part of daily work" in text
    assert "Every question has the highest score." in text


def test_unanswered_questions_are_listed_with_links(page, site_url: str) -> None:
    open_form(page, site_url, "vi")
    answer(page, {c["id"]: 2 for c in CRITERIA[2:]})
    result = submit(page)
    assert result.get_attribute("data-state") == "missing"
    assert result.locator("h3").inner_text() == "Còn 2 câu chưa trả lời"
    links = result.locator("a")
    assert [links.nth(i).get_attribute("href") for i in range(2)] == [f"#sx-q-{c['id']}" for c in CRITERIA[:2]]
    assert page.evaluate("document.activeElement.id") == "sx-assessment-result"


def test_usable_with_the_keyboard_alone(page, site_url: str) -> None:
    open_form(page, site_url, "en")
    page.focus(f"#sx-q-{CRITERIA[0]['id']}-0")
    for criterion in CRITERIA:
        page.keyboard.press("Space")  # choose the focused option (0 points)
        page.keyboard.press("ArrowDown")  # move to the next option in the group: 1 point
        page.keyboard.press("Tab")  # on to the next question's group (or its "read next" link)
        while page.evaluate("document.activeElement.type") not in ("radio", "submit"):
            page.keyboard.press("Tab")
        assert page.locator(f"input[name='{criterion['id']}']:checked").get_attribute("value") == "1"
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    result = page.locator("#sx-assessment-result")
    result.wait_for(state="visible")
    assert page.evaluate("document.activeElement.id") == "sx-assessment-result"
    assert int(result.get_attribute("data-total")) == len(CRITERIA)


def test_nothing_is_sent_when_scoring(page, site_url: str) -> None:
    open_form(page, site_url, "vi")
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    answer(page, {c["id"]: 2 for c in CRITERIA})
    submit(page)
    page.wait_for_timeout(300)  # let any late request show up (not a timing assertion)
    assert requests == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0


@pytest.mark.parametrize("language", ["vi", "en"])
def test_without_javascript_the_questions_and_hand_count_remain(browser, site_url: str, language: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site_url + ("en/" if language == "en" else "") + PAGE)
    assert tab.locator("fieldset.sx-question").count() == len(CRITERIA)
    assert tab.locator("fieldset.sx-question").first.is_visible()
    assert tab.locator(".sx-assessment__actions").is_hidden()
    body = " ".join(tab.locator("article").inner_text().split())
    assert (f"Chia tổng cho {MAXIMUM}" if language == "vi" else f"Divide the total by {MAXIMUM}") in body
    for level in LEVELS:
        assert level_label(level, language) in body
    points = "(0 điểm)" if language == "vi" else "(0 points)"
    assert points in body
    context.close()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_self_assessment_has_no_axe_violations(page, site_url: str, language: str) -> None:
    path = ("en/" if language == "en" else "") + PAGE
    violations = axe_violations(page, site_url + path)
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []


def test_axe_is_clean_with_a_result_shown(page, site_url: str) -> None:
    open_form(page, site_url, "vi")
    answer(page, {c["id"]: 1 for c in CRITERIA})
    submit(page)
    page.add_script_tag(path=str(Path(ROOT, "node_modules", "axe-core", "axe.min.js")))
    violations = page.evaluate("async () => (await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a',"
                               " 'wcag21aa', 'wcag22aa']})).violations")
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []
