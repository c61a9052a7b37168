"""Words apart in the search index where the page shows them apart.

Material's search plugin drops the tags it does not keep without putting a
space in their place, so text on either side of a table cell boundary or a line
break becomes one word: "Số, ký hiệu" + "1759/QĐ-UBND" -> "Số, ký hiệu1759/QĐ-UBND",
"năng lượng<br>Suất" -> "lượngSuất"; neither word could be found. A space before
each closing cell tag and after each line break is invisible on the page and
keeps the words apart in the index.
"""

from __future__ import annotations

import re

_CELL_END = re.compile(r"(?<!\s)</(td|th|caption)>")
_LINE_BREAK = re.compile(r"(<br\s*/?>)(?!\s)")


def keep_words_apart(html: str) -> str:
    return _LINE_BREAK.sub(r"\1 ", _CELL_END.sub(r" </\1>", html))
