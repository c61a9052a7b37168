"""`<!-- render retired-institutions -->`: the editor's guide shows the institutions that no longer exist and the
words that put a sentence in the past, from the same data and list the check uses."""

from __future__ import annotations

from scripts.content.retired import PAST_WORDS, ended_on, institutions
from scripts.content.schema import RETIRED_INSTITUTIONS
from scripts.pages.context import RenderContext
from scripts.pages.markdown import cell, table

WORDS = {
    "name": {"vi": "Cơ quan, đơn vị", "en": "Institution"},
    "successor": {"vi": "Nay là", "en": "Now"},
    "ended": {"vi": "Không còn từ", "en": "Ended"},
    "words": {"vi": "Chữ cho biết câu nói về quá khứ", "en": "Words that put a sentence in the past"},
}


def retired_table(context: RenderContext, args: dict[str, str]) -> str:
    language = context.language
    rows = []
    for institution in institutions(context.site.data.get(RETIRED_INSTITUTIONS.name, [])):
        ended = ended_on(institution.ended)[0 if language == "vi" else 1]
        note = f" ({institution.note[language]})" if institution.note else ""
        rows.append([cell(institution.name[language]), cell(institution.successor[language] + note), cell(ended)])
    header = [WORDS[key][language] for key in ("name", "successor", "ended")]
    words = ", ".join(f"“{word}”" for key in (language, "en" if language == "vi" else "vi") for word in PAST_WORDS[key])
    return table(header, rows) + f"\n{WORDS['words'][language]}: {words}.\n"
