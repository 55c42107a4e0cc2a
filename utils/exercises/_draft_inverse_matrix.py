"""Exercise checkers for 01-linear-algebra/10-inverse-matrix (draft, merged into
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

exercises = ExerciseSet("01-linear-algebra/10-inverse-matrix")

# q1: the 2 x 2 formula ---------------------------------------------------------------------
_A1 = np.array([[4.0, 7.0], [2.0, 6.0]])  # det = 4*6 - 7*2 = 10
exercises.add(
    ValueExercise(
        "Invert A = [[4, 7], [2, 6]] with the 2 x 2 formula; give A^{-1} as a (2, 2) array.",
        expected=np.array([[6.0, -7.0], [-2.0, 4.0]]) / 10,
        hint="Swap the two diagonal entries, change the sign of the two off-diagonal entries, "
        "and divide everything by det A = ad - bc.",
        solution_code="a, b, c, d = 4, 7, 2, 6\n"
        "det = a * d - b * c              # 10\n"
        "answer = np.array([[d, -b],\n"
        "                   [-c, a]]) / det",
        mistakes=[
            Mistake(
                1 / _A1,
                "That is the entrywise reciprocal 1 / A. The inverse undoes the map; it is "
                "not made of 1 / a_ij. Use the 2 x 2 formula (d, -b; -c, a) / (ad - bc).",
            ),
            Mistake(
                np.array([[6.0, -7.0], [-2.0, 4.0]]),
                "You forgot to divide by det A = 4*6 - 7*2 = 10. Check: A times your matrix "
                "gives 10 I, not I.",
            ),
            Mistake(
                np.array([[6.0, 7.0], [2.0, 4.0]]) / 10,
                "The off-diagonal entries change sign: the formula is (d, -b; -c, a) / det.",
            ),
            Mistake(
                np.array([[4.0, -7.0], [-2.0, 6.0]]) / 10,
                "The two diagonal entries swap places: a and d trade, so the top-left entry "
                "is d / det = 6 / 10.",
            ),
        ],
    )
)

# q2: (AB)^{-1} and transposes, without inverting anything ------------------------------------
_A2_INV = np.array([[1.0, 2.0], [0.0, 1.0]])
_B2_INV = np.array([[2.0, 0.0], [1.0, 1.0]])
exercises.add(
    ValueExercise(
        "Given A_inv = [[1, 2], [0, 1]] and B_inv = [[2, 0], [1, 1]], compute ((A B)^T)^{-1} "
        "without calling any inverse or solve function; give a (2, 2) array.",
        expected=_A2_INV.T @ _B2_INV.T,
        hint="Two rules: (A B)^{-1} = B^{-1} A^{-1} (the order reverses), and the inverse of a "
        "transpose is the transpose of the inverse. Combine them, one step at a time.",
        solution_code="A_inv = np.array([[1, 2], [0, 1]])\n"
        "B_inv = np.array([[2, 0], [1, 1]])\n"
        "# ((A B)^T)^{-1} = ((A B)^{-1})^T = (B^{-1} A^{-1})^T = (A^{-1})^T (B^{-1})^T\n"
        "answer = A_inv.T @ B_inv.T",
        mistakes=[
            Mistake(
                _B2_INV @ _A2_INV,
                "That is (A B)^{-1}, without the transpose. Transpose it: "
                "((A B)^T)^{-1} = ((A B)^{-1})^T.",
            ),
            Mistake(
                _A2_INV @ _B2_INV,
                "The order reverses: (A B)^{-1} = B^{-1} A^{-1}, not A^{-1} B^{-1}. "
                "Then transpose that.",
            ),
            Mistake(
                _B2_INV.T @ _A2_INV.T,
                "That is (A^{-1} B^{-1})^T: the order was not reversed. Start from "
                "(A B)^{-1} = B^{-1} A^{-1} and transpose it, which reverses the order again.",
            ),
        ],
    )
)

# q3: an elementary matrix and its inverse --------------------------------------------------
_E3 = np.eye(3)
_E3[2, 0] = -4.0
_E3_INV = np.eye(3)
_E3_INV[2, 0] = 4.0
exercises.add(
    ValueExercise(
        "Give the 3 x 3 elementary matrix E for the row operation R3 <- R3 - 4 R1 and its inverse, "
        "as a tuple (E, E_inv) of (3, 3) arrays.",
        expected=(_E3, _E3_INV),
        hint="Apply the row operation to the identity matrix to get E. The inverse operation "
        "undoes it: add 4 R1 back to R3.",
        solution_code="E = np.eye(3)\n"
        "E[2, 0] = -4      # row 3 gets -4 times row 1\n"
        "E_inv = np.eye(3)\n"
        "E_inv[2, 0] = 4   # add 4 R1 back to R3\n"
        "answer = (E, E_inv)",
        mistakes=[
            Mistake(
                (_E3, _E3),
                "E is right, but E @ E subtracts 4 R1 twice instead of undoing the step. The "
                "inverse operation adds 4 R1 back: entry (3, 1) of E_inv is +4.",
            ),
            Mistake(
                (_E3.T, _E3_INV.T),
                "The -4 belongs in row 3, column 1 (index [2, 0]): row i of E @ A is a "
                "combination of the rows of A with the weights in row i of E.",
            ),
        ],
    )
)


# q4: Gauss-Jordan solve with partial pivoting ----------------------------------------------
def gauss_jordan_solve(A, b):
    """Reference: x with A x = b, for the tests (NumPy's LU-based solver)."""
    return np.linalg.solve(np.asarray(A, dtype=float), np.asarray(b, dtype=float))


def _gauss_jordan_without_pivoting(A, b):
    """Typical mistake: take the first non-zero pivot, however tiny."""
    A = np.array(A, dtype=float)
    n = A.shape[0]
    augmented = np.column_stack([A, np.array(b, dtype=float)])
    for k in range(n):
        p = k + int(np.flatnonzero(augmented[k:, k])[0])
        augmented[[k, p]] = augmented[[p, k]]
        augmented[k] /= augmented[k, k]
        for i in range(n):
            if i != k:
                augmented[i] -= augmented[i, k] * augmented[k]
    return augmented[:, -1]


def _gaussian_elimination_only(A, b):
    """Typical mistake: clear only below each pivot, then read off the last column."""
    A = np.array(A, dtype=float)
    n = A.shape[0]
    augmented = np.column_stack([A, np.array(b, dtype=float)])
    for k in range(n):
        p = k + int(np.argmax(np.abs(augmented[k:, k])))
        augmented[[k, p]] = augmented[[p, k]]
        augmented[k] /= augmented[k, k]
        for i in range(k + 1, n):
            augmented[i] -= augmented[i, k] * augmented[k]
    return augmented[:, -1]


def _solve_cases():
    rng = np.random.default_rng(10)
    return [
        (rng.standard_normal((3, 3)), rng.standard_normal(3)),
        (np.array([[0.0, 2.0, 1.0], [1.0, 1.0, 0.0], [2.0, 1.0, 3.0]]), np.array([1.0, 2.0, 3.0])),
        (rng.standard_normal((5, 5)), rng.standard_normal(5)),
        (np.array([[1e-20, 1.0], [1.0, 1.0]]), np.array([1.0, 2.0])),
        (np.array([[4.0]]), np.array([2.0])),
    ]


exercises.add(
    FunctionExercise(
        "Write gauss_jordan_solve(A, b): solve A x = b for square invertible A (n, n) and b (n,) "
        "by Gauss-Jordan elimination with partial pivoting on [A | b]; return x of shape (n,).",
        reference=gauss_jordan_solve,
        cases=_solve_cases,
        hint="Stack [A | b] with np.column_stack. For each column k: swap up the row (from k "
        "down) with the largest |entry| in column k, divide that row by its pivot, then "
        "subtract multiples of it from EVERY other row, above and below. The last column "
        "is then x.",
        solution_code="def gauss_jordan_solve(A, b):\n"
        "    A = np.array(A, dtype=float)\n"
        "    n = A.shape[0]\n"
        "    augmented = np.column_stack([A, np.array(b, dtype=float)])   # [A | b]\n"
        "    for k in range(n):\n"
        "        p = k + int(np.argmax(np.abs(augmented[k:, k])))   # largest pivot candidate\n"
        "        augmented[[k, p]] = augmented[[p, k]]                # swap it up\n"
        "        augmented[k] /= augmented[k, k]                      # pivot becomes 1\n"
        "        for i in range(n):                                   # clear column k above and below\n"
        "            if i != k:\n"
        "                augmented[i] -= augmented[i, k] * augmented[k]\n"
        "    return augmented[:, -1]                                  # [I | x]",
        mistakes=[
            Mistake(
                _gauss_jordan_without_pivoting,
                "Your function fails on [[1e-20, 1], [1, 1]]: it divides by the tiny pivot "
                "1e-20, and the huge multiples (1e20) wipe out the other digits. Use partial "
                "pivoting: at step k swap up the row with the LARGEST |entry| in column k.",
            ),
            Mistake(
                _gaussian_elimination_only,
                "You cleared only the entries BELOW each pivot, so the left block is upper "
                "triangular, not I, and the last column is not yet x. Gauss-Jordan also "
                "clears the entries above each pivot (loop over every row i != k).",
            ),
        ],
    )
)

# q5: what a small residual means ------------------------------------------------------------
exercises.add(
    ChoiceExercise(
        "A has condition number about 1e10. You solved A x = b with np.linalg.solve and the "
        "relative residual |b - A x| / (|A| |x|) is 1e-16. What can you conclude?",
        options={
            "a": "x is correct to about 15 significant digits.",
            "b": "x is the exact solution of a system whose matrix differs from A by about "
            "1e-16 relatively; its relative error can still be as large as about 1e10 * 1e-16 "
            "= 1e-6.",
            "c": "A must be well conditioned after all, or the residual could not be so small.",
            "d": "x = np.linalg.inv(A) @ b would have been more accurate.",
        },
        expected="b",
        hint="A small residual is a statement about a NEARBY problem (backward error). The "
        "error in x is at most the condition number times that.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "A small residual does not mean a small error: the error can be up to "
                "kappa(A) times the relative residual, here 1e10 * 1e-16 = 1e-6.",
            ),
            Mistake(
                "c",
                "LU with partial pivoting keeps the residual near 1e-16 whatever the condition "
                "number: the residual says nothing about how well conditioned A is.",
            ),
            Mistake(
                "d",
                "The inverse route is not more accurate: its residual grows like "
                "kappa(A) * 1e-16, and its error is typically larger than solve's, not smaller.",
            ),
        ],
    )
)

# q6: forming X^T X squares the condition number ---------------------------------------------
exercises.add(
    ValueExercise(
        "X = U diag(s) V^T with U (5 x 3) having orthonormal columns, V (3 x 3) orthogonal and "
        "s = (200, 10, 0.02). Give (cond(X), cond(X^T X)) as a tuple of two numbers.",
        expected=(1e4, 1e8),
        hint="cond is the largest stretch over the smallest: s_max / s_min. And "
        "X^T X = V diag(s)^2 V^T, because U^T U = I.",
        solution_code="s = np.array([200, 10, 0.02])\n"
        "cond_X = s.max() / s.min()                  # 1e4\n"
        "cond_gram = (s**2).max() / (s**2).min()     # X^T X = V diag(s^2) V^T: 1e8\n"
        "answer = (cond_X, cond_gram)",
        mistakes=[
            Mistake(
                (1e4, 1e4),
                "cond(X) is right, but X^T X = V diag(s)^2 V^T stretches by s_i^2, so its "
                "condition number is (s_max / s_min)^2 = 1e8.",
            ),
            Mistake(
                (1e-4, 1e-8),
                "Upside down: the condition number is the LARGEST stretch over the smallest, "
                "so it is at least 1.",
            ),
        ],
    )
)
