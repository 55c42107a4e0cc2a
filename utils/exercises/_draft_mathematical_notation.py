"""Exercise checkers for 00-prerequisites/03-mathematical-notation."""

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("00-prerequisites/03-mathematical-notation")

_X1 = np.array([2.0, -1.0, 4.0, 3.0, 5.0])

# q1: a sum with 1-based indices -----------------------------------------------------------
exercises.add(
    ValueExercise(
        "With x = [2, -1, 4, 3, 5] (x_1 = 2, ..., x_5 = 5), compute the sum of x_i^2 for i = 2..4.",
        expected=lambda: float(np.sum(_X1[1:4] ** 2)),
        hint="x_2 is x[1] and x_4 is x[3]; the slice x[1:4] stops before position 4.",
        solution_code=(
            "x = np.array([2.0, -1.0, 4.0, 3.0, 5.0])\nanswer = float(np.sum(x[1:4] ** 2))"
        ),
        mistakes=[
            Mistake(
                float(np.sum(_X1[2:4] ** 2)),
                "x[2:4] holds x_3 and x_4 only. Maths index i is Python position i - 1, so x_2 is x[1].",
            ),
            Mistake(
                float(np.sum(_X1[2:5] ** 2)),
                "Shifting both ends gives x_3, x_4, x_5. Shift the start by one (x_2 is x[1]) but not "
                "the end: a slice already excludes its end, so i = 2..4 is x[1:4].",
            ),
            Mistake(
                float(np.sum(_X1[1:3] ** 2)),
                "x[1:3] stops before position 3, so it misses x_4. The upper bound 4 of the sum is "
                "included: use x[1:4].",
            ),
            Mistake(
                float(np.sum(_X1[1:4])),
                "The terms are squared: x_i^2, not x_i.",
            ),
            Mistake(
                float(np.sum(_X1[1:4]) ** 2),
                "That is the square of the sum. The sum of the squares squares each term first: "
                "sum(x_i^2) is not (sum x_i)^2.",
            ),
        ],
    )
)

# q2: three vector norms --------------------------------------------------------------------
_X2 = np.array([3.0, -4.0, -12.0])
exercises.add(
    ValueExercise(
        "For x = (3, -4, -12), give the tuple (L1 norm, L2 norm, L-infinity norm).",
        expected=lambda: (
            float(np.linalg.norm(_X2, 1)),
            float(np.linalg.norm(_X2, 2)),
            float(np.linalg.norm(_X2, np.inf)),
        ),
        hint="L1: sum of absolute values; L2: square root of the sum of squares; "
        "L-infinity: the largest absolute value.",
        solution_code=(
            "x = np.array([3.0, -4.0, -12.0])\n"
            "answer = (np.linalg.norm(x, 1), np.linalg.norm(x, 2), np.linalg.norm(x, np.inf))"
        ),
        mistakes=[
            Mistake(
                (float(np.sum(_X2)), 13.0, 12.0),
                "The L1 norm adds absolute values: |3| + |-4| + |-12|, not 3 - 4 - 12.",
            ),
            Mistake(
                (19.0, float(_X2 @ _X2), 12.0),
                "169 is the squared L2 norm. The L2 norm takes the square root: sqrt(169) = 13.",
            ),
            Mistake(
                (19.0, 13.0, float(np.max(_X2))),
                "The L-infinity norm is the largest ABSOLUTE value, max |x_i| = 12, not the largest entry.",
            ),
        ],
    )
)

# q3: which expression computes sum_j x^(i)_j w_j ------------------------------------------
exercises.add(
    ChoiceExercise(
        "Which NumPy expression computes s_i = sum over j of x^(i)_j w_j for every example i?",
        options={
            "a": "X @ w",
            "b": "X.T @ w",
            "c": "np.sum(X * w)",
            "d": "np.sum(X * w, axis=0)",
        },
        expected="a",
        hint="s_i is the dot product of row i of X with w; there is one s_i per example, n in all.",
        solution_code='answer = "a"',
        mistakes=[
            Mistake(
                "b",
                "X.T has shape (d, n), so X.T @ w needs w with n entries. Row i of X (example i) "
                "times w is what you want: X @ w.",
            ),
            Mistake(
                "c",
                "Without an axis, np.sum adds over both i and j and returns one number. The result "
                "should keep the index i: n numbers.",
            ),
            Mistake(
                "d",
                "axis=0 sums over the examples i and leaves d numbers. The sum runs over j, the "
                "columns, so axis 1 must disappear: np.sum(X * w, axis=1), which is X @ w.",
            ),
        ],
    )
)


# q4: the whole argmin set ------------------------------------------------------------------
def argmin_set(values):
    """All positions (0-based) of the minimum of a 1-D array, increasing, as a 1-D array."""
    values = np.asarray(values)
    return np.flatnonzero(values == np.min(values))


exercises.add(
    FunctionExercise(
        "Write argmin_set(values): every position where the minimum of a 1-D array occurs.",
        reference=argmin_set,
        cases=[
            (np.array([3.0, 1.0, 4.0, 1.0, 5.0]),),
            (np.array([2.0]),),
            (np.array([-1.0, -1.0, -1.0]),),
            (np.array([0.5, -2.0, 7.0, -2.0, -2.0, 3.0]),),
            (np.array([4, 2, 2, 9, 2]),),
            (np.array([1.5, 0.25, 8.0]),),
        ],
        hint="Compare every entry with np.min(values) to get a boolean array, then collect the "
        "positions of the True entries with np.flatnonzero.",
        solution_code=(
            "def argmin_set(values):\n"
            "    values = np.asarray(values)\n"
            "    return np.flatnonzero(values == np.min(values))"
        ),
        mistakes=[
            Mistake(
                lambda values: np.argmin(values),
                "np.argmin returns only the first minimiser, as one number. The argmin set can hold "
                "several positions: return all the positions where values equals its minimum.",
            ),
            Mistake(
                lambda values: np.min(values),
                "np.min gives the minimum VALUE (a height). The exercise asks WHERE it occurs: the "
                "positions, not the value.",
            ),
            Mistake(
                lambda values: np.flatnonzero(np.asarray(values) == np.min(values)) + 1,
                "These are maths positions counted from 1. Return Python's 0-based positions, the "
                "ones you could index the array with.",
            ),
        ],
    )
)


# q5: the gradient of the ridge loss --------------------------------------------------------
def ridge_gradient(w, b, X, y, lam):
    """Gradient in w of (1/2n) ||X w + b - y||^2 + (lam/2) ||w||^2, shape (d,)."""
    n = X.shape[0]
    return X.T @ (X @ w + b - y) / n + lam * w


def _ridge_cases():
    rng = np.random.default_rng(3)
    cases = []
    for n, d, b, lam in [(6, 3, 0.5, 0.1), (10, 4, -1.2, 0.7), (5, 2, 2.0, 1.5)]:
        cases.append(
            (rng.normal(size=d), b, rng.normal(size=(n, d)), rng.normal(size=n), lam)
        )
    return cases


exercises.add(
    FunctionExercise(
        "Write ridge_gradient(w, b, X, y, lam), the gradient in w of the ridge loss, shape (d,).",
        reference=ridge_gradient,
        cases=_ridge_cases,
        hint="With the residual r = X @ w + b - y (shape (n,)), the data term gives X.T @ r / n "
        "and the penalty (lam/2)||w||^2 gives lam * w.",
        solution_code=(
            "def ridge_gradient(w, b, X, y, lam):\n"
            "    n = X.shape[0]\n"
            "    residual = X @ w + b - y\n"
            "    return X.T @ residual / n + lam * w"
        ),
        mistakes=[
            Mistake(
                lambda w, b, X, y, lam: X.T @ (X @ w + b - y) + lam * w,
                "The loss averages over the examples: the data term carries a factor 1/n.",
            ),
            Mistake(
                lambda w, b, X, y, lam: X.T @ (y - X @ w - b) / X.shape[0] + lam * w,
                "The sign of the residual is flipped. Differentiating (y_hat - y)^2 / 2 gives "
                "(y_hat - y) times x, so the residual is X @ w + b - y.",
            ),
            Mistake(
                lambda w, b, X, y, lam: X.T @ (X @ w + b - y) / X.shape[0] + lam / 2 * w,
                "The gradient of (lam/2)||w||^2 is (lam/2) * 2w = lam * w: the 2 from the square "
                "cancels the 1/2.",
            ),
            Mistake(
                lambda w, b, X, y, lam: X.T @ (X @ w - y) / X.shape[0] + lam * w,
                "The bias b is part of every prediction: the residual is X @ w + b - y.",
            ),
        ],
    )
)
