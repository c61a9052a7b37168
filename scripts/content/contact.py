"""The Department's contact details (data/contact.yml): checks across its fields, and what may be shown.

Nothing in the file is shown to readers as the Department's contact until the Department has set
``confirmed: true``; the portal address alone is shown before, since it is where readers go meanwhile.
"""

from __future__ import annotations

import re

from .problems import Problem
from .schema import CONTACT
from .sources import Site, _compose_file

PATH = f"data/{CONTACT.folder}"
#: What a confirmed file must give, so that a reader always has an address, a phone and an e-mail.
NEEDED_WHEN_CONFIRMED = ("confirmed_on", "unit", "address", "phone", "email", "office_hours")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^[0-9 +().-]+$")


def load_contact(site: Site) -> tuple[dict, dict[str, int]]:
    """The file's fields and the line of each: one group of fields (no list), checked like front matter."""
    composed = _compose_file(site, PATH)
    if composed is None:
        return {}, {}
    reader, node = composed
    if node is None and not reader.problems:
        reader.report(None, "YAML", "tệp trống — khôi phục nó từ git", "the file is empty — restore it from git")
    contact = reader.read_mapping(node, CONTACT.fields) if node is not None else {}
    lines = dict(reader.lines or {})
    site.problems.extend(reader.problems or [])
    site.problems.extend(check_contact(PATH, contact, lines))
    return contact, lines


def check_contact(path: str, contact: dict, lines: dict[str, int]) -> list[Problem]:
    problems = []
    email = contact.get("email")
    if email and not _EMAIL.match(email):
        problems.append(Problem(path, lines.get("email", 1), "email",
                                f"“{email}” không phải một địa chỉ thư điện tử — viết dạng ten@coquan.gov.vn",
                                f"“{email}” is not an e-mail address — write it as name@body.gov.vn"))
    phone = contact.get("phone")
    if phone and (not _PHONE.match(phone) or sum(c.isdigit() for c in phone) < 8):
        problems.append(Problem(path, lines.get("phone", 1), "phone",
                                f"“{phone}” không phải một số điện thoại — chỉ viết chữ số, dấu cách, dấu chấm,"
                                " dấu ngoặc và dấu +, ví dụ 0225 3842 xxx",
                                f"“{phone}” is not a phone number — use digits, spaces, dots, brackets and + only,"
                                " e.g. 0225 3842 xxx"))
    portal = contact.get("portal")
    if portal and not portal.startswith("https://"):
        problems.append(Problem(path, lines.get("portal", 1), "portal",
                                f"“{portal}” không phải một địa chỉ web an toàn — viết đầy đủ, bắt đầu bằng https://",
                                f"“{portal}” is not a secure web address — write it in full, starting with https://"))
    if contact.get("confirmed"):
        missing = [name for name in NEEDED_WHEN_CONFIRMED if not contact.get(name)]
        if missing:
            names = ", ".join(missing)
            problems.append(Problem(path, lines.get("confirmed", 1), "confirmed",
                                    f"đã ghi confirmed: true nhưng còn thiếu {names} — điền các trường này, hoặc để"
                                    " confirmed: false cho đến khi có đủ",
                                    f"confirmed: true, but {names} is missing — fill in these fields, or keep"
                                    " confirmed: false until they are all known"))
    return problems


def is_confirmed(contact: dict) -> bool:
    return bool(contact.get("confirmed"))


def confirmed_email(contact: dict) -> str | None:
    """The address a reader may write to: only one the Department has confirmed."""
    return contact.get("email") if is_confirmed(contact) else None


def unconfirmed_notice(contact: dict, lines: dict[str, int]) -> Problem | None:
    """The build's reminder while the Department has not confirmed its details (a notice, not an error:
    the site is still built, and its contact page says the same to readers)."""
    if is_confirmed(contact):
        return None
    return Problem(PATH, lines.get("confirmed", 1), "confirmed",
                   "thông tin liên hệ của Sở chưa được xác nhận; trang Liên hệ đang nói rõ điều này với bạn đọc"
                   " — Sở điền địa chỉ, điện thoại, thư điện tử, phòng phụ trách, giờ làm việc rồi ghi"
                   " confirmed: true",
                   "the Department's contact details are not confirmed; the contact page tells readers so"
                   " — the Department fills in its address, phone, e-mail, unit and office hours, then writes"
                   " confirmed: true")
