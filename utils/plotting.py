"""The course's figure style and plotting helpers.

Call :func:`use_style` once (the setup cell of every notebook does) and every figure gets the
same look: a colour-blind-safe palette, readable fonts, a light grid. The helpers draw the
pictures the course needs again and again: a function, vectors, a linear map acting on the
grid, a vector field, contours with an optimisation path, a surface and a histogram.

Every helper takes an optional ``ax`` (a new figure is made when it is ``None``), labels what it
draws, returns the Axes so that you can add to it, and never calls ``plt.show()``.
"""

from __future__ import annotations

import io
import numbers
import sys
from collections.abc import Callable, Sequence

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
from cycler import cycler
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.colors import LogNorm, is_color_like
from matplotlib.ticker import LogLocator
from mpl_toolkits.axes_grid1 import make_axes_locatable
from numpy.typing import ArrayLike

__all__ = [
    "COLORS",
    "PALETTE",
    "plot_contours",
    "plot_function",
    "plot_histogram",
    "plot_surface",
    "plot_transformation",
    "plot_vector_field",
    "plot_vectors",
    "use_style",
]

# Okabe & Ito (2008), "Color Universal Design": eight colours that colour-blind readers can tell apart.
COLORS = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "sky": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
}
PALETTE = tuple(COLORS.values())

_FAINT = "0.55"  # grey for axis lines and the original grid
_HALO = [patheffects.withStroke(linewidth=3, foreground="white")]  # keeps text readable on lines


def use_style() -> None:
    """Apply the course's figure style to matplotlib (safe to call any number of times).

    Sets the Okabe-Ito :data:`PALETTE` as the colour cycle, a 7 x 4.5 inch figure at 100 dpi,
    readable font sizes, a light grid, no top or right spines and 2-point lines. Under IPython
    (Jupyter, Colab) it also makes inline figures PNG, which keeps notebooks small.

    Examples
    --------
    >>> use_style()
    >>> plt.rcParams["figure.figsize"]
    [7.0, 4.5]
    """
    mpl.rcParams.update(
        {
            "axes.prop_cycle": cycler(color=PALETTE),
            "figure.figsize": (7.0, 4.5),
            "figure.dpi": 100,
            "font.size": 11,
            "axes.titlesize": 13,
            "axes.labelsize": 12,
            "figure.titlesize": 13,
            "xtick.labelsize": 10,
            "ytick.labelsize": 10,
            "legend.fontsize": 10,
            "legend.framealpha": 0.85,
            "legend.edgecolor": "0.85",
            "axes.grid": True,
            "axes.axisbelow": True,
            "grid.alpha": 0.35,
            "grid.linewidth": 0.8,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "lines.linewidth": 2.0,
            "axes.formatter.use_mathtext": True,
            "savefig.bbox": "tight",
            "image.cmap": "viridis",
        }
    )
    _use_png_inline()


def _use_png_inline() -> None:
    """Make inline figures compact PNGs when running under IPython; do nothing anywhere else."""
    ipython = sys.modules.get("IPython")  # always imported already when IPython is running
    if ipython is None or ipython.get_ipython() is None:
        return
    try:
        from matplotlib_inline.backend_inline import set_matplotlib_formats
    except ImportError:
        return
    set_matplotlib_formats("png")
    formatter = ipython.get_ipython().display_formatter.formatters["image/png"]
    formatter.for_type(plt.Figure, compact_png)


def compact_png(figure: plt.Figure) -> bytes | None:
    """The figure as a PNG with a 256-colour palette: about a third of the size, same look.

    Plots use few colours, so an adaptive palette keeps them faithful while notebooks with
    several figures stay well under the course's 1 MB budget. Returns None for an empty figure,
    as IPython's own formatter does, so that nothing is shown.
    """
    if not figure.axes and not figure.lines and not figure.images:
        return None
    from PIL import Image

    raw = io.BytesIO()
    figure.savefig(
        raw, format="png", dpi=figure.dpi, facecolor=figure.get_facecolor(), bbox_inches="tight"
    )
    image = Image.open(raw).convert("RGB")
    palette = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    compact = io.BytesIO()
    palette.save(compact, format="png", optimize=True)
    return compact.getvalue()


# ----------------------------------------------------------------------------------------------
# Validation and evaluation shared by the helpers
# ----------------------------------------------------------------------------------------------


def _check_range(name: str, value: object) -> tuple[float, float]:
    """Return ``value`` as ``(low, high)`` floats, or raise a ValueError saying what is wrong."""
    try:
        low, high = (float(number) for number in value)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a pair of numbers (low, high), got {value!r}.") from None
    if not (np.isfinite(low) and np.isfinite(high)):
        raise ValueError(f"{name} must contain finite numbers, got {value!r}.")
    if not low < high:
        raise ValueError(f"{name} must be (low, high) with low < high, got {value!r}.")
    return low, high


def _check_integer(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, got {value!r}.")
    return int(value)


def _check_callable(name: str, function: object) -> None:
    if not callable(function):
        raise ValueError(f"{name} must be a function, got {type(function).__name__}.")


def _check_points(name: str, points: ArrayLike, description: str) -> np.ndarray:
    """Return ``points`` as a finite float array of shape (k, 2); a single pair becomes (1, 2)."""
    try:
        array = np.array(points, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be numbers: {description}.") from None
    if array.shape == (2,):
        array = array.reshape(1, 2)
    if array.ndim != 2 or array.shape[1] != 2 or array.shape[0] == 0:
        raise ValueError(f"{name} must be {description}, got shape {array.shape}.")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} must contain only finite numbers (no NaN or inf).")
    return array


def _new_axes(ax: Axes | None) -> Axes:
    if ax is None:
        _, ax = plt.subplots()
    elif not isinstance(ax, Axes):
        raise ValueError(f"ax must be a matplotlib Axes or None, got {type(ax).__name__}.")
    return ax


def _evaluate(function: Callable, *arrays: np.ndarray, n_outputs: int = 1) -> list[np.ndarray]:
    """Evaluate ``function(*arrays)`` point by point, as ``n_outputs`` arrays shaped like the input.

    A vectorised function is called once on the whole arrays; one written for single numbers
    (``math.sin``, an ``if``) is then called at each point in turn. NaN and inf are kept, so the
    caller decides what to do with them; NumPy's divide-by-zero warnings are silenced.
    """
    shape = arrays[0].shape
    with np.errstate(all="ignore"):
        try:
            result = function(*arrays)
            outputs = [result] if n_outputs == 1 else list(result)
            outputs = [np.asarray(output, dtype=float) for output in outputs]
            if len(outputs) == n_outputs and all(output.shape == shape for output in outputs):
                return outputs
        except Exception:  # not vectorised: fall back to one point at a time
            pass
        points = zip(*(array.ravel() for array in arrays))
        values = [function(*point) for point in points]
    try:
        table = np.array(values, dtype=float)  # shape (points,) or (points, n_outputs)
    except (TypeError, ValueError):
        table = None
    expected = (len(values),) if n_outputs == 1 else (len(values), n_outputs)
    if table is None or table.shape != expected:
        what = "one number" if n_outputs == 1 else f"{n_outputs} numbers"
        raise ValueError(f"the function must return {what} at each point.")
    return (
        [table.reshape(shape)] if n_outputs == 1 else [column.reshape(shape) for column in table.T]
    )


def _mesh(x_range: object, y_range: object, num: int) -> tuple[np.ndarray, np.ndarray]:
    x_low, x_high = _check_range("x_range", x_range)
    y_low, y_high = _check_range("y_range", y_range)
    return np.meshgrid(np.linspace(x_low, x_high, num), np.linspace(y_low, y_high, num))


def _finish(ax: Axes, title: str | None, **legend_kwargs: object) -> Axes:
    """Set the title and add a legend when two or more series are labelled."""
    if title is not None:
        ax.set_title(title)
    handles, _ = ax.get_legend_handles_labels()
    if len(handles) >= 2:
        ax.legend(**legend_kwargs)
    return ax


def _show_equal(ax: Axes, points: np.ndarray) -> None:
    """Equal aspect, with ``points``, the origin and anything drawn before in view.

    The limits stay automatic (``adjustable="datalim"``), so matplotlib widens one axis to fill
    the Axes instead of leaving blank space around a square plot.
    """
    points = np.vstack([points, [0.0, 0.0]])
    low, high = points.min(axis=0), points.max(axis=0)
    margin = 0.12 * (float(np.max(high - low)) or 1.0)
    ax.update_datalim([low - margin, high + margin])
    ax.margins(0.0)
    ax.set_aspect("equal", adjustable="datalim")
    ax.autoscale(True)


def _draw_arrows(ax, origins, vectors, colors, labels):
    """Arrows from ``origins`` to ``origins + vectors`` (both (k, 2)), labelled near the tips."""
    arrows = ax.quiver(
        origins[:, 0], origins[:, 1], vectors[:, 0], vectors[:, 1], color=colors,
        angles="xy", scale_units="xy", scale=1, width=0.007, headwidth=4, headlength=5,
        headaxislength=4.5, zorder=3,
    )  # fmt: skip
    for origin, vector, color, label in zip(origins, vectors, colors, labels):
        if label:
            direction = vector / (np.linalg.norm(vector) or 1.0)
            ax.annotate(
                label, xy=origin + vector, xytext=10 * direction, textcoords="offset points",
                ha="left" if direction[0] > 0.3 else "right" if direction[0] < -0.3 else "center",
                va="bottom" if direction[1] > 0.3 else "top" if direction[1] < -0.3 else "center",
                color=color, fontsize=13, zorder=4, path_effects=_HALO,
            )  # fmt: skip
    return arrows


def _add_colorbar(ax: Axes, mappable: object, label: str, **kwargs: object) -> None:
    """A colorbar beside ``ax``, exactly as tall as it, even when its aspect is fixed."""
    colorbar_axes = make_axes_locatable(ax).append_axes("right", size="4%", pad=0.12)
    ax.figure.colorbar(mappable, cax=colorbar_axes, label=label, **kwargs)


def _draw_axis_lines(ax: Axes) -> None:
    ax.axhline(0.0, color=_FAINT, linewidth=1.0, zorder=1)
    ax.axvline(0.0, color=_FAINT, linewidth=1.0, zorder=1)


# ----------------------------------------------------------------------------------------------
# The helpers
# ----------------------------------------------------------------------------------------------


def plot_function(
    f: Callable,
    x_range: tuple[float, float] = (-5, 5),
    *,
    ax: Axes | None = None,
    num: int = 400,
    label: str | None = None,
    title: str | None = None,
    xlabel: str = "$x$",
    ylabel: str = "$f(x)$",
    **line_kwargs: object,
) -> Axes:
    """Plot the graph of a one-variable function ``y = f(x)``.

    Parameters
    ----------
    f : callable
        Takes an array of x values (or a single number: a non-vectorised ``f`` is applied
        point by point) and returns the values ``f(x)``. NaN or inf values leave gaps.
    x_range : (float, float)
        ``(low, high)`` with ``low < high``: the interval to plot.
    ax : matplotlib Axes, optional
        Where to draw; a new figure is made when None.
    num : int
        Number of points, at least 2.
    label, title, xlabel, ylabel : str, optional
        Legend label of the curve, title and axis labels.
    **line_kwargs
        Passed on to ``ax.plot`` (``color``, ``linestyle``, ...).

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    ValueError
        If ``f`` is not callable, ``x_range`` is not ``(low, high)`` with ``low < high``,
        ``num < 2`` or ``f`` has no finite value on the interval.

    Examples
    --------
    >>> ax = plot_function(np.sin, (-np.pi, np.pi), label=r"$\\sin x$")
    """
    _check_callable("f", f)
    low, high = _check_range("x_range", x_range)
    num = _check_integer("num", num, 2)
    x = np.linspace(low, high, num)
    (y,) = _evaluate(f, x)
    if not np.any(np.isfinite(y)):
        raise ValueError(f"f has no finite value on x_range {x_range!r}.")
    ax = _new_axes(ax)
    y[~np.isfinite(y)] = np.nan  # gaps in the curve, not spikes to infinity
    ax.plot(x, y, label=label, **line_kwargs)
    y_low, y_high = ax.get_ylim()
    if y_low <= 0.0 <= y_high:
        ax.axhline(0.0, color=_FAINT, linewidth=1.0, zorder=1)  # the x-axis
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return _finish(ax, title)


def plot_vectors(
    vectors: ArrayLike,
    *,
    origins: ArrayLike | None = None,
    labels: Sequence[str] | None = None,
    colors: Sequence[str] | str | None = None,
    ax: Axes | None = None,
    title: str | None = None,
    limits: tuple[float, float] | None = None,
) -> Axes:
    """Draw 2-D vectors as arrows, from the origin or from given starting points.

    Parameters
    ----------
    vectors : array_like, shape (k, 2) or (2,)
        One vector per row (a list of pairs works too).
    origins : array_like, shape (k, 2) or (2,), optional
        Where each arrow starts; one pair is used for every arrow. Default: the origin.
    labels : sequence of k str, optional
        Text written near each arrow's tip (``"$\\mathbf{v}$"``); None or "" skips one.
    colors : sequence of k colours or one colour, optional
        Default: the course palette in order.
    ax : matplotlib Axes, optional
        Where to draw; a new figure is made when None.
    title : str, optional
    limits : (float, float), optional
        Same ``(low, high)`` for both axes. Default: every tip and the origin with a margin.

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    ValueError
        If the shapes are not (k, 2), values are not finite, ``labels`` or ``colors`` do not
        have one entry per vector, a colour is unknown, or ``limits`` is not ``(low, high)``.

    Examples
    --------
    >>> ax = plot_vectors([[2, 1], [-1, 2]], labels=[r"$\\mathbf{u}$", r"$\\mathbf{v}$"])
    """
    vectors = _check_points("vectors", vectors, "an array of shape (k, 2): one 2-D vector per row")
    count = len(vectors)
    if origins is None:
        origins = np.zeros_like(vectors)
    else:
        origins = _check_points("origins", origins, "a pair or an array of shape (k, 2)")
        if len(origins) == 1:
            origins = np.repeat(origins, count, axis=0)
        elif len(origins) != count:
            raise ValueError(f"origins must have one row per vector ({count}), got {len(origins)}.")
    labels = [None] * count if labels is None else list(labels)
    if len(labels) != count:
        raise ValueError(f"labels must have one entry per vector ({count}), got {len(labels)}.")
    if colors is None:
        colors = [PALETTE[i % len(PALETTE)] for i in range(count)]
    else:
        colors = [colors] * count if isinstance(colors, str) else list(colors)
        if len(colors) != count:
            raise ValueError(f"colors must have one entry per vector ({count}), got {len(colors)}.")
        unknown = [color for color in colors if not is_color_like(color)]
        if unknown:
            raise ValueError(f"colors contains {unknown[0]!r}, which is not a matplotlib colour.")
    if limits is not None:
        limits = _check_range("limits", limits)
    ax = _new_axes(ax)
    _draw_axis_lines(ax)
    _draw_arrows(ax, origins, vectors, colors, labels)
    if limits is None:
        _show_equal(ax, np.vstack([origins, origins + vectors]))
    else:
        ax.set_xlim(limits)
        ax.set_ylim(limits)
        ax.set_aspect("equal")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return _finish(ax, title)


def plot_transformation(
    A: ArrayLike,
    *,
    ax: Axes | None = None,
    grid_range: int = 3,
    title: str | None = None,
    show_original: bool = True,
    show_basis: bool = True,
    show_unit_square: bool = True,
    symbol: str = "A",
) -> Axes:
    """Show what the linear map ``x -> A x`` does to the grid of the plane.

    The grid lines ``x1 = c`` and ``x2 = c`` for integers ``c`` in ``[-grid_range, grid_range]``
    are drawn faint grey (the original) and, after applying ``A``, in colour. The arrows are
    ``A e1`` and ``A e2``, the columns of ``A``; the shaded parallelogram is the image of the
    unit square, whose area is ``|det A|``.

    Parameters
    ----------
    A : array_like, shape (2, 2)
        The matrix of the map; finite numbers.
    ax : matplotlib Axes, optional
        Where to draw; a new figure is made when None.
    grid_range : int
        Half-width of the grid, at least 1.
    title : str, optional
    show_original, show_basis, show_unit_square : bool
        Draw the original grid, the arrows ``A e1`` and ``A e2``, the image of the unit square.
    symbol : str
        The matrix's name in the labels, set in bold: ``"A"`` gives $\\mathbf{A}\\mathbf{e}_1$,
        ``"A^{-1}"`` or ``"S"`` name another map.

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    ValueError
        If ``A`` is not a finite 2 x 2 array or ``grid_range`` is not an integer >= 1.

    Examples
    --------
    >>> ax = plot_transformation([[1, 1], [0, 1]], title="A shear")
    """
    try:
        A = np.array(A, dtype=float)
    except (TypeError, ValueError):
        raise ValueError("A must be a 2 x 2 array of numbers.") from None
    if A.shape != (2, 2):
        raise ValueError(f"A must be a 2 x 2 array, got shape {A.shape}.")
    if not np.all(np.isfinite(A)):
        raise ValueError("A must contain only finite numbers (no NaN or inf).")
    grid_range = _check_integer("grid_range", grid_range, 1)
    if not isinstance(symbol, str) or not symbol.strip():
        raise ValueError(f"symbol must be a non-empty string such as 'A', got {symbol!r}.")
    name = f"\\mathbf{{{symbol}}}"  # bold, as the course writes matrices
    ax = _new_axes(ax)

    # Each grid line is a segment (start, end); the image of a segment is (A start, A end).
    steps = np.arange(-grid_range, grid_range + 1, dtype=float)
    ends = np.full_like(steps, grid_range)
    vertical = np.stack([np.column_stack([steps, -ends]), np.column_stack([steps, ends])], axis=1)
    segments = np.concatenate([vertical, vertical[:, :, ::-1]])  # shape (lines, 2 ends, 2)
    images = segments @ A.T
    shown = [images.reshape(-1, 2)]
    if show_original:
        ax.add_collection(
            LineCollection(segments, colors=_FAINT, linewidths=0.8, label="original grid")
        )
        shown.append(segments.reshape(-1, 2))
    ax.add_collection(
        LineCollection(images, colors=COLORS["blue"], linewidths=1.2, alpha=0.75,
                       label=f"grid after ${name}$")
    )  # fmt: skip
    _draw_axis_lines(ax)
    if show_original:
        ax.grid(False)  # the original grid is the reference; a second one would clutter
    if show_unit_square:
        corners = np.array([[0, 0], [1, 0], [1, 1], [0, 1]]) @ A.T
        area = abs(round(float(np.linalg.det(A)), 12))
        ax.fill(corners[:, 0], corners[:, 1], color=COLORS["yellow"], alpha=0.55, zorder=2,
                label=f"unit square after ${name}$ (area $|\\det {name}|$ = {area:.3g})")  # fmt: skip
    if show_basis:
        labels = [f"${name}\\mathbf{{e}}_1$", f"${name}\\mathbf{{e}}_2$"]
        colors = [COLORS["vermillion"], COLORS["green"]]
        _draw_arrows(ax, np.zeros((2, 2)), A.T.copy(), colors, labels)
    _show_equal(ax, np.vstack(shown))
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return _finish(ax, title, loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=3)


def plot_vector_field(
    F: Callable,
    x_range: tuple[float, float] = (-3, 3),
    y_range: tuple[float, float] = (-3, 3),
    *,
    ax: Axes | None = None,
    density: int = 15,
    normalize: bool = False,
    title: str | None = None,
    color_by_magnitude: bool = True,
    equal_aspect: bool = True,
) -> Axes:
    """Draw a 2-D vector field ``F(x, y) = (u, v)`` as arrows on a regular grid.

    Arrow lengths are scaled so that the longest arrow is about one grid step; the colour (and
    the colorbar) gives the true magnitude ``sqrt(u**2 + v**2)``.

    Parameters
    ----------
    F : callable
        ``F(X, Y) -> (U, V)``: takes two arrays of the same shape and returns two arrays of
        that shape (a function of two numbers returning a pair also works, point by point).
    x_range, y_range : (float, float)
        ``(low, high)`` for each coordinate.
    ax : matplotlib Axes, optional
        Where to draw; a new figure is made when None.
    density : int
        Arrows per axis, at least 2.
    normalize : bool
        Draw every arrow with the same length, showing only directions.
    title : str, optional
    color_by_magnitude : bool
        Colour the arrows by magnitude and add a colorbar labelled "magnitude".
    equal_aspect : bool
        One unit has the same length on both axes, so directions and angles are true.

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    ValueError
        If ``F`` is not callable, a range is not ``(low, high)`` with ``low < high``,
        ``density < 2``, or ``F`` has no finite value on the grid.

    Examples
    --------
    >>> ax = plot_vector_field(lambda x, y: (-y, x), title="A rotation field")
    """
    _check_callable("F", F)
    density = _check_integer("density", density, 2)
    X, Y = _mesh(x_range, y_range, density)
    U, V = _evaluate(F, X, Y, n_outputs=2)
    magnitude = np.hypot(U, V)
    finite = magnitude[np.isfinite(magnitude)]
    if finite.size == 0:
        raise ValueError("F has no finite value on the grid; check x_range and y_range.")
    ax = _new_axes(ax)
    step = min(X[0, 1] - X[0, 0], Y[1, 0] - Y[0, 0])
    if normalize:  # every arrow 0.8 of a grid step long
        with np.errstate(divide="ignore", invalid="ignore"):
            shrink = np.where(magnitude > 0, 0.8 * step / magnitude, 0.0)
    else:  # the longest arrow 0.9 of a grid step long
        shrink = 0.9 * step / (finite.max() or 1.0)
    style = dict(angles="xy", scale_units="xy", scale=1, pivot="middle", width=0.005,
                 headwidth=3.5, headlength=4.5, headaxislength=4, zorder=3)  # fmt: skip
    if color_by_magnitude:  # a dark outline keeps the light (yellow) arrows visible
        arrows = ax.quiver(X, Y, U * shrink, V * shrink, magnitude, cmap="viridis",
                           edgecolor="0.25", linewidth=0.4, **style)  # fmt: skip
        _add_colorbar(ax, arrows, "magnitude")
    else:
        ax.quiver(X, Y, U * shrink, V * shrink, color=COLORS["blue"], **style)
    ax.set_xlim(X[0, 0] - step, X[0, -1] + step)
    ax.set_ylim(Y[0, 0] - step, Y[-1, 0] + step)
    if equal_aspect:
        ax.set_aspect("equal")
    ax.set_xlabel("$x$")
    ax.set_ylabel("$y$")
    return _finish(ax, title)


def plot_contours(
    f: Callable,
    x_range: tuple[float, float] = (-3, 3),
    y_range: tuple[float, float] = (-3, 3),
    *,
    ax: Axes | None = None,
    levels: int | ArrayLike = 30,
    path: ArrayLike | None = None,
    filled: bool = True,
    num: int = 200,
    title: str | None = None,
    log_levels: bool = False,
    path_label: str = "path",
    xlabel: str = "$x_1$",
    ylabel: str = "$x_2$",
    equal_aspect: bool = True,
) -> Axes:
    """Draw the level sets of ``f(x1, x2)``, optionally with an optimisation path on top.

    Parameters
    ----------
    f : callable
        ``f(X, Y)``: takes two arrays of the same shape and returns an array of that shape (a
        function of two numbers also works, point by point). NaN or inf values leave holes.
    x_range, y_range : (float, float)
        ``(low, high)`` for each coordinate; the axes show exactly this rectangle.
    ax : matplotlib Axes, optional
        Where to draw; a new figure is made when None.
    levels : int or array_like
        Number of levels (at least 2), or the increasing level values themselves.
    path : array_like, shape (k, 2), optional
        Points visited by an optimiser, in order: drawn as a line with small markers, the
        start as a circle and the end as a star.
    filled : bool
        Filled contours (``contourf``) or contour lines only.
    num : int
        Grid points per axis, at least 2.
    title : str, optional
    log_levels : bool
        Space the levels evenly in ``log f``: for functions with a deep narrow valley, like
        Rosenbrock's. Needs ``f > 0`` on the grid (add a small constant if the minimum is 0).
    path_label, xlabel, ylabel : str
        Legend label of the path and axis labels.
    equal_aspect : bool
        One unit has the same length on both axes, so gradients look perpendicular to the
        level sets, as they are.

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    ValueError
        If ``f`` is not callable, a range is not ``(low, high)`` with ``low < high``, ``num`` or
        ``levels`` is invalid, ``path`` is not a finite (k, 2) array, ``f`` is constant or has
        no finite value on the grid, or ``log_levels`` is set and ``f <= 0`` somewhere.

    Examples
    --------
    >>> ax = plot_contours(lambda x, y: x**2 + 4 * y**2, path=[[2.5, 1.5], [1.0, -0.5], [0, 0]])
    """
    _check_callable("f", f)
    num = _check_integer("num", num, 2)
    X, Y = _mesh(x_range, y_range, num)
    if isinstance(levels, numbers.Integral):
        levels = _check_integer("levels", levels, 2)
    else:
        try:
            levels = np.asarray(levels, dtype=float)
        except (TypeError, ValueError):
            levels = np.array([])  # fails the check below
        if levels.ndim != 1 or levels.size < 2 or not np.all(np.diff(levels) > 0):
            raise ValueError("levels must be an integer >= 2 or an increasing 1-D array of values.")
        if log_levels and levels[0] <= 0:
            raise ValueError(f"log_levels=True needs positive levels, got {levels[0]:g}.")
    if path is not None:
        path = _check_points("path", path, "an array of shape (k, 2): one point per row")
    (Z,) = _evaluate(f, X, Y)
    finite = Z[np.isfinite(Z)]
    if finite.size == 0:
        raise ValueError("f has no finite value on the grid; check x_range and y_range.")
    if finite.min() == finite.max():
        raise ValueError(f"f is constant ({finite.min():g}) on the grid: there are no contours.")
    norm = None
    if log_levels:
        if finite.min() <= 0:
            raise ValueError(
                f"log_levels=True needs f > 0 on the grid, but its smallest value is "
                f"{finite.min():g}; add a constant to f or use log_levels=False."
            )
        if isinstance(levels, int):
            levels = np.geomspace(finite.min(), finite.max(), levels)
        norm = LogNorm()
    ax = _new_axes(ax)
    Z = np.ma.masked_invalid(Z)
    if filled:
        contours = ax.contourf(X, Y, Z, levels=levels, norm=norm, cmap="viridis")
    else:
        contours = ax.contour(X, Y, Z, levels=levels, norm=norm, cmap="viridis", linewidths=1.2)
    ticks = LogLocator() if log_levels else None  # powers of ten, not the level values
    _add_colorbar(ax, contours, "$f(x_1, x_2)$", ticks=ticks)
    if path is not None:
        ax.plot(path[:, 0], path[:, 1], "-o", color=COLORS["vermillion"], linewidth=1.5,
                markersize=3, label=path_label, zorder=3)  # fmt: skip
        ax.plot(*path[0], "o", markersize=9, markerfacecolor="white", markeredgecolor="black",
                label="start", zorder=4)  # fmt: skip
        ax.plot(*path[-1], "*", markersize=15, markerfacecolor=COLORS["yellow"],
                markeredgecolor="black", label="end", zorder=4)  # fmt: skip
    ax.set_xlim(X[0, 0], X[0, -1])
    ax.set_ylim(Y[0, 0], Y[-1, 0])
    if equal_aspect:
        ax.set_aspect("equal")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return _finish(ax, title)


def plot_surface(
    f: Callable,
    x_range: tuple[float, float] = (-3, 3),
    y_range: tuple[float, float] = (-3, 3),
    *,
    ax: Axes | None = None,
    num: int = 60,
    cmap: str = "viridis",
    title: str | None = None,
    alpha: float = 0.9,
    xlabel: str = "$x_1$",
    ylabel: str = "$x_2$",
    zlabel: str = "$f$",
) -> Axes:
    """Draw the graph of ``f(x1, x2)`` as a 3-D surface.

    Parameters
    ----------
    f : callable
        ``f(X, Y)``: takes two arrays of the same shape and returns an array of that shape (a
        function of two numbers also works, point by point). Must be finite on the grid.
    x_range, y_range : (float, float)
        ``(low, high)`` for each coordinate.
    ax : 3-D matplotlib Axes, optional
        Made with ``fig.add_subplot(projection="3d")``; a new figure is made when None.
    num : int
        Grid points per axis, at least 2.
    cmap : str
        Name of a matplotlib colormap.
    title : str, optional
    alpha : float
        Opacity of the surface, in [0, 1].
    xlabel, ylabel, zlabel : str
        Axis labels.

    Returns
    -------
    matplotlib 3-D Axes

    Raises
    ------
    ValueError
        If ``f`` is not callable, a range is invalid, ``num < 2``, ``alpha`` is not in [0, 1],
        ``cmap`` is not a colormap name, ``ax`` is not 3-D, or ``f`` is not finite on the grid.

    Examples
    --------
    >>> ax = plot_surface(lambda x, y: x**2 - y**2, title="A saddle")
    """
    _check_callable("f", f)
    num = _check_integer("num", num, 2)
    X, Y = _mesh(x_range, y_range, num)
    if isinstance(alpha, bool) or not isinstance(alpha, numbers.Real) or not 0 <= alpha <= 1:
        raise ValueError(f"alpha must be a number between 0 and 1, got {alpha!r}.")
    if not isinstance(cmap, str) or cmap not in mpl.colormaps:
        raise ValueError(f"cmap must be the name of a matplotlib colormap such as 'viridis', "
                         f"got {cmap!r}.")  # fmt: skip
    if ax is not None and getattr(ax, "name", None) != "3d":
        raise ValueError('ax must be a 3-D Axes: create it with fig.add_subplot(projection="3d").')
    (Z,) = _evaluate(f, X, Y)
    if not np.all(np.isfinite(Z)):
        raise ValueError("f has NaN or inf values on the grid; choose ranges where f is finite.")
    if ax is None:
        ax = plt.figure().add_subplot(projection="3d")
    ax.plot_surface(X, Y, Z, cmap=cmap, alpha=alpha, linewidth=0, antialiased=False)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_zlabel(zlabel)
    return _finish(ax, title)


def plot_histogram(
    samples: ArrayLike,
    *,
    bins: int | str | ArrayLike = "auto",
    density: Callable | None = None,
    ax: Axes | None = None,
    label: str = "samples",
    density_label: str = "density",
    title: str | None = None,
    xlabel: str = "$x$",
) -> Axes:
    """Histogram of samples, scaled to a density, optionally with a density curve on top.

    The bar heights are scaled so that the total area is 1, so the histogram is comparable
    with a probability density function.

    Parameters
    ----------
    samples : array_like, shape (n,)
        Finite numbers, at least one.
    bins : int, str or array_like
        As in ``np.histogram``: a number of bins, a rule name ("auto", "fd", ...) or edges.
    density : callable, optional
        A probability density function, drawn over the range of the samples and a bit more.
    ax : matplotlib Axes, optional
        Where to draw; a new figure is made when None.
    label, density_label, title, xlabel : str
        Legend labels of the histogram and the curve, title and x-axis label.

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    ValueError
        If ``samples`` is not a non-empty finite 1-D array, ``bins`` is an integer < 1, or
        ``density`` is not callable.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> pdf = lambda x: np.exp(-(x**2) / 2) / np.sqrt(2 * np.pi)
    >>> ax = plot_histogram(rng.normal(size=1000), density=pdf, density_label="$N(0, 1)$")
    """
    try:
        samples = np.asarray(samples, dtype=float)
    except (TypeError, ValueError):
        raise ValueError("samples must be a 1-D array of numbers.") from None
    if samples.ndim != 1 or samples.size == 0:
        raise ValueError(f"samples must be a non-empty 1-D array, got shape {samples.shape}.")
    if not np.all(np.isfinite(samples)):
        raise ValueError("samples must contain only finite numbers (no NaN or inf).")
    if isinstance(bins, numbers.Integral):
        bins = _check_integer("bins", bins, 1)
    if density is not None:
        _check_callable("density", density)
    ax = _new_axes(ax)
    ax.hist(samples, bins=bins, density=True, color=COLORS["sky"], edgecolor="white",
            linewidth=0.6, label=label)  # fmt: skip
    if density is not None:
        low, high = samples.min(), samples.max()
        margin = 0.1 * (high - low) or 1.0
        x = np.linspace(low - margin, high + margin, 400)
        (y,) = _evaluate(density, x)
        y[~np.isfinite(y)] = np.nan
        ax.plot(x, y, color=COLORS["vermillion"], label=density_label)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("density")
    return _finish(ax, title)
