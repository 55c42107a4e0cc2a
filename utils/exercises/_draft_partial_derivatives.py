"""Exercise checkers for 02-calculus/04-partial-derivatives (draft, merged into calculus.py)."""

from __future__ import annotations

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("02-calculus/04-partial-derivatives")

# q1: the three partials of a function of three variables, by hand -----------------------------
exercises.add(
    ValueExercise(
        "For f(x, y, z) = x**2 * y + y * z**3, give the array "
        "(df/dx, df/dy, df/dz) at the point (1, 2, -1).",
        expected=np.array([4.0, 0.0, 6.0]),
        hint="Differentiate with respect to one variable and treat the other two as constants: "
        "df/dx = 2xy, df/dy = x^2 + z^3, df/dz = 3yz^2. Then substitute x=1, y=2, z=-1.",
        solution_code=(
            "x, y, z = 1.0, 2.0, -1.0\n"
            "answer = np.array([2 * x * y, x**2 + z**3, 3 * y * z**2])"
        ),
        mistakes=[
            Mistake(
                np.array([2.0, 0.0, 6.0]),
                "In x^2 y the y is a constant factor when you differentiate with respect to x: "
                "it stays, so df/dx = 2xy, not 2x.",
            ),
            Mistake(
                np.array([4.0, 0.0, 3.0]),
                "In y z^3 the y is a constant factor when you differentiate with respect to z: "
                "df/dz = 3 y z^2, not 3 z^2.",
            ),
            Mistake(
                np.array([4.0, 1.0, 6.0]),
                "df/dy = x^2 + z^3: both terms contain y (to the first power), so both survive; "
                "at z = -1, z^3 = -1.",
            ),
        ],
    )
)

# q2: a mixed second partial by hand -------------------------------------------------------------
exercises.add(
    ValueExercise(
        "For f(x, y) = x**3 * y**2 + exp(x * y), compute the mixed partial "
        "d^2 f / (dy dx) (first d/dx, then d/dy) at (x, y) = (1, 2), as a float.",
        expected=lambda: float(12.0 + 3.0 * np.exp(2.0)),
        hint="f_x = 3x^2 y^2 + y e^{xy}. Now differentiate f_x with respect to y; the term "
        "y e^{xy} is a product of two factors that both depend on y.",
        solution_code=(
            "x, y = 1.0, 2.0\n"
            "# f_x = 3 x^2 y^2 + y exp(xy);  f_xy = 6 x^2 y + exp(xy) + x y exp(xy)\n"
            "answer = float(6 * x**2 * y + np.exp(x * y) + x * y * np.exp(x * y))"
        ),
        mistakes=[
            Mistake(
                float(12.0 + np.exp(2.0)),
                "You dropped a term: d/dy [y e^{xy}] needs the product rule, "
                "= e^{xy} + y * x e^{xy}.",
            ),
            Mistake(
                float(12.0 + 2.0 * np.exp(2.0)),
                "You dropped a term: d/dy [y e^{xy}] needs the product rule, "
                "= e^{xy} + y * x e^{xy}; the first piece, e^{xy}, is missing.",
            ),
            Mistake(
                float(24.0 + 4.0 * np.exp(2.0)),
                "That is f_xx: you differentiated twice with respect to x. "
                "The second derivative must be with respect to y.",
            ),
            Mistake(
                float(2.0 + np.exp(2.0)),
                "That is f_yy: you differentiated twice with respect to y. "
                "Differentiate once with respect to x and once with respect to y.",
            ),
        ],
    )
)


# q3: every partial derivative of the MSE of a linear model -------------------------------------
def mse_partials(X, y, w, b):
    """Partials of L(w, b) = mean((X w + b - y)^2): (dL/dw_1, ..., dL/dw_d, dL/db)."""
    X = np.asarray(X, dtype=float)
    residual = X @ np.asarray(w, dtype=float) + b - np.asarray(y, dtype=float)
    n = X.shape[0]
    return np.append(2.0 / n * (X.T @ residual), 2.0 / n * np.sum(residual))


def _mse_cases():
    rng = np.random.default_rng(4)
    cases = []
    for n, d in [(20, 3), (7, 1), (50, 5)]:
        X = rng.normal(size=(n, d))
        y = rng.normal(size=n) + 2.0
        w = rng.normal(size=d)
        cases.append((X, y, w, float(rng.normal())))
    return cases


def _mse_no_two(X, y, w, b):
    return mse_partials(X, y, w, b) / 2.0


def _mse_sum_not_mean(X, y, w, b):
    return mse_partials(X, y, w, b) * np.asarray(X).shape[0]


def _mse_wrong_sign(X, y, w, b):
    return -mse_partials(X, y, w, b)


def _mse_weights_only(X, y, w, b):
    return mse_partials(X, y, w, b)[:-1]


exercises.add(
    FunctionExercise(
        "Write mse_partials(X, y, w, b) returning the 1-D array of length d + 1 "
        "(dL/dw_1, ..., dL/dw_d, dL/db) for L = (1/n) sum_i (yhat_i - y_i)^2, yhat = X w + b.",
        reference=mse_partials,
        cases=_mse_cases,
        hint="dL/dw_j = (2/n) sum_i (yhat_i - y_i) x_ij and dL/db = (2/n) sum_i (yhat_i - y_i). "
        "With the residual r = X @ w + b - y this is (2/n) X.T @ r and (2/n) r.sum(); "
        "join them with np.append.",
        solution_code=(
            "def mse_partials(X, y, w, b):\n"
            "    n = X.shape[0]\n"
            "    residual = X @ w + b - y          # yhat - y, shape (n,)\n"
            "    partials_w = 2 / n * (X.T @ residual)   # shape (d,)\n"
            "    partial_b = 2 / n * np.sum(residual)\n"
            "    return np.append(partials_w, partial_b)"
        ),
        mistakes=[
            Mistake(
                _mse_no_two,
                "Every entry is half the right size: the derivative of (yhat_i - y_i)^2 is "
                "2 (yhat_i - y_i) times the inner derivative; keep the 2.",
            ),
            Mistake(
                _mse_sum_not_mean,
                "Every entry is n times too large: L is a mean, so divide the sum by n.",
            ),
            Mistake(
                _mse_wrong_sign,
                "Every entry has the wrong sign: use yhat - y (prediction minus target), or keep "
                "the minus sign that the chain rule gives for y - yhat.",
            ),
            Mistake(
                _mse_weights_only,
                "The bias b is a parameter too: append dL/db = (2/n) sum_i (yhat_i - y_i) at "
                "the end, for d + 1 numbers in all.",
            ),
        ],
    )
)

# q4: when are mixed partials equal? ----------------------------------------------------------------
exercises.add(
    ChoiceExercise(
        "For which function does the Clairaut-Schwarz theorem guarantee "
        "f_xy(0, 0) = f_yx(0, 0)?",
        options={
            "a": "f(x, y) = x y (x^2 - y^2) / (x^2 + y^2) with f(0, 0) = 0: its first partials "
            "exist everywhere.",
            "b": "f(x, y) = exp(x) sin(y) + x^2 y^3: all its second partials exist and are "
            "continuous everywhere.",
            "c": "Any f whose first partials f_x and f_y exist near (0, 0).",
        },
        expected="b",
        hint="The theorem needs the mixed second partials to exist and be continuous near the "
        "point (for example, f twice continuously differentiable). Existence of the first "
        "partials is not enough.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "That is the classic counterexample: f_xy(0, 0) = -1 but f_yx(0, 0) = +1. Its "
                "second partials exist but are not continuous at the origin, so the theorem "
                "does not apply.",
            ),
            Mistake(
                "c",
                "First partials are not enough: the theorem needs continuous mixed second "
                "partials near the point. Function (a) has first partials everywhere and "
                "unequal mixed partials at the origin.",
            ),
        ],
    )
)
