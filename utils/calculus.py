"""Numerical calculus: derivatives, gradients, Jacobians and Hessians by finite differences.

Every function here replaces a limit by a small step ``h``. Two errors compete:

- the *truncation* error of the formula, which shrinks as ``h`` shrinks
  (``~ h`` for a one-sided difference, ``~ h**2`` for a central one), and
- the *rounding* error of floating point: ``f(x + h)`` and ``f(x)`` are each off by about
  ``eps * |f|`` (``eps = 2.2e-16`` for float64), and dividing their difference by ``h``
  amplifies that to ``~ eps / h`` (``~ eps / h**2`` for a second derivative).

The default steps below minimise the sum of the two, and they grow with ``|x|`` because the
spacing of floats near ``x`` grows with ``|x|``. ``gradient_check`` uses these tools to test a
hand-written gradient, which is how every backpropagation bug is caught.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike

__all__ = ["derivative", "gradient", "jacobian", "hessian", "gradient_check"]

EPS = float(np.finfo(np.float64).eps)
METHODS = ("forward", "backward", "central")


# ---------------------------------------------------------------- validation helpers
def _check_callable(f: object, name: str = "f") -> None:
    if not callable(f):
        raise ValueError(f"{name} must be a function, got {type(f).__name__}.")


def _as_real_array(x: ArrayLike, name: str = "x") -> np.ndarray:
    """A float64 copy of ``x``, after checking it is real, numeric and finite."""
    try:
        array = np.array(x)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{name} must be a number or an array of numbers ({error}).") from None
    if not (np.issubdtype(array.dtype, np.integer) or np.issubdtype(array.dtype, np.floating)):
        raise ValueError(f"{name} must contain real numbers, got dtype {array.dtype}.")
    array = array.astype(np.float64)
    bad = int(np.count_nonzero(~np.isfinite(array)))
    if bad:
        raise ValueError(f"{name} must be finite, but it contains {bad} NaN or inf value(s).")
    return array


def _check_step(h: float | None) -> float | None:
    if h is None:
        return None
    if isinstance(h, bool) or not isinstance(h, (int, float, np.integer, np.floating)):
        raise ValueError(f"h must be a positive number, got {type(h).__name__}.")
    if not (np.isfinite(h) and h > 0):
        raise ValueError(f"h must be a positive finite number, got {h}.")
    return float(h)


def _scalar_output(value: object) -> float:
    """Turn what ``f`` returned into a float, or explain why it is not a scalar."""
    array = np.asarray(value)
    if not (np.issubdtype(array.dtype, np.integer) or np.issubdtype(array.dtype, np.floating)):
        raise ValueError(f"f must return a real number, got {type(value).__name__}.")
    if array.size != 1:
        raise ValueError(f"f must return a scalar, got an array of shape {array.shape}.")
    return float(array.item())


def _vector_output(value: object) -> np.ndarray:
    """Turn what ``f`` returned into a 1-D float array (a scalar becomes length 1)."""
    array = np.asarray(value)
    if not (np.issubdtype(array.dtype, np.integer) or np.issubdtype(array.dtype, np.floating)):
        raise ValueError(f"f must return real numbers, got {type(value).__name__}.")
    if array.ndim > 1:
        raise ValueError(f"f must return a scalar or a 1-D array, got shape {array.shape}.")
    return array.astype(np.float64).reshape(-1)


def _check_vector(x: ArrayLike) -> np.ndarray:
    vector = _as_real_array(x)
    if vector.ndim != 1:
        raise ValueError(f"x must be a 1-D array, got shape {vector.shape}.")
    return vector


# ---------------------------------------------------------------- the derivative
def derivative(
    f: Callable[[float], float], x: float, h: float | None = None, method: str = "central"
) -> float:
    """Numerical derivative ``f'(x)`` of a scalar function at a scalar point.

    forward:  ``(f(x + h) - f(x)) / h``            error ~ ``h |f''|/2 + eps |f| / h``
    backward: ``(f(x) - f(x - h)) / h``            same error
    central:  ``(f(x + h) - f(x - h)) / (2 h)``   error ~ ``h**2 |f'''|/6 + eps |f| / h``

    Why the default steps: for a one-sided difference the error ``h + eps/h`` is smallest at
    ``h ~ sqrt(eps) ~ 1.5e-8``; for the central difference ``h**2 + eps/h`` is smallest at
    ``h ~ cbrt(eps) ~ 6e-6``. Both are multiplied by ``max(1, |x|)`` because rounding is
    relative: near ``x = 1e6`` floats are ``1e6`` times further apart than near 1.

    Parameters
    ----------
    f : callable
        A function of one real number returning one real number.
    x : float
        The point.
    h : float, optional
        Step, positive. Default ``sqrt(eps) * max(1, |x|)`` for forward/backward and
        ``cbrt(eps) * max(1, |x|)`` for central.
    method : {"forward", "backward", "central"}
        Which difference quotient to use.

    Returns
    -------
    float
        The estimate of ``f'(x)``; with the default step, about 8 correct digits for
        forward/backward and about 10 for central when ``f`` is smooth and of order 1.

    Raises
    ------
    ValueError
        If ``f`` is not callable, ``x`` is not a finite real scalar, ``h`` is not positive and
        finite, ``method`` is unknown, or ``f`` does not return a scalar.

    Examples
    --------
    >>> import math
    >>> round(derivative(math.sin, 0.0), 8)
    1.0
    >>> round(derivative(lambda t: t**2, 3.0, method="forward"), 6)
    6.0
    """
    _check_callable(f)
    point = _as_real_array(x)
    if point.ndim != 0:
        raise ValueError(f"x must be a scalar, got an array of shape {point.shape}.")
    x = float(point)
    h = _check_step(h)
    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(map(repr, METHODS))}; got {method!r}.")

    scale = max(1.0, abs(x))
    if method == "central":
        h = EPS ** (1 / 3) * scale if h is None else h
        return (_scalar_output(f(x + h)) - _scalar_output(f(x - h))) / (2 * h)
    h = EPS**0.5 * scale if h is None else h
    if method == "forward":
        return (_scalar_output(f(x + h)) - _scalar_output(f(x))) / h
    return (_scalar_output(f(x)) - _scalar_output(f(x - h))) / h


# ---------------------------------------------------------------- gradient and Jacobian
def _central_steps(x: np.ndarray, h: float | None, power: float) -> np.ndarray:
    """One step per coordinate: ``h`` if given, else ``eps**power * max(1, |x_i|)``."""
    if h is not None:
        return np.full(x.shape, h)
    return EPS**power * np.maximum(1.0, np.abs(x))


def gradient(f: Callable[[np.ndarray], float], x: ArrayLike, h: float | None = None) -> np.ndarray:
    """Gradient of a scalar function by central differences, one coordinate at a time.

    ``g_i = (f(x + h_i e_i) - f(x - h_i e_i)) / (2 h_i)``, where ``e_i`` is the array of
    ``x``'s shape with a 1 in position ``i``. ``x`` may have any shape, so the gradient of a
    loss with respect to a weight matrix can be checked directly. Costs ``2 * x.size`` calls.

    Parameters
    ----------
    f : callable
        ``f(x) -> float``; receives a float64 array of ``x``'s shape (a working copy: the
        caller's ``x`` is never modified).
    x : array_like, any shape
        The point.
    h : float, optional
        Step, positive. Default ``cbrt(eps) * max(1, |x_i|)`` for each coordinate (see
        :func:`derivative` for why).

    Returns
    -------
    numpy.ndarray, same shape as ``x``, float64
        The estimate of the gradient.

    Raises
    ------
    ValueError
        If ``f`` is not callable, ``x`` is not finite and real, ``h`` is not positive and
        finite, or ``f`` returns something that is not a scalar.

    Examples
    --------
    >>> W = np.array([[1.0, 2.0], [3.0, 4.0]])
    >>> np.round(gradient(lambda W: np.sum(W**2), W), 6)
    array([[2., 4.],
           [6., 8.]])
    """
    _check_callable(f)
    point = _as_real_array(x)
    h = _check_step(h)
    steps = _central_steps(point, h, 1 / 3)
    grad = np.empty_like(point)
    for index in np.ndindex(point.shape):
        original = point[index]
        point[index] = original + steps[index]
        f_plus = _scalar_output(f(point))
        point[index] = original - steps[index]
        f_minus = _scalar_output(f(point))
        point[index] = original
        grad[index] = (f_plus - f_minus) / (2 * steps[index])
    return grad


def jacobian(
    f: Callable[[np.ndarray], ArrayLike], x: ArrayLike, h: float | None = None
) -> np.ndarray:
    """Jacobian matrix ``J[i, j] = d f_i / d x_j`` of ``f: R^n -> R^m`` by central differences.

    Column ``j`` is ``(f(x + h_j e_j) - f(x - h_j e_j)) / (2 h_j)``: how every output moves
    when input ``j`` moves. Costs ``2 n`` calls of ``f``.

    Parameters
    ----------
    f : callable
        ``f(x) -> array of shape (m,)`` (or a scalar, treated as ``m = 1``).
    x : array_like, shape (n,)
        The point.
    h : float, optional
        Step, positive. Default ``cbrt(eps) * max(1, |x_j|)`` for each coordinate.

    Returns
    -------
    numpy.ndarray, shape (m, n)
        The estimate of the Jacobian.

    Raises
    ------
    ValueError
        If ``f`` is not callable, ``x`` is not a finite real 1-D array, ``h`` is not positive
        and finite, or ``f`` returns something other than a scalar or a 1-D array of a fixed
        length.

    Examples
    --------
    >>> A = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    >>> np.round(jacobian(lambda x: A @ x, np.zeros(3)), 6)
    array([[1., 2., 3.],
           [4., 5., 6.]])
    """
    _check_callable(f)
    point = _check_vector(x)
    h = _check_step(h)
    steps = _central_steps(point, h, 1 / 3)
    columns = []
    for j in range(point.size):
        original = point[j]
        point[j] = original + steps[j]
        f_plus = _vector_output(f(point))
        point[j] = original - steps[j]
        f_minus = _vector_output(f(point))
        point[j] = original
        if f_plus.shape != f_minus.shape or (columns and f_plus.shape != columns[0].shape):
            raise ValueError("f must return arrays of the same length at every point.")
        columns.append((f_plus - f_minus) / (2 * steps[j]))
    if not columns:
        return np.empty((_vector_output(f(point)).size, 0))
    return np.column_stack(columns)


# ---------------------------------------------------------------- Hessian
def hessian(f: Callable[[np.ndarray], float], x: ArrayLike, h: float | None = None) -> np.ndarray:
    """Hessian matrix ``H[i, j] = d^2 f / dx_i dx_j`` of ``f: R^n -> R`` by central differences.

    Diagonal: ``(f(x + h_i e_i) - 2 f(x) + f(x - h_i e_i)) / h_i**2``.
    Off the diagonal, the four-point formula
    ``(f(x+h_i e_i+h_j e_j) - f(x+h_i e_i-h_j e_j) - f(x-h_i e_i+h_j e_j)
    + f(x-h_i e_i-h_j e_j)) / (4 h_i h_j)``.

    Both have truncation error ``~ h**2`` and rounding error ``~ eps / h**2``, balanced at
    ``h ~ eps**(1/4) ~ 1.2e-4`` (times ``max(1, |x_i|)``): expect about 7-8 correct digits,
    fewer than for a gradient. The mixed partials ``H[i, j]`` and ``H[j, i]`` are equal in
    exact arithmetic (Schwarz's theorem), and their estimates use the same four points, but
    summed in a different order: where the values of ``f`` differ in sign or size, rounding
    makes the two estimates differ in the last digits. So after computing every entry the
    result is symmetrised as ``(H + H.T) / 2``; the returned matrix is exactly symmetric.
    Costs about ``4 n**2`` calls of ``f``.

    Parameters
    ----------
    f : callable
        ``f(x) -> float`` for ``x`` of shape (n,).
    x : array_like, shape (n,)
        The point.
    h : float, optional
        Step, positive. Default ``eps**(1/4) * max(1, |x_i|)`` for each coordinate.

    Returns
    -------
    numpy.ndarray, shape (n, n)
        The (symmetric) estimate of the Hessian.

    Raises
    ------
    ValueError
        If ``f`` is not callable, ``x`` is not a finite real 1-D array, ``h`` is not positive
        and finite, or ``f`` does not return a scalar.

    Examples
    --------
    >>> np.round(hessian(lambda x: x[0] ** 2 * x[1], np.array([1.0, 2.0])), 5)
    array([[4., 2.],
           [2., 0.]])
    """
    _check_callable(f)
    point = _check_vector(x)
    h = _check_step(h)
    steps = _central_steps(point, h, 1 / 4)
    n = point.size

    def f_at(shift: dict[int, float]) -> float:
        """f at x moved by shift[i] along coordinate i."""
        moved = point.copy()
        for i, delta in shift.items():
            moved[i] += delta
        return _scalar_output(f(moved))

    f_x = f_at({})
    H = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            hi, hj = steps[i], steps[j]
            if i == j:
                H[i, i] = (f_at({i: hi}) - 2 * f_x + f_at({i: -hi})) / hi**2
            else:
                H[i, j] = (
                    f_at({i: hi, j: hj})
                    - f_at({i: hi, j: -hj})
                    - f_at({i: -hi, j: hj})
                    + f_at({i: -hi, j: -hj})
                ) / (4 * hi * hj)
    return (H + H.T) / 2


# ---------------------------------------------------------------- gradient check
def gradient_check(
    f: Callable[[np.ndarray], float],
    grad_f: Callable[[np.ndarray], ArrayLike],
    x: ArrayLike,
    h: float | None = None,
) -> float:
    """Relative error between a hand-written gradient and the numerical one.

    ``error = ||g_num - g|| / max(||g_num|| + ||g||, tiny)`` with ``g = grad_f(x)``,
    ``g_num = gradient(f, x, h)`` and Frobenius norms. Being relative, it does not depend on
    the scale of ``f``. Rule of thumb for float64 and central differences:

    - ``< 1e-7``: the gradient is right;
    - ``1e-7`` to ``1e-4``: probably right, but look again (kinks such as ReLU at 0 or a
      badly scaled ``f`` can land here);
    - ``1e-4`` to ``1e-2``: suspicious, usually a bug;
    - ``> 1e-2``: wrong (a missing factor, a sign, a transposed matrix).

    Parameters
    ----------
    f : callable
        ``f(x) -> float``.
    grad_f : callable
        ``grad_f(x) -> array of x's shape``, the gradient being tested. Receives a copy of
        ``x``.
    x : array_like, any shape
        The point; a random point catches more bugs than a special one such as 0 or 1.
    h : float, optional
        Step passed to :func:`gradient`.

    Returns
    -------
    float
        The relative error, in ``[0, 1]`` (0 when both gradients are exactly zero).

    Raises
    ------
    ValueError
        As :func:`gradient`, and if ``grad_f`` is not callable or returns an array whose
        shape is not ``x``'s, or that contains NaN or inf.

    Examples
    --------
    >>> x = np.array([1.0, -2.0, 0.5])
    >>> gradient_check(lambda x: np.sum(x**3), lambda x: 3 * x**2, x) < 1e-7
    True
    >>> gradient_check(lambda x: np.sum(x**3), lambda x: 2 * x**2, x) > 1e-2
    True
    """
    _check_callable(f)
    _check_callable(grad_f, "grad_f")
    point = _as_real_array(x)
    h = _check_step(h)
    analytic = np.asarray(grad_f(point.copy()))
    if analytic.shape != point.shape:
        raise ValueError(
            f"grad_f(x) must have the shape of x, {point.shape}, got shape {analytic.shape}."
        )
    analytic = _as_real_array(analytic, "grad_f(x)")
    numerical = gradient(f, point, h)
    denominator = max(
        np.linalg.norm(numerical) + np.linalg.norm(analytic), np.finfo(np.float64).tiny
    )
    return float(np.linalg.norm(numerical - analytic) / denominator)
