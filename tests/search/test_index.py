"""The built search index holds the words a reader sees on the page."""

from __future__ import annotations

import json
import re
from pathlib import Path

# A word, a table cell boundary or a line break (and any tags around it), a word
_BOUNDARY = re.compile(
    r"(\w+)(?:</[a-z]+>)*(?:\s*</t[dh]>\s*<t[dh][^>]*>|<br\s*/?>)\s*(?:<[a-z][^>]*>)*(\w+)")


def test_words_either_side_of_a_cell_or_line_break_stay_apart(built_site: Path) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    separator = re.compile(index["config"]["separator"])
    tokens: set[str] = set()
    for doc in index["docs"]:
        text = re.sub(r"<[^>]+>", " ", doc["title"] + " " + doc["text"])
        tokens.update(token.lower() for token in separator.split(text) if token)
    joined: dict[str, str] = {}
    for page in built_site.rglob("*.html"):
        for left, right in _BOUNDARY.findall(page.read_text(encoding="utf-8")):
            if not (left + right).isdigit():  # "3" and "75" in two cells: "375" may well be a number elsewhere
                joined[(left + right).lower()] = str(page.relative_to(built_site))
    found = {word: page for word, page in joined.items() if word in tokens}
    assert not found, found
