"""The site model (scripts/site_model.py) says what MkDocs itself makes of mkdocs.yml, SITE_URL included."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config

from scripts.pdf.__main__ import main as pdf_main
from scripts.pdf.config import NoSiteAddressError
from scripts.pdf.config import load_config as pdf_config
from scripts.site_model import load

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("site_url", [None, "https://example.gov.vn/thu", ""], ids=["unset", "test-address", "empty"])
def test_the_model_and_mkdocs_read_the_same_site(monkeypatch: pytest.MonkeyPatch, site_url: str | None) -> None:
    if site_url is None:
        monkeypatch.delenv("SITE_URL", raising=False)
    else:
        monkeypatch.setenv("SITE_URL", site_url)
    mkdocs = load_config(str(ROOT / "mkdocs.yml"))
    model = load(ROOT)
    assert model.site_url == mkdocs.site_url
    i18n = mkdocs.plugins["i18n"].config
    assert model.default_language == next(language.locale for language in i18n.languages if language.default)
    assert set(model.languages) == {language.locale for language in i18n.languages if language.build}
    assert model.mounts == dict(mkdocs.extra["mounts"])
    assert model.use_directory_urls == mkdocs.use_directory_urls


def test_an_empty_site_url_means_no_address_for_the_pdfs_too(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture) -> None:
    # MkDocs builds such a site without site_url; the PDF step used to print the production address instead.
    monkeypatch.setenv("SITE_URL", "")
    assert load(ROOT).site_url is None
    with pytest.raises(NoSiteAddressError):
        pdf_config(ROOT)
    assert pdf_main(["--out", str(tmp_path)]) == 1
    assert "SITE_URL is set but empty" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_a_test_address_reaches_the_pdfs_as_mkdocs_normalises_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITE_URL", "http://127.0.0.1:8000/sxsh")
    assert pdf_config(ROOT).public_url("so-tay/phuong-phap/index.md", "en") == "http://127.0.0.1:8000/sxsh/en/so-tay/phuong-phap/"


def test_addresses_and_files_of_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    model = load(ROOT)
    assert model.languages[0] == model.default_language == "vi"
    assert model.page_address("index.md", "vi") == ""
    assert model.page_address("index.md", "en") == "en/"
    assert model.page_address("hoi-dap/x.md", "vi") == "hoi-dap/x/"
    assert model.site_path("so-tay/x/index.md", "en") == "en/so-tay/x/index.html"
    assert model.public_url("tai-lieu/to-roi.md", "vi") == "https://socongthuong.haiphong.gov.vn/sxsh/tai-lieu/to-roi/"
    assert model.base_path == "/sxsh/"
