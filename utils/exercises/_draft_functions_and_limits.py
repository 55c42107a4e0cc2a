"""Exercises for 02-calculus/01-functions-and-limits."""

import math

import numpy as np

from utils.exercises._core import ExerciseSet, FunctionExercise, Mistake, ValueExercise

exercises = ExerciseSet("02-calculus/01-functions-and-limits")

# q1: one-sided limits of a piecewise function ---------------------------------------------------
exercises.add(
    ValueExercise(
        "For f(x) = 2x + 1 (x < 1) and f(x) = x**2 + 1 (x >= 1), give (left limit at 1, "
        "right limit at 1, f(1)) as a tuple of three numbers.",
        expected=(3.0, 2.0, 2.0),
        hint="From the left only the piece for x < 1 matters: let x approach 1 in 2x + 1. From the "
        "right use x**2 + 1. The value f(1) comes from the piece whose condition includes x = 1.",
        solution_code="answer = (2 * 1 + 1, 1**2 + 1, 1**2 + 1)  # (3, 2, 2): a jump, not continuous",
        mistakes=[
            Mistake((2.0, 3.0, 2.0), "You swapped the sides: 'from the left' means x < 1, the piece 2x + 1."),
            Mistake((3.0, 2.0, 3.0), "f(1) is given by the piece whose condition holds AT x = 1, which is x >= 1."),
            Mistake((3.0, 3.0, 3.0), "Each side has its own formula: for x slightly above 1 use x**2 + 1."),
        ],
    )
)

# q2: the largest delta for x**2 at a = 3 with epsilon = 1 ----------------------------------------
exercises.add(
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
            Mistake(1.0, "delta = epsilon works for slope 1; here f changes about 6 times faster than x near 3."),
        ],
    )
)


# q3: where the sigmoid saturates ------------------------------------------------------------------
def _first_saturated_integer() -> int:
    z = 0
    while 1.0 / (1.0 + np.exp(-float(z))) != 1.0:
        z += 1
    return z


exercises.add(
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
            Mistake(53, "53 is the number of significand bits; the condition is exp(-z) <= 2**-53, so z >= 53 log 2."),
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


exercises.add(
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
