"""Exercises for 01-linear-algebra/16-linear-algebra-in-ml (merged into linear_algebra.py later)."""

from typing import Any

import numpy as np

from utils.exercises._core import (
    INCORRECT,
    CheckResult,
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("01-linear-algebra/16-linear-algebra-in-ml")

# --------------------------------------------------------------------------- q1 covariance by hand
_TINY = np.array([[1.0, 2.0], [3.0, 2.0], [5.0, 8.0]])
_TINY_CENTRED = _TINY - _TINY.mean(axis=0)

exercises.add(
    ValueExercise(
        "Covariance matrix of the 3 x 2 data matrix X = [[1, 2], [3, 2], [5, 8]], by hand.",
        expected=np.array([[4.0, 6.0], [6.0, 12.0]]),
        hint="Subtract each column's mean first, then C = Xc^T Xc / (n - 1) with n = 3 rows.",
        solution_code=(
            "X = np.array([[1, 2], [3, 2], [5, 8]], dtype=float)\n"
            "X_centred = X - X.mean(axis=0)\n"
            "answer = X_centred.T @ X_centred / (X.shape[0] - 1)"
        ),
        mistakes=[
            Mistake(
                _TINY_CENTRED.T @ _TINY_CENTRED / 3,
                "You divided by n = 3. The sample covariance divides by n - 1 = 2 "
                "(what np.cov does by default).",
            ),
            Mistake(
                _TINY.T @ _TINY / 2,
                "X^T X / (n - 1) is the covariance only after centring: subtract the column "
                "means (3 and 4) first.",
            ),
            Mistake(
                _TINY_CENTRED @ _TINY_CENTRED.T / 2,
                "That is 3 x 3, one entry per pair of EXAMPLES. The covariance is d x d, one "
                "entry per pair of features: Xc^T Xc, not Xc Xc^T.",
            ),
        ],
    )
)


# --------------------------------------------------------------------------- q2 standardise
def standardise(X: np.ndarray) -> np.ndarray:
    """Each column minus its mean, divided by its sample standard deviation (ddof=1)."""
    X = np.asarray(X, dtype=float)
    return (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)


def _standardise_cases() -> list[tuple[np.ndarray]]:
    rng = np.random.default_rng(16)
    scales = np.array([1.0, 100.0, 0.01])
    return [
        (rng.normal(5.0, 1.0, size=(6, 3)) * scales,),
        (np.array([[1.0, 10.0], [2.0, 30.0], [4.0, 20.0], [5.0, 60.0]]),),
        (rng.normal(-2.0, 3.0, size=(20, 5)),),
    ]


exercises.add(
    FunctionExercise(
        "Write standardise(X): centre each column and divide by its sample standard deviation.",
        reference=standardise,
        cases=_standardise_cases,
        hint="Use axis=0 (down the columns) for both the mean and the standard deviation, "
        "and ddof=1 for the standard deviation.",
        solution_code=(
            "def standardise(X):\n"
            "    X = np.asarray(X, dtype=float)\n"
            "    mu = X.mean(axis=0)\n"
            "    s = X.std(axis=0, ddof=1)\n"
            "    return (X - mu) / s"
        ),
        mistakes=[
            Mistake(
                lambda X: (X - X.mean(axis=0)) / X.std(axis=0),
                "np.std divides by n by default (ddof=0), and so does StandardScaler. The course "
                "divides by n - 1: pass ddof=1, so that Z^T Z / (n - 1) is the correlation matrix.",
            ),
            Mistake(
                lambda X: X / X.std(axis=0, ddof=1),
                "Centre first: subtract each column's mean before dividing by its standard "
                "deviation.",
            ),
            Mistake(
                lambda X: (X - X.mean(axis=1, keepdims=True)) / X.std(axis=1, ddof=1, keepdims=True),
                "You standardised the rows (one per example). Features are the columns: use axis=0.",
            ),
        ],
    )
)

# --------------------------------------------------------------------------- q3 explained variance
exercises.add(
    ValueExercise(
        "A centred data matrix has singular values 6, 4, 3, 1. Return (k, error): the smallest k "
        "whose cumulative explained variance is at least 80 %, and the squared Frobenius error "
        "of the rank-k reconstruction.",
        expected=(2, 10.0),
        hint="The variance along component i is proportional to sigma_i^2, not sigma_i: the "
        "ratios are sigma_i^2 / sum_j sigma_j^2. The squared error is the sum of the DISCARDED "
        "sigma_i^2.",
        solution_code=(
            "sigma = np.array([6.0, 4.0, 3.0, 1.0])\n"
            "ratios = sigma**2 / np.sum(sigma**2)\n"
            "k = int(np.argmax(np.cumsum(ratios) >= 0.8)) + 1\n"
            "error = float(np.sum(sigma[k:] ** 2))\n"
            "answer = (k, error)"
        ),
        mistakes=[
            Mistake(
                (3, 1.0),
                "You used the singular values themselves as variances. Explained variance is "
                "sigma_i^2 / sum_j sigma_j^2: with squares, two components already give 52/62.",
            ),
            Mistake(
                (2, 4.0),
                "The squared Frobenius error is the sum of the discarded sigma_i SQUARED: "
                "3^2 + 1^2.",
            ),
            Mistake(
                (2, float(np.sqrt(10.0))),
                "That is the Frobenius norm of the error, |Xc - X_k|_F. The question asks for its "
                "square, the sum of the discarded sigma_i^2.",
            ),
            Mistake(
                (2, 52.0),
                "52 = 6^2 + 4^2 is the part you KEEP. The error is what the rank-2 approximation "
                "leaves out.",
            ),
        ],
    )
)

# --------------------------------------------------------------------------- q4 rank of X^T X
exercises.add(
    ChoiceExercise(
        "A gene-expression study has n = 20 patients and d = 30 features. After centring the "
        "columns, what can the rank of the covariance matrix be, and what follows?",
        options={
            "a": "Exactly 30: a covariance matrix is always positive definite, so least squares "
            "and PCA work as usual.",
            "b": "At most 19: at least 11 directions in feature space have zero variance, the "
            "least-squares weights are not unique, and PCA has at most 19 non-zero components.",
            "c": "Exactly 20 for typical (random) data, because rank(Xc^T Xc) = rank(Xc) = min(n, d).",
            "d": "At most 30 minus 20 = 10, by rank-nullity.",
        },
        expected="b",
        hint="rank(Xc^T Xc) = rank(Xc). How many independent rows does Xc have once every "
        "column sums to zero?",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "Covariance matrices are only positive SEMIdefinite: v^T C v = |Xc v|^2 / (n-1) "
                "is zero for every v in the null space of Xc, and with d > n that null space "
                "is not {0}.",
            ),
            Mistake(
                "c",
                "rank(Xc^T Xc) = rank(Xc) is right, but centring costs one: the rows of Xc sum to "
                "the zero vector (1^T Xc = 0), so they are dependent and rank(Xc) <= n - 1 = 19, "
                "whatever the data.",
            ),
            Mistake(
                "d",
                "Rank-nullity says rank + nullity = d = 30; it bounds the null space, not the "
                "rank by 10. The rank is limited by the number of (centred) rows: n - 1 = 19.",
            ),
        ],
    )
)


# --------------------------------------------------------------------------- q5 PCA scores
def pca_scores(X: np.ndarray, k: int) -> np.ndarray:
    """Scores of the rows of X on its first k principal components, shape (n, k)."""
    X = np.asarray(X, dtype=float)
    X_centred = X - X.mean(axis=0)
    U, S, Vt = np.linalg.svd(X_centred, full_matrices=False)
    return X_centred @ Vt[:k].T


def _sign_normalised_columns(output: Any) -> Any:
    """Flip each column so that its largest-magnitude entry is positive (else return as is).

    A principal direction v and -v are equally valid, so scores are compared up to the sign of
    each column. Anything that is not a 2-D array of numbers passes through unchanged, so that
    the usual shape and type messages still reach the learner.
    """
    try:
        array = np.array(output, dtype=float)
    except (TypeError, ValueError):
        return output
    if array.ndim != 2 or array.size == 0 or not np.all(np.isfinite(array)):
        return output
    rows_of_largest = np.argmax(np.abs(array), axis=0)
    signs = np.sign(array[rows_of_largest, np.arange(array.shape[1])])
    signs[signs == 0] = 1.0
    return array * signs


class _ScoresUpToSign(FunctionExercise):
    """A function exercise whose outputs are compared column by column up to sign.

    Both the learner's output and the reference's are sign-normalised before the usual
    comparison, so when the values differ, the array quoted in the "you returned ..." message is
    the normalised one; the message then says so.
    """

    def _run(self, function: Any, case: tuple[Any, ...]) -> Any:
        return _sign_normalised_columns(super()._run(function, case))

    def _evaluate(self, answer: Any) -> CheckResult:
        result = super()._evaluate(answer)
        if result.status == INCORRECT and "entries differ" in result.message:  # values compared
            note = (
                " (Scores are compared up to the sign of each column, so the array shown is "
                "yours with each column flipped, where needed, to make its largest-magnitude "
                "entry positive.)"
            )
            return CheckResult(INCORRECT, result.message + note)
        return result


def _pca_cases() -> list[tuple[np.ndarray, int]]:
    rng = np.random.default_rng(1616)
    stretch = np.diag([5.0, 3.0, 2.0, 1.0, 0.5])
    return [
        (rng.normal(size=(12, 5)) @ stretch + 10.0, 2),
        (rng.normal(size=(30, 5)) @ stretch @ rng.normal(size=(5, 5)) - 3.0, 3),
        (rng.normal(size=(8, 4)) + np.array([1.0, -2.0, 50.0, 0.0]), 1),
    ]


exercises.add(
    _ScoresUpToSign(
        "Write pca_scores(X, k): centre the columns of X, take its SVD and return the n x k "
        "matrix of scores on the first k principal components.",
        reference=pca_scores,
        cases=_pca_cases,
        hint="Centre, then U, S, Vt = np.linalg.svd(X_centred, full_matrices=False). The "
        "principal directions are the first k ROWS of Vt; the scores are X_centred @ Vt[:k].T "
        "(equivalently U[:, :k] * S[:k]).",
        solution_code=(
            "def pca_scores(X, k):\n"
            "    X = np.asarray(X, dtype=float)\n"
            "    X_centred = X - X.mean(axis=0)\n"
            "    U, S, Vt = np.linalg.svd(X_centred, full_matrices=False)\n"
            "    return X_centred @ Vt[:k].T"
        ),
        mistakes=[
            Mistake(
                lambda X, k: X @ np.linalg.svd(X, full_matrices=False)[2][:k].T,
                "Centre first. Without it, for data far from the origin, the first 'component' "
                "points roughly at the mean of the data, not along the direction of largest "
                "spread.",
            ),
            Mistake(
                lambda X, k: np.linalg.svd(X - X.mean(axis=0), full_matrices=False)[0][:, :k],
                "U[:, :k] has unit-length columns: it forgets how much spread each component "
                "has. Multiply by the singular values, U[:, :k] * S[:k].",
            ),
            Mistake(
                lambda X, k: (X - X.mean(axis=0))
                @ np.linalg.svd(X - X.mean(axis=0), full_matrices=False)[2][:, :k],
                "The principal directions are the ROWS of Vt (the columns of V): use Vt[:k].T, "
                "not Vt[:, :k].",
            ),
        ],
    )
)
