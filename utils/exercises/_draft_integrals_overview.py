"""Exercises for 02-calculus/11-integrals-overview."""

import math

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("02-calculus/11-integrals-overview")

exercises.add(ValueExercise(
    "Compute by hand the RIGHT Riemann sum of f(x) = x**2 on [0, 2] with n = 4 (a float).",
    expected=3.75,
    hint="dx = (2 - 0) / 4 = 0.5; the right endpoints are 0.5, 1, 1.5, 2; add f there and multiply by dx.",
    solution_code="dx = 0.5\nanswer = dx * sum((0.5 * i) ** 2 for i in range(1, 5))",
    mistakes=[
        Mistake(1.75, "That is the LEFT sum (points 0, 0.5, 1, 1.5); the right sum uses the right end of each piece."),
        Mistake(7.5, "Multiply by the width dx = 0.5: each term is a rectangle's area f(x_i) * dx, not its height."),
        Mistake(8 / 3, "8/3 is the exact integral; the question asks for the Riemann sum with n = 4."),
    ],
))


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


exercises.add(FunctionExercise(
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
        Mistake(_trapezoid_no_halves, "The two end points belong to one trapezoid each: weight them by 1/2, the interior points by 1."),
        Mistake(_trapezoid_left, "That is the left Riemann sum; the trapezoid rule averages the left and right sums."),
        Mistake(_trapezoid_wrong_width, "n pieces need n + 1 points, but the width is (b - a) / n, not (b - a) / (n + 1)."),
    ],
))


def _integral_sin_squared(upper: float, n: int = 20_000) -> float:
    """Midpoint-rule value of the integral of sin(t**2) from 0 to upper (for a mistake's value)."""
    dt = upper / n
    midpoints = (np.arange(n) + 0.5) * dt
    return float(dt * np.sin(midpoints**2).sum())


exercises.add(ValueExercise(
    "Let G(x) = integral of sin(t**2) dt from 0 to x. Give G'(1.5) (a float).",
    expected=math.sin(1.5**2),
    hint="Fundamental theorem, part 1: the derivative of x -> integral_a^x f(t) dt is f(x). No integral needs computing.",
    solution_code="answer = np.sin(1.5**2)",
    mistakes=[
        Mistake(2 * 1.5 * math.cos(1.5**2), "That differentiates sin(x**2). G' is the integrand itself, evaluated at the upper limit: sin(1.5**2)."),
        Mistake(_integral_sin_squared(1.5), "That is G(1.5), the integral itself; the question asks for its derivative."),
        Mistake(math.sin(1.5), "Put the upper limit into the integrand t -> sin(t**2): sin(1.5**2), not sin(1.5)."),
    ],
))

exercises.add(ChoiceExercise(
    "You double n (halve dx) in the midpoint rule for a smooth f. The error is divided by about ...",
    options={"a": "2", "b": "4", "c": "8", "d": "1 (it does not change)"},
    expected="b",
    hint="The midpoint error is about (dx**2 / 24) * (f'(b) - f'(a)): what happens to dx**2 when dx halves?",
    solution_code='answer = "b"',
    mistakes=[
        Mistake("a", "A factor 2 is the left/right rule (error ~ dx). The midpoint rule's first-order errors cancel: error ~ dx**2."),
        Mistake("c", "A factor 8 would be error ~ dx**3: that is the error on ONE piece; n pieces add up to ~ dx**2."),
        Mistake("d", "The error does shrink with dx: every rule here converges to the integral as n grows."),
    ],
))

exercises.add(ValueExercise(
    "Y is normal with mean 3 and standard deviation 2. Give E[(Y - c)**2] for the fixed prediction c = 5 (a float).",
    expected=(5 - 3) ** 2 + 2**2,
    hint="Expand (Y - c)**2 = ((Y - mu) + (mu - c))**2 and take expectations: E[Y - mu] = 0.",
    solution_code="mu, sigma, c = 3.0, 2.0, 5.0\nanswer = (c - mu) ** 2 + sigma**2",
    mistakes=[
        Mistake(4.0, "(c - mu)**2 is only the bias part; the target's own spread adds sigma**2 that no prediction removes."),
        Mistake(6.0, "Add the variance sigma**2 = 4, not the standard deviation sigma = 2."),
        Mistake(2.0, "Square the bias: (c - mu)**2 = 4, then add sigma**2 = 4."),
    ],
))
