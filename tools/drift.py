"""Drift lanes: run every notebook against other versions of the dependencies, errors only.

    python -m tools.drift newest            # the newest releases of everything
    python -m tools.drift colab             # the versions Colab ships (see COLAB below)
    python -m tools.drift colab --python python3.13

Each lane builds a throw-away virtual environment, installs this package non-editable with the
lane's versions, and runs ``pytest --nbval-lax`` over the notebooks: a notebook fails only if a
cell raises, not if an output differs (outputs are committed from the pinned versions). Not part
of the default ``pytest``; GitHub Actions runs both lanes weekly (.github/workflows/drift.yml).
Standard library only, so it runs from any Python.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: What Colab ships (toolchain notes, Aug 2026); Colab itself runs Python 3.13.
COLAB = [
    "numpy==2.1.*",
    "scipy==1.16.*",
    "matplotlib==3.10.*",
    "pandas==2.2.*",
    "seaborn==0.13.*",
    "scikit-learn==1.6.*",
]
NEWEST = ["numpy", "scipy", "matplotlib", "pandas", "seaborn", "scikit-learn"]
RUNNER = ["ipykernel", "nbformat", "nbclient", "nbval", "pytest", "pytest-xdist", "hypothesis"]
TOPIC_GLOB = "[0-9][0-9]-*"


def run(command: list[str], **kwargs) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, **kwargs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("lane", choices=["newest", "colab"])
    parser.add_argument("--python", default=sys.executable, help="interpreter for the lane's venv")
    parser.add_argument("paths", nargs="*", help="notebook folders or files (default: all)")
    args = parser.parse_args(argv)
    versions = NEWEST if args.lane == "newest" else COLAB
    paths = args.paths or sorted(
        str(path.relative_to(ROOT)) for path in ROOT.glob(TOPIC_GLOB) if path.is_dir()
    )
    with tempfile.TemporaryDirectory(prefix=f"drift-{args.lane}-") as work:
        python = str(Path(work) / "venv" / "bin" / "python")
        run([args.python, "-m", "venv", str(Path(work) / "venv")])
        run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        run([python, "-m", "pip", "install", "--quiet", "--upgrade", *versions, *RUNNER])
        run([python, "-m", "pip", "install", "--quiet", "--no-deps", str(ROOT)])
        run([python, "-m", "pip", "list", "--format=freeze"])
        command = [
            python, "-m", "pytest", "-o", "addopts=", "-p", "no:cacheprovider",
            "--nbval-lax", "--nbval-current-env", "-n", "2", "--dist", "loadfile", *paths,
        ]  # fmt: skip
        print("+", " ".join(command), flush=True)
        return subprocess.run(command, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
