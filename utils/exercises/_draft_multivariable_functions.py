"""Exercises for 02-calculus/07-multivariable-functions (Jacobians, contours, softmax)."""

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("02-calculus/07-multivariable-functions")

exercises.add(
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

exercises.add(
    ValueExercise(
        "Jacobian of f(x1, x2) = (x1**2 * x2, 3*x1 + x2**3) at (1, 2), as a 2x2 array.",
        expected=np.array([[4.0, 1.0], [3.0, 12.0]]),
        hint="Row i holds the partial derivatives of output i: row 0 is the gradient of "
        "x1**2 * x2, row 1 the gradient of 3*x1 + x2**3.",
        solution_code=(
            "x1, x2 = 1.0, 2.0\n"
            "answer = np.array([[2 * x1 * x2, x1**2], [3.0, 3 * x2**2]])"
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

exercises.add(
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


exercises.add(
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
