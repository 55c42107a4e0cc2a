"""Tests for utils.plotting: what each helper draws, its labels, and every error message."""

import logging
import math
import sys

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from matplotlib.axes import Axes
from matplotlib.colors import LogNorm, to_hex
from matplotlib.quiver import Quiver

from utils import plotting
from utils.plotting import (
    COLORS,
    PALETTE,
    plot_contours,
    plot_function,
    plot_histogram,
    plot_surface,
    plot_transformation,
    plot_vector_field,
    plot_vectors,
    use_style,
)

# Any warning a helper emits would be printed under a notebook cell: make it a test failure.
pytestmark = pytest.mark.filterwarnings("error")

# The published Okabe-Ito hex codes, typed in independently of the module.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#e69f00",
    "sky": "#56b4e9",
    "green": "#009e73",
    "yellow": "#f0e442",
    "blue": "#0072b2",
    "vermillion": "#d55e00",
    "purple": "#cc79a7",
}

# Rounded, so that no example is a vector of length 1e-300 (too small for any screen).
finite_floats = st.floats(-10, 10).map(lambda value: round(value, 3))


@pytest.fixture(autouse=True)
def clean_matplotlib():
    """Restore rcParams and close every figure after each test."""
    with matplotlib.rc_context():
        yield
    plt.close("all")


def quivers(ax):
    return [artist for artist in ax.collections if isinstance(artist, Quiver)]


def legend_labels(ax):
    legend = ax.get_legend()
    return [] if legend is None else [text.get_text() for text in legend.get_texts()]


# ----------------------------------------------------------------------------------------------
# use_style, PALETTE, COLORS
# ----------------------------------------------------------------------------------------------


def test_palette_and_colors_are_the_okabe_ito_colours():
    assert isinstance(PALETTE, tuple) and len(PALETTE) == 8
    assert all(isinstance(color, str) and color.startswith("#") for color in PALETTE)
    assert {name: hex_code.lower() for name, hex_code in COLORS.items()} == OKABE_ITO
    assert sorted(PALETTE) == sorted(COLORS.values())


def test_use_style_sets_the_palette_as_colour_cycle_and_readable_sizes():
    use_style()
    assert plt.rcParams["axes.prop_cycle"].by_key()["color"] == list(PALETTE)
    assert list(plt.rcParams["figure.figsize"]) == [7.0, 4.5]
    assert plt.rcParams["figure.dpi"] == 100
    assert plt.rcParams["font.size"] == 11
    assert plt.rcParams["axes.grid"] is True
    assert plt.rcParams["axes.spines.top"] is False
    assert plt.rcParams["axes.spines.right"] is False
    assert plt.rcParams["axes.formatter.use_mathtext"] is True
    assert plt.rcParams["savefig.bbox"] == "tight"
    _, ax = plt.subplots()
    first, second = ax.plot([0, 1]), ax.plot([1, 0])
    assert to_hex(first[0].get_color()) == COLORS["blue"].lower()
    assert to_hex(second[0].get_color()) == COLORS["orange"].lower()
    assert tuple(ax.figure.get_size_inches() * ax.figure.dpi) == (700.0, 450.0)


def test_use_style_is_idempotent():
    use_style()
    once = dict(plt.rcParams)
    use_style()
    assert dict(plt.rcParams) == once


def test_use_style_selects_png_inline_only_under_ipython(monkeypatch):
    import IPython
    import matplotlib_inline.backend_inline as backend_inline

    calls = []
    monkeypatch.setattr(backend_inline, "set_matplotlib_formats", lambda *f: calls.append(f))
    monkeypatch.setattr(IPython, "get_ipython", lambda: None)
    use_style()
    assert calls == []
    registered = {}

    class Formatter:
        def for_type(self, kind, function):
            registered[kind] = function

    class Shell:
        class display_formatter:
            formatters = {"image/png": Formatter()}

    monkeypatch.setattr(IPython, "get_ipython", lambda: Shell())
    use_style()
    assert calls == [("png",)]
    from utils.plotting import compact_png

    assert registered == {plt.Figure: compact_png}  # figures shown as compact PNGs
    monkeypatch.delitem(sys.modules, "IPython")  # a plain Python script
    use_style()
    assert calls == [("png",)]


def test_no_helper_calls_plt_show(monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("plt.show() was called")

    monkeypatch.setattr(plt, "show", forbidden)
    plot_function(np.sin)
    plot_vectors([[1, 2]])
    plot_transformation(np.eye(2))
    plot_vector_field(lambda x, y: (x, y))
    plot_contours(lambda x, y: x**2 + y**2)
    plot_surface(lambda x, y: x + y)
    plot_histogram([1.0, 2.0, 2.5])


# ----------------------------------------------------------------------------------------------
# plot_function
# ----------------------------------------------------------------------------------------------


def test_plot_function_draws_the_graph_with_labels():
    ax = plot_function(np.sin, (-3, 2), num=50, title="Sine")
    assert isinstance(ax, Axes)
    curve = ax.lines[0]
    np.testing.assert_allclose(curve.get_xdata(), np.linspace(-3, 2, 50))
    np.testing.assert_allclose(curve.get_ydata(), np.sin(np.linspace(-3, 2, 50)))
    assert ax.get_xlabel() == "$x$" and ax.get_ylabel() == "$f(x)$"
    assert ax.get_title() == "Sine"
    assert ax.get_legend() is None  # one series: no legend


def test_plot_function_draws_the_x_axis_only_when_zero_is_in_view():
    ax = plot_function(np.sin)
    x_axis = [line for line in ax.lines[1:] if np.all(np.asarray(line.get_ydata()) == 0)]
    assert len(x_axis) == 1
    ax = plot_function(np.exp, (-1, 1))
    assert len(ax.lines) == 1


def test_plot_function_accepts_a_function_of_one_number():
    def ramp(x):
        return x if x > 0 else 0.0

    ax = plot_function(ramp, (-2, 2), num=9)
    np.testing.assert_allclose(ax.lines[0].get_ydata(), np.maximum(np.linspace(-2, 2, 9), 0))
    ax = plot_function(lambda x: 3.0, (0, 1), num=5)  # a constant: one number, not an array
    np.testing.assert_allclose(ax.lines[0].get_ydata(), np.full(5, 3.0))
    ax = plot_function(math.cos, (0, 1), num=5)
    np.testing.assert_allclose(ax.lines[0].get_ydata(), np.cos(np.linspace(0, 1, 5)))


def test_plot_function_leaves_gaps_where_f_is_not_finite():
    ax = plot_function(lambda x: 1 / x, (-1, 1), num=5)  # x = 0 is a grid point
    y = np.asarray(ax.lines[0].get_ydata())
    assert np.isnan(y[2])
    np.testing.assert_allclose(np.delete(y, 2), [-1, -2, 2, 1])


def test_plot_function_uses_given_ax_adds_legend_for_two_series_and_passes_kwargs():
    _, ax = plt.subplots()
    assert plot_function(np.sin, ax=ax, label="sin", color="black") is ax
    assert to_hex(ax.lines[0].get_color()) == "#000000"
    assert plot_function(np.cos, ax=ax, label="cos", xlabel="$t$", ylabel="$y$") is ax
    assert legend_labels(ax) == ["sin", "cos"]
    assert ax.get_xlabel() == "$t$" and ax.get_ylabel() == "$y$"


@settings(max_examples=30, deadline=None)
@given(
    coefficients=st.lists(finite_floats, min_size=1, max_size=4),
    low=finite_floats,
    width=st.floats(0.1, 10),
)
def test_plot_function_matches_numpy_polyval(coefficients, low, width):
    ax = plot_function(lambda x: np.polyval(coefficients, x), (low, low + width), num=20)
    x = np.linspace(low, low + width, 20)
    np.testing.assert_allclose(ax.lines[0].get_ydata(), np.polyval(coefficients, x))
    plt.close(ax.figure)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"f": 3}, "f must be a function, got int"),
        ({"x_range": (3, 1)}, r"x_range must be \(low, high\) with low < high, got \(3, 1\)\."),
        ({"x_range": (1, 1)}, "low < high"),
        ({"x_range": (0, 1, 2)}, r"x_range must be a pair of numbers \(low, high\)"),
        ({"x_range": 5}, r"x_range must be a pair of numbers"),
        ({"x_range": ("a", "b")}, r"x_range must be a pair of numbers"),
        ({"x_range": (0, np.inf)}, "x_range must contain finite numbers"),
        ({"x_range": (np.nan, 1)}, "x_range must contain finite numbers"),
        ({"num": 1}, "num must be an integer >= 2, got 1"),
        ({"num": 10.0}, "num must be an integer >= 2, got 10.0"),
        ({"num": True}, "num must be an integer >= 2"),
        ({"f": lambda x: np.full_like(x, np.nan)}, "f has no finite value on x_range"),
        ({"ax": "left"}, "ax must be a matplotlib Axes or None, got str"),
        ({"f": lambda x: "high"}, "the function must return one number at each point"),
    ],
)
def test_plot_function_errors(kwargs, message):
    arguments = {"f": np.sin} | kwargs
    with pytest.raises(ValueError, match=message):
        plot_function(arguments.pop("f"), **arguments)


# ----------------------------------------------------------------------------------------------
# plot_vectors
# ----------------------------------------------------------------------------------------------


def test_plot_vectors_draws_one_arrow_per_vector_from_the_origin():
    vectors = np.array([[2.0, 1.0], [-1.0, 2.0], [1.5, -2.0]])
    ax = plot_vectors(vectors, labels=["u", "v", ""], title="Three")
    (arrows,) = quivers(ax)
    assert arrows.N == 3
    np.testing.assert_allclose(np.column_stack([arrows.X, arrows.Y]), 0.0)
    np.testing.assert_allclose(np.column_stack([arrows.U, arrows.V]), vectors)
    assert [to_hex(color) for color in arrows.get_facecolors()] == [
        COLORS["blue"].lower(),
        COLORS["orange"].lower(),
        COLORS["green"].lower(),
    ]
    texts = {text.get_text(): text.xy for text in ax.texts}
    assert set(texts) == {"u", "v"}  # an empty label draws nothing
    np.testing.assert_allclose(texts["u"], [2.0, 1.0])
    np.testing.assert_allclose(texts["v"], [-1.0, 2.0])
    assert ax.get_xlabel() == "$x_1$" and ax.get_ylabel() == "$x_2$"
    assert ax.get_title() == "Three"
    assert ax.get_aspect() == 1.0


def test_plot_vectors_with_origins_colours_and_given_ax():
    _, ax = plt.subplots()
    result = plot_vectors([[1, 1], [2, 0]], origins=[3, -1], colors="black", ax=ax)
    assert result is ax
    (arrows,) = quivers(ax)
    np.testing.assert_allclose(np.column_stack([arrows.X, arrows.Y]), [[3, -1], [3, -1]])
    assert {to_hex(color) for color in arrows.get_facecolors()} == {"#000000"}
    ax = plot_vectors([1, 2], origins=[[0, 1]], colors=["#D55E00"])  # one vector as a pair
    (arrows,) = quivers(ax)
    assert arrows.N == 1
    np.testing.assert_allclose([arrows.U[0], arrows.V[0]], [1, 2])


def test_plot_vectors_with_fixed_limits():
    ax = plot_vectors([[1, 1]], limits=(-4, 4))
    assert ax.get_xlim() == (-4.0, 4.0) and ax.get_ylim() == (-4.0, 4.0)


def test_plot_vectors_keeps_limits_automatic_without_matplotlib_complaining(caplog):
    caplog.set_level(logging.WARNING, logger="matplotlib")
    ax = plot_vectors([[10, 0.5]])
    plot_vectors([[-3, -3]], ax=ax)  # drawing again on the same Axes keeps both in view
    ax.figure.canvas.draw()
    assert caplog.records == []
    (x_low, x_high), (y_low, y_high) = ax.get_xlim(), ax.get_ylim()
    assert x_low < -3 and x_high > 10 and y_low < -3 and y_high > 0.5


@settings(max_examples=30, deadline=None)
@given(
    vectors=arrays(float, st.tuples(st.integers(1, 5), st.just(2)), elements=finite_floats),
    origin=arrays(float, 2, elements=finite_floats),
)
def test_plot_vectors_limits_show_every_tip_and_the_origin(vectors, origin):
    ax = plot_vectors(vectors, origins=origin)
    ax.figure.canvas.draw()  # applies the equal aspect
    (x_low, x_high), (y_low, y_high) = ax.get_xlim(), ax.get_ylim()
    points = np.vstack([origin + vectors, origin, [0.0, 0.0]])
    assert np.all(points[:, 0] >= x_low) and np.all(points[:, 0] <= x_high)
    assert np.all(points[:, 1] >= y_low) and np.all(points[:, 1] <= y_high)
    width, height = np.diff(ax.transData.transform([[0, 0], [1, 1]]), axis=0)[0]
    assert width == pytest.approx(height, rel=1e-2)  # one unit as long across as up (to a pixel)
    plt.close(ax.figure)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"vectors": [[1, 2, 3]]},
            r"vectors must be an array of shape \(k, 2\).*got shape \(1, 3\)",
        ),
        ({"vectors": np.zeros((0, 2))}, r"got shape \(0, 2\)"),
        ({"vectors": [[1, np.nan]]}, "vectors must contain only finite numbers"),
        ({"vectors": [["a", "b"]]}, "vectors must be numbers"),
        (
            {"origins": [[0, 0], [1, 1], [2, 2]]},
            r"origins must have one row per vector \(2\), got 3",
        ),
        ({"origins": [[0, np.inf]]}, "origins must contain only finite numbers"),
        ({"labels": ["u"]}, r"labels must have one entry per vector \(2\), got 1"),
        ({"colors": ["red"]}, r"colors must have one entry per vector \(2\), got 1"),
        ({"colors": ["red", "notacolour"]}, "'notacolour', which is not a matplotlib colour"),
        ({"limits": (2, -2)}, r"limits must be \(low, high\) with low < high"),
        ({"ax": 1}, "ax must be a matplotlib Axes"),
    ],
)
def test_plot_vectors_errors(kwargs, message):
    arguments = {"vectors": [[1, 0], [0, 1]]} | kwargs
    with pytest.raises(ValueError, match=message):
        plot_vectors(arguments.pop("vectors"), **arguments)


# ----------------------------------------------------------------------------------------------
# plot_transformation
# ----------------------------------------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(A=arrays(float, (2, 2), elements=finite_floats))
def test_plot_transformation_arrows_are_the_columns_of_A(A):
    ax = plot_transformation(A)
    (arrows,) = quivers(ax)
    tips = np.column_stack([arrows.X + arrows.U, arrows.Y + arrows.V])
    np.testing.assert_allclose(tips[0], A[:, 0])  # A e1
    np.testing.assert_allclose(tips[1], A[:, 1])  # A e2
    assert sorted(text.get_text() for text in ax.texts) == [
        "$\\mathbf{A}\\mathbf{e}_1$",
        "$\\mathbf{A}\\mathbf{e}_2$",
    ]
    plt.close(ax.figure)


def test_plot_transformation_maps_every_grid_line_and_the_unit_square():
    A = np.array([[2.0, -1.0], [1.0, 1.5]])
    ax = plot_transformation(A, grid_range=2, title="A map")
    original, transformed = ax.collections[0], ax.collections[1]
    assert len(original.get_segments()) == 10  # 5 vertical + 5 horizontal lines
    for segment, image in zip(original.get_segments(), transformed.get_segments()):
        np.testing.assert_allclose(image, [A @ point for point in segment])
    lines = {tuple(map(tuple, segment)) for segment in original.get_segments()}
    assert ((-2.0, -2.0), (-2.0, 2.0)) in lines and ((-2.0, 1.0), (2.0, 1.0)) in lines
    (square,) = ax.patches
    corners = square.get_xy()[:4]
    np.testing.assert_allclose(corners, [[0, 0], A[:, 0], A[:, 0] + A[:, 1], A[:, 1]])
    labels = legend_labels(ax)
    assert labels[:2] == ["original grid", "grid after $\\mathbf{A}$"]
    assert f"= {abs(np.linalg.det(A)):.3g})" in labels[2]
    assert ax.get_title() == "A map" and ax.get_xlabel() == "$x_1$"
    ax.figure.canvas.draw()
    (x_low, x_high), (y_low, y_high) = ax.get_xlim(), ax.get_ylim()
    for corner in np.array([[-2, -2], [-2, 2], [2, -2], [2, 2]]) @ A.T:
        assert x_low <= corner[0] <= x_high and y_low <= corner[1] <= y_high


def test_plot_transformation_singular_map_and_options():
    _, ax = plt.subplots()
    result = plot_transformation(
        [[1, 2], [2, 4]], ax=ax, show_original=False, show_basis=False, show_unit_square=False
    )
    assert result is ax
    assert quivers(ax) == [] and len(ax.patches) == 0 and len(ax.collections) == 1
    assert ax.get_legend() is None
    ax = plot_transformation([[1, 2], [2, 4]])
    assert "= 0)" in legend_labels(ax)[2]  # the square collapses: |det A| = 0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"A": np.eye(3)}, r"A must be a 2 x 2 array, got shape \(3, 3\)"),
        ({"A": [1, 2, 3, 4]}, r"got shape \(4,\)"),
        ({"A": [[1, np.nan], [0, 1]]}, "A must contain only finite numbers"),
        ({"A": [["a", "b"], ["c", "d"]]}, "A must be a 2 x 2 array of numbers"),
        ({"grid_range": 0}, "grid_range must be an integer >= 1, got 0"),
        ({"grid_range": 2.5}, "grid_range must be an integer >= 1, got 2.5"),
        ({"ax": [1]}, "ax must be a matplotlib Axes"),
    ],
)
def test_plot_transformation_errors(kwargs, message):
    arguments = {"A": np.eye(2)} | kwargs
    with pytest.raises(ValueError, match=message):
        plot_transformation(arguments.pop("A"), **arguments)


# ----------------------------------------------------------------------------------------------
# plot_vector_field
# ----------------------------------------------------------------------------------------------


def rotation(x, y):
    return -y, x


def test_plot_vector_field_arrows_point_along_F_and_are_coloured_by_magnitude():
    ax = plot_vector_field(rotation, (-2, 2), (-1, 3), density=5, title="Rotation")
    (arrows,) = quivers(ax)
    X, Y = np.meshgrid(np.linspace(-2, 2, 5), np.linspace(-1, 3, 5))
    np.testing.assert_allclose(arrows.X, X.ravel())
    np.testing.assert_allclose(arrows.Y, Y.ravel())
    U, V = -Y.ravel(), X.ravel()
    drawn = np.column_stack([arrows.U, arrows.V])
    np.testing.assert_allclose(drawn[:, 0] * V - drawn[:, 1] * U, 0, atol=1e-12)  # parallel
    assert np.all(drawn[:, 0] * U + drawn[:, 1] * V >= 0)  # same direction
    np.testing.assert_allclose(arrows.get_array(), np.hypot(U, V))
    assert np.max(np.hypot(drawn[:, 0], drawn[:, 1])) == pytest.approx(0.9)  # one grid step
    colorbar_axes = [other for other in ax.figure.axes if other is not ax]
    assert [other.get_ylabel() for other in colorbar_axes] == ["magnitude"]
    assert ax.get_title() == "Rotation" and ax.get_xlabel() == "$x$" and ax.get_ylabel() == "$y$"


def test_plot_vector_field_normalized_without_colour_on_given_ax():
    _, ax = plt.subplots()

    def outward(x, y):  # written for single numbers
        return math.copysign(1.0, x), 2.0 * y

    result = plot_vector_field(outward, ax=ax, density=4, normalize=True, color_by_magnitude=False)
    assert result is ax
    (arrows,) = quivers(ax)
    lengths = np.hypot(arrows.U, arrows.V)
    np.testing.assert_allclose(lengths, lengths[0])  # only directions are shown
    assert len(ax.figure.axes) == 1  # no colorbar


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"F": "field"}, "F must be a function, got str"),
        ({"x_range": (1, -1)}, r"x_range must be \(low, high\) with low < high"),
        ({"y_range": (0, 0)}, r"y_range must be \(low, high\) with low < high"),
        ({"density": 1}, "density must be an integer >= 2, got 1"),
        ({"F": lambda x, y: (x * np.nan, y * np.nan)}, "F has no finite value on the grid"),
        ({"F": lambda x, y: (x, y, x)}, "the function must return 2 numbers at each point"),
    ],
)
def test_plot_vector_field_errors(kwargs, message):
    arguments = {"F": rotation} | kwargs
    with pytest.raises(ValueError, match=message):
        plot_vector_field(arguments.pop("F"), **arguments)


# ----------------------------------------------------------------------------------------------
# plot_contours
# ----------------------------------------------------------------------------------------------


def bowl(x, y):
    return x**2 + 4 * y**2


def test_plot_contours_draws_filled_levels_with_a_colorbar_and_the_given_ranges():
    ax = plot_contours(bowl, (-2, 1), (-1, 2), levels=12, title="Bowl")
    (contours,) = ax.collections
    assert contours.filled
    values = bowl(*np.meshgrid(np.linspace(-2, 1, 200), np.linspace(-1, 2, 200)))
    assert contours.levels[0] <= values.min() and contours.levels[-1] >= values.max()
    assert ax.get_xlim() == (-2.0, 1.0) and ax.get_ylim() == (-1.0, 2.0)
    colorbar_axes = [other for other in ax.figure.axes if other is not ax]
    assert [other.get_ylabel() for other in colorbar_axes] == ["$f(x_1, x_2)$"]
    assert ax.get_xlabel() == "$x_1$" and ax.get_ylabel() == "$x_2$"
    assert ax.get_title() == "Bowl" and ax.get_legend() is None


def test_plot_contours_draws_the_path_exactly_with_start_and_end_in_the_legend():
    path = np.array([[2.5, 1.5], [1.0, -0.5], [0.4, 0.2], [0.0, 0.0]])
    _, ax = plt.subplots()
    assert plot_contours(bowl, ax=ax, path=path, path_label="gradient descent") is ax
    line, start, end = ax.lines
    np.testing.assert_array_equal(line.get_xydata(), path)
    np.testing.assert_array_equal(start.get_xydata(), path[:1])
    np.testing.assert_array_equal(end.get_xydata(), path[-1:])
    assert start.get_marker() == "o" and end.get_marker() == "*"
    assert legend_labels(ax) == ["gradient descent", "start", "end"]


def test_plot_contours_log_levels_are_geometric():
    def rosenbrock(x, y):
        return (1 - x) ** 2 + 100 * (y - x**2) ** 2 + 1.0

    ax = plot_contours(rosenbrock, (-2, 2), (-1, 3), levels=10, log_levels=True)
    (contours,) = ax.collections
    ratios = contours.levels[1:] / contours.levels[:-1]
    np.testing.assert_allclose(ratios, ratios[0])
    assert isinstance(contours.norm, LogNorm)
    values = rosenbrock(*np.meshgrid(np.linspace(-2, 2, 200), np.linspace(-1, 3, 200)))
    np.testing.assert_allclose(contours.levels[[0, -1]], [values.min(), values.max()])


def test_plot_contours_lines_and_functions_of_single_numbers():
    def bowl_of_numbers(x, y):
        return math.fsum([x * x, 4 * y * y])

    vectorised = plot_contours(bowl, levels=[1.0, 2.0, 4.0], filled=False, num=30)
    pointwise = plot_contours(bowl_of_numbers, levels=[1.0, 2.0, 4.0], filled=False, num=30)
    for contours in (vectorised.collections[0], pointwise.collections[0]):
        assert not contours.filled
        np.testing.assert_array_equal(contours.levels, [1.0, 2.0, 4.0])
    # The level set f = 4 is the ellipse x^2/4 + y^2 = 1: check the traced points lie on it.
    for points in pointwise.collections[0].allsegs[2]:
        np.testing.assert_allclose(points[:, 0] ** 2 / 4 + points[:, 1] ** 2, 1, atol=0.02)


def test_plot_contours_leaves_holes_where_f_is_not_finite():
    ax = plot_contours(lambda x, y: np.log(x), (-1, 1), (-1, 1), num=20)
    assert ax.collections[0].levels.size > 2


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"f": None}, "f must be a function, got NoneType"),
        ({"x_range": [2]}, r"x_range must be a pair of numbers"),
        ({"levels": 1}, "levels must be an integer >= 2, got 1"),
        ({"levels": [3, 2, 1]}, "levels must be an integer >= 2 or an increasing 1-D array"),
        ({"levels": ["low", "high"]}, "levels must be an integer >= 2 or an increasing 1-D array"),
        ({"levels": 2.5}, "levels must be an integer >= 2 or an increasing 1-D array"),
        ({"path": [1, 2, 3]}, r"path must be an array of shape \(k, 2\)"),
        ({"path": [[0, 0], [np.nan, 1]]}, "path must contain only finite numbers"),
        ({"num": 0}, "num must be an integer >= 2"),
        ({"f": lambda x, y: np.ones_like(x)}, r"f is constant \(1\) on the grid"),
        ({"f": lambda x, y: x / 0.0 * 0.0}, "f has no finite value on the grid"),
        (
            {"log_levels": True},
            "log_levels=True needs f > 0 on the grid, but its smallest value is 0",
        ),
        (
            {"f": lambda x, y: x**2 + 1, "log_levels": True, "levels": [-1.0, 2.0]},
            "log_levels=True needs positive levels, got -1",
        ),
    ],
)
def test_plot_contours_errors(kwargs, message):
    arguments = {"f": lambda x, y: x**2 + y**2, "x_range": (-1, 1), "num": 21} | kwargs
    with pytest.raises(ValueError, match=message):
        plot_contours(arguments.pop("f"), **arguments)


# ----------------------------------------------------------------------------------------------
# plot_surface
# ----------------------------------------------------------------------------------------------


def test_plot_surface_makes_a_labelled_3d_axes_that_spans_f():
    def saddle(x, y):
        return x**2 - y**2

    ax = plot_surface(saddle, (-1, 2), (-3, 1), num=15, title="Saddle")
    assert ax.name == "3d"
    assert len(ax.collections) == 1
    assert (ax.get_xlabel(), ax.get_ylabel(), ax.get_zlabel()) == ("$x_1$", "$x_2$", "$f$")
    assert ax.get_title() == "Saddle"
    values = saddle(*np.meshgrid(np.linspace(-1, 2, 15), np.linspace(-3, 1, 15)))
    z_low, z_high = ax.get_zlim()
    assert z_low <= values.min() and z_high >= values.max()


def test_plot_surface_on_a_given_3d_axes():
    ax = plt.figure().add_subplot(projection="3d")
    assert plot_surface(lambda x, y: math.hypot(x, y), ax=ax, num=5, zlabel="$r$") is ax
    assert ax.get_zlabel() == "$r$"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"f": 1.5}, "f must be a function, got float"),
        ({"y_range": (1, np.nan)}, "y_range must contain finite numbers"),
        ({"num": 1}, "num must be an integer >= 2"),
        ({"alpha": 1.5}, "alpha must be a number between 0 and 1, got 1.5"),
        ({"cmap": "not_a_map"}, "cmap must be the name of a matplotlib colormap"),
        ({"f": lambda x, y: 1 / (x * y)}, "f has NaN or inf values on the grid"),
    ],
)
def test_plot_surface_errors(kwargs, message):
    arguments = {"f": lambda x, y: x * y, "num": 11} | kwargs
    with pytest.raises(ValueError, match=message):
        plot_surface(arguments.pop("f"), **arguments)


def test_plot_surface_rejects_a_2d_axes():
    _, ax = plt.subplots()
    with pytest.raises(ValueError, match='create it with fig.add_subplot\\(projection="3d"\\)'):
        plot_surface(lambda x, y: x * y, ax=ax)


# ----------------------------------------------------------------------------------------------
# plot_histogram
# ----------------------------------------------------------------------------------------------


def normal_pdf(x):
    return np.exp(-(x**2) / 2) / np.sqrt(2 * np.pi)


def test_plot_histogram_bars_are_the_numpy_density_histogram():
    samples = np.random.default_rng(0).normal(size=500)
    ax = plot_histogram(samples, title="Normal")
    heights, edges = np.histogram(samples, bins="auto", density=True)
    bars = ax.patches
    assert len(bars) == len(heights)
    np.testing.assert_allclose([bar.get_height() for bar in bars], heights)
    np.testing.assert_allclose([bar.get_x() for bar in bars], edges[:-1])
    assert sum(bar.get_height() * bar.get_width() for bar in bars) == pytest.approx(1.0)
    assert ax.get_xlabel() == "$x$" and ax.get_ylabel() == "density"
    assert ax.get_title() == "Normal" and ax.get_legend() is None


def test_plot_histogram_overlays_the_density_over_a_wider_range():
    samples = np.random.default_rng(1).normal(size=300)
    _, ax = plt.subplots()
    result = plot_histogram(samples, bins=12, density=normal_pdf, density_label="$N(0, 1)$", ax=ax)
    assert result is ax
    assert len(ax.patches) == 12
    (curve,) = ax.lines
    x, y = curve.get_xdata(), curve.get_ydata()
    assert x.min() < samples.min() and x.max() > samples.max()
    np.testing.assert_allclose(y, np.exp(-(x**2) / 2) / np.sqrt(2 * np.pi))
    assert legend_labels(ax) == ["samples", "$N(0, 1)$"]


def test_plot_histogram_with_one_repeated_value_and_a_pointwise_density():
    ax = plot_histogram([2.0, 2.0, 2.0], density=lambda x: 1.0 if abs(x - 2) < 0.5 else 0.0)
    x, y = ax.lines[0].get_xdata(), ax.lines[0].get_ydata()
    assert x.min() < 2 < x.max()
    np.testing.assert_array_equal(y, (np.abs(x - 2) < 0.5).astype(float))


@pytest.mark.parametrize(
    ("samples", "kwargs", "message"),
    [
        (np.ones((3, 2)), {}, r"samples must be a non-empty 1-D array, got shape \(3, 2\)"),
        ([], {}, r"samples must be a non-empty 1-D array, got shape \(0,\)"),
        ([1.0, np.inf], {}, "samples must contain only finite numbers"),
        (["a", "b"], {}, "samples must be a 1-D array of numbers"),
        ([1.0, 2.0], {"bins": 0}, "bins must be an integer >= 1, got 0"),
        ([1.0, 2.0], {"density": "normal"}, "density must be a function, got str"),
        ([1.0, 2.0], {"ax": object()}, "ax must be a matplotlib Axes"),
    ],
)
def test_plot_histogram_errors(samples, kwargs, message):
    with pytest.raises(ValueError, match=message):
        plot_histogram(samples, **kwargs)


def test_module_exports():
    assert set(plotting.__all__) == {
        "COLORS",
        "PALETTE",
        "use_style",
        "plot_function",
        "plot_vectors",
        "plot_transformation",
        "plot_vector_field",
        "plot_contours",
        "plot_surface",
        "plot_histogram",
    }


def test_plot_transformation_legend_names_the_matrix_symbol_not_its_values():
    ax = plot_transformation([[2.0, 1.0], [0.0, 1.0]])
    square = [text.get_text() for text in ax.get_legend().get_texts()][2]
    assert square.startswith("unit square after $\\mathbf{A}$") and "[[" not in square
    plt.close(ax.figure)


def test_compact_png_keeps_the_picture_at_a_fraction_of_the_size():
    import io

    from PIL import Image

    from utils.plotting import compact_png

    use_style()
    fig, ax = plt.subplots()
    plot_contours(lambda x, y: x**2 + 3 * y**2, ax=ax, path=[[2.0, 2.0], [1.0, 0.5], [0.0, 0.0]])
    full = io.BytesIO()
    fig.savefig(full, format="png", dpi=fig.dpi, facecolor=fig.get_facecolor(), bbox_inches="tight")
    compact = compact_png(fig)
    assert compact[:8] == b"\x89PNG\r\n\x1a\n"
    reference = np.asarray(Image.open(io.BytesIO(full.getvalue())).convert("RGB"), dtype=float)
    palette = np.asarray(Image.open(io.BytesIO(compact)).convert("RGB"), dtype=float)
    assert palette.shape == reference.shape
    assert np.mean(np.abs(palette - reference)) < 2.0  # grey levels out of 255, on average
    assert len(compact) < 0.7 * len(full.getvalue())
    assert compact_png(plt.figure()) is None  # an empty figure shows nothing
    plt.close("all")


def test_plot_transformation_names_the_map_it_draws():
    ax = plot_transformation([[0.0, 1.0], [1.0, 0.0]], symbol="S")
    labels = [text.get_text() for text in ax.get_legend().get_texts()]
    assert labels[1] == "grid after $\\mathbf{S}$" and labels[2].startswith("unit square after $\\mathbf{S}$")
    assert "$\\mathbf{S}\\mathbf{e}_1$" in [text.get_text() for text in ax.texts]
    with pytest.raises(ValueError, match="symbol"):
        plot_transformation(np.eye(2), symbol="")
    plt.close("all")
