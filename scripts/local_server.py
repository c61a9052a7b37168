"""A local web server for a built site, as the department's server would serve
it under a sub-path; used by the browser tests and the search benchmark."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def end_headers(self) -> None:
        # As a real server would for a static site: a browser that moves from page to page (the
        # axe pass visits every page in one tab) keeps the shared CSS, scripts and fonts instead
        # of asking again for each page. A new browser context starts with an empty cache.
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()


def serve(directory: Path, prefix: str = "/",
          log: list[str] | None = None) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve ``directory`` at ``prefix`` on 127.0.0.1; returns the server and its base URL.
    Each file served is appended to ``log`` (its path in ``directory``), if given."""
    class Handler(_QuietHandler):
        def translate_path(self, path: str) -> str:
            if log is not None and path.startswith(prefix):
                log.append(path[len(prefix):].split("?")[0].split("#")[0])
            if not path.startswith(prefix):
                return str(directory / "__outside_prefix__")
            return super().translate_path("/" + path[len(prefix):])

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{prefix}"
