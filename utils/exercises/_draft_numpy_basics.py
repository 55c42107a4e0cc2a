"""Exercise checkers for 00-prerequisites/02-numpy-basics (draft, merged into prerequisites.py)."""

from __future__ import annotations

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("00-prerequisites/02-numpy-basics")

# q1: predict a broadcast shape with the rule ------------------------------------------------
exercises.add(
    ValueExercise(
        "Give the shape of A + B for A.shape == (5, 1, 3) and B.shape == (4, 1), as a tuple "
        '(or the string "error" if they do not broadcast).',
        expected=(5, 4, 3),
        hint="Write the shapes right-aligned, pad B on the left with 1s to (1, 4, 1), then compare "
        "axis by axis: equal lengths stay, a 1 stretches to the other length.",
        solution_code="answer = (5, 4, 3)",
        mistakes=[
            Mistake(
                "error",
                "Shapes are aligned from the RIGHT (trailing axes), not from the left: B = (4, 1) "
                "is compared with the last two axes (1, 3) of A, and 1 vs 4, 3 vs 1 both broadcast.",
            ),
            Mistake(
                (5, 1, 3),
                "The result is not simply the shape of the bigger operand: on the middle axis A has "
                "length 1 and B has length 4, so A is stretched to 4.",
            ),
        ],
    )
)

# q2: views and copies ----------------------------------------------------------------------
exercises.add(
    ChoiceExercise(
        "Start each time from A = np.arange(6).reshape(2, 3). Which one of these lines changes A?",
        options={
            "a": "first_row = A[0]; first_row *= 10",
            "b": "some_rows = A[[0, 1]]; some_rows *= 10",
            "c": "big = A[A > 2]; big *= 10",
            "d": "flat = A.flatten(); flat *= 10",
        },
        expected="a",
        hint="Basic indexing (integers and slices) returns a view that shares memory with A; "
        "integer-array (fancy) and boolean indexing return copies.",
        solution_code='answer = "a"',
        mistakes=[
            Mistake(
                "b",
                "A[[0, 1]] is fancy indexing with a list of row numbers: it always returns a new "
                "array (a copy), even if the rows you pick are all of them.",
            ),
            Mistake(
                "c",
                "A[A > 2] reads through a boolean mask, which returns a new 1-D array (a copy). "
                "Only an assignment A[A > 2] *= 10 would write into A.",
            ),
            Mistake(
                "d",
                "flatten() always returns a copy (ravel() returns a view when it can).",
            ),
        ],
    )
)


# q3: axis arguments: standardise the columns of a data matrix -----------------------------
def standardize(X):
    """Each column of X (shape (n, d)) minus its mean, divided by its standard deviation."""
    X = np.asarray(X, dtype=float)
    return (X - X.mean(axis=0)) / X.std(axis=0)


def _standardize_cases():
    rng = np.random.default_rng(2)
    scales = np.array([1.0, 10.0, 100.0])
    return [
        (rng.normal(size=(6, 3)) * scales + np.array([5.0, -2.0, 40.0]),),
        (rng.normal(size=(4, 4)) * 3.0 + 1.0,),
        (np.array([[1.0, 2.0], [3.0, 6.0], [5.0, 7.0]]),),
    ]


exercises.add(
    FunctionExercise(
        "Write standardize(X): for X of shape (n, d), return the array of shape (n, d) whose column "
        "j is (X[:, j] - mean of column j) / (standard deviation of column j), with np.std's "
        "default (ddof=0).",
        reference=standardize,
        cases=_standardize_cases,
        hint="Column statistics are reductions over the rows, axis=0: X.mean(axis=0) has shape "
        "(d,), which broadcasts against (n, d).",
        solution_code=(
            "def standardize(X):\n"
            "    X = np.asarray(X, dtype=float)\n"
            "    return (X - X.mean(axis=0)) / X.std(axis=0)"
        ),
        mistakes=[
            Mistake(
                lambda X: (X - X.mean(axis=1, keepdims=True)) / X.std(axis=1, keepdims=True),
                "axis=1 reduces over the columns and gives one mean per ROW (per example). "
                "Each feature needs its own mean over all examples: axis=0.",
            ),
            Mistake(
                lambda X: (X - X.mean()) / X.std(),
                "Without axis=, mean() and std() reduce over ALL entries at once. Each column "
                "needs its own mean and standard deviation: use axis=0.",
            ),
            Mistake(
                lambda X: (X - X.mean(axis=0)) / X.std(axis=0, ddof=1),
                "Use np.std's default ddof=0 (divide by n), as the exercise asks, not ddof=1.",
            ),
            Mistake(
                lambda X: X - X.mean(axis=0),
                "That centres each column; also divide by each column's standard deviation "
                "X.std(axis=0).",
            ),
        ],
    )
)


# q4: broadcasting to build a table of pairwise squared distances ---------------------------
def pairwise_squared_distances(A, B):
    """D[i, j] = squared Euclidean distance between row i of A (m, d) and row j of B (n, d)."""
    A, B = np.asarray(A, dtype=float), np.asarray(B, dtype=float)
    differences = A[:, np.newaxis, :] - B[np.newaxis, :, :]  # (m, 1, d) - (1, n, d) -> (m, n, d)
    return np.sum(differences**2, axis=2)


def _distance_cases():
    rng = np.random.default_rng(3)
    return [
        (rng.normal(size=(4, 3)), rng.normal(size=(5, 3))),
        (
            rng.integers(-5, 6, size=(2, 2)).astype(float),
            rng.integers(-5, 6, size=(3, 2)).astype(float),
        ),
        (rng.normal(size=(3, 1)), rng.normal(size=(6, 1))),
    ]


exercises.add(
    FunctionExercise(
        "Write pairwise_squared_distances(A, B): for A of shape (m, d) and B of shape (n, d), return "
        "D of shape (m, n) with D[i, j] = sum over k of (A[i, k] - B[j, k])**2, without a Python loop.",
        reference=pairwise_squared_distances,
        cases=_distance_cases,
        hint="Give A a new axis in the middle and B a new axis in front: (m, 1, d) - (1, n, d) "
        "broadcasts to (m, n, d); then square and sum over the last axis.",
        solution_code=(
            "def pairwise_squared_distances(A, B):\n"
            "    differences = A[:, np.newaxis, :] - B[np.newaxis, :, :]  # (m, n, d)\n"
            "    return np.sum(differences**2, axis=2)"
        ),
        mistakes=[
            Mistake(
                lambda A, B: np.sqrt(np.sum((A[:, None, :] - B[None, :, :]) ** 2, axis=2)),
                "Those are distances; the exercise asks for SQUARED distances, so leave out the "
                "square root.",
            ),
            Mistake(
                lambda A, B: np.sum(A[:, None, :] - B[None, :, :], axis=2) ** 2,
                "Square each coordinate difference before summing: sum_k (a_ik - b_jk)^2, "
                "not (sum_k (a_ik - b_jk))^2.",
            ),
            Mistake(
                lambda A, B: np.sum((B[:, None, :] - A[None, :, :]) ** 2, axis=2),
                "Row i of the result belongs to row i of A: the result must have shape (m, n), "
                "so the new axis goes after A's rows: A[:, np.newaxis, :] - B[np.newaxis, :, :].",
            ),
        ],
    )
)
