"""Exercise checkers for 00-prerequisites/01-python-for-math (draft, merged into prerequisites.py)."""

import math

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("00-prerequisites/01-python-for-math")

# q1: set-builder notation as a comprehension, then a sum.
exercises.add(
    ValueExercise(
        "Compute the sum of k**2 over S = {k in N | 1 <= k <= 21, k odd}, as an int.",
        expected=1771,
        hint=(
            "Translate the set-builder notation piece by piece: `for k in range(1, 22)` is "
            "1 <= k <= 21 and `if k % 2 == 1` is 'k odd'; put k**2 in front and wrap it in sum(...)."
        ),
        solution_code="answer = sum(k**2 for k in range(1, 22) if k % 2 == 1)",
        mistakes=[
            Mistake(1330, "range(1, 21) stops at 20, so k = 21 is missing: the end of range is exclusive."),
            Mistake(1540, "That is the sum over the even k: odd means k % 2 == 1 (or k % 2 != 0)."),
            Mistake(3311, "That sums k**2 over every k from 1 to 21: the condition 'k odd' is missing."),
            Mistake(121, "That is the sum of the odd k themselves: square each one (k**2) before adding."),
        ],
    )
)

# q2: comparing floats.
exercises.add(
    ChoiceExercise(
        "Which expression evaluates to True?",
        options={
            "a": "0.1 + 0.2 == 0.3",
            "b": "math.isclose(0.1 + 0.2, 0.3)",
            "c": "math.isclose(1e-20, 0.0)",
            "d": "(2.0**53 + 1.0) - 2.0**53 == 1.0",
        },
        expected="b",
        hint=(
            "Run each one, then explain it: which numbers are stored exactly, what is the spacing of "
            "the floats near 2**53, and what does math.isclose compare when one side is 0?"
        ),
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "0.1, 0.2 and 0.3 are all rounded to binary fractions; 0.1 + 0.2 lands one spacing "
                "(2**-54) above the float nearest to 0.3, so == is False.",
            ),
            Mistake(
                "c",
                "With the default abs_tol=0, isclose(x, 0.0) asks |x| <= 1e-9 * |x|, which is False for "
                "every x other than 0. Near zero pass abs_tol, e.g. math.isclose(x, 0.0, abs_tol=1e-12).",
            ),
            Mistake(
                "d",
                "Between 2**53 and 2**54 the floats are 2 apart, so 2.0**53 + 1.0 rounds back to 2.0**53 "
                "and the difference is 0.0, not 1.0.",
            ),
        ],
    )
)


# q3: a loss written as a Python function of the parameters.
def mse_loss(w, b, x, y):
    """Mean squared error of the line y_hat = w * x + b on the data (x, y)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    return float(np.mean((y - (w * x + b)) ** 2))


exercises.add(
    FunctionExercise(
        "Write mse_loss(w, b, x, y) = (1/n) * sum_i (y_i - (w * x_i + b))**2, returning a float.",
        reference=mse_loss,
        cases=[
            (2.0, 1.0, [0.0, 1.0, 2.0], [1.0, 3.5, 4.0]),
            (0.5, -1.0, np.array([1.0, 2.0, 3.0, 4.0]), np.array([0.0, 0.5, 1.5, 0.5])),
            (-1.5, 2.0, np.array([0.0, 0.5, 1.0, 1.5, 2.0]), np.array([2.5, 1.0, 0.0, -0.5, -1.0])),
            (3.0, 0.0, [2.0], [6.0]),
        ],
        hint=(
            "Form the predictions w * x_i + b, the residuals y_i minus the predictions, square them, "
            "add them up and divide by n = len(x). np.asarray(x) lets the same code accept lists."
        ),
        solution_code=(
            "def mse_loss(w, b, x, y):\n"
            "    x = np.asarray(x, dtype=float)\n"
            "    y = np.asarray(y, dtype=float)\n"
            "    residuals = y - (w * x + b)\n"
            "    return float(np.mean(residuals**2))"
        ),
        mistakes=[
            Mistake(
                lambda w, b, x, y: float(np.sum((np.asarray(y) - (w * np.asarray(x) + b)) ** 2)),
                "That is the sum of squared errors: a mean divides by the number of examples n.",
            ),
            Mistake(
                lambda w, b, x, y: float(np.mean(np.asarray(y) - (w * np.asarray(x) + b))),
                "Square each residual before averaging: positive and negative errors must not cancel.",
            ),
            Mistake(
                lambda w, b, x, y: float(np.sqrt(np.mean((np.asarray(y) - (w * np.asarray(x) + b)) ** 2))),
                "That is the root mean squared error: leave out the square root.",
            ),
            Mistake(
                lambda w, b, x, y: float(np.mean((np.asarray(y) - (b * np.asarray(x) + w)) ** 2)),
                "w and b are swapped: the slope w multiplies x and the bias b is added.",
            ),
        ],
    )
)


# q4: absorption in naive float summation.
def _absorption_sums():
    terms = [1.0] + [1e-16] * 10**6
    return (1.0, math.fsum(terms))


exercises.add(
    ValueExercise(
        "For terms = [1.0] + [1e-16] * 10**6, give (naive, exact): the left-to-right running total "
        "and math.fsum(terms).",
        expected=_absorption_sums,
        rtol=1e-13,
        atol=0.0,
        hint=(
            "naive: start from total = 0.0 and do `total += t` for each t in terms, in order. "
            "exact: math.fsum(terms). Then compare 1e-16 with half the spacing of the floats at 1.0."
        ),
        solution_code=(
            "import math\n"
            "terms = [1.0] + [1e-16] * 10**6\n"
            "total = 0.0\n"
            "for t in terms:\n"
            "    total += t\n"
            "answer = (total, math.fsum(terms))"
        ),
        mistakes=[
            Mistake(
                (1.0000000001, 1.0000000001),
                "Your first number is already the exact sum, so it was not added naively left to right: "
                "the built-in sum() compensates rounding errors since Python 3.12, np.sum adds in pairs, "
                "and adding the small terms first also avoids the problem. Write the for loop yourself, "
                "with 1.0 first.",
            ),
            Mistake(
                (1.0, 1.0),
                "The exact sum is not 1.0: the small terms add up to 10**6 * 1e-16 = 1e-10, far more than "
                "the spacing 2.2e-16 of the floats near 1. Use math.fsum(terms) for the second number.",
            ),
            Mistake(
                (1.0000000001, 1.0),
                "The two numbers are in the wrong order: the naive running total comes first, then fsum.",
            ),
        ],
    )
)
