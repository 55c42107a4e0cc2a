"""Exercise checkers for 01-linear-algebra/03-matrix-operations (draft, merged into linear_algebra.py)."""

from __future__ import annotations

import numpy as np

from utils.exercises._core import (
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

exercises = ExerciseSet("01-linear-algebra/03-matrix-operations")

# q1: a product by hand ------------------------------------------------------------------------
_A1 = np.array([[2.0, -1.0, 0.0], [1.0, 3.0, 2.0]])  # (2, 3)
_B1 = np.array([[1.0, 0.0], [4.0, -2.0], [-1.0, 3.0]])  # (3, 2)

exercises.add(
    ValueExercise(
        "For A = [[2, -1, 0], [1, 3, 2]] and B = [[1, 0], [4, -2], [-1, 3]], compute the "
        "product AB (a 2 x 2 array).",
        expected=_A1 @ _B1,
        hint="Entry (i, j) of AB is row i of A dotted with column j of B: c_ij = sum_k a_ik b_kj. "
        "A is 2 x 3 and B is 3 x 2, so AB is 2 x 2.",
        solution_code=(
            "A = np.array([[2.0, -1.0, 0.0], [1.0, 3.0, 2.0]])\n"
            "B = np.array([[1.0, 0.0], [4.0, -2.0], [-1.0, 3.0]])\n"
            "answer = A @ B  # [[-2, 2], [11, 0]]"
        ),
        mistakes=[
            Mistake(
                _B1 @ _A1,
                "That is BA, a 3 x 3 matrix. The order matters: AB uses the ROWS of A and the "
                "COLUMNS of B, and (2 x 3)(3 x 2) gives 2 x 2.",
            ),
            Mistake(
                (_A1 @ _B1).T,
                "Your entries are in transposed positions. Entry (i, j) comes from row i of A and "
                "column j of B; you put it at (j, i).",
            ),
            Mistake(
                _A1 * _B1.T,
                "That multiplies matching entries (A * B.T, an elementwise product). A matrix "
                "product ADDS the products along a row of A and a column of B.",
            ),
        ],
    )
)

# q2: batch predictions, @ versus * -----------------------------------------------------------
_X2 = np.array([[1.0, 2.0, 0.0], [0.0, 1.0, -1.0], [2.0, 0.0, 1.0], [1.0, 1.0, 1.0]])  # (4, 3)
_w2 = np.array([0.5, -1.0, 2.0])
_b2 = 1.0

exercises.add(
    ValueExercise(
        "For the data matrix X = [[1, 2, 0], [0, 1, -1], [2, 0, 1], [1, 1, 1]] (4 examples, "
        "3 features), weights w = (0.5, -1, 2) and bias b = 1, compute the predictions "
        "X w + b as an array of shape (4,).",
        expected=_X2 @ _w2 + _b2,
        hint="X @ w has shape (4, 3) @ (3,) -> (4,): one dot product per row (example). Then "
        "add the bias b to every entry.",
        solution_code=(
            "X = np.array([[1.0, 2.0, 0.0], [0.0, 1.0, -1.0], [2.0, 0.0, 1.0], [1.0, 1.0, 1.0]])\n"
            "w = np.array([0.5, -1.0, 2.0])\n"
            "b = 1.0\n"
            "answer = X @ w + b  # [-0.5, -2.0, 4.0, 2.5]"
        ),
        mistakes=[
            Mistake(
                _X2 * _w2 + _b2,
                "X * w is the ELEMENTWISE product: broadcasting scales each column of X by one "
                "weight and keeps the shape (4, 3). Use X @ w, which also sums over the features.",
            ),
            Mistake(
                _X2 @ _w2,
                "Almost: these are the X w part only. Add the bias b = 1 to every prediction.",
            ),
        ],
    )
)

# q3: the transpose of a product of three ----------------------------------------------------
exercises.add(
    ChoiceExercise(
        "A is 2 x 3, B is 3 x 4 and C is 4 x 5. Which expression equals (ABC)^T?",
        options={
            "a": "A^T B^T C^T",
            "b": "C^T B^T A^T",
            "c": "C B A",
            "d": "(ABC)^T cannot be simplified",
        },
        expected="b",
        hint="Use (MN)^T = N^T M^T twice, with M = AB and N = C. Then check the shapes: "
        "(ABC)^T must be 5 x 2.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "A^T B^T C^T is not even defined: A^T is 3 x 2 and B^T is 4 x 3, and 2 != 4. "
                "Transposing a product reverses the order of the factors.",
            ),
            Mistake(
                "c",
                "The order does reverse, but each factor must be transposed too: CBA is not "
                "defined here either (C is 4 x 5, B is 3 x 4).",
            ),
            Mistake(
                "d",
                "It can: apply (MN)^T = N^T M^T to M = AB and N = C, then to AB itself.",
            ),
        ],
    )
)

# q4: the cost of (AB)x versus A(Bx) ---------------------------------------------------------
_n4 = 500

exercises.add(
    ValueExercise(
        "A and B are 500 x 500 and x has 500 entries. Counting 2mnp flops for an (m x n)(n x p) "
        "product, give the tuple (flops for (AB)x, flops for A(Bx)).",
        expected=(2 * _n4**3 + 2 * _n4**2, 4 * _n4**2),
        hint="(AB)x: first the matrix product AB (m = n = p = 500), then a matrix times a vector "
        "(p = 1). A(Bx): two matrix-vector products, each with p = 1.",
        solution_code=(
            "n = 500\n"
            "flops_AB_first = 2 * n * n * n + 2 * n * n * 1  # AB, then (AB) x\n"
            "flops_Bx_first = 2 * n * n * 1 + 2 * n * n * 1  # Bx, then A (Bx)\n"
            "answer = (flops_AB_first, flops_Bx_first)  # (250_500_000, 1_000_000)"
        ),
        mistakes=[
            Mistake(
                (_n4**3 + _n4**2, 2 * _n4**2),
                "You counted the multiplications only. Each of the n terms of a sum also needs an "
                "addition, which is where the 2 in 2mnp comes from.",
            ),
            Mistake(
                (4 * _n4**2, 2 * _n4**3 + 2 * _n4**2),
                "The two counts are swapped: (AB)x builds the 500 x 500 matrix AB first, which is "
                "the expensive part.",
            ),
            Mistake(
                (_n4 * _n4 * (2 * _n4 - 1) + _n4 * (2 * _n4 - 1), 2 * _n4 * (2 * _n4 - 1)),
                "You used the exact count mp(2n - 1). That is right, but this exercise asks for "
                "the usual approximation 2mnp for every product: use 2 * m * n * p.",
            ),
            Mistake(
                (2 * _n4**3, 2 * _n4**2),
                "Each order needs TWO products. Add the cost of the second one: (AB) times x, and "
                "A times the vector Bx.",
            ),
        ],
    )
)


# q5: two linear layers collapse into one -----------------------------------------------------
def collapse(W1, b1, W2, b2):
    """(W, b) with X @ W + b == (X @ W1 + b1) @ W2 + b2 for every X."""
    return W1 @ W2, b1 @ W2 + b2


def _forgot_first_bias(W1, b1, W2, b2):
    return W1 @ W2, b2


def _transposed_weights(W1, b1, W2, b2):
    return W2.T @ W1.T, b1 @ W2 + b2


def _collapse_cases():
    rng = np.random.default_rng(3)
    shapes = [(4, 5, 3), (2, 6, 1), (3, 3, 3)]  # (d, h, k): features, hidden units, outputs
    return [
        (
            rng.normal(size=(d, h)),
            rng.normal(size=h),
            rng.normal(size=(h, k)),
            rng.normal(size=k),
        )
        for d, h, k in shapes
    ]


exercises.add(
    FunctionExercise(
        "Write collapse(W1, b1, W2, b2) returning a tuple (W, b) such that "
        "X @ W + b == (X @ W1 + b1) @ W2 + b2 for every data matrix X. Shapes: W1 (d, h), "
        "b1 (h,), W2 (h, k), b2 (k,); W must be (d, k) and b (k,).",
        reference=collapse,
        cases=_collapse_cases,
        hint="Expand (X W1 + b1) W2 + b2 with distributivity, then group with associativity: "
        "X (W1 W2) + (b1 W2 + b2).",
        solution_code=(
            "def collapse(W1, b1, W2, b2):\n"
            "    W = W1 @ W2  # (d, h) @ (h, k) -> (d, k)\n"
            "    b = b1 @ W2 + b2  # the first bias also passes through W2\n"
            "    return W, b"
        ),
        mistakes=[
            Mistake(
                _forgot_first_bias,
                "W is right, but b is missing the first layer's bias. b1 is added BEFORE the "
                "multiplication by W2, so it comes out as b1 @ W2: b = b1 @ W2 + b2.",
            ),
            Mistake(
                _transposed_weights,
                "W2.T @ W1.T = (W1 W2)^T has shape (k, d): it is the transpose of W. With one "
                "example per ROW of X, W must map d features to k outputs: W = W1 @ W2.",
            ),
        ],
    )
)
