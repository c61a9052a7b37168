"""The request form's A4 PDF, read back with pdftotext: every question of the web page in its language, room
to write, and the Department's details only once confirmed (both states of data/contact.yml)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from scripts.content.sources import Site
from scripts.pages.contact import REQUEST_FIELDS, WORDS
from scripts.pdf import collect, html, render
from scripts.pdf.config import SiteConfig

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) is not installed")
SLUG = "dang-ky-danh-gia-san-xuat-sach-hon-phieu-de-nghi"
MM = 72 / 25.4
CONFIRMED = {
    "confirmed": True, "confirmed_on": dt.date(2026, 12, 15),
    "organisation": {"vi": "Sở Công Thương thành phố Hải Phòng", "en": "Hai Phong Department of Industry and Trade"},
    "unit": {"vi": "Phòng thử nghiệm", "en": "Test division"},
    "address": {"vi": "Số 1 Đường Thử, Hải Phòng", "en": "1 Test Street, Hai Phong"},
    "phone": "0225 3000 000", "email": "sxsh-test@example.gov.vn",
    "office_hours": {"vi": "Thứ Hai đến thứ Sáu", "en": "Monday to Friday"},
}


def _text(site: Site, publication: collect.Publication, config: SiteConfig, kind: str, tmp_path: Path) -> tuple[str, Path]:
    piece = html.build_html(publication, site, config, kind)  # type: ignore[arg-type]
    path = tmp_path / f"{publication.language}-{kind}.pdf"
    path.write_bytes(render.render(piece, kind, publication.slug).data)  # type: ignore[arg-type]
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split()), path


def _forms(config: SiteConfig) -> tuple[Site, list[collect.Publication]]:
    site = collect.load(config)
    forms = [p for p in collect.publications(site, config) if p.slug == SLUG]
    assert {p.language for p in forms} == {"vi", "en"} and {p.piece for p in forms} == {"form"}
    return site, forms


def test_the_form_asks_every_question_on_a4_with_the_real_contact_state(pdf_config: SiteConfig, tmp_path: Path) -> None:
    site, forms = _forms(pdf_config)
    for publication in forms:
        language = publication.language
        for kind in ("screen", "print"):
            text, path = _text(site, publication, pdf_config, kind, tmp_path)
            for labels in REQUEST_FIELDS:
                assert labels[0 if language == "vi" else 1] in text, f"{language} {kind}: {labels}"
            assert WORDS["signature"][language] in text
            if site.contact.get("confirmed"):
                assert site.contact["email"] in text
            else:
                assert WORDS["unconfirmed_title"][language] in text
                assert "@" not in text  # no address to write to until one is confirmed
            with pikepdf.open(path) as pdf:
                trim = [float(x) for x in pdf.pages[0].obj.get("/TrimBox", pdf.pages[0].mediabox)]
                assert (trim[2] - trim[0], trim[3] - trim[1]) == pytest.approx((210 * MM, 297 * MM), abs=0.05)


def test_a_confirmed_contact_is_printed_on_the_form_without_the_e_mail_button(pdf_config: SiteConfig, tmp_path: Path) -> None:
    site, forms = _forms(pdf_config)
    confirmed = dataclasses.replace(site, contact=CONFIRMED)
    for publication in forms:
        language = publication.language
        text, _ = _text(confirmed, publication, pdf_config, "screen", tmp_path)
        for value in (CONFIRMED["email"], CONFIRMED["phone"], CONFIRMED["address"][language], CONFIRMED["unit"][language]):
            assert value in text, f"{language}: {value}"
        assert WORDS["unconfirmed_title"][language] not in text
        # A link that opens an e-mail program means nothing on paper.
        assert WORDS["email_button"][language] not in text
