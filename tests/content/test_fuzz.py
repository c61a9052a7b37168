"""Property: whatever an editor's tool does to a real source file (a line deleted or doubled, a value of another
type, control characters, a cut-off file, another encoding), the checks either accept it or answer with
``path:line: field: Vietnamese`` + an English line — never a Python traceback, never a rewritten source.
A few mutations also go through the real build, which must either succeed or stop with such messages.

Hypothesis runs a fixed, derandomised budget of examples, so CI sees the same cases every time.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts.content.references import check_keys, check_references
from scripts.content.schema import DATA_COLLECTIONS
from scripts.content.source_refs import check_registry
from scripts.content.sources import Site, check_site, load_collection, load_page, load_site, read_source
from scripts.pages.directives import check_directives
from tests.conftest import build_site, copy_project

ROOT = Path(__file__).resolve().parents[2]
MOUNTS = {"handbook": "so-tay"}
#: One real file of each kind an editor edits: a Q&A, a case, a chapter, a leaflet, a news item, a section home, data.
PAGES = [
    ("docs/hoi-dap/sxsh-la-gi.vi.md", "hoi-dap/sxsh-la-gi.md"),
    ("docs/hoi-dap/sxsh-la-gi.en.md", "hoi-dap/sxsh-la-gi.en.md"),
    ("docs/mo-hinh/vi-du-nha-may-bia-tiet-kiem-hoi-va-nuoc.vi.md", "mo-hinh/vi-du-nha-may-bia-tiet-kiem-hoi-va-nuoc.md"),
    ("handbook/phuong-phap/buoc-1-khoi-dong.vi.md", "so-tay/phuong-phap/buoc-1-khoi-dong.md"),
    ("docs/tai-lieu/san-xuat-sach-hon-la-gi.vi.md", "tai-lieu/san-xuat-sach-hon-la-gi.md"),
    ("docs/tin-tuc/ra-mat-chuyen-muc-san-xuat-sach-hon.vi.md", "tin-tuc/ra-mat-chuyen-muc-san-xuat-sach-hon.md"),
    ("docs/chuong-trinh/index.vi.md", "chuong-trinh/index.md"),
]
DATA = ["data/sources.yml", "data/energy-norms.yml", "data/programme-tasks.yml", "data/assessment-criteria.yml"]
MESSAGE = re.compile(r"^[^\n:]+:\d+: [^\n]+: [^\n]+\n    \(EN\) [^\n]+$")
NOISE = ["\x00", "\x0b", "\u200b", "\ufeff", "\r", "\t", ":", "- ", "---", "\"", "'", "[", "{", "|", "#", "é", "é",
         "<script>", "<!-- render x -->", "<!-- render sources -->", "2026-13-45", "1.000.000", "-5", "~", "&"]


@cache
def real_site() -> Site:
    return load_site(ROOT, MOUNTS)


def mutate(data: bytes, draw: st.DrawFn) -> bytes:
    """One editor-like accident applied to the bytes of a file."""
    text = data.decode("utf-8")
    lines = text.split("\n")
    where = draw(st.integers(0, max(len(lines) - 1, 0)))
    kind = draw(st.sampled_from(["delete", "duplicate", "retype", "insert", "truncate", "encode", "noise-text"]))
    if kind == "delete":
        del lines[where]
    elif kind == "duplicate":
        lines.insert(where, lines[where])
    elif kind == "retype" and ":" in lines[where]:
        key = lines[where].split(":", 1)[0]
        value = draw(st.sampled_from(["", " [một, hai]", " {a: 1}", " 12", " -3.5", " true", " 2026-02-30", " \"mở",
                                      " |", " null", " ~", " 1e999", " 0x1F"]))
        lines[where] = f"{key}:{value}"
    elif kind == "insert":
        column = draw(st.integers(0, len(lines[where])))
        lines[where] = lines[where][:column] + draw(st.sampled_from(NOISE)) + lines[where][column:]
    elif kind == "noise-text":
        lines.insert(where, draw(st.text(max_size=40)))
    text = "\n".join(lines)
    if kind == "truncate":
        return text.encode("utf-8")[: draw(st.integers(0, len(text.encode("utf-8"))))]
    if kind == "encode":
        encoding = draw(st.sampled_from(["utf-16", "utf-8-sig", "cp1258", "latin-1", "utf-32"]))
        return text.encode(encoding, errors="replace")
    return text.encode("utf-8", errors="surrogatepass")


def assert_well_formed(problems: list, allowed_paths: set[str]) -> None:
    for problem in problems:
        assert problem.line >= 1, problem
        assert MESSAGE.match(str(problem)), str(problem)
        assert problem.path in allowed_paths, problem


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz")
    for folder in ("docs", "handbook", "data"):
        shutil.copytree(ROOT / folder, root / folder)
    return root


@settings(max_examples=160, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_any_mutation_of_a_page_gets_a_clear_answer(workspace: Path, data: st.DataObject) -> None:
    source, url_path = data.draw(st.sampled_from(PAGES))
    mutated = mutate((ROOT / source).read_bytes(), data.draw)
    path = workspace / source
    path.write_bytes(mutated)
    try:
        text, problems = read_source(path, source)
        if text is not None:
            page, found = load_page(source, url_path, text)
            problems += found
            if page is not None:
                real = real_site()
                others = [p for p in real.pages if p.source != source]
                site = Site(ROOT, pages=[*others, page], data=real.data, data_lines=real.data_lines, book=real.book)
                problems += check_site(site)
                problems += check_directives(Site(ROOT, pages=[page], data=real.data, data_lines=real.data_lines))
        counterpart = source.replace(".vi.md", ".en.md") if ".vi." in source else source.replace(".en.md", ".vi.md")
        assert_well_formed(problems, {source, counterpart})
        assert path.read_bytes() == mutated  # reported, never mended behind the editor's back
    finally:
        shutil.copy2(ROOT / source, path)


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_any_mutation_of_a_data_file_gets_a_clear_answer(workspace: Path, data: st.DataObject) -> None:
    relative = data.draw(st.sampled_from(DATA))
    mutated = mutate((ROOT / relative).read_bytes(), data.draw)
    path = workspace / relative
    path.write_bytes(mutated)
    try:
        real = real_site()
        site = Site(workspace, pages=real.pages, data=dict(real.data), data_lines=dict(real.data_lines))
        collection = next(c for c in DATA_COLLECTIONS if f"data/{c.folder}" == relative)
        site.data[collection.name] = load_collection(site, collection)
        problems = [*site.problems, *check_keys(site), *check_references(site)]
        problems += check_registry(site.data.get("sources", []), site.data_lines.get("sources", {}))
        # A record that vanished may leave a page citing it: that page is named, which is right.
        assert_well_formed(problems, {relative, *(p.source for p in real.pages), *(f"data/{c.folder}" for c in DATA_COLLECTIONS)})
        assert path.read_bytes() == mutated
    finally:
        shutil.copy2(ROOT / relative, path)


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink() and "__pycache__" not in p.parts}


@settings(max_examples=3, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_the_real_build_succeeds_or_stops_with_editor_messages(tmp_path_factory: pytest.TempPathFactory,
                                                             data: st.DataObject) -> None:
    project = copy_project(tmp_path_factory.mktemp("build") / "project")
    source, _ = data.draw(st.sampled_from(PAGES))
    (project / source).write_bytes(mutate((ROOT / source).read_bytes(), data.draw))
    before = _digest(project / "docs") | {f"handbook/{k}": v for k, v in _digest(project / "handbook").items()}
    out = project.parent / "site"
    result = build_site(out, cwd=project)
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    if result.returncode != 0:
        assert re.search(r"^(?:\S+ -  )?[\w./-]+:\d+: ", output, re.MULTILINE), output
    after = _digest(project / "docs") | {f"handbook/{k}": v for k, v in _digest(project / "handbook").items()}
    assert after == before
