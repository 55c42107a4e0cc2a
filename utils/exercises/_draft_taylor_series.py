"""Exercises for 02-calculus/10-taylor-series."""

import math

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("02-calculus/10-taylor-series")

exercises.add(ValueExercise(
    "Evaluate the Taylor polynomial of order 3 of exp around a = 0 at x = 0.5 (a float).",
    expected=1 + 0.5 + 0.5**2 / 2 + 0.5**3 / 6,
    hint="Every derivative of exp at 0 is 1, so the coefficients are 1/k! for k = 0, 1, 2, 3.",
    solution_code="answer = sum(0.5**k / np.prod(np.arange(1, k + 1)) for k in range(4))",
    mistakes=[
        Mistake(1 + 0.5 + 0.5**2 + 0.5**3, "Divide the k-th term by k!: matching the k-th derivative gives f^(k)(a)/k!."),
        Mistake(1 + 0.5 + 0.5**2 / 2, "Order 3 has four terms, k = 0, 1, 2, 3: the x^3/6 term is missing."),
        Mistake(float(np.exp(0.5)), "That is exp(0.5) itself; the question asks for the polynomial, which differs by about 3e-3."),
    ],
))


def log1p_taylor(x, n):
    """Order-n Taylor polynomial of log(1 + x) around 0, evaluated at x (a number or an array)."""
    x = np.asarray(x, dtype=float)
    return sum((-1) ** (k - 1) * x**k / k for k in range(1, n + 1))


exercises.add(FunctionExercise(
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
        Mistake(lambda x, n: sum(np.asarray(x, dtype=float) ** k / k for k in range(1, n + 1)),
                "The signs alternate: +x - x^2/2 + x^3/3 - ... The derivatives of 1/(1+x) alternate in sign."),
        Mistake(lambda x, n: sum((-1) ** (k - 1) * np.asarray(x, dtype=float) ** k / math.factorial(k) for k in range(1, n + 1)),
                "The coefficient is f^(k)(0)/k! = (-1)^(k-1) (k-1)!/k! = (-1)^(k-1)/k, not 1/k!: the derivative (k-1)! cancels most of k!."),
        Mistake(lambda x, n: sum((-1) ** (k - 1) * np.asarray(x, dtype=float) ** k / k for k in range(1, n)),
                "range(1, n) stops at n - 1: order n includes the x^n term, so use range(1, n + 1)."),
    ],
))

exercises.add(ValueExercise(
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
        Mistake(10, "10 is n + 1, the power in the remainder; the question asks for the order n of the polynomial."),
        Mistake(8, "At n = 8 the bound is 1/9! = 2.8e-6, still above 1e-6."),
    ],
))

exercises.add(ChoiceExercise(
    "g(x) = 1/(1 + x^2) is smooth on the whole real line. What is the radius of convergence of its "
    "Taylor series around 0?",
    options={"a": "infinite: g has derivatives of every order everywhere",
             "b": "1: the series converges for |x| < 1 only",
             "c": "0: the series converges only at x = 0"},
    expected="b",
    hint="Substitute u = -x^2 in the geometric series 1/(1 - u) = 1 + u + u^2 + ...: when does it converge?",
    solution_code='answer = "b"',
    mistakes=[
        Mistake("a", "Smooth everywhere is not enough: the series is 1 - x^2 + x^4 - ..., whose terms grow for |x| > 1."),
        Mistake("c", "At x = 0.5 the series 1 - 0.25 + 0.0625 - ... is geometric with ratio -0.25: it converges."),
    ],
))


_X_START = np.array([1.0, -1.0])
_GRADIENT = np.array([np.exp(1.0) + 2.0 - 1.0, 1.0 - 4.0])
_HESSIAN = np.array([[np.exp(1.0) + 2.0, 1.0], [1.0, 4.0]])
_NEWTON_STEP = np.linalg.solve(_HESSIAN, _GRADIENT)


exercises.add(ValueExercise(
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
        Mistake(_X_START + _NEWTON_STEP, "Subtract the step: minimising the quadratic model gives Delta = -H^{-1} grad f."),
        Mistake(_X_START - _GRADIENT, "That is a gradient step with eta = 1; Newton's step solves H Delta = -grad f."),
    ],
))
