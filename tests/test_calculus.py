"""Tests for utils.calculus: every estimate is compared with a derivative worked out by hand."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from utils.calculus import derivative, gradient, gradient_check, hessian, jacobian

# (f, f') pairs with derivatives computed by hand
FUNCTIONS = {
    "sin": (math.sin, math.cos),
    "exp": (math.exp, math.exp),
    "cubic": (lambda x: 3 * x**3 - 2 * x + 1, lambda x: 9 * x**2 - 2),
    "quintic": (lambda x: x**5 - x**2, lambda x: 5 * x**4 - 2 * x),
}
points = st.floats(min_value=-3, max_value=3, allow_nan=False)
seeds = st.integers(min_value=0, max_value=2**32 - 1)


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


# ---------------------------------------------------------------- derivative
@settings(max_examples=50, deadline=None)
@given(x=points, name=st.sampled_from(sorted(FUNCTIONS)))
def test_derivative_matches_analytic_for_every_method(x, name):
    f, f_prime = FUNCTIONS[name]
    exact = f_prime(x)
    # one-sided: error ~ sqrt(eps) ~ 1e-8 relative; central: ~ eps**(2/3) ~ 4e-11 relative
    for method, rtol in [("forward", 1e-6), ("backward", 1e-6), ("central", 1e-9)]:
        estimate = derivative(f, x, method=method)
        assert isinstance(estimate, float)
        assert abs(estimate - exact) <= rtol * (1 + abs(exact) + abs(f(x))), method


def test_explicit_step_gives_the_textbook_quotients():
    f = lambda t: t**2  # noqa: E731
    # (1.1**2 - 1) / 0.1 = 2.1, (1 - 0.9**2) / 0.1 = 1.9, central is exact for a parabola
    assert derivative(f, 1.0, h=0.1, method="forward") == pytest.approx(2.1)
    assert derivative(f, 1.0, h=0.1, method="backward") == pytest.approx(1.9)
    assert derivative(f, 1.0, h=0.1, method="central") == pytest.approx(2.0)
    assert derivative(f, 1.0, h=0.1) == pytest.approx(2.0)


@pytest.mark.parametrize(
    "method, too_small, too_large",
    [("forward", 1e-13, 1e-2), ("backward", 1e-13, 1e-2), ("central", 1e-13, 1e-1)],
)
def test_default_step_beats_silly_steps(method, too_small, too_large):
    x = 0.7
    exact = math.cos(x)
    error = {
        h: abs(derivative(math.sin, x, h=h, method=method) - exact)
        for h in (None, too_small, too_large)
    }
    assert error[None] < error[too_small] / 100  # rounding error dominates a tiny step
    assert error[None] < error[too_large] / 100  # truncation error dominates a big step


@pytest.mark.parametrize("method", ["forward", "backward", "central"])
def test_default_step_scales_with_x(method):
    # near x = 1e6 an unscaled step would drown in rounding error (floats are 1e-10 apart)
    x = 1e6
    exact = 2 * x
    scaled = derivative(lambda t: t**2, x, method=method)
    unscaled = derivative(lambda t: t**2, x, h=np.finfo(float).eps ** 0.5, method=method)
    assert abs(scaled - exact) / exact < 1e-7
    assert abs(unscaled - exact) / exact > 1e-4


def test_derivative_accepts_integers_and_numpy_scalars():
    assert derivative(lambda t: t**3, 2) == pytest.approx(12.0, rel=1e-9)
    assert derivative(np.sin, np.float32(0.0)) == pytest.approx(1.0, rel=1e-9)


# ---------------------------------------------------------------- gradient
@settings(max_examples=30, deadline=None)
@given(seed=seeds, rows=st.integers(1, 4), cols=st.integers(1, 4))
def test_gradient_of_weighted_squares_for_matrix_x(seed, rows, cols):
    rng = np.random.default_rng(seed)
    W = rng.normal(size=(rows, cols))
    C = rng.normal(size=(rows, cols))
    W_before = W.copy()
    g = gradient(lambda M: np.sum(M**2 * C), W)
    assert g.shape == W.shape and g.dtype == np.float64
    np.testing.assert_allclose(g, 2 * W * C, rtol=1e-7, atol=1e-8)
    np.testing.assert_array_equal(W, W_before)  # the caller's x is untouched


def test_gradient_of_a_nonlinear_vector_function():
    x = np.array([0.3, -1.2, 2.0])
    f = lambda v: np.sin(v[0]) * v[1] ** 2 + np.exp(v[2] / 2)  # noqa: E731
    exact = np.array([np.cos(x[0]) * x[1] ** 2, 2 * np.sin(x[0]) * x[1], np.exp(x[2] / 2) / 2])
    np.testing.assert_allclose(gradient(f, x), exact, rtol=1e-8, atol=1e-10)


def test_gradient_works_on_integer_x_and_on_a_3d_array():
    g = gradient(lambda v: float(v @ v), [1, 2, 3])
    assert g.dtype == np.float64
    np.testing.assert_allclose(g, [2.0, 4.0, 6.0], rtol=1e-9)
    T = np.arange(24.0).reshape(2, 3, 4) / 10
    np.testing.assert_allclose(gradient(lambda A: np.sum(A**3), T), 3 * T**2, atol=1e-8)


def test_gradient_with_explicit_step_and_size_one_output():
    x = np.array([1.0, 2.0])
    g = gradient(lambda v: np.array([[v @ v]]), x, h=1e-4)  # a (1, 1) array counts as scalar
    np.testing.assert_allclose(g, 2 * x, rtol=1e-9)


# ---------------------------------------------------------------- jacobian
@settings(max_examples=30, deadline=None)
@given(seed=seeds, m=st.integers(1, 5), n=st.integers(1, 5))
def test_jacobian_of_a_linear_map_is_the_matrix(seed, m, n):
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(m, n))
    x = rng.normal(size=n)
    J = jacobian(lambda v: A @ v, x)
    assert J.shape == (m, n)
    np.testing.assert_allclose(J, A, rtol=1e-8, atol=1e-9)


@settings(max_examples=30, deadline=None)
@given(seed=seeds, n=st.integers(2, 6))
def test_jacobian_of_softmax(seed, n):
    z = np.random.default_rng(seed).normal(scale=2.0, size=n)
    s = softmax(z)
    np.testing.assert_allclose(jacobian(softmax, z), np.diag(s) - np.outer(s, s), atol=1e-9)


def test_jacobian_of_a_nonlinear_map_and_of_a_scalar_output():
    x = np.array([0.5, -1.0])
    f = lambda v: np.array([v[0] * v[1], np.sin(v[0]), v[1] ** 3])  # noqa: E731
    exact = np.array([[x[1], x[0]], [np.cos(x[0]), 0.0], [0.0, 3 * x[1] ** 2]])
    np.testing.assert_allclose(jacobian(f, x), exact, rtol=1e-8, atol=1e-10)
    J = jacobian(lambda v: v @ v, x)
    assert J.shape == (1, 2)
    np.testing.assert_allclose(J, [2 * x], rtol=1e-8)


# ---------------------------------------------------------------- hessian
@settings(max_examples=30, deadline=None)
@given(seed=seeds, n=st.integers(1, 5))
def test_hessian_of_quadratic_with_nonsymmetric_matrix(seed, n):
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(n, n))  # not symmetric: the Hessian of x^T A x / 2 is (A + A^T) / 2
    x = rng.normal(size=n)
    H = hessian(lambda v: v @ A @ v / 2, x)
    assert H.shape == (n, n)
    np.testing.assert_array_equal(H, H.T)
    np.testing.assert_allclose(H, (A + A.T) / 2, atol=1e-6)


@settings(max_examples=30, deadline=None)
@given(seed=seeds)
def test_hessian_is_exactly_symmetric_where_rounding_differs(seed):
    # near x = 0 the values of f = sin(x^T A x) change sign, so the estimates of H[i, j] and
    # H[j, i] (the same four values summed in another order) round differently
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(4, 4))
    x = rng.normal(scale=1e-3, size=4)
    S = A + A.T
    q, Sx = x @ A @ x, S @ x
    exact = np.cos(q) * S - np.sin(q) * np.outer(Sx, Sx)
    H = hessian(lambda v: np.sin(v @ A @ v), x)
    np.testing.assert_array_equal(H, H.T)
    np.testing.assert_allclose(H, exact, atol=1e-6)


def test_hessian_of_a_nonquadratic_function():
    x = np.array([0.4, -0.9])
    f = lambda v: np.exp(v[0]) * np.sin(v[1]) + v[0] * v[1] ** 3  # noqa: E731
    a, b = x
    exact = np.array(
        [
            [np.exp(a) * np.sin(b), np.exp(a) * np.cos(b) + 3 * b**2],
            [np.exp(a) * np.cos(b) + 3 * b**2, -np.exp(a) * np.sin(b) + 6 * a * b],
        ]
    )
    H = hessian(f, x)
    np.testing.assert_array_equal(H, H.T)
    np.testing.assert_allclose(H, exact, atol=1e-6)
    np.testing.assert_allclose(hessian(f, x, h=1e-3), exact, atol=1e-5)


def test_hessian_default_step_is_scaled_for_large_x():
    x = np.array([3e4, -2e4])
    H = hessian(lambda v: v[0] ** 2 + v[0] * v[1], x)
    np.testing.assert_allclose(H, [[2.0, 1.0], [1.0, 0.0]], atol=1e-4)


# ---------------------------------------------------------------- gradient_check
@settings(max_examples=30, deadline=None)
@given(seed=seeds)
def test_gradient_check_accepts_right_and_rejects_wrong_gradients(seed):
    rng = np.random.default_rng(seed)
    A = rng.normal(size=(4, 3))
    b = rng.normal(size=4)
    x = rng.normal(size=3)
    loss = lambda v: np.sum((A @ v - b) ** 2)  # noqa: E731
    right = lambda v: 2 * A.T @ (A @ v - b)  # noqa: E731
    missing_factor = lambda v: A.T @ (A @ v - b)  # noqa: E731
    wrong_sign = lambda v: -2 * A.T @ (A @ v - b)  # noqa: E731
    assert gradient_check(loss, right, x) < 1e-7
    assert gradient_check(loss, missing_factor, x) > 1e-3
    assert gradient_check(loss, wrong_sign, x) > 1e-3


def test_gradient_check_on_a_weight_matrix_and_a_zero_gradient():
    rng = np.random.default_rng(0)
    W = rng.normal(size=(3, 2))
    X = rng.normal(size=(5, 3))
    loss = lambda M: np.sum(np.tanh(X @ M))  # noqa: E731
    right = lambda M: X.T @ (1 - np.tanh(X @ M) ** 2)  # noqa: E731
    transposed_inputs = lambda M: X.T @ np.ones((5, 2))  # noqa: E731 (forgot the tanh')
    assert gradient_check(loss, right, W) < 1e-7
    assert gradient_check(loss, transposed_inputs, W) > 1e-3
    assert gradient_check(lambda v: 3.0, lambda v: np.zeros_like(v), np.ones(2)) == 0.0


def test_gradient_check_does_not_mutate_x():
    x = np.array([1.0, 2.0])

    def sloppy_grad(v):
        v *= 2  # mutates its argument: must not reach the caller's x
        return v

    # sloppy_grad returns the right gradient 2v, but would move the point if it got x itself
    assert gradient_check(lambda v: v @ v, sloppy_grad, x) < 1e-7
    np.testing.assert_array_equal(x, [1.0, 2.0])


@settings(max_examples=30, deadline=None)
@given(seed=seeds, scale=st.sampled_from([1e-6, 1.0, 1e6]))
def test_gradient_check_is_relative(seed, scale):
    rng = np.random.default_rng(seed)
    c = rng.normal(size=5)
    x = rng.normal(size=5)
    f = lambda v: scale * (c @ np.sin(v))  # noqa: E731
    g = lambda v: scale * c * np.cos(v)  # noqa: E731
    # ||g - 2g|| / (||g|| + ||2g||) = 1/3 and ||g - 0|| / ||g|| = 1, whatever the scale of f
    assert gradient_check(f, lambda v: 2 * g(v), x) == pytest.approx(1 / 3, rel=1e-6)
    assert gradient_check(f, lambda v: np.zeros(5), x) == pytest.approx(1.0, rel=1e-12)
    assert gradient_check(f, g, x) < 1e-7


# ---------------------------------------------------------------- errors
def test_errors_for_f_and_x():
    for function in (derivative, gradient, jacobian, hessian):
        point = 1.0 if function is derivative else np.ones(2)
        with pytest.raises(ValueError, match="f must be a function"):
            function("sin", point)
        with pytest.raises(ValueError, match="finite"):
            function(np.sum, point * np.nan)
        with pytest.raises(ValueError, match="finite"):
            function(np.sum, point * np.inf)
        with pytest.raises(ValueError, match="real numbers"):
            function(np.sum, "abc")
        with pytest.raises(ValueError, match="real numbers"):
            function(np.sum, point + 1j)
    with pytest.raises(ValueError, match="must be a number or an array"):
        gradient(np.sum, [[1.0, 2.0], [3.0]])  # ragged
    with pytest.raises(ValueError, match="real numbers"):
        gradient(np.sum, [True, False])


@pytest.mark.parametrize("bad_h", [0, -1e-3, np.inf, np.nan])
def test_errors_for_bad_step(bad_h):
    with pytest.raises(ValueError, match="h must be a positive finite number"):
        derivative(math.sin, 1.0, h=bad_h)
    with pytest.raises(ValueError, match="h must be a positive finite number"):
        gradient(np.sum, np.ones(2), h=bad_h)
    with pytest.raises(ValueError, match="h must be a positive finite number"):
        jacobian(np.sin, np.ones(2), h=bad_h)
    with pytest.raises(ValueError, match="h must be a positive finite number"):
        hessian(np.sum, np.ones(2), h=bad_h)
    with pytest.raises(ValueError, match="h must be a positive finite number"):
        gradient_check(np.sum, np.ones_like, np.ones(2), h=bad_h)


@pytest.mark.parametrize("bad_h", ["0.1", [0.1], True])
def test_errors_for_non_numeric_step(bad_h):
    with pytest.raises(ValueError, match="h must be a positive number"):
        derivative(math.sin, 1.0, h=bad_h)


def test_error_for_unknown_method_lists_the_options():
    with pytest.raises(ValueError, match="'forward', 'backward', 'central'.*'centered'"):
        derivative(math.sin, 1.0, method="centered")


def test_error_for_non_scalar_x_in_derivative():
    with pytest.raises(ValueError, match=r"x must be a scalar, got an array of shape \(2,\)"):
        derivative(math.sin, [1.0, 2.0])


@pytest.mark.parametrize("function", [jacobian, hessian])
def test_error_for_non_vector_x(function):
    with pytest.raises(ValueError, match=r"x must be a 1-D array, got shape \(2, 2\)"):
        function(np.sum, np.ones((2, 2)))
    with pytest.raises(ValueError, match=r"x must be a 1-D array, got shape \(\)"):
        function(np.sum, 1.0)


def test_errors_for_f_returning_the_wrong_thing():
    with pytest.raises(ValueError, match=r"f must return a scalar, got an array of shape \(2,\)"):
        derivative(lambda t: np.array([t, t]), 1.0)
    with pytest.raises(ValueError, match=r"f must return a scalar, got an array of shape \(3,\)"):
        gradient(lambda v: v**2, np.ones(3))
    with pytest.raises(ValueError, match="f must return a scalar"):
        hessian(lambda v: v**2, np.ones(3))
    with pytest.raises(ValueError, match="f must return a real number"):
        gradient(lambda v: "loss", np.ones(3))
    with pytest.raises(ValueError, match="f must return a real number"):
        derivative(lambda t: None, 1.0)
    with pytest.raises(ValueError, match=r"scalar or a 1-D array, got shape \(2, 2\)"):
        jacobian(lambda v: np.outer(v, v), np.ones(2))
    with pytest.raises(ValueError, match="f must return real numbers"):
        jacobian(lambda v: ["a", "b"], np.ones(2))
    with pytest.raises(ValueError, match="same length"):
        jacobian(lambda v: np.ones(int(v[0] > 1) + 1), np.ones(2))


def test_errors_for_gradient_check_arguments():
    with pytest.raises(ValueError, match="grad_f must be a function"):
        gradient_check(np.sum, np.ones(3), np.ones(3))
    with pytest.raises(ValueError, match="f must be a function"):
        gradient_check(None, np.ones_like, np.ones(3))
    with pytest.raises(ValueError, match=r"shape of x, \(3,\), got shape \(1, 3\)"):
        gradient_check(np.sum, lambda v: np.ones((1, 3)), np.ones(3))
    with pytest.raises(ValueError, match=r"shape of x, \(2, 2\), got shape \(4,\)"):
        gradient_check(np.sum, lambda v: np.ones(4), np.ones((2, 2)))
    with pytest.raises(ValueError, match="grad_f.*finite"):
        gradient_check(np.sum, lambda v: v * np.nan, np.ones(3))
    with pytest.raises(ValueError, match="x must be finite"):
        gradient_check(np.sum, np.ones_like, [1.0, np.nan])
