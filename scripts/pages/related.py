"""Related questions and handbook pages of each Q&A, found with lunr at build time.

The words of every Q&A and handbook page of a language go into a lunr index
(lunr.py, the Python port of the lunr.js that runs the site's search), cut and
folded the way the search worker does it: the separator of mkdocs.yml, lower
case, tone and vowel marks removed and đ→d (scripts/content/slugs.py fold()),
plus each pair of neighbouring words of a paragraph as one term ("_hoan_von"),
which is what makes Vietnamese compounds count. English pages also drop stop
words and are stemmed, as lunr does for English.

A page's own most telling terms (title words count more, rare terms more than
common ones) become the query; the best-scoring other pages are its related
pages. Editors pin pages first (`related:`) and keep pages out
(`exclude_related:`); paths are checked in scripts/content/related_paths.py.
"""

from __future__ import annotations

import itertools
import math
import posixpath
import re
from collections import Counter
from dataclasses import dataclass, field

from lunr.builder import Builder
from lunr.index import Index
from lunr.stemmer import porter_stemmer
from lunr.stop_word_filter import WORDS as ENGLISH_STOP_WORDS

from scripts.content.schema import HANDBOOK_CHAPTER, QA
from scripts.content.slugs import fold
from scripts.content.sources import Site, SourcePage

TITLE_BOOST = 5  # the search worker's title boost (scripts/search/prebuilt.py)
QUERY_TERMS = 30  # a page's most telling terms make its query
# Little words that say nothing about a page's subject, folded: neither they nor a word pair with one
# of them is a term here (the browser's index keeps them; it answers readers' queries, not pages').
FUNCTION_WORDS = {
    "vi": frozenset(fold(w) for w in " ".join((
        "của và là các những một có được cho không trong với thì mà để khi này đó nào gì theo từ ra vào thế",
        "bao nhiêu như nên hay hoặc cũng đã sẽ đang rồi bằng về lại ở tại do vì nếu còn chỉ rất",
        "người ta mình bạn họ chúng tôi")).split()),
    "en": frozenset(ENGLISH_STOP_WORDS) | {"s", "t", "e", "g"},
}
QUESTIONS = 5
HANDBOOK_PAGES = 3

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]+>")
_ATTRIBUTES = re.compile(r"\{[#.:][^}]*\}")
_BLOCK_START = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|\||!!!|\?\?\?|>)")
_SOURCES_HEADING = re.compile(r"^##\s+(?:Nguồn|Sources)\s*$", re.MULTILINE)


def blocks(markdown: str) -> list[str]:
    """The text blocks of a Markdown body (paragraphs, list items, headings, table rows), as the
    search index sees the rendered page's blocks. The list of sources at the end is left out:
    many pages cite the same sources, which says nothing about their subject."""
    sources = _SOURCES_HEADING.search(markdown)
    text = markdown[: sources.start()] if sources else markdown
    text = _ATTRIBUTES.sub("", _TAG.sub(" ", _LINK.sub(r"\1", _COMMENT.sub(" ", text))))
    found: list[list[str]] = []
    for line in text.split("\n"):
        if not line.strip():
            found.append([])
        elif _BLOCK_START.match(line) or not found or not found[-1]:
            found.append([line])
        else:
            found[-1].append(line)
    return [" ".join(lines).replace("**", " ").replace("`", " ") for lines in found if lines]


def terms(text_blocks: list[str], separator: str, language: str) -> list[str]:
    """Folded words and folded neighbour pairs ("_san_xuat") of each block."""
    split = re.compile(separator)
    little = FUNCTION_WORDS[language]
    found: list[str] = []
    for block in text_blocks:
        words = [w for w in (fold(part) for part in split.split(block.lower())) if w.strip("_*.,'")]
        found.extend(f"_{left}_{right}" for left, right in itertools.pairwise(words)
                     if left not in little and right not in little)
        words = [w for w in words if w not in little]
        found.extend(porter_stemmer.stem(w) for w in words) if language == "en" else found.extend(words)
    return found


@dataclass
class Corpus:
    """The lunr index of one language's Q&A and handbook pages, and each page's term counts."""

    index: Index
    pages: dict[str, SourcePage]  # url_path -> page (in the language, or Vietnamese when untranslated)
    counts: dict[str, Counter] = field(default_factory=dict)  # url_path -> weighted term counts
    document_count: int = 0
    language: str = "vi"

    def query_terms(self, url_path: str) -> list[tuple[str, float]]:
        weights = []
        for term, count in self.counts[url_path].items():
            posting = self.index.inverted_index.get(term)
            if posting is None:
                continue
            documents = sum(len(posting[name]) for name in posting if name != "_index")
            idf = math.log(1 + abs((self.document_count - documents + 0.5) / (documents + 0.5)))
            weights.append((term, count * idf))
        return sorted(weights, key=lambda item: (-item[1], item[0]))[:QUERY_TERMS]

    def ranked(self, url_path: str) -> list[str]:
        """Every other page, most related first."""
        query = self.index.create_query()
        for term, weight in self.query_terms(url_path):
            query.term(term, use_pipeline=False, boost=weight)
        if not query.clauses:
            return []
        return [hit["ref"] for hit in self.index.query(query) if hit["ref"] != url_path]


def _text_fields(page: SourcePage) -> tuple[str, list[str]]:
    lead = page.meta.get("short_answer") or page.meta.get("summary") or ""
    return page.meta.get("title", ""), [lead, *blocks(page.body)] if lead else blocks(page.body)


def build_corpus(site: Site, language: str, separator: str) -> Corpus:
    chosen: dict[str, SourcePage] = {}
    for page in site.pages:
        if page.content_type.name in (QA.name, HANDBOOK_CHAPTER.name) and (
                page.language == language or page.url_path not in chosen):
            chosen[page.url_path] = page
    builder = Builder()
    builder.pipeline.reset()  # terms arrive already cut, folded and stemmed
    builder.search_pipeline.reset()
    builder.ref("id")
    builder.field("title", boost=TITLE_BOOST)
    builder.field("text")
    corpus_counts: dict[str, Counter] = {}
    for url_path, page in sorted(chosen.items()):
        title, text = _text_fields(page)
        title_terms = terms([title], separator, language)
        text_terms = terms(text, separator, language)
        # Terms never hold a space: joined by spaces, lunr's tokenizer gives them back unchanged
        # (faster than a list, whose items lunr copies one by one).
        builder.add({"id": url_path, "title": " ".join(title_terms), "text": " ".join(text_terms)})
        counts = Counter(text_terms)
        for term in title_terms:
            counts[term] += TITLE_BOOST
        corpus_counts[url_path] = counts
    index = builder.build()
    return Corpus(index, chosen, corpus_counts, len(chosen), language)


@dataclass(frozen=True)
class Related:
    questions: list[SourcePage]
    handbook: list[SourcePage]


def corpus_for(site: Site, language: str, separator: str) -> Corpus:
    """The language's corpus, made once per build."""
    return site.derive(("related corpus", language, separator), lambda: build_corpus(site, language, separator))


def related_pages(site: Site, page: SourcePage, language: str, separator: str) -> Related:
    """Pinned pages first, in the editor's order and always shown; then the best-ranked others,
    leaving out excluded pages and pages the text already links to (a reader sees each link once)."""
    corpus = corpus_for(site, language, separator)
    pinned = [corpus.pages[p] for p in page.meta.get("related", []) if p in corpus.pages]
    skipped = set(page.meta.get("exclude_related", [])) | linked_pages(page) | {page.url_path}
    skipped |= {p.url_path for p in pinned}
    ranked = [corpus.pages[p] for p in corpus.ranked(page.url_path) if p not in skipped]

    def pick(kind: str, count: int) -> list[SourcePage]:
        chosen = [p for p in pinned if p.content_type.name == kind]
        return chosen + [p for p in ranked if p.content_type.name == kind][: max(count - len(chosen), 0)]

    return Related(questions=pick(QA.name, QUESTIONS), handbook=pick(HANDBOOK_CHAPTER.name, HANDBOOK_PAGES))


_MD_LINK = re.compile(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")


def linked_pages(page: SourcePage) -> set[str]:
    """Site paths of the pages the body links to ("../so-tay/x.md" from hoi-dap/ -> "so-tay/x.md")."""
    folder = posixpath.dirname(page.url_path)
    return {posixpath.normpath(posixpath.join(folder, target)) for target in _MD_LINK.findall(page.body)}
