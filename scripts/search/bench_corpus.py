"""A synthetic bilingual site for the search benchmark (`make bench`).

Pages are made of real sentences and headings of our own content (docs/ and
handbook/), drawn with a fixed seed, so every run builds the same corpus:
``pages`` Vietnamese pages (``x.md``) and as many English ones (``x.en.md``,
i18n suffix structure), in folders of 50. The project is our mkdocs.yml with
only what a corpus needs changed (its docs folder, a navigation of the folder
index pages, no mounted handbook), built with our overrides and hooks. It is
written under build/ (never committed).

    python -m scripts.search.bench_corpus --out build/bench/project
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from scripts.content.slugs import slugify

ROOT = Path(__file__).resolve().parents[2]
SOURCE_FOLDERS = ("docs", "handbook")
PAGES_PER_FOLDER = 50
SEED = 2026

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"[*_`]+|<[^>]+>|\{[^}]*\}")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ0-9“\"(])")


@dataclass
class Texts:
    """Sentences and headings of one language, in a stable order."""

    sentences: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)


def _plain(line: str) -> str:
    line = _LIST_ITEM.sub("", line)
    return " ".join(_MARKUP.sub("", _LINK.sub(r"\1", line)).split())


def collect(root: Path = ROOT) -> dict[str, Texts]:
    """Every sentence (6 to 60 words) and heading of our pages, by language."""
    texts = {"vi": Texts(), "en": Texts()}
    for folder in SOURCE_FOLDERS:
        for path in sorted((root / folder).rglob("*.md")):
            language = "en" if path.name.endswith(".en.md") else "vi"
            body = _FRONT_MATTER.sub("", path.read_text(encoding="utf-8"))
            paragraph: list[str] = []
            for line in [*body.splitlines(), ""]:
                stripped = line.strip()
                if stripped.startswith("#"):
                    heading = _plain(stripped.lstrip("#"))
                    if 2 <= len(heading.split()) <= 10:
                        texts[language].headings.append(heading)
                ends_paragraph = not stripped or stripped.startswith(("#", "<!--", "|", "!!!", "```", "["))
                if ends_paragraph or _LIST_ITEM.match(stripped):
                    text = _plain(" ".join(paragraph))
                    for sentence in _SENTENCE_END.split(text):
                        if 6 <= len(sentence.split()) <= 60:
                            texts[language].sentences.append(sentence)
                    paragraph = []
                if not ends_paragraph:
                    paragraph.append(stripped)
    for language_texts in texts.values():
        language_texts.sentences = sorted(set(language_texts.sentences))
        language_texts.headings = sorted(set(language_texts.headings))
    return texts


def _page(title: str, texts: Texts, rng: random.Random) -> str:
    parts = [f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n", f"# {title}\n", _paragraph(texts, rng)]
    for _ in range(rng.randint(3, 6)):
        parts.append(f"## {rng.choice(texts.headings)}\n")
        parts.extend(_paragraph(texts, rng) for _ in range(rng.randint(1, 4)))
    return "\n".join(parts)


def _paragraph(texts: Texts, rng: random.Random) -> str:
    return " ".join(rng.choice(texts.sentences) for _ in range(rng.randint(2, 5))) + "\n"


def _config(project: Path, folders: list[str]) -> str:
    """Our mkdocs.yml with the corpus's docs folder and navigation."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = "\n".join(["nav:", "  - index.md", *(f"  - {folder}/index.md" for folder in folders)])
    changes = [
        ("docs_dir: docs\n", f"docs_dir: {project / 'docs'}\n{nav}\n"),
        ("custom_dir: overrides\n", f"custom_dir: {ROOT / 'overrides'}\n"),
        ("  mounts:\n    handbook: so-tay\n", ""),
        ("  - scripts/hooks.py\n", f"  - {ROOT / 'scripts' / 'hooks.py'}\n"),
        ("watch:\n  - handbook\n  - data\n  - scripts\n", ""),
        # Pages outside the navigation: Material would otherwise put all 1,000 pages
        # of a language in the menu of every page
        ("    omitted_files: warn\n", "    omitted_files: info\n"),
    ]
    for old, new in changes:
        if old not in text:
            raise SystemExit(f"mkdocs.yml changed: cannot find {old!r}; update scripts/search/bench_corpus.py")
        text = text.replace(old, new)
    return text


def generate(project: Path, pages: int = 1000, seed: int = SEED) -> Path:
    """Write the corpus project (mkdocs.yml + docs/) into ``project``; returns its mkdocs.yml."""
    texts = collect()
    rng = random.Random(seed)
    if project.exists():
        shutil.rmtree(project)
    docs = project / "docs"
    folders = [f"chu-de-{number:02d}" for number in range(1, -(-pages // PAGES_PER_FOLDER) + 1)]
    for suffix, home in ((".vi.md", "Trang thử nghiệm tìm kiếm"), (".en.md", "Search test pages")):
        docs.mkdir(parents=True, exist_ok=True)
        (docs / f"index{suffix}").write_text(f"---\ntitle: {home}\n---\n\n# {home}\n", encoding="utf-8")
        for number, folder in enumerate(folders, start=1):
            (docs / folder).mkdir(exist_ok=True)
            name = f"{home} {number}"
            (docs / folder / f"index{suffix}").write_text(f"---\ntitle: {name}\n---\n\n# {name}\n", encoding="utf-8")
    for number in range(pages):
        folder = folders[number // PAGES_PER_FOLDER]
        vi_title = rng.choice(texts["vi"].headings)
        slug = f"{slugify(vi_title)[:60].strip('-')}-{number:04d}"
        (docs / folder / f"{slug}.vi.md").write_text(_page(vi_title, texts["vi"], rng), encoding="utf-8")
        en_title = rng.choice(texts["en"].headings)
        (docs / folder / f"{slug}.en.md").write_text(_page(en_title, texts["en"], rng), encoding="utf-8")
    _stand_ins(docs)
    config = project / "mkdocs.yml"
    config.write_text(_config(project, folders), encoding="utf-8")
    return config


def _stand_ins(docs: Path) -> None:
    """A short page for each handbook page our data names (the criteria's read_next), so the corpus keeps the
    site's data and its checks while leaving the real handbook out."""
    criteria = yaml.safe_load((ROOT / "data" / "assessment-criteria.yml").read_text(encoding="utf-8"))
    for number, url_path in enumerate(sorted({c["read_next"] for c in criteria}), start=1):
        path = docs / url_path.removesuffix(".md")
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix, title in ((".vi.md", "Trang sổ tay"), (".en.md", "Handbook page")):
            path.with_name(path.name + suffix).write_text(
                f"---\ntitle: {title} {number}\npart: 1\norder: {number}\nsummary: {title}.\nsources:\n"
                f"  - id: qd-1759-2013\nupdated: 2026-01-15\n---\n\n# {title} {number}\n\n<!-- render sources -->\n",
                encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench" / "project")
    parser.add_argument("--pages", type=int, default=1000, help="pages per language")
    parser.add_argument("--seed", type=int, default=SEED)
    arguments = parser.parse_args()
    config = generate(arguments.out.resolve(), arguments.pages, arguments.seed)
    print(config)


if __name__ == "__main__":
    main()
