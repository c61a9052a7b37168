"""Checklist items (``- [ ] text``) as labelled checkboxes.

pymdownx.tasklist writes ``<li class="task-list-item"><input type="checkbox" disabled/> text</li>``:
a form control without a name (axe rule ``label``, WCAG 1.3.1 / 4.1.2), which a screen reader
announces as just "checkbox". Wrapping the checkbox and the item's own line of text in a
``<label>`` names it with that text, and the text is read once.
"""

from __future__ import annotations

import re

# The checkbox and the inline text after it, up to the item's first block (nested list,
# paragraph, div) or its end. Loose lists put the checkbox inside a <p>.
_ITEM = re.compile(
    r'(<li class="task-list-item">\s*(?:<p>)?)(<input type="checkbox"[^>]*>)(.*?)(?=<ul|<ol|<p>|<div|</p>|</li>)',
    re.DOTALL,
)


def label_checkboxes(html: str) -> str:
    return _ITEM.sub(lambda match: f"{match[1]}<label>{match[2]}{match[3]}</label>", html)
