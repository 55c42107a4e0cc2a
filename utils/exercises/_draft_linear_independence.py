"""Exercise checkers for 01-linear-algebra/07-linear-independence (draft, merged into
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

exercises = ExerciseSet("01-linear-algebra/07-linear-independence")

# q1: recognise an independent set --------------------------------------------------------------
exercises.add(
    ChoiceExercise(
        "Which set is linearly independent? (a) (1, 2), (-2, -4); (b) (1, 0), (0, 1), (1, 1); "
        "(c) (1, 0, 0), (1, 1, 0), (1, 1, 1); (d) (1, 2, 3), (0, 0, 0), (4, 5, 6); "
        "(e) (1, 1, 0), (0, 1, 1), (1, 2, 1).",
        options={
            "a": "(1, 2) and (-2, -4) in R^2",
            "b": "(1, 0), (0, 1) and (1, 1) in R^2",
            "c": "(1, 0, 0), (1, 1, 0) and (1, 1, 1) in R^3",
            "d": "(1, 2, 3), (0, 0, 0) and (4, 5, 6) in R^3",
            "e": "(1, 1, 0), (0, 1, 1) and (1, 2, 1) in R^3",
        },
        expected="c",
        hint="For each set, look for a non-trivial combination that gives the zero vector: a "
        "multiple, a zero vector, a sum. Remember that more than n vectors in R^n are always "
        "dependent.",
        solution_code='answer = "c"',
        mistakes=[
            Mistake("a", "(-2, -4) = -2 * (1, 2): the two arrows are parallel, so dependent."),
            Mistake(
                "b",
                "No two of these are parallel, but three vectors in R^2 are always dependent "
                "(at most 2 pivots): (1, 1) = (1, 0) + (0, 1).",
            ),
            Mistake(
                "d",
                "A set that contains the zero vector is always dependent: 1 * (0, 0, 0) = 0 is a "
                "non-trivial combination.",
            ),
            Mistake(
                "e",
                "No two of these are parallel, yet (1, 2, 1) = (1, 1, 0) + (0, 1, 1): all three "
                "lie in one plane. Checking pairs is not enough.",
            ),
        ],
    )
)

# q2: the coefficients of a dependent vector -------------------------------------------------------
exercises.add(
    ValueExercise(
        "v1 = (1, 0, 2, 1), v2 = (0, 1, 1, 1), v3 = (2, -1, 3, 1) and v3 = a v1 + b v2. "
        "Give np.array([a, b]).",
        expected=np.array([2.0, -1.0]),
        hint="The first two entries of a v1 + b v2 are (a, b), because v1 starts with (1, 0) and "
        "v2 with (0, 1). Match them with v3, then check the last two entries.",
        solution_code="answer = np.array([2, -1])",
        mistakes=[
            Mistake(
                np.array([-2.0, 1.0]),
                "The signs are flipped. From the relation 2 v1 - v2 - v3 = 0, solve for v3: "
                "v3 = 2 v1 - v2.",
            ),
            Mistake(
                np.array([-1.0, 2.0]),
                "a and b are swapped: a multiplies v1 = (1, 0, 2, 1), so a is the first entry of v3.",
            ),
            Mistake(
                np.array([2.0, -1.0, -1.0]),
                "That is the whole dependence relation c (with -1 on v3). The question asks only "
                "for (a, b) in v3 = a v1 + b v2: an array of shape (2,).",
            ),
        ],
    )
)

# q3: the parameter that makes a set dependent ------------------------------------------------------
exercises.add(
    ValueExercise(
        "For which t are (1, 2, 3), (0, 1, 4) and (2, 5, t) linearly dependent?",
        expected=10.0,
        hint="Three vectors in R^3 are dependent exactly when the determinant of the matrix with "
        "these columns is 0. Expand it along the first row: you get a linear expression in t.",
        solution_code="answer = 10",
        mistakes=[
            Mistake(
                -10.0,
                "A sign slipped: the determinant is 1*(t - 20) - 0 + 2*(8 - 3) = t - 10, which is 0 "
                "at t = +10. Check: 2*(1, 2, 3) + (0, 1, 4) = (2, 5, 10).",
            ),
            Mistake(
                20.0,
                "You have t - 20 = 0: the cofactor expansion has three terms, and the third, "
                "+2 * (2*4 - 1*3) = 10, is missing.",
            ),
            Mistake(
                6.0,
                "(2, 5, t) is not 2 * (1, 2, 3): the second entries would be 5 and 4. The "
                "combination must use (0, 1, 4) too.",
            ),
        ],
    )
)


# q4: the first dependent column ---------------------------------------------------------------------
def first_dependent_column(A):
    """Index of the first column that is a combination of the earlier ones, or -1."""
    A = np.asarray(A, dtype=float)
    for j in range(A.shape[1]):
        if np.linalg.matrix_rank(A[:, : j + 1]) <= j:
            return j
    return -1


def _counting_from_one(A):
    j = first_dependent_column(A)
    return j + 1 if j >= 0 else -1


def _pairwise_parallel(A):
    """The misconception: a column is dependent only if it is zero or parallel to an earlier one."""
    A = np.asarray(A, dtype=float)
    for j in range(A.shape[1]):
        if np.linalg.matrix_rank(A[:, [j]]) == 0:
            return j
        for i in range(j):
            if np.linalg.matrix_rank(A[:, [i, j]]) < 2:
                return j
    return -1


def _last_column_if_dependent(A):
    A = np.asarray(A, dtype=float)
    return -1 if np.linalg.matrix_rank(A) == A.shape[1] else A.shape[1] - 1


def _cases_q4():
    rng = np.random.default_rng(7)
    a, b, c = rng.normal(size=(3, 4))
    random_independent = rng.normal(size=(5, 3))
    return [
        (np.array([[1.0, 4.0, 7.0], [2.0, 5.0, 8.0], [3.0, 6.0, 9.0]]),),  # 2
        (np.eye(3),),  # -1
        (np.array([[1.0, 2.0, 0.0], [0.0, 0.0, 1.0]]),),  # 1: (2, 0) = 2 (1, 0)
        (np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [0.0, 0.0, 0.0]]),),  # 2: no two parallel
        (random_independent,),  # -1
        (np.column_stack([a, a + b, c, b]),),  # 3: column 1 uses a LATER column
        (rng.normal(size=(2, 4)),),  # 2: more than n vectors in R^n
        (np.array([[0.0, 1.0], [0.0, 2.0]]),),  # 0: a zero first column
    ]


exercises.add(
    FunctionExercise(
        "Write first_dependent_column(A): the index (from 0) of the first column of A that is a "
        "combination of the columns before it, or -1 if the columns are independent.",
        reference=first_dependent_column,
        cases=_cases_q4,
        hint="Column j adds nothing exactly when np.linalg.matrix_rank(A[:, :j+1]) is no larger "
        "than the rank of A[:, :j] (which is j if you stop at the first such column). Or: the "
        "first index that is not in pivot_columns(A).",
        solution_code=(
            "def first_dependent_column(A):\n"
            "    A = np.asarray(A, dtype=float)\n"
            "    for j in range(A.shape[1]):\n"
            "        if np.linalg.matrix_rank(A[:, : j + 1]) <= j:  # column j added nothing\n"
            "            return j\n"
            "    return -1"
        ),
        mistakes=[
            Mistake(
                _counting_from_one,
                "Off by one: NumPy counts columns from 0, so the first column has index 0.",
            ),
            Mistake(
                _pairwise_parallel,
                "Comparing columns in pairs misses a column that is a combination of two or more "
                "earlier ones, like (1, 1, 0) = (1, 0, 0) + (0, 1, 0). Compare ranks of A[:, :j+1] "
                "instead.",
            ),
            Mistake(
                _last_column_if_dependent,
                "The last column is not always the culprit. Find the FIRST j at which column j "
                "adds nothing to the rank of the columns before it.",
            ),
        ],
    )
)

# q5: the member of the family of exact solutions with a zero on the redundant column ------------------
# NIST StRD certified coefficients for Longley (GNPDEFL, GNP, UNEMP, ARMED, POP, YEAR), then 0.
_NIST_LONGLEY = [
    15.0618722713733,
    -0.0358191792925910,
    -2.02022980381683,
    -1.03322686717359,
    -0.0511041056535807,
    1829.15146461355,
]
# scikit-learn's minimum-norm weights for the seven columns (the sixth column plus UNEMP + ARMED)
_W_MIN = np.array(
    [
        15.06187227137329,
        -0.03581917929259099,
        -1.002410913525700,
        -0.01540797688246773,
        -0.05110410565358141,
        1829.151464613552,
        -1.017818890291124,
    ]
)
_RELATION = np.array([0.0, 0.0, 1.0, 1.0, 0.0, 0.0, -1.0])

exercises.add(
    ValueExercise(
        "From w_min (section 5.3), give the weight vector of shape (7,) with the same predictions "
        "and 0 as its last entry.",
        expected=np.array(_NIST_LONGLEY + [0.0]),
        hint="Every weight vector with the same predictions is w_min + t * c with "
        "c = (0, 0, 1, 1, 0, 0, -1). Choose t so that the last entry becomes 0.",
        solution_code=(
            "from sklearn.linear_model import LinearRegression\n"
            "from utils import datasets\n\n"
            "longley = datasets.load('longley')\n"
            "X = longley[['GNPDEFL', 'GNP', 'UNEMP', 'ARMED', 'POP', 'YEAR']].to_numpy()\n"
            "X_sum = np.column_stack([X, X[:, 2] + X[:, 3]])\n"
            "w_min = LinearRegression().fit(X_sum, longley['TOTEMP'].to_numpy()).coef_\n"
            "relation = np.array([0, 0, 1, 1, 0, 0, -1.0])\n"
            "answer = w_min + w_min[-1] * relation"
        ),
        rtol=1e-6,
        atol=1e-8,
        mistakes=[
            Mistake(
                _W_MIN * (1 - np.eye(7)[-1]),
                "Setting the last weight to 0 without compensating changes the predictions. "
                "w7 * (UNEMP + ARMED) = w7 * UNEMP + w7 * ARMED: move w7 onto the UNEMP and ARMED "
                "weights (add it to both) before setting it to 0.",
            ),
            Mistake(
                _W_MIN - _W_MIN[-1] * _RELATION - 2 * _W_MIN[-1] * np.eye(7)[-1],
                "A sign slipped: w_min + t * c has last entry w7 - t, so t = +w7, which ADDS w7 to "
                "the UNEMP and ARMED weights.",
            ),
        ],
    )
)
