"""The search index of each language, made at build time from the search
documents MkDocs wrote (search/search_index.json: the validated pages, both
languages) and split into parts the browser fetches only when a query needs
them (overrides/assets/javascripts/search/engine.mjs reads them).

Written under ``search/<lang>/`` of the built site:

- ``manifest.json``: Material's search settings (it highlights result pages
  with them) and, in them, the keys of the word parts and for every document
  what ranking needs before any text: its page, its boost and the number of
  words in its title and tags;
- ``w/<key>.json``: every word whose folded form starts with ``<key>`` (two
  letters, three or more where a part would be large), each with its postings:
  the document, the word's weight there (what lunr's BM25 gave it over title,
  text and tags, in thousandths), its places in the document's words (phrases)
  and in its title and tags (names), and the forms it is written in with marks;
- ``d/<n>.json``: titles, tags and the start of the text of DOCS_PER_PART
  documents, for the result list.

The rules are the ones the site's search has used since the 59 relevance cases
were written (tests/search/test_relevance.py): words folded with
slugs.fold(), Material's tokenizer and separator, English stop words left out
of the index, lunr's BM25 (k1 1.2) with a length normalisation of 0.5 on the
text only and title/tag boosts 5 and 1, the pages' own ``search.boost``.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
import re
import shutil
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from scripts.content import slugs

TITLE_BOOST = 5.0
TAGS_BOOST = 1.0
TEXT_BOOST = 1.0
K1 = 1.2
LENGTH_NORMALISATION = 0.5
# A word part above this many gzip bytes is split by one more letter
PART_LIMIT = 24_000
DOCS_PER_PART = 4
TEASER = 320  # characters of text kept for the result list (Material's list shows two or three lines)

# lunr's English stop words (lunr.stopWordFilter): not in the English index
_STOP_WORDS_TEXT = """a able about across after all almost also am among an and any are as at be because been but
by can cannot could dear did do does either else ever every for from get got had has have he her hers him his how
however i if in into is it its just least let like likely may me might most must my neither no nor not of off
often on only or other our own rather said say says she should since so some than that the their them then there these they
this tis to too twas us wants was we were what when where which while who whom why will with would yet you your"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

# JavaScript's \s (the browser splits with the same expression) and \d
_JS_SPACE = "\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_TAG = re.compile(r"<[^>]*>")
_ANGLE = re.compile(r"[<>]")


@functools.lru_cache(maxsize=1 << 18)
def fold(word: str) -> str:
    """slugs.fold(), remembered: the index folds each word of the site many times."""
    return slugs.fold(word)


def js_regex(pattern: str) -> re.Pattern[str]:
    """A JavaScript regular expression (Material's separator) with the same meaning in Python."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            escape = pattern[i:i + 2]
            if escape == r"\s":
                out.append(_JS_SPACE if in_class else f"[{_JS_SPACE}]")
            elif escape == r"\d":
                out.append("0-9" if in_class else "[0-9]")
            else:
                out.append(escape)
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        out.append(char)
        i += 1
    return re.compile("".join(out))


def exact(text: str) -> str:
    """The form a reader typed, made comparable: NFC and lower case."""
    return unicodedata.normalize("NFC", text).lower()


def _split(text: str, separator: re.Pattern[str]) -> list[str]:
    return [word for word in separator.split(text) if word]


def material_tokens(text: str, separator: re.Pattern[str]) -> list[str]:
    """Material's tokenizer (integrations/search/internal/tokenize): the text
    between tags cut by the separator, lower case; then our fold."""
    tokens: list[str] = []
    for section in _sections(text):
        for word in _split(section, separator):
            folded = fold(word.lower())
            if folded:
                tokens.append(folded)
    return tokens


def _sections(text: str) -> list[str]:
    """Material's extract(): the text content between tags (a tag runs from "<" to ">")."""
    sections, start = [], 0
    for match in _ANGLE.finditer(text):
        end = match.start()
        if match[0] == "<" and end > start:
            sections.append(text[start:end])
            start = end
        elif match[0] == ">":
            start = end + 1
    if len(text) > start:
        sections.append(text[start:])
    return sections


@dataclass
class Doc:
    location: str
    title: str
    text: str
    tags: list[str]
    boost: float
    parent: int  # the page's document number; its own for a page
    fields: dict[str, list[str]] = field(default_factory=dict)  # index tokens by field
    words: list[str] = field(default_factory=list)  # folded words in order (phrases), "\0" at tags
    written: list[str] = field(default_factory=list)  # the same words as written (NFC, lower case)
    names: list[list[str]] = field(default_factory=list)  # [title words, tag words...] (own title for a section)


def _documents(docs: list[dict], english: bool, separator: re.Pattern[str]) -> list[Doc]:
    out: list[Doc] = []
    pages: dict[str, int] = {}
    for raw in docs:
        if raw["location"].startswith("en/") != english:
            continue
        page = raw["location"].split("#")[0]
        is_section = page != raw["location"]
        if is_section and page not in pages:
            # A part of a page whose page is not in the index: Material's search could not show it
            # under its page (it kept the first such part as the page and listed the others under it)
            continue
        number = len(out)
        if not is_section:
            pages.setdefault(page, number)
        tags = [] if is_section else list(raw.get("tags") or [])
        doc = Doc(raw["location"], raw.get("title") or "", raw.get("text") or "", tags,
                  float(raw.get("boost") or 1), pages[page] if is_section else number)
        stop = STOP_WORDS if english else frozenset()
        doc.fields = {name: [token for token in material_tokens(value, separator) if token not in stop]
                      for name, value in (("title", doc.title), ("text", doc.text), ("tags", " ".join(tags)))}
        if tags:  # each tag a value of its own: no word runs across two tags
            doc.fields["tags"] = [token for tag in tags for token in material_tokens(tag, separator)
                                  if token not in stop]
        written = _split(exact(_TAG.sub(" \0 ", doc.title + "<>" + doc.text)), separator)
        doc.written = written
        doc.words = [fold(word) for word in written]
        names = [doc.title, *tags]
        doc.names = [_split(fold(_TAG.sub(" ", name)), separator) for name in names]
        out.append(doc)
    return out


def _weights(docs: list[Doc]) -> dict[str, dict[int, int]]:
    """lunr's field vectors summed over the fields, in thousandths: term -> document -> weight."""
    count = len(docs)
    frequencies: dict[str, dict[str, dict[int, int]]] = defaultdict(lambda: defaultdict(dict))
    for number, doc in enumerate(docs):
        for name, tokens in doc.fields.items():
            for token in tokens:
                postings = frequencies[token][name]
                postings[number] = postings.get(number, 0) + 1
    average_text = sum(len(doc.fields["text"]) for doc in docs) / count if count else 1
    boosts = {"title": TITLE_BOOST, "text": TEXT_BOOST, "tags": TAGS_BOOST}
    weights: dict[str, dict[int, int]] = {}
    for term, by_field in frequencies.items():
        with_term = sum(len(postings) for postings in by_field.values())
        idf = math.log(1 + abs((count - with_term + 0.5) / (with_term + 0.5)))
        sums: dict[int, int] = defaultdict(int)
        for name, postings in by_field.items():
            for number, tf in postings.items():
                length = len(docs[number].fields["text"]) / average_text if name == "text" else 1
                score = idf * ((K1 + 1) * tf) / (K1 * (1 - LENGTH_NORMALISATION + LENGTH_NORMALISATION * length) + tf)
                score *= boosts[name]
                score *= docs[number].boost
                sums[number] += math.floor(score * 1000 + 0.5)  # Math.round(score * 1000) / 1000
        weights[term] = dict(sums)
    return weights


def _postings(docs: list[Doc]) -> dict[str, list[int]]:
    """Every folded word (index terms and the stop words phrases need) -> its postings, as one list
    of numbers per word: for each document in order, the gap to the previous document, the weight
    (-1: in the text but not an index term there), the count and gaps of its places among the
    document's words, the count and places in its title, the count and (tag, place) pairs in its tags."""
    weights = _weights(docs)
    places: dict[str, dict[int, list[list[int]]]] = defaultdict(dict)
    for number, doc in enumerate(docs):
        here: dict[str, list[list[int]]] = {}
        for position, word in enumerate(doc.words):
            if word and word != "\0":
                entry = here.get(word)
                if entry is None:
                    here[word] = entry = [[], [], []]
                entry[0].append(position)
        for name_number, name in enumerate(doc.names):
            for position, word in enumerate(name):
                entry = here.get(word)
                if entry is None:
                    here[word] = entry = [[], [], []]
                if name_number == 0:
                    entry[1].append(position)
                else:
                    entry[2].extend((name_number - 1, position))
        for word, entry in here.items():
            places[word][number] = entry
    for term, by_doc in weights.items():
        for number in by_doc:
            places[term].setdefault(number, [[], [], []])
    out: dict[str, list[int]] = {}
    for word, by_doc in places.items():
        numbers: list[int] = []
        previous = 0
        term_weights = weights.get(word, {})
        for number in sorted(by_doc):
            seq, title, tags = by_doc[number]
            numbers += [number - previous, term_weights.get(number, -1), len(seq)]
            numbers += [position - last for last, position in zip([0, *seq], seq, strict=False)]
            numbers += [len(title), *title, len(tags) // 2, *tags]
            previous = number
        out[word] = numbers
    return out


def _forms(docs: list[Doc]) -> dict[str, list[int]]:
    """Words written with marks (or đ) -> the documents that write them so."""
    forms: dict[str, set[int]] = defaultdict(set)
    for number, doc in enumerate(docs):
        for word in doc.written:
            if word != "\0" and fold(word) != word:
                forms[word].add(number)
    return {form: sorted(numbers) for form, numbers in forms.items()}


def _keys(words: dict[str, int]) -> list[str]:
    """Part keys: two letters of the folded word, more where a part would pass PART_LIMIT
    (words shorter than a key stay in the shorter key's part)."""
    def split(key: str, members: list[str]) -> list[str]:
        if sum(words[w] for w in members) <= PART_LIMIT * 4:  # raw bytes; gzip packs them about 4:1
            return [key]
        longer: dict[str, list[str]] = defaultdict(list)
        for word in members:
            longer[word[:len(key) + 1]].append(word)
        if len(longer) == 1 and key in longer:  # nothing longer to split by
            return [key]
        keys = [key]
        for sub, sub_members in sorted(longer.items()):
            if sub != key:
                keys += split(sub, sub_members)
        return keys
    groups: dict[str, list[str]] = defaultdict(list)
    for word in words:
        groups[word[:2]].append(word)
    return sorted(key for group, members in groups.items() for key in split(group, members))


def key_of(word: str, keys: set[str]) -> str:
    """The part a word lives in: the longest key it starts with."""
    for length in range(len(word), 0, -1):
        if word[:length] in keys:
            return word[:length]
    return word[:2]


def file_name(key: str) -> str:
    """A part's file name: the key, with every character but a-z and 0-9 written as _<hex>_ (safe in any URL
    and file system; engine.mjs fileName() does the same)."""
    return "".join(char if "a" <= char <= "z" or "0" <= char <= "9" else f"_{ord(char):x}_" for char in key)


def _teaser(text: str) -> str:
    plain = " ".join(_TAG.sub(" ", text).split())
    return plain if len(plain) <= TEASER else plain[:TEASER].rsplit(" ", 1)[0] + " …"


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def build_language(index: dict, english: bool, out: Path) -> dict:
    """Write one language's parts under ``out``; return sizes for the benchmark."""
    separator = js_regex(index["config"]["separator"])
    docs = _documents(index["docs"], english, separator)
    postings = _postings(docs)
    forms = _forms(docs)
    # About four bytes a number in the part files: enough to decide where parts split
    keys = _keys({word: len(word) + 4 * len(numbers) for word, numbers in postings.items()})
    key_set = set(keys)
    parts: dict[str, dict] = {key: {"w": {}, "f": {}} for key in keys}
    for word in sorted(postings):
        parts[key_of(word, key_set)]["w"][word] = postings[word]
    for form in sorted(forms):
        parts[key_of(fold(form), key_set)]["f"][form] = forms[form]
    if out.exists():
        shutil.rmtree(out)
    (out / "w").mkdir(parents=True)
    (out / "d").mkdir()
    for key, part in parts.items():
        (out / "w" / f"{file_name(key)}.json").write_text(_json(part), encoding="utf-8")
    for start in range(0, len(docs), DOCS_PER_PART):
        part_docs = [[doc.location, doc.title, _teaser(doc.text), doc.tags] for doc in docs[start:start + DOCS_PER_PART]]
        (out / "d" / f"{start // DOCS_PER_PART}.json").write_text(_json(part_docs), encoding="utf-8")
    # Material hands the manifest's "config" to its search worker (our adapter) and reads its separator
    # to mark the words found on the page a result opens
    config = {key: value for key, value in index["config"].items() if key != "fields"}
    config["lang"] = ["en" if english else "vi"]
    config["parts"] = {
        "keys": keys,
        "per_part": DOCS_PER_PART,
        # per document: its page (gap back to it, 0 for a page), boost, title words, tag word counts
        "docs": [[number - doc.parent, doc.boost, len(doc.names[0]), *[len(name) for name in doc.names[1:]]]
                 for number, doc in enumerate(docs)],
    }
    manifest = {"config": config}
    (out / "manifest.json").write_text(_json(manifest), encoding="utf-8")
    return {"docs": len(docs), "words": len(postings), "parts": len(keys)}


def build(site: Path) -> dict[str, dict]:
    """The index of each language from ``site``'s search/search_index.json."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {language: build_language(index, language == "en", site / "search" / language)
            for language in ("vi", "en")}


def sizes(folder: Path) -> tuple[int, int, int]:
    """Files, raw and gzip bytes of an index folder."""
    files = [path for path in folder.rglob("*") if path.is_file()]
    raw = sum(path.stat().st_size for path in files)
    packed = sum(len(gzip.compress(path.read_bytes(), 6)) for path in files)
    return len(files), raw, packed
