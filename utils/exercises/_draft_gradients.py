"""Exercise checkers for 02-calculus/05-gradients (draft, merged into calculus.py)."""

from __future__ import annotations

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("02-calculus/05-gradients")

# q1: a gradient by hand -------------------------------------------------------------------------
exercises.add(
    ValueExercise(
        "For f(x1, x2) = x1^2 x2 + 3 x2, compute the gradient at (2, -1) as an array of shape (2,).",
        expected=np.array([-4.0, 7.0]),
        hint="Differentiate with respect to x1 holding x2 fixed, then with respect to x2 holding "
        "x1 fixed: df/dx1 = 2 x1 x2, df/dx2 = x1^2 + 3. Then substitute (2, -1).",
        solution_code=(
            "x1, x2 = 2.0, -1.0\n"
            "answer = np.array([2 * x1 * x2, x1**2 + 3])"
        ),
        mistakes=[
            Mistake(
                np.array([7.0, -4.0]),
                "The entries are swapped: the first entry is df/dx1 = 2 x1 x2, the second df/dx2.",
            ),
            Mistake(
                np.array([-4.0, 4.0]),
                "df/dx2 is x1^2 + 3: the term 3 x2 also depends on x2 and contributes 3.",
            ),
            Mistake(
                np.array([4.0, 7.0]),
                "Check the sign of df/dx1 = 2 x1 x2 at x2 = -1: it is 2 * 2 * (-1) = -4.",
            ),
        ],
    )
)

# q2: a directional derivative needs a unit vector -----------------------------------------------
exercises.add(
    ValueExercise(
        "Same f and point: the rate of change of f per unit distance in the direction of v = (3, 4).",
        expected=3.2,
        hint="D_u f = grad f . u with u = v / ||v||_2 a UNIT vector. grad f(2, -1) = (-4, 7).",
        solution_code=(
            "grad = np.array([-4.0, 7.0])\n"
            "v = np.array([3.0, 4.0])\n"
            "answer = float(grad @ (v / np.linalg.norm(v)))"
        ),
        mistakes=[
            Mistake(
                16.0,
                "You used v = (3, 4) itself, whose length is 5. A rate per unit distance needs the "
                "unit vector u = v / ||v||_2 = (0.6, 0.8).",
            ),
            Mistake(
                float(np.sqrt(65.0)),
                "sqrt(65) = ||grad f|| is the slope in the steepest direction, grad f / ||grad f||, "
                "not in the direction of v. Take the dot product of grad f with v / ||v||_2.",
            ),
            Mistake(
                -3.2,
                "The sign is flipped: grad f . u = -4 * 0.6 + 7 * 0.8 = +3.2.",
            ),
        ],
    )
)

# q3: reading a gradient check -----------------------------------------------------------------
exercises.add(
    ChoiceExercise(
        "gradient_check(f, my_grad, x) returns 1.0: which bug is most likely?",
        options={
            "a": "my_grad is missing a factor 2.",
            "b": "my_grad has the wrong sign: it returns -grad f.",
            "c": "my_grad is right; the numerical gradient is inaccurate.",
            "d": "my_grad returns the transpose of the gradient of a 3 x 4 matrix variable.",
        },
        expected="b",
        hint="If my_grad = c * (true gradient), the relative error is |1 - c| / (1 + |c|). "
        "Which c gives 1?",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "A missing factor 2 means c = 1/2, and |1 - c| / (1 + |c|) = 0.5 / 1.5 = 1/3, not 1.",
            ),
            Mistake(
                "c",
                "Central differences are accurate to about 10 digits on a smooth function: a correct "
                "gradient gives a relative error near 1e-9, nowhere near 1.",
            ),
            Mistake(
                "d",
                "A transposed (4 x 3) array does not have the shape of x (3 x 4): gradient_check raises "
                "a ValueError instead of returning a number.",
            ),
        ],
    )
)

# q4: one step of gradient descent -------------------------------------------------------------
exercises.add(
    ValueExercise(
        "One gradient-descent step on f = x1^2 + x1 x2 + 2 x2^2 from (2, 1) with eta = 0.1.",
        expected=np.array([1.5, 0.4]),
        hint="grad f = (2 x1 + x2, x1 + 4 x2). The step is x1_new = x0 - eta * grad f(x0).",
        solution_code=(
            "x0 = np.array([2.0, 1.0])\n"
            "grad = np.array([2 * x0[0] + x0[1], x0[0] + 4 * x0[1]])\n"
            "answer = x0 - 0.1 * grad"
        ),
        mistakes=[
            Mistake(
                np.array([2.5, 1.6]),
                "You added the gradient: that climbs uphill. Gradient DESCENT subtracts it, "
                "x0 - eta * grad f(x0).",
            ),
            Mistake(
                np.array([-0.5, -0.5]),
                "Multiply the gradient by the learning rate eta = 0.1 before subtracting: "
                "x0 - grad f(x0) is a step of eta = 1.",
            ),
            Mistake(
                np.array([1.6, 0.6]),
                "The cross term x1 x2 is missing from your gradient: it adds x2 to df/dx1 and x1 to "
                "df/dx2, so grad f = (2 x1 + x2, x1 + 4 x2) = (5, 6) at (2, 1).",
            ),
        ],
    )
)


# q5: gradient of the L2-regularised cross-entropy --------------------------------------------
def regularised_logistic_gradient(X, y, w, b, lam):
    """Gradient in w of mean binary cross-entropy of sigmoid(X w + b) plus (lam / 2) ||w||^2."""
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    p = 1 / (1 + np.exp(-(X @ w + b)))
    return X.T @ (p - y) / len(y) + lam * w


def _logistic_cases():
    rng = np.random.default_rng(5)
    cases = []
    for n, d, lam in [(6, 3, 0.5), (20, 4, 0.1), (15, 2, 2.0)]:
        X = rng.normal(size=(n, d))
        y = (rng.uniform(size=n) < 0.5).astype(float)
        w = rng.normal(size=d)
        cases.append((X, y, w, float(rng.normal()), lam))
    return cases


def _missing_penalty(X, y, w, b, lam):
    return regularised_logistic_gradient(X, y, w, b, 0.0)


def _double_penalty(X, y, w, b, lam):
    return regularised_logistic_gradient(X, y, w, b, 2 * lam)


def _no_sigmoid(X, y, w, b, lam):
    return X.T @ (X @ w + b - y) / len(y) + lam * w


def _no_mean(X, y, w, b, lam):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    return X.T @ (p - y) + lam * w


def _flipped_residual(X, y, w, b, lam):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    return X.T @ (y - p) / len(y) + lam * w


exercises.add(
    FunctionExercise(
        "Write regularised_logistic_gradient(X, y, w, b, lam): the gradient with respect to w of "
        "the average binary cross-entropy plus (lam / 2) ||w||^2, shape (d,).",
        reference=regularised_logistic_gradient,
        cases=_logistic_cases,
        hint="Gradient of a sum = sum of gradients: X.T @ (sigmoid(X @ w + b) - y) / n from the "
        "cross-entropy (section 5.2), plus the gradient of (lam / 2) ||w||^2.",
        solution_code=(
            "def regularised_logistic_gradient(X, y, w, b, lam):\n"
            "    p = 1 / (1 + np.exp(-(X @ w + b)))\n"
            "    return X.T @ (p - y) / len(y) + lam * w"
        ),
        mistakes=[
            Mistake(
                _missing_penalty,
                "The penalty (lam / 2) ||w||^2 has a gradient too: d/dw_j of (lam / 2) sum_k w_k^2 "
                "is lam * w_j. Add lam * w.",
            ),
            Mistake(
                _double_penalty,
                "The penalty's gradient is lam * w, not 2 * lam * w: the 1/2 in (lam / 2) ||w||^2 "
                "cancels the 2 from differentiating w_j^2.",
            ),
            Mistake(
                _no_sigmoid,
                "The residual is sigmoid(X @ w + b) - y, a probability minus a label: apply the "
                "sigmoid to X @ w + b first.",
            ),
            Mistake(
                _no_mean,
                "The loss is the AVERAGE cross-entropy: divide X.T @ (p - y) by n = len(y).",
            ),
            Mistake(
                _flipped_residual,
                "The sign is flipped: d/dz of the cross-entropy is p - y (prediction minus label), "
                "not y - p.",
            ),
        ],
    )
)
