"""decap-server, the web form's local backend (`make cms`), started for a test on a port the system picks."""

from __future__ import annotations

import json
import os
import subprocess
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import ROOT

DECAP_SERVER = ROOT / "node_modules/decap-server/dist/index.js"
REPORT_PORT = Path(__file__).with_name("report_port.cjs")


def listening_port(process: subprocess.Popen) -> int:
    """The port decap-server bound, as tests/cms/report_port.cjs prints it."""
    for line in process.stdout:
        if line.startswith("listening-port "):
            return int(line.split()[1])
    process.wait(timeout=10)
    raise RuntimeError(f"decap-server stopped before it listened (exit code {process.returncode})")


@contextmanager
def decap_server(project: Path, mode: str = "fs") -> Iterator[str]:
    """The API address of a decap-server serving the files of ``project``: ``fs`` writes into the folder
    (`make cms`), ``git`` keeps each change on a branch of the repository there, as the forge does.
    It binds port 0, so no other process can take its port between choosing and binding it."""
    env = {**os.environ, "PORT": "0", "BIND_HOST": "127.0.0.1", "GIT_REPO_DIRECTORY": str(project),
           "LOG_LEVEL": "warn", "MODE": mode}
    process = subprocess.Popen(["node", "--require", str(REPORT_PORT), str(DECAP_SERVER)], cwd=project, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        yield f"http://127.0.0.1:{listening_port(process)}/api/v1"
    finally:
        process.terminate()
        process.wait(timeout=10)


def call(api: str, action: str, **params: object) -> object:
    """One request, as Decap's local backend sends it."""
    body = json.dumps({"action": action, "params": {"branch": "main", **params}}).encode()
    request = urllib.request.Request(api, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)
