"""Tests for utils.datasets: the bundled real data sets and the synthetic generators."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import minimize
from scipy.special import expit

from utils import datasets

# The tests run from a checkout, so they read the repository's folder directly rather than
# trusting utils.datasets to find it.
REPOSITORY_DATA = Path(__file__).resolve().parent.parent / "datasets"
MANIFEST = json.loads((REPOSITORY_DATA / "manifest.json").read_text(encoding="utf-8"))
NAMES = sorted(MANIFEST)


def readme_sections() -> dict[str, str]:
    """Map each '### <name>' heading of datasets/README.md to the text under it."""
    readme = (REPOSITORY_DATA / "README.md").read_text(encoding="utf-8")
    sections = {}
    for block in re.split(r"^### ", readme, flags=re.MULTILINE)[1:]:
        heading, _, body = block.partition("\n")
        sections[heading.strip().strip("`")] = body.split("\n## ")[0]
    return sections


def copy_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Copy the data folder to tmp_path and make utils.datasets read the copy."""
    folder = tmp_path / "data"
    shutil.copytree(REPOSITORY_DATA, folder)
    monkeypatch.setattr(datasets, "_data_dir", lambda: folder)
    return folder


# ---------------------------------------------------------------------------------------------
# Manifest, files and README
# ---------------------------------------------------------------------------------------------


def test_names_are_the_manifest_keys_and_every_file_exists():
    assert datasets.names() == NAMES
    assert NAMES == ["engel", "longley", "macrodata", "nile", "stackloss", "statecrime", "sunspots"]
    for name in NAMES:
        assert (REPOSITORY_DATA / MANIFEST[name]["file"]).is_file()


def test_manifest_is_written_in_its_canonical_form():
    text = (REPOSITORY_DATA / "manifest.json").read_text(encoding="utf-8")
    assert text == json.dumps(MANIFEST, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("name", NAMES)
def test_manifest_entry_fields(name):
    entry = MANIFEST[name]
    assert entry["file"] == f"{name}.csv"
    assert re.fullmatch(r"[0-9a-f]{64}", entry["sha256"])
    assert entry["license"].startswith("Public domain (")
    assert "public domain" in entry["license"].lower().split("(", 1)[1]
    assert re.fullmatch(
        rf"statsmodels [0-9][^ ,]*, statsmodels\.datasets\.{name}", entry["provenance"]
    )
    assert entry["description"] and entry["source"]


@pytest.mark.parametrize("name", NAMES)
def test_load_matches_manifest_and_independent_checksum(name):
    entry = MANIFEST[name]
    content = (REPOSITORY_DATA / entry["file"]).read_bytes()
    checksum = hashlib.sha256(content).hexdigest()
    assert checksum == entry["sha256"]
    assert checksum in readme_sections()[name], (
        f"datasets/README.md shows another sha256 for {name}"
    )

    table = datasets.load(name)
    assert isinstance(table, pd.DataFrame)
    assert table.shape == (entry["rows"], len(entry["columns"]))
    assert list(table.columns) == entry["columns"]
    assert table.notna().all().all()


@pytest.mark.parametrize("name", NAMES)
def test_csv_files_are_utf8_with_unix_line_endings(name):
    content = (REPOSITORY_DATA / f"{name}.csv").read_bytes()
    content.decode("utf-8")
    assert b"\r" not in content
    assert content.endswith(b"\n")
    assert content.count(b"\n") == MANIFEST[name]["rows"] + 1  # header plus one line per row


def test_readme_describes_every_data_set_and_nothing_else():
    assert sorted(readme_sections()) == NAMES


def test_info_returns_a_copy_of_the_manifest_entry():
    entry = datasets.info("longley")
    assert entry == MANIFEST["longley"]
    entry["columns"].append("changed")
    entry["rows"] = -1
    assert datasets.info("longley") == MANIFEST["longley"]


# ---------------------------------------------------------------------------------------------
# Known facts about the data
# ---------------------------------------------------------------------------------------------


def test_longley_published_facts():
    longley = datasets.load("longley")
    assert len(longley) == 16
    np.testing.assert_array_equal(longley["YEAR"], np.arange(1947, 1963))
    assert longley.loc[longley["YEAR"] == 1954, "GNPDEFL"].item() == 100.0  # deflator base year
    assert longley["TOTEMP"].iloc[0] == 60323
    # Certified least-squares coefficients from the NIST StRD Longley page (intercept first).
    certified = [
        -3482258.63459582,
        15.0618722713733,
        -0.358191792925910e-01,
        -2.02022980381683,
        -1.03322686717359,
        -0.511041056535807e-01,
        1829.15146461355,
    ]
    regressors = longley[["GNPDEFL", "GNP", "UNEMP", "ARMED", "POP", "YEAR"]].to_numpy()
    design_matrix = np.column_stack([np.ones(len(longley)), regressors])
    coefficients = np.linalg.lstsq(design_matrix, longley["TOTEMP"].to_numpy(), rcond=None)[0]
    np.testing.assert_allclose(coefficients, certified, rtol=1e-7)


def test_other_fixed_facts():
    assert datasets.load("nile")["year"].tolist() == list(range(1871, 1971))
    assert datasets.load("sunspots")["YEAR"].tolist() == list(range(1700, 2009))
    assert len(datasets.load("statecrime")["state"].unique()) == 51
    macrodata = datasets.load("macrodata")
    assert macrodata[["year", "quarter"]].iloc[[0, -1]].to_numpy().tolist() == [
        [1959, 1],
        [2009, 3],
    ]


@pytest.mark.parametrize("name", NAMES)
def test_identical_to_what_statsmodels_ships(name):
    statsmodels_datasets = pytest.importorskip("statsmodels.datasets")
    expected = getattr(statsmodels_datasets, name).load_pandas().data
    if name == "statecrime":
        expected = expected.rename_axis("state").reset_index()
    pd.testing.assert_frame_equal(datasets.load(name), expected, check_exact=True)


# ---------------------------------------------------------------------------------------------
# Error paths of the real data sets
# ---------------------------------------------------------------------------------------------


def test_tampered_file_fails_its_checksum(tmp_path, monkeypatch):
    folder = copy_data_folder(tmp_path, monkeypatch)
    path = folder / "longley.csv"
    content = bytearray(path.read_bytes())
    position = content.index(b"60323")
    content[position] = ord("7")  # 60323 -> 70323: still a valid CSV, but not the data
    path.write_bytes(bytes(content))

    with pytest.raises(ValueError, match="checksum") as raised:
        datasets.load("longley")
    message = str(raised.value)
    assert "modified or corrupted" in message
    assert MANIFEST["longley"]["sha256"] in message
    assert hashlib.sha256(bytes(content)).hexdigest() in message
    datasets.load("nile")  # the other files are untouched and still load


def test_windows_line_endings_fail_with_a_hint(tmp_path, monkeypatch):
    folder = copy_data_folder(tmp_path, monkeypatch)
    path = folder / "nile.csv"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    with pytest.raises(ValueError, match=r"checksum(.|\n)*line endings"):
        datasets.load("nile")


def test_missing_file(tmp_path, monkeypatch):
    folder = copy_data_folder(tmp_path, monkeypatch)
    (folder / "nile.csv").unlink()
    with pytest.raises(FileNotFoundError, match="nile.csv"):
        datasets.load("nile")


def test_unknown_name_lists_names_and_suggests_one():
    with pytest.raises(ValueError, match="Did you mean 'longley'") as raised:
        datasets.load("longly")
    for name in NAMES:
        assert name in str(raised.value)
    with pytest.raises(ValueError, match="Unknown data set 'zzz'. Available data sets: engel"):
        datasets.info("zzz")


def test_name_must_be_a_string():
    with pytest.raises(ValueError, match="name must be a string"):
        datasets.load(3)


def fake_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Point utils.datasets.__file__ into an empty fake installation; return its two folders."""
    package = tmp_path / "site" / "utils"
    package.mkdir(parents=True)
    monkeypatch.setattr(datasets, "__file__", str(package / "datasets.py"))
    return package / "_data", tmp_path / "site" / "datasets"


def test_data_dir_prefers_the_packaged_copy(tmp_path, monkeypatch):
    packaged, repository = fake_package(tmp_path, monkeypatch)
    shutil.copytree(REPOSITORY_DATA, packaged)
    shutil.copytree(REPOSITORY_DATA, repository)
    assert datasets._data_dir() == packaged.resolve()
    pd.testing.assert_frame_equal(
        datasets.load("nile"), pd.read_csv(REPOSITORY_DATA / "nile.csv"), check_exact=True
    )


def test_data_dir_falls_back_to_the_repository_folder(tmp_path, monkeypatch):
    _, repository = fake_package(tmp_path, monkeypatch)
    shutil.copytree(REPOSITORY_DATA, repository)
    assert datasets._data_dir() == repository.resolve()
    assert datasets.names() == NAMES


def test_data_dir_missing(tmp_path, monkeypatch):
    fake_package(tmp_path, monkeypatch)
    with pytest.raises(FileNotFoundError, match="Could not find the data sets folder"):
        datasets._data_dir()
    with pytest.raises(FileNotFoundError):
        datasets.load("longley")


def test_data_dir_without_manifest(tmp_path, monkeypatch):
    packaged, _ = fake_package(tmp_path, monkeypatch)
    packaged.mkdir()
    with pytest.raises(FileNotFoundError, match=r"no manifest\.json"):
        datasets.names()


def test_real_data_directory_is_the_checkout():
    assert datasets._data_dir() in (
        REPOSITORY_DATA,
        Path(datasets.__file__).resolve().parent / "_data",
    )


# ---------------------------------------------------------------------------------------------
# Synthetic generators: shapes, determinism, recoverable truth
# ---------------------------------------------------------------------------------------------

sizes = st.integers(min_value=1, max_value=40)
dimensions = st.integers(min_value=1, max_value=5)
seeds = st.integers(min_value=0, max_value=2**32)


@settings(max_examples=40, deadline=None)
@given(n_samples=sizes, n_features=dimensions, seed=seeds)
def test_linear_regression_shapes_and_determinism(n_samples, n_features, seed):
    X, y, weights, bias = datasets.make_linear_regression(n_samples, n_features, seed=seed)
    assert X.shape == (n_samples, n_features) and y.shape == (n_samples,)
    assert weights.shape == (n_features,) and isinstance(bias, float)
    again = datasets.make_linear_regression(n_samples, n_features, seed=seed)
    for first, second in zip((X, y, weights, bias), again):
        np.testing.assert_array_equal(first, second)
    other = datasets.make_linear_regression(n_samples, n_features, seed=seed + 1)
    assert not np.array_equal(X, other[0])


def test_linear_regression_truth_is_recoverable():
    X, y, weights, bias = datasets.make_linear_regression(500, 3, noise_std=0.01, seed=1)
    design_matrix = np.column_stack([X, np.ones(len(X))])
    estimate = np.linalg.lstsq(design_matrix, y, rcond=None)[0]
    np.testing.assert_allclose(estimate, [*weights, bias], atol=5e-3)


def test_linear_regression_noise_and_given_truth():
    X, y, weights, bias = datasets.make_linear_regression(
        20_000, 2, noise_std=0.5, seed=2, weights=[1.0, -2.0], bias=3.0
    )
    np.testing.assert_array_equal(weights, [1.0, -2.0])
    assert bias == 3.0
    residuals = y - (X @ np.array([1.0, -2.0]) + 3.0)
    assert abs(residuals.std() - 0.5) < 0.02 and abs(residuals.mean()) < 0.02
    np.testing.assert_allclose(X.mean(axis=0), 0.0, atol=0.03)
    np.testing.assert_allclose(np.cov(X, rowvar=False), np.eye(2), atol=0.03)
    # X does not depend on whether the truth was given.
    X_drawn_truth = datasets.make_linear_regression(20_000, 2, noise_std=0.5, seed=2)[0]
    np.testing.assert_array_equal(X, X_drawn_truth)


def test_linear_regression_without_noise_is_exact():
    X, y, weights, bias = datasets.make_linear_regression(10, 2, noise_std=0.0, seed=3)
    np.testing.assert_allclose(y, X @ weights + bias, rtol=0, atol=1e-12)


@settings(max_examples=40, deadline=None)
@given(n_samples=sizes, n_features=dimensions, seed=seeds)
def test_logistic_shapes_labels_and_determinism(n_samples, n_features, seed):
    X, y, weights, bias = datasets.make_logistic_classification(n_samples, n_features, seed=seed)
    assert X.shape == (n_samples, n_features) and y.shape == (n_samples,)
    assert weights.shape == (n_features,) and bias == 0.0
    assert np.issubdtype(y.dtype, np.integer) and set(np.unique(y)) <= {0, 1}
    again = datasets.make_logistic_classification(n_samples, n_features, seed=seed)
    np.testing.assert_array_equal(X, again[0])
    np.testing.assert_array_equal(y, again[1])
    assert not np.array_equal(
        X, datasets.make_logistic_classification(n_samples, n_features, seed=seed + 1)[0]
    )


def test_logistic_label_rate_matches_the_model_probabilities():
    X, y, weights, bias = datasets.make_logistic_classification(40_000, 3, seed=4, bias=-0.7)
    probabilities = expit(X @ weights + bias)
    standard_error = np.sqrt(np.sum(probabilities * (1 - probabilities))) / len(y)
    assert abs(y.mean() - probabilities.mean()) < 4 * standard_error
    # Within a band of probabilities, the label rate is the band's mean probability.
    band = (probabilities > 0.6) & (probabilities < 0.8)
    assert abs(y[band].mean() - probabilities[band].mean()) < 0.03


def test_logistic_truth_is_recoverable_by_maximum_likelihood():
    true_weights, true_bias = np.array([1.5, -2.0]), 0.5
    X, y, _, _ = datasets.make_logistic_classification(
        20_000, 2, seed=5, weights=true_weights, bias=true_bias
    )
    design_matrix = np.column_stack([X, np.ones(len(X))])

    def negative_log_likelihood(parameters):
        logits = design_matrix @ parameters
        return np.sum(np.logaddexp(0.0, logits) - y * logits)

    estimate = minimize(negative_log_likelihood, np.zeros(3), method="BFGS").x
    np.testing.assert_allclose(estimate, [*true_weights, true_bias], atol=0.12)


def test_logistic_extreme_logits_do_not_overflow():
    X, y, _, _ = datasets.make_logistic_classification(100, 1, seed=6, weights=[1e4], bias=0.0)
    np.testing.assert_array_equal(y, (X[:, 0] > 0).astype(int))


@settings(max_examples=40, deadline=None)
@given(n_samples=sizes, seed=seeds)
def test_sine_shapes_order_range_and_determinism(n_samples, seed):
    x, y = datasets.make_sine_regression(n_samples, x_range=(-1.0, 3.0), seed=seed)
    assert x.shape == y.shape == (n_samples,)
    assert np.all(np.diff(x) >= 0) and x.min() >= -1.0 and x.max() <= 3.0
    again = datasets.make_sine_regression(n_samples, x_range=(-1.0, 3.0), seed=seed)
    np.testing.assert_array_equal(x, again[0])
    np.testing.assert_array_equal(y, again[1])
    assert not np.array_equal(x, datasets.make_sine_regression(n_samples, seed=seed + 1)[0])


def test_sine_truth():
    x, y = datasets.make_sine_regression(10, noise_std=0.0, seed=7)
    np.testing.assert_allclose(y, np.sin(x), rtol=0, atol=1e-15)
    x, y = datasets.make_sine_regression(20_000, noise_std=0.2, seed=8)
    assert 0 <= x.min() and x.max() <= 2 * np.pi
    assert abs((y - np.sin(x)).std() - 0.2) < 0.01
    assert abs(x.mean() - np.pi) < 0.05  # uniform on (0, 2 pi)


def test_blobs_default_shapes_and_determinism():
    X, y = datasets.make_gaussian_blobs()
    assert X.shape == (300, 2) and y.shape == (300,)
    np.testing.assert_array_equal(y, np.repeat([0, 1, 2], 100))
    X_again, y_again = datasets.make_gaussian_blobs()
    np.testing.assert_array_equal(X, X_again)
    assert not np.array_equal(X, datasets.make_gaussian_blobs(seed=1)[0])


def test_blobs_recover_means_and_covariances():
    means = np.array([[0.0, 0.0, 1.0], [5.0, -1.0, 2.0]])
    covariances = np.array(
        [
            [[2.0, 0.8, 0.0], [0.8, 1.0, 0.3], [0.0, 0.3, 0.5]],
            [[0.5, -0.2, 0.1], [-0.2, 1.5, 0.0], [0.1, 0.0, 1.0]],
        ]
    )
    X, y = datasets.make_gaussian_blobs(20_000, means, covariances, seed=9)
    assert X.shape == (40_000, 3)
    for label in range(2):
        points = X[y == label]
        np.testing.assert_allclose(points.mean(axis=0), means[label], atol=0.05)
        np.testing.assert_allclose(np.cov(points, rowvar=False), covariances[label], atol=0.06)


def test_blobs_default_covariance_is_the_identity():
    X, y = datasets.make_gaussian_blobs(20_000, means=[[1.0, 2.0]], seed=10)
    np.testing.assert_allclose(X.mean(axis=0), [1.0, 2.0], atol=0.03)
    np.testing.assert_allclose(np.cov(X, rowvar=False), np.eye(2), atol=0.04)


# ---------------------------------------------------------------------------------------------
# Every ValueError path of the generators
# ---------------------------------------------------------------------------------------------

GENERATOR_ERRORS = [
    (datasets.make_linear_regression, {"n_samples": 0}, "n_samples must be a positive integer"),
    (datasets.make_linear_regression, {"n_samples": 2.5}, "n_samples must be a positive integer"),
    (datasets.make_linear_regression, {"n_samples": True}, "n_samples must be a positive integer"),
    (datasets.make_linear_regression, {"n_features": -1}, "n_features must be a positive integer"),
    (datasets.make_linear_regression, {"noise_std": -0.1}, "noise_std must be zero or positive"),
    (datasets.make_linear_regression, {"noise_std": np.nan}, "noise_std must be a finite"),
    (datasets.make_linear_regression, {"noise_std": "big"}, "noise_std must be a finite"),
    (datasets.make_linear_regression, {"seed": -1}, "seed must be a non-negative integer"),
    (datasets.make_linear_regression, {"seed": 1.5}, "seed must be a non-negative integer"),
    (datasets.make_linear_regression, {"weights": [1.0, 2.0]}, r"weights must have shape \(1,\)"),
    (datasets.make_linear_regression, {"weights": [[1.0]]}, r"weights must have shape \(1,\)"),
    (datasets.make_linear_regression, {"weights": [np.inf]}, "weights must contain only finite"),
    (datasets.make_linear_regression, {"weights": ["a"]}, "weights must be an array of real"),
    (datasets.make_linear_regression, {"bias": np.inf}, "bias must be a finite"),
    (datasets.make_logistic_classification, {"n_samples": 0}, "n_samples must be a positive"),
    (datasets.make_logistic_classification, {"n_features": 0}, "n_features must be a positive"),
    (datasets.make_logistic_classification, {"seed": "zero"}, "seed must be a non-negative"),
    (datasets.make_logistic_classification, {"weights": [1.0]}, r"weights must have shape \(2,\)"),
    (datasets.make_logistic_classification, {"weights": [1.0, np.nan]}, "only finite"),
    (datasets.make_logistic_classification, {"bias": None}, "bias must be a finite"),
    (datasets.make_sine_regression, {"n_samples": -3}, "n_samples must be a positive"),
    (datasets.make_sine_regression, {"noise_std": -1.0}, "noise_std must be zero or positive"),
    (datasets.make_sine_regression, {"x_range": (1.0, 1.0)}, "low < high"),
    (datasets.make_sine_regression, {"x_range": (2.0, 1.0)}, "low < high"),
    (
        datasets.make_sine_regression,
        {"x_range": (0.0, 1.0, 2.0)},
        r"x_range must have shape \(2,\)",
    ),
    (datasets.make_sine_regression, {"x_range": (0.0, np.inf)}, "x_range must contain only finite"),
    (datasets.make_sine_regression, {"seed": None}, "seed must be a non-negative"),
    (datasets.make_gaussian_blobs, {"n_samples_per_class": 0}, "n_samples_per_class must be"),
    (datasets.make_gaussian_blobs, {"means": [0.0, 1.0]}, r"means must have shape \(k, d\)"),
    (datasets.make_gaussian_blobs, {"means": np.zeros((0, 2))}, "at least one class"),
    (datasets.make_gaussian_blobs, {"means": [[0.0, np.nan]]}, "means must contain only finite"),
    (
        datasets.make_gaussian_blobs,
        {"means": [[0.0, 0.0]], "covariances": np.eye(2)},
        r"covariances must have shape \(1, 2, 2\)",
    ),
    (
        datasets.make_gaussian_blobs,
        {"means": [[0.0, 0.0]], "covariances": [[[1.0, 0.5], [0.0, 1.0]]]},
        r"covariances\[0\] must be symmetric",
    ),
    (
        datasets.make_gaussian_blobs,
        {"means": [[0.0, 0.0]], "covariances": [[[1.0, 2.0], [2.0, 1.0]]]},
        r"covariances\[0\] must be positive definite",
    ),
    (
        datasets.make_gaussian_blobs,
        {"means": [[0.0], [1.0]], "covariances": [[[1.0]], [[-1.0]]]},
        r"covariances\[1\] must be positive definite",
    ),
    (
        datasets.make_gaussian_blobs,
        {"means": [[0.0]], "covariances": [[[np.inf]]]},
        "covariances must contain only finite",
    ),
    (datasets.make_gaussian_blobs, {"seed": -5}, "seed must be a non-negative"),
]


@pytest.mark.parametrize(("generator", "arguments", "message"), GENERATOR_ERRORS)
def test_generator_errors(generator, arguments, message):
    with pytest.raises(ValueError, match=message):
        generator(**arguments)
