"""Exercise checkers for 01-linear-algebra/01-scalars-vectors-matrices (draft, merged into
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

exercises = ExerciseSet("01-linear-algebra/01-scalars-vectors-matrices")

# q1: read shapes -----------------------------------------------------------------------------
exercises.add(
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


exercises.add(
    FunctionExercise(
        "Write data_matrix(examples): given a list of n examples, each a 1-D array of length d, "
        "return the data matrix X of shape (n, d) whose row i is example i.",
        reference=data_matrix,
        cases=_data_matrix_cases,
        hint="np.vstack(examples) (or np.array(examples)) stacks the 1-D arrays as ROWS. Check "
        "the shape: n examples must give n rows.",
        solution_code=(
            "def data_matrix(examples):\n"
            "    return np.vstack(examples)"
        ),
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


exercises.add(
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
exercises.add(
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
exercises.add(
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
