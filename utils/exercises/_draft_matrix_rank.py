"""Exercise checkers for 01-linear-algebra/08-matrix-rank (draft, merged into linear_algebra.py)."""

from __future__ import annotations

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("01-linear-algebra/08-matrix-rank")

# q1: rank and nullity ---------------------------------------------------------------------------
# Every row is a multiple of (1, 2, 0, 1, 3) plus a multiple of (0, 0, 1, 2, 1): rank 2, nullity 3.
exercises.add(
    ValueExercise(
        "A = [[1, 2, 0, 1, 3], [2, 4, 1, 4, 7], [1, 2, 1, 3, 4], [3, 6, 1, 5, 10]] (4 x 5). "
        "Give (rank, nullity) as a tuple of two integers.",
        expected=(2, 3),
        hint="Row reduce (utils.linalg.rref or by hand) and count the pivots: that is the rank r. "
        "The nullity is the number of free columns, n - r, where n = 5 is the number of COLUMNS.",
        solution_code="from utils.linalg import rref\n"
        "A = np.array([[1, 2, 0, 1, 3], [2, 4, 1, 4, 7], [1, 2, 1, 3, 4], [3, 6, 1, 5, 10]])\n"
        "R, pivot_columns = rref(A)\n"
        "rank = len(pivot_columns)\n"
        "answer = (rank, A.shape[1] - rank)",
        mistakes=[
            Mistake(
                (4, 1),
                "4 is the number of non-zero rows of A, not its rank: rows can depend on each "
                "other. Count the non-zero rows AFTER row reduction (the pivots).",
            ),
            Mistake(
                (2, 2),
                "The nullity is n - r with n the number of COLUMNS (5): the null space lives in "
                "R^5. 4 - 2 = 2 is the dimension of the left null space.",
            ),
            Mistake(
                (3, 2),
                "Check your elimination: rows 2, 3 and 4 are each a multiple of row 1 plus the same "
                "vector (0, 0, 1, 2, 1), so only two pivots survive.",
            ),
        ],
    )
)

# q2: the complete solution of A x = b -----------------------------------------------------------
_X_PARTICULAR = np.array([1.0, 0.0, 6.0, 0.0])
_SPECIAL = np.array([[-3.0, -2.0], [1.0, 0.0], [0.0, -4.0], [0.0, 1.0]])
exercises.add(
    ValueExercise(
        "A = [[1, 3, 0, 2], [0, 0, 1, 4], [1, 3, 1, 6]], b = (1, 6, 7). Give the tuple "
        "(x_particular, N): x_particular of shape (4,) with every free variable 0, and N of shape "
        "(4, 2) whose columns are the special solutions, in the order of the free columns.",
        expected=(_X_PARTICULAR, _SPECIAL),
        hint="Row reduce the augmented matrix [A | b]. Pivot columns 1 and 3, free columns 2 and 4. "
        "x_particular: free variables 0, pivot variable i = last entry of row i. Special solution "
        "for free column j: x_j = 1, the other free variable 0, pivot variable i = -R[i, j].",
        solution_code="from utils.linalg import rref\n"
        "A = np.array([[1, 3, 0, 2], [0, 0, 1, 4], [1, 3, 1, 6]])\n"
        "b = np.array([1, 6, 7])\n"
        "R, pivot_columns = rref(np.column_stack([A, b]))   # pivots in columns 0 and 2\n"
        "x_particular = np.zeros(4)\n"
        "x_particular[[0, 2]] = R[:2, 4]                     # free variables x_1 = x_3 = 0\n"
        "N = np.zeros((4, 2))\n"
        "for k, free in enumerate([1, 3]):\n"
        "    N[free, k] = 1.0\n"
        "    N[[0, 2], k] = -R[:2, free]\n"
        "answer = (x_particular, N)",
        mistakes=[
            Mistake(
                (_X_PARTICULAR, -_SPECIAL * np.array([[1.0], [-1.0], [1.0], [-1.0]])),
                "Sign slip in N: row i of R x = 0 reads x_pivot + R[i, j] x_j = 0, so the pivot "
                "variable is -R[i, j], not +R[i, j]. Check: A @ N must be zero.",
            ),
            Mistake(
                (np.array([1.0, 6.0, 0.0, 0.0]), _SPECIAL),
                "The values 1 and 6 belong to the PIVOT variables x_1 and x_3 (positions 0 and 2), "
                "not to the first two entries. Check: A @ x_particular must equal b.",
            ),
            Mistake(
                (np.array([1.0, 6.0, 0.0, 0.0]), -_SPECIAL * np.array([[1.0], [-1.0], [1.0], [-1.0]])),
                "Two slips: the values 1 and 6 go to the pivot positions 0 and 2, and the pivot "
                "entries of a special solution are -R[i, j]. Check A @ x_particular = b and A @ N = 0.",
            ),
        ],
    )
)


# q3: is A x = b solvable? -------------------------------------------------------------------
def is_solvable(A, b):
    """Reference: True when b is in the column space of A (rank [A | b] == rank A)."""
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float).reshape(-1, 1)
    return bool(np.linalg.matrix_rank(np.hstack([A, b])) == np.linalg.matrix_rank(A))


_RANK_TWO = np.array([[1.0, 2.0, 1.0, 1.0], [2.0, 4.0, 0.0, 6.0], [3.0, 6.0, 1.0, 7.0]])
_TALL = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
_SOLVABLE_CASES = [
    (_RANK_TWO, np.array([2.0, 2.0, 4.0])),  # a1 + a3: solvable although rank 2 < 3 rows
    (_RANK_TWO, np.array([1.0, 0.0, 0.0])),  # not in the plane col(A)
    (np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([5.0, -1.0])),  # invertible
    (_TALL, np.array([1.0, 2.0, 3.0])),  # tall, b = a1 + 2 a2
    (_TALL, np.array([1.0, 2.0, 4.0])),  # tall, b not in col(A)
    (np.zeros((2, 3)), np.zeros(2)),  # 0 x = 0: every x works
    (np.zeros((2, 3)), np.array([0.0, 1.0])),  # 0 x = b != 0: nothing works
    (np.array([[1.0, 2.0, 3.0]]), np.array([7.0])),  # one equation, three unknowns
]
exercises.add(
    FunctionExercise(
        "Write is_solvable(A, b): True when A x = b has at least one solution, False otherwise.",
        reference=is_solvable,
        cases=_SOLVABLE_CASES,
        hint="A x is a combination of the columns of A, so A x = b is solvable exactly when b is in "
        "col(A). Appending b as an extra column then does not raise the rank: compare "
        "np.linalg.matrix_rank of np.column_stack([A, b]) with that of A.",
        solution_code="def is_solvable(A, b):\n"
        "    augmented = np.column_stack([A, b])\n"
        "    return bool(np.linalg.matrix_rank(augmented) == np.linalg.matrix_rank(A))",
        mistakes=[
            Mistake(
                lambda A, b: bool(np.linalg.matrix_rank(A) == np.shape(A)[0]),
                "Full row rank (rank = m) makes EVERY b reachable, but it is not needed: a "
                "rank-deficient A still reaches the b's in its column space, e.g. b = a1 + a3. "
                "Test whether b itself lies in col(A).",
            ),
            Mistake(
                lambda A, b: bool(
                    np.linalg.matrix_rank(np.column_stack([A, b])) > np.linalg.matrix_rank(A)
                ),
                "Your test is reversed: appending b RAISES the rank exactly when b is NOT in col(A), "
                "i.e. when there is no solution.",
            ),
            Mistake(
                lambda A, b: bool(np.shape(A)[0] <= np.shape(A)[1]),
                "Having at least as many unknowns as equations is not enough (the zero matrix with "
                "b != 0 has none), nor needed (a tall A can reach a b in its column space).",
            ),
        ],
    )
)

# q4: multicollinearity as a null space ------------------------------------------------------
exercises.add(
    ChoiceExercise(
        "A data matrix X (200 houses x 5 features: ground-floor area, upper-floor area, total "
        "area = the sum of the two, rooms, age). Which statement is true?",
        options={
            "a": "rank(X) = 5: with 200 rows there are more than enough examples for full rank.",
            "b": "rank(X) = 4, and w0 = (1, 1, -1, 0, 0) is in the null space of X, so the "
            "weights of a linear model are not unique: X w and X (w + t w0) are equal for every t.",
            "c": "rank(X) = 4, so one of the 200 houses is redundant and can be dropped without "
            "losing information.",
            "d": "rank(X) = 3, because the total-area column depends on two other columns.",
        },
        expected="b",
        hint="The dependency is between COLUMNS: total - ground - upper = 0 for every house. Write "
        "that as X w0 = 0 for some w0, then ask what adding w0 to the weights changes.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "Rows cannot fix a dependency between columns: every row satisfies total = ground + "
                "upper, so column 3 = column 1 + column 2 and rank(X) <= 4 however many houses.",
            ),
            Mistake(
                "c",
                "The rank counts independent COLUMNS (here 4), and equally 4 independent rows out of "
                "200: 196 rows depend on the others, not one. Dropping rows is not what rank "
                "deficiency is about; the lost dimension is among the features.",
            ),
            Mistake(
                "d",
                "One linear relation among the columns removes ONE dimension: the null space is the "
                "line through (1, 1, -1, 0, 0), nullity 1, so rank = 5 - 1 = 4.",
            ),
        ],
    )
)


# q5: effective rank from singular values ----------------------------------------------------
def effective_rank(singular_values, fraction):
    """Reference: smallest k whose top-k squared singular values reach ``fraction`` of the total."""
    squares = np.asarray(singular_values, dtype=float) ** 2
    captured = np.cumsum(squares) / np.sum(squares)
    return int(np.searchsorted(captured, fraction) + 1)


exercises.add(
    FunctionExercise(
        "Write effective_rank(singular_values, fraction): the singular values are sorted from "
        "largest to smallest; return the smallest k (an int) such that the top k squared singular "
        "values make up at least `fraction` of the sum of all squared singular values.",
        reference=effective_rank,
        cases=[
            (np.array([10.0, 5.0, 2.0, 1.0, 0.5]), 0.9),
            (np.array([100.0, 1.0, 1.0, 1.0]), 0.99),
            (np.array([5.0, 4.0, 3.0, 2.0, 1.0]), 0.5),
            (np.array([1.0, 1.0, 1.0, 1.0]), 0.6),
            (np.array([3.0, 2.0, 1.0]), 0.1),
            (2.0 ** -np.arange(12.0), 0.999),
        ],
        hint="Square the singular values (the variance is in sigma^2), take np.cumsum, divide by the "
        "total and find the first position where it reaches `fraction`; k is that position + 1.",
        solution_code="def effective_rank(singular_values, fraction):\n"
        "    squares = np.asarray(singular_values, dtype=float) ** 2\n"
        "    captured = np.cumsum(squares) / np.sum(squares)\n"
        "    return int(np.argmax(captured >= fraction) + 1)",
        mistakes=[
            Mistake(
                lambda s, f: int(np.searchsorted(np.cumsum(s) / np.sum(s), f) + 1),
                "Square the singular values first: sigma_k^2, not sigma_k, is the part of the "
                "total squared size (and of the variance) along direction k.",
            ),
            Mistake(
                lambda s, f: int(np.searchsorted(np.cumsum(np.square(s)) / np.sum(np.square(s)), f)),
                "Off by one: the first position where the fraction is reached is an index counted "
                "from 0; the number of singular values used is that index + 1.",
            ),
            Mistake(
                lambda s, f: int(np.searchsorted(np.cumsum(np.square(s)), f) + 1),
                "Divide the running sum of squares by the TOTAL sum of squares: `fraction` is a "
                "share between 0 and 1, not an absolute amount.",
            ),
        ],
    )
)
