"""Exercise checkers for 01-linear-algebra/09-determinant (draft, merged into linear_algebra.py)."""

from __future__ import annotations

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("01-linear-algebra/09-determinant")

# q1: a 3 x 3 determinant by hand ----------------------------------------------------------
# A = [[2, -1, 1], [1, 3, 2], [1, 1, 4]]: det = 2(12 - 2) + 1(4 - 2) + 1(1 - 3) = 20.
exercises.add(
    ValueExercise(
        "Compute det A for A = [[2, -1, 1], [1, 3, 2], [1, 1, 4]] by cofactor expansion along "
        "the first row. Give a number.",
        expected=20.0,
        hint="det A = a11 det M11 - a12 det M12 + a13 det M13, where M1j is A without row 1 and "
        "column j, and each 2 x 2 minor is ad - bc. Watch the alternating signs + - +.",
        solution_code="# 2 (3*4 - 2*1) - (-1) (1*4 - 2*1) + 1 (1*1 - 3*1) = 20 + 2 - 2\n"
        "answer = 2 * (3 * 4 - 2 * 1) - (-1) * (1 * 4 - 2 * 1) + 1 * (1 * 1 - 3 * 1)",
        mistakes=[
            Mistake(
                16.0,
                "You added all three terms. The cofactor signs alternate + - + along a row: the "
                "middle term is -a12 det M12 = -(-1)(4 - 2) = +2.",
            ),
            Mistake(
                23.0,
                "That is only the three 'downward' diagonal products of the 3 x 3 rule (Sarrus). "
                "Subtract the three 'upward' products 1*3*1 + 2*2*1 + (-1)*1*4 = 3.",
            ),
            Mistake(
                -20.0,
                "The sign is flipped: the first cofactor sign is +, so the expansion starts with "
                "+a11 det M11 = +2 * 10.",
            ),
        ],
    )
)

# q2: the properties ------------------------------------------------------------------------
exercises.add(
    ValueExercise(
        "A and B are 3 x 3 matrices with det A = 5 and det B = -2. Compute det(2 A^T B^(-1)).",
        expected=-20.0,
        hint="Use det(XY) = det X det Y, det A^T = det A, det B^(-1) = 1 / det B, and "
        "det(cX) = c^n det X for an n x n matrix X (every one of the n rows is scaled by c).",
        solution_code="n = 3\nanswer = 2**n * 5 * (1 / -2)",
        mistakes=[
            Mistake(
                -5.0,
                "det(2X) is not 2 det X: multiplying a 3 x 3 matrix by 2 scales each of its 3 "
                "rows by 2, so the determinant is multiplied by 2^3 = 8.",
            ),
            Mistake(
                -80.0,
                "det B^(-1) = 1 / det B = -1/2, not det B: B^(-1) undoes B's volume factor.",
            ),
            Mistake(
                20.0,
                "Transposing does not change the determinant, and 1 / det B = -1/2 is negative: "
                "the answer is 8 * 5 * (-1/2).",
            ),
        ],
    )
)

# q3: a permutation-like matrix: the sign from the row swaps ----------------------------------
_ANTI = np.fliplr(np.diag(np.arange(1.0, 7.0)))  # row i has i + 1 in column 5 - i
exercises.add(
    ValueExercise(
        "The 6 x 6 matrix A has 1, 2, 3, 4, 5, 6 on its anti-diagonal (A[i, 5 - i] = i + 1) and "
        "zeros elsewhere. Compute det A without np.linalg.det.",
        expected=lambda: float(np.linalg.det(_ANTI)),
        hint="Swap rows to make A diagonal: row 1 <-> row 6, 2 <-> 5, 3 <-> 4. Each swap flips the "
        "sign; the diagonal matrix that results has determinant 1*2*3*4*5*6.",
        solution_code="# 3 row swaps (1<->6, 2<->5, 3<->4) give diag(6, 5, 4, 3, 2, 1)\n"
        "answer = (-1) ** 3 * (1 * 2 * 3 * 4 * 5 * 6)",
        mistakes=[
            Mistake(
                720.0,
                "The product is right but the sign is not: A is diag(6, 5, ..., 1) with its rows "
                "reversed, and reversing 6 rows takes 3 swaps (1<->6, 2<->5, 3<->4), an odd number.",
            ),
            Mistake(
                0.0,
                "A is not triangular, but it is not singular either: its rows are multiples of "
                "different unit vectors, so they are independent. Swap rows to make it diagonal.",
            ),
        ],
    )
)


# q4: area of a triangle ----------------------------------------------------------------------
def triangle_area(p, q, r):
    """Reference: area of the triangle with corners p, q, r (each shape (2,))."""
    p, q, r = (np.asarray(v, dtype=float) for v in (p, q, r))
    edges = np.column_stack([q - p, r - p])
    return 0.5 * abs(float(np.linalg.det(edges)))


def _signed_area(p, q, r):
    p, q, r = (np.asarray(v, dtype=float) for v in (p, q, r))
    return 0.5 * float(np.linalg.det(np.column_stack([q - p, r - p])))


exercises.add(
    FunctionExercise(
        "Write triangle_area(p, q, r): p, q, r are arrays of shape (2,), the corners of a "
        "triangle; return its area as a float, using a 2 x 2 determinant.",
        reference=triangle_area,
        cases=[
            (np.array([0.0, 0.0]), np.array([4.0, 0.0]), np.array([0.0, 3.0])),
            (np.array([1.0, 1.0]), np.array([2.0, 5.0]), np.array([6.0, 2.0])),  # clockwise
            (np.array([-2.0, 3.0]), np.array([1.5, -1.0]), np.array([4.0, 4.0])),
            (np.array([2.0, 2.0]), np.array([3.0, 3.0]), np.array([5.0, 5.0])),  # on a line
        ],
        hint="The edges q - p and r - p span a parallelogram of area |det [q - p, r - p]|; the "
        "triangle is half of it.",
        solution_code="def triangle_area(p, q, r):\n"
        "    edges = np.column_stack([q - p, r - p])   # the two edges from p, as columns\n"
        "    return 0.5 * abs(np.linalg.det(edges))",
        mistakes=[
            Mistake(
                lambda p, q, r: abs(2 * _signed_area(p, q, r)),
                "|det [q - p, r - p]| is the area of the parallelogram spanned by the two edges; "
                "the triangle is half of it.",
            ),
            Mistake(
                _signed_area,
                "The determinant is negative when p, q, r go round clockwise. An area is never "
                "negative: take the absolute value.",
            ),
            Mistake(
                lambda p, q, r: 0.5 * abs(float(np.linalg.det(np.column_stack([q, r])))),
                "det [q, r] measures the triangle with corners 0, q, r. Use the edges from p: "
                "q - p and r - p.",
            ),
        ],
    )
)

# q5: what a tiny determinant tells you ----------------------------------------------------------
exercises.add(
    ChoiceExercise(
        "A 50 x 50 matrix A has det A = 1e-40. What can you conclude from this number alone?",
        options={
            "a": "A is nearly singular, so solving A x = b will be inaccurate.",
            "b": "Nothing about how close A is to singular: check its condition number instead.",
            "c": "A is singular, because 1e-40 is zero up to rounding.",
            "d": "All entries of A are tiny.",
        },
        expected="b",
        hint="det(cA) = c^n det A. What is det(0.158 I) for the 50 x 50 identity I, and how well "
        "can you solve a system with that matrix?",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "0.158 I (50 x 50) has det = 0.158^50, about 1e-40, yet it is perfectly conditioned "
                "(cond = 1): x = b / 0.158 exactly. The size of det depends on the scale and on n.",
            ),
            Mistake(
                "c",
                "Rounding errors are relative: 1e-40 is a perfectly representable non-zero number, "
                "and 0.158 I (50 x 50) has this determinant while being trivially invertible.",
            ),
            Mistake(
                "d",
                "A = diag(1e-40, 1, 1, ..., 1) has det 1e-40 with only one small entry; so does a "
                "matrix with some huge and some tiny entries.",
            ),
        ],
    )
)


# q6: the Gaussian normaliser in log space ------------------------------------------------------
def gaussian_log_normaliser(cov):
    """Reference: log of 1 / sqrt((2 pi)^d det cov) for a (d, d) covariance matrix."""
    cov = np.asarray(cov, dtype=float)
    d = cov.shape[0]
    _, log_det = np.linalg.slogdet(cov)
    return float(-0.5 * (d * np.log(2 * np.pi) + log_det))


def _gaussian_cases():
    rng = np.random.default_rng(9)
    factor = rng.normal(size=(3, 3))
    d = 200  # det underflows to 0.0 here: only a log-det survives
    equicorrelated = 0.01 * np.eye(d) + 0.001 * np.ones((d, d))
    return [
        (np.array([[4.0]]),),
        (np.array([[2.0, 0.6], [0.6, 1.0]]),),
        (factor @ factor.T + 0.5 * np.eye(3),),
        (equicorrelated,),
    ]


def _log_det(cov):
    return float(np.linalg.slogdet(np.asarray(cov, dtype=float))[1])


exercises.add(
    FunctionExercise(
        "Write gaussian_log_normaliser(cov): cov is a (d, d) covariance matrix; return the log of "
        "the normaliser 1 / sqrt((2 pi)^d det cov) of the d-dimensional normal density, as a "
        "float. It must work for d = 200, where det cov underflows to 0.",
        reference=gaussian_log_normaliser,
        cases=_gaussian_cases,
        hint="log(1 / sqrt((2 pi)^d det S)) = -(d log(2 pi) + log det S) / 2. Get log det S "
        "without forming det S: np.linalg.slogdet(S) returns (sign, log|det S|).",
        solution_code="def gaussian_log_normaliser(cov):\n"
        "    d = cov.shape[0]\n"
        "    sign, log_det = np.linalg.slogdet(cov)\n"
        "    return -0.5 * (d * np.log(2 * np.pi) + log_det)",
        mistakes=[
            Mistake(
                lambda cov: -0.5 * len(cov) * np.log(2 * np.pi) - _log_det(cov),
                "The square root applies to det cov too: the log gives -(1/2) log det cov, not "
                "-log det cov.",
            ),
            Mistake(
                lambda cov: -0.5 * (np.log(2 * np.pi) + _log_det(cov)),
                "(2 pi)^d contributes d log(2 pi): multiply log(2 pi) by the dimension d.",
            ),
            Mistake(
                lambda cov: -0.5 * (len(cov) * np.log10(2 * np.pi) + _log_det(cov) / np.log(10)),
                "log means the natural logarithm here (np.log, and slogdet's natural log), not "
                "log10.",
            ),
        ],
    )
)
