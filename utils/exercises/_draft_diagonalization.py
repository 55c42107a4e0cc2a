"""Exercise checkers for 01-linear-algebra/12-diagonalization (draft, merged into
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

exercises = ExerciseSet("01-linear-algebra/12-diagonalization")

# q1: a matrix power by diagonalisation, by hand ------------------------------------------------
# A = [[5, 4], [1, 2]] has eigenvalues 6 (eigenvector (4, 1)) and 1 (eigenvector (1, -1)).
# A^k = (1/5) [[4 6^k + 1, 4 6^k - 4], [6^k - 1, 6^k + 4]].
_A1 = np.array([[5.0, 4.0], [1.0, 2.0]])
_P1 = np.array([[4.0, 1.0], [1.0, -1.0]])
_D1_POWER = np.diag([6.0**6, 1.0])
exercises.add(
    ValueExercise(
        "Diagonalise A = [[5, 4], [1, 2]] by hand and give A^6 as an array of shape (2, 2).",
        expected=np.array([[4 * 6**6 + 1, 4 * 6**6 - 4], [6**6 - 1, 6**6 + 4]]) / 5,
        hint="The eigenvalues solve lambda^2 - 7 lambda + 6 = 0 (trace 7, determinant 6): 6 and 1. "
        "Eigenvectors: (4, 1) for 6 and (1, -1) for 1. Then A^6 = P D^6 P^{-1} with the "
        "eigenvectors as the COLUMNS of P.",
        solution_code="A = np.array([[5, 4],\n"
        "              [1, 2]])\n"
        "P = np.array([[4, 1],\n"
        "              [1, -1]])          # eigenvectors (4, 1) and (1, -1) as columns\n"
        "D6 = np.diag([6.0**6, 1.0**6])\n"
        "answer = np.linalg.solve(P.T, (P @ D6).T).T   # P D^6 P^{-1}, without forming P^{-1}",
        mistakes=[
            Mistake(
                _P1 @ _D1_POWER @ _P1.T,
                "You used P^T where P^{-1} belongs. P^{-1} = P^T only when the columns of P are "
                "orthonormal (symmetric A, spectral theorem); A here is not symmetric.",
            ),
            Mistake(
                np.linalg.solve(_P1, _D1_POWER @ _P1),
                "The factors are in the wrong order: you computed P^{-1} D^6 P. From A P = P D, "
                "A = P D P^{-1}, with P (the eigenvectors) on the LEFT.",
            ),
            Mistake(
                _D1_POWER,
                "D^6 is the power in eigen-coordinates. Convert back: A^6 = P D^6 P^{-1}.",
            ),
            Mistake(
                _A1**6,
                "You raised each entry to the 6th power. A matrix power multiplies the matrix by "
                "itself: A^6 = A A A A A A, and only for the DIAGONAL matrix D does that reduce to "
                "powering the entries.",
            ),
        ],
    )
)

# q2: which matrix is not diagonalisable ---------------------------------------------------------
exercises.add(
    ChoiceExercise(
        "Which of these 2 x 2 matrices cannot be diagonalised, even allowing complex numbers?",
        options={
            "a": "[[2, 0], [0, 2]]",
            "b": "[[2, 1], [0, 2]]",
            "c": "[[2, 1], [0, 3]]",
            "d": "[[0, -1], [1, 0]]",
        },
        expected="b",
        hint="A matrix is diagonalisable exactly when it has n independent eigenvectors. For each "
        "matrix find the eigenvalues, then solve (A - lambda I) v = 0 and count the independent "
        "solutions.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "A repeated eigenvalue does not by itself prevent diagonalisation. 2 I is already "
                "diagonal: every vector is an eigenvector (P = I, D = 2 I).",
            ),
            Mistake(
                "c",
                "Its eigenvalues 2 and 3 are distinct, and distinct eigenvalues always give "
                "independent eigenvectors: (1, 0) and (1, 1) here.",
            ),
            Mistake(
                "d",
                "This rotation by 90 degrees has no REAL eigenvectors, but over the complex numbers "
                "it has the eigenvalues i and -i, which are distinct, so it is diagonalisable "
                "(with complex P and D).",
            ),
        ],
    )
)

# q3: the long-run state of a linear recurrence ---------------------------------------------------
# A = [[0.8, 0.3], [0.2, 0.7]]: eigenvalue 1 with eigenvector (3, 2), eigenvalue 0.5 with (1, -1).
# x0 = (1, 0) = 0.2 (3, 2) + 0.4 (1, -1), so x_t -> 0.2 (3, 2) = (0.6, 0.4).
_A3 = np.array([[0.8, 0.3], [0.2, 0.7]])
exercises.add(
    ValueExercise(
        "For x_{t+1} = A x_t with A = [[0.8, 0.3], [0.2, 0.7]] and x_0 = (1, 0), give the limit "
        "of x_t as t -> infinity, as an array of shape (2,).",
        expected=np.array([0.6, 0.4]),
        hint="Find the eigenvalues (1 and 0.5) and eigenvectors, write x_0 = c1 p1 + c2 p2 by "
        "solving P c = x_0, and let t grow in x_t = c1 1^t p1 + c2 0.5^t p2.",
        solution_code="A = np.array([[0.8, 0.3],\n"
        "              [0.2, 0.7]])\n"
        "P = np.array([[3, 1],\n"
        "              [2, -1]])          # eigenvectors for 1 and 0.5, as columns\n"
        "c = np.linalg.solve(P, [1, 0])   # eigen-coordinates of x_0: (0.2, 0.4)\n"
        "answer = c[0] * P[:, 0]          # the 0.5^t part dies out",
        mistakes=[
            Mistake(
                np.array([3.0, 2.0]),
                "(3, 2) is the right direction, but its length is set by x_0: solve P c = x_0 for "
                "the eigen-coordinates and keep c1 p1.",
            ),
            Mistake(
                np.array([3.0, 2.0]) / np.sqrt(13.0),
                "That is the unit-length eigenvector np.linalg.eig returns. Its scale is arbitrary; "
                "the limit is c1 p1, with c1 from solving P c = x_0.",
            ),
            Mistake(
                np.array([0.5, 0.5]),
                "That comes from the eigenvector of A^T (rows instead of columns). The recurrence "
                "multiplies by A, so use the eigenvectors of A itself.",
            ),
            Mistake(
                np.array([0.0, 0.0]),
                "The eigenvalue 0.5 part decays, but the eigenvalue 1 part stays forever: "
                "1^t = 1. Only components with |lambda| < 1 vanish.",
            ),
        ],
    )
)


# q4: the square root of a symmetric positive definite matrix --------------------------------------
def matrix_square_root(S):
    """The symmetric positive definite R with R @ R = S, via S = Q diag(lambda) Q^T."""
    eigenvalues, Q = np.linalg.eigh(np.asarray(S, dtype=float))
    return (Q * np.sqrt(eigenvalues)) @ Q.T


def _cholesky_factor(S):
    return np.linalg.cholesky(np.asarray(S, dtype=float))


def _entrywise_root(S):
    return np.sqrt(np.asarray(S, dtype=float))


def _root_without_transpose(S):
    eigenvalues, Q = np.linalg.eigh(np.asarray(S, dtype=float))
    return (Q * np.sqrt(eigenvalues)) @ Q


def _root_of_eigenvalues_only(S):
    return np.diag(np.sqrt(np.linalg.eigvalsh(np.asarray(S, dtype=float))))


def _square_root_cases():
    rng = np.random.default_rng(12)
    cases = [
        (np.array([[5.0, 4.0], [4.0, 5.0]]),),  # eigenvalues 9 and 1: root [[2, 1], [1, 2]]
        (np.diag([4.0, 9.0, 0.25]),),
    ]
    for n in (3, 5):
        M = rng.uniform(0.0, 1.0, size=(n, n))  # positive entries, so np.sqrt(S) gives no NaN
        cases.append((M @ M.T + n * np.eye(n),))
    return cases


exercises.add(
    FunctionExercise(
        "Write matrix_square_root(S): for a symmetric positive definite S of shape (n, n), return "
        "the symmetric positive definite R of shape (n, n) with R @ R = S.",
        reference=matrix_square_root,
        cases=_square_root_cases,
        hint="Spectral theorem: S = Q diag(lambda) Q^T with Q orthogonal (np.linalg.eigh). "
        "Then R = Q diag(sqrt(lambda)) Q^T works, because Q^T Q = I in the middle of R @ R.",
        solution_code="def matrix_square_root(S):\n"
        "    eigenvalues, Q = np.linalg.eigh(S)           # S = Q diag(eigenvalues) Q^T\n"
        "    return Q @ np.diag(np.sqrt(eigenvalues)) @ Q.T",
        mistakes=[
            Mistake(
                _entrywise_root,
                "np.sqrt(S) takes the square root of each ENTRY; squaring that matrix does not "
                "give S back. Take the root of the eigenvalues: Q diag(sqrt(lambda)) Q^T.",
            ),
            Mistake(
                _cholesky_factor,
                "The Cholesky factor L satisfies L @ L.T = S, not L @ L = S, and it is triangular, "
                "not symmetric. Use the eigendecomposition from np.linalg.eigh instead.",
            ),
            Mistake(
                _root_without_transpose,
                "The last factor must be Q^T (= Q^{-1} for orthonormal columns), not Q: "
                "R = Q diag(sqrt(lambda)) Q.T.",
            ),
            Mistake(
                _root_of_eigenvalues_only,
                "diag(sqrt(lambda)) is the root in eigen-coordinates only. Convert back to the "
                "standard basis: Q diag(sqrt(lambda)) Q^T.",
            ),
        ],
    )
)
