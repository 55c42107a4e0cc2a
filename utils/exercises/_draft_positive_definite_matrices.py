"""Exercise checkers for 01-linear-algebra/13-positive-definite-matrices (draft, merged into linear_algebra.py)."""

from __future__ import annotations

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("01-linear-algebra/13-positive-definite-matrices")

# q1: classify four 2 x 2 matrices ---------------------------------------------------------------
# A1: det 3, tr 4 -> PD. A2: det -8 -> indefinite. A3: det 0, tr 5 -> PSD. A4: det 2, tr -4 -> ND.
exercises.add(
    ValueExercise(
        "Classify A1 = [[2, -1], [-1, 2]], A2 = [[1, 3], [3, 1]], A3 = [[4, 2], [2, 1]], "
        "A4 = [[-3, 1], [1, -1]] as 'PD', 'PSD', 'ND' or 'indefinite'; answer with a tuple of "
        "four strings.",
        expected=("PD", "indefinite", "PSD", "ND"),
        hint="For a symmetric 2 x 2 matrix, det = lambda_1 * lambda_2 and trace = lambda_1 + "
        "lambda_2. det < 0: indefinite. det > 0: definite, with the sign of the trace. det = 0: "
        "semidefinite.",
        solution_code='answer = ("PD", "indefinite", "PSD", "ND")',
        mistakes=[
            Mistake(
                ("PD", "PD", "PSD", "ND"),
                "A2 has only positive entries, but det A2 = 1 - 9 = -8 < 0: its eigenvalues are "
                "4 and -2, and q(1, -1) = 1 - 6 + 1 = -4. Positive entries do not make a matrix PD.",
            ),
            Mistake(
                ("PD", "indefinite", "PD", "ND"),
                "det A3 = 4 * 1 - 2 * 2 = 0, so one eigenvalue is 0: q(1, -2) = 0 for a non-zero "
                "vector. A3 is semidefinite, not definite.",
            ),
            Mistake(
                ("PD", "indefinite", "PSD", "indefinite"),
                "A4 has a positive off-diagonal entry, but det A4 = 3 - 1 = 2 > 0 means both "
                "eigenvalues have the same sign, and the trace -4 says which: negative definite.",
            ),
        ],
    )
)

# q2: Cholesky of a 3 x 3 by hand ------------------------------------------------------------------
_A2 = np.array([[9.0, 3.0, -6.0], [3.0, 5.0, 0.0], [-6.0, 0.0, 21.0]])
_L2 = np.array([[3.0, 0.0, 0.0], [1.0, 2.0, 0.0], [-2.0, 1.0, 4.0]])
exercises.add(
    ValueExercise(
        "Compute the Cholesky factor L (lower triangular, positive diagonal, L L^T = A) of "
        "A = [[9, 3, -6], [3, 5, 0], [-6, 0, 21]] by hand; answer with an array of shape (3, 3).",
        expected=_L2,
        hint="Column by column: l_jj = sqrt(a_jj - sum_{k<j} l_jk^2), then for each row i below, "
        "l_ij = (a_ij - sum_{k<j} l_ik l_jk) / l_jj. Start with l_11 = sqrt(9) = 3.",
        solution_code="answer = np.array([[3, 0, 0], [1, 2, 0], [-2, 1, 4]])",
        mistakes=[
            Mistake(
                _L2.T,
                "That is L^T, the upper-triangular factor (A = R^T R with R = L^T). The question "
                "asks for the lower-triangular L: zeros ABOVE the diagonal.",
            ),
            Mistake(
                np.array([[3.0, 0.0, 0.0], [1.0, 2.0, 0.0], [-2.0, 0.0, np.sqrt(17.0)]]),
                "Check l_32: the formula subtracts sum_{k<2} l_3k l_2k = l_31 l_21 = (-2)(1) from "
                "a_32 = 0, so l_32 = (0 - (-2)) / 2 = 1, not 0.",
            ),
            Mistake(
                np.array([[1.0, 0.0, 0.0], [1 / 3, 1.0, 0.0], [-2 / 3, 0.5, 1.0]]),
                "That is the unit lower-triangular L of elimination (A = L D L^T), with 1s on the "
                "diagonal. Cholesky puts the square roots of the pivots on the diagonal: "
                "multiply column j by sqrt(pivot_j).",
            ),
        ],
    )
)


# q3: a PD test for any square matrix --------------------------------------------------------------
def is_positive_definite(A):
    """True when x^T A x > 0 for every x != 0 (A square, not necessarily symmetric)."""
    A = np.asarray(A, dtype=float)
    S = (A + A.T) / 2
    return bool(np.linalg.eigvalsh(S).min() > 1e-10)


def _cases():
    return [
        (np.array([[2.0, -1.0], [-1.0, 2.0]]),),  # PD
        (np.array([[1.0, 4.0], [0.0, 1.0]]),),  # eigenvalues 1, 1 but q(1, -1) = -2
        (np.array([[1.0, -3.0], [3.0, 1.0]]),),  # symmetric part I: PD; lower triangle is indefinite
        (np.array([[2.0, 0.0], [0.0, 0.0]]),),  # PSD, not PD
        (np.array([[1.0, 2.0], [2.0, 1.0]]),),  # positive diagonal, indefinite
        (np.array([[4.0, 2.0, -2.0], [2.0, 10.0, 2.0], [-2.0, 2.0, 6.0]]),),  # PD 3 x 3
        (np.array([[-1.0, 0.0], [0.0, -2.0]]),),  # ND
    ]


exercises.add(
    FunctionExercise(
        "Write is_positive_definite(A): True if x^T A x > 0 for all x != 0, for any square A "
        "(not necessarily symmetric); eigenvalues count as positive above 1e-10.",
        reference=is_positive_definite,
        cases=_cases,
        hint="Only the symmetric part S = (A + A.T) / 2 matters for x^T A x. For the symmetric S, "
        "PD means every eigenvalue (np.linalg.eigvalsh(S)) is > 1e-10.",
        solution_code="def is_positive_definite(A):\n"
        "    A = np.asarray(A, dtype=float)\n"
        "    S = (A + A.T) / 2\n"
        "    return bool(np.linalg.eigvalsh(S).min() > 1e-10)",
        mistakes=[
            Mistake(
                lambda A: bool(np.linalg.eigvalsh(A).min() > 1e-10),
                "np.linalg.eigvalsh assumes a symmetric input and silently reads only the lower "
                "triangle, so on a non-symmetric A it answers for a different matrix. Symmetrise "
                "first: S = (A + A.T) / 2.",
            ),
            Mistake(
                lambda A: bool(np.all(np.linalg.eigvals(A).real > 1e-10)),
                "The eigenvalues of a non-symmetric matrix do not decide the sign of x^T A x: "
                "[[1, 4], [0, 1]] has eigenvalues 1, 1 but x = (1, -1) gives -2. Use the "
                "eigenvalues of the symmetric part (A + A.T) / 2.",
            ),
            Mistake(
                lambda A: bool(np.linalg.eigvalsh((A + A.T) / 2).min() >= 0),
                ">= 0 tests positive SEMIdefinite. [[2, 0], [0, 0]] gives x^T A x = 0 at x = (0, 1), "
                "so it is not PD: require every eigenvalue > 1e-10.",
            ),
            Mistake(
                lambda A: bool(np.all(np.diag(A) > 0)),
                "A positive diagonal is necessary but not sufficient: [[1, 2], [2, 1]] has a "
                "positive diagonal and q(1, -1) = -2. Look at the eigenvalues of (A + A.T) / 2.",
            ),
        ],
    )
)

# q4: minimise a quadratic -------------------------------------------------------------------------
_A4 = np.array([[4.0, 2.0], [2.0, 5.0]])
_B4 = np.array([2.0, -1.0])
_W4 = np.array([0.75, -0.5])
exercises.add(
    ValueExercise(
        "f(w) = 0.5 w^T A w - b^T w with A = [[4, 2], [2, 5]], b = (2, -1). Return "
        "(w_star, f_min): the minimiser (shape (2,)) and the minimum value.",
        expected=(_W4, -1.0),
        hint="The gradient is A w - b; it vanishes at w_star = np.linalg.solve(A, b). Then "
        "f_min = 0.5 * w_star @ A @ w_star - b @ w_star (which equals -0.5 * b @ w_star).",
        solution_code="A = np.array([[4.0, 2.0], [2.0, 5.0]])\n"
        "b = np.array([2.0, -1.0])\n"
        "w_star = np.linalg.solve(A, b)\n"
        "f_min = 0.5 * w_star @ A @ w_star - b @ w_star\n"
        "answer = (w_star, f_min)",
        mistakes=[
            Mistake(
                (-_W4, -1.0),
                "Sign slip: the gradient of 0.5 w^T A w - b^T w is A w - b, so the minimiser solves "
                "A w = b, not A w = -b.",
            ),
            Mistake(
                (_W4, -2.0),
                "The minimiser is right, but f(w_star) = 0.5 w^T A w - b^T w = 1 - 2 = -1: you "
                "dropped the 1/2 in front of the quadratic term.",
            ),
            Mistake(
                (_W4, 1.0),
                "The minimiser is right, but the minimum value is negative: f(w_star) = "
                "0.5 w*^T A w* - b^T w* = -0.5 b^T w* = -1.",
            ),
        ],
    )
)

# q5: X^T X with more features than examples ---------------------------------------------------------
exercises.add(
    ChoiceExercise(
        "X has 50 rows and 80 columns. Which statement about X^T X (80 x 80) is true?",
        options={
            "a": "It is positive definite, because v^T X^T X v = |X v|^2.",
            "b": "It is positive semidefinite but singular: at least 30 eigenvalues are zero.",
            "c": "It can be indefinite, because random entries can be negative.",
            "d": "It is positive definite once we centre the columns.",
        },
        expected="b",
        hint="v^T X^T X v = |X v|^2 >= 0 always. When is X v = 0 for some v != 0? Compare "
        "rank X <= min(n, d) with the number of columns d.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "|X v|^2 >= 0, but it is 0 whenever X v = 0. rank X <= 50 < 80, so X has a null "
                "space of dimension >= 30: PSD, not PD.",
            ),
            Mistake(
                "c",
                "Negative entries do not matter: v^T X^T X v = |X v|^2 is a squared length, "
                "never negative. X^T X is always PSD.",
            ),
            Mistake(
                "d",
                "Centring subtracts the column means; the rank can only drop (to at most 49), so "
                "X^T X stays singular.",
            ),
        ],
    )
)
