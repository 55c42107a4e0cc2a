"""Exercise checkers for 01-linear-algebra/14-singular-value-decomposition (draft, merged into linear_algebra.py)."""

from __future__ import annotations

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("01-linear-algebra/14-singular-value-decomposition")

# q1: singular values of a 2 x 2 by hand -------------------------------------------------------
# A^T A = [[5, 3], [3, 5]]: eigenvalues 8 and 2, so sigma = (2 sqrt 2, sqrt 2).
_Q1_SIGMA = np.array([2.0 * np.sqrt(2.0), np.sqrt(2.0)])
exercises.add(
    ValueExercise(
        "A = [[2, 2], [1, -1]]. Give its singular values as an array of shape (2,), largest first.",
        expected=_Q1_SIGMA,
        rtol=1e-3,  # accept hand results rounded to 3 decimals, e.g. [2.828, 1.414]
        hint="Form A^T A (a symmetric 2 x 2), find its two eigenvalues from the trace and the "
        "determinant, and take square roots. Order them largest first.",
        solution_code="A = np.array([[2.0, 2.0], [1.0, -1.0]])\n"
        "eigenvalues = np.linalg.eigvalsh(A.T @ A)          # [2, 8], ascending\n"
        "answer = np.sqrt(eigenvalues)[::-1]                 # [2 sqrt 2, sqrt 2]",
        mistakes=[
            Mistake(
                np.array([8.0, 2.0]),
                "These are the eigenvalues of A^T A, i.e. the SQUARES of the singular values: "
                "take square roots.",
            ),
            Mistake(
                np.array([(1.0 + np.sqrt(17.0)) / 2.0, (1.0 - np.sqrt(17.0)) / 2.0]),
                "These are the eigenvalues of A itself. For a non-symmetric A they are not the "
                "singular values (one is even negative): use the eigenvalues of A^T A.",
            ),
            Mistake(
                _Q1_SIGMA[::-1],
                "Right numbers, wrong order: singular values are listed largest first.",
            ),
        ],
    )
)

# q2: the best rank-1 approximation ------------------------------------------------------------
# A = [[3, 2, 2], [2, 3, -2]]: sigma = (5, 3), u1 = (1, 1)/sqrt 2, v1 = (1, 1, 0)/sqrt 2.
_Q2_BEST = np.array([[2.5, 2.5, 0.0], [2.5, 2.5, 0.0]])
exercises.add(
    ValueExercise(
        "A = [[3, 2, 2], [2, 3, -2]]. Give its best rank-1 approximation A_1 = sigma_1 u_1 v_1^T "
        "as an array of shape (2, 3).",
        expected=_Q2_BEST,
        hint="A A^T = [[17, 8], [8, 17]] has eigenvalues 25 and 9, so sigma_1 = 5 and u_1 = "
        "(1, 1)/sqrt(2); then v_1 = A^T u_1 / sigma_1. Or use np.linalg.svd and keep one term.",
        solution_code="A = np.array([[3.0, 2.0, 2.0], [2.0, 3.0, -2.0]])\n"
        "U, S, Vt = np.linalg.svd(A)\n"
        "answer = S[0] * np.outer(U[:, 0], Vt[0])",
        mistakes=[
            Mistake(
                _Q2_BEST / 5.0,
                "You kept u_1 v_1^T but dropped its weight: multiply by sigma_1 = 5.",
            ),
            Mistake(
                np.array([[0.5, -0.5, 2.0], [-0.5, 0.5, -2.0]]),
                "That is sigma_2 u_2 v_2^T, the SMALLER term (here also the error A - A_1). The best "
                "rank-1 approximation keeps the largest singular value (np.linalg.svd lists it first).",
            ),
        ],
    )
)

# q3: spectral-norm error ----------------------------------------------------------------------
exercises.add(
    ChoiceExercise(
        "A has singular values 10, 4, 3, 1. What is the spectral-norm error ||A - A_2||_2 of its "
        "best rank-2 approximation A_2?",
        options={
            "a": "3",
            "b": "sqrt(3^2 + 1^2) = sqrt(10)",
            "c": "1",
            "d": "4",
            "e": "3^2 + 1^2 = 10",
        },
        expected="a",
        hint="A - A_2 = sigma_3 u_3 v_3^T + sigma_4 u_4 v_4^T is itself written as an SVD. Its "
        "spectral norm is its largest singular value.",
        solution_code='answer = "a"',
        mistakes=[
            Mistake(
                "b",
                "sqrt(sigma_3^2 + sigma_4^2) is the FROBENIUS-norm error. The spectral norm is the "
                "largest singular value of A - A_2, i.e. sigma_3.",
            ),
            Mistake(
                "c",
                "sigma_4 = 1 is the smallest singular value; the error matrix A - A_2 still "
                "contains sigma_3 u_3 v_3^T, and its spectral norm is its largest singular value.",
            ),
            Mistake(
                "d",
                "sigma_2 = 4 is KEPT in A_2. The error starts at sigma_{k+1} = sigma_3.",
            ),
            Mistake(
                "e",
                "That is the squared Frobenius error. The spectral norm of A - A_2 is sigma_3.",
            ),
        ],
    )
)


# q4: a function for the rank-k approximation ---------------------------------------------------
def rank_k_approximation(A, k):
    """Truncated SVD: the sum of the first k terms sigma_i u_i v_i^T."""
    U, S, Vt = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    return U[:, :k] @ np.diag(S[:k]) @ Vt[:k]


def _q4_cases():
    rng = np.random.default_rng(14)
    return [
        (np.array([[3.0, 2.0, 2.0], [2.0, 3.0, -2.0]]), 1),
        (rng.standard_normal((6, 4)), 2),
        (rng.standard_normal((3, 7)), 1),
        (rng.standard_normal((5, 5)), 3),
        (rng.standard_normal((4, 3)), 3),  # k = min(m, n): A itself
    ]


def _q4_no_sigma(A, k):
    U, S, Vt = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    return U[:, :k] @ Vt[:k]


def _q4_smallest(A, k):
    U, S, Vt = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    return U[:, -k:] @ np.diag(S[-k:]) @ Vt[-k:]


def _q4_one_too_many(A, k):
    U, S, Vt = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)
    return U[:, : k + 1] @ np.diag(S[: k + 1]) @ Vt[: k + 1]


exercises.add(
    FunctionExercise(
        "Write rank_k_approximation(A, k) returning the best rank-k approximation of A "
        "(shape (m, n), same as A), for 1 <= k <= min(m, n).",
        reference=rank_k_approximation,
        cases=_q4_cases,
        hint="U, S, Vt = np.linalg.svd(A, full_matrices=False); keep the first k columns of U, "
        "the first k singular values and the first k ROWS of Vt, and multiply them back.",
        solution_code="def rank_k_approximation(A, k):\n"
        "    U, S, Vt = np.linalg.svd(np.asarray(A, dtype=float), full_matrices=False)\n"
        "    return U[:, :k] @ np.diag(S[:k]) @ Vt[:k]",
        mistakes=[
            Mistake(
                _q4_no_sigma,
                "The singular values are missing: U[:, :k] @ Vt[:k] gives every term weight 1. "
                "Put np.diag(S[:k]) in the middle.",
            ),
            Mistake(
                _q4_smallest,
                "You kept the k SMALLEST singular values. np.linalg.svd sorts them largest first, "
                "so the best approximation uses the first k: [:k], not [-k:].",
            ),
            Mistake(
                _q4_one_too_many,
                "Off by one: [:k + 1] keeps k + 1 terms. Python slices [:k] already give exactly k.",
            ),
        ],
    )
)

# q5: how many terms for 10 % relative error ----------------------------------------------------
# sigma^2 = 100, 36, 9, 4, 1, 0.25 (total 150.25); tails after k = 1..5: 50.25, 14.25, 5.25, 1.25,
# 0.25. Relative errors sqrt(tail / total): 0.578, 0.308, 0.187, 0.091, 0.041 -> k = 4.
_Q5_SIGMA = np.array([10.0, 6.0, 3.0, 2.0, 1.0, 0.5])
exercises.add(
    ValueExercise(
        "A matrix has singular values 10, 6, 3, 2, 1, 0.5. What is the smallest k for which the "
        "best rank-k approximation has relative Frobenius error ||A - A_k||_F / ||A||_F <= 0.1? "
        "Give an integer.",
        expected=4,
        hint="By Eckart-Young the relative error is sqrt(sum_{i>k} sigma_i^2 / sum_i sigma_i^2). "
        "Compute it for k = 1, 2, ... and stop at the first value <= 0.1.",
        solution_code="sigma = np.array([10.0, 6.0, 3.0, 2.0, 1.0, 0.5])\n"
        "energy = sigma**2\n"
        "relative_errors = [np.sqrt(energy[k:].sum() / energy.sum()) for k in range(1, len(sigma) + 1)]\n"
        "answer = next(k for k, error in zip(range(1, len(sigma) + 1), relative_errors) if error <= 0.1)",
        mistakes=[
            Mistake(
                2,
                "0.0948 is the SQUARED relative error at k = 2 (14.25 / 150.25). The relative "
                "error is its square root, 0.308: take the square root before comparing with 0.1.",
            ),
            Mistake(
                6,
                "You added the singular values themselves. ||A||_F^2 is the sum of the SQUARED "
                "singular values, so the relative error is sqrt(sum_{i>k} sigma_i^2 / sum_i sigma_i^2).",
            ),
        ],
    )
)
