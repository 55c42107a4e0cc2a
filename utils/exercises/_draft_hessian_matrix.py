"""Exercise checkers for 02-calculus/09-hessian-matrix (draft, merged into calculus.py)."""

from __future__ import annotations

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("02-calculus/09-hessian-matrix")

# q1: a Hessian by hand --------------------------------------------------------------------------
exercises.add(
    ValueExercise(
        "For f(x1, x2) = x1^3 + 2 x1 x2^2 - x2, compute the Hessian at (1, 2) as an array of "
        "shape (2, 2).",
        expected=np.array([[6.0, 8.0], [8.0, 4.0]]),
        hint="First the gradient: df/dx1 = 3 x1^2 + 2 x2^2, df/dx2 = 4 x1 x2 - 1. Then "
        "differentiate each of these again with respect to x1 and to x2, and substitute (1, 2).",
        solution_code=(
            "x1, x2 = 1.0, 2.0\n"
            "answer = np.array([[6 * x1, 4 * x2], [4 * x2, 4 * x1]])"
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
exercises.add(
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
exercises.add(
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


exercises.add(
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
                lambda H, v: float(np.asarray(H) @ (np.asarray(v) / np.linalg.norm(v)) @ np.ones(len(v))),
                "You need u on BOTH sides of H: u^T H u, not (H u) summed.",
            ),
        ],
    )
)
