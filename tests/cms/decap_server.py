"""decap-server, the web form's local backend (`make cms`), started on a free port for a test."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import ROOT

DECAP_SERVER = ROOT / "node_modules/decap-server/dist/index.js"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen) -> None:
    for _ in range(150):  # at most about 15 s
        if process.poll() is not None:
            raise RuntimeError(process.stdout.read() if process.stdout else "decap-server stopped")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError("decap-server did not start")


@contextmanager
def decap_server(project: Path, port: int | None = None, mode: str = "fs") -> Iterator[str]:
    """The API address of a decap-server serving the files of ``project``: ``fs`` writes into the folder
    (`make cms`), ``git`` keeps each change on a branch of the repository there, as the forge does."""
    port = port or free_port()
    env = {**os.environ, "PORT": str(port), "BIND_HOST": "127.0.0.1", "GIT_REPO_DIRECTORY": str(project),
           "LOG_LEVEL": "warn", "MODE": mode}
    process = subprocess.Popen(["node", str(DECAP_SERVER)], cwd=project, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}/api/v1"
    finally:
        process.terminate()
        process.wait(timeout=10)


def call(api: str, action: str, **params: object) -> object:
    """One request, as Decap's local backend sends it."""
    body = json.dumps({"action": action, "params": {"branch": "main", **params}}).encode()
    request = urllib.request.Request(api, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)
