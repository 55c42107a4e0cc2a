"""Exercise checkers for 01-linear-algebra/15-projections-and-orthogonality (draft)."""

from __future__ import annotations

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("01-linear-algebra/15-projections-and-orthogonality")

# q1: projection onto a line -----------------------------------------------------------------------
# a = (1, 2, 2), b = (4, 1, 1): a.b = 8, a.a = 9, p = (8/9) a.
_A_LINE = np.array([1.0, 2.0, 2.0])
_B_LINE = np.array([4.0, 1.0, 1.0])
_P_LINE = 8.0 / 9.0 * _A_LINE
exercises.add(
    ValueExercise(
        "Project b = (4, 1, 1) onto the line through a = (1, 2, 2). Give the projection p as an "
        "array of shape (3,).",
        expected=_P_LINE,
        hint="p = (a.b / a.a) a: the number a.b / a.a says how far along a to go.",
        solution_code="a = np.array([1.0, 2.0, 2.0])\n"
        "b = np.array([4.0, 1.0, 1.0])\n"
        "answer = (a @ b) / (a @ a) * a",
        mistakes=[
            Mistake(
                8.0 * _A_LINE,
                "You multiplied a by a.b but forgot to divide by a.a = |a|^2 = 9. Without it the "
                "answer changes when you rescale a, yet the line stays the same.",
            ),
            Mistake(
                8.0 / 3.0 * _A_LINE,
                "You divided by |a| = 3 once; divide by |a|^2 = a.a = 9. (Dividing by |a| once "
                "is right only if you also use the unit vector a / |a|.)",
            ),
            Mistake(
                _B_LINE - _P_LINE,
                "That is the error e = b - p, the part of b perpendicular to a. The projection "
                "is the part along a.",
            ),
            Mistake(
                8.0 / 9.0,
                "8/9 is the coefficient x_hat; the projection is the vector x_hat * a.",
            ),
        ],
    )
)


# q2: the projection matrix -------------------------------------------------------------------------
def projection_matrix(A):
    """P = A (A^T A)^{-1} A^T for A with independent columns, shape (m, m)."""
    A = np.asarray(A, dtype=float)
    return A @ np.linalg.solve(A.T @ A, A.T)


def _projection_cases():
    generator = np.random.default_rng(15)
    return [
        (np.array([[1.0], [2.0], [2.0]]),),
        (np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]]),),
        (generator.standard_normal((6, 3)),),
    ]


exercises.add(
    FunctionExercise(
        "Write projection_matrix(A) returning the (m, m) matrix P = A (A^T A)^{-1} A^T that "
        "projects onto the column space of A (shape (m, n), independent columns).",
        reference=projection_matrix,
        cases=_projection_cases,
        hint="Solve (A^T A) X = A^T with np.linalg.solve instead of forming an inverse, then "
        "return A @ X. Check: P @ P equals P and P.T equals P.",
        solution_code="def projection_matrix(A):\n"
        "    A = np.asarray(A, dtype=float)\n"
        "    return A @ np.linalg.solve(A.T @ A, A.T)",
        mistakes=[
            Mistake(
                lambda A: np.asarray(A, dtype=float) @ np.asarray(A, dtype=float).T,
                "A A^T is the projection only when the columns of A are orthonormal "
                "(A^T A = I). In general the middle factor (A^T A)^{-1} is needed.",
            ),
            Mistake(
                lambda A: np.eye(np.asarray(A).shape[0]) - projection_matrix(A),
                "That is I - P, the projection onto the left null space (where the error "
                "lives). P itself maps b to the closest point of col(A).",
            ),
            Mistake(
                lambda A: np.linalg.inv(np.asarray(A, dtype=float).T @ np.asarray(A, dtype=float)),
                "(A^T A)^{-1} alone is n x n; P must be m x m (it acts on b in R^m). Put A on "
                "the left and A^T on the right: P = A (A^T A)^{-1} A^T.",
            ),
        ],
    )
)


# q3: Gram-Schmidt QR -------------------------------------------------------------------------------
def gram_schmidt_qr(A):
    """Reduced QR by (modified) Gram-Schmidt: returns (Q, R), shapes (m, n) and (n, n)."""
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        v = A[:, j].copy()
        for i in range(j):
            R[i, j] = Q[:, i] @ v
            v -= R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return Q, R


def _qr_without_normalising(A):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    V = np.zeros((m, n))
    R = np.eye(n)
    for j in range(n):
        v = A[:, j].copy()
        for i in range(j):
            R[i, j] = (V[:, i] @ v) / (V[:, i] @ V[:, i])
            v -= R[i, j] * V[:, i]
        V[:, j] = v
    return V, R


def _qr_only_previous(A):
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, n))
    R = np.zeros((n, n))
    for j in range(n):
        v = A[:, j].copy()
        if j > 0:
            R[j - 1, j] = Q[:, j - 1] @ v
            v -= R[j - 1, j] * Q[:, j - 1]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return Q, R


def _qr_transposed_r(A):
    Q, R = gram_schmidt_qr(A)
    return Q, R.T


def _gram_schmidt_cases():
    generator = np.random.default_rng(150)
    return [
        (np.array([[3.0, 1.0], [4.0, 2.0]]),),
        (np.array([[1.0, 1.0, 0.0], [1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 1.0]]),),
        (generator.standard_normal((7, 4)),),
    ]


exercises.add(
    FunctionExercise(
        "Write gram_schmidt_qr(A) for A of shape (m, n) with independent columns: return the "
        "tuple (Q, R) with Q of shape (m, n) with orthonormal columns, R of shape (n, n) upper "
        "triangular with a positive diagonal, and Q @ R == A.",
        reference=gram_schmidt_qr,
        cases=_gram_schmidt_cases,
        hint="For each column j: start from v = a_j; for every EARLIER i, R[i, j] = q_i . v and "
        "v -= R[i, j] q_i; then R[j, j] = |v| and q_j = v / R[j, j].",
        solution_code="def gram_schmidt_qr(A):\n"
        "    A = np.asarray(A, dtype=float)\n"
        "    m, n = A.shape\n"
        "    Q, R = np.zeros((m, n)), np.zeros((n, n))\n"
        "    for j in range(n):\n"
        "        v = A[:, j].copy()\n"
        "        for i in range(j):\n"
        "            R[i, j] = Q[:, i] @ v\n"
        "            v -= R[i, j] * Q[:, i]\n"
        "        R[j, j] = np.linalg.norm(v)\n"
        "        Q[:, j] = v / R[j, j]\n"
        "    return Q, R",
        mistakes=[
            Mistake(
                _qr_without_normalising,
                "Your columns are orthogonal but not unit length: divide each v by its length "
                "and store that length in R[j, j].",
            ),
            Mistake(
                _qr_only_previous,
                "Subtract the projections onto ALL earlier q's (i = 0, ..., j-1), not only the "
                "previous one: otherwise q_j is not orthogonal to q_0, ..., q_{j-2}.",
            ),
            Mistake(
                _qr_transposed_r,
                "R is transposed: R[i, j] = q_i . a_j sits ABOVE the diagonal (row i < column j), "
                "because column j of A uses only q_0, ..., q_j.",
            ),
        ],
    )
)


# q4: why QR and not the normal equations -----------------------------------------------------------
exercises.add(
    ChoiceExercise(
        "A tall design matrix A has condition number 1e8, and the linear model fits the data "
        "closely (small residual). Roughly how many of the 16 significant digits of double "
        "precision can each least-squares method lose?",
        options={
            "a": "Both lose about 8 digits: it is the same problem, so the same accuracy.",
            "b": "The normal equations can lose about 16 (all of them), QR about 8.",
            "c": "QR can lose about 16, the normal equations about 8.",
            "d": "Neither loses anything: least squares has a closed-form solution.",
        },
        expected="b",
        hint="cond(A^T A) = cond(A)^2, and solving a system with condition number kappa can "
        "lose about log10(kappa) digits. QR works with A itself: R has the same condition "
        "number as A.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "Same problem, different route: forming A^T A squares the condition number "
                "(1e8 -> 1e16) before the solver even starts.",
            ),
            Mistake(
                "c",
                "It is the other way round: Q^T Q = I, so R has the singular values of A and "
                "cond(R) = cond(A) = 1e8; A^T A has cond 1e16.",
            ),
            Mistake(
                "d",
                "A closed form (A^T A)^{-1} A^T b is exact only in exact arithmetic; computed "
                "in floating point, its accuracy is governed by cond(A^T A) = cond(A)^2.",
            ),
        ],
    )
)
