"""Exercise checkers for 02-calculus/08-matrix-calculus (draft, merged into calculus.py)."""

from __future__ import annotations

import numpy as np

from utils.exercises._core import ExerciseSet, FunctionExercise, Mistake, ValueExercise

exercises = ExerciseSet("02-calculus/08-matrix-calculus")

# q1: gradient of a quadratic form plus a linear term, A not symmetric ----------------------------
_A1 = np.array([[1.0, 4.0], [0.0, 2.0]])
_b1 = np.array([1.0, -1.0])
_x1 = np.array([2.0, 1.0])

exercises.add(
    ValueExercise(
        "For A = [[1, 4], [0, 2]], b = (1, -1) and f(x) = x^T A x + b^T x, compute the gradient "
        "of f at x = (2, 1) as an array of shape (2,).",
        expected=(_A1 + _A1.T) @ _x1 + _b1,
        hint="The gradient of x^T A x is (A + A^T) x for any square A; the gradient of b^T x is b.",
        solution_code=(
            "A = np.array([[1.0, 4.0], [0.0, 2.0]])\n"
            "b = np.array([1.0, -1.0])\n"
            "x = np.array([2.0, 1.0])\n"
            "answer = (A + A.T) @ x + b"
        ),
        mistakes=[
            Mistake(
                2 * _A1 @ _x1 + _b1,
                "2 A x is the gradient only when A is symmetric. This A is not: use (A + A^T) x.",
            ),
            Mistake(
                _A1 @ _x1 + _b1,
                "x appears twice in x^T A x, so there are two terms: A x and A^T x.",
            ),
            Mistake(
                (_A1 + _A1.T) @ _x1,
                "You dropped the linear term: the gradient of b^T x is b.",
            ),
        ],
    )
)

# q2: the gradient of a^T X b has X's shape ------------------------------------------------------
_a2 = np.array([1.0, 2.0, -1.0])
_b2 = np.array([3.0, -2.0])

exercises.add(
    ValueExercise(
        "For a = (1, 2, -1), b = (3, -2) and f(X) = a^T X b with X a 3 x 2 matrix, compute the "
        "gradient of f with respect to X as an array of shape (3, 2).",
        expected=np.outer(_a2, _b2),
        hint="f = sum_ij a_i X_ij b_j, so df/dX_ij = a_i b_j: the outer product a b^T, which has "
        "X's shape (3, 2).",
        solution_code=(
            "a = np.array([1.0, 2.0, -1.0])\n"
            "b = np.array([3.0, -2.0])\n"
            "answer = np.outer(a, b)"
        ),
        mistakes=[
            Mistake(
                np.outer(_b2, _a2),
                "That is b a^T, shape (2, 3). The gradient of a scalar with respect to X has "
                "X's shape (3, 2): entry (i, j) is a_i b_j, so it is a b^T.",
            ),
            Mistake(
                float(_a2.sum() * _b2.sum()),
                "The gradient with respect to a 3 x 2 matrix is a 3 x 2 matrix, one partial "
                "derivative per entry X_ij, not a single number.",
            ),
        ],
    )
)


# q3: matrix least squares ------------------------------------------------------------------------
def least_squares_gradient(X: np.ndarray, W: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """Gradient of ||X W - Y||_F^2 with respect to W, shape (d, k)."""
    X, W, Y = (np.asarray(M, dtype=float) for M in (X, W, Y))
    return 2 * X.T @ (X @ W - Y)


def _least_squares_cases() -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(8)
    cases = []
    for n, d, k in [(5, 3, 2), (4, 2, 3), (6, 4, 1)]:
        cases.append(
            (rng.normal(size=(n, d)), rng.normal(size=(d, k)), rng.normal(size=(n, k)))
        )
    return cases


exercises.add(
    FunctionExercise(
        "Write least_squares_gradient(X, W, Y): the gradient of f(W) = ||X W - Y||_F^2 with "
        "respect to W, for X of shape (n, d), W of shape (d, k), Y of shape (n, k).",
        reference=least_squares_gradient,
        cases=_least_squares_cases,
        hint="Let R = X W - Y. Then df = 2 tr(R^T dR) and dR = X dW, so df = tr((2 X^T R)^T dW).",
        solution_code=(
            "def least_squares_gradient(X, W, Y):\n"
            "    residual = X @ W - Y\n"
            "    return 2 * X.T @ residual"
        ),
        mistakes=[
            Mistake(
                lambda X, W, Y: np.asarray(X).T @ (np.asarray(X) @ W - Y),
                "The derivative of a square brings a factor 2: d||R||_F^2 = 2 tr(R^T dR).",
            ),
            Mistake(
                lambda X, W, Y: 2 * np.asarray(X).T @ (Y - np.asarray(X) @ W),
                "The sign is flipped: the residual is X W - Y, and X W enters with a plus sign.",
            ),
            Mistake(
                lambda X, W, Y: 2 * (np.asarray(X) @ W - Y),
                "That is the gradient with respect to the predictions X W, shape (n, k). The "
                "chain rule through X W multiplies by X^T on the left, giving shape (d, k).",
            ),
        ],
    )
)


# q4: logistic regression gradient ----------------------------------------------------------------
def logistic_gradient(w: np.ndarray, X: np.ndarray, y: np.ndarray, lam: float) -> np.ndarray:
    """Gradient of the L2-regularised mean logistic loss, shape (d,)."""
    w, X, y = (np.asarray(M, dtype=float) for M in (w, X, y))
    probabilities = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ (probabilities - y) / len(y) + lam * w


def _logistic_cases() -> list[tuple[np.ndarray, np.ndarray, np.ndarray, float]]:
    rng = np.random.default_rng(18)
    cases = []
    for n, d, lam in [(8, 3, 0.1), (12, 4, 0.5), (6, 2, 0.0)]:
        X = rng.normal(size=(n, d))
        y = (rng.random(n) < 0.5).astype(float)
        cases.append((rng.normal(size=d), X, y, lam))
    return cases


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


exercises.add(
    FunctionExercise(
        "Write logistic_gradient(w, X, y, lam): the gradient of "
        "L(w) = -(1/n) sum_i [y_i log s_i + (1 - y_i) log(1 - s_i)] + (lam/2) ||w||^2 with "
        "s = sigmoid(X w), for w of shape (d,), X of shape (n, d), y of shape (n,) with 0/1 "
        "entries. Return an array of shape (d,).",
        reference=logistic_gradient,
        cases=_logistic_cases,
        hint="Per example, the derivative of the log loss with respect to z_i = x_i^T w is "
        "s_i - y_i; the chain rule through z = X w gives X^T (s - y). Then divide by n and add "
        "the derivative lam w of the penalty.",
        solution_code=(
            "def logistic_gradient(w, X, y, lam):\n"
            "    s = 1 / (1 + np.exp(-(X @ w)))\n"
            "    return X.T @ (s - y) / len(y) + lam * w"
        ),
        mistakes=[
            Mistake(
                lambda w, X, y, lam: np.asarray(X).T @ (_sigmoid(X @ w) - y) + lam * w,
                "The loss is a mean over the n examples: divide X^T (s - y) by n.",
            ),
            Mistake(
                lambda w, X, y, lam: np.asarray(X).T @ (y - _sigmoid(X @ w)) / len(y) + lam * w,
                "The sign of the data term is flipped: it is X^T (s - y), predictions minus "
                "labels (the minus in front of the log loss cancels the minus from the log).",
            ),
            Mistake(
                lambda w, X, y, lam: np.asarray(X).T @ (_sigmoid(X @ w) - y) / len(y),
                "You forgot the penalty: the gradient of (lam/2) ||w||^2 is lam w.",
            ),
            Mistake(
                lambda w, X, y, lam: np.asarray(X).T @ (_sigmoid(X @ w) - y) / len(y)
                + lam * w / 2,
                "The gradient of (lam/2) ||w||^2 is lam w: the 2 from the square cancels the 1/2.",
            ),
        ],
    )
)
