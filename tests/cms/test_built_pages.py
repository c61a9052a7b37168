"""The built site: the events page says plainly that no event is published, the calendar files are there
in both languages, the home page shows no next event, and the content report is a page of the editor's
guide, out of navigation and search, naming files and lines."""

from __future__ import annotations

import json
from pathlib import Path


def test_events_page_and_calendars(built_site: Path) -> None:
    for prefix, nothing in (("", "Hiện chưa có sự kiện hay lớp tập huấn nào sắp tới được công bố."),
                            ("en/", "No coming event or training has been announced yet.")):
        html = (built_site / prefix / "su-kien/index.html").read_text(encoding="utf-8")
        assert nothing in html and '<a href="su-kien.ics"' in html
        calendar = (built_site / prefix / "su-kien/su-kien.ics").read_bytes()
        assert calendar.startswith(b"BEGIN:VCALENDAR\r\n") and b"BEGIN:VEVENT" not in calendar
        home = (built_site / prefix / "index.html").read_text(encoding="utf-8")
        assert "Sự kiện sắp tới" not in home and "Coming up" not in home  # none announced: nothing shown
        assert 'href="su-kien/"' in home  # the section is in the menu


def test_content_report_is_a_guide_page_out_of_navigation_and_search(built_site: Path) -> None:
    for prefix in ("", "en/"):
        report = (built_site / prefix / "huong-dan-bien-tap/bao-cao-noi-dung/index.html").read_text(encoding="utf-8")
        assert "<code>data/sources.yml:" in report
        assert "<code>data/contact.yml:" in report  # what the Department still has to confirm
        home = (built_site / prefix / "index.html").read_text(encoding="utf-8")
        assert "bao-cao-noi-dung" not in home
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert not [doc for doc in index["docs"] if "bao-cao-noi-dung" in doc["location"]]
