"""Exercises for 02-calculus/03-rules-of-differentiation."""

import numpy as np

from utils.exercises._core import ExerciseSet, FunctionExercise, Mistake, ValueExercise

exercises = ExerciseSet("02-calculus/03-rules-of-differentiation")


# q1: the product rule at one point ------------------------------------------------------------
exercises.add(
    ValueExercise(
        "Compute the derivative of f(x) = x**3 * sin(x) at x = 2 (a float).",
        expected=lambda: 3 * 2.0**2 * np.sin(2.0) + 2.0**3 * np.cos(2.0),
        hint="Product rule: (u v)' = u' v + u v' with u = x^3 (u' = 3x^2) and v = sin x (v' = cos x).",
        solution_code="x = 2.0\nanswer = 3 * x**2 * np.sin(x) + x**3 * np.cos(x)",
        mistakes=[
            Mistake(
                3 * 2.0**2 * np.cos(2.0),
                "That is u' v' = 3x^2 cos x, the wrong 'product rule'. The derivative of a "
                "product is u' v + u v': each factor is differentiated once while the other stays.",
            ),
            Mistake(
                3 * 2.0**2 * np.sin(2.0),
                "You have u' v = 3x^2 sin x only: the term u v' = x^3 cos x is missing.",
            ),
            Mistake(
                2.0**3 * np.cos(2.0),
                "You have u v' = x^3 cos x only: the term u' v = 3x^2 sin x is missing.",
            ),
            Mistake(
                3 * 2.0**2 * np.sin(2.0) - 2.0**3 * np.cos(2.0),
                "The two terms of the product rule are added, not subtracted "
                "(the minus sign belongs to the quotient rule).",
            ),
        ],
    )
)


# q2: a nested chain rule ----------------------------------------------------------------------
def d_exp_sin_square(x):
    """Derivative of f(x) = exp(sin(x**2)), elementwise."""
    x = np.asarray(x, dtype=float)
    return np.exp(np.sin(x**2)) * np.cos(x**2) * 2 * x


exercises.add(
    FunctionExercise(
        "Write d_exp_sin_square(x), the derivative of f(x) = exp(sin(x**2)), elementwise on an array.",
        reference=d_exp_sin_square,
        cases=[
            (np.array([0.5]),),
            (np.linspace(-2.0, 2.0, 9),),
            (np.array([1.3, -0.7, 2.4]),),
        ],
        hint="Three layers: exp( sin( x^2 ) ). Multiply the three derivatives, each evaluated at "
        "its own input: exp(sin(x^2)) * cos(x^2) * 2x.",
        solution_code=(
            "def d_exp_sin_square(x):\n"
            "    x = np.asarray(x, dtype=float)\n"
            "    return np.exp(np.sin(x**2)) * np.cos(x**2) * 2 * x"
        ),
        mistakes=[
            Mistake(
                lambda x: np.exp(np.sin(np.asarray(x) ** 2)) * np.cos(np.asarray(x) ** 2),
                "The innermost derivative, d(x^2)/dx = 2x, is missing: the chain rule multiplies "
                "the derivative of EVERY layer.",
            ),
            Mistake(
                lambda x: np.exp(np.sin(np.asarray(x) ** 2)),
                "exp is its own derivative, but only the outer layer: multiply by the derivative "
                "of its input sin(x^2), which is cos(x^2) * 2x.",
            ),
            Mistake(
                lambda x: np.exp(np.sin(np.asarray(x) ** 2)) * np.cos(np.asarray(x)) * 2 * np.asarray(x),
                "The derivative of the middle layer sin(u) is cos(u) evaluated at its own input "
                "u = x^2, i.e. cos(x^2), not cos(x).",
            ),
        ],
    )
)


# q3: the gradient of the logistic loss for one example ----------------------------------------
def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def d_loss_dw(w, b, x, y):
    """dL/dw for L = -[y log s + (1 - y) log(1 - s)], s = sigmoid(w x + b)."""
    return float((_sigmoid(w * x + b) - y) * x)


exercises.add(
    FunctionExercise(
        "Write d_loss_dw(w, b, x, y): the derivative with respect to w of the logistic loss "
        "L = -[y log s + (1 - y) log(1 - s)] with s = sigmoid(w x + b); all inputs are floats.",
        reference=d_loss_dw,
        cases=[
            (0.5, -0.2, 1.5, 1.0),
            (-1.0, 0.3, 2.0, 0.0),
            (2.0, 1.0, -0.7, 1.0),
            (0.1, 0.0, -3.0, 0.0),
        ],
        hint="Chain rule through three layers: dL/ds = -y/s + (1-y)/(1-s), ds/dz = s(1-s), "
        "dz/dw = x. Multiply and simplify: the s(1-s) cancels.",
        solution_code=(
            "def d_loss_dw(w, b, x, y):\n"
            "    s = 1 / (1 + np.exp(-(w * x + b)))\n"
            "    return float((s - y) * x)"
        ),
        mistakes=[
            Mistake(
                lambda w, b, x, y: float(_sigmoid(w * x + b) - y),
                "That is dL/dz for z = w x + b. One more chain-rule factor: dz/dw = x.",
            ),
            Mistake(
                lambda w, b, x, y: float((y - _sigmoid(w * x + b)) * x),
                "The sign is flipped: L has a minus sign in front, and dL/dz = s - y "
                "(the loss grows when s moves away from y).",
            ),
            Mistake(
                lambda w, b, x, y: float(
                    _sigmoid(w * x + b) * (1 - _sigmoid(w * x + b)) * x
                ),
                "That is the derivative of s = sigmoid(w x + b), not of the loss: the outer "
                "layer dL/ds = -y/s + (1-y)/(1-s) is missing.",
            ),
        ],
    )
)


# q4: a chain of sigmoids at z = 0 -------------------------------------------------------------
def _sigmoid_chain_derivative(z, depth):
    derivative, s = 1.0, z
    for _ in range(depth):
        derivative *= _sigmoid(s) * (1 - _sigmoid(s))
        s = _sigmoid(s)
    return float(derivative)


exercises.add(
    ValueExercise(
        "Let s_5 = sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(z))))) (five sigmoids). "
        "Compute d s_5 / dz at z = 0 exactly with the chain rule (a float).",
        expected=lambda: _sigmoid_chain_derivative(0.0, 5),
        hint="Walk forward: s_0 = 0, s_j = sigmoid(s_{j-1}). The derivative is the product of "
        "sigma'(s_{j-1}) = sigma(s_{j-1})(1 - sigma(s_{j-1})) for j = 1..5, each at ITS OWN input.",
        solution_code=(
            "s, answer = 0.0, 1.0\n"
            "for _ in range(5):\n"
            "    sigma = 1 / (1 + np.exp(-s))\n"
            "    answer *= sigma * (1 - sigma)\n"
            "    s = sigma"
        ),
        mistakes=[
            Mistake(
                0.25**5,
                "(1/4)^5 assumes every layer sees input 0. Only the first does: the second sees "
                "sigma(0) = 0.5, where sigma' is smaller than 1/4, and so on.",
            ),
            Mistake(
                5 * 0.25,
                "The chain rule multiplies the layer derivatives; it does not add them.",
            ),
            Mistake(
                0.25,
                "That is the derivative of one sigmoid. Five layers contribute five factors.",
            ),
        ],
    )
)
