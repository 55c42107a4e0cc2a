"""Exercise checkers: one module per topic folder, one :class:`ExerciseSet` per notebook.

In a notebook::

    from utils.exercises import exercises_for

    q1, q2, q3 = exercises_for("00-prerequisites/01-python-for-math")
    q1.check(answer)   # correct / incorrect with a hint / not attempted yet
    q1.hint()
    q1.solution()
"""

from __future__ import annotations

import importlib

from utils.exercises._core import (
    _REGISTRY,
    CheckResult,
    ChoiceExercise,
    Exercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
    compare,
)

#: Topic folder -> the module under ``utils.exercises`` that holds its checkers.
TOPIC_MODULES = {
    "00-prerequisites": "prerequisites",
    "01-linear-algebra": "linear_algebra",
    "02-calculus": "calculus",
    "03-probability": "probability",
    "04-statistics": "statistics",
    "05-optimization": "optimization",
    "06-information-theory": "information_theory",
    "07-numerical-methods": "numerical_methods",
    "08-ml-math-case-studies": "case_studies",
}

__all__ = [
    "TOPIC_MODULES",
    "CheckResult",
    "ChoiceExercise",
    "Exercise",
    "ExerciseSet",
    "FunctionExercise",
    "Mistake",
    "ValueExercise",
    "all_exercise_sets",
    "compare",
    "exercises_for",
]


def _load_topic(folder: str) -> bool:
    """Import the checker module of a topic folder; False if that folder has none yet."""
    module = TOPIC_MODULES[folder]
    try:
        importlib.import_module(f"{__name__}.{module}")
    except ModuleNotFoundError as error:
        if error.name == f"{__name__}.{module}":
            return False
        raise
    return True


def exercises_for(notebook: str) -> ExerciseSet:
    """The exercises of one notebook, given as ``"<topic folder>/<notebook name>"``.

    Examples
    --------
    >>> q1, q2, q3 = exercises_for("00-prerequisites/01-python-for-math")  # doctest: +SKIP
    """
    if not isinstance(notebook, str):
        raise ValueError(
            f"notebook must be a string like '00-prerequisites/01-python-for-math', got {notebook!r}."
        )
    key = notebook.strip().removesuffix(".ipynb").strip("/")
    folder = key.split("/")[0]
    if folder not in TOPIC_MODULES:
        raise ValueError(
            f"{notebook!r} does not start with a topic folder; expected one of {sorted(TOPIC_MODULES)}."
        )
    _load_topic(folder)
    if key not in _REGISTRY:
        known = sorted(name for name in _REGISTRY if name.startswith(folder + "/"))
        raise ValueError(
            f"No exercises are registered for {key!r}. Registered in {folder}: {known}."
        )
    return _REGISTRY[key]


def all_exercise_sets() -> dict[str, ExerciseSet]:
    """Every registered exercise set, by notebook path (imports every topic module)."""
    for folder in TOPIC_MODULES:
        _load_topic(folder)
    return dict(sorted(_REGISTRY.items()))
