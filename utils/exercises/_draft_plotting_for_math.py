"""Exercise checkers for 00-prerequisites/04-plotting-for-math."""

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("00-prerequisites/04-plotting-for-math")

# q1: a density histogram by hand -----------------------------------------------------------
_SAMPLES = np.array([0.2, 0.5, 0.9, 1.1, 1.4, 1.8, 2.5, 3.7])
_EDGES = np.array([0.0, 1.0, 2.0, 4.0])
_COUNTS = np.array([3.0, 3.0, 2.0])
_WIDTHS = np.diff(_EDGES)
_N = len(_SAMPLES)

exercises.add(
    ValueExercise(
        "For the 8 samples [0.2, 0.5, 0.9, 1.1, 1.4, 1.8, 2.5, 3.7] and the bin edges [0, 1, 2, 4], "
        "give the three bar heights of the density histogram (an array of 3 numbers).",
        expected=lambda: _COUNTS / (_N * _WIDTHS),
        hint="Count the samples in each bin, then divide each count by n times the bin's width: "
        "height = count / (n * width).",
        solution_code=(
            "samples = np.array([0.2, 0.5, 0.9, 1.1, 1.4, 1.8, 2.5, 3.7])\n"
            "edges = np.array([0.0, 1.0, 2.0, 4.0])\n"
            "counts, _ = np.histogram(samples, bins=edges)\n"
            "answer = counts / (len(samples) * np.diff(edges))"
        ),
        mistakes=[
            Mistake(
                _COUNTS,
                "These are the counts. A density histogram divides each count by n * width, so "
                "that the total area of the bars is 1.",
            ),
            Mistake(
                _COUNTS / _N,
                "count / n is the fraction of samples in the bin, which is the bar's AREA. The "
                "height is that area divided by the bin's width; the last bin is 2 wide.",
            ),
            Mistake(
                _COUNTS / _WIDTHS,
                "You divided by the width but not by n = 8: these bars have total area 8, not 1.",
            ),
        ],
    )
)

# q2: which contour plot is which function ---------------------------------------------------
exercises.add(
    ChoiceExercise(
        "Match the contour plots (A), (B), (C) drawn above to f(x) = x1^2 + 4 x2^2, "
        "g(x) = 4 x1^2 + x2^2 and h(x) = x1^2 - x2^2.",
        options={
            "a": "A = f, B = h, C = g",
            "b": "A = g, B = h, C = f",
            "c": "A = h, B = f, C = g",
            "d": "A = g, B = f, C = h",
        },
        expected="b",
        hint="Solve f(x) = c on each axis: on the x1-axis (x2 = 0) f = c gives x1 = ±sqrt(c); on "
        "the x2-axis it gives x2 = ±sqrt(c)/2. The level set reaches further along the axis whose "
        "coefficient is smaller.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "f and g are swapped. A large coefficient makes the function grow FAST in that "
                "direction, so the level set is NARROW there: x1^2 + 4 x2^2 = 4 reaches x1 = ±2 but "
                "only x2 = ±1, a wide flat ellipse.",
            ),
            Mistake(
                "c",
                "Panel A has closed curves around a minimum, so it is not h. The minus sign in h "
                "makes it a saddle: h = c gives hyperbolas, which never close, and h takes "
                "negative values (look at the colour bars).",
            ),
            Mistake(
                "d",
                "Panel C has closed ellipses, so it is not the saddle h = x1^2 - x2^2, whose level "
                "sets are hyperbolas and whose values go negative. Panel B is the saddle.",
            ),
        ],
    )
)


# q3: the gradient field of a quadratic --------------------------------------------------------
def quadratic_gradient(a, b, c, x1, x2):
    """Gradient of f(x1, x2) = a x1^2 + b x1 x2 + c x2^2, as a tuple (df/dx1, df/dx2)."""
    x1 = np.asarray(x1, dtype=float)
    x2 = np.asarray(x2, dtype=float)
    return (2 * a * x1 + b * x2, b * x1 + 2 * c * x2)


def _gradient_cases():
    grid_x1, grid_x2 = np.meshgrid(np.linspace(-2.0, 2.0, 5), np.linspace(-1.0, 1.0, 3))
    return [
        (1.0, 2.0, 3.0, 1.0, -2.0),
        (0.5, -1.0, 2.0, grid_x1, grid_x2),
        (3.0, 0.0, 1.0, np.array([1.0, -1.0, 2.0]), np.array([0.5, 2.0, -3.0])),
    ]


exercises.add(
    FunctionExercise(
        "Write quadratic_gradient(a, b, c, x1, x2) returning the tuple (U, V) of the partial "
        "derivatives of f(x1, x2) = a x1^2 + b x1 x2 + c x2^2, for numbers or arrays x1, x2.",
        reference=quadratic_gradient,
        cases=_gradient_cases,
        hint="Differentiate term by term, holding the other variable fixed: d/dx1 of b x1 x2 is "
        "b x2, and d/dx1 of a x1^2 is 2 a x1.",
        solution_code=(
            "def quadratic_gradient(a, b, c, x1, x2):\n"
            "    U = 2 * a * x1 + b * x2   # df/dx1\n"
            "    V = b * x1 + 2 * c * x2   # df/dx2\n"
            "    return (U, V)"
        ),
        mistakes=[
            Mistake(
                lambda a, b, c, x1, x2: (a * x1 + b * x2, b * x1 + c * x2),
                "The derivative of a x1^2 is 2 a x1: the factor 2 from the power rule is missing.",
            ),
            Mistake(
                lambda a, b, c, x1, x2: (2 * a * x1, 2 * c * x2),
                "The cross term b x1 x2 depends on both variables: it adds b x2 to df/dx1 and b x1 "
                "to df/dx2.",
            ),
            Mistake(
                lambda a, b, c, x1, x2: (2 * a * x1 + b * x1, b * x2 + 2 * c * x2),
                "Differentiating b x1 x2 with respect to x1 leaves the OTHER variable: b x2, "
                "not b x1.",
            ),
            Mistake(
                lambda a, b, c, x1, x2: (b * x1 + 2 * c * x2, 2 * a * x1 + b * x2),
                "The components are swapped: U is df/dx1 (the arrow's horizontal part) and V is "
                "df/dx2.",
            ),
        ],
    )
)


# q4: points on a level set -------------------------------------------------------------------
def ellipse_level_set(a, b, c, num):
    """num points of the level set a x1^2 + b x2^2 = c, one per row, shape (num, 2)."""
    t = np.linspace(0.0, 2.0 * np.pi, num)
    return np.column_stack([np.sqrt(c / a) * np.cos(t), np.sqrt(c / b) * np.sin(t)])


def _swap_axes(a, b, c, num):
    t = np.linspace(0.0, 2.0 * np.pi, num)
    return np.column_stack([np.sqrt(c / b) * np.cos(t), np.sqrt(c / a) * np.sin(t)])


def _no_square_root(a, b, c, num):
    t = np.linspace(0.0, 2.0 * np.pi, num)
    return np.column_stack([c / a * np.cos(t), c / b * np.sin(t)])


def _root_of_c_only(a, b, c, num):
    t = np.linspace(0.0, 2.0 * np.pi, num)
    return np.column_stack([np.sqrt(c) / a * np.cos(t), np.sqrt(c) / b * np.sin(t)])


def _rows_not_columns(a, b, c, num):
    t = np.linspace(0.0, 2.0 * np.pi, num)
    return np.array([np.sqrt(c / a) * np.cos(t), np.sqrt(c / b) * np.sin(t)])


exercises.add(
    FunctionExercise(
        "Write ellipse_level_set(a, b, c, num) returning num points of the level set "
        "a x1^2 + b x2^2 = c (a, b, c > 0) as an array of shape (num, 2), using the angles "
        "t = np.linspace(0, 2 pi, num) and x1 = r1 cos t, x2 = r2 sin t.",
        reference=ellipse_level_set,
        cases=[(1.0, 4.0, 4.0, 5), (2.0, 0.5, 3.0, 9), (9.0, 1.0, 2.0, 4)],
        hint="Put x1 = r1 cos t, x2 = r2 sin t into a x1^2 + b x2^2 = c and use cos^2 + sin^2 = 1: "
        "it holds for every t when a r1^2 = c and b r2^2 = c.",
        solution_code=(
            "def ellipse_level_set(a, b, c, num):\n"
            "    t = np.linspace(0.0, 2.0 * np.pi, num)\n"
            "    x1 = np.sqrt(c / a) * np.cos(t)\n"
            "    x2 = np.sqrt(c / b) * np.sin(t)\n"
            "    return np.column_stack([x1, x2])"
        ),
        mistakes=[
            Mistake(
                _swap_axes,
                "The semi-axes are swapped: a x1^2 = c on the x1-axis gives r1 = sqrt(c / a), so "
                "the LARGER coefficient gives the SHORTER axis.",
            ),
            Mistake(
                _no_square_root,
                "a r1^2 = c gives r1 = sqrt(c / a), not c / a: the level set of a quadratic scales "
                "with the square root of the level.",
            ),
            Mistake(
                _root_of_c_only,
                "a r1^2 = c gives r1 = sqrt(c / a) = sqrt(c) / sqrt(a), not sqrt(c) / a: the square "
                "root applies to a too.",
            ),
            Mistake(
                _rows_not_columns,
                "np.array([x1, x2]) has shape (2, num): one coordinate per row. Stack them as "
                "columns, np.column_stack([x1, x2]), so that each row is one point.",
            ),
        ],
    )
)
