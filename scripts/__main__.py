"""Command line of the SXSH column: `python -m scripts <verb>` (the Makefile calls these)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from scripts.content.sources import load_site
from scripts.pages.directives import check_directives

ROOT = Path(__file__).resolve().parent.parent


def mounts() -> dict[str, str]:
    # mkdocs.yml uses !ENV tags; read only the key we need, ignoring unknown tags.
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    return dict(config.get("extra", {}).get("mounts", {}))


def check() -> int:
    """Check every source against the schemas without building; print each problem."""
    site = load_site(ROOT, mounts())
    problems = sorted(site.problems + check_directives(site))
    for problem in problems:
        print(problem)
    if problems:
        print(f"\n{len(problems)} lỗi / problem(s).", file=sys.stderr)
        return 1
    print(f"Nội dung hợp lệ: {len(site.pages)} trang. / Content is valid: {len(site.pages)} pages.")
    return 0


def weight(site: Path) -> int:
    """Page weight of a built site: the ten heaviest pages; exit 1 if a page is over budget."""
    from scripts.quality.site_pages import base_path
    from scripts.quality.weight import report, weigh

    weights = weigh(site, base_path(site))
    print(report(weights))
    over = [problem for page_weight in weights for problem in page_weight.over_budget()]
    for problem in over:
        print(problem, file=sys.stderr)
    return 1 if over else 0


def bench() -> int:
    """Time the full build and run Lighthouse on three pages; append the results to BENCHMARKS.md."""
    from scripts.quality.bench import append, run

    section = run()
    append(section)
    print(section)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts", description=__doc__)
    verbs = parser.add_subparsers(dest="verb", required=True)
    verbs.add_parser("check", help=check.__doc__)
    verbs.add_parser("bench", help=bench.__doc__)
    weight_verb = verbs.add_parser("weight", help=weight.__doc__)
    weight_verb.add_argument("site", type=Path, nargs="?", default=ROOT / "site")
    arguments = parser.parse_args(argv)
    if arguments.verb == "weight":
        return weight(arguments.site)
    return {"check": check, "bench": bench}[arguments.verb]()


if __name__ == "__main__":
    sys.exit(main())
