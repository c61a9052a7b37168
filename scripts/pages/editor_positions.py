"""MkDocs' own warnings (a broken link, a missing anchor or image) rewritten in
our ``path:line:`` form, so an editor can jump to the line.

MkDocs says: "Doc file 'hoi-dap/x.md' contains a link 'y.md', but the target
'hoi-dap/y.md' is not found among documentation files." We find the line of
'y.md' in the source and prefix the message. Strict mode still counts the
warning, because only the text of the record changes.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from scripts.site_model import load as site_model

# "Doc file 'a.md' contains a link 'b.md', ..." and its variants (absolute, unrecognized, anchor).
_DOC_FILE = re.compile(r"Doc file '(?P<file>[^']+)' contains [^']*'(?P<target>[^']+)'")


class PositionFilter(logging.Filter):
    def __init__(self, root: Path, mounts: dict[str, str]):
        super().__init__()
        self.root = root
        self.mounts = mounts

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        message = record.getMessage()
        match = _DOC_FILE.search(message)
        if match:
            source, line = self.locate(match.group("file"), match.group("target"))
            record.msg = f"{source}:{line}: liên kết / link: {message}"
            record.args = ()
        return True

    def locate(self, doc_file: str, target: str) -> tuple[str, int]:
        source = f"docs/{doc_file}"
        for folder, url_folder in self.mounts.items():
            if doc_file.startswith(url_folder + "/"):
                source = f"{folder}/{doc_file[len(url_folder) + 1:]}"
        path = self.root / source
        if not path.exists() and source.endswith(".md"):  # the Vietnamese file is x.vi.md
            source = source.removesuffix(".md") + ".vi.md"
            path = self.root / source
        if path.exists():
            for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
                if target in line:
                    return source, number
        return source, 1


def install_position_filter(root: Path) -> None:
    logger = logging.getLogger("mkdocs")
    for existing in list(logger.filters):
        if isinstance(existing, PositionFilter):
            logger.removeFilter(existing)
    position_filter = PositionFilter(root, site_model(root).mounts)
    # Filters on a logger do not apply to its children's records, so attach to the handlers' path:
    for name in ("mkdocs", "mkdocs.structure.pages", "mkdocs.structure.nav", "mkdocs.commands.build"):
        child = logging.getLogger(name)
        for existing in list(child.filters):
            if isinstance(existing, PositionFilter):
                child.removeFilter(existing)
        child.addFilter(position_filter)
    logger.addFilter(position_filter)
