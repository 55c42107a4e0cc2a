"""Exercises for 02-calculus/06-chain-rule (merged into utils/exercises/calculus.py later)."""

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("02-calculus/06-chain-rule")

# q1 ------------------------------------------------------------------ the multivariable chain rule
_x = 1.0
_path_u = 2 * _x * np.sin(_x) ** 2  # (df/du)(du/dx) = v**2 * 2x
_path_v = _x**2 * 2 * np.sin(_x) * np.cos(_x)  # (df/dv)(dv/dx) = 2uv * cos x
exercises.add(
    ValueExercise(
        "z = f(u, v) = u * v**2 with u = x**2 and v = sin(x). Compute dz/dx at x = 1 "
        "with the multivariable chain rule (a float).",
        expected=float(_path_u + _path_v),
        hint="dz/dx = (df/du)(du/dx) + (df/dv)(dv/dx), with df/du = v**2 and df/dv = 2*u*v, "
        "all evaluated at x = 1.",
        solution_code=(
            "x = 1.0\n"
            "u, v = x**2, np.sin(x)\n"
            "answer = v**2 * (2 * x) + (2 * u * v) * np.cos(x)"
        ),
        mistakes=[
            Mistake(
                float(_path_u),
                "You followed only the path through u. x also reaches z through v = sin(x): "
                "add (df/dv)(dv/dx).",
            ),
            Mistake(
                float(_path_v),
                "You followed only the path through v. x also reaches z through u = x**2: "
                "add (df/du)(du/dx).",
            ),
            Mistake(
                float(_path_u * _path_v),
                "You multiplied the two path contributions. Contributions of different paths "
                "ADD; only the local derivatives along one path multiply.",
            ),
        ],
    )
)

# q2 ------------------------------------------------------------------ Jacobian shapes
exercises.add(
    ChoiceExercise(
        "g maps R^3 to R^2 and f maps R^2 to R^4. Which is the Jacobian of f o g at x?",
        options={
            "a": "J_g(x) J_f(g(x)), a 2 x 3 matrix times a 4 x 2 matrix",
            "b": "J_f(g(x)) J_g(x), a 4 x 2 matrix times a 2 x 3 matrix, giving 4 x 3",
            "c": "J_f(g(x)) J_g(x), giving 3 x 4 (one row per input)",
            "d": "J_f(x) J_g(x), both evaluated at the same point x",
        },
        expected="b",
        hint="A Jacobian has one row per output and one column per input. f o g has 4 outputs "
        "and 3 inputs; the outer function's Jacobian comes first.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "Order matters: (2 x 3)(4 x 2) is not even defined. The outer function f acts "
                "last, so its Jacobian is on the left.",
            ),
            Mistake(
                "c",
                "Rows are outputs and columns are inputs: f o g has 4 outputs and 3 inputs, "
                "so its Jacobian is 4 x 3.",
            ),
            Mistake(
                "d",
                "f is applied to g(x), not to x (x is not even in f's domain R^2): "
                "evaluate J_f at g(x).",
            ),
        ],
    )
)

# q3 ------------------------------------------------------------------ backward pass with a node used twice
_x, _y = 2.0, 3.0
_a = _x * _y
_b = _a + _x
_b_bar = _a  # f = b * a
_a_bar = _b + _b_bar * 1.0  # direct edge a -> f, plus a -> b -> f
_x_bar = _a_bar * _y + _b_bar * 1.0
_y_bar = _a_bar * _x
exercises.add(
    ValueExercise(
        "Graph: a = x*y, b = a + x, f = b*a at (x, y) = (2, 3). Run the backward pass and "
        "give the gradient (df/dx, df/dy) as a NumPy array of shape (2,).",
        expected=np.array([_x_bar, _y_bar]),
        hint="Start from f_bar = 1. a is used twice (by b and by f), so a_bar = b + b_bar; "
        "x is used twice too (by a and by b).",
        solution_code=(
            "x, y = 2.0, 3.0\n"
            "a = x * y\n"
            "b = a + x\n"
            "f_bar = 1.0\n"
            "b_bar = f_bar * a            # f = b * a\n"
            "a_bar = f_bar * b + b_bar    # a feeds f directly AND through b\n"
            "x_bar = a_bar * y + b_bar    # x feeds a AND b\n"
            "y_bar = a_bar * x\n"
            "answer = np.array([x_bar, y_bar])"
        ),
        mistakes=[
            Mistake(
                np.array([_b * _y + _b_bar, _b * _x]),
                "a_bar must accumulate: a reaches f directly (local derivative b) AND through "
                "b (local derivative 1). You kept only the direct edge.",
            ),
            Mistake(
                np.array([_b_bar * _y + _b_bar, _b_bar * _x]),
                "a_bar must accumulate: a reaches f through b AND directly (f = b*a gives "
                "local derivative b). You kept only the path through b.",
            ),
            Mistake(
                np.array([_a_bar * _y, _y_bar]),
                "x is used twice: in a = x*y and in b = a + x. Add b_bar * 1 to x_bar.",
            ),
        ],
    )
)


# q4 ------------------------------------------------------------------ backpropagation through two layers
def backward_two_layer(X, Y, W1, b1, W2, b2):
    """Gradients of L = mean over rows of ||W2 tanh(W1 x + b1) + b2 - y||^2."""
    n = X.shape[0]
    H = np.tanh(X @ W1.T + b1)
    Y_hat = H @ W2.T + b2
    delta2 = 2 * (Y_hat - Y) / n
    delta1 = (delta2 @ W2) * (1 - H**2)
    return delta1.T @ X, delta1.sum(axis=0), delta2.T @ H, delta2.sum(axis=0)


def _cases():
    rng = np.random.default_rng(6)
    cases = []
    for n, d, k, m in [(5, 3, 4, 1), (8, 2, 3, 2), (1, 4, 2, 1)]:
        cases.append(
            (
                rng.normal(size=(n, d)),
                rng.normal(size=(n, m)),
                rng.normal(size=(k, d)),
                rng.normal(size=k),
                rng.normal(size=(m, k)),
                rng.normal(size=m),
            )
        )
    return cases


def _no_tanh_derivative(X, Y, W1, b1, W2, b2):
    n = X.shape[0]
    H = np.tanh(X @ W1.T + b1)
    delta2 = 2 * (H @ W2.T + b2 - Y) / n
    delta1 = delta2 @ W2
    return delta1.T @ X, delta1.sum(axis=0), delta2.T @ H, delta2.sum(axis=0)


def _sum_not_mean(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1.T + b1)
    delta2 = 2 * (H @ W2.T + b2 - Y)
    delta1 = (delta2 @ W2) * (1 - H**2)
    return delta1.T @ X, delta1.sum(axis=0), delta2.T @ H, delta2.sum(axis=0)


def _no_factor_two(X, Y, W1, b1, W2, b2):
    n = X.shape[0]
    H = np.tanh(X @ W1.T + b1)
    delta2 = (H @ W2.T + b2 - Y) / n
    delta1 = (delta2 @ W2) * (1 - H**2)
    return delta1.T @ X, delta1.sum(axis=0), delta2.T @ H, delta2.sum(axis=0)


def _derivative_of_tanh_at_h(X, Y, W1, b1, W2, b2):
    n = X.shape[0]
    H = np.tanh(X @ W1.T + b1)
    delta2 = 2 * (H @ W2.T + b2 - Y) / n
    delta1 = (delta2 @ W2) * (1 - np.tanh(H) ** 2)
    return delta1.T @ X, delta1.sum(axis=0), delta2.T @ H, delta2.sum(axis=0)


exercises.add(
    FunctionExercise(
        "Write backward_two_layer(X, Y, W1, b1, W2, b2) returning the tuple "
        "(dL_dW1, dL_db1, dL_dW2, dL_db2) for H = tanh(X W1^T + b1), Y_hat = H W2^T + b2, "
        "L = sum((Y_hat - Y)**2) / n.",
        reference=backward_two_layer,
        cases=_cases,
        hint="Forward: H = np.tanh(X @ W1.T + b1), Y_hat = H @ W2.T + b2. Backward: "
        "delta2 = 2 * (Y_hat - Y) / n, dW2 = delta2.T @ H, db2 = delta2.sum(axis=0), "
        "delta1 = (delta2 @ W2) * (1 - H**2), dW1 = delta1.T @ X, db1 = delta1.sum(axis=0).",
        solution_code=(
            "def backward_two_layer(X, Y, W1, b1, W2, b2):\n"
            "    n = X.shape[0]\n"
            "    H = np.tanh(X @ W1.T + b1)              # (n, k)\n"
            "    Y_hat = H @ W2.T + b2                   # (n, m)\n"
            "    delta2 = 2 * (Y_hat - Y) / n            # (n, m)\n"
            "    delta1 = (delta2 @ W2) * (1 - H**2)     # (n, k)\n"
            "    return delta1.T @ X, delta1.sum(axis=0), delta2.T @ H, delta2.sum(axis=0)"
        ),
        mistakes=[
            Mistake(
                _no_tanh_derivative,
                "On the way back through tanh, multiply elementwise by its derivative "
                "1 - H**2 before going on to W1 and b1.",
            ),
            Mistake(
                _sum_not_mean,
                "The loss is a MEAN over the n rows: delta2 = 2 * (Y_hat - Y) / n.",
            ),
            Mistake(
                _no_factor_two,
                "The derivative of (y_hat - y)**2 is 2 * (y_hat - y): the factor 2 is missing.",
            ),
            Mistake(
                _derivative_of_tanh_at_h,
                "tanh'(a) = 1 - tanh(a)**2 and H already IS tanh(a): use 1 - H**2, "
                "not 1 - tanh(H)**2.",
            ),
        ],
    )
)
