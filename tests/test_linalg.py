"""Tests for utils.linalg: every from-scratch routine is compared with NumPy / SciPy."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import scipy.linalg
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from utils.linalg import (
    cholesky,
    cosine_similarity,
    det,
    gram_schmidt,
    inv,
    least_squares,
    lu,
    matmul,
    power_iteration,
    project,
    qr,
    rank,
    rref,
    solve,
    svd,
)

FAST = settings(max_examples=40, deadline=None)
seeds = st.integers(min_value=0, max_value=2**32 - 1)
sizes = st.integers(min_value=1, max_value=6)
entries = st.floats(min_value=-10, max_value=10, allow_nan=False, allow_subnormal=False)


@st.composite
def any_matrices(draw, square: bool = False) -> np.ndarray:
    """Arbitrary bounded matrices, including the odd ones hypothesis likes (zeros, repeats)."""
    m = draw(sizes)
    n = m if square else draw(sizes)
    return draw(arrays(np.float64, (m, n), elements=entries))


@st.composite
def low_rank_matrices(draw, square: bool = False) -> np.ndarray:
    """(m x r) @ (r x n) for r from 0 to min(m, n): rank r (or less, for integer factors)."""
    m = draw(sizes)
    n = m if square else draw(sizes)
    r = draw(st.integers(min_value=0, max_value=min(m, n)))
    rng = np.random.default_rng(draw(seeds))
    if draw(st.booleans()):  # small integers: exact dependencies, as in a textbook exercise
        left, right = rng.integers(-3, 4, (m, r)), rng.integers(-3, 4, (r, n))
    else:
        left, right = rng.standard_normal((m, r)), rng.standard_normal((r, n))
    return (left @ right).astype(float)


@st.composite
def gaussian_matrices(draw, square: bool = False, tall: bool = False) -> np.ndarray:
    """Random normal matrices: generic, so full rank and without ties between pivots."""
    m = draw(sizes)
    n = m if square else draw(st.integers(min_value=1, max_value=m) if tall else sizes)
    return np.random.default_rng(draw(seeds)).standard_normal((m, n))


@st.composite
def well_conditioned(draw) -> np.ndarray:
    """Square, non-symmetric, invertible with a modest condition number."""
    A = draw(gaussian_matrices(square=True))
    A = A + len(A) * np.eye(len(A))
    assume(np.linalg.cond(A) < 1e6)
    return A


@st.composite
def positive_definite(draw) -> np.ndarray:
    G = draw(gaussian_matrices(square=True))
    return G @ G.T + len(G) * np.eye(len(G))


def column_space_projector(A: np.ndarray) -> np.ndarray:
    """Reference projector onto col(A) from NumPy's SVD and matrix_rank."""
    r = np.linalg.matrix_rank(A)
    U = np.linalg.svd(A)[0][:, :r]
    return U @ U.T


def assert_orthonormal_columns(Q: np.ndarray) -> None:
    np.testing.assert_allclose(Q.T @ Q, np.eye(Q.shape[1]), atol=1e-10)


# ---------------------------------------------------------------- vectors and products


@FAST
@given(data=st.data(), n=sizes)
def test_cosine_similarity_matches_numpy(data, n):
    u = data.draw(arrays(np.float64, n, elements=entries))
    v = data.draw(arrays(np.float64, n, elements=entries))
    assume(np.linalg.norm(u) > 1e-3 and np.linalg.norm(v) > 1e-3)
    expected = u @ v / (np.linalg.norm(u) * np.linalg.norm(v))
    result = cosine_similarity(u, v)
    assert isinstance(result, float)
    assert result == pytest.approx(expected, abs=1e-12)
    assert cosine_similarity(u, 3 * u) == pytest.approx(1.0)
    assert cosine_similarity(u, -u) == pytest.approx(-1.0)


def test_cosine_similarity_of_orthogonal_integer_lists_is_zero():
    assert cosine_similarity([1, 2, 0], [-2, 1, 5]) == 0.0


@FAST
@given(data=st.data(), m=sizes, n=sizes, p=sizes)
def test_matmul_matches_numpy(data, m, n, p):
    A = data.draw(arrays(np.float64, (m, n), elements=entries))
    B = data.draw(arrays(np.float64, (n, p), elements=entries))
    C = matmul(A, B)
    assert C.shape == (m, p) and C.dtype == float
    np.testing.assert_allclose(C, A @ B, atol=1e-9)


def test_matmul_accepts_integer_lists():
    np.testing.assert_array_equal(matmul([[1, 2, 3]], [[1], [0], [-1]]), [[-2.0]])


# ---------------------------------------------------------------- rref and rank


def assert_is_rref(R: np.ndarray, pivot_columns: list[int]) -> None:
    m, n = R.shape
    assert all(isinstance(column, int) for column in pivot_columns)
    assert pivot_columns == sorted(set(pivot_columns))
    for row, column in enumerate(pivot_columns):
        assert R[row, column] == 1.0  # each pivot is 1 ...
        assert np.count_nonzero(R[:, column]) == 1  # ... alone in its column
        assert not np.any(R[row, :column])  # and the first non-zero of its row
    assert not np.any(R[len(pivot_columns) :])  # rows of zeros at the bottom


def assert_rows_are_combinations(X: np.ndarray, Y: np.ndarray) -> None:
    """Every row of X lies in the row space of Y: X^T = Y^T C for some C."""
    coefficients = np.linalg.lstsq(Y.T, X.T, rcond=None)[0]
    scale = max(1.0, np.abs(X).max(), np.abs(Y).max())
    np.testing.assert_allclose(Y.T @ coefficients, X.T, atol=1e-8 * scale)


@FAST
@given(A=any_matrices())
def test_rref_is_in_reduced_row_echelon_form(A):
    R, pivot_columns = rref(A)
    assert R.shape == A.shape
    assert_is_rref(R, pivot_columns)
    # Row operations keep the row space, so A's rows are combinations of R's rows. (The converse
    # is checked on matrices of known rank below: for a nearly singular A such as
    # [[0, 1e-10], [1e-10, 1]] elimination and NumPy's SVD disagree about the rank.)
    assert_rows_are_combinations(A, R)


@FAST
@given(A=low_rank_matrices())
def test_rref_and_rank_agree_with_numpy_matrix_rank(A):
    R, pivot_columns = rref(A)
    assert_is_rref(R, pivot_columns)
    expected = np.linalg.matrix_rank(A)
    assert len(pivot_columns) == expected == np.linalg.matrix_rank(R)
    assert rank(A) == expected
    assert isinstance(rank(A), int)
    assert_rows_are_combinations(R, A)  # the same row space
    assert_rows_are_combinations(A, R)


@FAST
@given(A=gaussian_matrices())
def test_rank_of_a_random_matrix_is_full(A):
    assert rank(A) == min(A.shape) == np.linalg.matrix_rank(A)


def test_rref_of_a_textbook_example():
    R, pivot_columns = rref([[1, 2, 1, 4], [2, 4, 0, 6], [3, 6, 1, 10]])
    np.testing.assert_allclose(R, [[1, 2, 0, 3], [0, 0, 1, 1], [0, 0, 0, 0]], atol=1e-12)
    assert pivot_columns == [0, 2]
    assert rank([[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == 2
    assert rank(np.zeros((2, 3))) == 0


def test_rank_survives_rounding_magnified_by_a_small_pivot():
    # r0 + 2 r1 = (e, 0, 0, 0) and r2 + 3 r3 = (-e, 0, 0, 0), so r0 + 2 r1 + r2 + 3 r3 = 0 exactly
    # (every entry is a binary fraction): rank 3. Elimination meets a pivot of about e = 2^-15, and
    # the rounding it magnifies beats NumPy's max(m, n) * eps * scale; the module's 1e4 covers it.
    e = 2.0**-15
    A = np.array([[-6 + e, 4, 12, 16], [3, -2, -6, -8], [-12 - e, -6, -15, 12], [4, 2, 5, -4]])
    assert np.linalg.matrix_rank(A) == 3
    assert rank(A, tol=4 * np.finfo(float).eps * 16) == 4  # the NumPy-sized tolerance is fooled
    assert rank(A) == 3 and rank(A.T) == 3
    assert gram_schmidt(A).shape == (4, 3)
    with pytest.raises(np.linalg.LinAlgError, match="singular"):
        solve(A, np.ones(4))
    with pytest.raises(np.linalg.LinAlgError, match="singular"):
        inv(A)


def test_rref_tol_argument_decides_what_counts_as_zero():
    A = [[1, 1], [1, 1 + 1e-6]]
    assert rank(A) == 2
    assert rank(A, tol=1e-3) == 1
    assert rank(A, tol=0) == 2


def test_rref_and_lu_do_not_modify_their_input():
    A = np.array([[0.0, 2.0], [3.0, 4.0]])
    original = A.copy()
    rref(A), lu(A), inv(A), qr(A), svd(A)
    np.testing.assert_array_equal(A, original)


# ---------------------------------------------------------------- LU, det, solve, inv


@FAST
@given(A=gaussian_matrices(square=True))
def test_lu_matches_scipy(A):
    P, L, U = lu(A)
    P_ref, L_ref, U_ref = scipy.linalg.lu(A)
    np.testing.assert_array_equal(P, P_ref)
    np.testing.assert_allclose(L, L_ref, atol=1e-10)
    np.testing.assert_allclose(U, U_ref, atol=1e-10)


@FAST
@given(A=st.one_of(any_matrices(square=True), low_rank_matrices(square=True)))
def test_lu_factorises_any_square_matrix_even_singular(A):
    P, L, U = lu(A)
    np.testing.assert_allclose(P @ L @ U, A, atol=1e-10 * max(1.0, np.abs(A).max()))
    assert set(np.unique(P)) <= {0.0, 1.0}  # a permutation matrix: 0s and 1s, ...
    np.testing.assert_array_equal(P.sum(axis=0), 1.0)  # ... one 1 in each column ...
    np.testing.assert_array_equal(P.sum(axis=1), 1.0)  # ... and in each row
    np.testing.assert_array_equal(np.diag(L), 1.0)
    assert np.all(np.triu(L, 1) == 0) and np.all(np.abs(L) <= 1.0)
    assert np.all(np.tril(U, -1) == 0)


@FAST
@given(A=st.one_of(gaussian_matrices(square=True), low_rank_matrices(square=True)))
def test_det_matches_numpy(A):
    result = det(A)
    assert isinstance(result, float)
    scale = max(1.0, np.abs(A).max()) ** len(A)
    assert result == pytest.approx(np.linalg.det(A), rel=1e-8, abs=1e-10 * scale)


def test_det_of_integer_matrices_and_row_swaps():
    assert det([[0, 1], [1, 0]]) == -1.0  # one swap
    assert det([[2, 0, 0], [0, 3, 0], [0, 0, 4]]) == 24.0
    assert det([[1, 2], [2, 4]]) == 0.0
    assert det([[0, 0, 1], [1, 0, 0], [0, 1, 0]]) == 1.0  # a 3-cycle is two swaps


@FAST
@given(A=well_conditioned(), k=st.integers(min_value=1, max_value=3), seed=seeds)
def test_solve_matches_numpy_for_vector_and_matrix_right_hand_sides(A, k, seed):
    rng = np.random.default_rng(seed)
    b_vector, b_matrix = rng.standard_normal(len(A)), rng.standard_normal((len(A), k))
    x = solve(A, b_vector)
    assert x.shape == b_vector.shape
    np.testing.assert_allclose(x, np.linalg.solve(A, b_vector), atol=1e-10)
    X = solve(A, b_matrix)
    assert X.shape == b_matrix.shape
    np.testing.assert_allclose(X, np.linalg.solve(A, b_matrix), atol=1e-10)


def test_solve_with_integer_lists_needs_a_row_swap():
    np.testing.assert_allclose(solve([[0, 1], [2, 0]], [3, 4]), [2.0, 3.0])


@FAST
@given(A=well_conditioned())
def test_inv_matches_numpy(A):
    A_inverse = inv(A)
    np.testing.assert_allclose(A_inverse, np.linalg.inv(A), atol=1e-10)
    np.testing.assert_allclose(A @ A_inverse, np.eye(len(A)), atol=1e-10)


@FAST
@given(A=low_rank_matrices(square=True))
def test_singular_matrices_are_refused_by_solve_and_inv(A):
    assume(np.linalg.matrix_rank(A) < len(A))
    with pytest.raises(np.linalg.LinAlgError, match="singular"):
        solve(A, np.ones(len(A)))
    with pytest.raises(np.linalg.LinAlgError, match="singular"):
        inv(A)


@pytest.mark.parametrize(
    "A", [[[1, 2], [2, 4]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[0.0]], [[1, 1], [1, 1]]]
)
def test_textbook_singular_matrices(A):
    with pytest.raises(np.linalg.LinAlgError, match="singular"):
        solve(A, np.ones(len(A)))
    with pytest.raises(np.linalg.LinAlgError, match="singular"):
        inv(A)
    assert det(A) == pytest.approx(0.0, abs=1e-12)
    lu(A)  # still factorises


# ---------------------------------------------------------------- Cholesky


@FAST
@given(A=positive_definite())
def test_cholesky_matches_numpy(A):
    L = cholesky(A)
    np.testing.assert_allclose(L, np.linalg.cholesky(A), atol=1e-10)
    np.testing.assert_allclose(L @ L.T, A, atol=1e-10 * np.abs(A).max())


@FAST
@given(A=gaussian_matrices(square=True), shift=st.floats(min_value=0.1, max_value=5))
def test_cholesky_refuses_indefinite_matrices(A, shift):
    # Subtracting more than the smallest eigenvalue leaves a negative one.
    symmetric = A + A.T
    indefinite = symmetric - (np.linalg.eigvalsh(symmetric)[0] + shift) * np.eye(len(A))
    with pytest.raises(np.linalg.LinAlgError, match="positive definite"):
        cholesky(indefinite)


# ---------------------------------------------------------------- Gram-Schmidt, QR, projection


@FAST
@given(A=st.one_of(low_rank_matrices(), gaussian_matrices()))
def test_gram_schmidt_is_an_orthonormal_basis_of_the_column_space(A):
    Q = gram_schmidt(A)
    assert Q.shape == (A.shape[0], np.linalg.matrix_rank(A))
    assert_orthonormal_columns(Q)
    np.testing.assert_allclose(Q @ Q.T, column_space_projector(A), atol=1e-8)


def test_gram_schmidt_and_qr_stay_orthonormal_for_an_ill_conditioned_matrix():
    # Hilbert(8) has condition number 1.5e10: one sweep of modified Gram-Schmidt would leave
    # Q^T Q about eps * 1.5e10 = 3e-6 away from I; the second sweep restores it.
    H = scipy.linalg.hilbert(8)
    Q = gram_schmidt(H)
    assert Q.shape == (8, 8)
    assert_orthonormal_columns(Q)
    Q, R = qr(H)
    assert_orthonormal_columns(Q)
    np.testing.assert_allclose(Q @ R, H, atol=1e-14)


def test_gram_schmidt_drops_dependent_columns():
    Q = gram_schmidt([[1, 2, 0], [1, 2, 1], [0, 0, 1]])
    assert Q.shape == (3, 2)
    np.testing.assert_allclose(Q[:, 0], [2**-0.5, 2**-0.5, 0])
    assert gram_schmidt(np.zeros((3, 2))).shape == (3, 0)


@FAST
@given(A=gaussian_matrices())
def test_qr_matches_numpy_up_to_signs(A):
    Q, R = qr(A)
    Q_ref, R_ref = np.linalg.qr(A)  # reduced: Q is m x k, R is k x n
    signs = np.sign(np.diag(R_ref))  # make NumPy's diag(R) non-negative, as ours is
    np.testing.assert_allclose(Q, Q_ref * signs, atol=1e-8)
    np.testing.assert_allclose(R, R_ref * signs[:, None], atol=1e-8)


@FAST
@given(A=st.one_of(low_rank_matrices(), any_matrices()))
def test_qr_of_any_matrix_is_a_valid_reduced_factorisation(A):
    Q, R = qr(A)
    k = min(A.shape)
    assert Q.shape == (A.shape[0], k) and R.shape == (k, A.shape[1])
    assert_orthonormal_columns(Q)
    assert np.all(np.tril(R, -1) == 0) and np.all(np.diag(R) >= 0)
    np.testing.assert_allclose(Q @ R, A, atol=1e-9 * max(1.0, np.abs(A).max()))


@FAST
@given(A=st.one_of(low_rank_matrices(), gaussian_matrices()), k=st.integers(1, 3), seed=seeds)
def test_project_matches_the_pseudo_inverse_projector(A, k, seed):
    rng = np.random.default_rng(seed)
    b_vector, b_matrix = rng.standard_normal(A.shape[0]), rng.standard_normal((A.shape[0], k))
    projector = column_space_projector(A)
    np.testing.assert_allclose(project(b_vector, A), projector @ b_vector, atol=1e-8)
    p = project(b_matrix, A)
    assert p.shape == b_matrix.shape
    np.testing.assert_allclose(p, projector @ b_matrix, atol=1e-8)
    np.testing.assert_allclose(project(p, A), p, atol=1e-8)  # projecting twice changes nothing


@FAST
@given(A=gaussian_matrices(tall=True), k=st.integers(1, 3), seed=seeds)
def test_least_squares_matches_numpy_lstsq(A, k, seed):
    assume(np.linalg.cond(A) < 1e6)
    rng = np.random.default_rng(seed)
    for b in (rng.standard_normal(A.shape[0]), rng.standard_normal((A.shape[0], k))):
        x = least_squares(A, b)
        assert x.shape == (A.shape[1], *b.shape[1:])
        np.testing.assert_allclose(x, np.linalg.lstsq(A, b, rcond=None)[0], atol=1e-8)


@FAST
@given(A=low_rank_matrices())
def test_least_squares_refuses_dependent_columns(A):
    assume(np.linalg.matrix_rank(A) < A.shape[1])
    with pytest.raises(np.linalg.LinAlgError, match="linearly dependent"):
        least_squares(A, np.ones(A.shape[0]))


# ---------------------------------------------------------------- power iteration and SVD


@st.composite
def dominant_eigenproblems(draw, symmetric: bool) -> np.ndarray:
    """A = V diag(eigenvalues) V^-1 whose largest |eigenvalue| is at least twice the others."""
    n = draw(st.integers(min_value=2, max_value=6))
    rng = np.random.default_rng(draw(seeds))
    eigenvalues = rng.uniform(-1, 1, n)
    eigenvalues[0] = draw(st.sampled_from([-1, 1])) * rng.uniform(2, 5)
    if symmetric:
        V = np.linalg.qr(rng.standard_normal((n, n)))[0]
        return V @ np.diag(eigenvalues) @ V.T
    V = np.eye(n) + 0.3 * rng.standard_normal((n, n))
    assume(np.linalg.cond(V) < 100)
    return V @ np.diag(eigenvalues) @ np.linalg.inv(V)


@FAST
@given(A=st.one_of(dominant_eigenproblems(True), dominant_eigenproblems(False)))
def test_power_iteration_matches_numpy_eig(A):
    eigenvalues, eigenvectors = np.linalg.eig(A)
    largest = np.argmax(np.abs(eigenvalues))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # must converge without a warning
        eigenvalue, x = power_iteration(A)
    assert isinstance(eigenvalue, float)
    assert eigenvalue == pytest.approx(eigenvalues[largest].real, rel=1e-8)
    assert np.linalg.norm(x) == pytest.approx(1.0)
    reference = eigenvectors[:, largest].real
    assert abs(x @ reference) / np.linalg.norm(reference) == pytest.approx(1.0, abs=1e-8)


def test_power_iteration_negative_dominant_eigenvalue_and_seeding():
    A = np.array([[-4.0, 1.0], [1.0, 2.0]])  # eigenvalues -1 +- sqrt(10)
    eigenvalue, x = power_iteration(A, rng=3)
    assert eigenvalue == pytest.approx(-1 - np.sqrt(10), rel=1e-9)
    np.testing.assert_allclose(A @ x, eigenvalue * x, atol=1e-8)
    assert x[np.argmax(np.abs(x))] > 0  # sign convention
    again = power_iteration(A, rng=np.random.default_rng(3))
    assert again[0] == eigenvalue and np.array_equal(again[1], x)
    assert power_iteration(A)[0] == power_iteration(A, rng=0)[0]


@pytest.mark.parametrize("A", [[[0, 1], [-1, 0]], [[1, 0], [0, -1]]], ids=["rotation", "+-1"])
def test_power_iteration_warns_without_a_single_dominant_eigenvalue(A):
    with pytest.warns(RuntimeWarning, match="did not converge"):
        power_iteration(A, num_iterations=50)


def test_power_iteration_of_the_zero_matrix():
    eigenvalue, x = power_iteration(np.zeros((3, 3)))
    assert eigenvalue == 0.0 and np.linalg.norm(x) == pytest.approx(1.0)


def assert_is_svd_of(A: np.ndarray, U: np.ndarray, S: np.ndarray, Vt: np.ndarray, atol: float):
    k = min(A.shape)
    assert U.shape == (A.shape[0], k) and S.shape == (k,) and Vt.shape == (k, A.shape[1])
    S_ref = np.linalg.svd(A, compute_uv=False)
    scale = max(1.0, S_ref[0])
    np.testing.assert_allclose(S, S_ref, atol=atol * scale)
    assert np.all(np.diff(S) <= 0) and np.all(S >= 0)
    assert_orthonormal_columns(U)
    assert_orthonormal_columns(Vt.T)
    np.testing.assert_allclose(U @ np.diag(S) @ Vt, A, atol=atol * scale)


@FAST
@given(A=st.one_of(gaussian_matrices(), low_rank_matrices()))
def test_svd_matches_numpy(A):
    assert_is_svd_of(A, *svd(A), atol=1e-9)


@FAST
@given(A=any_matrices())
def test_svd_of_any_matrix_is_accurate_to_the_limit_of_the_normal_equations(A):
    # Through A^T A, clustered tiny singular values can be off by up to about sqrt(eps) * sigma_1.
    assert_is_svd_of(A, *svd(A), atol=1e-7)


# ---------------------------------------------------------------- bad input

SQUARE = [[2.0, 1.0], [1.0, 3.0]]
TALL = [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]
ONE_ARGUMENT = {  # every function, called with one bad matrix and otherwise good arguments
    "matmul(A, .)": lambda A: matmul(A, SQUARE),
    "matmul(., B)": lambda B: matmul(SQUARE, B),
    "rref": rref,
    "rank": rank,
    "lu": lu,
    "det": det,
    "solve": lambda A: solve(A, [1.0, 1.0]),
    "inv": inv,
    "cholesky": cholesky,
    "gram_schmidt": gram_schmidt,
    "qr": qr,
    "power_iteration": power_iteration,
    "svd": svd,
    "project": lambda A: project([1.0, 1.0], A),
    "least_squares": lambda A: least_squares(A, [1.0, 1.0]),
}
SQUARE_ONLY = ["lu", "det", "solve", "inv", "cholesky", "power_iteration"]
BAD_MATRICES = {
    "1-D": ([1.0, 2.0], "2-D"),
    "3-D": (np.ones((2, 2, 2)), "2-D"),
    "scalar": (5.0, "2-D"),
    "NaN": ([[1.0, np.nan], [0.0, 1.0]], "finite"),
    "inf": ([[1.0, 0.0], [-np.inf, 1.0]], "finite"),
    "empty": (np.zeros((0, 2)), "empty"),
    "strings": ([["a", "b"], ["c", "d"]], "real numbers"),
    "None": ([[1.0, None], [0.0, 1.0]], "real numbers"),
    "complex": ([[1j, 0], [0, 1]], "real numbers"),
    "ragged": ([[1.0, 2.0], [3.0]], "rectangular"),
}


@pytest.mark.parametrize("bad", BAD_MATRICES, ids=str)
@pytest.mark.parametrize("function", ONE_ARGUMENT, ids=str)
def test_every_function_refuses_malformed_matrices(function, bad):
    A, message = BAD_MATRICES[bad]
    with pytest.raises(ValueError, match=message):
        ONE_ARGUMENT[function](A)


@pytest.mark.parametrize("function", SQUARE_ONLY)
def test_square_matrix_required(function):
    with pytest.raises(ValueError, match=r"square matrix, got shape \(2, 3\)"):
        ONE_ARGUMENT[function]([[1, 2, 3], [4, 5, 6]])


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: matmul([[1, 2, 3]], [[1, 2, 3]]), r"A has 3 columns but B has 1 rows"),
        (lambda: solve(SQUARE, [1.0, 2.0, 3.0]), r"b must have 2 rows"),
        (lambda: solve(SQUARE, [[1.0, 2.0, 3.0]]), r"b must have 2 rows"),
        (lambda: solve(SQUARE, np.ones((2, 1, 1))), r"vector \(m,\) or matrix \(m, k\)"),
        (lambda: solve(SQUARE, [1.0, np.nan]), "finite"),
        (lambda: project([1.0, 2.0], TALL), r"b must have 3 rows"),
        (lambda: least_squares(TALL, [1.0, 2.0]), r"b must have 3 rows"),
        (lambda: least_squares(TALL, []), "non-empty"),
        (lambda: cosine_similarity([1, 2], [1, 2, 3]), "same length"),
        (lambda: cosine_similarity([[1, 2]], [1, 2]), "1-D"),
        (lambda: cosine_similarity([1, 2], [np.inf, 2]), "finite"),
        (lambda: cosine_similarity([], []), "empty"),
        (lambda: cosine_similarity(["a"], [1]), "real numbers"),
        (lambda: cosine_similarity([0, 0], [1, 2]), "zero vector"),
        (lambda: cosine_similarity([1, 2], [0.0, 0.0]), "zero vector"),
        (lambda: cholesky([[1.0, 2.0], [0.0, 5.0]]), "symmetric"),
        (lambda: cholesky([[1.0, 2.0], [2.0, 1.0]]), "positive definite"),
        (lambda: cholesky([[1.0, 1.0], [1.0, 1.0]]), "positive definite"),
        (lambda: cholesky([[-1.0]]), "positive definite"),
        (lambda: least_squares([[1, 2], [2, 4], [3, 6]], [1, 2, 3]), "linearly dependent"),
        (lambda: least_squares([[1, 2, 3]], [1]), "linearly dependent"),
        (lambda: rref(SQUARE, tol=-1.0), "non-negative"),
        (lambda: rank(SQUARE, tol=np.nan), "non-negative"),
        (lambda: rank(SQUARE, tol=np.inf), "finite"),
        (lambda: power_iteration(SQUARE, num_iterations=0), "positive int"),
        (lambda: power_iteration(SQUARE, num_iterations=2.5), "positive int"),
        (lambda: power_iteration(SQUARE, tol=-1e-3), "non-negative"),
        (lambda: power_iteration(SQUARE, rng="seed"), "rng must be"),
    ],
)
def test_specific_errors(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_singular_errors_are_linalg_errors_and_value_errors():
    with pytest.raises(np.linalg.LinAlgError) as error:
        solve([[1, 2], [2, 4]], [1, 2])
    assert isinstance(error.value, ValueError)


@pytest.mark.parametrize("scale", [1e-200, 1e-5, 1.0, 1e5, 1e200])
def test_cosine_similarity_at_extreme_scales(scale):
    u = np.array([1.0, 1.0]) * scale
    v = np.array([1.0, 0.0]) * scale
    assert cosine_similarity(u, u) == pytest.approx(1.0)
    assert cosine_similarity(u, v) == pytest.approx(np.sqrt(0.5))
