"""Data for the notebooks: small real data sets and synthetic data with a known truth.

Real data
    ``names()`` lists the bundled data sets, ``info(name)`` describes one, and ``load(name)``
    returns it as a ``pandas.DataFrame``. The CSV files are public-domain classics exported
    from statsmodels (see ``datasets/README.md``); before a file is read its SHA-256 is compared
    with the one recorded in ``manifest.json``, so an edited or damaged file never passes silently.

Synthetic data
    ``make_linear_regression``, ``make_logistic_classification``, ``make_sine_regression`` and
    ``make_gaussian_blobs`` draw data from a model you know exactly, so that you can check whether
    a method recovers the truth. Each takes a ``seed`` and returns plain NumPy arrays.

Examples
--------
>>> from utils import datasets
>>> datasets.names()[:3]
['engel', 'longley', 'macrodata']
>>> X, y, weights, bias = datasets.make_linear_regression(n_samples=5, n_features=2, seed=0)
>>> X.shape, y.shape, weights.shape
((5, 2), (5,), (2,))
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import io
import json
import math
import numbers
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "info",
    "load",
    "make_gaussian_blobs",
    "make_linear_regression",
    "make_logistic_classification",
    "make_sine_regression",
    "names",
]


# ---------------------------------------------------------------------------------------------
# Real data sets
# ---------------------------------------------------------------------------------------------


def _data_dir() -> Path:
    """Return the folder that holds ``manifest.json`` and the CSV files.

    An installed package carries the files as ``utils/_data/``; a checkout of the repository
    (editable install) has them in ``<repository>/datasets/``. The first of these that exists
    is used, and it must contain ``manifest.json``.
    """
    package_dir = Path(__file__).resolve().parent
    candidates = [package_dir / "_data", package_dir.parent / "datasets"]
    for folder in candidates:
        if folder.is_dir():
            if not (folder / "manifest.json").is_file():
                raise FileNotFoundError(
                    f"The data folder {folder} has no manifest.json; the installation is "
                    "incomplete. Reinstall the package or restore the file from the repository."
                )
            return folder
    searched = ", ".join(str(folder) for folder in candidates)
    raise FileNotFoundError(
        f"Could not find the data sets folder; looked in: {searched}. "
        "Reinstall the package, or run from a checkout of the repository."
    )


def _read_manifest() -> dict:
    manifest_path = _data_dir() / "manifest.json"
    return json.loads(manifest_path.read_text(encoding="utf-8"))


def _manifest_entry(name: str, manifest: dict) -> dict:
    """Return ``manifest[name]``, or raise a ValueError that lists the names and suggests one."""
    if not isinstance(name, str):
        raise ValueError(f"name must be a string such as 'longley', got {type(name).__name__}.")
    if name not in manifest:
        available = sorted(manifest)
        close = difflib.get_close_matches(name, available, n=1)
        suggestion = f" Did you mean {close[0]!r}?" if close else ""
        raise ValueError(
            f"Unknown data set {name!r}.{suggestion} Available data sets: {', '.join(available)}."
        )
    return manifest[name]


def names() -> list[str]:
    """Return the names of the bundled real data sets, sorted.

    Returns
    -------
    list of str
        The names accepted by :func:`load` and :func:`info`.

    Examples
    --------
    >>> "longley" in names()
    True
    """
    return sorted(_read_manifest())


def info(name: str) -> dict:
    """Return the manifest entry of one data set: file, checksum, shape, description, source.

    Parameters
    ----------
    name : str
        One of :func:`names`.

    Returns
    -------
    dict
        A copy (changing it changes nothing on disk) with the keys ``file``, ``sha256``,
        ``rows``, ``columns``, ``title``, ``description``, ``source``, ``note``, ``license``
        and ``provenance``.

    Raises
    ------
    ValueError
        If ``name`` is not a bundled data set.

    Examples
    --------
    >>> info("longley")["rows"]
    16
    """
    return copy.deepcopy(_manifest_entry(name, _read_manifest()))


def load(name: str) -> pd.DataFrame:
    """Load a bundled real data set after checking that its file is unchanged.

    Parameters
    ----------
    name : str
        One of :func:`names`, e.g. ``"longley"``.

    Returns
    -------
    pandas.DataFrame
        One row per observation, shape ``(info(name)["rows"], len(info(name)["columns"]))``,
        columns as listed in the manifest.

    Raises
    ------
    ValueError
        If ``name`` is not a bundled data set, or if the file's SHA-256 checksum differs from
        the manifest (the file was modified or corrupted).
    FileNotFoundError
        If the data folder or the file is missing.

    Examples
    --------
    >>> longley = load("longley")
    >>> longley.shape
    (16, 7)
    """
    folder = _data_dir()
    entry = _manifest_entry(name, _read_manifest())
    path = folder / entry["file"]
    if not path.is_file():
        raise FileNotFoundError(f"The data file {path} for {name!r} is missing.")

    content = path.read_bytes()
    actual = hashlib.sha256(content).hexdigest()
    if actual != entry["sha256"]:
        hint = ""
        if b"\r\n" in content:
            hint = (
                " The file has Windows line endings (\\r\\n) but the original uses \\n; "
                "git may have converted it on checkout (see git's core.autocrlf)."
            )
        raise ValueError(
            f"The file {path} fails its checksum: it was modified or corrupted. "
            f"Expected sha256 {entry['sha256']}, got {actual}.{hint} "
            "Restore the original file (from the repository or by reinstalling the package)."
        )

    import pandas as pd  # here, not at the top, so that `import utils.datasets` stays fast

    return pd.read_csv(io.BytesIO(content), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Input checks shared by the generators
# ---------------------------------------------------------------------------------------------


def _check_positive_int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}.")
    return int(value)


def _check_seed(seed: object) -> int:
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0:
        raise ValueError(f"seed must be a non-negative integer, got {seed!r}.")
    return int(seed)


def _check_finite_number(value: object, name: str, *, non_negative: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite real number, got {value!r}.")
    if non_negative and value < 0:
        raise ValueError(f"{name} must be zero or positive, got {value!r}.")
    return float(value)


def _check_finite_array(value: object, name: str, shape: tuple) -> np.ndarray:
    """Convert to a float array and check its shape and values.

    ``shape`` holds ints for fixed sizes and letters such as ``"k"`` for sizes that may be anything.
    """
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be an array of real numbers, got {value!r}.") from None
    fits = array.ndim == len(shape) and all(
        isinstance(size, str) or size == actual for size, actual in zip(shape, array.shape)
    )
    if not fits:
        expected = (
            "(" + ", ".join(str(size) for size in shape) + ("," if len(shape) == 1 else "") + ")"
        )
        raise ValueError(f"{name} must have shape {expected}, got shape {array.shape}.")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} must contain only finite numbers, but it has NaN or inf.")
    return array


# ---------------------------------------------------------------------------------------------
# Synthetic data with a known truth
# ---------------------------------------------------------------------------------------------


def make_linear_regression(
    n_samples: int = 100,
    n_features: int = 1,
    noise_std: float = 1.0,
    seed: int = 0,
    weights: np.ndarray | None = None,
    bias: float | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Draw data from the linear model ``y = X @ weights + bias + noise``.

    The rows of ``X`` are independent standard normal vectors and the noise is normal with
    mean 0 and standard deviation ``noise_std``.

    Parameters
    ----------
    n_samples : int, default 100
        Number of rows ``n``.
    n_features : int, default 1
        Number of features ``d``.
    noise_std : float, default 1.0
        Standard deviation of the noise; ``0`` gives an exact linear relation.
    seed : int, default 0
        Seed for ``np.random.default_rng``; the same seed gives the same data.
    weights : array_like of shape (d,), optional
        True weights. If omitted, each is drawn from a standard normal distribution.
    bias : float, optional
        True intercept. If omitted, it is drawn from a standard normal distribution.

    Returns
    -------
    X : ndarray of shape (n, d)
        Features.
    y : ndarray of shape (n,)
        Targets.
    weights : ndarray of shape (d,)
        The true weights.
    bias : float
        The true intercept.

    Raises
    ------
    ValueError
        If a count is not a positive integer, ``noise_std`` is negative or not finite, ``seed``
        is not a non-negative integer, or ``weights``/``bias`` have the wrong shape or are not
        finite.

    Examples
    --------
    >>> X, y, weights, bias = make_linear_regression(n_samples=3, n_features=2, noise_std=0.0,
    ...                                              weights=[1.0, -2.0], bias=0.5)
    >>> bool(np.allclose(y, X @ weights + bias))
    True
    """
    n_samples = _check_positive_int(n_samples, "n_samples")
    n_features = _check_positive_int(n_features, "n_features")
    noise_std = _check_finite_number(noise_std, "noise_std", non_negative=True)
    seed = _check_seed(seed)
    if weights is not None:
        weights = _check_finite_array(weights, "weights", (n_features,))
    if bias is not None:
        bias = _check_finite_number(bias, "bias")

    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_samples, n_features))
    noise = noise_std * rng.standard_normal(n_samples)
    # Drawn every time, so that X and the noise do not depend on whether the truth was given.
    drawn_weights = rng.standard_normal(n_features)
    drawn_bias = float(rng.standard_normal())
    weights = drawn_weights if weights is None else weights
    bias = drawn_bias if bias is None else bias

    y = X @ weights + bias + noise
    return X, y, weights, bias


def make_logistic_classification(
    n_samples: int = 200,
    n_features: int = 2,
    seed: int = 0,
    weights: np.ndarray | None = None,
    bias: float = 0.0,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Draw labels from the logistic model ``P(y = 1 | x) = sigmoid(x @ weights + bias)``.

    The rows of ``X`` are independent standard normal vectors; each label is 1 with the
    probability the model gives its row and 0 otherwise.

    Parameters
    ----------
    n_samples : int, default 200
        Number of rows ``n``.
    n_features : int, default 2
        Number of features ``d``.
    seed : int, default 0
        Seed for ``np.random.default_rng``; the same seed gives the same data.
    weights : array_like of shape (d,), optional
        True weights. If omitted, each is drawn from a normal distribution with mean 0 and
        standard deviation 2, so that the two classes overlap but are clearly apart.
    bias : float, default 0.0
        True intercept.

    Returns
    -------
    X : ndarray of shape (n, d)
        Features.
    y : ndarray of shape (n,), dtype int
        Labels, 0 or 1.
    weights : ndarray of shape (d,)
        The true weights.
    bias : float
        The true intercept.

    Raises
    ------
    ValueError
        If a count is not a positive integer, ``seed`` is not a non-negative integer, or
        ``weights``/``bias`` have the wrong shape or are not finite.

    Examples
    --------
    >>> X, y, weights, bias = make_logistic_classification(n_samples=4, seed=1)
    >>> X.shape, y.shape, sorted(set(y.tolist())) <= [0, 1]
    ((4, 2), (4,), True)
    """
    n_samples = _check_positive_int(n_samples, "n_samples")
    n_features = _check_positive_int(n_features, "n_features")
    seed = _check_seed(seed)
    if weights is not None:
        weights = _check_finite_array(weights, "weights", (n_features,))
    bias = _check_finite_number(bias, "bias")

    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_samples, n_features))
    uniforms = rng.uniform(size=n_samples)
    drawn_weights = rng.normal(0.0, 2.0, size=n_features)
    weights = drawn_weights if weights is None else weights

    logits = X @ weights + bias
    # sigmoid(z) = 1 / (1 + exp(-z)) = (1 + tanh(z / 2)) / 2; the tanh form never overflows.
    probabilities = 0.5 * (1.0 + np.tanh(0.5 * logits))
    y = (uniforms < probabilities).astype(np.int64)
    return X, y, weights, bias


def make_sine_regression(
    n_samples: int = 50,
    noise_std: float = 0.1,
    x_range: tuple[float, float] = (0.0, 2 * np.pi),
    seed: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """Draw noisy samples of ``y = sin(x)`` for curve fitting.

    The inputs are uniform on ``x_range`` and returned in increasing order; the noise is normal
    with mean 0 and standard deviation ``noise_std``. The truth is ``np.sin``.

    Parameters
    ----------
    n_samples : int, default 50
        Number of points ``n``.
    noise_std : float, default 0.1
        Standard deviation of the noise; ``0`` gives exact values of the sine.
    x_range : (float, float), default (0, 2 pi)
        Interval ``(low, high)`` with ``low < high``.
    seed : int, default 0
        Seed for ``np.random.default_rng``; the same seed gives the same data.

    Returns
    -------
    x : ndarray of shape (n,)
        Inputs, sorted.
    y : ndarray of shape (n,)
        Noisy values of ``sin(x)``.

    Raises
    ------
    ValueError
        If ``n_samples`` is not a positive integer, ``noise_std`` is negative or not finite,
        ``x_range`` is not two finite numbers with ``low < high``, or ``seed`` is invalid.

    Examples
    --------
    >>> x, y = make_sine_regression(n_samples=4, noise_std=0.0)
    >>> bool(np.all(np.diff(x) >= 0)), bool(np.allclose(y, np.sin(x)))
    (True, True)
    """
    n_samples = _check_positive_int(n_samples, "n_samples")
    noise_std = _check_finite_number(noise_std, "noise_std", non_negative=True)
    low, high = _check_finite_array(x_range, "x_range", (2,))
    if not low < high:
        raise ValueError(f"x_range must be (low, high) with low < high, got {tuple(x_range)!r}.")
    seed = _check_seed(seed)

    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(low, high, size=n_samples))
    y = np.sin(x) + noise_std * rng.standard_normal(n_samples)
    return x, y


_DEFAULT_BLOB_MEANS = ((0.0, 0.0), (4.0, 0.0), (2.0, 3.5))


def make_gaussian_blobs(
    n_samples_per_class: int = 100,
    means: np.ndarray | None = None,
    covariances: np.ndarray | None = None,
    seed: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """Draw labelled points from one multivariate normal distribution per class.

    Class ``c`` has mean ``means[c]`` and covariance ``covariances[c]``; its points are
    ``means[c] + L_c @ z`` with ``z`` standard normal and ``L_c`` the Cholesky factor of
    ``covariances[c]``. Rows come grouped by class: first all of class 0, then class 1, ...

    Parameters
    ----------
    n_samples_per_class : int, default 100
        Number of points ``n`` in each class.
    means : array_like of shape (k, d), optional
        One mean per class. Default: three classes in 2-D with means (0, 0), (4, 0), (2, 3.5).
    covariances : array_like of shape (k, d, d), optional
        One symmetric positive-definite covariance matrix per class. Default: the identity
        for every class.
    seed : int, default 0
        Seed for ``np.random.default_rng``; the same seed gives the same data.

    Returns
    -------
    X : ndarray of shape (k * n, d)
        Points.
    y : ndarray of shape (k * n,), dtype int
        Class labels ``0, ..., k - 1``.

    Raises
    ------
    ValueError
        If ``n_samples_per_class`` is not a positive integer, ``means`` is not a finite
        ``(k, d)`` array, ``covariances`` is not a finite ``(k, d, d)`` array of symmetric
        positive-definite matrices, or ``seed`` is invalid.

    Examples
    --------
    >>> X, y = make_gaussian_blobs(n_samples_per_class=10)
    >>> X.shape, np.bincount(y).tolist()
    ((30, 2), [10, 10, 10])
    """
    n_samples_per_class = _check_positive_int(n_samples_per_class, "n_samples_per_class")
    means = _check_finite_array(
        _DEFAULT_BLOB_MEANS if means is None else means, "means", ("k", "d")
    )
    n_classes, dimension = means.shape
    if n_classes == 0 or dimension == 0:
        raise ValueError(
            f"means must have at least one class and one dimension, got {means.shape}."
        )
    if covariances is None:
        covariances = np.stack([np.eye(dimension)] * n_classes)
    covariances = _check_finite_array(covariances, "covariances", (n_classes, dimension, dimension))
    cholesky_factors = []
    for label, covariance in enumerate(covariances):
        if not np.allclose(covariance, covariance.T):
            raise ValueError(f"covariances[{label}] must be symmetric, got {covariance.tolist()}.")
        try:
            cholesky_factors.append(np.linalg.cholesky(covariance))
        except np.linalg.LinAlgError:
            raise ValueError(
                f"covariances[{label}] must be positive definite, but its smallest eigenvalue "
                f"is {np.linalg.eigvalsh(covariance).min():.3g}."
            ) from None
    seed = _check_seed(seed)

    rng = np.random.default_rng(seed)
    blocks = []
    for mean, cholesky_factor in zip(means, cholesky_factors):
        z = rng.standard_normal((n_samples_per_class, dimension))
        blocks.append(mean + z @ cholesky_factor.T)
    X = np.concatenate(blocks)
    y = np.repeat(np.arange(n_classes), n_samples_per_class)
    return X, y
