"""The repository as a whole: generated files up to date, links resolve, one repository URL,
pinned environment, lint, lazy imports, layout."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path
from urllib.parse import unquote

import nbformat
import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from tools.common import ROOT, TOPICS, notebook_paths, repository_slug
from tools.drift import COLAB
from tools.sync import out_of_date

LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)|<(?:img|a)\s[^>]*(?:src|href)=\"([^\"]+)\"")
COURSE_URL = re.compile(r"(?:colab\.research\.google\.com/github|mybinder\.org/v2/gh)/([\w.-]+/[\w.-]+)/")


def tracked_files(*patterns: str) -> list[Path]:
    listing = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", *patterns],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [ROOT / name for name in listing.stdout.splitlines() if (ROOT / name).exists()]


def markdown_texts() -> list[tuple[Path, str]]:
    texts = [(path, path.read_text()) for path in tracked_files("*.md")]
    for path in notebook_paths():
        notebook = nbformat.read(path, as_version=4)
        source = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
        texts.append((path, source))
    return texts


def test_generated_files_are_up_to_date():
    stale = [str(path.relative_to(ROOT)) for path in out_of_date()]
    assert not stale, f"run `python -m tools.sync`: {stale}"


def test_every_relative_link_resolves():
    broken = []
    for path, text in markdown_texts():
        for match in LINK.finditer(text):
            target = match.group(1) or match.group(2)
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            file_part = unquote(target.split("#")[0])
            if file_part and not (path.parent / file_part).exists():
                broken.append(f"{path.relative_to(ROOT)}: {target}")
    assert not broken, "broken links:\n" + "\n".join(broken)


def test_badges_and_setup_cells_use_the_one_repository_url():
    slug = repository_slug()
    wrong = []
    for path, text in markdown_texts():
        wrong += [f"{path.relative_to(ROOT)}: {found}" for found in COURSE_URL.findall(text) if found != slug]
    for path in notebook_paths():
        setup = nbformat.read(path, as_version=4).cells[1].source
        if f"git+https://github.com/{slug}.git" not in setup:
            wrong.append(f"{path.relative_to(ROOT)}: setup cell")
    assert not wrong, f"not pointing at {slug} (run `python -m tools.fork {slug}`): {wrong}"


def test_topic_folders_hold_only_notebooks_and_a_readme():
    for folder in TOPICS:
        assert (ROOT / folder / "README.md").exists()
        extra = [
            path.name
            for path in tracked_files(f"{folder}/*")
            if path.name != "README.md" and not re.fullmatch(r"\d\d-[a-z0-9-]+\.ipynb", path.name)
        ]
        assert not extra, f"{folder} holds {extra}"


def test_requirements_pin_every_package_exactly():
    lines = [
        line.strip()
        for line in (ROOT / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert "-e ." in lines, "requirements.txt must install the project itself (-e .)"
    names = set()
    for line in lines:
        if line == "-e .":
            continue
        requirement = Requirement(line)
        assert str(requirement.specifier).startswith("=="), f"not pinned exactly: {line}"
        names.add(requirement.name.lower())
    needed = {"numpy", "scipy", "matplotlib", "seaborn", "pandas", "scikit-learn", "jupyterlab"}
    needed |= {"ipykernel", "nbval", "pytest", "pytest-xdist", "nbformat", "nbclient", "hypothesis", "ruff"}
    assert needed <= names, f"missing pins: {needed - names}"


def _project() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]


def test_package_ranges_accept_the_colab_versions_and_the_pins():
    colab = {Requirement(spec.replace(".*", ".0")).name: Version(spec.split("==")[1].replace(".*", ".0")) for spec in COLAB}
    pins = {
        Requirement(line).name: Version(line.split("==")[1])
        for line in (ROOT / "requirements.txt").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    }
    for dependency in _project()["dependencies"]:
        requirement = Requirement(dependency)
        if requirement.name in colab:
            assert colab[requirement.name] in requirement.specifier, f"Colab's {requirement.name} rejected"
        assert pins[requirement.name] in requirement.specifier, f"pinned {requirement.name} rejected"
    assert Version("3.13") in Requirement("python" + _project()["requires-python"]).specifier


def test_binder_builds_the_pinned_environment():
    runtime = (ROOT / "binder" / "runtime.txt").read_text().strip()
    assert runtime == f"python-{sys.version_info.major}.{sys.version_info.minor}" or runtime == "python-3.11"
    post_build = ROOT / "binder" / "postBuild"
    assert "-r requirements.txt" in post_build.read_text()
    assert post_build.stat().st_mode & 0o111, "binder/postBuild must be executable"


def test_ci_script_is_executable_and_runs_the_readme_command():
    script = ROOT / ".ci" / "run"
    assert script.stat().st_mode & 0o111
    assert "pytest" in script.read_text()
    readme = (ROOT / "README.md").read_text()
    assert "pip install -r requirements.txt" in readme and "jupyter lab" in readme
    assert re.search(r"^pytest$", readme, re.M), "the README's test command is plain `pytest`"


def test_licence_covers_code_and_text():
    licence = (ROOT / "LICENSE").read_text()
    assert "MIT License" in licence and "CC BY 4.0" in licence


def test_ruff_is_clean():
    folders = ["utils", "tools", "tests", "conftest.py", *[folder for folder in TOPICS if (ROOT / folder).exists()]]
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", *folders], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "module",
    ["utils", "utils.linalg", "utils.calculus", "utils.autodiff", "utils.datasets", "utils.exercises",
     "utils.exercises.prerequisites", "utils.exercises.linear_algebra", "utils.exercises.calculus"],
)  # fmt: skip
def test_import_is_light(module):
    """``import utils`` must stay fast: SciPy, scikit-learn, pandas and matplotlib load lazily."""
    code = f"import sys, {module}; print(sorted(m for m in ('scipy', 'sklearn', 'pandas', 'matplotlib') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", f"{module} imports {result.stdout.strip()} at import time"
