"""Events and trainings (docs/su-kien/, one page per event, fields in schema.EVENT): the facts box of an
event page, the upcoming and past lists, the home page's next event, and an iCalendar file per language
(su-kien/su-kien.ics, en/su-kien/su-kien.ics) that a reader adds to a calendar.

"Upcoming" is decided on the build's date (its commit's, as for the content report), so a rebuild after
an event moves it to the past list.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from pathlib import Path
from urllib.parse import urlsplit

from scripts.cms.report import today
from scripts.content.schema import EVENT
from scripts.content.sources import DEFAULT_LANGUAGE, LANGUAGES, Site, SourcePage
from scripts.pages.context import RenderContext
from scripts.pages.feeds import page_url
from scripts.pages.markdown import cell, format_date, table

FOLDER = EVENT.folder
CALENDAR = "su-kien.ics"
WORDS = {
    "upcoming": {"vi": "Sắp diễn ra", "en": "Coming up"},
    "past": {"vi": "Đã diễn ra", "en": "Past events"},
    "no_upcoming": {"vi": "Hiện chưa có sự kiện hay lớp tập huấn nào sắp tới được công bố.",
                    "en": "No coming event or training has been announced yet."},
    "no_past": {"vi": "Chưa có sự kiện nào đã diễn ra được ghi ở đây.",
                "en": "No past event is listed here yet."},
    "next": {"vi": "Sự kiện sắp tới", "en": "Coming up"},
    "when": {"vi": "Thời gian", "en": "When"},
    "place": {"vi": "Địa điểm", "en": "Where"},
    "organiser": EVENT.labels("organiser"),
    "audience": {"vi": "Dành cho", "en": "Who it is for"},
    "registration": {"vi": "Đăng ký", "en": "How to register"},
    "materials": EVENT.labels("materials"),
    "calendar": {"vi": "Thêm các sự kiện vào lịch của bạn (tệp iCalendar)",
                 "en": "Add the events to your calendar (iCalendar file)"},
    "calendar_name": {"vi": "Sự kiện sản xuất sạch hơn Hải Phòng", "en": "Cleaner Production in Hai Phong: events"},
}


def events(site: Site, language: str) -> list[SourcePage]:
    """Every event page, in ``language`` where translated (else Vietnamese), soonest first."""
    chosen: dict[str, SourcePage] = {}
    for page in site.pages:
        if page.content_type is EVENT and (page.language == language or page.url_path not in chosen):
            chosen[page.url_path] = page
    return sorted(chosen.values(), key=lambda page: (page.meta["start"], page.meta["title"]))


def last_day(page: SourcePage) -> dt.date:
    return page.meta.get("end") or page.meta["start"]


def split(site: Site, language: str, on: dt.date) -> tuple[list[SourcePage], list[SourcePage]]:
    """(upcoming, soonest first; past, latest first) on the date ``on``."""
    every = events(site, language)
    upcoming = [page for page in every if last_day(page) >= on]
    past = sorted((page for page in every if last_day(page) < on), key=last_day, reverse=True)
    return upcoming, past


def when(page: SourcePage, language: str) -> str:
    start, end = page.meta["start"], page.meta.get("end")
    if not end or end == start:
        return format_date(start, language)
    return f"{format_date(start, language)} – {format_date(end, language)}"


def _item(context: RenderContext, page: SourcePage) -> str:
    line = f"- [{cell(page.meta['title'])}]({context.link_to(page.url_path)}) — {when(page, context.language)}"
    return line + f", {cell(page.meta['place'])}  \n  {cell(page.meta['organiser'])}"


def event_lists(context: RenderContext, args: dict[str, str]) -> str:
    """<!-- render events -->: the upcoming and the past events, and the calendar file."""
    language = context.language
    upcoming, past = split(context.site, language, today())
    parts = [f"## {WORDS['upcoming'][language]}\n"]
    parts += [_item(context, page) for page in upcoming] or [WORDS["no_upcoming"][language]]
    parts.append(f"\n## {WORDS['past'][language]}\n")
    parts += [_item(context, page) for page in past] or [WORDS["no_past"][language]]
    parts.append(f'\n<p><a href="{CALENDAR}">{WORDS["calendar"][language]}</a></p>\n')
    return "\n".join(parts)


def next_event(context: RenderContext, args: dict[str, str]) -> str:
    """<!-- render next-event -->: the next event, on the home page; nothing when none is announced."""
    upcoming, _ = split(context.site, context.language, today())
    if not upcoming:
        return ""
    page = upcoming[0]
    title = WORDS["next"][context.language]
    return (f'\n!!! note "{title}"\n\n    [{cell(page.meta["title"])}]({context.link_to(page.url_path)}) — '
            f"{when(page, context.language)}, {cell(page.meta['place'])}\n")


def _material(context: RenderContext, material: dict) -> str:
    url = str(material["url"])
    target = url if urlsplit(url).scheme in ("http", "https") else context.link_to(url)
    return f"[{cell(material['title'])}]({target})"


def event_facts(context: RenderContext, args: dict[str, str]) -> str:
    """<!-- render event-facts -->: the event page's dates, place, organiser, audience, registration, materials."""
    page = context.site.page(context.url_path, context.language) or context.site.page(context.url_path, DEFAULT_LANGUAGE)
    if page is None or page.content_type is not EVENT:
        raise ValueError("chỉ dùng được trên trang sự kiện / only on an event page")
    language, meta = context.language, page.meta
    rows = [[WORDS["when"][language], when(page, language)], [WORDS["place"][language], cell(meta["place"])],
            [WORDS["organiser"][language], cell(meta["organiser"])], [WORDS["audience"][language], cell(meta["audience"])]]
    if meta.get("registration"):
        rows.append([WORDS["registration"][language], cell(meta["registration"])])
    if meta.get("materials"):
        rows.append([WORDS["materials"][language], ", ".join(_material(context, m) for m in meta["materials"])])
    return table([], rows, header_hidden=True)


# ---------------------------------------------------------------- iCalendar (RFC 5545)


def _escape(text: str) -> str:
    return (" ".join(str(text).split()).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,"))


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with a space (RFC 5545, 3.1), never splitting a character."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > (75 if not out else 74):
            out.append(current)
            current = ""
        current += char
    out.append(current)
    return "\r\n ".join(out)


def calendar(site: Site, language: str, site_url: str, stamp: dt.datetime) -> str:
    """The events of one language as an iCalendar file; all-day events, as the pages give dates only."""
    host = urlsplit(site_url).hostname or "localhost"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//So Cong Thuong Hai Phong//SXSH//VI",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{_escape(WORDS['calendar_name'][language])}",
             # Hai Phong's time zone: a calendar with no event still holds one component, as RFC 5545 asks.
             "BEGIN:VTIMEZONE", "TZID:Asia/Ho_Chi_Minh", "BEGIN:STANDARD", "DTSTART:19700101T000000",
             "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:ICT", "END:STANDARD", "END:VTIMEZONE"]
    for page in events(site, language):
        meta = page.meta
        description = f"{WORDS['organiser'][language]}: {meta['organiser']}. {WORDS['audience'][language]}: {meta['audience']}"
        if meta.get("registration"):
            description += f" {WORDS['registration'][language]}: {meta['registration']}"
        lines += ["BEGIN:VEVENT", f"UID:{page.url_path.removesuffix('.md')}@{host}",
                  f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
                  f"DTSTART;VALUE=DATE:{meta['start']:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{last_day(page) + dt.timedelta(days=1):%Y%m%d}",  # the day after, exclusive
                  f"SUMMARY:{_escape(meta['title'])}", f"LOCATION:{_escape(meta['place'])}",
                  f"DESCRIPTION:{_escape(description)}", f"URL:{page_url(site_url, language, page.url_path)}",
                  "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def write_calendars(site: Site, site_dir: Path, site_url: str) -> None:
    on = today()
    stamp = dt.datetime(on.year, on.month, on.day, tzinfo=dt.UTC)
    for language in LANGUAGES:
        folder = site_dir / (FOLDER if language == DEFAULT_LANGUAGE else posixpath.join(language, FOLDER))
        folder.mkdir(parents=True, exist_ok=True)
        (folder / CALENDAR).write_bytes(calendar(site, language, site_url, stamp).encode("utf-8"))
