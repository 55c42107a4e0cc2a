"""Time every notebook (or the paths given) without changing them.

    python -m tools.bench                 # a table per notebook, the total and the slowest ten
    python -m tools.bench 01-linear-algebra --jobs 1

Numbers are wall-clock seconds of one top-to-bottom run, kernel start included. Timing is
measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from tools.common import ROOT
from tools.execute import resolve, run_notebook


def _time(path: Path) -> tuple[Path, float]:
    return path, run_notebook(path, write=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*", help="notebooks or folders (default: all)")
    parser.add_argument(
        "--jobs", type=int, default=1, help="notebooks run at once (default 1: cleanest timings)"
    )
    args = parser.parse_args(argv)
    paths = resolve(args.paths)
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(_time, paths))
    wall = time.perf_counter() - start
    print("| notebook | seconds |")
    print("|---|---:|")
    for path, seconds in results:
        print(f"| {path.relative_to(ROOT)} | {seconds:.1f} |")
    total = sum(seconds for _, seconds in results)
    print(
        f"| **total ({len(results)} notebooks, {args.jobs} at a time: {wall:.1f} s wall)** | **{total:.1f}** |"
    )
    print("\nSlowest ten:")
    for path, seconds in sorted(results, key=lambda item: -item[1])[:10]:
        print(f"  {seconds:6.1f} s  {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
