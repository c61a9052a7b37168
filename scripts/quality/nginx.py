"""Debian's nginx serving a built site with the sample configuration (deploy/nginx/sxsh.conf),
on 127.0.0.1, with its own prefix, pid, logs and temporary folders in a scratch folder.
Used by the security-header test and by `make bench` (Lighthouse sees the site as served)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONF = ROOT / "deploy" / "nginx" / "sxsh.conf"
PREFIX = "/sxsh/"  # the path deploy/nginx/sxsh.conf serves

_MAIN_CONF = """
{user}
worker_processes 1;
pid {scratch}/nginx.pid;
error_log {scratch}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {scratch}/client_body;
    proxy_temp_path {scratch}/proxy;
    fastcgi_temp_path {scratch}/fastcgi;
    uwsgi_temp_path {scratch}/uwsgi;
    scgi_temp_path {scratch}/scgi;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        root {www};
        include {conf};
    }}
}}
"""


def nginx_command() -> str | None:
    return shutil.which("nginx") or next((path for path in ("/usr/sbin/nginx",) if Path(path).exists()), None)


def listening_socket() -> socket.socket:
    """A socket on a free port of 127.0.0.1, bound and listening now: `serving` hands it to nginx, so no other
    program can take the port between choosing it and serving (its number goes into the site's address first)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    return listener


def site_folder(scratch: Path) -> Path:
    """Where to build the site so that nginx serves it at PREFIX."""
    return scratch / "www" / PREFIX.strip("/")


@contextmanager
def serving(scratch: Path, listener: socket.socket) -> Iterator[str]:
    """nginx serving ``site_folder(scratch)`` at http://127.0.0.1:<port>/sxsh/ until the block ends, on the port
    of ``listener`` (see listening_socket), which nginx takes over as an inherited socket."""
    nginx = nginx_command()
    if nginx is None:
        raise RuntimeError("nginx is missing: `make test` installs Debian's nginx")
    port = listener.getsockname()[1]
    # As root, nginx's workers would run as nobody, who cannot read a private scratch folder.
    user = "user root;" if os.geteuid() == 0 else ""
    (scratch / "nginx.conf").write_text(
        _MAIN_CONF.format(user=user, scratch=scratch, port=port, www=scratch / "www", conf=CONF), encoding="utf-8")
    # nginx's own way to take over listening sockets (NGINX="fd;"), as on a binary upgrade.
    server = subprocess.Popen([nginx, "-p", str(scratch), "-e", str(scratch / "error.log"), "-c", str(scratch / "nginx.conf"),
                               "-g", "daemon off;"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              pass_fds=(listener.fileno(),), env={**os.environ, "NGINX": f"{listener.fileno()};"})
    listener.close()
    url = f"http://127.0.0.1:{port}{PREFIX}"
    try:
        # The port listens already: the first request waits in its queue until nginx answers, no polling.
        try:
            urllib.request.urlopen(url, timeout=30).close()
        except (urllib.error.URLError, ConnectionError) as error:
            server.kill()
            log = (scratch / "error.log").read_text() if (scratch / "error.log").exists() else ""
            raise RuntimeError(f"nginx did not answer ({error}): " + server.stdout.read().decode() + log) from None
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
