"""The Department's contact details (data/contact.yml) are checked like front matter: file:line: field."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scripts.content.contact import confirmed_email, load_contact, unconfirmed_notice
from scripts.content.sources import Site, load_site

ROOT = Path(__file__).resolve().parents[2]

CONFIRMED = """\
confirmed: true
confirmed_on: 2026-12-15
organisation:
  vi: Sở Công Thương thành phố Hải Phòng
  en: Hai Phong Department of Industry and Trade
unit:
  vi: Phòng Kỹ thuật an toàn – Môi trường
  en: Technical Safety and Environment Division
address:
  vi: Số 1 Đường Thử, phường Thử, thành phố Hải Phòng
  en: 1 Test Street, Test ward, Hai Phong
phone: 0225 3000 000
email: sxsh@example.gov.vn
office_hours:
  vi: Thứ Hai đến thứ Sáu, 8:00–17:00
  en: Monday to Friday, 8:00–17:00
portal: https://example.gov.vn/
"""


def _load(tmp_path: Path, text: str) -> Site:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "contact.yml").write_text(text, encoding="utf-8")
    site = Site(tmp_path)
    site.contact, site.contact_lines = load_contact(site)
    return site


def _first_lines(site: Site) -> list[str]:
    return [str(p).split("\n")[0] for p in sorted(site.problems)]


def test_the_real_file_is_valid_and_says_whether_it_is_confirmed() -> None:
    site = load_site(ROOT, {"handbook": "so-tay"})
    assert [p for p in site.problems if p.path == "data/contact.yml"] == []
    assert site.contact["organisation"]["en"] == "Hai Phong Department of Industry and Trade"
    assert isinstance(site.contact["confirmed"], bool)


def test_a_complete_confirmed_file_passes_and_offers_its_e_mail(tmp_path: Path) -> None:
    site = _load(tmp_path, CONFIRMED)
    assert site.problems == []
    assert confirmed_email(site.contact) == "sxsh@example.gov.vn"
    assert unconfirmed_notice(site.contact, site.contact_lines) is None


def test_an_unconfirmed_e_mail_is_never_offered_and_the_notice_names_the_line(tmp_path: Path) -> None:
    site = _load(tmp_path, CONFIRMED.replace("confirmed: true", "confirmed: false"))
    assert site.problems == []
    assert confirmed_email(site.contact) is None
    notice = str(unconfirmed_notice(site.contact, site.contact_lines))
    assert notice.startswith("data/contact.yml:1: confirmed: thông tin liên hệ của Sở chưa được xác nhận")
    assert "(EN) the Department's contact details are not confirmed" in notice


def test_confirmed_without_the_details_says_which_are_missing(tmp_path: Path) -> None:
    text = "# comment\nconfirmed: true\norganisation:\n  vi: Sở Công Thương\n  en: The Department\nphone: 0225 3000 000\n"
    found = _first_lines(_load(tmp_path, text))
    assert found == ["data/contact.yml:2: confirmed: đã ghi confirmed: true nhưng còn thiếu confirmed_on, unit, address,"
                     " email, office_hours — điền các trường này, hoặc để confirmed: false cho đến khi có đủ"]


def test_each_malformed_value_names_its_line(tmp_path: Path) -> None:
    text = (CONFIRMED.replace("sxsh@example.gov.vn", "sxsh at example")
            .replace("0225 3000 000", "gọi Sở")
            .replace("https://example.gov.vn/", "example.gov.vn")
            .replace("confirmed_on:", "confirmed_onn:"))
    found = _first_lines(_load(tmp_path, text))
    assert [line.split(" ", 1)[0] for line in found] == [
        "data/contact.yml:1:",  # confirmed, but confirmed_on is missing (it was misspelt)
        "data/contact.yml:2:",  # unknown field, with a suggestion
        "data/contact.yml:12:",  # phone
        "data/contact.yml:13:",  # e-mail
        "data/contact.yml:17:",  # portal
    ]
    assert "còn thiếu confirmed_on —" in found[0]
    assert "có phải bạn định viết “confirmed_on”?" in found[1]
    assert "“gọi Sở” không phải một số điện thoại" in found[2]
    assert "“sxsh at example” không phải một địa chỉ thư điện tử" in found[3]
    assert "bắt đầu bằng https://" in found[4]


def test_an_unknown_confirmation_value_is_an_error_not_a_yes(tmp_path: Path) -> None:
    site = _load(tmp_path, CONFIRMED.replace("confirmed: true", "confirmed: maybe"))
    assert [line.split(" ", 2)[:2] for line in _first_lines(site)] == [["data/contact.yml:1:", "confirmed:"]]
    assert confirmed_email(site.contact) is None


def test_a_missing_contact_file_is_reported(tmp_path: Path) -> None:
    site = Site(tmp_path)
    assert load_contact(site) == ({}, {})
    assert str(site.problems[0]).startswith("data/contact.yml:1: tệp: thiếu tệp dữ liệu này")


def test_make_check_reminds_of_an_unconfirmed_file_and_still_passes() -> None:
    result = subprocess.run([sys.executable, "-m", "scripts", "check", "--content-only"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    site = load_site(ROOT, {"handbook": "so-tay"})
    reminded = "CHÚ Ý / NOTE: data/contact.yml:" in result.stdout
    assert reminded == (not site.contact["confirmed"])
