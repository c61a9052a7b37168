"""The search engine's own unit tests (tests/search/js/*.test.mjs), run in Node as `node --test`."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

TESTS = Path(__file__).with_name("js")


def test_engine_unit_tests_pass_in_node() -> None:
    node = shutil.which("node")
    assert node, "Node.js is needed (Debian package nodejs)"
    done = subprocess.run([node, "--test", *sorted(str(path) for path in TESTS.glob("*.test.mjs"))],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "# fail 0" in done.stdout
