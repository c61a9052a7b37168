"""Events and trainings: upcoming and past lists, the next event on the home page, an iCalendar file per
language. Today's content has no dated event (none is published), and the pages say so plainly; a copy
of the project with two events shows how each is listed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.content.sources import load_site
from scripts.pages import events
from scripts.pages.context import RenderContext
from tests.conftest import ROOT

MOUNTS = {"handbook": "so-tay"}
EVENT = """---
title: {title}
kind: tap-huan
start: {start}
{end}place: Hải Phòng
organiser: Sở Công Thương thành phố Hải Phòng
audience: Cán bộ kỹ thuật của doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa trong các khu công nghiệp của thành phố.
registration: Gửi thư cho Sở Công Thương.
materials:
  - title: Sổ tay SXSH
    url: so-tay/index.md
sources:
  - id: qd-1759-2013
---

# {title}

<!-- render event-facts -->
"""


def at(monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
    """The build's date, as `make build` gives it (SOURCE_DATE_EPOCH, the commit's time)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())))


def with_events(project: Path) -> Path:
    folder = project / "docs/su-kien"
    for slug, title, start, end in (("tap-huan-cu", "Tập huấn đã qua", "2025-10-01", ""),
                                    ("tap-huan-moi", "Tập huấn sắp tới", "2027-03-15", "end: 2027-03-16\n")):
        for language in ("vi", "en"):
            (folder / f"{slug}.{language}.md").write_text(EVENT.format(title=title, start=start, end=end),
                                                          encoding="utf-8")
    return project


def test_no_event_is_published_and_the_pages_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    at(monkeypatch, dt.date(2026, 12, 2))
    site = load_site(ROOT, MOUNTS)
    assert not site.problems
    for language, nothing in (("vi", "Hiện chưa có sự kiện hay lớp tập huấn nào sắp tới được công bố."),
                              ("en", "No coming event or training has been announced yet.")):
        listed = events.event_lists(RenderContext(site, language, "su-kien/index.md"), {})
        assert nothing in listed and events.WORDS["no_past"][language] in listed
        assert events.next_event(RenderContext(site, language, "index.md"), {}) == ""  # nothing on the home page
    text = events.calendar(site, "vi", "https://example.gov.vn/sxsh/", dt.datetime(2026, 12, 2, tzinfo=dt.UTC))
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "BEGIN:VEVENT" not in text and "BEGIN:VTIMEZONE" in text  # still one component, as RFC 5545 asks


def test_upcoming_and_past_lists_home_and_calendar(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at(monkeypatch, dt.date(2026, 12, 2))
    site = load_site(with_events(project), MOUNTS)
    assert not site.problems, site.problems
    listed = events.event_lists(RenderContext(site, "vi", "su-kien/index.md"), {})
    upcoming, past = listed.split("## Đã diễn ra")
    assert "[Tập huấn sắp tới](tap-huan-moi.md) — 15/3/2027 – 16/3/2027, Hải Phòng" in upcoming
    assert "[Tập huấn đã qua](tap-huan-cu.md) — 1/10/2025, Hải Phòng" in past
    assert '<a href="su-kien.ics">' in listed
    home = events.next_event(RenderContext(site, "en", "index.md"), {})
    assert '!!! note "Coming up"' in home and "[Tập huấn sắp tới](su-kien/tap-huan-moi.md) — 15 March 2027 – 16 March 2027" in home
    facts = events.event_facts(RenderContext(site, "vi", "su-kien/tap-huan-moi.md"), {})
    assert "Đơn vị tổ chức" in facts and "[Sổ tay SXSH](../so-tay/index.md)" in facts

    at(monkeypatch, dt.date(2027, 3, 17))  # after its last day the event moves to the past list
    upcoming, _ = events.split(site, "vi", events.today())
    assert upcoming == []

    text = events.calendar(site, "en", "https://example.gov.vn/sxsh/", dt.datetime(2026, 12, 2, tzinfo=dt.UTC))
    assert text.count("BEGIN:VEVENT") == 2
    assert "DTSTART;VALUE=DATE:20270315\r\nDTEND;VALUE=DATE:20270317\r\n" in text  # the end is the day after
    assert "URL:https://example.gov.vn/sxsh/en/su-kien/tap-huan-moi/" in text
    assert "UID:su-kien/tap-huan-moi@example.gov.vn" in text
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    assert "DESCRIPTION:Organiser: Sở Công Thương thành phố Hải Phòng. Who it is for: Cán bộ kỹ thuật" in unfolded


def test_an_event_page_needs_its_facts_box(project: Path) -> None:
    page = with_events(project) / "docs/su-kien/tap-huan-moi.vi.md"
    page.write_text(page.read_text(encoding="utf-8").replace("<!-- render event-facts -->", ""), encoding="utf-8")
    from scripts.pages.directives import check_directives

    problems = [str(problem) for problem in check_directives(load_site(project, MOUNTS))]
    assert any(problem.startswith("docs/su-kien/tap-huan-moi.vi.md:") and "event-facts" in problem
               for problem in problems)
