"""From-scratch linear algebra, as built in the 01-linear-algebra notebooks.

Each function is the version a learner writes from the maths: loops over rows and columns, with
NumPy only for array arithmetic. Nothing here calls ``np.linalg`` or ``scipy.linalg`` except the one
eigendecomposition inside :func:`svd`, which says so. The tests check every function against
NumPy / SciPy.

Conventions
-----------
- Inputs may be lists or arrays of real numbers (integers too); results are float arrays.
- Bad input raises ``ValueError`` before any arithmetic, saying what was expected and what arrived.
  A singular matrix where an invertible one is needed raises ``np.linalg.LinAlgError`` (a subclass
  of ``ValueError``).
- "Numerically zero": rounding leaves tiny non-zero numbers where exact arithmetic gives 0. A
  pivot or residual counts as zero when it is at most ``max(m, n) * 1e4 * eps * scale``, where
  ``eps`` is the machine epsilon (about 2.2e-16) and ``scale`` is the largest ``|A_ij|`` (pivots),
  the longest column of A (Gram-Schmidt residuals) or ``A_jj`` (Cholesky). ``np.linalg.matrix_rank``
  uses ``max(m, n) * eps * sigma_max`` without the 1e4 because the SVD keeps its rounding error
  near ``eps * sigma_max``. Elimination does not: after dividing by a small pivot (say 1e-4 of the
  largest entry) the error left in later columns is up to 1e4 times larger. Without the factor,
  about 2 in 100 random rank-deficient matrices (products of m x r and r x n Gaussian matrices,
  up to 8 x 8) got the wrong rank in our trials; with it, none of 10 000 did, and none of 10 000
  matrices with condition numbers up to 1e10 was mistaken for a singular one.
"""

from __future__ import annotations

import numbers
import warnings

import numpy as np
from numpy.typing import ArrayLike

__all__ = [
    "cosine_similarity",
    "matmul",
    "rref",
    "rank",
    "lu",
    "det",
    "solve",
    "inv",
    "cholesky",
    "gram_schmidt",
    "qr",
    "project",
    "least_squares",
    "power_iteration",
    "svd",
]

EPS = np.finfo(float).eps  # machine epsilon, about 2.2e-16

# --------------------------------------------------------------------------- validation helpers


def _as_array(x: ArrayLike, name: str) -> np.ndarray:
    """Copy ``x`` into a new float array, refusing anything that is not real numbers."""
    try:
        array = np.asarray(x)
    except ValueError:  # ragged nested lists such as [[1, 2], [3]]
        raise ValueError(
            f"{name} must be a rectangular array of numbers, got ragged input."
        ) from None
    if array.dtype.kind == "O":  # a list mixing Python objects: accept ints, floats, Fractions
        for value in array.flat:
            if not isinstance(value, numbers.Real):
                raise ValueError(
                    f"{name} must contain real numbers, got {type(value).__name__} {value!r}."
                )
    elif array.dtype.kind not in "biuf":  # bool, int, unsigned, float
        raise ValueError(f"{name} must contain real numbers, got an array of dtype {array.dtype}.")
    return np.array(array, dtype=float)


def _require_finite(array: np.ndarray, name: str) -> None:
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} must contain only finite numbers, got NaN or inf.")


def _as_matrix(A: ArrayLike, name: str) -> np.ndarray:
    """A non-empty, finite, 2-D float copy of ``A``."""
    A = _as_array(A, name)
    if A.ndim != 2:
        raise ValueError(f"{name} must be a 2-D array (a matrix), got shape {A.shape}.")
    if A.size == 0:
        raise ValueError(f"{name} must not be empty, got shape {A.shape}.")
    _require_finite(A, name)
    return A


def _as_vector(v: ArrayLike, name: str) -> np.ndarray:
    """A non-empty, finite, 1-D float copy of ``v``."""
    v = _as_array(v, name)
    if v.ndim != 1:
        raise ValueError(f"{name} must be a 1-D array (a vector), got shape {v.shape}.")
    if v.size == 0:
        raise ValueError(f"{name} must not be empty, got shape {v.shape}.")
    _require_finite(v, name)
    return v


def _require_square(A: np.ndarray, name: str) -> None:
    if A.shape[0] != A.shape[1]:
        raise ValueError(f"{name} must be a square matrix, got shape {A.shape}.")


def _as_right_hand_side(b: ArrayLike, rows: int, name: str) -> np.ndarray:
    """``b`` as a vector (rows,) or a matrix (rows, k) whose rows match those of A."""
    b = _as_array(b, name)
    if b.ndim not in (1, 2) or b.size == 0:
        raise ValueError(
            f"{name} must be a non-empty vector (m,) or matrix (m, k), got shape {b.shape}."
        )
    if b.shape[0] != rows:
        raise ValueError(f"{name} must have {rows} rows to match A, got shape {b.shape}.")
    _require_finite(b, name)
    return b


def _require_non_negative(value: float, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not value >= 0:
        raise ValueError(f"{name} must be a non-negative number, got {value!r}.")
    if not np.isfinite(value):
        raise ValueError(f"{name} must be finite, got {value!r}.")


def _zero_tolerance(A: np.ndarray, scale: float) -> float:
    """At most this counts as zero: max(m, n) * 1e4 * eps * scale (see the module docstring)."""
    return max(A.shape) * 1e4 * EPS * scale


def _largest_entry(A: np.ndarray) -> float:
    return float(np.max(np.abs(A)))


def _longest_column(A: np.ndarray) -> float:
    return max(_norm(column) for column in A.T)


def _norm(v: np.ndarray) -> float:
    """Euclidean length sqrt(v . v), computed as largest * |v / largest|.

    Dividing by the largest entry first keeps the squares from underflowing to 0 (entries near
    1e-200) or overflowing to inf (entries near 1e200).
    """
    largest = np.max(np.abs(v), initial=0.0)
    if largest == 0:
        return 0.0
    scaled = v / largest
    return float(largest * np.sqrt(scaled @ scaled))


def _power_of_two_scaled(v: np.ndarray) -> np.ndarray:
    """``v`` divided by the smallest power of two above its largest |entry|.

    Dividing by a power of two only changes exponents, so no digit is rounded away (unless an
    entry is some 1e308 times smaller than the largest and drops into the subnormal range).
    """
    _, exponent = np.frexp(np.max(np.abs(v)))
    return np.ldexp(v, -int(exponent))


# --------------------------------------------------------------------------- vectors and products


def cosine_similarity(u: ArrayLike, v: ArrayLike) -> float:
    """Cosine of the angle between two vectors, ``u . v / (|u| |v|)``.

    Parameters
    ----------
    u, v : array_like, shape (n,)
        Non-zero vectors of the same length.

    Returns
    -------
    float
        A number in [-1, 1]: 1 for the same direction, 0 for orthogonal, -1 for opposite.

    Raises
    ------
    ValueError
        If u or v is not a finite 1-D vector, their lengths differ, or either is the zero vector.

    Examples
    --------
    >>> cosine_similarity([1, 0], [1, 1])  # 45 degrees
    0.7071067811865475
    """
    u, v = _as_vector(u, "u"), _as_vector(v, "v")
    if u.shape != v.shape:
        raise ValueError(f"u and v must have the same length, got shapes {u.shape} and {v.shape}.")
    length_u, length_v = _norm(u), _norm(v)
    if length_u == 0 or length_v == 0:
        raise ValueError(
            "cosine similarity is undefined for the zero vector (it has no direction)."
        )
    # Rescale each vector by a power of two first: the largest entry lands in [0.5, 1), so u @ v
    # cannot overflow, and it does not underflow to 0 even for entries near 1e200 or 1e-200.
    u_scaled, v_scaled = _power_of_two_scaled(u), _power_of_two_scaled(v)
    cosine = (u_scaled @ v_scaled) / (_norm(u_scaled) * _norm(v_scaled))
    # Rounding can push it a hair past +-1; clip so that arccos of the result never fails.
    return float(np.clip(cosine, -1.0, 1.0))


def matmul(A: ArrayLike, B: ArrayLike) -> np.ndarray:
    """Matrix product with three plain loops: ``C_ij = sum_k A_ik B_kj``.

    Parameters
    ----------
    A : array_like, shape (m, n)
    B : array_like, shape (n, p)
        For a vector use a column of shape (n, 1).

    Returns
    -------
    C : ndarray, shape (m, p)
        Equal to ``A @ B`` (slowly: this version is for reading, not for speed).

    Raises
    ------
    ValueError
        If A or B is not a finite 2-D matrix, or A's columns do not match B's rows.

    Examples
    --------
    >>> matmul([[1, 2], [3, 4]], [[5], [6]])
    array([[17.],
           [39.]])
    """
    A, B = _as_matrix(A, "A"), _as_matrix(B, "B")
    m, n = A.shape
    if B.shape[0] != n:
        raise ValueError(
            f"inner dimensions must match: A has {n} columns but B has {B.shape[0]} rows "
            f"(shapes {A.shape} and {B.shape})."
        )
    p = B.shape[1]
    C = np.zeros((m, p))
    for i in range(m):
        for j in range(p):
            total = 0.0
            for k in range(n):  # row i of A dotted with column j of B
                total += A[i, k] * B[k, j]
            C[i, j] = total
    return C


# --------------------------------------------------------------------------- elimination


def rref(A: ArrayLike, tol: float | None = None) -> tuple[np.ndarray, list[int]]:
    """Reduced row-echelon form by Gauss-Jordan elimination with partial pivoting.

    Parameters
    ----------
    A : array_like, shape (m, n)
    tol : float, optional
        Candidate pivots with ``|value| <= tol`` count as zero. Default
        ``max(m, n) * 1e4 * eps * max|A_ij|`` (see the module docstring).

    Returns
    -------
    R : ndarray, shape (m, n)
        Each pivot is 1 with zeros above and below it; rows of zeros are at the bottom.
    pivot_columns : list of int
        The columns that hold a pivot; their number is the rank of A.

    Raises
    ------
    ValueError
        If A is not a finite, non-empty 2-D matrix, or tol is negative or not finite.

    Examples
    --------
    >>> R, pivot_columns = rref([[1, 2, 3], [2, 4, 7]])
    >>> R
    array([[1., 2., 0.],
           [0., 0., 1.]])
    >>> pivot_columns
    [0, 2]
    """
    R = _as_matrix(A, "A")
    if tol is None:
        tol = _zero_tolerance(R, _largest_entry(R))
    _require_non_negative(tol, "tol")
    m, n = R.shape
    pivot_columns: list[int] = []
    pivot_row = 0
    for column in range(n):
        if pivot_row == m:
            break
        # Partial pivoting: of the rows still free, use the one with the largest entry here.
        best = pivot_row + int(np.argmax(np.abs(R[pivot_row:, column])))
        if abs(R[best, column]) <= tol:
            R[pivot_row:, column] = 0.0  # no pivot in this column: clear the rounding noise
            continue
        R[[pivot_row, best]] = R[[best, pivot_row]]  # swap rows
        R[pivot_row] /= R[pivot_row, column]  # scale so the pivot is 1
        for row in range(m):  # subtract multiples of the pivot row to clear the column
            if row != pivot_row:
                R[row] -= R[row, column] * R[pivot_row]
        pivot_columns.append(column)
        pivot_row += 1
    R[R == 0] = 0.0  # dividing 0 by a negative pivot gives -0.0; show it as 0.0
    return R, pivot_columns


def rank(A: ArrayLike, tol: float | None = None) -> int:
    """Rank of A: the number of pivots in its reduced row-echelon form (see :func:`rref`).

    Parameters
    ----------
    A : array_like, shape (m, n)
    tol : float, optional
        Passed to :func:`rref`.

    Returns
    -------
    int

    Raises
    ------
    ValueError
        As :func:`rref`.

    Examples
    --------
    >>> rank([[1, 2], [2, 4]])  # the second row is twice the first
    1
    """
    return len(rref(A, tol)[1])


def lu(A: ArrayLike) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """LU factorisation with partial pivoting, ``A = P @ L @ U``, as ``scipy.linalg.lu`` returns it.

    Gaussian elimination: at step k bring the row with the largest ``|entry|`` in column k to the
    top, then subtract ``L_ik`` times it from each row below, where ``L_ik = U_ik / U_kk``. A
    singular A still factorises; ``U`` then has a zero (or rounding-small) diagonal entry.

    Parameters
    ----------
    A : array_like, shape (n, n)

    Returns
    -------
    P : ndarray, shape (n, n)
        Permutation matrix.
    L : ndarray, shape (n, n)
        Lower triangular with ones on the diagonal, ``|L_ij| <= 1``.
    U : ndarray, shape (n, n)
        Upper triangular.

    Raises
    ------
    ValueError
        If A is not a finite, non-empty square matrix.

    Examples
    --------
    >>> P, L, U = lu([[1, 2], [3, 4]])
    >>> L
    array([[1.        , 0.        ],
           [0.33333333, 1.        ]])
    >>> U
    array([[3.        , 4.        ],
           [0.        , 0.66666667]])
    """
    U = _as_matrix(A, "A")
    _require_square(U, "A")
    n = U.shape[0]
    L = np.eye(n)
    row_order = np.arange(n)  # row i of P^T A is row row_order[i] of A
    for k in range(n - 1):
        best = k + int(np.argmax(np.abs(U[k:, k])))
        if best != k:  # swap rows k and best of U, of the finished part of L, and of the order
            U[[k, best]] = U[[best, k]]
            L[[k, best], :k] = L[[best, k], :k]
            row_order[[k, best]] = row_order[[best, k]]
        if U[k, k] == 0:
            continue  # the column is already zero below the diagonal: nothing to eliminate
        for i in range(k + 1, n):
            L[i, k] = U[i, k] / U[k, k]
            U[i, k:] -= L[i, k] * U[k, k:]
            U[i, k] = 0.0  # zero in exact arithmetic: store an exact 0, not rounding noise
    P = np.eye(n)[row_order].T  # P^T A = L U, so A = P L U
    return P, L, U


def det(A: ArrayLike) -> float:
    """Determinant from the LU factorisation: ``det A = det P * prod(diag U)``.

    ``det L = 1`` (unit diagonal) and ``det P = +-1``, the sign of the row permutation.

    Parameters
    ----------
    A : array_like, shape (n, n)

    Returns
    -------
    float

    Raises
    ------
    ValueError
        If A is not a finite, non-empty square matrix.

    Examples
    --------
    >>> det([[1, 2], [3, 4]])
    -2.0
    """
    P, _, U = lu(A)
    return float(_permutation_sign(P) * np.prod(np.diag(U)))


def _permutation_sign(P: np.ndarray) -> int:
    """+1 or -1: the parity of the number of swaps that turn P back into the identity."""
    order = [int(i) for i in np.argmax(P, axis=0)]  # column j of P has its 1 in row order[j]
    sign = 1
    for i in range(len(order)):
        while order[i] != i:  # put the entry order[i] in its place: one swap
            j = order[i]
            order[i], order[j] = order[j], order[i]
            sign = -sign
    return sign


def _forward_substitution(L: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Solve L y = b for lower-triangular L, top row first."""
    y = np.zeros_like(b)
    for i in range(L.shape[0]):
        y[i] = (b[i] - L[i, :i] @ y[:i]) / L[i, i]
    return y


def _back_substitution(U: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Solve U x = y for upper-triangular U, bottom row first."""
    n = U.shape[1]
    x = np.zeros((n, *y.shape[1:]))
    for i in reversed(range(n)):
        x[i] = (y[i] - U[i, i + 1 :] @ x[i + 1 :]) / U[i, i]
    return x


def solve(A: ArrayLike, b: ArrayLike) -> np.ndarray:
    """Solve ``A x = b`` via ``A = P L U``: forward substitution ``L y = P^T b``, then ``U x = y``.

    Parameters
    ----------
    A : array_like, shape (n, n)
        Invertible.
    b : array_like, shape (n,) or (n, k)
        One right-hand side, or k of them as columns.

    Returns
    -------
    x : ndarray, same shape as b

    Raises
    ------
    ValueError
        If A is not a finite square matrix, or b is not finite or its rows do not match A.
    numpy.linalg.LinAlgError
        If A is (numerically) singular: a pivot of U is at most
        ``n * 1e4 * eps * max|A_ij|``.

    Examples
    --------
    >>> solve([[2, 1], [1, 3]], [3, 5])
    array([0.8, 1.4])
    """
    A = _as_matrix(A, "A")
    _require_square(A, "A")
    b = _as_right_hand_side(b, A.shape[0], "b")
    P, L, U = lu(A)
    pivots = np.abs(np.diag(U))
    if np.min(pivots) <= _zero_tolerance(A, _largest_entry(A)):
        raise np.linalg.LinAlgError(
            f"A is singular: U has a zero pivot at position {int(np.argmin(pivots))}, so A x = b "
            "has either no solution or infinitely many."
        )
    y = _forward_substitution(L, P.T @ b)
    return _back_substitution(U, y)


def inv(A: ArrayLike) -> np.ndarray:
    """Inverse by Gauss-Jordan elimination with partial pivoting on ``[A | I]``.

    Row operations that turn A into I turn I into ``A^{-1}``.

    Parameters
    ----------
    A : array_like, shape (n, n)
        Invertible.

    Returns
    -------
    ndarray, shape (n, n)

    Raises
    ------
    ValueError
        If A is not a finite, non-empty square matrix.
    numpy.linalg.LinAlgError
        If A is (numerically) singular: no pivot larger than
        ``n * 1e4 * eps * max|A_ij|`` is left.

    Examples
    --------
    >>> inv([[2, 0], [0, 4]])
    array([[0.5 , 0.  ],
           [0.  , 0.25]])
    """
    A = _as_matrix(A, "A")
    _require_square(A, "A")
    n = A.shape[0]
    tol = _zero_tolerance(A, _largest_entry(A))
    augmented = np.hstack([A, np.eye(n)])  # [A | I]
    for k in range(n):
        best = k + int(np.argmax(np.abs(augmented[k:, k])))
        if abs(augmented[best, k]) <= tol:
            raise np.linalg.LinAlgError(
                f"A is singular: column {k} has no pivot, so A has no inverse."
            )
        augmented[[k, best]] = augmented[[best, k]]
        augmented[k] /= augmented[k, k]
        for row in range(n):
            if row != k:
                augmented[row] -= augmented[row, k] * augmented[k]
    return augmented[:, n:]  # now [I | A^{-1}]


def cholesky(A: ArrayLike) -> np.ndarray:
    """Cholesky factor: lower-triangular L with positive diagonal and ``A = L @ L.T``.

    Column by column from ``A_ij = sum_k L_ik L_jk``:
    ``L_jj = sqrt(A_jj - sum_{k<j} L_jk^2)`` and ``L_ij = (A_ij - sum_{k<j} L_ik L_jk) / L_jj``.

    Parameters
    ----------
    A : array_like, shape (n, n)
        Symmetric positive definite. Symmetric means ``|A_ij - A_ji| <= 1e-10 * max|A_ij|``;
        only the lower triangle is then used.

    Returns
    -------
    L : ndarray, shape (n, n)

    Raises
    ------
    ValueError
        If A is not a finite square matrix, or not symmetric.
    numpy.linalg.LinAlgError
        If A is not positive definite: a square root of a number
        ``<= n * 1e4 * eps * A_jj`` is needed.

    Examples
    --------
    >>> cholesky([[4, 2], [2, 5]])
    array([[2., 0.],
           [1., 2.]])
    """
    A = _as_matrix(A, "A")
    _require_square(A, "A")
    asymmetry = np.max(np.abs(A - A.T))
    if asymmetry > 1e-10 * np.max(np.abs(A)):
        raise ValueError(f"A must be symmetric, but max |A_ij - A_ji| = {asymmetry:.3g}.")
    n = A.shape[0]
    L = np.zeros((n, n))
    for j in range(n):
        pivot_squared = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot_squared <= _zero_tolerance(A, abs(A[j, j])):
            raise np.linalg.LinAlgError(
                f"A is not positive definite: step {j} needs the square root of "
                f"{pivot_squared:.3g}, which is not positive."
            )
        L[j, j] = np.sqrt(pivot_squared)
        for i in range(j + 1, n):
            L[i, j] = (A[i, j] - L[i, :j] @ L[j, :j]) / L[j, j]
    return L


# --------------------------------------------------------------------------- orthogonality


def _orthogonalise(vector: np.ndarray, basis: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Remove from ``vector`` its components along the orthonormal vectors in ``basis``.

    Modified Gram-Schmidt: each projection is taken of the already-reduced vector. The sweep runs
    twice ("twice is enough"): the second removes what rounding left after the first, so the
    residual stays orthogonal to the basis even when ``vector`` nearly lies in its span.
    Returns ``(coefficients, residual)``: ``vector = sum_i coefficients[i] basis[i] + residual``.
    """
    coefficients = np.zeros(len(basis))
    residual = vector.copy()
    for _sweep in range(2):
        for i, q in enumerate(basis):
            component = q @ residual
            coefficients[i] += component
            residual -= component * q
    return coefficients, residual


def gram_schmidt(A: ArrayLike) -> np.ndarray:
    """Orthonormal basis of the column space of A by modified Gram-Schmidt.

    Each column minus its projections onto the basis so far is either (numerically) zero, then
    the column depends on earlier ones and is dropped, or it is normalised and joins the basis.

    Parameters
    ----------
    A : array_like, shape (m, n)

    Returns
    -------
    Q : ndarray, shape (m, r)
        Orthonormal columns spanning the same space as A's columns; r is the rank of A
        (0 columns if A is zero).

    Raises
    ------
    ValueError
        If A is not a finite, non-empty 2-D matrix.

    Examples
    --------
    >>> gram_schmidt([[1, 2], [0, 0]])  # the second column is twice the first
    array([[1.],
           [0.]])
    """
    A = _as_matrix(A, "A")
    tol = _zero_tolerance(A, _longest_column(A))
    basis: list[np.ndarray] = []
    for column in A.T:
        _, residual = _orthogonalise(column, basis)
        length = _norm(residual)
        if length > tol:
            basis.append(residual / length)
    return np.column_stack(basis) if basis else np.zeros((A.shape[0], 0))


def _unit_vector_orthogonal_to(basis: list[np.ndarray], m: int) -> np.ndarray:
    """A unit vector orthogonal to the (fewer than m) orthonormal vectors in ``basis``.

    Some standard basis vector e_i must stick out of span(basis); use the one that sticks out most.
    """
    residuals = [_orthogonalise(e_i, basis)[1] for e_i in np.eye(m)]
    longest = max(residuals, key=_norm)
    return longest / _norm(longest)


def qr(A: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """Reduced QR factorisation ``A = Q @ R`` by modified Gram-Schmidt.

    Column j of A is ``sum_i R_ij q_i``: ``R_ij = q_i . a_j`` for the earlier q's and ``R_jj``
    is the length of what is left, so ``diag(R) >= 0``. When column j depends on earlier ones
    (what is left is numerically zero), ``R_jj = 0`` and ``q_j`` is any unit vector orthogonal to
    the q's so far, so Q keeps orthonormal columns for rank-deficient A too.

    Parameters
    ----------
    A : array_like, shape (m, n)

    Returns
    -------
    Q : ndarray, shape (m, k)
        Orthonormal columns, ``k = min(m, n)``.
    R : ndarray, shape (k, n)
        Upper triangular with a non-negative diagonal.

    Raises
    ------
    ValueError
        If A is not a finite, non-empty 2-D matrix.

    Examples
    --------
    >>> Q, R = qr([[3, 1], [4, 2]])
    >>> R
    array([[5. , 2.2],
           [0. , 0.4]])
    """
    A = _as_matrix(A, "A")
    m, n = A.shape
    k = min(m, n)
    tol = _zero_tolerance(A, _longest_column(A))
    basis: list[np.ndarray] = []
    R = np.zeros((k, n))
    for j in range(n):
        coefficients, residual = _orthogonalise(A[:, j], basis)
        R[: len(basis), j] = coefficients
        if len(basis) == k:
            continue  # (n > m) the q's already span R^m, so the residual is rounding error
        length = _norm(residual)
        if length > tol:
            basis.append(residual / length)
            R[j, j] = length
        else:  # column j depends on the earlier ones: R_jj = 0, complete Q with a new direction
            basis.append(_unit_vector_orthogonal_to(basis, m))
    return np.column_stack(basis), R


def project(b: ArrayLike, A: ArrayLike) -> np.ndarray:
    """Orthogonal projection of b onto the column space of A: ``Q Q^T b``.

    Q is the orthonormal basis from :func:`gram_schmidt`, so A may be rank-deficient.

    Parameters
    ----------
    b : array_like, shape (m,) or (m, k)
        One vector, or k of them as columns.
    A : array_like, shape (m, n)

    Returns
    -------
    ndarray, same shape as b
        The point of col(A) closest to b (column by column).

    Raises
    ------
    ValueError
        If A is not a finite 2-D matrix, or b is not finite or its rows do not match A.

    Examples
    --------
    >>> project([3, 4], [[1], [0]])  # onto the x-axis
    array([3., 0.])
    """
    A = _as_matrix(A, "A")
    b = _as_right_hand_side(b, A.shape[0], "b")
    Q = gram_schmidt(A)
    return Q @ (Q.T @ b)


def least_squares(A: ArrayLike, b: ArrayLike) -> np.ndarray:
    """The x minimising ``|A x - b|``, from ``A = Q R``: solve ``R x = Q^T b`` by back substitution.

    Parameters
    ----------
    A : array_like, shape (m, n)
        With linearly independent columns (so ``m >= n``).
    b : array_like, shape (m,) or (m, k)

    Returns
    -------
    x : ndarray, shape (n,) or (n, k)

    Raises
    ------
    ValueError
        If A is not a finite 2-D matrix, or b is not finite or its rows do not match A.
    numpy.linalg.LinAlgError
        If the columns of A are linearly dependent (then the minimiser is not unique).

    Examples
    --------
    >>> least_squares([[1, 0], [1, 1], [1, 2]], [1, 2, 4])  # best line through three points
    array([0.83333333, 1.5       ])
    """
    A = _as_matrix(A, "A")
    b = _as_right_hand_side(b, A.shape[0], "b")
    m, n = A.shape
    if n > m:
        raise np.linalg.LinAlgError(
            f"the columns of A are linearly dependent: {n} columns in {m}-dimensional space."
        )
    Q, R = qr(A)
    if np.min(np.diag(R)) <= _zero_tolerance(A, _longest_column(A)):
        raise np.linalg.LinAlgError(
            f"the columns of A are linearly dependent (column {int(np.argmin(np.diag(R)))} is a "
            "combination of earlier ones), so the least-squares solution is not unique."
        )
    return _back_substitution(R, Q.T @ b)


# --------------------------------------------------------------------------- eigenvalues and SVD


def power_iteration(
    A: ArrayLike,
    num_iterations: int = 1000,
    tol: float = 1e-10,
    rng: np.random.Generator | int | None = None,
) -> tuple[float, np.ndarray]:
    """Eigenvalue of largest magnitude, and its eigenvector, by repeated multiplication.

    ``x <- A x / |A x|`` from a random start; the eigenvalue is the Rayleigh quotient ``x . A x``.
    When the eigenvalue is negative, ``A x`` points against x, so each new x is sign-aligned with
    the previous one before measuring the change. Stops when x moves by less than ``tol``.

    Parameters
    ----------
    A : array_like, shape (n, n)
    num_iterations : int, default 1000
        Maximum number of multiplications.
    tol : float, default 1e-10
    rng : numpy.random.Generator or int, optional
        Source of the random start; an int is a seed. Default seed 0, so results repeat.

    Returns
    -------
    eigenvalue : float
    eigenvector : ndarray, shape (n,)
        Unit length, signed so that its largest-magnitude entry is positive.

    Raises
    ------
    ValueError
        If A is not a finite square matrix, or num_iterations, tol or rng is invalid.

    Warns
    -----
    RuntimeWarning
        If x has not settled after num_iterations (no single dominant eigenvalue, e.g. a complex
        pair or both +lambda and -lambda, or a slow ratio |lambda_2 / lambda_1|).

    Examples
    --------
    >>> eigenvalue, eigenvector = power_iteration([[2, 0], [0, -5]])
    >>> round(eigenvalue, 6), np.round(eigenvector, 6)
    (-5.0, array([0., 1.]))
    """
    A = _as_matrix(A, "A")
    _require_square(A, "A")
    if isinstance(num_iterations, bool) or not isinstance(num_iterations, (int, np.integer)):
        raise ValueError(f"num_iterations must be a positive int, got {num_iterations!r}.")
    if num_iterations < 1:
        raise ValueError(f"num_iterations must be a positive int, got {num_iterations!r}.")
    _require_non_negative(tol, "tol")
    if rng is not None and (
        isinstance(rng, bool) or not isinstance(rng, (int, np.integer, np.random.Generator))
    ):
        raise ValueError(f"rng must be None, an int seed or a np.random.Generator, got {rng!r}.")
    generator = np.random.default_rng(0 if rng is None else rng)

    x = generator.standard_normal(A.shape[0])
    x /= _norm(x)
    for _ in range(num_iterations):
        y = A @ x
        if _norm(y) == 0:
            return 0.0, _sign_normalised(x)  # A x = 0 x: x is an eigenvector for eigenvalue 0
        x_new = y / _norm(y)
        if x_new @ x < 0:
            x_new = -x_new  # negative eigenvalue: undo the flip so that convergence is visible
        change = _norm(x_new - x)
        x = x_new
        if change < tol:
            break
    else:
        warnings.warn(
            f"power_iteration did not converge in {num_iterations} iterations (last change "
            f"{change:.2g}); A may have no single eigenvalue of largest magnitude.",
            RuntimeWarning,
            stacklevel=2,
        )
    eigenvalue = float(x @ A @ x)  # Rayleigh quotient of a unit vector
    return eigenvalue, _sign_normalised(x)


def _sign_normalised(x: np.ndarray) -> np.ndarray:
    """x or -x, whichever has a positive largest-magnitude entry."""
    return x if x[np.argmax(np.abs(x))] > 0 else -x


def svd(A: ArrayLike) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Reduced singular value decomposition ``A = U @ diag(S) @ Vt`` from an eigendecomposition.

    For tall A (m >= n): ``A^T A = V diag(lambda) V^T`` with orthonormal eigenvectors v_i.
    Then ``|A v_i|^2 = lambda_i``, so ``sigma_i = |A v_i|`` and ``u_i = A v_i / sigma_i``; these
    columns are orthogonal, and :func:`qr` of ``A V`` normalises them and completes the basis
    where ``sigma_i = 0``. Wide A uses ``A A^T`` instead, through ``A^T = V S U^T``.

    This is the one place the module uses ``np.linalg``: ``np.linalg.eigh`` for the symmetric
    eigenproblem. ``A^T A`` squares the condition number, so ``sqrt(lambda_i)`` would lose half
    the digits of a small singular value; ``sigma_i = |A v_i|`` usually keeps it to about
    ``eps * sigma_max``, but small singular values close to one another can still be off by up
    to about ``sqrt(eps) * sigma_max`` (1e-8 of the largest). ``np.linalg.svd`` avoids ``A^T A``.

    Parameters
    ----------
    A : array_like, shape (m, n)

    Returns
    -------
    U : ndarray, shape (m, k)
        Orthonormal columns, ``k = min(m, n)``.
    S : ndarray, shape (k,)
        Singular values, non-negative and descending.
    Vt : ndarray, shape (k, n)
        Orthonormal rows.

    Raises
    ------
    ValueError
        If A is not a finite, non-empty 2-D matrix.

    Examples
    --------
    >>> U, S, Vt = svd([[3, 0], [0, -2], [0, 0]])
    >>> S
    array([3., 2.])
    """
    A = _as_matrix(A, "A")
    m, n = A.shape
    if m < n:
        V, S, Ut = svd(A.T)  # A^T = V S U^T, so A = U S V^T
        return Ut.T, S, V.T
    eigenvalues, V = np.linalg.eigh(A.T @ A)  # the one np.linalg call: A^T A = V diag V^T
    V = V[:, np.argsort(eigenvalues)[::-1]]  # largest first
    AV = A @ V  # column i is sigma_i u_i
    S = np.array([_norm(column) for column in AV.T])
    U, _ = qr(AV)  # u_i = A v_i / sigma_i, and orthonormal completion where sigma_i = 0
    order = np.argsort(-S, kind="stable")  # rounding can swap near-equal or zero sigmas
    return U[:, order], S[order], V[:, order].T
