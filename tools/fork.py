"""Point the course at another GitHub repository (a fork): badges, setup cells, links.

    python -m tools.fork OWNER/NAME

The repository URL lives in one place, ``[project.urls] Repository`` in pyproject.toml. This
rewrites it there and wherever it was copied (README and other Markdown, notebooks' setup cells
and badges, workflow files), then regenerates the title cells with ``sync``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

from tools.common import ROOT, repository_slug
from tools.sync import write_all

SUFFIXES = {".md", ".ipynb", ".toml", ".yml", ".yaml", ".cfg", ".txt", ".py"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("slug", help="the new repository as OWNER/NAME")
    args = parser.parse_args(argv)
    if not re.fullmatch(r"[\w.-]+/[\w.-]+", args.slug):
        parser.error(f"expected OWNER/NAME, got {args.slug!r}")
    old = repository_slug()
    if old == args.slug:
        print(f"already pointing at {old}")
        return 0
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    changed = 0
    for name in tracked.stdout.splitlines():
        path = ROOT / name
        if path.suffix not in SUFFIXES or not path.is_file() or name.startswith("tools/"):
            continue
        text = path.read_text()
        # only URLs that name the repository: github.com/OLD, /gh/OLD/ (Binder), /github/OLD/ (Colab)
        new = re.sub(rf"(github\.com/|/gh/|/github/){re.escape(old)}\b", rf"\g<1>{args.slug}", text)
        if new != text:
            path.write_text(new)
            changed += 1
    write_all()
    print(f"rewrote {changed} files: {old} -> {args.slug}; now run `pytest` and commit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
