"""Regenerate the bundled data sets in ``datasets/`` from statsmodels.

A maintainer tool: learners never run it, and statsmodels is not a dependency of the course.
For each name in ``DATASET_NAMES`` it exports ``statsmodels.datasets.<name>.load_pandas().data``
unchanged (no row is added, dropped or edited) to ``datasets/<name>.csv`` and then rewrites
``datasets/manifest.json`` with each file's SHA-256, shape, description, source citation and
licence. Only data sets whose statsmodels ``COPYRIGHT`` string says "public domain" are accepted.

Running it twice gives byte-identical files.

Usage::

    python tools/build_datasets.py

To add a data set: append its statsmodels name to ``DATASET_NAMES``, run this script, then
describe it in ``datasets/README.md`` (the tests check that the README shows every checksum).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import sys
from pathlib import Path

DATASET_NAMES = ("engel", "longley", "macrodata", "nile", "stackloss", "statecrime", "sunspots")

# Columns that statsmodels keeps in the index rather than in the table; they become the first column.
INDEX_COLUMNS = {"statecrime": "state"}

DATA_DIR = Path(__file__).resolve().parent.parent / "datasets"


def clean_text(text: str) -> str:
    """Collapse a statsmodels docstring fragment (reST, line breaks) to one plain line."""
    text = text.replace("::", " ")
    return re.sub(r"\s+", " ", text).strip()


def licence_line(name: str, copyright_text: str) -> str:
    """Return the licence line, refusing any data set that statsmodels does not call public domain."""
    if "public domain" not in copyright_text.lower():
        raise SystemExit(
            f"statsmodels.datasets.{name}.COPYRIGHT is {copyright_text!r}, which does not say "
            "'public domain'; only public-domain data may be bundled."
        )
    return f"Public domain (statsmodels.datasets.{name}.COPYRIGHT: {copyright_text.strip()!r})"


def export_one(name: str, statsmodels_version: str) -> dict:
    """Write ``datasets/<name>.csv`` and return its manifest entry."""
    module = importlib.import_module(f"statsmodels.datasets.{name}")
    licence = licence_line(name, module.COPYRIGHT)
    table = module.load_pandas().data
    if name in INDEX_COLUMNS:
        table = table.rename_axis(INDEX_COLUMNS[name]).reset_index()

    path = DATA_DIR / f"{name}.csv"
    # pandas writes floats with repr(), which round-trips exactly; "\n" endings on every platform.
    csv_text = table.to_csv(index=False, lineterminator="\n")
    path.write_bytes(csv_text.encode("utf-8"))

    # statsmodels leaves DESCRSHORT empty for some data sets (longley); DESCRLONG then stands in.
    description = clean_text(module.DESCRSHORT) or clean_text(module.DESCRLONG)
    return {
        "file": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "rows": int(table.shape[0]),
        "columns": [str(column) for column in table.columns],
        "title": clean_text(module.TITLE),
        "description": description,
        "source": clean_text(module.SOURCE),
        "note": clean_text(module.NOTE),
        "license": licence,
        "provenance": f"statsmodels {statsmodels_version}, statsmodels.datasets.{name}",
    }


def main() -> int:
    try:
        import statsmodels
    except ImportError:
        print(
            "tools/build_datasets.py needs statsmodels (a maintainer-only dependency).\n"
            "Install it with `pip install statsmodels` and run the script again.",
            file=sys.stderr,
        )
        return 1

    DATA_DIR.mkdir(exist_ok=True)
    manifest = {name: export_one(name, statsmodels.__version__) for name in DATASET_NAMES}
    manifest_text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    (DATA_DIR / "manifest.json").write_bytes(manifest_text.encode("utf-8"))

    readme_path = DATA_DIR / "README.md"
    readme = readme_path.read_text(encoding="utf-8") if readme_path.exists() else ""
    for name, entry in manifest.items():
        marker = "" if entry["sha256"] in readme else "   <- update datasets/README.md"
        print(f"{name:<11} {entry['rows']:>4} rows  sha256 {entry['sha256']}{marker}")
    print(f"wrote {len(manifest)} CSV files and manifest.json to {DATA_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
