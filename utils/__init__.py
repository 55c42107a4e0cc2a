"""Helpers for the Math for Machine Learning notebooks.

One module per subject, each small enough to read in one sitting:

- ``utils.plotting``   the course's figure style and plotting helpers
- ``utils.datasets``   bundled real data sets (checksummed) and synthetic data with known truth
- ``utils.exercises``  the exercise checkers, one module per topic folder
- ``utils.linalg``     from-scratch linear algebra (01-linear-algebra)
- ``utils.calculus``   numerical derivatives, gradients, Jacobians, Hessians (02-calculus)
- ``utils.autodiff``   forward-mode dual numbers and a scalar reverse-mode engine (02-calculus)

Submodules load on first use, so ``import utils`` stays fast.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__version__ = "0.1.0"

_SUBMODULES = ("plotting", "datasets", "exercises", "linalg", "calculus", "autodiff")

__all__ = ["__version__", *_SUBMODULES]


def __getattr__(name: str) -> ModuleType:
    if name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module 'utils' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
