"""The notebook standard (../shared/notebook-standard.md), checked on every notebook of the course.

These tests read the committed notebooks; nbval (run by the same ``pytest``) re-executes them.
"""

from __future__ import annotations

import json
import re

import nbformat
import pytest

from tools.common import (
    SECTION_HEADINGS,
    binder_url,
    colab_url,
    notebook_paths,
    read_info,
    setup_cell_source,
)

NOTEBOOKS = notebook_paths()
KEYS = [f"{path.parent.name}/{path.stem}" for path in NOTEBOOKS]

LEGACY_RANDOM = re.compile(
    r"\b(?:np|numpy)\.random\.(?!default_rng\b|Generator\b|SeedSequence\b|PCG64\b|BitGenerator\b)\w+"
)
NETWORK = re.compile(
    r"load_dataset\(|\burllib\b|\brequests\b|urlopen|\bwget\b|\bcurl\b|fetch_\w+\(|read_\w+\(\s*['\"]https?:"
)
ADDRESS = re.compile(r"\bat 0x[0-9a-fA-F]+")
WARNING = re.compile(r"\b\w*Warning: ")  # how Python formats a warning (source listings may name one)
CHECK_CALL = re.compile(r"\bq(\d+)\.check\(")


def _load(path):
    return nbformat.read(path, as_version=4)


def _sections(notebook):
    """Map each level-2 heading to the cells under it (until the next level-2 heading)."""
    sections: dict[str, list] = {}
    current = None
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("## "):
                    current = line.strip()
                    sections.setdefault(current, [])
        if current is not None:
            sections[current].append(cell)
    return sections


def _code(cells):
    return [cell for cell in cells if cell.cell_type == "code"]


def _text_outputs(cell):
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            yield output.get("name"), output.get("text", "")
        for mime, value in output.get("data", {}).items():
            if mime.startswith("text/"):
                yield mime, value if isinstance(value, str) else "".join(value)


@pytest.fixture(params=NOTEBOOKS, ids=KEYS)
def notebook_path(request):
    return request.param


def test_there_are_notebooks():
    assert NOTEBOOKS, "no notebooks found in the topic folders"


def test_valid_nbformat(notebook_path):
    nbformat.validate(_load(notebook_path))


def test_title_cell_has_badges_for_this_file(notebook_path):
    first = _load(notebook_path).cells[0]
    relative = notebook_path.relative_to(notebook_path.parents[1]).as_posix()
    assert first.cell_type == "markdown" and first.source.startswith("# "), "cell 1 must be the title"
    assert colab_url(relative) in first.source, "the Colab badge must open this file"
    assert binder_url(relative) in first.source, "the Binder badge must open this file"


def test_setup_cell_is_the_shared_one(notebook_path):
    cell = _load(notebook_path).cells[1]
    assert cell.cell_type == "code"
    assert cell.source == setup_cell_source(), "cell 2 must be exactly the shared setup cell (tools/common.py)"


def test_section_headings_in_order(notebook_path):
    headings = [
        line.strip()
        for cell in _load(notebook_path).cells
        if cell.cell_type == "markdown"
        for line in cell.source.splitlines()
        if line.startswith("## ")
    ]
    assert headings == list(SECTION_HEADINGS)


def test_metadata(notebook_path):
    info = read_info(notebook_path)
    assert info.title and "TODO" not in info.title
    assert info.summary and "TODO" not in info.summary
    assert info.objectives and all(isinstance(o, str) and o and "TODO" not in o for o in info.objectives)
    assert 5 <= info.minutes <= 240
    earlier = KEYS[: KEYS.index(info.key)]
    for key in info.prerequisites:
        assert key in earlier, f"prerequisite {key!r} is not an earlier notebook"


def test_exercises_have_checkers_and_solutions(notebook_path):
    from utils.exercises import exercises_for

    notebook = _load(notebook_path)
    key = f"{notebook_path.parent.name}/{notebook_path.stem}"
    cells = _sections(notebook)["## Exercises"]
    source = "\n".join(cell.source for cell in _code(cells))
    assert f'exercises_for("{key}")' in source, "the Exercises section must load this notebook's set"
    checked = {int(number) for number in CHECK_CALL.findall(source)}
    registered = len(exercises_for(key))
    assert registered >= 3, "at least three exercises"
    assert checked == set(range(1, registered + 1)), f"check calls for {sorted(checked)}, registered {registered}"
    details = sum(cell.source.count("<details>") for cell in cells if cell.cell_type == "markdown")
    assert details >= registered, "each exercise needs a worked solution in a <details> block"


def test_a_figure_in_section_3(notebook_path):
    cells = _sections(_load(notebook_path))["## 3. Intuition & Visualization"]
    assert any(
        "image/png" in output.get("data", {}) for cell in _code(cells) for output in cell.outputs
    ), "section 3 needs at least one figure (PNG output)"


def test_a_self_check_in_section_4(notebook_path):
    cells = _sections(_load(notebook_path))["## 4. Python Implementation"]
    source = "\n".join(cell.source for cell in _code(cells))
    assert re.search(r"^\s*assert\b|np\.testing\.assert_|assert_allclose", source, re.M), (
        "section 4 must verify the implementation against a reference"
    )


def test_one_clean_run(notebook_path):
    counts = [cell.execution_count for cell in _code(_load(notebook_path).cells)]
    assert counts == list(range(1, len(counts) + 1)), "execute with `python -m tools.execute`"


def test_no_errors_warnings_or_addresses(notebook_path):
    for index, cell in enumerate(_load(notebook_path).cells):
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", f"cell {index} has an error output"
        for kind, text in _text_outputs(cell):
            assert kind != "stderr", f"cell {index} writes to stderr (a warning?): {text[:200]}"
            assert not WARNING.search(text), f"cell {index} shows a warning: {text[:200]}"
            assert not ADDRESS.search(text), f"cell {index} shows a memory address"


def test_no_legacy_random_and_no_network(notebook_path):
    for index, cell in enumerate(_code(_load(notebook_path).cells)):
        assert not LEGACY_RANDOM.search(cell.source), f"code cell {index}: use np.random.default_rng"
        assert not NETWORK.search(cell.source), f"code cell {index}: no network at run time"


def test_no_scaffold_placeholders_left(notebook_path):
    text = json.dumps([cell.source for cell in _load(notebook_path).cells])
    assert "TODO" not in text


def test_references_are_given(notebook_path):
    cells = _sections(_load(notebook_path))["## References"]
    text = "\n".join(cell.source for cell in cells if cell.cell_type == "markdown")
    assert len(text.replace("## References", "").strip()) > 40, "cite at least one source"


def test_size_budget(notebook_path):
    assert notebook_path.stat().st_size <= 1_000_000, "over 1 MB: fewer or smaller figures"

