"""Exercise checkers for 01-linear-algebra/06-span-basis-dimension (draft, merged into
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

exercises = ExerciseSet("01-linear-algebra/06-span-basis-dimension")

# q1: coordinates in a basis, by hand -------------------------------------------------------
# Basis b1 = (1, 1), b2 = (2, -1); x = (7, 4) = 5 b1 + 1 b2.
_B1 = np.array([[1.0, 2.0], [1.0, -1.0]])
_X1 = np.array([7.0, 4.0])
exercises.add(
    ValueExercise(
        "Give the coordinates c of x = (7, 4) relative to the basis b1 = (1, 1), b2 = (2, -1), "
        "as an array of shape (2,).",
        expected=np.array([5.0, 1.0]),
        hint="Solve c1 b1 + c2 b2 = x, i.e. the system B c = x with b1, b2 as the COLUMNS of B: "
        "c1 + 2 c2 = 7 and c1 - c2 = 4. Subtract the equations to get c2.",
        solution_code="B = np.array([[1, 2],\n"
        "              [1, -1]])      # columns b1, b2\n"
        "x = np.array([7, 4])\n"
        "answer = np.linalg.solve(B, x)",
        mistakes=[
            Mistake(
                _B1 @ _X1,
                "You computed B x, which treats (7, 4) as coordinates and goes the wrong way "
                "(from coordinates to the vector). To find coordinates, solve B c = x.",
            ),
            Mistake(
                _B1.T @ _X1,
                "You took dot products b_i . x (that is B^T x). That gives coordinates only for an "
                "orthonormal basis; b1 and b2 are neither unit length nor perpendicular. Solve B c = x.",
            ),
            Mistake(
                np.linalg.solve(_B1.T, _X1),
                "You put b1 and b2 in the ROWS of B. The column picture B c = c1 b1 + c2 b2 needs "
                "them as the COLUMNS: B = [[1, 2], [1, -1]] (np.column_stack([b1, b2])).",
            ),
            Mistake(
                np.array([1.0, 5.0]),
                "Right numbers, wrong order: c1 belongs to b1 = (1, 1). Check: 5 (1, 1) + 1 (2, -1) = (7, 4).",
            ),
        ],
    )
)

# q2: dimension of a span -------------------------------------------------------------------
# v2 = 2 v1 and v4 = v1 + v3, so the span has dimension 2.
exercises.add(
    ValueExercise(
        "What is the dimension of span{v1, v2, v3, v4} with v1 = (1, 2, 0, 1), v2 = (2, 4, 0, 2), "
        "v3 = (0, 1, 1, 0), v4 = (1, 3, 1, 1)? Give an integer.",
        expected=2,
        hint="The dimension is the size of a basis, not the number of vectors. Throw out every "
        "vector that is a combination of the others: compare v2 with v1, and v4 with v1 + v3.",
        solution_code="V = np.array([[1, 2, 0, 1],\n"
        "              [2, 4, 0, 2],\n"
        "              [0, 1, 1, 0],\n"
        "              [1, 3, 1, 1]]).T   # the vectors as columns\n"
        "answer = int(np.linalg.matrix_rank(V))   # v2 = 2 v1 and v4 = v1 + v3",
        mistakes=[
            Mistake(
                4,
                "4 is the number of vectors, but they are not independent: v2 = 2 v1, so v2 adds "
                "nothing to the span. The dimension counts a basis, i.e. independent vectors only.",
            ),
            Mistake(
                3,
                "You removed v2 = 2 v1, but v4 is redundant too: v4 = v1 + v3.",
            ),
        ],
    )
)

# q3: which set is a subspace ---------------------------------------------------------------
exercises.add(
    ChoiceExercise(
        "Which one of these subsets of R^3 is a subspace?",
        options={
            "a": "the plane x1 + x2 + x3 = 1",
            "b": "the union of the x1-axis and the x2-axis",
            "c": "the set of vectors with x1 = 2 x3",
            "d": "the set of vectors with x1 >= 0",
        },
        expected="c",
        hint="Test the three properties on each: does it contain 0? Is the sum of two members "
        "a member? Is every multiple (including by -1) of a member a member?",
        solution_code='answer = "c"',
        mistakes=[
            Mistake(
                "a",
                "The plane x1 + x2 + x3 = 1 misses the origin: 0 + 0 + 0 = 0, not 1. A subspace "
                "must contain 0 (it is a plane, but a shifted one).",
            ),
            Mistake(
                "b",
                "Each axis alone is a subspace, but their union is not closed under addition: "
                "(1, 0, 0) + (0, 1, 0) = (1, 1, 0) lies on neither axis.",
            ),
            Mistake(
                "d",
                "The half-space x1 >= 0 contains 0 and is closed under addition, but not under "
                "scaling: -1 times (1, 0, 0) has x1 = -1.",
            ),
        ],
    )
)

# q4: the matrix of a map in an eigen-basis -------------------------------------------------
# A = [[4, 1], [2, 3]] has eigenvectors (1, 1) (eigenvalue 5) and (1, -2) (eigenvalue 2).
_A4 = np.array([[4.0, 1.0], [2.0, 3.0]])
_B4 = np.array([[1.0, 1.0], [1.0, -2.0]])
exercises.add(
    ValueExercise(
        "A = [[4, 1], [2, 3]] and the basis b1 = (1, 1), b2 = (1, -2). Give the (2, 2) matrix of "
        "the map x -> A x in this basis.",
        expected=np.diag([5.0, 2.0]),
        hint="The matrix in the basis B is B^{-1} A B: go from coordinates to the vector (B), "
        "apply A, come back (B^{-1}). Compute it with np.linalg.solve(B, A @ B).",
        solution_code="A = np.array([[4, 1],\n"
        "              [2, 3]])\n"
        "B = np.array([[1, 1],\n"
        "              [1, -2]])      # columns b1, b2\n"
        "answer = np.linalg.solve(B, A @ B)   # B^{-1} A B without forming the inverse",
        mistakes=[
            Mistake(
                _B4 @ _A4 @ np.linalg.inv(_B4),
                "You computed B A B^{-1}: the order is reversed. Read B^{-1} A B right to left: "
                "B turns coordinates into a vector, A maps it, B^{-1} turns it back into coordinates.",
            ),
            Mistake(
                _B4.T @ _A4 @ _B4,
                "B^T is not B^{-1} here: b1 and b2 are not orthonormal. Use B^{-1} A B, computed "
                "with np.linalg.solve(B, A @ B).",
            ),
            Mistake(
                np.diag([2.0, 5.0]),
                "The diagonal entries follow the order of the basis vectors: A b1 = A (1, 1) = "
                "(5, 5) = 5 b1, so the first entry is 5.",
            ),
        ],
    )
)


# q5: from one basis to another -------------------------------------------------------------
def coordinates_between_bases(c, B_old, B_new):
    """Coordinates relative to B_new of the vector whose coordinates relative to B_old are c."""
    return np.linalg.solve(np.asarray(B_new, float), np.asarray(B_old, float) @ np.asarray(c, float))


def _between_bases_cases() -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    generator = np.random.default_rng(6)
    cases = [
        (
            np.array([3.0, 2.0]),
            np.array([[2.0, -1.0], [1.0, 1.0]]),
            np.array([[1.0, 1.0], [0.0, 1.0]]),
        )
    ]
    for n in (3, 4, 5):
        c = generator.normal(size=n)
        B_old = generator.normal(size=(n, n)) + n * np.eye(n)
        B_new = generator.normal(size=(n, n)) + n * np.eye(n)
        cases.append((c, B_old, B_new))
    return cases


exercises.add(
    FunctionExercise(
        "Write coordinates_between_bases(c, B_old, B_new): c (shape (n,)) are the coordinates of "
        "a vector relative to the basis in the columns of B_old (n, n); return its coordinates "
        "relative to the basis in the columns of B_new, shape (n,).",
        reference=coordinates_between_bases,
        cases=_between_bases_cases,
        hint="Two steps: first rebuild the vector itself, x = B_old c; then find its coordinates "
        "in the new basis by solving B_new c_new = x.",
        solution_code="def coordinates_between_bases(c, B_old, B_new):\n"
        "    x = B_old @ c                       # the vector itself\n"
        "    return np.linalg.solve(B_new, x)    # its coordinates in the new basis",
        mistakes=[
            Mistake(
                lambda c, B_old, B_new: np.linalg.solve(B_old, B_new @ c),
                "The two bases are swapped. c belongs to B_old, so first rebuild the vector with "
                "B_old @ c, then solve with B_new.",
            ),
            Mistake(
                lambda c, B_old, B_new: np.linalg.solve(B_new, c),
                "You solved B_new c_new = c as if c were the vector itself, but c are coordinates "
                "relative to B_old. Rebuild the vector first: x = B_old @ c.",
            ),
        ],
    )
)
