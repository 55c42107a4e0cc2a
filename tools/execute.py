"""Re-run notebooks in place, top to bottom, so their committed outputs are fresh.

    python -m tools.execute                      # every notebook of the course
    python -m tools.execute 00-prerequisites     # a folder, or notebook paths
    python -m tools.execute --jobs 1 PATH ...    # one at a time

Deterministic: the kernel environment is fixed (``tools.common.kernel_environment``), no timing
metadata is recorded and ``language_info`` is reduced to the language name, so running it twice
leaves ``git diff`` empty. This is the only way outputs in this repository are produced.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from tools.common import ROOT, kernel_environment, notebook_paths


def run_notebook(path: Path, write: bool = True, timeout: int = 600) -> float:
    """Execute one notebook in its own folder; write it back if ``write``. Returns seconds."""
    os.environ.update(kernel_environment(dict(os.environ)))
    os.environ.pop("MPLBACKEND", None)
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        record_timing=False,
    )
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    notebook.metadata["language_info"] = {"name": "python"}
    if write:
        nbformat.validate(notebook)
        nbformat.write(notebook, path)
    return seconds


def resolve(arguments: list[str]) -> list[Path]:
    """Notebook paths from the command line: files, folders, or every notebook when empty."""
    if not arguments:
        return notebook_paths()
    paths: list[Path] = []
    for argument in arguments:
        path = Path(argument).resolve()
        if path.is_dir():
            paths.extend(sorted(path.glob("[0-9][0-9]-*.ipynb")))
        elif path.suffix == ".ipynb" and path.exists():
            paths.append(path)
        else:
            raise SystemExit(f"not a notebook or folder: {argument}")
    return paths


def _run(path: Path) -> tuple[Path, float, str | None]:
    try:
        return path, run_notebook(path), None
    except Exception as error:  # report and go on with the others
        return path, 0.0, f"{type(error).__name__}: {str(error).strip().splitlines()[-1] if str(error).strip() else ''}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", help="notebooks or folders (default: all)")
    parser.add_argument("--jobs", type=int, default=2, help="notebooks run at once (default 2)")
    args = parser.parse_args(argv)
    paths = resolve(args.paths)
    failures = 0
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for path, seconds, error in pool.map(_run, paths):
            name = path.relative_to(ROOT)
            if error is None:
                print(f"{seconds:6.1f} s  {name}", flush=True)
            else:
                failures += 1
                print(f"FAILED    {name}: {error}", flush=True)
    print(f"{len(paths) - failures} of {len(paths)} notebooks executed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
