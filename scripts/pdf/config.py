"""The site configuration the PDF step needs: the site model (scripts/site_model.py) and mkdocs.yml's Markdown
extensions, read as MkDocs reads them (MkDocs' own loader would instantiate every plugin)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scripts.site_model import ROOT, SiteModel
from scripts.site_model import load as load_model


class NoSiteAddressError(Exception):
    """mkdocs.yml gives no site address (SITE_URL set but empty): the PDFs' QR codes and links would have none."""


@dataclass(frozen=True)
class SiteConfig:
    model: SiteModel
    markdown_extensions: list[str]
    extension_configs: dict[str, dict]

    @property
    def root(self) -> Path:
        return self.model.root

    @property
    def site_url(self) -> str:
        assert self.model.site_url, "load_config() refuses a site without an address"
        return self.model.site_url

    @property
    def mounts(self) -> dict[str, str]:
        return self.model.mounts

    @property
    def languages(self) -> tuple[str, ...]:
        return self.model.languages

    @property
    def default_language(self) -> str:
        return self.model.default_language

    def public_url(self, url_path: str, language: str) -> str:
        """Where the site publishes a page: ``so-tay/x/index.md`` in English → ``<site_url>en/so-tay/x/``."""
        return self.model.public_url(url_path, language)


def load_config(root: Path = ROOT) -> SiteConfig:
    model = load_model(root)
    if not model.site_url:
        # MkDocs builds such a site with no address; printing the production one instead would send
        # readers of a test build's leaflets to another site.
        raise NoSiteAddressError(
            "mkdocs.yml: site_url: SITE_URL đang đặt nhưng để trống nên trang không có địa chỉ, mã QR của bản PDF"
            " không có gì để in — bỏ hẳn SITE_URL (địa chỉ thật) hoặc đặt SITE_URL=<địa chỉ trang thử>/\n"
            "mkdocs.yml: site_url: SITE_URL is set but empty, so the site has no address and the PDFs' QR codes"
            " have nothing to print — unset SITE_URL (the real address) or set SITE_URL=<test address>/")
    names: list[str] = []
    configs: dict[str, dict] = {}
    for entry in model.config.get("markdown_extensions", []):
        if isinstance(entry, dict):
            (name, options), = entry.items()
            names.append(name)
            configs[name] = dict(options or {})
        else:
            names.append(entry)
    return SiteConfig(model, names, configs)
