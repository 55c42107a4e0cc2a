"""Re-run notebooks in place, top to bottom, so their committed outputs are fresh.

    python -m tools.execute                      # every notebook of the course
    python -m tools.execute 00-prerequisites     # a folder, or notebook paths
    python -m tools.execute --jobs 1 PATH ...    # one at a time

Deterministic: the kernel environment is fixed (``tools.common.kernel_environment``), no timing
metadata is recorded, ``language_info`` is reduced to the language name, consecutive pieces of
one stream are joined (the kernel splits stdout at random points), and a cell marked
``# NBVAL_IGNORE_OUTPUT`` (a timing, which varies by nature) keeps its stored output while its
source is unchanged; ``--refresh-ignored`` replaces those too. Running it twice leaves
``git diff`` empty. This is the only way outputs in this repository are produced.
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

IGNORE_MARKER = "NBVAL_IGNORE_OUTPUT"


def coalesce_streams(cell: nbformat.NotebookNode) -> None:
    """Join consecutive stdout (or stderr) pieces into one output, as a reader sees them."""
    merged: list = []
    for output in cell.get("outputs", []):
        previous = merged[-1] if merged else None
        if (
            output.output_type == "stream"
            and previous is not None
            and previous.output_type == "stream"
            and previous.name == output.name
        ):
            previous.text += output.text
        else:
            merged.append(output)
    cell.outputs = merged


def keep_ignored_outputs(stored: nbformat.NotebookNode, fresh: nbformat.NotebookNode) -> None:
    """Give unchanged ``# NBVAL_IGNORE_OUTPUT`` cells back the outputs they had."""
    if len(stored.cells) != len(fresh.cells):
        return
    for old, new in zip(stored.cells, fresh.cells):
        if (
            new.cell_type == "code"
            and IGNORE_MARKER in new.source.split("\n", 1)[0]
            and old.cell_type == "code"
            and old.source == new.source
            and old.get("outputs")
        ):
            new.outputs = old.outputs


def run_notebook(
    path: Path, write: bool = True, timeout: int = 600, refresh_ignored: bool = False
) -> float:
    """Execute one notebook in its own folder; write it back if ``write``. Returns seconds."""
    os.environ.update(kernel_environment(dict(os.environ)))
    os.environ.pop("MPLBACKEND", None)
    notebook = nbformat.read(path, as_version=4)
    stored = nbformat.read(path, as_version=4)
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
    for cell in notebook.cells:
        if cell.cell_type == "code":
            coalesce_streams(cell)
    if not refresh_ignored:
        keep_ignored_outputs(stored, notebook)
    for index, cell in enumerate(notebook.cells):
        # An error raised after a cell finished (e.g. while drawing its figure) does not stop
        # nbclient, but it must not be committed.
        if any(output.output_type == "error" for output in cell.get("outputs", [])):
            raise RuntimeError(
                f"cell {index} produced an error output; the notebook was not written"
            )
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


def _run(path: Path, refresh_ignored: bool = False) -> tuple[Path, float, str | None]:
    try:
        return path, run_notebook(path, refresh_ignored=refresh_ignored), None
    except Exception as error:  # report and go on with the others
        return (
            path,
            0.0,
            f"{type(error).__name__}: {str(error).strip().splitlines()[-1] if str(error).strip() else ''}",
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*", help="notebooks or folders (default: all)")
    parser.add_argument("--jobs", type=int, default=2, help="notebooks run at once (default 2)")
    parser.add_argument(
        "--refresh-ignored",
        action="store_true",
        help="also replace the outputs of NBVAL_IGNORE_OUTPUT cells",
    )
    args = parser.parse_args(argv)
    paths = resolve(args.paths)
    failures = 0
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for path, seconds, error in pool.map(_run, paths, [args.refresh_ignored] * len(paths)):
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
