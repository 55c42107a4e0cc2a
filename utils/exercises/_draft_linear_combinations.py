"""Exercise checkers for 01-linear-algebra/05-linear-combinations (draft, merged into
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

exercises = ExerciseSet("01-linear-algebra/05-linear-combinations")

# q1: compute a combination ------------------------------------------------------------------
_U1, _V1, _W1 = np.array([1.0, 0.0, 2.0]), np.array([2.0, -1.0, 1.0]), np.array([4.0, 2.0, -2.0])
_WEIGHTS1 = np.array([3.0, -2.0, 0.5])
exercises.add(
    ValueExercise(
        "With u = (1, 0, 2), v = (2, -1, 1), w = (4, 2, -2), compute 3u - 2v + 0.5w "
        "as an array of shape (3,).",
        expected=np.column_stack([_U1, _V1, _W1]) @ _WEIGHTS1,
        hint="Scale each vector by its weight and add entry by entry: 3 * u - 2 * v + 0.5 * w.",
        solution_code="u, v, w = np.array([1, 0, 2]), np.array([2, -1, 1]), np.array([4, 2, -2])\n"
        "answer = 3 * u - 2 * v + 0.5 * w",
        mistakes=[
            Mistake(
                np.vstack([_U1, _V1, _W1]) @ _WEIGHTS1,
                "You stacked the vectors as ROWS (np.vstack) and multiplied by the weights, which "
                "gives the dot product of each vector with the weights. The vectors must be the "
                "COLUMNS: np.column_stack([u, v, w]) @ weights, or simply 3 * u - 2 * v + 0.5 * w.",
            ),
            Mistake(
                np.column_stack([_U1, _V1, _W1]) @ np.array([3.0, 2.0, 0.5]),
                "The weight of v is -2, not +2: subtract 2v.",
            ),
        ],
    )
)

# q2: find the weights -----------------------------------------------------------------------
_U2, _V2, _B2 = np.array([3.0, 1.0]), np.array([2.0, 4.0]), np.array([4.0, -2.0])
exercises.add(
    ValueExercise(
        "Find c1, c2 with c1 u + c2 v = b for u = (3, 1), v = (2, 4), b = (4, -2). "
        "Give np.array([c1, c2]).",
        expected=lambda: np.linalg.solve(np.column_stack([_U2, _V2]), _B2),
        hint="The equations are 3 c1 + 2 c2 = 4 and c1 + 4 c2 = -2. In NumPy: "
        "np.linalg.solve(A, b) with u and v as the COLUMNS of A.",
        solution_code="u, v, b = np.array([3, 1]), np.array([2, 4]), np.array([4, -2])\n"
        "answer = np.linalg.solve(np.column_stack([u, v]), b)",
        mistakes=[
            Mistake(
                np.linalg.solve(np.vstack([_U2, _V2]), _B2),
                "You put u and v in the ROWS of the matrix (np.vstack or np.array([u, v])), which is "
                "the transpose. c1 u + c2 v = A c needs u and v as the COLUMNS: np.column_stack([u, v]).",
            ),
            Mistake(
                np.array([-1.0, 2.0]),
                "Your weights are in the wrong order: c1 belongs to u and c2 to v. "
                "Check: 2 u - v = (4, -2).",
            ),
        ],
    )
)


# q3: membership test ------------------------------------------------------------------------
def in_span_3d(u, v, b):
    """True when b is a linear combination of u and v (all of shape (3,))."""
    A = np.column_stack([u, v])
    return bool(np.linalg.matrix_rank(np.column_stack([A, b])) == np.linalg.matrix_rank(A))


def _always_true(u, v, b):
    return True


def _rank_is_two(u, v, b):
    return bool(np.linalg.matrix_rank(np.column_stack([u, v, b])) == 2)


def _cross_product_test(u, v, b):
    return bool(np.isclose(np.cross(u, v) @ b, 0.0))


def _in_span_cases() -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    u, v, w = np.array([1.0, 0.0, 2.0]), np.array([0.0, 1.0, -1.0]), np.array([2.0, 3.0, 0.0])
    return [
        (u, v, 2 * u - 3 * v),  # in the plane
        (u, v, np.array([0.0, 0.0, 1.0])),  # off the plane
        (u, v, u + v + np.array([1.0, 1.0, -1.0])),  # off the plane: u x v = (-2, 1, 1)
        (u, 2 * u, -3 * u),  # parallel, b on their line
        (u, 2 * u, v),  # parallel, b off their line
        (u, v, np.zeros(3)),  # zero is always reachable
        (w, u, w - 4 * u),  # in the plane, other vectors
        (w, u, np.array([1.0, 1.0, 1.0])),  # off the plane
    ]


exercises.add(
    FunctionExercise(
        "Write in_span_3d(u, v, b) returning True when b (shape (3,)) is a linear combination "
        "of u and v (shape (3,) each), also when u and v are parallel.",
        reference=in_span_3d,
        cases=_in_span_cases,
        hint="b is reachable exactly when appending it as a column adds no new direction: "
        "compare np.linalg.matrix_rank of np.column_stack([u, v, b]) with that of "
        "np.column_stack([u, v]). Or use the least-squares residual of section 4.3.",
        solution_code="def in_span_3d(u, v, b):\n"
        "    A = np.column_stack([u, v])\n"
        "    return bool(np.linalg.matrix_rank(np.column_stack([A, b])) == np.linalg.matrix_rank(A))",
        mistakes=[
            Mistake(
                _always_true,
                "Two vectors do not reach everything in R^3: their combinations form a plane "
                "through the origin (section 2.2). Test whether b lies in it.",
            ),
            Mistake(
                _rank_is_two,
                "Testing rank([u v b]) == 2 fails when u and v are parallel: then both ranks are 1 "
                "for a b on their line, and that b IS reachable. Compare rank([u v b]) with "
                "rank([u v]) instead.",
            ),
            Mistake(
                _cross_product_test,
                "Testing (u x v) . b == 0 is right only when u and v are not parallel. For parallel "
                "u and v the cross product is the zero vector, so the test says True for every b, "
                "even one off their line. Handle that case, or compare rank([u v b]) with rank([u v]).",
            ),
        ],
    )
)

# q4: barycentric coordinates ----------------------------------------------------------------
_P1, _P2, _P3, _X4 = (np.array(p, dtype=float) for p in ([1, 1], [5, 1], [1, 5], [3, 2]))


def _barycentric(x: np.ndarray) -> np.ndarray:
    l2, l3 = np.linalg.solve(np.column_stack([_P2 - _P1, _P3 - _P1]), x)
    return np.array([1 - l2 - l3, l2, l3])


exercises.add(
    ValueExercise(
        "Give the barycentric coordinates (l1, l2, l3) of x = (3, 2) in the triangle with corners "
        "p1 = (1, 1), p2 = (5, 1), p3 = (1, 5), as an array of shape (3,).",
        expected=lambda: _barycentric(_X4 - _P1),
        hint="Solve x - p1 = l2 (p2 - p1) + l3 (p3 - p1) for l2, l3 (a 2 x 2 system with the edge "
        "vectors as columns), then l1 = 1 - l2 - l3.",
        solution_code="p1, p2, p3, x = np.array([1, 1]), np.array([5, 1]), np.array([1, 5]), "
        "np.array([3, 2])\n"
        "l2, l3 = np.linalg.solve(np.column_stack([p2 - p1, p3 - p1]), x - p1)\n"
        "answer = np.array([1 - l2 - l3, l2, l3])",
        mistakes=[
            Mistake(
                _barycentric(_X4),
                "You solved with x instead of x - p1. The edge vectors start at p1, so the "
                "right-hand side must too: x - p1 = l2 (p2 - p1) + l3 (p3 - p1).",
            ),
            Mistake(
                np.array([0.5, 0.25, 0.25]),
                "The order is (l1, l2, l3): l1 = 1 - l2 - l3 comes first, and l2, l3 are the weights "
                "of p2 and p3.",
            ),
        ],
    )
)

# q5: which set? -----------------------------------------------------------------------------
exercises.add(
    ChoiceExercise(
        "For non-parallel u, v in R^2, which set is {c1 u + c2 v : c1 >= 0, c2 >= 0, c1 + c2 <= 1}?",
        options={
            "a": "the segment from the tip of u to the tip of v",
            "b": "the filled triangle with corners 0, u and v",
            "c": "the infinite wedge from 0 between u and v",
            "d": "the filled parallelogram with corners 0, u, u + v and v",
        },
        expected="b",
        hint="Put c0 = 1 - c1 - c2. Then c1 u + c2 v = c0 * 0 + c1 u + c2 v with three "
        "non-negative weights summing to 1: a convex combination of which three points?",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "The segment needs c1 + c2 = 1 exactly. With c1 + c2 <= 1 you also get points "
                "nearer the origin, e.g. 0 itself (c1 = c2 = 0).",
            ),
            Mistake(
                "c",
                "The wedge has no upper limit on the weights; here c1 + c2 <= 1 cuts it off.",
            ),
            Mistake(
                "d",
                "The parallelogram is 0 <= c1 <= 1 and 0 <= c2 <= 1 separately; it contains u + v, "
                "whose weights sum to 2 > 1.",
            ),
        ],
    )
)
