"""Exercises for 02-calculus/13-calculus-in-ml (merged into utils/exercises/calculus.py later)."""

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("02-calculus/13-calculus-in-ml")

# q1 ------------------------------------------------------------------ the shape of a gradient
exercises.add(
    ValueExercise(
        "The digits network has X of shape (1347, 64), W1 of shape (64, 20) and W2 of shape "
        "(20, 10). Give the shape of dL/dW1 as a tuple of two ints.",
        expected=(64, 20),
        hint="The gradient of a scalar loss with respect to a parameter has the parameter's "
        "shape: dL/dW1 = X^T G_A with X^T of shape (64, 1347) and G_A of shape (1347, 20).",
        solution_code="answer = (64, 20)",
        mistakes=[
            Mistake((20, 64), "That is the shape of W1 transposed. The gradient has the shape "
                    "of W1 itself, so that W1 - eta * dL/dW1 makes sense."),
            Mistake((1347, 20), "That is the shape of G_A = dL/dA, one row per example. "
                    "X^T G_A sums over the 1347 examples and leaves (64, 20)."),
        ],
    )
)


# q2 ------------------------------------------------------------------ softmax + cross-entropy
def softmax_cross_entropy_gradient(Z, y):
    """Gradient of the mean cross-entropy of softmax(Z) w.r.t. the logits Z, shape (n, k)."""
    Z = np.asarray(Z, dtype=float)
    shifted = Z - Z.max(axis=1, keepdims=True)
    S = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
    Y = np.eye(Z.shape[1])[np.asarray(y)]
    return (S - Y) / Z.shape[0]


def _gradient_not_averaged(Z, y):
    return softmax_cross_entropy_gradient(Z, y) * np.asarray(Z).shape[0]


def _gradient_wrong_sign(Z, y):
    return -softmax_cross_entropy_gradient(Z, y)


def _gradient_cases():
    rng = np.random.default_rng(13)
    return [
        (np.array([[1.0, 2.0, 0.5]]), np.array([1])),
        (rng.normal(size=(4, 3)), np.array([0, 2, 1, 2])),
        (3 * rng.normal(size=(6, 5)), np.array([4, 0, 0, 3, 1, 2])),
    ]


exercises.add(
    FunctionExercise(
        "Write softmax_cross_entropy_gradient(Z, y): Z of shape (n, k) holds logits, y of "
        "shape (n,) integer labels; return dL/dZ for L = mean over rows of -log softmax(Z)[i, y_i].",
        reference=softmax_cross_entropy_gradient,
        cases=_gradient_cases,
        hint="Softmax each row (subtract the row maximum first), build the one-hot matrix Y "
        "with np.eye(k)[y], and return (S - Y) / n.",
        solution_code=(
            "def softmax_cross_entropy_gradient(Z, y):\n"
            "    Z = np.asarray(Z, dtype=float)\n"
            "    exp_Z = np.exp(Z - Z.max(axis=1, keepdims=True))\n"
            "    S = exp_Z / exp_Z.sum(axis=1, keepdims=True)\n"
            "    Y = np.eye(Z.shape[1])[y]\n"
            "    return (S - Y) / Z.shape[0]"
        ),
        answer_name="softmax_cross_entropy_gradient",
        mistakes=[
            Mistake(_gradient_not_averaged, "The loss is a MEAN over the n rows, so every "
                    "row of the gradient carries a factor 1/n: return (S - Y) / n."),
            Mistake(_gradient_wrong_sign, "The sign is flipped: d(-log s_c)/dz_c = s_c - 1 < 0, "
                    "so the gradient is S - Y, not Y - S."),
        ],
    )
)

# q3 ------------------------------------------------------------------ one gradient-descent step
_x = np.array([1.0, 2.0])
_g_z = np.array([1 / 3, 1 / 3, -2 / 3])  # softmax of zero logits minus one-hot of class 2
_eta = 0.5
exercises.add(
    ValueExercise(
        "Softmax regression z = W^T x + b with W = zeros((2, 3)), b = zeros(3), one example "
        "x = (1, 2) of class 2 (0-based), learning rate 0.5. Give W after one gradient-descent "
        "step on L = -log softmax(z)[2], as an array of shape (2, 3).",
        expected=-_eta * np.outer(_x, _g_z),
        hint="With zero weights all logits are 0, so s = (1/3, 1/3, 1/3) and dL/dz = s - y. "
        "Then dL/dW = x (dL/dz)^T, shape (2, 3), and W_new = W - eta * dL/dW.",
        solution_code=(
            "x = np.array([1.0, 2.0])\n"
            "s = np.full(3, 1 / 3)\n"
            "y = np.array([0.0, 0.0, 1.0])\n"
            "answer = np.zeros((2, 3)) - 0.5 * np.outer(x, s - y)"
        ),
        mistakes=[
            Mistake(_eta * np.outer(_x, _g_z), "You moved up the gradient. Gradient DESCENT "
                    "subtracts: W_new = W - eta * dL/dW."),
            Mistake(-np.outer(_x, _g_z), "You forgot the learning rate: the step is "
                    "eta * dL/dW with eta = 0.5."),
        ],
    )
)

# q4 ------------------------------------------------------------------ what a gradient check says
exercises.add(
    ChoiceExercise(
        "Your network reaches 95% test accuracy, but gradient_check on W1 reports a relative "
        "error of 2e-2 (the other parameters give 1e-10). What do you conclude?",
        options={
            "a": "Nothing is wrong: the accuracy shows that the gradient is right.",
            "b": "The gradient of W1 has a bug (a missing factor, a sign, a transpose); fix it "
            "before trusting the training.",
            "c": "Finite differences are inaccurate; 2e-2 is the usual rounding error.",
        },
        expected="b",
        hint="Compare 2e-2 with the rule of thumb in gradient_check's docstring, and remember "
        "that gradient descent still lowers the loss with a direction that is only roughly right.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake("a", "A wrong gradient that still points downhill can train a network, "
                    "just worse or slower. Accuracy cannot certify a gradient; the check can."),
            Mistake("c", "Central differences on a smooth function give errors near 1e-8 to "
                    "1e-10, as the other parameters show. 2e-2 means a bug."),
        ],
    )
)
