"""What the maintenance commands and the tests share: the course's folders, the one repository
URL, the setup cell, the title cell and the notebook metadata.

Nothing here is for learners; ``utils`` never imports it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import nbformat

ROOT = Path(__file__).resolve().parent.parent

#: The topic folders, in learning order, with the title each README shows.
TOPICS = {
    "00-prerequisites": "Prerequisites",
    "01-linear-algebra": "Linear Algebra",
    "02-calculus": "Calculus",
    "03-probability": "Probability",
    "04-statistics": "Statistics",
    "05-optimization": "Optimization",
    "06-information-theory": "Information Theory",
    "07-numerical-methods": "Numerical Methods",
    "08-ml-math-case-studies": "ML Math Case Studies",
}

#: The headings every notebook has, in this order, after its title and setup cells.
SECTION_HEADINGS = (
    "## 1. Concept Overview",
    "## 2. Mathematical Explanation",
    "## 3. Intuition & Visualization",
    "## 4. Python Implementation",
    "## 5. ML Connection",
    "## 6. Summary",
    "## Exercises",
    "## References",
)

#: The key under which a notebook's own metadata lives.
METADATA_KEY = "mfml"
METADATA_FIELDS = ("title", "summary", "objectives", "prerequisites", "minutes")

BRANCH = "main"
PACKAGE_NAME = "math-for-ml-utils"


def repository_url() -> str:
    """The repository's URL, read from its one home: ``[project.urls] Repository`` in pyproject."""
    with open(ROOT / "pyproject.toml", "rb") as file:
        url = tomllib.load(file)["project"]["urls"]["Repository"]
    if not re.fullmatch(r"https://github\.com/[\w.-]+/[\w.-]+", url):
        raise ValueError(
            f"pyproject's Repository URL must be https://github.com/OWNER/NAME, got {url!r}"
        )
    return url


def repository_slug() -> str:
    """``OWNER/NAME`` of the repository."""
    return repository_url().removeprefix("https://github.com/")


def setup_cell_source() -> str:
    """The setup cell: identical in every notebook."""
    return (
        "# Setup: the same cell opens every notebook of the course.\n"
        "import sys\n"
        "\n"
        'if "google.colab" in sys.modules:  # On Colab the notebook arrives alone: install the helpers.\n'
        f'    %pip install --quiet "{PACKAGE_NAME} @ git+{repository_url()}.git"\n'
        "\n"
        "import matplotlib.pyplot as plt\n"
        "import numpy as np\n"
        "\n"
        "from utils.plotting import use_style\n"
        "\n"
        "use_style()\n"
        "rng = np.random.default_rng(seed=0)"
    )


def colab_url(relative_path: str) -> str:
    return f"https://colab.research.google.com/github/{repository_slug()}/blob/{BRANCH}/{relative_path}"


def binder_url(relative_path: str) -> str:
    return f"https://mybinder.org/v2/gh/{repository_slug()}/{BRANCH}?labpath={quote(relative_path, safe='')}"


def badges(relative_path: str) -> str:
    """The Colab and Binder badges for one notebook (path relative to the repository root)."""
    return (
        f"[![Open in Colab](https://colab.research.google.com/assets/colab-badge.svg)]({colab_url(relative_path)}) "
        f"[![Open in Binder](https://mybinder.org/badge_logo.svg)]({binder_url(relative_path)})"
    )


@dataclass(frozen=True)
class NotebookInfo:
    """A notebook's place in the course and its metadata."""

    path: Path
    title: str
    summary: str
    objectives: tuple[str, ...]
    prerequisites: tuple[str, ...]
    minutes: int

    @property
    def key(self) -> str:
        """``<folder>/<name>`` without ``.ipynb``: how exercises and prerequisites name it."""
        return f"{self.path.parent.name}/{self.path.stem}"

    @property
    def relative_path(self) -> str:
        return self.path.relative_to(ROOT).as_posix()


def notebook_paths(root: Path = ROOT) -> list[Path]:
    """Every course notebook, in learning order."""
    paths: list[Path] = []
    for folder in TOPICS:
        paths.extend(sorted((root / folder).glob("[0-9][0-9]-*.ipynb")))
    return paths


def read_info(path: Path) -> NotebookInfo:
    """Read a notebook's metadata; a missing field raises a ValueError naming it."""
    notebook = nbformat.read(path, as_version=4)
    meta = notebook.metadata.get(METADATA_KEY)
    if not isinstance(meta, dict):
        raise ValueError(f"{path.name}: metadata has no '{METADATA_KEY}' entry")
    missing = [field for field in METADATA_FIELDS if field not in meta]
    if missing:
        raise ValueError(f"{path.name}: metadata '{METADATA_KEY}' lacks {missing}")
    return NotebookInfo(
        path=path,
        title=str(meta["title"]),
        summary=str(meta["summary"]),
        objectives=tuple(meta["objectives"]),
        prerequisites=tuple(meta["prerequisites"]),
        minutes=int(meta["minutes"]),
    )


def title_cell_source(info: NotebookInfo, titles: dict[str, str]) -> str:
    """The title cell, generated from the metadata (``titles`` maps keys to titles for links)."""
    here = info.path.parent.name
    links = []
    for key in info.prerequisites:
        folder, name = key.split("/")
        target = f"{name}.ipynb" if folder == here else f"../{folder}/{name}.ipynb"
        links.append(f"[{titles.get(key, key)}]({target})")
    objectives = "\n".join(f"- {objective}" for objective in info.objectives)
    return (
        f"# {info.title}\n"
        "\n"
        f"{badges(info.relative_path)}\n"
        "\n"
        f"{info.summary}\n"
        "\n"
        "**You will learn to**\n"
        "\n"
        f"{objectives}\n"
        "\n"
        f"**Prerequisites:** {', '.join(links) if links else 'none'}. "
        f"**Time:** about {info.minutes} minutes."
    )


def kernel_environment(base: dict[str, str]) -> dict[str, str]:
    """The environment every notebook kernel runs in, for committed outputs and for nbval alike.

    A fixed hash seed (set iteration order), one BLAS thread (the same floating-point sums on
    every machine, and no oversubscription when two notebooks run at once), no inherited
    ``MPLBACKEND`` (it would suppress inline figures) and tracebacks without colour codes.
    """
    import tempfile

    env = dict(base)
    env.pop("MPLBACKEND", None)
    env["PYTHONHASHSEED"] = "0"
    for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        env[variable] = "1"
    profile = Path(tempfile.gettempdir()) / "mfml-ipython" / "profile_default"
    profile.mkdir(parents=True, exist_ok=True)
    (profile / "ipython_kernel_config.py").write_text("c.InteractiveShell.colors = 'nocolor'\n")
    env["IPYTHONDIR"] = str(profile.parent)
    return env
