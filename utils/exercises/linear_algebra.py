"""Exercise checkers for 01-linear-algebra: one ExerciseSet per notebook, in course order.

The checkers of each notebook sit under its own heading; `exercises_for("01-linear-algebra/<notebook>")`
returns them (see utils/exercises/__init__.py).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from utils.exercises._core import (
    INCORRECT,
    CheckResult,
    ChoiceExercise,
    ExerciseSet,
    FunctionExercise,
    Mistake,
    ValueExercise,
)

# ==============================================================================================
# scalars vectors matrices
# ==============================================================================================

scalars_vectors_matrices = ExerciseSet("01-linear-algebra/01-scalars-vectors-matrices")

# q1: read shapes -----------------------------------------------------------------------------
scalars_vectors_matrices.add(
    ValueExercise(
        "For A = np.arange(15).reshape(3, 5), give the shapes of A.T, A[1], A[:, [2]] and "
        "A[1:2, :] as a tuple of four tuples.",
        expected=((5, 3), (5,), (3, 1), (1, 5)),
        hint="Transposing swaps the two lengths. A single integer index removes its axis; a slice "
        "or a list of indices keeps it (with the length of the slice or list).",
        solution_code=(
            "A = np.arange(15).reshape(3, 5)\n"
            "answer = (A.T.shape, A[1].shape, A[:, [2]].shape, A[1:2, :].shape)"
        ),
        mistakes=[
            Mistake(
                ((5, 3), (1, 5), (3, 1), (1, 5)),
                "A[1] uses a single integer, so the row axis disappears: the result is the 1-D "
                "array of shape (5,), which is neither a row (1, 5) nor a column (5, 1). Only "
                "the slice A[1:2, :] keeps the row as a (1, 5) matrix.",
            ),
            Mistake(
                ((5, 3), (5,), (3,), (1, 5)),
                "A[:, [2]] indexes with a LIST [2], which keeps the column axis (of length 1): "
                "shape (3, 1). It is A[:, 2], with a plain integer, that gives shape (3,).",
            ),
            Mistake(
                ((3, 5), (5,), (3, 1), (1, 5)),
                "A.T is the transpose: the m x n matrix becomes n x m, so (3, 5) becomes (5, 3).",
            ),
        ],
    )
)


# q2: build a data matrix from examples --------------------------------------------------------
def data_matrix(examples):
    """Stack n examples (1-D arrays of length d) as the rows of X, shape (n, d)."""
    return np.vstack([np.asarray(example, dtype=float) for example in examples])


def _data_matrix_cases():
    flowers = [
        np.array([5.1, 3.5, 1.4, 0.2]),
        np.array([7.0, 3.2, 4.7, 1.4]),
        np.array([6.3, 3.3, 6.0, 2.5]),
    ]
    points = [np.array([float(k), float(k * k)]) for k in range(-2, 3)]
    single = [np.array([1.0, -2.0, 0.5])]
    return [(flowers,), (points,), (single,)]


scalars_vectors_matrices.add(
    FunctionExercise(
        "Write data_matrix(examples): given a list of n examples, each a 1-D array of length d, "
        "return the data matrix X of shape (n, d) whose row i is example i.",
        reference=data_matrix,
        cases=_data_matrix_cases,
        hint="np.vstack(examples) (or np.array(examples)) stacks the 1-D arrays as ROWS. Check "
        "the shape: n examples must give n rows.",
        solution_code=("def data_matrix(examples):\n    return np.vstack(examples)"),
        mistakes=[
            Mistake(
                lambda examples: np.column_stack(examples),
                "np.column_stack puts each example in a COLUMN, giving shape (d, n). The data "
                "matrix has one example per ROW: use np.vstack(examples).",
            ),
            Mistake(
                lambda examples: np.concatenate(examples),
                "np.concatenate joins the examples end to end into one long 1-D array of length "
                "n * d. Stack them instead, so that each example keeps its own row: np.vstack.",
            ),
        ],
    )
)


# q3: distance between two flowers --------------------------------------------------------------
_FLOWER_0 = np.array([5.1, 3.5, 1.4, 0.2])  # iris rows 0, 1, 100, 101 (load_iris().data)
_FLOWER_1 = np.array([4.9, 3.0, 1.4, 0.2])
_FLOWER_100 = np.array([6.3, 3.3, 6.0, 2.5])
_FLOWER_101 = np.array([5.8, 2.7, 5.1, 1.9])


def _iris_distance() -> float:
    from sklearn.datasets import load_iris

    X = load_iris().data
    return float(np.sqrt(np.sum((X[100] - X[0]) ** 2)))


scalars_vectors_matrices.add(
    ValueExercise(
        "Compute the length of the arrow from the first iris flower to the 101st, in R^4: "
        "the distance between rows 0 and 100 of X (a float).",
        expected=_iris_distance,
        hint="The arrow from p to q has components q_i - p_i. Its length is the square root of "
        "the sum of the squared components (Pythagoras), over all 4 features.",
        solution_code=(
            "from sklearn.datasets import load_iris\n"
            "\n"
            "X = load_iris().data\n"
            "arrow = X[100] - X[0]\n"
            "answer = float(np.sqrt(np.sum(arrow**2)))"
        ),
        mistakes=[
            Mistake(
                float(np.sqrt(np.sum((_FLOWER_101 - _FLOWER_1) ** 2))),
                "NumPy counts from 0: the first flower is X[0] and the 101st is X[100]. You used "
                "X[1] and X[101], the 2nd and the 102nd flowers.",
            ),
            Mistake(
                float(np.sum((_FLOWER_100 - _FLOWER_0) ** 2)),
                "That is the SQUARED length. Pythagoras gives the length as the square root of "
                "the sum of squares.",
            ),
            Mistake(
                float(np.sqrt(np.sum((_FLOWER_100[2:] - _FLOWER_0[2:]) ** 2))),
                "You used only the two petal features (the ones in the plot). The flowers are "
                "points in R^4: use all 4 components of the arrow.",
            ),
            Mistake(
                float(np.sum(np.abs(_FLOWER_100 - _FLOWER_0))),
                "Adding the absolute components gives the distance along the grid (the L1 norm "
                "of the next notebook), not the straight-line length: square, sum, then take "
                "the square root.",
            ),
        ],
    )
)


# q4: the (n, 1) - (n,) bug by hand -------------------------------------------------------------
scalars_vectors_matrices.add(
    ValueExercise(
        "With y_true = [[1.0], [2.0], [3.0]] (shape (3, 1)) and y_pred = [1.5, 2.0, 2.0] (shape "
        "(3,)), give (the shape of y_true - y_pred, the value of np.mean((y_true - y_pred)**2), "
        "the correct mean squared error) as a tuple.",
        expected=((3, 3), 0.75, 1.25 / 3),
        rtol=1e-4,
        hint="y_pred pads to shape (1, 3); against the column (3, 1) both stretch to (3, 3), entry "
        "(i, j) = y_true_i - y_pred_j. The correct MSE pairs y_true_i with y_pred_i only: "
        "flatten y_true first (y_true.ravel()).",
        solution_code=(
            "y_true = np.array([[1.0], [2.0], [3.0]])\n"
            "y_pred = np.array([1.5, 2.0, 2.0])\n"
            "buggy = float(np.mean((y_true - y_pred) ** 2))\n"
            "correct = float(np.mean((y_true.ravel() - y_pred) ** 2))\n"
            "answer = ((y_true - y_pred).shape, buggy, correct)"
        ),
        mistakes=[
            Mistake(
                ((3,), 1.25 / 3, 1.25 / 3),
                "The subtraction does not pair the entries: (3, 1) against (3,) broadcasts to a "
                "(3, 3) table of all differences y_true_i - y_pred_j, and the mean runs over its "
                "9 entries.",
            ),
            Mistake(
                ((3, 1), 1.25 / 3, 1.25 / 3),
                "The result is not shaped like y_true: y_pred (3,) is padded on the LEFT to "
                "(1, 3), so both operands stretch and the result is (3, 3).",
            ),
            Mistake(
                ((3, 3), 6.75, 1.25 / 3),
                "6.75 is the SUM of the 9 squared differences; np.mean divides it by 9.",
            ),
            Mistake(
                ((3, 3), 0.75, 0.75),
                "The correct MSE compares each target only with its own prediction: "
                "mean of (1 - 1.5)^2, (2 - 2)^2, (3 - 2)^2.",
            ),
        ],
    )
)

# q5: a tensor of images as a data matrix -------------------------------------------------------
scalars_vectors_matrices.add(
    ChoiceExercise(
        "images has shape (1000, 28, 28): 1000 grey-scale images of 28 x 28 pixels. Which line "
        "gives the data matrix X with one image per row, as scikit-learn models expect?",
        options={
            "a": "X = images.reshape(28 * 28, 1000)",
            "b": "X = images.reshape(1000, -1)",
            "c": "X = images.reshape(28, -1)",
            "d": "X = images  (it is fine as it is)",
        },
        expected="b",
        hint="A data matrix has n rows, one per example, and d columns, one per feature (here "
        "one per pixel). reshape keeps the numbers in row-major order, so the numbers of image k "
        "stay together in the k-th block of 784.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "Shape (784, 1000) has the right size, but reshape fills it row by row: row 0 "
                "holds the 784 pixels of image 0 followed by 216 pixels of image 1, so no row "
                "or column is one image (even X.T would be scrambled).",
            ),
            Mistake(
                "c",
                "Shape (28, 28000) puts pixel rows of many images side by side: 28 rows are not "
                "1000 examples. The number of rows must be the number of images.",
            ),
            Mistake(
                "d",
                "The (1000, 28, 28) array is an order-3 tensor, not a matrix: scikit-learn "
                "requires a 2-D X and raises a ValueError for 3-D input.",
            ),
        ],
    )
)


# ==============================================================================================
# vector operations
# ==============================================================================================

vector_operations = ExerciseSet("01-linear-algebra/02-vector-operations")

# q1: the angle between two vectors, in degrees ----------------------------------------------
vector_operations.add(
    ValueExercise(
        "Compute the angle, in degrees, between a = (1, 1, 0) and b = (1, 0, 1).",
        expected=60.0,
        hint="cos(theta) = a.b / (||a||_2 ||b||_2); then theta = np.degrees(np.arccos(...)).",
        solution_code=(
            "a = np.array([1.0, 1.0, 0.0])\n"
            "b = np.array([1.0, 0.0, 1.0])\n"
            "cos_theta = a @ b / (np.linalg.norm(a) * np.linalg.norm(b))\n"
            "answer = float(np.degrees(np.arccos(cos_theta)))"
        ),
        mistakes=[
            Mistake(
                np.pi / 3,
                "That is the angle in radians: np.arccos returns radians. Convert with "
                "np.degrees(...) (or multiply by 180 / pi).",
            ),
            Mistake(
                0.5,
                "0.5 is cos(theta), not theta. Take np.arccos of it, then convert to degrees.",
            ),
            Mistake(
                0.0,
                "arccos(a.b) = arccos(1) = 0: divide the dot product by ||a||_2 ||b||_2 first. "
                "Both vectors have length sqrt(2), not 1.",
            ),
        ],
    )
)

# q2: the three norms --------------------------------------------------------------------------
vector_operations.add(
    ValueExercise(
        "For x = (3, -4, -12), give the tuple (L1 norm, L2 norm, L-infinity norm).",
        expected=(19.0, 13.0, 12.0),
        hint="L1: sum of absolute values. L2: square root of the sum of squares. "
        "L-infinity: the largest absolute value.",
        solution_code=(
            "x = np.array([3.0, -4.0, -12.0])\n"
            "answer = (np.sum(np.abs(x)), np.sqrt(np.sum(x**2)), np.max(np.abs(x)))"
        ),
        mistakes=[
            Mistake(
                (-13.0, 13.0, 12.0),
                "The L1 norm adds ABSOLUTE values: |3| + |-4| + |-12| = 19. A norm is never negative.",
            ),
            Mistake(
                (19.0, 169.0, 12.0),
                "169 is the SQUARED L2 norm, x.x. The L2 norm is its square root.",
            ),
            Mistake(
                (19.0, 13.0, 3.0),
                "The L-infinity norm is the largest ABSOLUTE value, max |x_i| = |-12| = 12, "
                "not the largest signed entry.",
            ),
            Mistake(
                (13.0, 19.0, 12.0),
                "The first two are swapped: L1 (sum of |x_i|) is 19, L2 (the length) is 13. "
                "Remember ||x||_2 <= ||x||_1 always.",
            ),
        ],
    )
)

# q3: scaling and the sign of the cosine similarity -------------------------------------------
vector_operations.add(
    ChoiceExercise(
        "a and b are non-zero vectors with cosine similarity 0.6. What is the cosine similarity "
        "of -3a and b?",
        options={
            "a": "0.6: cosine similarity ignores scaling",
            "b": "-0.6",
            "c": "-1.8",
            "d": "undefined, because -3a points the other way",
        },
        expected="b",
        hint="Write out (-3a).b / (||-3a||_2 ||b||_2): the numerator gets a factor -3, the "
        "denominator a factor |-3| = 3.",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "Cosine similarity ignores POSITIVE scaling. A negative factor reverses the "
                "direction: -3 / |-3| = -1 flips the sign.",
            ),
            Mistake(
                "c",
                "The factor 3 cancels: it appears in the numerator (-3 a.b) and in the "
                "denominator (||-3a||_2 = 3 ||a||_2). Only the sign survives.",
            ),
            Mistake(
                "d",
                "Cosine similarity is undefined only when a vector is ZERO. -3a is non-zero; it "
                "simply points in the opposite direction to a.",
            ),
        ],
    )
)

# q4: projection length ------------------------------------------------------------------------
vector_operations.add(
    ValueExercise(
        "How far does a = (2, 3, 6) reach in the direction of b = (1, 2, 2)? Compute the signed "
        "projection length ||a||_2 cos(theta) = a.b / ||b||_2.",
        expected=20.0 / 3.0,
        hint="a.b = 2 + 6 + 12 = 20 and ||b||_2 = sqrt(1 + 4 + 4) = 3.",
        solution_code=(
            "a = np.array([2.0, 3.0, 6.0])\n"
            "b = np.array([1.0, 2.0, 2.0])\n"
            "answer = float(a @ b / np.linalg.norm(b))"
        ),
        mistakes=[
            Mistake(
                20.0,
                "20 is the dot product a.b = ||a|| ||b|| cos(theta): it still contains the "
                "factor ||b||_2 = 3. Divide by it.",
            ),
            Mistake(
                20.0 / 9.0,
                "You divided by ||b||_2 squared. a.b / ||b||^2 is the coefficient of the "
                "projection VECTOR (it multiplies b); the length divides by ||b||_2 once.",
            ),
            Mistake(
                20.0 / 7.0,
                "You divided by ||a||_2 = 7: that is how far b reaches in the direction of a. "
                "Projecting a onto b divides by the length of b.",
            ),
        ],
    )
)


# q5: cosine nearest neighbours ----------------------------------------------------------------
def cosine_top_k(X, query, k):
    """Indices of the k rows of X (n, d) most cosine-similar to query (d,), most similar first."""
    X, query = np.asarray(X, dtype=float), np.asarray(query, dtype=float)
    scores = (X @ query) / (np.linalg.norm(X, axis=1) * np.linalg.norm(query))
    return np.argsort(-scores)[:k]


def _top_k_cases():
    rng = np.random.default_rng(5)
    cases = []
    for n, d, k in [(8, 3, 3), (12, 5, 4), (6, 2, 6)]:
        lengths = rng.uniform(0.2, 20.0, size=(n, 1))  # very different lengths
        X = rng.normal(size=(n, d)) * lengths
        cases.append((X, rng.normal(size=d) * 3.0, k))
    return cases


def _by_euclidean_distance(X, query, k):
    return np.argsort(np.linalg.norm(X - query, axis=1))[:k]


def _by_dot_product(X, query, k):
    return np.argsort(-(X @ query))[:k]


def _most_similar_last(X, query, k):
    scores = (X @ query) / (np.linalg.norm(X, axis=1) * np.linalg.norm(query))
    return np.argsort(scores)[-k:]


def _least_similar(X, query, k):
    scores = (X @ query) / (np.linalg.norm(X, axis=1) * np.linalg.norm(query))
    return np.argsort(scores)[:k]


vector_operations.add(
    FunctionExercise(
        "Write cosine_top_k(X, query, k): for X of shape (n, d) (no zero rows) and query of shape "
        "(d,), return an integer array of shape (k,) with the indices of the k rows most "
        "cosine-similar to query, the most similar first.",
        reference=cosine_top_k,
        cases=_top_k_cases,
        hint="scores = X @ query / (np.linalg.norm(X, axis=1) * np.linalg.norm(query)) has "
        "shape (n,); np.argsort(-scores)[:k] sorts it from the largest down.",
        solution_code=(
            "def cosine_top_k(X, query, k):\n"
            "    row_lengths = np.linalg.norm(X, axis=1)  # shape (n,)\n"
            "    scores = X @ query / (row_lengths * np.linalg.norm(query))\n"
            "    return np.argsort(-scores)[:k]"
        ),
        mistakes=[
            Mistake(
                _by_euclidean_distance,
                "Those are the nearest rows by Euclidean distance, which depends on length. "
                "Cosine similarity compares directions: divide X @ query by the lengths.",
            ),
            Mistake(
                _by_dot_product,
                "Ranking by the raw dot product X @ query favours LONG rows. Divide each score "
                "by ||x_i||_2 ||query||_2 to compare directions only.",
            ),
            Mistake(
                _most_similar_last,
                "np.argsort sorts from smallest to largest, so [-k:] has the right rows but the "
                "most similar LAST. Reverse it ([::-1]) or sort -scores.",
            ),
            Mistake(
                _least_similar,
                "np.argsort sorts from smallest to largest: [:k] picks the LEAST similar rows. "
                "Sort -scores instead.",
            ),
        ],
    )
)


# ==============================================================================================
# matrix operations
# ==============================================================================================

matrix_operations = ExerciseSet("01-linear-algebra/03-matrix-operations")

# q1: a product by hand ------------------------------------------------------------------------
_MATOPS_A1 = np.array([[2.0, -1.0, 0.0], [1.0, 3.0, 2.0]])  # (2, 3)
_MATOPS_B1 = np.array([[1.0, 0.0], [4.0, -2.0], [-1.0, 3.0]])  # (3, 2)

matrix_operations.add(
    ValueExercise(
        "For A = [[2, -1, 0], [1, 3, 2]] and B = [[1, 0], [4, -2], [-1, 3]], compute the "
        "product AB (a 2 x 2 array).",
        expected=_MATOPS_A1 @ _MATOPS_B1,
        hint="Entry (i, j) of AB is row i of A dotted with column j of B: c_ij = sum_k a_ik b_kj. "
        "A is 2 x 3 and B is 3 x 2, so AB is 2 x 2.",
        solution_code=(
            "A = np.array([[2.0, -1.0, 0.0], [1.0, 3.0, 2.0]])\n"
            "B = np.array([[1.0, 0.0], [4.0, -2.0], [-1.0, 3.0]])\n"
            "answer = A @ B  # [[-2, 2], [11, 0]]"
        ),
        mistakes=[
            Mistake(
                _MATOPS_B1 @ _MATOPS_A1,
                "That is BA, a 3 x 3 matrix. The order matters: AB uses the ROWS of A and the "
                "COLUMNS of B, and (2 x 3)(3 x 2) gives 2 x 2.",
            ),
            Mistake(
                (_MATOPS_A1 @ _MATOPS_B1).T,
                "Your entries are in transposed positions. Entry (i, j) comes from row i of A and "
                "column j of B; you put it at (j, i).",
            ),
            Mistake(
                _MATOPS_A1 * _MATOPS_B1.T,
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

matrix_operations.add(
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
matrix_operations.add(
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

matrix_operations.add(
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


matrix_operations.add(
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


# ==============================================================================================
# linear transformations
# ==============================================================================================

linear_transformations = ExerciseSet("01-linear-algebra/04-linear-transformations")


def _rotation(theta: float) -> np.ndarray:
    return np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])


# q1: the columns are the images of the basis vectors ---------------------------------------
linear_transformations.add(
    ValueExercise(
        "A linear map sends e1 to (2, 1) and e2 to (-1, 3). Give its matrix as a (2, 2) array.",
        expected=np.array([[2.0, -1.0], [1.0, 3.0]]),
        hint="Column j of the matrix is the image of e_j: put (2, 1) in the first COLUMN and "
        "(-1, 3) in the second.",
        solution_code="answer = np.array([[2, -1],\n                   [1, 3]])",
        mistakes=[
            Mistake(
                np.array([[2.0, 1.0], [-1.0, 3.0]]),
                "You wrote the images as rows, which gives the transpose. A e1 is the first "
                "COLUMN of A: np.array([[2, -1], [1, 3]]) has first column (2, 1).",
            ),
        ],
    )
)

# q2: composition order --------------------------------------------------------------------
_R90 = np.array([[0.0, -1.0], [1.0, 0.0]])
_SHEAR2 = np.array([[1.0, 2.0], [0.0, 1.0]])
linear_transformations.add(
    ValueExercise(
        "Rotate by 90 degrees counter-clockwise, then apply the shear (x1, x2) -> (x1 + 2 x2, x2). "
        "Give the matrix of the combined map as a (2, 2) array.",
        expected=_SHEAR2 @ _R90,
        hint="The map applied first stands on the RIGHT of the product: shear @ rotation. "
        "Check by following e1: rotated to (0, 1), then sheared to (2, 1).",
        solution_code="R = np.array([[0, -1], [1, 0]])   # rotation by 90 degrees\n"
        "H = np.array([[1, 2], [0, 1]])    # the shear\n"
        "answer = H @ R",
        mistakes=[
            Mistake(
                _R90 @ _SHEAR2,
                "That is shear first, then rotate. A product acts right to left: in H @ R the "
                "rotation R acts first, so the answer is H @ R.",
            ),
            Mistake(
                _SHEAR2 @ _R90.T,
                "Your rotation turns clockwise. Counter-clockwise by 90 degrees sends e1 to (0, 1) "
                "and e2 to (-1, 0): R = [[0, -1], [1, 0]].",
            ),
            Mistake(
                (_SHEAR2 @ _R90).T,
                "Your matrix is transposed: the images of e1 and e2 go in the COLUMNS.",
            ),
        ],
    )
)

# q3: area factor -------------------------------------------------------------------------
# Radius 3 (not 2) so that the circumference 2 pi r and the area pi r^2 differ.
linear_transformations.add(
    ValueExercise(
        "A = [[3, 1], [2, 2]] is applied to a disc of radius 3 centred at the origin. Give the "
        "area of the image (four significant figures are enough).",
        expected=36 * np.pi,
        rtol=2e-4,  # a hand-computed 113.1 is accepted; every mistake is far away
        hint="Every area is multiplied by |ad - bc|. The disc has area pi r^2.",
        solution_code="A = np.array([[3.0, 1.0], [2.0, 2.0]])\n"
        "answer = abs(np.linalg.det(A)) * np.pi * 3**2",
        mistakes=[
            Mistake(
                12 * np.pi,
                "You used pi r = 3 pi for the disc; its area is pi r^2 = 9 pi (square the "
                "radius), then multiply by |det A| = 4.",
            ),
            Mistake(
                24 * np.pi,
                "2 pi r = 6 pi is the circumference of the disc, not its area: the area is "
                "pi r^2 = 9 pi, then multiply by |det A| = 4.",
            ),
            Mistake(
                72 * np.pi,
                "The determinant is ad - bc = 3*2 - 1*2 = 4, with a minus sign (ad + bc = 8 is "
                "not the area factor).",
            ),
            Mistake(
                45 * np.pi,
                "You used the trace 3 + 2 = 5; the area factor is |ad - bc| = 4.",
            ),
            Mistake(
                9 * np.pi,
                "That is the area of the disc before the map; multiply by the area factor "
                "|ad - bc| = 4.",
            ),
        ],
    )
)


# q4: rotate a point cloud stored as rows -----------------------------------------------------
def rotate_points(points, theta):
    """Reference: rotate the rows of ``points`` (shape (n, 2)) by ``theta`` counter-clockwise."""
    return np.asarray(points, dtype=float) @ _rotation(theta).T


_CLOUD = np.array([[1.0, 0.0], [0.0, 2.0], [-1.5, 0.5], [2.0, -1.0], [0.3, 0.7]])
linear_transformations.add(
    FunctionExercise(
        "Write rotate_points(points, theta): points has shape (n, 2), one point per row; return "
        "the (n, 2) array of the points rotated counter-clockwise by theta (radians).",
        reference=rotate_points,
        cases=[
            (_CLOUD, 0.3),
            (np.array([[1.0, 0.0]]), np.pi / 2),
            (_CLOUD[:4] * 3.0, -2.0),
            (np.array([[2.0, 1.0], [-1.0, 4.0], [0.0, -3.0]]), 2.5),
        ],
        hint="Build R = [[cos, -sin], [sin, cos]]. For a column vector the result is R @ x; a "
        "stack of row vectors is rotated by points @ R.T.",
        solution_code="def rotate_points(points, theta):\n"
        "    R = np.array([[np.cos(theta), -np.sin(theta)],\n"
        "                  [np.sin(theta), np.cos(theta)]])\n"
        "    return points @ R.T",
        mistakes=[
            Mistake(
                lambda points, theta: np.asarray(points) @ _rotation(theta),
                "points @ R rotates by -theta (clockwise), because R transposed is R(-theta). "
                "Rows are mapped by points @ R.T, since (R x)^T = x^T R^T.",
            ),
            Mistake(
                lambda points, theta: _rotation(theta) @ np.asarray(points).T,
                "R @ points.T returns one point per COLUMN, shape (2, n); transpose the result "
                "back (or write points @ R.T).",
            ),
            Mistake(
                lambda points, theta: np.asarray(points) @ _rotation(np.deg2rad(theta)).T,
                "theta is already in radians: do not convert it with np.deg2rad.",
            ),
        ],
    )
)


# q5: reflection across a line at angle theta ---------------------------------------------
def reflection_matrix(theta):
    """Reference: reflection across the line through 0 at angle ``theta``: 2 d d^T - I."""
    d = np.array([np.cos(theta), np.sin(theta)])
    return 2 * np.outer(d, d) - np.eye(2)


linear_transformations.add(
    FunctionExercise(
        "Write reflection_matrix(theta): the (2, 2) matrix of the reflection across the line "
        "through the origin at angle theta (radians).",
        reference=reflection_matrix,
        cases=[(0.0,), (np.pi / 4,), (np.pi / 6,), (-1.0,), (2.5,)],
        hint="With d = (cos theta, sin theta), the part of x along the line stays and the rest "
        "flips: F x = 2 (d . x) d - x, so F = 2 d d^T - I = [[cos 2t, sin 2t], [sin 2t, -cos 2t]].",
        solution_code="def reflection_matrix(theta):\n"
        "    d = np.array([np.cos(theta), np.sin(theta)])\n"
        "    return 2 * np.outer(d, d) - np.eye(2)",
        mistakes=[
            Mistake(
                lambda theta: np.array(
                    [[np.cos(theta), np.sin(theta)], [np.sin(theta), -np.cos(theta)]]
                ),
                "The closed form has 2 theta, not theta: the mirror image of e1 is at angle "
                "2 theta (theta to reach the line, theta more beyond it).",
            ),
            Mistake(
                lambda theta: np.outer(
                    [np.cos(theta), np.sin(theta)], [np.cos(theta), np.sin(theta)]
                ),
                "d d^T is the projection onto the line (it drops the perpendicular part). A "
                "reflection flips that part instead: F = 2 d d^T - I.",
            ),
            Mistake(
                lambda theta: (
                    np.eye(2)
                    - 2 * np.outer([np.cos(theta), np.sin(theta)], [np.cos(theta), np.sin(theta)])
                ),
                "I - 2 d d^T flips the part ALONG the line, which mirrors across the perpendicular "
                "line. Keep the part along d and flip the rest: 2 d d^T - I.",
            ),
        ],
    )
)

# q6: invertibility -------------------------------------------------------------------------
linear_transformations.add(
    ChoiceExercise(
        "Which one of these maps of the plane can NOT be undone?",
        options={
            "a": "the shear (x1, x2) -> (x1 + 100 x2, x2)",
            "b": "the scaling diag(1000, 0.001)",
            "c": "the reflection across the line at 70 degrees, then a rotation by 20 degrees",
            "d": "a rotation by 90 degrees, then the projection onto the line x2 = x1",
        },
        expected="d",
        hint="A map can be undone exactly when its area factor |det| is not 0; the area factor "
        "of one map after another is the product of their factors.",
        solution_code='answer = "d"',
        mistakes=[
            Mistake(
                "a",
                "A shear, however strong, has det = 1 and keeps areas: the shear by -100 undoes it.",
            ),
            Mistake(
                "b",
                "diag(1000, 0.001) has det = 1: lopsided, but nothing collapses; "
                "diag(0.001, 1000) undoes it.",
            ),
            Mistake(
                "c",
                "Reflections and rotations keep lengths (|det| = 1): rotate back by -20 degrees, "
                "then reflect again.",
            ),
        ],
    )
)


# ==============================================================================================
# linear combinations
# ==============================================================================================

linear_combinations = ExerciseSet("01-linear-algebra/05-linear-combinations")

# q1: compute a combination ------------------------------------------------------------------
_U1, _V1, _W1 = np.array([1.0, 0.0, 2.0]), np.array([2.0, -1.0, 1.0]), np.array([4.0, 2.0, -2.0])
_WEIGHTS1 = np.array([3.0, -2.0, 0.5])
linear_combinations.add(
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
linear_combinations.add(
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


linear_combinations.add(
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
_LC_P1, _P2, _P3, _X4 = (np.array(p, dtype=float) for p in ([1, 1], [5, 1], [1, 5], [3, 2]))


def _barycentric(x: np.ndarray) -> np.ndarray:
    l2, l3 = np.linalg.solve(np.column_stack([_P2 - _LC_P1, _P3 - _LC_P1]), x)
    return np.array([1 - l2 - l3, l2, l3])


linear_combinations.add(
    ValueExercise(
        "Give the barycentric coordinates (l1, l2, l3) of x = (3, 2) in the triangle with corners "
        "p1 = (1, 1), p2 = (5, 1), p3 = (1, 5), as an array of shape (3,).",
        expected=lambda: _barycentric(_X4 - _LC_P1),
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
linear_combinations.add(
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


# ==============================================================================================
# span basis dimension
# ==============================================================================================

span_basis_dimension = ExerciseSet("01-linear-algebra/06-span-basis-dimension")

# q1: coordinates in a basis, by hand -------------------------------------------------------
# Basis b1 = (1, 1), b2 = (2, -1); x = (7, 4) = 5 b1 + 1 b2.
_SPAN_B1 = np.array([[1.0, 2.0], [1.0, -1.0]])
_X1 = np.array([7.0, 4.0])
span_basis_dimension.add(
    ValueExercise(
        "Give the coordinates c of x = (7, 4) relative to the basis b1 = (1, 1), b2 = (2, -1), "
        "as an array of shape (2,).",
        expected=np.array([5.0, 1.0]),
        hint="Solve c1 b1 + c2 b2 = x, i.e. the system B c = x with b1, b2 as the COLUMNS of B: "
        "c1 + 2 c2 = 7 and c1 - c2 = 4. Subtract the equations to get c2.",
        solution_code="B = np.array([[1, 2],\n"
        "              [1, -1]])      # columns b1, b2\n"
        "x = np.array([7, 4])\n"
        "answer = np.linalg.solve(B, x)",
        mistakes=[
            Mistake(
                _SPAN_B1 @ _X1,
                "You computed B x, which treats (7, 4) as coordinates and goes the wrong way "
                "(from coordinates to the vector). To find coordinates, solve B c = x.",
            ),
            Mistake(
                _SPAN_B1.T @ _X1,
                "You took dot products b_i . x (that is B^T x). That gives coordinates only for an "
                "orthonormal basis; b1 and b2 are neither unit length nor perpendicular. Solve B c = x.",
            ),
            Mistake(
                np.linalg.solve(_SPAN_B1.T, _X1),
                "You put b1 and b2 in the ROWS of B. The column picture B c = c1 b1 + c2 b2 needs "
                "them as the COLUMNS: B = [[1, 2], [1, -1]] (np.column_stack([b1, b2])).",
            ),
            Mistake(
                np.array([1.0, 5.0]),
                "Right numbers, wrong order: c1 belongs to b1 = (1, 1). Check: 5 (1, 1) + 1 (2, -1) = (7, 4).",
            ),
        ],
    )
)

# q2: dimension of a span -------------------------------------------------------------------
# v2 = 2 v1 and v4 = v1 + v3, so the span has dimension 2.
span_basis_dimension.add(
    ValueExercise(
        "What is the dimension of span{v1, v2, v3, v4} with v1 = (1, 2, 0, 1), v2 = (2, 4, 0, 2), "
        "v3 = (0, 1, 1, 0), v4 = (1, 3, 1, 1)? Give an integer.",
        expected=2,
        hint="The dimension is the size of a basis, not the number of vectors. Throw out every "
        "vector that is a combination of the others: compare v2 with v1, and v4 with v1 + v3.",
        solution_code="V = np.array([[1, 2, 0, 1],\n"
        "              [2, 4, 0, 2],\n"
        "              [0, 1, 1, 0],\n"
        "              [1, 3, 1, 1]]).T   # the vectors as columns\n"
        "answer = int(np.linalg.matrix_rank(V))   # v2 = 2 v1 and v4 = v1 + v3",
        mistakes=[
            Mistake(
                4,
                "4 is the number of vectors, but they are not independent: v2 = 2 v1, so v2 adds "
                "nothing to the span. The dimension counts a basis, i.e. independent vectors only.",
            ),
            Mistake(
                3,
                "You removed v2 = 2 v1, but v4 is redundant too: v4 = v1 + v3.",
            ),
        ],
    )
)

# q3: which set is a subspace ---------------------------------------------------------------
span_basis_dimension.add(
    ChoiceExercise(
        "Which one of these subsets of R^3 is a subspace?",
        options={
            "a": "the plane x1 + x2 + x3 = 1",
            "b": "the union of the x1-axis and the x2-axis",
            "c": "the set of vectors with x1 = 2 x3",
            "d": "the set of vectors with x1 >= 0",
        },
        expected="c",
        hint="Test the three properties on each: does it contain 0? Is the sum of two members "
        "a member? Is every multiple (including by -1) of a member a member?",
        solution_code='answer = "c"',
        mistakes=[
            Mistake(
                "a",
                "The plane x1 + x2 + x3 = 1 misses the origin: 0 + 0 + 0 = 0, not 1. A subspace "
                "must contain 0 (it is a plane, but a shifted one).",
            ),
            Mistake(
                "b",
                "Each axis alone is a subspace, but their union is not closed under addition: "
                "(1, 0, 0) + (0, 1, 0) = (1, 1, 0) lies on neither axis.",
            ),
            Mistake(
                "d",
                "The half-space x1 >= 0 contains 0 and is closed under addition, but not under "
                "scaling: -1 times (1, 0, 0) has x1 = -1.",
            ),
        ],
    )
)

# q4: the matrix of a map in an eigen-basis -------------------------------------------------
# A = [[4, 1], [2, 3]] has eigenvectors (1, 1) (eigenvalue 5) and (1, -2) (eigenvalue 2).
_SPAN_A4 = np.array([[4.0, 1.0], [2.0, 3.0]])
_SPAN_B4 = np.array([[1.0, 1.0], [1.0, -2.0]])
span_basis_dimension.add(
    ValueExercise(
        "A = [[4, 1], [2, 3]] and the basis b1 = (1, 1), b2 = (1, -2). Give the (2, 2) matrix of "
        "the map x -> A x in this basis.",
        expected=np.diag([5.0, 2.0]),
        hint="The matrix in the basis B is B^{-1} A B: go from coordinates to the vector (B), "
        "apply A, come back (B^{-1}). Compute it with np.linalg.solve(B, A @ B).",
        solution_code="A = np.array([[4, 1],\n"
        "              [2, 3]])\n"
        "B = np.array([[1, 1],\n"
        "              [1, -2]])      # columns b1, b2\n"
        "answer = np.linalg.solve(B, A @ B)   # B^{-1} A B without forming the inverse",
        mistakes=[
            Mistake(
                _SPAN_B4 @ _SPAN_A4 @ np.linalg.inv(_SPAN_B4),
                "You computed B A B^{-1}: the order is reversed. Read B^{-1} A B right to left: "
                "B turns coordinates into a vector, A maps it, B^{-1} turns it back into coordinates.",
            ),
            Mistake(
                _SPAN_B4.T @ _SPAN_A4 @ _SPAN_B4,
                "B^T is not B^{-1} here: b1 and b2 are not orthonormal. Use B^{-1} A B, computed "
                "with np.linalg.solve(B, A @ B).",
            ),
            Mistake(
                np.diag([2.0, 5.0]),
                "The diagonal entries follow the order of the basis vectors: A b1 = A (1, 1) = "
                "(5, 5) = 5 b1, so the first entry is 5.",
            ),
        ],
    )
)


# q5: from one basis to another -------------------------------------------------------------
def coordinates_between_bases(c, B_old, B_new):
    """Coordinates relative to B_new of the vector whose coordinates relative to B_old are c."""
    return np.linalg.solve(
        np.asarray(B_new, float), np.asarray(B_old, float) @ np.asarray(c, float)
    )


def _between_bases_cases() -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    generator = np.random.default_rng(6)
    cases = [
        (
            np.array([3.0, 2.0]),
            np.array([[2.0, -1.0], [1.0, 1.0]]),
            np.array([[1.0, 1.0], [0.0, 1.0]]),
        )
    ]
    for n in (3, 4, 5):
        c = generator.normal(size=n)
        B_old = generator.normal(size=(n, n)) + n * np.eye(n)
        B_new = generator.normal(size=(n, n)) + n * np.eye(n)
        cases.append((c, B_old, B_new))
    return cases


span_basis_dimension.add(
    FunctionExercise(
        "Write coordinates_between_bases(c, B_old, B_new): c (shape (n,)) are the coordinates of "
        "a vector relative to the basis in the columns of B_old (n, n); return its coordinates "
        "relative to the basis in the columns of B_new, shape (n,).",
        reference=coordinates_between_bases,
        cases=_between_bases_cases,
        hint="Two steps: first rebuild the vector itself, x = B_old c; then find its coordinates "
        "in the new basis by solving B_new c_new = x.",
        solution_code="def coordinates_between_bases(c, B_old, B_new):\n"
        "    x = B_old @ c                       # the vector itself\n"
        "    return np.linalg.solve(B_new, x)    # its coordinates in the new basis",
        mistakes=[
            Mistake(
                lambda c, B_old, B_new: np.linalg.solve(B_old, B_new @ c),
                "The two bases are swapped. c belongs to B_old, so first rebuild the vector with "
                "B_old @ c, then solve with B_new.",
            ),
            Mistake(
                lambda c, B_old, B_new: np.linalg.solve(B_new, c),
                "You solved B_new c_new = c as if c were the vector itself, but c are coordinates "
                "relative to B_old. Rebuild the vector first: x = B_old @ c.",
            ),
        ],
    )
)


# ==============================================================================================
# linear independence
# ==============================================================================================

linear_independence = ExerciseSet("01-linear-algebra/07-linear-independence")

# q1: recognise an independent set --------------------------------------------------------------
linear_independence.add(
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
linear_independence.add(
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
linear_independence.add(
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


linear_independence.add(
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

linear_independence.add(
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


# ==============================================================================================
# matrix rank
# ==============================================================================================

matrix_rank = ExerciseSet("01-linear-algebra/08-matrix-rank")

# q1: rank and nullity ---------------------------------------------------------------------------
# Every row is a multiple of (1, 2, 0, 1, 3) plus a multiple of (0, 0, 1, 2, 1): rank 2, nullity 3.
matrix_rank.add(
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
matrix_rank.add(
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
                (
                    np.array([1.0, 6.0, 0.0, 0.0]),
                    -_SPECIAL * np.array([[1.0], [-1.0], [1.0], [-1.0]]),
                ),
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
matrix_rank.add(
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
matrix_rank.add(
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


matrix_rank.add(
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
                lambda s, f: int(
                    np.searchsorted(np.cumsum(np.square(s)) / np.sum(np.square(s)), f)
                ),
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


# ==============================================================================================
# determinant
# ==============================================================================================

determinant = ExerciseSet("01-linear-algebra/09-determinant")

# q1: a 3 x 3 determinant by hand ----------------------------------------------------------
# A = [[2, -1, 1], [1, 3, 2], [1, 1, 4]]: det = 2(12 - 2) + 1(4 - 2) + 1(1 - 3) = 20.
determinant.add(
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
determinant.add(
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
determinant.add(
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


determinant.add(
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
determinant.add(
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


determinant.add(
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


# ==============================================================================================
# inverse matrix
# ==============================================================================================

inverse_matrix = ExerciseSet("01-linear-algebra/10-inverse-matrix")

# q1: the 2 x 2 formula ---------------------------------------------------------------------
_INV_A1 = np.array([[4.0, 7.0], [2.0, 6.0]])  # det = 4*6 - 7*2 = 10
inverse_matrix.add(
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
                1 / _INV_A1,
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
inverse_matrix.add(
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
inverse_matrix.add(
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


inverse_matrix.add(
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
inverse_matrix.add(
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
inverse_matrix.add(
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


# ==============================================================================================
# eigenvalues eigenvectors
# ==============================================================================================

eigenvalues_eigenvectors = ExerciseSet("01-linear-algebra/11-eigenvalues-eigenvectors")

# q1: eigenvalues of a 2 x 2 matrix from the trace and the determinant ---------------------------
eigenvalues_eigenvectors.add(
    ValueExercise(
        "Find the eigenvalues of A = [[1, 2], [4, 3]] from lambda^2 - tr(A) lambda + det(A) = 0; "
        "answer with a NumPy array in increasing order.",
        expected=np.array([-1.0, 5.0]),
        hint="tr(A) = 1 + 3 and det(A) = 1*3 - 2*4. Solve the quadratic (it factors), then sort.",
        solution_code=(
            "trace, determinant = 1 + 3, 1 * 3 - 2 * 4   # 4 and -5\n"
            "# lambda^2 - 4 lambda - 5 = (lambda - 5)(lambda + 1)\n"
            "answer = np.array([-1.0, 5.0])"
        ),
        mistakes=[
            Mistake(
                np.array([1.0, 3.0]),
                "The diagonal entries are the eigenvalues only for a "
                "triangular matrix; here the off-diagonal 2 and 4 matter.",
            ),
            Mistake(
                np.array([-5.0, 1.0]),
                "The middle coefficient is MINUS the trace: "
                "lambda^2 - tr(A) lambda + det(A). Your roots have the wrong sign.",
            ),
            Mistake(
                np.array([5.0, -1.0]), "Right numbers, but the array must be in increasing order."
            ),
        ],
    )
)

# q2: a unit eigenvector ------------------------------------------------------------------------
eigenvalues_eigenvectors.add(
    ValueExercise(
        "For the same A = [[1, 2], [4, 3]], give the unit eigenvector for the eigenvalue 5 whose "
        "entries are positive, as a NumPy array of shape (2,).",
        expected=np.array([1.0, 2.0]) / np.sqrt(5.0),
        atol=1e-3,  # a hand answer to three decimals, (0.447, 0.894), is accepted
        hint="Solve (A - 5I) v = 0: the first row of A - 5I is (-4, 2), so -4 v1 + 2 v2 = 0. Then "
        "divide v by its length.",
        solution_code=(
            "v = np.array([1.0, 2.0])          # -4 * 1 + 2 * 2 = 0\nanswer = v / np.linalg.norm(v)"
        ),
        mistakes=[
            Mistake(
                np.array([1.0, 2.0]),
                "(1, 2) is the right direction, but it has length "
                "sqrt(5); divide by its length to get a unit vector.",
            ),
            Mistake(
                np.array([2.0, 1.0]) / np.sqrt(5.0),
                "You took the row (-4, 2) of A - 5I as the "
                "direction. The eigenvector is PERPENDICULAR to that row: -4 v1 + 2 v2 = 0.",
            ),
            Mistake(
                np.array([1.0, -1.0]) / np.sqrt(2.0),
                "That is the eigenvector for the other "
                "eigenvalue, -1 (and its entries are not both positive).",
            ),
        ],
    )
)

# q3: algebraic and geometric multiplicity ------------------------------------------------------
eigenvalues_eigenvectors.add(
    ValueExercise(
        "A = [[2, 1, 0], [0, 2, 0], [0, 0, 3]]. Give the tuple (algebraic multiplicity of the "
        "eigenvalue 2, dimension of its eigenspace).",
        expected=(2, 1),
        hint="A is triangular, so det(A - lambda I) = (2 - lambda)^2 (3 - lambda). The eigenspace is "
        "the null space of A - 2I: how many free variables does (A - 2I) v = 0 have?",
        solution_code=(
            "A_minus_2I = np.array([[0, 1, 0], [0, 0, 0], [0, 0, 1]])\n"
            "algebraic = 2                                            # (2 - lambda)^2 in det(A - lambda I)\n"
            "geometric = 3 - int(np.linalg.matrix_rank(A_minus_2I))   # null space dimension: 3 - 2 = 1\n"
            "answer = (algebraic, geometric)"
        ),
        mistakes=[
            Mistake(
                (2, 2),
                "A repeated eigenvalue does not guarantee a plane of eigenvectors: "
                "A - 2I has rank 2, so its null space is only the line through e1 (a shear block).",
            ),
            Mistake(
                (1, 1),
                "Count the root 2 of det(A - lambda I) = (2 - lambda)^2 (3 - lambda) "
                "twice: its algebraic multiplicity is 2.",
            ),
        ],
    )
)


# q4: power iteration -----------------------------------------------------------------------------
def dominant_eigenvalue(A):
    """Reference: the eigenvalue of largest magnitude (real in every test case)."""
    eigenvalues = np.linalg.eigvals(np.asarray(A, dtype=float))
    return float(eigenvalues[np.argmax(np.abs(eigenvalues))].real)


def _power_iteration_norm(A):
    A = np.asarray(A, dtype=float)
    x = np.ones(A.shape[0]) / np.sqrt(A.shape[0])
    for _ in range(500):
        y = A @ x
        x = y / np.linalg.norm(y)
    return float(np.linalg.norm(A @ x))


def _power_iteration_vector(A):
    A = np.asarray(A, dtype=float)
    x = np.ones(A.shape[0]) / np.sqrt(A.shape[0])
    for _ in range(500):
        y = A @ x
        x = y / np.linalg.norm(y)
    return x


eigenvalues_eigenvectors.add(
    FunctionExercise(
        "Write dominant_eigenvalue(A): power iteration from x = (1, ..., 1) normalised, 500 steps, "
        "returning the eigenvalue of largest magnitude (with its sign) as a float.",
        reference=dominant_eigenvalue,
        cases=[
            (np.array([[4.0, 1.0], [2.0, 3.0]]),),
            (np.array([[-4.0, 1.0], [2.0, -3.0]]),),
            (np.array([[3.0, 1.0, 2.0], [0.0, -1.0, 1.0], [0.0, 0.0, 0.5]]),),
            (np.array([[1.0, 0.0, 0.0], [1.0, -6.0, 0.0], [2.0, 1.0, 2.0]]),),
        ],
        hint="Inside the loop: y = A @ x, then x = y / np.linalg.norm(y). After the loop return the "
        "Rayleigh quotient x @ A @ x (x has length 1).",
        solution_code=(
            "def dominant_eigenvalue(A):\n"
            "    x = np.ones(A.shape[0]) / np.sqrt(A.shape[0])\n"
            "    for _ in range(500):\n"
            "        y = A @ x\n"
            "        x = y / np.linalg.norm(y)\n"
            "    return float(x @ A @ x)"
        ),
        mistakes=[
            Mistake(
                _power_iteration_norm,
                "The length |A x| is |lambda|: it loses the sign, so a "
                "negative dominant eigenvalue comes out positive. Return x @ A @ x instead.",
            ),
            Mistake(
                _power_iteration_vector,
                "You returned the eigenvector x. Return the eigenvalue: "
                "the Rayleigh quotient x @ A @ x.",
            ),
        ],
    )
)


# q5: PageRank of a four-page web ----------------------------------------------------------------
_LINKS = {0: [1, 2], 1: [2], 2: [0], 3: [0, 2]}  # page -> pages it links to


def _link_matrix(transposed=False):
    P = np.zeros((4, 4))
    for source, targets in _LINKS.items():
        for target in targets:
            P[target, source] = 1 / len(targets)
    return P.T if transposed else P


def _steady_state(M, normalise="sum"):
    eigenvalues, eigenvectors = np.linalg.eig(M)
    v = eigenvectors[:, np.argmin(np.abs(eigenvalues - 1))].real
    return v / v.sum() if normalise == "sum" else v / np.linalg.norm(v) * np.sign(v.sum())


def _google(P, damping=0.85):
    return damping * P + (1 - damping) / 4 * np.ones((4, 4))


eigenvalues_eigenvectors.add(
    ValueExercise(
        "Four pages link as 0 -> 1, 2; 1 -> 2; 2 -> 0; 3 -> 0, 2. With damping 0.85, give the PageRank "
        "vector (page 0 first) as a NumPy array of shape (4,) that sums to 1.",
        expected=_steady_state(_google(_link_matrix())),
        rtol=1e-4,
        atol=1e-6,
        hint="Column j of P spreads page j's vote equally over the pages it links to. Build "
        "G = 0.85 P + 0.15/4 * ones, iterate r <- G r from r = (1/4, ..., 1/4) about 200 times.",
        solution_code=(
            "P = np.zeros((4, 4))\n"
            "for source, targets in {0: [1, 2], 1: [2], 2: [0], 3: [0, 2]}.items():\n"
            "    for target in targets:\n"
            "        P[target, source] = 1 / len(targets)   # column = where page `source` sends you\n"
            "G = 0.85 * P + 0.15 / 4 * np.ones((4, 4))\n"
            "r = np.full(4, 1 / 4)\n"
            "for _ in range(200):\n"
            "    r = G @ r\n"
            "answer = r"
        ),
        mistakes=[
            Mistake(
                _steady_state(_google(_link_matrix(transposed=True))),
                "Your matrix is "
                "transposed: COLUMN j must hold the pages that page j links to (each column sums "
                "to 1), so that G r moves probability along the links.",
            ),
            Mistake(
                _steady_state(_link_matrix()),
                "You left out the damping: use "
                "G = 0.85 P + 0.15/4 * ones (without it page 3, with no incoming links, gets 0).",
            ),
            Mistake(
                _steady_state(_google(_link_matrix()), normalise="length"),
                "Right "
                "direction, but a probability vector must sum to 1, not have length 1: divide by "
                "its sum.",
            ),
        ],
    )
)


# ==============================================================================================
# diagonalization
# ==============================================================================================

diagonalization = ExerciseSet("01-linear-algebra/12-diagonalization")

# q1: a matrix power by diagonalisation, by hand ------------------------------------------------
# A = [[5, 4], [1, 2]] has eigenvalues 6 (eigenvector (4, 1)) and 1 (eigenvector (1, -1)).
# A^k = (1/5) [[4 6^k + 1, 4 6^k - 4], [6^k - 1, 6^k + 4]].
_DIAG_A1 = np.array([[5.0, 4.0], [1.0, 2.0]])
_DIAG_P1 = np.array([[4.0, 1.0], [1.0, -1.0]])
_D1_POWER = np.diag([6.0**6, 1.0])
diagonalization.add(
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
                _DIAG_P1 @ _D1_POWER @ _DIAG_P1.T,
                "You used P^T where P^{-1} belongs. P^{-1} = P^T only when the columns of P are "
                "orthonormal (symmetric A, spectral theorem); A here is not symmetric.",
            ),
            Mistake(
                np.linalg.solve(_DIAG_P1, _D1_POWER @ _DIAG_P1),
                "The factors are in the wrong order: you computed P^{-1} D^6 P. From A P = P D, "
                "A = P D P^{-1}, with P (the eigenvectors) on the LEFT.",
            ),
            Mistake(
                _D1_POWER,
                "D^6 is the power in eigen-coordinates. Convert back: A^6 = P D^6 P^{-1}.",
            ),
            Mistake(
                _DIAG_A1**6,
                "You raised each entry to the 6th power. A matrix power multiplies the matrix by "
                "itself: A^6 = A A A A A A, and only for the DIAGONAL matrix D does that reduce to "
                "powering the entries.",
            ),
        ],
    )
)

# q2: which matrix is not diagonalisable ---------------------------------------------------------
diagonalization.add(
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
diagonalization.add(
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


diagonalization.add(
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


# ==============================================================================================
# positive definite matrices
# ==============================================================================================

positive_definite_matrices = ExerciseSet("01-linear-algebra/13-positive-definite-matrices")

# q1: classify four 2 x 2 matrices ---------------------------------------------------------------
# A1: det 3, tr 4 -> PD. A2: det -8 -> indefinite. A3: det 0, tr 5 -> PSD. A4: det 2, tr -4 -> ND.
positive_definite_matrices.add(
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
positive_definite_matrices.add(
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
        (
            np.array([[1.0, -3.0], [3.0, 1.0]]),
        ),  # symmetric part I: PD; lower triangle is indefinite
        (np.array([[2.0, 0.0], [0.0, 0.0]]),),  # PSD, not PD
        (np.array([[1.0, 2.0], [2.0, 1.0]]),),  # positive diagonal, indefinite
        (np.array([[4.0, 2.0, -2.0], [2.0, 10.0, 2.0], [-2.0, 2.0, 6.0]]),),  # PD 3 x 3
        (np.array([[-1.0, 0.0], [0.0, -2.0]]),),  # ND
    ]


positive_definite_matrices.add(
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
_PD_A4 = np.array([[4.0, 2.0], [2.0, 5.0]])
_PD_B4 = np.array([2.0, -1.0])
_W4 = np.array([0.75, -0.5])
positive_definite_matrices.add(
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
positive_definite_matrices.add(
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


# ==============================================================================================
# singular value decomposition
# ==============================================================================================

singular_value_decomposition = ExerciseSet("01-linear-algebra/14-singular-value-decomposition")

# q1: singular values of a 2 x 2 by hand -------------------------------------------------------
# A^T A = [[5, 3], [3, 5]]: eigenvalues 8 and 2, so sigma = (2 sqrt 2, sqrt 2).
_Q1_SIGMA = np.array([2.0 * np.sqrt(2.0), np.sqrt(2.0)])
singular_value_decomposition.add(
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
singular_value_decomposition.add(
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
singular_value_decomposition.add(
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


singular_value_decomposition.add(
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
singular_value_decomposition.add(
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


# ==============================================================================================
# projections and orthogonality
# ==============================================================================================

projections_and_orthogonality = ExerciseSet("01-linear-algebra/15-projections-and-orthogonality")

# q1: projection onto a line -----------------------------------------------------------------------
# a = (1, 2, 2), b = (4, 1, 1): a.b = 8, a.a = 9, p = (8/9) a.
_A_LINE = np.array([1.0, 2.0, 2.0])
_B_LINE = np.array([4.0, 1.0, 1.0])
_P_LINE = 8.0 / 9.0 * _A_LINE
projections_and_orthogonality.add(
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


projections_and_orthogonality.add(
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


projections_and_orthogonality.add(
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
projections_and_orthogonality.add(
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


# ==============================================================================================
# linear algebra in ml
# ==============================================================================================

linear_algebra_in_ml = ExerciseSet("01-linear-algebra/16-linear-algebra-in-ml")

# --------------------------------------------------------------------------- q1 covariance by hand
_TINY = np.array([[1.0, 2.0], [3.0, 2.0], [5.0, 8.0]])
_TINY_CENTRED = _TINY - _TINY.mean(axis=0)

linear_algebra_in_ml.add(
    ValueExercise(
        "Covariance matrix of the 3 x 2 data matrix X = [[1, 2], [3, 2], [5, 8]], by hand.",
        expected=np.array([[4.0, 6.0], [6.0, 12.0]]),
        hint="Subtract each column's mean first, then C = Xc^T Xc / (n - 1) with n = 3 rows.",
        solution_code=(
            "X = np.array([[1, 2], [3, 2], [5, 8]], dtype=float)\n"
            "X_centred = X - X.mean(axis=0)\n"
            "answer = X_centred.T @ X_centred / (X.shape[0] - 1)"
        ),
        mistakes=[
            Mistake(
                _TINY_CENTRED.T @ _TINY_CENTRED / 3,
                "You divided by n = 3. The sample covariance divides by n - 1 = 2 "
                "(what np.cov does by default).",
            ),
            Mistake(
                _TINY.T @ _TINY / 2,
                "X^T X / (n - 1) is the covariance only after centring: subtract the column "
                "means (3 and 4) first.",
            ),
            Mistake(
                _TINY_CENTRED @ _TINY_CENTRED.T / 2,
                "That is 3 x 3, one entry per pair of EXAMPLES. The covariance is d x d, one "
                "entry per pair of features: Xc^T Xc, not Xc Xc^T.",
            ),
        ],
    )
)


# --------------------------------------------------------------------------- q2 standardise
def standardise(X: np.ndarray) -> np.ndarray:
    """Each column minus its mean, divided by its sample standard deviation (ddof=1)."""
    X = np.asarray(X, dtype=float)
    return (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)


def _standardise_cases() -> list[tuple[np.ndarray]]:
    rng = np.random.default_rng(16)
    scales = np.array([1.0, 100.0, 0.01])
    return [
        (rng.normal(5.0, 1.0, size=(6, 3)) * scales,),
        (np.array([[1.0, 10.0], [2.0, 30.0], [4.0, 20.0], [5.0, 60.0]]),),
        (rng.normal(-2.0, 3.0, size=(20, 5)),),
    ]


linear_algebra_in_ml.add(
    FunctionExercise(
        "Write standardise(X): centre each column and divide by its sample standard deviation.",
        reference=standardise,
        cases=_standardise_cases,
        hint="Use axis=0 (down the columns) for both the mean and the standard deviation, "
        "and ddof=1 for the standard deviation.",
        solution_code=(
            "def standardise(X):\n"
            "    X = np.asarray(X, dtype=float)\n"
            "    mu = X.mean(axis=0)\n"
            "    s = X.std(axis=0, ddof=1)\n"
            "    return (X - mu) / s"
        ),
        mistakes=[
            Mistake(
                lambda X: (X - X.mean(axis=0)) / X.std(axis=0),
                "np.std divides by n by default (ddof=0), and so does StandardScaler. The course "
                "divides by n - 1: pass ddof=1, so that Z^T Z / (n - 1) is the correlation matrix.",
            ),
            Mistake(
                lambda X: X / X.std(axis=0, ddof=1),
                "Centre first: subtract each column's mean before dividing by its standard "
                "deviation.",
            ),
            Mistake(
                lambda X: (
                    (X - X.mean(axis=1, keepdims=True)) / X.std(axis=1, ddof=1, keepdims=True)
                ),
                "You standardised the rows (one per example). Features are the columns: use axis=0.",
            ),
        ],
    )
)

# --------------------------------------------------------------------------- q3 explained variance
linear_algebra_in_ml.add(
    ValueExercise(
        "A centred data matrix has singular values 6, 4, 3, 1. Return (k, error): the smallest k "
        "whose cumulative explained variance is at least 80 %, and the squared Frobenius error "
        "of the rank-k reconstruction.",
        expected=(2, 10.0),
        hint="The variance along component i is proportional to sigma_i^2, not sigma_i: the "
        "ratios are sigma_i^2 / sum_j sigma_j^2. The squared error is the sum of the DISCARDED "
        "sigma_i^2.",
        solution_code=(
            "sigma = np.array([6.0, 4.0, 3.0, 1.0])\n"
            "ratios = sigma**2 / np.sum(sigma**2)\n"
            "k = int(np.argmax(np.cumsum(ratios) >= 0.8)) + 1\n"
            "error = float(np.sum(sigma[k:] ** 2))\n"
            "answer = (k, error)"
        ),
        mistakes=[
            Mistake(
                (3, 1.0),
                "You used the singular values themselves as variances. Explained variance is "
                "sigma_i^2 / sum_j sigma_j^2: with squares, two components already give 52/62.",
            ),
            Mistake(
                (2, 4.0),
                "The squared Frobenius error is the sum of the discarded sigma_i SQUARED: "
                "3^2 + 1^2.",
            ),
            Mistake(
                (2, float(np.sqrt(10.0))),
                "That is the Frobenius norm of the error, |Xc - X_k|_F. The question asks for its "
                "square, the sum of the discarded sigma_i^2.",
            ),
            Mistake(
                (2, 52.0),
                "52 = 6^2 + 4^2 is the part you KEEP. The error is what the rank-2 approximation "
                "leaves out.",
            ),
        ],
    )
)

# --------------------------------------------------------------------------- q4 rank of X^T X
linear_algebra_in_ml.add(
    ChoiceExercise(
        "A gene-expression study has n = 20 patients and d = 30 features. After centring the "
        "columns, what can the rank of the covariance matrix be, and what follows?",
        options={
            "a": "Exactly 30: a covariance matrix is always positive definite, so least squares "
            "and PCA work as usual.",
            "b": "At most 19: at least 11 directions in feature space have zero variance, the "
            "least-squares weights are not unique, and PCA has at most 19 non-zero components.",
            "c": "Exactly 20 for typical (random) data, because rank(Xc^T Xc) = rank(Xc) = min(n, d).",
            "d": "At most 30 minus 20 = 10, by rank-nullity.",
        },
        expected="b",
        hint="rank(Xc^T Xc) = rank(Xc). How many independent rows does Xc have once every "
        "column sums to zero?",
        solution_code='answer = "b"',
        mistakes=[
            Mistake(
                "a",
                "Covariance matrices are only positive SEMIdefinite: v^T C v = |Xc v|^2 / (n-1) "
                "is zero for every v in the null space of Xc, and with d > n that null space "
                "is not {0}.",
            ),
            Mistake(
                "c",
                "rank(Xc^T Xc) = rank(Xc) is right, but centring costs one: the rows of Xc sum to "
                "the zero vector (1^T Xc = 0), so they are dependent and rank(Xc) <= n - 1 = 19, "
                "whatever the data.",
            ),
            Mistake(
                "d",
                "Rank-nullity says rank + nullity = d = 30; it bounds the null space, not the "
                "rank by 10. The rank is limited by the number of (centred) rows: n - 1 = 19.",
            ),
        ],
    )
)


# --------------------------------------------------------------------------- q5 PCA scores
def pca_scores(X: np.ndarray, k: int) -> np.ndarray:
    """Scores of the rows of X on its first k principal components, shape (n, k)."""
    X = np.asarray(X, dtype=float)
    X_centred = X - X.mean(axis=0)
    U, S, Vt = np.linalg.svd(X_centred, full_matrices=False)
    return X_centred @ Vt[:k].T


def _sign_normalised_columns(output: Any) -> Any:
    """Flip each column so that its largest-magnitude entry is positive (else return as is).

    A principal direction v and -v are equally valid, so scores are compared up to the sign of
    each column. Anything that is not a 2-D array of numbers passes through unchanged, so that
    the usual shape and type messages still reach the learner.
    """
    try:
        array = np.array(output, dtype=float)
    except (TypeError, ValueError):
        return output
    if array.ndim != 2 or array.size == 0 or not np.all(np.isfinite(array)):
        return output
    rows_of_largest = np.argmax(np.abs(array), axis=0)
    signs = np.sign(array[rows_of_largest, np.arange(array.shape[1])])
    signs[signs == 0] = 1.0
    return array * signs


class _ScoresUpToSign(FunctionExercise):
    """A function exercise whose outputs are compared column by column up to sign.

    Both the learner's output and the reference's are sign-normalised before the usual
    comparison, so when the values differ, the array quoted in the "you returned ..." message is
    the normalised one; the message then says so.
    """

    def _run(self, function: Any, case: tuple[Any, ...]) -> Any:
        return _sign_normalised_columns(super()._run(function, case))

    def _evaluate(self, answer: Any) -> CheckResult:
        result = super()._evaluate(answer)
        if result.status == INCORRECT and "entries differ" in result.message:  # values compared
            note = (
                " (Scores are compared up to the sign of each column, so the array shown is "
                "yours with each column flipped, where needed, to make its largest-magnitude "
                "entry positive.)"
            )
            return CheckResult(INCORRECT, result.message + note)
        return result


def _pca_cases() -> list[tuple[np.ndarray, int]]:
    rng = np.random.default_rng(1616)
    stretch = np.diag([5.0, 3.0, 2.0, 1.0, 0.5])
    return [
        (rng.normal(size=(12, 5)) @ stretch + 10.0, 2),
        (rng.normal(size=(30, 5)) @ stretch @ rng.normal(size=(5, 5)) - 3.0, 3),
        (rng.normal(size=(8, 4)) + np.array([1.0, -2.0, 50.0, 0.0]), 1),
    ]


linear_algebra_in_ml.add(
    _ScoresUpToSign(
        "Write pca_scores(X, k): centre the columns of X, take its SVD and return the n x k "
        "matrix of scores on the first k principal components.",
        reference=pca_scores,
        cases=_pca_cases,
        hint="Centre, then U, S, Vt = np.linalg.svd(X_centred, full_matrices=False). The "
        "principal directions are the first k ROWS of Vt; the scores are X_centred @ Vt[:k].T "
        "(equivalently U[:, :k] * S[:k]).",
        solution_code=(
            "def pca_scores(X, k):\n"
            "    X = np.asarray(X, dtype=float)\n"
            "    X_centred = X - X.mean(axis=0)\n"
            "    U, S, Vt = np.linalg.svd(X_centred, full_matrices=False)\n"
            "    return X_centred @ Vt[:k].T"
        ),
        mistakes=[
            Mistake(
                lambda X, k: X @ np.linalg.svd(X, full_matrices=False)[2][:k].T,
                "Centre first. Without it, for data far from the origin, the first 'component' "
                "points roughly at the mean of the data, not along the direction of largest "
                "spread.",
            ),
            Mistake(
                lambda X, k: np.linalg.svd(X - X.mean(axis=0), full_matrices=False)[0][:, :k],
                "U[:, :k] has unit-length columns: it forgets how much spread each component "
                "has. Multiply by the singular values, U[:, :k] * S[:k].",
            ),
            Mistake(
                lambda X, k: (
                    (X - X.mean(axis=0))
                    @ np.linalg.svd(X - X.mean(axis=0), full_matrices=False)[2][:, :k]
                ),
                "The principal directions are the ROWS of Vt (the columns of V): use Vt[:k].T, "
                "not Vt[:, :k].",
            ),
        ],
    )
)
