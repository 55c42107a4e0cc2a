"""A notebook opened alone, as on Colab: the package installed non-editable into an empty
folder, the notebook copied by itself into another empty folder, and run there.

This catches what a repository checkout hides: a data file not shipped in the package, a
relative path to ``../datasets``, an import of something only the repository has.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import nbformat
import pytest
from nbclient import NotebookClient

from tools.common import ROOT, TOPICS, kernel_environment, notebook_paths


def _alone_candidates():
    """The first notebook of each folder, and every notebook that loads a bundled data set."""
    chosen = []
    for folder in TOPICS:
        in_folder = [path for path in notebook_paths() if path.parent.name == folder]
        chosen += in_folder[:1]
    for path in notebook_paths():
        if path not in chosen and "datasets.load(" in path.read_text():
            chosen.append(path)
    return chosen


@pytest.fixture(scope="module")
def installed_package(tmp_path_factory):
    """The package as a wheel install would lay it out, in a folder of its own."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(ROOT)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return target


def test_installed_package_ships_the_data(installed_package):
    assert (installed_package / "utils" / "_data" / "manifest.json").exists()
    assert not (installed_package / "tests").exists() and not (installed_package / "tools").exists()


@pytest.mark.parametrize("path", _alone_candidates(), ids=lambda path: path.stem)
def test_notebook_runs_alone(path, installed_package, tmp_path):
    alone = tmp_path / path.name
    shutil.copy(path, alone)
    notebook = nbformat.read(alone, as_version=4)
    # Prove the helpers came from the installed package, not from a repository checkout.
    notebook.cells.append(
        nbformat.v4.new_code_cell(
            f"import utils\nassert utils.__file__.startswith({str(installed_package)!r}), utils.__file__"
        )
    )
    env = kernel_environment(dict(os.environ))
    env["PYTHONPATH"] = str(installed_package)
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
        record_timing=False,
    )
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)  # the kernel inherits this process's environment
    try:
        client.execute()
    finally:
        os.environ.clear()
        os.environ.update(saved)
