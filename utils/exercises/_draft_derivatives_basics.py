"""Exercises for 02-calculus/02-derivatives-basics (Derivatives)."""

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("02-calculus/02-derivatives-basics")

EPS = float(np.finfo(np.float64).eps)

# q1 ------------------------------------------------------------------------------ tangent line
exercises.add(
    ValueExercise(
        "The tangent line to f(x) = x**3 at a = 2, written y = m x + c: return (m, c).",
        expected=(12.0, -16.0),
        hint="m = f'(2) = 3 * 2**2. Then expand y = f(2) + m (x - 2): the constant is f(2) - 2 m.",
        solution_code="m = 3 * 2.0**2\nc = 2.0**3 - m * 2.0\nanswer = (m, c)",
        mistakes=[
            Mistake(
                (12.0, 8.0),
                "f(a) = 8 is the height of the line at x = a = 2, not at x = 0. Expand "
                "f(a) + f'(a)(x - a) = f'(a) x + (f(a) - a f'(a)).",
            ),
            Mistake(
                (12.0, -24.0),
                "The line must pass through (2, f(2)) = (2, 8): you dropped the f(a) term, "
                "c = f(a) - a f'(a) = 8 - 24.",
            ),
            Mistake(
                (6.0, -4.0),
                "The power rule gives f'(x) = 3 x**2, so f'(2) = 12 (not 3 * 2 = 6).",
            ),
        ],
    )
)


# q2 ------------------------------------------------------------------------------ central difference
def central_difference(f, x, h):
    """The central difference quotient (f(x + h) - f(x - h)) / (2 h)."""
    return (f(x + h) - f(x - h)) / (2 * h)


exercises.add(
    FunctionExercise(
        "Write central_difference(f, x, h) returning (f(x + h) - f(x - h)) / (2 h).",
        reference=central_difference,
        cases=[
            (np.sin, 1.0, 1e-3),
            (np.exp, -0.5, 0.01),
            (np.log, 2.0, 0.1),
            (np.cos, 0.3, 0.5),
        ],
        hint="The two points x + h and x - h are 2 h apart: divide their difference by 2 * h.",
        solution_code=(
            "def central_difference(f, x, h):\n    return (f(x + h) - f(x - h)) / (2 * h)"
        ),
        mistakes=[
            Mistake(
                lambda f, x, h: (f(x + h) - f(x - h)) / h,
                "Your values are twice too big: the points x - h and x + h are 2 h apart, "
                "so divide by 2 * h, not h.",
            ),
            Mistake(
                lambda f, x, h: (f(x + h) - f(x)) / h,
                "That is the forward difference (error ~ h); the central one uses f(x + h) "
                "and f(x - h), so that the h**2 terms cancel.",
            ),
        ],
    )
)

# q3 ------------------------------------------------------------------------------ optimal step
_H_CENTRAL = (3 * EPS) ** (1 / 3)
exercises.add(
    ValueExercise(
        "For f = exp at a = 0, minimise the central-difference error model "
        "E(h) = h**2 |f'''(a)| / 6 + eps |f(a)| / h: return (h_star, E(h_star)).",
        expected=lambda: (_H_CENTRAL, _H_CENTRAL**2 / 6 + EPS / _H_CENTRAL),
        hint="Here f(0) = f'''(0) = 1. Set E'(h) = h/3 - eps/h**2 to zero: h**3 = 3 eps. "
        "Use eps = np.finfo(np.float64).eps.",
        solution_code=(
            "eps = np.finfo(np.float64).eps\n"
            "h_star = (3 * eps) ** (1 / 3)\n"
            "answer = (h_star, h_star**2 / 6 + eps / h_star)"
        ),
        mistakes=[
            Mistake(
                (np.sqrt(2 * EPS), np.sqrt(2 * EPS)),
                "That is the optimum of the forward-difference model h |f''| / 2 + eps |f| / h. "
                "The central model has h**2 / 6, so h**3 (not h**2) balances eps.",
            ),
            Mistake(
                (EPS ** (1 / 3), EPS ** (2 / 3) / 6 + EPS ** (2 / 3)),
                "cbrt(eps) is the right order of magnitude but not the minimiser of this E: "
                "solve E'(h) = h / 3 - eps / h**2 = 0 exactly, which gives h**3 = 3 eps.",
            ),
            Mistake(
                (_H_CENTRAL, _H_CENTRAL**2 / 6),
                "Your h is right, but E(h_star) must include the rounding term eps / h_star "
                "as well (it is twice the truncation term at the optimum).",
            ),
        ],
        rtol=1e-2,  # accepts answers rounded to 2 significant digits, e.g. (8.7e-6, 3.8e-11)
        atol=0.0,
    )
)

# q4 ------------------------------------------------------------------------------ kink
exercises.add(
    ChoiceExercise(
        "f(x) = |x - 1| at x = 1: continuous? differentiable?",
        options={
            "a": "differentiable, with f'(1) = 0, since derivative(f, 1.0) returns 0.0",
            "b": "continuous but not differentiable at 1",
            "c": "differentiable but not continuous at 1",
            "d": "neither continuous nor differentiable at 1",
        },
        expected="b",
        hint="Compute the difference quotient (f(1 + h) - f(1)) / h for h > 0 and for h < 0.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "The central difference averages the one-sided slopes +1 and -1 and returns 0; "
                "the quotient |h| / h itself has no limit, so f'(1) does not exist.",
            ),
            Mistake(
                "c",
                "Impossible for any function: differentiable implies continuous, because "
                "f(a + h) - f(a) = h * (difference quotient) tends to 0 * f'(a) = 0.",
            ),
            Mistake(
                "d",
                "|f(1 + h) - f(1)| = |h| tends to 0, so f is continuous at 1; only the slope "
                "jumps.",
            ),
        ],
    )
)


# q5 ------------------------------------------------------------------------------ dL/dw_j
def mse_weight_derivative(X, y, w, b, j):
    """dL/dw_j = (2/n) sum_i (yhat_i - y_i) X[i, j] for L = mean((X w + b - y)**2)."""
    residuals = X @ w + b - y
    return float(2.0 * np.mean(residuals * X[:, j]))


def _mse_cases():
    rng = np.random.default_rng(5)
    cases = []
    for n, d, j in [(20, 3, 0), (50, 4, 2), (7, 5, 4)]:
        X = rng.normal(size=(n, d))
        y = rng.normal(size=n) * 3 + 1
        w = rng.normal(size=d)
        cases.append((X, y, w, float(rng.normal()), j))
    return cases


exercises.add(
    FunctionExercise(
        "Write mse_weight_derivative(X, y, w, b, j): the derivative of "
        "L = (1/n) sum_i (yhat_i - y_i)**2 with respect to w_j.",
        reference=mse_weight_derivative,
        cases=_mse_cases,
        hint="Compute the residuals r = X @ w + b - y (shape (n,)), then 2 * mean(r * X[:, j]).",
        solution_code=(
            "def mse_weight_derivative(X, y, w, b, j):\n"
            "    residuals = X @ w + b - y          # yhat_i - y_i, shape (n,)\n"
            "    return 2 * np.mean(residuals * X[:, j])"
        ),
        mistakes=[
            Mistake(
                lambda X, y, w, b, j: float(np.mean((X @ w + b - y) * X[:, j])),
                "You are off by a factor 2: (r + h x)**2 - r**2 = 2 h r x + h**2 x**2, so the "
                "derivative of r**2 brings down a 2.",
            ),
            Mistake(
                lambda X, y, w, b, j: float(2 * np.mean((y - X @ w - b) * X[:, j])),
                "Wrong sign: the residual is yhat_i - y_i (prediction minus target). With "
                "y - yhat the derivative points uphill the wrong way.",
            ),
            Mistake(
                lambda X, y, w, b, j: float(2 * np.sum((X @ w + b - y) * X[:, j])),
                "L is a mean, (1/n) sum, so its derivative is too: divide the sum by n.",
            ),
        ],
    )
)
