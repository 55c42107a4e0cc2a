"""Exercise checkers for 01-linear-algebra/04-linear-transformations (draft, merged into
linear_algebra.py)."""

from __future__ import annotations

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("01-linear-algebra/04-linear-transformations")


def _rotation(theta: float) -> np.ndarray:
    return np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])


# q1: the columns are the images of the basis vectors ---------------------------------------
exercises.add(
    ValueExercise(
        "A linear map sends e1 to (2, 1) and e2 to (-1, 3). Give its matrix as a (2, 2) array.",
        expected=np.array([[2.0, -1.0], [1.0, 3.0]]),
        hint="Column j of the matrix is the image of e_j: put (2, 1) in the first COLUMN and "
        "(-1, 3) in the second.",
        solution_code="answer = np.array([[2, -1],\n                   [1, 3]])",
        mistakes=[
            Mistake(
                np.array([[2.0, 1.0], [-1.0, 3.0]]),
                "You wrote the images as rows, which gives the transpose. A e1 is the first "
                "COLUMN of A: np.array([[2, -1], [1, 3]]) has first column (2, 1).",
            ),
        ],
    )
)

# q2: composition order --------------------------------------------------------------------
_R90 = np.array([[0.0, -1.0], [1.0, 0.0]])
_SHEAR2 = np.array([[1.0, 2.0], [0.0, 1.0]])
exercises.add(
    ValueExercise(
        "Rotate by 90 degrees counter-clockwise, then apply the shear (x1, x2) -> (x1 + 2 x2, x2). "
        "Give the matrix of the combined map as a (2, 2) array.",
        expected=_SHEAR2 @ _R90,
        hint="The map applied first stands on the RIGHT of the product: shear @ rotation. "
        "Check by following e1: rotated to (0, 1), then sheared to (2, 1).",
        solution_code="R = np.array([[0, -1], [1, 0]])   # rotation by 90 degrees\n"
        "H = np.array([[1, 2], [0, 1]])    # the shear\n"
        "answer = H @ R",
        mistakes=[
            Mistake(
                _R90 @ _SHEAR2,
                "That is shear first, then rotate. A product acts right to left: in H @ R the "
                "rotation R acts first, so the answer is H @ R.",
            ),
            Mistake(
                _SHEAR2 @ _R90.T,
                "Your rotation turns clockwise. Counter-clockwise by 90 degrees sends e1 to (0, 1) "
                "and e2 to (-1, 0): R = [[0, -1], [1, 0]].",
            ),
            Mistake(
                (_SHEAR2 @ _R90).T,
                "Your matrix is transposed: the images of e1 and e2 go in the COLUMNS.",
            ),
        ],
    )
)

# q3: area factor -------------------------------------------------------------------------
# Radius 3 (not 2) so that the circumference 2 pi r and the area pi r^2 differ.
exercises.add(
    ValueExercise(
        "A = [[3, 1], [2, 2]] is applied to a disc of radius 3 centred at the origin. Give the "
        "area of the image (four significant figures are enough).",
        expected=36 * np.pi,
        rtol=2e-4,  # a hand-computed 113.1 is accepted; every mistake is far away
        hint="Every area is multiplied by |ad - bc|. The disc has area pi r^2.",
        solution_code="A = np.array([[3.0, 1.0], [2.0, 2.0]])\n"
        "answer = abs(np.linalg.det(A)) * np.pi * 3**2",
        mistakes=[
            Mistake(
                12 * np.pi,
                "You used pi r = 3 pi for the disc; its area is pi r^2 = 9 pi (square the "
                "radius), then multiply by |det A| = 4.",
            ),
            Mistake(
                24 * np.pi,
                "2 pi r = 6 pi is the circumference of the disc, not its area: the area is "
                "pi r^2 = 9 pi, then multiply by |det A| = 4.",
            ),
            Mistake(
                72 * np.pi,
                "The determinant is ad - bc = 3*2 - 1*2 = 4, with a minus sign (ad + bc = 8 is "
                "not the area factor).",
            ),
            Mistake(
                45 * np.pi,
                "You used the trace 3 + 2 = 5; the area factor is |ad - bc| = 4.",
            ),
            Mistake(
                9 * np.pi,
                "That is the area of the disc before the map; multiply by the area factor "
                "|ad - bc| = 4.",
            ),
        ],
    )
)


# q4: rotate a point cloud stored as rows -----------------------------------------------------
def rotate_points(points, theta):
    """Reference: rotate the rows of ``points`` (shape (n, 2)) by ``theta`` counter-clockwise."""
    return np.asarray(points, dtype=float) @ _rotation(theta).T


_CLOUD = np.array([[1.0, 0.0], [0.0, 2.0], [-1.5, 0.5], [2.0, -1.0], [0.3, 0.7]])
exercises.add(
    FunctionExercise(
        "Write rotate_points(points, theta): points has shape (n, 2), one point per row; return "
        "the (n, 2) array of the points rotated counter-clockwise by theta (radians).",
        reference=rotate_points,
        cases=[
            (_CLOUD, 0.3),
            (np.array([[1.0, 0.0]]), np.pi / 2),
            (_CLOUD[:4] * 3.0, -2.0),
            (np.array([[2.0, 1.0], [-1.0, 4.0], [0.0, -3.0]]), 2.5),
        ],
        hint="Build R = [[cos, -sin], [sin, cos]]. For a column vector the result is R @ x; a "
        "stack of row vectors is rotated by points @ R.T.",
        solution_code="def rotate_points(points, theta):\n"
        "    R = np.array([[np.cos(theta), -np.sin(theta)],\n"
        "                  [np.sin(theta), np.cos(theta)]])\n"
        "    return points @ R.T",
        mistakes=[
            Mistake(
                lambda points, theta: np.asarray(points) @ _rotation(theta),
                "points @ R rotates by -theta (clockwise), because R transposed is R(-theta). "
                "Rows are mapped by points @ R.T, since (R x)^T = x^T R^T.",
            ),
            Mistake(
                lambda points, theta: _rotation(theta) @ np.asarray(points).T,
                "R @ points.T returns one point per COLUMN, shape (2, n); transpose the result "
                "back (or write points @ R.T).",
            ),
            Mistake(
                lambda points, theta: np.asarray(points) @ _rotation(np.deg2rad(theta)).T,
                "theta is already in radians: do not convert it with np.deg2rad.",
            ),
        ],
    )
)


# q5: reflection across a line at angle theta ---------------------------------------------
def reflection_matrix(theta):
    """Reference: reflection across the line through 0 at angle ``theta``: 2 d d^T - I."""
    d = np.array([np.cos(theta), np.sin(theta)])
    return 2 * np.outer(d, d) - np.eye(2)


exercises.add(
    FunctionExercise(
        "Write reflection_matrix(theta): the (2, 2) matrix of the reflection across the line "
        "through the origin at angle theta (radians).",
        reference=reflection_matrix,
        cases=[(0.0,), (np.pi / 4,), (np.pi / 6,), (-1.0,), (2.5,)],
        hint="With d = (cos theta, sin theta), the part of x along the line stays and the rest "
        "flips: F x = 2 (d . x) d - x, so F = 2 d d^T - I = [[cos 2t, sin 2t], [sin 2t, -cos 2t]].",
        solution_code="def reflection_matrix(theta):\n"
        "    d = np.array([np.cos(theta), np.sin(theta)])\n"
        "    return 2 * np.outer(d, d) - np.eye(2)",
        mistakes=[
            Mistake(
                lambda theta: np.array(
                    [[np.cos(theta), np.sin(theta)], [np.sin(theta), -np.cos(theta)]]
                ),
                "The closed form has 2 theta, not theta: the mirror image of e1 is at angle "
                "2 theta (theta to reach the line, theta more beyond it).",
            ),
            Mistake(
                lambda theta: np.outer([np.cos(theta), np.sin(theta)], [np.cos(theta), np.sin(theta)]),
                "d d^T is the projection onto the line (it drops the perpendicular part). A "
                "reflection flips that part instead: F = 2 d d^T - I.",
            ),
            Mistake(
                lambda theta: np.eye(2) - 2 * np.outer(
                    [np.cos(theta), np.sin(theta)], [np.cos(theta), np.sin(theta)]
                ),
                "I - 2 d d^T flips the part ALONG the line, which mirrors across the perpendicular "
                "line. Keep the part along d and flip the rest: 2 d d^T - I.",
            ),
        ],
    )
)

# q6: invertibility -------------------------------------------------------------------------
exercises.add(
    ChoiceExercise(
        "Which one of these maps of the plane can NOT be undone?",
        options={
            "a": "the shear (x1, x2) -> (x1 + 100 x2, x2)",
            "b": "the scaling diag(1000, 0.001)",
            "c": "the reflection across the line at 70 degrees, then a rotation by 20 degrees",
            "d": "a rotation by 90 degrees, then the projection onto the line x2 = x1",
        },
        expected="d",
        hint="A map can be undone exactly when its area factor |det| is not 0; the area factor "
        "of one map after another is the product of their factors.",
        solution_code='answer = "d"',
        mistakes=[
            Mistake(
                "a",
                "A shear, however strong, has det = 1 and keeps areas: the shear by -100 undoes it.",
            ),
            Mistake(
                "b",
                "diag(1000, 0.001) has det = 1: lopsided, but nothing collapses; "
                "diag(0.001, 1000) undoes it.",
            ),
            Mistake(
                "c",
                "Reflections and rotations keep lengths (|det| = 1): rotate back by -20 degrees, "
                "then reflect again.",
            ),
        ],
    )
)
