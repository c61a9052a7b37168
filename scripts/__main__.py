"""Command line of the SXSH column: `python -m scripts <verb>` (the Makefile calls these)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.build_state import load_checked
from scripts.content.contact import unconfirmed_notice
from scripts.content.sources import load_site, source_folders
from scripts.site_model import load as site_model

ROOT = Path(__file__).resolve().parent.parent


def check(arguments: argparse.Namespace) -> int:
    """Check every source: schemas, Unicode, then (unless --content-only) links, images and style on a fresh build."""
    site = load_checked(ROOT, site_model().mounts)
    problems = sorted(site.problems)
    for problem in problems:
        print(problem)
    if problems:
        print(f"\n{len(problems)} lỗi / problem(s).", file=sys.stderr)
        return 1
    print(f"Nội dung hợp lệ: {len(site.pages)} trang. / Content is valid: {len(site.pages)} pages.")
    notice = unconfirmed_notice(site.contact, site.contact_lines)
    if notice:  # a reminder, as in the build: the check still passes
        print(f"CHÚ Ý / NOTE: {notice}")
    if arguments.content_only:
        return 0
    from scripts.checks import run_site_checks

    return run_site_checks(ROOT, site, site_model())


def new(arguments: argparse.Namespace) -> int:
    """Create a new page in Vietnamese and English from its schema."""
    from scripts.content.scaffold import ScaffoldError, make, write

    folders = {url: source for source, url in source_folders(site_model().mounts).items() if url}
    try:
        written = write(ROOT, make(arguments.type, arguments.title, arguments.title_en or "", folders=folders))
    except ScaffoldError as error:
        print(error, file=sys.stderr)
        return 1
    print("Đã tạo / Created:")
    for path in written:
        print(f"  {path}")
    print("Mở hai tệp, thay các ví dụ bằng nội dung thật, rồi xem trước bằng `make serve`."
          "\n(EN) Open both files, replace the examples with real content, then preview with `make serve`.")
    return 0


def fix_unicode(arguments: argparse.Namespace) -> int:
    """Rewrite NFD, TCVN3/VNI and invisible characters as clean NFC text in docs/, handbook/ and data/."""
    from scripts.content.unicode_fix import fix_tree

    folders = [*source_folders(site_model().mounts), "data"]
    changes = fix_tree(ROOT, folders, dry_run=arguments.dry_run)
    for change in changes:
        print(change)
    files = len({change.path for change in changes})
    verb = ("sẽ sửa", "would change") if arguments.dry_run else ("đã sửa", "changed")
    print(f"{verb[0].capitalize()} {len(changes)} dòng trong {files} tệp. / {verb[1].capitalize()} "
          f"{len(changes)} line(s) in {files} file(s).")
    return 0


def fix_tone_marks(arguments: argparse.Namespace) -> int:
    """Move tone marks to the site's style ("hoá" → "hóa", "thuỷ" → "thủy", "Uỷ" → "Ủy"), printing each line changed."""
    from scripts.content.tone_marks import fix_files
    from scripts.content.unicode_fix import text_files

    folders = arguments.paths or [*source_folders(site_model().mounts), "data"]
    files = [path for path in text_files(ROOT, folders) if not path.startswith("docs/admin/")]
    files += [path for path in folders if (ROOT / path).is_file()]
    changes = fix_files(ROOT, files, dry_run=arguments.dry_run)
    for change in changes:
        print(change)
    count = len({change.path for change in changes})
    verb = ("sẽ sửa", "would change") if arguments.dry_run else ("đã sửa", "changed")
    print(f"{verb[0].capitalize()} {len(changes)} dòng trong {count} tệp. / {verb[1].capitalize()} "
          f"{len(changes)} line(s) in {count} file(s).")
    return 0


def cms_config(arguments: argparse.Namespace) -> int:
    """Write docs/admin/config.yml (the CMS forms) from the schemas; --check exits 1 when the copy has drifted."""
    from scripts.cms.config import CONFIG_PATH, render

    text = render(site_model().config, ROOT)
    path = ROOT / CONFIG_PATH
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if arguments.check:
        if current != text:
            print(f"{CONFIG_PATH} không khớp với scripts/content/schema.py — chạy `python -m scripts cms-config`"
                  f"\n    (EN) {CONFIG_PATH} does not match scripts/content/schema.py — run `python -m scripts cms-config`",
                  file=sys.stderr)
            return 1
        return 0
    if current != text:  # written only when it changes, so a rebuild stays quiet
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        print(f"Đã ghi / Wrote {CONFIG_PATH}")
    return 0


def content_report(arguments: argparse.Namespace) -> int:
    """What needs attention: stale pages, missing translations, sources without an address, figures on a
    source with a caveat, contact details to confirm; one line per file and line."""
    from scripts.cms.report import SECTIONS, report

    items = report(load_site(ROOT, site_model().mounts))
    for section, heading in SECTIONS.items():
        chosen = [item for item in items if item.section == section]
        print(f"\n== {heading['vi']} / {heading['en']}: {len(chosen)}")
        for item in chosen:
            print(item)
    return 0


def weight(arguments: argparse.Namespace) -> int:
    """Page weight of a built site: the ten heaviest pages; exit 1 if a page is over budget."""
    site: Path = arguments.site
    from scripts.quality.site_pages import base_path
    from scripts.quality.weight import report, weigh

    weights = weigh(site, base_path(site))
    print(report(weights))
    over = [problem for page_weight in weights for problem in page_weight.over_budget()]
    for problem in over:
        print(problem, file=sys.stderr)
    return 1 if over else 0


def bench(arguments: argparse.Namespace) -> int:
    """Time the full build and run Lighthouse on three pages; append the results to BENCHMARKS.md."""
    from scripts.quality.bench import append, run

    section = run()
    append(section)
    print(section)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts", description=__doc__)
    verbs = parser.add_subparsers(dest="verb", required=True)
    check_parser = verbs.add_parser("check", help=check.__doc__)
    check_parser.add_argument("--content-only", action="store_true", help="only schemas and Unicode, no build")
    new_parser = verbs.add_parser("new", help=new.__doc__)
    new_parser.add_argument("type", help="qa, case, leaflet, news or event")
    new_parser.add_argument("--title", required=True, help="the Vietnamese title (the file name is made from it)")
    new_parser.add_argument("--title-en", default="", help="the English title (default: the Vietnamese one)")
    fix_parser = verbs.add_parser("fix-unicode", help=fix_unicode.__doc__)
    fix_parser.add_argument("--dry-run", action="store_true", help="show the changes without writing")
    tone_parser = verbs.add_parser("fix-tone-marks", help=fix_tone_marks.__doc__)
    tone_parser.add_argument("--dry-run", action="store_true", help="show the changes without writing")
    tone_parser.add_argument("paths", nargs="*", help="files or folders (default: docs/, handbook/ and data/)")
    cms_parser = verbs.add_parser("cms-config", help=cms_config.__doc__)
    cms_parser.add_argument("--check", action="store_true", help="exit 1 when the committed copy has drifted")
    verbs.add_parser("bench", help=bench.__doc__)
    verbs.add_parser("report", help=content_report.__doc__)
    weight_parser = verbs.add_parser("weight", help=weight.__doc__)
    weight_parser.add_argument("site", type=Path, nargs="?", default=ROOT / "site")
    arguments = parser.parse_args(argv)
    commands = {"check": check, "new": new, "fix-unicode": fix_unicode, "fix-tone-marks": fix_tone_marks, "cms-config": cms_config,
                "bench": bench, "weight": weight, "report": content_report}
    return commands[arguments.verb](arguments)


if __name__ == "__main__":
    sys.exit(main())
