"""Exercise checkers for 00-prerequisites: one ExerciseSet per notebook, in course order.

The checkers of each notebook sit under its own heading; `exercises_for("00-prerequisites/<notebook>")`
returns them (see utils/exercises/__init__.py).
"""

from __future__ import annotations

import math

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

# ==============================================================================================
# python for math
# ==============================================================================================

python_for_math = ExerciseSet("00-prerequisites/01-python-for-math")

# q1: set-builder notation as a comprehension, then a sum.
python_for_math.add(
    ValueExercise(
        "Compute the sum of k**2 over S = {k in N | 1 <= k <= 21, k odd}, as an int.",
        expected=1771,
        hint=(
            "Translate the set-builder notation piece by piece: `for k in range(1, 22)` is "
            "1 <= k <= 21 and `if k % 2 == 1` is 'k odd'; put k**2 in front and wrap it in sum(...)."
        ),
        solution_code="answer = sum(k**2 for k in range(1, 22) if k % 2 == 1)",
        mistakes=[
            Mistake(
                1330,
                "range(1, 21) stops at 20, so k = 21 is missing: the end of range is exclusive.",
            ),
            Mistake(1540, "That is the sum over the even k: odd means k % 2 == 1 (or k % 2 != 0)."),
            Mistake(
                3311, "That sums k**2 over every k from 1 to 21: the condition 'k odd' is missing."
            ),
            Mistake(
                121,
                "That is the sum of the odd k themselves: square each one (k**2) before adding.",
            ),
        ],
    )
)

# q2: comparing floats.
python_for_math.add(
    ChoiceExercise(
        "Which expression evaluates to True?",
        options={
            "a": "0.1 + 0.2 == 0.3",
            "b": "math.isclose(0.1 + 0.2, 0.3)",
            "c": "math.isclose(1e-20, 0.0)",
            "d": "(2.0**53 + 1.0) - 2.0**53 == 1.0",
        },
        expected="b",
        hint=(
            "Run each one, then explain it: which numbers are stored exactly, what is the spacing of "
            "the floats near 2**53, and what does math.isclose compare when one side is 0?"
        ),
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "0.1, 0.2 and 0.3 are all rounded to binary fractions; 0.1 + 0.2 lands one spacing "
                "(2**-54) above the float nearest to 0.3, so == is False.",
            ),
            Mistake(
                "c",
                "With the default abs_tol=0, isclose(x, 0.0) asks |x| <= 1e-9 * |x|, which is False for "
                "every x other than 0. Near zero pass abs_tol, e.g. math.isclose(x, 0.0, abs_tol=1e-12).",
            ),
            Mistake(
                "d",
                "Between 2**53 and 2**54 the floats are 2 apart, so 2.0**53 + 1.0 rounds back to 2.0**53 "
                "and the difference is 0.0, not 1.0.",
            ),
        ],
    )
)


# q3: a loss written as a Python function of the parameters.
def mse_loss(w, b, x, y):
    """Mean squared error of the line y_hat = w * x + b on the data (x, y)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    return float(np.mean((y - (w * x + b)) ** 2))


python_for_math.add(
    FunctionExercise(
        "Write mse_loss(w, b, x, y) = (1/n) * sum_i (y_i - (w * x_i + b))**2, returning a float.",
        reference=mse_loss,
        cases=[
            (2.0, 1.0, [0.0, 1.0, 2.0], [1.0, 3.5, 4.0]),
            (0.5, -1.0, np.array([1.0, 2.0, 3.0, 4.0]), np.array([0.0, 0.5, 1.5, 0.5])),
            (-1.5, 2.0, np.array([0.0, 0.5, 1.0, 1.5, 2.0]), np.array([2.5, 1.0, 0.0, -0.5, -1.0])),
            (3.0, 0.0, [2.0], [6.0]),
        ],
        hint=(
            "Form the predictions w * x_i + b, the residuals y_i minus the predictions, square them, "
            "add them up and divide by n = len(x). np.asarray(x) lets the same code accept lists."
        ),
        solution_code=(
            "def mse_loss(w, b, x, y):\n"
            "    x = np.asarray(x, dtype=float)\n"
            "    y = np.asarray(y, dtype=float)\n"
            "    residuals = y - (w * x + b)\n"
            "    return float(np.mean(residuals**2))"
        ),
        mistakes=[
            Mistake(
                lambda w, b, x, y: float(np.sum((np.asarray(y) - (w * np.asarray(x) + b)) ** 2)),
                "That is the sum of squared errors: a mean divides by the number of examples n.",
            ),
            Mistake(
                lambda w, b, x, y: float(np.mean(np.asarray(y) - (w * np.asarray(x) + b))),
                "Square each residual before averaging: positive and negative errors must not cancel.",
            ),
            Mistake(
                lambda w, b, x, y: float(
                    np.sqrt(np.mean((np.asarray(y) - (w * np.asarray(x) + b)) ** 2))
                ),
                "That is the root mean squared error: leave out the square root.",
            ),
            Mistake(
                lambda w, b, x, y: float(np.mean((np.asarray(y) - (b * np.asarray(x) + w)) ** 2)),
                "w and b are swapped: the slope w multiplies x and the bias b is added.",
            ),
        ],
    )
)


# q4: absorption in naive float summation.
def _absorption_sums():
    terms = [1.0] + [1e-16] * 10**6
    return (1.0, math.fsum(terms))


python_for_math.add(
    ValueExercise(
        "For terms = [1.0] + [1e-16] * 10**6, give (naive, exact): the left-to-right running total "
        "and math.fsum(terms).",
        expected=_absorption_sums,
        rtol=1e-13,
        atol=0.0,
        hint=(
            "naive: start from total = 0.0 and do `total += t` for each t in terms, in order. "
            "exact: math.fsum(terms). Then compare 1e-16 with half the spacing of the floats at 1.0."
        ),
        solution_code=(
            "import math\n"
            "terms = [1.0] + [1e-16] * 10**6\n"
            "total = 0.0\n"
            "for t in terms:\n"
            "    total += t\n"
            "answer = (total, math.fsum(terms))"
        ),
        mistakes=[
            Mistake(
                (1.0000000001, 1.0000000001),
                "Your first number is already the exact sum, so it was not added naively left to right: "
                "the built-in sum() compensates rounding errors since Python 3.12, np.sum adds in pairs, "
                "and adding the small terms first also avoids the problem. Write the for loop yourself, "
                "with 1.0 first.",
            ),
            Mistake(
                (1.0, 1.0),
                "The exact sum is not 1.0: the small terms add up to 10**6 * 1e-16 = 1e-10, far more than "
                "the spacing 2.2e-16 of the floats near 1. Use math.fsum(terms) for the second number.",
            ),
            Mistake(
                (1.0000000001, 1.0),
                "The two numbers are in the wrong order: the naive running total comes first, then fsum.",
            ),
        ],
    )
)


# ==============================================================================================
# numpy basics
# ==============================================================================================

numpy_basics = ExerciseSet("00-prerequisites/02-numpy-basics")

# q1: predict a broadcast shape with the rule ------------------------------------------------
numpy_basics.add(
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
numpy_basics.add(
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


numpy_basics.add(
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


numpy_basics.add(
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


# ==============================================================================================
# mathematical notation
# ==============================================================================================

mathematical_notation = ExerciseSet("00-prerequisites/03-mathematical-notation")

_X1 = np.array([2.0, -1.0, 4.0, 3.0, 5.0])

# q1: a sum with 1-based indices -----------------------------------------------------------
mathematical_notation.add(
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
mathematical_notation.add(
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
mathematical_notation.add(
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


mathematical_notation.add(
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
        cases.append((rng.normal(size=d), b, rng.normal(size=(n, d)), rng.normal(size=n), lam))
    return cases


mathematical_notation.add(
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


# ==============================================================================================
# plotting for math
# ==============================================================================================

plotting_for_math = ExerciseSet("00-prerequisites/04-plotting-for-math")

# q1: a density histogram by hand -----------------------------------------------------------
_SAMPLES = np.array([0.2, 0.5, 0.9, 1.1, 1.4, 1.8, 2.5, 3.7])
_EDGES = np.array([0.0, 1.0, 2.0, 4.0])
_COUNTS = np.array([3.0, 3.0, 2.0])
_WIDTHS = np.diff(_EDGES)
_N = len(_SAMPLES)

plotting_for_math.add(
    ValueExercise(
        "For the 8 samples [0.2, 0.5, 0.9, 1.1, 1.4, 1.8, 2.5, 3.7] and the bin edges [0, 1, 2, 4], "
        "give the three bar heights of the density histogram (an array of 3 numbers).",
        expected=lambda: _COUNTS / (_N * _WIDTHS),
        hint="Count the samples in each bin, then divide each count by n times the bin's width: "
        "height = count / (n * width).",
        solution_code=(
            "samples = np.array([0.2, 0.5, 0.9, 1.1, 1.4, 1.8, 2.5, 3.7])\n"
            "edges = np.array([0.0, 1.0, 2.0, 4.0])\n"
            "counts, _ = np.histogram(samples, bins=edges)\n"
            "answer = counts / (len(samples) * np.diff(edges))"
        ),
        mistakes=[
            Mistake(
                _COUNTS,
                "These are the counts. A density histogram divides each count by n * width, so "
                "that the total area of the bars is 1.",
            ),
            Mistake(
                _COUNTS / _N,
                "count / n is the fraction of samples in the bin, which is the bar's AREA. The "
                "height is that area divided by the bin's width; the last bin is 2 wide.",
            ),
            Mistake(
                _COUNTS / _WIDTHS,
                "You divided by the width but not by n = 8: these bars have total area 8, not 1.",
            ),
        ],
    )
)

# q2: which contour plot is which function ---------------------------------------------------
plotting_for_math.add(
    ChoiceExercise(
        "Match the contour plots (A), (B), (C) drawn above to f(x) = x1^2 + 4 x2^2, "
        "g(x) = 4 x1^2 + x2^2 and h(x) = x1^2 - x2^2.",
        options={
            "a": "A = f, B = h, C = g",
            "b": "A = g, B = h, C = f",
            "c": "A = h, B = f, C = g",
            "d": "A = g, B = f, C = h",
        },
        expected="b",
        hint="Solve f(x) = c on each axis: on the x1-axis (x2 = 0) f = c gives x1 = ±sqrt(c); on "
        "the x2-axis it gives x2 = ±sqrt(c)/2. The level set reaches further along the axis whose "
        "coefficient is smaller.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "f and g are swapped. A large coefficient makes the function grow FAST in that "
                "direction, so the level set is NARROW there: x1^2 + 4 x2^2 = 4 reaches x1 = ±2 but "
                "only x2 = ±1, a wide flat ellipse.",
            ),
            Mistake(
                "c",
                "Panel A has closed curves around a minimum, so it is not h. The minus sign in h "
                "makes it a saddle: h = c gives hyperbolas, which never close, and h takes "
                "negative values (look at the colour bars).",
            ),
            Mistake(
                "d",
                "Panel C has closed ellipses, so it is not the saddle h = x1^2 - x2^2, whose level "
                "sets are hyperbolas and whose values go negative. Panel B is the saddle.",
            ),
        ],
    )
)


# q3: the gradient field of a quadratic --------------------------------------------------------
def quadratic_gradient(a, b, c, x1, x2):
    """Gradient of f(x1, x2) = a x1^2 + b x1 x2 + c x2^2, as a tuple (df/dx1, df/dx2)."""
    x1 = np.asarray(x1, dtype=float)
    x2 = np.asarray(x2, dtype=float)
    return (2 * a * x1 + b * x2, b * x1 + 2 * c * x2)


def _gradient_cases():
    grid_x1, grid_x2 = np.meshgrid(np.linspace(-2.0, 2.0, 5), np.linspace(-1.0, 1.0, 3))
    return [
        (1.0, 2.0, 3.0, 1.0, -2.0),
        (0.5, -1.0, 2.0, grid_x1, grid_x2),
        (3.0, 0.0, 1.0, np.array([1.0, -1.0, 2.0]), np.array([0.5, 2.0, -3.0])),
    ]


plotting_for_math.add(
    FunctionExercise(
        "Write quadratic_gradient(a, b, c, x1, x2) returning the tuple (U, V) of the partial "
        "derivatives of f(x1, x2) = a x1^2 + b x1 x2 + c x2^2, for numbers or arrays x1, x2.",
        reference=quadratic_gradient,
        cases=_gradient_cases,
        hint="Differentiate term by term, holding the other variable fixed: d/dx1 of b x1 x2 is "
        "b x2, and d/dx1 of a x1^2 is 2 a x1.",
        solution_code=(
            "def quadratic_gradient(a, b, c, x1, x2):\n"
            "    U = 2 * a * x1 + b * x2   # df/dx1\n"
            "    V = b * x1 + 2 * c * x2   # df/dx2\n"
            "    return (U, V)"
        ),
        mistakes=[
            Mistake(
                lambda a, b, c, x1, x2: (a * x1 + b * x2, b * x1 + c * x2),
                "The derivative of a x1^2 is 2 a x1: the factor 2 from the power rule is missing.",
            ),
            Mistake(
                lambda a, b, c, x1, x2: (2 * a * x1, 2 * c * x2),
                "The cross term b x1 x2 depends on both variables: it adds b x2 to df/dx1 and b x1 "
                "to df/dx2.",
            ),
            Mistake(
                lambda a, b, c, x1, x2: (2 * a * x1 + b * x1, b * x2 + 2 * c * x2),
                "Differentiating b x1 x2 with respect to x1 leaves the OTHER variable: b x2, "
                "not b x1.",
            ),
            Mistake(
                lambda a, b, c, x1, x2: (b * x1 + 2 * c * x2, 2 * a * x1 + b * x2),
                "The components are swapped: U is df/dx1 (the arrow's horizontal part) and V is "
                "df/dx2.",
            ),
        ],
    )
)


# q4: points on a level set -------------------------------------------------------------------
def ellipse_level_set(a, b, c, num):
    """num points of the level set a x1^2 + b x2^2 = c, one per row, shape (num, 2)."""
    t = np.linspace(0.0, 2.0 * np.pi, num)
    return np.column_stack([np.sqrt(c / a) * np.cos(t), np.sqrt(c / b) * np.sin(t)])


def _swap_axes(a, b, c, num):
    t = np.linspace(0.0, 2.0 * np.pi, num)
    return np.column_stack([np.sqrt(c / b) * np.cos(t), np.sqrt(c / a) * np.sin(t)])


def _no_square_root(a, b, c, num):
    t = np.linspace(0.0, 2.0 * np.pi, num)
    return np.column_stack([c / a * np.cos(t), c / b * np.sin(t)])


def _root_of_c_only(a, b, c, num):
    t = np.linspace(0.0, 2.0 * np.pi, num)
    return np.column_stack([np.sqrt(c) / a * np.cos(t), np.sqrt(c) / b * np.sin(t)])


def _rows_not_columns(a, b, c, num):
    t = np.linspace(0.0, 2.0 * np.pi, num)
    return np.array([np.sqrt(c / a) * np.cos(t), np.sqrt(c / b) * np.sin(t)])


plotting_for_math.add(
    FunctionExercise(
        "Write ellipse_level_set(a, b, c, num) returning num points of the level set "
        "a x1^2 + b x2^2 = c (a, b, c > 0) as an array of shape (num, 2), using the angles "
        "t = np.linspace(0, 2 pi, num) and x1 = r1 cos t, x2 = r2 sin t.",
        reference=ellipse_level_set,
        cases=[(1.0, 4.0, 4.0, 5), (2.0, 0.5, 3.0, 9), (9.0, 1.0, 2.0, 4)],
        hint="Put x1 = r1 cos t, x2 = r2 sin t into a x1^2 + b x2^2 = c and use cos^2 + sin^2 = 1: "
        "it holds for every t when a r1^2 = c and b r2^2 = c.",
        solution_code=(
            "def ellipse_level_set(a, b, c, num):\n"
            "    t = np.linspace(0.0, 2.0 * np.pi, num)\n"
            "    x1 = np.sqrt(c / a) * np.cos(t)\n"
            "    x2 = np.sqrt(c / b) * np.sin(t)\n"
            "    return np.column_stack([x1, x2])"
        ),
        mistakes=[
            Mistake(
                _swap_axes,
                "The semi-axes are swapped: a x1^2 = c on the x1-axis gives r1 = sqrt(c / a), so "
                "the LARGER coefficient gives the SHORTER axis.",
            ),
            Mistake(
                _no_square_root,
                "a r1^2 = c gives r1 = sqrt(c / a), not c / a: the level set of a quadratic scales "
                "with the square root of the level.",
            ),
            Mistake(
                _root_of_c_only,
                "a r1^2 = c gives r1 = sqrt(c / a) = sqrt(c) / sqrt(a), not sqrt(c) / a: the square "
                "root applies to a too.",
            ),
            Mistake(
                _rows_not_columns,
                "np.array([x1, x2]) has shape (2, num): one coordinate per row. Stack them as "
                "columns, np.column_stack([x1, x2]), so that each row is one point.",
            ),
        ],
    )
)
