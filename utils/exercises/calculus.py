"""Exercise checkers for 02-calculus: one ExerciseSet per notebook, in course order.

The checkers of each notebook sit under its own heading; `exercises_for("02-calculus/<notebook>")`
returns them (see utils/exercises/__init__.py).
"""

from __future__ import annotations

import math

import numpy as np

from utils.autodiff import Dual, sin, tanh
from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

# ==============================================================================================
# functions and limits
# ==============================================================================================

functions_and_limits = ExerciseSet("02-calculus/01-functions-and-limits")

# q1: one-sided limits of a piecewise function ---------------------------------------------------
functions_and_limits.add(
    ValueExercise(
        "For f(x) = 2x + 1 (x < 1) and f(x) = x**2 + 1 (x >= 1), give (left limit at 1, "
        "right limit at 1, f(1)) as a tuple of three numbers.",
        expected=(3.0, 2.0, 2.0),
        hint="From the left only the piece for x < 1 matters: let x approach 1 in 2x + 1. From the "
        "right use x**2 + 1. The value f(1) comes from the piece whose condition includes x = 1.",
        solution_code="answer = (2 * 1 + 1, 1**2 + 1, 1**2 + 1)  # (3, 2, 2): a jump, not continuous",
        mistakes=[
            Mistake(
                (2.0, 3.0, 2.0),
                "You swapped the sides: 'from the left' means x < 1, the piece 2x + 1.",
            ),
            Mistake(
                (3.0, 2.0, 3.0),
                "f(1) is given by the piece whose condition holds AT x = 1, which is x >= 1.",
            ),
            Mistake(
                (3.0, 3.0, 3.0),
                "Each side has its own formula: for x slightly above 1 use x**2 + 1.",
            ),
        ],
    )
)

# q2: the largest delta for x**2 at a = 3 with epsilon = 1 ----------------------------------------
functions_and_limits.add(
    ValueExercise(
        "For f(x) = x**2, a = 3, L = 9 and epsilon = 1, compute the largest delta such that "
        "0 < |x - 3| < delta implies |x**2 - 9| < 1 (at least 4 significant digits).",
        expected=lambda: math.sqrt(10) - 3,
        rtol=1e-3,  # 4 significant digits suffice; the listed mistakes are all >2% off
        hint="|x**2 - 9| < 1 means 8 < x**2 < 10, i.e. sqrt(8) < x < sqrt(10) near 3. The delta-window "
        "(3 - delta, 3 + delta) must fit inside that interval on BOTH sides.",
        solution_code="import math\n\nanswer = min(3 - math.sqrt(8), math.sqrt(10) - 3)",
        mistakes=[
            Mistake(
                3 - math.sqrt(8),
                "That is the room on the left. The parabola is steeper to the right of 3, so the right "
                "side, sqrt(10) - 3, is tighter: take the minimum.",
            ),
            Mistake(
                1 / 6,
                "epsilon / f'(3) = 1/6 uses the tangent line; the parabola bends away from it, so on the "
                "right side x = 3 + 1/6 already gives x**2 > 10. Solve 8 < x**2 < 10 exactly.",
            ),
            Mistake(
                1.0,
                "delta = epsilon works for slope 1; here f changes about 6 times faster than x near 3.",
            ),
        ],
    )
)


# q3: where the sigmoid saturates ------------------------------------------------------------------
def _first_saturated_integer() -> int:
    z = 0
    while 1.0 / (1.0 + np.exp(-float(z))) != 1.0:
        z += 1
    return z


functions_and_limits.add(
    ValueExercise(
        "Find the smallest integer z >= 0 for which 1 / (1 + np.exp(-z)) == 1.0 exactly in float64.",
        expected=_first_saturated_integer,
        hint="Loop z = 0, 1, 2, ... and stop at the first z where the float64 sigmoid equals 1.0. "
        "Why it happens: 1 + t rounds to 1 once t is at most u = 2**-53, half the gap above 1.",
        solution_code=(
            "z = 0\n"
            "while 1.0 / (1.0 + np.exp(-float(z))) != 1.0:\n"
            "    z += 1\n"
            "answer = z  # 37: exp(-37) = 8.5e-17 < 2**-53 = 1.1e-16, while exp(-36) = 2.3e-16 is not"
        ),
        mistakes=[
            Mistake(40, "sigmoid(40) is 1.0, but so are smaller z: find the FIRST one."),
            Mistake(
                36,
                "At z = 36, exp(-36) = 2.3e-16 is bigger than u = 1.1e-16, so 1 + exp(-36) rounds to "
                "1 + 2**-52 and the sigmoid is 1 - 2**-52, not 1.0. Test your condition with ==.",
            ),
            Mistake(
                53,
                "53 is the number of significand bits; the condition is exp(-z) <= 2**-53, so z >= 53 log 2.",
            ),
        ],
    )
)


# q4: a cancellation-free formula ----------------------------------------------------------------
def sqrt_ratio(x):
    """(sqrt(1 + x) - 1) / x, rewritten without cancellation as 1 / (sqrt(1 + x) + 1)."""
    x = np.asarray(x, dtype=float)
    return 1.0 / (np.sqrt(1.0 + x) + 1.0)


def _naive_sqrt_ratio(x):
    x = np.asarray(x, dtype=float)
    return (np.sqrt(1.0 + x) - 1.0) / x


functions_and_limits.add(
    FunctionExercise(
        "Write sqrt_ratio(x) computing (sqrt(1 + x) - 1) / x for an array x of positive numbers, "
        "accurately even for x = 1e-12 and x = 1e-17.",
        reference=sqrt_ratio,
        cases=[
            (np.array([1e-17, 1e-12, 1e-9, 1e-3, 1.0, 3.0]),),
            (np.array([2.5e-14, 8.0, 0.25]),),
        ],
        rtol=1e-12,
        atol=0.0,
        hint="Multiply numerator and denominator by sqrt(1 + x) + 1: the numerator becomes "
        "(1 + x) - 1 = x, which cancels with the x below. No subtraction of close numbers is left.",
        solution_code=(
            "def sqrt_ratio(x):\n"
            "    x = np.asarray(x, dtype=float)\n"
            "    return 1.0 / (np.sqrt(1.0 + x) + 1.0)"
        ),
        mistakes=[
            Mistake(
                _naive_sqrt_ratio,
                "The formula as written subtracts two nearly equal numbers: for x = 1e-17, 1 + x is "
                "exactly 1.0 and the result is 0. Rewrite it so that nothing is subtracted.",
            ),
            Mistake(
                lambda x: np.full_like(np.asarray(x, dtype=float), 0.5),
                "0.5 is the LIMIT as x -> 0, not the value: at x = 3 the value is 1/3.",
            ),
        ],
    )
)


# ==============================================================================================
# derivatives basics
# ==============================================================================================

derivatives_basics = ExerciseSet("02-calculus/02-derivatives-basics")

EPS = float(np.finfo(np.float64).eps)

# q1 ------------------------------------------------------------------------------ tangent line
derivatives_basics.add(
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


derivatives_basics.add(
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
derivatives_basics.add(
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
derivatives_basics.add(
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


def _mse_cases_deriv():
    rng = np.random.default_rng(5)
    cases = []
    for n, d, j in [(20, 3, 0), (50, 4, 2), (7, 5, 4)]:
        X = rng.normal(size=(n, d))
        y = rng.normal(size=n) * 3 + 1
        w = rng.normal(size=d)
        cases.append((X, y, w, float(rng.normal()), j))
    return cases


derivatives_basics.add(
    FunctionExercise(
        "Write mse_weight_derivative(X, y, w, b, j): the derivative of "
        "L = (1/n) sum_i (yhat_i - y_i)**2 with respect to w_j.",
        reference=mse_weight_derivative,
        cases=_mse_cases_deriv,
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


# ==============================================================================================
# rules of differentiation
# ==============================================================================================

rules_of_differentiation = ExerciseSet("02-calculus/03-rules-of-differentiation")


# q1: the product rule at one point ------------------------------------------------------------
rules_of_differentiation.add(
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


rules_of_differentiation.add(
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
                lambda x: (
                    np.exp(np.sin(np.asarray(x) ** 2)) * np.cos(np.asarray(x)) * 2 * np.asarray(x)
                ),
                "The derivative of the middle layer sin(u) is cos(u) evaluated at its own input "
                "u = x^2, i.e. cos(x^2), not cos(x).",
            ),
        ],
    )
)


# q3: the gradient of the logistic loss for one example ----------------------------------------
def _sigmoid_rules(z):
    return 1.0 / (1.0 + np.exp(-z))


def d_loss_dw(w, b, x, y):
    """dL/dw for L = -[y log s + (1 - y) log(1 - s)], s = sigmoid(w x + b)."""
    return float((_sigmoid_rules(w * x + b) - y) * x)


rules_of_differentiation.add(
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
                lambda w, b, x, y: float(_sigmoid_rules(w * x + b) - y),
                "That is dL/dz for z = w x + b. One more chain-rule factor: dz/dw = x.",
            ),
            Mistake(
                lambda w, b, x, y: float((y - _sigmoid_rules(w * x + b)) * x),
                "The sign is flipped: L has a minus sign in front, and dL/dz = s - y "
                "(the loss grows when s moves away from y).",
            ),
            Mistake(
                lambda w, b, x, y: float(
                    _sigmoid_rules(w * x + b) * (1 - _sigmoid_rules(w * x + b)) * x
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
        derivative *= _sigmoid_rules(s) * (1 - _sigmoid_rules(s))
        s = _sigmoid_rules(s)
    return float(derivative)


rules_of_differentiation.add(
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


# ==============================================================================================
# partial derivatives
# ==============================================================================================

partial_derivatives = ExerciseSet("02-calculus/04-partial-derivatives")

# q1: the three partials of a function of three variables, by hand -----------------------------
partial_derivatives.add(
    ValueExercise(
        "For f(x, y, z) = x**2 * y + y * z**3, give the array "
        "(df/dx, df/dy, df/dz) at the point (1, 2, -1).",
        expected=np.array([4.0, 0.0, 6.0]),
        hint="Differentiate with respect to one variable and treat the other two as constants: "
        "df/dx = 2xy, df/dy = x^2 + z^3, df/dz = 3yz^2. Then substitute x=1, y=2, z=-1.",
        solution_code=(
            "x, y, z = 1.0, 2.0, -1.0\nanswer = np.array([2 * x * y, x**2 + z**3, 3 * y * z**2])"
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
partial_derivatives.add(
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


def _mse_cases_partial():
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


partial_derivatives.add(
    FunctionExercise(
        "Write mse_partials(X, y, w, b) returning the 1-D array of length d + 1 "
        "(dL/dw_1, ..., dL/dw_d, dL/db) for L = (1/n) sum_i (yhat_i - y_i)^2, yhat = X w + b.",
        reference=mse_partials,
        cases=_mse_cases_partial,
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
partial_derivatives.add(
    ChoiceExercise(
        "For which function does the Clairaut-Schwarz theorem guarantee f_xy(0, 0) = f_yx(0, 0)?",
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


# ==============================================================================================
# gradients
# ==============================================================================================

gradients = ExerciseSet("02-calculus/05-gradients")

# q1: a gradient by hand -------------------------------------------------------------------------
gradients.add(
    ValueExercise(
        "For f(x1, x2) = x1^2 x2 + 3 x2, compute the gradient at (2, -1) as an array of shape (2,).",
        expected=np.array([-4.0, 7.0]),
        hint="Differentiate with respect to x1 holding x2 fixed, then with respect to x2 holding "
        "x1 fixed: df/dx1 = 2 x1 x2, df/dx2 = x1^2 + 3. Then substitute (2, -1).",
        solution_code=("x1, x2 = 2.0, -1.0\nanswer = np.array([2 * x1 * x2, x1**2 + 3])"),
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
gradients.add(
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
gradients.add(
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
gradients.add(
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


def _logistic_cases_grad():
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


gradients.add(
    FunctionExercise(
        "Write regularised_logistic_gradient(X, y, w, b, lam): the gradient with respect to w of "
        "the average binary cross-entropy plus (lam / 2) ||w||^2, shape (d,).",
        reference=regularised_logistic_gradient,
        cases=_logistic_cases_grad,
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


# ==============================================================================================
# chain rule
# ==============================================================================================

chain_rule = ExerciseSet("02-calculus/06-chain-rule")

# q1 ------------------------------------------------------------------ the multivariable chain rule
_x_chain = 1.0
_path_u = 2 * _x_chain * np.sin(_x_chain) ** 2  # (df/du)(du/dx) = v**2 * 2x
_path_v = _x_chain**2 * 2 * np.sin(_x_chain) * np.cos(_x_chain)  # (df/dv)(dv/dx) = 2uv * cos x
chain_rule.add(
    ValueExercise(
        "z = f(u, v) = u * v**2 with u = x**2 and v = sin(x). Compute dz/dx at x = 1 "
        "with the multivariable chain rule (a float).",
        expected=float(_path_u + _path_v),
        hint="dz/dx = (df/du)(du/dx) + (df/dv)(dv/dx), with df/du = v**2 and df/dv = 2*u*v, "
        "all evaluated at x = 1.",
        solution_code=(
            "x = 1.0\nu, v = x**2, np.sin(x)\nanswer = v**2 * (2 * x) + (2 * u * v) * np.cos(x)"
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
chain_rule.add(
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
_x_chain, _y = 2.0, 3.0
_a = _x_chain * _y
_b = _a + _x_chain
_b_bar = _a  # f = b * a
_a_bar = _b + _b_bar * 1.0  # direct edge a -> f, plus a -> b -> f
_x_bar = _a_bar * _y + _b_bar * 1.0
_y_bar = _a_bar * _x_chain
chain_rule.add(
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
                np.array([_b * _y + _b_bar, _b * _x_chain]),
                "a_bar must accumulate: a reaches f directly (local derivative b) AND through "
                "b (local derivative 1). You kept only the direct edge.",
            ),
            Mistake(
                np.array([_b_bar * _y + _b_bar, _b_bar * _x_chain]),
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


chain_rule.add(
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


# ==============================================================================================
# multivariable functions
# ==============================================================================================

multivariable_functions = ExerciseSet("02-calculus/07-multivariable-functions")

multivariable_functions.add(
    ChoiceExercise(
        "On a contour map drawn at equal steps of f, where is the gradient norm largest?",
        options={
            "a": "where the contour lines are far apart",
            "b": "where the contour lines are close together",
            "c": "on the contour line with the largest value of f",
            "d": "it cannot be read from a contour map",
        },
        expected="b",
        hint="Between two neighbouring lines f changes by the same step; the distance needed to "
        "make that change is about step / ||grad f||.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake("a", "Far-apart lines mean you must walk far to change f by one step: gentle."),
            Mistake(
                "c",
                "The value of f says how high you are, not how steep: a summit has the largest "
                "value and a zero gradient.",
            ),
            Mistake(
                "d",
                "The spacing is about step / ||grad f||, so spacing does tell you the steepness.",
            ),
        ],
    )
)

multivariable_functions.add(
    ValueExercise(
        "Jacobian of f(x1, x2) = (x1**2 * x2, 3*x1 + x2**3) at (1, 2), as a 2x2 array.",
        expected=np.array([[4.0, 1.0], [3.0, 12.0]]),
        hint="Row i holds the partial derivatives of output i: row 0 is the gradient of "
        "x1**2 * x2, row 1 the gradient of 3*x1 + x2**3.",
        solution_code=(
            "x1, x2 = 1.0, 2.0\nanswer = np.array([[2 * x1 * x2, x1**2], [3.0, 3 * x2**2]])"
        ),
        mistakes=[
            Mistake(
                np.array([[4.0, 3.0], [1.0, 12.0]]),
                "This is the transpose: a row of J belongs to one OUTPUT f_i, a column to one "
                "INPUT x_j.",
            ),
            Mistake(
                np.array([[4.0, 1.0], [3.0, 6.0]]),
                "The derivative of x2**3 is 3*x2**2 = 12 at x2 = 2, not 3*x2.",
            ),
        ],
    )
)

multivariable_functions.add(
    ValueExercise(
        "Area of the image, under polar-to-Cartesian, of the small rectangle "
        "2 <= r <= 2.01, 0.5 <= theta <= 0.52 (first-order approximation, a float).",
        expected=2.0 * 0.01 * 0.02,
        rtol=1e-3,
        hint="The polar map multiplies small areas by |det J| = r.",
        solution_code="r, dr, dtheta = 2.0, 0.01, 0.02\nanswer = r * dr * dtheta",
        mistakes=[
            Mistake(
                0.01 * 0.02,
                "The map does not preserve area: the determinant of its Jacobian is r, so areas "
                "near radius r are multiplied by r.",
            ),
            Mistake(
                0.5 * (2.01**2 - 2.0**2) * 0.02,
                "That is the exact area, (r + dr/2) dr dtheta = 0.000401. The question asks for "
                "the first-order (Jacobian) approximation |det J| dr dtheta with r = 2.",
            ),
            Mistake(
                2.0**2 * 0.01 * 0.02,
                "The scale factor is |det J| = r, not r**2: only the theta direction is "
                "stretched by r.",
            ),
        ],
    )
)


def softmax_jacobian(z):
    z = np.asarray(z, dtype=float)
    exp_z = np.exp(z - z.max())
    s = exp_z / exp_z.sum()
    return np.diag(s) - np.outer(s, s)


def _softmax(z):
    exp_z = np.exp(np.asarray(z, dtype=float) - np.max(z))
    return exp_z / exp_z.sum()


multivariable_functions.add(
    FunctionExercise(
        "Write softmax_jacobian(z): the (K, K) Jacobian of softmax at logits z of shape (K,).",
        reference=softmax_jacobian,
        cases=[
            (np.array([1.0, 2.0, 0.5]),),
            (np.array([0.0, 0.0]),),
            (np.array([-1.0, 3.0, 0.0, 2.0]),),
            (np.array([1000.0, 1001.0, 999.0]),),
        ],
        hint="Compute s = softmax(z) (subtract max(z) first), then J = diag(s) - s s^T: "
        "np.diag(s) - np.outer(s, s).",
        solution_code=(
            "def softmax_jacobian(z):\n"
            "    exp_z = np.exp(z - np.max(z))  # shifting z does not change softmax\n"
            "    s = exp_z / exp_z.sum()\n"
            "    return np.diag(s) - np.outer(s, s)"
        ),
        mistakes=[
            Mistake(
                lambda z: np.diag(_softmax(z) * (1 - _softmax(z))),
                "You kept only the diagonal: s_i depends on EVERY logit, through the shared "
                "denominator, so the off-diagonal entries are -s_i s_j.",
            ),
            Mistake(
                lambda z: np.outer(_softmax(z), _softmax(z)) - np.diag(_softmax(z)),
                "The sign is flipped: raising z_i raises s_i, so the diagonal must be positive, "
                "J = diag(s) - s s^T.",
            ),
        ],
    )
)


# ==============================================================================================
# matrix calculus
# ==============================================================================================

matrix_calculus = ExerciseSet("02-calculus/08-matrix-calculus")

# q1: gradient of a quadratic form plus a linear term, A not symmetric ----------------------------
_A1 = np.array([[1.0, 4.0], [0.0, 2.0]])
_b1 = np.array([1.0, -1.0])
_x1 = np.array([2.0, 1.0])

matrix_calculus.add(
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

matrix_calculus.add(
    ValueExercise(
        "For a = (1, 2, -1), b = (3, -2) and f(X) = a^T X b with X a 3 x 2 matrix, compute the "
        "gradient of f with respect to X as an array of shape (3, 2).",
        expected=np.outer(_a2, _b2),
        hint="f = sum_ij a_i X_ij b_j, so df/dX_ij = a_i b_j: the outer product a b^T, which has "
        "X's shape (3, 2).",
        solution_code=(
            "a = np.array([1.0, 2.0, -1.0])\nb = np.array([3.0, -2.0])\nanswer = np.outer(a, b)"
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
        cases.append((rng.normal(size=(n, d)), rng.normal(size=(d, k)), rng.normal(size=(n, k))))
    return cases


matrix_calculus.add(
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


def _logistic_cases_matcalc() -> list[tuple[np.ndarray, np.ndarray, np.ndarray, float]]:
    rng = np.random.default_rng(18)
    cases = []
    for n, d, lam in [(8, 3, 0.1), (12, 4, 0.5), (6, 2, 0.0)]:
        X = rng.normal(size=(n, d))
        y = (rng.random(n) < 0.5).astype(float)
        cases.append((rng.normal(size=d), X, y, lam))
    return cases


def _sigmoid_matcalc(z: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-z))


matrix_calculus.add(
    FunctionExercise(
        "Write logistic_gradient(w, X, y, lam): the gradient of "
        "L(w) = -(1/n) sum_i [y_i log s_i + (1 - y_i) log(1 - s_i)] + (lam/2) ||w||^2 with "
        "s = sigmoid(X w), for w of shape (d,), X of shape (n, d), y of shape (n,) with 0/1 "
        "entries. Return an array of shape (d,).",
        reference=logistic_gradient,
        cases=_logistic_cases_matcalc,
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
                lambda w, X, y, lam: np.asarray(X).T @ (_sigmoid_matcalc(X @ w) - y) + lam * w,
                "The loss is a mean over the n examples: divide X^T (s - y) by n.",
            ),
            Mistake(
                lambda w, X, y, lam: (
                    np.asarray(X).T @ (y - _sigmoid_matcalc(X @ w)) / len(y) + lam * w
                ),
                "The sign of the data term is flipped: it is X^T (s - y), predictions minus "
                "labels (the minus in front of the log loss cancels the minus from the log).",
            ),
            Mistake(
                lambda w, X, y, lam: np.asarray(X).T @ (_sigmoid_matcalc(X @ w) - y) / len(y),
                "You forgot the penalty: the gradient of (lam/2) ||w||^2 is lam w.",
            ),
            Mistake(
                lambda w, X, y, lam: (
                    np.asarray(X).T @ (_sigmoid_matcalc(X @ w) - y) / len(y) + lam * w / 2
                ),
                "The gradient of (lam/2) ||w||^2 is lam w: the 2 from the square cancels the 1/2.",
            ),
        ],
    )
)


# ==============================================================================================
# hessian matrix
# ==============================================================================================

hessian_matrix = ExerciseSet("02-calculus/09-hessian-matrix")

# q1: a Hessian by hand --------------------------------------------------------------------------
hessian_matrix.add(
    ValueExercise(
        "For f(x1, x2) = x1^3 + 2 x1 x2^2 - x2, compute the Hessian at (1, 2) as an array of "
        "shape (2, 2).",
        expected=np.array([[6.0, 8.0], [8.0, 4.0]]),
        hint="First the gradient: df/dx1 = 3 x1^2 + 2 x2^2, df/dx2 = 4 x1 x2 - 1. Then "
        "differentiate each of these again with respect to x1 and to x2, and substitute (1, 2).",
        solution_code=(
            "x1, x2 = 1.0, 2.0\nanswer = np.array([[6 * x1, 4 * x2], [4 * x2, 4 * x1]])"
        ),
        mistakes=[
            Mistake(
                np.array([[6.0, 0.0], [0.0, 4.0]]),
                "The off-diagonal entries are the mixed partials d^2f / dx1 dx2 = 4 x2, not zero: "
                "the term 2 x1 x2^2 couples the two variables.",
            ),
            Mistake(
                np.array([[11.0, 8.0], [8.0, 3.0]]),
                "Those look like first derivatives (the gradient) in places. The Hessian holds "
                "SECOND derivatives: differentiate the gradient once more.",
            ),
            Mistake(
                np.array([[6.0, 4.0], [4.0, 4.0]]),
                "d/dx2 of 2 x2^2 (from df/dx1 = 3 x1^2 + 2 x2^2) is 4 x2, which is 8 at x2 = 2.",
            ),
        ],
    )
)

# q2: classify a critical point by eigenvalues, not by the diagonal ------------------------------
hessian_matrix.add(
    ChoiceExercise(
        "f(x1, x2) = x1^2 + 4 x1 x2 + x2^2 has a critical point at the origin. What is it?",
        options={
            "a": "a local minimum",
            "b": "a local maximum",
            "c": "a saddle point",
            "d": "the second-derivative test is inconclusive",
        },
        expected="c",
        hint="Write the Hessian (it is constant) and compute its eigenvalues; the signs of the "
        "eigenvalues decide, not the signs of the diagonal entries.",
        solution_code='answer = "c"',
        mistakes=[
            Mistake(
                "a",
                "Both diagonal entries are positive (2 and 2), but H = [[2, 4], [4, 2]] has "
                "eigenvalues 6 and -2: along (1, -1) the function curves down. A positive diagonal "
                "does not make a matrix positive definite.",
            ),
            Mistake(
                "d",
                "The test is inconclusive only when an eigenvalue is zero. Here det H = 4 - 16 = "
                "-12 is not zero, so both eigenvalues are non-zero (and of opposite signs).",
            ),
        ],
    )
)

# q3: the learning-rate limit --------------------------------------------------------------------
hessian_matrix.add(
    ValueExercise(
        "Gradient descent on L(w) = (1/2) w^T A w with A = [[3, 1], [1, 3]]: what is the largest "
        "learning rate eta for which it converges from every starting point (the supremum, a float)?",
        expected=0.5,
        hint="The error obeys e_{k+1} = (I - eta A) e_k; it shrinks in every direction iff "
        "|1 - eta lambda| < 1 for every eigenvalue lambda of A. Find the eigenvalues first.",
        solution_code=(
            "A = np.array([[3.0, 1.0], [1.0, 3.0]])\n"
            "answer = float(2 / np.linalg.eigvalsh(A).max())"
        ),
        mistakes=[
            Mistake(
                1.0,
                "2 / lambda_min is the limit for the FLATTEST direction only. The steepest "
                "direction (lambda_max = 4) diverges first: the limit is 2 / lambda_max.",
            ),
            Mistake(
                2 / 3,
                "3 is a diagonal entry, not an eigenvalue. The eigenvalues of A are 4 and 2 "
                "(eigenvectors (1, 1) and (1, -1)).",
            ),
            Mistake(
                0.25,
                "1 / lambda_max is the step that removes the steepest component in one step, but "
                "steps up to 2 / lambda_max still converge (the error flips sign and shrinks).",
            ),
        ],
    )
)


# q4: curvature along a direction ----------------------------------------------------------------
def directional_curvature(H, v):
    """Second derivative of f along the UNIT vector in the direction of v: u^T H u, u = v/||v||."""
    H = np.asarray(H, dtype=float)
    u = np.asarray(v, dtype=float) / np.linalg.norm(v)
    return float(u @ H @ u)


hessian_matrix.add(
    FunctionExercise(
        "Write directional_curvature(H, v) returning the curvature of f along the direction of v: "
        "the second derivative of t -> f(x + t u) at t = 0 with u = v / ||v||_2, as a float.",
        reference=directional_curvature,
        cases=[
            (np.array([[2.0, 1.0], [1.0, -2.0]]), np.array([3.0, 4.0])),
            (np.array([[4.0, 0.0], [0.0, 1.0]]), np.array([0.0, 2.0])),
            (np.diag([1.0, 2.0, 3.0]), np.array([1.0, 1.0, 1.0])),
        ],
        hint="Normalise v first (u = v / np.linalg.norm(v)), then return u @ H @ u.",
        solution_code=(
            "def directional_curvature(H, v):\n"
            "    u = np.asarray(v, dtype=float) / np.linalg.norm(v)\n"
            "    return float(u @ np.asarray(H, dtype=float) @ u)"
        ),
        mistakes=[
            Mistake(
                lambda H, v: float(np.asarray(v) @ np.asarray(H) @ np.asarray(v)),
                "v^T H v scales with ||v||^2: a curvature per unit distance needs the unit vector "
                "u = v / ||v||_2.",
            ),
            Mistake(
                lambda H, v: float(
                    np.asarray(H) @ (np.asarray(v) / np.linalg.norm(v)) @ np.ones(len(v))
                ),
                "You need u on BOTH sides of H: u^T H u, not (H u) summed.",
            ),
        ],
    )
)


# ==============================================================================================
# taylor series
# ==============================================================================================

taylor_series = ExerciseSet("02-calculus/10-taylor-series")

taylor_series.add(
    ValueExercise(
        "Evaluate the Taylor polynomial of order 3 of exp around a = 0 at x = 0.5 (a float).",
        expected=1 + 0.5 + 0.5**2 / 2 + 0.5**3 / 6,
        hint="Every derivative of exp at 0 is 1, so the coefficients are 1/k! for k = 0, 1, 2, 3.",
        solution_code="answer = sum(0.5**k / np.prod(np.arange(1, k + 1)) for k in range(4))",
        mistakes=[
            Mistake(
                1 + 0.5 + 0.5**2 + 0.5**3,
                "Divide the k-th term by k!: matching the k-th derivative gives f^(k)(a)/k!.",
            ),
            Mistake(
                1 + 0.5 + 0.5**2 / 2,
                "Order 3 has four terms, k = 0, 1, 2, 3: the x^3/6 term is missing.",
            ),
            Mistake(
                float(np.exp(0.5)),
                "That is exp(0.5) itself; the question asks for the polynomial, which differs by about 3e-3.",
            ),
        ],
    )
)


def log1p_taylor(x, n):
    """Order-n Taylor polynomial of log(1 + x) around 0, evaluated at x (a number or an array)."""
    x = np.asarray(x, dtype=float)
    return sum((-1) ** (k - 1) * x**k / k for k in range(1, n + 1))


taylor_series.add(
    FunctionExercise(
        "Write log1p_taylor(x, n): the order-n Taylor polynomial of log(1 + x) around 0 at x.",
        reference=log1p_taylor,
        cases=[(0.5, 1), (0.5, 4), (np.array([-0.3, 0.2, 0.9]), 7), (np.array([1.0, -0.5]), 10)],
        hint="The k-th derivative at 0 is (-1)^(k-1) (k-1)!, so the coefficient of x^k is (-1)^(k-1)/k for k >= 1; the constant term is log 1 = 0.",
        solution_code=(
            "def log1p_taylor(x, n):\n"
            "    x = np.asarray(x, dtype=float)\n"
            "    return sum((-1) ** (k - 1) * x**k / k for k in range(1, n + 1))"
        ),
        mistakes=[
            Mistake(
                lambda x, n: sum(np.asarray(x, dtype=float) ** k / k for k in range(1, n + 1)),
                "The signs alternate: +x - x^2/2 + x^3/3 - ... The derivatives of 1/(1+x) alternate in sign.",
            ),
            Mistake(
                lambda x, n: sum(
                    (-1) ** (k - 1) * np.asarray(x, dtype=float) ** k / math.factorial(k)
                    for k in range(1, n + 1)
                ),
                "The coefficient is f^(k)(0)/k! = (-1)^(k-1) (k-1)!/k! = (-1)^(k-1)/k, not 1/k!: the derivative (k-1)! cancels most of k!.",
            ),
            Mistake(
                lambda x, n: sum(
                    (-1) ** (k - 1) * np.asarray(x, dtype=float) ** k / k for k in range(1, n)
                ),
                "range(1, n) stops at n - 1: order n includes the x^n term, so use range(1, n + 1).",
            ),
        ],
    )
)

taylor_series.add(
    ValueExercise(
        "Using the Lagrange bound with |sin^(n+1)| <= 1, find the smallest order n (an int) for which the "
        "Taylor polynomial T_n of sin around 0 (terms k = 0, ..., n) is guaranteed to be within 1e-6 of sin(1) at x = 1.",
        expected=9,
        hint="The bound is |x|^(n+1)/(n+1)! = 1/(n+1)! at x = 1. Find the smallest n with (n+1)! >= 10^6.",
        solution_code=(
            "answer = 0\n"
            "while 1.0 / np.prod(np.arange(1, answer + 2), dtype=float) > 1e-6:\n"
            "    answer += 1"
        ),
        mistakes=[
            Mistake(
                10,
                "10 is n + 1, the power in the remainder; the question asks for the order n of the polynomial.",
            ),
            Mistake(8, "At n = 8 the bound is 1/9! = 2.8e-6, still above 1e-6."),
        ],
    )
)

taylor_series.add(
    ChoiceExercise(
        "g(x) = 1/(1 + x^2) is smooth on the whole real line. What is the radius of convergence of its "
        "Taylor series around 0?",
        options={
            "a": "infinite: g has derivatives of every order everywhere",
            "b": "1: the series converges for |x| < 1 only",
            "c": "0: the series converges only at x = 0",
        },
        expected="b",
        hint="Substitute u = -x^2 in the geometric series 1/(1 - u) = 1 + u + u^2 + ...: when does it converge?",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "Smooth everywhere is not enough: the series is 1 - x^2 + x^4 - ..., whose terms grow for |x| > 1.",
            ),
            Mistake(
                "c",
                "At x = 0.5 the series 1 - 0.25 + 0.0625 - ... is geometric with ratio -0.25: it converges.",
            ),
        ],
    )
)


_X_START = np.array([1.0, -1.0])
_GRADIENT = np.array([np.exp(1.0) + 2.0 - 1.0, 1.0 - 4.0])
_HESSIAN = np.array([[np.exp(1.0) + 2.0, 1.0], [1.0, 4.0]])
_NEWTON_STEP = np.linalg.solve(_HESSIAN, _GRADIENT)


taylor_series.add(
    ValueExercise(
        "f(x) = exp(x_1) + x_1^2 + x_1 x_2 + 2 x_2^2. Starting from x = (1, -1), take one Newton step "
        "x_new = x - H^{-1} grad f(x). Return x_new as an array of shape (2,).",
        expected=_X_START - _NEWTON_STEP,
        hint="grad f = (exp(x_1) + 2 x_1 + x_2, x_1 + 4 x_2) and H = [[exp(x_1) + 2, 1], [1, 4]]; "
        "compute np.linalg.solve(H, g) and subtract it from x.",
        solution_code=(
            "x = np.array([1.0, -1.0])\n"
            "g = np.array([np.exp(x[0]) + 2 * x[0] + x[1], x[0] + 4 * x[1]])\n"
            "H = np.array([[np.exp(x[0]) + 2, 1.0], [1.0, 4.0]])\n"
            "answer = x - np.linalg.solve(H, g)"
        ),
        mistakes=[
            Mistake(
                _X_START + _NEWTON_STEP,
                "Subtract the step: minimising the quadratic model gives Delta = -H^{-1} grad f.",
            ),
            Mistake(
                _X_START - _GRADIENT,
                "That is a gradient step with eta = 1; Newton's step solves H Delta = -grad f.",
            ),
        ],
    )
)


# ==============================================================================================
# integrals overview
# ==============================================================================================

integrals_overview = ExerciseSet("02-calculus/11-integrals-overview")

integrals_overview.add(
    ValueExercise(
        "Compute by hand the RIGHT Riemann sum of f(x) = x**2 on [0, 2] with n = 4 (a float).",
        expected=3.75,
        hint="dx = (2 - 0) / 4 = 0.5; the right endpoints are 0.5, 1, 1.5, 2; add f there and multiply by dx.",
        solution_code="dx = 0.5\nanswer = dx * sum((0.5 * i) ** 2 for i in range(1, 5))",
        mistakes=[
            Mistake(
                1.75,
                "That is the LEFT sum (points 0, 0.5, 1, 1.5); the right sum uses the right end of each piece.",
            ),
            Mistake(
                7.5,
                "Multiply by the width dx = 0.5: each term is a rectangle's area f(x_i) * dx, not its height.",
            ),
            Mistake(
                8 / 3,
                "8/3 is the exact integral; the question asks for the Riemann sum with n = 4.",
            ),
        ],
    )
)


def trapezoid(f, a, b, n):
    x = np.linspace(a, b, n + 1)
    y = f(x)
    return float((b - a) / n * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2))


def _trapezoid_no_halves(f, a, b, n):
    return float((b - a) / n * f(np.linspace(a, b, n + 1)).sum())


def _trapezoid_left(f, a, b, n):
    return float((b - a) / n * f(np.linspace(a, b, n + 1)[:-1]).sum())


def _trapezoid_wrong_width(f, a, b, n):
    y = f(np.linspace(a, b, n + 1))
    return float((b - a) / (n + 1) * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2))


integrals_overview.add(
    FunctionExercise(
        "Write trapezoid(f, a, b, n): the composite trapezoid rule with n equal pieces (a float).",
        reference=trapezoid,
        cases=[
            (np.exp, 0.0, 1.0, 4),
            (np.sin, 0.0, np.pi, 10),
            (np.square, -1.0, 2.0, 3),
            (np.cos, 1.0, 5.0, 7),
        ],
        hint="With x = np.linspace(a, b, n + 1) and y = f(x): dx * (y[0]/2 + y[1:-1].sum() + y[-1]/2), dx = (b - a)/n.",
        solution_code=(
            "def trapezoid(f, a, b, n):\n"
            "    x = np.linspace(a, b, n + 1)\n"
            "    y = f(x)\n"
            "    dx = (b - a) / n\n"
            "    return float(dx * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2))"
        ),
        mistakes=[
            Mistake(
                _trapezoid_no_halves,
                "The two end points belong to one trapezoid each: weight them by 1/2, the interior points by 1.",
            ),
            Mistake(
                _trapezoid_left,
                "That is the left Riemann sum; the trapezoid rule averages the left and right sums.",
            ),
            Mistake(
                _trapezoid_wrong_width,
                "n pieces need n + 1 points, but the width is (b - a) / n, not (b - a) / (n + 1).",
            ),
        ],
    )
)


def _integral_sin_squared(upper: float, n: int = 20_000) -> float:
    """Midpoint-rule value of the integral of sin(t**2) from 0 to upper (for a mistake's value)."""
    dt = upper / n
    midpoints = (np.arange(n) + 0.5) * dt
    return float(dt * np.sin(midpoints**2).sum())


integrals_overview.add(
    ValueExercise(
        "Let G(x) = integral of sin(t**2) dt from 0 to x. Give G'(1.5) (a float).",
        expected=math.sin(1.5**2),
        hint="Fundamental theorem, part 1: the derivative of x -> integral_a^x f(t) dt is f(x). No integral needs computing.",
        solution_code="answer = np.sin(1.5**2)",
        mistakes=[
            Mistake(
                2 * 1.5 * math.cos(1.5**2),
                "That differentiates sin(x**2). G' is the integrand itself, evaluated at the upper limit: sin(1.5**2).",
            ),
            Mistake(
                _integral_sin_squared(1.5),
                "That is G(1.5), the integral itself; the question asks for its derivative.",
            ),
            Mistake(
                math.sin(1.5),
                "Put the upper limit into the integrand t -> sin(t**2): sin(1.5**2), not sin(1.5).",
            ),
        ],
    )
)

integrals_overview.add(
    ChoiceExercise(
        "You double n (halve dx) in the midpoint rule for a smooth f. The error is divided by about ...",
        options={"a": "2", "b": "4", "c": "8", "d": "1 (it does not change)"},
        expected="b",
        hint="The midpoint error is about (dx**2 / 24) * (f'(b) - f'(a)): what happens to dx**2 when dx halves?",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "A factor 2 is the left/right rule (error ~ dx). The midpoint rule's first-order errors cancel: error ~ dx**2.",
            ),
            Mistake(
                "c",
                "A factor 8 would be error ~ dx**3: that is the error on ONE piece; n pieces add up to ~ dx**2.",
            ),
            Mistake(
                "d",
                "The error does shrink with dx: every rule here converges to the integral as n grows.",
            ),
        ],
    )
)

integrals_overview.add(
    ValueExercise(
        "Y is normal with mean 3 and standard deviation 2. Give E[(Y - c)**2] for the fixed prediction c = 5 (a float).",
        expected=(5 - 3) ** 2 + 2**2,
        hint="Expand (Y - c)**2 = ((Y - mu) + (mu - c))**2 and take expectations: E[Y - mu] = 0.",
        solution_code="mu, sigma, c = 3.0, 2.0, 5.0\nanswer = (c - mu) ** 2 + sigma**2",
        mistakes=[
            Mistake(
                4.0,
                "(c - mu)**2 is only the bias part; the target's own spread adds sigma**2 that no prediction removes.",
            ),
            Mistake(6.0, "Add the variance sigma**2 = 4, not the standard deviation sigma = 2."),
            Mistake(2.0, "Square the bias: (c - mu)**2 = 4, then add sigma**2 = 4."),
        ],
    )
)


# ==============================================================================================
# automatic differentiation
# ==============================================================================================

automatic_differentiation = ExerciseSet("02-calculus/12-automatic-differentiation")

# q1 ------------------------------------------------------------------ dual numbers by hand
automatic_differentiation.add(
    ValueExercise(
        "Expand f(2 + eps) for f(x) = x**3 - 2*x with eps**2 = 0. Return the tuple "
        "(value part, eps part) as two floats.",
        expected=(4.0, 10.0),
        hint="(2 + eps)**3 = 8 + 3*2**2*eps + (terms with eps**2, which vanish). Then subtract "
        "2*(2 + eps) = 4 + 2*eps.",
        solution_code=(
            "from utils.autodiff import Dual\n"
            "x = Dual(2.0, 1.0)\n"
            "y = x**3 - 2 * x\n"
            "answer = (y.value, y.derivative)"
        ),
        mistakes=[
            Mistake(
                (4.0, 12.0),
                "You forgot the eps part of -2*(2 + eps): it contributes -2*eps.",
            ),
            Mistake(
                (4.0, -2.0),
                "You expanded (2 + eps)**3 as 8 + eps**3. The binomial cross term "
                "3 * 2**2 * eps survives (only eps**2 and higher vanish) and it carries f'(2).",
            ),
        ],
    )
)


# q2 ------------------------------------------------------------------ a Jacobian-vector product
def _f_product(x):
    return x[0] * x[1] + sin(x[2])


def _f_neuron(x):
    return tanh(0.5 * x[0] - x[1] * x[1] + 0.25)


def directional_derivative(f, x, v):
    """Reference: one forward pass with the inputs seeded by the direction v."""
    inputs = [Dual(float(x_i), float(v_i)) for x_i, v_i in zip(x, v)]
    return float(f(inputs).derivative)


def _seed_all_ones(f, x, v):
    inputs = [Dual(float(x_i), 1.0) for x_i in x]
    return float(f(inputs).derivative)


def _returns_value(f, x, v):
    inputs = [Dual(float(x_i), float(v_i)) for x_i, v_i in zip(x, v)]
    return float(f(inputs).value)


automatic_differentiation.add(
    FunctionExercise(
        "Write directional_derivative(f, x, v): the derivative of f at x in the direction v "
        "(the gradient dotted with v), with ONE forward pass of dual numbers. Return a float.",
        reference=directional_derivative,
        cases=[
            (_f_product, np.array([1.0, 2.0, 0.5]), np.array([1.0, 0.0, 0.0])),
            (_f_product, np.array([1.0, 2.0, 0.5]), np.array([0.3, -1.0, 2.0])),
            (_f_neuron, np.array([-0.7, 0.4]), np.array([2.0, 0.5])),
        ],
        hint="Seed input i with derivative v[i]: Dual(x[i], v[i]). The eps part of f's output "
        "is then sum_i (df/dx_i) v_i.",
        solution_code=(
            "from utils.autodiff import Dual\n"
            "def directional_derivative(f, x, v):\n"
            "    inputs = [Dual(float(x_i), float(v_i)) for x_i, v_i in zip(x, v)]\n"
            "    return float(f(inputs).derivative)"
        ),
        mistakes=[
            Mistake(
                _seed_all_ones,
                "You seeded every input with derivative 1: that is the direction (1, 1, ..., 1), "
                "not v. Seed input i with v[i].",
            ),
            Mistake(
                _returns_value,
                "You returned the value part f(x). The derivative is the eps part: "
                "output.derivative.",
            ),
        ],
    )
)

# q3 ------------------------------------------------------------------ which mode is cheaper
automatic_differentiation.add(
    ChoiceExercise(
        "f maps R^1000 to R^3 (1000 inputs, 3 outputs). How do you get its full 3 x 1000 "
        "Jacobian with the fewest passes?",
        options={
            "a": "forward mode: 1 pass gives all of it",
            "b": "forward mode: 1000 passes, one per input",
            "c": "reverse mode: 3 backward passes, one per output",
            "d": "reverse mode: 1000 backward passes, one per input",
        },
        expected="c",
        hint="A forward pass gives one COLUMN of the Jacobian (one input direction); a backward "
        "pass gives one ROW (the gradient of one output).",
        solution_code='answer = "c"',
        mistakes=[
            Mistake(
                "a",
                "One forward pass seeds one input direction and gives one column of the "
                "Jacobian, not all 1000.",
            ),
            Mistake(
                "b",
                "That works, but each backward pass gives a whole row (one output's gradient), "
                "and there are only 3 outputs.",
            ),
            Mistake(
                "d",
                "A backward pass starts from one OUTPUT and reaches every input at once: "
                "you need one per output, not per input.",
            ),
        ],
    )
)

# q4 ------------------------------------------------------------------ gradients accumulate
_w, _x_ad = -1.2, 2.5
automatic_differentiation.add(
    ValueExercise(
        "With w = Value(-1.2) and L = w * 2.5 + w**2, you call L.backward() three times and "
        "never zero_grad(). What is w.grad afterwards (a float)?",
        expected=3 * (_x_ad + 2 * _w),
        hint="dL/dw = 2.5 + 2w. Each backward() ADDS dL/dw to the leaf w.grad.",
        solution_code=(
            "from utils.autodiff import Value\n"
            "w = Value(-1.2)\n"
            "L = w * 2.5 + w**2\n"
            "for _ in range(3):\n"
            "    L.backward()\n"
            "answer = w.grad"
        ),
        mistakes=[
            Mistake(
                _x_ad + 2 * _w,
                "That is dL/dw from ONE pass. Leaves accumulate: each backward() adds to "
                "w.grad, so three calls give three times dL/dw.",
            ),
            Mistake(
                3 * _x_ad,
                "You left out the w**2 term: its derivative 2w = -2.4 also flows into w.grad.",
            ),
        ],
    )
)


# ==============================================================================================
# calculus in ml
# ==============================================================================================

calculus_in_ml = ExerciseSet("02-calculus/13-calculus-in-ml")

# q1 ------------------------------------------------------------------ the shape of a gradient
calculus_in_ml.add(
    ValueExercise(
        "The digits network has X of shape (1347, 64), W1 of shape (64, 20) and W2 of shape "
        "(20, 10). Give the shape of dL/dW1 as a tuple of two ints.",
        expected=(64, 20),
        hint="The gradient of a scalar loss with respect to a parameter has the parameter's "
        "shape: dL/dW1 = X^T G_A with X^T of shape (64, 1347) and G_A of shape (1347, 20).",
        solution_code="answer = (64, 20)",
        mistakes=[
            Mistake(
                (20, 64),
                "That is the shape of W1 transposed. The gradient has the shape "
                "of W1 itself, so that W1 - eta * dL/dW1 makes sense.",
            ),
            Mistake(
                (1347, 20),
                "That is the shape of G_A = dL/dA, one row per example. "
                "X^T G_A sums over the 1347 examples and leaves (64, 20).",
            ),
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


calculus_in_ml.add(
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
            Mistake(
                _gradient_not_averaged,
                "The loss is a MEAN over the n rows, so every "
                "row of the gradient carries a factor 1/n: return (S - Y) / n.",
            ),
            Mistake(
                _gradient_wrong_sign,
                "The sign is flipped: d(-log s_c)/dz_c = s_c - 1 < 0, "
                "so the gradient is S - Y, not Y - S.",
            ),
        ],
    )
)

# q3 ------------------------------------------------------------------ one gradient-descent step
_x_ml = np.array([1.0, 2.0])
_g_z = np.array([1 / 3, 1 / 3, -2 / 3])  # softmax of zero logits minus one-hot of class 2
_eta = 0.5
calculus_in_ml.add(
    ValueExercise(
        "Softmax regression z = W^T x + b with W = zeros((2, 3)), b = zeros(3), one example "
        "x = (1, 2) of class 2 (0-based), learning rate 0.5. Give W after one gradient-descent "
        "step on L = -log softmax(z)[2], as an array of shape (2, 3).",
        expected=-_eta * np.outer(_x_ml, _g_z),
        hint="With zero weights all logits are 0, so s = (1/3, 1/3, 1/3) and dL/dz = s - y. "
        "Then dL/dW = x (dL/dz)^T, shape (2, 3), and W_new = W - eta * dL/dW.",
        solution_code=(
            "x = np.array([1.0, 2.0])\n"
            "s = np.full(3, 1 / 3)\n"
            "y = np.array([0.0, 0.0, 1.0])\n"
            "answer = np.zeros((2, 3)) - 0.5 * np.outer(x, s - y)"
        ),
        mistakes=[
            Mistake(
                _eta * np.outer(_x_ml, _g_z),
                "You moved up the gradient. Gradient DESCENT subtracts: W_new = W - eta * dL/dW.",
            ),
            Mistake(
                -np.outer(_x_ml, _g_z),
                "You forgot the learning rate: the step is eta * dL/dW with eta = 0.5.",
            ),
        ],
    )
)

# q4 ------------------------------------------------------------------ what a gradient check says
calculus_in_ml.add(
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
            Mistake(
                "a",
                "A wrong gradient that still points downhill can train a network, "
                "just worse or slower. Accuracy cannot certify a gradient; the check can.",
            ),
            Mistake(
                "c",
                "Central differences on a smooth function give errors near 1e-8 to "
                "1e-10, as the other parameters show. 2e-2 means a bug.",
            ),
        ],
    )
)
