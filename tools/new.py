"""Scaffold a new notebook from the course template, in the right folder with the next number.

    python -m tools.new 01-linear-algebra vector-operations --title "Vector Operations"

It writes the title cell (badges for the new file), the shared setup cell, the six sections,
Exercises and References with a placeholder in each, and metadata for ``sync`` to fill in
the folder README. Then: write the lesson, register its exercises in
``utils/exercises/<topic module>.py``, run ``python -m tools.execute <path>`` and ``pytest``.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import nbformat

from tools.common import METADATA_KEY, ROOT, SECTION_HEADINGS, TOPICS, setup_cell_source
from tools.sync import write_all

SECTION_PROMPTS = {
    "## 1. Concept Overview": "What it is and why an ML engineer needs it, in plain words, with a concrete example before any formula.",
    "## 2. Mathematical Explanation": "Definitions with every symbol named, key results with derivations, a small worked example by hand.",
    "## 3. Intuition & Visualization": "At least one figure (title, labelled axes, legend) and a sentence on what to look at in it.",
    "## 4. Python Implementation": "The from-scratch implementation, then its check against an independent reference (NumPy, SciPy, scikit-learn).",
    "## 5. ML Connection": "Real code where the idea does work in ML, on a bundled real data set or labelled synthetic data.",
    "## 6. Summary": "The few things to remember, and the common mistakes.",
    "## References": "Exact chapters or sections; see `references/` for sources already verified.",
}


def next_path(folder: str, slug: str) -> Path:
    if folder not in TOPICS:
        raise ValueError(f"folder must be one of {list(TOPICS)}, got {folder!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug):
        raise ValueError(f"slug must be lower-case words joined by hyphens, got {slug!r}")
    existing = sorted((ROOT / folder).glob("[0-9][0-9]-*.ipynb"))
    if any(path.stem[3:] == slug for path in existing):
        raise ValueError(f"{folder} already has a notebook called {slug!r}")
    number = int(existing[-1].name[:2]) + 1 if existing else 1
    return ROOT / folder / f"{number:02d}-{slug}.ipynb"


def build_notebook(path: Path, title: str) -> nbformat.NotebookNode:
    key = f"{path.parent.name}/{path.stem}"
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    cells = [md(f"# {title}"), code(setup_cell_source())]
    for heading in SECTION_HEADINGS:
        if heading == "## Exercises":
            cells += [
                md(
                    "## Exercises\n\nRun the next cell once, then try each exercise: replace the `...`, run the cell, and read the checker's answer. `q1.hint()` gives a hint."
                ),
                code(
                    f'from utils.exercises import exercises_for\n\nq1, q2, q3 = exercises_for("{key}")'
                ),
            ]
            for number in (1, 2, 3):
                cells += [
                    md(f"**Exercise {number}.** TODO: the question."),
                    code(f"answer = ...  # your answer\n\nq{number}.check(answer)"),
                    md(
                        "<details>\n<summary>Worked solution</summary>\n\n"
                        "TODO: the reasoning, then the code.\n\n</details>"
                    ),
                ]
        else:
            cells += [md(f"{heading}\n\nTODO: {SECTION_PROMPTS[heading]}")]
            if heading in (
                "## 3. Intuition & Visualization",
                "## 4. Python Implementation",
                "## 5. ML Connection",
            ):
                cells.append(code("# TODO"))
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata = {
        "kernelspec": {
            "display_name": "Python 3 (ipykernel)",
            "language": "python",
            "name": "python3",
        },
        "language_info": {"name": "python"},
        METADATA_KEY: {
            "title": title,
            "summary": "TODO: one sentence on what the learner will be able to do.",
            "objectives": ["TODO: a learning objective"],
            "prerequisites": [],
            "minutes": 30,
        },
    }
    return notebook


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", help="topic folder, e.g. 01-linear-algebra")
    parser.add_argument("slug", help="file name without number, e.g. vector-operations")
    parser.add_argument("--title", required=True, help="the notebook's title")
    args = parser.parse_args(argv)
    try:
        path = next_path(args.folder, args.slug)
    except ValueError as error:
        parser.error(str(error))
    nbformat.write(build_notebook(path, args.title), path)
    write_all()  # title cell with badges, folder README, roadmap
    print(f"created {path.relative_to(ROOT)}")
    print(
        "next: fill in metadata.mfml (summary, objectives, prerequisites, minutes), write the lesson,"
    )
    print(
        "register its exercises in utils/exercises/, then `python -m tools.execute` it and run `pytest`."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
